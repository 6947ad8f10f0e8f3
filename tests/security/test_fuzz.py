"""Fuzzing with hypothesis: hostile interchange files and damaged or forged key envelopes.

(a) Valid documents (the sample, marker dossiers, synthetic ones when the generator exists) get
hypothesis-chosen mutations. Import must raise InvalidInput with one line that starts with
"invalid interchange file" or "nothing imported" (refs already in the vault) — never another
exception — and the vault must be exactly as before (its full export compared).

(b) Envelope copies get byte flips, truncations and JSON edits, with or without a recomputed
checksum. One copy damaged: the vault still unlocks. Both: DamagedEnvelope or WrongPassphrase
only, the vault's files untouched; and no KDF ever runs with parameters out of bounds.

The regressions at the end pin inputs that once got past validation or crashed the envelope check;
the strategies draw such inputs too (lone surrogates, non-ASCII checksums, trailing newlines).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import re
import secrets
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.errors import DamagedEnvelope, InvalidInput, WrongPassphrase
from app.interchange.exporter import export_document
from app.interchange.importer import import_document, import_file
from app.vault import kdf as kdf_module
from app.vault.vault import Vault
from tests.support import FAST_KDF, PASSPHRASE, run_cli

from .helpers import (
    assert_cli_failure,
    digest_folder,
    load_sample,
    marker_document,
    synthetic_document,
)

#: KAKEHASHI_FUZZ_SCALE=10 runs ten times as many examples (a longer, nightly-style run).
SCALE = float(os.environ.get("KAKEHASHI_FUZZ_SCALE", "1"))


def examples(n: int) -> int:
    return max(1, int(n * SCALE))


FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)

PREFIXES = ("invalid interchange file", "nothing imported")
#: the one refusal that does not use either prefix (an empty document); see the report
EMPTY_MESSAGE = "the interchange file holds no dossiers and no companies"

# -- where things are in a document -------------------------------------------------------------

DATE_KEYS = {"birth_date", "expires", "start", "end", "available_from", "date", "given_on",
             "expires_on", "withdrawn_on"}
COUNTRY_KEYS = {"country_of_origin", "country", "issuer_country"}
TEXT_KEYS = {"summary", "aspirations", "story", "health", "notes", "description"}
ENUM_OR_PATTERN = DATE_KEYS | COUNTRY_KEYS | {
    "format", "gender", "status", "work_permission", "level", "language", "employer_kind", "mode",
    "purpose", "method", "kind", "nationalities", "employment_types", "content_base64",
}
REQUIRED = {
    (): ["format", "version"],
    ("dossiers", "*"): ["ref", "names"],
    ("dossiers", "*", "names"): ["full"],
    ("dossiers", "*", "languages", "*"): ["language"],
    ("dossiers", "*", "certifications", "*"): ["name"],
    ("dossiers", "*", "interviews", "*"): ["date"],
    ("dossiers", "*", "consents", "*"): ["purpose", "given_on"],
    ("dossiers", "*", "documents", "*"): ["kind"],
    ("companies", "*"): ["name"],
}


def walk(node, path=()):
    """Every (path, value) below ``node``, the root included."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def _shape(path) -> tuple:
    return tuple("*" if isinstance(p, int) else p for p in path)


def _parent_key(path):
    """The name of the key a value sits under (for list items, the list's key)."""
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return None


def get(doc, path):
    for part in path:
        doc = doc[part]
    return doc


def put(doc, path, value):
    get(doc, path[:-1])[path[-1]] = value


# -- the documents mutations start from -----------------------------------------------------------

MARKER = "kkcanaryfuzz"


def base_documents() -> list[dict]:
    from app.interchange.validate import problems

    synthetic = synthetic_document(6, seed=11, documents=True)
    assert problems(synthetic) == [], "the synthetic generator must write valid documents"
    docs = [load_sample(), marker_document(MARKER, 4), synthetic]
    return docs


BASES = base_documents()


@pytest.fixture(scope="module")
def fuzz_vault(tmp_path_factory):
    """One vault for the whole module, holding every base document (so that a mutation that
    happens to leave a document valid is still refused: its refs are already there)."""
    folder = tmp_path_factory.mktemp("fuzz") / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)
    for doc in BASES:
        import_document(vault.conn, doc)
    baseline = export_document(vault.conn)
    work = tmp_path_factory.mktemp("fuzz-files")
    yield vault, baseline, work
    vault.close()


