"""Generalization of quasi-identifiers: what an anonymized profile may say about a person's age,
gender, origin, nationality, places of study and work, employers, experience and permission to
work — and nothing finer.

The rules are data (``resources/generalization/rules.json``, ``countries.json``,
``regions.json``; explained in ``resources/generalization/README.md``). This module applies them.

The ladder
----------
``LEVELS`` generalization levels; level 0 is the most specific a profile may ever be, level
``LEVELS - 1`` suppresses every quasi-identifier (so every dossier has the same key and k is the
size of the register). Each level is at least as general as the one before for every field, so
people who share a key at level L share it at every later level. The steps, least information
lost first (``STEPS`` holds their names)::

     0  as recorded: 5-year age band, gender, M49 sub-regions, institution in Japan/abroad,
        employer kind, experience in fine bands (and per job), work permission
     1  no duration per job (the total stays)
     2  10-year age bands
     3  coarse experience bands (under 5, 5-9, 10 or more)
     4  employer kinds grouped (public or non-profit / business / other)
     5  continents instead of sub-regions (origin, nationality, study, work)
     6  no gender
     7  no region of study or work
     8  no origin or nationality
     9  no age
    10  no employer kind
    11  no place of study (in Japan / abroad)
    12  no years of experience
    13  no work permission: every quasi-identifier suppressed

Codes
-----
A ``Quasi`` holds language-neutral codes; ``label(code, lang)`` turns any of them into English
or Japanese display text. Codes: ``age:30-34``, ``age:0-19``, ``age:65-``, ``age:unknown``;
``gender:female|male|nonbinary|undisclosed``; ``m49:034`` (sub-region), ``m49r:142`` (region),
``geo:none`` (not stated: also stateless and unknown), ``geo:japan`` (study or work in Japan);
``inst:japan|abroad|unknown``; ``emp:<employer_kind>``, ``empgrp:public|business|other``;
``exp:5-9``, ``exp:0-1``, ``exp:20-``, ``exp:unknown``; ``permit:authorized|to_be_confirmed``;
and, for display only, ``edu:<level>``, ``emptype:<type>``, ``lang:<tag>``, ``langlevel:<level>``.

Decisions
---------
* Partial birth dates: a person born in "1990" is taken as born on 1 July 1990, "1990-05" as on
  15 May 1990 — the middle of the period the date allows. When the whole period falls in one
  band this changes nothing; when it straddles two, the band is that of the likelier half.
  An impossible day or month falls back to the coarser part ("1990-02-30" → "1990-02").
  Born on 29 February: a year older on 1 March in common years. No birth date, or one in the
  future → ``age:unknown`` ("not stated").
* Experience: each period runs from the first day its start allows to the last day its end
  allows ("2015" to "2021" is 1 Jan 2015 – 31 Dec 2021; "2023-04" to "2025-03" is 24 months);
  no end = ongoing until ``today``; nothing is counted past ``today``; a period without a start,
  or ending before it starts, counts for nothing. Overlapping periods are merged, then the
  total is rounded to whole months and banded by whole years.
* Work permission: only residence.work_permission "yes" says "authorized to work in Japan";
  restricted, no, unknown or absent all say "to be confirmed". Never a status or visa type.
* Stateless (XX) and unknown (ZZ) are shown as "not stated", exactly like a missing value:
  statelessness is itself rare and identifying.
* Study and work in Japan are shown as "Japan" (``geo:japan``) at every level that shows a
  region: every candidate lives in Japan, and it is what an employer needs to know.
* Names of institutions and employers never reach any output here: only their kind.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields as dc_fields
from datetime import date
from functools import lru_cache
from typing import Any

from app.disclosure import countries as _countries
from app.resources import resource_path

__all__ = [
    "LEVELS",
    "FIELDS",
    "STEPS",
    "Quasi",
    "generalize",
    "ladder",
    "key",
    "label",
    "field_label",
    "describe",
    "experience_detail",
    "education_text",
    "language_text",
    "employment_type_label",
    "work_permission_label",
    "stand_out",
    "age_years",
    "experience_total_years",
]

LANGS = ("en", "ja")

# The quasi-identifying fields of a Quasi, in the order a key lists them.
FIELDS: tuple[str, ...] = (
    "age",
    "gender",
    "origin",
    "nationalities",
    "study_regions",
    "work_regions",
    "education",
    "employers",
    "experience_years",
    "experience_durations",
    "work_permission",
)

SUPPRESSED = "suppressed"


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------


class RulesError(RuntimeError):
    """rules.json is malformed or breaks an invariant (e.g. a ladder that is not monotone)."""


def _band_inside(inner: list, outer: list) -> bool:
    lo, hi = inner
    olo, ohi = outer
    return olo <= lo and (ohi is None or (hi is not None and hi <= ohi))


def _check_bands(bands: list[list], name: str) -> None:
    if not bands or bands[0][0] != 0 or bands[-1][1] is not None:
        raise RulesError(f"{name}: bands must start at 0 and end open")
    for (lo, hi), (nlo, _) in zip(bands, bands[1:]):
        if hi is None or lo > hi or nlo != hi + 1:
            raise RulesError(f"{name}: bands must be contiguous and ordered")


def _strip_comments(value: Any) -> Any:
    """Drop the "_comment" keys (and any other key starting with "_") at every depth."""
    if isinstance(value, dict):
        return {k: _strip_comments(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_strip_comments(v) for v in value]
    return value


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    rules = _strip_comments(
        json.loads(resource_path("generalization", "rules.json").read_text(encoding="utf-8")))
    grains = rules["grains"]
    if tuple(grains) != FIELDS:
        raise RulesError(f"rules.json grains must list exactly {FIELDS}")
    ladder_ = rules["ladder"]
    if not ladder_:
        raise RulesError("rules.json: empty ladder")
    previous = None
    for i, step in enumerate(ladder_):
        for f in FIELDS:
            g = step.get(f)
            if g not in grains[f]:
                raise RulesError(f"ladder level {i}: {f} has unknown grain {g!r}")
            if previous is not None and grains[f].index(g) < grains[f].index(previous[f]):
                raise RulesError(f"ladder level {i}: {f} is finer than at level {i - 1}")
        previous = step
    if any(ladder_[-1][f] != SUPPRESSED for f in FIELDS):
        raise RulesError("the last ladder level must suppress every quasi-identifier")
    for name, fine, coarse in (("age_bands", "band5", "band10"), ("experience_bands", "fine", "coarse")):
        b = rules[name]
        _check_bands(b[fine], f"{name}.{fine}")
        _check_bands(b[coarse], f"{name}.{coarse}")
        for band in b[fine]:
            if not any(_band_inside(band, o) for o in b[coarse]):
                raise RulesError(f"{name}: {band} is not inside any {coarse} band")
    return rules


LEVELS: int = len(_rules()["ladder"])
STEPS: tuple[str, ...] = tuple(step["step"] for step in _rules()["ladder"])


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r} (expected one of {LANGS})")
    return lang


def _check_level(level: int) -> int:
    if not isinstance(level, int) or isinstance(level, bool) or not 0 <= level < LEVELS:
        raise ValueError(f"level must be an int in 0..{LEVELS - 1}, not {level!r}")
    return level


@lru_cache(maxsize=None)
def _grains_cached(level: int, keep: frozenset[str], suppress: frozenset[str]) -> dict[str, str]:
    rules = _rules()
    g = dict(rules["ladder"][level])
    base = rules["ladder"][0]
    for f in keep:
        g[f] = base[f]
    for f in suppress:
        g[f] = SUPPRESSED
    return g


def _grains(level: int, keep: Iterable[str] = (), suppress: Iterable[str] = ()) -> dict[str, str]:
    _check_level(level)
    keep_s, supp_s = frozenset(keep), frozenset(suppress)
    unknown = (keep_s | supp_s) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown quasi-identifier field(s): {sorted(unknown)}")
    return _grains_cached(level, keep_s, supp_s)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def _parse_partial(value: Any) -> tuple[int, int | None, int | None] | None:
    """"YYYY", "YYYY-MM" or "YYYY-MM-DD" → (year, month, day), dropping an impossible month or
    day to the coarser part; None when not even a year can be read."""
    if not isinstance(value, str):
        return None
    return _parse_partial_str(value)


@lru_cache(maxsize=65536)
def _parse_partial_str(value: str) -> tuple[int, int | None, int | None] | None:
    parts = value.strip().split("-")
    try:
        year = int(parts[0])
    except ValueError:
        return None
    if not 1 <= year <= 9999 or len(parts[0]) != 4:
        return None
    month = day = None
    if len(parts) > 1:
        try:
            m = int(parts[1])
        except ValueError:
            m = 0
        if 1 <= m <= 12:
            month = m
            if len(parts) > 2:
                try:
                    d = int(parts[2])
                except ValueError:
                    d = 0
                if 1 <= d <= calendar.monthrange(year, m)[1]:
                    day = d
    return year, month, day


def _first_day(p: tuple[int, int | None, int | None]) -> date:
    y, m, d = p
    return date(y, m or 1, d or 1)


def _last_day(p: tuple[int, int | None, int | None]) -> date:
    y, m, d = p
    if m is None:
        return date(y, 12, 31)
    return date(y, m, d or calendar.monthrange(y, m)[1])


def _assumed_birthday(p: tuple[int, int | None, int | None]) -> date:
    y, m, d = p
    if m is None:
        return date(y, 7, 1)
    return date(y, m, d or 15)


def age_years(birth_date: str | None, today: date) -> int | None:
    """Whole years of age on ``today`` (partial dates: see the module docstring); None when
    there is no readable birth date or it lies in the future."""
    p = _parse_partial(birth_date)
    if p is None:
        return None
    b = _assumed_birthday(p)
    if b > today:
        return None
    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


_DAYS_PER_MONTH = 365.2425 / 12


def _period(item: dict, today: date) -> tuple[int, int] | None:
    """(first ordinal day, day after the last) of an experience period, clipped to today."""
    start = _parse_partial(item.get("start"))
    if start is None:
        return None
    begin = _first_day(start)
    end_p = _parse_partial(item.get("end"))
    end = _last_day(end_p) if end_p is not None else today
    end = min(end, today)
    if end < begin:
        return (begin.toordinal(), begin.toordinal()) if begin > today else None
    return begin.toordinal(), end.toordinal() + 1


def _months(days: int) -> int:
    return int(days / _DAYS_PER_MONTH + 0.5)


def experience_total_years(items: Sequence[dict], today: date) -> int:
    """Whole years of experience: periods merged where they overlap, rounded to whole months."""
    return _merged_years([_period(i, today) for i in items or () if isinstance(i, dict)])


def _merged_years(periods: Iterable[tuple[int, int] | None]) -> int:
    spans = sorted(p for p in periods if p is not None)
    total = 0
    cur_start = cur_end = None
    for s, e in spans:
        if cur_end is None or s > cur_end:
            if cur_end is not None:
                total += cur_end - cur_start
            cur_start, cur_end = s, e
        else:
            cur_end = max(cur_end, e)
    if cur_end is not None:
        total += cur_end - cur_start
    return _months(total) // 12


def _item_years(item: dict, today: date) -> int | None:
    return _span_years(_period(item, today))


def _span_years(p: tuple[int, int] | None) -> int | None:
    return None if p is None else _months(p[1] - p[0]) // 12


# --------------------------------------------------------------------------------------------
# Bands and codes
# --------------------------------------------------------------------------------------------


def _band_code(prefix: str, value: int | None, bands: list[list]) -> str:
    if value is None:
        return f"{prefix}:unknown"
    for lo, hi in bands:
        if value >= lo and (hi is None or value <= hi):
            return f"{prefix}:{lo}-{'' if hi is None else hi}"
    return f"{prefix}:unknown"  # negative: cannot happen with bands starting at 0


def _geo(code: Any, grain: str, japan: bool) -> str:
    return _geo_cached(code, grain, japan) if isinstance(code, str) or code is None else "geo:none"


@lru_cache(maxsize=4096)
def _geo_cached(code: str | None, grain: str, japan: bool) -> str:
    if japan and code and code.upper() == "JP":
        return "geo:japan"
    c = _countries.country(code)
    if c is None:
        return "geo:none"
    m49 = c.subregion if grain == "subregion" else c.region
    if m49 is None:
        return "geo:none"
    return f"m49:{m49}" if grain == "subregion" else f"m49r:{m49}"


def _has_country(code: Any) -> bool:
    return isinstance(code, str) and code.strip().upper() not in ("", "ZZ")


def _inst_place(item: dict) -> str:
    code = item.get("country")
    if not _has_country(code) or code.strip().upper() == "XX":
        return "unknown"
    return "japan" if code.strip().upper() == "JP" else "abroad"


def _permit(value: Any) -> str:
    m = _rules()["work_permission"]["map"]
    return m.get(value if isinstance(value, str) else "absent", m["absent"])


@dataclass(frozen=True)
class _Facts:
    """A dossier's quasi-identifying facts, read once and projected onto each level."""

    age: int | None
    gender: str
    origin: str | None
    nationalities: tuple[str, ...]
    study: tuple[str, ...]
    work: tuple[str, ...]
    places: tuple[str, ...]
    employers: tuple[str, ...]
    years: int
    durations: tuple[int | None, ...]
    permit: str


