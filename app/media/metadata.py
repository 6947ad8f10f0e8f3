"""Strip metadata from photos before they enter the vault, byte by byte, without decoding them.

A phone photo carries more than its picture: GPS coordinates, the time to the second, the
camera's serial number, an embedded thumbnail that may still show what a crop removed, editing
history (XMP), captions (IPTC), even a whole video appended after the JPEG ("motion photos"). A
document attached to a dossier may later be saved as a copy and handed on, so none of that is
kept. The image data itself is copied untouched (no re-encoding, no quality loss).

What is kept is what a decoder needs to show the same picture: for JPEG the JFIF header (without
its thumbnail), ICC colour profiles and Adobe's colour-transform marker, plus — when the photo
was taken sideways — a fresh, minimal Exif block holding only the orientation, so the picture is
not shown on its side; for PNG the critical chunks and the colour/transparency/animation ones;
for WebP the image, alpha, animation and ICC chunks; for GIF the images and the loop count.

Everything is parsed strictly: a file that does not follow its format (truncated, a wrong PNG
CRC, an unknown critical chunk) raises :class:`CannotStrip` rather than passing through half
cleaned. Formats not handled here (TIFF, BMP, HEIC, …) raise it too; the desk then re-encodes
what Qt can decode into PNG and strips that, and refuses the rest (``ui/editor/documents_panel``).

No Qt here: ``app/`` runs headless.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from app.errors import UsageError

#: Media types this module strips; other images need re-encoding first.
STRIPPABLE = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif"})


class CannotStrip(UsageError):
    """The image cannot be cleaned safely; ``str()`` says why in one line."""


@dataclass(frozen=True)
class Stripped:
    """The cleaned file and what was taken out of it (short names such as ``"Exif"``)."""

    data: bytes
    media_type: str
    removed: tuple[str, ...]


def strip_metadata(data: bytes, media_type: str) -> Stripped:
    """Return ``data`` without its metadata; raise :class:`CannotStrip` if that is not safe."""
    stripper = _STRIPPERS.get(media_type)
    if stripper is None:
        raise CannotStrip(f"metadata cannot be removed from {media_type} files")
    try:
        cleaned, removed = stripper(bytes(data))
    except _Damaged as error:
        raise CannotStrip(f"the {_NAMES[media_type]} file is damaged: {error}") from None
    except (IndexError, struct.error):
        raise CannotStrip(f"the {_NAMES[media_type]} file is damaged: it is truncated") from None
    return Stripped(cleaned, media_type, tuple(dict.fromkeys(removed)))


class _Damaged(ValueError):
    """Raised inside a parser; becomes :class:`CannotStrip` with the format's name."""


# -- JPEG ------------------------------------------------------------------------------------

_SOI, _EOI, _SOS, _COM = 0xD8, 0xD9, 0xDA, 0xFE
#: Segments that hold the picture itself (frame headers, tables, restart interval, scan, JPEG-LS).
_IMAGE_MARKERS = frozenset(
    [m for m in range(0xC0, 0xD0) if m != 0xC8] + [0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xF7, 0xF8]
)
_APP0, _APP1, _APP2, _APP13, _APP14 = 0xE0, 0xE1, 0xE2, 0xED, 0xEE
#: Markers that stand alone, without a length: TEM and RST0–RST7 (SOI/EOI handled apart).
_STANDALONE = {0x01, *range(0xD0, 0xD8)}
_EXIF_ORIENTATION = 0x0112


