"""Exporting anonymized profiles: the whole disclosure pipeline, in order.

    dossier ─▶ consent gate ─▶ re-identification check (one level for the batch) ─▶ profile
    from the allow-list (generalized, free text scanned) ─▶ render PDF ─▶ read the PDF back and
    search it for the dossier's identifiers ─▶ atomic 0600 write, named by the candidate code
    ─▶ disclosure log entry (same transaction as the candidate code)

The command line and the desk both call ``export_profiles``; the desk also previews a batch with
``plan`` (which writes nothing) and sends a shortlist as one PDF with ``export_booklet`` (the same
gates and read-back, one log entry per candidate).

The desk calls ``plan`` again after every change it makes (a company, a language, a released hit),
so the register of the vault (``risk.Register``) is kept per open vault, and made again when a
dossier changes (see ``register_of``).
"""

from __future__ import annotations

import difflib
import secrets
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.disclosure import consent, log, policy, scanner
from app.disclosure.codes import ALPHABET, candidate_code
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

# What became of one dossier of a batch (``Outcome.state``).
READY = "ready"            # plan: it may go out
EXPORTED = "exported"      # written (alone, or in the booklet)
MISSING = "missing"        # no such dossier
REFUSED = "refused"        # the consent gate said no
BLOCKED = "blocked"        # fewer than k people share even the most general profile
LEAKED = "leaked"          # the read-back found an identifier in the rendered PDF
CANCELLED = "cancelled"    # the caller stopped the batch before this one


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
    state: str = READY
    dossier_id: int | None = None
    stands_out: list[str] = field(default_factory=list)  # BLOCKED: generalize.FIELDS names
    leaks: list[str] = field(default_factory=list)       # LEAKED: the kinds found
    forced: bool = False   # this one needed the batch's last generalization step (plan(explain=))


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


# -- the register, kept per open vault -----------------------------------------------------------

#: vault → (what the register was read from, the register). Weak: a closed vault takes its
#: register (quasi-identifiers of everyone) with it.
_REGISTERS: weakref.WeakKeyDictionary[Vault, tuple[tuple, Register]] = weakref.WeakKeyDictionary()


def _register_key(conn, today: date) -> tuple:
    """Changes whenever a dossier is added, removed or changed: ``updated_at`` is only to the
    second, so the connection's count of changed rows is part of it (any write on the vault's
    one connection makes the register be read again; writes are rare next to previews)."""
    count, newest = conn.execute("SELECT count(*), max(updated_at) FROM dossiers").fetchone()
    return (today, count, newest, getattr(conn, "total_changes", None))


def register_of(vault: Vault, today: date) -> Register:
    """The vault's register for ``today``, read once and kept until a dossier changes (the
    per-level counts it caches stay with it, so a preview's second plan counts nothing)."""
    key = _register_key(vault.conn, today)
    kept = _REGISTERS.get(vault)
    if kept is not None and kept[0] == key:
        return kept[1]
    register = Register.from_connection(vault.conn, today)
    _REGISTERS[vault] = (key, register)
    return register


def plan(vault: Vault, names: list[str | int], company: str, *, lang: str = "en",
         today: date | None = None, threshold: int | None = None,
         releases: list[policy.Release] = (), explain: bool = False) -> Plan:
    """Resolve, gate and build every profile of a batch; write nothing.

    A name is a ref or an id as the command line takes them (a ref wins: "2" is the dossier
    whose ref is "2" if there is one), or an ``int``: the vault's own id, exactly — what the
    desk passes, so a ref that looks like a number can never stand in for the chosen person.

    ``explain``: also find which candidates needed the batch's last generalization step
    (``Outcome.forced``), for the desk to say why the batch is as general as it is."""
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
    by_ref: dict[int, bool] = {}  # whether the caller named the dossier by ref (or id text)
    for name in names:
        if isinstance(name, int):
            dossier_id = name if repo.exists(name) else None
        else:
            dossier_id = repo.resolve(name)
            if dossier_id is not None:
                by_ref[dossier_id] = True
        name = str(name)
        if dossier_id is None:
            items.append((Outcome(name, False, reason="no such dossier", state=MISSING),
                          None, None, None))
            continue
        dossier = repo.load(dossier_id, contents=False)
        decision = consent.check(dossier, company, today)
        if not decision.allowed:
            items.append((Outcome(name, False, reason=decision.reason, state=REFUSED,
                                  dossier_id=dossier_id), dossier_id, dossier, None))
            continue
        allowed.append((len(items), dossier_id, dossier))
        items.append((Outcome(name, True, dossier_id=dossier_id), dossier_id, dossier, None))
    level = 0
    if allowed:
        register = register_of(vault, today)
        suppress = [policy.suppressed(policy.overrides_of(conn, did)) for _, did, _ in allowed]
        # the register's own entry for each target, so it is counted once, as itself
        targets = [register.by_id[did] for _, did, _ in allowed]
        risk = choose_level(targets, register, threshold, suppress)
        level = risk.level
        if explain and level > 0 and not risk.blocked:
            for position, (index, _, _) in enumerate(allowed):
                before = register.k(targets[position], level - 1, suppress[position])
                items[index][0].forced = before < threshold
        for position, (index, dossier_id, dossier) in enumerate(allowed):
            outcome = items[index][0]
            outcome.k, outcome.level = risk.k[position], risk.level
            if position in risk.blocked:
                outcome.exported = False
                outcome.state = BLOCKED
                outcome.stands_out = list(risk.blocked[position])
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
                releases=[r for r in releases if r.dossier == dossier.get("ref")
                          or (by_ref.get(dossier_id) and r.dossier == outcome.name)],
                organization=policy.organization_of(conn),
            )
            outcome.hits = built.hits
            items[index] = (outcome, dossier_id, dossier, built)
    return Plan(company_id, company, level, threshold, items)