def assert_refused_unchanged(vault, baseline, work: Path, raw: bytes) -> None:
    path = work / "input.json"
    path.write_bytes(raw)
    with pytest.raises(InvalidInput) as caught:
        import_file(vault.conn, path)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message, message
    assert message.startswith(PREFIXES) or message == EMPTY_MESSAGE, message
    assert MARKER not in message, message
    assert not vault.conn.in_transaction
    assert export_document(vault.conn) == baseline
    return message


# -- strategies -----------------------------------------------------------------------------------

SAFE_INT = st.integers(min_value=-(10**30), max_value=10**30)  # json.dumps refuses >4300 digits; pinned below
TEXT = st.text(st.characters(exclude_categories=()), max_size=30)  # lone surrogates too
JSON_LEAF = st.one_of(st.none(), st.booleans(), SAFE_INT,
                      st.floats(allow_nan=False, allow_infinity=False), TEXT)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=6,
)


def _json_type(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"  # 2014.0 is the integer 2014 to the schema: never swap int and float
    return type(value).__name__


MUTATIONS = ["delete-required", "unknown-key", "wrong-type", "bad-date", "bad-country",
             "overlong", "bad-base64", "duplicate", "special-number", "bad-enum"]


def _enum_values(node=None) -> set[str]:
    from app.interchange.validate import schema

    node = schema() if node is None else node
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "enum":
                found.update(v for v in value if isinstance(v, str))
            else:
                found |= _enum_values(value)
    elif isinstance(node, list):
        for value in node:
            found |= _enum_values(value)
    return found


ENUM_VALUES = _enum_values()


def _renamed(doc: dict) -> dict:
    """The same document with refs and company names not in the vault yet."""
    for i, dossier in enumerate(doc.get("dossiers", ())):
        dossier["ref"] = f"fresh-{i}"
    for i, company in enumerate(doc.get("companies", ())):
        company["name"] = f"fresh company {i}"
    return doc


@st.composite
def mutated_documents(draw):
    """(raw bytes, fresh): ``fresh`` documents carry refs not yet in the vault, so only
    validation can refuse them; the others clash with the vault as well ("nothing imported")."""
    fresh = draw(st.booleans())
    doc = copy.deepcopy(draw(st.sampled_from(BASES)))
    if fresh:
        doc = _renamed(doc)
    kind = draw(st.sampled_from(MUTATIONS))
    nodes = list(walk(doc))

    def pick(predicate):
        found = [(p, v) for p, v in nodes if predicate(p, v)]
        assume(found)
        return draw(st.sampled_from(found))

    if kind == "delete-required":
        path, node = pick(lambda p, v: isinstance(v, dict) and _shape(p) in REQUIRED
                          and any(k in v for k in REQUIRED[_shape(p)]))
        key = draw(st.sampled_from([k for k in REQUIRED[_shape(path)] if k in node]))
        del node[key]
    elif kind == "unknown-key":
        path, node = pick(lambda p, v: isinstance(v, dict))
        key = draw(st.text(min_size=1, max_size=20).map(lambda s: "x-" + s))
        node[key] = draw(JSON_VALUE)
    elif kind == "wrong-type":
        path, old = pick(lambda p, v: len(p) > 0)
        new = draw(JSON_VALUE.filter(lambda v: _json_type(v) != _json_type(old)))
        put(doc, path, new)
    elif kind == "bad-date":
        path, _ = pick(lambda p, v: isinstance(v, str) and _parent_key(p) in DATE_KEYS)
        put(doc, path, draw(st.one_of(
            st.sampled_from(["2023-02-30", "2023-13-01", "2023-00-10", "2021-02-29", "1999-04-31",
                             "2023-1-1", "23-01-01", "2023/01/01", "2023-01-01T00:00", "",
                             "２０２３-01-01", "2023-01-32", "2023-02-29", "10000-01-01",
                             "2023-01-00", "2023-W01"]),
            TEXT.filter(lambda s: not re.search(r"[0-9]{4}", s)),
        )))
    elif kind == "bad-country":
        path, _ = pick(lambda p, v: isinstance(v, str) and (
            _parent_key(p) in COUNTRY_KEYS or _parent_key(p) == "nationalities"))
        put(doc, path, draw(st.one_of(
            st.sampled_from(["jp", "JPN", "J", "", "1A", "ＪＰ", "J P", "Jp", "ÅL"]),
            TEXT.filter(lambda s: not re.fullmatch(r"[A-Z]{2}", s)),
        )))
    elif kind == "overlong":
        path, _ = pick(lambda p, v: isinstance(v, str) and _parent_key(p) not in ENUM_OR_PATTERN)
        key = _parent_key(path)
        limit = 100 if key == "ref" else 100_000 if key in TEXT_KEYS or (
            key == "notes") else 500
        char = draw(st.sampled_from(["x", "あ", "🙂", " "]))
        put(doc, path, char * (limit + draw(st.integers(1, 50))))
    elif kind == "bad-base64":
        path, _ = pick(lambda p, v: _parent_key(p) == "content_base64")
        put(doc, path, draw(st.one_of(
            st.sampled_from(["abc", "a===", "!!!!", "QUJD\n", "QUJDRA", "QUJD RA==", "Q", "====",
                             "QUJDRA=", "ＱＵＪＤ", "QUJD-_==", "data:application/pdf;base64,QUJD"]),
            st.text(min_size=1, max_size=12).filter(lambda s: len(s) % 4 != 0),
        )))
    elif kind == "duplicate":
        collection = draw(st.sampled_from(["dossiers", "companies"]))
        items = doc.get(collection) or []
        assume(items)
        index = draw(st.integers(0, len(items) - 1))
        twin = copy.deepcopy(items[index])
        if draw(st.booleans()) or len(items) == 1:
            items.insert(draw(st.integers(0, len(items))), twin)
        else:
            other = draw(st.integers(0, len(items) - 1).filter(lambda j: j != index))
            key = "ref" if collection == "dossiers" else "name"
            items[other][key] = items[index][key]
    elif kind == "special-number":
        # NaN / Infinity in a numeric field (Python's json reads them; JSON does not have them)
        path, _ = pick(lambda p, v: isinstance(v, int) and not isinstance(v, bool))
        put(doc, path, draw(st.sampled_from([float("nan"), float("inf"), float("-inf"), 2014.5])))
    elif kind == "bad-enum":
        path, old = pick(lambda p, v: isinstance(v, str) and _parent_key(p) in {
            "gender", "status", "work_permission", "employer_kind", "mode", "purpose", "method",
            "kind", "employment_types"} | ({"level"} if "education" in p else set()))
        put(doc, path, draw(st.one_of(st.just(old.upper()), st.just(old + " "), st.just(""),
                                      TEXT.filter(lambda s: s not in ENUM_VALUES))))
    ascii_only = draw(st.booleans())
    indent = draw(st.sampled_from([None, 1]))
    return json.dumps(doc, ensure_ascii=ascii_only, indent=indent).encode("utf-8"), fresh


@given(case=mutated_documents())
@settings(FUZZ, max_examples=examples(90))
def test_mutated_documents_are_refused_and_change_nothing(fuzz_vault, case):
    vault, baseline, work = fuzz_vault
    raw, fresh = case
    message = assert_refused_unchanged(vault, baseline, work, raw)
    if fresh:
        assert message.startswith("invalid interchange file"), message


@st.composite
def broken_bytes(draw):
    doc = draw(st.sampled_from(BASES))
    raw = json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8")
    kind = draw(st.sampled_from(["truncated", "random", "not-utf8", "nested", "utf16", "garbage-tail"]))
    if kind == "truncated":
        return raw[: draw(st.integers(0, len(raw.rstrip()) - 1))]
    if kind == "random":
        return draw(st.binary(max_size=200))
    if kind == "not-utf8":
        at = draw(st.integers(0, len(raw)))
        bad = draw(st.sampled_from([b"\x80", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80",
                                    b"\xc0\xaf", b"\xfe\xff"]))
        return raw[:at] + bad + raw[at:]
    if kind == "nested":
        depth = draw(st.sampled_from([10, 100, 900, 5_000, 100_000]))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        nested = (opener * depth + "1" + closer * depth).encode()
        where = draw(st.sampled_from([b'"skills": [', b'"dossiers": [', b'"version": ']))
        if where not in raw:
            where = b'"version": '
        if where == b'"version": ':
            return raw.replace(b'"version": 1', b'"version": ' + nested, 1)
        return raw.replace(where, where + nested + b", ", 1)
    if kind == "utf16":
        return json.dumps(doc, ensure_ascii=False).encode(draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32"])))
    return raw + draw(st.sampled_from([b"x", b"{}", b",", b"\x00", b" ]"]))


@given(raw=broken_bytes())
@settings(FUZZ, max_examples=examples(60))
def test_broken_bytes_are_refused_and_change_nothing(fuzz_vault, raw):
    vault, baseline, work = fuzz_vault
    assert_refused_unchanged(vault, baseline, work, raw)


def test_malformed_file_through_the_cli_is_exit_8(tmp_path):
    """The same contract through the command line (a few fixed cases; the fuzzers use the API)."""
    folder = tmp_path / "cli-vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)
    vault.close()
    sample = json.dumps(load_sample()).encode()
    for n, raw in enumerate([sample[:500], b"\xff\xfe{}", b"[" * 100_000, b"",
                             sample.replace(b'"1992-05-14"', b'"1992-02-30"'),
                             sample.replace(b'"gender": "male"', b'"gender": 1')]):
        source = tmp_path / f"bad{n}.json"
        source.write_bytes(raw)
        before = digest_folder(folder)
        result = run_cli("import", str(folder), str(source), "--passphrase-stdin",
                         stdin=PASSPHRASE + "\n")
        line = assert_cli_failure(result, 8)
        assert line.startswith("kakehashi: invalid interchange file"), line
        assert digest_folder(folder) == before


# -- (b) key envelopes -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def envelope_vault(tmp_path_factory):
    """A closed vault, its pristine envelope bytes, its secrets; and a guard on the KDF."""
    folder = tmp_path_factory.mktemp("fuzz-envelope") / "vault"
    vault, recovery_key = Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)
    import_document(vault.conn, load_sample())
    vault.close()
    pristine = (folder / "envelope.json").read_bytes()
    assert pristine == (folder / "envelope-copy.json").read_bytes()

    real_derive = kdf_module.derive

    def guarded_derive(secret, salt, params):
        # Never out of the envelope's bounds: a forged envelope is refused before Argon2 runs.
        assert 1 <= params.time_cost <= kdf_module.MAX_TIME_COST, params
        assert kdf_module.MIN_MEMORY_KIB <= params.memory_kib <= kdf_module.MAX_MEMORY_KIB, params
        assert 1 <= params.parallelism <= kdf_module.MAX_PARALLELISM, params
        if params.time_cost > 3 or params.memory_kib > 64 * 1024 or params.parallelism > 4:
            # In bounds but costly (up to 4 GiB): such parameters were edited into the slot, and
            # the slot header is its AEAD's associated data, so whatever key comes out, the slot
            # cannot open. Skip the cost; the outcome is the same.
            return bytearray(secrets.token_bytes(32))
        return real_derive(secret, salt, params)

    kdf_module.derive = guarded_derive
    try:
        yield folder, pristine, recovery_key
    finally:
        kdf_module.derive = real_derive


def _restore(folder: Path, pristine: bytes) -> None:
    for name in ("envelope.json", "envelope-copy.json"):
        (folder / name).write_bytes(pristine)


def _checksummed(outer: dict) -> bytes:
    """What a forger without the key can do: fix the checksum after an edit."""
    from app.vault.envelope import canonical

    try:
        mac = base64.b64decode(outer["mac"], validate=True)
        body = canonical(outer["envelope"])
    except Exception:  # noqa: BLE001 - an edit that broke these cannot be checksummed
        return json.dumps(outer).encode()
    fixed = {**outer, "checksum": hashlib.sha256(body + mac).hexdigest()}
    return json.dumps(fixed).encode()


KDF_VALUES = st.one_of(
    st.integers(1, 3),  # small and in bounds: the KDF may run
    st.sampled_from([0, -1, 65, 10**6, 2**40, 10**30]),  # out of bounds: refused before it runs
    st.sampled_from([None, True, 1.0, "1", [], {}]),
)
MEMORY_VALUES = st.one_of(
    st.sampled_from([8 * 1024, 16 * 1024]),
    st.sampled_from([0, 7, 1024, 8 * 1024 - 1, 4 * 1024 * 1024 + 1, 2**40, 10**30, -8192]),
    st.sampled_from([None, True, 8192.0, "8192", [8192]]),
)


@st.composite
def envelope_edit(draw, raw: bytes):
    """One damaged or forged copy of ``raw``, and whether its checksum was recomputed."""
    kind = draw(st.sampled_from(["flip", "truncate", "json", "json-checksummed", "kdf"]))
    if kind == "flip":
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
        return bytes(data)
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw) - 2))]
    outer = json.loads(raw)
    if kind == "kdf":
        slot = next(s for s in outer["envelope"]["slots"] if s["kind"] == "passphrase")
        field = draw(st.sampled_from(["time_cost", "memory_kib", "parallelism", "alg", "extra"]))
        if field == "memory_kib":
            slot["kdf"][field] = draw(MEMORY_VALUES)
        elif field == "alg":
            slot["kdf"][field] = draw(st.sampled_from(["argon2i", "scrypt", "", None]))
        elif field == "extra":
            slot["kdf"] = draw(st.sampled_from([None, {}, [], "argon2id", {"alg": "argon2id"}]))
        else:
            slot["kdf"][field] = draw(KDF_VALUES)
        return _checksummed(outer)
    nodes = [(p, v) for p, v in walk(outer) if p]
    path, old = draw(st.sampled_from(nodes))
    action = draw(st.sampled_from(["replace", "delete", "insert"]))
    parent = get(outer, path[:-1])
    if action == "delete":
        del parent[path[-1]]
    elif action == "insert" and isinstance(old, (dict, list)):
        if isinstance(old, dict):
            old[draw(st.text(max_size=8))] = draw(JSON_VALUE)
        else:
            old.insert(draw(st.integers(0, len(old))), draw(JSON_VALUE))
    else:
        new = draw(JSON_VALUE)
        parent[path[-1]] = new
    if kind == "json-checksummed":
        return _checksummed(outer)
    return json.dumps(outer).encode()


