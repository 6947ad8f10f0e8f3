"""The dossier repository: save, load, list and search dossiers as interchange documents.

It takes any DB-API connection (sqlite3 or sqlcipher3), so the benchmark runs the very same code
on plain SQLite and on SQLCipher. Methods that write expect to run inside a transaction the
caller opened (``app.store.db.transaction``), so an import of many dossiers is all or nothing.
"""

from __future__ import annotations

import base64
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.store.db import now
from app.store.dossier_fields import (
    DOCUMENT_KEYS,
    ROWS,
    SCALARS,
    VALUES,
    DOSSIER_FIELDS,
    Rows,
    Scalar,
    Values,
    get_path,
    set_path,
)

_SCALAR_COLUMNS = [f.column for f in SCALARS]
_INSERT_DOSSIER = (
    f"INSERT INTO dossiers ({', '.join(_SCALAR_COLUMNS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' for _ in _SCALAR_COLUMNS)}, ?, ?)"
)
_UPDATE_DOSSIER = (
    f"UPDATE dossiers SET {', '.join(f'{c} = ?' for c in _SCALAR_COLUMNS)}, updated_at = ? "
    "WHERE id = ?"
)
_CHILD_TABLES = [f.table for f in ROWS] + ["dossier_values", "documents"]
#: Parts of a dossier the desk saves on their own, apart from the editor's fields.
SEPARATE_PARTS = frozenset({"interviews", "consents", "documents"})
_TABLE_PART = {"interviews": "interviews", "consents": "consents", "documents": "documents"}
#: Search needs at least this many characters per word to use the trigram index.
MIN_INDEXED_TERM = 3


@dataclass(frozen=True)
class DossierSummary:
    """What a list row needs, without loading the whole dossier."""

    id: int
    ref: str
    name: str
    updated_at: str


