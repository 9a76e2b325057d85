"""The register's database connection: SQLite (standard library, WAL) or PostgreSQL (psycopg 3).

The register's SQL is written once, in the subset both engines accept: ``?`` placeholders
(rewritten to ``%s`` for psycopg), ``INSERT … ON CONFLICT … DO UPDATE``, dates and times as ISO
text (``2026-03-15``, ``2026-03-15T08:30:00.000001Z``), which compare the same way in both.
Every statement runs through :class:`Database`, which also turns driver errors into one-line
:class:`RegisterError` messages.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ndq57.errors import Ndq57Error

DEFAULT_DB = "ndq57.db"
ENV_DB = "NDQ57_DB"
PG_PREFIXES = ("postgresql://", "postgres://")


class RegisterError(Ndq57Error):
    """The register cannot do what was asked: no such task, a database that cannot be opened…"""

    kind = "register"


def is_postgres(url: str) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) URL.

    >>> is_postgres("postgresql://u@localhost/reg"), is_postgres("ndq57.db")
    (True, False)
    """
    return url.startswith(PG_PREFIXES)


def redact(url: str) -> str:
    """The URL without its password, for messages.

    >>> redact("postgresql://clerk:secret@db.local:5432/reg")
    'postgresql://clerk:***@db.local:5432/reg'
    """
    if not is_postgres(url) or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    auth, host = rest.rsplit("@", 1)
    if ":" in auth:
        auth = auth.split(":", 1)[0] + ":***"
    return f"{scheme}://{auth}@{host}"


@functools.cache
def _pg_sql(sql: str) -> str:
    """``?`` placeholders → ``%s`` (psycopg's style); a literal ``%`` is doubled.

    >>> _pg_sql("SELECT id FROM t WHERE a = ? AND b LIKE 'x%'")
    "SELECT id FROM t WHERE a = %s AND b LIKE 'x%%'"
    """
    out: list[str] = []
    quoted = False
    for ch in sql:
        if ch == "'":
            quoted = not quoted
        if ch == "%":
            out.append("%%")
        elif ch == "?" and not quoted:
            out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class Database:
    """One open connection. ``engine`` is ``"sqlite"`` or ``"postgresql"``."""

    engine: str
    conn: Any
    label: str  # the path or the redacted URL, for messages
    _depth: int = field(default=0, repr=False)

    # ------------------------------------------------------------ statements

    def _sql(self, sql: str) -> str:
        return _pg_sql(sql) if self.engine == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._errors():
            self.conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if not rows:
            return
        with self._errors():
            if self.engine == "postgresql":
                with self.conn.cursor() as cur:
                    cur.executemany(self._sql(sql), rows)
            else:
                self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._errors():
            cur = self.conn.execute(self._sql(sql), tuple(params))
            return list(cur.fetchall())

    def query_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._errors():
            cur = self.conn.execute(self._sql(sql), tuple(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction (the outermost one commits; nested ones join it). SQLite takes the write
        lock at the start (``BEGIN IMMEDIATE``), so two writers wait for each other instead of
        failing half-way."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            if self.engine == "postgresql":
                with self._errors(), self.conn.transaction():
                    yield
            else:
                self.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                    raise
                self.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    # ------------------------------------------------------------ errors

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except RegisterError:
            raise
        except sqlite3.Error as exc:
            raise RegisterError(f"{self.label}: {_one_line(exc)}") from exc
        except Exception as exc:
            if type(exc).__module__.startswith("psycopg"):
                raise RegisterError(f"{self.label}: {_one_line(exc)}") from exc
            raise


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or exc.__class__.__name__


def connect(url: str) -> Database:
    """Open the register's database: a ``postgresql://`` URL, else a SQLite file path (created
    when missing; ``sqlite:///path`` is accepted too)."""
    if is_postgres(url):
        return _connect_pg(url)
    path = url.removeprefix("sqlite://") if url.startswith("sqlite:///") else url
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise RegisterError(f"{path}: folder {folder} does not exist")
    if os.path.isdir(path):
        raise RegisterError(f"{path}: is a folder, not a database file")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error as exc:
        raise RegisterError(f"{path}: {_one_line(exc)}") from exc
    return Database("sqlite", conn, path)


def _connect_pg(url: str) -> Database:
    label = redact(url)
    try:
        import psycopg
    except ImportError:
        raise RegisterError(f"{label}: a PostgreSQL register needs psycopg 3: pip install 'ndq57[postgres]'") from None
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise RegisterError(f"{label}: {_one_line(exc)}") from exc
    return Database("postgresql", conn, label)