@given(data=st.data())
@settings(FUZZ, max_examples=examples(60))
def test_one_damaged_or_forged_copy(envelope_vault, data):
    folder, pristine, recovery_key = envelope_vault
    _restore(folder, pristine)
    name = data.draw(st.sampled_from(["envelope.json", "envelope-copy.json"]))
    edited = data.draw(envelope_edit(pristine))
    (folder / name).write_bytes(edited)
    secret = data.draw(st.sampled_from([PASSPHRASE, recovery_key]))
    try:
        vault = Vault.open(folder, secret)
    except (DamagedEnvelope, WrongPassphrase):
        # only a copy that still passes its checksum (a forger's) may stand in the way
        from app.vault.envelope import Envelope

        Envelope.parse(edited)  # raises DamagedEnvelope if it was mere damage: then it's a bug
        return
    with vault:
        assert vault.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 3
    assert (folder / "envelope.json").read_bytes() == (folder / "envelope-copy.json").read_bytes()


@given(data=st.data())
@settings(FUZZ, max_examples=examples(60))
def test_both_copies_damaged_or_forged(envelope_vault, data):
    folder, pristine, recovery_key = envelope_vault
    _restore(folder, pristine)
    first = data.draw(envelope_edit(pristine))
    second = first if data.draw(st.booleans()) else data.draw(envelope_edit(pristine))
    (folder / "envelope.json").write_bytes(first)
    (folder / "envelope-copy.json").write_bytes(second)
    before = digest_folder(folder)
    secret = data.draw(st.sampled_from([PASSPHRASE, recovery_key, "not the passphrase"]))
    try:
        vault = Vault.open(folder, secret)
    except (DamagedEnvelope, WrongPassphrase):
        assert digest_folder(folder) == before
        return
    # it opened: then the edits did not change what the envelope says (the MAC proves it)
    from app.vault.envelope import Envelope

    original = Envelope.parse(pristine)[0]
    with vault:
        assert secret != "not the passphrase"
        assert vault.envelope.vault_id == original.vault_id
        assert vault.envelope.slots == original.slots
        assert vault.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 3


