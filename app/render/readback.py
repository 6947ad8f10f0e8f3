"""Read a rendered PDF back, and search it for identifiers: the second net.

The first net is the allow-list and the free-text scanner, which decide what reaches the
``Profile``. This one looks at what actually came out of the renderer, the way a recipient could:

- the text of every page, as pypdf extracts it (through the fonts' ToUnicode maps), plus any
  ``/ActualText`` of marked content;
- every stream, decompressed, read as UTF-8, UTF-16BE and Latin-1 (page contents, CMaps, XMP,
  anything else), except that a page's contents are not read as UTF-16BE (see ``_stream_views``);
  of an embedded TrueType font program only its ``name`` table is read as text (its glyph data is
  binary, where a three-letter name would turn up by chance);
- the document information dictionary, the XMP packet, and every string object anywhere in the
  file (titles, names trees, annotation contents, form values, if any slipped in).

No Qt here: this runs anywhere, also on a PDF that did not come from this app.

Matching (``find_identifiers``) compares both sides after NFKC, case folding and whitespace
collapsing. Latin needles must stand as words ("Ali" is not found in "quality"); needles with
Japanese (or other CJK) characters are compared with all whitespace removed, because a line break
inside a name shows up as one in extracted text; needles that are mostly digits (phones, card
numbers, dates) are also compared as bare digits against the digit runs of the text, so
"090-4417-2208" is found as "09044172208", "090 4417 2208" or "０９０‐４４１７‐２２０８". The stream
search uses the word and CJK rules but not the digit runs: page contents are full of numbers.
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
from dataclasses import dataclass, field

__all__ = ["ReadBack", "extract", "find_identifiers", "normalize", "ttf_names"]

#: Characters of the scripts written without spaces between words.
_CJK = (r"\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
        r"\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_GAP = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
#: A letter or digit that would make a needle part of a longer word (CJK never does).
_WORD = re.compile(f"[^\\W_{_CJK}]")
#: What may stand between the digit groups of one number: spaces, dashes, dots, slashes, brackets.
_DIGIT_RUN = re.compile(r"\d(?:[\s\-‐‑‒–—―−.()/+_・ー]{0,3}\d)*")
_NON_DIGIT = re.compile(r"\D")
#: A needle is "mostly digits" when at least this share of its letters and digits are digits.
DIGIT_SHARE = 0.6
#: ... and it has at least this many digits (shorter numbers are compared as written).
MIN_DIGITS = 6
_ACTUAL_TEXT = re.compile(rb"/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))", re.S)


def normalize(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed to single spaces (and none between CJK)."""
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return _CJK_GAP.sub("", " ".join(text.split()))


@dataclass(frozen=True)
class ReadBack:
    """What a recipient can read out of a PDF."""

    text: str                                   # all pages' text: NFKC, whitespace collapsed,
                                                # case kept (for the scanner's ``find_in``)
    pages: tuple[str, ...] = ()                 # each page's text as pypdf extracted it
    streams: tuple[bytes, ...] = ()             # every stream, decompressed
    stream_kinds: tuple[str, ...] = ()          # of each stream: "content" (a page's), "font"
                                                # (a font program: only its names are searched),
                                                # "binary" (CIDSet, CIDToGIDMap) or "other"
    metadata: dict[str, str] = field(default_factory=dict)  # /Info entries, and "xmp"
    strings: tuple[str, ...] = ()               # every string object in the file
    actual_text: tuple[str, ...] = ()           # /ActualText of marked content
    fonts: tuple[str, ...] = ()                 # name-table strings of embedded TrueType fonts
    page_count: int = 0


def _natural(text: str) -> str:
    """NFKC and collapsed whitespace, but case kept (the scanner's view of the text)."""
    text = unicodedata.normalize("NFKC", text)
    return _CJK_GAP.sub("", " ".join(text.split()))


def _pdf_string(raw: bytes) -> str:
    """A PDF string token ``<hex>`` or ``(literal)`` of a content stream, as text."""
    if raw.startswith(b"<"):
        digits = re.sub(rb"\s", b"", raw[1:-1]).decode("ascii")
        data = bytes.fromhex(digits + "0" * (len(digits) % 2))
    else:
        body = raw[1:-1]
        out = bytearray()
        i = 0
        escapes = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
        while i < len(body):
            c = body[i:i + 1]
            if c == b"\\" and i + 1 < len(body):
                nxt = body[i + 1:i + 2]
                if nxt in escapes:
                    out += escapes[nxt]
                    i += 2
                elif nxt.isdigit():
                    octal = re.match(rb"[0-7]{1,3}", body[i + 1:i + 4]).group(0)
                    out.append(int(octal, 8) & 0xFF)
                    i += 1 + len(octal)
                else:
                    out += nxt
                    i += 2
            else:
                out += c
                i += 1
        data = bytes(out)
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", "replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    return data.decode("latin-1")


