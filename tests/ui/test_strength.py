"""The passphrase strength estimate (no Qt)."""

from __future__ import annotations

import pytest

from ui.strength import Level, estimate


@pytest.mark.parametrize(
    "passphrase",
    ["password", "Password1!", "12345678", "abcdefgh", "qwertyuiop", "aaaaaaaaaa", "2024-05-14",
     "ababababab", "KAKEHASHI2025", "090-4417-2208"],
)
def test_common_choices_are_very_weak(passphrase):
    assert estimate(passphrase).level == Level.COMMON


def test_too_short_below_the_core_minimum():
    assert estimate("Xy7#").level == Level.TOO_SHORT
    assert estimate("").level == Level.TOO_SHORT


@pytest.mark.parametrize(
    ("passphrase", "level"),
    [
        ("sunlight", Level.WEAK),
        ("hello world", Level.FAIR),
        ("Tr0ub4dor&3", Level.GOOD),
        ("correct horse battery staple", Level.STRONG),
        ("かけはしの向こうに春が来る", Level.GOOD),
    ],
)
def test_length_and_variety_raise_the_level(passphrase, level):
    assert estimate(passphrase).level == level


def test_longer_is_never_weaker():
    base = "river stone"
    assert estimate(base + " lantern").bits > estimate(base).bits
