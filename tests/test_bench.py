"""Smoke test of ``benchmarks/bench.py --quick``: it runs (a few seconds), and its JSON summary
holds every figure.

No timing is asserted: the figures depend on the machine and its load.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import sys
from pathlib import Path

import pytest

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
    "cli_parse_one_empty_cache_s",
]

# 7. hostile inputs: every one at two sizes, with its growth exponent (may be <= 0 on tiny inputs)
HOSTILE = [
    "many_deadlines", "endless_line", "one_mb_line", "joined_fixtures", "footnote_marks", "deep_numbering", "deep_numbering_lines",
    "quarters", "month_phrases", "citations_line", "clauses_no_owner", "pipe_table", "layout_table",
    "labelled_blocks", "unit_list", "ocr_slips", "page_break_pieces", "title_lines", "flow_table",
    "inline_labels", "event_terms", "held_events", "held_chain", "period_limits",
    "paged_pipe_table", "roadmap_lines", "partner_clauses", "owners_in_brackets", "partners_no_lead", "bold_pieces", "period_headings",
    "ongoing_clauses", "running_header_pages", "meeting_cycles", "monthly_days", "named_persons", "person_titles",
    "day_words", "capital_headings", "labelled_line", "quarter_days", "yearly_lists", "steering_names", "titled_units",
    "cited_issuers", "next_month_reports", "kept_collectives", "quarter_months",
]

# 8. PDF and DOCX built by tests/readers_build.py (needs the DejaVu fonts)
READERS = ["pdf_built_pages", "pdf_built_pages_per_s", "docx_built_pages_per_s"]


def test_bench_quick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # run in this process, as its main (the fresh processes it measures it starts itself): a
    # process of its own would import ndq57, its data and the readers again (~0.7 s of CPU)
    out = tmp_path / "bench.json"
    spec = importlib.util.spec_from_file_location("ndq57_bench_quick", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # (its dataclasses look their module up)
    try:
        spec.loader.exec_module(bench)
        code = bench.main(["--quick", "--json", str(out)])
    finally:
        del sys.modules[spec.name]
    stdout, stderr = capsys.readouterr()
    assert code == 0, stdout[-3000:] + stderr[-3000:]
    summary = json.loads(out.read_text(encoding="utf-8"))
    # the same summary is the last line of stdout
    assert json.loads(stdout.strip().splitlines()[-1]) == summary

    figures = summary["figures"]
    for key in FIGURES:
        value = figures.get(key)
        assert isinstance(value, int | float) and not isinstance(value, bool), (key, value)
        # (a growth exponent on the quick run's small inputs may be <= 0 on a loaded machine)
        assert math.isfinite(value) and (value > 0 or "exponent" in key), (key, value)
    assert summary["identical_output"] is True
    assert summary["problems"] == []
    assert summary["heavy_imports"] == []  # a text parse imports no reader, rich, openpyxl, yaml...
    for name in HOSTILE:
        for suffix in ("1x_s", "4x_s", "1x_chars", "4x_chars"):
            assert figures[f"hostile_{name}_{suffix}"] > 0, (name, suffix)
        assert math.isfinite(figures[f"hostile_{name}_exponent"]), name
        assert figures[f"hostile_{name}_4x_chars"] > figures[f"hostile_{name}_1x_chars"]
    # 7b. repeated pieces: an exponent for every piece and the largest per group
    runs = [k for k in figures if k.startswith("run_") and k.endswith("_exponent")]
    groups = [k for k in figures if k.startswith("runs_") and k.endswith("_exponent")]
    assert len(runs) >= 50 and len(groups) == 4
    assert all(math.isfinite(figures[k]) for k in runs + groups)
    for g in groups:
        members = [figures[k] for k in runs if k.startswith(g.replace("runs_", "run_").replace("_exponent", "_"))]
        assert members and figures[g] == max(members)
    from readers_build import FONT_DIR

    if (FONT_DIR / "DejaVuSans.ttf").exists() or os.environ.get("CI"):
        for key in READERS:
            assert figures.get(key, 0) > 0, key

    targets = summary["targets"]
    assert len(targets) >= 7 + len(HOSTILE) + len(groups)
    assert all(isinstance(t["pass"], bool) for t in targets)
    for key in ("platform", "cpu", "cpu_count", "python"):
        assert summary["machine"][key]
    assert "PASS" in stdout or "MISS" in stdout