def ttf_names(font: bytes) -> list[str]:
    """The strings of a TrueType/OpenType font's ``name`` table (empty if it has none)."""
    try:
        (num_tables,) = struct.unpack_from(">H", font, 4)
        table = next((offset for tag, _, offset, _ in
                      (struct.unpack_from(">4sIII", font, 12 + 16 * i) for i in range(num_tables))
                      if tag == b"name"), None)
        if table is None:
            return []
        _, count, storage = struct.unpack_from(">HHH", font, table)
        names = []
        for i in range(count):
            platform, _, _, _, length, offset = struct.unpack_from(">HHHHHH", font, table + 6 + 12 * i)
            raw = font[table + storage + offset: table + storage + offset + length]
            names.append(raw.decode("utf-16-be", "replace") if platform in (0, 3)
                         else raw.decode("latin-1"))
        return names
    except (struct.error, StopIteration):
        return []


def extract(pdf: bytes) -> ReadBack:
    """Everything a recipient can read out of ``pdf``.

    Fails closed: a PDF it cannot read (damaged, encrypted) raises, so the caller writes nothing.
    """
    from pypdf import PdfReader
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        IndirectObject,
        StreamObject,
        TextStringObject,
        ByteStringObject,
    )

    reader = PdfReader(io.BytesIO(pdf), strict=False)
    if reader.is_encrypted:
        raise ValueError("an encrypted PDF cannot be read back")
    pages = tuple(page.extract_text() or "" for page in reader.pages)

    streams: list[bytes] = []
    kinds: list[str] = []
    strings: list[str] = []
    fonts: list[str] = []
    actual: list[str] = []
    font_programs: set[int] = set()
    binary: set[int] = set()      # CIDSet, CIDToGIDMap: bit and glyph tables
    contents: set[int] = set()    # page content streams
    seen: set[int] = set()

    def walk(obj, depth: int = 0) -> None:
        if depth > 64:
            return
        if isinstance(obj, IndirectObject):
            return  # every indirect object is visited on its own below
        if isinstance(obj, (TextStringObject, ByteStringObject)):
            strings.append(str(obj) if isinstance(obj, TextStringObject)
                           else bytes(obj).decode("latin-1"))
        elif isinstance(obj, DictionaryObject):
            for key, value in obj.items():
                if isinstance(value, IndirectObject):
                    if key in ("/FontFile", "/FontFile2", "/FontFile3"):
                        font_programs.add(value.idnum)
                    elif key in ("/CIDSet", "/CIDToGIDMap"):
                        binary.add(value.idnum)
                walk(value, depth + 1)
        elif isinstance(obj, ArrayObject):
            for value in obj:
                walk(value, depth + 1)

    size = int(reader.trailer.get("/Size", 0))
    objects = []
    for number in range(1, max(size, 1)):
        obj = reader.get_object(number)  # an object that cannot be read fails the read-back
        if obj is None or id(obj) in seen:
            continue
        seen.add(id(obj))
        objects.append((number, obj))
        walk(obj)
    walk(reader.trailer)
    for page in reader.pages:
        refs = page.get("/Contents")
        refs = refs if isinstance(refs, ArrayObject) else [refs]
        contents.update(r.idnum for r in refs if isinstance(r, IndirectObject))
    for number, obj in objects:
        if not isinstance(obj, StreamObject):
            continue
        try:
            data = obj.get_data()
        except Exception:  # noqa: BLE001 - undecodable: search the raw bytes
            data = obj._data if isinstance(getattr(obj, "_data", None), bytes) else b""
        streams.append(data)
        if number in font_programs:
            fonts.extend(ttf_names(data))
            kinds.append("font")
            continue
        kinds.append("content" if number in contents else "binary" if number in binary else "other")
        actual.extend(_pdf_string(m.group(1)) for m in _ACTUAL_TEXT.finditer(data))

    metadata: dict[str, str] = {}
    info = reader.trailer.get("/Info")
    if info is not None:
        for key, value in info.get_object().items():
            metadata[str(key)] = str(value.get_object() if isinstance(value, IndirectObject) else value)
    root = reader.trailer.get("/Root")
    if root is not None and "/Metadata" in root.get_object():
        try:
            metadata["xmp"] = root.get_object()["/Metadata"].get_object().get_data().decode("utf-8", "replace")
        except Exception:  # noqa: BLE001
            metadata["xmp"] = ""

    return ReadBack(
        text=_natural("\n".join(pages)),
        pages=pages,
        streams=tuple(streams),
        stream_kinds=tuple(kinds),
        metadata=metadata,
        strings=tuple(strings),
        actual_text=tuple(a for a in actual if a.strip()),
        fonts=tuple(fonts),
        page_count=len(reader.pages),
    )


