"""Countries as data: ISO 3166-1 alpha-2 code → UN M49 sub-region and region, names, aliases,
demonyms and capitals in English and Japanese (``resources/generalization/countries.json``).

Two users:

* generalization (``app.disclosure.generalize``): a country becomes its M49 sub-region or region
  on a profile, never its name (``subregion``/``region``, ``region_label``);
* the free-text scanner: ``terms(code)`` is every way a text can name the country — names,
  aliases, demonyms and related terms in both languages, and its capital — so that a summary
  saying "the Congolese engineer" or "ミャンマー出身" is caught even though the profile only
  says "Sub-Saharan Africa".

Codes beyond ISO 3166-1: ``XK`` (Kosovo, user-assigned but in wide use), ``XX`` (stateless) and
``ZZ`` (unknown). XX, ZZ and AQ (Antarctica, no M49 region) have no sub-region or region and are
shown as "not stated": "stateless" is itself rare and identifying.

Public API::

    country(code) -> Country | None
    codes() -> tuple[str, ...]
    terms(code, *, capitals=True) -> list[str]
    region_label(code, lang, *, level="subregion") -> str
    subregion_label(m49, lang) -> str / continent_label(m49, lang) -> str
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.resources import resource_path

__all__ = [
    "Country",
    "LANGS",
    "country",
    "codes",
    "terms",
    "region_label",
    "subregion_label",
    "continent_label",
    "not_stated_label",
    "japan_label",
]

LANGS = ("en", "ja")


@dataclass(frozen=True)
class Country:
    code: str
    names: dict[str, str]                    # {"en": ..., "ja": ...}
    aliases: tuple[str, ...]                 # official/informal/historic names, any language
    demonym_map: dict[str, tuple[str, ...]]  # {"en": (...), "ja": (...)}
    capital_names: dict[str, str] | None     # {"en": ..., "ja": ...}
    capital_other: tuple[str, ...]           # other spellings, other seats of government
    related: tuple[str, ...]                 # ethnonyms, regions that point to this country alone
    subregion: str | None                    # M49 sub-region code, e.g. "034"; None for XX/ZZ/AQ
    region: str | None                       # M49 region code, e.g. "142"
    sovereign: bool

    def name(self, lang: str = "en") -> str:
        return self.names[_lang(lang)]

    def demonyms(self, lang: str = "en") -> tuple[str, ...]:
        return self.demonym_map.get(_lang(lang), ())

    def capital(self, lang: str = "en") -> str | None:
        return self.capital_names[_lang(lang)] if self.capital_names else None


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r} (expected one of {LANGS})")
    return lang


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    raw: dict[str, Any] = json.loads(
        resource_path("generalization", "countries.json").read_text(encoding="utf-8")
    )
    out: dict[str, Country] = {}
    for code, c in raw.items():
        if code.startswith("_"):
            continue
        cap = c.get("capital")
        out[code] = Country(
            code=code,
            names=dict(c["name"]),
            aliases=tuple(c.get("aliases", ())),
            demonym_map={k: tuple(v) for k, v in c.get("demonyms", {}).items()},
            capital_names={"en": cap["en"], "ja": cap["ja"]} if cap else None,
            capital_other=tuple(cap.get("other", ())) if cap else (),
            related=tuple(c.get("related", ())),
            subregion=c.get("m49_subregion"),
            region=c.get("m49_region"),
            sovereign=bool(c.get("sovereign", False)),
        )
    return out


@lru_cache(maxsize=1)
def _regions() -> dict[str, Any]:
    return json.loads(resource_path("generalization", "regions.json").read_text(encoding="utf-8"))


def codes() -> tuple[str, ...]:
    """Every code in countries.json (ISO 3166-1 alpha-2, XK, XX, ZZ), sorted."""
    return tuple(sorted(_countries()))


def country(code: str | None) -> Country | None:
    """The country for an alpha-2 code (case-insensitive), or None if unknown."""
    if not code:
        return None
    return _countries().get(code.strip().upper())


def terms(code: str | None, *, capitals: bool = True) -> list[str]:
    """Every way a free text may name the country: names (en, ja), aliases, demonyms (en, ja),
    related terms and, unless ``capitals=False``, the capital's names — deduplicated, in that
    order. Empty for an unknown code and for ZZ.

    Matching is the scanner's business: these are plain strings, to be matched
    case-insensitively and on word boundaries (some are short or common words: "Chad",
    "Jordan", "Georgia", "Guinea"; some are also language names: "French", "Japanese").
    Some terms belong to more than one country ("Congo", "Congolese", "コンゴ" are both CD and
    CG); the scanner treats any of them as naming the country it is checking for.
    """
    c = country(code)
    if c is None or c.code == "ZZ":  # "unknown" is no name to look for
        return []
    out: list[str] = []
    candidates = [c.names["en"], c.names["ja"], *c.aliases, *c.demonyms("en"), *c.demonyms("ja"),
                  *c.related]
    if capitals and c.capital_names:
        candidates += [c.capital_names["en"], c.capital_names["ja"], *c.capital_other]
    seen: set[str] = set()
    for t in candidates:
        t = t.strip()
        if t and t.casefold() not in seen:
            seen.add(t.casefold())
            out.append(t)
    return out


def not_stated_label(lang: str) -> str:
    return _regions()["special"]["none"][_lang(lang)]


def japan_label(lang: str) -> str:
    return _regions()["special"]["japan"][_lang(lang)]


def subregion_label(m49: str, lang: str) -> str:
    """Label of an M49 sub-region code, e.g. ("034", "ja") → "南アジア"."""
    return _regions()["subregions"][m49][_lang(lang)]


def continent_label(m49: str, lang: str) -> str:
    """Label of an M49 region code, e.g. ("142", "en") → "Asia"."""
    return _regions()["regions"][m49][_lang(lang)]


def region_label(code: str | None, lang: str, *, level: str = "subregion") -> str:
    """What a profile says for a country: its M49 sub-region (``level="subregion"``) or region
    (``level="region"``) in ``lang``; "not stated" for XX, ZZ, AQ, unknown codes and None."""
    _lang(lang)
    if level not in ("subregion", "region"):
        raise ValueError(f"level must be 'subregion' or 'region', not {level!r}")
    c = country(code)
    m49 = None if c is None else (c.subregion if level == "subregion" else c.region)
    if m49 is None:
        return not_stated_label(lang)
    return subregion_label(m49, lang) if level == "subregion" else continent_label(m49, lang)
