"""The default field classes: every field of the schema has one, as DESIGN's table says, and
the override keys are exactly those the policy honours."""

from __future__ import annotations

import pytest

from app.disclosure import field_classes as fc
from app.disclosure import policy
from app.interchange.validate import schema


def _leaves(node: dict, defs: dict, prefix: str = "") -> list[str]:
    """Dotted paths of a schema node's leaves (lists of objects are walked into)."""
    if "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    if node.get("type") == "array" and node.get("items", {}).get("type") == "object":
        node = node["items"]
    if node.get("type") == "object" and "properties" in node:
        out = []
        for key, child in node["properties"].items():
            out += _leaves(child, defs, f"{prefix}.{key}" if prefix else key)
        return out
    return [prefix]


def test_every_schema_field_has_exactly_one_known_class():
    defs = schema()["$defs"]
    leaves = _leaves(defs["dossier"], defs)
    assert len(leaves) > 60
    assert set(leaves) == set(fc.FIELD_CLASSES)
    assert set(fc.FIELD_CLASSES.values()) <= set(fc.CLASSES)


@pytest.mark.parametrize(
    ("path", "cls"),
    [
        ("names.full", fc.IDENTIFYING), ("names.other_scripts", fc.IDENTIFYING),
        ("contact.messaging", fc.IDENTIFYING), ("residence.card_number", fc.IDENTIFYING),
        ("hometown", fc.IDENTIFYING), ("family.name", fc.IDENTIFYING),
        ("family.location", fc.IDENTIFYING), ("documents.number", fc.IDENTIFYING),
        ("story", fc.RESTRICTED), ("health", fc.RESTRICTED), ("notes", fc.RESTRICTED),
        ("residence.status", fc.RESTRICTED), ("interviews.notes", fc.RESTRICTED),
        ("consents.purpose", fc.RESTRICTED), ("family.notes", fc.RESTRICTED),
        ("gender", fc.QUASI), ("nationalities", fc.QUASI), ("country_of_origin", fc.QUASI),
        ("education.institution", fc.QUASI), ("experience.employer", fc.QUASI),
        ("experience.start", fc.QUASI), ("residence.work_permission", fc.QUASI),
        ("skills", fc.SHAREABLE), ("summary", fc.SHAREABLE), ("aspirations", fc.SHAREABLE),
        ("experience.description", fc.SHAREABLE), ("experience.title", fc.SHAREABLE),
        ("experience.sector", fc.SHAREABLE), ("education.field", fc.SHAREABLE),
        ("available_from", fc.SHAREABLE), ("preferred_locations", fc.SHAREABLE),
    ],
)
def test_design_table(path, cls):
    assert fc.class_of(path) == cls


def test_override_keys_are_the_policys():
    assert set(fc.OVERRIDE_KEYS) == set(policy.QUASI_OVERRIDES) | set(policy.SHAREABLE)
    assert fc.OVERRIDE_TARGET in fc.STORED_OVERRIDE_CLASSES


def test_only_fields_that_leave_the_vault_can_be_held_back():
    assert fc.override_key("skills") == "skills"
    assert fc.override_key("experience[3].description") == "experience"
    assert fc.override_key("residence.work_permission") == "residence"
    assert fc.override_key("residence.status") is None
    assert fc.override_key("names.full") is None
    assert fc.override_key("story") is None
    for path in fc.FIELD_CLASSES:
        key = fc.override_key(path)
        assert key is None or key in fc.OVERRIDE_KEYS, path


def test_key_class_and_effective_class_never_loosen():
    assert fc.key_class("education") == fc.SHAREABLE
    assert fc.key_class("gender") == fc.QUASI
    assert fc.effective_class("skills", {}) == fc.SHAREABLE
    assert fc.effective_class("skills", {"skills": fc.RESTRICTED}) == fc.RESTRICTED
    assert fc.effective_class("education.institution", {"education": fc.RESTRICTED}) == fc.RESTRICTED
    # an override looser than the default does not loosen anything
    assert fc.effective_class("gender", {"gender": fc.SHAREABLE}) == fc.QUASI
    assert fc.strictness(fc.SHAREABLE) < fc.strictness(fc.QUASI) < fc.strictness(fc.RESTRICTED)