def _facts(dossier: dict, today: date) -> _Facts:
    genders = _rules()["gender"]
    g = dossier.get("gender")
    education = [e for e in dossier.get("education") or () if isinstance(e, dict)]
    experience = [e for e in dossier.get("experience") or () if isinstance(e, dict)]
    kinds = _rules()["employer_kinds"]
    periods = [_period(e, today) for e in experience]
    return _Facts(
        age=age_years(dossier.get("birth_date"), today),
        gender=g if g in genders else "undisclosed",
        origin=dossier.get("country_of_origin"),
        nationalities=tuple(n for n in dossier.get("nationalities") or () if isinstance(n, str)),
        study=tuple(e["country"] for e in education if _has_country(e.get("country"))),
        work=tuple(e["country"] for e in experience if _has_country(e.get("country"))),
        places=tuple(_inst_place(e) for e in education),
        employers=tuple(e["employer_kind"] for e in experience if e.get("employer_kind") in kinds),
        years=_merged_years(periods),
        durations=tuple(_span_years(p) for p in periods),
        permit=_permit((dossier.get("residence") or {}).get("work_permission")),
    )


# --------------------------------------------------------------------------------------------
# Quasi
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quasi:
    """The generalized quasi-identifiers of one dossier at one level, as codes; None = the field
    is suppressed at this level. Tuples are sorted and without duplicates (a set, in a stable
    form): a profile shows each item, but the key counts which values occur."""

    level: int
    age: str | None                                # "age:30-34" / "age:30-39" / "age:unknown"
    gender: str | None                             # "gender:female" ...
    origin: str | None                             # "m49:034" / "m49r:142" / "geo:none"
    nationalities: tuple[str, ...] | None          # ("m49:034",); ("geo:none",) if none stated
    study_regions: tuple[str, ...] | None          # regions of education countries; "geo:japan"
    work_regions: tuple[str, ...] | None           # regions of experience countries; "geo:japan"
    education: tuple[str, ...] | None              # ("inst:abroad", "inst:japan")
    employers: tuple[str, ...] | None              # ("emp:ngo",) / ("empgrp:public",)
    experience_years: str | None                   # "exp:5-9" / "exp:5-9" (coarse) ...
    experience_durations: tuple[str, ...] | None   # per job, sorted: ("exp:2-4", "exp:5-9")
    work_permission: str | None                    # "permit:authorized" / "permit:to_be_confirmed"

    def shown(self) -> dict[str, Any]:
        """The fields not suppressed at this level, by name."""
        return {f: getattr(self, f) for f in FIELDS if getattr(self, f) is not None}


