"""The task register: documents and their tasks, with what people say about them.

:class:`Register` is the whole API: ``add`` (upsert parsed documents), ``done``, ``reopen``,
``note`` (status changes, each recorded in ``history`` with who and when), ``tasks`` (rows with
their state as of a day) and ``history``. It works the same on SQLite and PostgreSQL (see
:mod:`ndq57.register.db`).

Re-adding a document is safe: the parser's columns of a task are rewritten only when they
changed (so adding the same files twice changes nothing), the people's columns (``status``,
``done_on``, ``note``, and the completions of recurring tasks) are never written by ``add``, and a
task that is no longer in the re-parsed document is marked (``present = 0``, ``removed_at``), not
deleted; it comes back, with its status, if a later parse finds it again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ndq57.register.db import Database, RegisterError, connect
from ndq57.register.migrations import migrate
from ndq57.register.records import (
    DOCUMENT_COLUMNS,
    TASK_COLUMNS,
    combine,
    document_digest,
    document_key,
    document_rows,
    merge,
)
from ndq57.register.states import nearest_open_occurrence, occurrence_in

CHUNK = 200  # documents per transaction in add()
MIN_PREFIX = 4


def now_text() -> str:
    """The current UTC time as ISO text with microseconds (sortable in both engines)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def current_user() -> str:
    """Who is running the command: ``$USER``, ``$LOGNAME``, else the account name."""
    for var in ("USER", "LOGNAME", "USERNAME"):
        if os.environ.get(var):
            return os.environ[var]
    try:
        import getpass

        return getpass.getuser()
    except Exception:
        return "unknown"


@dataclass(slots=True)
class AddStats:
    documents: int = 0
    tasks: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    restored: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Change:
    """What a status command did (for its confirmation line)."""

    task_id: str
    action: str
    occurrence: str | None
    value: str | None
    previous: str | None
    text: str


