"""A dossier's interviews as a timeline (newest first), with the focused interview mode to write
a new one or go on with one.

The panel saves nothing itself: the :class:`~ui.interview_mode.InterviewMode` it opens saves
each interview (autosave), and the panel reads the timeline again after each save. Deleting an
interview is a targeted write on the worker, after a confirmation.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store.db import transaction
from app.store.interviews import Interview, InterviewRepository
from ui.form_page import ErrorLabel, button, button_row
from ui.interview_mode import InterviewMode, mode_label
from ui.messages import user_message
from ui.privacy import PrivacyScreen
from ui.session import VaultSession

#: How much of the notes a timeline entry shows.
PREVIEW_LINES = 2
PREVIEW_CHARS = 160


def notes_preview(notes: str | None) -> str:
    """The first lines of the notes, on one line."""
    lines = [line.strip() for line in (notes or "").splitlines() if line.strip()]
    text = "  ·  ".join(lines[:PREVIEW_LINES])
    if len(text) > PREVIEW_CHARS or len(lines) > PREVIEW_LINES:
        text = text[:PREVIEW_CHARS].rstrip() + "…"
    return text


def person_of(doc: dict) -> str:
    """The name the interview mode's heading shows."""
    names = doc.get("names") or {}
    return names.get("preferred") or names.get("full") or doc.get("ref") or ""