def _strip_jpeg(data: bytes) -> tuple[bytes, list[str]]:
    if data[:2] != b"\xff\xd8":
        raise _Damaged("no start-of-image marker")
    out = bytearray(b"\xff\xd8")
    removed: list[str] = []
    orientation = 1
    pos = 2
    end = len(data)
    while True:
        if pos >= end:
            raise _Damaged("it ends before its end-of-image marker")
        if data[pos] != 0xFF:
            raise _Damaged(f"no marker at byte {pos}")
        while pos < end and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= end:
            raise _Damaged("it ends inside a marker")
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            out += b"\xff\xd9"
            if pos < end:
                removed.append("trailing data")  # e.g. a "motion photo" video, a second image
            break
        if marker in _STANDALONE:
            out += bytes((0xFF, marker))
            continue
        if marker == _SOI or pos + 2 > end:
            raise _Damaged("unexpected marker")
        length = struct.unpack_from(">H", data, pos)[0]
        if length < 2 or pos + length > end:
            raise _Damaged("a segment runs past the end of the file")
        body = data[pos + 2 : pos + length]
        segment_end = pos + length
        if marker == _APP1:
            if body.startswith(b"Exif\0"):
                removed.append("Exif")
                orientation = _exif_orientation(body[6:]) or orientation
            elif b"xap/1.0" in body[:64] or b"XMP" in body[:64]:
                removed.append("XMP")
            else:
                removed.append("APP1")
        elif marker == _APP0:
            if body.startswith(b"JFIF\0") and len(body) >= 14:
                # Keep version, units and density; drop the thumbnail (an older picture).
                if len(body) > 14 and body[12:14] != b"\0\0":
                    removed.append("thumbnail")
                out += b"\xff\xe0" + struct.pack(">H", 16) + body[:12] + b"\0\0"
            else:
                removed.append("JFXX thumbnail" if body.startswith(b"JFXX\0") else "APP0")
        elif marker == _APP2:
            if body.startswith(b"ICC_PROFILE\0"):
                out += data[pos - 2 : segment_end]
            else:
                removed.append("MPF" if body.startswith(b"MPF\0") else "APP2")
        elif marker == _APP14:
            if body.startswith(b"Adobe"):
                out += data[pos - 2 : segment_end]
            else:
                removed.append("APP14")
        elif marker == _APP13:
            removed.append("IPTC")
        elif 0xE0 <= marker <= 0xEF:
            removed.append(f"APP{marker - 0xE0}")
        elif marker == _COM:
            removed.append("comment")
        elif marker in _IMAGE_MARKERS:
            out += data[pos - 2 : segment_end]
        else:  # a reserved or unknown segment could carry anything: not copied blindly
            raise _Damaged(f"unknown marker 0x{marker:02X}")
        pos = segment_end
        if marker == _SOS:
            scan_end = _scan_end(data, pos)
            out += data[pos:scan_end]
            pos = scan_end
    if orientation != 1:
        out[2:2] = _orientation_segment(orientation)
    return bytes(out), removed


def _scan_end(data: bytes, pos: int) -> int:
    """Where the entropy-coded data after SOS ends: the first marker that is neither a stuffed
    ``FF 00`` nor a restart marker."""
    end = len(data)
    while True:
        found = data.find(b"\xff", pos)
        if found < 0 or found + 1 >= end:
            raise _Damaged("it ends inside the image data")
        nxt = data[found + 1]
        if nxt == 0x00 or 0xD0 <= nxt <= 0xD7 or nxt == 0xFF:
            pos = found + 1 if nxt == 0xFF else found + 2
            continue
        return found


def _exif_orientation(tiff: bytes) -> int | None:
    """The Orientation tag of IFD0, if readable (1–8); anything odd is ignored."""
    try:
        order = {b"II": "<", b"MM": ">"}[tiff[:2]]
        (offset,) = struct.unpack_from(order + "I", tiff, 4)
        (count,) = struct.unpack_from(order + "H", tiff, offset)
        for i in range(count):
            tag, kind, _n = struct.unpack_from(order + "HHI", tiff, offset + 2 + 12 * i)
            if tag == _EXIF_ORIENTATION and kind == 3:  # SHORT
                (value,) = struct.unpack_from(order + "H", tiff, offset + 2 + 12 * i + 8)
                return value if 1 <= value <= 8 else None
    except (KeyError, struct.error):
        return None
    return None


def _orientation_segment(orientation: int) -> bytes:
    """A minimal Exif APP1 with one tag, Orientation: how to turn the picture, nothing else."""
    tiff = b"MM\0*" + struct.pack(">I", 8)
    tiff += struct.pack(">H", 1) + struct.pack(">HHIHH", _EXIF_ORIENTATION, 3, 1, orientation, 0)
    tiff += struct.pack(">I", 0)
    body = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


# -- PNG -------------------------------------------------------------------------------------

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_CRITICAL = {b"IHDR", b"PLTE", b"IDAT", b"IEND"}
#: Ancillary chunks that change how the picture looks (colour, transparency, animation).
_PNG_KEEP = {
    b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP", b"mDCV", b"cLLI", b"mDCv",
    b"cLLi", b"bKGD", b"hIST", b"pHYs", b"sPLT", b"acTL", b"fcTL", b"fdAT",
}
_PNG_NAMES = {b"tEXt": "text", b"zTXt": "text", b"iTXt": "text", b"eXIf": "Exif",
              b"tIME": "time"}


