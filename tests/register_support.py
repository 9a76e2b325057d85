"""Shared pieces of the register tests: the two engines and the parsed fixture documents.

``db_url`` gives every test a fresh register: a SQLite file, and a PostgreSQL schema of its own in
the database named by ``NDQ57_TEST_PG`` (``.ci/services.sh`` starts one). Without that variable (or
without psycopg) the PostgreSQL cases skip locally and FAIL under CI.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES

REGISTER_FIXTURES = FIXTURES / "register"
PG_ENV = "NDQ57_TEST_PG"
ENGINES = ("sqlite", "postgresql")


def pg_base_url() -> str:
    """The PostgreSQL URL for the tests; skip (locally) or fail (CI) when there is none."""
    url = os.environ.get(PG_ENV, "").strip()
    problem = None
    if not url:
        problem = f"{PG_ENV} is not set (no PostgreSQL to test against)"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            problem = "psycopg is not installed (pip install -e '.[postgres]')"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {problem}")
        pytest.skip(problem)
    return url


def _with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


def fresh_pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose tables live in a new schema, dropped afterwards."""
    import psycopg

    base = pg_base_url()
    schema = "reg_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _with_search_path(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "register.db")
    else:
        yield from fresh_pg_url()


def parse_paths(*paths: Path | str, globs: tuple[str, ...] = ("*.txt",)) -> list[dict[str, Any]]:
    """``Document.to_dict()`` of every file found, through the batch machinery (errors fail)."""
    from ndq57.batch import Job, discover, process
    from ndq57.pipeline import Options

    docs = []
    for item in discover([str(p) for p in paths], globs):
        oc = process(item, Job(options=Options()))
        assert oc.error is None, oc.error
        docs.append(oc.payload)
    return docs


@pytest.fixture(scope="session")
def fixture_docs() -> list[dict[str, Any]]:
    """The documents of tests/fixtures/register, parsed once."""
    return parse_paths(REGISTER_FIXTURES)


def by_number(docs: list[dict[str, Any]], number: str) -> dict[str, Any]:
    for d in docs:
        if d["document"]["number"] == number:
            return d
    raise KeyError(number)
