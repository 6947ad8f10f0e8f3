"""A dossier's interviews, read and written one at a time.

The desk's interview mode autosaves every few seconds while the caseworker types, so it cannot
go through the editor's whole-dossier save (``DossierRepository.replace`` keeps the
``interviews`` rows as stored): this repository adds, updates and deletes one interview. Each
write ``touch``es the dossier (it counts as changed) and ``reindex``es it (interview notes are
searchable), and keeps the dossier's positions dense and in date order, so the interchange export
lists interviews oldest first.

Like the other repositories it takes any DB-API connection; writes expect the caller's
transaction (``app.store.db.transaction``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.errors import UsageError
from app.store.dossiers import DossierRepository

#: The interview modes of the interchange format, in the order the desk offers them.
MODES = ("in_person", "online", "phone", "field_visit")
#: The interchange format's limits ("short" and "text" strings).
MAX_INTERVIEWER = 500
MAX_NOTES = 100_000
#: YYYY, YYYY-MM or YYYY-MM-DD: the format's dates (people's dates are often partial).
_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")

_COLUMNS = "id, dossier_id, position, date, mode, interviewer, notes"


class InterviewNotFound(UsageError):
    """The interview was deleted meanwhile (another window, a restore)."""

    def __init__(self) -> None:
        super().__init__("the interview is no longer in the vault")


@dataclass(frozen=True)
class Interview:
    id: int
    dossier_id: int
    position: int
    date: str
    mode: str | None
    interviewer: str | None
    notes: str | None

    def as_dict(self) -> dict:
        """The interview as the interchange format writes it (absent values omitted)."""
        item = {"date": self.date}
        for key in ("mode", "interviewer", "notes"):
            value = getattr(self, key)
            if value is not None:
                item[key] = value
        return item


def check_date(text: str) -> str:
    """``text`` if it is a date of the format (possibly partial) that exists; else refuse."""
    match = _DATE.match(text or "")
    if match is None:
        raise UsageError("a date must be written YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        raise UsageError("this date does not exist") from None
    return text


def _blank_to_none(value: str | None) -> str | None:
    return value if value is not None and value.strip() else None


def _checked(date_text: str, mode: str | None, interviewer: str | None, notes: str | None):
    check_date(date_text)
    if mode is not None and mode not in MODES:
        raise UsageError("unknown interview mode")
    interviewer = _blank_to_none(interviewer)
    if interviewer is not None and len(interviewer) > MAX_INTERVIEWER:
        raise UsageError("the interviewer's name is too long (500 characters at most)")
    notes = notes if notes else None  # notes keep their own spacing; only "" becomes absent
    if notes is not None and len(notes) > MAX_NOTES:
        raise UsageError("the notes are too long (100,000 characters at most)")
    return date_text, mode, interviewer, notes


class InterviewRepository:
    def __init__(self, conn) -> None:
        self.conn = conn

    # -- reading ---------------------------------------------------------------------------

    def list(self, dossier_id: int) -> list[Interview]:
        """The dossier's interviews, oldest first (their stored order)."""
        return [
            Interview(*row)
            for row in self.conn.execute(
                f"SELECT {_COLUMNS} FROM interviews WHERE dossier_id = ? ORDER BY position, id",
                (dossier_id,),
            )
        ]

    def get(self, interview_id: int) -> Interview:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM interviews WHERE id = ?", (interview_id,)
        ).fetchone()
        if row is None:
            raise InterviewNotFound()
        return Interview(*row)

    # -- writing (inside the caller's transaction) ------------------------------------------

    def add(
        self,
        dossier_id: int,
        *,
        date: str,
        mode: str | None = None,
        interviewer: str | None = None,
        notes: str | None = None,
    ) -> int:
        """Store a new interview of the dossier; return its id."""
        values = _checked(date, mode, interviewer, notes)
        exists = self.conn.execute("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
        if exists is None:
            raise UsageError("the dossier is no longer in the vault")
        cursor = self.conn.execute(
            "INSERT INTO interviews (dossier_id, position, date, mode, interviewer, notes) "
            "VALUES (?, (SELECT count(*) FROM interviews WHERE dossier_id = ?), ?, ?, ?, ?)",
            (dossier_id, dossier_id, *values),
        )
        self._changed(dossier_id)
        return cursor.lastrowid

    def update(
        self,
        interview_id: int,
        *,
        date: str,
        mode: str | None = None,
        interviewer: str | None = None,
        notes: str | None = None,
    ) -> bool:
        """Replace one interview's values. Returns whether anything changed: an autosave of
        what is already stored neither touches nor reindexes the dossier."""
        values = _checked(date, mode, interviewer, notes)
        current = self.get(interview_id)
        if (current.date, current.mode, current.interviewer, current.notes) == values:
            return False
        self.conn.execute(
            "UPDATE interviews SET date = ?, mode = ?, interviewer = ?, notes = ? WHERE id = ?",
            (*values, interview_id),
        )
        self._changed(current.dossier_id)
        return True

    def delete(self, interview_id: int) -> None:
        dossier_id = self.get(interview_id).dossier_id
        self.conn.execute("DELETE FROM interviews WHERE id = ?", (interview_id,))
        self._changed(dossier_id)

    def _changed(self, dossier_id: int) -> None:
        self._renumber(dossier_id)
        dossiers = DossierRepository(self.conn)
        dossiers.touch(dossier_id)
        dossiers.reindex(dossier_id)

    def _renumber(self, dossier_id: int) -> None:
        """Positions 0…n-1 in date order; interviews of the same date keep their order."""
        ids = [
            row[0]
            for row in self.conn.execute(
                "SELECT id FROM interviews WHERE dossier_id = ? ORDER BY date, position, id",
                (dossier_id,),
            )
        ]
        self.conn.executemany(
            "UPDATE interviews SET position = ? WHERE id = ?",
            [(position, interview_id) for position, interview_id in enumerate(ids)],
        )
