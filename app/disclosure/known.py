"""A dossier's known identifiers: every value the free-text scanner must never let through.

``known_identifiers(dossier)`` reads an interchange-format dossier (``dossier-interchange-v1``)
and lists, as ``Identifier(kind, value)``, every identifying value of the field classes in
``docs``/DESIGN.md: all name parts in all scripts, birth date, contact details, residence card and
document numbers, home town, family members' names and locations, employers and institutions,
the country of origin and nationalities (all their names, aliases and demonyms, from
``app.disclosure.countries.terms``), the dossier's ref and id.

Values are kept as written (trimmed, inner whitespace collapsed); variants — other spellings,
separators, abbreviations, formats — are the scanner's business (``app.disclosure.scanner``).
Some values are split here because a caseworker writes the parts on their own:

* names: every name field whole, and each part of it (split on spaces, hyphens, middle dots and
  equals signs: "Jean-Baptiste Mukendi Kalala" → "Jean-Baptiste", "Jean", "Baptiste", "Mukendi",
  "Kalala"; "ジャン＝バティスト・カララ" → "ジャン", "バティスト", "カララ"); one-letter parts and name
  particles ("al", "de", "abu"...) are not listed on their own;
* messaging: "Signal @name" → handle "@name" and "name"; "WhatsApp +93 70 123 4567" → phone;
  "LINE ID: abc" → handle "abc";
* address: the whole address, plus its place-name parts ("3-12-7 Ikebukuro, Toshima-ku, Tokyo" →
  "Ikebukuro", "Toshima-ku"; "東京都豊島区池袋3-12-7" → "豊島区", "池袋"), never the prefecture (a
  profile may name the prefecture: it is the shareable granularity) nor "Japan";
* home town and family locations: whole, and their comma-separated parts ("Yarmouk camp,
  Damascus" → also "Yarmouk camp", "Damascus"); placeholders ("unknown") and prefectures are
  skipped.

Kinds: "name", "family", "date", "phone", "email", "address", "place", "handle", "card",
"document", "employer", "institution", "country", "ref".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "Identifier",
    "KINDS",
    "known_identifiers",
    "NAME_PARTICLES",
    "PREFECTURES",
    "is_prefecture",
    "split_name",
]

KINDS = ("name", "phone", "email", "card", "document", "handle", "place", "family", "employer",
         "institution", "country", "date", "ref", "address")


@dataclass(frozen=True)
class Identifier:
    """One known identifier of a dossier: ``kind`` (one of ``KINDS``) and the value as written."""

    kind: str
    value: str


#: Name particles: articles, prepositions and kinship prefixes that are part of a name but never
#: name anyone on their own ("Al-Hassan", "Abu Khalil", "Ba-Salem", "de Souza", "van Dijk").
NAME_PARTICLES = frozenset({
    "al", "el", "ul", "ud", "ad", "ar", "as", "ash", "at", "az", "an", "ibn", "bin", "bint", "ben",
    "abu", "abi", "um", "umm", "ba", "bu", "de", "da", "di", "do", "du", "dos", "das", "del", "della",
    "der", "den", "des", "van", "von", "la", "le", "lo", "los", "las", "ter", "ten", "zu", "y", "e",
    "i", "o", "a", "st", "ste",
    # the same in katakana ("アル＝ハサン", "アブー・ハリール")
    "アル", "エル", "アッ", "アン", "アブ", "アブー", "ビン", "イブン", "ド", "デ", "ダ", "ファン", "フォン", "ヴァン",
})

#: The 47 prefectures of Japan (romanized, with and without the suffix, and in kanji). A profile
#: names the prefecture of the preferred work location, so an address's prefecture is not an
#: identifier of its own.
_PREFECTURES_JA = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)
_PREFECTURES_EN = (
    "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi",
    "Gunma", "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui",
    "Yamanashi", "Nagano", "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo",
    "Nara", "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi", "Tokushima",
    "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki", "Kumamoto", "Oita", "Miyazaki",
    "Kagoshima", "Okinawa",
)
PREFECTURES = frozenset(
    {p.casefold() for p in _PREFECTURES_EN}
    | {p[:-1] for p in _PREFECTURES_JA if p[-1] in "都府県"}
    | set(_PREFECTURES_JA)
)
_NOT_PLACES = frozenset({
    "japan", "日本", "jp", "unknown", "not known", "n/a", "na", "none", "-", "?", "various", "不明",
    "なし", "abroad", "home country", "overseas", "海外", "母国",
})
#: Area names in Japanese addresses that are ordinary words ("central", "main town", "in front of
#: the station"): too common to be identifiers of their own.
_GENERIC_AREAS = frozenset({
    "中央", "本町", "駅前", "栄", "東", "西", "南", "北", "中", "chuo", "honcho", "ekimae", "sakae",
    "naka", "kita", "minami", "higashi", "nishi",
})

_PREF_SUFFIX = re.compile(r"[\s,\-]*(?:-?(?:to|fu|ken|prefecture|pref\.?))$", re.I)
_MESSAGING_APPS = re.compile(
    r"^\s*(?:whats\s?app|signal|telegram|viber|line|facebook(?:\s+messenger)?|messenger|instagram|"
    r"insta|ig|twitter|x|tiktok|skype|wechat|weixin|discord|snapchat|threads|kakao(?:talk)?|imo|"
    r"botim|zalo|email|e-mail|phone|tel)\b\s*(?:id|account|handle|name|number|no\.?)?\s*[:：]?\s*",
    re.I)
_NAME_SPLIT = re.compile(r"[\s\-‐‑‒–—―=＝・･·.,/()（）]+")
_DIGIT = re.compile(r"\d")


def _clean(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(value.split())


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def is_prefecture(value: str) -> bool:
    """True for a prefecture name ("Tokyo", "Tokyo-to", "東京都", "埼玉") — not an identifier alone."""
    v = _fold(value)
    return v in PREFECTURES or _PREF_SUFFIX.sub("", v) in PREFECTURES


def split_name(value: str) -> list[str]:
    """The parts of a name as a caseworker would write them alone (see the module docstring)."""
    out: list[str] = []
    for word in value.split():
        if _DIGIT.search(word):
            continue  # a code in a name field (e.g. a canary) is matched whole, not split
        if word not in out:
            out.append(word)
        for part in _NAME_SPLIT.split(word):
            if part and part not in out:
                out.append(part)
    return [p for p in out if len(p) >= 2 and _fold(p) not in NAME_PARTICLES]


def _places(value: str) -> list[str]:
    """A place value, and its comma-separated parts, minus placeholders and prefectures."""
    out = []
    parts = [value] + ([p.strip() for p in re.split(r"[,、，;]", value)] if re.search(r"[,、，;]", value) else [])
    for p in parts:
        if not p or _fold(p) in _NOT_PLACES or is_prefecture(p) or len(p) < 2:
            continue
        out.append(p)
    return out


_JA_PREF = re.compile(r"^(東京都|北海道|(?:京都|大阪)府|[^\s\d０-９]{2,3}?県)")
_JA_MUNI = re.compile(r"([^\s\d０-９]+?(?:市|区|郡|町|村))")
_JA_NUM = re.compile(r"[\d０-９一二三四五六七八九十〇]+\s*(?:丁目|番地?|号|[-‐－ー−])")


def _address_places(address: str) -> list[str]:
    """The place-name parts of an address (Latin "3-12-7 Ikebukuro, Toshima-ku, Tokyo" or Japanese
    "東京都豊島区池袋3-12-7 サニーハイツ301号室"), without the prefecture and block numbers."""
    out: list[str] = []

    def add(p: str) -> None:
        p = p.strip(" ,、")
        if len(p) >= 2 and not is_prefecture(p) and _fold(p) not in _NOT_PLACES \
                and _fold(p) not in _GENERIC_AREAS and p not in out:
            out.append(p)

    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", address):
        rest = address.strip()
        m = _JA_PREF.match(rest)
        if m:
            rest = rest[m.end():]
        # municipalities (市 区 郡 町 村) up to the first number
        head = re.split(r"[\d０-９]", rest, maxsplit=1)[0]
        pos = 0
        for m in _JA_MUNI.finditer(head):
            if m.start() != pos:
                break
            add(m.group(1))
            pos = m.end()
        add(head[pos:])  # the area (池袋)
        # what follows the block number: building name (and room)
        tail = re.sub(r"^[\s\d０-９一二三四五六七八九十〇丁目番地号\-‐－ー−]+", "", rest[len(head):])
        building = re.sub(r"[\s\d０-９]+(?:号室|号)?$", "", tail)
        add(building)
        return out
    for segment in re.split(r"[,;]", address):
        seg = re.sub(r"^[\s\d\-‐–—/#.]+(?:chome\b[\s\-\d]*)?", "", segment.strip(), flags=re.I)
        seg = re.sub(r"[\s\-#]*(?:no\.?|room|apt\.?|#)?\s*\d+[\d\-]*$", "", seg, flags=re.I).strip()
        add(seg)
    return out


def _messaging(value: str) -> list[Identifier]:
    out: list[Identifier] = []
    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", value))
    letters = re.sub(r"[^A-Za-z]", "", _MESSAGING_APPS.sub("", value))
    if len(digits) >= 7 and len(letters) <= 2:
        out.append(Identifier("phone", value))
        return out
    rest = _MESSAGING_APPS.sub("", value).strip()
    m = re.search(r"@[\w.\-]+", rest)
    handle = m.group(0) if m else (rest.split()[0] if rest.split() else "")
    if handle:
        out.append(Identifier("handle", handle))
        bare = handle.lstrip("@")
        if bare and bare != handle:
            out.append(Identifier("handle", bare))
    if len(digits) >= 7 and not m:
        out.append(Identifier("phone", value))
    return out


def _country_terms(code: str) -> list[str]:
    from app.disclosure import countries  # lazily: resources are read on first use

    return list(countries.terms(code))


def known_identifiers(dossier: dict) -> list[Identifier]:
    """Every known identifier of an interchange-format dossier, without duplicates (see above)."""
    out: list[Identifier] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, value: object) -> None:
        v = _clean(value)
        if not v or (kind, v) in seen:
            return
        seen.add((kind, v))
        out.append(Identifier(kind, v))

    names = dossier.get("names") or {}
    name_values = [names.get(k) for k in ("full", "given", "family", "preferred")]
    name_values += list(names.get("aliases") or []) + list(names.get("other_scripts") or [])
    for value in name_values:
        v = _clean(value)
        if not v:
            continue
        add("name", v)
        for part in split_name(v):
            add("name", part)

    add("date", dossier.get("birth_date"))

    contact = dossier.get("contact") or {}
    for phone in contact.get("phones") or []:
        add("phone", phone)
    for email in contact.get("emails") or []:
        add("email", email)
    address = _clean(contact.get("address"))
    if address:
        add("address", address)
        for place in _address_places(address):
            add("place", place)
    for value in contact.get("messaging") or []:
        for ident in _messaging(_clean(value)):
            add(ident.kind, ident.value)

    residence = dossier.get("residence") or {}
    add("card", residence.get("card_number"))
    for doc in dossier.get("documents") or []:
        add("document", doc.get("number"))

    for place in _places(_clean(dossier.get("hometown"))):
        add("place", place)
    for member in dossier.get("family") or []:
        v = _clean(member.get("name"))
        if v:
            add("family", v)
            for part in split_name(v):
                add("family", part)
        for place in _places(_clean(member.get("location"))):
            add("place", place)

    for job in dossier.get("experience") or []:
        add("employer", job.get("employer"))
    for school in dossier.get("education") or []:
        add("institution", school.get("institution"))

    codes = [dossier.get("country_of_origin"), *(dossier.get("nationalities") or [])]
    for code in dict.fromkeys(c for c in codes if isinstance(c, str) and c):
        for term in _country_terms(code):
            add("country", term)

    add("ref", dossier.get("ref"))
    for key in ("id", "dossier_id", "uuid"):
        value = dossier.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and len(str(value)) >= 3:
            add("ref", str(value))
    return out
