"""The register on real directives: ../shared/seeds and ../shared/corpus, on both engines.

Adding them twice gives the same register, and statuses set by hand survive a re-add. Reads the
documents at run time (never copies them); FAILS (not skips) under CI when they are missing.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pytest

from conftest import SHARED
from ndq57.register import open_register
from ndq57.register.report import build
from register_support import parse_paths

pytest_plugins = ("register_support",)  # the db_url fixture (both engines)

FOLDERS = (SHARED / "seeds", SHARED / "corpus")


@pytest.fixture(scope="module")
def real_docs() -> list[dict[str, Any]]:
    missing = [str(f) for f in FOLDERS if not (f.is_dir() and any(f.glob("*.txt")))]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the real directives are missing: {', '.join(missing)}")
        pytest.skip(f"real directives not found: {', '.join(missing)}")
    return parse_paths(*FOLDERS)


def test_real_directives_add_idempotently_and_keep_hand_statuses(db_url: str, real_docs: list[dict[str, Any]]) -> None:
    with open_register(db_url) as reg:
        first = reg.add(real_docs, by="clerk")
        assert first.documents == len(real_docs) and first.tasks > 50 and first.new == first.tasks
        before = list(reg.dump())
        again = reg.add(real_docs, by="clerk")
        assert (again.new, again.updated, again.removed, again.restored) == (0, 0, 0, 0)
        assert list(reg.dump()) == before
        dated = [r for r in reg.rows() if r["term"] == "dated"][:3]
        assert len(dated) == 3
        for i, row in enumerate(dated):
            reg.done(row["id"], dt.date(2026, 1, 10 + i), by="clerk", note=f"xong {i}")
        report_before = build(reg, dt.date(2026, 1, 1), as_of=dt.date(2026, 1, 31)).to_dict()
        third = reg.add(real_docs, by="robot")
        assert (third.new, third.updated, third.removed) == (0, 0, 0)
        for i, row in enumerate(dated):
            now = reg.resolve(row["id"])
            assert (now["status"], now["done_on"]) == ("done", f"2026-01-{10 + i}")
            assert now["note"].endswith(f"clerk: xong {i}")
        assert build(reg, dt.date(2026, 1, 1), as_of=dt.date(2026, 1, 31)).to_dict() == report_before
        assert report_before["total"]["done_on_time"] + report_before["total"]["done_late"] == 3