_UPSERT_DOC = (
    f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}, added_at, updated_at) "
    f"VALUES ({', '.join('?' for _ in DOCUMENT_COLUMNS)}, ?, ?) "
    "ON CONFLICT (doc_key) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in DOCUMENT_COLUMNS if c != "doc_key")
    + ", updated_at = excluded.updated_at"
)
# the people's columns (status, done_on, note) are not in the list: a re-add never writes them
_UPSERT_TASK = (
    f"INSERT INTO tasks ({', '.join(TASK_COLUMNS)}, present, removed_at, first_seen, updated_at) "
    f"VALUES ({', '.join('?' for _ in TASK_COLUMNS)}, 1, NULL, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in TASK_COLUMNS if c != "id")
    + ", present = 1, removed_at = NULL, updated_at = excluded.updated_at"
)
_HISTORY = (
    "INSERT INTO history (task_id, at, by_user, action, occurrence, value, previous) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(slots=True)
class _Pending:
    """A document waiting to be written: its identity, digest and the file(s) it was read from."""

    key: str
    digest: str
    docs: list[Mapping[str, Any]]
    path: str | None


def _marks(items: list[Any]) -> str:
    return ", ".join("?" for _ in items)


class Register:
    """An open register. Use :func:`open_register` (or ``Register(connect(url))``) and close it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        migrate(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ add

    def add(
        self,
        docs: Iterable[Mapping[str, Any]],
        *,
        by: str | None = None,
        on_warning: Callable[[str], None] | None = None,
    ) -> AddStats:
        """Upsert parsed documents (``Document.to_dict()`` mappings), ``CHUNK`` per transaction.

        A document whose digest (:func:`~ndq57.register.records.document_digest`) is the one
        stored is skipped whole. Two files with the same identity in one call (the .txt and the .md
        of one directive) count as one document: the union of their tasks.
        """
        stats = AddStats()
        who = by or current_user()
        warn = on_warning or stats.warnings.append
        pending: dict[str, _Pending] = {}
        for doc in docs:
            source = doc.get("source") or {}
            key = document_key(doc.get("document") or {}, str(source.get("sha256") or ""))
            digest = document_digest(doc)
            seen = pending.get(key)
            if seen is not None:
                warn(f"{source.get('path')}: same document (number, date, issuer) as {seen.path}: tasks merged")
                pending[key] = _Pending(key, combine(seen.digest, digest), [*seen.docs, doc], seen.path)
                continue
            pending[key] = _Pending(key, digest, [doc], source.get("path"))
            if len(pending) >= CHUNK:
                self._add_chunk(list(pending.values()), who, stats)
                pending = {}
        if pending:
            self._add_chunk(list(pending.values()), who, stats)
        return stats

    def _add_chunk(self, chunk: list[_Pending], who: str, stats: AddStats) -> None:
        stamp = now_text()
        with self.db.transaction():
            stored = {
                r[0]: (r[1], int(r[2]))
                for r in self.db.query(
                    f"SELECT doc_key, content, tasks FROM documents WHERE doc_key IN ({_marks(chunk)})",
                    [p.key for p in chunk],
                )
            }
            changed: list[_Pending] = []
            for p in chunk:
                stats.documents += 1
                old = stored.get(p.key)
                if old is not None and old[0] == p.digest:
                    stats.tasks += old[1]
                    stats.unchanged += old[1]
                else:
                    changed.append(p)
            if changed:
                self._write(changed, who, stamp, stats)

    def _write(self, changed: list[_Pending], who: str, stamp: str, stats: AddStats) -> None:
        cols = ", ".join(f"t.{c}" for c in TASK_COLUMNS)
        before: dict[str, tuple[tuple[Any, ...], str, int]] = {}
        ids_of: dict[str, list[str]] = {}  # the tasks each document had
        for r in self.db.query(
            f"SELECT {cols}, t.present FROM tasks t WHERE t.doc_key IN ({_marks(changed)})", [p.key for p in changed]
        ):
            before[r[0]] = (tuple(r[: len(TASK_COLUMNS)]), r[1], int(r[-1]))
            ids_of.setdefault(r[1], []).append(r[0])
        doc_rows: list[list[Any]] = []
        task_rows: list[list[Any]] = []
        removed: list[tuple[str, str]] = []
        history: list[tuple[Any, ...]] = []
        for p in changed:
            rows = document_rows(p.docs[0], p.digest if len(p.docs) == 1 else None)
            for extra in p.docs[1:]:
                rows = merge(rows, document_rows(extra))
            rows.document["content"] = p.digest
            doc_rows.append([rows.document[c] for c in DOCUMENT_COLUMNS] + [stamp, stamp])
            now_ids: set[str] = set()
            for t in rows.tasks:
                stats.tasks += 1
                values = tuple(t[c] for c in TASK_COLUMNS)
                now_ids.add(t["id"])
                old = before.get(t["id"])
                if old is None:
                    stats.new += 1
                elif old[2] == 0:
                    stats.restored += 1
                    history.append((t["id"], stamp, who, "restored", None, None, None))
                elif old[0] != values:
                    stats.updated += 1
                else:
                    stats.unchanged += 1
                    continue
                task_rows.append([*values, stamp, stamp])
            for tid in ids_of.get(p.key, ()):
                if before[tid][2] and tid not in now_ids:
                    stats.removed += 1
                    removed.append((stamp, tid))
                    history.append((tid, stamp, who, "removed", None, None, None))
        self.db.executemany(_UPSERT_DOC, doc_rows)
        self.db.executemany(_UPSERT_TASK, task_rows)
        self.db.executemany("UPDATE tasks SET present = 0, removed_at = ? WHERE id = ?", removed)
        self.db.executemany(_HISTORY, history)

    # ------------------------------------------------------------ finding a task

    def resolve(self, ref: str) -> dict[str, Any]:
        """The task named by ``ref``: its id or a prefix of 4+ characters (``3fa2c1``), or a
        document number and the task's id in that document (``45-TB/VP#t3``)."""
        ref = ref.strip()
        if "#" in ref:
            number, local = ref.rsplit("#", 1)
            rows = self.db.query_dicts(
                "SELECT t.* FROM tasks t JOIN documents d ON d.doc_key = t.doc_key "
                "WHERE d.number = ? AND t.local_id = ? ORDER BY t.present DESC, t.id",
                (number.strip(), local.strip()),
            )
        else:
            prefix = ref.lower()
            if len(prefix) < MIN_PREFIX or any(ch not in "0123456789abcdef" for ch in prefix):
                raise RegisterError(f"{ref!r} is not a task id: give 4 or more of its hex digits, or NUMBER#tN")
            rows = self.db.query_dicts("SELECT * FROM tasks WHERE id LIKE ? ORDER BY id", (prefix + "%",))
        if not rows:
            raise RegisterError(f"no task {ref} in the register")
        if len(rows) > 1:
            live = [r for r in rows if r["present"]]  # a task still in its document before a removed one
            if len(live) != 1:
                ids = ", ".join(r["id"] for r in rows[:5])
                raise RegisterError(f"task {ref} is ambiguous ({len(rows)} tasks: {ids}…): give more of its id")
            rows = live
        return rows[0]

    # ------------------------------------------------------------ status changes

    def done(
        self,
        ref: str,
        on: dt.date,
        *,
        by: str | None = None,
        note: str | None = None,
        occurrence: str | None = None,
        ended: bool = False,
    ) -> Change:
        """Mark a task done on ``on``. For a recurring task, one occurrence is done: the one named
        by ``occurrence`` (a date, or a month ``YYYY-MM``), else the open occurrence nearest ``on``;
        with ``ended`` the duty itself ends on ``on`` (no occurrence after that day is due; the
        done occurrences are kept)."""
        who = by or current_user()
        stamp = now_text()
        with self.db.transaction():
            task = self.resolve(ref)
            if ended:
                if task["term"] != "recurring":
                    raise RegisterError(f"task {task['id']} is not recurring: mark it done without --ended")
                if occurrence:
                    raise RegisterError("--ended and --for exclude each other")
            if task["term"] == "recurring" and not ended:
                rec = json.loads(task["recurrence"])
                done_before = {
                    r[0]: r[1]
                    for r in self.db.query(
                        "SELECT occurrence, done_on FROM completions WHERE task_id = ?", (task["id"],)
                    )
                }
                if occurrence:
                    occ = occurrence_in(rec, occurrence, set(done_before))
                    if occ is None:
                        raise RegisterError(f"task {task['id']} has no open occurrence in {occurrence}")
                else:
                    occ = nearest_open_occurrence(rec, on, set(done_before))
                    if occ is None:
                        raise RegisterError(f"task {task['id']}: no open occurrence near {on.isoformat()}: use --for")
                occ_text = occ.isoformat()
                self.db.execute(
                    "INSERT INTO completions (task_id, occurrence, done_on, note) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (task_id, occurrence) DO UPDATE SET done_on = excluded.done_on, note = excluded.note",
                    (task["id"], occ_text, on.isoformat(), note),
                )
                previous = done_before.get(occ_text)
                self.db.execute(_HISTORY, (task["id"], stamp, who, "done", occ_text, on.isoformat(), previous))
                if note:
                    self._append_note(task, note, who, stamp)
                return Change(task["id"], "done", occ_text, on.isoformat(), previous, task["text"])
            previous = f"{task['status']} {task['done_on'] or ''}".strip()
            self.db.execute("UPDATE tasks SET status = 'done', done_on = ? WHERE id = ?", (on.isoformat(), task["id"]))
            self.db.execute(_HISTORY, (task["id"], stamp, who, "done", None, on.isoformat(), previous))
            if note:
                self._append_note(task, note, who, stamp)
            return Change(task["id"], "done", None, on.isoformat(), previous, task["text"])

    def reopen(self, ref: str, *, by: str | None = None, occurrence: str | None = None) -> Change:
        """Open a done task again (a recurring task: the occurrence named, else its latest done one)."""
        who = by or current_user()
        stamp = now_text()
        with self.db.transaction():
            task = self.resolve(ref)
            if task["term"] == "recurring":
                done_before = dict(
                    self.db.query(
                        "SELECT occurrence, done_on FROM completions WHERE task_id = ? ORDER BY occurrence",
                        (task["id"],),
                    )
                )
                if occurrence:
                    occ = occurrence_in(json.loads(task["recurrence"]), occurrence, set(done_before), want_done=True)
                    occ_text = occ.isoformat() if occ else occurrence
                elif task["status"] == "done":  # the duty had ended: it runs again
                    previous = f"ended {task['done_on'] or ''}".strip()
                    self.db.execute("UPDATE tasks SET status = 'open', done_on = NULL WHERE id = ?", (task["id"],))
                    self.db.execute(_HISTORY, (task["id"], stamp, who, "reopen", None, None, previous))
                    return Change(task["id"], "reopen", None, None, previous, task["text"])
                else:
                    occ_text = max(done_before) if done_before else ""
                if occ_text not in done_before:
                    raise RegisterError(f"task {task['id']}: no done occurrence {occurrence or ''}".rstrip())
                self.db.execute("DELETE FROM completions WHERE task_id = ? AND occurrence = ?", (task["id"], occ_text))
                previous = done_before[occ_text]
                self.db.execute(_HISTORY, (task["id"], stamp, who, "reopen", occ_text, None, previous))
                return Change(task["id"], "reopen", occ_text, None, previous, task["text"])
            if task["status"] != "done":
                raise RegisterError(f"task {task['id']} is not done")
            previous = f"done {task['done_on'] or ''}".strip()
            self.db.execute("UPDATE tasks SET status = 'open', done_on = NULL WHERE id = ?", (task["id"],))
            self.db.execute(_HISTORY, (task["id"], stamp, who, "reopen", None, None, previous))
            return Change(task["id"], "reopen", None, None, previous, task["text"])

    def note(self, ref: str, text: str, *, by: str | None = None) -> Change:
        """Add a line to a task's note (``YYYY-MM-DD user: text``)."""
        who = by or current_user()
        stamp = now_text()
        text = " ".join(text.split())
        if not text:
            raise RegisterError("the note is empty")
        with self.db.transaction():
            task = self.resolve(ref)
            self._append_note(task, text, who, stamp)
        return Change(task["id"], "note", None, text, task["note"], task["text"])

    def _append_note(self, task: Mapping[str, Any], text: str, who: str, stamp: str) -> None:
        line = f"{stamp[:10]} {who}: {' '.join(text.split())}"
        note = f"{task['note']}\n{line}" if task.get("note") else line
        self.db.execute("UPDATE tasks SET note = ? WHERE id = ?", (note, task["id"]))
        self.db.execute(_HISTORY, (task["id"], stamp, who, "note", None, text, None))

    # ------------------------------------------------------------ reading

    def history(self, ref: str) -> list[dict[str, Any]]:
        task = self.resolve(ref)
        return self.db.query_dicts(
            "SELECT task_id, at, by_user, action, occurrence, value, previous FROM history "
            "WHERE task_id = ? ORDER BY at",
            (task["id"],),
        )

    def rows(self, where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Task rows joined with their document's identity (``number``, ``doc_date``, ``doc_type``,
        ``path``, ``sha256``), in document then line order."""
        sql = (
            "SELECT t.*, d.number, d.date AS doc_date, d.type AS doc_type, d.path, d.sha256, d.issuer "
            "FROM tasks t JOIN documents d ON d.doc_key = t.doc_key"
        )
        if where:
            sql += f" WHERE {where}"
        sql += " ORDER BY d.date, d.number, t.doc_key, t.line, t.id"
        return self.db.query_dicts(sql, params)

    def completions(
        self, start: str | None = None, end: str | None = None, *, task_id: str | None = None
    ) -> dict[str, dict[str, str]]:
        """``{task id: {occurrence: done_on}}``, occurrences in ``[start, end]`` when given, of one
        task when ``task_id`` is given."""
        sql = "SELECT task_id, occurrence, done_on FROM completions WHERE 1 = 1"
        params: list[Any] = []
        if start and end:
            sql += " AND occurrence >= ? AND occurrence <= ?"
            params += [start, end]
        if task_id:
            sql += " AND task_id = ?"
            params.append(task_id)
        out: dict[str, dict[str, str]] = {}
        for tid, occ, done_on in self.db.query(sql, params):
            out.setdefault(tid, {})[occ] = done_on
        return out

    def counts(self) -> dict[str, int]:
        """Rows per table (for summaries and tests)."""
        out = {}
        for table in ("documents", "tasks", "completions", "history"):
            out[table] = int(self.db.query(f"SELECT COUNT(*) FROM {table}")[0][0])
        return out

    def dump(self) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
        """Every table's rows in a fixed order (to compare two registers)."""
        order = {
            "documents": "doc_key",
            "tasks": "id",
            "completions": "task_id, occurrence",
            "history": "task_id, at, action",
        }
        for table, key in order.items():
            yield table, self.db.query(f"SELECT * FROM {table} ORDER BY {key}")


def open_register(url: str) -> Register:
    """Connect to ``url`` (a SQLite path or a ``postgresql://`` URL) and bring its schema up to date."""
    db = connect(url)
    try:
        return Register(db)
    except BaseException:
        db.close()
        raise
