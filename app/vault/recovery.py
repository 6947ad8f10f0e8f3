"""The recovery key: 150 random bits a person can copy by hand, with a typo check.

Written as eight groups of four characters of Crockford's base32 (no I, L, O or U, so nothing
reads two ways), the last two characters a checksum. Reading is forgiving: any case, any spaces
or hyphens, and O/I/L taken as 0/1/1.
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY_CHARS = 30  # 30 × 5 = 150 random bits
CHECK_CHARS = 2
GROUP = 4
_TRANSLATE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _checksum(body: str) -> str:
    digest = hashlib.sha256(b"kakehashi-recovery:" + body.encode("ascii")).digest()
    value = int.from_bytes(digest[:2], "big") >> 6  # 10 bits
    return ALPHABET[value >> 5] + ALPHABET[value & 31]


def generate() -> str:
    """A new recovery key, formatted for display."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_CHARS))
    full = body + _checksum(body)
    return "-".join(full[i : i + GROUP] for i in range(0, len(full), GROUP))


def parse(text: str) -> bytearray | None:
    """The normalized key if ``text`` is a well-formed recovery key, else ``None``.

    A passphrase that merely looks like a recovery key fails the checksum 1023 times in 1024
    and is then treated as a passphrase.
    """
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_TRANSLATE)
    if len(cleaned) != BODY_CHARS + CHECK_CHARS or any(c not in ALPHABET for c in cleaned):
        return None
    body, check = cleaned[:BODY_CHARS], cleaned[BODY_CHARS:]
    if _checksum(body) != check:
        return None
    return bytearray(body.encode("ascii"))


def looks_like_recovery_key(text: str) -> bool:
    """True if ``text`` has a recovery key's shape (right length), whatever its checksum."""
    cleaned = "".join(text.split()).replace("-", "")
    return len(cleaned) == BODY_CHARS + CHECK_CHARS and text.count("-") >= 6
