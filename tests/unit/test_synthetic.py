"""The synthetic dossier generator: schema-valid, deterministic, varied, and canaries everywhere."""

from __future__ import annotations

import base64
import calendar
import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from app.synthetic import (
    generate_companies,
    generate_document,
    iter_dossiers,
    marker_token,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "schema" / "dossier-interchange-v1.schema.json").read_text("utf-8"))
MARKER = "CANARYx"
SEEDS = (0, 1, 42)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# Where the format's identifying and restricted strings live (DESIGN.md, "Field classes"), plus
# summary and aspirations; "[]" walks into a list.
MARKED_PATHS = (
    "names.full", "names.given", "names.family", "names.preferred", "names.aliases[]", "names.other_scripts[]",
    "hometown", "contact.phones[]", "contact.emails[]", "contact.address", "contact.messaging[]",
    "residence.card_number", "residence.notes", "story", "family[].name", "family[].location", "family[].notes",
    "health", "notes", "interviews[].notes", "documents[].number", "documents[].file_name", "summary", "aspirations",
)


def values_at(node, path: str):
    """Every value found at a dotted path such as ``family[].name``."""
    nodes = [node]
    for part in path.split("."):
        many = part.endswith("[]")
        key = part[:-2] if many else part
        found = []
        for n in nodes:
            if isinstance(n, dict) and key in n:
                found.extend(n[key] if many else [n[key]])
        nodes = found
    return nodes


@pytest.fixture(scope="module")
def documents() -> dict[int, dict]:
    return {s: generate_document(300, seed=s, documents=True, marker=MARKER) for s in SEEDS}


@pytest.mark.parametrize("seed", SEEDS)
def test_valid_against_the_schema(documents, seed):
    errors = list(Draft202012Validator(SCHEMA).iter_errors(documents[seed]))
    assert not errors, [f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors[:5]]


@pytest.mark.parametrize("seed", SEEDS)
def test_valid_beyond_the_schema(documents, seed):
    """Real calendar dates, base64 that decodes, unique company names: what the schema cannot say."""
    doc = documents[seed]
    dates = []

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif key in {"birth_date", "expires", "start", "end", "available_from", "date", "given_on", "expires_on",
                     "withdrawn_on"}:
            dates.append(node)

    walk(doc)
    assert dates
    for text in dates:
        parts = [int(p) for p in text.split("-")]
        if len(parts) >= 2:
            assert 1 <= parts[1] <= 12, text
        if len(parts) == 3:
            assert 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1], text
    for dossier in doc["dossiers"]:
        for attachment in dossier.get("documents", []):
            base64.b64decode(attachment["content_base64"], validate=True)
    names = [c["name"] for c in doc["companies"]]
    assert len(names) == len(set(names)) == 12


def test_the_project_importer_accepts_it():
    from app.interchange.validate import problems

    assert problems(generate_document(200, seed=7, documents=True, marker=MARKER)) == []
    assert problems(generate_document(200, seed=8)) == []


def test_deterministic():
    a = generate_document(120, seed=5, documents=True, marker=MARKER)
    b = generate_document(120, seed=5, documents=True, marker=MARKER)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert generate_document(120, seed=6)["dossiers"] != generate_document(120, seed=5)["dossiers"]
    assert generate_companies(12, 5) == generate_companies(12, 5)


def test_documents_and_marker_do_not_change_the_random_choices():
    plain = generate_document(80, seed=9)["dossiers"]
    rich = generate_document(80, seed=9, documents=True, marker=MARKER)["dossiers"]
    for p, r in zip(plain, rich, strict=True):
        assert "documents" not in p and 1 <= len(r["documents"]) <= 2
        assert set(p) == set(r) - {"documents"}
        for key in ("birth_date", "languages", "experience", "skills", "consents", "residence"):
            if key == "residence" and "residence" in p:
                assert {k: v for k, v in p[key].items() if k not in ("card_number", "notes")} == \
                       {k: v for k, v in r[key].items() if k not in ("card_number", "notes")}
            else:
                assert p.get(key) == r.get(key)


@pytest.mark.parametrize("seed", SEEDS)
def test_refs_unique_and_well_formed(documents, seed):
    refs = [d["ref"] for d in documents[seed]["dossiers"]]
    assert len(refs) == len(set(refs)) == 300
    assert all(re.fullmatch(r"SYN-\d{6}", r) for r in refs)
    assert refs[0] == "SYN-000001" and refs[-1] == "SYN-000300"


