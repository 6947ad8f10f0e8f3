"""The dossier editor: one person's dossier, every part of it, with undo and an explicit save.

The editor shows a header (the dossier's ref, "Unsaved changes", Undo/Redo, Revert, Save,
Close), a list of sections on the left that scrolls the form to a section, and the form itself
(:class:`~ui.editor.sections.DossierForm`) with the panels for interviews, documents, consents
and disclosures, which save their own parts on their own.

* Every completed field edit — and every field moved to a stricter class — is one command on a
  single :class:`QUndoStack`; a burst of typing in one field is one command. Undo puts the
  value back and the caret in the field. "Unsaved changes" follows the stack's clean state.
* Reads and writes run on the session's worker. A save validates the dossier as a one-dossier
  interchange document first (each problem shown under its field, in words, nothing written),
  then replaces the dossier's own fields and its annotations in one transaction.
* :meth:`DossierEditor.clear` forgets every value (lock); a job that comes back after it is
  ignored (generation counter, as in ``ui/main_window.py``).
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UsageError
from app.interchange import validate
from app.store import annotations
from app.store.annotations import Annotations
from app.store.db import transaction
from app.store.dossiers import SEPARATE_PARTS, DossierRepository
from ui.disclosure_history import DisclosureHistory
from ui.editor.consents_panel import ConsentsPanel
from ui.editor.documents_panel import DocumentsPanel
from ui.editor.interviews_panel import InterviewsPanel
from ui.editor.sections import DossierForm, FieldAdapter, RowsField, Section, TextField
from ui.form_page import ErrorLabel, button, heading, paragraph
from ui.messages import user_message

#: Keystrokes in one field less than this many seconds apart are one undo step.
BURST_SECONDS = 1.5
#: The prefix of refs the desk gives new dossiers: K-000001, K-000002…
REF_PREFIX = "K-"
_MERGE_ID = 1701
_UNSAVED_STYLE = "color: #8a4600; font-weight: bold;"


# -- worker jobs --------------------------------------------------------------------------------


def next_ref(conn) -> str:
    """A ref no dossier has: one more than the highest ``K-<number>`` in the vault."""
    highest = 0
    for (ref,) in conn.execute("SELECT ref FROM dossiers WHERE ref LIKE ?", (REF_PREFIX + "%",)):
        digits = ref[len(REF_PREFIX):]
        if digits.isdigit():
            highest = max(highest, int(digits))
    number = highest + 1
    while conn.execute("SELECT 1 FROM dossiers WHERE ref = ?",
                       (f"{REF_PREFIX}{number:06d}",)).fetchone():
        number += 1
    return f"{REF_PREFIX}{number:06d}"


def load_dossier(conn, dossier_id: int) -> tuple[dict, Annotations] | None:
    """What the editor shows (documents without their files), or None if it is gone."""
    doc = DossierRepository(conn).load(dossier_id, contents=False)
    if doc is None:
        return None
    return doc, annotations.load(conn, dossier_id)


def save_dossier(conn, dossier_id: int | None, doc: dict, notes: Annotations) -> tuple[int, str]:
    """Insert or replace the dossier's own fields and its annotations, all or nothing; the
    dossier's id and ref (a new dossier whose ref was taken meanwhile gets the next one)."""
    repository = DossierRepository(conn)
    with transaction(conn):
        if dossier_id is None:
            if repository.id_for_ref(doc["ref"]) is not None:
                doc = {**doc, "ref": next_ref(conn)}
            dossier_id = repository.insert(doc)
        else:
            found = conn.execute("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
            if found is None:
                raise UsageError("the dossier no longer exists")
            repository.replace(dossier_id, doc, keep=SEPARATE_PARTS)
        annotations.save(conn, dossier_id, notes)
    return dossier_id, doc["ref"]


# -- asking (tests replace these) ---------------------------------------------------------------


def ask_leave(parent: QWidget) -> str:
    """"save", "discard" or "cancel": what to do with unsaved changes before leaving."""
    box = QMessageBox(QMessageBox.Icon.Question, "Kakehashi",
                      QCoreApplication.translate("DossierEditor",
                                                 "This dossier has unsaved changes."),
                      parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "DossierEditor", "Save them before you leave the dossier?"))
    Button = QMessageBox.StandardButton
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.setDefaultButton(Button.Save)
    answer = box.exec()
    box.deleteLater()
    return {Button.Save: "save", Button.Discard: "discard"}.get(Button(answer), "cancel")


