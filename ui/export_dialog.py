"""The desk's export dialog: anonymized profiles of the selected dossiers for one company.

Pick the company, the profiles' language and the output folder; the left column lists the
candidates with their state (ready with k, refused by the consent gate and why, blocked and what
makes them stand out); the right shows the selected candidate's page exactly as the PDF will
draw it, every scanner hit highlighted as its marker, with the hits to review: a false hit is
released with a reason (logged), a missed identifier is added as "never share" for the person.
Under them, the k figure and the batch's generalization in plain words. Export writes one PDF per
candidate, or one booklet for the shortlist, with progress; Cancel stops before the next profile.

Every plan, page and export runs on the session's worker (``app.disclosure.preview`` and
``app.disclosure.export``); nothing is written until Export. The dialog holds the plan — which
has original texts of hits — only while open: :meth:`clear` forgets it (on lock, and on close).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.disclosure import export, policy
from app.disclosure import preview as core
from app.disclosure.preview import Candidate, FieldHit, Preview
from ui.export_candidates import CandidateListModel
from ui.export_review import MarkDialog, ReleaseDialog
from ui.export_summary import ExportSummaryDialog
from ui.export_words import explanation, field_label, join_list, state_text
from ui.folder_field import FolderField
from ui.form_page import ErrorLabel, add_labelled_row, button, heading
from ui.messages import user_message
from ui.privacy import PrivacyScreen
from ui.profile_preview import ProfilePreview
from ui.session import VaultSession

#: The profile languages, by their own names (not translated: a reader finds their language).
PROFILE_LANGUAGES = (("en", "English"), ("ja", "日本語"))
EXPLANATION_STYLE = "#explanation { background: #eef4f5; border-radius: 4px; padding: 8px; }"


# -- questions the dialog asks (tests replace these functions) -----------------------------------


def ask_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    """The folder the PDFs go to."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def ask_release_reason(parent: QWidget, hit: FieldHit, privacy: PrivacyScreen) -> str | None:
    """Why ``hit`` may stay in the profile (None: not released)."""
    dialog = ReleaseDialog(hit, privacy, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason_text() if accepted else None
    finally:
        dialog.clear()
        dialog.deleteLater()


def ask_mark(parent: QWidget, suggested: str, privacy: PrivacyScreen) -> str | None:
    """Which text to remove as well (None: nothing)."""
    dialog = MarkDialog(suggested, privacy, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen_text() if accepted else None
    finally:
        dialog.clear()
        dialog.deleteLater()


class _Relay(QObject):
    """Carries the export's progress from the worker thread to the dialog (queued)."""

    advanced = Signal(int, int)


class ExportDialog(QDialog):
    #: A plan came back (or failed): the list, the page and the explanation are up to date.
    planned = Signal()
    #: The selected candidate's page is shown (or why there is none).
    page_shown = Signal()
    #: An export ended: the summary dialog is open (``summary``).
    exported = Signal()

    def __init__(self, session: VaultSession, dossier_ids: list[int],
                 parent: QWidget | None = None, *, privacy: PrivacyScreen | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier_ids = list(dict.fromkeys(dossier_ids))
        self.privacy = privacy or getattr(parent, "privacy", None) or PrivacyScreen(self)
        self.setWindowTitle("Kakehashi")
        self.resize(1120, 760)

        self.preview_data: Preview | None = None
        self.releases: list[policy.Release] = []
        self.summary: ExportSummaryDialog | None = None
        self.progress: QProgressDialog | None = None
        self._pages: dict[int, tuple[str, list[str]]] = {}  # dossier id → page HTML, trimmed
        self._generation = 0
        self._plan_number = 0
        self._busy = False
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.advanced.connect(self._advanced)

        self.title = heading(self.tr("Export anonymized profiles"))

        # the choices
        self.company = QComboBox()
        self.company.setAccessibleName(self.tr("Company"))
        self.company.setMinimumContentsLength(24)
        # a release is justified for one company and one export: never carried to another
        self.company.currentIndexChanged.connect(lambda _: self._forget_releases_and_replan())
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Profile language"))
        for code, name in PROFILE_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(1 if _desk_language() == "ja" else 0)
        self.language.currentIndexChanged.connect(lambda _: self._forget_releases_and_replan())
        self.folder = FolderField(self.tr("Choose the folder for the profiles"))
        self.folder.set_accessible_name(self.tr("Output folder"))
        self.folder.edit.setPlaceholderText(self.tr("Where the PDF files go"))
        self.folder.browse_button.clicked.disconnect()
        self.folder.browse_button.clicked.connect(self._browse)
        self.folder.changed.connect(self._update_actions)
        self.booklet = QCheckBox(self.tr("One &booklet PDF for the shortlist"))
        self.booklet.setToolTip(self.tr(
            "A cover listing the candidate codes, then one page per candidate, in one file"))
        self.booklet.toggled.connect(lambda _: self._update_actions())

        form = QFormLayout()
        add_labelled_row(form, self.tr("&Company:"), self.company)
        add_labelled_row(form, self.tr("Profile &language:"), self.language)
        add_labelled_row(form, self.tr("Output &folder:"), self.folder.edit, self.folder)
        form.addRow("", self.booklet)

        # left: the candidates
        self.candidates_label = QLabel(self.tr("Ca&ndidates"))
        self.model = CandidateListModel(self.privacy, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Candidates"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.candidates_label.setBuddy(self.list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.candidates_label)
        left_layout.addWidget(self.list, 1)

        # right: the page and its hits
        self.preview = ProfilePreview(self.privacy)
        self.preview.release_button.clicked.connect(self.release_selected_hit)
        self.preview.mark_button.clicked.connect(self.add_hit)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([330, 790])
        self.splitter.setChildrenCollapsible(False)

        # the plain words, the state of things, the buttons
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setStyleSheet(EXPLANATION_STYLE)
        self.explanation.setWordWrap(True)
        self.explanation.setFrameShape(QFrame.Shape.NoFrame)
        self.explanation.setAccessibleName(self.tr("What the profiles reveal"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error_label = ErrorLabel()
        self.export_button = button(self.tr("&Export"), self.tr("Export the ready profiles"),
                                    default=True)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = button(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E), self, self.start_export)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.company, self.language)
        QWidget.setTabOrder(self.language, self.folder.edit)
        QWidget.setTabOrder(self.folder.edit, self.folder.browse_button)
        QWidget.setTabOrder(self.folder.browse_button, self.booklet)
        QWidget.setTabOrder(self.booklet, self.list)
        QWidget.setTabOrder(self.list, self.preview.page)
        QWidget.setTabOrder(self.preview.page, self.preview.hits)
        QWidget.setTabOrder(self.preview.hits, self.preview.release_button)
        QWidget.setTabOrder(self.preview.release_button, self.preview.mark_button)
        QWidget.setTabOrder(self.preview.mark_button, self.preview.originals_button)
        QWidget.setTabOrder(self.preview.originals_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.close_button)

        self._update_actions()
        self.load_companies()

    # -- companies -----------------------------------------------------------------------------

    def load_companies(self) -> None:
        """Read the companies on the worker, then plan for the first one."""
        generation = self._generation
        self._set_status(self.tr("Reading the companies…"))
        self.session.run(core.company_names,
                         lambda names: self._companies_loaded(generation, names),
                         lambda error: self._failed(generation, error), context=self)

    def _companies_loaded(self, generation: int, names: list[str]) -> None:
        if generation != self._generation:
            return
        with QSignalBlocker(self.company):
            self.company.clear()
            self.company.addItems(names)
        self.company.setEnabled(bool(names))
        if not names:
            self._set_status("")
            self.preview.show_message(self.tr(
                "There are no companies in this vault yet. Add the company the profiles are for, "
                "then export."))
            self.explanation.setText(self.tr("Profiles are always exported for one company."))
            self.planned.emit()
            self._update_actions()
            return
        self.replan()

    def company_name(self) -> str:
        return self.company.currentText()

    def profile_language(self) -> str:
        return self.language.currentData() or "en"

    # -- planning ------------------------------------------------------------------------------

    def replan(self) -> None:
        """Gate and build the batch again (nothing is written) for the current choices."""
        company = self.company_name()
        if not company:
            return
        self._plan_number += 1
        number, generation = self._plan_number, self._generation
        ids, lang, releases = list(self.dossier_ids), self.profile_language(), list(self.releases)
        self._pages.clear()
        self._set_busy(True, self.tr("Checking consents and how many people share each profile…"))
        self.session.run(
            lambda vault: core.build_preview(vault, ids, company, lang=lang, releases=releases),
            lambda result: self._planned(generation, number, result),
            lambda error: self._plan_failed(generation, number, error),
            context=self)

    def _planned(self, generation: int, number: int, result: Preview) -> None:
        if generation != self._generation or number != self._plan_number:
            return  # an older plan, or one made before a lock
        self.error_label.clear_message()
        selected = self.selected_candidate()
        keep = selected.dossier_id if selected is not None else None
        self.preview_data = result
        self._set_busy(False)
        self.model.set_candidates(result.candidates)
        row = self.model.row_of(keep)
        if row < 0:
            ready = [i for i, c in enumerate(result.candidates) if c.state == export.READY]
            row = ready[0] if ready else (0 if result.candidates else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self._show_selected()
        self._update_actions()
        self.planned.emit()

    def _plan_failed(self, generation: int, number: int, error: BaseException) -> None:
        if generation != self._generation or number != self._plan_number:
            return
        self._failed(generation, error)
        self.planned.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.error_label.show_message(user_message(error))
        self._update_actions()

    # -- the selected candidate ----------------------------------------------------------------

    def selected_candidate(self) -> Candidate | None:
        index = self.list.currentIndex()
        return self.model.candidate(index.row()) if index.isValid() else None

    def select_dossier(self, dossier_id: int) -> None:
        row = self.model.row_of(dossier_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _show_selected(self) -> None:
        candidate = self.selected_candidate()
        if self.preview_data is not None:
            self.explanation.setText(explanation(self.preview_data, candidate))
        if candidate is None:
            self.preview.clear()
            self.page_shown.emit()
            return
        if candidate.state != export.READY or candidate.profile is None:
            self.preview.show_message(
                state_text(candidate) + "\n\n" + self.tr("Nothing of this person leaves the vault."))
            self.page_shown.emit()
            return
        cached = self._pages.get(candidate.dossier_id)
        if cached is not None:
            self._page_ready(candidate, *cached)
            return
        self.preview.show_message(self.tr("Preparing the page…"))
        generation, number = self._generation, self._plan_number
        profile, code = candidate.profile, candidate.code
        self.session.run(
            lambda vault: core.preview_html(profile, code),
            lambda page: self._page_loaded(generation, number, candidate, page),
            lambda error: self._failed(generation, error),
            context=self)

    def _page_loaded(self, generation: int, number: int, candidate: Candidate,
                     page: tuple[str, list[str]]) -> None:
        if generation != self._generation or number != self._plan_number:
            return
        self._pages[candidate.dossier_id] = page
        if self.selected_candidate() is candidate:
            self._page_ready(candidate, *page)

    def _page_ready(self, candidate: Candidate, html: str, trimmed: list[str]) -> None:
        notice = ""
        if trimmed:
            notice = self.tr("To fit one page, the PDF shortens: %1.").replace(
                "%1", join_list([field_label(name) for name in trimmed]))
        self.preview.show_profile(html, candidate.hits, notice)
        self.page_shown.emit()

    # -- reviewing hits ------------------------------------------------------------------------

    def release_selected_hit(self) -> None:
        """Ask for the reason (required), then plan again with the hit released."""
        candidate, hit = self.selected_candidate(), self.preview.selected_hit()
        if candidate is None or hit is None or candidate.dossier_id is None or self._busy:
            return
        reason = ask_release_reason(self, hit, self.privacy)
        if not reason or self.selected_candidate() is not candidate:
            return
        self.releases.append(core.release(candidate.ref, hit, reason))
        self.replan()

    def add_hit(self) -> None:
        """Ask which text (the selection in the page, or typed), store it as "never share" for
        the person on the worker, then plan again."""
        candidate = self.selected_candidate()
        if candidate is None or candidate.dossier_id is None or self._busy:
            return
        text = ask_mark(self, self.preview.selected_text(), self.privacy)
        if not text or self.selected_candidate() is not candidate:
            return
        dossier_id, lang, generation = candidate.dossier_id, self.profile_language(), self._generation
        self._set_busy(True, self.tr("Saving…"))
        self.session.run(
            lambda vault: core.add_never_share(vault, dossier_id, text, lang=lang),
            lambda _: generation == self._generation and self.replan(),
            lambda error: self._failed(generation, error),
            context=self)

    # -- exporting -----------------------------------------------------------------------------

    def ready_count(self) -> int:
        return len(self.preview_data.ready()) if self.preview_data is not None else 0

    def start_export(self) -> None:
        """Write the ready profiles (or the booklet) on the worker, with progress."""
        if not self.export_button.isEnabled():
            return
        folder = self.folder.path()
        if folder is None or not folder.is_dir():
            self.error_label.show_message(self.tr("Choose an existing folder for the PDF files."))
            self.folder.edit.setFocus()
            return
        booklet = self.booklet.isChecked()
        names = [int(i) for i in self.dossier_ids]  # ids, never refs: see export.plan
        company, lang, releases = self.company_name(), self.profile_language(), list(self.releases)
        generation = self._generation
        self._stop = threading.Event()
        stop, relay = self._stop, self._relay
        total = len(names) if not booklet else self.ready_count() + 1
        self._set_busy(True, self.tr("Exporting…"))
        self.progress = QProgressDialog(
            self.tr("Writing the booklet…") if booklet else self.tr("Writing the profiles…"),
            self.tr("Stop"), 0, max(total, 1), self)
        self.progress.setWindowTitle("Kakehashi")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._stop_export)
        self.progress.setValue(0)
        self.progress.show()

        def job(vault):
            if booklet:
                return export.export_booklet(vault, names, company, folder, lang=lang,
                                             releases=releases, progress=relay.advanced.emit,
                                             should_stop=stop.is_set)
            return export.export_profiles(vault, names, company, folder, lang=lang,
                                          releases=releases, progress=relay.advanced.emit,
                                          should_stop=stop.is_set)

        self.session.run(job, lambda result: self._exported(generation, folder, result),
                         lambda error: self._export_failed(generation, error), context=self)

    def _advanced(self, done: int, total: int) -> None:
        if self.progress is not None and not self._stop.is_set():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _stop_export(self) -> None:
        self._stop.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping after the current profile…"))

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._stop_export)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _forget_releases_and_replan(self) -> None:
        self.releases.clear()
        self.replan()

    def _exported(self, generation: int, folder: Path, result) -> None:
        if generation != self._generation:
            return
        self._end_progress()
        self._set_busy(False)
        booklet = result.path if isinstance(result, export.Booklet) else None
        outcomes = result.outcomes if isinstance(result, export.Booklet) else result
        known = {str(c.dossier_id): c for c in (self.preview_data.candidates
                                                if self.preview_data else [])}
        rows = []
        for outcome in outcomes:
            before = known.get(outcome.name)
            rows.append(Candidate(outcome, before.ref if before else None,
                                  before.full_name if before else None))
        self.summary = ExportSummaryDialog(rows, folder, booklet, self.privacy, self)
        self.summary.open()
        self.exported.emit()
        # the codes now exist: the pages show them; the releases were for that export only
        self._forget_releases_and_replan()

    def _export_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._end_progress()
        self._failed(generation, error)

    # -- state -------------------------------------------------------------------------------

    def _browse(self) -> None:
        current = self.folder.path()
        start = current if current is not None and current.is_dir() else Path.home()
        chosen = ask_folder(self, self.tr("Choose the folder for the profiles"), start)
        if chosen is not None:
            self.folder.set_path(chosen)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self._set_status(text if busy else self._ready_text())
        self._update_actions()

    def _ready_text(self) -> str:
        if self.preview_data is None:
            return ""
        return self.tr("%n candidate(s) ready to export", "", self.ready_count())

    def _update_actions(self) -> None:
        ready = self.ready_count() > 0
        self.export_button.setEnabled(ready and not self._busy and self.folder.path() is not None)
        for widget in (self.company, self.language, self.booklet):
            widget.setEnabled(not self._busy and (widget is not self.company
                                                  or self.company.count() > 0))

    def is_busy(self) -> bool:
        return self._busy

    def clear(self) -> None:
        """Forget everything shown: the candidates, the pages, the hits and their texts, the
        releases; close the questions and the summary; stop an export before its next profile."""
        self._generation += 1
        self._stop.set()
        self._end_progress()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
            if hasattr(dialog, "clear"):
                dialog.clear()
            dialog.deleteLater()
        self.summary = None
        self.preview_data = None
        self.releases.clear()
        self._pages.clear()
        self.model.clear()
        self.preview.clear()
        self.explanation.clear()
        self.error_label.clear_message()
        self._busy = False
        self._set_status("")
        self._update_actions()

    def done(self, result: int) -> None:
        """Closing forgets: the plan held original texts of hits."""
        self.clear()
        super().done(result)


def _desk_language() -> str:
    """The desk's language ("en" or "ja"), as the application installed it."""
    translations = getattr(QCoreApplication.instance(), "translations", None)
    return getattr(translations, "language", "en")