def test_out_of_bounds_kdf_is_refused_before_any_kdf_runs(envelope_vault, monkeypatch):
    """A forged envelope asking for 1 TiB of memory must not reach Argon2 at all."""
    folder, pristine, _ = envelope_vault
    calls = []
    monkeypatch.setattr(kdf_module, "derive", lambda *a: calls.append(a) or bytearray(32))
    for field, value in (("memory_kib", 2**30), ("time_cost", 10**6), ("parallelism", 255),
                         ("memory_kib", kdf_module.MAX_MEMORY_KIB + 1)):
        outer = json.loads(pristine)
        for slot in outer["envelope"]["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"][field] = value
        forged = _checksummed(outer)
        (folder / "envelope.json").write_bytes(forged)
        (folder / "envelope-copy.json").write_bytes(forged)
        with pytest.raises(DamagedEnvelope):
            Vault.open(folder, PASSPHRASE)
    assert calls == []
    _restore(folder, pristine)


# -- regressions: inputs that once got through (each reason says what went wrong) -----------------


def _sample_with(edit) -> bytes:
    doc = load_sample()
    edit(doc)
    return json.dumps(doc, ensure_ascii=True).encode()


def _bug(raw: bytes, case: str, reason: str):
    """A document that once got past validation; ``reason`` records how."""
    return pytest.param(raw, id=case)


