"""The core's one-line error messages, as the desk shows them (and translates them).

The core (``app/``) has no Qt and speaks English; its messages are listed here with
``QT_TRANSLATE_NOOP`` so that lupdate collects them and the desk can show them in Japanese. A
message not listed (a new one in the core) is shown as the core wrote it: never hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from app.errors import KakehashiError

CONTEXT = "CoreMessages"

#: Messages the core raises with fixed text, verbatim.
_FIXED = (
    QT_TRANSLATE_NOOP("CoreMessages", "wrong passphrase or recovery key"),
    QT_TRANSLATE_NOOP("CoreMessages", "wrong recovery key"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "the recovery key is mistyped: its check characters do not match"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the vault is in use by another process"),
    QT_TRANSLATE_NOOP("CoreMessages", "the vault's key envelope is damaged (both copies)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the vault's key envelope is missing (both copies)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "the key envelope has been altered (its MAC does not match)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "the two copies of the key envelope belong to different vaults"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "a passphrase must have at least 8 characters"),
    QT_TRANSLATE_NOOP("CoreMessages", "a passphrase must not begin or end with spaces"),
    QT_TRANSLATE_NOOP("CoreMessages", "the vault is locked"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "no backup folder is set, or it is not there (is the USB stick in?)"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "keep at least one backup"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "this vault was written by a newer version of Kakehashi; update the app"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the dossier is no longer in the vault"),
    QT_TRANSLATE_NOOP("CoreMessages", "the interview is no longer in the vault"),
    QT_TRANSLATE_NOOP("CoreMessages", "the consent is no longer in the vault"),
    QT_TRANSLATE_NOOP("CoreMessages", "the document is no longer in the vault"),
    QT_TRANSLATE_NOOP("CoreMessages", "this company is no longer in the vault"),
    QT_TRANSLATE_NOOP("CoreMessages", "a company with this name is already in the vault"),
    QT_TRANSLATE_NOOP("CoreMessages", "a company needs a name"),
    QT_TRANSLATE_NOOP("CoreMessages", "this consent is already withdrawn"),
    QT_TRANSLATE_NOOP("CoreMessages", "a consent cannot expire before it is given"),
    QT_TRANSLATE_NOOP("CoreMessages", "a date must be written YYYY, YYYY-MM or YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("CoreMessages", "this date does not exist"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown interview mode"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown consent purpose"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown consent method"),
    QT_TRANSLATE_NOOP("CoreMessages", "the interviewer's name is too long (500 characters at most)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the notes are too long (100,000 characters at most)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the company name is too long (500 characters at most)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is larger than 50 MiB"),
)

#: What the core says is wrong with a damaged backup (the part after "damaged or altered: ").
_BACKUP_DAMAGE = (
    QT_TRANSLATE_NOOP("CoreMessages", "it is truncated"),
    QT_TRANSLATE_NOOP("CoreMessages", "it has extra bytes at its end"),
    QT_TRANSLATE_NOOP("CoreMessages", "its MAC does not match"),
    QT_TRANSLATE_NOOP("CoreMessages", "its header is malformed"),
    QT_TRANSLATE_NOOP("CoreMessages", "its header is not readable"),
    QT_TRANSLATE_NOOP("CoreMessages", "it has a format version this app does not know"),
    QT_TRANSLATE_NOOP("CoreMessages", "its key envelope is damaged"),
    QT_TRANSLATE_NOOP("CoreMessages", "its key envelope was altered"),
    QT_TRANSLATE_NOOP("CoreMessages", "its manifest is malformed"),
    QT_TRANSLATE_NOOP("CoreMessages", "its manifest does not open"),
    QT_TRANSLATE_NOOP("CoreMessages", "its database does not match its manifest"),
)

def _pattern(source: str, core_form: str | None = None) -> tuple[re.Pattern[str], str]:
    """A message with a variable part: the pattern of what the core writes and ``source``,
    where ``%1`` stands for the captured part. The core writes ``source`` itself unless a
    ``core_form`` (with the same ``%1``) says otherwise."""
    regex = re.escape(core_form or source).replace(re.escape("%1"), "(.+)")
    return re.compile(f"^{regex}$", re.S), source


#: Messages with a variable part (a folder, a detail).
_PATTERNS = (
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "no vault at %1")),
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Kakehashi vault")),
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "%1 already exists and is not an empty folder")),
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "the vault database is damaged: %1")),
    _pattern(
        QT_TRANSLATE_NOOP("CoreMessages", "the vault's key envelope is unusable: %1"),
        core_form="%1 (both copies are unusable)",
    ),
    _pattern(
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the backup is damaged or has been altered: %1; nothing was written"
        )
    ),
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Kakehashi backup")),
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder, not a backup")),
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder; name the backup file")),
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "no such file: %1")),
    _pattern(QT_TRANSLATE_NOOP("CoreMessages", "no such folder: %1")),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _as_sentence(text: str) -> str:
    """Capitalized and closed with a full stop, as a sentence in a dialog should be."""
    text = text.strip()
    if not text:
        return text
    if text[0].isascii() and text[0].islower():
        text = text[0].upper() + text[1:]
    if text[-1] not in ".!?。！？)":
        text += "."
    return text


def _filled(source: str, detail: str) -> str:
    """``source`` in the desk's language with ``detail`` for its ``%1``, as a sentence."""
    return _as_sentence(_translate(source).replace("%1", detail))


def core_message(text: str) -> str:
    """A core message in the desk's language (unchanged when no translation is known)."""
    if text in _FIXED:
        return _as_sentence(_translate(text))
    for pattern, source in _PATTERNS:
        match = pattern.match(text)
        if match:
            detail = match.group(1)
            if detail in _BACKUP_DAMAGE:
                detail = _translate(detail)
            return _filled(source, detail)
    return _as_sentence(text)


def user_message(error: BaseException) -> str:
    """What the desk shows for a failed job: the core's sentence, or a generic one for a bug.

    An unexpected exception is named by type only: its text could quote a value.
    """
    if isinstance(error, KakehashiError):
        return core_message(str(error))
    if isinstance(error, OSError):
        detail = error.strerror or type(error).__name__
        return _filled(QT_TRANSLATE_NOOP("CoreMessages", "the folder cannot be used: %1"), detail)
    return _filled(
        QT_TRANSLATE_NOOP("CoreMessages", "internal error (%1); the vault was not changed"),
        type(error).__name__,
    )