def export_profiles(vault: Vault, names: list[str], company: str, out_dir: Path, *,
                    lang: str = "en", today: date | None = None, threshold: int | None = None,
                    releases: list[policy.Release] = (),
                    progress: Callable[[int, int], None] | None = None,
                    should_stop: Callable[[], bool] | None = None) -> list[Outcome]:
    """Export one PDF per dossier into ``out_dir``; refusals are outcomes, not exceptions.

    ``progress(done, total)`` is called after each dossier (on the caller's thread: the desk's
    worker). ``should_stop()`` is asked before each profile: once it says yes, the profiles not
    yet written are left out (state ``CANCELLED``); each profile is written whole or not at all.
    """
    from app.render.pdf import render_profile, write_pdf  # QtGui: only when rendering

    out_dir = _existing_folder(out_dir)
    batch = plan(vault, names, company, lang=lang, today=today, threshold=threshold,
                 releases=releases)
    conn = vault.conn
    log_key = _log_key(vault)
    slot = _slot(vault)
    outcomes = []
    stopped = False
    try:
        for done, (outcome, dossier_id, dossier, built) in enumerate(batch.items):
            if built is not None and outcome.exported:
                stopped = stopped or bool(should_stop and should_stop())
                if stopped:
                    _cancel(outcome)
                else:
                    try:
                        _export_one(conn, log_key, slot, batch, outcome, dossier_id, dossier,
                                    built, out_dir, render_profile, write_pdf)
                    except _Refused:
                        pass
            outcomes.append(outcome)
            if progress:
                progress(done + 1, len(batch.items))
    finally:
        wipe(log_key)
    return outcomes


