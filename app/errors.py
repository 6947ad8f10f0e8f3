"""The errors a caseworker can meet, each with its own one-line message and exit code.

Every failure that reaches a user is one of these: the command line prints ``str(error)`` on one
line and exits with ``error.exit_code``; the desk shows the same sentence. Messages never carry
a personal value (a name, a phone number, a field's content): at most a JSON path or a key name.
"""

from __future__ import annotations


class KakehashiError(Exception):
    """Base of every expected failure. ``str()`` is the one-line message for the user."""

    exit_code = 1


class UsageError(KakehashiError):
    """The command was called wrongly (missing input, mismatched confirmation...)."""

    exit_code = 2


class WrongPassphrase(KakehashiError):
    exit_code = 4

    def __init__(self, message: str = "wrong passphrase or recovery key") -> None:
        super().__init__(message)


class DamagedEnvelope(KakehashiError):
    exit_code = 5

    def __init__(self, message: str = "the vault's key envelope is damaged (both copies)") -> None:
        super().__init__(message)


class DamagedDatabase(KakehashiError):
    exit_code = 5

    def __init__(self, detail: str = "") -> None:
        message = "the vault database is damaged"
        super().__init__(f"{message}: {detail}" if detail else message)


class NotAVault(KakehashiError):
    exit_code = 6


class VaultInUse(KakehashiError):
    exit_code = 7

    def __init__(self, message: str = "the vault is in use by another process") -> None:
        super().__init__(message)


class VaultExists(KakehashiError):
    exit_code = 6


class InvalidInput(KakehashiError):
    """A malformed interchange file, a duplicate ref, an unknown dossier..."""

    exit_code = 8


class NotFound(KakehashiError):
    exit_code = 9


class SQLCipherUnavailable(KakehashiError):
    exit_code = 10

    def __init__(self) -> None:
        super().__init__(
            "SQLCipher is not available (cipher_version did not answer); refusing to run "
            "without encryption"
        )
