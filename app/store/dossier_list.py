"""The desk's dossier list: which dossiers match a search and filters, in order, and the list's
columns for one page of them.

The list stays smooth at 100,000 dossiers because it never loads what it does not show:
:func:`matching_ids` answers with ids only (read from indexes, never from the wide ``dossiers``
rows), and :func:`rows` reads the columns of one page of ids in five small queries. The desk
keeps a :class:`ListIndex`, so that a keystroke in the search box costs one lookup in the search
index: the ids in each order and each filter's ids are read once, not per keystroke. Both take
any DB-API connection (sqlite3 or sqlcipher3), like the repositories, so they are tested on plain
SQLite and timed on SQLCipher by the benchmark.

Dates in the vault may be partial ("2026", "2026-05"). They are compared as text against a
prefix of the full date, which reads a partial date the way the consent gate does
(``app.disclosure.consent``): a consent "withdrawn in 2026-06" ends on the 1st, one "expiring in
2026-06" runs to the 30th, one "given in 2026-05" applies from the 31st.
"""

from __future__ import annotations

import calendar
import enum
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from datetime import date

from app.disclosure.consent import PURPOSE as SHARE_PURPOSE
from app.store.dossiers import MIN_INDEXED_TERM, fold

#: Ids per ``IN (...)`` list: far below SQLite's limit on parameters.
_CHUNK = 500

#: Language levels on one common scale, so "B2 or better" also finds JLPT N2 and "business".
#: JLPT levels sit beside the CEFR levels they are usually compared with; the plain words of
#: the interchange format beside what they usually mean. ``native`` is above everything.
LEVEL_RANK: dict[str, int] = {
    "A1": 1, "N5": 1, "basic": 1,
    "A2": 2, "N4": 2,
    "B1": 3, "N3": 3, "conversational": 3,
    "B2": 4, "N2": 4, "business": 4,
    "C1": 5, "N1": 5, "fluent": 5,
    "C2": 6,
    "native": 7,
}
_LEVEL_CASE = (
    "CASE level "
    + " ".join(f"WHEN '{level}' THEN {rank}" for level, rank in LEVEL_RANK.items())
    + " ELSE 0 END"
)

#: Work permission values of the interchange format (``residence.work_permission``).
WORK_PERMISSIONS = ("yes", "restricted", "no", "unknown")


class ConsentState(str, enum.Enum):
    """Where a dossier stands on sharing an anonymized profile, as of one day."""

    ACTIVE = "active"  # at least one share consent in force
    PENDING = "pending"  # one given with a (partial) date that has not fully begun
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    NONE = "none"  # no consent to share was ever recorded


class ConsentFilter(str, enum.Enum):
    ANY = "any"
    ACTIVE = "active"
    #: No share consent in force: none recorded, withdrawn, expired or not yet begun.
    INACTIVE = "inactive"


class SortKey(str, enum.Enum):
    RECENT = "recent"  # last change
    NAME = "name"
    INTERVIEW = "interview"  # last interview; dossiers never interviewed come last


@dataclass(frozen=True)
class ListOrder:
    key: SortKey = SortKey.RECENT
    #: Ascending for A→Z and oldest first; the default order is newest change first.
    ascending: bool = False


@dataclass(frozen=True)
class ListQuery:
    """The search text and the filters; an empty query matches every dossier."""

    text: str = ""
    #: A language tag ("ar", "ja"); "fr" also matches "fr-CD".
    language: str | None = None
    #: With ``language``: at least this level (a key of :data:`LEVEL_RANK`), on the common scale.
    min_level: str | None = None
    #: One skill, exactly as stored but for case (the desk offers the vault's own skills).
    skill: str | None = None
    #: Any of these (``WORK_PERMISSIONS``); "unknown" also matches a permission not recorded.
    work_permission: tuple[str, ...] = ()
    consent: ConsentFilter = ConsentFilter.ANY
    #: At least one interview on or after this day.
    interviewed_since: date | None = None

    def is_filtered(self) -> bool:
        """Whether any filter besides the search text is set."""
        return bool(
            self.language or self.skill or self.work_permission or self.interviewed_since
            or ConsentFilter(self.consent) is not ConsentFilter.ANY
        )

    def is_empty(self) -> bool:
        return not self.text.split() and not self.is_filtered()


