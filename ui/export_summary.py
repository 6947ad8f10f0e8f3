"""What an export did: the files written (named by codes) and, for every candidate not in them,
why. Shown once the job has ended; nothing here opens a folder or a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.disclosure import export
from app.disclosure.preview import Candidate
from ui.export_words import state_text
from ui.folder_field import display_path
from ui.form_page import heading, paragraph
from ui.privacy import MASK, PrivacyScreen


def _fit_rows(view: QListWidget, lines: int = 1, most: int = 8) -> None:
    """As tall as its rows (each up to ``lines`` lines when wrapped), up to ``most`` rows (then
    it scrolls); the dialog grows with it."""
    rows = max(1, min(view.count(), most))
    view.setFixedHeight(rows * (view.fontMetrics().lineSpacing() * lines + 4)
                          + 2 * view.frameWidth() + 4)


class ExportSummaryDialog(QDialog):
    """``rows``: each candidate of the batch with the outcome of the export."""

    def __init__(self, rows: list[Candidate], folder: Path, booklet: Path | None,
                 privacy: PrivacyScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kakehashi")
        self.setMinimumWidth(560)
        self.privacy = privacy
        written = [c for c in rows if c.state == export.EXPORTED]
        missed = [c for c in rows if c.state != export.EXPORTED]
        stopped = any(c.state == export.CANCELLED for c in rows)
        if booklet is not None:
            title = self.tr("The booklet is written: %n candidate(s)", "", len(written))
        elif written:
            title = self.tr("%n profile(s) written", "", len(written))
        else:
            title = self.tr("Nothing was written")
        if stopped:
            title += "  ·  " + self.tr("stopped")
        self.title = heading(title)
        self.folder = paragraph(self.tr("Folder: %1").replace("%1", display_path(folder)))
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files written"))
        if booklet is not None:
            self.files.addItem(booklet.name)
        else:
            for candidate in written:
                path = candidate.outcome.path
                self.files.addItem(path.name if path else "")
        self.files.setVisible(self.files.count() > 0)
        _fit_rows(self.files)
        self.missed_label = QLabel(self.tr("Not written:"))
        self.missed = QListWidget()
        self.missed.setAccessibleName(self.tr("Candidates not written"))
        self.missed.setWordWrap(True)
        for candidate in missed:
            item = QListWidgetItem(f"{self._who(candidate)} — {state_text(candidate)}")
            self.missed.addItem(item)
        self.missed_label.setBuddy(self.missed)
        self.missed_label.setVisible(bool(missed))
        self.missed.setVisible(bool(missed))
        _fit_rows(self.missed, lines=2)
        privacy.guard(self.missed)
        self.note = paragraph(self.tr(
            "Each file is named by its candidate code: the company never sees a name or a ref. "
            "Every profile sent is recorded in the disclosure log."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.folder)
        layout.addWidget(self.files)
        layout.addWidget(self.missed_label)
        layout.addWidget(self.missed)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def _who(self, candidate: Candidate) -> str:
        if self.privacy.is_on():
            return MASK  # the ref is an identifier too
        return f"{candidate.ref or candidate.outcome.name}  {candidate.full_name or ''}".strip()

    def file_names(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def missed_lines(self) -> list[str]:
        return [self.missed.item(i).text() for i in range(self.missed.count())]

    def clear(self) -> None:
        self.files.clear()
        self.missed.clear()
        self.folder.clear()