def _sorted_set(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values)))


def _project(f: _Facts, level: int, g: dict[str, str]) -> Quasi:
    rules = _rules()
    age = None
    if g["age"] != SUPPRESSED:
        age = _band_code("age", f.age, rules["age_bands"][g["age"]])
    gender = None if g["gender"] == SUPPRESSED else f"gender:{f.gender}"
    origin = None if g["origin"] == SUPPRESSED else _geo(f.origin, g["origin"], False)
    nats = None
    if g["nationalities"] != SUPPRESSED:
        nats = _sorted_set(_geo(n, g["nationalities"], False) for n in f.nationalities) or ("geo:none",)
    study = None
    if g["study_regions"] != SUPPRESSED:
        study = _sorted_set(_geo(c, g["study_regions"], True) for c in f.study)
    work = None
    if g["work_regions"] != SUPPRESSED:
        work = _sorted_set(_geo(c, g["work_regions"], True) for c in f.work)
    education = None if g["education"] == SUPPRESSED else _sorted_set(f"inst:{p}" for p in f.places)
    employers = None
    if g["employers"] == "kind":
        employers = _sorted_set(f"emp:{k}" for k in f.employers)
    elif g["employers"] == "group":
        kinds = rules["employer_kinds"]
        employers = _sorted_set(f"empgrp:{kinds[k]['group']}" for k in f.employers)
    years = None
    if g["experience_years"] != SUPPRESSED:
        years = _band_code("exp", f.years, rules["experience_bands"][g["experience_years"]])
    durations = None
    if g["experience_durations"] != SUPPRESSED:
        bands = rules["experience_bands"][g["experience_durations"]]
        durations = tuple(sorted(_band_code("exp", d, bands) for d in f.durations))
    permit = None if g["work_permission"] == SUPPRESSED else f"permit:{f.permit}"
    return Quasi(level, age, gender, origin, nats, study, work, education, employers, years,
                 durations, permit)


