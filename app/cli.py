"""``kakehashi``: with no command, the desk (GUI); with a command, the same services headless.

Every command that opens a vault asks for the passphrase on the terminal, or reads one line of
standard input per secret with ``--passphrase-stdin``. Success exits 0; a failure prints one line,
``kakehashi: <reason>``, on stderr and exits with the error's own code — never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from app.errors import DamagedDatabase, KakehashiError, UsageError

PROG = "kakehashi"


# -- secrets ----------------------------------------------------------------------------------


class SecretReader:
    """Passphrases from the terminal (hidden), or one line each from stdin."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise UsageError("expected one more line on standard input (a passphrase)")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise UsageError("no terminal to ask for a passphrase: use --passphrase-stdin")
        first = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass(f"{prompt} (again): ") != first:
            raise UsageError("the two passphrases differ")
        return first


def _open(args):
    from app.vault.vault import Vault

    secret = SecretReader(args.passphrase_stdin).read("Passphrase or recovery key")
    return Vault.open(Path(args.vault), secret)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


# -- commands -------------------------------------------------------------------------------


def cmd_init(args) -> int:
    from app.vault.vault import Vault, check_new_folder, check_new_passphrase

    check_new_folder(Path(args.vault))
    reader = SecretReader(args.passphrase_stdin)
    passphrase = reader.read("New passphrase", confirm=True)
    check_new_passphrase(passphrase)
    _say("Measuring this computer to calibrate the key derivation…")
    vault, recovery_key = Vault.create(
        Path(args.vault), passphrase, label=args.label, kdf_target_ms=args.kdf_target_ms
    )
    with vault:
        slot = vault.slot
    _say(f"Created the vault in {args.vault} (Argon2id: {slot.kdf.memory_kib // 1024} MiB, "
         f"{slot.kdf.time_cost} passes).")
    _say("The line below is the RECOVERY KEY. It is shown only this once. Write it down or print "
         "it and keep it somewhere safe, away from this computer: with it anyone can open the "
         "vault, and without it a forgotten passphrase means the data is lost.")
    print(recovery_key, flush=True)
    return 0


def cmd_import(args) -> int:
    from app.interchange.importer import import_file
    from app.interchange.validate import load_file

    load_file(Path(args.file))  # a malformed file is refused before any passphrase is asked
    with _open(args) as vault:
        result = import_file(vault.conn, Path(args.file), update=args.update)
    _say(result.describe())
    return 0


def cmd_export_json(args) -> int:
    from app.interchange.exporter import write_export

    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"no such folder: {out.parent}")
    with _open(args) as vault:
        count = write_export(vault.conn, out)
    _say(f"wrote {count} dossiers to {out}")
    _say("WARNING: this file is NOT encrypted. It holds everything in the vault: keep it only as "
         "long as needed and delete it securely.")
    return 0


def cmd_list(args) -> int:
    from app.store.dossiers import DossierRepository

    with _open(args) as vault:
        rows = DossierRepository(vault.conn).summaries()
    if args.json:
        print(json.dumps(
            [{"id": r.id, "ref": r.ref, "name": r.name, "updated_at": r.updated_at} for r in rows],
            ensure_ascii=False,
        ))
    else:
        for r in rows:
            print(f"{r.ref}\t{r.name}\t{r.updated_at}")
    return 0


