"""A folder chooser: a line edit (typing works) and a Browse… button (a folder dialog)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QWidget

from ui.form_page import button


def display_path(path: Path) -> str:
    """``path`` as shown to the user: under the home folder as ``~/…`` (POSIX only)."""
    path = Path(path)
    if os.name == "posix":
        try:
            relative = path.relative_to(Path.home())
        except ValueError:
            return str(path)
        return "~" if str(relative) == "." else f"~/{relative}"
    return str(path)


class FolderField(QWidget):
    changed = Signal()

    def __init__(self, dialog_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialog_title = dialog_title
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.browse_button = button(self.tr("Browse…"), self.tr("Browse for a folder"))
        self.browse_button.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)
        self.setFocusProxy(self.edit)

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)

    def path(self) -> Path | None:
        """The folder typed or chosen (``~`` expanded), or None if the field is empty."""
        text = self.edit.text().strip()
        return Path(os.path.expanduser(text)) if text else None

    def set_path(self, path: Path | None) -> None:
        self.edit.setText(display_path(path) if path is not None else "")

    def _browse(self) -> None:
        current = self.path()
        start = current if current is not None and current.is_dir() else (
            current.parent if current is not None and current.parent.is_dir() else Path.home()
        )
        chosen = QFileDialog.getExistingDirectory(self, self._dialog_title, str(start))
        if chosen:
            self.set_path(Path(chosen))