@dataclass(frozen=True)
class ListRow:
    """The list's columns for one dossier. Identifying (``ref``, ``name``) and restricted
    (``consent``) values are here: the desk masks them under the privacy screen."""

    id: int
    ref: str
    name: str
    #: (language tag, level or None), in the dossier's order.
    languages: tuple[tuple[str, str | None], ...] = ()
    #: Every skill, in the dossier's order (the list shows the first few).
    skills: tuple[str, ...] = ()
    work_permission: str | None = None
    #: The latest interview's date as stored (possibly partial), or None.
    last_interview: str | None = None
    consent: ConsentState = ConsentState.NONE
    #: For an active consent: when the one that runs longest expires (None: no end date).
    consent_until: str | None = None
    #: For a withdrawn or expired one: when.
    consent_ended: str | None = None


@dataclass(frozen=True)
class _Consent:
    given_on: str
    expires_on: str | None
    withdrawn_on: str | None


# -- matching -------------------------------------------------------------------------------------

#: Scripts written without spaces, where a one- or two-character word means something in prose.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f]")
#: Trigram terms per MATCH when a short word is looked up through the index's vocabulary.
_TERMS_PER_MATCH = 200


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _active_consent_sql() -> str:
    """Share consents in force on ``:today`` (the same rule as :func:`consent_state`)."""
    return (
        "SELECT dossier_id FROM consents WHERE purpose = :purpose "
        "AND (withdrawn_on IS NULL OR withdrawn_on > :today) "
        "AND (expires_on IS NULL OR expires_on >= substr(:today, 1, length(expires_on))) "
        "AND (CASE length(given_on) WHEN 4 THEN given_on || '-12-31' "
        "WHEN 7 THEN date(given_on || '-01', '+1 month', '-1 day') ELSE given_on END) <= :today"
    )


def _ids(conn, sql: str, params=()) -> set[int]:
    return {row[0] for row in conn.execute(sql, params)}


def _filter_parts(query: ListQuery, today: date) -> list[tuple]:
    """The filters of ``query`` as hashable keys, one per filter set (see ``_filter_set``)."""
    parts: list[tuple] = []
    if query.language:
        if query.min_level is not None and query.min_level not in LEVEL_RANK:
            raise ValueError(f"unknown language level {query.min_level!r}")
        parts.append(("language", query.language, LEVEL_RANK.get(query.min_level or "", 0)))
    if query.skill:
        parts.append(("skill", query.skill))
    if query.work_permission:
        unknown = set(query.work_permission) - set(WORK_PERMISSIONS)
        if unknown:
            raise ValueError(f"unknown work permission {sorted(unknown)}")
        parts.append(("permit", tuple(sorted(set(query.work_permission)))))
    if ConsentFilter(query.consent) is not ConsentFilter.ANY:
        parts.append(("consent", ConsentFilter(query.consent), today.isoformat()))
    if query.interviewed_since is not None:
        parts.append(("since", query.interviewed_since.isoformat()))
    return parts


def _filter_set(conn, part: tuple) -> set[int]:
    """The ids one filter lets through, read from a small table or a covering index (never
    from the wide ``dossiers`` rows or the interviews' notes)."""
    kind = part[0]
    if kind == "language":
        _, tag, rank = part
        level = f" AND {_LEVEL_CASE} >= :rank" if rank else ""
        return _ids(
            conn,
            "SELECT dossier_id FROM dossier_languages WHERE (language = :tag "
            f"OR language LIKE :sub ESCAPE '\\'){level}",
            {"tag": tag, "sub": _escape_like(tag) + "-%", "rank": rank},
        )
    if kind == "skill":
        return _ids(
            conn,
            "SELECT dossier_id FROM dossier_values WHERE field = 'skill' AND value = ?",
            (part[1],),
        )
    if kind == "permit":
        values = part[1]
        missing = " OR work_permission IS NULL" if "unknown" in values else ""
        return _ids(
            conn,
            f"SELECT id FROM dossiers WHERE work_permission IN ({_in(values)}){missing}",
            values,
        )
    if kind == "consent":
        _, wanted, today = part
        active = _ids(conn, _active_consent_sql(), {"purpose": SHARE_PURPOSE, "today": today})
        if wanted is ConsentFilter.ACTIVE:
            return active
        return _ids(conn, "SELECT id FROM dossiers") - active
    if kind == "since":
        # a partial date counts if any day of it is on or after the day asked for
        return _ids(
            conn,
            "SELECT dossier_id FROM interviews WHERE date >= substr(?, 1, length(date))",
            (part[1],),
        )
    raise ValueError(f"unknown filter {kind!r}")


