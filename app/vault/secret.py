"""Keys in mutable buffers, so they can be overwritten when the vault locks.

Python cannot promise that no copy of a secret survives (see docs/memory.md): immutable ``bytes``
made by a library, the interpreter's freed memory, swap. What we can do is keep our own copies in
``bytearray`` and overwrite them as soon as they are not needed.
"""

from __future__ import annotations

import unicodedata

_HEX = b"0123456789abcdef"


def wipe(buffer: bytearray | memoryview | None) -> None:
    """Overwrite ``buffer`` with zeros in place."""
    if buffer is not None and len(buffer):
        buffer[:] = bytes(len(buffer))


def passphrase_bytes(passphrase: str) -> bytearray:
    """The UTF-8 bytes of a passphrase in Unicode NFC.

    NFC makes a Japanese or accented passphrase typed on one system open the vault on another,
    whose input method may compose characters differently.
    """
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def raw_key_literal(key: bytearray) -> bytearray:
    """SQLCipher's raw-key form ``x'<64 hex>'`` built in a mutable buffer (no ``bytes`` copy)."""
    out = bytearray(3 + 2 * len(key))
    out[0:2] = b"x'"
    for i, byte in enumerate(key):
        out[2 + 2 * i] = _HEX[byte >> 4]
        out[3 + 2 * i] = _HEX[byte & 0x0F]
    out[-1] = ord("'")
    return out
