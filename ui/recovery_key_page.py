"""The recovery key of a new vault, shown once; Continue waits until the user says it is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.clipboard import secret_clipboard
from ui.fonts import monospace_font
from ui.form_page import button, button_row, heading, page_layout, paragraph, tab_chain


class RecoveryKeyPage(QWidget):
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Your recovery key"))
        explanation = paragraph(
            self.tr(
                "If the passphrase is ever forgotten, this key is the only way into the vault. "
                "It is shown only this once. Write it down or print it and keep it somewhere "
                "safe, away from this computer: anyone who has it can open the vault."
            )
        )

        self.key_label = QLabel()
        self.key_label.setFont(monospace_font(1.6))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(12, 16, 12, 16)
        frame_layout.addWidget(self.key_label)

        self.copy_button = button(self.tr("Copy"), self.tr("Copy the recovery key"))
        self.copied_label = QLabel()
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied_label, 1)

        self.stored_check = QCheckBox(self.tr("I have stored the recovery key somewhere safe"))
        self.continue_button = button(
            self.tr("Continue"), self.tr("Continue to the vault"), default=True
        )
        self.continue_button.setEnabled(False)
        buttons = button_row(trailing=[self.continue_button])

        page_layout(
            self,
            (self.title, explanation, 8, frame, copy_row, 8, self.stored_check),
            (buttons,),
        )
        tab_chain(self.key_label, self.copy_button, self.stored_check, self.continue_button)

        self.copy_button.clicked.connect(self._copy)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def default_button(self) -> QPushButton:
        return self.continue_button

    def show_key(self, recovery_key: str) -> None:
        self.key_label.setText(recovery_key)
        self.stored_check.setChecked(False)
        self.copied_label.clear()
        self.stored_check.setFocus()

    def _copy(self) -> None:
        clipboard = secret_clipboard()
        clipboard.copy(self.key_label.text())
        self.copied_label.setText(
            self.tr("Copied. The clipboard is cleared in %n seconds.", "", clipboard.clear_after_s)
        )

    def _continue(self) -> None:
        if not self.stored_check.isChecked():
            return
        self.key_label.clear()  # the key is not kept on screen once the user moves on
        self.confirmed.emit()
