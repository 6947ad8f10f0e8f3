import sqlite3

import pytest

from app.interchange.importer import import_document
from app.store.dossiers import DossierRepository
from app.store.migrations import migrate


@pytest.fixture(params=["sqlcipher", "sqlite"])
def repo(request, make_vault, sample_doc):
    """The same repository code on the vault and on the standard library's sqlite3."""
    if request.param == "sqlcipher":
        conn = make_vault()[0].conn
    else:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        migrate(conn)
    import_document(conn, sample_doc)
    return DossierRepository(conn)


def refs(repo, text):
    return sorted(repo.load(i)["ref"] for i in repo.search(text))


def test_search_by_name_skill_and_free_text(repo):
    assert refs(repo, "Rahimi") == ["S-002"]
    assert refs(repo, "rahimi") == ["S-002"]
    assert refs(repo, "illustr") == ["S-003"]
    assert refs(repo, "GIS project") == ["S-002"]
    assert refs(repo, "motivation") == ["S-001"]  # interview notes


def test_search_other_scripts_and_accents(repo):
    assert refs(repo, "ラヒミ") == ["S-002"]
    assert refs(repo, "Гриценко") == ["S-003"]
    assert refs(repo, "negotiation") == ["S-001"]
    assert refs(repo, "ＧＩＳ　ｍａｐｐｉｎｇ") == ["S-002"]  # full-width, ideographic space
    assert refs(repo, "jean baptiste") == ["S-001"]
    assert refs(repo, "hrytsenko OLENA") == ["S-003"]


def test_accents_are_folded(repo):
    repo.conn.execute("BEGIN")
    doc = repo.load(repo.id_for_ref("S-003"))
    doc["summary"] = "Studied at the Académie in Montréal"
    repo.replace(repo.id_for_ref("S-003"), doc)
    repo.conn.execute("COMMIT")
    assert refs(repo, "academie montreal") == ["S-003"]
    assert refs(repo, "ACADÉMIE") == ["S-003"]


def test_short_words_fall_back_to_a_substring_scan(repo):
    assert refs(repo, "JB") == ["S-001"]
    assert refs(repo, "ja") == ["S-001", "S-002", "S-003"]  # language tag


def test_search_is_safe_with_fts_syntax(repo):
    for text in ['"', "AND OR NOT", "a*", "NEAR(", "%", "_", "\\", "(", "-Rahimi"]:
        repo.search(text)  # no exception
    assert repo.search("   ") == []


def test_summaries_newest_first(repo):
    rows = repo.summaries(limit=2)
    assert len(rows) == 2 and rows[0].id > rows[1].id
