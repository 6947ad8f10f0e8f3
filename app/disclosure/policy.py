"""The allow-list: how a dossier becomes a profile, field by field.

Nothing is redacted *down* from a dossier. ``build`` starts from an empty profile and adds only
what a rule below names: quasi-identifiers through ``generalize`` at the batch's level, shareable
fields after the free-text scanner has replaced every hit with a neutral marker. A field no rule
names (names, contact, story, health, notes, residence status, documents...) cannot reach a PDF.

The caseworker's overrides always apply: a field moved to a stricter class for this dossier is
left out (a quasi-identifier is suppressed), and words marked "never share" are known
identifiers of this dossier. A scanner hit can be released for one export, with a reason that
goes into the disclosure log.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from app.disclosure import generalize as gen
from app.disclosure import scanner
from app.disclosure.profile import EducationItem, ExperienceItem, Fact, Organization, Profile
from app.resources import resource_path
from app.store.meta import MetaRepository

#: Settings of the nonprofit printed on every profile (the only contact a company gets).
ORG_KEYS = {"name": "organization.name", "email": "organization.email", "phone": "organization.phone"}

#: Quasi-identifying fields of the interchange format → the generalized fields they feed.
QUASI_OVERRIDES: dict[str, tuple[str, ...]] = {
    "birth_date": ("age",),
    "gender": ("gender",),
    "country_of_origin": ("origin",),
    "nationalities": ("nationalities",),
    "residence": ("work_permission",),
    "education": ("education", "study_regions"),
    "experience": ("experience_years", "experience_durations", "employers", "work_regions"),
}
#: Shareable fields: on the profile after scanning, unless overridden for the dossier.
SHAREABLE = (
    "skills", "certifications", "desired_roles", "preferred_locations", "employment_types",
    "available_from", "languages", "education", "experience", "summary", "aspirations",
)


@dataclass(frozen=True)
class Release:
    """A scanner hit the caseworker released for one export: ``text`` may stay in ``field``."""

    dossier: str   # ref or id
    field: str     # "summary", "aspirations", "experience[0].description", or "*"
    text: str
    reason: str

    def as_record(self) -> dict:
        return {"field": self.field, "text": self.text, "reason": self.reason}


@dataclass
class Built:
    profile: Profile
    hits: list[scanner.Hit]                   # every hit replaced by a marker
    fields: list[str]                         # the dossier fields that reached the profile
    overrides: list[dict]                     # the caseworker's overrides that applied
    releases: list[Release] = field(default_factory=list)  # releases that were used
    known: list[scanner.Identifier] = field(default_factory=list)


# -- reading the caseworker's overrides ---------------------------------------------------------


def overrides_of(conn, dossier_id: int) -> dict[str, str]:
    return dict(conn.execute(
        "SELECT field, class FROM field_overrides WHERE dossier_id = ?", (dossier_id,)))


def never_share_of(conn, dossier_id: int) -> list[tuple[str, str]]:
    return list(conn.execute(
        "SELECT field, text FROM never_share WHERE dossier_id = ? ORDER BY id", (dossier_id,)))


def organization_of(conn) -> Organization | None:
    meta = MetaRepository(conn)
    values = {attr: meta.get(key) for attr, key in ORG_KEYS.items()}
    return Organization(**values) if values["name"] else None


def suppressed(overrides: dict[str, str]) -> frozenset[str]:
    """The generalized fields the overrides withhold (for the profile and for counting k)."""
    return frozenset(f for name in overrides for f in QUASI_OVERRIDES.get(name, ()))


# -- labels ------------------------------------------------------------------------------------


def _labels(lang: str) -> dict[str, str]:
    data = json.loads(resource_path("templates", "profile_labels.json").read_text(encoding="utf-8"))
    return {key: texts[lang] for key, texts in data.items()}


# -- building ----------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class _Cleaner:
    """Scans and redacts every shareable string of one dossier, remembering what it did."""

    def __init__(self, known: list[scanner.Identifier], releases: list[Release], lang: str) -> None:
        self.known = known
        self.releases = releases
        self.markers = scanner.MARKERS_JA if lang == "ja" else None
        self.hits: list[scanner.Hit] = []
        self.used: list[Release] = []

    def __call__(self, text: str | None, field_name: str) -> str | None:
        if not text:
            return text
        kept = []
        for hit in scanner.scan(text, self.known):
            release = next((r for r in self.releases if r.field in (field_name, "*")
                            and _fold(r.text) == _fold(hit.text)), None)
            if release is not None:
                if release not in self.used:
                    self.used.append(release)
                continue
            kept.append(hit)
        self.hits.extend(kept)
        return scanner.redact(text, kept, self.markers) if kept else text


def build(dossier: dict, *, level: int, lang: str, today: date,
          overrides: dict[str, str] | None = None, never_share: list[tuple[str, str]] = (),
          releases: list[Release] = (), organization: Organization | None = None,
          code: str = "") -> Built:
    """The profile of ``dossier`` at generalization ``level`` in ``lang`` ("en" or "ja")."""
    overrides = overrides or {}
    withheld = suppressed(overrides)
    known = scanner.known_identifiers(dossier) + [
        scanner.Identifier("name", text) for _, text in never_share if text.strip()
    ]
    clean = _Cleaner(known, list(releases), lang)
    labels = _labels(lang)
    shared = [name for name in SHAREABLE if name not in overrides and dossier.get(name)]

    def allowed(name: str) -> bool:
        return name in shared

    def cleaned_list(name: str) -> tuple[str, ...]:
        if not allowed(name):
            return ()
        out = (clean(str(v), name) for v in dossier.get(name, ()))
        return tuple(v for v in out if v and v.strip())

    quasi = gen.generalize(dossier, level, today, suppress=withheld)
    facts = [Fact(heading, value) for heading, value in gen.describe(quasi, lang)]
    if allowed("available_from"):
        facts.append(Fact(labels["available_from"], dossier["available_from"][:7]))
    if allowed("employment_types"):
        facts.append(Fact(labels["employment_types"], labels["list_separator"].join(
            gen.employment_type_label(t, lang) for t in dossier["employment_types"])))
    locations = cleaned_list("preferred_locations")
    if locations:
        facts.append(Fact(labels["preferred_locations"], labels["list_separator"].join(locations)))

    languages = ()
    if allowed("languages"):
        languages = tuple(_language_line(item, lang, known) for item in dossier["languages"])

    experience: tuple[ExperienceItem, ...] = ()
    if allowed("experience"):
        experience = tuple(
            ExperienceItem(
                title=clean(item.get("title"), f"experience[{i}].title"),
                detail=clean(gen.experience_detail(item, level, lang, today, suppress=withheld),
                             f"experience[{i}].detail") or None,
                description=clean(item.get("description"), f"experience[{i}].description"),
            )
            for i, item in enumerate(dossier["experience"])
        )
    education: tuple[EducationItem, ...] = ()
    if allowed("education"):
        education = tuple(
            EducationItem(text)
            for i, item in enumerate(dossier["education"])
            if (text := clean(gen.education_text(item, level, lang, suppress=withheld),
                              f"education[{i}]"))
        )
    certifications = ()
    if allowed("certifications"):
        certifications = tuple(
            c for c in (clean(_certification(item), "certifications")
                        for item in dossier["certifications"]) if c
        )
    roles = cleaned_list("desired_roles")
    profile = Profile(
        code=code,
        lang=lang,
        title=labels["title"],
        headline=labels["list_separator"].join(roles) or None,
        facts=tuple(facts),
        skills=cleaned_list("skills"),
        certifications=certifications,
        desired_roles=roles,
        languages=languages,
        experience=experience,
        education=education,
        summary=clean(dossier.get("summary"), "summary") if allowed("summary") else None,
        aspirations=clean(dossier.get("aspirations"), "aspirations") if allowed("aspirations") else None,
        organization=organization,
        labels=labels,
    )
    fields = sorted({*shared, *(name for name, gens in QUASI_OVERRIDES.items()
                                if name not in overrides and dossier.get(name)
                                and any(quasi.shown().get(g) is not None for g in gens))})
    return Built(
        profile=profile,
        hits=clean.hits,
        fields=fields,
        overrides=[{"field": f, "class": c} for f, c in sorted(overrides.items())],
        releases=clean.used,
        known=known,
    )


def _certification(item: dict) -> str:
    year = item.get("year")
    return f"{item['name']} ({year})" if year else item["name"]


def _language_line(item: dict, lang: str, known: list[scanner.Identifier]) -> str:
    """A language whose name names the person's country ("Ukrainian", "Burmese") would undo the
    region the profile gives: it is shown as "Other language", with its level."""
    line = gen.language_text(item, lang)
    if scanner.find_in(line, known):
        line = gen.language_text({"language": "und", "level": item.get("level")}, lang)
    return line


def with_code(profile: Profile, code: str) -> Profile:
    return dataclasses.replace(profile, code=code)


# -- the second net ----------------------------------------------------------------------------


def read_back(pdf: bytes, dossier: dict, built: Built) -> list[str]:
    """The kinds of the dossier's identifiers found in the rendered PDF (text, streams,
    metadata); empty when it is clean. Released texts are allowed where they were released."""
    from app.render.readback import extract, find_identifiers

    released = {_fold(r.text) for r in built.releases}
    extracted = extract(pdf)
    kinds = [hit.kind for hit in scanner.find_in(extracted.text, built.known)
             if _fold(hit.text) not in released]
    # raw substring search only for what the scanner itself recognizes as an identifier
    # ("self-employed" as an employer's name is not one)
    strong = [i for i in built.known if _strong(i.value) and _fold(i.value) not in released
              and scanner.find_in(i.value, built.known)]  # the dossier's matcher, cached
    found = set(find_identifiers(extracted, [i.value for i in strong]))
    kinds += [i.kind for i in strong if i.value in found]
    return kinds


def code_is_clean(code: str, built: Built) -> bool:
    """Whether a new candidate code spells none of the dossier's identifiers (random letters
    can make initials: "KH-7JB2-…"), so the read-back of a page carrying it will not fire."""
    if scanner.find_in(code, built.known):
        return False
    folded = _fold(code)
    return not any(_strong(i.value) and _fold(i.value) in folded for i in built.known)


def _strong(value: str) -> bool:
    """Long enough to search for as a raw substring in streams without false alarms."""
    digits = sum(c.isdigit() for c in value)
    return digits >= 6 or len(value.strip()) >= 5