def ask_revert(parent: QWidget) -> bool:
    """Whether to throw the unsaved changes away."""
    Button = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, "Kakehashi",
        QCoreApplication.translate("DossierEditor",
                                   "Discard the unsaved changes and show the dossier as saved?"),
        Button.Discard | Button.Cancel, Button.Cancel)
    return answer == Button.Discard


# -- undo ---------------------------------------------------------------------------------------


class FieldEdit(QUndoCommand):
    """One field's value before and after an edit; a burst of typing merges into one."""

    def __init__(self, editor: DossierEditor, field: FieldAdapter, old, new) -> None:
        super().__init__(QCoreApplication.translate("DossierEditor", "Edit “%1”").replace(
            "%1", field.label))
        self.editor = editor
        self.field = field
        self.old = old
        self.new = new
        self.burst = editor.burst
        self.stamp = time.monotonic()
        self.typing = field.typing and not _marks_differ(field, old, new)
        self._done = True  # push() calls redo(): the widget already shows the new value

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (isinstance(other, FieldEdit) and other.typing and other.field is self.field
                and other.burst == self.burst and other.stamp - self.stamp <= BURST_SECONDS):
            return False
        self.new = other.new
        self.stamp = other.stamp
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.editor.apply_field(self.field, self.new)

    def undo(self) -> None:
        self.editor.apply_field(self.field, self.old)


class OverrideEdit(QUndoCommand):
    """A field moved to a stricter class for this dossier, or back to its default."""

    def __init__(self, editor: DossierEditor, key: str, old: str | None, new: str | None) -> None:
        super().__init__(QCoreApplication.translate("DossierEditor", "Change the class of a field"))
        self.editor, self.key, self.old, self.new = editor, key, old, new

    def redo(self) -> None:
        self.editor.apply_override(self.key, self.new)

    def undo(self) -> None:
        self.editor.apply_override(self.key, self.old)


def _marks_differ(field: FieldAdapter, old, new) -> bool:
    """Marking a word is a step of its own, never merged into typing."""
    return isinstance(field, TextField) and old[1] != new[1]


# -- validation in words ------------------------------------------------------------------------

_PROBLEM = re.compile(r"^\$\.dossiers\[0\](?P<path>[^:]*): (?P<what>.*)$", re.S)


#: The validator's phrases (``app/interchange/validate.py``) → what the editor says instead.
_PROBLEM_WORDS = (
    (r"expected a date written",
     QT_TRANSLATE_NOOP("DossierEditor", "Write a date as YYYY, YYYY-MM or YYYY-MM-DD.")),
    (r"is not a real calendar date",
     QT_TRANSLATE_NOOP("DossierEditor", "This date is not in the calendar.")),
    (r"expected a two-letter ISO",
     QT_TRANSLATE_NOOP("DossierEditor", "Choose a country from the list.")),
    (r"expected a BCP 47 language tag",
     QT_TRANSLATE_NOOP("DossierEditor", "Write a language code such as ja, en or prs.")),
    (r"expected a level", QT_TRANSLATE_NOOP("DossierEditor", "Choose a level from the list.")),
    (r"must be one of", QT_TRANSLATE_NOOP("DossierEditor", "Choose a value from the list.")),
    (r"must not be empty", QT_TRANSLATE_NOOP("DossierEditor", "This must not be empty.")),
    (r"must be a year from",
     QT_TRANSLATE_NOOP("DossierEditor", "Write a year from 1900 to 2100.")),
    (r"holds text that is not valid Unicode",
     QT_TRANSLATE_NOOP("DossierEditor", "This holds characters that cannot be stored.")),
    (r"expected an integer", QT_TRANSLATE_NOOP("DossierEditor", "Write a whole number.")),
    (r"is longer than (\d+) characters",
     QT_TRANSLATE_NOOP("DossierEditor", "This is longer than %1 characters.")),
    (r"must be at least (\S+)", QT_TRANSLATE_NOOP("DossierEditor", "This must be at least %1.")),
    (r"must be at most (\S+)", QT_TRANSLATE_NOOP("DossierEditor", "This must be at most %1.")),
)
_NOT_VALID = QT_TRANSLATE_NOOP("DossierEditor", "This value is not valid.")


