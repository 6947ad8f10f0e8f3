"""The desk's settings: only the folder of the last vault opened, never a person's data.

Settings live outside the vault, unencrypted (``~/.config/Kakehashi/Kakehashi.conf`` on Linux),
so they must not name anyone: a folder path is all they hold.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "Kakehashi"
APPLICATION = "Kakehashi"
LAST_VAULT = "last_vault"


class Settings:
    def __init__(self) -> None:
        self._qsettings = QSettings(ORGANIZATION, APPLICATION)

    def last_vault(self) -> Path | None:
        value = self._qsettings.value(LAST_VAULT)
        return Path(value) if isinstance(value, str) and value else None

    def remember_vault(self, folder: Path) -> None:
        self._qsettings.setValue(LAST_VAULT, str(Path(folder).expanduser().absolute()))
        self._qsettings.sync()

    def file_name(self) -> str:
        """Where the settings are stored (for tests and the documentation)."""
        return self._qsettings.fileName()
