"""A small modal "working…" window for a job that cannot be cancelled (a backup being written).

It has a sentence and an indeterminate bar, no buttons; Esc and the close button do nothing:
the job runs to its end on the worker and whoever started it calls :meth:`finish`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.form_page import BusyIndicator


class BusyDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kakehashi")
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(True)
        self.setMinimumWidth(420)
        self.indicator = BusyIndicator()
        self.indicator.start(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(self.indicator)

    def text(self) -> str:
        return self.indicator.label.text()

    def reject(self) -> None:
        """Esc: ignored, the job cannot be stopped half-way."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def finish(self) -> None:
        """The job is over: close for good."""
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()
