"""The recovery key of a new vault, shown once; Continue waits until the user says it is stored.

The key can be copied (cleared from the clipboard after a while), printed, or saved as a one-page
"recovery sheet" PDF — written atomically, mode 0600, only where the caseworker chose.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.render.recovery_sheet import SheetText, render_recovery_sheet, sheet_document
from ui.clipboard import secret_clipboard
from ui.fonts import monospace_font
from ui.form_page import button, button_row, heading, page_layout, paragraph, tab_chain


def ask_sheet_file(parent: QWidget, title: str) -> Path | None:
    """Where to save the recovery sheet (tests replace this function)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder or Path.home()) / "kakehashi-recovery-sheet.pdf"),
        "PDF (*.pdf)",
    )
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def print_document(parent: QWidget, document) -> bool:
    """The platform's print dialog, then print (tests replace this function)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


class RecoveryKeyPage(QWidget):
    confirmed = Signal()
    #: The sheet's PDF was written (path) or not (an error's text): from the writing thread.
    sheet_written = Signal(object, str)

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
        self.save_button = button(
            self.tr("Save recovery sheet (PDF)…"), self.tr("Save the recovery key as a PDF sheet")
        )
        self.print_button = button(self.tr("Print…"), self.tr("Print the recovery key"))
        self.copied_label = QLabel()
        self.copied_label.setWordWrap(True)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.save_button)
        copy_row.addWidget(self.print_button)
        copy_row.addStretch(1)

        self.stored_check = QCheckBox(self.tr("I have stored the recovery key somewhere safe"))
        self.continue_button = button(
            self.tr("Continue"), self.tr("Continue to the vault"), default=True
        )
        self.continue_button.setEnabled(False)
        buttons = button_row(trailing=[self.continue_button])

        page_layout(
            self,
            (self.title, explanation, 8, frame, copy_row, self.copied_label, 8,
             self.stored_check),
            (buttons,),
        )
        tab_chain(self.key_label, self.copy_button, self.save_button, self.print_button,
                  self.stored_check, self.continue_button)

        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save_sheet)
        self.sheet_written.connect(self._sheet_written)
        self.print_button.clicked.connect(self._print_sheet)
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

    def sheet_text(self) -> SheetText:
        return SheetText(
            title=self.tr("Kakehashi — recovery key"),
            explanation=self.tr(
                "This key opens the vault if its passphrase is forgotten. Type it in the unlock "
                "window instead of the passphrase; capitals, spaces and dashes do not matter."
            ),
            warning=self.tr(
                "Anyone who has this sheet can open the vault. Keep it locked away, apart from "
                "the laptop, and never photograph it or send it by e-mail."
            ),
            kept_where=self.tr("Kept at (write it here):"),
            created=self.tr("Made on %1").replace("%1", date.today().isoformat()),
        )

    def _save_sheet(self) -> None:
        """Ask where, then render and write the sheet on a thread of its own (the GUI thread
        never waits on a PDF); the answer comes back through :attr:`sheet_written`."""
        from app.render.pdf import ensure_qt, write_pdf

        path = ask_sheet_file(self, self.tr("Save the recovery sheet"))
        if path is None:
            return
        ensure_qt()  # the font is registered here, on the GUI thread
        key, text = self.key_label.text(), self.sheet_text()
        self.save_button.setEnabled(False)

        def write() -> None:
            try:
                write_pdf(path, render_recovery_sheet(key, text))
            except (OSError, RuntimeError) as error:
                self.sheet_written.emit(None, getattr(error, "strerror", None)
                                        or type(error).__name__)
            else:
                self.sheet_written.emit(path, "")

        threading.Thread(target=write, name="kakehashi-recovery-sheet", daemon=True).start()

    def _sheet_written(self, path: Path | None, problem: str) -> None:
        self.save_button.setEnabled(True)
        if path is None:
            self.copied_label.setText(
                self.tr("The sheet could not be saved: %1").replace("%1", problem)
            )
            return
        self.copied_label.setText(
            self.tr("Saved as %1 (readable only by you). Print it or move it somewhere safe, "
                    "then delete the file.").replace("%1", path.name)
        )

    def _print_sheet(self) -> None:
        document = sheet_document(self.key_label.text(), self.sheet_text())
        if print_document(self, document):
            self.copied_label.setText(self.tr("Sent to the printer."))

    def _continue(self) -> None:
        if not self.stored_check.isChecked():
            return
        self.key_label.clear()  # the key is not kept on screen once the user moves on
        self.confirmed.emit()