def _strip_png(data: bytes) -> tuple[bytes, list[str]]:
    if data[:8] != _PNG_SIGNATURE:
        raise _Damaged("no PNG signature")
    out = bytearray(_PNG_SIGNATURE)
    removed: list[str] = []
    pos = 8
    seen_ihdr = False
    while True:
        if pos + 12 > len(data):
            raise _Damaged("it ends before its IEND chunk")
        length, kind = struct.unpack_from(">I4s", data, pos)
        chunk_end = pos + 12 + length
        if chunk_end > len(data):
            raise _Damaged("a chunk runs past the end of the file")
        (crc,) = struct.unpack_from(">I", data, pos + 8 + length)
        if zlib.crc32(data[pos + 4 : pos + 8 + length]) != crc:
            raise _Damaged("a chunk's checksum does not match")
        if not seen_ihdr and kind != b"IHDR":
            raise _Damaged("it does not start with IHDR")
        seen_ihdr = True
        if kind in _PNG_CRITICAL or kind in _PNG_KEEP:
            out += data[pos:chunk_end]
        elif kind[0:1].isupper():
            raise _Damaged(f"unknown critical chunk {kind.decode('latin-1')!r}")
        else:
            removed.append(_PNG_NAMES.get(kind, "private chunks"))
        pos = chunk_end
        if kind == b"IEND":
            if pos < len(data):
                removed.append("trailing data")
            break
    return bytes(out), removed


# -- WebP ------------------------------------------------------------------------------------

_WEBP_KEEP = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def _strip_webp(data: bytes) -> tuple[bytes, list[str]]:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise _Damaged("no RIFF/WEBP header")
    (riff_size,) = struct.unpack_from("<I", data, 4)
    end = 8 + riff_size
    if end > len(data) or riff_size < 4:
        raise _Damaged("its RIFF size is larger than the file")
    removed: list[str] = ["trailing data"] if end < len(data) else []
    chunks = bytearray()
    pos = 12
    vp8x_at: int | None = None
    while pos < end:
        if pos + 8 > end:
            raise _Damaged("a chunk header runs past the end")
        kind, size = struct.unpack_from("<4sI", data, pos)
        chunk_end = pos + 8 + size + (size & 1)
        if pos + 8 + size > end:
            raise _Damaged("a chunk runs past the end of the file")
        if kind in _WEBP_KEEP:
            if kind == b"VP8X":
                if size < 10:
                    raise _Damaged("its VP8X chunk is too short")
                vp8x_at = len(chunks)
            chunks += data[pos : min(chunk_end, end)]
            if chunk_end > end:  # an odd last chunk without its pad byte
                chunks += b"\0"
        else:
            removed.append({b"EXIF": "Exif", b"XMP ": "XMP"}.get(kind, "private chunks"))
        pos = chunk_end
    if vp8x_at is not None:
        flags = chunks[vp8x_at + 8]
        chunks[vp8x_at + 8] = flags & ~(_VP8X_EXIF | _VP8X_XMP) & 0xFF
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + bytes(chunks), removed


# -- GIF -------------------------------------------------------------------------------------

#: Application extensions that only say how often an animation loops.
_GIF_LOOP_APPS = {b"NETSCAPE2.0", b"ANIMEXTS1.0"}


def _gif_sub_blocks(data: bytes, pos: int) -> int:
    """The position after a chain of data sub-blocks starting at ``pos``."""
    while True:
        size = data[pos]
        pos += 1
        if size == 0:
            return pos
        pos += size
        if pos > len(data):
            raise _Damaged("a data block runs past the end of the file")


def _strip_gif(data: bytes) -> tuple[bytes, list[str]]:
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise _Damaged("no GIF header")
    flags = data[10]
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    out = bytearray(data[:pos])
    removed: list[str] = []
    while True:
        introducer = data[pos]
        if introducer == 0x3B:  # trailer
            out.append(0x3B)
            if pos + 1 < len(data):
                removed.append("trailing data")
            break
        if introducer == 0x2C:  # an image: descriptor, local colour table, LZW data
            local = data[pos + 9]
            start = pos
            pos += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0)
            pos = _gif_sub_blocks(data, pos + 1)  # +1: the LZW minimum code size
            out += data[start:pos]
        elif introducer == 0x21:
            label = data[pos + 1]
            start = pos
            pos = _gif_sub_blocks(data, pos + 2)
            if label == 0xFE:
                removed.append("comment")
            elif label == 0xFF:
                identifier = data[start + 3 : start + 14]
                if data[start + 2] == 11 and identifier in _GIF_LOOP_APPS:
                    out += data[start:pos]
                else:
                    removed.append("XMP" if identifier.startswith(b"XMP Data") else "application data")
            else:  # graphic control (0xF9), plain text (0x01): part of the picture
                out += data[start:pos]
        else:
            raise _Damaged(f"unknown block 0x{introducer:02x}")
    return bytes(out), removed


_STRIPPERS = {
    "image/jpeg": _strip_jpeg,
    "image/png": _strip_png,
    "image/webp": _strip_webp,
    "image/gif": _strip_gif,
}
_NAMES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "image/gif": "GIF"}
