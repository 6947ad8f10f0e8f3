"""Metadata stripping, byte by byte: GPS, camera, captions, thumbnails and trailers go; the
picture's own bytes stay identical. (That the results still decode is checked with Qt in
``tests/ui/test_documents.py``, which imports the builders below.)"""

from __future__ import annotations

import base64
import struct
import zlib

import pytest

from app.media import claims_image, guess_kind, sniff
from app.media.metadata import CannotStrip, _exif_orientation, strip_metadata

CANARY = b"CANARY-7c1e"

#: An 8x6 red JPEG as Qt writes it (JFIF APP0, tables, one baseline scan).
CLEAN_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAZABkAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsj"
    "HBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo"
    "KCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAGAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAEC"
    "AwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2Jy"
    "ggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWW"
    "l5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEA"
    "AwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMi"
    "MoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0"
    "dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn"
    "6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDhKKKK88/Xz//Z"
)
#: An 8x6 lossy WebP as Qt writes it (simple format: one VP8 chunk).
CLEAN_WEBP = base64.b64decode(
    "UklGRjgAAABXRUJQVlA4ICwAAACQAQCdASoIAAYAAUAmJaACdLoAA5gA/vD6K67xaUa/+8Z//cZ//cZ/7uAAAA=="
)
#: A 1x1 GIF89a with a two-colour global table.
CLEAN_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


# -- builders ----------------------------------------------------------------------------------


def _segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


def exif_with_gps(orientation: int = 6) -> bytes:
    """A real Exif APP1 body: IFD0 with Orientation, Make (a canary) and a GPS IFD pointer;
    the GPS IFD with latitude N 35°41'22.2"."""
    make = CANARY + b"\0"
    # layout: header(8) IFD0 at 8: count(2) + 3 entries(36) + next(4) = 42 → GPS IFD at 50
    gps_at = 8 + 2 + 3 * 12 + 4
    gps_ifd_len = 2 + 2 * 12 + 4
    rationals_at = gps_at + gps_ifd_len
    make_at = rationals_at + 24
    ifd0 = struct.pack(">H", 3)
    ifd0 += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)  # Orientation
    ifd0 += struct.pack(">HHII", 0x010F, 2, len(make), make_at)  # Make
    ifd0 += struct.pack(">HHII", 0x8825, 4, 1, gps_at)  # GPSInfo IFD pointer
    ifd0 += struct.pack(">I", 0)
    gps = struct.pack(">H", 2)
    gps += struct.pack(">HHI", 0x0001, 2, 2) + b"N\0\0\0"  # GPSLatitudeRef
    gps += struct.pack(">HHII", 0x0002, 5, 3, rationals_at)  # GPSLatitude
    gps += struct.pack(">I", 0)
    rationals = struct.pack(">6I", 35, 1, 41, 1, 222, 10)
    tiff = b"MM\0*" + struct.pack(">I", 8) + ifd0 + gps + rationals + make
    return b"Exif\0\0" + tiff


