"""Numbered schema migrations of the register, the same SQL on SQLite and PostgreSQL.

Each migration runs once, in a transaction, and is recorded in ``schema_migrations`` (version,
name, time). Opening a register applies the missing ones in order; a register made by a newer
ndq57 (a version this module does not know) is refused rather than guessed at.

Columns hold ISO text for dates (``2026-03-15``) and times (``2026-03-15T08:30:00.000001Z``),
JSON text for structured values (owners, deadlines, a recurrence), and 0/1 integers for flags.
In ``tasks``, the parser owns everything but ``status``, ``done_on`` and ``note``, which people own
and no re-parse writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ndq57.register.db import Database, RegisterError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents, tasks, completions of recurring tasks, status history",
        (
            """CREATE TABLE documents (
                doc_key TEXT PRIMARY KEY,
                number TEXT,
                symbol TEXT,
                type TEXT,
                date TEXT,
                issuer TEXT,
                subject TEXT,
                path TEXT,
                sha256 TEXT NOT NULL,
                tasks INTEGER NOT NULL DEFAULT 0,
                content TEXT NOT NULL,
                added_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            """CREATE TABLE tasks (
                id TEXT PRIMARY KEY,
                doc_key TEXT NOT NULL REFERENCES documents (doc_key),
                task_key TEXT NOT NULL,
                local_id TEXT,
                section TEXT,
                line INTEGER,
                end_line INTEGER,
                text TEXT NOT NULL,
                lead TEXT,
                leads TEXT NOT NULL,
                lead_raws TEXT NOT NULL,
                units TEXT,
                owners TEXT NOT NULL,
                term TEXT NOT NULL,
                due TEXT,
                due_date TEXT,
                recurrence TEXT,
                phrase TEXT,
                deadlines TEXT NOT NULL,
                product TEXT,
                read_as TEXT,
                rule TEXT,
                present INTEGER NOT NULL DEFAULT 1,
                removed_at TEXT,
                first_seen TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'open',
                done_on TEXT,
                note TEXT
            )""",
            "CREATE INDEX tasks_doc_key ON tasks (doc_key)",
            """CREATE TABLE completions (
                task_id TEXT NOT NULL REFERENCES tasks (id),
                occurrence TEXT NOT NULL,
                done_on TEXT NOT NULL,
                note TEXT,
                PRIMARY KEY (task_id, occurrence)
            )""",
            """CREATE TABLE history (
                task_id TEXT NOT NULL REFERENCES tasks (id),
                at TEXT NOT NULL,
                by_user TEXT NOT NULL,
                action TEXT NOT NULL,
                occurrence TEXT,
                value TEXT,
                previous TEXT
            )""",
            "CREATE INDEX history_task ON history (task_id, at)",
        ),
    ),
    Migration(
        2,
        "task_list view: one row per task with its document, for browsing",
        (
            """CREATE VIEW task_list AS
            SELECT t.id, t.status, t.done_on, t.term, t.due_date AS due, t.lead, t.leads, t.units,
                   t.text AS task, d.number AS document, d.date AS document_date, d.type AS document_type,
                   t.section, t.line, t.note, t.present, d.path
            FROM tasks t JOIN documents d ON d.doc_key = t.doc_key""",
        ),
    ),
)

LATEST = MIGRATIONS[-1].version

_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""


def applied(db: Database) -> list[int]:
    """Versions recorded in the register (none for an empty database)."""
    db.execute(_TABLE)
    return [int(r[0]) for r in db.query("SELECT version FROM schema_migrations ORDER BY version")]


def migrate(db: Database, *, upto: int = LATEST) -> list[int]:
    """Apply the missing migrations up to ``upto``; return the versions applied now."""
    done_now: list[int] = []
    with db.transaction():
        if db.engine == "postgresql":  # one migrating process at a time (SQLite: BEGIN IMMEDIATE)
            db.execute("SELECT pg_advisory_xact_lock(5757001)")
        have = set(applied(db))
        unknown = sorted(v for v in have if v > LATEST)
        if unknown:
            raise RegisterError(
                f"{db.label}: the register has schema version {unknown[-1]}, newer than this ndq57 knows "
                f"({LATEST}): upgrade ndq57"
            )
        for mig in MIGRATIONS:
            if mig.version in have or mig.version > upto:
                continue
            for stmt in mig.statements:
                db.execute(stmt)
            now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (mig.version, mig.name, now),
            )
            done_now.append(mig.version)
    return done_now
