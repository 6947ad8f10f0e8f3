"""The focused interview mode: a large notes area with the date, mode and interviewer, saved
while the caseworker types.

Interviews happen face to face, often on a laptop in a field office; a crash, a flat battery or
a lock must not cost more than a few seconds of typing. So the dialog saves by itself: every
:data:`AUTOSAVE_MS` while there are unsaved changes, on Ctrl+S, on closing, and whenever
:meth:`InterviewMode.flush` is called (the lock calls it, then clears this dialog and queues the
vault's close job on the same worker: the save job is already queued, with its values captured
here on the GUI thread, so it runs before the vault closes).

A new interview is inserted by its first save and updated by the next ones. The jobs run one
after another on the session's single worker thread, so they share a small :class:`_Record`
whose ``id`` the inserting job fills in for the jobs queued behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.store.db import transaction
from app.store.interviews import MAX_INTERVIEWER, MAX_NOTES, MODES, Interview, InterviewRepository
from ui.form_page import ERROR_STYLE, button, heading
from ui.messages import user_message
from ui.privacy import PrivacyScreen
from ui.session import VaultSession

#: Unsaved changes wait at most this long before they are written.
AUTOSAVE_MS = 3000


def mode_label(mode: str | None) -> str:
    """An interview mode in the desk's language."""
    labels = {
        "in_person": QCoreApplication.translate("InterviewMode", "In person"),
        "online": QCoreApplication.translate("InterviewMode", "Online"),
        "phone": QCoreApplication.translate("InterviewMode", "Phone"),
        "field_visit": QCoreApplication.translate("InterviewMode", "Field visit"),
    }
    return labels.get(mode or "", QCoreApplication.translate("InterviewMode", "Not recorded"))


@dataclass
class _Record:
    """The interview being written, shared by its save jobs (read and set on the worker)."""

    dossier_id: int
    id: int | None = None


@dataclass(frozen=True)
class _Values:
    """What one save writes, captured on the GUI thread."""

    date: str
    mode: str | None
    interviewer: str | None
    notes: str | None


def _save(conn, record: _Record, values: _Values) -> int:
    """Runs on the worker: insert the interview on its first save, update it afterwards."""
    repository = InterviewRepository(conn)
    with transaction(conn):
        if record.id is None:
            record.id = repository.add(
                record.dossier_id, date=values.date, mode=values.mode,
                interviewer=values.interviewer, notes=values.notes,
            )
        else:
            repository.update(
                record.id, date=values.date, mode=values.mode,
                interviewer=values.interviewer, notes=values.notes,
            )
    return record.id