def _ordered(conn, order: ListOrder) -> list[int]:
    """Every id in ``order``, read from an index (``dossiers_by_update``, ``dossiers_by_name``,
    ``interviews_by_date``)."""
    direction = "ASC" if order.ascending else "DESC"
    if order.key is SortKey.INTERVIEW:
        last = dict(conn.execute("SELECT dossier_id, max(date) FROM interviews GROUP BY dossier_id"))
        seen = sorted(last, key=lambda i: (last[i], i), reverse=not order.ascending)
        never = sorted(_ids(conn, "SELECT id FROM dossiers") - last.keys(),
                       reverse=not order.ascending)
        return seen + never
    if order.key is SortKey.NAME:
        sort = f"full_name COLLATE NOCASE {direction}, id {direction}"
    else:
        sort = f"updated_at {direction}, id {direction}"
    return [row[0] for row in conn.execute(f"SELECT id FROM dossiers ORDER BY {sort}")]


class ListIndex:
    """Everything the list's searches reuse, for one open vault: the ids in each order, the ids
    each filter lets through, and the names and skills of the search index (for words too
    short for its trigrams). Search-as-you-type then costs one index lookup per keystroke.

    Use it on the database thread only; it notices writes by the connection's change counter
    and reads again what they may have changed. It holds names in memory: the desk makes one
    per unlock and lets go of it on lock.
    """

    def __init__(self) -> None:
        self._stamp: tuple[int, int] | None = None
        self._orders: dict[ListOrder, list[int]] = {}
        self._sets: dict[tuple, set[int]] = {}
        self._filtered: tuple[tuple, list[int]] | None = None
        self._positions: dict[int, int] | None = None
        #: id → folded names and skills, as the search index holds them.
        self._corpus: dict[int, str] | None = None
        self._corpus_since = ""
        self._corpus_stale = False
        #: (corpus, its size, ids, texts): the corpus as two lists, for the fastest scan.
        self._lists: tuple | None = None

    # -- keeping up with writes ---------------------------------------------------------------

    def _check(self, conn) -> None:
        stamp = (id(conn), conn.total_changes)
        if stamp == self._stamp:
            return
        if self._stamp is not None and self._stamp[0] != stamp[0]:
            self._corpus = None  # another connection: another vault, perhaps
        self._corpus_stale = self._corpus is not None
        self._orders.clear()
        self._sets.clear()
        self._filtered = None
        self._positions = None
        self._stamp = stamp

    def _names_and_skills(self, conn, ids: Sequence[int] | None = None) -> dict[int, str]:
        sql = "SELECT id, c0, c1 FROM dossier_search_content"
        found: dict[int, str] = {}
        if ids is None:
            for dossier_id, names, skills in conn.execute(sql):
                found[dossier_id] = f"{names or ''}\n{skills or ''}"
            return found
        ids = list(ids)
        for chunk in _chunks(ids):
            for dossier_id, names, skills in conn.execute(f"{sql} WHERE id IN ({_in(chunk)})", chunk):
                found[dossier_id] = f"{names or ''}\n{skills or ''}"
        return found

    def _latest_change(self, conn) -> str:
        row = conn.execute("SELECT max(updated_at) FROM dossiers").fetchone()
        return row[0] or ""

    def corpus(self, conn) -> dict[int, str]:
        """id → names and skills (folded), read once, then only what changed since."""
        self._check(conn)
        if self._corpus is None:
            self._corpus_since = self._latest_change(conn)
            self._corpus = self._names_and_skills(conn)
            self._corpus_stale = False
        elif self._corpus_stale:
            changed = [row[0] for row in conn.execute(
                "SELECT id FROM dossiers WHERE updated_at >= ?", (self._corpus_since,))]
            self._corpus_since = self._latest_change(conn)
            self._corpus.update(self._names_and_skills(conn, changed))
            self._corpus_stale = False
            self._lists = None
        return self._corpus

    def _corpus_lists(self, conn) -> tuple[list[int], list[str]]:
        corpus = self.corpus(conn)
        if self._lists is None or self._lists[0] is not corpus or self._lists[1] != len(corpus):
            self._lists = (corpus, len(corpus), list(corpus.keys()), list(corpus.values()))
        return self._lists[2], self._lists[3]

    def warm(self, conn, order: ListOrder = ListOrder()) -> None:
        """Read now what the first searches will need (after the list is first shown)."""
        self.corpus(conn)
        self._ordered(conn, order)

    # -- matching -----------------------------------------------------------------------------

    def _ordered(self, conn, order: ListOrder) -> list[int]:
        if order not in self._orders:
            self._orders[order] = _ordered(conn, order)
        return self._orders[order]

    def _filter_set(self, conn, part: tuple) -> set[int]:
        if part not in self._sets:
            self._sets[part] = _filter_set(conn, part)
        return self._sets[part]

    def _short_word(self, conn, word: str, within: set[int] | None) -> set[int]:
        """Dossiers whose names or skills hold ``word``; for a word in a script written without
        spaces also those whose free text holds it, through the trigram index's vocabulary
        (every trigram that begins with the word: all its places but the text's very end)."""
        if within is not None and (self._corpus is None or self._corpus_stale):
            texts = self._names_and_skills(conn, within)
            found = {i for i, text in texts.items() if word in text}
        elif within is not None:
            corpus = self.corpus(conn)
            found = {i for i in within if word in corpus.get(i, "")}
        else:
            ids, texts = self._corpus_lists(conn)
            # C-level loop: a 100,000-dossier scan in a few tens of ms
            found = set(compress(ids, map(operator.contains, texts, repeat(word))))
        if _CJK.search(word):
            conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.dossier_search_vocab "
                "USING fts5vocab(main, dossier_search, 'row')"
            )
            terms = [row[0] for row in conn.execute(
                "SELECT term FROM temp.dossier_search_vocab WHERE term >= ? AND term < ?",
                (word, word + "\U0010ffff"),
            )]
            for start in range(0, len(terms), _TERMS_PER_MATCH):
                group = " OR ".join(_phrase(t) for t in terms[start:start + _TERMS_PER_MATCH])
                found |= _ids(
                    conn, "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?", (group,)
                )
            if within is not None:
                found &= within
        return found

    def search(self, conn, text: str) -> set[int] | None:
        """Ids matching every word of ``text`` (None: no words, so no search).

        Words of three characters or more go through the trigram index, anywhere in the
        dossier's indexed text (names, skills, free text). Shorter ones ("IT", "N2", a
        two-kanji name) match in names and skills; in free text only when written without
        spaces (Japanese, Chinese, Korean), since two Latin letters are inside most words.
        """
        self._check(conn)
        words = fold(text).split()
        if not words:
            return None
        long_words = [w for w in words if len(w) >= MIN_INDEXED_TERM]
        short_words = [w for w in words if len(w) < MIN_INDEXED_TERM]
        found: set[int] | None = None
        if long_words:
            found = _ids(
                conn,
                "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?",
                (" AND ".join(_phrase(w) for w in long_words),),
            )
        for word in sorted(short_words, key=len, reverse=True):
            found = self._short_word(conn, word, found)
        return found

    def matching_ids(
        self, conn, query: ListQuery = ListQuery(), order: ListOrder = ListOrder(),
        *, today: date | None = None,
    ) -> list[int]:
        """Every dossier matching ``query``, as ids in ``order`` (ties broken by id)."""
        self._check(conn)
        parts = _filter_parts(query, today or date.today())
        key = (order, tuple(parts))
        if self._filtered is None or self._filtered[0] != key:
            ordered = self._ordered(conn, order)
            sets = sorted((self._filter_set(conn, part) for part in parts), key=len)
            if sets:
                allowed = set(sets[0]).intersection(*sets[1:])
                ordered = [i for i in ordered if i in allowed]
            self._filtered = (key, ordered)
            self._positions = None
        filtered = self._filtered[1]
        hits = self.search(conn, query.text)
        if hits is None:
            return list(filtered)
        if len(hits) * 8 < len(filtered):
            if self._positions is None:
                self._positions = {dossier_id: n for n, dossier_id in enumerate(filtered)}
            positions = self._positions
            return sorted((i for i in hits if i in positions), key=positions.__getitem__)
        return [i for i in filtered if i in hits]


