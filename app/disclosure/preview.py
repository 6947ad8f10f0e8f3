"""What the desk's export dialog shows before anything leaves the vault: each candidate's state,
their profile as it will be rendered, every scanner hit with the field it was found in, and what
the batch's generalization level means.

It is ``export.plan`` (which writes nothing) seen field by field: ``policy.build`` reports its
hits as one list, so each shareable text the profile is built from is scanned again here, the
same way, to tell the caseworker *where* each marker stands — and to let them release a false hit
for that field (``policy.Release``) or mark one more word "never share" for the dossier.

Everything here runs on the desk's database worker. A ``Preview`` holds original texts (the
hits): the desk keeps it in memory only while the dialog is open, and never logs it.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from app.disclosure import generalize as gen
from app.disclosure import policy, scanner
from app.disclosure.export import READY, Outcome, plan
from app.disclosure.profile import Profile
from app.resources import resource_path
from app.store.companies import CompanyRepository
from app.store.db import transaction
from app.store.dossiers import DossierRepository
from app.vault.vault import Vault

#: Shown where the candidate code will stand, for a candidate this company has no code for yet
#: (the code is made when the profile is exported, never for a preview).
CODE_PLACEHOLDER = "KH-····-····"
#: The marker of a hit whose kind has none (the scanner's own fallback).
FALLBACK_MARKER = "[redacted]"


@dataclass(frozen=True)
class FieldHit:
    """One scanner hit on a profile: where (``field``, as ``policy.Release`` names fields), what
    kind, the marker that replaces it, and the original text (for the caseworker's eyes only)."""

    field: str      # "summary", "experience[0].description", "skills", "education[1]"...
    kind: str       # scanner.Hit.kind
    marker: str     # "[name]", "［氏名］"...
    text: str       # the original: never logged, masked under the privacy screen
    source: str     # "known" (the dossier's own identifier) or "shape" (a generic pattern)


@dataclass
class Candidate:
    """One dossier of the batch as the dialog lists it."""

    outcome: Outcome                 # state, reason, k, stands_out, forced (export.plan)
    ref: str | None = None
    full_name: str | None = None
    code: str | None = None          # the company's candidate code, if one was made before
    profile: Profile | None = None   # READY only: the profile as it will be rendered
    hits: list[FieldHit] = field(default_factory=list)
    released: list[policy.Release] = field(default_factory=list)

    @property
    def dossier_id(self) -> int | None:
        return self.outcome.dossier_id

    @property
    def state(self) -> str:
        return self.outcome.state


@dataclass
class Preview:
    company: str
    lang: str
    level: int                       # one level for the whole batch
    threshold: int                   # k must reach this
    changes: list[tuple[str, str]]   # (generalize.FIELDS name, grain) coarser than level 0
    candidates: list[Candidate]

    def ready(self) -> list[Candidate]:
        return [c for c in self.candidates if c.state == READY]

    def lowest_k(self) -> int | None:
        ks = [c.outcome.k for c in self.ready() if c.outcome.k is not None]
        return min(ks) if ks else None

    def forced(self) -> list[Candidate]:
        """The candidates without whom the batch would be less general (none when every one of
        them needed it: then no one in particular did)."""
        return [c for c in self.ready() if c.outcome.forced]


# -- reading ----------------------------------------------------------------------------------


def company_names(vault: Vault) -> list[str]:
    """The companies a profile can be exported for, by name."""
    return CompanyRepository(vault.conn).names()


def build_preview(vault: Vault, dossier_ids: list[int], company: str, *, lang: str = "en",
                  releases: list[policy.Release] = (), today: date | None = None) -> Preview:
    """Plan the batch (nothing is written) and explain it candidate by candidate."""
    today = today or date.today()
    conn = vault.conn
    batch = plan(vault, [int(i) for i in dossier_ids], company, lang=lang, today=today,
                 releases=list(releases), explain=True)
    codes = dict(conn.execute(
        "SELECT dossier_id, code FROM candidate_codes WHERE company_id = ?", (batch.company_id,)))
    candidates = []
    for outcome, dossier_id, dossier, built in batch.items:
        candidate = Candidate(outcome)
        if dossier is not None:
            candidate.ref = dossier.get("ref")
            candidate.full_name = (dossier.get("names") or {}).get("full")
            candidate.code = codes.get(dossier_id)
        if built is not None and outcome.state == READY:
            candidate.profile = built.profile
            candidate.released = list(built.releases)
            candidate.hits = field_hits(dossier, built, level=batch.level, lang=lang,
                                        today=today, overrides=policy.overrides_of(conn, dossier_id))
        candidates.append(candidate)
    ready = [c for c in candidates if c.state == READY]
    if ready and all(c.outcome.forced for c in ready):
        for c in ready:
            c.outcome.forced = False
    return Preview(company, lang, batch.level, batch.threshold,
                   generalization_changes(batch.level), candidates)


def preview_html(profile: Profile, code: str | None) -> tuple[str, list[str]]:
    """The profile's page as the PDF will draw it (rich text), with ``code`` or the placeholder
    where the candidate code stands; and what had to be shortened to fit one page."""
    from app.render.pdf import profile_html  # QtGui: only when rendering

    html, fitted = profile_html(policy.with_code(profile, code or CODE_PLACEHOLDER))
    return html, list(fitted.trimmed)


# -- hits, field by field -----------------------------------------------------------------------


def _fold(text: str) -> str:
    """How a release is compared with a hit (as ``policy`` does)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def field_texts(dossier: dict, *, level: int, lang: str, today: date,
                overrides: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Every shareable text ``policy.build`` scans, with the field name it scans it under, in
    the same order (a field moved to a stricter class is left out, as there)."""
    overrides = overrides or {}
    withheld = policy.suppressed(overrides)
    shared = [name for name in policy.SHAREABLE if name not in overrides and dossier.get(name)]
    out: list[tuple[str, str]] = []

    def each(name: str) -> None:
        if name in shared:
            out.extend((name, str(v)) for v in dossier.get(name, ()) if v)

    each("preferred_locations")
    if "experience" in shared:
        for i, item in enumerate(dossier["experience"]):
            out.append((f"experience[{i}].title", item.get("title") or ""))
            out.append((f"experience[{i}].detail",
                        gen.experience_detail(item, level, lang, today, suppress=withheld)))
            out.append((f"experience[{i}].description", item.get("description") or ""))
    if "education" in shared:
        for i, item in enumerate(dossier["education"]):
            out.append((f"education[{i}]", gen.education_text(item, level, lang, suppress=withheld)))
    if "certifications" in shared:
        for item in dossier["certifications"]:
            year = item.get("year")
            out.append(("certifications", f"{item['name']} ({year})" if year else item["name"]))
    each("desired_roles")
    each("skills")
    for name in ("summary", "aspirations"):
        if name in shared:
            out.append((name, dossier.get(name) or ""))
    return [(name, text) for name, text in out if text]


def field_hits(dossier: dict, built: policy.Built, *, level: int, lang: str, today: date,
               overrides: dict[str, str] | None = None) -> list[FieldHit]:
    """The hits ``built`` replaced by markers, each with its field: the texts are scanned
    against the same identifiers (``built.known``), and what the caseworker released for a
    field stays out, exactly as in ``policy.build``."""
    markers = scanner.MARKERS_JA if lang == "ja" else scanner.MARKERS
    released = built.releases
    hits: list[FieldHit] = []
    for name, text in field_texts(dossier, level=level, lang=lang, today=today,
                                  overrides=overrides):
        for hit in scanner.scan(text, built.known):
            if any(r.field in (name, "*") and _fold(r.text) == _fold(hit.text) for r in released):
                continue
            hits.append(FieldHit(name, hit.kind, markers.get(hit.kind, FALLBACK_MARKER),
                                 hit.text, hit.source))
    return hits


def release(ref: str, hit: FieldHit, reason: str) -> policy.Release:
    """The release of ``hit`` for one export of the dossier whose ref is ``ref`` (unique in the
    vault), with the caseworker's reason (required)."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValueError("a released hit needs a reason")
    return policy.Release(dossier=ref, field=hit.field, text=hit.text, reason=reason)


# -- one more "never share" word ----------------------------------------------------------------


def mark_field(name: str) -> str:
    """A profile field as the dossier's annotations name it: without item numbers
    ("experience[0].description" → "experience.description")."""
    out, depth = [], 0
    for ch in name:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def add_never_share(vault: Vault, dossier_id: int, text: str, *, lang: str = "en",
                    today: date | None = None) -> str:
    """Store ``text`` as a "never share" word of the dossier (from now on a known identifier of
    it, in every profile), in the field where the profile shows it; return that field.

    A word the profile does not show (typed, not selected) is stored for the summary: the
    scanner looks for a dossier's never-share words in every field alike."""
    text = " ".join(text.split())
    if not text:
        raise ValueError("nothing to mark")
    today = today or date.today()
    conn = vault.conn
    dossier = DossierRepository(conn).load(dossier_id, contents=False)
    if dossier is None:
        raise ValueError("no such dossier")
    wanted = _fold(text)
    where = next((name for name, value in field_texts(
        dossier, level=0, lang=lang, today=today, overrides=policy.overrides_of(conn, dossier_id))
        if wanted in _fold(value)), "summary")
    where = mark_field(where)
    with transaction(conn):
        _add_mark(conn, dossier_id, where, text)
    return where


def _add_mark(conn, dossier_id: int, field_name: str, text: str) -> None:
    from app.store.annotations import add_mark

    add_mark(conn, dossier_id, field_name, text)


# -- what the level means -----------------------------------------------------------------------


def _ladder() -> list[dict]:
    data = json.loads(resource_path("generalization", "rules.json").read_text(encoding="utf-8"))
    return data["ladder"]


def generalization_changes(level: int) -> list[tuple[str, str]]:
    """What ``level`` shows more coarsely than level 0, as (field, grain) in ``FIELDS`` order:
    ("age", "band10"), ("origin", "region"), ("gender", "suppressed")..."""
    ladder = _ladder()
    if not 0 <= level < len(ladder):
        raise ValueError(f"no generalization level {level}")
    return [(name, ladder[level][name]) for name in gen.FIELDS
            if ladder[level][name] != ladder[0][name]]
