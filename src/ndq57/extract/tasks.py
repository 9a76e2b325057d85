"""Task records: what is to be done, by whom, by when ("6 rõ").

Tasks are read four ways (``Task.read_as``):

* ``sentence`` — the clause of a deadline, with the owners it or its paragraph names;
* ``inherited`` — the same, when the owners come from a heading, a lead-in or the addressees;
* ``block`` — a labelled task block (:mod:`ndq57.extract.blocks`): fields for the task, its lead
  and coordinating units, its time and its product;
* ``table`` — a row of a task table (read by the table reader).

Items of the operative part that assign work but name no time are tasks too, with no deadline
(rule ``undated_item``). A paragraph listing several tasks, each with its owner in parentheses
and one shared deadline ("(1) … (Sở Nội vụ); (2) … (Sở Tài chính). Hoàn thành trong tháng
7/2026"), gives one task per item, all linked to that deadline (rule ``inline_items``).

Every task has a ``key`` stable across re-parses of the same text, so that a register can
recognise a task it has seen before.
"""

from __future__ import annotations

import bisect
import hashlib
import unicodedata
from dataclasses import dataclass

from ndq57 import cached_regex as regex
from ndq57.extract.owners import earlier_clauses
from ndq57.model import Assignee, Deadline, Task
from ndq57.textutil import strip_item_label


def task_key(section: str | None, text: str) -> str:
    """A short stable key from the section path and the task text (case and spacing ignored).

    >>> task_key("II.1", "Hoàn thành  báo cáo") == task_key("II.1", "hoàn thành báo cáo")
    True
    """
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    blob = f"{section or ''}\x1f{folded}".encode()
    return hashlib.sha1(blob).hexdigest()[:16]


class TaskBuilder:
    """Collects the tasks of one document; the same (section, text) read twice is one task."""

    def __init__(self) -> None:
        self._tasks: list[Task] = []
        self._by_key: dict[str, Task] = {}
        self._links: list[tuple[Task, Deadline]] = []
        self._linked: set[int] = set()  # the tasks linked to a deadline (by id)
        self._by_place: dict[tuple[str, int, int, str | None], str] = {}
        # each section's tasks as (line, the order they were read in), sorted: the tasks between two
        # lines are found without reading all (see ``under``)
        self._order: dict[int, int] = {}
        self._lines: dict[str | None, list[tuple[int, int]]] = {}

    def add(
        self,
        *,
        section: str | None,
        text: str,
        line: int,
        end_line: int,
        owners: list[Assignee],
        read_as: str,
        rule: str,
        product: str | None = None,
        place: tuple[str, int, int] | None = None,
    ) -> Task:
        """The task of ``text`` in ``section`` (one task however often it is added). ``place`` is
        (paragraph, start, end) when ``text`` is that slice of it: the key is then worked out once
        per place, not once per deadline (an endless paragraph's many deadlines share its text)."""
        if rule == "deadline_clause" and "; " in text:
            text = self._own_clause(section, text, line, owners)
        where = (*place, section) if place is not None else None
        key = self._by_place.get(where) if where is not None else None
        if key is None:
            text = task_text(text)
            key = task_key(section, text)
            if where is not None:
                self._by_place[where] = key
        task = self._by_key.get(key)
        if task is None:
            task = Task("", key, section, line, end_line, text, [], [], product, read_as, rule)
            self._by_key[key] = task
            self._order[id(task)] = len(self._tasks)
            bisect.insort(self._lines.setdefault(section, []), (line, len(self._tasks)))
            self._tasks.append(task)
        elif line < task.line:
            placed = self._lines[task.section]
            order = self._order[id(task)]
            del placed[bisect.bisect_left(placed, (task.line, order))]
            bisect.insort(placed, (line, order))
        task.line = min(task.line, line)
        task.end_line = max(task.end_line, end_line)
        merge_owners(task.owners, owners)
        if product and not task.product:
            task.product = product
        return task

    def _own_clause(self, section: str | None, text: str, line: int, owners: list[Assignee]) -> str:
        """The clause of a deadline's own subject in its sentence; the earlier clauses of other
        subjects ("Sở Y tế hướng dẫn ...; Sở Tài chính bố trí kinh phí trước ngày ...") are tasks
        of their own, with their owners and without that deadline (their own one, if any, is
        read as theirs: the same text is the same task)."""
        at, earlier = earlier_clauses(text, owners)
        for clause, found in earlier:
            self.add(
                section=section, text=clause, line=line, end_line=line, owners=found,
                read_as="sentence", rule="undated_clause",
            )
        return text[at:]

    def link(self, task: Task, deadline: Deadline) -> None:
        self._links.append((task, deadline))
        self._linked.add(id(task))

    def under(
        self, path: str, *, undated: bool = False, after: int | None = None, before: int | None = None
    ) -> list[Task]:
        """The tasks of the sections below the one at ``path`` (and, with ``after``, of that section
        from after that line on), in the order they were read; with ``undated``, those linked to
        no deadline; with ``before``, those before that line only."""
        prefix = path + "."
        linked = self._linked if undated else set()
        if after is not None and before is not None:
            # (between two lines: each section's tasks there found by their lines, in read order)
            found = [
                order
                for section, placed in self._lines.items()
                if section is not None and section.startswith(prefix)
                for _, order in placed[: bisect.bisect_left(placed, (before, -1))]
            ]
            placed = self._lines.get(path, [])
            lo, hi = bisect.bisect_left(placed, (after + 1, -1)), bisect.bisect_left(placed, (before, -1))
            found += [order for _, order in placed[lo:hi]]
            return [t for t in (self._tasks[k] for k in sorted(found)) if id(t) not in linked]
        return [
            t
            for t in self._tasks
            if t.section is not None
            and (t.section.startswith(prefix) or (after is not None and t.section == path and t.line > after))
            and id(t) not in linked
            and (before is None or t.line < before)
        ]

    def has(self, section: str | None, text: str) -> bool:
        return task_key(section, task_text(text)) in self._by_key

    def finish(self) -> list[Task]:
        """The tasks in document order, numbered t1, t2, ...; each deadline names its tasks."""
        tasks = sorted(self._tasks, key=lambda t: (t.line, t.end_line))
        for i, t in enumerate(tasks, start=1):
            t.id = f"t{i}"
        # (sets beside the lists: a task may carry thousands of deadlines)
        task_has: dict[int, set[str]] = {}
        deadline_has: dict[int, set[str]] = {}
        for task, d in self._links:
            have = task_has.get(id(task))
            if have is None:
                have = task_has[id(task)] = set(task.deadlines)
            if d.id not in have:
                task.deadlines.append(d.id)
                have.add(d.id)
            have = deadline_has.get(id(d))
            if have is None:
                have = deadline_has[id(d)] = set(d.task_ids)
            if task.id not in have:
                d.task_ids.append(task.id)
                have.add(task.id)
        for d in {id(d): d for _, d in self._links}.values():
            d.task_ids.sort(key=lambda x: int(x[1:]))
        return tasks


