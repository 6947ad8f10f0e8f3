"""What a file is, told from its bytes, and what kind of document it probably is.

A file's name and extension are whatever the sender chose; the vault records the media type
its first bytes show, and the desk decides from that whether it can show the file and whether
its metadata must be stripped (:mod:`app.media.metadata`). The name only helps to guess the
document's *kind* (passport, CV, …), which the caseworker can change.
"""

from __future__ import annotations

import re
from pathlib import PurePath

__all__ = ["sniff", "is_image", "claims_image", "guess_kind", "extension_for"]

#: Extensions that claim a picture: such a file must be cleaned or refused, never stored as is.
IMAGE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "jpe", "jfif", "png", "apng", "gif", "webp", "tif", "tiff", "bmp", "dib",
    "heic", "heif", "hif", "avif", "jxl", "jp2", "j2k", "ico", "cur", "tga", "ppm", "pgm",
    "pbm", "pnm", "dng", "cr2", "cr3", "nef", "arw", "orf", "rw2", "raf", "svg", "svgz",
})

_OFFICE = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}

_EXTENSIONS = {
    "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp",
    "image/tiff": "tif", "image/bmp": "bmp", "image/heic": "heic", "image/avif": "avif",
    "application/pdf": "pdf", "text/plain": "txt", "application/zip": "zip",
    **{media_type: ext for ext, media_type in _OFFICE.items()},
}


def sniff(data: bytes, file_name: str | None = None) -> str:
    """The media type ``data`` shows. The name is consulted only to tell apart containers whose
    bytes look alike (a .docx is a ZIP)."""
    head = bytes(data[:64])
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] in (b"II*\0", b"MM\0*"):
        return "image/tiff"
    if head[:2] == b"BM" and len(head) >= 26:
        return "image/bmp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return "image/avif"
        if brand in (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"):
            return "image/heic"
        return "video/mp4"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return _OFFICE.get(_extension(file_name), "application/zip")
    if _looks_like_text(data):
        return "text/plain"
    return "application/octet-stream"


def is_image(media_type: str | None) -> bool:
    return bool(media_type) and media_type.startswith("image/")


def claims_image(file_name: str | None) -> bool:
    """Whether the name says "picture" (whatever the bytes are)."""
    return _extension(file_name) in IMAGE_EXTENSIONS


def extension_for(media_type: str | None) -> str | None:
    """The usual extension for a media type, without the dot (for "Save a copy")."""
    return _EXTENSIONS.get(media_type or "")


# Words in a file name that hint at a kind of document, in the scripts caseworkers meet.
_KIND_HINTS = (
    ("residence_card", r"residen|zairyu|在留|resident.?card|残留|zanryu"),
    ("passport", r"passport|pasaporte|passeport|パスポート|旅券|pasport"),
    ("cv", r"\bcv\b|resume|résumé|curriculum|履歴書|職務経歴|rirekisho"),
    ("certificate", r"certif|diploma|degree|transcript|jlpt|証明|卒業|免許|licen[cs]e|資格"),
    ("photo", r"photo|portrait|写真|顔"),
)


def guess_kind(file_name: str | None, media_type: str | None) -> str:
    """The likely kind of document (one of ``app.store.documents.KINDS``)."""
    name = PurePath(file_name or "").stem.casefold()
    name = re.sub(r"[_\-.]+", " ", name)
    for kind, pattern in _KIND_HINTS:
        if re.search(pattern, name):
            return kind
    if is_image(media_type):
        return "photo"
    return "other"


def _extension(file_name: str | None) -> str:
    return PurePath(file_name or "").suffix.lstrip(".").casefold()


def _looks_like_text(data: bytes) -> bool:
    sample = bytes(data[:4096])
    if not sample or b"\0" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut by the sample's end is still text.
        if error.start < len(sample) - 4:
            return False
    return True