# -- matching -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Needle:
    original: str
    norm: str              # normalize(original)
    cjk: bool              # compare without whitespace, no word boundaries
    digits: str | None     # bare digits, for needles that are mostly digits
    pattern: re.Pattern | None  # for the others (word boundaries are checked on each match)
    hint: str              # the needle without spaces and hyphens: a quick test before the pattern


def _needle(original: str) -> _Needle | None:
    norm = normalize(original)
    if len(norm.replace(" ", "")) < 2:
        return None
    alnum = [c for c in norm if c.isalnum()]
    digits = "".join(c for c in norm if c.isdigit())
    mostly_digits = (len(digits) >= MIN_DIGITS and alnum
                     and len(digits) / len(alnum) >= DIGIT_SHARE)
    cjk = bool(_CJK_CHAR.search(norm))
    pattern = None
    if not cjk:
        # words may be split by any whitespace (a line break), and a line may break after a
        # hyphen ("Karimi-\nNoori"); the needle must not continue a longer word ("Ali" in
        # "quality"), but may touch Japanese ("Karimiさん")
        body = r"\s+".join(re.escape(part) for part in norm.split(" "))
        body = re.sub(r"(\\?[-‐‑‒–—/])", r"\1\\s*", body)
        pattern = re.compile(body)
    return _Needle(original, norm, cjk, digits if mostly_digits else None, pattern,
                   _BARE.sub("", norm))


#: What a needle's quick test ignores: spaces, and the hyphens and slashes a line may break after.
_BARE = re.compile(r"[\s\-‐‑‒–—/]+")
#: Joins separate pieces of text into one haystack without letting a needle run across two.
_JOIN = "\x00"


class _Haystack:
    def __init__(self, pieces: list[str], digit_runs: bool) -> None:
        self.norm = _JOIN.join(normalize(p) for p in pieces if p)
        self.flat = re.sub(r"\s+", "", self.norm)
        self.bare = _BARE.sub("", self.norm)
        self.runs = ([_NON_DIGIT.sub("", m.group(0)) for m in _DIGIT_RUN.finditer(self.norm)]
                     if digit_runs else [])

    def _word_match(self, pattern: re.Pattern) -> bool:
        """``pattern`` somewhere neither preceded nor followed by a letter or digit."""
        text = self.norm
        for m in pattern.finditer(text):
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if not _WORD.match(before) and not _WORD.match(after):
                return True
        return False

    def has(self, needle: _Needle) -> bool:
        if needle.cjk:
            if needle.norm.replace(" ", "") in self.flat:
                return True
        elif needle.hint in self.bare and self._word_match(needle.pattern):
            return True
        if needle.digits:
            if any(needle.digits in run for run in self.runs):
                return True
            # as written, but with its separators gone (the stream search has no digit runs)
            return re.search(rf"(?<!\d){needle.digits}(?!\d)", self.norm) is not None
        return False


def _stream_views(data: bytes, kind: str) -> list[str]:
    """A stream as text: Latin-1 and UTF-8 always; UTF-16BE (both alignments) unless it is a page's
    contents (ASCII operators, whose byte pairs read as random ideographs and would "contain" a
    two-character Japanese name by chance; the strings in them are read as /ActualText)."""
    views = [data.decode("latin-1")]
    utf8 = data.decode("utf-8", "ignore")
    if utf8 != views[0]:
        views.append(utf8)
    if kind != "content":
        for start in (0, 1):
            chunk = data[start:]
            views.append(chunk[: len(chunk) // 2 * 2].decode("utf-16-be", "ignore"))
    return views


def find_identifiers(pdf: bytes | ReadBack, needles: list[str]) -> list[str]:
    """The ``needles`` found anywhere in ``pdf`` (text, streams, metadata, strings, fonts' names),
    each once, in the order given. Empty and one-character needles are ignored."""
    read = pdf if isinstance(pdf, ReadBack) else extract(pdf)
    prepared = [n for n in (_needle(s) for s in dict.fromkeys(needles) if isinstance(s, str)) if n]
    if not prepared:
        return []
    texts = [read.text, *read.actual_text, *read.metadata.values(), *read.strings, *read.fonts]
    kinds = read.stream_kinds or ("other",) * len(read.streams)
    views = [view for data, kind in zip(read.streams, kinds) if kind != "font"
             for view in _stream_views(data, kind)]
    haystacks = [_Haystack(texts, digit_runs=True), _Haystack(views, digit_runs=False)]
    return [n.original for n in prepared if any(h.has(n) for h in haystacks)]
