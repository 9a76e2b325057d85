"""A browsable view of the register: Datasette (the optional extra ``ndq57[serve]``) on its SQLite
file, with facets on lead unit and status, an "overdue by unit" query that takes a date, and
Datasette's own CSV and JSON export of every table and query.

A PostgreSQL register is served through a read-only SQLite snapshot taken at start (Datasette
reads SQLite only): the same tables, the same metadata.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ndq57.data import load
from ndq57.register.db import RegisterError, connect, is_postgres
from ndq57.register.migrations import migrate

TABLES = ("documents", "tasks", "completions", "history")

OVERDUE_BY_UNIT = """\
SELECT t.lead AS unit, d.number AS document, d.date AS document_date, t.text AS task,
       t.units AS owners, t.due_date AS due,
       CAST(julianday(coalesce(nullif(:as_of, ''), date('now'))) - julianday(t.due_date) AS INTEGER) AS days_late,
       t.id AS task_id
FROM tasks t JOIN documents d ON d.doc_key = t.doc_key
WHERE t.present = 1 AND t.status = 'open' AND t.term = 'dated'
  AND t.due_date < coalesce(nullif(:as_of, ''), date('now'))
ORDER BY coalesce(t.lead, '~'), days_late DESC, d.number"""


def metadata(db_name: str) -> dict[str, Any]:
    """Datasette metadata for a register file whose name (without suffix) is ``db_name``."""
    facets: list[Any] = ["status", {"array": "leads"}, "term"]
    return {
        "title": str(load("register")["serve_title"]),
        "description": "Tasks assigned by the directives added with `ndq57 register add`.",
        "databases": {
            db_name: {
                "tables": {
                    "tasks": {
                        "facets": facets,
                        "sort": "due_date",
                        "label_column": "text",
                        "description": "One row per task; status, done_on and note are set by people.",
                    },
                    "task_list": {"facets": facets, "sort": "due"},
                    "documents": {"label_column": "number", "facets": ["type"]},
                    "history": {"facets": ["action", "by_user"], "sort_desc": "at"},
                    "schema_migrations": {"hidden": True},
                },
                "queries": {
                    "overdue_by_unit": {
                        "title": "Overdue by unit",
                        "description": "Open tasks due before the given day (default: today), by lead unit.",
                        "sql": OVERDUE_BY_UNIT,
                    }
                },
            }
        },
    }


def available() -> bool:
    return importlib.util.find_spec("datasette") is not None


@contextlib.contextmanager
def sqlite_file(url: str) -> Iterator[Path]:
    """The SQLite file to serve: the register itself, or a snapshot of a PostgreSQL register."""
    if not is_postgres(url):
        path = Path(url.removeprefix("sqlite://") if url.startswith("sqlite:///") else url)
        if not path.is_file():
            raise RegisterError(f"{path}: no such register (run ndq57 register add first)")
        connect(str(path)).close()  # WAL mode, readable; the schema is brought up to date by the caller
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="ndq57-serve-") as tmp:
        target = Path(tmp) / "ndq57.db"
        snapshot(url, target)
        yield target


def snapshot(url: str, target: Path) -> None:
    """Copy every table of the register at ``url`` into a new SQLite register at ``target``."""
    src = connect(url)
    dst = connect(str(target))
    try:
        migrate(src)
        migrate(dst)
        with dst.transaction():
            for table in TABLES:
                rows = src.query_dicts(f"SELECT * FROM {table}")
                if not rows:
                    continue
                cols = list(rows[0])
                dst.executemany(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                    [[r[c] for c in cols] for r in rows],
                )
    finally:
        src.close()
        dst.close()


def command(db_file: Path, metadata_file: Path, host: str, port: int) -> list[str]:
    """The Datasette command line."""
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_file),
        "--metadata",
        str(metadata_file),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        "5000",
        "--setting",
        "allow_csv_stream",
        "on",
    ]


def run(url: str, host: str, port: int) -> int:
    """Serve the register until interrupted; Datasette's exit code."""
    import json

    if not available():
        raise RegisterError("register serve needs Datasette: pip install 'ndq57[serve]'")
    with sqlite_file(url) as db_file, tempfile.TemporaryDirectory(prefix="ndq57-meta-") as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(db_file.stem), ensure_ascii=False, indent=2), encoding="utf-8")
        proc = subprocess.Popen(command(db_file, meta, host, port), env={**os.environ, "PYTHONUNBUFFERED": "1"})
        previous = signal.signal(signal.SIGTERM, _interrupt)  # stopped by a service manager: clean up too
        try:
            return proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            raise
        finally:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt
