"""Exporting anonymized profiles: the whole disclosure pipeline, in order.

    dossier ─▶ consent gate ─▶ re-identification check (one level for the batch) ─▶ profile
    from the allow-list (generalized, free text scanned) ─▶ render PDF ─▶ read the PDF back and
    search it for the dossier's identifiers ─▶ atomic 0600 write, named by the candidate code
    ─▶ disclosure log entry (same transaction as the candidate code)

The command line and the desk both call ``export_profiles``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.disclosure import consent, log, policy, scanner
from app.disclosure.codes import candidate_code
from app.disclosure.risk import DEFAULT_THRESHOLD, Register, choose_level
from app.errors import InvalidInput, NotFound, UsageError
from app.store.companies import CompanyRepository
from app.store.db import transaction
from app.store.dossiers import DossierRepository
from app.store.meta import MetaRepository
from app.vault import envelope as env
from app.vault.secret import wipe
from app.vault.vault import Vault

K_THRESHOLD = "disclosure.k"


class UnknownCompany(NotFound):
    def __init__(self, name: str, known: list[str]) -> None:
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.4)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        super().__init__(f"no company of that name in the vault{hint}")


@dataclass
class Outcome:
    name: str                      # the dossier as the caller named it (ref or id)
    exported: bool
    path: Path | None = None
    reason: str = ""
    code: str | None = None
    k: int | None = None
    level: int | None = None
    hits: list[scanner.Hit] = field(default_factory=list)


@dataclass
class Plan:
    """What an export would do, before anything is written: the desk's preview uses it."""

    company_id: int
    company_name: str
    level: int
    threshold: int
    items: list[tuple[Outcome, int | None, dict | None, policy.Built | None]]


def threshold_of(conn) -> int:
    value = MetaRepository(conn).get(K_THRESHOLD)
    return int(value) if value and value.isdigit() and int(value) >= 3 else DEFAULT_THRESHOLD


def plan(vault: Vault, names: list[str], company: str, *, lang: str = "en",
         today: date | None = None, threshold: int | None = None,
         releases: list[policy.Release] = ()) -> Plan:
    """Resolve, gate and build every profile of a batch; write nothing."""
    if lang not in ("en", "ja"):
        raise UsageError("the profile language is en or ja")
    today = today or date.today()
    conn = vault.conn
    companies = CompanyRepository(conn)
    company_id = companies.id_for_name(company)
    if company_id is None:
        raise UnknownCompany(company, companies.names())
    threshold = threshold if threshold is not None else threshold_of(conn)
    repo = DossierRepository(conn)
    items: list = []
    allowed: list[tuple[int, int, dict]] = []  # (item index, dossier id, dossier)
    for name in names:
        dossier_id = repo.resolve(name)
        if dossier_id is None:
            items.append((Outcome(name, False, reason="no such dossier"), None, None, None))
            continue
        dossier = repo.load(dossier_id)
        decision = consent.check(dossier, company, today)
        if not decision.allowed:
            items.append((Outcome(name, False, reason=decision.reason), dossier_id, dossier, None))
            continue
        allowed.append((len(items), dossier_id, dossier))
        items.append((Outcome(name, True), dossier_id, dossier, None))
    level = 0
    if allowed:
        register = Register.from_connection(conn, today)
        suppress = [policy.suppressed(policy.overrides_of(conn, did)) for _, did, _ in allowed]
        # the register's own entry for each target, so it is counted once, as itself
        risk = choose_level([register.by_id[did] for _, did, _ in allowed], register, threshold,
                            suppress)
        level = risk.level
        for position, (index, dossier_id, dossier) in enumerate(allowed):
            outcome = items[index][0]
            outcome.k, outcome.level = risk.k[position], risk.level
            if position in risk.blocked:
                outcome.exported = False
                outcome.reason = (
                    f"fewer than {threshold} people in the vault share even the most general "
                    f"profile (k={risk.k[position]}); stands out by: "
                    + ", ".join(risk.blocked[position])
                )
                continue
            built = policy.build(
                dossier, level=level, lang=lang, today=today,
                overrides=policy.overrides_of(conn, dossier_id),
                never_share=policy.never_share_of(conn, dossier_id),
                releases=[r for r in releases if r.dossier in (outcome.name, dossier.get("ref"))],
                organization=policy.organization_of(conn),
            )
            outcome.hits = built.hits
            items[index] = (outcome, dossier_id, dossier, built)
    return Plan(company_id, company, level, threshold, items)


def export_profiles(vault: Vault, names: list[str], company: str, out_dir: Path, *,
                    lang: str = "en", today: date | None = None, threshold: int | None = None,
                    releases: list[policy.Release] = (),
                    progress: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """Export one PDF per dossier into ``out_dir``; refusals are outcomes, not exceptions."""
    from app.render.pdf import render_profile, write_pdf  # QtGui: only when rendering

    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InvalidInput(f"no such folder: {out_dir}")
    batch = plan(vault, names, company, lang=lang, today=today, threshold=threshold,
                 releases=releases)
    conn = vault.conn
    with vault.unwrapped_key() as data_key:
        log_key = env.derive_subkey(data_key, log.LOG_KEY_PURPOSE)
    slot = {"id": vault.slot.id, "label": vault.slot.label}
    outcomes = []
    try:
        for done, (outcome, dossier_id, dossier, built) in enumerate(batch.items):
            if built is not None and outcome.exported:
                try:
                    _export_one(conn, log_key, slot, batch, outcome, dossier_id, dossier, built,
                                out_dir, render_profile, write_pdf)
                except _Refused:
                    pass
            outcomes.append(outcome)
            if progress:
                progress(done + 1, len(batch.items))
    finally:
        wipe(log_key)
    return outcomes


def _export_one(conn, log_key, slot: dict, batch: Plan, outcome: Outcome, dossier_id: int, dossier: dict,
                built: policy.Built, out_dir: Path, render_profile, write_pdf) -> None:
    with transaction(conn):
        code = candidate_code(conn, dossier_id, batch.company_id)
        profile = policy.with_code(built.profile, code)
        pdf = render_profile(profile)
        leaks = policy.read_back(pdf, dossier, built)
        if leaks:
            outcome.exported = False
            outcome.reason = ("the rendered PDF still held an identifier "
                              f"({', '.join(sorted(set(leaks)))}); nothing was written")
            raise _Refused()
        path = out_dir / f"{code}.pdf"
        write_pdf(path, pdf)
        log.append(conn, log_key, dossier_id=dossier_id, company_id=batch.company_id,
                   candidate_code=code, record={
                       "company": batch.company_name,
                       "ref": dossier.get("ref"),
                       "slot": slot,
                       "lang": profile.lang,
                       "level": batch.level,
                       "k": outcome.k,
                       "threshold": batch.threshold,
                       "fields": built.fields,
                       "hits_redacted": len(built.hits),
                       "overrides": built.overrides,
                       "releases": [r.as_record() for r in built.releases],
                       "file": path.name,
                   })
        outcome.path, outcome.code = path, code


class _Refused(Exception):
    """Rolls back the candidate code of a profile that was not written."""
