"""The free-text scanner: finds identifiers in text that is about to leave the vault.

Summary, aspirations and experience descriptions are scanned before they may reach a profile,
and the text extracted from the rendered PDF is searched again (``find_in``) as the second net.

    known = known_identifiers(dossier)             # app.disclosure.known
    hits = scan(text, known)                        # known identifiers + generic shapes
    safe = redact(text, hits)                       # "[name] led GIS work for [employer]."
    assert not find_in(pdf_text, known)             # the second net: known identifiers only

How it matches (the general mechanism, not a list of cases)
-----------------------------------------------------------
**One normalization, with a map back.** Text and identifiers go through the same fold: NFKD
compatibility decomposition (full-width → ASCII, half-width katakana → full-width, ligatures,
circled and era characters: ㍻ → 平成), case folding, removal of accents (the combining marks of
the Latin/Greek/Cyrillic diacritics blocks, Hebrew points and Arabic harakat — *not* the kana
voicing marks: ガ stays ガ ≠ カ), then recomposition. Dashes and minus signs become "-", every
apostrophe-like mark "'", middle dots "・", every space and line break " ", zero-width
characters, bidi marks and soft hyphens disappear, decimal digits of any script become ASCII digits, letters with a stroke that
Unicode does not decompose fold to their base (ı ø đ ł → i o d l), Persian and Arabic letter
variants fold together (ی/ي, ک/ك), and the Cyrillic letters that look exactly like Latin ones fold
to Latin (so a name typed with a Cyrillic "а" still matches). Every normalized character keeps the
span of the original characters it came from, so hits are reported on the original text. Runs of
whitespace are not collapsed but every separator in the patterns accepts any run of them.

**Names** (every name field, alias and script, and family members' names) are cut into parts;
each part of two or more characters is searched on its own, and any chain of parts in any order,
with any of ``space - = ・ . , _ '`` or nothing between them, is one hit ("Rahimi, Farid",
"JeanBaptiste", "ジャンバティスト", "FARID.RAHIMI"). Name particles (al, de, abu, bin...) only count
next to a real part. Parts in scripts written with spaces (Latin, Cyrillic, Arabic...) must stand
as words: "Ali" is found in "Ali's" but not in "quality", "Said" not in "Saidaiji" — a neighbouring
kana or kanji does not count as a letter ("Faridさん"). Katakana parts must not touch other katakana
("ライ" is not found in "オンライン"); kanji parts are found anywhere. A hit swallows what stands
around the name: titles before it (Mr, Mrs, Ms, Mx, Dr, Prof, Miss, Mme...), initials ("F. A.
Rahimi"), possessives and plurals ('s, s', s), and honorifics after it (-san, -sama, -kun, -chan,
-sensei, -shi, さん, 様, くん, 君, ちゃん, 氏, 先生, 殿).

**Transliteration variants.** Name parts and places of six letters or more (three or more kana)
are also searched *loosely*: any Latin vowel (a e i o u y) for any other, any letter doubled or
not, and in katakana ー and ッ optional, small kana = large, ヴ = ブ (compiled as patterns:
``m+[aeiouy]+h+[aeiouy]+m+[aeiouy]+d+``), so "Mohammed" finds "Muhammad", "Yousef" "Yusuf",
"Hosseini" "Husseini", "Mazar-i-Sharif" "Mazar-e Sharif", "Kharkiv" "Kharkov", "ファーリド"
"ファリド". Parts of four or five letters may have letters repeated ("Faarid") but never fewer
than written ("Noor" is not "nor").

**Latin words written in katakana.** Places and Latin name parts are also transliterated into
katakana the way Japanese writes foreign names (a Hepburn-like reading, with both readings where
conventions differ: kh, h before a consonant, a silent final e, c, a final v) and searched
loosely: "Kananga" finds カナンガ, "Mazar-i-Sharif" マザーリシャリーフ, "Kharkiv" ハルキウ, "Tehran"
テヘラン, "Zahra" (a family member with no katakana in the dossier) ザフラ. Only forms of three
kana or more, with katakana boundaries.

**Spaced letters.** Runs of single letters separated by spaces, dots, dashes, underscores or
asterisks ("F a r i d", "R.A.H.I.M.I", "J.B.") are read as one word and searched for any name part.

**Other known values.** Places, employers, institutions, country terms, handles, e-mails, card and
document numbers and refs are compiled into one alternation, word by word with any separator
between the words: "Mazar-i-Sharif" = "Mazar i Sharif" = "MazariSharif" (and the connector may
change: "Mazar-e Sharif"; comma parts and long words alone: "Mazar", "Sharif"), "Kyushu University"
= "Kyushu Univ." = "University of Kyushu", "Université de Kinshasa" = "University of Kinshasa",
"Kalala Import-Export SARL" = "Kalala Import-Export" (legal forms dropped), "UNDP Afghanistan" →
also "UNDP" (acronyms); generic words ("University", "Ltd") are never hits alone. Card, document
and ref numbers match with any separators between characters, in any case ("uh-4821 3390-fa"),
and by their digits alone ("48213390"); e-mails also in "name at mail dot example" forms.

**Digits.** Every run of digits joined by spaces, dashes, dots, slashes or brackets — also runs
of kanji digits (〇九〇…) and of English digit words ("zero nine zero...") — is compared as a digit
sequence: a known phone is found when a run ends with its last eight digits, whatever the country
code or trunk prefix (+81 / 0081 / 81 / 0, "+81 (0)90…"), separators or width.

**Dates.** The birth date is found in ISO (1992-05-14, 1992/5/14, 1992.05.14, 19920514), numeric
D/M/Y and M/D/Y (also with two-digit years), English (14 May 1992, May 14th, 1992, 14th of May
1992, 14-May-92), Japanese (1992年5月14日, 平成4年5月14日, H4.5.14, 平成四年五月十四日,
一九九二年…), as day and month alone (May 14, 5月14日) and month and year (May 1992, 1992年5月);
a year alone only when said to be a birth year ("born in 1992", "1992年生まれ").

**Generic shapes** (``shapes=True``): e-mail addresses (also "x at y dot com", "[at]", "(at)"),
URLs (scheme, www., bare domains with a common or country TLD), phone numbers (+NN…, 00NN…,
Japanese 0-prefixed 10–11 digits, any 10–15 digit run, local 4-4 numbers), residence-card shapes
(AA 1234 5678 BB), passport-like numbers (1–2 letters + 7–9 digits), My Number (4-4-4), long digit
runs, numbers after "No.", "ID", "#", "番号"; postal codes (〒123-4567, 123-4567), Japanese street
addresses (chome-ban-go "3-12-7", "3丁目12番7号", "301号室", 東京都豊島区, "Toshima-ku", "-shi",
"-gun", "-cho", "-machi", "-mura", "2-chome"), messaging handles (@name, "LINE ID: x"), full dates
with a year that could be a birth year, anything said to be a birth date, and exact ages ("33
years old", "aged 33", "33歳"). Years alone, year ranges and ordinary numbers ("since 2015",
"2012–2021", "team of 14", "9 provinces", "18 years") are never hits.

**Line breaks inside a word** (a CJK line wrap, "Ra-\nhimi") are looked at again with the break
removed, which matters for text extracted from a PDF.

Hits are sorted and never overlap: overlapping hits are merged into their union, and the kind of
the larger one wins (a name inside an employer's name is an employer hit; on equal spans a known
identifier wins over a shape); name hits separated only by a space or a middle dot are joined.

Speed: the patterns start with literal characters (tries of the literal prefixes), so that
``re`` skips quickly to where a match can start; left word boundaries are checked in Python on
the candidates (a Unicode letter class in every branch makes compiling slow); anchored shapes
(dates, addresses) are only tried in windows around their anchors. About 2.2 MB/s on long English
free text, 4 MB/s (UTF-8) on Japanese, with 40–110 identifiers; 30–80 ms to compile one dossier's
matcher (cached per identifier list).

Known gaps: the katakana reading is approximate (マリー for "Marie", two-kana forms and readings
that differ from the spelling are missed); nothing is found in kanji that the dossier does not give
(九州大学 for "Kyushu University"), nor in hiragana; no fuzzy matching beyond the loose patterns
(typos such as "Rahimy" are found, "Rahini" is not; short parts only by case, accents and
doubling); hiragana spellings of katakana names are not folded; a katakana name glued to another
katakana word ("カララファミリー") is not found (the price of not finding "ライ" in "オンライン");
numbers spelled positionally in kanji (九十) or in words other than English digit words are not
read as digits; street addresses abroad are only found through the known address; language names
that are also demonyms ("Speaks Ukrainian") are hit as the country.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from app.disclosure.known import NAME_PARTICLES, Identifier, is_prefecture, known_identifiers

__all__ = [
    "Identifier",
    "Hit",
    "MARKERS",
    "MARKERS_JA",
    "known_identifiers",
    "scan",
    "redact",
    "find_in",
    "merge",
    "normalize",
]


@dataclass(frozen=True)
class Hit:
    """One identifier found in a text: ``text[start:end]`` (original indices)."""

    start: int
    end: int
    kind: str      # name, phone, email, card, number, url, handle, place, employer, institution,
                   # date, postal, address, country
    source: str    # "known" (one of the dossier's identifiers) or "shape" (a generic pattern)
    text: str


MARKERS: dict[str, str] = {
    "name": "[name]", "phone": "[phone]", "email": "[email]", "card": "[card]", "number": "[number]",
    "url": "[url]", "handle": "[handle]", "place": "[place]", "employer": "[employer]",
    "institution": "[institution]", "date": "[date]", "postal": "[postal]", "address": "[address]",
    "country": "[country]",
}
MARKERS_JA: dict[str, str] = {
    "name": "［氏名］", "phone": "［電話番号］", "email": "［メール］", "card": "［在留カード番号］",
    "number": "［番号］", "url": "［URL］", "handle": "［アカウント］", "place": "［地名］",
    "employer": "［勤務先］", "institution": "［教育機関］", "date": "［日付］", "postal": "［郵便番号］",
    "address": "［住所］", "country": "［国名］",
}
_FALLBACK_MARKER = "[redacted]"

#: Identifier kind → hit kind.
_HIT_KIND = {
    "name": "name", "family": "name", "phone": "phone", "email": "email", "card": "card",
    "document": "number", "handle": "handle", "place": "place", "employer": "employer",
    "institution": "institution", "country": "country", "date": "date", "ref": "number",
    "address": "address",
}
#: On a tie (same span), the first kind in this order wins.
_PRIORITY = {k: i for i, k in enumerate((
    "name", "employer", "institution", "email", "phone", "card", "number", "handle", "place",
    "address", "country", "date", "postal", "url"))}

# =============================================================================================
# Normalization
# =============================================================================================

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u2e3a\u2e3b\u02d7\u2796\u2053"
_APOSTROPHES = "\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4\uff07\u02bc\u02bb\u02b9\u02be\u02bf\u02c8"
_INVISIBLE = ("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064\u200e\u200f"
              "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u034f")
_MIDDLE_DOTS = "\u00b7\u2027\u30fb\uff65\u22c5\u2219\u0387"
_SPECIAL: dict[str, str] = {}
_SPECIAL.update({c: "-" for c in _DASHES})
_SPECIAL.update({c: "'" for c in _APOSTROPHES})
_SPECIAL.update({c: "" for c in _INVISIBLE})
_SPECIAL.update({c: "・" for c in _MIDDLE_DOTS})
_SPECIAL["\u30a0"] = "="  # ゠ katakana double hyphen

#: After decomposition and case folding: letters without a decomposition, script variants,
#: homoglyphs.
_POST = {
    "ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe", "þ": "th",
    "ð": "d", "ŀ": "l", "ĸ": "k", "ɨ": "i", "ʉ": "u", "ƚ": "l", "ɗ": "d", "ɓ": "b", "ƙ": "k",
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647", "\u0640": "",
    "\u06c0": "\u0647", "\u06d5": "\u0647",
    # Cyrillic and Greek letters that look exactly like Latin ones
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ο": "o",
}
_ACCENT_RANGES = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                  (0xFE20, 0xFE2F), (0x0591, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F),
                  (0x0670, 0x0670), (0x06D6, 0x06ED))
_KANA_VOICING = ("\u3099", "\u309a")


def _is_accent(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _ACCENT_RANGES) and unicodedata.category(ch) in ("Mn", "Me")


_CHAR_CACHE: dict[str, str] = {}


def _fold_char(c: str) -> str:
    r = _CHAR_CACHE.get(c)
    if r is not None:
        return r
    r = _SPECIAL.get(c)
    if r is None:
        if c.isspace():
            r = " "
        else:
            d = unicodedata.decimal(c, None)
            if d is not None:
                r = str(d)
            else:
                s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", c).casefold())
                s = "".join(ch for ch in s if not _is_accent(ch))
                s = unicodedata.normalize("NFC", s)
                s = "".join(_POST.get(ch, ch) for ch in s)
                r = "".join(_SPECIAL.get(ch, " " if ch.isspace() else ch) for ch in s)
    if len(_CHAR_CACHE) < 65536:
        _CHAR_CACHE[c] = r
    return r


def _plain_class() -> str:
    """The characters that normalize to themselves lower-cased, one to one (most of ASCII, Greek,
    Cyrillic, Arabic, kana and CJK punctuation; CJK ideographs): the fast path."""
    ranges: list[tuple[int, int]] = []
    for lo, hi in ((0x20, 0x7FF), (0x3000, 0x30FF)):
        start = None
        for o in range(lo, hi + 1):
            c = chr(o)
            ok = (c == " " or not c.isspace()) and unicodedata.category(c)[0] != "C" \
                and c not in _KANA_VOICING and len(c.lower()) == 1 and _fold_char(c) == c.lower()
            if ok and start is None:
                start = o
            elif not ok and start is not None:
                ranges.append((start, o - 1))
                start = None
        if start is not None:
            ranges.append((start, hi))
    ranges.append((0x4E00, 0x9FFF))
    return "\t\n\r" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                              for a, b in ranges)


_PLAIN_CLASS = _plain_class()
_SEG = re.compile(f"([{_PLAIN_CLASS}]+)|(.)", re.S)
_ALL_PLAIN = re.compile(f"[{_PLAIN_CLASS}]*")


class _View:
    """A normalized text and, for its characters, the spans of the text they came from: a list of
    segments (normalized start, original start, original end, one-to-one?)."""

    __slots__ = ("text", "segs", "keys")

    def __init__(self, text: str, segs: list[tuple[int, int, int, bool]] | None) -> None:
        self.text = text
        self.segs = segs        # None: identity
        self.keys = [sg[0] for sg in segs] if segs else None

    def _orig(self, i: int, end: bool) -> int:
        k = bisect_right(self.keys, i) - 1
        nstart, ostart, oend, identity = self.segs[k]
        if identity:
            return ostart + (i - nstart) + (1 if end else 0)
        return oend if end else ostart

    def span(self, a: int, b: int) -> tuple[int, int]:
        if self.segs is None:
            return a, b
        if b <= a:
            x = self._orig(a, False)
            return x, x
        return self._orig(a, False), self._orig(b - 1, True)


def normalize(text: str) -> str:
    """The scanner's normalized form of ``text`` (see the module docstring)."""
    return _normalize(text).text


