"""A dossier's annotations: fields moved to a stricter class, and words marked "never share".

They are stored apart from the dossier's own fields (tables ``field_overrides`` and
``never_share``, migration 0002) and read at export time by ``app.disclosure.policy``
(``overrides_of``, ``never_share_of``); this module writes exactly what those read. Like the
other repositories it takes any DB-API connection, and its writes expect the caller's
transaction, so the editor saves a dossier and its annotations all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: What ``field_overrides.class`` accepts (its CHECK constraint).
OVERRIDE_CLASSES = frozenset({"identifying", "restricted", "quasi"})


@dataclass
class Annotations:
    #: interchange field (a policy key: "skills", "education"...) → stricter class
    overrides: dict[str, str] = field(default_factory=dict)
    #: free-text field ("summary", "experience.description") → never-share texts, in order
    marks: dict[str, list[str]] = field(default_factory=dict)

    def copy(self) -> Annotations:
        return Annotations(dict(self.overrides), {k: list(v) for k, v in self.marks.items()})


def load(conn, dossier_id: int) -> Annotations:
    """The dossier's annotations (empty when it has none)."""
    overrides = dict(conn.execute(
        "SELECT field, class FROM field_overrides WHERE dossier_id = ? ORDER BY field",
        (dossier_id,)))
    marks: dict[str, list[str]] = {}
    for name, text in conn.execute(
        "SELECT field, text FROM never_share WHERE dossier_id = ? ORDER BY id", (dossier_id,)
    ):
        marks.setdefault(name, []).append(text)
    return Annotations(overrides, marks)


def save(conn, dossier_id: int, annotations: Annotations) -> None:
    """Replace the dossier's annotations with ``annotations`` (in the caller's transaction).

    Blank and repeated marks of one field are dropped; an unknown class is refused before
    anything is written.
    """
    for name, cls in annotations.overrides.items():
        if not name or cls not in OVERRIDE_CLASSES:
            raise ValueError("an override names a field and one of " + ", ".join(
                sorted(OVERRIDE_CLASSES)))
    conn.execute("DELETE FROM field_overrides WHERE dossier_id = ?", (dossier_id,))
    conn.execute("DELETE FROM never_share WHERE dossier_id = ?", (dossier_id,))
    if annotations.overrides:
        conn.executemany(
            "INSERT INTO field_overrides (dossier_id, field, class) VALUES (?, ?, ?)",
            [(dossier_id, name, cls) for name, cls in sorted(annotations.overrides.items())],
        )
    rows = []
    for name, texts in annotations.marks.items():
        seen: set[str] = set()
        for text in texts:
            if text.strip() and text not in seen:
                seen.add(text)
                rows.append((dossier_id, name, text))
    if rows:
        conn.executemany(
            "INSERT INTO never_share (dossier_id, field, text) VALUES (?, ?, ?)", rows)


def add_mark(conn, dossier_id: int, field: str, text: str) -> None:
    """One more never-share mark (in the caller's transaction); a repeat or a blank is ignored."""
    if not text.strip():
        return
    exists = conn.execute(
        "SELECT 1 FROM never_share WHERE dossier_id = ? AND field = ? AND text = ?",
        (dossier_id, field, text),
    ).fetchone()
    if exists is None:
        conn.execute(
            "INSERT INTO never_share (dossier_id, field, text) VALUES (?, ?, ?)",
            (dossier_id, field, text),
        )