class InterviewMode(QDialog):
    #: An interview was stored (its id): the timeline shows it anew.
    saved = Signal(int)

    def __init__(
        self, session: VaultSession, privacy: PrivacyScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.privacy = privacy
        self.setWindowTitle(self.tr("Interview — Kakehashi"))  # never the person's name
        self.setModal(False)
        self.setMinimumSize(640, 480)
        self.resize(960, 720)

        self.title = heading("")
        privacy.guard(self.title)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date of the interview"))
        self.partial_note = QLabel()
        self.partial_note.hide()
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Mode of the interview"))
        for mode in MODES:
            self.mode.addItem(mode_label(mode), mode)
        self.mode.addItem(mode_label(None), "")
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.interviewer = QLineEdit()
        self.interviewer.setMaxLength(MAX_INTERVIEWER)
        self.interviewer.setAccessibleName(self.tr("Interviewer"))
        self.interviewer.setPlaceholderText(self.tr("Who led the interview (a role is enough)"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Interview notes"))
        self.notes.setPlaceholderText(
            self.tr("Notes are saved every few seconds while you type, and when the vault locks.")
        )
        self.notes.setTabChangesFocus(True)
        font = self.notes.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.notes.setFont(font)
        privacy.guard(self.notes)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.save_button = button(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save now (Ctrl+S)"))
        self.close_button = button(self.tr("&Close"))
        self.close_button.setToolTip(self.tr("Save and close (Esc)"))

        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date)
        date_row.addWidget(self.partial_note)
        date_row.addStretch(1)
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.interviewer.setMinimumWidth(360)
        for text, buddy, shown in (
            (self.tr("&Date:"), self.date, date_row),
            (self.tr("&Mode:"), self.mode, None),
            (self.tr("Inter&viewer:"), self.interviewer, None),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            fields.addRow(label, shown if shown is not None else buddy)
        notes_label = QLabel(self.tr("&Notes:"))
        notes_label.setBuddy(self.notes)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(fields)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.date, self.mode)
        QWidget.setTabOrder(self.mode, self.interviewer)
        QWidget.setTabOrder(self.interviewer, self.notes)
        QWidget.setTabOrder(self.notes, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._tick)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save_now)
        self.save_button.clicked.connect(self.save_now)
        self.close_button.clicked.connect(self.reject)
        for signal in (
            self.date.dateChanged,
            self.mode.currentIndexChanged,
            self.interviewer.textEdited,
            self.notes.textChanged,
        ):
            signal.connect(self._edited)

        self._generation = 0  # bumped by clear(): results of earlier jobs are ignored
        self._record: _Record | None = None
        self._stored_date = ""  # the date as stored: kept while the date field is untouched
        self._date_touched = False
        self._dirty = False
        self._in_flight = 0
        self._closing = False
        self._loading = False
        self._saved_at: str | None = None
        self.clear()

    # -- what it shows ---------------------------------------------------------------------

    @property
    def dossier_id(self) -> int | None:
        return self._record.dossier_id if self._record is not None else None

    @property
    def interview_id(self) -> int | None:
        """The stored interview's id (None until a new one's first save has come back)."""
        return self._record.id if self._record is not None else None

    def start_new(self, dossier_id: int, person: str = "", today: Date | None = None) -> None:
        """A new interview of the dossier dated ``today``; stored by its first save."""
        self._load(_Record(dossier_id), person, (today or Date.today()).isoformat(),
                   MODES[0], None, None)
        self._set_status(self.tr("New interview, not saved yet"))

    def edit(self, interview: Interview, person: str = "") -> None:
        """Go on writing a stored interview."""
        self._load(_Record(interview.dossier_id, interview.id), person, interview.date,
                   interview.mode, interview.interviewer, interview.notes)
        self._set_status(self.tr("Saved"))

    def _load(self, record: _Record, person: str, date_text: str, mode: str | None,
              interviewer: str | None, notes: str | None) -> None:
        self.clear()
        self._record = record
        self._loading = True
        try:
            self.title.setText(
                self.tr("Interview with %1").replace("%1", person) if person
                else self.tr("Interview")
            )
            self._stored_date = date_text
            parts = [int(p) for p in date_text.split("-")]
            self.date.setDate(QDate(parts[0], parts[1] if len(parts) > 1 else 1,
                                    parts[2] if len(parts) > 2 else 1))
            partial = len(parts) < 3
            note = self.tr("Stored as %1 (a partial date) until you change it")
            self.partial_note.setText(note.replace("%1", date_text))
            self.partial_note.setVisible(partial)
            self.mode.setCurrentIndex(max(0, self.mode.findData(mode or "")))
            self.interviewer.setText(interviewer or "")
            self.notes.setPlainText(notes or "")
            self.notes.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self.notes.setFocus()
        self.notes.moveCursor(QTextCursor.MoveOperation.End)

    def values(self) -> _Values:
        """The fields as a save would write them."""
        date_text = (
            self.date.date().toString(Qt.DateFormat.ISODate)
            if self._date_touched or not self._stored_date else self._stored_date
        )
        return _Values(
            date_text,
            self.mode.currentData() or None,
            self.interviewer.text().strip() or None,
            self.notes.toPlainText() or None,
        )

    def is_dirty(self) -> bool:
        """Whether there are changes no save job has been queued for yet."""
        return self._dirty

    def is_saving(self) -> bool:
        return self._in_flight > 0

    # -- saving ----------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._loading or self._record is None:
            return
        if self.sender() is self.date:
            self._date_touched = True
            self.partial_note.hide()
        self._dirty = True
        if not self.timer.isActive():
            self.timer.start()

    def _tick(self) -> None:
        if self._dirty:
            self.flush()
        else:
            self.timer.stop()

    def save_now(self) -> None:
        """Ctrl+S: save at once (a new interview is stored even if nothing was typed yet)."""
        if self._record is not None and self._record.id is None and not self._in_flight:
            self._dirty = True
        self.flush()

    def flush(self) -> None:
        """Queue the save of every unsaved change on the worker NOW, with the values as they
        are at this moment (so a lock queued right after finds the save before it)."""
        if not self._dirty or self._record is None:
            return
        values = self.values()
        if values.notes is not None and len(values.notes) > MAX_NOTES:
            self._set_status(
                self.tr("Not saved: the notes are longer than 100,000 characters. Shorten them."),
                error=True,
            )
            return
        self._dirty = False
        self.timer.stop()
        self._in_flight += 1
        self._set_status(self.tr("Saving…"))
        record, generation = self._record, self._generation
        self.session.run(
            lambda vault: _save(vault.conn, record, values),
            lambda interview_id: self._saved(generation, interview_id),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _saved(self, generation: int, interview_id: int) -> None:
        if generation != self._generation:
            return  # saved before a lock or a switch: nothing of it is shown now
        self._in_flight -= 1
        self._saved_at = datetime.now().strftime("%H:%M:%S")
        if not self._in_flight:
            self._set_status(self.tr("Saved %1").replace("%1", self._saved_at))
        self.saved.emit(interview_id)
        if self._closing and not self._in_flight and not self._dirty:
            self._closing = False
            super().reject()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._in_flight -= 1
        self._closing = False  # stay open: the notes are still here, not in the vault
        self._dirty = True  # the next tick tries again
        if not self.timer.isActive():
            self.timer.start()
        self._set_status(self.tr("Not saved: %1").replace("%1", user_message(error)), error=True)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    # -- closing and forgetting ------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Close or the window's ×: save, then close once the save is in the vault."""
        self.flush()
        if self._in_flight:
            self._closing = True
            return
        if self._dirty:  # could not even be queued (notes too long): stay, the status says why
            return
        super().reject()

    def clear(self) -> None:
        """Forget the interview: every field emptied (and its undo history), the dialog
        closed, results of jobs still under way ignored. Saves nothing: call :meth:`flush`
        first to keep what was typed."""
        self._generation += 1
        self.timer.stop()
        self._record = None
        self._dirty = False
        self._in_flight = 0
        self._closing = False
        self._date_touched = False
        self._stored_date = ""
        self._saved_at = None
        self._loading = True
        try:
            self.title.clear()
            self.notes.setPlainText("")
            self.notes.document().clearUndoRedoStacks()
            self.interviewer.setText("")  # setText also drops the line edit's undo history
            self.date.setDate(QDate.currentDate())
            self.mode.setCurrentIndex(0)
            self.partial_note.clear()
            self.partial_note.hide()
            self.status.clear()
            self.status.setStyleSheet("")
        finally:
            self._loading = False
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected)