def _spaces(s: str) -> str:
    return s.replace("\n", " ").replace("\t", " ").replace("\r", " ")


def _normalize(text: str) -> _View:
    if _ALL_PLAIN.fullmatch(text):
        return _View(_spaces(text.lower()), None)
    out: list[str] = []
    segs: list[tuple[int, int, int, bool]] = []
    pos = 0
    for m in _SEG.finditer(text):
        a, b = m.span()
        if m.lastindex == 1:
            chunk = _spaces(m.group(1).lower())
            out.append(chunk)
            segs.append((pos, a, b, True))
            pos += len(chunk)
            continue
        s = _fold_char(m.group(2))
        if not s:
            continue
        if s in _KANA_VOICING:  # a separate (half-width or combining) voicing mark
            if out and out[-1]:
                comp = unicodedata.normalize("NFC", out[-1][-1] + s)
                if len(comp) == 1:
                    out[-1] = out[-1][:-1] + comp
                    # the last character now also covers the mark
                    nstart, ostart, oend, identity = segs[-1]
                    last = pos - 1
                    if identity and last > nstart:
                        segs[-1] = (nstart, ostart, ostart + (last - nstart), True)
                        segs.append((last, ostart + (last - nstart), b, False))
                    else:
                        segs[-1] = (nstart, ostart, b, False)
            continue
        out.append(s)
        segs.append((pos, a, b, False))
        pos += len(s)
    return _View("".join(out), segs)


def _norm_value(value: str) -> str:
    return " ".join(normalize(value).split())


# Loose matching (transliteration variants): the Latin vowels a e i o u y are one letter, doubled
# letters are one; in katakana, ー and ッ may come and go, small kana equal large ones, ヴ equals ブ.
_VOWELS = "aeiouy"
_LOOSE_TABLE = str.maketrans({
    "e": "a", "i": "a", "o": "a", "u": "a", "y": "a",
    "ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ", "ャ": "ヤ", "ュ": "ユ", "ョ": "ヨ",
    "ヮ": "ワ", "ヵ": "カ", "ヶ": "ケ", "ヂ": "ジ", "ヅ": "ズ", "ヲ": "オ",
})
_LOOSE_VU = {"ヴァ": "バ", "ヴィ": "ビ", "ヴゥ": "ブ", "ヴェ": "ベ", "ヴォ": "ボ", "ヴ": "ブ"}
_LOOSE_EDIT = re.compile(r"([^\W\d_])\1+|[ーッ]+|ヴ[ァィゥェォ]?")
_KANA_EQUIV: dict[str, list[str]] = {}
for _src, _dst in {"ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ", "ャ": "ヤ", "ュ": "ユ",
                   "ョ": "ヨ", "ヮ": "ワ", "ヵ": "カ", "ヶ": "ケ", "ヂ": "ジ", "ヅ": "ズ", "ヲ": "オ",
                   **_LOOSE_VU}.items():
    _KANA_EQUIV.setdefault(_dst, [_dst]).append(_src)


def _loose_value(norm: str) -> str:
    """The loose key of a normalized string (vowels folded, doubles collapsed, ー ッ dropped)."""
    t = norm.translate(_LOOSE_TABLE)

    def edit(m: re.Match) -> str:
        g = m.group(0)
        if g[0] == "ヴ":
            return _LOOSE_VU[g]
        if g[0] in "ーッ":
            return ""
        return m.group(1)

    return _LOOSE_EDIT.sub(edit, t)


def _loose_alts(norm_word: str) -> list[tuple[str, str]]:
    """Alternatives (literal prefix, rest of the regex) matching every loose spelling of a word."""
    key = _loose_value(norm_word)
    if not key:
        return []
    units: list[list[str]] = []
    for ch in key:
        if ch == "a" and norm_word.isascii():
            units.append(list(_VOWELS))
        elif ch in _KANA_EQUIV:
            units.append(_KANA_EQUIV[ch])
        else:
            units.append([ch])
    kana = bool(_KATAKANA.search(norm_word))

    def unit_pattern(options: list[str]) -> str:
        if options == list(_VOWELS):
            return "[aeiouy]+"
        alt = options[0] if len(options) == 1 else "(?:" + "|".join(sorted(options, key=len, reverse=True)) + ")"
        return (re.escape(alt) if len(options) == 1 else alt) + ("[ーッ]*" if kana else "+")

    rest = "".join(unit_pattern(u) for u in units[1:])
    out = []
    for first in units[0]:
        tail = ("[aeiouy]*" if units[0] == list(_VOWELS) else ("[ーッ]*" if kana else re.escape(first[-1]) + "*"))
        out.append((first, tail + rest))
    return out


# Approximate transliteration of Latin words into katakana, the way Japanese writes foreign names
# and places (Hepburn-like): "Kananga" → カナンガ, "Lubumbashi" → ルブンバシ, "Zahra" → ザフラ.
_KANA_ROWS = {
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
    "t": "タティトゥテト", "d": "ダディドゥデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ",
    "p": "パピプペポ", "m": "マミムメモ", "r": "ラリルレロ", "y": "ヤイユイェヨ", "w": "ワウィウウェウォ",
    "f": "ファフィフフェフォ", "v": "ヴァヴィヴヴェヴォ", "sh": "シャシシュシェショ", "ch": "チャチチュチェチョ",
    "j": "ジャジジュジェジョ", "ts": "ツァツィツツェツォ",
}
_VOWEL_INDEX = {"a": 0, "i": 1, "u": 2, "e": 3, "o": 4}
_CONSONANT_ALIASES = {"l": "r", "c": "k", "q": "k", "x": "ks", "kh": "h", "gh": "g", "th": "t", "dh": "d",
                      "ph": "f", "zh": "j", "ck": "k", "sch": "sh", "tch": "ch", "dj": "j", "dzh": "j"}
_ALONE = {"k": "ク", "g": "グ", "s": "ス", "z": "ズ", "t": "ト", "d": "ド", "h": "フ", "b": "ブ", "p": "プ",
          "m": "ム", "r": "ル", "f": "フ", "v": "ヴ", "sh": "シュ", "ch": "チ", "j": "ジ", "ts": "ツ", "w": "ウ",
          "y": "イ", "n": "ン"}


def _row_kana(row: str, vowel: str) -> str:
    kana = _KANA_ROWS[row]
    i = _VOWEL_INDEX[vowel]
    if len(kana) == 5:
        return kana[i]
    # rows written with two-character syllables: split into the five syllables
    syllables = re.findall(r".[ァィゥェォャュョ]?", kana)
    return syllables[i] if len(syllables) == 5 else kana[i]


def _katakana_forms(word: str) -> set[str]:
    """Katakana spellings of an ASCII word, trying both readings where conventions differ: kh as
    h or k, an h before a consonant alone or with the vowel before it again (Tehran → テヘラン),
    a final e silent or not (Marie → マリ), c as k or s before e and i, u as u or a (Damascus), a
    final v as ヴ or ウ (Kharkiv → ハルキウ)."""
    w = word.lower()
    if not (w.isascii() and w.isalpha() and len(w) >= 3):
        return set()
    spellings = {w}
    for rule in (lambda x: x.replace("kh", "k"),
                 lambda x: re.sub(r"([aeiou])h(?=[^aeiouh])", r"\1h\1", x),
                 lambda x: re.sub(r"(?<=[^aeiou])e$", "", x) if len(x) > 4 else x,
                 lambda x: re.sub(r"c(?=[eiy])", "s", x),
                 lambda x: re.sub(r"(?<=[^aeiou])u(?=[^aeiou])", "a", x) if len(x) > 5 else x,
                 lambda x: re.sub(r"v$", "u", x)):
        spellings |= {rule(x) for x in spellings}
    return {k for k in (_to_katakana(x) for x in spellings) if len(_loose_value(k)) >= 3}


