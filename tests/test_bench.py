"""Smoke test of ``benchmarks/bench.py --quick``: it runs, and its JSON summary holds every figure.

No timing is asserted: the figures depend on the machine and its load.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks" / "bench.py"

FIGURES = [
    # 1. floor
    "floor_read_s",
    "floor_nfc_s",
    "floor_regex_s",
    "floor_s",
    "floor_chars_per_s",
    # 2. in-process parse
    "parse_cold_first_call_s",
    "parse_warm_same_doc_s",
    "parse_corpus_s",
    "parse_chars_per_s",
    "parse_floor_ratio",
    # 3. time vs size
    "size_1x_s",
    "size_4x_s",
    "size_16x_s",
    "growth_exponent_1_4",
    "growth_exponent_1_16",
    # 4. batch CLI
    "batch_files",
    "batch_chars",
    "batch_jobs1_s",
    "batch_jobs1_files_per_s",
    "batch_jobs1_chars_per_s",
    "batch_jobs1_floor_ratio",
    "batch_jobs2_s",
    "batch_jobs2_files_per_s",
    "batch_jobs2_chars_per_s",
    "batch_jobs2_floor_ratio",
    "batch_speedup",
    # 5. peak RSS
    "rss_small_files",
    "rss_large_files",
    "rss_small_mb",
    "rss_large_mb",
    "rss_ratio",
    # 6. cold CLI
    "cli_version_s",
    "cli_parse_one_s",
]


def test_bench_quick(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    summary = json.loads(out.read_text(encoding="utf-8"))
    # the same summary is the last line of stdout
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == summary

    figures = summary["figures"]
    for key in FIGURES:
        value = figures.get(key)
        assert isinstance(value, int | float) and not isinstance(value, bool), (key, value)
        assert math.isfinite(value) and value > 0, (key, value)
    assert summary["identical_output"] is True
    assert summary["problems"] == []

    targets = summary["targets"]
    assert len(targets) >= 7
    assert all(isinstance(t["pass"], bool) for t in targets)
    for key in ("platform", "cpu", "cpu_count", "python"):
        assert summary["machine"][key]
    assert "PASS" in proc.stdout or "MISS" in proc.stdout
