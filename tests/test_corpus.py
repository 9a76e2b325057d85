"""Acceptance test: the scorecard of ../shared/tools/score.py over the real directives of
../shared/corpus, computed in process (the scorer's own comparison, on `parse` records made here).

Reads the corpus from ../shared; never copies its text. Fails (not skips) under CI when the corpus
is missing.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType
from typing import Any

import pytest

from conftest import SHARED, corpus_or_fail
from ndq57.pipeline import parse_bytes


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ndq57_score_corpus", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scorecard() -> dict[str, Any]:
    corpus = corpus_or_fail()
    score = _scorer()
    gold = score.load_gold(corpus)
    rows = []
    for name, g in gold.items():
        path = corpus / name
        out = parse_bytes(path.read_bytes(), source=str(path)).to_dict()
        rows.append(score.score_doc(name, g, out, False))
    t = {k: sum(r[k] for r in rows) for k in rows[0] if k != "doc"}
    return {
        "rows": {r["doc"]: r for r in rows},
        "recall": t["found"] / max(t["req"], 1),
        "precision": t["found"] / max(t["found"] + t["extra"], 1),
        "sections": t["sec_ok"] / max(t["found"], 1),
        "owners": t["unit_ok"] / max(t["unit_n"], 1),
        "macro": sum(r["found"] / r["req"] for r in rows if r["req"]) / max(sum(1 for r in rows if r["req"]), 1),
    }


def test_every_copy_reads_right(scorecard: dict[str, Any]) -> None:
    """Issue 11: header fields, top-level structure, footnotes and citations in pandoc, PDF-text,
    OCR and web copies."""
    rows = scorecard["rows"].values()
    meta = sum(r["meta_ok"] for r in rows) / sum(r["meta_n"] for r in rows)
    assert meta >= 0.99, [(r["doc"], r["meta_ok"]) for r in rows if r["meta_ok"] < r["meta_n"]]
    assert [r["doc"] for r in rows if r["sec_score"] < r["sec_n"]] == []
    assert [r["doc"] for r in rows if not r["fn_ok"]] == []
    assert [(r["doc"], r["cit_n"] - r["cit_ok"]) for r in rows if r["cit_ok"] < r["cit_n"]] == []


def _show(card: dict[str, Any]) -> str:
    return "\n".join(f"{name}: {r}" for name, r in card["rows"].items())


def test_deadlines_are_found(scorecard: dict[str, Any]) -> None:
    assert scorecard["recall"] >= 0.9, _show(scorecard)
    assert scorecard["macro"] >= 0.9, _show(scorecard)


def test_what_is_reported_is_a_deadline(scorecard: dict[str, Any]) -> None:
    assert scorecard["precision"] >= 0.9, _show(scorecard)


def test_deadlines_have_their_section_and_owners(scorecard: dict[str, Any]) -> None:
    assert scorecard["sections"] >= 0.9, _show(scorecard)
    assert scorecard["owners"] >= 0.85, _show(scorecard)
