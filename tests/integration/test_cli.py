"""The command line as outside tests use it: real processes, real vault folders."""

import json
import stat

from tests.support import PASSPHRASE, SAMPLE, init_vault_cli, run_cli

P = PASSPHRASE + "\n"


def one_line_error(result, code, *words):
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kakehashi: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_init_prints_only_the_recovery_key_on_stdout(tmp_path):
    result = run_cli("init", str(tmp_path / "v"), "--passphrase-stdin", "--kdf-target-ms", "1",
                     stdin=P)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    key = result.stdout.strip()
    assert len(key.split("-")) == 8
    assert "RECOVERY KEY" in result.stderr
    assert stat.S_IMODE((tmp_path / "v").stat().st_mode) == 0o700


def test_import_list_export(tmp_path):
    vault = tmp_path / "v"
    init_vault_cli(vault)
    result = run_cli("import", str(vault), str(SAMPLE), "--passphrase-stdin", stdin=P)
    assert result.returncode == 0, result.stderr
    assert "3 new" in result.stderr

    listed = run_cli("list", str(vault), "--passphrase-stdin", stdin=P)
    assert listed.returncode == 0
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert sorted(r[0] for r in rows) == ["S-001", "S-002", "S-003"]
    assert {r[1] for r in rows} >= {"Farid Ahmad Rahimi"}

    as_json = json.loads(run_cli("list", str(vault), "--json", "--passphrase-stdin", stdin=P).stdout)
    assert {d["ref"] for d in as_json} == {"S-001", "S-002", "S-003"}
    assert all({"id", "ref", "name"} <= set(d) for d in as_json)

    out = tmp_path / "export.json"
    exported = run_cli("export-json", str(vault), "--out", str(out), "--passphrase-stdin", stdin=P)
    assert exported.returncode == 0
    assert "NOT encrypted" in exported.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text()) == json.loads(SAMPLE.read_text())


def test_a_dossier_is_named_by_ref_or_id(tmp_path):
    vault = tmp_path / "v"
    init_vault_cli(vault)
    run_cli("import", str(vault), str(SAMPLE), "--passphrase-stdin", stdin=P)
    ids = {d["ref"]: d["id"] for d in json.loads(
        run_cli("list", str(vault), "--json", "--passphrase-stdin", stdin=P).stdout)}
    assert len(set(ids.values())) == 3


def test_import_errors_exit_8_and_change_nothing(tmp_path):
    vault = tmp_path / "v"
    init_vault_cli(vault)
    bad = tmp_path / "bad.json"
    doc = json.loads(SAMPLE.read_text())
    doc["dossiers"][2]["birth_date"] = "yesterday"
    bad.write_text(json.dumps(doc))
    result = run_cli("import", str(vault), str(bad), "--passphrase-stdin", stdin=P)
    one_line_error(result, 8, "$.dossiers[2].birth_date")
    assert "yesterday" not in result.stderr
    listed = run_cli("list", str(vault), "--passphrase-stdin", stdin=P)
    assert listed.stdout == ""

    missing = run_cli("import", str(vault), str(tmp_path / "nope.json"), "--passphrase-stdin", stdin=P)
    one_line_error(missing, 8, "no such file")

    run_cli("import", str(vault), str(SAMPLE), "--passphrase-stdin", stdin=P)
    again = run_cli("import", str(vault), str(SAMPLE), "--passphrase-stdin", stdin=P)
    one_line_error(again, 8, "already in the vault", "--update")
    updated = run_cli("import", str(vault), str(SAMPLE), "--update", "--passphrase-stdin", stdin=P)
    assert updated.returncode == 0 and "3 updated" in updated.stderr


def test_usage_and_terminal_errors_are_one_line(tmp_path):
    one_line_error(run_cli("frobnicate"), 2)
    one_line_error(run_cli("list"), 2)
    # no terminal and no --passphrase-stdin: a clear message, not a hang
    one_line_error(run_cli("list", str(tmp_path)), 2, "--passphrase-stdin")
    one_line_error(run_cli("list", str(tmp_path / "v"), "--passphrase-stdin", stdin=""), 2)
    one_line_error(
        run_cli("init", str(tmp_path / "w"), "--passphrase-stdin", "--kdf-target-ms", "1", stdin="short\n"),
        2, "at least 8",
    )
    assert not (tmp_path / "w").exists()


def test_verify_says_ok(tmp_path):
    vault = tmp_path / "v"
    init_vault_cli(vault)
    run_cli("import", str(vault), str(SAMPLE), "--passphrase-stdin", stdin=P)
    result = run_cli("verify", str(vault), "--passphrase-stdin", stdin=P)
    assert (result.returncode, result.stdout) == (0, "ok\n")


def test_japanese_passphrase(tmp_path):
    vault = tmp_path / "v"
    phrase = "かけはし の あいことば 2026"
    init_vault_cli(vault, phrase)
    assert run_cli("list", str(vault), "--passphrase-stdin", stdin=phrase + "\n").returncode == 0