def cmd_verify(args) -> int:
    with _open(args) as vault:
        problems = vault.verify()
    if problems:
        shown = "; ".join(problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise DamagedDatabase(f"{shown}{more}")
    print("ok")
    return 0


def cmd_passwd(args) -> int:
    reader = SecretReader(args.passphrase_stdin)
    with _open_with(reader, args) as vault:
        new = reader.read("New passphrase", confirm=True)
        slot = vault.change_passphrase(new, slot=args.slot, kdf_target_ms=args.kdf_target_ms)
    _say(f"changed the passphrase of key slot '{slot.label}'")
    return 0


def _open_with(reader: SecretReader, args):
    from app.vault.vault import Vault

    return Vault.open(Path(args.vault), reader.read("Current passphrase or recovery key"))


def cmd_keys(args) -> int:
    reader = SecretReader(args.passphrase_stdin)
    with _open_with(reader, args) as vault:
        if args.action == "list":
            for slot in vault.envelope.slots:
                mark = "*" if slot.id == vault.slot.id else " "
                print(f"{slot.id}\t{slot.kind}\t{slot.label}{'' if mark == ' ' else chr(9) + '(this session)'}")
        elif args.action == "add":
            label = args.label or f"caseworker {len(vault.passphrase_slots()) + 1}"
            new = reader.read(f"Passphrase for '{label}'", confirm=True)
            slot = vault.add_slot(label, new, kdf_target_ms=args.kdf_target_ms)
            _say(f"added key slot '{slot.label}' ({slot.id})")
        elif args.action == "remove":
            if not args.slot:
                raise UsageError("name the slot to remove: keys VAULT remove LABEL")
            slot = vault.remove_slot(args.slot)
            _say(f"removed key slot '{slot.label}' ({slot.id})")
        elif args.action == "rotate-recovery":
            key = vault.rotate_recovery_key()
            _say("The old recovery key no longer opens the vault. The new one, shown only once:")
            print(key, flush=True)
    return 0


def cmd_backup(args) -> int:
    from app.backup.operations import backup
    from app.vault.vault import Vault

    secret = SecretReader(args.passphrase_stdin).read("Passphrase or recovery key")
    # shared: a snapshot can be taken while the desk (or an import) has the vault open
    with Vault.open(Path(args.vault), secret, shared=True) as vault:
        summary = backup(vault, Path(args.out))
    _say(f"backed up {summary.describe()} to {summary.path}")
    return 0


def cmd_verify_backup(args) -> int:
    from app.backup.file_format import open_backup
    from app.backup.operations import verify_backup

    open_backup(Path(args.backup))  # framing first: no passphrase asked for a broken file
    secret = SecretReader(args.passphrase_stdin).read("Passphrase or recovery key of the backup")
    summary = verify_backup(Path(args.backup), secret)
    print(f"ok: {summary.describe()}")
    return 0


def cmd_restore(args) -> int:
    from app.backup.file_format import open_backup
    from app.backup.operations import restore

    open_backup(Path(args.backup))
    secret = SecretReader(args.passphrase_stdin).read("Passphrase or recovery key of the backup")
    summary = restore(Path(args.backup), secret, Path(args.new_vault))
    _say(f"restored {summary.describe()} into {args.new_vault}")
    return 0


def cmd_export_profile(args) -> int:
    from app.disclosure.export import export_profiles

    out_dir = Path(args.out_dir)
    if not out_dir.is_dir():
        raise UsageError(f"no such folder: {out_dir}")
    with _open(args) as vault:
        outcomes = export_profiles(vault, args.dossiers, args.company, out_dir, lang=args.lang,
                                   threshold=args.k)
    for outcome in outcomes:
        if outcome.exported:
            print(f"{outcome.name}\texported\t{outcome.path}")
        else:
            print(f"{outcome.name}\trefused\t{outcome.reason}")
    return 0 if all(o.exported for o in outcomes) else 3


def cmd_audit(args) -> int:
    from app.disclosure import log
    from app.vault import envelope as env
    from app.vault.secret import wipe

    with _open(args) as vault:
        entries = log.entries(vault.conn)
        problems: list[str] = []
        if args.verify:
            with vault.unwrapped_key() as data_key:
                key = env.derive_subkey(data_key, log.LOG_KEY_PURPOSE)
            try:
                problems = log.verify(vault.conn, key)
            finally:
                wipe(key)
        head = log.head(vault.conn)
    if args.json:
        print(json.dumps([{"seq": e.seq, "at": e.at, "candidate_code": e.candidate_code,
                           **e.record, "hash": e.hash} for e in entries], ensure_ascii=False))
    else:
        for e in entries:
            r = e.record
            slot = (r.get("slot") or {}).get("label", "?")
            print(f"{e.seq}\t{e.at}\t{r.get('company')}\t{e.candidate_code}\t{r.get('ref')}\t"
                  f"level {r.get('level')}\tk={r.get('k')}\tby {slot}")
    if args.verify:
        if problems:
            raise DamagedDatabase("the disclosure log was tampered with: " + "; ".join(problems[:3]))
        _say(f"the disclosure log's chain is unbroken: {head[0]} entries, newest hash {head[1]}")
    return 0


def cmd_organization(args) -> int:
    from app.disclosure.policy import ORG_KEYS
    from app.store.db import transaction
    from app.store.meta import MetaRepository

    with _open(args) as vault:
        meta = MetaRepository(vault.conn)
        changes = {key: getattr(args, attr) for attr, key in ORG_KEYS.items()
                   if getattr(args, attr) is not None}
        if changes:
            with transaction(vault.conn):
                for key, value in changes.items():
                    meta.set(key, value.strip() or None)
        for attr, key in ORG_KEYS.items():
            print(f"{attr}\t{meta.get(key) or ''}")
    return 0


# -- parsing --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other failure
        raise UsageError(f"{message} (see '{PROG} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Kakehashi: an encrypted desk for caseworkers.")
    common = _Parser(add_help=False)
    common.add_argument(
        "--passphrase-stdin", action="store_true",
        help="read passphrases from standard input, one line each, instead of the terminal",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="start the desk on a temporary demo vault of invented people (deleted on quit)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.add_argument("vault", metavar="VAULT", help="the vault folder")
        p.set_defaults(func=func)
        return p

    def kdf_option(p: argparse.ArgumentParser, default: int | None) -> None:
        p.add_argument("--kdf-target-ms", type=int, default=default, metavar="N",
                       help="calibrate Argon2id to about N ms (default: 1000)")

    p = command("init", cmd_init, "create a new vault")
    kdf_option(p, 1000)
    p.add_argument("--label", default="caseworker 1", help="label of the first key slot")
    p = command("import", cmd_import, "import an interchange file, all or nothing")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--update", action="store_true", help="replace dossiers whose ref exists")
    p = command("export-json", cmd_export_json, "export the whole vault as PLAINTEXT JSON")
    p.add_argument("--out", required=True, metavar="FILE")
    p = command("list", cmd_list, "list the dossiers, newest change first")
    p.add_argument("--json", action="store_true", help="one JSON array")
    command("verify", cmd_verify, "check the database's integrity")
    p = command("passwd", cmd_passwd, "change a passphrase (the database is not rewritten)")
    p.add_argument("--slot", metavar="LABEL", help="the caseworker's slot to change")
    kdf_option(p, None)
    p = command("keys", cmd_keys, "list, add or remove caseworkers' key slots")
    p.add_argument("action", choices=["list", "add", "remove", "rotate-recovery"])
    p.add_argument("slot", nargs="?", metavar="SLOT", help="label or id of the slot to remove")
    p.add_argument("--label", help="label of the new slot (never a client's name)")
    kdf_option(p, None)
    p = command("export-profile", cmd_export_profile,
                "export anonymized profile PDFs of dossiers for one company")
    p.add_argument("dossiers", nargs="+", metavar="DOSSIER", help="a ref or an id")
    p.add_argument("--for", dest="company", required=True, metavar="COMPANY",
                   help="the company's name, as in the vault")
    p.add_argument("--out-dir", required=True, metavar="DIR")
    p.add_argument("--lang", choices=["en", "ja"], default="en")
    p.add_argument("--k", type=int, default=None, metavar="N",
                   help="re-identification threshold (default: the vault's, 5; never below 3)")
    p = command("audit", cmd_audit, "list the disclosure log")
    p.add_argument("--verify", action="store_true", help="prove the log's chain unbroken")
    p.add_argument("--json", action="store_true")
    p = command("organization", cmd_organization,
                "show or set the nonprofit's contact printed on profiles")
    p.add_argument("--name")
    p.add_argument("--email")
    p.add_argument("--phone")
    p = command("backup", cmd_backup, "write an encrypted backup (works while the vault is open)")
    p.add_argument("out", metavar="OUT", help="the backup file to write")

    def backup_command(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.add_argument("backup", metavar="BACKUP", help="the backup file")
        p.set_defaults(func=func)
        return p

    backup_command("verify-backup", cmd_verify_backup, "check a backup whole, without restoring")
    p = backup_command("restore", cmd_restore, "restore a backup into a new vault folder")
    p.add_argument("new_vault", metavar="NEW_VAULT", help="a new (or empty) folder")
    return parser


def _harden_process() -> None:
    """No core dump of a process that holds keys and personal data."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def _database_errors() -> tuple[type[Exception], ...]:
    import sqlite3

    import sqlcipher3

    return (sqlcipher3.DatabaseError, sqlite3.DatabaseError)


def main(argv: list[str] | None = None) -> int:
    _harden_process()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from ui.app import run_gui

            return run_gui(demo=args.demo)
        if getattr(args, "kdf_target_ms", None) is not None and args.kdf_target_ms < 1:
            raise UsageError("--kdf-target-ms must be at least 1")
        if getattr(args, "k", None) is not None and args.k < 3:
            raise UsageError("--k can never be below 3")
        return args.func(args)
    except KakehashiError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return error.exit_code
    except _database_errors() as error:
        from app.vault.connection import translate

        known = translate(error)
        if isinstance(known, KakehashiError):
            print(f"{PROG}: {known}", file=sys.stderr)
            return known.exit_code
        print(f"{PROG}: database error ({type(error).__name__}); the vault was not changed",
              file=sys.stderr)
        return 70
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except MemoryError:
        print(f"{PROG}: out of memory", file=sys.stderr)
        return 12
    except OSError as error:
        # e.g. a full disk or a read-only folder: the message names a path, never a value
        print(f"{PROG}: {error.strerror or type(error).__name__}"
              f"{': ' + str(error.filename) if error.filename else ''}", file=sys.stderr)
        return 13
    except Exception as error:  # noqa: BLE001 - the last net: one line, no traceback, no values
        if os.environ.get("KAKEHASHI_DEBUG") == "1":
            raise
        print(f"{PROG}: internal error ({type(error).__name__}); the vault was not changed",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
