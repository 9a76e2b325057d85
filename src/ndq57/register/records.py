"""From a parsed document (``Document.to_dict()``) to the register's rows — pure functions.

A document's identity is its number, date and issuer (so a corrected scan of the same directive
updates its tasks), or the file's SHA-256 when the number is blank. A task's register id is a
hash of that identity and the task's ``key`` (itself a hash of the section path and the task
text, stable across re-parses), so the same task gets the same id in every register, SQLite or
PostgreSQL.

A task's *term* (thời hạn) comes from its deadlines:

- ``recurring`` when one of them recurs with no fixed date (``trước ngày 25 hằng tháng``): each
  occurrence is an obligation of its own;
- ``dated`` when one or more have a due date: the latest one, the date by which the whole task
  must be complete (a clause with an interim and a final report is due at the final one);
- ``none`` otherwise (no deadline, a vague or an unresolved relative one).

A task with both (``hoàn thành trước ngày 30/6/2026 và báo cáo tiến độ trước ngày 25 hằng
tháng``) is two rows: the recurring one under the task's id, and the dated one under the id of
its key followed by ``#dated`` (``NUMBER#t3-dated`` beside ``NUMBER#t3``), each with its own
deadlines, status and history.

Its *lead units* are the owners with the role ``lead`` (chủ trì), else those with ``assigned``
(giao, đề nghị), else none.
"""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ndq57.export.rows import units_text
from ndq57.model import fold

LEAD_ROLES = ("lead", "assigned")

# the columns the parser owns, in table order (people own status, done_on and note)
TASK_COLUMNS = (
    "id",
    "doc_key",
    "task_key",
    "local_id",
    "section",
    "line",
    "end_line",
    "text",
    "lead",
    "leads",
    "lead_raws",
    "units",
    "owners",
    "term",
    "due",
    "due_date",
    "recurrence",
    "phrase",
    "deadlines",
    "product",
    "read_as",
    "rule",
)
DOCUMENT_COLUMNS = (
    "doc_key",
    "number",
    "symbol",
    "type",
    "date",
    "issuer",
    "subject",
    "path",
    "sha256",
    "tasks",
    "content",
)