def _existing_folder(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InvalidInput(f"no such folder: {out_dir}")
    return out_dir


def _log_key(vault: Vault) -> bytearray:
    with vault.unwrapped_key() as data_key:
        return env.derive_subkey(data_key, log.LOG_KEY_PURPOSE)


def _slot(vault: Vault) -> dict:
    return {"id": vault.slot.id, "label": vault.slot.label}


def _cancel(outcome: Outcome) -> None:
    outcome.exported = False
    outcome.state = CANCELLED
    outcome.reason = "the export was stopped before this profile; nothing was written for it"


def _leak_reason(leaks: list[str]) -> str:
    return ("the rendered PDF still held an identifier "
            f"({', '.join(sorted(set(leaks)))}); nothing was written")


def _record(batch: Plan, outcome: Outcome, dossier: dict, built: policy.Built, slot: dict,
            lang: str, file_name: str) -> dict:
    """What the disclosure log says about one profile that left the vault."""
    return {
        "company": batch.company_name,
        "ref": dossier.get("ref"),
        "slot": slot,
        "lang": lang,
        "level": batch.level,
        "k": outcome.k,
        "threshold": batch.threshold,
        "fields": built.fields,
        "hits_redacted": len(built.hits),
        "overrides": built.overrides,
        "releases": [r.as_record() for r in built.releases],
        "file": file_name,
    }


def _export_one(conn, log_key, slot: dict, batch: Plan, outcome: Outcome, dossier_id: int, dossier: dict,
                built: policy.Built, out_dir: Path, render_profile, write_pdf) -> None:
    with transaction(conn):
        code = candidate_code(conn, dossier_id, batch.company_id,
                              lambda new: policy.code_is_clean(new, built))
        profile = policy.with_code(built.profile, code)
        pdf = render_profile(profile)
        leaks = policy.read_back(pdf, dossier, built)
        if leaks:
            outcome.exported = False
            outcome.state = LEAKED
            outcome.leaks = sorted(set(leaks))
            outcome.reason = _leak_reason(leaks)
            raise _Refused()
        path = out_dir / f"{code}.pdf"
        write_pdf(path, pdf)
        log.append(conn, log_key, dossier_id=dossier_id, company_id=batch.company_id,
                   candidate_code=code,
                   record=_record(batch, outcome, dossier, built, slot, profile.lang, path.name))
        outcome.path, outcome.code = path, code
        outcome.state = EXPORTED


class _Refused(Exception):
    """Rolls back the candidate code of a profile that was not written."""


# -- a shortlist as one booklet -----------------------------------------------------------------

BOOKLET_PREFIX = "SL"


@dataclass
class Booklet:
    """What ``export_booklet`` did: the file (None when nothing was written) and, for every
    dossier asked for, whether its page is in it or why not."""

    path: Path | None
    outcomes: list[Outcome]
    level: int = 0
    threshold: int = DEFAULT_THRESHOLD

    @property
    def included(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.exported]


def booklet_name(out_dir: Path) -> Path:
    """A fresh ``SL-XXXX-XXXX.pdf`` in ``out_dir``: random, like a candidate code, and derived
    from nothing (never a company's or a person's name, a ref or a date)."""
    while True:
        body = "".join(secrets.choice(ALPHABET) for _ in range(8))
        path = Path(out_dir) / f"{BOOKLET_PREFIX}-{body[:4]}-{body[4:]}.pdf"
        if not path.exists():
            return path


def export_booklet(vault: Vault, names: list[str], company: str, out_dir: Path, *,
                   lang: str = "en", today: date | None = None, threshold: int | None = None,
                   releases: list[policy.Release] = (),
                   progress: Callable[[int, int], None] | None = None,
                   should_stop: Callable[[], bool] | None = None) -> Booklet:
    """A shortlist as one PDF in ``out_dir``: a cover listing the candidate codes, then one page
    per candidate that passes every gate (consent, k at one level for the whole batch).

    The combined PDF is read back against the identifiers of every candidate in it; one found
    takes that candidate out (state ``LEAKED``) and the booklet is rendered again without them.
    It is written atomically, 0600, named by a random code (``booklet_name``), and each
    candidate in it gets its own disclosure log entry, in the same transaction as their codes.
    ``should_stop()`` is asked before rendering and before writing: a stopped booklet writes
    nothing (state ``CANCELLED``). ``progress(done, total)``: one step per candidate read back,
    one for the write.
    """
    from app.render.pdf import render_booklet, write_pdf  # QtGui: only when rendering

    out_dir = _existing_folder(out_dir)
    batch = plan(vault, names, company, lang=lang, today=today, threshold=threshold,
                 releases=releases)
    outcomes = [item[0] for item in batch.items]
    ready = [item for item in batch.items if item[3] is not None and item[0].exported]
    result = Booklet(None, outcomes, batch.level, batch.threshold)
    if not ready:
        return result
    conn = vault.conn
    total = len(ready) + 1

    def stop() -> bool:
        if should_stop and should_stop():
            for outcome, *_ in ready:
                if outcome.exported:
                    _cancel(outcome)
            return True
        return False

    log_key = _log_key(vault)
    slot = _slot(vault)
    try:
        with transaction(conn):
            new_codes: list[int] = []   # dossiers that got their code for this company just now
            codes: dict[int, str] = {}
            for _, dossier_id, _, built in ready:
                known = conn.execute(
                    "SELECT 1 FROM candidate_codes WHERE dossier_id = ? AND company_id = ?",
                    (dossier_id, batch.company_id)).fetchone()
                codes[dossier_id] = candidate_code(
                    conn, dossier_id, batch.company_id,
                    lambda new, built=built: policy.code_is_clean(new, built))
                if known is None:
                    new_codes.append(dossier_id)
            included = list(ready)
            pdf = b""
            while included:
                if stop():
                    included = []
                    break
                pdf = render_booklet([policy.with_code(built.profile, codes[did])
                                      for _, did, _, built in included])
                clean = []
                for done, (outcome, did, dossier, built) in enumerate(included):
                    leaks = policy.read_back(pdf, dossier, built)
                    if leaks:
                        outcome.exported = False
                        outcome.state = LEAKED
                        outcome.leaks = sorted(set(leaks))
                        outcome.reason = _leak_reason(leaks)
                    else:
                        clean.append((outcome, did, dossier, built))
                    if progress:
                        progress(done + 1, total)
                if len(clean) == len(included):
                    break
                included = clean  # render again without the ones whose identifiers showed
            if included and stop():
                included = []
            for did in new_codes:  # a code stays only with a page the company received
                if not any(did == item[1] for item in included):
                    conn.execute("DELETE FROM candidate_codes WHERE dossier_id = ? AND "
                                 "company_id = ?", (did, batch.company_id))
            if not included:
                return result
            path = booklet_name(out_dir)
            write_pdf(path, pdf)
            for outcome, did, dossier, built in included:
                record = _record(batch, outcome, dossier, built, slot, lang, path.name)
                record["booklet"] = True
                record["booklet_pages"] = len(included)
                log.append(conn, log_key, dossier_id=did, company_id=batch.company_id,
                           candidate_code=codes[did], record=record)
                outcome.path, outcome.code, outcome.state = path, codes[did], EXPORTED
            result.path = path
    finally:
        wipe(log_key)
    if progress:
        progress(total, total)
    return result