REGRESSION_DOCUMENTS = [
    _bug(_sample_with(lambda d: d["dossiers"][1]["certifications"][0].__setitem__("year", 10**20)),
         "certification-year-past-64-bits",
         "resources/schema (certifications[].year has no minimum/maximum, unlike start_year and "
         "end_year): an integer past 64 bits is valid, then the INSERT raises OverflowError "
         "(CLI: 'internal error', exit 70). Fix: bound it (1900..2100) in the schema"),
    _bug(_sample_with(lambda d: d["dossiers"][0].__setitem__("hometown", "\ud800")),
         "lone-surrogate",
         "app/interchange/validate.py parse_bytes: a lone surrogate (JSON escape \\ud800) is a "
         "valid JSON string and passes the schema; SQLite's UTF-8 encoding then raises "
         "UnicodeEncodeError (CLI: exit 70). Fix: refuse strings that do not encode as UTF-8, "
         "naming the JSON path"),
    _bug(_sample_with(lambda d: None).replace(b'"version": 1', b'"version": ' + b"1" * 5000, 1),
         "integer-of-5000-digits",
         "app/interchange/validate.py parse_bytes catches only JSONDecodeError and RecursionError; "
         "json.loads raises a plain ValueError for an integer literal over 4300 digits (Python's "
         "int limit) (CLI: exit 70). Fix: also catch ValueError -> 'not valid JSON'"),
    _bug(_sample_with(lambda d: d["dossiers"][0].__setitem__("country_of_origin", "CD\n")),
         "country-with-trailing-newline",
         "app/interchange/validate.py: jsonschema matches 'pattern' with Python's re.search, where "
         "'$' also matches before a final newline, so 'CD\\n' passes ^[A-Z]{2}$ and is stored "
         "(ECMA-262 '$' would refuse it). Fix: a format checker / semantic check with "
         "re.fullmatch, or refuse a trailing newline in pattern-checked strings"),
    _bug(_sample_with(lambda d: d["dossiers"][0].__setitem__("birth_date", "1992-05-14\n")),
         "date-with-trailing-newline",
         "app/interchange/validate.py: as above, '1992-05-14\\n' passes the date pattern and "
         "_date_ok (int('14\\n') == 14), and is stored"),
]


