"""A dossier's consents: record one, withdraw one, list them, and say which are in force.

Consent history is evidence (a company may ask why it received a profile), so a consent is never
deleted or edited here: withdrawing one sets its ``withdrawn_on`` and keeps it. Whether a consent
is in force is decided by the consent gate itself (:func:`app.disclosure.consent.check`), so the
desk's "Active / Withdrawn / Expired" can never disagree with what an export does.

Like the other repositories it takes any DB-API connection; writes expect the caller's
transaction (``app.store.db.transaction``) and ``touch`` the dossier.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from app.disclosure.consent import PURPOSE as SHARE_PROFILE
from app.disclosure.consent import check
from app.errors import UsageError
from app.store.dossiers import DossierRepository
from app.store.interviews import check_date

#: The purposes of the interchange format, in the order the desk offers them.
PURPOSES = ("store", "share_anonymized_profile", "share_identity", "photo")
#: How consent was given (the format's enum).
METHODS = ("written", "verbal", "digital")
#: The scope meaning "every company".
ANY = "any"
MAX_SCOPE = 500

_COLUMNS = "id, dossier_id, position, purpose, scope, given_on, expires_on, withdrawn_on, method"
#: A "given on" so early that only a withdrawal or an expiry can keep a probe out of force.
_LONG_AGO = "0001-01-01"


class ConsentNotFound(UsageError):
    def __init__(self) -> None:
        super().__init__("the consent is no longer in the vault")


class ConsentState(enum.Enum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    PENDING = "pending"  # given with a date still to come


@dataclass(frozen=True)
class Consent:
    id: int
    dossier_id: int
    position: int
    purpose: str
    scope: str | None
    given_on: str
    expires_on: str | None
    withdrawn_on: str | None
    method: str | None

    def as_dict(self) -> dict:
        """The consent as the interchange format (and the consent gate) reads it."""
        item = {"purpose": self.purpose, "given_on": self.given_on}
        for key in ("scope", "expires_on", "withdrawn_on", "method"):
            value = getattr(self, key)
            if value is not None:
                item[key] = value
        return item

    def is_any_company(self) -> bool:
        return (self.scope or ANY).strip().casefold() == ANY


def _in_force(consent: Mapping, today: date) -> bool:
    probe = {**consent, "purpose": SHARE_PROFILE, "scope": ANY}
    return check({"consents": [probe]}, "", today).allowed


def consent_state(consent: Mapping | Consent, today: date) -> tuple[ConsentState, str | None]:
    """Whether one consent is in force ``today``, and the date that explains it if not
    (withdrawn on, expired on, applies from).

    Each question is put to the consent gate with a probe of this one consent, whatever its
    purpose and scope: the gate's reading of partial dates is the only one.
    """
    item = consent.as_dict() if isinstance(consent, Consent) else dict(consent)
    if _in_force(item, today):
        return ConsentState.ACTIVE, None
    if item.get("withdrawn_on") and not _in_force(
        {**item, "given_on": _LONG_AGO, "expires_on": None}, today
    ):
        return ConsentState.WITHDRAWN, item["withdrawn_on"]
    if item.get("expires_on") and not _in_force(
        {**item, "given_on": _LONG_AGO, "withdrawn_on": None}, today
    ):
        return ConsentState.EXPIRED, item["expires_on"]
    return ConsentState.PENDING, item["given_on"]


def _clean_scope(scope: str | None) -> str:
    scope = " ".join((scope or "").split())
    if not scope or scope.casefold() == ANY:
        return ANY
    if len(scope) > MAX_SCOPE:
        raise UsageError("the company name is too long (500 characters at most)")
    return scope


class ConsentRepository:
    def __init__(self, conn) -> None:
        self.conn = conn

    # -- reading ---------------------------------------------------------------------------

    def list(self, dossier_id: int) -> list[Consent]:
        """The dossier's consents, in date order (oldest first)."""
        return [
            Consent(*row)
            for row in self.conn.execute(
                f"SELECT {_COLUMNS} FROM consents WHERE dossier_id = ? ORDER BY position, id",
                (dossier_id,),
            )
        ]

    def get(self, consent_id: int) -> Consent:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM consents WHERE id = ?", (consent_id,)
        ).fetchone()
        if row is None:
            raise ConsentNotFound()
        return Consent(*row)

    def sharing_states(
        self, dossier_ids: Iterable[int], today: date
    ) -> dict[int, ConsentState | None]:
        """For the dossier list's consent column: per dossier, the state of its consent to
        share an anonymized profile — ACTIVE if any such consent is in force, else the state of
        the latest one, None if it never gave one. One query for the whole page of rows."""
        ids = list(dossier_ids)
        states: dict[int, ConsentState | None] = dict.fromkeys(ids)
        for start in range(0, len(ids), 500):  # SQLite's host parameter limit
            chunk = ids[start:start + 500]
            rows = self.conn.execute(
                f"SELECT {_COLUMNS} FROM consents WHERE purpose = ? AND dossier_id IN "
                f"({', '.join('?' for _ in chunk)}) ORDER BY dossier_id, position, id",
                (SHARE_PROFILE, *chunk),
            )
            for row in rows:
                consent = Consent(*row)
                if states[consent.dossier_id] is ConsentState.ACTIVE:
                    continue
                states[consent.dossier_id] = consent_state(consent, today)[0]
        return states

    # -- writing (inside the caller's transaction) ------------------------------------------

    def add(
        self,
        dossier_id: int,
        *,
        purpose: str,
        given_on: str,
        scope: str | None = ANY,
        expires_on: str | None = None,
        method: str | None = None,
    ) -> int:
        """Record a consent the person gave; return its id."""
        if purpose not in PURPOSES:
            raise UsageError("unknown consent purpose")
        if method is not None and method not in METHODS:
            raise UsageError("unknown consent method")
        check_date(given_on)
        if expires_on is not None:
            check_date(expires_on)
            if expires_on < given_on[: len(expires_on)]:
                raise UsageError("a consent cannot expire before it is given")
        exists = self.conn.execute("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
        if exists is None:
            raise UsageError("the dossier is no longer in the vault")
        cursor = self.conn.execute(
            "INSERT INTO consents (dossier_id, position, purpose, scope, given_on, expires_on, "
            "withdrawn_on, method) VALUES (?, (SELECT count(*) FROM consents WHERE dossier_id = ?),"
            " ?, ?, ?, ?, NULL, ?)",
            (dossier_id, dossier_id, purpose, _clean_scope(scope), given_on, expires_on, method),
        )
        self._changed(dossier_id)
        return cursor.lastrowid

    def withdraw(self, consent_id: int, on: str) -> None:
        """The person withdrew this consent ``on`` that date; the consent itself is kept."""
        check_date(on)
        consent = self.get(consent_id)
        if consent.withdrawn_on is not None:
            raise UsageError("this consent is already withdrawn")
        self.conn.execute("UPDATE consents SET withdrawn_on = ? WHERE id = ?", (on, consent_id))
        self._changed(consent.dossier_id)

    def _changed(self, dossier_id: int) -> None:
        """Positions 0…n-1 in the order consents were given; the dossier counts as changed."""
        ids = [
            row[0]
            for row in self.conn.execute(
                "SELECT id FROM consents WHERE dossier_id = ? ORDER BY given_on, position, id",
                (dossier_id,),
            )
        ]
        self.conn.executemany(
            "UPDATE consents SET position = ? WHERE id = ?",
            [(position, consent_id) for position, consent_id in enumerate(ids)],
        )
        DossierRepository(self.conn).touch(dossier_id)
