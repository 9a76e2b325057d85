"""Acceptance test: the seed scorecard (../shared/tools/score.py over ../shared/seeds), computed in
process: the scorer's own comparison on `parse` records made here, summed as its TOTAL line sums
them (as tests/test_corpus.py reads the corpus; score.py's run of the ndq57 command on each file is
tested by tests/test_readers.py on the real PDFs, and the command's JSON by tests/test_cli.py).

Reads the seeds from ../shared; never copies their text. Fails (not skips) under CI when the
seeds are missing.
"""

from __future__ import annotations

import importlib.util
import traceback
from typing import Any

import pytest

from conftest import SHARED, seeds_or_fail
from ndq57.pipeline import parse_bytes


@pytest.fixture(scope="module")
def scorecard() -> dict[str, Any]:
    seeds = seeds_or_fail()
    spec = importlib.util.spec_from_file_location("ndq57_score_seeds", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rows, crashes, log = [], 0, []
    for name, gold in score.load_gold(seeds / "expected.yaml").items():
        path = seeds / name
        try:
            out = parse_bytes(path.read_bytes(), source=str(path)).to_dict()
        except Exception:  # (score.py counts a file that gives no JSON as a crash)
            crashes += 1
            log.append(f"{name}: crash\n{traceback.format_exc()}")
            out = {}
        r = score.score_doc(name, gold, out, False)
        rows.append(r)
        log.append(f"{name}: {r}")
    t = {k: sum(r[k] for r in rows) for k in rows[0] if k != "doc"}
    summary = {  # (score.py's TOTAL)
        "crashes": crashes,
        "deadline_recall": round(t["found"] / max(t["req"], 1), 3),
        "deadline_precision": round(t["found"] / max(t["found"] + t["extra"], 1), 3),
        "section_acc": round(t["sec_ok"] / max(t["found"], 1), 3),
        "unit_acc": round(t["unit_ok"] / max(t["unit_n"], 1), 3),
        "meta_acc": round(t["meta_ok"] / max(t["meta_n"], 1), 3),
        "structure_acc": round(t["sec_score"] / max(t["sec_n"], 1), 3),
        "footnote_docs_ok": f"{t['fn_ok']}/{len(rows)}",
        "citation_recall": round(t["cit_ok"] / max(t["cit_n"], 1), 3),
        "rejoin_recall": round(t["rej_ok"] / max(t["rej_n"], 1), 3),
    }
    return {"summary": summary, "log": "\n".join(log)}


def test_no_crash(scorecard: dict) -> None:
    assert scorecard["summary"]["crashes"] == 0, scorecard["log"]


def test_metadata(scorecard: dict) -> None:
    assert scorecard["summary"]["meta_acc"] == 1.0, scorecard["log"]


def test_structure(scorecard: dict) -> None:
    assert scorecard["summary"]["structure_acc"] == 1.0, scorecard["log"]


def test_footnotes(scorecard: dict) -> None:
    assert scorecard["summary"]["footnote_docs_ok"] == "5/5", scorecard["log"]


def test_citations(scorecard: dict) -> None:
    assert scorecard["summary"]["citation_recall"] >= 0.95, scorecard["log"]


def test_rejoins(scorecard: dict) -> None:
    assert scorecard["summary"]["rejoin_recall"] == 1.0, scorecard["log"]


def test_deadlines(scorecard: dict) -> None:
    s = scorecard["summary"]
    assert s["deadline_recall"] == 1.0, scorecard["log"]
    assert s["deadline_precision"] >= 0.9, scorecard["log"]
    assert s["section_acc"] >= 0.9, scorecard["log"]
    assert s["unit_acc"] >= 0.9, scorecard["log"]