@pytest.mark.parametrize("seed", SEEDS)
def test_marker_in_every_identifying_and_restricted_string(documents, seed):
    seen = dict.fromkeys(MARKED_PATHS, 0)
    for index, dossier in enumerate(documents[seed]["dossiers"]):
        token = marker_token(MARKER, index)
        assert token == f"{MARKER}-{dossier['ref'][4:]}"
        for path in MARKED_PATHS:
            for value in values_at(dossier, path):
                assert isinstance(value, str) and token in value, (dossier["ref"], path, value)
                assert len(value) <= 500
                seen[path] += 1
        for attachment in dossier.get("documents", []):
            assert token.encode() in base64.b64decode(attachment["content_base64"]), (dossier["ref"], attachment["kind"])
    # the check above is not vacuous: every kind of field turned up
    assert all(seen.values()), [p for p, n in seen.items() if not n]


def test_no_marker_without_asking():
    text = json.dumps(generate_document(200, seed=3, documents=True), ensure_ascii=False)
    assert "CANARY" not in text and MARKER not in text


def test_japanese_text_in_some_summaries(documents):
    summaries = [d["summary"] for doc in documents.values() for d in doc["dossiers"] if "summary" in d]
    japanese = sum(1 for s in summaries if JAPANESE.search(s))
    assert 0.15 <= japanese / len(summaries) <= 0.5, japanese / len(summaries)
    assert any(not JAPANESE.search(s) for s in summaries)


def test_iter_dossiers_batches_are_disjoint_and_consistent():
    first = list(iter_dossiers(50, 11))
    second = list(iter_dossiers(50, 11, start=50))
    refs_a, refs_b = {d["ref"] for d in first}, {d["ref"] for d in second}
    assert len(refs_a) == len(refs_b) == 50 and not refs_a & refs_b
    assert first + second == list(iter_dossiers(100, 11))
    assert first == generate_document(50, seed=11)["dossiers"]
    assert list(iter_dossiers(0, 11)) == []


def test_companies():
    companies = generate_companies(500, 2)
    names = [c["name"] for c in companies]
    assert len(set(names)) == 500
    assert generate_companies(12, 2) == companies[:12]
    doc = generate_document(300, seed=2, companies=4)
    scoped = {c.get("scope") for d in doc["dossiers"] for c in d.get("consents", [])} - {None, "any"}
    assert scoped and scoped <= {c["name"] for c in doc["companies"]}
    assert generate_document(20, seed=2, companies=0)["companies"] == []


def test_varied_and_realistic(documents):
    dossiers = [d for doc in documents.values() for d in doc["dossiers"]]
    origins = {d.get("country_of_origin") for d in dossiers}
    assert len(origins) >= 18 and "XX" in {n for d in dossiers for n in d.get("nationalities", [])}
    births = [d["birth_date"] for d in dossiers if "birth_date" in d]
    assert {len(b) for b in births} == {4, 7, 10}
    assert all(1961 <= int(b[:4]) <= 2006 for b in births)  # 20-65 years old in 2026
    scripts = [s for d in dossiers for s in d["names"].get("other_scripts", [])]
    assert any(re.search(r"[\u30a0-\u30ff]", s) for s in scripts)  # katakana
    assert any(re.search(r"[\u0600-\u06ff]", s) for s in scripts)  # Arabic / Persian
    assert any(re.search(r"[\u0400-\u04ff]", s) for s in scripts)  # Cyrillic
    levels = {(l["language"] == "ja", l.get("level")) for d in dossiers for l in d.get("languages", [])}
    assert {lvl for is_ja, lvl in levels if is_ja} - {None} <= {"N1", "N2", "N3", "N4", "N5"}
    interviews = [i["date"] for d in dossiers for i in d["interviews"]]
    assert all("2024" <= i[:4] <= "2026" for i in interviews)
    purposes = [c for d in dossiers for c in d.get("consents", [])]
    assert any("withdrawn_on" in c for c in purposes) and any("expires_on" in c for c in purposes)
    # optional fields are sometimes absent
    for key in ("hometown", "health", "story", "family", "certifications", "available_from", "aspirations"):
        present = sum(key in d for d in dossiers)
        assert 0 < present < len(dossiers), key
    for d in dossiers:
        assert 1 <= len(d["interviews"]) <= 4


def test_attachments(documents):
    attachments = [a for doc in documents.values() for d in doc["dossiers"] for a in d["documents"]]
    kinds = {a["kind"] for a in attachments}
    assert {"cv", "passport", "photo", "certificate", "residence_card"} <= kinds
    for a in attachments:
        raw = base64.b64decode(a["content_base64"])
        assert 200 <= len(raw) <= 2500, (a["kind"], len(raw))
        if a["media_type"] == "image/png":
            assert raw.startswith(b"\x89PNG\r\n\x1a\n") and raw.endswith(b"IEND\xaeB`\x82")
        assert a["file_name"]