def generalize(dossier: dict, level: int, today: date, *, keep: Iterable[str] = (),
               suppress: Iterable[str] = ()) -> Quasi:
    """The quasi-identifiers of an interchange-format dossier at ``level``.

    ``keep``: fields opened for this export (with a recorded reason): shown at level 0's grain
    whatever the level. ``suppress``: fields moved to a stricter class for this dossier: never
    shown. Both name ``FIELDS``; with the same keep/suppress the ladder stays monotone.
    """
    g = _grains(level, keep, suppress)
    return _project(_facts(dossier, today), level, g)


def prepare(dossier: dict, today: date) -> _Facts:
    """What ``generalize`` reads from a dossier, read once: project it at any level with
    ``generalize_prepared`` (counting k over a register projects each dossier many times)."""
    return _facts(dossier, today)


def generalize_prepared(facts: _Facts, level: int, *, keep: Iterable[str] = (),
                        suppress: Iterable[str] = ()) -> Quasi:
    """``generalize`` of a dossier already read by ``prepare``."""
    return _project(facts, level, _grains(level, keep, suppress))


def ladder(dossier: dict, today: date, *, keep: Iterable[str] = (),
           suppress: Iterable[str] = ()) -> tuple[Quasi, ...]:
    """``generalize`` at every level, reading the dossier once (for bulk counting)."""
    f = _facts(dossier, today)
    return tuple(_project(f, lv, _grains(lv, keep, suppress)) for lv in range(LEVELS))