def _to_katakana(word: str) -> str:
    """Katakana for an ASCII word ("" if it has other characters)."""
    w = word.lower()
    if not w.isascii() or not w.isalpha():
        return ""
    w = w.replace("y", "i") if re.search(r"[^aeiou]y|y$", w) else w
    out = []
    i = 0
    n = len(w)
    while i < n:
        c = w[i]
        if c in _VOWEL_INDEX:
            out.append(_row_kana("", c))
            i += 1
            continue
        # the longest consonant spelling here
        cons = None
        for length in (3, 2, 1):
            piece = w[i:i + length]
            if piece in _CONSONANT_ALIASES or piece in _KANA_ROWS:
                cons = piece
                break
        if cons is None:
            cons = c
        row = _CONSONANT_ALIASES.get(cons, cons)
        i += len(cons)
        if row == "ks":
            out.append("ク")
            row = "s"
        if i < n and w[i] == cons[-1] and w[i] not in _VOWEL_INDEX:  # a doubled consonant
            out.append("ッ")
            i += 1
        nxt = w[i] if i < n else ""
        if row == "n" and nxt not in _VOWEL_INDEX and nxt != "y":
            out.append("ン")
            continue
        if row == "m" and nxt in ("b", "p", "m"):
            out.append("ン")
            continue
        if nxt in _VOWEL_INDEX and row in _KANA_ROWS:
            out.append(_row_kana(row, nxt))
            i += 1
            continue
        out.append(_ALONE.get(row, ""))
    return "".join(out)


# =============================================================================================
# Character classes and boundaries
# =============================================================================================

_NOSPACE = ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u1000-\u109f\u0e00-\u0e7f"
            "\u0e80-\u0eff\u1780-\u17ff\u3005\u3006\u3007")
#: A letter of a script written with spaces between words.
_A = f"[^\\W\\d_{_NOSPACE}]"
#: A katakana letter (or the long-vowel mark).
_K = "[\u30a1-\u30fa\u30fc]"
_KATAKANA = re.compile(_K)
_ALPHA = re.compile(_A)
#: The right-hand boundary of any term: a word letter is not followed by one, katakana not by
#: katakana, a digit not by a digit.
_RB = f"(?!(?<={_A}){_A})(?!(?<={_K}){_K})(?!(?<=\\d)\\d)"


_CLASS_CACHE: dict[str, str] = {}


def _char_class(ch: str) -> str:
    """"A" a letter of a script written with spaces, "K" katakana, "D" a digit, "O" anything
    else (CJK ideographs, hiragana, punctuation...)."""
    c = _CLASS_CACHE.get(ch)
    if c is None:
        if ch.isdigit():
            c = "D"
        elif _KATAKANA.fullmatch(ch):
            c = "K"
        elif _ALPHA.fullmatch(ch):
            c = "A"
        else:
            c = "O"
        if len(_CLASS_CACHE) < 65536:
            _CLASS_CACHE[ch] = c
    return c


def _left_ok(t: str, a: int) -> bool:
    """A match starting at ``a`` does not continue a word: a letter is not preceded by a letter
    of the same kind (word letter, katakana), a digit not by a digit."""
    if a <= 0 or a >= len(t):
        return True
    c = _char_class(t[a])
    return c == "O" or _char_class(t[a - 1]) != c


def _grouped(alts, lb=None) -> str:
    """One alternation of alternatives given as (literal prefix, rest of the regex), factored as a
    trie of the literal prefixes so that ``re`` starts on a literal and only tries the
    alternatives that can start at a position. ``lb(first_char, width)`` may give a lookbehind
    to insert after the first characters (for the fixed word lists of this module; the matchers
    built per dossier check the left boundary in Python, which compiles much faster)."""
    root: dict = {}
    for lit, rest in set(alts):
        if not lit:
            continue
        node = root
        for ch in lit:
            node = node.setdefault(ch, {})
        node.setdefault(None, set()).add(rest)

    def render(node: dict, depth: int, first: str) -> str:
        # the left boundary is checked after the second character (fewer checks), or right
        # after the first when the literal has only one
        opts = [re.escape(ch) + (lb(first, 2) if lb and depth == 1 else "") + render(node[ch], depth + 1, first or ch)
                for ch in sorted(k for k in node if k is not None)]
        opts += [(lb(first, 1) if lb and depth == 1 else "") + r
                 for r in sorted(node.get(None, ()), key=lambda r: (-len(r), r))]
        if len(opts) == 1:
            return opts[0] if depth else "(?:" + opts[0] + ")"
        return "(?:" + "|".join(opts) + ")"

    return render(root, 0, "") if root else "(?!)"


def _trie(words) -> str:
    """A regex matching any of the literal ``words`` (the longest first), as a character trie."""
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        items = sorted((k, v) for k, v in node.items() if k)
        if not items:
            return ""
        alts = [re.escape(k) + render(v) for k, v in items]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + render(root) + ")" if root else "(?!)"


# =============================================================================================
# Compiling a dossier's known identifiers
# =============================================================================================

_NAME_SEP = r"[\s\-=・_.,'/]{1,6}"
_TERM_SEP = r"[\s\-=・_.,'/&+()]{0,4}"
_CODE_SEP = r"[\s\-_./・]{0,3}"
_TITLES = ("mr", "mrs", "ms", "mx", "dr", "miss", "mme", "mlle", "madame", "madam", "monsieur",
           "mister", "sir", "prof", "professor", "sr", "sra", "sheikh", "shaikh", "haji", "hajji",
           "ustadh", "ustaz", "mrs", "messrs", "eng", "engr")
_TITLE_RE = "|".join(sorted(set(_TITLES), key=len, reverse=True))


def _left_ext(particles) -> re.Pattern:
    """What may stand before a name and belongs to the hit: a title, dotted initials ("F. A."),
    and the dossier's own name particles ("al-", "abu")."""
    parts = [r"[a-z][.']"] + [re.escape(p) for p in sorted(particles, key=len, reverse=True)]
    return re.compile(
        r"(?:(?<![^\W\d_])(?:" + _TITLE_RE + r")\.?\s*)?"
        r"(?:(?<![^\W\d_])(?:" + "|".join(parts) + r")[\s\-'=・]*)*$")


_HONORIFIC_LATIN = r"(?:[\s\-]?(?:san|sama|kun|chan|sensei|dono|shi))?"
_POSSESSIVE = r"(?:'s|s'|'|s)?"
_HONORIFIC_JA = r"(?:\s?(?:さん|さま|様|くん|君|ちゃん|氏|先生|殿))?"
_JA_PARTICLES = frozenset(p for p in NAME_PARTICLES if not p.isascii())
_SPACED = re.compile(f"{_A}(?<!{_A}.)(?:[\\s.\\-_*・]{{1,3}}{_A}(?!{_A})){{1,}}")
# two single letters with a separator between them: where a spaced-out word may be
_SP = r"[\s.\-_*・]"
_SL = r"[^\W\d_]"
_SPACED_PAIR = re.compile(f"{_SP}(?<={_SL}{_SP})(?<!{_SL}{_SL}{_SP}){_SP}{{0,2}}{_SL}(?!{_SL})")
_SPACED_LETTER = re.compile(_A)

# Generic words of organization names: never hits alone; the classes are interchangeable.
_WORD_CLASSES = (
    ("university", "universite", "universitat", "universidad", "universita", "universiteit",
     "universitet", "universiti", "universitas", "univ", "uni", "u"),
    ("institute", "institut", "instituto", "istituto", "inst"),
    ("college", "colegio", "coll"),
    ("academy", "academie", "akademie", "academia", "akademiya", "acad"),
    ("school", "ecole", "escuela", "schule", "sch"),
    ("technology", "technologie", "tecnologia", "technological", "tech"),
    ("polytechnic", "polytechnique", "politecnico", "poly"),
    ("national", "nationale", "nacional", "natl", "nat"),
    ("international", "internationale", "internacional", "intl"),
    ("company", "compagnie", "compania", "co"),
    ("corporation", "corp"),
    ("limited", "ltd"),
    ("incorporated", "inc"),
    ("association", "assoc", "assn"),
    ("department", "dept"),
    ("government", "govt"),
    ("hospital", "hopital", "hosp"),
    ("center", "centre", "ctr"),
    ("saint", "st", "sainte", "ste"),
    ("mount", "mt"),
    ("superieur", "superieure", "superior", "higher"),
    ("pedagogique", "pedagogical"),
    ("commerce", "commercial"),
)
_CLASS_OF = {w: cls for cls in _WORD_CLASSES for w in cls}
_HEADS = frozenset(_WORD_CLASSES[0] + _WORD_CLASSES[1] + _WORD_CLASSES[2] + _WORD_CLASSES[3]
                   + _WORD_CLASSES[4] + _WORD_CLASSES[6])
_FUNCTION_WORDS = frozenset({"of", "the", "de", "des", "du", "da", "di", "del", "della", "la", "le",
                             "and", "et", "und", "y", "for", "d"})
_OF_CLASS = ("of", "de", "des", "du", "da", "di", "del", "della", "d")
_LEGAL_FORMS = frozenset({
    "sarl", "sa", "sas", "sarlu", "ltd", "limited", "co", "company", "inc", "incorporated", "llc",
    "llp", "plc", "gmbh", "ag", "kk", "k", "corp", "corporation", "pvt", "pte", "bv", "nv", "srl",
    "spa", "株式会社", "有限会社", "合同会社", "株", "有", "group",
})
_GENERIC = frozenset(set(_CLASS_OF) | _FUNCTION_WORDS | _LEGAL_FORMS | {
    "group", "trading", "trade", "import", "export", "services", "service", "solutions", "general",
    "ministry", "clinic", "bank", "council", "committee", "office", "foundation", "organization",
    "organisation", "programme", "program", "agency", "plant", "factory", "shop", "store",
    "restaurant", "hotel", "construction", "state", "federal", "public", "private", "central",
    "medical", "medicine", "sciences", "science", "arts", "art", "design", "business", "studies",
    "research", "engineering", "economics", "education", "teaching", "technical", "health", "care",
    "laboratory", "lab", "project", "network", "systems", "media", "news", "radio", "daily",
    "transport", "motors", "electric", "telecom", "soft", "software", "logistics", "foods", "food",
    "farm", "family", "freelance", "freelancer", "self", "employed", "selfemployed", "supermarket",
    "mall", "mobile", "catering", "grand", "secondary", "primary", "high", "middle", "elementary",
    "partners", "law", "legal", "aid", "world", "united", "nations", "refugee", "refugees",
    "support", "ngo", "npo", "japanese", "language", "languages", "distance", "open", "new", "city",
    "town", "village", "camp", "district", "province", "region", "port", "old", "north", "south",
    "east", "west", "upper", "lower", "islamic", "in", "at", "on", "from", "to", "a", "an",
    "workshop", "garage", "repair", "auto", "parts", "motor", "bus", "publishing", "house",
    "advertising", "translation", "tailoring", "garment", "mission", "church", "mosque",
    "cooperative", "coop", "union", "federation", "society", "agriculture", "agricultural",
    "water", "power", "energy", "oil", "gas", "mining", "textile", "textiles", "pharmacy", "nursing",
})
_PLACE_PARTICLES = ("i", "e", "ye", "ul", "al", "el", "ez", "es", "ad", "ar", "as", "ash", "at",
                    "an", "de", "la", "le", "du", "des", "da", "di", "del", "do", "dos", "y")