def _hash(*parts: str, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


# unit names and issuers repeat across thousands of tasks: fold each once
_fold = functools.lru_cache(maxsize=1 << 16)(fold)


def _make_encoder() -> Callable[[Any], str]:
    """Compact JSON, Vietnamese letters kept, keys in the order given (the dicts here are built in
    a fixed order). The standard library's C encoder made once: a ``JSONEncoder.encode`` call makes
    a new one every time, which is half the cost of a small value."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: the pure-Python encoder
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
    encoder = make(None, str, json.encoder.encode_basestring, None, ":", ",", False, False, True)

    def encode(value: Any) -> str:
        return "".join(encoder(value, 0))

    return encode


_encode = _make_encoder()

# Bump when document_rows derives the rows differently: every document is then rewritten once.
RECORDS_VERSION = 1


def document_digest(doc: Mapping[str, Any]) -> str:
    """A hash of everything :func:`document_rows` reads from a parsed document: when it is the one
    stored, re-adding the document has nothing to write (and nothing is recomputed)."""
    keep = [
        RECORDS_VERSION,
        doc.get("source"),
        doc.get("document"),
        doc.get("tasks"),
        doc.get("deadlines"),
    ]
    try:
        # marshal version 2 writes values only (no back-references to shared objects, unlike
        # pickle), so equal documents give equal bytes; three times faster than JSON
        blob = marshal.dumps(keep, 2)
    except ValueError:  # a value marshal cannot write (not plain JSON-like data)
        blob = _encode(keep).encode("utf-8")
    return hashlib.sha1(blob).hexdigest()[:16]


def combine(*digests: str) -> str:
    """The digest of a document read from several files (see :func:`merge`)."""
    return _hash(*digests)


def document_key(header: Mapping[str, Any], sha256: str) -> str:
    """``n:`` + a hash of number, date and folded issuer; ``h:`` + the file's hash when the number
    is blank.

    >>> document_key({"number": "12-TB/VP", "date": "2026-03-02", "issuer": "VĂN PHÒNG"}, "ab")
    'n:cedd444140ade483'
    >>> document_key({"number": None}, "0123456789abcdef0123")
    'h:0123456789abcdef'
    """
    number = (header.get("number") or "").strip()
    if not number:
        return "h:" + sha256[:16]
    return "n:" + _hash(number, header.get("date") or "", _fold(header.get("issuer") or ""))


def task_id(doc_key: str, key: str) -> str:
    """The task's id in the register: 12 hex digits (a prefix of 4 or more names it in commands)."""
    return _hash(doc_key, key, size=12)


def lead_owners(owners: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The owners that lead: role ``lead``, else ``assigned``.

    >>> [o["unit"] for o in lead_owners([{"unit": "Sở Y tế", "role": "coordinate"},
    ...                                  {"unit": "Sở Nội vụ", "role": "assigned"}])]
    ['Sở Nội vụ']
    """
    for role in LEAD_ROLES:
        found = [o for o in owners if o.get("role") == role and o.get("unit")]
        if found:
            return found
    return []


@dataclass(frozen=True, slots=True)
class Term:
    term: str  # dated | recurring | none
    due: str | None  # ISO date or date-time (dated only)
    recurrence: dict[str, Any] | None  # recurring only
    phrase: str | None


def term_of(deadlines: Sequence[Mapping[str, Any]]) -> Term:
    """The task's term from its deadline dicts (see the module docstring).

    >>> term_of([{"due": "2026-06-30", "phrase": "a"}, {"due": "2026-12-15T16:00", "phrase": "b"}])
    Term(term='dated', due='2026-12-15T16:00', recurrence=None, phrase='b')
    >>> term_of([{"due": None, "recurrence": {"freq": "monthly", "monthday": 25}, "phrase": "c"}]).term
    'recurring'
    >>> term_of([{"due": None, "kind": "vague", "phrase": "sớm"}])
    Term(term='none', due=None, recurrence=None, phrase='sớm')
    """
    for d in deadlines:
        if d.get("recurrence") and not d.get("due"):
            return Term("recurring", None, dict(d["recurrence"]), d.get("phrase"))
    dated = [d for d in deadlines if d.get("due")]
    if dated:
        last = max(dated, key=lambda d: str(d["due"])[:10])
        return Term("dated", str(last["due"]), None, last.get("phrase"))
    return Term("none", None, None, deadlines[0].get("phrase") if deadlines else None)


def _json(value: Any) -> str:
    return _encode(value)


@dataclass(slots=True)
class DocumentRows:
    """One document's row and its tasks' rows (dicts keyed by the column names above)."""

    document: dict[str, Any]
    tasks: list[dict[str, Any]]
    path: str | None


def document_rows(doc: Mapping[str, Any], digest: str | None = None) -> DocumentRows:
    """The register rows of one parsed document (``digest``: its :func:`document_digest`)."""
    source = doc.get("source") or {}
    header = doc.get("document") or {}
    sha = str(source.get("sha256") or "")
    doc_key = document_key(header, sha)
    by_id = {d.get("id"): d for d in doc.get("deadlines") or []}
    tasks: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for t in doc.get("tasks") or []:
        key = str(t.get("key") or "")
        n = seen.get(key, 0) + 1
        seen[key] = n
        if n > 1:  # the same clause twice in one document: keep both, apart
            key = f"{key}#{n}"
        owners = t.get("owners") or []  # Assignee dicts: unit, canonical, role, raw, kind, rule
        heads = lead_owners(owners)
        raws: dict[str, str] = {}  # normal form -> as written
        for o in heads:
            raws.setdefault(str(o.get("canonical") or o["unit"]), str(o["unit"]))
        leads = list(raws)
        dls = [_deadline(by_id[i]) for i in t.get("deadlines") or [] if i in by_id]
        for part_key, part in _term_parts(key, dls):
            tasks.append(_task_row(t, doc_key, part_key, part, owners, leads, raws))
    document: dict[str, Any] = {
        "doc_key": doc_key,
        "number": header.get("number"),
        "symbol": header.get("symbol"),
        "type": header.get("type"),
        "date": header.get("date"),
        "issuer": header.get("issuer"),
        "subject": header.get("subject"),
        "path": source.get("path"),
        "sha256": sha,
        "tasks": len(tasks),
    }
    document["content"] = digest or document_digest(doc)
    return DocumentRows(document, tasks, source.get("path"))


def _term_parts(key: str, dls: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The task's rows by term: one, or two when it has a recurring deadline with no fixed date and
    a dated one (the recurring row keeps the task's key; the dated row's key ends with ``#dated``).

    >>> [(k, [d["phrase"] for d in part]) for k, part in _term_parts("k", [
    ...     {"due": "2026-06-30", "phrase": "a"}, {"due": None, "recurrence": {"freq": "monthly"}, "phrase": "b"}])]
    [('k', ['b']), ('k#dated', ['a'])]
    """
    recurring = [d for d in dls if d.get("recurrence") and not d.get("due")]
    dated = [d for d in dls if d.get("due")]
    if not recurring or not dated:
        return [(key, dls)]
    return [(key, [d for d in dls if not d.get("due")]), (f"{key}#dated", dated)]


def _task_row(
    t: Mapping[str, Any],
    doc_key: str,
    key: str,
    dls: list[dict[str, Any]],
    owners: list[Any],
    leads: list[str],
    raws: dict[str, str],
) -> dict[str, Any]:
    term = term_of(dls)
    return {
        "id": task_id(doc_key, key),
        "doc_key": doc_key,
        "task_key": key,
        # (the dated row of a task with a recurring term too: "t3-dated", as NUMBER#t3-dated names it)
        "local_id": f"{t.get('id')}-dated" if key.endswith("#dated") else t.get("id"),
        "section": t.get("section"),
        "line": t.get("line"),
        "end_line": t.get("end_line"),
        "text": " ".join(str(t.get("text") or "").split()),
        "lead": "; ".join(leads) or None,
        "leads": _json(leads),
        "lead_raws": _json(list(raws.values())),
        "units": units_text(owners) or None,
        "owners": _json(owners),
        "term": term.term,
        "due": term.due,
        "due_date": term.due[:10] if term.due else None,
        "recurrence": _json(term.recurrence) if term.recurrence else None,
        "phrase": term.phrase,
        "deadlines": _json(dls),
        "product": t.get("product"),
        "read_as": t.get("read_as"),
        "rule": t.get("rule"),
    }


def _deadline(d: Mapping[str, Any]) -> dict[str, Any]:
    keep = ("id", "kind", "qualifier", "due", "start", "recurrence", "relative", "phrase", "line")
    return {k: d.get(k) for k in keep}


def merge(first: DocumentRows, other: DocumentRows) -> DocumentRows:
    """Two files of one document (same number, date and issuer): the union of their tasks."""
    have = {t["id"] for t in first.tasks}
    tasks = first.tasks + [t for t in other.tasks if t["id"] not in have]
    document = dict(first.document)
    document["tasks"] = len(tasks)
    document["content"] = combine(document["content"], other.document["content"])
    return DocumentRows(document, tasks, first.path)
