import copy
import json

import pytest

from app.errors import InvalidInput
from app.interchange.exporter import export_document
from app.interchange.importer import import_document
from app.interchange.validate import parse_bytes
from app.store.dossiers import DossierRepository


def problem(doc) -> str:
    with pytest.raises(InvalidInput) as info:
        parse_bytes(json.dumps(doc).encode())
    return str(info.value)


def test_the_sample_file_is_valid(sample_doc):
    assert parse_bytes(json.dumps(sample_doc).encode()) == sample_doc


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda d: d["dossiers"][1].pop("names"), "$.dossiers[1]: missing required key 'names'"),
        (lambda d: d["dossiers"][0].update(nmae="x"), "$.dossiers[0]: unknown key 'nmae'"),
        (lambda d: d["dossiers"][2].update(birth_date="1996/02/20"), "$.dossiers[2].birth_date: expected a date"),
        (lambda d: d["dossiers"][2].update(birth_date="1996-02-30"), "$.dossiers[2].birth_date: is not a real calendar date"),
        (lambda d: d["dossiers"][0].update(gender="m"), "$.dossiers[0].gender: must be one of"),
        (lambda d: d["dossiers"][0]["languages"][1].update(level="good"), "$.dossiers[0].languages[1].level: expected a level"),
        (lambda d: d["dossiers"][0].update(nationalities=["cd"]), "$.dossiers[0].nationalities[0]: expected a two-letter"),
        (lambda d: d["dossiers"][0]["names"].update(full="x" * 501), "$.dossiers[0].names.full: is longer than 500"),
        (lambda d: d["dossiers"][1].update(ref="S-001"), "$.dossiers[1].ref: the same ref as $.dossiers[0]"),
        (lambda d: d["dossiers"][0].update(documents=[{"kind": "cv", "content_base64": "@@@"}]), "content_base64: is not valid base64"),
        (lambda d: d.update(version=2), "$.version: must be 1"),
    ],
)
def test_problems_name_a_json_path_and_never_a_value(sample_doc, mutate, expected):
    doc = copy.deepcopy(sample_doc)
    mutate(doc)
    message = problem(doc)
    assert expected in message
    assert "\n" not in message
    for secret in ("Kalala", "Rahimi", "Olena", "1996", "090-4417", "@@@"):
        assert secret not in message.replace("1996-02-30", "")  or secret == "1996"


def test_first_problem_and_how_many_more(sample_doc):
    doc = copy.deepcopy(sample_doc)
    for d in doc["dossiers"]:
        d["gender"] = "x"
    message = problem(doc)
    assert message.startswith("invalid interchange file: $.dossiers[0].gender")
    assert message.endswith("(and 2 more problems)")


def test_not_json_and_not_utf8():
    with pytest.raises(InvalidInput, match="not valid JSON .* line 1"):
        parse_bytes(b'{"format": ')
    with pytest.raises(InvalidInput, match="not UTF-8"):
        parse_bytes(b"\xff\xfe{}")
    with pytest.raises(InvalidInput, match="nested too deeply|expected"):
        parse_bytes(b"[" * 100000 + b"]" * 100000)


def test_round_trip_is_exact(make_vault, sample_doc):
    first, _ = make_vault("one")
    import_document(first.conn, sample_doc)
    exported = export_document(first.conn)
    assert exported == sample_doc
    second, _ = make_vault("two")
    import_document(second.conn, exported)
    assert export_document(second.conn) == exported


def test_import_is_all_or_nothing(make_vault, sample_doc):
    vault, _ = make_vault()
    import_document(vault.conn, {**sample_doc, "dossiers": sample_doc["dossiers"][:1], "companies": []})
    before = export_document(vault.conn)
    with pytest.raises(InvalidInput, match=r"\$.dossiers\[0\].ref: a dossier with this ref"):
        import_document(vault.conn, sample_doc)
    assert export_document(vault.conn) == before


def test_update_replaces_a_dossier_wholesale(make_vault, sample_doc):
    vault, _ = make_vault()
    import_document(vault.conn, sample_doc)
    changed = copy.deepcopy(sample_doc)
    changed["dossiers"][0]["skills"] = ["forklift"]
    del changed["dossiers"][0]["family"]
    result = import_document(vault.conn, changed, update=True)
    assert (result.dossiers_updated, result.dossiers_added) == (3, 0)
    repo = DossierRepository(vault.conn)
    doc = repo.load(repo.id_for_ref("S-001"))
    assert doc["skills"] == ["forklift"] and "family" not in doc
    assert repo.search("Kananga") == []  # the old family's place left the index too


def test_integer_valued_floats_are_stored_as_integers(make_vault, sample_doc):
    raw = json.dumps(sample_doc).replace('"end_year": 2014', '"end_year": 2014.0').encode()
    doc = parse_bytes(raw)
    assert doc["dossiers"][0]["education"][0]["end_year"] == 2014
    assert type(doc["dossiers"][0]["education"][0]["end_year"]) is int
