"""Locking and clipboard settings of the open vault: idle time before it locks itself, and how
long a copied sensitive value stays on the clipboard. Stored inside the vault."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.desk_preferences import CLIPBOARD_CHOICES, DeskPreferences, save_preferences
from ui.form_page import paragraph
from ui.idle_lock import IDLE_CHOICES
from ui.messages import user_message
from ui.session import VaultSession


class DeskSettingsDialog(QDialog):
    #: The preferences as stored, after a successful save.
    saved = Signal(object)

    def __init__(self, session: VaultSession, preferences: DeskPreferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self.setWindowTitle(self.tr("Locking and clipboard"))
        self.idle = QComboBox()
        for minutes in IDLE_CHOICES:
            text = self.tr("Never") if minutes == 0 else self.tr("After %n minute(s)", "", minutes)
            self.idle.addItem(text, minutes)
        self.idle.setCurrentIndex(max(0, self.idle.findData(preferences.idle_minutes)))
        self.clipboard = QComboBox()
        for seconds in CLIPBOARD_CHOICES:
            self.clipboard.addItem(self.tr("After %n second(s)", "", seconds), seconds)
        self.clipboard.setCurrentIndex(max(0, self.clipboard.findData(preferences.clipboard_s)))

        form = QFormLayout()
        idle_label = QLabel(self.tr("Lock when idle:"))
        idle_label.setBuddy(self.idle)
        clip_label = QLabel(self.tr("Clear copied values:"))
        clip_label.setBuddy(self.clipboard)
        form.addRow(idle_label, self.idle)
        form.addRow(clip_label, self.clipboard)
        note = paragraph(
            self.tr(
                "The vault also locks on Ctrl+L, when the screen locks or the computer goes to "
                "sleep (where the system tells), and at once with Ctrl+Shift+L, which also "
                "hides the window. These settings are kept inside this vault."
            )
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def chosen(self) -> DeskPreferences:
        return replace(self.preferences, idle_minutes=int(self.idle.currentData()),
                       clipboard_s=int(self.clipboard.currentData()))

    def _save(self) -> None:
        chosen = self.chosen()
        self.buttons.setEnabled(False)
        self.session.run(lambda vault: save_preferences(vault, chosen), self._saved,
                         self._failed, context=self)

    def _saved(self, stored: DeskPreferences) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(stored)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(user_message(error))