_JA_PLACE_SUFFIX = frozenset({"ku", "shi", "cho", "machi", "mura", "son", "gun", "ken", "to", "fu",
                              "ward", "city", "town", "village"})
_JA_MUNI_SUFFIX = "市区郡町村"


def _atoms(norm: str) -> list[str]:
    return re.findall(r"[^\W_]+", norm)


def _has_digit(s: str) -> bool:
    return any(c.isdigit() for c in s)


def _alt(words) -> str:
    words = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


def _render_atoms(atoms: list[str], *, classes: bool, place: bool) -> list[tuple[str, str]]:
    """Alternatives (literal prefix, rest of the regex) for a sequence of atoms with
    any separator between them. Generic words match their whole class, function words and (for
    places) connectors are optional."""
    if not atoms:
        return []
    parts: list[tuple[str, bool]] = []  # (pattern, optional)
    for a in atoms:
        if place and a in _PLACE_PARTICLES:
            parts.append((_alt(_PLACE_PARTICLES), True))
        elif classes and a in _OF_CLASS:
            parts.append((_alt(_OF_CLASS), True))
        elif classes and a in ("the", "and", "et", "und", "y", "for"):
            parts.append((_alt(("the",)) if a == "the" else _alt(("and", "et", "und", "y")), True))
        elif classes and a in _CLASS_OF:
            parts.append((_alt(_CLASS_OF[a]), False))
        else:
            parts.append((re.escape(a), False))
    # a leading optional part is dropped (the hit just starts at the next word)
    while parts and parts[0][1]:
        parts.pop(0)
        atoms = atoms[1:]
    if not parts:
        return []
    rest = ""
    for pat, optional in parts[1:]:
        rest += f"(?:{_TERM_SEP}{pat})?" if optional else f"{_TERM_SEP}{pat}"
    first = atoms[0]
    heads = list(_CLASS_OF[first]) if classes and first in _CLASS_OF else [first]
    return [(h, rest) for h in heads]


def _org_variants(atoms: list[str]) -> list[list[str]]:
    """Whole name, legal forms dropped, "X University" ↔ "University of X"."""
    variants = [atoms]
    core = list(atoms)
    while core and core[-1] in _LEGAL_FORMS:
        core.pop()
    while core and core[0] in _LEGAL_FORMS:
        core.pop(0)
    if core and core != atoms:
        variants.append(core)
    if core and core[0] in _HEADS:
        rest = core[1:]
        while rest and rest[0] in _FUNCTION_WORDS:
            rest = rest[1:]
        if rest and not any(a in _HEADS for a in rest):
            variants.append(rest + [core[0]])
    elif len(core) >= 2 and core[-1] in _HEADS and not any(a in _HEADS for a in core[:-1]):
        variants.append([core[-1], "of"] + core[:-1])
    # drop leading initials ("V. N. Karazin Kharkiv National University")
    lead = 0
    while lead < len(core) - 1 and len(core[lead]) == 1:
        lead += 1
    if lead:
        variants.append(core[lead:])
    return [v for v in variants if any(a not in _GENERIC and len(a) > 1 for a in v)]


def _doubling_alts(norm_word: str) -> list[tuple[str, str]]:
    """A 4–5 letter Latin word with any letter repeated ("Faarid", "Fariiid"), never with fewer
    letters than written ("Noor" is not "nor")."""
    if not (4 <= len(norm_word) <= 5 and norm_word.isascii() and norm_word.isalpha()):
        return []
    runs = [(m.group(1), len(m.group(0))) for m in re.finditer(r"(.)\1*", norm_word)]
    first, count = runs[0]
    rest = re.escape(first) + (f"{{{count - 1},}}" if count > 1 else "*")
    rest += "".join(re.escape(ch) + (f"{{{n},}}" if n > 1 else "+") for ch, n in runs[1:])
    return [(first, rest)]


def _katakana_phrase_alts(words: list[str]) -> list[tuple[str, str]]:
    """Loose katakana alternatives for a Latin place of one to three words, the words joined by
    ・, ＝, a space or nothing (マザリ・シャリフ, マザーリシャリーフ)."""
    forms = [sorted(_katakana_forms(w)) for w in words]
    if not words or len(words) > 3 or not all(forms):
        return []
    out: list[tuple[str, str]] = []
    for combo in _combinations(forms):
        firsts = _loose_alts(combo[0])
        rest = ""
        for word in combo[1:]:
            rest += r"[・=\s\-]?(?:" + "|".join(re.escape(lit) + r for lit, r in _loose_alts(word)) + ")"
        out.extend((lit, r + rest) for lit, r in firsts)
    return out


def _by_script(items, key=lambda x: x) -> list[list]:
    """``items`` split by whether they start with an ASCII letter, another ASCII character or
    anything else (empty groups dropped)."""
    groups: tuple[list, list, list] = ([], [], [])
    for i in items:
        first = key(i)[:1]
        groups[0 if first.isascii() and first.isalpha() else 1 if first.isascii() else 2].append(i)
    return [g for g in groups if g]


def _combinations(options: list[list[str]], limit: int = 8) -> list[list[str]]:
    """The first ``limit`` ways of picking one option per position."""
    out: list[list[str]] = [[]]
    for opts in options:
        out = [prev + [o] for prev in out for o in opts][:limit]
    return out


def _loose_word_ok(norm_word: str) -> bool:
    """Long enough to be searched loosely: six letters and three consonants (Latin), or three
    kana once ー and ッ are dropped."""
    if not norm_word or _has_digit(norm_word):
        return False
    if _KATAKANA.search(norm_word):
        return bool(re.fullmatch(f"{_K}+", norm_word)) and len(_loose_value(norm_word)) >= 3
    if not (norm_word.isascii() and norm_word.isalpha()) or len(norm_word) < 6:
        return False
    key = _loose_value(norm_word)
    return len(key) >= 5 and sum(1 for c in key if c != "a") >= 3


def _loose_phrase_alts(atoms: list[str], *, place: bool) -> list[tuple[str, str]]:
    """Loose alternatives for several words with any separator (connectors optional)."""
    words = list(atoms)
    while words and (place and words[0] in _PLACE_PARTICLES):
        words.pop(0)
    if len(words) < 2 or not all(w.isascii() for w in words):
        return []
    firsts = _loose_alts(words[0])
    rest = ""
    for w in words[1:]:
        if place and w in _PLACE_PARTICLES:
            rest += f"(?:{_TERM_SEP}[aeiouy]{{1,2}})?"
            continue
        alts = _loose_alts(w)
        if not alts:
            return []
        rest += _TERM_SEP + "(?:" + "|".join(re.escape(lit) + r for lit, r in alts) + ")"
    return [(lit, r + rest) for lit, r in firsts]


