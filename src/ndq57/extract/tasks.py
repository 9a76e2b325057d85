"""Task records: what is to be done, by whom, by when.

A task groups the deadlines that share one clause of work (the same section and task text) and
carries their owners. Its ``key`` is stable across re-parses of the same text, so a register can
recognise a task it has seen before.
"""

from __future__ import annotations

import hashlib
import unicodedata

from ndq57.model import Assignee, Deadline, Task


def task_key(section: str | None, text: str) -> str:
    """A short stable key from the section path and the task text (case, accents of the tone
    style and spacing ignored).

    >>> task_key("II.1", "Hoàn thành  báo cáo") == task_key("II.1", "hoàn thành báo cáo")
    True
    """
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    blob = f"{section or ''}\x1f{folded}".encode()
    return hashlib.sha1(blob).hexdigest()[:16]


def tasks_from_deadlines(deadlines: list[Deadline]) -> list[Task]:
    """One task per distinct (section, task text); each deadline names its task."""
    tasks: list[Task] = []
    by_key: dict[str, Task] = {}
    for d in deadlines:
        key = task_key(d.section, d.task)
        task = by_key.get(key)
        if task is None:
            task = Task(
                id=f"t{len(tasks) + 1}",
                key=key,
                section=d.section,
                line=d.line,
                end_line=d.line,
                text=d.task,
                read_as="table" if d.rule.startswith("table") else "sentence",
                rule="deadline_clause",
            )
            by_key[key] = task
            tasks.append(task)
        task.end_line = max(task.end_line, d.line)
        task.line = min(task.line, d.line)
        task.deadlines.append(d.id)
        _merge_owners(task.owners, d.assignees)
        d.task_id = task.id
    return tasks


def _merge_owners(into: list[Assignee], more: list[Assignee]) -> None:
    have = {(a.unit, a.role) for a in into}
    for a in more:
        if (a.unit, a.role) not in have:
            into.append(Assignee(a.unit, a.role, a.raw, a.kind, a.rule))
            have.add((a.unit, a.role))