def problem_words(what: str) -> str:
    """The validator's English phrase as a sentence in the desk's language (never the value:
    the validator does not quote it)."""
    for pattern, source in _PROBLEM_WORDS:
        found = re.search(pattern, what)
        if found:
            text = QCoreApplication.translate("DossierEditor", source)
            return text.replace("%1", found.group(1)) if found.groups() else text
    return QCoreApplication.translate("DossierEditor", _NOT_VALID)


def _path_parts(path: str) -> list[str | int]:
    """``.education[1].end_year`` → ``["education", 1, "end_year"]``."""
    return [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]


class DossierEditor(QWidget):
    """One dossier's fields, sections, undo stack and save (see the module's docstring)."""

    #: The dossier's own fields were saved (its id).
    saved = Signal(int)
    #: Unsaved changes appeared (True) or were saved, undone or dropped (False).
    dirty_changed = Signal(bool)
    #: The caseworker closed the dossier (:meth:`close_dossier`).
    closed = Signal()
    #: A panel stored something of the dossier on its own (its id).
    panel_changed = Signal(int)

    def __init__(self, session, privacy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.privacy = privacy
        self._generation = 0
        self._dossier_id: int | None = None
        self._ref: str | None = None
        self._doc: dict = {}
        self._overrides: dict[str, str] = {}
        self._last: dict[FieldAdapter, object] = {}
        self._applying = False
        self._scrolling = False
        self.burst = 0

        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._clean_changed)

        # -- the header
        self.ref_label = heading("")
        self.ref_label.setAccessibleName(self.tr("Dossier ref"))
        self.ref_label.setWordWrap(False)
        privacy.guard(self.ref_label)
        self.unsaved_label = QLabel()
        self.unsaved_label.setStyleSheet(_UNSAVED_STYLE)
        self.unsaved_label.setAccessibleName(self.tr("Save state"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y)])
        self.redo_action.triggered.connect(self.redo)
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_S))
        self.save_action.triggered.connect(self.save)
        for action in (self.undo_action, self.redo_action, self.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.undoTextChanged.connect(
            lambda text: self._tip(self.undo_button, self.undo_action, text))
        self.stack.redoTextChanged.connect(
            lambda text: self._tip(self.redo_button, self.redo_action, text))
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.redo_action)
        self.revert_button = button(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Discard the unsaved changes"))
        self.revert_button.clicked.connect(self._ask_revert)
        self.save_button = button(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the dossier (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = button(self.tr("C&lose"))
        self.close_button.clicked.connect(self.close_dossier)
        self.problem_label = ErrorLabel()
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))

        header = QHBoxLayout()
        header.addWidget(self.ref_label)
        header.addSpacing(12)
        header.addWidget(self.unsaved_label)
        header.addWidget(self.status_label)
        header.addStretch(1)
        for widget in (self.undo_button, self.redo_button, self.revert_button, self.save_button,
                       self.close_button):
            header.addWidget(widget)

        # -- the form, its panels, and the list of sections
        self.form = DossierForm(privacy)
        self.form.override_requested.connect(self.request_override)
        for field in self.form.fields:
            field.edited.connect(self._edited)
        self.interviews = InterviewsPanel(session, privacy)
        self.documents = DocumentsPanel(session, privacy)
        self.consents = ConsentsPanel(session, privacy)
        self.history = DisclosureHistory(session)
        privacy.guard(self.history.table)
        privacy.guard(self.history.details)
        self.panels = (self.interviews, self.documents, self.consents)
        for panel in self.panels:
            panel.changed.connect(self._panel_changed)
        self.unsaved_notes: list[QLabel] = []
        for key, title, panel in (("interviews", self.tr("Interviews"), self.interviews),
                                  ("documents", self.tr("Documents"), self.documents),
                                  ("consents", self.tr("Consents"), self.consents)):
            note = paragraph(self.tr("Save the new dossier first: then interviews, documents "
                                     "and consents can be added."))
            self.unsaved_notes.append(note)
            section = self.form.add_panel(key, title, panel)
            section.form.insertRow(0, note)
        self.form.add_panel("disclosures", self.tr("Disclosures"), self.history,
                            self.tr("Every anonymized profile of this person that left the "
                                    "vault, from the tamper-evident log."))
        self.form._layout.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidget(self.form)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)

        self.section_list = QListWidget()
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.addItems([section.title for section in self.form.sections])
        self.section_list.setMaximumWidth(220)
        self.section_list.setMinimumWidth(140)
        self.section_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.section_list.currentRowChanged.connect(self.show_section)
        self.section_list.itemClicked.connect(
            lambda item: self.show_section(self.section_list.row(item)))
        self.section_label = QLabel(self.tr("Sectio&ns"))
        self.section_label.setBuddy(self.section_list)
        left = QVBoxLayout()
        left.addWidget(self.section_label)
        left.addWidget(self.section_list, 1)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left)
        body.addWidget(self.scroll, 1)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(header)
        page_layout.addWidget(self.problem_label)
        page_layout.addLayout(body, 1)

        self.message = paragraph("")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(page)
        self.page = page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.pages)
        QWidget.setTabOrder(self.section_list, self.form.fields[0].focus_widget())

        app = QApplication.instance()
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_changed)
        self.clear()

    # -- public API ------------------------------------------------------------------------------

    def dossier_id(self) -> int | None:
        return self._dossier_id

    def ref(self) -> str | None:
        return self._ref

    def has_unsaved(self) -> bool:
        return self._ref is not None and not self.stack.isClean()

    def open_dossier(self, dossier_id: int) -> None:
        """Show the dossier (read on the worker); unsaved changes here are dropped — ask
        :meth:`maybe_leave` first."""
        self._reset(self.tr("Opening the dossier…"))
        generation = self._generation
        self.session.run(
            lambda vault: load_dossier(vault.conn, dossier_id),
            lambda found: self._loaded(generation, dossier_id, found),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def new_dossier(self) -> None:
        """An empty dossier with a fresh ref, saved only when the caseworker saves."""
        self._reset(self.tr("Preparing a new dossier…"))
        generation = self._generation
        self.session.run(
            lambda vault: next_ref(vault.conn),
            lambda ref: generation == self._generation
            and self._show(None, {"ref": ref, "names": {"full": ""}}, Annotations()),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def save(self) -> bool:
        """Validate, then write the dossier's fields and annotations on the worker. False (and
        the problems shown under their fields) when it does not validate."""
        if self._ref is None:
            return False
        doc, marks = self.form.write(self._ref)
        problems = self.problems(doc)
        self.form.clear_problems()
        if problems:
            self._show_problems(problems)
            return False
        self.problem_label.clear_message()
        notes = Annotations(dict(self._overrides), marks)
        generation, index, dossier_id = self._generation, self.stack.index(), self._dossier_id
        self.status_label.setText(self.tr("Saving…"))
        self.session.run(
            lambda vault: save_dossier(vault.conn, dossier_id, doc, notes),
            lambda outcome: self._saved(generation, index, doc, outcome),
            lambda error: self._save_failed(generation, error),
            context=self,
        )
        return True

    def revert(self) -> None:
        """Drop the unsaved changes: the dossier as saved (a new one: empty again)."""
        if self._dossier_id is not None:
            self.open_dossier(self._dossier_id)
        elif self._ref is not None:
            self._show(None, {"ref": self._ref, "names": {"full": ""}}, Annotations())

    def maybe_leave(self) -> bool:
        """Before another dossier opens or this one closes: True when it may (changes saved,
        discarded, or none); False when the caseworker cancels or the changes do not validate."""
        if not self.has_unsaved():
            return True
        answer = ask_leave(self)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def close_dossier(self) -> bool:
        """Close the dossier (asking about unsaved changes); emits :attr:`closed`."""
        if not self.maybe_leave():
            return False
        self.clear()
        self.closed.emit()
        return True

    def flush(self) -> bool:
        """Just before a lock: queue the panels' pending writes, and save unsaved changes if
        they validate (True when nothing is left unsaved)."""
        for panel in self.panels:
            panel.flush()
        if self.has_unsaved():
            return self.save()
        return True

    def clear(self) -> None:
        """Forget every value shown: fields, marks, overrides, undo history, panels, messages;
        a job under way is ignored when it comes back."""
        self._reset("")
        self.message.setText(self.tr("No dossier is open."))

    # -- undo ------------------------------------------------------------------------------------

    def undo(self) -> None:
        self.burst += 1
        self.stack.undo()

    def redo(self) -> None:
        self.burst += 1
        self.stack.redo()

    def apply_field(self, field: FieldAdapter, state) -> None:
        """Show ``state`` in ``field`` (undo/redo) and put the caret there."""
        self._applying = True
        try:
            field.set_state(state)
            self._last[field] = field.state()
        finally:
            self._applying = False
        self._reveal(field.widget, field.focus_widget())

    def request_override(self, key: str, cls: str | None) -> None:
        """A badge's menu: move ``key`` to ``cls`` for this dossier (None: its default)."""
        old = self._overrides.get(key)
        if old != cls:
            self.stack.push(OverrideEdit(self, key, old, cls))

    def apply_override(self, key: str, cls: str | None) -> None:
        if cls is None:
            self._overrides.pop(key, None)
        else:
            self._overrides[key] = cls
        self.form.set_overrides(self._overrides)
        badges = self.form.badges.get(key, [])
        if badges and self._ref is not None:
            self._reveal(badges[0], badges[0])

    def overrides(self) -> dict[str, str]:
        return dict(self._overrides)

    # -- validation ------------------------------------------------------------------------------

    def problems(self, doc: dict) -> list[tuple[FieldAdapter | None, str]]:
        """What keeps ``doc`` from being saved: (field, sentence) pairs, in form order."""
        found: list[tuple[FieldAdapter | None, str]] = []
        if not doc["names"]["full"].strip():
            found.append((self.form.full_name, self.tr("Enter the person's full name.")))
        document = {"format": "kakehashi-dossiers", "version": 1, "dossiers": [doc]}
        for problem in validate.problems(document):
            match = _PROBLEM.match(problem)
            if match is None:
                found.append((None, problem_words(problem)))
                continue
            parts = _path_parts(match["path"])
            if parts[:2] == ["names", "full"] and found:
                continue  # said above
            found.append(self._locate(parts, problem_words(match["what"])))
        return found

    def _locate(self, parts: list[str | int], words: str) -> tuple[FieldAdapter | None, str]:
        """The field a JSON path points into, and the sentence to show under it."""
        for field in sorted(self.form.fields, key=lambda f: -len(f.keys)):
            if tuple(parts[:len(field.keys)]) != field.keys:
                continue
            rest = parts[len(field.keys):]
            if isinstance(field, RowsField) and rest and isinstance(rest[0], int):
                where = self.tr("Row %1").replace("%1", str(rest[0] + 1))
                if len(rest) > 1 and isinstance(rest[1], str):
                    where += ", " + field.column_title(rest[1])
                return field, f"{where}: {words}"
            if rest and isinstance(rest[0], int) and not isinstance(field, RowsField):
                return field, self.tr("Line %1: %2").replace("%1", str(rest[0] + 1)).replace(
                    "%2", words)
            return field, words
        return None, words

    def _show_problems(self, problems: list[tuple[FieldAdapter | None, str]]) -> None:
        shown: dict[FieldAdapter, list[str]] = {}
        loose: list[str] = []
        for field, words in problems:
            (shown.setdefault(field, []) if field is not None else loose).append(words)
        for field, lines in shown.items():
            field.error.show_message("\n".join(lines))
        count = len(problems)
        summary = self.tr("Not saved: %n problem(s) to correct.", "", count)
        if loose:
            summary += " " + " ".join(loose)
        self.problem_label.show_message(summary)
        first = next((f for f, _ in problems if f is not None), None)
        if first is not None:
            self._reveal(first.error, first.focus_widget())
        self.status_label.clear()

    # -- loading and saving ----------------------------------------------------------------------

    def _reset(self, message: str) -> None:
        self._generation += 1
        self._dossier_id = None
        self._ref = None
        self._doc = {}
        self._overrides = {}
        self._applying = True
        try:
            self.form.clear()
        finally:
            self._applying = False
        self._last = {field: field.state() for field in self.form.fields}
        self.stack.clear()
        for panel in self.panels:
            panel.clear()
        self.history.clear()
        self._close_boxes()
        self.ref_label.clear()
        self.problem_label.clear_message()
        self.status_label.clear()
        self._update_indicator()
        self.message.setText(message)
        self.pages.setCurrentWidget(self.message)
        self.section_list.blockSignals(True)
        self.section_list.setCurrentRow(0)
        self.section_list.blockSignals(False)

    def _loaded(self, generation: int, dossier_id: int,
                found: tuple[dict, Annotations] | None) -> None:
        if generation != self._generation:
            return  # read before a lock or another dossier: not for now
        if found is None:
            self.message.setText(self.tr("This dossier is no longer in the vault."))
            return
        doc, notes = found
        self._show(dossier_id, doc, notes)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.message.setText(user_message(error))

    def _show(self, dossier_id: int | None, doc: dict, notes: Annotations) -> None:
        self._dossier_id = dossier_id
        self._ref = doc["ref"]
        self._doc = doc
        self._applying = True
        try:
            self.form.read(doc, notes.marks)
            self._overrides = dict(notes.overrides)
            self.form.set_overrides(self._overrides)
        finally:
            self._applying = False
        self._last = {field: field.state() for field in self.form.fields}
        self.stack.clear()
        self.ref_label.setText(self._ref)
        self._set_panels(dossier_id, doc)
        self._update_indicator()
        self.pages.setCurrentWidget(self.page)
        self.scroll.verticalScrollBar().setValue(0)
        self.form.full_name.focus_widget().setFocus()

    def _set_panels(self, dossier_id: int | None, doc: dict) -> None:
        for panel, note in zip(self.panels, self.unsaved_notes):
            note.setVisible(dossier_id is None)
            panel.setEnabled(dossier_id is not None)
            if dossier_id is not None:
                panel.set_dossier(dossier_id, doc)
        if dossier_id is not None:
            self.history.show_dossier(dossier_id)

    def _saved(self, generation: int, index: int, doc: dict, outcome: tuple[int, str]) -> None:
        if generation != self._generation:
            return
        dossier_id, ref = outcome
        was_new = self._dossier_id is None
        self._dossier_id = dossier_id
        if ref != self._ref:
            self._ref = ref
            self.ref_label.setText(ref)
        if was_new:
            self._set_panels(dossier_id, {**doc, "ref": ref})
        if self.stack.index() == index:
            self.stack.setClean()
        self.status_label.setText(self.tr("Saved."))
        self._update_indicator()
        self.saved.emit(dossier_id)

    def _save_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.status_label.clear()
        self.problem_label.show_message(
            self.tr("Not saved: %1").replace("%1", user_message(error)))

    def _panel_changed(self) -> None:
        if self._dossier_id is not None:
            self.panel_changed.emit(self._dossier_id)

    # -- reacting --------------------------------------------------------------------------------

    def _edited(self, field: FieldAdapter) -> None:
        if self._applying or self._ref is None:
            return
        new = field.state()
        old = self._last.get(field)
        if new == old:
            return
        self._last[field] = new
        self.status_label.clear()
        self.stack.push(FieldEdit(self, field, old, new))

    def _clean_changed(self, clean: bool) -> None:
        self._update_indicator()
        self.dirty_changed.emit(not clean and self._ref is not None)

    def _update_indicator(self) -> None:
        dirty = self.has_unsaved()
        self.unsaved_label.setText(self.tr("● Unsaved changes") if dirty else "")
        if dirty:
            self.status_label.clear()
        self.unsaved_label.setAccessibleDescription(
            self.tr("Unsaved changes") if dirty else self.tr("Everything is saved"))
        open_ = self._ref is not None
        self.save_button.setEnabled(open_)
        self.save_action.setEnabled(open_)
        self.revert_button.setEnabled(dirty)
        self.close_button.setEnabled(open_)
        self.undo_action.setEnabled(self.stack.canUndo())
        self.redo_action.setEnabled(self.stack.canRedo())

    def _tip(self, widget: QToolButton, action: QAction, text: str) -> None:
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{text} ({shortcut})" if text else shortcut
        action.setToolTip(tip)
        widget.setToolTip(tip)

    def _ask_revert(self) -> None:
        if self.has_unsaved() and ask_revert(self):
            self.revert()

    def _close_boxes(self) -> None:
        for box in self.findChildren(QMessageBox):
            box.done(QMessageBox.StandardButton.Cancel)
            box.deleteLater()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving a field ends its burst of typing: the next keystroke is a new undo step."""
        self.burst += 1

    def _reveal(self, target: QWidget, focus: QWidget) -> None:
        self.scroll.ensureWidgetVisible(target, 40, 60)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- sections --------------------------------------------------------------------------------

    def show_section(self, row: int) -> None:
        """Scroll the form so the section ``row`` is at the top."""
        if not 0 <= row < len(self.form.sections):
            return
        section: Section = self.form.sections[row]
        self._scrolling = True
        try:
            self.scroll.verticalScrollBar().setValue(section.y())
        finally:
            self._scrolling = False

    def _follow_scroll(self, value: int) -> None:
        """The list marks the section at the top of the form as the form scrolls."""
        if self._scrolling:
            return
        row = 0
        for index, section in enumerate(self.form.sections):
            if section.y() <= value + 8:
                row = index
        self.section_list.blockSignals(True)
        self.section_list.setCurrentRow(row)
        self.section_list.blockSignals(False)

    # -- keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Ctrl+Z and Ctrl+Shift+Z anywhere in the editor are the editor's undo, also inside a
        text box (whose own undo would bypass the editor's history)."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or not (watched is self or self.isAncestorOf(watched)):
            return False
        assert isinstance(event, QKeyEvent)
        step = _undo_key(event)
        if step is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut: the key press comes to this filter
            return True
        if self._ref is not None:
            self.undo() if step == "undo" else self.redo()
        return True


def _undo_key(event: QKeyEvent) -> str | None:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    if event.key() == Qt.Key.Key_Z and mods == ctrl:
        return "undo"
    if (event.key() == Qt.Key.Key_Z and mods == ctrl | shift) or (
            event.key() == Qt.Key.Key_Y and mods == ctrl):
        return "redo"
    return None