def key(q: Quasi) -> tuple:
    """What is compared when counting k: (field, value) for every field not suppressed."""
    return tuple((f, v) for f in FIELDS if (v := getattr(q, f)) is not None)


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def _band_label(code_value: str, templates: dict, lang: str) -> str:
    lo_s, _, hi_s = code_value.partition("-")
    lo = int(lo_s)
    if hi_s == "":
        return templates["and_over"][lang].format(lo=lo)
    hi = int(hi_s)
    if lo == 0:
        return templates["under"][lang].format(next=hi + 1)
    return templates["range"][lang].format(lo=lo, hi=hi)


def label(code: str, lang: str) -> str:
    """Display text for any code a Quasi (or this module) uses, in "en" or "ja"."""
    _lang(lang)
    rules = _rules()
    prefix, sep, value = code.partition(":")
    try:
        if not sep:
            raise KeyError(code)
        if prefix == "age":
            if value == "unknown":
                return rules["not_stated"][lang]
            return _band_label(value, rules["age_labels"], lang)
        if prefix == "exp":
            if value == "unknown":
                return rules["experience_labels"]["unknown"][lang]
            return _band_label(value, rules["experience_labels"], lang)
        if prefix == "gender":
            return rules["gender"][value][lang]
        if prefix == "m49":
            return _countries.subregion_label(value, lang)
        if prefix == "m49r":
            return _countries.continent_label(value, lang)
        if prefix == "geo":
            if value == "none":
                return _countries.not_stated_label(lang)
            if value == "japan":
                return _countries.japan_label(lang)
            raise KeyError(code)
        if prefix == "inst":
            return rules["institutions"]["codes"][code][lang]
        if prefix == "emp":
            return rules["employer_kinds"][value][lang]
        if prefix == "empgrp":
            return rules["employer_groups"][value][lang]
        if prefix == "permit":
            return rules["work_permission"]["labels"][value][lang]
        if prefix == "edu":
            return rules["education_levels"][value][lang]
        if prefix == "emptype":
            return rules["employment_types"][value][lang]
        if prefix == "lang":
            return rules["languages"][value][lang]
        if prefix == "langlevel":
            return rules["language_levels"][value][lang]
    except (KeyError, ValueError):
        pass
    raise ValueError(f"unknown code {code!r}")


