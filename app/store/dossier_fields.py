"""Where each part of an interchange dossier lives in the schema: one map, read by both the
repository's save and its load, so the two cannot drift apart.

Order matters: loading builds the document in this order, which is the schema's, so that an
exported file reads like the format's documentation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scalar:
    """A value in a column of ``dossiers``. ``path`` is its place in the document."""

    path: tuple[str, ...]
    column: str


@dataclass(frozen=True)
class Values:
    """A list of strings, stored in ``dossier_values`` under ``field``."""

    path: tuple[str, ...]
    field: str


@dataclass(frozen=True)
class Rows:
    """A list of objects in a child table; ``columns`` pairs each key with its column."""

    path: tuple[str, ...]
    table: str
    columns: tuple[tuple[str, str], ...]
    booleans: frozenset[str] = frozenset()


def _same(*keys: str) -> tuple[tuple[str, str], ...]:
    return tuple((k, k) for k in keys)


DOSSIER_FIELDS: tuple[Scalar | Values | Rows, ...] = (
    Scalar(("ref",), "ref"),
    Scalar(("names", "full"), "full_name"),
    Scalar(("names", "given"), "given_name"),
    Scalar(("names", "family"), "family_name"),
    Scalar(("names", "preferred"), "preferred_name"),
    Values(("names", "aliases"), "alias"),
    Values(("names", "other_scripts"), "other_script"),
    Scalar(("birth_date",), "birth_date"),
    Scalar(("gender",), "gender"),
    Values(("nationalities",), "nationality"),
    Scalar(("country_of_origin",), "country_of_origin"),
    Scalar(("hometown",), "hometown"),
    Values(("contact", "phones"), "phone"),
    Values(("contact", "emails"), "email"),
    Scalar(("contact", "address"), "address"),
    Values(("contact", "messaging"), "messaging"),
    Scalar(("residence", "status"), "residence_status"),
    Scalar(("residence", "work_permission"), "work_permission"),
    Scalar(("residence", "card_number"), "card_number"),
    Scalar(("residence", "expires"), "residence_expires"),
    Scalar(("residence", "notes"), "residence_notes"),
    Rows(("languages",), "dossier_languages", _same("language", "level")),
    Rows(
        ("education",),
        "dossier_education",
        _same("level", "field", "institution", "country", "start_year", "end_year", "completed"),
        frozenset({"completed"}),
    ),
    Rows(
        ("experience",),
        "dossier_experience",
        (
            *_same("title", "employer", "employer_kind", "sector", "country"),
            ("start", "start_date"),
            ("end", "end_date"),
            ("description", "description"),
        ),
    ),
    Values(("skills",), "skill"),
    Rows(("certifications",), "dossier_certifications", _same("name", "year")),
    Values(("desired_roles",), "desired_role"),
    Values(("preferred_locations",), "preferred_location"),
    Values(("employment_types",), "employment_type"),
    Scalar(("available_from",), "available_from"),
    Scalar(("summary",), "summary"),
    Scalar(("aspirations",), "aspirations"),
    Scalar(("story",), "story"),
    Rows(("family",), "dossier_family", _same("name", "relation", "location", "notes")),
    Scalar(("health",), "health"),
    Scalar(("notes",), "notes"),
    Rows(("interviews",), "interviews", _same("date", "mode", "interviewer", "notes")),
    Rows(
        ("consents",),
        "consents",
        _same("purpose", "scope", "given_on", "expires_on", "withdrawn_on", "method"),
    ),
    # documents are handled apart: their content is a BLOB, base64 only in the interchange file
)

SCALARS = tuple(f for f in DOSSIER_FIELDS if isinstance(f, Scalar))
VALUES = tuple(f for f in DOSSIER_FIELDS if isinstance(f, Values))
ROWS = tuple(f for f in DOSSIER_FIELDS if isinstance(f, Rows))
DOCUMENT_KEYS = ("kind", "number", "issuer_country", "file_name", "media_type")


def get_path(doc: dict, path: tuple[str, ...]):
    for key in path:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


def set_path(doc: dict, path: tuple[str, ...], value) -> None:
    for key in path[:-1]:
        doc = doc.setdefault(key, {})
    doc[path[-1]] = value
