"""The re-identification check: how many people in the register share a profile's
generalized quasi-identifiers (k), and how general the profile must be for k to reach the
threshold.

The register is the whole vault. Its quasi-identifying parts are read in a few bulk queries
(not dossier by dossier) into minimal interchange-shaped dicts that ``generalize`` understands.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from app.disclosure import generalize as gen

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3


def check_threshold(value: int) -> int:
    if value < MIN_THRESHOLD:
        raise ValueError(f"k can never be set below {MIN_THRESHOLD}")
    return value


def register_rows(conn) -> dict[int, dict]:
    """Every dossier's quasi-identifying fields, by dossier id, in the interchange shape."""
    register: dict[int, dict] = {}
    for dossier_id, birth, gender, origin, permission in conn.execute(
        "SELECT id, birth_date, gender, country_of_origin, work_permission FROM dossiers"
    ):
        doc: dict = {}
        if birth:
            doc["birth_date"] = birth
        if gender:
            doc["gender"] = gender
        if origin:
            doc["country_of_origin"] = origin
        if permission:
            doc["residence"] = {"work_permission": permission}
        register[dossier_id] = doc
    for dossier_id, value in conn.execute(
        "SELECT dossier_id, value FROM dossier_values WHERE field = 'nationality' "
        "ORDER BY dossier_id, position"
    ):
        register[dossier_id].setdefault("nationalities", []).append(value)
    for dossier_id, level, field_, country, start, end, completed in conn.execute(
        "SELECT dossier_id, level, field, country, start_year, end_year, completed "
        "FROM dossier_education ORDER BY dossier_id, position"
    ):
        item = {k: v for k, v in (("level", level), ("field", field_), ("country", country),
                                  ("start_year", start), ("end_year", end)) if v is not None}
        if completed is not None:
            item["completed"] = bool(completed)
        register[dossier_id].setdefault("education", []).append(item)
    for dossier_id, kind, sector, country, start, end in conn.execute(
        "SELECT dossier_id, employer_kind, sector, country, start_date, end_date "
        "FROM dossier_experience ORDER BY dossier_id, position"
    ):
        item = {k: v for k, v in (("employer_kind", kind), ("sector", sector), ("country", country),
                                  ("start", start), ("end", end)) if v is not None}
        register[dossier_id].setdefault("experience", []).append(item)
    return register


@dataclass
class Register:
    """The vault's dossiers, with the count of each generalized key computed once per level."""

    by_id: dict[int, dict]           # each dossier's quasi-identifying parts, by dossier id
    today: date
    _counts: dict[tuple[int, frozenset[str]], Counter] = field(default_factory=dict)
    _facts: list = field(default_factory=list)  # every dossier read once (generalize.prepare)

    @classmethod
    def from_connection(cls, conn, today: date) -> Register:
        return cls(register_rows(conn), today)

    @property
    def dossiers(self) -> list[dict]:
        return list(self.by_id.values())

    def counts(self, level: int, suppress: frozenset[str] = frozenset()) -> Counter:
        """How many dossiers share each key, with the fields a target withholds withheld for
        everyone: k counts the people who look the same *on this profile*."""
        cache = (level, suppress)
        if cache not in self._counts:
            if not self._facts:
                self._facts = [gen.prepare(d, self.today) for d in self.by_id.values()]
            self._counts[cache] = Counter(
                gen.key(gen.generalize_prepared(f, level, suppress=suppress))
                for f in self._facts
            )
        return self._counts[cache]

    def k(self, dossier: dict, level: int, suppress: frozenset[str] = frozenset()) -> int:
        own = gen.key(gen.generalize(dossier, level, self.today, suppress=suppress))
        return self.counts(level, suppress)[own]


@dataclass(frozen=True)
class RiskResult:
    level: int                       # one level for the whole batch
    k: tuple[int, ...]               # each target's k at that level
    blocked: dict[int, list[str]]    # target index → the attributes that make them stand out

    def automatic(self) -> bool:
        """True when the profiles had to be generalized beyond level 0."""
        return self.level > 0


def choose_level(targets: list[dict], register: Register, threshold: int,
                 suppress: list[frozenset[str]] | None = None) -> RiskResult:
    """The least general level at which every target has k ≥ threshold.

    If even the last level (every quasi-identifier suppressed) leaves someone below the
    threshold — the register itself is smaller than k — those targets are blocked, and the
    attributes that make them stand out are named.
    """
    check_threshold(threshold)
    suppress = suppress or [frozenset()] * len(targets)

    def ks_at(level: int) -> tuple[int, ...]:
        return tuple(register.k(t, level, s) for t, s in zip(targets, suppress))

    # The ladder is monotone (a key shared at one level is shared at every later one), so k
    # never falls as the level rises: bisect for the first level where all reach the threshold,
    # counting the register at about 4 of the levels instead of each one in turn.
    last = gen.LEVELS - 1
    ks = ks_at(last)
    if all(k >= threshold for k in ks):
        low, high = 0, last
        while low < high:
            middle = (low + high) // 2
            if all(k >= threshold for k in ks_at(middle)):
                high = middle
            else:
                low = middle + 1
        return RiskResult(low, ks_at(low), {})
    blocked = {
        i: gen.stand_out(register.dossiers, target, register.today, k=threshold)
        for i, (target, k) in enumerate(zip(targets, ks))
        if k < threshold
    }
    return RiskResult(last, ks, blocked)
