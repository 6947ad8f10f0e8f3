"""The desk's per-vault preferences: privacy screen, idle lock, clipboard clearing.

They are kept inside the vault (its meta table), not in ``QSettings``: they belong to the
vault's way of working (a vault used in a shared office keeps its privacy screen on), and
settings outside the vault hold a folder path and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store.db import transaction
from app.store.meta import MetaRepository
from ui.idle_lock import IDLE_KEY, idle_minutes_of
from ui.privacy import PRIVACY_KEY

CLIPBOARD_KEY = "desk.clipboard_seconds"
DEFAULT_CLIPBOARD_S = 30
#: What the caseworker can choose from, in seconds.
CLIPBOARD_CHOICES = (10, 20, 30, 60, 120)


@dataclass(frozen=True)
class DeskPreferences:
    privacy: bool = False
    idle_minutes: int = 5
    clipboard_s: int = DEFAULT_CLIPBOARD_S


def clipboard_seconds_of(value: str | None) -> int:
    if value is not None and value.isdigit() and int(value) in CLIPBOARD_CHOICES:
        return int(value)
    return DEFAULT_CLIPBOARD_S


def load_preferences(vault) -> DeskPreferences:
    """Runs on the worker."""
    meta = MetaRepository(vault.conn)
    return DeskPreferences(
        privacy=meta.get(PRIVACY_KEY) == "on",
        idle_minutes=idle_minutes_of(meta.get(IDLE_KEY)),
        clipboard_s=clipboard_seconds_of(meta.get(CLIPBOARD_KEY)),
    )


def save_preferences(vault, preferences: DeskPreferences) -> DeskPreferences:
    """Runs on the worker; returns what is now stored."""
    with transaction(vault.conn):
        meta = MetaRepository(vault.conn)
        meta.set(PRIVACY_KEY, "on" if preferences.privacy else "off")
        meta.set(IDLE_KEY, str(preferences.idle_minutes))
        meta.set(CLIPBOARD_KEY, str(preferences.clipboard_s))
    return load_preferences(vault)
