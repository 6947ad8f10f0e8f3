"""The benchmark harness runs end to end on a tiny vault, so it cannot rot between real runs.

Figures on 60 dossiers (40 and a batch of 5 for the export) mean nothing; this only checks that
every section runs and that the JSON holds each promised key with a number of the right sign.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest

from tests.support import desk_app

RUN_PY = Path(__file__).with_name("run.py")


@pytest.fixture(scope="module")
def bench():
    """tests/bench/run.py as a module (it is a script, not part of a package)."""
    spec = importlib.util.spec_from_file_location("kakehashi_bench_run", RUN_PY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


@pytest.fixture(scope="module", autouse=True)
def qt_app():
    """The export section renders PDFs in this process: make the desk's application first."""
    return desk_app()


def test_tiny_run_writes_every_figure(bench, tmp_path, capsys):
    out = tmp_path / "bench.json"
    code = bench.main([
        "--dossiers", "60", "--searches", "12", "--kdf-target-ms", "5", "--kdf-memory-kib", "8192",
        "--repeats", "1",
        "--unlock-repeats", "1", "--search-passes", "1", "--json", str(out), "--workdir", str(tmp_path / "work"),
        "--export-dossiers", "40", "--export-batch", "5", "--scan-kib", "32",
        "--desk-dossiers", "60",
        "--quiet",
    ])
    assert code == 0
    figures = json.loads(out.read_text(encoding="utf-8"))

    for key in bench.REQUIRED_KEYS:
        assert key in figures, key
        value = figures[key]
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (key, value)
        assert math.isfinite(value), (key, value)
        assert value > 0, (key, value)  # times and ratios are all strictly positive
    assert figures["dossiers"] == 60
    assert figures["search_queries"] == 12
    assert figures["kdf_target_ms"] == 5
    assert set(figures["meta"]["targets"]) == {"import_ratio", "search_ratio", "unlock_after_kdf_ms",
                                               "export_one_s", "export_batch100_s",
                                               "cold_start_s", "list_fill_ms",
                                               "search_typing_p95_ms", "rss_mb"}
    assert figures["export_dossiers"] == 40
    assert figures["export_batch_profiles"] == 5
    assert figures["export_refused"] == 0
    for key in ("export_risk_ms", "export_build_ms", "export_render_ms", "export_readback_ms"):
        assert figures[key] > 0, key
    assert figures["backup_dossiers"] == 60
    assert 1 <= figures["backup_size_ratio"] < 1.1  # the pages, framed: barely larger
    assert figures["desk_dossiers"] == 60 and figures["desk_rows"] == 60
    for key in ("cold_start_s", "list_fill_ms", "search_typing_p95_ms", "rss_mb"):
        assert figures[key] > 0, key
    assert figures["search_keystrokes"] >= 20

    table = capsys.readouterr().out
    for key in ("import_ratio", "search_ratio", "unlock_after_kdf_ms", "export_one_s",
                "export_batch100_s", "scan_mb_per_s", "backup_s", "restore_s"):
        assert key in table
    assert "met" in table
    assert "EXTRAPOLATED ×100/5" in table  # a batch of 5 is not passed off as one of 100


def test_queries_are_fixed_by_the_seed(bench):
    doc = {"dossiers": [{"names": {"full": "Amina Haddad"}, "skills": ["GIS"]}]}
    first = bench.make_queries(doc, 200, seed=0)
    assert first == bench.make_queries(doc, 200, seed=0)
    assert first != bench.make_queries(doc, 200, seed=1)
    assert len(first) == 200
    kinds = {kind for kind, _ in first}
    assert kinds == set(bench.QUERY_MIX)
    assert any(len(text) == 2 for _, text in first)  # the short-word path is exercised
    assert any(" " in text for _, text in first)  # and multi-word queries


def test_long_text_reaches_its_size_with_the_dossiers_own_texts(bench):
    text = bench.long_text(["alpha beta", "ガンマ"], 1000, own=["OWN"], every=3)
    assert len(text.encode("utf-8")) >= 1000
    assert text.startswith("OWN\n\nalpha beta")
    assert text.count("OWN") >= 1000 // 60


def test_percentile_is_a_seen_value(bench):
    values = [float(v) for v in range(1, 101)]
    assert bench.percentile(values, 95) == 95.0
    assert bench.percentile([3.0], 95) == 3.0
    assert bench.percentile([1.0, 2.0], 50) == 1.0