def field_label(name: str, lang: str) -> str:
    """The heading for a quasi-identifying field, e.g. ("age", "ja") → "年齢"."""
    return _rules()["field_labels"][name][_lang(lang)]


def _join(values: Iterable[str], lang: str) -> str:
    return _rules()["formats"]["list_separator"][lang].join(values)


def describe(q: Quasi, lang: str) -> list[tuple[str, str]]:
    """The "at a glance" facts of a profile: (heading, value) for age, gender, origin,
    nationality, years of experience and work permission, when not suppressed. (Regions of
    study and work, places of study, employer kinds and per-job durations are shown with each
    item: see ``education_text`` and ``experience_detail``.)"""
    _lang(lang)
    out = []
    for f in ("age", "gender", "origin", "nationalities", "experience_years", "work_permission"):
        v = getattr(q, f)
        if v is None:
            continue
        text = _join((label(c, lang) for c in v), lang) if isinstance(v, tuple) else label(v, lang)
        out.append((field_label(f, lang), text))
    return out


def employment_type_label(code: str, lang: str) -> str:
    """e.g. ("full_time", "ja") → "フルタイム"."""
    return label(f"emptype:{code}", lang)


def work_permission_label(value: str | None, lang: str) -> str:
    """residence.work_permission (yes/restricted/no/unknown/None) → "authorized to work in
    Japan" or "to be confirmed"; never a status or visa type."""
    return label(f"permit:{_permit(value)}", lang)


def language_text(item: dict, lang: str) -> str:
    """One language line, e.g. {"language": "ja", "level": "N2"} → "Japanese — JLPT N2".
    Only the primary subtag is named ("fr-CD" → "French"); unlisted languages read "Other
    language" (a rare language can point to one country)."""
    _lang(lang)
    rules = _rules()
    tag = str(item.get("language") or "").split("-")[0].lower()
    names = rules["languages"]
    name = names.get(tag, names["other_language"])[lang]
    level = item.get("level")
    if level not in rules["language_levels"]:
        return name
    return rules["formats"]["language"][lang].format(language=name, level=rules["language_levels"][level][lang])


def _region_text(code: str | None, grain: str, lang: str) -> str | None:
    if grain == SUPPRESSED or not _has_country(code):
        return None
    return label(_geo(code, grain, True), lang)