class _Matcher:
    """Everything compiled from one list of known identifiers."""

    def __init__(self, known: tuple[Identifier, ...]) -> None:
        # chains of name parts, and the other known terms; one regex for those that start with an
        # ASCII character and one for the others, so that each skips quickly over the other's text
        self.name_res: list[re.Pattern] = []
        self.left_ext = _left_ext(())
        self.spaced_re: re.Pattern | None = None    # name parts inside a spaced-out word
        self.spaced_exact: dict[str, str] = {}
        self.terms_res: list[re.Pattern] = []       # places, organizations, countries, codes...
        self.kind_patterns: list[tuple[str, str]] = []   # (kind, pattern), compiled on first need
        self._kind_res: dict[str, re.Pattern] = {}
        self.phone_suffixes: set[str] = set()
        self.short_phones: set[str] = set()
        self.digit_cores: dict[str, str] = {}
        self.date_trigger: re.Pattern | None = None
        self.date_res: list[re.Pattern] = []
        self.date_context_res: list[re.Pattern] = []
        self._terms: dict[str, list[tuple[str, str]]] = {}   # kind -> (literal prefix, rest)
        self._build(known)

    def kind_of(self, t: str, a: int, b: int) -> str:
        """Which kind of term matched ``t[a:b]`` (the first kind in priority order)."""
        if len(self.kind_patterns) == 1:
            return self.kind_patterns[0][0]
        for kind, pattern in self.kind_patterns:
            rx = self._kind_res.get(kind)
            if rx is None:
                rx = self._kind_res[kind] = re.compile(pattern)
            if rx.fullmatch(t, a, b):
                return kind
        return "place"

    def _add_terms(self, kind: str, alts: list[tuple[str, str]]) -> None:
        self._terms.setdefault(kind, []).extend(a for a in alts if a)

    # ---------------------------------------------------------------------------------------
    def _build(self, known: tuple[Identifier, ...]) -> None:
        standalone: set[str] = set()
        particles: set[str] = set()
        date_triggers: set[str] = set()
        for ident in known:
            kind = ident.kind
            value = ident.value
            if not isinstance(value, str) or not value.strip():
                continue
            norm = _norm_value(value)
            if not norm:
                continue
            hit_kind = _HIT_KIND.get(kind, "name")
            if kind in ("name", "family"):
                for word in norm.split():
                    if _has_digit(word):  # a code inside a name field: matched whole
                        self._add_terms("name", self._code_alts(word))
                        continue
                    parts = [p for p in re.split(r"[\-=・_.,'/()]+", word) if p]
                    # a particle written onto the next part ("AlHakimi", "アルハキミ")
                    for i in range(len(parts) - 1):
                        if parts[i] in NAME_PARTICLES and parts[i + 1] not in NAME_PARTICLES:
                            standalone.add(parts[i] + parts[i + 1])
                    for p in parts:
                        whole = p == norm
                        if len(p) < 2 and not whole:
                            continue
                        if (p in NAME_PARTICLES or p in _JA_PARTICLES) and not whole:
                            particles.add(p)
                            continue
                        standalone.add(p)
                        for kana in _katakana_forms(p):  # "Zahra" written ザフラ
                            self._add_terms("name", _loose_alts(kana))
                        if _loose_word_ok(p):
                            self._add_terms("name", [(lit, r + _POSSESSIVE) for lit, r in _loose_alts(p)])
                        else:
                            self._add_terms("name", [(lit, r + _POSSESSIVE) for lit, r in _doubling_alts(p)])
            elif kind == "phone":
                digits = re.sub(r"\D", "", norm)
                if len(digits) >= 8:
                    self.phone_suffixes.add(digits[-8:])
                elif len(digits) >= 5:
                    self.short_phones.add(digits)
            elif kind == "email":
                self._add_terms("email", self._email_alts(norm))
            elif kind in ("card", "document", "ref", "handle"):
                token = norm.lstrip("@")
                pieces = [token] + [w.lstrip("@") for w in token.split() if w.lstrip("@") != token]
                for piece in pieces:
                    if len(re.sub(r"[\W_]", "", piece)) >= (2 if kind == "ref" else 3) \
                            and (kind in ("handle", "ref") or _has_digit(piece)):
                        self._add_terms(hit_kind, self._code_alts(piece))
                    for run in re.findall(r"\d+", piece):
                        if len(run) >= 6 and len(set(run)) > 1:
                            self.digit_cores[run] = hit_kind
            elif kind == "date":
                self._add_date(norm, date_triggers)
            elif kind in ("place", "address"):
                if kind == "address":
                    self._add_address(norm)
                else:
                    self._add_place(value, norm)
            elif kind in ("employer", "institution"):
                self._add_org(value, norm, hit_kind)
            elif kind == "country":
                atoms = _atoms(norm)
                if atoms and len("".join(atoms)) >= 2:
                    self._add_terms("country", [(lit, r + _POSSESSIVE) for lit, r in
                                                _render_atoms(atoms, classes=False, place=False)])
            else:  # an unknown kind: its words are searched like a place
                self._add_place(value, norm)

        if standalone:
            inner = _trie(standalone)
            links = [inner]
            glued = [inner]   # what may follow a part with nothing between them
            if particles:
                links.append(_trie(particles))
                glued.append(links[-1])
            links.append(r"[a-z]\.")
            tail = f"(?:{_NAME_SEP}(?:{'|'.join(links)})|{'|'.join(glued)})*"
            for group in _by_script(standalone):
                self.name_res.append(re.compile(
                    _trie(group) + tail + _HONORIFIC_LATIN + _POSSESSIVE + _RB + _HONORIFIC_JA))
            self.left_ext = _left_ext(particles)
            spaced = [p for p in standalone if len(p) >= 3 and not _has_digit(p)]
            if spaced:
                self.spaced_re = re.compile(_trie(spaced))
            self.spaced_exact = {p: "name" for p in standalone if len(p) == 2}
        all_alts: list[tuple[str, str]] = []
        for kind in sorted(self._terms, key=lambda k: _PRIORITY.get(k, 99)):
            alts = sorted(set(self._terms[kind]), key=len, reverse=True)
            if alts:
                self.kind_patterns.append((kind, _grouped(alts) + _RB))
                all_alts.extend(alts)
        for group in _by_script(all_alts, key=lambda alt: alt[0]):
            # a big alternation of words: positions inside a word are refused before the
            # alternatives are tried (the exact boundary is checked afterwards, in Python)
            head = "(?<![a-z])" if group[0][0][:1].isalpha() and group[0][0][:1].isascii() else ""
            self.terms_res.append(re.compile(head + _grouped(group) + _RB))
        if date_triggers:
            self.date_trigger = re.compile(_grouped([(t, "") for t in date_triggers]))

    # ---------------------------------------------------------------------------------------
    @staticmethod
    def _code_alts(piece: str) -> list[tuple[str, str]]:
        chars = [c for c in piece if c.isalnum()]
        if not chars:
            return []
        body = _CODE_SEP.join(re.escape(c) for c in chars[1:])
        return [(chars[0], _CODE_SEP + body if body else "")]

    @staticmethod
    def _email_alts(norm: str) -> list[tuple[str, str]]:
        out = []
        if "@" in norm:
            local, _, domain = norm.partition("@")
            latoms = _atoms(local)
            labels = [label for label in domain.split(".") if label]
            if latoms and labels:
                at = r"\s*(?:@|[\[({<]\s*at\s*[\])}>]|\s+at\s+|_at_|-at-)\s*"
                dot = _DOT
                sep = r"[._\-+\s]{0,2}"
                body = "".join(sep + re.escape(a) for a in latoms[1:])
                out.append((latoms[0], body + at + dot.join(re.escape(label) for label in labels)))
                if len("".join(latoms)) >= 5:  # the local part alone ("jb.kalala")
                    out.append((latoms[0], body))
        else:
            atoms = _atoms(norm)
            if atoms:
                out.extend(_render_atoms(atoms, classes=False, place=False))
        return out

    def _add_place(self, value: str, norm: str, kind: str = "place") -> None:
        atoms = _atoms(norm)
        if not atoms or is_prefecture(value):
            return
        variants = [atoms]
        # a Japanese municipality suffix, romanized ("Toshima-ku") or in kanji ("豊島区")
        if len(atoms) >= 2 and atoms[-1] in _JA_PLACE_SUFFIX:
            variants.append(atoms[:-1])
        if len(atoms) == 1 and len(atoms[0]) >= 3 and atoms[0][-1] in _JA_MUNI_SUFFIX \
                and re.fullmatch(r"[\u4e00-\u9fff々ヶ]+", atoms[0]):
            variants.append([atoms[0][:-1]])
        # long distinctive words alone ("Mazar", "Sharif", "Yarmouk", "Damascus")
        if len(atoms) >= 2:
            for a in atoms:
                if len(a) >= 5 and a not in _GENERIC and a not in _JA_PLACE_SUFFIX and not a.isdigit():
                    variants.append([a])
        for v in variants:
            if len("".join(v)) < 2 or (len(v) > 1 and all(a in _GENERIC for a in v)):
                continue
            if v is not atoms and is_prefecture(" ".join(v)):
                continue  # "Osaka-shi" → not "Osaka": a prefecture may be named on a profile
            alts = _render_atoms(v, classes=True, place=True)
            if v[-1].isascii() and v[-1].isalpha():
                alts = [(lit, r + _POSSESSIVE) for lit, r in alts]
            self._add_terms(kind, alts)
            if kind == "place" and all(a.isascii() for a in v):  # "Kananga" written カナンガ
                self._add_terms(kind, _katakana_phrase_alts([a for a in v if a not in _PLACE_PARTICLES]))
                glued: list[str] = []  # the connector on the word before: マザーリ・シャリーフ
                for a in v:
                    if a in _PLACE_PARTICLES and glued:
                        glued[-1] += a
                    else:
                        glued.append(a)
                if len(glued) < len(v):
                    self._add_terms(kind, _katakana_phrase_alts(glued))
            if len(v) == 1 and _loose_word_ok(v[0]):
                self._add_terms(kind, [(lit, r + _POSSESSIVE) for lit, r in _loose_alts(v[0])])
            elif len(v) > 1 and len("".join(v)) >= 8:
                self._add_terms(kind, _loose_phrase_alts(v, place=True))

    def _add_address(self, norm: str) -> None:
        # block numbers: 3-12-7, 3丁目12番7号, 1-17-1
        for m in re.finditer(r"(?<!\d)(\d{1,4})\s*(?:-|丁目)\s*(\d{1,4})(?:\s*(?:-|番地?|番)\s*(\d{1,4})\s*号?)?", norm):
            nums = [n for n in m.groups() if n]
            if len(nums) < 2:
                continue
            seps = [r"(?:\s*(?:-|丁目|chome|ー|・|/|\.)\s*|\s+)", r"(?:\s*(?:-|番地?|ー|・|/|\.|ban(?:chi)?)\s*|\s+)"]
            pat = ""
            for i, n in enumerate(nums[1:]):
                pat += seps[min(i, 1)] + re.escape(n)
            if len(nums) == 3:
                pat += r"(?:\s*(?:号|go))?"
            self._add_terms("address", [(nums[0], pat)])
        # a building and its room ("Sunny Heights 301", "サニーハイツ301号室")
        for m in re.finditer(r"([^\W\d_][^\d,、]*?)\s*(\d{2,4})\s*(?:号室|号)?(?=\s*,|\s*$|\s)", norm):
            words = _atoms(m.group(1))
            if words and any(w not in _GENERIC for w in words) and not is_prefecture(m.group(1)):
                self._add_terms("address", _render_atoms(words + [m.group(2)], classes=False, place=False))
        # postal code
        for m in re.finditer(r"(?<!\d)(\d{3})\s*-\s*(\d{4})(?!\d)", norm):
            a, b = m.groups()
            self._add_terms("address", [(a, r"\s*-?\s*" + re.escape(b))])

    def _add_org(self, value: str, norm: str, kind: str) -> None:
        atoms = _atoms(norm)
        if not atoms:
            return
        if all(a in _GENERIC for a in atoms) and not any(c.isupper() for c in value):
            return  # "freelance", "self-employed", "family farm": a description, not a name
        variants = _org_variants(atoms)
        if not variants and any(c.isupper() for c in value):
            variants = [atoms]  # a name made only of generic words ("Ministry of Finance")
        for v in variants:
            self._add_terms(kind, _render_atoms(v, classes=True, place=False))
        # acronyms written in capitals in the dossier ("UNDP", "NUST")
        for word in re.findall(r"[A-Z][A-Z0-9&]{2,}", value):
            w = word.casefold()
            if w not in _GENERIC and not w.isdigit():
                self._add_terms(kind, [(w, r"(?:'s|s)?")])
        if len(atoms) >= 2 and len("".join(atoms)) >= 10:
            self._add_terms(kind, _loose_phrase_alts(atoms, place=False))

    # ---------------------------------------------------------------------------------------
    def _add_date(self, norm: str, triggers: set[str]) -> None:
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", norm.strip())
        if not m:  # not ISO (e.g. added by hand as "14 May 1992"): searched as written
            self._add_place(norm, norm, "date")
            return
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else None
        d = int(m.group(3)) if m.group(3) else None
        if mo is not None and not 1 <= mo <= 12:
            mo = d = None
        if d is not None and not 1 <= d <= 31:
            d = None
        pats, ctx, trig = _date_patterns(y, mo, d)
        triggers.update(trig)
        if pats:
            self.date_res.append(re.compile("(?:" + "|".join(pats) + ")(?!\\d)"))
        for c in ctx:
            self.date_context_res.append(re.compile(c))


@lru_cache(maxsize=128)
def _matcher(known: tuple[Identifier, ...]) -> _Matcher:
    return _Matcher(known)


# =============================================================================================
# Dates
# =============================================================================================

_MONTHS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
_MONTH_ANY = "(?:" + "|".join(n for names in _MONTHS for n in sorted(names, key=len, reverse=True)) + ")"
_ERAS = (("明治", "m", 1868), ("大正", "t", 1912), ("昭和", "s", 1926), ("平成", "h", 1989), ("令和", "r", 2019))
_KANJI_DIGITS = "〇一二三四五六七八九"


def _kanji_positional(n: int) -> str:
    if n == 0:
        return "〇"
    out = ""
    for value, mark in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else _KANJI_DIGITS[q]) + mark
    if n:
        out += _KANJI_DIGITS[n]
    return out


def _kanji_digits(n: int) -> str:
    return "".join(_KANJI_DIGITS[int(c)] for c in str(n))


def _num(n: int) -> str:
    """1 → "0?1": with or without a leading zero."""
    return f"0?{n}" if n < 10 else str(n)


