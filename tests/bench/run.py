#!/usr/bin/env python3
"""Kakehashi's performance benchmark: what encryption costs, how long unlocking, exporting a
profile and backing up take.

    .venv/bin/python tests/bench/run.py [--quick] [--json FILE] [--dossiers N] [--only SECTION]

It prints a table of figures, each beside its target where it has one, and with ``--json`` writes
them to a file (flat keys such as ``import_ratio``; run details under ``meta``). It always exits
0 when it could measure: these are figures to watch, not a test to pass (the harness itself is
kept alive by ``tests/bench/test_bench_smoke.py``).

Sections, run in order (each is a function registered with ``@benchmark``; add one the same way,
returning a dict of numbers, and optionally its targets):

- import: ``import_document`` of N synthetic dossiers into a fresh SQLCipher vault and into the
  same schema without encryption; median of the runs, and the ratio.
- search: a fixed, seeded set of realistic desk queries through ``DossierRepository.search`` on
  both databases; p95 in ms, and the ratio.
- kdf: ``calibrate`` for the target, then the time of ``derive`` with the chosen parameters.
- unlock: ``Vault.open`` of a vault of N dossiers with the calibrated parameters, followed by the
  desk's first query (``summaries(limit=50)``); the KDF is timed by wrapping ``kdf.derive``, so
  ``unlock_after_kdf_ms`` is from the KDF's end to the first query's answer.
- export: ``export_profiles`` (the whole pipeline: consent, re-identification check, profile,
  PDF, read-back, write, log) on a vault of ``--export-dossiers`` synthetic dossiers (1,000;
  150 with ``--quick``), each given a consent to share, for one of the document's companies.
  ``export_one_s`` is one profile, warm (after a first export in the same process has set Qt,
  the font and the scanner up; median over ``--repeats`` dossiers); ``export_batch100_s`` is one
  batch of ``--export-batch`` profiles (100; 30 with ``--quick``, then scaled ×100/30 and the
  label says so). The per-stage split (``export_risk_ms``: register + level choice for one
  target, ``export_build_ms``: ``policy.build``, ``export_render_ms``: ``render_profile``,
  ``export_readback_ms``: ``policy.read_back``) is timed on the dossiers exported one by one,
  so their scanner matchers are compiled already: in an export, a dossier's first build and
  read-back also compile its matcher (``scan_first_ms`` shows the order of that cost), and
  ``export_one_s`` holds the register and level choice, which every ``export_profiles`` call
  makes anew.
  ``scan_mb_per_s``: ``scanner.scan`` over ~``--scan-kib`` of the synthetic summaries,
  aspirations and job descriptions (their mix of English and Japanese; MB = 10⁶ bytes of UTF-8)
  against one dossier's known identifiers (its matcher already compiled), and the English and
  Japanese parts apart.
- backup: ``backup`` of a vault of ``--backup-dossiers`` dossiers with their attachments (by
  default ``--dossiers``) opened normally, and ``restore`` of that backup into a new folder
  (median of ``--repeats`` each). The vault has the fast test KDF parameters, so the two KDF
  runs of a restore (the backup's envelope, then ``Vault.open``) cost a few ms
  (``restore_kdf_ms``): ``restore_s`` is the restore's own work, not a real passphrase's KDF.

- desk: the desk as a caseworker meets it. ``cold_start_s``: a real ``kakehashi`` process
  (``app.cli.main`` with no command, offscreen, a first start) from its start to its unlock
  dialog shown (the child prints one line from a Show event filter and exits). On a vault of
  ``--desk-dossiers`` synthetic dossiers (100,000; 2,000 with ``--quick``; built once per run in
  one transaction), in a child process of its own so its memory is the desk's:
  ``list_fill_ms`` from the unlock's answer to the dossier list's first page (``loaded``),
  ``search_typing_p95_ms`` from each keystroke in the search box (names, skills, places typed
  letter by letter; Japanese words committed whole, as an input method does) to the list's
  ``search_done``, and ``rss_mb`` with the list open and its search index read.

The "plain" database is, by default, the very same SQLite build (the one inside sqlcipher3) used
without a key, so a ratio measures encryption and nothing else. ``--plain-driver sqlite3`` uses
the standard library's module instead: a different SQLite version (3.40 on Debian 12's Python),
so its ratio mixes the cost of encryption with the differences between two SQLite releases.
Either way the plain connection copies a vault connection's pragmas (``MIRRORED_PRAGMAS``).

Reading the figures: wall-clock times are what a caseworker waits; the ``*_cpu_ratio`` lines are
the same ratios in this process's CPU time, which other programs on the machine disturb much less
(check the load average printed at the end). ``--quick`` (1,000 dossiers, a 7 MiB database) fits
in SQLite's default page cache, so it cannot show what happens when the vault outgrows the cache:
only the full run (10,000 dossiers, about 60 MiB) can. ``--pragma NAME=VALUE`` tries a connection
setting on every vault connection without editing app/.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "bench passphrase, not a secret"
#: Argon2id parameters for vaults whose creation is not what is measured.
FAST_KDF_ARGS = (1, 8 * 1024, 1)
#: What ``--json`` must always hold (the smoke test checks it).
REQUIRED_KEYS = (
    "dossiers",
    "import_s",
    "import_plain_s",
    "import_ratio",
    "search_p95_ms",
    "search_plain_p95_ms",
    "search_ratio",
    "kdf_ms",
    "unlock_after_kdf_ms",
    "export_one_s",
    "export_batch100_s",
    "scan_mb_per_s",
    "backup_s",
    "restore_s",
    "backup_size_ratio",
)


# -- configuration ------------------------------------------------------------------------------


@dataclass
class Config:
    dossiers: int = 10_000
    searches: int = 200
    #: Timed passes over the whole query list; a query's time is its median over the passes.
    search_passes: int = 3
    kdf_target_ms: int = 1000
    #: Where calibration starts (the app's default, 256 MiB, unless set: the smoke test skips
    #: the halving down from it).
    kdf_memory_kib: int | None = None
    #: Timed runs of each import (median taken) and of the KDF.
    repeats: int = 3
    #: Timed unlocks (median taken; the first is reported too).
    unlock_repeats: int = 5
    seed: int = 0
    plain_driver: str = "sqlcipher3"
    #: Dossiers in the export section's vault (enough that k can be reached at a useful level).
    export_dossiers: int = 1_000
    #: Profiles in the timed batch (``export_batch100_s`` is scaled to 100 when it is not 100).
    export_batch: int = 100
    #: Size of the free text the scanner is timed on.
    scan_kib: int = 2048
    #: Dossiers (with attachments) in the backup section's vault; ``dossiers`` when None.
    backup_dossiers: int | None = None
    #: Dossiers in the desk section's vault (the dossier list at the size it must stay smooth).
    desk_dossiers: int = 100_000
    #: Extra pragmas run on every vault connection, to try a setting without editing app/.
    pragmas: tuple[str, ...] = ()
    quick: bool = False
    #: Only these sections (all when empty).
    only: tuple[str, ...] = ()
    workdir: str | None = None

    @classmethod
    def quick_config(cls, **overrides) -> Config:
        base = dict(dossiers=1_000, searches=100, kdf_target_ms=100, repeats=3, unlock_repeats=3,
                    export_dossiers=150, export_batch=30, scan_kib=1024, desk_dossiers=2_000,
                    quick=True)
        base.update(overrides)
        return cls(**base)


# -- the registry -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    key: str
    limit: float
    #: "<=" (lower is better) or ">=".
    op: str = "<="

    def met(self, value: float) -> bool:
        return value <= self.limit if self.op == "<=" else value >= self.limit

    def describe(self) -> str:
        return f"{'≤' if self.op == '<=' else '≥'} {self.limit:g}"


@dataclass(frozen=True)
class Benchmark:
    name: str
    func: Callable[[Context], dict]
    targets: tuple[Target, ...] = ()
    #: Human labels for the figures it returns, by key (the key itself otherwise).
    labels: dict = field(default_factory=dict)


BENCHMARKS: list[Benchmark] = []


def benchmark(name: str, *, targets: tuple[Target, ...] = (), labels: dict | None = None):
    """Register ``func(ctx) -> {key: number}`` as a section, run in registration order."""

    def register(func: Callable[[Context], dict]) -> Callable[[Context], dict]:
        if any(b.name == name for b in BENCHMARKS):
            raise ValueError(f"benchmark {name!r} registered twice")
        BENCHMARKS.append(Benchmark(name, func, tuple(targets), dict(labels or {})))
        return func

    return register


def all_targets() -> dict[str, Target]:
    return {t.key: t for b in BENCHMARKS for t in b.targets}


# -- shared state -------------------------------------------------------------------------------


class Context:
    """What sections share: the config, a scratch folder, and lazily built inputs.

    A section that needs something another section makes (the document, the databases the import
    filled, the calibrated KDF parameters) asks for it here, so any subset of sections runs.
    """

    def __init__(self, config: Config, workdir: Path, log: Callable[[str], None]) -> None:
        self.config = config
        self.workdir = workdir
        self.log = log
        #: Folders of databases holding the whole document, by kind ("sqlcipher", "plain").
        self.filled: dict[str, Path] = {}
        #: Labels a section sets at run time (e.g. "extrapolated"), over its registered ones.
        self.labels: dict[str, str] = {}
        self._counter = 0

    def fresh_path(self, stem: str) -> Path:
        """A new, not yet existing path in the work folder (which ``--workdir`` may reuse)."""
        while True:
            self._counter += 1
            path = self.workdir / f"{self._counter:03d}-{stem}"
            if not path.exists():
                return path

    @cached_property
    def document(self) -> dict:
        from app.synthetic import generate_document

        start = time.perf_counter()
        doc = generate_document(self.config.dossiers, seed=self.config.seed)
        self.log(f"generated {len(doc['dossiers']):,} dossiers in {time.perf_counter() - start:.1f} s")
        return doc

    @cached_property
    def kdf_params(self):
        from app.vault.kdf import calibrate

        if self.config.kdf_memory_kib is None:
            return calibrate(self.config.kdf_target_ms)
        return calibrate(self.config.kdf_target_ms, memory_kib=self.config.kdf_memory_kib)

    def filled_database(self, kind: str) -> Path:
        """A database of ``kind`` holding the whole document (made now unless import made it)."""
        if kind not in self.filled:
            from app.interchange.importer import import_document

            target = self.fresh_path(kind)
            with self.database(kind, target, create=True) as conn:
                import_document(conn, self.document)
            self.filled[kind] = target
        return self.filled[kind]

    # -- databases ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def database(self, kind: str, folder: Path, *, create: bool) -> Iterator:
        """A connection to the database in ``folder``: a vault ("sqlcipher") or the baseline.

        A vault is made with fast KDF parameters (its creation is never what is timed) and opened
        through ``Vault.open``, so it has exactly the app's connection settings. The plain
        database gets the schema through ``migrate`` and the same pragmas as a vault connection
        (read off one, so a change in ``app/vault/connection.py`` carries over by itself).
        """
        if kind == "sqlcipher":
            from app.vault.vault import Vault

            with extra_pragmas(self.config.pragmas):
                if create:
                    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=fast_kdf())
                else:
                    vault = Vault.open(folder, PASSPHRASE)
            with vault:
                yield vault.conn
        elif kind == "plain":
            from app.store.migrations import migrate

            folder.mkdir(parents=True, exist_ok=True)
            driver = _plain_module(self.config.plain_driver)
            conn = driver.connect(str(folder / "plain.db"), isolation_level=None,
                                  check_same_thread=False)
            try:
                for name, value in self.vault_pragmas.items():
                    conn.execute(f"PRAGMA {name} = {value}").fetchall()
                migrate(conn)
                yield conn
            finally:
                conn.close()
        else:
            raise ValueError(f"unknown database kind {kind!r}")

    @cached_property
    def vault_pragmas(self) -> dict[str, object]:
        """The settings of a vault connection that the plain baseline copies."""
        folder = self.fresh_path("pragmas")
        with self.database("sqlcipher", folder, create=True) as conn:
            found = {}
            for name in MIRRORED_PRAGMAS:
                row = conn.execute(f"PRAGMA {name}").fetchone()
                if row is not None:
                    found[name] = row[0]
        return found


#: Connection settings the plain baseline copies from a vault connection (journal_mode first:
#: it must be set before anything is written).
MIRRORED_PRAGMAS = ("journal_mode", "synchronous", "temp_store", "foreign_keys", "busy_timeout",
                    "cache_size", "cache_spill", "wal_autocheckpoint", "journal_size_limit",
                    "secure_delete", "automatic_index")


def fast_kdf():
    from app.vault.kdf import KdfParams

    return KdfParams(*FAST_KDF_ARGS)


@contextlib.contextmanager
def extra_pragmas(pragmas: tuple[str, ...]) -> Iterator[None]:
    """Try settings without editing app/: ``--pragma cache_size=-65536`` is run on every vault
    connection right after ``connect`` (and so, mirrored, on the plain one too)."""
    if not pragmas:
        yield
        return
    from app.vault import vault

    original = vault.connect

    def connect(*args, **kwargs):
        conn = original(*args, **kwargs)
        for pragma in pragmas:
            conn.execute(f"PRAGMA {pragma}").fetchall()
        return conn

    vault.connect = connect
    try:
        yield
    finally:
        vault.connect = original


def _plain_module(name: str):
    if name == "sqlcipher3":
        import sqlcipher3  # never keyed here: the same SQLite, without encryption

        return sqlcipher3
    if name == "sqlite3":
        import sqlite3

        return sqlite3
    raise ValueError(f"unknown plain driver {name!r}")


def sqlite_versions(plain_driver: str) -> dict:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    plain = _plain_module(plain_driver)
    conn = plain.connect(":memory:")
    try:
        plain_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return {"sqlcipher": cipher, "sqlcipher_sqlite": sqlite_version,
            "plain_driver": plain_driver, "plain_sqlite": plain_version}


# -- timing helpers -----------------------------------------------------------------------------


@contextlib.contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: ...`` then ``t[0]`` is the elapsed seconds and ``t[1]`` this
    process's CPU seconds (which other programs on the machine disturb far less)."""
    gc.collect()
    out: list[float] = []
    start, cpu = time.perf_counter(), time.process_time()
    try:
        yield out
    finally:
        out.extend((time.perf_counter() - start, time.process_time() - cpu))


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: a p95 is a time that was actually seen)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = max(1, min(len(ordered), -(-len(ordered) * pct // 100)))
    return ordered[int(rank) - 1]


def ratio(a: float, b: float) -> float:
    return a / b if b > 0 else float("inf")


# -- sections -----------------------------------------------------------------------------------


@benchmark(
    "import",
    targets=(Target("import_ratio", 1.3),),
    labels={
        "import_s": "import into SQLCipher vault (median)",
        "import_plain_s": "import into plain SQLite (median)",
        "import_ratio": "import SQLCipher / plain",
        "import_cpu_ratio": "… the same in CPU time (less noisy)",
        "import_dossiers_per_s": "SQLCipher import rate",
        "import_db_mib": "vault database size",
        "import_runs": "timed runs of each",
    },
)
def bench_import(ctx: Context) -> dict:
    from app.interchange.importer import import_document

    doc = ctx.document
    times: dict[str, list[float]] = {"sqlcipher": [], "plain": []}
    cpu: dict[str, list[float]] = {"sqlcipher": [], "plain": []}
    for run in range(ctx.config.repeats):
        # Alternate which goes first, so drift (thermal, other load) is shared.
        order = ("sqlcipher", "plain") if run % 2 == 0 else ("plain", "sqlcipher")
        for kind in order:
            folder = ctx.fresh_path(f"import-{kind}")
            with ctx.database(kind, folder, create=True) as conn:
                with stopwatch() as elapsed:
                    result = import_document(conn, doc)
            if result.dossiers_added != len(doc["dossiers"]):
                raise RuntimeError(f"{kind}: imported {result.dossiers_added} dossiers")
            times[kind].append(elapsed[0])
            cpu[kind].append(elapsed[1])
            ctx.log(f"import {kind} run {run + 1}: {elapsed[0]:.2f} s (CPU {elapsed[1]:.2f} s)")
            ctx.filled[kind] = folder  # the last one serves the search section
    enc = statistics.median(times["sqlcipher"])
    plain = statistics.median(times["plain"])
    db = ctx.filled["sqlcipher"] / "vault.db"
    return {
        "import_s": enc,
        "import_plain_s": plain,
        "import_ratio": ratio(enc, plain),
        "import_cpu_ratio": ratio(statistics.median(cpu["sqlcipher"]),
                                  statistics.median(cpu["plain"])),
        "import_dossiers_per_s": len(doc["dossiers"]) / enc,
        "import_db_mib": db.stat().st_size / 2**20,
        "import_runs": ctx.config.repeats,
    }


# Desk queries: what a caseworker types. Kinds are reported apart, since they take different
# paths through ``search`` (trigram MATCH for words of 3+ characters, a LIKE scan for shorter).
_SKILLS = ["GIS", "accountant", "accounting", "nurse", "nursing", "welder", "welding",
           "forklift", "caregiver", "bookkeeping", "translator", "interpreter", "Python",
           "software engineer", "electrician", "driver", "cook", "chef", "teacher", "pharmacist",
           "civil engineer", "mechanic", "sales", "logistics", "agriculture", "data"]
_LANGUAGES = ["Arabic", "French", "English", "Dari", "Pashto", "Farsi", "Burmese", "Tigrinya",
              "Amharic", "Turkish", "Kurdish", "Swahili", "Ukrainian", "Russian", "Japanese",
              "Tamil", "Urdu", "Somali"]
_JAPANESE = ["エンジニア", "看護師", "看護", "介護", "介護福祉士", "通訳", "翻訳", "溶接",
             "調理", "東京", "大阪", "埼玉", "日本語", "会計", "建設", "農業", "製造", "運転"]
_SHORT = ["IT", "HR", "QA", "UX", "介護", "看護", "通訳", "会計", "東京", "Li", "Al", "N2", "B2",
          "ar", "fr", "uk"]
_MULTI = ["nurse Arabic", "GIS engineer", "accountant Tokyo", "welder forklift",
          "software engineer Python", "French interpreter", "caregiver 介護", "Dari driver",
          "看護 Tokyo", "chef Osaka", "logistics English", "teacher French"]
QUERY_MIX = {"skill": 0.25, "language": 0.12, "name": 0.23, "japanese": 0.15, "short": 0.10,
             "multi": 0.15}
_SEARCH_LABELS = {
    "search_queries": "queries, each on both databases",
    "search_passes": "timed passes (a query's median is used)",
    "search_p95_ms": "search p95, SQLCipher",
    "search_plain_p95_ms": "search p95, plain SQLite",
    "search_ratio": "search p95 SQLCipher / plain",
    "search_cpu_ratio": "… the same in CPU time (less noisy)",
    "search_p50_ms": "search median, SQLCipher",
    "search_plain_p50_ms": "search median, plain SQLite",
    "search_max_ms": "slowest search, SQLCipher",
    "search_hits_median": "hits per query (median, limit 200)",
}
for _kind in QUERY_MIX:
    _SEARCH_LABELS[f"search_{_kind}_p95_ms"] = f"  {_kind} queries p95, SQLCipher"
    _SEARCH_LABELS[f"search_{_kind}_plain_p95_ms"] = f"  {_kind} queries p95, plain"


def make_queries(doc: dict, count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` (kind, query) pairs: fixed word lists plus pieces of names from the data."""
    rnd = random.Random(f"kakehashi-bench-{seed}")
    dossiers = doc.get("dossiers") or []
    names = [
        word
        for d in dossiers[: min(len(dossiers), 2000)]
        for word in (d.get("names", {}).get("full") or "").split()
        if len(word) >= 3
    ]
    skills_in_data = sorted({s for d in dossiers[:2000] for s in d.get("skills", ()) if s})

    def partial_name() -> str:
        word = rnd.choice(names) if names else rnd.choice(["Ahmad", "Fatima", "Mukendi"])
        # a prefix or an inner piece, as typed into the search box, at least 3 characters
        size = rnd.randint(3, max(3, min(len(word), 7)))
        start = 0 if rnd.random() < 0.6 else rnd.randint(0, len(word) - size)
        return word[start:start + size]

    makers = {
        "skill": lambda: rnd.choice(_SKILLS + skills_in_data[:40]),
        "language": lambda: rnd.choice(_LANGUAGES),
        "name": partial_name,
        "japanese": lambda: rnd.choice(_JAPANESE),
        "short": lambda: rnd.choice(_SHORT),
        "multi": lambda: rnd.choice(_MULTI),
    }
    queries = []
    for kind, share in QUERY_MIX.items():
        n = max(1, round(count * share))
        queries += [(kind, makers[kind]()) for _ in range(n)]
    rnd.shuffle(queries)
    return queries[:count] if len(queries) > count else queries


@benchmark(
    "search",
    targets=(Target("search_ratio", 1.3),),
    labels=_SEARCH_LABELS,
)
def bench_search(ctx: Context) -> dict:
    from app.store.dossiers import DossierRepository

    queries = make_queries(ctx.document, ctx.config.searches, ctx.config.seed)
    with contextlib.ExitStack() as stack:
        conns = {
            kind: stack.enter_context(ctx.database(kind, ctx.filled_database(kind), create=False))
            for kind in ("sqlcipher", "plain")
        }
        repos = {kind: DossierRepository(conn) for kind, conn in conns.items()}
        # A few untimed queries first: the desk has just been opened and shown its list.
        for _, text in queries[:5]:
            for repo in repos.values():
                repo.search(text)
        gc.collect()
        # runs[kind][i]: the times of query i over the passes. Whole passes (rather than one
        # query repeated) keep the page cache as a session of varied searches leaves it.
        runs: dict[str, list[list[float]]] = {k: [[] for _ in queries] for k in repos}
        cpu_runs: dict[str, list[list[float]]] = {k: [[] for _ in queries] for k in repos}
        hits = []
        for n in range(ctx.config.search_passes):
            for i, (_, text) in enumerate(queries):
                order = ("sqlcipher", "plain") if (i + n) % 2 == 0 else ("plain", "sqlcipher")
                for kind in order:
                    start, cpu = time.perf_counter(), time.process_time()
                    found = repos[kind].search(text)
                    runs[kind][i].append((time.perf_counter() - start) * 1000)
                    cpu_runs[kind][i].append((time.process_time() - cpu) * 1000)
                    if kind == "sqlcipher" and n == 0:
                        hits.append(len(found))
    times = {kind: [statistics.median(r) for r in per_query] for kind, per_query in runs.items()}
    cpu_times = {k: [statistics.median(r) for r in per_query] for k, per_query in cpu_runs.items()}
    by_kind: dict[str, dict[str, list[float]]] = {"sqlcipher": {}, "plain": {}}
    for kind, values in times.items():
        for (kind_of_query, _), ms in zip(queries, values):
            by_kind[kind].setdefault(kind_of_query, []).append(ms)
    enc95 = percentile(times["sqlcipher"], 95)
    plain95 = percentile(times["plain"], 95)
    figures = {
        "search_queries": len(queries),
        "search_passes": ctx.config.search_passes,
        "search_p95_ms": enc95,
        "search_plain_p95_ms": plain95,
        "search_ratio": ratio(enc95, plain95),
        "search_cpu_ratio": ratio(percentile(cpu_times["sqlcipher"], 95),
                                  percentile(cpu_times["plain"], 95)),
        "search_p50_ms": statistics.median(times["sqlcipher"]),
        "search_plain_p50_ms": statistics.median(times["plain"]),
        "search_max_ms": max(times["sqlcipher"]),
        "search_hits_median": statistics.median(hits),
    }
    for kind_of_query in QUERY_MIX:
        enc = by_kind["sqlcipher"].get(kind_of_query)
        plain = by_kind["plain"].get(kind_of_query)
        if enc and plain:
            figures[f"search_{kind_of_query}_p95_ms"] = percentile(enc, 95)
            figures[f"search_{kind_of_query}_plain_p95_ms"] = percentile(plain, 95)
    return figures


@benchmark(
    "kdf",
    labels={
        "kdf_target_ms": "KDF target",
        "kdf_ms": "Argon2id derive, calibrated (median)",
        "kdf_calibrate_s": "calibration took",
        "kdf_time_cost": "calibrated passes",
        "kdf_memory_kib": "calibrated memory (KiB)",
        "kdf_parallelism": "calibrated lanes",
    },
)
def bench_kdf(ctx: Context) -> dict:
    from app.vault.kdf import derive

    with stopwatch() as took:
        params = ctx.kdf_params
    runs = []
    for _ in range(ctx.config.repeats):
        with stopwatch() as elapsed:
            derive(b"bench passphrase", b"\x01" * 16, params)
        runs.append(elapsed[0] * 1000)
    return {
        "kdf_target_ms": ctx.config.kdf_target_ms,
        "kdf_ms": statistics.median(runs),
        "kdf_calibrate_s": took[0],
        "kdf_time_cost": params.time_cost,
        "kdf_memory_kib": params.memory_kib,
        "kdf_parallelism": params.parallelism,
    }


@contextlib.contextmanager
def instrument_unlock() -> Iterator[dict]:
    """Wrap ``kdf.derive`` and the vault's ``connect``/``migrate`` to record when each ran."""
    from app.vault import kdf, vault

    marks: dict[str, list[tuple[float, float]]] = {"kdf": [], "connect": [], "migrate": []}

    def timed(name, func):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                marks[name].append((start, time.perf_counter()))

        return wrapper

    originals = (kdf.derive, vault.connect, vault.migrate)
    kdf.derive = timed("kdf", kdf.derive)
    vault.connect = timed("connect", vault.connect)
    vault.migrate = timed("migrate", vault.migrate)
    try:
        yield marks
    finally:
        kdf.derive, vault.connect, vault.migrate = originals


@benchmark(
    "unlock",
    targets=(Target("unlock_after_kdf_ms", 150),),
    labels={
        "unlock_after_kdf_ms": "unlock after KDF → first list (median)",
        "unlock_after_kdf_first_ms": "… the first unlock of the run",
        "unlock_kdf_ms": "unlock's KDF (median)",
        "unlock_before_kdf_ms": "unlock before KDF (lock, envelope read)",
        "unlock_total_ms": "unlock total → first list (median)",
        "unlock_connect_ms": "… of which connect (key, pragmas)",
        "unlock_migrate_ms": "… of which migrate check",
        "unlock_first_query_ms": "… of which summaries(limit=50)",
    },
)
def bench_unlock(ctx: Context) -> dict:
    from app.interchange.importer import import_document
    from app.store.dossiers import DossierRepository
    from app.vault.vault import Vault

    params = ctx.kdf_params
    folder = ctx.fresh_path("unlock")
    with extra_pragmas(ctx.config.pragmas):
        vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=params)
    with vault:
        import_document(vault.conn, ctx.document)

    samples: list[dict[str, float]] = []
    for _ in range(ctx.config.unlock_repeats):
        gc.collect()
        with extra_pragmas(ctx.config.pragmas), instrument_unlock() as marks:
            start = time.perf_counter()
            opened = Vault.open(folder, PASSPHRASE)
            try:
                query_start = time.perf_counter()
                rows = DossierRepository(opened.conn).summaries(limit=50)
                answered = time.perf_counter()
            finally:
                opened.close()
        if len(rows) != min(50, len(ctx.document["dossiers"])):
            raise RuntimeError(f"the first list has {len(rows)} rows")
        if not marks["kdf"]:
            raise RuntimeError("Vault.open ran no kdf.derive: the instrumentation is out of date")

        def spent(name: str) -> float:
            return sum(end - begin for begin, end in marks[name]) * 1000

        samples.append({
            # from the end of the (last) derivation to the first list's answer
            "after": (answered - marks["kdf"][-1][1]) * 1000,
            "kdf": spent("kdf"),
            "before": (marks["kdf"][0][0] - start) * 1000,
            "total": (answered - start) * 1000,
            "connect": spent("connect"),
            "migrate": spent("migrate"),
            "query": (answered - query_start) * 1000,
        })
        ctx.log(f"unlock: after KDF {samples[-1]['after']:.1f} ms, KDF {samples[-1]['kdf']:.0f} ms")

    def med(key: str) -> float:
        return statistics.median(s[key] for s in samples)

    return {
        "unlock_after_kdf_ms": med("after"),
        "unlock_after_kdf_first_ms": samples[0]["after"],
        "unlock_kdf_ms": med("kdf"),
        "unlock_before_kdf_ms": med("before"),
        "unlock_total_ms": med("total"),
        "unlock_connect_ms": med("connect"),
        "unlock_migrate_ms": med("migrate"),
        "unlock_first_query_ms": med("query"),
    }


# -- export: the disclosure pipeline ------------------------------------------------------------

#: The consent every dossier of the export vault is given (scope absent = any company).
SHARE_CONSENT = {"purpose": "share_anonymized_profile", "given_on": "2026-01-01"}


def export_dossiers_needed(config: Config) -> int:
    """Distinct dossiers the export section uses: a warm-up, one per repeat, then the batch."""
    return 1 + config.repeats + config.export_batch


def export_document(count: int, seed: int) -> dict:
    """``generate_document(count, seed)`` with every dossier consenting to share a profile."""
    from app.synthetic import generate_document

    doc = generate_document(count, seed=seed)
    for dossier in doc["dossiers"]:
        dossier["consents"] = [*dossier.get("consents", ()), dict(SHARE_CONSENT)]
    return doc


def scan_texts(doc: dict) -> list[str]:
    """The free texts a profile's scanner reads: summaries, aspirations, job descriptions."""
    texts = []
    for dossier in doc["dossiers"]:
        texts += [dossier.get("summary"), dossier.get("aspirations")]
        texts += [job.get("description") for job in dossier.get("experience") or ()]
    return [t for t in texts if t]


def long_text(texts: list[str], size: int, own: list[str] = (), every: int = 50) -> str:
    """``texts`` one after another (again from the start if need be) up to ``size`` UTF-8 bytes,
    with one of ``own`` (the dossier's own texts, where its identifiers may occur) before every
    ``every`` of them, so that the scanner has hits to handle along the way."""
    if not texts:
        raise RuntimeError("the document has no free text to scan")
    parts, total, n = [], 0, 0
    while total < size:
        for text in texts:
            if own and n % every == 0:
                parts.append(own[(n // every) % len(own)])
                total += len(parts[-1].encode("utf-8")) + 2
            parts.append(text)
            total += len(text.encode("utf-8")) + 2
            n += 1
            if total >= size:
                break
    return "\n\n".join(parts)


#: Kana or kanji: a text holding one is counted as Japanese.
_JAPANESE_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")


def _refused(outcomes) -> list[str]:
    return [f"{o.name}: {o.reason}" for o in outcomes if not o.exported]


@benchmark(
    "export",
    targets=(Target("export_one_s", 0.5), Target("export_batch100_s", 30)),
    labels={
        "export_dossiers": "dossiers in the export vault",
        "export_first_s": "first export of the process (Qt, font, scanner set up)",
        "export_one_s": "export one profile, warm (median)",
        "export_batch100_s": "export a batch of 100 profiles",
        "export_batch_profiles": "profiles in the timed batch",
        "export_batch_per_profile_s": "… per profile",
        "export_batch_level": "… generalization level chosen for the batch",
        "export_refused": "profiles refused (should be 0)",
        "export_risk_ms": "stage: register + level choice, one target (median)",
        "export_build_ms": "stage: policy.build (median)",
        "export_render_ms": "stage: render_profile (median)",
        "export_readback_ms": "stage: policy.read_back (median)",
        "scan_mb_per_s": "scanner on long free text, en+ja mix (median)",
        "scan_en_mb_per_s": "… English text only",
        "scan_ja_mb_per_s": "… Japanese text only",
        "scan_text_mb": "scanned text (UTF-8, MB = 10⁶ bytes)",
        "scan_identifiers": "known identifiers of the dossier",
        "scan_hits": "hits in the mixed text",
        "scan_first_ms": "first scan with a new dossier (compiles its matcher)",
    },
)
def bench_export(ctx: Context) -> dict:
    from datetime import date

    from app.disclosure import policy, scanner
    from app.disclosure.export import export_profiles, threshold_of
    from app.disclosure.known import known_identifiers
    from app.disclosure.risk import Register, choose_level
    from app.interchange.importer import import_document
    from app.render.pdf import render_profile
    from app.store.dossiers import DossierRepository
    from app.vault.vault import Vault

    config = ctx.config
    needed = export_dossiers_needed(config)
    if config.export_dossiers < needed:
        raise ValueError(f"the export section needs at least {needed} dossiers")
    doc = export_document(config.export_dossiers, config.seed)
    company = doc["companies"][0]["name"]
    refs = [d["ref"] for d in doc["dossiers"]]
    warm_ref, one_refs = refs[0], refs[1:1 + config.repeats]
    batch_refs = refs[1 + config.repeats:needed]
    out_dir = ctx.fresh_path("export-out")
    out_dir.mkdir()
    figures: dict = {"export_dossiers": len(refs)}

    with extra_pragmas(config.pragmas):
        vault, _ = Vault.create(ctx.fresh_path("export-vault"), PASSPHRASE, kdf_params=fast_kdf())
    with vault:
        import_document(vault.conn, doc)
        ctx.log(f"export: vault of {len(refs):,} dossiers, company {company!r}")

        with stopwatch() as first:
            outcomes = export_profiles(vault, [warm_ref], company, out_dir, lang="en")
        refused = _refused(outcomes)
        figures["export_first_s"] = first[0]

        ones, codes = [], {}
        for ref in one_refs:
            with stopwatch() as took:
                outcomes = export_profiles(vault, [ref], company, out_dir, lang="en")
            ones.append(took[0])
            refused += _refused(outcomes)
            codes.update((o.name, o.code) for o in outcomes if o.exported)
            ctx.log(f"export: one profile in {took[0]:.2f} s (level {outcomes[0].level}, "
                    f"k={outcomes[0].k})")
        figures["export_one_s"] = statistics.median(ones)

        with stopwatch() as took:
            outcomes = export_profiles(vault, batch_refs, company, out_dir, lang="en")
        refused += _refused(outcomes)
        n = len(batch_refs)
        figures["export_batch100_s"] = took[0] * 100 / n
        if n != 100:
            ctx.labels["export_batch100_s"] = (
                f"export a batch of 100 profiles, EXTRAPOLATED ×100/{n} from a batch of {n}")
        figures["export_batch_profiles"] = n
        figures["export_batch_per_profile_s"] = took[0] / n
        figures["export_batch_level"] = max((o.level or 0) for o in outcomes)
        ctx.log(f"export: batch of {n} in {took[0]:.1f} s")
        figures["export_refused"] = len(refused)
        for line in refused[:5]:
            ctx.log(f"export: refused {line}")

        # The stages, on the dossiers exported one by one (their matchers are compiled, so
        # build's scan is warm; a new dossier's compile is in scan_first_ms below).
        conn = vault.conn
        repo = DossierRepository(conn)
        threshold = threshold_of(conn)
        organization = policy.organization_of(conn)
        stages: dict[str, list[float]] = {"risk": [], "build": [], "render": [], "readback": []}
        for ref, code in codes.items():
            today = date.today()
            dossier_id = repo.resolve(ref)
            dossier = repo.load(dossier_id)
            overrides = policy.overrides_of(conn, dossier_id)
            with stopwatch() as t_risk:
                register = Register.from_connection(conn, today)
                risk = choose_level([register.by_id[dossier_id]], register, threshold,
                                    [policy.suppressed(overrides)])
            with stopwatch() as t_build:
                built = policy.build(dossier, level=risk.level, lang="en", today=today,
                                     overrides=overrides,
                                     never_share=policy.never_share_of(conn, dossier_id),
                                     organization=organization)
            with stopwatch() as t_render:
                pdf = render_profile(policy.with_code(built.profile, code))
            with stopwatch() as t_readback:
                leaks = policy.read_back(pdf, dossier, built)
            if leaks:
                raise RuntimeError(f"{ref}: read-back found {leaks} in a profile export wrote")
            for name, t in (("risk", t_risk), ("build", t_build), ("render", t_render),
                            ("readback", t_readback)):
                stages[name].append(t[0] * 1000)
        for name, values in stages.items():
            if values:
                figures[f"export_{name}_ms"] = statistics.median(values)

    # The scanner alone, on long free text, with the identifiers of a dossier not exported above:
    # of those whose summary names them (so there are hits), the one with the median number of
    # identifiers (neither a sparse nor a rich one).
    rest = doc["dossiers"][needed:] or doc["dossiers"]
    naming = [d for d in rest[:400]
              if (d.get("names") or {}).get("given") and d["names"]["given"] in d.get("summary", "")]
    by_size = sorted(naming or rest[:200], key=lambda d: len(known_identifiers(d)))
    target = by_size[len(by_size) // 2]
    known = known_identifiers(target)
    texts = scan_texts(doc)
    own = scan_texts({"dossiers": [target]})
    size = config.scan_kib * 1024
    with stopwatch() as took:
        scanner.scan(own[0] if own else texts[0], known)
    figures["scan_first_ms"] = took[0] * 1000
    japanese = [t for t in texts if _JAPANESE_CHAR.search(t)]
    english = [t for t in texts if not _JAPANESE_CHAR.search(t)]
    samples = {"scan": long_text(texts, size, own)}
    if english and japanese:
        samples["scan_en"] = long_text(english, size // 2, own)
        samples["scan_ja"] = long_text(japanese, size // 2, own)
    for key, text in samples.items():
        mb = len(text.encode("utf-8")) / 1e6
        runs = []
        for _ in range(config.repeats):
            with stopwatch() as took:
                hits = scanner.scan(text, known)
            runs.append(took[0])
        figures[f"{key}_mb_per_s"] = mb / statistics.median(runs)
        ctx.log(f"export: {key} {mb:.2f} MB in {statistics.median(runs):.2f} s, {len(hits):,} hits")
        if key == "scan":
            figures["scan_text_mb"] = mb
            figures["scan_hits"] = len(hits)
    figures["scan_identifiers"] = len(known)
    return figures


# -- backup -------------------------------------------------------------------------------------


def folder_bytes(folder: Path) -> int:
    """The vault's database as it stands on disk: vault.db and its WAL, if there is one."""
    from app.vault.vault import DB_FILE

    return sum((folder / name).stat().st_size for name in (DB_FILE, f"{DB_FILE}-wal")
               if (folder / name).is_file())


@contextlib.contextmanager
def timing(owner, name: str, marks: list[float]) -> Iterator[None]:
    """Wrap ``owner.name`` (a module function or a method) so its run times land in ``marks``."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            marks.append(time.perf_counter() - start)

    setattr(owner, name, wrapper)
    try:
        yield
    finally:
        setattr(owner, name, original)


@benchmark(
    "backup",
    labels={
        "backup_dossiers": "dossiers (with attachments) in the vault",
        "backup_documents": "attachments in the vault",
        "backup_vault_mib": "vault database (vault.db + WAL)",
        "backup_s": "backup of the open vault (median)",
        "backup_integrity_s": "… of which integrity check of the snapshot",
        "backup_mib_per_s": "backup rate",
        "backup_size_ratio": "backup file / vault database",
        "restore_s": "restore into a new folder (median; fast test KDF)",
        "restore_kdf_ms": "… of which the KDF runs (fast test parameters)",
        "restore_verify_s": "… of which the restored vault's verify",
    },
)
def bench_backup(ctx: Context) -> dict:
    import shutil

    from app.backup import operations
    from app.backup.operations import backup, restore
    from app.interchange.importer import import_document
    from app.synthetic import generate_document
    from app.vault.vault import Vault

    config = ctx.config
    count = config.backup_dossiers or config.dossiers
    start = time.perf_counter()
    doc = generate_document(count, seed=config.seed, documents=True)
    folder = ctx.fresh_path("backup-vault")
    with extra_pragmas(config.pragmas):
        vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=fast_kdf())
    with vault:
        import_document(vault.conn, doc)
    del doc
    ctx.log(f"backup: vault of {count:,} dossiers with attachments made in "
            f"{time.perf_counter() - start:.1f} s")

    backups: list[Path] = []
    times, integrity = [], []
    with extra_pragmas(config.pragmas):
        vault = Vault.open(folder, PASSPHRASE)
    with vault:
        vault_bytes = folder_bytes(folder)
        documents = vault.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        for _ in range(config.repeats):
            out = ctx.fresh_path("vault.kkbackup")
            marks: list[float] = []
            with timing(operations, "integrity_problems", marks), stopwatch() as took:
                summary = backup(vault, out)
            if summary.manifest.dossiers != count:
                raise RuntimeError(f"the backup holds {summary.manifest.dossiers} dossiers")
            times.append(took[0])
            integrity.append(sum(marks))
            backups.append(out)
            ctx.log(f"backup: {took[0]:.2f} s")
    sizes = [b.stat().st_size for b in backups]

    restores, kdf_ms, verify = [], [], []
    for out in backups:
        target = ctx.fresh_path("restored")
        marks = []
        with extra_pragmas(config.pragmas), instrument_unlock() as unlock_marks, \
                timing(Vault, "verify", marks), stopwatch() as took:
            restore(out, PASSPHRASE, target)
        restores.append(took[0])
        kdf_ms.append(sum(end - begin for begin, end in unlock_marks["kdf"]) * 1000)
        verify.append(sum(marks))
        ctx.log(f"restore: {took[0]:.2f} s")
        shutil.rmtree(target)
        out.unlink()

    backup_s = statistics.median(times)
    return {
        "backup_dossiers": count,
        "backup_documents": documents,
        "backup_vault_mib": vault_bytes / 2**20,
        "backup_s": backup_s,
        "backup_integrity_s": statistics.median(integrity),
        "backup_mib_per_s": vault_bytes / 2**20 / backup_s,
        "backup_size_ratio": statistics.median(sizes) / vault_bytes,
        "restore_s": statistics.median(restores),
        "restore_kdf_ms": statistics.median(kdf_ms),
        "restore_verify_s": statistics.median(verify),
    }


# -- desk -----------------------------------------------------------------------------------------

#: What the caseworker types into the list's search box, one keystroke at a time: names, skills,
#: languages, places. Japanese words arrive whole, as an input method commits them.
DESK_TYPED = ["ahmad", "fatima", "mukendi", "nurse", "welding", "accountant", "engineer",
              "arabic", "osaka", "driver", "kovalenko", "it support"]
DESK_COMMITTED = ["介護", "看護師", "東京", "通訳"]
#: Time between the list's answer and the next keystroke (brisk typing is 100-200 ms a key).
KEYSTROKE_GAP_MS = 40

#: The child process of ``cold_start_s``: the desk as ``kakehashi`` starts it, which prints one
#: line and exits the moment its unlock dialog is shown.
COLD_START_CHILD = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.app import KakehashiApplication
app = KakehashiApplication(sys.argv[:1])

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and type(obj).__name__ == "UnlockDialog":
            def shown():
                print("unlock dialog shown", flush=True)
                os._exit(0)
            QTimer.singleShot(0, shown)  # after the show: the first paint is queued before
        return False

watch = Watch()
app.installEventFilter(watch)
from app.cli import main
sys.exit(main([]))
"""


def cold_start_once(ctx: Context) -> float:
    """Seconds from the process's start to the unlock dialog shown (a first start: the create
    page, in a home folder of its own)."""
    import subprocess

    home = ctx.fresh_path("cold-home")
    (home / ".config").mkdir(parents=True)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "QT_QPA_PLATFORM": "offscreen", "KAKEHASHI_LANG": "en"}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", COLD_START_CHILD], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = child.stdout.readline()
        took = time.perf_counter() - start
    finally:
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    if "shown" not in line:
        raise RuntimeError("the desk did not show its unlock dialog")
    return took


def desk_vault(ctx: Context) -> Path:
    """A vault of ``desk_dossiers`` synthetic dossiers, built once per run (one transaction)."""
    folder = getattr(ctx, "_desk_vault", None)
    if folder is not None:
        return folder
    from app.store.db import transaction
    from app.store.dossiers import DossierRepository
    from app.synthetic import iter_dossiers
    from app.vault.vault import Vault

    count = ctx.config.desk_dossiers
    folder = ctx.fresh_path("desk-vault")
    start = time.perf_counter()
    with extra_pragmas(ctx.config.pragmas):
        vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=fast_kdf())
    with vault:
        repository = DossierRepository(vault.conn)
        with transaction(vault.conn):
            for doc in iter_dossiers(count, seed=ctx.config.seed):
                repository.insert(doc)
    ctx.log(f"desk: vault of {count:,} dossiers made in {time.perf_counter() - start:.1f} s")
    ctx._desk_vault = folder
    return folder


def _rss_mb(field: str = "VmRSS") -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def desk_child(folder: Path, repeats: int, typed: list[str], committed: list[str]) -> dict:
    """Run in a process of its own (so its memory is the desk's): unlock, fill the list, type.

    ``list_fill_ms``: from the unlock's answer to the list's ``loaded`` (first page shown),
    median of ``repeats`` unlocks. ``search_typing_p95_ms``: from a keystroke (or an input
    method's commit) to the list's ``search_done`` for that text. ``rss_mb``: resident memory
    afterwards, with the list open and its search index read.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer, Qt
    from PySide6.QtTest import QTest

    from ui.app import KakehashiApplication
    from ui.dossier_list_view import DossierListView
    from ui.privacy import PrivacyScreen
    from ui.session import VaultSession

    app = KakehashiApplication(["kakehashi-bench"])
    app.set_language("en")

    def wait_until(condition, timeout: float = 600.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the desk did not get there in time")
            loop = QEventLoop()
            QTimer.singleShot(1, loop.quit)
            loop.exec()

    session = VaultSession()
    view = DossierListView(session, PrivacyScreen())
    view.resize(1100, 700)
    view.show()
    loaded: list[float] = []
    done: list[tuple[float, str]] = []
    view.loaded.connect(lambda: loaded.append(time.perf_counter()))
    view.search_done.connect(lambda: done.append((time.perf_counter(), view.search.text())))
    fills = []
    for n in range(repeats):
        outcome: list = []
        session.unlock(folder, PASSPHRASE, outcome.append, outcome.append)
        wait_until(lambda: bool(outcome))
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        start = time.perf_counter()
        loaded.clear()
        view.load()
        wait_until(lambda: bool(loaded))
        app.processEvents()  # the first page painted
        fills.append((loaded[0] - start) * 1000)
        if view.model.rowCount() == 0:
            raise RuntimeError("the list is empty")
        if n < repeats - 1:
            view.clear()
            locked: list = []
            session.lock(locked.append)
            wait_until(lambda: bool(locked))
    wait_until(lambda: not session.worker.is_busy())  # the search index read after the fill

    keystrokes: list[float] = []
    painted: list[float] = []

    def settle(ms: int) -> None:
        """The event loop runs for ``ms`` (the list is painted, as between real keystrokes)."""
        end = time.perf_counter() + ms / 1000
        wait_until(lambda: time.perf_counter() >= end)

    def measure(action, expected: str) -> None:
        done.clear()
        start = time.perf_counter()
        action()
        wait_until(lambda: any(text == expected for _, text in done)
                   and not session.worker.is_busy())
        at = next(t for t, text in done if text == expected)
        keystrokes.append((at - start) * 1000)
        view.table.viewport().repaint()  # what the caseworker sees: the new rows drawn
        painted.append((time.perf_counter() - start) * 1000)
        settle(KEYSTROKE_GAP_MS)

    view.search.setFocus()
    for word in typed:
        for i, char in enumerate(word):
            measure(lambda c=char: QTest.keyClick(view.search, c), word[: i + 1])
        view.search.clear()
        wait_until(lambda: not session.worker.is_busy() and not view._debounce.isActive())
    for word in committed:
        measure(lambda w=word: view.search.insert(w), word)
        view.search.clear()
        wait_until(lambda: not session.worker.is_busy() and not view._debounce.isActive())
    rss = _rss_mb()
    peak = _rss_mb("VmHWM")
    rows = view.model.rowCount()
    view.clear()
    session.shutdown()
    del Qt
    return {
        "list_fill_ms": statistics.median(fills),
        "list_fill_first_ms": fills[0],
        "search_typing_p95_ms": percentile(keystrokes, 95),
        "search_typing_p50_ms": statistics.median(keystrokes),
        "search_typing_max_ms": max(keystrokes),
        "search_typing_painted_p95_ms": percentile(painted, 95),
        "search_keystrokes": len(keystrokes),
        "rss_mb": rss,
        "rss_peak_mb": peak,
        "desk_rows": rows,
    }


@benchmark(
    "desk",
    targets=(Target("cold_start_s", 1.5), Target("list_fill_ms", 500),
             Target("search_typing_p95_ms", 100), Target("rss_mb", 300)),
    labels={
        "desk_dossiers": "dossiers in the desk's vault",
        "cold_start_s": "process start to the unlock dialog shown (median)",
        "cold_start_first_s": "… the first start of the run",
        "list_fill_ms": "unlock done to the list's first page (median)",
        "list_fill_first_ms": "… the first unlock (nothing cached yet)",
        "search_typing_p95_ms": "keystroke to the list updated, p95",
        "search_typing_p50_ms": "keystroke to the list updated, median",
        "search_typing_max_ms": "slowest keystroke",
        "search_typing_painted_p95_ms": "… to the new rows painted, p95",
        "search_keystrokes": "keystrokes timed",
        "rss_mb": "resident memory, the list open",
        "rss_peak_mb": "peak resident memory of the desk process",
        "desk_rows": "rows in the list at the end",
    },
)
def bench_desk(ctx: Context) -> dict:
    """The desk as a caseworker meets it: cold start, the list filled after unlocking, search as
    you type, memory. The list is measured in a child process (this one's memory holds the
    other sections' data)."""
    import subprocess

    config = ctx.config
    starts = [cold_start_once(ctx) for _ in range(max(1, config.repeats))]
    ctx.log(f"desk: cold starts {', '.join(f'{s:.2f}' for s in starts)} s")
    folder = desk_vault(ctx)
    typed = DESK_TYPED if not config.quick else DESK_TYPED[:6]
    child = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--desk-child", str(folder),
         "--repeats", str(config.repeats), "--desk-typed", ",".join(typed),
         "--desk-committed", ",".join(DESK_COMMITTED)],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if child.returncode != 0:
        raise RuntimeError(f"the desk child failed: {child.stderr.strip().splitlines()[-1:]}")
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    ctx.log(f"desk: list filled in {figures['list_fill_ms']:.0f} ms, typing p95 "
            f"{figures['search_typing_p95_ms']:.0f} ms, {figures['rss_mb']:.0f} MB")
    return {
        "desk_dossiers": config.desk_dossiers,
        "cold_start_s": statistics.median(starts),
        "cold_start_first_s": starts[0],
        **figures,
    }


# -- running and reporting ----------------------------------------------------------------------


def run(config: Config, log: Callable[[str], None] | None = None) -> dict:
    """Run the sections; return ``{"dossiers": N, <figures>..., "meta": {...}}``."""
    log = log or (lambda message: None)
    unknown = set(config.only) - {b.name for b in BENCHMARKS}
    if unknown:
        raise ValueError(f"unknown sections: {', '.join(sorted(unknown))}")
    results: dict = {"dossiers": config.dossiers}
    sections: dict[str, float] = {}
    with contextlib.ExitStack() as stack:
        if config.workdir:
            workdir = Path(config.workdir)
            workdir.mkdir(parents=True, exist_ok=True)
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kakehashi-bench-")))
        ctx = Context(config, workdir, log)
        started = time.perf_counter()
        for bench in BENCHMARKS:
            if config.only and bench.name not in config.only:
                continue
            log(f"-- {bench.name}")
            t0 = time.perf_counter()
            figures = bench.func(ctx)
            sections[bench.name] = time.perf_counter() - t0
            clash = set(figures) & set(results)
            if clash:
                raise RuntimeError(f"{bench.name} returned keys already set: {sorted(clash)}")
            results.update(figures)
        total = time.perf_counter() - started
        mirrored = dict(ctx.__dict__.get("vault_pragmas") or {})
        run_labels = dict(ctx.labels)
    results["meta"] = {
        "labels": run_labels,
        "plain_pragmas": mirrored,
        "config": asdict(config),
        "seconds_total": total,
        "seconds_by_section": sections,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_after": os.getloadavg() if hasattr(os, "getloadavg") else None,
        **sqlite_versions(config.plain_driver),
        "targets": {k: {"op": t.op, "limit": t.limit, "met": t.met(results[k])}
                    for k, t in all_targets().items() if k in results},
    }
    return results


def _unit(key: str) -> str:
    if key.endswith("_mb_per_s"):
        return "MB/s"
    if key.endswith("_mib_per_s"):
        return "MiB/s"
    if key.endswith("_per_s"):
        return "/s"
    if key.endswith("_ms"):
        return "ms"
    if key.endswith("_s"):
        return "s"
    if key.endswith("_ratio"):
        return "×"
    if key.endswith("_kib"):
        return "KiB"
    if key.endswith("_mib"):
        return "MiB"
    if key.endswith("_mb"):
        return "MB"
    return ""


def _number(value) -> str:
    if isinstance(value, int):
        return f"{value:,}"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def format_table(results: dict) -> str:
    meta = results.get("meta", {})
    config = meta.get("config", {})
    targets = all_targets()
    labels = {"dossiers": "dossiers in each database"}
    labels.update({k: v for b in BENCHMARKS for k, v in b.labels.items()})
    labels.update(meta.get("labels") or {})
    section_of = {}
    head = (
        f"Kakehashi benchmark: {results['dossiers']:,} dossiers"
        f"{' (quick)' if config.get('quick') else ''}, {meta.get('cpus')} CPUs, "
        f"SQLCipher {meta.get('sqlcipher')} (SQLite {meta.get('sqlcipher_sqlite')}), plain = "
        f"{meta.get('plain_driver')} (SQLite {meta.get('plain_sqlite')})"
        + (" without a key" if meta.get("plain_driver") == "sqlcipher3" else "")
    )
    if config.get("pragmas"):
        head += "\nexperiment, on every connection: " + "; ".join(
            f"PRAGMA {p}" for p in config["pragmas"])
    rows = [("section", "figure", "key", "value", "target", "")]
    current = None
    for bench in BENCHMARKS:
        for key in bench.labels:
            section_of[key] = bench.name
    for key, value in results.items():
        if key == "meta" or not isinstance(value, (int, float)):
            continue
        section = section_of.get(key, "" if key == "dossiers" else key.split("_", 1)[0])
        shown_section = section if section != current else ""
        current = section
        target = targets.get(key)
        verdict = ("met" if target.met(value) else "NOT MET") if target else ""
        unit = _unit(key)
        rows.append((shown_section, labels.get(key, key), key,
                     f"{_number(value)} {unit}".rstrip(),
                     f"{target.describe()} {unit}".rstrip() if target else "", verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    lines = [head, ""]
    for i, row in enumerate(rows):
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1]), row[2].ljust(widths[2]),
                 row[3].rjust(widths[3]), row[4].ljust(widths[4]), row[5]]
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    if "seconds_total" in meta:
        lines.append("")
        lines.append(
            f"ran in {meta['seconds_total']:.1f} s ("
            + ", ".join(f"{k} {v:.1f} s" for k, v in meta.get("seconds_by_section", {}).items())
            + f"); load average after: "
            + ", ".join(f"{x:.2f}" for x in (meta.get("load_average_after") or ()))
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> tuple[Config, argparse.Namespace]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="1,000 dossiers, 100 searches, 100 ms KDF target; export: 150 "
                             "dossiers, a batch of 30 (under a minute)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE")
    parser.add_argument("--dossiers", type=int, metavar="N")
    parser.add_argument("--searches", type=int, metavar="N", help="number of distinct queries")
    parser.add_argument("--search-passes", type=int, metavar="N")
    parser.add_argument("--kdf-target-ms", type=int, metavar="MS")
    parser.add_argument("--kdf-memory-kib", type=int, metavar="KIB",
                        help="memory calibration starts from (default: the app's)")
    parser.add_argument("--repeats", type=int, metavar="N", help="timed runs of import and KDF")
    parser.add_argument("--unlock-repeats", type=int, metavar="N")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--export-dossiers", type=int, metavar="N",
                        help="dossiers in the export vault (default 1,000; 150 with --quick)")
    parser.add_argument("--export-batch", type=int, metavar="N",
                        help="profiles in the timed batch (default 100; 30 with --quick)")
    parser.add_argument("--scan-kib", type=int, metavar="KIB",
                        help="free text the scanner is timed on (default 2048; 1024 with --quick)")
    parser.add_argument("--backup-dossiers", type=int, metavar="N",
                        help="dossiers, with attachments, in the backup vault (default: --dossiers)")
    parser.add_argument("--desk-dossiers", type=int, metavar="N",
                        help="dossiers in the desk section's vault (default 100,000; 2,000 with "
                             "--quick)")
    parser.add_argument("--plain-driver", choices=("sqlcipher3", "sqlite3"),
                        help="the unencrypted baseline (default: sqlcipher3 without a key)")
    parser.add_argument("--pragma", action="append", metavar="NAME=VALUE",
                        help="experiment: also run PRAGMA NAME=VALUE on every vault connection "
                             "(mirrored on the plain one), e.g. cache_size=-65536")
    parser.add_argument("--only", action="append", metavar="SECTION",
                        choices=[b.name for b in BENCHMARKS],
                        help=f"run only this section (repeatable): {', '.join(b.name for b in BENCHMARKS)}")
    parser.add_argument("--workdir", metavar="DIR", help="keep the databases here (default: a temp folder)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    overrides = {
        name: getattr(args, name)
        for name in ("dossiers", "searches", "search_passes", "kdf_target_ms", "kdf_memory_kib",
                     "repeats", "unlock_repeats", "seed", "plain_driver", "workdir",
                     "export_dossiers", "export_batch", "scan_kib", "backup_dossiers",
                     "desk_dossiers")
        if getattr(args, name) is not None
    }
    if args.only:
        overrides["only"] = tuple(args.only)
    if args.pragma:
        overrides["pragmas"] = tuple(args.pragma)
    config = Config.quick_config(**overrides) if args.quick else Config(**overrides)
    if min(config.dossiers, config.searches, config.search_passes, config.repeats,
           config.unlock_repeats, config.export_batch, config.scan_kib,
           config.backup_dossiers or 1, config.desk_dossiers) < 1:
        parser.error("--dossiers, --searches, --search-passes, the repeats, --export-batch, "
                     "--scan-kib, --backup-dossiers and --desk-dossiers must be at least 1")
    if config.export_dossiers < export_dossiers_needed(config):
        parser.error(f"--export-dossiers must be at least {export_dossiers_needed(config)}: one "
                     "warm-up, one per repeat and the batch, each a different dossier")
    return config, args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--desk-child"]:
        # the desk section's child process: --desk-child FOLDER --repeats N --desk-typed A,B
        # --desk-committed C,D; prints its figures as one JSON line
        options = dict(zip(argv[2::2], argv[3::2]))
        figures = desk_child(Path(argv[1]), int(options["--repeats"]),
                             [w for w in options["--desk-typed"].split(",") if w],
                             [w for w in options["--desk-committed"].split(",") if w])
        print(json.dumps(figures))
        return 0
    config, args = parse_args(argv)

    def log(message: str) -> None:
        if not args.quiet:
            print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    results = run(config, log)
    print(format_table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