class DossierRepository:
    def __init__(self, conn) -> None:
        self.conn = conn

    # -- writing ---------------------------------------------------------------------------

    def insert(self, doc: dict) -> int:
        """Insert a new dossier (its ref must be new); return its id."""
        stamp = now()
        values = [get_path(doc, f.path) for f in SCALARS]
        cursor = self.conn.execute(_INSERT_DOSSIER, (*values, stamp, stamp))
        dossier_id = cursor.lastrowid
        self._write_parts(dossier_id, doc)
        return dossier_id

    def replace(self, dossier_id: int, doc: dict, *, keep: Iterable[str] = ()) -> None:
        """Replace every part of an existing dossier with ``doc``.

        ``keep`` names parts that stay as stored whatever ``doc`` says — any of
        :data:`SEPARATE_PARTS` ("interviews", "consents", "documents"): the desk's editor saves
        the dossier's own fields while those parts are saved on their own (an interview's
        autosave must not race the editor's save).
        """
        keep = frozenset(keep)
        if not keep <= SEPARATE_PARTS:
            raise ValueError(f"only {sorted(SEPARATE_PARTS)} can be kept")
        values = [get_path(doc, f.path) for f in SCALARS]
        self.conn.execute(_UPDATE_DOSSIER, (*values, now(), dossier_id))
        for table in _CHILD_TABLES:
            if _TABLE_PART.get(table) not in keep:
                self.conn.execute(f"DELETE FROM {table} WHERE dossier_id = ?", (dossier_id,))
        self.conn.execute("DELETE FROM dossier_search WHERE rowid = ?", (dossier_id,))
        self._write_parts(dossier_id, doc, skip=keep)
        if keep:
            self.reindex(dossier_id)

    def reindex(self, dossier_id: int) -> None:
        """Rewrite the dossier's search entry from what is stored (after a part was saved on
        its own, e.g. an interview's notes)."""
        doc = self.load(dossier_id, contents=False)
        if doc is None:
            return
        self.conn.execute("DELETE FROM dossier_search WHERE rowid = ?", (dossier_id,))
        self.conn.execute(
            "INSERT INTO dossier_search (rowid, names, skills, body) VALUES (?, ?, ?, ?)",
            (dossier_id, *search_text(doc)),
        )

    def touch(self, dossier_id: int) -> None:
        """Mark the dossier changed now (its place in "recently changed")."""
        self.conn.execute("UPDATE dossiers SET updated_at = ? WHERE id = ?", (now(), dossier_id))

    def delete(self, dossier_id: int) -> None:
        self.conn.execute("DELETE FROM dossier_search WHERE rowid = ?", (dossier_id,))
        self.conn.execute("DELETE FROM dossiers WHERE id = ?", (dossier_id,))

    def _write_parts(self, dossier_id: int, doc: dict, skip: frozenset[str] = frozenset()) -> None:
        value_rows = []
        for field in VALUES:
            for position, value in enumerate(get_path(doc, field.path) or ()):
                value_rows.append((dossier_id, field.field, position, value))
        if value_rows:
            self.conn.executemany(
                "INSERT INTO dossier_values (dossier_id, field, position, value) VALUES (?, ?, ?, ?)",
                value_rows,
            )
        for spec in ROWS:
            if spec.table in _TABLE_PART and _TABLE_PART[spec.table] in skip:
                continue
            items = get_path(doc, spec.path) or ()
            if not items:
                continue
            columns = [column for _, column in spec.columns]
            sql = (
                f"INSERT INTO {spec.table} (dossier_id, position, {', '.join(columns)}) "
                f"VALUES (?, ?, {', '.join('?' for _ in columns)})"
            )
            self.conn.executemany(
                sql,
                [
                    (dossier_id, position, *(item.get(key) for key, _ in spec.columns))
                    for position, item in enumerate(items)
                ],
            )
        documents = () if "documents" in skip else (doc.get("documents") or ())
        if documents:
            rows = []
            for position, item in enumerate(documents):
                content = item.get("content_base64")
                blob = base64.b64decode(content) if content is not None else None
                rows.append(
                    (
                        dossier_id,
                        position,
                        *(item.get(k) for k in DOCUMENT_KEYS),
                        len(blob) if blob is not None else None,
                        blob,
                    )
                )
            self.conn.executemany(
                f"INSERT INTO documents (dossier_id, position, {', '.join(DOCUMENT_KEYS)}, size, "
                f"content) VALUES (?, ?, {', '.join('?' for _ in DOCUMENT_KEYS)}, ?, ?)",
                rows,
            )
        if not skip:
            self.conn.execute(
                "INSERT INTO dossier_search (rowid, names, skills, body) VALUES (?, ?, ?, ?)",
                (dossier_id, *search_text(doc)),
            )

    # -- reading ---------------------------------------------------------------------------

    def id_for_ref(self, ref: str) -> int | None:
        row = self.conn.execute("SELECT id FROM dossiers WHERE ref = ?", (ref,)).fetchone()
        return row[0] if row else None

    def resolve(self, ref_or_id: str) -> int | None:
        """A dossier named by its ref, or else by the vault's own id."""
        found = self.id_for_ref(ref_or_id)
        if found is None and ref_or_id.isdigit():
            row = self.conn.execute(
                "SELECT id FROM dossiers WHERE id = ?", (int(ref_or_id),)
            ).fetchone()
            found = row[0] if row else None
        return found

    def exists(self, dossier_id: int) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)
        ).fetchone() is not None

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]

    def ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM dossiers ORDER BY id")]

    def load(self, dossier_id: int, *, contents: bool = True) -> dict | None:
        """The whole dossier as an interchange document (absent parts omitted).

        With ``contents=False`` documents come without their files (``content_base64``) but
        with their vault ``id`` and ``size``: what the desk's editor shows, without decoding
        megabytes of scans."""
        row = self.conn.execute(
            f"SELECT {', '.join(_SCALAR_COLUMNS)} FROM dossiers WHERE id = ?", (dossier_id,)
        ).fetchone()
        if row is None:
            return None
        scalars = dict(zip(_SCALAR_COLUMNS, row))
        values: dict[str, list[str]] = {}
        for field, value in self.conn.execute(
            "SELECT field, value FROM dossier_values WHERE dossier_id = ? ORDER BY field, position",
            (dossier_id,),
        ):
            values.setdefault(field, []).append(value)
        doc: dict = {}
        for spec in DOSSIER_FIELDS:
            if isinstance(spec, Scalar):
                value = scalars[spec.column]
                if value is not None:
                    set_path(doc, spec.path, value)
            elif isinstance(spec, Values):
                if spec.field in values:
                    set_path(doc, spec.path, values[spec.field])
            else:
                items = self._load_rows(spec, dossier_id)
                if items:
                    set_path(doc, spec.path, items)
        documents = self._load_documents(dossier_id, contents)
        if documents:
            doc["documents"] = documents
        return doc

    def _load_rows(self, spec: Rows, dossier_id: int) -> list[dict]:
        columns = [column for _, column in spec.columns]
        items = []
        for row in self.conn.execute(
            f"SELECT {', '.join(columns)} FROM {spec.table} WHERE dossier_id = ? ORDER BY position",
            (dossier_id,),
        ):
            item = {}
            for (key, _), value in zip(spec.columns, row):
                if value is not None:
                    item[key] = bool(value) if key in spec.booleans else value
            items.append(item)
        return items

    def _load_documents(self, dossier_id: int, contents: bool = True) -> list[dict]:
        items = []
        content = "content" if contents else "NULL"
        for row in self.conn.execute(
            f"SELECT {', '.join(DOCUMENT_KEYS)}, id, size, {content} FROM documents "
            "WHERE dossier_id = ? ORDER BY position",
            (dossier_id,),
        ):
            item = {k: v for k, v in zip(DOCUMENT_KEYS, row) if v is not None}
            if not contents:
                item["id"], item["size"] = row[-3], row[-2]
            if row[-1] is not None:
                item["content_base64"] = base64.b64encode(row[-1]).decode("ascii")
            items.append(item)
        return items

    def iter_all(self) -> Iterator[dict]:
        for dossier_id in self.ids():
            doc = self.load(dossier_id)
            if doc is not None:
                yield doc

    def summaries(self, limit: int = -1, offset: int = 0) -> list[DossierSummary]:
        """Newest change first."""
        return [
            DossierSummary(*row)
            for row in self.conn.execute(
                "SELECT id, ref, full_name, updated_at FROM dossiers "
                "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
                (limit, offset),
            )
        ]

    def search(self, text: str, limit: int = 200) -> list[int]:
        """Ids of dossiers matching every word of ``text``, best match first.

        Words of three characters or more use the trigram index; shorter ones (a two-kanji name,
        "IT") fall back to a substring scan of the same index table.
        """
        words = fold(text).split()
        if not words:
            return []
        long_words = [w for w in words if len(w) >= MIN_INDEXED_TERM]
        short_words = [w for w in words if len(w) < MIN_INDEXED_TERM]
        clauses, params = [], []
        if long_words:
            clauses.append("dossier_search MATCH ?")
            params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long_words))
        for word in short_words:
            clauses.append("(names || ' ' || skills || ' ' || body) LIKE ? ESCAPE '\\'")
            params.append("%" + _escape_like(word) + "%")
        order = "ORDER BY rank" if long_words else "ORDER BY rowid DESC"
        sql = f"SELECT rowid FROM dossier_search WHERE {' AND '.join(clauses)} {order} LIMIT ?"
        return [r[0] for r in self.conn.execute(sql, (*params, limit))]


