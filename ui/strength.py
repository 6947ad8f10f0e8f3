"""A rough, honest estimate of a new passphrase's strength (no Qt, no dependencies).

It counts length and character classes and catches the most common weak choices (a well-known
password, one repeated character, a run like ``12345678`` or ``qwertyui``, a date). It is a guide
for the person typing, not a guarantee: it cannot know that a phrase is a famous quote or the
name of their cat. The core enforces the only hard rule (at least 8 characters).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum

from app.vault.vault import MIN_PASSPHRASE


class Level(IntEnum):
    TOO_SHORT = 0
    COMMON = 1
    WEAK = 2
    FAIR = 3
    GOOD = 4
    STRONG = 5


#: The meter's maximum value.
MAX_LEVEL = int(Level.STRONG)

# A few of the most used passwords (lowercase, digits and symbols removed before comparing);
# enough to stop the obvious ones, not a dictionary.
_COMMON = frozenset(
    {
        "password", "passwort", "motdepasse", "contraseña", "senha", "passw", "pass", "secret",
        "qwerty", "qwertz", "azerty", "asdf", "zxcv", "letmein", "welcome", "iloveyou",
        "admin", "administrator", "login", "master", "monkey", "dragon", "football",
        "baseball", "sunshine", "princess", "shadow", "superman", "trustno", "abc",
        "changeme", "default", "hello", "freedom", "whatever", "starwars", "pokemon",
        "kakehashi", "refugee", "japan", "tokyo", "nippon", "sakura", "doraemon",
    }
)
_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz")
_DATE = re.compile(r"^(19|20)\d{2}[-/.]?\d{2}[-/.]?\d{2}$|^\d{2}[-/.]?\d{2}[-/.]?(19|20)\d{2}$")


@dataclass(frozen=True)
class Strength:
    level: Level
    bits: float  # estimated entropy; 0 for a known weak pattern


def _pool_size(text: str) -> int:
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100  # kana, kanji, accented letters: a large alphabet, counted modestly
    return pool


def _is_run(text: str) -> bool:
    """One character repeated, or a slice of a keyboard row or the alphabet (either way)."""
    lowered = text.lower()
    if len(set(lowered)) <= 2:
        return True
    return any(lowered in row or lowered in row[::-1] for row in _KEYBOARD_ROWS)


def _is_common(text: str) -> bool:
    core = "".join(c for c in text.lower() if c.isalpha())
    if not core:
        return True  # only digits and symbols: a PIN, a date, a phone number
    return core in _COMMON or _is_run(text) or _DATE.match(text) is not None


def _effective_length(text: str) -> float:
    """Length with repeats discounted: ``aaaa`` is worth little more than ``a``."""
    length = 0.0
    previous = None
    for char in text:
        length += 0.25 if char == previous else 1.0
        previous = char
    return length


def estimate(passphrase: str) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE:
        return Strength(Level.TOO_SHORT, 0.0)
    if _is_common(passphrase):
        return Strength(Level.COMMON, 0.0)
    bits = _effective_length(passphrase) * math.log2(max(_pool_size(passphrase), 2))
    if bits < 45:
        level = Level.WEAK
    elif bits < 65:
        level = Level.FAIR
    elif bits < 90:
        level = Level.GOOD
    else:
        level = Level.STRONG
    return Strength(level, bits)
