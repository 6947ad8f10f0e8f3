"""A passphrase strength meter: a bar and a sentence, from :func:`ui.strength.estimate`."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from app.vault.vault import MIN_PASSPHRASE
from ui.strength import MAX_LEVEL, Level, estimate

_COLOURS = {
    Level.TOO_SHORT: "#b3261e",
    Level.COMMON: "#b3261e",
    Level.WEAK: "#c75000",
    Level.FAIR: "#a07800",
    Level.GOOD: "#3d7d1f",
    Level.STRONG: "#1e6b2e",
}


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, MAX_LEVEL)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)
        self.level: Level | None = None
        self.update_for("")

    def _describe(self, level: Level) -> str:
        return {
            Level.TOO_SHORT: self.tr("Too short: at least %1 characters").replace(
                "%1", str(MIN_PASSPHRASE)
            ),
            Level.COMMON: self.tr("Very weak: a common password or pattern"),
            Level.WEAK: self.tr("Weak: make it longer"),
            Level.FAIR: self.tr("Fair: a longer passphrase is safer"),
            Level.GOOD: self.tr("Good"),
            Level.STRONG: self.tr("Strong"),
        }[level]

    def update_for(self, passphrase: str) -> None:
        """Show the strength of ``passphrase`` (an empty field shows an empty meter)."""
        if not passphrase:
            self.level = None
            self.bar.setValue(0)
            self.label.setText("")
            self.bar.setAccessibleDescription("")
            return
        level = estimate(passphrase).level
        self.level = level
        self.bar.setValue(max(int(level), 1))
        text = self._describe(level)
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        colour = _COLOURS[level]
        self.label.setStyleSheet(f"color: {colour};")
        self.bar.setStyleSheet(
            f"QProgressBar {{ border: 1px solid palette(mid); border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background-color: {colour}; border-radius: 2px; }}"
        )
