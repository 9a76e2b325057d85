"""Acceptance test: the seed scorecard (../shared/tools/score.py over ../shared/seeds).

Reads the seeds from ../shared; never copies their text. Fails (not skips) under CI when the
seeds are missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED, seeds_or_fail


@pytest.fixture(scope="module")
def scorecard(tmp_path_factory: pytest.TempPathFactory) -> dict:
    seeds = seeds_or_fail()
    exe = Path(sys.executable).with_name("ndq57")
    binary = str(exe) if exe.exists() else shutil.which("ndq57")
    assert binary, "the ndq57 console script is not installed"
    out = tmp_path_factory.mktemp("score") / "score.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            str(seeds / "expected.yaml"),
            str(seeds),
            "--ndq57",
            binary,
            "--json",
            str(out),
            "-v",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    result["log"] = proc.stdout
    return result


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
