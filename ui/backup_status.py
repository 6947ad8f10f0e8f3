"""The status bar's "last backup" sign: always there while a vault is open, amber when old.

"Last backup: 2026-11-23 20:14" (local time) while the last good backup is at most a week old;
"No backup yet — back up now" or "Last backup 9 days ago — back up now" on an amber background
with a warning icon otherwise. The tooltip says when and how. A timer re-reads the clock, so a
desk left open for days turns amber on its own.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from ui.backup_jobs import BackupState, local_time

WARNING_STYLE = (
    "#backupStatus[warning=\"true\"] { background: #ffe08a; border: 1px solid #d9a400;"
    " border-radius: 3px; }"
    "#backupStatus[warning=\"true\"] QLabel { color: #3d2e00; }"
)
RECHECK_MS = 10 * 60 * 1000


class BackupStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(WARNING_STYLE)
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Last backup"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 1, 6, 1)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        self.state: BackupState | None = None
        self.warning = False
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.refresh)
        self.clear()

    def set_state(self, state: BackupState) -> None:
        self.state = state
        self.refresh()
        self._timer.start()

    def clear(self) -> None:
        self.state = None
        self._timer.stop()
        self.label.clear()
        self.setToolTip("")
        self._set_warning(False)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def refresh(self, now: datetime | None = None) -> None:
        state = self.state
        if state is None:
            return
        now = now or datetime.now(timezone.utc)
        how = self.tr(
            "Back up now from the File menu; automatic backups on lock and on quit are set in "
            "its Backup settings."
        )
        if state.last_at is None:
            text = self.tr("No backup yet — back up now")
            tip = self.tr("No good backup of this vault has been made yet.")
        elif state.is_stale(now):
            days = (now - state.last_at).days
            text = self.tr("Last backup %n day(s) ago — back up now", "", days)
            tip = self.tr("The last good backup was made on %1, more than a week ago.").replace(
                "%1", local_time(state.last_at)
            )
        else:
            text = self.tr("Last backup: %1").replace("%1", local_time(state.last_at))
            tip = self.tr("The last good backup was made on %1.").replace(
                "%1", local_time(state.last_at)
            )
        self.label.setText(text)
        self.setToolTip(f"{tip}\n{how}")
        self.label.setAccessibleDescription(tip)
        self._set_warning(state.is_stale(now))
        self.show()

    def _set_warning(self, warning: bool) -> None:
        self.warning = warning
        self.icon.setVisible(warning)
        self.setProperty("warning", "true" if warning else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        for child in (self.icon, self.label):
            self.style().unpolish(child)
            self.style().polish(child)
