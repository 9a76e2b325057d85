"""Golden outputs: every tests/fixtures/<case>.txt parses to tests/fixtures/<case>.expected.json.

Regenerate after an intended change with ``NDQ57_REGEN=1 pytest tests/test_golden.py`` and review
the diff before committing.
"""

from __future__ import annotations

import json
import os

import pytest

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes

CASES = sorted(p for p in FIXTURES.glob("*.txt"))


def render(path) -> str:
    doc = parse_bytes(path.read_bytes(), source=path.name)
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n"


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path) -> None:
    expected = path.with_name(path.stem + ".expected.json")
    got = render(path)
    if os.environ.get("NDQ57_REGEN"):
        expected.write_text(got, encoding="utf-8")
    assert expected.exists(), f"no golden file for {path.name}: run NDQ57_REGEN=1 pytest {__file__}"
    assert got == expected.read_text(encoding="utf-8")