def experience_detail(item: dict, level: int, lang: str, today: date, *, keep: Iterable[str] = (),
                      suppress: Iterable[str] = ()) -> str:
    """One job's generalized line, e.g. "NGO · rural development · Southern Asia · 5–9 years":
    employer kind (or its group), sector as written, region of the work, duration — each as the
    level allows. The employer's name never appears; the job title is not part of it (it is
    shown, after scanning, on its own)."""
    _lang(lang)
    g = _grains(level, keep, suppress)
    rules = _rules()
    parts: list[str] = []
    kind = item.get("employer_kind")
    if kind in rules["employer_kinds"] and g["employers"] != SUPPRESSED:
        code = f"emp:{kind}" if g["employers"] == "kind" else f"empgrp:{rules['employer_kinds'][kind]['group']}"
        parts.append(label(code, lang))
    sector = item.get("sector")
    if isinstance(sector, str) and sector.strip():
        parts.append(sector.strip())
    region = _region_text(item.get("country"), g["work_regions"], lang)
    if region:
        parts.append(region)
    if g["experience_durations"] != SUPPRESSED:
        bands = rules["experience_bands"][g["experience_durations"]]
        parts.append(label(_band_code("exp", _item_years(item, today), bands), lang))
    return rules["formats"]["detail_separator"][lang].join(parts)


def education_text(item: dict, level: int, lang: str, *, keep: Iterable[str] = (),
                   suppress: Iterable[str] = ()) -> str:
    """One education line, e.g. "Master's · civil engineering · university in Japan" or
    "Bachelor's · business administration · university abroad (Sub-Saharan Africa)".
    The institution's name never appears: only its kind, in Japan or abroad, and the region of
    study as the level allows. Years are never shown."""
    _lang(lang)
    g = _grains(level, keep, suppress)
    rules = _rules()
    fmt = rules["formats"]
    parts: list[str] = []
    lvl = item.get("level")
    levels = rules["education_levels"]
    if lvl in levels:
        text = levels[lvl][lang]
        if item.get("completed") is False:
            text = fmt["not_completed"][lang].format(level=text, note=rules["education_not_completed"][lang])
        parts.append(text)
    field_ = item.get("field")
    if isinstance(field_, str) and field_.strip():
        parts.append(field_.strip())
    place = _inst_place(item)
    region = None
    if place == "abroad":
        region = _region_text(item.get("country"), g["study_regions"], lang)
    if g["education"] != SUPPRESSED:
        kind = levels.get(lvl, levels["other"])["institution"]
        inst = rules["institutions"]["kinds"][kind][place][lang]
        parts.append(fmt["place"][lang].format(institution=inst, region=region) if region else inst)
    elif region:
        parts.append(region)
    return fmt["detail_separator"][lang].join(parts)


# --------------------------------------------------------------------------------------------
# Explaining a block
# --------------------------------------------------------------------------------------------


def stand_out(dossiers: list[dict], target: dict, today: date, *, k: int = 5,
              level: int = 0) -> list[str]:
    """The quasi-identifying fields (``FIELDS`` names) that make ``target`` stand out in the
    register ``dossiers``, rarest first, judged on their values at ``level`` (0 by default).

    Every field that on its own is shared by fewer than ``k`` people in the register (the
    target counted once) is named. If none is, the rarest fields are named, one by one, until
    together they are shared by fewer than ``k``: the combination is what stands out. Empty
    only when even all fields together are shared by ``k`` or more.
    """
    tq = generalize(target, level, today).shown()
    names = list(tq)
    others = [generalize(d, level, today).shown() for d in dossiers]
    counts = Counter()
    for q in others:
        for f in names:
            if q.get(f) == tq[f]:
                counts[f] += 1
    included = any(d is target for d in dossiers) or any(d == target for d in dossiers)
    if not included:
        for f in names:
            counts[f] += 1
    ranked = sorted(names, key=lambda f: (counts[f], FIELDS.index(f)))
    alone = [f for f in ranked if counts[f] < k]
    if alone:
        return alone
    chosen: list[str] = []
    for f in ranked:
        chosen.append(f)
        together = sum(1 for q in others if all(q.get(c) == tq[c] for c in chosen))
        if not included:
            together += 1
        if together < k:
            return chosen
    return []


# Keep the dataclass field list and FIELDS in step (a programming error, caught at import).
assert tuple(f.name for f in dc_fields(Quasi))[1:] == FIELDS