def dirty_jpeg(orientation: int = 6) -> bytes:
    """CLEAN_JPEG with Exif+GPS, XMP, IPTC, a comment, a JFIF thumbnail, MPF, an unknown APP,
    ICC and Adobe segments (to keep) and a "motion photo" trailer after EOI."""
    jfif_with_thumb = b"JFIF\0\x01\x01\x01\x00d\x00d\x02\x01" + b"\x10\x20\x30" * 2
    xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPS='" + CANARY + b"'/>"
    iptc = b"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x10\x1c\x02\x78\0\x0c" + CANARY
    icc = b"ICC_PROFILE\0\x01\x01" + b"fake-icc-profile-bytes"
    adobe = b"Adobe\0\x64\0\0\0\0\x01"
    body = CLEAN_JPEG[20:]  # after SOI and Qt's 16-byte JFIF APP0
    return (
        b"\xff\xd8"
        + _segment(0xE0, jfif_with_thumb)
        + _segment(0xE1, exif_with_gps(orientation))
        + _segment(0xE1, xmp)
        + _segment(0xED, iptc)
        + _segment(0xFE, b"Taken at " + CANARY)
        + _segment(0xE2, b"MPF\0" + CANARY)
        + _segment(0xE5, b"vendor " + CANARY)
        + _segment(0xE2, icc)
        + _segment(0xEE, adobe)
        + body
        + b"\0\0\0\x18ftypmp42" + CANARY  # an appended video
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(chunks: list[bytes] = (), *, width: int = 4, height: int = 3) -> bytes:
    """A real RGB PNG (red), with ``chunks`` inserted after IHDR."""
    raw = b"".join(b"\0" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + b"".join(chunks)
        + _chunk(b"IDAT", zlib.compress(raw))
        + _chunk(b"IEND", b"")
    )


def dirty_png() -> bytes:
    return png(
        [
            _chunk(b"gAMA", struct.pack(">I", 45455)),
            _chunk(b"tEXt", b"GPS\0" + CANARY),
            _chunk(b"zTXt", b"Comment\0\0" + zlib.compress(CANARY)),
            _chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0" + CANARY),
            _chunk(b"eXIf", exif_with_gps()[6:]),
            _chunk(b"tIME", struct.pack(">HBBBBB", 2024, 5, 1, 12, 0, 0)),
            _chunk(b"prVt", CANARY),
        ]
    ) + CANARY


def _riff_chunk(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + (b"\0" if len(data) & 1 else b"")


def dirty_webp() -> bytes:
    """CLEAN_WEBP in the extended format, with EXIF and an odd-sized XMP chunk."""
    vp8 = CLEAN_WEBP[12:]
    flags = 0x08 | 0x04  # EXIF and XMP present
    vp8x = _riff_chunk(b"VP8X", bytes((flags, 0, 0, 0)) + (7).to_bytes(3, "little")
                       + (5).to_bytes(3, "little"))
    chunks = vp8x + vp8 + _riff_chunk(b"EXIF", exif_with_gps()[6:]) + _riff_chunk(
        b"XMP ", b"<x:xmpmeta>" + CANARY + b"</x:xmpmeta>"  # odd length: padded
    )
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + chunks


def dirty_gif() -> bytes:
    """CLEAN_GIF with a comment, an XMP application extension and a NETSCAPE loop (kept)."""
    head, rest = CLEAN_GIF[:19], CLEAN_GIF[19:]
    comment = b"\x21\xfe" + bytes((len(CANARY),)) + CANARY + b"\0"
    xmp = b"\x21\xff\x0bXMP DataXMP" + bytes((len(CANARY),)) + CANARY + b"\0"
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    return head + comment + loop + xmp + rest + CANARY


# -- JPEG --------------------------------------------------------------------------------------


def _markers(jpeg: bytes) -> list[tuple[int, bytes]]:
    """(marker, first bytes of body) of every segment before the first scan."""
    out, pos = [], 2
    while jpeg[pos + 1] != 0xDA:
        marker = jpeg[pos + 1]
        length = struct.unpack_from(">H", jpeg, pos + 2)[0]
        out.append((marker, jpeg[pos + 4 : pos + 4 + 12]))
        pos += 2 + length
    return out


def test_jpeg_loses_exif_gps_xmp_iptc_comment_thumbnail_and_trailer():
    dirty = dirty_jpeg()
    result = strip_metadata(dirty, "image/jpeg")
    assert CANARY not in result.data
    assert b"http://ns.adobe.com" not in result.data
    assert b"Photoshop" not in result.data
    assert b"ftyp" not in result.data
    markers = [m for m, _ in _markers(result.data)]
    assert 0xED not in markers and 0xFE not in markers and 0xE5 not in markers
    assert set(result.removed) >= {"Exif", "XMP", "IPTC", "comment", "thumbnail", "MPF",
                                   "APP5", "trailing data"}
    # kept: JFIF without thumbnail, ICC, Adobe; the image data after them is byte-identical
    bodies = dict((m, b) for m, b in _markers(result.data) if m != 0xE1)
    assert bodies[0xE0].startswith(b"JFIF\0")
    assert bodies[0xE2].startswith(b"ICC_PROFILE\0")
    assert bodies[0xEE].startswith(b"Adobe")
    assert result.data.endswith(CLEAN_JPEG[20:])
    jfif = result.data.index(b"JFIF\0")
    assert result.data[jfif - 2 : jfif] == b"\x00\x10"  # 16 bytes: no thumbnail left


def test_jpeg_keeps_only_the_orientation_in_a_fresh_exif_block():
    result = strip_metadata(dirty_jpeg(orientation=6), "image/jpeg")
    exif = [b for m, b in _markers(result.data) if m == 0xE1]
    assert len(exif) == 1
    start = result.data.index(b"Exif\0\0") + 6
    length = struct.unpack_from(">H", result.data, start - 8)[0]
    tiff = result.data[start : start - 8 + length]
    assert _exif_orientation(tiff) == 6
    assert len(tiff) == 8 + 2 + 12 + 4  # one IFD with one entry, nothing else
    upright = strip_metadata(dirty_jpeg(orientation=1), "image/jpeg")
    assert b"Exif" not in upright.data


def test_clean_jpeg_comes_out_unchanged_and_stripping_is_idempotent():
    assert strip_metadata(CLEAN_JPEG, "image/jpeg").data == CLEAN_JPEG
    assert strip_metadata(CLEAN_JPEG, "image/jpeg").removed == ()
    once = strip_metadata(dirty_jpeg(), "image/jpeg").data
    assert strip_metadata(once, "image/jpeg").data == once


def test_progressive_style_markers_between_scans_are_kept_and_stuffed_bytes_skipped():
    # a second "scan": DHT-like segment, then SOS with data containing FF00 and RST markers
    scan = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x12\xff\x00\x34\xff\xd0\x56"
    first_scan_end = len(CLEAN_JPEG) - 2
    jpeg = CLEAN_JPEG[:first_scan_end] + _segment(0xFE, CANARY) + scan + b"\xff\xd9"
    result = strip_metadata(jpeg, "image/jpeg")
    assert CANARY not in result.data
    assert result.data == CLEAN_JPEG[:first_scan_end] + scan + b"\xff\xd9"


@pytest.mark.parametrize(
    "broken",
    [
        CLEAN_JPEG[:300],  # truncated in the tables
        CLEAN_JPEG[:-2],  # no EOI
        b"\xff\xd8\xff\xe1\x00\x01",  # segment length below 2
        b"\xff\xd8\x00\x00",  # no marker
        b"\xff\xd8\xff\xe1\xff\xf0abc",  # segment past the end
    ],
)
def test_damaged_jpeg_is_refused_not_passed_through(broken):
    with pytest.raises(CannotStrip, match="JPEG file is damaged"):
        strip_metadata(broken, "image/jpeg")


# -- PNG ---------------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> list[bytes]:
    kinds, pos = [], 8
    while pos < len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        kinds.append(kind)
        pos += 12 + length
    return kinds


def test_png_loses_text_exif_time_private_chunks_and_trailer():
    result = strip_metadata(dirty_png(), "image/png")
    assert _png_chunks(result.data) == [b"IHDR", b"gAMA", b"IDAT", b"IEND"]
    assert CANARY not in result.data
    assert set(result.removed) == {"text", "Exif", "time", "private chunks", "trailing data"}
    plain = png([_chunk(b"gAMA", struct.pack(">I", 45455))])
    assert result.data == plain


def test_png_with_bad_crc_or_unknown_critical_chunk_is_refused():
    bad_crc = bytearray(png())
    bad_crc[29] ^= 0xFF  # IHDR's CRC
    with pytest.raises(CannotStrip, match="checksum"):
        strip_metadata(bytes(bad_crc), "image/png")
    with pytest.raises(CannotStrip, match="critical"):
        strip_metadata(png([_chunk(b"ABCD", b"x")]), "image/png")
    with pytest.raises(CannotStrip, match="damaged"):
        strip_metadata(png()[:-12], "image/png")  # no IEND


# -- WebP --------------------------------------------------------------------------------------


def _riff_chunks(data: bytes) -> list[bytes]:
    kinds, pos = [], 12
    while pos < len(data):
        kind, size = struct.unpack_from("<4sI", data, pos)
        kinds.append(kind)
        pos += 8 + size + (size & 1)
    return kinds


def test_webp_loses_exif_and_xmp_and_fixes_flags_and_riff_size():
    dirty = dirty_webp()
    assert dirty[20] & 0x0C == 0x0C
    result = strip_metadata(dirty, "image/webp")
    assert CANARY not in result.data and b"EXIF" not in result.data
    assert _riff_chunks(result.data) == [b"VP8X", b"VP8 "]
    assert result.data[20] & 0x0C == 0  # EXIF and XMP flags cleared
    assert struct.unpack_from("<I", result.data, 4)[0] == len(result.data) - 8
    assert result.removed == ("Exif", "XMP")
    assert strip_metadata(CLEAN_WEBP, "image/webp").data == CLEAN_WEBP


def test_webp_with_a_riff_size_beyond_the_file_is_refused():
    broken = CLEAN_WEBP[:4] + struct.pack("<I", 10_000) + CLEAN_WEBP[8:]
    with pytest.raises(CannotStrip, match="WebP file is damaged"):
        strip_metadata(broken, "image/webp")


# -- GIF ---------------------------------------------------------------------------------------


def test_gif_loses_comment_and_xmp_keeps_the_loop_count():
    result = strip_metadata(dirty_gif(), "image/gif")
    assert CANARY not in result.data
    assert b"NETSCAPE2.0" in result.data
    assert result.data == CLEAN_GIF[:19] + b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00" + CLEAN_GIF[19:]
    assert set(result.removed) == {"comment", "XMP", "trailing data"}


def test_truncated_gif_is_refused():
    with pytest.raises(CannotStrip, match="GIF file is damaged"):
        strip_metadata(CLEAN_GIF[:-4], "image/gif")


# -- other formats, sniffing, kinds ------------------------------------------------------------


def test_formats_without_a_stripper_are_refused_with_a_reason():
    with pytest.raises(CannotStrip, match="image/tiff"):
        strip_metadata(b"II*\0" + b"\0" * 20, "image/tiff")


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (CLEAN_JPEG, "scan.png", "image/jpeg"),  # the bytes win over the name
        (png(), "x.jpg", "image/png"),
        (CLEAN_WEBP, None, "image/webp"),
        (CLEAN_GIF, None, "image/gif"),
        (b"II*\0\x08\0\0\0", None, "image/tiff"),
        (b"\0\0\0\x18ftypheic\0\0\0\0", "IMG_1.HEIC", "image/heic"),
        (b"%PDF-1.7\n", "cv.pdf", "application/pdf"),
        (b"PK\x03\x04rest", "cv.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (b"PK\x03\x04rest", "photos.zip", "application/zip"),
        ("履歴書\nname".encode(), "notes.txt", "text/plain"),
        (b"\x00\x01\x02binary", "data.bin", "application/octet-stream"),
    ],
)
def test_sniff_reads_the_bytes(data, name, expected):
    assert sniff(data, name) == expected


@pytest.mark.parametrize(
    ("name", "media_type", "kind"),
    [
        ("passport_scan.pdf", "application/pdf", "passport"),
        ("在留カード.jpg", "image/jpeg", "residence_card"),
        ("Residence-Card-back.png", "image/png", "residence_card"),
        ("CV_2024.docx", "application/zip", "cv"),
        ("履歴書.pdf", "application/pdf", "cv"),
        ("JLPT_N3.pdf", "application/pdf", "certificate"),
        ("IMG_2041.jpg", "image/jpeg", "photo"),
        ("letter.pdf", "application/pdf", "other"),
        ("recvd.pdf", "application/pdf", "other"),  # "cv" inside a word is no CV
    ],
)
def test_guess_kind_from_name_then_type(name, media_type, kind):
    assert guess_kind(name, media_type) == kind


def test_claims_image_by_extension():
    assert claims_image("IMG_0001.HEIC") and claims_image("a.jpeg")
    assert not claims_image("cv.pdf") and not claims_image(None)


def test_a_jpeg_with_an_unknown_segment_is_not_copied_blindly():
    """A reserved marker (JPG0, 0xF0) could carry anything: the strict parser refuses the file,
    and the desk then re-encodes the picture instead of storing those bytes."""
    import struct

    import pytest

    from app.media.metadata import CannotStrip, strip_metadata

    secret = b"GPS 35.6895N 139.6917E"
    segment = b"\xff\xf0" + struct.pack(">H", len(secret) + 2) + secret
    jpeg = b"\xff\xd8" + segment + b"\xff\xd9"
    with pytest.raises(CannotStrip):
        strip_metadata(jpeg, "image/jpeg")