@pytest.mark.parametrize("raw", REGRESSION_DOCUMENTS)
def test_known_bad_documents_are_refused(make_vault, tmp_path, raw):
    vault, _ = make_vault()  # a vault of its own: a regression would import into it
    assert_refused_unchanged(vault, export_document(vault.conn), tmp_path, raw)


def test_cli_huge_integer_literal_is_exit_8(tmp_path):
    source = tmp_path / "huge.json"
    source.write_bytes(b'{"format": "kakehashi-dossiers", "version": ' + b"9" * 5000 + b"}")
    folder = tmp_path / "v"
    Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)[0].close()
    result = run_cli("import", str(folder), str(source), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert_cli_failure(result, 8)


@pytest.mark.parametrize("copies", ["one", "both"])
def test_non_ascii_checksum_is_damage_not_a_crash(envelope_vault, copies):
    folder, pristine, _ = envelope_vault
    outer = json.loads(pristine)
    outer["checksum"] = "\u00e9" * 64
    forged = json.dumps(outer, ensure_ascii=True).encode("ascii")
    try:
        (folder / "envelope.json").write_bytes(forged)
        if copies == "both":
            (folder / "envelope-copy.json").write_bytes(forged)
            with pytest.raises(DamagedEnvelope):
                Vault.open(folder, PASSPHRASE)
        else:
            Vault.open(folder, PASSPHRASE).close()
    finally:
        _restore(folder, pristine)