class InterviewsPanel(QWidget):
    #: An interview was stored or deleted (the dossier list may refresh its row).
    changed = Signal()
    #: The timeline was read (again) and is shown.
    loaded = Signal()

    DATE, MODE, INTERVIEWER, NOTES = range(4)

    def __init__(
        self, session: VaultSession, privacy: PrivacyScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.privacy = privacy
        self.dossier_id: int | None = None
        self.person = ""
        self.interviews: list[Interview] = []  # as shown: newest first
        self._mode: InterviewMode | None = None
        self.confirm_box: QMessageBox | None = None
        self._generation = 0

        self.timeline = QTreeWidget()
        self.timeline.setAccessibleName(self.tr("Interviews, newest first"))
        self.timeline.setHeaderLabels(
            [self.tr("Date"), self.tr("Mode"), self.tr("Interviewer"), self.tr("Notes")]
        )
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.timeline.header()
        header.setStretchLastSection(True)
        for column in (self.DATE, self.MODE, self.INTERVIEWER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        privacy.guard(self.timeline)

        self.empty = QLabel(
            self.tr("No interviews yet. Start one with New interview: the notes are saved "
                    "while you type.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.timeline)

        self.error = ErrorLabel()
        self.new_button = button(self.tr("&New interview"))
        self.new_button.setToolTip(self.tr("Open the interview mode for an interview dated today"))
        self.open_button = button(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Go on with the selected interview"))
        self.delete_button = button(self.tr("&Delete…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(button_row([self.new_button, self.open_button], [self.delete_button]))

        self.new_button.clicked.connect(self.new_interview)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.timeline.itemActivated.connect(lambda *_: self.open_selected())
        self.timeline.itemSelectionChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.timeline)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self._update_buttons()

    # -- the panel interface ---------------------------------------------------------------

    def set_dossier(self, dossier_id: int, doc: dict) -> None:
        """Show this dossier's interviews (an interview still open is saved first)."""
        if self._flush_mode():
            self.changed.emit()  # that save's own result is ignored once the panel moves on
        self.clear()
        self.dossier_id = dossier_id
        self.person = person_of(doc)
        self.refresh()

    def flush(self) -> None:
        """Queue the open interview's unsaved changes on the worker now."""
        self._flush_mode()

    def _flush_mode(self) -> bool:
        """Queue the open interview's save; whether one is on its way."""
        mode = self.mode
        if mode is None:
            return False
        mode.flush()
        return mode.is_saving()

    def clear(self) -> None:
        """Forget the dossier: timeline emptied, interview mode cleared and closed, the
        confirmation closed; jobs still under way are ignored when they come back.

        Typing not yet saved is queued first while the vault is open (another dossier opens
        without a flush); on a lock, :meth:`flush` came first and there is nothing left."""
        if self.session.folder is not None:
            self._flush_mode()
        self._generation += 1
        if self.mode is not None:
            self.mode.clear()
        self._close_confirm()
        self.dossier_id = None
        self.person = ""
        self.interviews = []
        self.timeline.clear()
        self.error.clear_message()
        self.stack.setCurrentWidget(self.empty)
        self._update_buttons()

    # -- reading ---------------------------------------------------------------------------

    @property
    def mode(self) -> InterviewMode | None:
        """The interview mode, once opened (and not deleted with its window since)."""
        if self._mode is not None and not shiboken6.isValid(self._mode):
            self._mode = None
        return self._mode

    def refresh(self) -> None:
        """Read the timeline again on the worker."""
        if self.dossier_id is None:
            return
        dossier_id, generation = self.dossier_id, self._generation
        self.session.run(
            lambda vault: InterviewRepository(vault.conn).list(dossier_id),
            lambda rows: self._listed(generation, rows),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _listed(self, generation: int, rows: list[Interview]) -> None:
        if generation != self._generation:
            return
        selected = self.selected()
        self.interviews = list(reversed(rows))
        self.timeline.clear()
        for interview in self.interviews:
            item = QTreeWidgetItem(
                [interview.date, mode_label(interview.mode), interview.interviewer or "",
                 notes_preview(interview.notes)]
            )
            item.setData(self.DATE, Qt.ItemDataRole.UserRole, interview.id)
            self.timeline.addTopLevelItem(item)
            if selected is not None and interview.id == selected.id:
                item.setSelected(True)
                self.timeline.setCurrentItem(item)
        self.stack.setCurrentWidget(self.timeline if self.interviews else self.empty)
        self.error.clear_message()
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.error.show_message(user_message(error))

    def selected(self) -> Interview | None:
        items = self.timeline.selectedItems()
        if not items:
            return None
        interview_id = items[0].data(self.DATE, Qt.ItemDataRole.UserRole)
        return next((i for i in self.interviews if i.id == interview_id), None)

    def select(self, interview_id: int) -> None:
        for row in range(self.timeline.topLevelItemCount()):
            item = self.timeline.topLevelItem(row)
            if item.data(self.DATE, Qt.ItemDataRole.UserRole) == interview_id:
                self.timeline.setCurrentItem(item)
                item.setSelected(True)

    def _update_buttons(self) -> None:
        has_dossier = self.dossier_id is not None
        has_selection = self.selected() is not None
        self.new_button.setEnabled(has_dossier)
        self.open_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    # -- the interview mode ----------------------------------------------------------------

    def _interview_mode(self) -> InterviewMode:
        mode = self.mode
        if mode is None:
            mode = InterviewMode(self.session, self.privacy, self)
            mode.saved.connect(self._interview_saved)
            self._mode = mode
        elif self._flush_mode():
            # what was typed in the interview shown so far: its result is ignored once the
            # mode shows another interview, so the timeline is read again after that save
            self.refresh()
            self.changed.emit()
        return mode

    def new_interview(self) -> InterviewMode | None:
        """The interview mode on a new interview dated today."""
        if self.dossier_id is None:
            return None
        mode = self._interview_mode()
        mode.start_new(self.dossier_id, self.person)
        self._show(mode)
        return mode

    def open_selected(self) -> InterviewMode | None:
        """The interview mode on the selected interview."""
        interview = self.selected()
        if interview is None or self.dossier_id is None:
            return None
        mode = self.mode
        if mode is not None and mode.isVisible() and mode.interview_id == interview.id:
            self._show(mode)  # already open: keep what is being typed
            return mode
        mode = self._interview_mode()
        mode.edit(interview, self.person)
        self._show(mode)
        return mode

    @staticmethod
    def _show(mode: InterviewMode) -> None:
        mode.show()
        mode.raise_()
        mode.activateWindow()

    def _interview_saved(self, interview_id: int) -> None:
        self.refresh()
        self.changed.emit()

    # -- deleting --------------------------------------------------------------------------

    def delete_selected(self) -> QMessageBox | None:
        """Ask, then delete the selected interview."""
        interview = self.selected()
        if interview is None:
            return None
        self._close_confirm()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Kakehashi",
            self.tr("Delete the interview of %1?").replace("%1", interview.date),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Its notes are deleted from the vault for good."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        generation = self._generation
        box.finished.connect(
            lambda _: box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            and generation == self._generation
            and self._delete(interview.id)
        )
        box.finished.connect(lambda _: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
        return box

    def _delete(self, interview_id: int) -> None:
        mode = self.mode
        if mode is not None and mode.interview_id == interview_id:
            mode.clear()  # its pending save is queued before the delete, or dropped

        def job(vault) -> None:
            with transaction(vault.conn):
                InterviewRepository(vault.conn).delete(interview_id)

        generation = self._generation
        self.session.run(
            job,
            lambda _: generation == self._generation and self._deleted(),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _deleted(self) -> None:
        self.refresh()
        self.changed.emit()

    def _close_confirm(self) -> None:
        box, self.confirm_box = self.confirm_box, None
        if box is not None and shiboken6.isValid(box):
            box.done(QMessageBox.StandardButton.Cancel)