def task_text(text: str) -> str:
    """A task's text as recorded: blanks folded, without the item's label ("a- ", "1- ", "ii) ",
    "(3) ") and the signs around it.

    >>> task_text("ii)  Sở Nội vụ báo cáo;")
    'Sở Nội vụ báo cáo'
    """
    return strip_item_label(" ".join(text.split())).strip(" ;,.-+")


def merge_owners(into: list[Assignee], more: list[Assignee]) -> None:
    have = {(a.canonical, a.role) for a in into}
    for a in more:
        if (a.canonical, a.role) not in have:
            into.append(Assignee(a.canonical, a.role, a.raw, a.kind, a.rule))
            have.add((a.canonical, a.role))


_INHERITED_SCOPES = ("heading", "intro", "document", "addressee")


def inherited_owner(a: Assignee) -> bool:
    """``a`` comes from above the clause: a heading, an intro, the document or its addressees (the
    scope of its rule)."""
    return a.rule.split(":", 1)[0].split("+", 1)[0] in _INHERITED_SCOPES


def read_as(owners: list[Assignee]) -> str:
    """``inherited`` when every owner comes from above the clause, else ``sentence``."""
    if owners and all(map(inherited_owner, owners)):
        return "inherited"
    return "sentence"


# ---------------------------------------------------------------------------- inline items

_ITEM = regex.compile(
    r"(?:^|(?<=[\s;:.]))\((?P<label>\d{1,2}|[a-zđ])\)\s*(?P<text>[^()]*(?:\((?!(?:\d{1,2}|[a-zđ])\))[^()]*\)[^()]*)*?)"
    r"\s*\((?P<owner>[^()]{3,120})\)\s*(?=[;.,]|$)"
)


@dataclass(slots=True)
class InlineItem:
    label: str
    text: str
    owner: str
    start: int
    end: int


def inline_items(text: str, end: int) -> list[InlineItem]:
    """Numbered items of one paragraph, each closing with its owner in parentheses, before
    offset ``end``: "(1) Chính sách … (Sở Nội vụ); (2) Đề án … (Sở Tài chính)".

    >>> [(i.label, i.owner) for i in inline_items("gồm: (1) Quy chế phối hợp (Sở Nội vụ); (2) Đề án (Sở Tư pháp).", 99)]
    [('1', 'Sở Nội vụ'), ('2', 'Sở Tư pháp')]

    An item's text does not run across the next item's label (an item with no owner of its own
    is not one of them):

    >>> [(i.label, i.text) for i in inline_items("(1) Quy chế; (2) Đề án (Sở Tư pháp); (3) Kế hoạch (Sở Nội vụ).", 99)]
    [('2', 'Đề án'), ('3', 'Kế hoạch')]
    """
    out = [
        InlineItem(m.group("label"), m.group("text").strip(" ,;"), m.group("owner").strip(), m.start(), m.end())
        for m in _ITEM.finditer(text, 0, end)
    ]
    return out if len(out) >= 2 else []