_COMBINING_MARKS = dict.fromkeys(range(0x300, 0x370))


def fold(text: str) -> str:
    """Text as the index stores it: case, width and Latin/Cyrillic accents folded away.

    "ＧＩＳ" finds "GIS", "universite" finds "Université". Only the combining diacritics block is
    dropped, so Japanese voiced marks (ガ is not カ) survive the round through NFKD.
    """
    if text.isascii():
        return text.lower()
    stripped = unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS)
    return unicodedata.normalize("NFC", stripped).casefold()


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _join(values: Iterable[str | None]) -> str:
    return "\n".join(v for v in values if v)


def search_text(doc: dict) -> tuple[str, str, str]:
    """The three indexed columns: names, skills (and roles, languages), and the free text."""
    names = doc.get("names", {})
    name_text = _join(
        [doc.get("ref"), names.get("full"), names.get("given"), names.get("family"),
         names.get("preferred"), *names.get("aliases", ()), *names.get("other_scripts", ())]
    )
    skills = _join(
        [*doc.get("skills", ()), *doc.get("desired_roles", ()),
         *(c.get("name") for c in doc.get("certifications", ())),
         *(lang.get("language") for lang in doc.get("languages", ())),
         *(e.get("title") for e in doc.get("experience", ())),
         *(e.get("field") for e in doc.get("education", ()))]
    )
    body = _join(
        [doc.get("summary"), doc.get("aspirations"), doc.get("notes"),
         *(e.get("description") for e in doc.get("experience", ())),
         *(i.get("notes") for i in doc.get("interviews", ())),
         *doc.get("preferred_locations", ())]
    )
    return fold(name_text), fold(skills), fold(body)