def _date_patterns(y: int, mo: int | None, d: int | None) -> tuple[list[str], list[str], set[str]]:
    """Regex alternatives for a (possibly partial) birth date, context patterns (with a group 'd')
    for a year alone, and the literal triggers (year and day forms) one of which every form
    contains: the patterns are only tried in a window around a trigger."""
    S = r"\s*[-/.]\s*"
    Y4 = str(y)
    Y2 = f"{y % 100:02d}"
    years_ja = [Y4, _kanji_digits(y), _kanji_positional(y)]
    eras = []
    for name, letter, start in _ERAS:
        n = y - start + 1
        if 1 <= n <= 64:
            nums = [_num(n), _kanji_positional(n)] + (["元"] if n == 1 else [])
            eras.append((name, letter, nums))
    era_ja = [f"{name}\\s*(?:{'|'.join(nums)})" for name, _, nums in eras]
    era_short = [f"{letter}\\.?\\s*{_num(int(nums[0].replace('0?', '')))}" for _, letter, nums in eras]
    era_numbers = [(letter, y - start + 1) for _, letter, start in _ERAS if 1 <= y - start + 1 <= 64]
    year_ja = "(?:" + "|".join(years_ja + era_ja) + ")"
    pats: list[str] = []
    ctx: list[str] = []
    triggers = {Y4, _kanji_digits(y), _kanji_positional(y)} | {name for name, _, _ in eras}
    lead = r"(?<![\d])"
    if mo is None:
        born = r"(?:born|birth|birthday|birth\s*year|year of birth|b\.|dob|d\.o\.b\.?)"
        ctx.append(born + r"[^\d]{0,20}?(?<!\d)(?P<d>" + Y4 + r")(?!\d)")
        ctx.append(r"(?P<d>" + year_ja + r"\s*年?)\s*(?:生まれ|生)")
        ctx.append(r"(?:生年|生まれ年)\s*[:：は]?\s*(?P<d>" + year_ja + r")")
        return pats, ctx, triggers
    MN = "(?:" + "|".join(sorted(_MONTHS[mo - 1], key=len, reverse=True)) + r")\.?"
    M = _num(mo)
    mo_ja = "(?:" + "|".join([M, _kanji_positional(mo)]) + ")"
    triggers.update({Y2, "月", *_MONTHS[mo - 1]})
    for letter, n in era_numbers:  # H4.5.14
        triggers.update({f"{letter}{n}", f"{letter}.{n}", f"{letter} {n}", f"{letter}{n:02d}"})
    if d is not None:
        D = _num(d)
        DO = D + r"(?:st|nd|rd|th)?"
        d_ja = "(?:" + "|".join([D, _kanji_positional(d)]) + ")"
        # numeric
        pats += [lead + Y4 + S + M + S + D, lead + D + S + M + S + f"(?:{Y4}|{Y2})",
                 lead + M + S + D + S + f"(?:{Y4}|{Y2})",
                 lead + f"{y:04d}{mo:02d}{d:02d}", lead + f"{d:02d}{mo:02d}{y:04d}",
                 lead + f"{mo:02d}{d:02d}{y:04d}"]
        # English
        W = r"[\s\-./,]*"
        pats += [lead + DO + W + r"(?:of\s+)?" + MN + W + f"(?:{Y4}|'?{Y2})(?!\\d)",
                 MN + W + DO + W + f"(?:{Y4}|'{Y2})",
                 lead + Y4 + W + MN + W + DO]
        # Japanese
        pats += [year_ja + r"\s*年\s*" + mo_ja + r"\s*月\s*" + d_ja + r"\s*日?"]
        for short in era_short:
            pats.append(r"(?<![a-z])" + short + S + M + S + D)
        # without the year
        pats += [lead + DO + r"\s*(?:of\s+)?" + MN + r"(?![a-z])", MN + r"\s*" + DO + r"(?![\d])",
                 lead + "(?:" + mo_ja + r")\s*月\s*" + d_ja + r"\s*日"]
    # month and year
    W = r"[\s\-./,]*"
    pats += [MN + W + f"(?:{Y4})", lead + Y4 + S + M + r"(?![\d])(?!\s*[-/.]\s*\d)", lead + M + r"\s*[/.]\s*" + Y4,
             year_ja + r"\s*年\s*" + mo_ja + r"\s*月"]
    return pats, ctx, triggers


# =============================================================================================
# Generic shapes
# =============================================================================================

def _ascii_lb(first: str, width: int) -> str:
    return "(?<![a-z]" + "." * width + ")"


_TLDS = ("com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "io", "co", "me", "app",
         "dev", "ai", "ly", "tv", "site", "online", "xyz", "page", "blog", "shop", "store", "tech",
         "example", "test", "jp", "uk", "de", "fr", "ru", "ua", "af", "cd", "ir", "iq", "sy", "tr",
         "pk", "bd", "np", "lk", "mm", "et", "er", "sd", "ye", "ug", "cm", "by", "cn", "kr", "us",
         "ca", "au", "eu", "ch", "nl", "se", "no", "it", "es", "pl", "br", "mx", "za", "ke", "ng",
         "eg", "sa", "ae", "qa", "tz", "rw", "so", "ss", "lb", "jo", "ps", "il", "th", "vn", "ph",
         "my", "sg", "id", "tw", "hk", "kz", "uz", "ge", "am", "az", "be", "at", "dk", "fi", "pt",
         "cz", "hu", "ro", "gr", "ie", "nz", "ar", "cl", "pe", "ve", "cu", "gh", "sn", "ci", "ml",
         "ne", "td", "cf", "cg", "bi", "ls", "mw", "zm", "zw", "mz", "ao", "na", "bw", "ma", "dz",
         "tn", "ly", "gm", "sl", "lr", "gn", "bj", "tg", "bf", "ga", "gq", "dj", "km", "mg", "mu",
         "sc", "cv", "st", "ws", "to", "fj", "pg", "sb", "vu", "nr", "ki", "tk", "ac", "gg", "im")
_TLD_RE = "(?:" + "|".join(sorted(set(_TLDS), key=len, reverse=True)) + ")"
_URL_SCHEME = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"'`「」（）、。]+")
_DOMAIN_TAIL = re.compile(r"\.(" + _TLD_RE + r")(?![a-z0-9\-])")
_PATH = re.compile(r"[/?#][^\s<>\"'`「」（）、。]*")
_AT = re.compile(r"@|[\[({<]\s*at\s*[\])}>]|at(?<=\sat)(?=\s)|_at_")
_DOT = r"(?:\.|\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)"
_EMAIL_DOMAIN = re.compile(r"\s*([a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:" + _DOT + r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)+)")
_EMAIL_LOCAL = re.compile(r"(?:[a-z0-9_%+\-]+(?:" + _DOT + r"))*[a-z0-9_%+\-]+\s*$")
_HANDLE = re.compile(r"@(?<![a-z0-9._%+\-]@)([a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?)")
_APPS = ("line", "telegram", "signal", "whatsapp", "whats app", "viber", "instagram", "insta",
         "facebook", "fb", "twitter", "tiktok", "skype", "wechat", "discord", "snapchat", "threads",
         "messenger", "kakao", "kakaotalk")
_HANDLE_CONTEXT = re.compile(
    _grouped([(w, "") for w in _APPS], _ascii_lb) + r"(?![a-z])\s*(?:id|account|handle|name|アカウント)?\s*[:：]\s*"
    r"(@?[a-z0-9_.\-]{3,})")
# Separators inside one number: spaces, dashes, slashes, brackets, middle dots, and a dot between
# digits ("090.4417.2208"); a dot before a space ends a sentence, not a number.
_DSEP = r"(?:\s{0,2}[\-/()ー・]{1,2}\s{0,2}|\.|\s{1,3})"
_DIGIT_RUN = re.compile(r"[+(\d](?:(?<=[+(])[+(\s]*\d)?\d*(?:" + _DSEP + r"\d+)*")
_KANJI_RUN = re.compile(r"[〇零一二三四五六七八九](?:[\s\-.()ー・]{0,3}[〇零一二三四五六七八九])*")
_WORD_DIGITS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh",
                "double", "triple")
_WORD_RUN = re.compile(
    _grouped([(w, "") for w in _DIGIT_WORDS], _ascii_lb) + r"(?![a-z])"
    r"(?:[\s,\-.]{1,3}(?:zero|one|two|three|four|five|six|seven|eight|nine|oh|double|triple|\d+)(?![a-z]))+")
_NUMBER_CONTEXT = re.compile(
    r"(?:(?<![a-z])(?:no|nr|num|number|id|passport|card|account|acct|ref|reference|tel|phone|mobile|"
    r"fax|cell)\.?|#|番号|旅券|在留カード|口座|電話|携帯|tel)\s*[:：.]?\s*$")
