"""The default class of every field of the interchange format, as data (DESIGN, "Field classes").

The editor shows each field's class next to its label and lets the caseworker move a field to a
stricter class for one dossier; :mod:`app.disclosure.policy` is what enforces it. This module is
the one table both the editor and the tests read, so a field added to the schema without a class
is caught (``tests/unit/test_field_classes.py`` walks the schema).

Paths are dotted interchange keys without list indexes: ``names.full``, ``education.institution``.
A field that feeds a generalized quasi-identifier is classed by what can leave the vault: the
birth date is "quasi" (only an age band leaves), as employers and institutions are; their
values are known identifiers in free text all the same (``app.disclosure.known``).

Overrides (table ``field_overrides``) name the *policy's* keys — the top-level fields that
``policy.QUASI_OVERRIDES`` and ``policy.SHAREABLE`` know — not the paths above: moving
"education" to restricted withholds every part of it. The policy withholds an overridden field
whatever stricter class it was moved to (a "quasi" skills list is not generalized, it is left
out), so the only class offered is :data:`RESTRICTED`, which says exactly what happens.
"""

from __future__ import annotations

IDENTIFYING = "identifying"
RESTRICTED = "restricted"
QUASI = "quasi"
SHAREABLE = "shareable"

#: From the loosest to the strictest.
CLASSES = (SHAREABLE, QUASI, RESTRICTED, IDENTIFYING)
#: Classes a field can be moved to for one dossier (what ``field_overrides.class`` accepts).
STORED_OVERRIDE_CLASSES = (IDENTIFYING, RESTRICTED, QUASI)
#: The class the editor offers: the policy leaves an overridden field out, whatever its class.
OVERRIDE_TARGET = RESTRICTED

_I, _R, _Q, _S = IDENTIFYING, RESTRICTED, QUASI, SHAREABLE

#: Every leaf of a dossier in ``dossier-interchange-v1`` → its default class.
FIELD_CLASSES: dict[str, str] = {
    "ref": _I,
    "names.full": _I,
    "names.given": _I,
    "names.family": _I,
    "names.preferred": _I,
    "names.aliases": _I,
    "names.other_scripts": _I,
    "birth_date": _Q,
    "gender": _Q,
    "nationalities": _Q,
    "country_of_origin": _Q,
    "hometown": _I,
    "contact.phones": _I,
    "contact.emails": _I,
    "contact.address": _I,
    "contact.messaging": _I,
    "residence.status": _R,
    "residence.work_permission": _Q,
    "residence.card_number": _I,
    "residence.expires": _R,
    "residence.notes": _R,
    "languages.language": _S,
    "languages.level": _S,
    "education.level": _S,
    "education.field": _S,
    "education.institution": _Q,
    "education.country": _Q,
    "education.start_year": _Q,
    "education.end_year": _Q,
    "education.completed": _S,
    "experience.title": _S,
    "experience.employer": _Q,
    "experience.employer_kind": _Q,
    "experience.sector": _S,
    "experience.country": _Q,
    "experience.start": _Q,
    "experience.end": _Q,
    "experience.description": _S,
    "skills": _S,
    "certifications.name": _S,
    "certifications.year": _S,
    "desired_roles": _S,
    "preferred_locations": _S,
    "employment_types": _S,
    "available_from": _S,
    "summary": _S,
    "aspirations": _S,
    "story": _R,
    "family.name": _I,
    "family.relation": _R,
    "family.location": _I,
    "family.notes": _R,
    "health": _R,
    "notes": _R,
    "interviews.date": _R,
    "interviews.mode": _R,
    "interviews.interviewer": _R,
    "interviews.notes": _R,
    "consents.purpose": _R,
    "consents.scope": _R,
    "consents.given_on": _R,
    "consents.expires_on": _R,
    "consents.withdrawn_on": _R,
    "consents.method": _R,
    "documents.kind": _I,
    "documents.number": _I,
    "documents.issuer_country": _I,
    "documents.file_name": _I,
    "documents.media_type": _I,
    "documents.content_base64": _I,
}

#: The policy's override keys (``policy.QUASI_OVERRIDES`` ∪ ``policy.SHAREABLE``), in form order.
OVERRIDE_KEYS: tuple[str, ...] = (
    "birth_date", "gender", "nationalities", "country_of_origin", "residence", "languages",
    "education", "experience", "skills", "certifications", "desired_roles",
    "preferred_locations", "employment_types", "available_from", "summary", "aspirations",
)


def strictness(cls: str) -> int:
    """0 for shareable up to 3 for identifying."""
    return CLASSES.index(cls)


def class_of(path: str) -> str:
    """The default class of ``path`` (``education[2].institution`` or ``education.institution``)."""
    return FIELD_CLASSES[_plain(path)]


def override_key(path: str) -> str | None:
    """The policy key an override of ``path`` is stored under, or None when ``path`` cannot be
    moved: only quasi and shareable fields leave the vault, so only they can be held back."""
    plain = _plain(path)
    if FIELD_CLASSES[plain] not in (QUASI, SHAREABLE):
        return None
    key = plain.split(".", 1)[0]
    return key if key in OVERRIDE_KEYS else None


def key_class(key: str) -> str:
    """The default class of an override key: the loosest class among its fields ("education"
    holds shareable levels and quasi institutions, so it is shareable)."""
    classes = [cls for path, cls in FIELD_CLASSES.items()
               if path.split(".", 1)[0] == key and override_key(path) == key]
    if not classes:
        raise KeyError(key)
    return min(classes, key=strictness)


def effective_class(path: str, overrides: dict[str, str]) -> str:
    """The class of ``path`` for a dossier with ``overrides`` (never looser than the default)."""
    default = class_of(path)
    key = override_key(path)
    moved = overrides.get(key) if key else None
    if moved is None or strictness(moved) <= strictness(default):
        return default
    return moved


def _plain(path: str) -> str:
    """``experience[0].description`` → ``experience.description``."""
    out = []
    for part in path.split("."):
        out.append(part.split("[", 1)[0])
    return ".".join(out)
