from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CASES = Path(__file__).resolve().parent / "cases"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def seeds_or_fail() -> Path:
    """The seed folder; under CI a missing folder is a failure, elsewhere a skip."""
    if SEEDS.is_dir() and any(SEEDS.glob("*.txt")):
        return SEEDS
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but the seed documents are missing at {SEEDS}")
    pytest.skip(f"seed documents not found at {SEEDS}")