_JA_DATE = re.compile(
    r"(?:(明治|大正|昭和|平成|令和)\s*(\d{1,2}|元)|(?<!\d)(\d{4}))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_JA_DATE_ANCHOR = re.compile("年")
_YEAR_ANCHOR = re.compile(r"[12](?<!\d.)[09]\d\d(?!\d)")
_EN_DATE = re.compile(
    r"(?<![\d])(\d{1,2})(?:st|nd|rd|th)?[\s\-./,]*(?:of\s+)?(" + _MONTH_ANY + r")\.?[\s\-./,]*(\d{4})(?!\d)"
    r"|(?<![a-z])(" + _MONTH_ANY + r")\.?[\s\-./]*(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d{4})(?!\d)")
_BORN = re.compile(
    _grouped([(w, "") for w in ("born", "birth", "birthday", "birthdate", "date of birth", "dob", "d.o.b",
                                "d.o.b.")], _ascii_lb)
    + r"(?![a-z])[\s:,]*(?:(?:on|in)\s+)?"
    r"(?:the\s+)?((?:\d{1,2}(?:st|nd|rd|th)?[\s\-./,]*(?:of\s+)?)?(?:" + _MONTH_ANY
    + r")\.?[\s\-./,]*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?\d{4}|\d{4}[\s\-/.]\d{1,2}[\s\-/.]\d{1,2}|"
    r"\d{1,2}[\s\-/.]\d{1,2}[\s\-/.]\d{2,4}|\d{4})(?!\d)")
_BORN_JA = re.compile(
    r"((?:(?:明治|大正|昭和|平成|令和)\s*(?:\d{1,2}|元)|\d{4})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)\s*(?:生まれ|生)"
    r"|生年月日\s*[:：]?\s*((?:(?:明治|大正|昭和|平成|令和)\s*(?:\d{1,2}|元)|\d{4})\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?)")
_BORN_JA_ANCHOR = re.compile("生")
_AGES = (re.compile(r"\d(?<!\d.)\d?(?:[\s\-]*(?:years?|yrs?)[\s\-]*old(?![a-z])|\s*(?:歳|才)|\s*(?:y/o|yo)(?![a-z]))"),
         re.compile(r"ag(?<![a-z]ag)ed?\s+\d{1,2}(?!\d)"))
_JA_PREF = r"(?:東京都|北海道|(?:京都|大阪)府|[\u4e00-\u9fff]{2,3}県)"
_JA_MUNI = r"(?:[\u4e00-\u9fff々ヶ]{1,6}?[市区郡町村])"
_JA_BLOCK = r"(?:\d+|[一二三四五六七八九十〇]+)\s*(?:丁目|番地?|号|-)(?:\s*(?:\d+|[一二三四五六七八九十〇]+)\s*(?:番地?|号|-)?)*"
_JA_ADDR = re.compile(
    _JA_PREF + _JA_MUNI + r"{0,3}(?:[\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fc々ヶ]{0,8}?\s*" + _JA_BLOCK + ")?"
    r"|" + _JA_MUNI + r"{1,3}[\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fc々ヶ]{0,8}?\s*(?:\d+|[一二三四五六七八九十〇]+)\s*(?:丁目|番地?|-)"
    + r"(?:\s*(?:\d+|[一二三四五六七八九十〇]+)\s*(?:番地?|号|-)?)*"
    r"|" + _JA_MUNI + r"{1,3}(?=\s*(?:在住|に住|に在住|住まい|に居住|在籍))"
    r"|(?<!\d)\d{1,2}\s*丁目(?:\s*\d{1,4}\s*(?:番地?|-))?(?:\s*\d{1,4}\s*号?)?"
    r"|(?<!\d)\d{1,4}\s*番地(?:\s*\d{1,4}\s*号?)?"
    r"|(?:[\u30a1-\u30fc\u4e00-\u9fff々ヶ]{2,12}\s*)?(?<!\d)\d{2,4}\s*号室")
_LATIN_WARD = re.compile(r"-(?:ku|shi|gun|cho|machi|mura)(?![^\W\d_])")
_CHOME = re.compile(r"\d(?<!\d.)\d?[\s\-]?chome(?![a-z])(?:[\s\-,]*\d{1,4}(?:[\s\-]\d{1,4})?)?")
_JA_ADDR_ANCHOR = re.compile("[都道府県市区郡町村丁番号]")
_POSTAL_MARK = re.compile(r"〒\s*\d{3}\s*-?\s*\d{4}(?!\d)")
_BIRTH_YEAR_MAX = date.today().year - 14
_BIRTH_YEAR_MIN = 1900


def _birthlike(y: int) -> bool:
    return _BIRTH_YEAR_MIN <= y <= _BIRTH_YEAR_MAX


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _era_year(era: str | None, n: str | None, y4: str | None) -> int:
    if y4:
        return int(y4)
    start = {name: s for name, _, s in _ERAS}[era]
    return start + (1 if n == "元" else int(n)) - 1


# =============================================================================================
# Scanning
# =============================================================================================

class _Collector:
    def __init__(self, view: _View, original: str) -> None:
        self.view = view
        self.original = original
        self.hits: list[tuple[int, int, str, str]] = []

    def original_text(self, a: int, b: int) -> str:
        """The original text behind normalized ``[a, b)``."""
        s, e = self.view.span(a, b)
        return self.original[s:e]

    def add(self, a: int, b: int, kind: str, source: str, view: _View | None = None) -> None:
        if b <= a:
            return
        s, e = (view or self.view).span(a, b)
        # a hit never starts or ends with whitespace
        while s < e and self.original[s].isspace():
            s += 1
        while e > s and self.original[e - 1].isspace():
            e -= 1
        if e > s:
            self.hits.append((s, e, kind, source))


def _bounded_matches(rx: re.Pattern, t: str):
    """Matches of ``rx`` that do not start inside a word (see ``_left_ok``)."""
    search = rx.search
    pos = 0
    n = len(t)
    while pos <= n:
        hit = search(t, pos)
        if hit is None:
            return
        if _left_ok(t, hit.start()):
            yield hit
            pos = max(hit.end(), hit.start() + 1)
        else:
            pos = hit.start() + 1


def _scan_names(m: _Matcher, t: str, col: _Collector, view: _View) -> None:
    for hit in (h for rx in m.name_res for h in _bounded_matches(rx, t)):
        a, b = hit.span()
        # titles, initials and particles before the name
        ext = m.left_ext.search(t, max(0, a - 40), a)
        if ext is not None and ext.start() < a:
            a = ext.start()
        col.add(a, b, "name", "known", view)


def _scan_terms(m: _Matcher, t: str, col: _Collector, view: _View) -> None:
    for hit in (h for rx in m.terms_res for h in _bounded_matches(rx, t)):
        a, b = hit.span()
        kind = m.kind_of(t, a, b)
        if kind == "handle" and a > 0 and t[a - 1] == "@":
            a -= 1
        col.add(a, b, kind, "known", view)


def _scan_spaced(m: _Matcher, t: str, col: _Collector) -> None:
    if m.spaced_re is None and not m.spaced_exact:
        return
    done = -1
    for pair in _SPACED_PAIR.finditer(t):
        first = pair.start() - 1
        while first > 0 and not _SPACED_LETTER.match(t, first):
            first -= 1
        if first < done:
            continue
        run = _SPACED.match(t, first)
        if run is None:
            continue
        done = run.end()
        letters = [(mm.start(), mm.group(0)) for mm in _SPACED_LETTER.finditer(run.group(0))]
        if len(letters) < 2:
            continue
        word = "".join(ch for _, ch in letters)
        base = run.start()
        if word in m.spaced_exact:
            col.add(base, run.end(), m.spaced_exact[word], "known")
            continue
        if m.spaced_re is not None:
            for hit in m.spaced_re.finditer(word):
                a = base + letters[hit.start()][0]
                b = base + letters[hit.end() - 1][0] + 1
                col.add(a, b, "name", "known")


def _digit_groups(run: str) -> list[tuple[str, int, int]]:
    return [(g.group(0), g.start(), g.end()) for g in re.finditer(r"\d+", run)]


def _check_known_digits(m: _Matcher, groups, base: int, run_start: int, col: _Collector) -> None:
    n = len(groups)
    for i in range(n):
        acc = ""
        for j in range(i, min(n, i + 16)):
            acc += groups[j][0]
            if len(acc) > 24:
                break
            a = run_start if i == 0 else base + groups[i][1]
            b = base + groups[j][2]
            if len(acc) >= 8 and acc[-8:] in m.phone_suffixes:
                col.add(a, b, "phone", "known")
            elif m.short_phones and acc in m.short_phones:
                col.add(a, b, "phone", "known")
            if acc in m.digit_cores:
                col.add(a, b, m.digit_cores[acc], "known")


_YEAR_AFTER = re.compile(r"\s*(?:年|-|~|〜|to(?![a-z])|から|until|till)")


def _classify_run(t: str, run: re.Match, groups, col: _Collector, start: int) -> None:
    """Generic shapes of one run of digits (phone, number, postal code, block number, date)."""
    s, e = start, run.end()
    text = run.group(0)
    # a year next to a number is not part of it ("until 2021 090-4417-2208 since 2019")
    base = run.start()
    while len(groups) > 2 and len(groups[0][0]) == 4 and 1900 <= int(groups[0][0]) <= 2100 \
            and sum(len(g[0]) for g in groups[1:]) >= 8 and not text.lstrip("(").startswith("+"):
        groups = groups[1:]
        s = base + groups[0][1]
    while len(groups) >= 2 and len(groups[-1][0]) == 4 and 1900 <= int(groups[-1][0]) <= 2100 \
            and ((len(groups) > 2 and sum(len(g[0]) for g in groups[:-1]) >= 8) or _YEAR_AFTER.match(t, e)):
        groups = groups[:-1]
        e = base + groups[-1][2]
    digits = "".join(g[0] for g in groups)
    nd = len(digits)
    lens = [len(g[0]) for g in groups]
    seps = [text[groups[i][2]:groups[i + 1][1]] for i in range(len(groups) - 1)]
    plus = text.lstrip("(").startswith("+")
    years = all(len(g) == 4 and 1900 <= int(g) <= 2100 for g, _, _ in groups)
    # card shapes: AA 1234 5678 BB; passports: A(A) 1234567(89), the letters in capitals or
    # glued to the digits ("to 12345678" is not a passport number)
    lead = re.search(r"(?<![^\W_])([a-z]{1,2})[\s\-]?$", t[max(0, s - 4):s])
    trail = re.match(r"[\s\-]?([a-z]{2})(?![^\W_])", t[e:e + 4])
    if lead and trail and len(lead.group(1)) == 2 and nd == 8 and lens in ([8], [4, 4]) and not plus:
        col.add(s - len(lead.group(0)), e + len(trail.group(0)), "card", "shape")
        return
    if lead and lead.group(0) != lead.group(1) \
            and not col.original_text(s - len(lead.group(0)), s).strip(" -").isupper():
        lead = None
    if lead and 6 <= nd <= 9 and lens in ([nd], [4, nd - 4], [3, nd - 3]) and not plus:
        col.add(s - len(lead.group(0)), e, "number", "shape")
        return
    # dates
    if len(groups) == 3 and all(x.strip() in ("-", "/", ".") for x in seps):
        if lens[0] == 4 and lens[1] <= 2 and lens[2] <= 2:
            y, mo, d = int(groups[0][0]), int(groups[1][0]), int(groups[2][0])
            if _valid_date(y, mo, d):
                if _birthlike(y):
                    col.add(s, e, "date", "shape")
                return
        if lens[0] <= 2 and lens[1] <= 2 and lens[2] in (2, 4):
            y = int(groups[2][0]) if lens[2] == 4 else None
            a, b = int(groups[0][0]), int(groups[1][0])
            if (y is None or 1900 <= y <= 2100) and (_valid_date(y or 2000, b, a) or _valid_date(y or 2000, a, b)):
                if y is not None and _birthlike(y):
                    col.add(s, e, "date", "shape")
                    return
                if y is not None or all(x.strip() in ("/", ".") for x in seps):
                    return
    if len(groups) == 1 and nd == 8:
        y, mo, d = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        if _valid_date(y, mo, d):
            if _birthlike(y):
                col.add(s, e, "date", "shape")
            return
    if years:
        return
    # postal code 123-4567; block numbers 3-12-7
    if lens == [3, 4] and seps[0].strip() == "-" and not plus:
        col.add(s, e, "postal", "shape")
        return
    if len(groups) == 3 and lens[0] <= 2 and max(lens) <= 3 and all(x == "-" for x in seps) and not plus:
        col.add(s, e, "address", "shape")
        return
    if nd > 15:
        col.add(s, e, "number", "shape")
        return
    if plus and 7 <= nd <= 15:
        col.add(s, e, "phone", "shape")
        return
    if 10 <= nd <= 15:
        if nd == 12 and (lens == [4, 4, 4] or lens == [12]) and not digits.startswith("0"):
            col.add(s, e, "number", "shape")
        else:
            col.add(s, e, "phone", "shape")
        return
    if lens == [4, 4] and seps[0].strip() in ("-", "") and int(groups[0][0]) >= int(groups[1][0]):
        col.add(s, e, "phone", "shape")   # a local number: 4417-2208
        return
    if len(groups) == 1 and nd >= 8:
        col.add(s, e, "number", "shape")
        return
    if 6 <= nd <= 12 and _NUMBER_CONTEXT.search(t, max(0, s - 24), s):
        col.add(s, e, "number", "shape")


def _scan_digits(m: _Matcher, t: str, col: _Collector, shapes: bool) -> None:
    known_digits = bool(m.phone_suffixes or m.short_phones or m.digit_cores)
    if not known_digits and not shapes:
        return
    for run in _DIGIT_RUN.finditer(t):
        text = run.group(0)
        if len(text) < 5:  # "14", "2015", "N3": nothing to find in so few characters
            continue
        groups = _digit_groups(text)
        if not groups:
            continue
        nd = sum(len(g[0]) for g in groups)
        start = run.start()
        if text[0] == "(" and ")" not in text:  # "(090-4417-2208)": the bracket is not the number's
            start += 1
            while start < run.end() and t[start] in "( ":
                start += 1
        if known_digits and nd >= 5:
            _check_known_digits(m, groups, run.start(), start, col)
        if shapes and (nd >= 6 or len(groups) >= 2):
            _classify_run(t, run, groups, col, start)
    # kanji digits (〇九〇ー四四一七ー二二〇八) and English digit words ("zero nine zero ...")
    for rx, convert in ((_KANJI_RUN, _kanji_run_digits), (_WORD_RUN, _word_run_digits)):
        for run in rx.finditer(t):
            groups = convert(run.group(0))
            nd = sum(len(g[0]) for g in groups)
            if nd < 7:
                continue
            if known_digits:
                _check_known_digits(m, groups, run.start(), run.start(), col)
            if shapes and nd >= 10:
                col.add(run.start(), run.end(), "phone", "shape")


def _kanji_run_digits(run: str) -> list[tuple[str, int, int]]:
    table = {c: str(i) for i, c in enumerate(_KANJI_DIGITS)}
    table["零"] = "0"
    out = []
    for g in re.finditer(r"[〇零一二三四五六七八九]+", run):
        out.append(("".join(table[c] for c in g.group(0)), g.start(), g.end()))
    return out


def _word_run_digits(run: str) -> list[tuple[str, int, int]]:
    out = []
    repeat = 1
    for w in re.finditer(r"[a-z]+|\d+", run):
        word = w.group(0)
        if word == "double":
            repeat = 2
            continue
        if word == "triple":
            repeat = 3
            continue
        digit = word if word.isdigit() else _WORD_DIGITS.get(word)
        if digit is None:
            continue
        out.append((digit * repeat, w.start(), w.end()))
        repeat = 1
    return out


def _windows(trigger: re.Pattern, t: str, before: int, after: int):
    """Merged windows [lo, hi) around each match of ``trigger``."""
    lo = hi = -1
    for m in trigger.finditer(t):
        a, b = max(0, m.start() - before), min(len(t), m.end() + after)
        if a <= hi:
            hi = max(hi, b)
            continue
        if hi > lo:
            yield lo, hi
        lo, hi = a, b
    if hi > lo:
        yield lo, hi


def _in_windows(rx: re.Pattern, t: str, windows):
    """Matches of ``rx`` inside the windows (a match may not end at a window's cut edge)."""
    n = len(t)
    for lo, hi in windows:
        for m in rx.finditer(t, lo, hi):
            if m.end() < hi or hi == n:
                yield m


def _scan_dates(m: _Matcher, t: str, col: _Collector) -> None:
    if m.date_trigger is None:
        return
    windows = list(_windows(m.date_trigger, t, 48, 48))
    if not windows:
        return
    for rx in m.date_res:
        for hit in _in_windows(rx, t, windows):
            col.add(hit.start(), hit.end(), "date", "known")
    for rx in m.date_context_res:
        for hit in _in_windows(rx, t, windows):
            col.add(hit.start("d"), hit.end("d"), "date", "known")


def _scan_shapes(t: str, col: _Collector) -> None:
    # e-mails (also "name at mail dot com", "[at]", "(at)")
    for at in _AT.finditer(t):
        a, b = at.span()
        dom = _EMAIL_DOMAIN.match(t, b)
        if dom is None:
            continue
        labels = re.split(_DOT, dom.group(1))
        if at.group(0) != "@" and labels[-1] not in _TLDS:
            continue
        loc = _EMAIL_LOCAL.search(t, max(0, a - 80), a)
        if loc is None:
            continue
        col.add(loc.start(), dom.end(), "email", "shape")
    # URLs
    for u in _URL_SCHEME.finditer(t):
        end = u.end()
        while end > u.start() and t[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        col.add(u.start(), end, "url", "shape")
    for tail in _DOMAIN_TAIL.finditer(t):
        a = tail.start()
        start = a
        while start > 0 and (t[start - 1].isalnum() and t[start - 1].isascii() or t[start - 1] in ".-"):
            start -= 1
        while start < a and t[start] in ".-":
            start += 1
        if start >= a or (start > 0 and t[start - 1] in "@_"):
            continue
        label = t[start:a].rsplit(".", 1)[-1]
        if len(label) < 2 or label.isdigit():
            continue
        original = col.original[slice(*col.view.span(start, tail.end()))]
        if original.isupper() and "." in original and "/" not in original:
            continue  # "ASP.NET": a product written in capitals, not an address
        end = tail.end()
        path = _PATH.match(t, end)
        if path:
            end = path.end()
            while end > tail.end() and t[end - 1] in ".,;:!?)]}'\"":
                end -= 1
        col.add(start, end, "url", "shape")
    # handles
    for h in _HANDLE.finditer(t):
        if len(h.group(1)) >= 2:
            col.add(h.start(), h.end(), "handle", "shape")
    for h in _HANDLE_CONTEXT.finditer(t):
        col.add(h.start(1), h.end(1), "handle", "shape")
    # dates that look like a birth date, and anything said to be one
    for d in _in_windows(_JA_DATE, t, _windows(_JA_DATE_ANCHOR, t, 14, 12)):
        y = _era_year(d.group(1), d.group(2), d.group(3))
        if _birthlike(y) and _valid_date(y, int(d.group(4)), int(d.group(5))):
            col.add(d.start(), d.end(), "date", "shape")
    for d in _in_windows(_EN_DATE, t, _windows(_YEAR_ANCHOR, t, 32, 2)):
        y = int(d.group(3) or d.group(6))
        if _birthlike(y):
            col.add(d.start(), d.end(), "date", "shape")
    for d in _BORN.finditer(t):
        col.add(d.start(1), d.end(1), "date", "shape")
    for d in _in_windows(_BORN_JA, t, _windows(_BORN_JA_ANCHOR, t, 40, 40)):
        g = 1 if d.group(1) else 2
        col.add(d.start(g), d.end(g), "date", "shape")
    for d in (d for rx in _AGES for d in rx.finditer(t)):
        if 14 <= int(re.search(r"\d+", d.group(0)).group(0)) <= 99:
            col.add(d.start(), d.end(), "number", "shape")
    # addresses and postal codes
    for p in _POSTAL_MARK.finditer(t):
        col.add(p.start(), p.end(), "postal", "shape")
    for a in _in_windows(_JA_ADDR, t, _windows(_JA_ADDR_ANCHOR, t, 24, 32)):
        col.add(a.start(), a.end(), "address", "shape")
    for w in _LATIN_WARD.finditer(t):
        start = w.start()
        k = start
        while k > 0 and _ALPHA.match(t[k - 1]):
            k -= 1
        if start - k >= 2:
            col.add(k, w.end(), "address", "shape")
    for c in _CHOME.finditer(t):
        col.add(c.start(), c.end(), "address", "shape")


def _scan_view(m: _Matcher, view: _View, col: _Collector, shapes: bool) -> None:
    t = view.text
    _scan_names(m, t, col, view)
    _scan_terms(m, t, col, view)
    _scan_spaced(m, t, col)
    _scan_digits(m, t, col, shapes)
    _scan_dates(m, t, col)
    if shapes:
        _scan_shapes(t, col)


_NEWLINE = re.compile(r"\n")


def _join_points(text: str):
    """Line breaks that may cut a word: between two characters of a script written without
    spaces (a CJK line wrap), or after a hyphen between two letters (a hyphenated break).
    Yields (start, end) of what to remove."""
    n = len(text)
    for nl in _NEWLINE.finditer(text):
        a = nl.start()
        b = nl.end()
        while a > 0 and text[a - 1] in " \t\r":
            a -= 1
        while b < n and text[b] in " \t\r\n":
            b += 1
        if a == 0 or b >= n:
            continue
        before, after = text[a - 1], text[b]
        if _char_class(before) in "KO" and before.isalpha() and _char_class(after) in "KO" and after.isalpha():
            yield a, b
        elif before == "-" and a >= 2 and text[a - 2].isalpha() and after.isalpha():
            yield a - 1, b


def _scan_joined(m: _Matcher, text: str, hits: list[tuple[int, int, str, str]]) -> None:
    """Line breaks inside a word (a CJK line wrap, a hyphenated Latin break) hide a name from the
    word-bounded search: look again around each of them with the break removed."""
    for cut_a, cut_b in _join_points(text):
        lo = max(0, cut_a - 48)
        hi = min(len(text), cut_b + 48)
        piece = text[lo:cut_a] + text[cut_b:hi]
        index = list(range(lo, cut_a)) + list(range(cut_b, hi))
        sub = _Collector(_normalize(piece), piece)
        _scan_names(m, sub.view.text, sub, sub.view)
        _scan_terms(m, sub.view.text, sub, sub.view)
        cut = cut_a - lo
        for s, e, kind, source in sub.hits:
            if s < cut < e:
                hits.append((index[s], index[e - 1] + 1, kind, source))


def merge(hits: list[Hit], text: str | None = None) -> list[Hit]:
    """Sorted, non-overlapping hits: overlapping ones become their union, with the kind (and
    source) of the larger one; name hits separated only by a space or middle dot are joined."""
    def rank(h: Hit) -> tuple[int, int]:
        return (0 if h.source == "known" else 1, _PRIORITY.get(h.kind, 99))

    items = sorted(hits, key=lambda h: (h.start, -(h.end - h.start), rank(h)))
    out: list[list] = []  # [start, end, kind, source, best_len]
    for h in items:
        length = h.end - h.start
        if out and h.start < out[-1][1]:
            cur = out[-1]
            if length > cur[4] or (length == cur[4] and rank(h) < (0 if cur[3] == "known" else 1, _PRIORITY.get(cur[2], 99))):
                cur[2], cur[3], cur[4] = h.kind, h.source, length
            cur[1] = max(cur[1], h.end)
            continue
        if out and text is not None and h.kind == "name" and out[-1][2] == "name" \
                and re.fullmatch(r"[\s・=\-]{1,3}", text[out[-1][1]:h.start]):
            out[-1][1] = h.end
            out[-1][4] += length
            continue
        out.append([h.start, h.end, h.kind, h.source, length])
    src = text
    return [Hit(s, e, k, so, src[s:e] if src is not None else next(
        (h.text for h in hits if h.start == s and h.end == e), "")) for s, e, k, so, _ in out]


def scan(text: str, known: list[Identifier], *, shapes: bool = True) -> list[Hit]:
    """Every identifier in ``text``: the dossier's ``known`` identifiers in any disguise, and
    (``shapes``) generic identifier shapes. Sorted, non-overlapping (see ``merge``)."""
    if not text:
        return []
    m = _matcher(tuple(i for i in known if isinstance(i, Identifier)))
    view = _normalize(text)
    col = _Collector(view, text)
    _scan_view(m, view, col, shapes)
    if "\n" in text:
        _scan_joined(m, text, col.hits)
    hits = [Hit(s, e, kind, source, text[s:e]) for s, e, kind, source in col.hits]
    return merge(hits, text)


def find_in(text: str, known: list[Identifier]) -> list[Hit]:
    """The dossier's known identifiers in ``text`` (e.g. extracted from a rendered PDF): the same
    matching as ``scan``, without the generic shapes."""
    return scan(text, known, shapes=False)


def redact(text: str, hits: list[Hit], markers: dict[str, str] | None = None) -> str:
    """``text`` with each hit replaced by its kind's marker ("[name]", or ``MARKERS_JA``...)."""
    table = dict(MARKERS)
    if markers:
        table.update(markers)
    out = []
    last = 0
    for h in merge(list(hits), text):
        if h.start < last:
            continue
        out.append(text[last:h.start])
        out.append(table.get(h.kind, _FALLBACK_MARKER))
        last = h.end
    out.append(text[last:])
    return "".join(out)