def matching_ids(
    conn, query: ListQuery = ListQuery(), order: ListOrder = ListOrder(),
    *, today: date | None = None,
) -> list[int]:
    """Every dossier matching ``query``, as ids in ``order`` (ties broken by id), with nothing
    kept for the next call (the desk keeps a :class:`ListIndex`)."""
    return ListIndex().matching_ids(conn, query, order, today=today)


def total(conn) -> int:
    """How many dossiers the vault holds."""
    return conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]


# -- one page of rows -----------------------------------------------------------------------------


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _in(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


def consent_state(
    consents: Iterable[_Consent | tuple[str, str | None, str | None]], today: date
) -> tuple[ConsentState, str | None, str | None]:
    """(state, until, ended) of a dossier's share consents on ``today``: ``until`` is the
    latest end date of those in force (None if one has none), ``ended`` when the last
    withdrawn or expired one ended. Any scope counts: the consent gate checks the company."""
    day = today.isoformat()
    active_until: list[str | None] = []
    pending = False
    withdrawn: list[str] = []
    expired: list[str] = []
    for item in consents:
        given, expires, withdrawn_on = (
            (item.given_on, item.expires_on, item.withdrawn_on)
            if isinstance(item, _Consent) else item
        )
        if withdrawn_on is not None and withdrawn_on <= day:
            withdrawn.append(withdrawn_on)
        elif expires is not None and expires < day[: len(expires)]:
            expired.append(expires)
        elif _last_day(given) > day:
            pending = True
        else:
            active_until.append(expires)
    if active_until:
        until = None if None in active_until else max(a for a in active_until if a)
        return ConsentState.ACTIVE, until, None
    if pending:
        return ConsentState.PENDING, None, None
    if withdrawn:
        return ConsentState.WITHDRAWN, None, max(withdrawn)
    if expired:
        return ConsentState.EXPIRED, None, max(expired)
    return ConsentState.NONE, None, None


def _last_day(text: str) -> str:
    """The last day of a (possibly partial) date, as ISO text: "2026-02" → "2026-02-28"."""
    if len(text) == 4:
        return f"{text}-12-31"
    if len(text) == 7:
        year, month = int(text[:4]), int(text[5:7])
        return f"{text}-{calendar.monthrange(year, month)[1]:02d}"
    return text


def rows(conn, ids: Sequence[int], *, today: date | None = None) -> list[ListRow]:
    """The list's columns for ``ids``, in that order; ids no longer in the vault are left out."""
    today = today or date.today()
    ids = list(ids)
    base: dict[int, tuple[str, str, str | None]] = {}
    languages: dict[int, list[tuple[str, str | None]]] = {}
    skills: dict[int, list[str]] = {}
    interviews: dict[int, str] = {}
    consents: dict[int, list[_Consent]] = {}
    for chunk in _chunks(ids):
        marks = _in(chunk)
        for dossier_id, ref, name, permit in conn.execute(
            f"SELECT id, ref, full_name, work_permission FROM dossiers WHERE id IN ({marks})",
            chunk,
        ):
            base[dossier_id] = (ref, name, permit)
        for dossier_id, language, level in conn.execute(
            "SELECT dossier_id, language, level FROM dossier_languages "
            f"WHERE dossier_id IN ({marks}) ORDER BY dossier_id, position",
            chunk,
        ):
            languages.setdefault(dossier_id, []).append((language, level))
        for dossier_id, value in conn.execute(
            "SELECT dossier_id, value FROM dossier_values "
            f"WHERE dossier_id IN ({marks}) AND field = 'skill' ORDER BY dossier_id, position",
            chunk,
        ):
            skills.setdefault(dossier_id, []).append(value)
        for dossier_id, last in conn.execute(
            "SELECT dossier_id, max(date) FROM interviews "
            f"WHERE dossier_id IN ({marks}) GROUP BY dossier_id",
            chunk,
        ):
            interviews[dossier_id] = last
        for dossier_id, given, expires, withdrawn in conn.execute(
            "SELECT dossier_id, given_on, expires_on, withdrawn_on FROM consents "
            f"WHERE dossier_id IN ({marks}) AND purpose = ?",
            (*chunk, SHARE_PURPOSE),
        ):
            consents.setdefault(dossier_id, []).append(_Consent(given, expires, withdrawn))
    out = []
    for dossier_id in ids:
        if dossier_id not in base:
            continue
        ref, name, permit = base[dossier_id]
        state, until, ended = consent_state(consents.get(dossier_id, ()), today)
        out.append(
            ListRow(
                id=dossier_id,
                ref=ref,
                name=name,
                languages=tuple(languages.get(dossier_id, ())),
                skills=tuple(skills.get(dossier_id, ())),
                work_permission=permit,
                last_interview=interviews.get(dossier_id),
                consent=state,
                consent_until=until,
                consent_ended=ended,
            )
        )
    return out


# -- what the filters offer -----------------------------------------------------------------------


@dataclass(frozen=True)
class FilterChoices:
    """The values the filter bar offers: what this vault holds, most frequent first."""

    languages: tuple[str, ...] = ()
    skills: tuple[str, ...] = field(default_factory=tuple)


def filter_choices(conn) -> FilterChoices:
    languages = [
        row[0]
        for row in conn.execute(
            "SELECT language FROM dossier_languages GROUP BY language "
            "ORDER BY count(*) DESC, language"
        )
    ]
    skills = [
        row[0]
        for row in conn.execute(
            "SELECT value FROM dossier_values WHERE field = 'skill' GROUP BY value "
            "ORDER BY count(*) DESC, value"
        )
    ]
    return FilterChoices(tuple(languages), tuple(skills))
