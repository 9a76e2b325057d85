from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# the register tests import helpers from it and load it as a plugin (its fixtures): rewrite its asserts
pytest.register_assert_rewrite("register_support")

# Bytecode is kept for the test session, as benchmarks/bench.py keeps it for its children: with
# PYTHONDONTWRITEBYTECODE set (as on this machine) every xdist worker would compile ndq57 and
# rewrite the asserts of every test module again (~1.5 s a worker), and every ndq57 the tests
# start in a fresh process would compile the package again (~0.4 s each). The files go to the
# git-ignored __pycache__ folders, as without the variable.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# The garbage collector of a test process: the collection (the test modules, their cases, ndq57's
# data and compiled patterns: millions of objects that live to the end) is frozen out of its
# reach once collected (pytest_collection_finish), and its young generation is collected every
# 10000 new objects instead of 700 (fewer full passes over what lives long): ~7% of a worker's
# CPU went to collections, ~2.5% now. (What the tests make is collected as before; the processes
# the tests start keep the interpreter's settings.)
gc.set_threshold(10_000, 10, 10)


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Iterator[list[pytest.Collector]]:
    """The test modules are not searched for doctests (``--doctest-modules`` is for the package:
    none of them has one): searching them took every worker ~1 s of its collection."""
    found: list[pytest.Collector] = yield
    from _pytest.doctest import DoctestModule

    return [c for c in found if not isinstance(c, DoctestModule)]


ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CASES = Path(__file__).resolve().parent / "cases"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def spread(paths: list[Path], most: int) -> list[Path]:
    """At most ``most`` of ``paths`` (sorted), evenly spaced, the first and the last kept: for a
    check of a fast path against its plain reading that needs many texts, not every fixture (the
    golden tests parse each), and whose time should not grow with the fixtures."""
    paths = sorted(paths)
    if len(paths) <= most:
        return paths
    if most < 2:
        return paths[:most]
    step = (len(paths) - 1) / (most - 1)
    return [paths[round(i * step)] for i in range(most)]


def layout_line(*pieces: tuple[int, str]) -> str:
    """A line of a ``pdftotext -layout`` copy: each piece of text starting at its column."""
    out = ""
    for at, text in pieces:
        out = out.ljust(at) + text
    return out


def assert_golden_record(path: Path) -> None:
    """The record of the file ``path`` (parsed from its bytes) is its golden file's, ``NAME.expected.json``
    beside it (written anew with ``NDQ57_REGEN=1``: review the diff)."""
    from ndq57.pipeline import parse_bytes

    got = json.dumps(parse_bytes(path.read_bytes(), source=path.name).to_dict(), ensure_ascii=False, indent=2) + "\n"
    expected = path.with_name(f"{path.stem}.expected.json")
    if os.environ.get("NDQ57_REGEN"):
        expected.write_text(got, encoding="utf-8")
    assert got == expected.read_text(encoding="utf-8")


def task_rows(doc: dict[str, Any], *, text: bool = True) -> list[tuple[Any, ...]]:
    """A record's tasks as (section, [(due, kind) of each deadline], [(unit, role)], task text), to
    compare two readings of one document (a PDF and its HTML source); ``text=False``: without it."""
    when = {d["id"]: (d.get("due"), d.get("kind")) for d in doc["deadlines"]}
    return [
        (t["section"], [when[i] for i in t["deadlines"]], [(o["unit"], o["role"]) for o in t["owners"]])
        + ((t["text"],) if text else ())
        for t in doc["tasks"]
    ]


def seeds_or_fail() -> Path:
    """The seed folder; under CI a missing folder is a failure, elsewhere a skip."""
    if SEEDS.is_dir() and any(SEEDS.glob("*.txt")):
        return SEEDS
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but the seed documents are missing at {SEEDS}")
    pytest.skip(f"seed documents not found at {SEEDS}")


CORPUS = SHARED / "corpus"


def corpus_or_fail() -> Path:
    """The development corpus folder; under CI a missing folder is a failure, elsewhere a skip."""
    if CORPUS.is_dir() and any(CORPUS.glob("*.yaml")):
        return CORPUS
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but the corpus is missing at {CORPUS}")
    pytest.skip(f"corpus not found at {CORPUS}")


CASE_GROUPS = ("real", "synthetic", "negative", "known_failure")


def load_yaml(path: Path) -> Any:
    """A YAML file of the tests (phrase cases, gold files), read with libyaml's safe loader when
    PyYAML has it (the same tree as ``yaml.safe_load``, about ten times faster: the case files are
    read at collection, by every worker)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def case_params(name: str) -> list[object]:
    """The phrase cases of ``tests/cases/<name>.yaml`` as pytest parameters: groups real,
    synthetic, negative and known_failure (the last ones must fail: strict xfail)."""
    data = load_yaml(CASES / f"{name}.yaml")
    assert set(data) <= set(CASE_GROUPS), set(data) - set(CASE_GROUPS)
    out: list[object] = []
    for group, cases in data.items():
        for i, case in enumerate(cases or []):
            marks = [pytest.mark.xfail(strict=True, reason="known gap")] if group == "known_failure" else []
            out.append(pytest.param(case, id=f"{group}-{i}-{case['input'][:40]}", marks=marks))
    return out


def yaml_strings(node: object) -> Iterator[str]:
    """Every string in a loaded YAML tree (the phrase case files), depth first."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from yaml_strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from yaml_strings(v)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own (:mod:`ndq57.cache`), empty at the start."""
    from ndq57 import cache

    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(folder))
    return folder
