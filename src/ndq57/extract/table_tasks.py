"""Tasks and deadlines of table rows: each task row of a task table is a task.

A row of "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm"
(rebuilt by :mod:`ndq57.parse.tables`) gives one :class:`~ndq57.model.Task` read as ``table``:

* its text from the task column (a continuation row, whose number and time cells were merged
  with the row above, adds its text and owners to the task of that row);
* its owners from the lead and coordinate columns: the cell is a list ("Sở Tài chính; UBND các
  xã, phường", one unit a line), split by the unit recogniser (:mod:`ndq57.extract.units`),
  the words it does not know kept as written ("Ban Quản lý các khu công nghệ cao"), a collective
  ("Các sở, ban, ngành") staying one unit; with no owner in the row, the units named by its group
  row ("Nhiệm vụ giao Bộ trưởng Bộ Y tế chỉ đạo");
* its product from the product column;
* its deadlines from the time cell (:mod:`ndq57.extract.timex`): a date, a month, a quarter, a
  range ("2026 - 2030", "Quý IV/2025- Quý II/2026": due at its end), a recurrence ("Hằng năm"),
  a bare year ("2025"), or a vague time ("Thường xuyên", "Khi có phát sinh"). A date already past
  is still a deadline: tables list overdue tasks. No time cell, no deadline: the task stays.

Its section is the table's section, its group labels and its own number (``Phụ lục I.2.6``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.extract.owners import member_raw
from ndq57.extract.owners import merge as merge_owners
from ndq57.extract.tasks import task_key
from ndq57.extract.timex import TimeExpr, find_time_expressions, yearly_by_report
from ndq57.extract.units import UnitMatch, assign_roles, canonical_unit, exception_start, find_units
from ndq57.model import Assignee, Deadline, Decision, Header, Table, TableCell, TableRow, Task, UnitIndexEntry
from ndq57.parse.citations import cited_spans
from ndq57.parse.tables import combined_owners, join_path, subject_heading, task_table
from ndq57.textutil import alternation

# What the rules of this module mean (``ndq57 explain``).
RULE_DOCS = {
    "table_row": "a task row of a task table",
    "table_time_cell": "the time cell of a task row",
    "table_year_cell": "a bare year in the time cell of a task row",
    "table_whole_year_cell": "the whole year ('Cả năm', 'Trong năm') in the time cell: the document's year",
    "table_vague_cell": "a time cell with no date ('Thường xuyên', 'Khi có phát sinh')",
    "table_open_cell": "a time cell with a start and no end ('Từ năm 2026', '2026 và các năm tiếp theo')",
    "table_task_text": "a row with no time cell whose task says when ('hoàn thành trước ngày 30/6/2026')",
    "table_month_cell": "a month written as numbers alone in a time cell ('6/2026', '01/2026 - 6/2026')",
    "table_group_time": "a row under a group row that is a time ('Tháng 01/2027', 'Quý II/2027'): when the row "
    "says no time, that time; when it says a part of it ('Tuần 2'), that part of it",
    "table_marked_period": "a mark ('x') under a period column ('Quý II', 'Tháng 9') of a schedule: due "
    "at that period's end, one deadline per period marked",
    "table_named_day_cell": "a New Year's day alone in a time cell ('Tết Nguyên đán Đinh Mùi'): that day",
    "report_status_table": "a report's table of results (a status column): the work reported on, no deadline",
    "report_past_time": "a report's table row whose time had passed at signing: work done, no deadline",
    "programme_time": "an event's running order (clock times of a day or two, or days with a venue column; "
    "'Khai mạc'): no deadline",
    "schedule_time": "a row of a work schedule ('Lịch công tác tuần'): when a meeting is held, no deadline",
    "event_day_row": "a row naming an event's day ('Ngày thi môn Toán | 05/6/2027'): when it is held, no deadline",
}


@dataclass(slots=True)
class TableTasks:
    tasks: list[Task] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    past: list[Deadline] = field(default_factory=list)  # time cells of a report's work done
    events: list[Deadline] = field(default_factory=list)  # time cells of an event's running order


@functools.cache
def _split() -> regex.Pattern[str]:
    """Where a list of owners splits: ";", a line break, or a comma or "/" before the head word
    of a unit ("Sở", "UBND", "Các" ...), not the comma inside a name ("Phòng Kinh tế, Hạ tầng và
    Đô thị")."""
    heads = alternation(load("tables")["unit_heads"])
    return regex.compile(rf"\s*(?:;|\n|[,/](?=\s*(?i:{heads})(?!\p{{L}})))\s*")


@functools.cache
def _head() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:{alternation(load('tables')['unit_heads'])})(?!\p{{L}})")


@functools.cache
def _role_words() -> regex.Pattern[str]:
    """Words of a role standing beside a unit ("Sở Nội vụ chủ trì"), not part of its name."""
    labels = load("tables")["role_labels"]
    words = alternation([w for ws in labels.values() for w in ws] + list(_words()["role_words"]))
    return regex.compile(rf"(?i:{words})(?:[\s,]+(?i:{words}))*")


@functools.cache
def _paren_role() -> regex.Pattern[str]:
    labels = load("tables")["role_labels"]
    alts = "|".join(f"(?P<{role}>{alternation(words)})" for role, words in labels.items())
    # (or the role's verb with no brackets, closing the unit's part of the list: "Sở Nội vụ chủ
    # trì, Sở Tư pháp"; tables.yaml role_verbs_after)
    verbs = load("tables")["role_verbs_after"]
    bare = "|".join(f"(?P<{role}_v>{alternation(words)})" for role, words in verbs.items())
    return regex.compile(rf"\s*\(\s*(?i:{alts})\s*\)|\s+(?:{bare})(?=\s*(?:[,;.]|$))")


@functools.cache
def _owner_sentence() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?i:{alternation(load('tables')['owner_sentence'])})(?!\p{{L}})")


@functools.cache
def _person() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:{alternation(load('tables')['person_heads'])})(?!\p{{L}})")


@functools.cache
def _vague() -> regex.Pattern[str]:
    words = load("tables")["vague_time"]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(words)})(?!\p{{L}})", regex.IGNORECASE)


@functools.cache
def _whole_year() -> regex.Pattern[str]:
    words = load("tables")["whole_year"]
    return regex.compile(rf"\s*(?:{alternation(words)})\s*[.;]?\s*", regex.IGNORECASE)


@functools.cache
def _words() -> dict[str, Any]:
    """Words and shapes of task rows (tables.yaml ``table_tasks``)."""
    words: dict[str, Any] = load("tables")["table_tasks"]
    return words


@functools.cache
def _bare_month() -> regex.Pattern[str]:
    """A month as numbers alone in a time cell ("6/2026", "01/2026 - 6/2026")."""
    return regex.compile(str(_words()["bare_month"]))


@functools.cache
def _bare_year() -> regex.Pattern[str]:
    return regex.compile(str(_words()["bare_year"]))


@functools.cache
def _bare_years() -> regex.Pattern[str]:
    """(helper 108) Bare years listed in a time cell ("2026, 2027", "2026 và 2028")."""
    return regex.compile(str(_words()["bare_years"]))


_YEAR = regex.compile(r"(?:19|20)\d{2}")


@functools.cache
def _bare_quarter() -> regex.Pattern[str]:
    """A quarter as its Roman figure alone over its year ("III/2027")."""
    return regex.compile(str(_words()["bare_quarter"]))


_BARE_DAY = regex.compile(r"^\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*[.;]?\s*$")  # "30/6": a day of the plan's year


@functools.cache
def _titled_year() -> regex.Pattern[str]:
    """A year named in a document's title with its year word ("Cải cách hành chính năm 2027"), not
    the start or the end of a span ("giai đoạn 2026 - 2030", "năm 2026 - 2027", "năm học 2026")."""
    cal = load("timewords")["calendar"]
    year = "|".join(regex.escape(w) for w in cal["year"])
    school = "|".join(regex.escape(w) for w in cal["school"])
    return regex.compile(
        rf"(?<![\d\s][-–]\s*)(?i:\b(?:{year}))\s+(?!(?i:{school})\b)(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)"
    )


@functools.cache
def _titled_period() -> regex.Pattern[str]:
    """A span of years named in a title after a word of a period ("giai đoạn 2027 - 2030"), not a
    school year ("năm học 2027 - 2028")."""
    words = alternation(load("timewords")["plan_period"])
    return regex.compile(
        rf"(?<!\p{{L}})(?i:{words})\s+(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?!\d)"
    )


def plan_year(header: Header) -> int | None:
    """The year a plan is for when its title names a later year than its date's ("Kế hoạch cải cách
    hành chính năm 2027" signed in December 2026), or a period whose first year is that later year
    ("giai đoạn 2027 - 2030" signed in December 2026): the year of a time cell that names none
    ("Quý I", "Tháng 3"). None for a title naming no year, several, or its date's.

    >>> from ndq57.model import Header
    >>> plan_year(Header(title="Cải cách hành chính năm 2027", year=2026))
    2027
    >>> plan_year(Header(title="Giai đoạn 2026 - 2030, năm 2027", year=2026)), plan_year(Header(year=2026))
    (2027, None)
    >>> plan_year(Header(title="Năm học 2027 - 2028", year=2026)), plan_year(Header(title="năm 2026", year=2026))
    (None, None)
    >>> plan_year(Header(title="Chuyển đổi số giai đoạn 2027 - 2030", year=2026))
    2027
    >>> plan_year(Header(title="Giai đoạn 2026 - 2030", year=2026))
    >>> plan_year(Header(title="Giai đoạn 2028-2030", year=2026))
    """
    title = " ".join(x for x in (header.title, header.subject) if x)
    if not title or header.year is None:
        return None
    years = {int(m.group("y")) for m in _titled_year().finditer(title)}
    if not years:
        # ("giai đoạn 2027 - 2030": the first year of the period, when it follows the signing's)
        years = {
            int(m.group("a"))
            for m in _titled_period().finditer(title)
            if int(m.group("a")) == header.year + 1 < int(m.group("b"))
        }
    if len(years) != 1:
        return None
    (year,) = years
    return year if header.year < year <= header.year + 1 else None


def table_tasks(tables: list[Table], header: Header, captions: dict[int, str] | None = None) -> TableTasks:
    """The tasks of the task rows of ``tables`` (ids ``tt1``... and ``td1``...: the pipeline
    numbers them with the other tasks and deadlines; ``captions``: the paragraph right above a
    table, by the table's line)."""
    out = TableTasks()
    doc_date = _date(header.date)
    memo: dict[tuple[str, str, str], list[Assignee]] = {}  # owner cells repeat down a table
    time_memo: dict[str, list[TimeExpr]] = {}  # and time cells ("Quý I/2026", "Hằng tháng"): read once
    report = header.type in load("tables")["report_types"]
    schedule = _schedule(header)
    # (a time cell naming no year is of the year the plan is for: "Quý I" in a plan for 2027)
    cell_year = plan_year(header) or header.year
    for table in tables:
        if not task_table(table.columns):
            continue
        cols = table.columns
        # a report tells what was done: its table of results (a status column) restates the tasks
        # of the plan reported on, and a time already past in its table is work done; the times
        # to come of a table without results are the tasks ahead ("Nhiệm vụ 6 tháng cuối năm")
        # but a report's table of the tasks overdue ("Các nhiệm vụ quá hạn", "... chậm muộn") lists
        # the work still owed: overdue deadlines, kept as assigned
        owed = report and captions is not None and _owed(captions.get(table.line))
        told = report and not owed and "status" in cols
        done_before = doc_date if report and not owed else None
        kept, kept_tasks = len(out.deadlines), len(out.tasks)
        both = frozenset(
            j for j, (r, h) in enumerate(zip(cols, table.header, strict=False)) if r == "lead" and combined_owners(h)
        )
        current: Task | None = None
        last: TableRow | None = None  # the row of the current task
        # (a schedule's period columns, read from the header once, when a row first asks)
        periods = functools.cache(functools.partial(_period_columns, table, cols, doc_date, cell_year, time_memo))
        for row in table.rows:
            if row.kind == "task" and current is not None and last is not None and _repeated(row, last, cols):
                # the number and time of a cell spanning rows copied into each (a converter's
                # copy of merged cells): more of the same task, not a second deadline
                _continue(current, row, cols, out, memo, both)
            elif row.kind == "task":
                current = _task(table, row, cols, doc_date, cell_year, out, memo, both, time_memo, periods)
                last = row
            elif row.kind == "continuation" and current is not None:
                _continue(current, row, cols, out, memo, both)
            elif row.kind in ("group", "header"):
                current = None
        if told or done_before is not None:
            _drop_reported(out, kept, kept_tasks, told, done_before)
        if len(out.deadlines) - kept >= 3:
            _drop_programme(out, kept, kept_tasks, _venue(table.header))
        if schedule and len(out.deadlines) > kept:
            _drop_schedule(out, kept, kept_tasks)
        if len(out.deadlines) > kept:
            _drop_event_days(out, kept, kept_tasks)
    return out


def _schedule(header: Header) -> bool:
    """(helper 53) The document is a work schedule: its title opens with a schedule's name ("LỊCH
    CÔNG TÁC TUẦN ...", "THÔNG BÁO" / "Lịch làm việc của Thường trực ..."; data tables.yaml
    schedule_titles)."""
    title = (header.title or "").lstrip(" *_")
    return bool(title) and _schedule_titles().match(title) is not None


@functools.cache
def _schedule_titles() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:{alternation(load('tables')['schedule_titles'])})(?!\p{{L}})")


def _drop_schedule(out: TableTasks, kept: int, kept_tasks: int) -> None:
    """(helper 53) The time cells of a work schedule's table (from index ``kept`` on) are when its
    meetings and visits are held: each day or hour with no limit ("Thứ Hai, 07/12/2026, 7 giờ 30")
    is no deadline; a limit written in a cell ("Trước 16 giờ ngày 08/12/2026") stays one. Its tasks
    keep their work and owners."""
    drop = [
        d
        for d in out.deadlines[kept:]
        if d.kind in ("date", "datetime", "range", "vague")
        and d.qualifier not in ("before", "by", "through")
        and d.recurrence is None
    ]
    if not drop:
        return
    gone = {d.id for d in drop}
    for d in drop:
        d.rule = "schedule_time"
    out.events.extend(drop)
    out.deadlines[kept:] = [d for d in out.deadlines[kept:] if d.id not in gone]
    for t in out.tasks[kept_tasks:]:
        t.deadlines = [i for i in t.deadlines if i not in gone]


def _drop_event_days(out: TableTasks, kept: int, kept_tasks: int) -> None:
    """(helper 105) A row naming the day of an event ("Ngày thi môn Toán | 05/6/2027", "Lễ khai giảng
    | 05/9/2027"; data tables.yaml event_day_rows) in a table (from index ``kept`` on): its day or
    span with no limit is when the event is held, no deadline; a limit written in its cell ("Trước
    ngày ...") stays one, as do the other rows' ("Hạn nộp hồ sơ | Trước ngày 10/5/2027")."""
    heads = _event_day_rows()
    rows = [t for t in out.tasks[kept_tasks:] if t.deadlines and heads.match(t.text)]
    if not rows:
        return
    ids = {i for t in rows for i in t.deadlines}
    gone = {
        d.id
        for d in out.deadlines[kept:]
        if d.id in ids
        and d.kind in _VENUE_KINDS
        and d.qualifier not in ("before", "by", "through")
        and d.recurrence is None
    }
    if not gone:
        return
    for d in out.deadlines[kept:]:
        if d.id in gone:
            d.rule = "event_day_row"
            out.events.append(d)
    out.deadlines[kept:] = [d for d in out.deadlines[kept:] if d.id not in gone]
    for t in rows:
        t.deadlines = [i for i in t.deadlines if i not in gone]


@functools.cache
def _event_day_rows() -> regex.Pattern[str]:
    return regex.compile(rf"[\s*_]*(?i:{alternation(load('tables')['event_day_rows'])})(?!\p{{L}})")


def _drop_programme(out: TableTasks, kept: int, kept_tasks: int, venue: bool = False) -> None:
    """The time cells of an event's running order are when its parts take place, not deadlines:
    every time of the table (from index ``kept`` on) a clock time with no limit, on one or two
    days, and a row naming a part of an event ("Khai mạc", "Đón tiếp đại biểu"; data
    tables.yaml programme_parts). Its tasks stay, without them. (helper 99) A table with a venue
    column (``venue``) is a programme over any number of days: its days and spans with no limit
    ("Ngày 21/3/2027", "Từ ngày 20/3 đến ngày 23/3/2027") are its events' too."""
    ds = out.deadlines[kept:]
    kinds = _VENUE_KINDS if venue else ("datetime",)
    if any(d.kind not in kinds or d.qualifier in ("before", "by", "through") or not d.due for d in ds):
        return
    if not venue and len({d.due[:10] for d in ds if d.due}) > 2:
        return
    parts = _programme_parts()
    if not any(parts.search(t.text) for t in out.tasks[kept_tasks:]):
        return
    for d in ds:
        d.rule = "programme_time"
    out.events.extend(ds)
    del out.deadlines[kept:]
    for t in out.tasks[kept_tasks:]:
        t.deadlines = []


_VENUE_KINDS = ("datetime", "date", "range")


def _venue(header: list[str]) -> bool:
    """(helper 99) The table's header names a venue column (data tables.yaml venue_columns)."""
    words = frozenset(str(w) for w in load("tables")["venue_columns"])
    return any(" ".join(h.strip(" *_").lower().split()) in words for h in header)


@functools.cache
def _programme_parts() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?i:{alternation(load('tables')['programme_parts'])})(?!\p{{L}})")


def _owed(caption: str | None) -> bool:
    """Whether a report's table captioned ``caption`` lists the tasks overdue (data tables.yaml
    overdue_captions), not a table of results that also counts them ("đã hoàn thành ...")."""
    if not caption:
        return False
    folded = caption.lower()
    return _overdue_rx().search(folded) is not None and not any(w in folded for w in load("tables")["done_captions"])


@functools.cache
def _overdue_rx() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(load('tables')['overdue_captions'])})(?!\p{{L}})")


def _drop_reported(out: TableTasks, kept: int, kept_tasks: int, told: bool, done_before: dt.date | None) -> None:
    """The deadlines of a report's table (from index ``kept`` on; its tasks from ``kept_tasks``)
    that are no deadlines: all of them in a table of results (``told``), else those whose time
    ended before ``done_before``. Their tasks stay (the work and its owners), without them."""
    drop: set[str] = set()
    for d in out.deadlines[kept:]:
        due = _date(d.due)
        if told or (d.recurrence is None and due is not None and done_before is not None and due < done_before):
            drop.add(d.id)
            d.rule = "report_status_table" if told else "report_past_time"
            out.past.append(d)
    if not drop:
        return
    out.deadlines[kept:] = [d for d in out.deadlines[kept:] if d.id not in drop]
    for t in out.tasks[kept_tasks:]:
        t.deadlines = [x for x in t.deadlines if x not in drop]


def _repeated(row: TableRow, last: TableRow, cols: list[str]) -> bool:
    """A row with the number and the time of the row before it."""
    if row.label is None or row.label != last.label or row.path != last.path:
        return False
    times = [_text(_cell(r, cols, "time")) for r in (row, last)]
    return bool(times[0]) and times[0] == times[1]


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _cell(row: TableRow, cols: list[str], role: str) -> list[TableCell]:
    return [c for c, r in zip(row.cells, cols, strict=False) if r == role and c.text]


def _text(cells: list[TableCell]) -> str:
    return " ".join(" ".join(c.text.split()) for c in cells)


def _with_subject(table: Table, row: TableRow, cols: list[str], text: str) -> str:
    """(helper 98) The task of a row of a table of projects, opened with the project it is about
    ("Dự án | Chủ đầu tư | Nội dung": "Đường ven biển ...: Bàn giao 100% mặt bằng")."""
    if not text or "task" not in cols:
        return text
    names = [
        " ".join(c.text.split())
        for k, (c, r) in enumerate(zip(row.cells, cols, strict=False))
        if r == "other" and c.text and k < len(table.header) and subject_heading(table.header[k])
    ]
    subject = "; ".join(n for n in names if n and n not in text)
    return f"{subject}: {text}" if subject else text


def _task(
    table: Table,
    row: TableRow,
    cols: list[str],
    doc_date: dt.date | None,
    year: int | None,
    out: TableTasks,
    memo: dict[tuple[str, str, str], list[Assignee]],
    both: frozenset[int] = frozenset(),
    time_memo: dict[str, list[TimeExpr]] | None = None,
    periods: Callable[[], dict[int, tuple[str, str]]] | None = None,
) -> Task:
    text = _text(_cell(row, cols, "task")) or _text(
        [c for c, r in zip(row.cells, cols, strict=False) if r not in ("index", "time") and c.text]
    )
    text = _with_subject(table, row, cols, text)
    section = join_path(table.section, row.path) or None
    owners = _row_owners(row, cols, memo, combined=both)
    products = _cell(row, cols, "product")
    task = Task(
        id=f"tt{len(out.tasks) + 1}",
        key=task_key(section, text),
        section=section,
        line=row.line,
        end_line=row.end_line or row.line,
        text=text,
        owners=owners,
        product=_text(products) or None,
        read_as="table",
        rule="table_row",
    )
    out.tasks.append(task)
    times = _cell(row, cols, "time")
    if not times:
        # no time cell: the task may say when itself ("..., hoàn thành trước ngày 30/6/2026"), or
        # its product ("Báo cáo UBND tỉnh trước ngày 15/12/2026")
        found = [d for c in _cell(row, cols, "task") for d in _task_text_times(c, doc_date, year)]
        if not found:
            found = [d for c in products for d in _task_text_times(c, doc_date, year)]
    else:
        found = [d for c in times for d in _time_cell(c, doc_date, year, text, time_memo)]
    if not any(d.due for d in found) and row.group:
        found = _group_times(row, times, doc_date, year, time_memo) or found
    if not found and periods is not None and all(_is_mark(c.text) for c in times):
        found = _marked_periods(row, periods(), doc_date, year, time_memo)
    for d in found:
        d.id = f"td{len(out.deadlines) + 1}"
        d.section = section
        d.task = text
        d.assignees = [Assignee(a.canonical, a.role, a.raw, a.kind, a.rule) for a in owners]
        d.task_ids = [task.id]
        task.deadlines.append(d.id)
        out.deadlines.append(d)
    return task


# the times a group row that times its rows names: a month, a quarter, a half or part of a year, a
# day, a week of a month (a work programme's "Tháng 01/2027" over its rows); a year or a period
# over a table's rows is the plan's span more often than a deadline
_GROUP_TIME_KINDS = frozenset({"date", "month", "quarter", "half_year", "vague"})
_GROUP_LABEL = regex.compile(r"(?:[IVXLivxl]{1,4}|\d{1,2}(?:\.\d{1,2})?|[A-Za-z])?[.)]?")


def _group_times(
    row: TableRow,
    times: list[TableCell],
    doc_date: dt.date | None,
    year: int | None,
    memo: dict[str, list[TimeExpr]] | None,
) -> list[Deadline]:
    """The deadlines of a task row that says no time of its own, or only a part of one ("Tuần
    2"), under a group row whose title is a time and nothing else ("Tháng 01/2027", "QUÝ II"):
    the group's time, or the row's part of it."""
    title = " ".join((row.group or "").split())
    if not 3 <= len(title) <= 40:
        return []
    exprs = _memo_times(title, doc_date, year, memo)
    if len(exprs) != 1 or exprs[0].due is None or exprs[0].kind not in _GROUP_TIME_KINDS:
        return []
    e = exprs[0]
    if _GROUP_LABEL.fullmatch(title[: e.start].strip(" .:-")) is None or title[e.end :].strip(" .:;"):
        return []
    when = e.phrase  # (without the group's label: "I. THÁNG 01/2027")
    cells = [TableCell(f"{c.text} {when}", c.line) for c in times] or [TableCell(when, row.line)]
    found = [d for c in cells for d in _time_cell(c, doc_date, year, "", memo) if d.due and d.kind in _GROUP_TIME_KINDS]
    for d in found:
        d.rule = "table_group_time"
    return found


_PERIOD_KINDS = frozenset({"month", "quarter", "half_year"})


def _period_columns(
    table: Table, cols: list[str], doc_date: dt.date | None, year: int | None, memo: dict[str, list[TimeExpr]] | None
) -> dict[int, tuple[str, str]]:
    """The columns of a schedule whose headings are periods and nothing else ("Quý I", "Tháng
    9", "6 tháng cuối năm"), when there are two or more of them: column -> the period to read and
    its heading as written."""
    out: dict[int, tuple[str, str]] = {}
    for i, (head, role) in enumerate(zip(table.header, cols, strict=False)):
        if role in ("index", "task", "lead", "coordinate", "product"):
            continue
        text = " ".join(head.split())
        if not 3 <= len(text) <= 60:
            continue
        exprs = _memo_times(text, doc_date, year, memo)
        if len(exprs) != 1 or exprs[0].kind not in _PERIOD_KINDS or not exprs[0].due:
            continue
        e = exprs[0]
        # (the first period column of a header over two rows holds the heading above it too:
        # "Thời gian thực hiện Quý I")
        if not text[e.end :].strip(" .:") and (role == "time" or not text[: e.start].strip()):
            out[i] = (e.phrase, e.phrase)
    return out if len(out) >= 2 else _numbered_months(table, cols)


@functools.cache
def _month_number() -> tuple[regex.Pattern[str], regex.Pattern[str], str]:
    """A month column's heading by its number ("T3", "Th.3", "3"); a time heading naming months
    then the first number ("Thời gian thực hiện (tháng) 1"); the month word."""
    prefixes = alternation(_words()["month_column_prefixes"])
    month = str(load("timewords")["calendar"]["month"][0])
    return (
        regex.compile(rf"(?i:(?P<p>{prefixes})\s*)?(?P<n>\d{{1,2}})"),
        regex.compile(rf"(?i:.*(?<!\p{{L}}){month}(?!\p{{L}}).*?)(?<!\d)(?P<n>\d{{1,2}})"),
        month,
    )


def _numbered_months(table: Table, cols: list[str]) -> dict[int, tuple[str, str]]:
    """Month columns headed by their numbers, two or more in a row counting up ("T1 | T2 | T3",
    or "1 | 2 | … | 12" under a time heading that names months): column -> ("tháng N", as written)."""
    alone, under, month = _month_number()
    found: dict[int, int] = {}
    written: dict[int, str] = {}
    named = False  # (numbers alone are months only under a heading that says so)
    for i, (head, role) in enumerate(zip(table.header, cols, strict=False)):
        text = " ".join(head.split())
        m = alone.fullmatch(text)
        if m is None and role == "time" and len(text) <= 60:
            m = under.fullmatch(text)
            named = named or m is not None
        if m is None or not 1 <= int(m.group("n")) <= 12:
            continue
        named = named or bool(m.groupdict().get("p"))
        found[i] = int(m.group("n"))
        written[i] = text if m.re is alone else m.group("n")
    runs = sorted(found)
    if not named or len(runs) < 2 or any(found[b] <= found[a] for a, b in itertools.pairwise(runs)):
        return {}
    return {i: (f"{month} {found[i]}", written[i]) for i in runs}


def _is_mark(text: str) -> bool:
    return text.strip().casefold() in _marks()


@functools.cache
def _marks() -> frozenset[str]:
    return frozenset(str(m).casefold() for m in _words()["period_marks"])


def _marked_periods(
    row: TableRow,
    periods: dict[int, tuple[str, str]],
    doc_date: dt.date | None,
    year: int | None,
    memo: dict[str, list[TimeExpr]] | None,
) -> list[Deadline]:
    """The deadlines of a row of a schedule with a column per period (``periods``: see
    :func:`_period_columns`), its work marked ("x") under the periods it is done in: one per period
    marked, due at its end."""
    found: list[Deadline] = []
    for i, (period, head) in periods.items():
        if i < len(row.cells) and _is_mark(row.cells[i].text):
            for d in _time_cell(TableCell(period, row.cells[i].line), doc_date, year, "", memo):
                if d.due and d.kind in _PERIOD_KINDS:
                    d.rule = "table_marked_period"
                    d.phrase = head
                    found.append(d)
    return found


# the times a task's own text gives as its deadline: "trước ngày …", "trong Quý II/2026"; a target
# ("đến năm 2030 đạt …"), a cited document's date, a programme's period are not
_TASK_TEXT_QUALIFIERS = frozenset({"before", "within"})


def _task_text_times(cell: TableCell, doc_date: dt.date | None, year: int | None) -> list[Deadline]:
    """The deadlines a task cell states when its row has no time cell."""
    text = " ".join(cell.text.split())
    lower = text.lower()
    if not any(ch.isdigit() for ch in text) and not any(w in lower for w in _words()["recurrence_gate"]):
        return []  # (no number, no recurrence word: no time to read)
    exprs, _ = find_time_expressions(text, doc_date=doc_date, default_year=year)
    cited = cited_spans(text) if exprs else []
    out: list[Deadline] = []
    for e in exprs:
        if any(s <= e.start < t for s, t in cited):
            continue
        if e.kind == "recurring" or (e.due and e.qualifier in _TASK_TEXT_QUALIFIERS):
            conf = 0.6 if e.due else 0.5
            out.append(e.deadline("", section=None, line=cell.line, task="", confidence=conf, rule="table_task_text"))
    return out


def _continue(
    task: Task,
    row: TableRow,
    cols: list[str],
    out: TableTasks,
    memo: dict[tuple[str, str, str], list[Assignee]],
    both: frozenset[int] = frozenset(),
) -> None:
    """A continuation row: more of the task above (its number and time cells were merged)."""
    more = _text(_cell(row, cols, "task"))
    if more:
        task.text = f"{task.text}; {more}" if task.text else more
    owners = _row_owners(row, cols, memo, inherited=False, combined=both)
    merge_owners(task.owners, owners)
    task.end_line = max(task.end_line, row.end_line or row.line)
    for d in out.deadlines:
        if task.id in d.task_ids:
            d.task = task.text
            merge_owners(d.assignees, [Assignee(a.canonical, a.role, a.raw, a.kind, a.rule) for a in owners])


def _row_owners(
    row: TableRow,
    cols: list[str],
    memo: dict[tuple[str, str, str], list[Assignee]],
    inherited: bool = True,
    combined: frozenset[int] = frozenset(),
) -> list[Assignee]:
    """The owners of a row: its lead and coordinate cells (``combined``: the columns of both,
    "Chủ trì/Phối hợp"), else the units its task cell or its group row names."""
    owners: list[Assignee] = []
    for role in ("lead", "coordinate"):
        for j, (cell, col) in enumerate(zip(row.cells, cols, strict=False)):
            if col != role or not cell.text:
                continue
            parts = _labelled(cell.text, role)
            if j in combined and len(parts) == 1 and parts[0][2] == "table:lead_column":
                parts = _combined_parts(cell.text)
            for part_role, part, rule in parts:
                key = (part, part_role, rule)
                if key not in memo:
                    memo[key] = owner_list(*key)
                merge_owners(owners, [Assignee(a.canonical, a.role, a.raw, a.kind, a.rule) for a in memo[key]])
    if inherited and not owners:
        # no owner column: "Giao Sở X chủ trì, phối hợp với Y ..." in the task cell
        for cell in _cell(row, cols, "task"):
            merge_owners(
                owners,
                [
                    Assignee(r.unit.unit, r.role, r.unit.raw, _kind(r.unit), f"table:task_text:{r.rule}")
                    for r in assign_roles(cell.text)
                    if r.role in ("lead", "coordinate", "assigned")
                ],
            )
    if inherited and not any(a.role == "lead" for a in owners) and row.group:
        # "Nhiệm vụ giao Bộ trưởng Bộ Y tế chỉ đạo": the group row names the owner
        found = [
            Assignee(r.unit.unit, _GROUP_ROLE.get(r.role, r.role), r.unit.raw, _kind(r.unit), "table:group_row")
            for r in assign_roles(row.group)
            if r.role in ("lead", "assigned", "director", "mention")
        ]
        merge_owners(owners, found)
    return owners


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    unit: UnitMatch | None  # None: words the recogniser does not know, kept as written


_GROUP_ROLE = {"mention": "assigned"}


@functools.cache
def _role_label() -> regex.Pattern[str]:
    labels = load("tables")["role_labels"]
    alts = "|".join(f"(?P<{role}>{alternation(words)})" for role, words in labels.items())
    # (after a line break, a semicolon or a full stop; or, in capitals, after a blank or a dash:
    # the line break between "Chủ trì: Sở Y tế" and "Phối hợp: …" lost by an export that joins a
    # cell's lines, "- Chủ trì: Sở Tư pháp - Phối hợp: Sở Nội vụ")
    return regex.compile(rf"(?:^|(?<=[\n;.])|(?<=\s)(?=[-+•]?\s*\p{{Lu}}))\s*[-+•]?\s*(?i:{alts})\s*:\s*")


def _labelled(text: str, role: str) -> list[tuple[str, str, str]]:
    """The parts of an owner cell with the role each is given: the column's, or the one a label
    inside the cell names ("- Chủ trì: Sở Y tế" / "- Phối hợp: Sở Tài chính").

    >>> _labelled("- Chủ trì: Sở Y tế\\n- Phối hợp: Sở Tài chính", "lead")
    [('lead', 'Sở Y tế', 'table:label'), ('coordinate', 'Sở Tài chính', 'table:label')]
    """
    marks = list(_role_label().finditer(text))
    if not marks:
        return [(role, text, f"table:{role}_column")]
    out: list[tuple[str, str, str]] = []
    if text[: marks[0].start()].strip(" -+•;\n"):
        out.append((role, text[: marks[0].start()], f"table:{role}_column"))
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        part = text[m.end() : nxt.start() if nxt else len(text)].strip(" ;\n")
        label_role = next(k for k, v in m.groupdict().items() if v)
        if part.strip(" -+•;\n"):
            out.append((label_role, part, "table:label"))
    return out


def owner_list(text: str, role: str, rule: str) -> list[Assignee]:
    """The owners listed in one cell, in order: the units the recogniser knows, and the other
    names of the list as written (a piece after a comma that does not start like a unit goes on
    the name before it: "UBND xã, phường, đặc khu", "Phòng Kinh tế, Hạ tầng và Đô thị").

    >>> [(a.unit, a.canonical) for a in owner_list("Sở KH&CN; các cơ quan, đơn vị liên quan", "lead", "r")]
    [('Sở KH&CN', 'Sở Khoa học và Công nghệ'), ('các cơ quan, đơn vị liên quan', 'Các cơ quan, đơn vị')]
    >>> [a.raw for a in owner_list("UBND xã, phường, đặc khu", "lead", "r")]
    ['UBND xã, phường, đặc khu']
    >>> [a.raw for a in owner_list("Các sở, ngành, trừ Sở Y tế", "coordinate", "r")]
    ['Các sở, ngành']
    >>> [(a.raw, a.role) for a in owner_list("Công an xã (chủ trì); Trạm Y tế xã, các thôn (phối hợp)", "lead", "r")]
    [('Công an xã', 'lead'), ('Trạm Y tế xã', 'coordinate'), ('các thôn', 'coordinate')]
    >>> [(a.raw, a.role) for a in owner_list("Sở Nội vụ (chủ trì), Sở Tư pháp", "lead", "r")]
    [('Sở Nội vụ', 'lead'), ('Sở Tư pháp', 'coordinate')]
    """
    # "Các sở, ngành, trừ Sở Y tế": the units the cell leaves out own nothing
    text = text[: exception_start(text)]
    if role == "lead" and _owner_sentence().search(text):
        # "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính": the cell is a sentence, read as one
        verbs = [r for r in assign_roles(text) if r.role in ("lead", "coordinate")]
        if any(r.role == "lead" for r in verbs) and any(r.role == "coordinate" for r in verbs):
            return [Assignee(r.unit.unit, r.role, r.unit.raw, _kind(r.unit), f"table:sentence:{r.rule}") for r in verbs]
    items: list[_Item] = []

    def leftovers(a: int, b: int) -> None:
        start = a
        for m in [*_split().finditer(text, a, b), None]:
            end = m.start() if m else b
            piece = text[start:end]
            s = start + len(piece) - len(piece.lstrip(" ,.-+:("))
            e = start + len(piece.rstrip(" ,.;-+:)"))
            joint = text[s:e].lower() in _joining()
            if e - s >= 2 and _TWO_LETTERS.search(text, s, e) and not joint and not _role_words().fullmatch(text, s, e):
                gap = text[items[-1].end : s] if items else ";"
                if not _LIST_BREAK.search(gap) and (not gap.strip() or not _head().match(text, s)):
                    items[-1].end, items[-1].unit = e, None
                else:
                    items.append(_Item(s, e, None))
            start = m.end() if m else b

    pos = 0
    for u in sorted(_cell_units(text), key=lambda u: u.start):
        if u.start < pos:
            continue
        leftovers(pos, u.start)
        if items and items[-1].unit is None and _bare_head(text, items[-1], u.start):
            # "Chi nhánh Văn phòng Đăng ký đất đai": a head word alone before a unit heads it
            items[-1].end = u.end
        else:
            items.append(_Item(u.start, u.end, u))
        pos = u.end
    leftovers(pos, len(text))
    # "Sở Nội vụ (chủ trì), Sở Tài chính (phối hợp)": the role written after the unit, and after
    # the list it closes ("Công an xã, các thôn (phối hợp)"), up to a ";" or an earlier label
    said: list[str | None] = [None] * len(items)
    carry: str | None = None
    verb_only: set[int] = set()  # (items whose role only a verb with no brackets names)
    for i in range(len(items) - 1, -1, -1):
        m = _paren_role().match(text, items[i].end)
        if m is not None:
            key = next(k for k, v in m.groupdict().items() if v)
            carry = key.removesuffix("_v")
            if key != carry:
                verb_only.add(i)
        elif i + 1 < len(items) and _LIST_BREAK.search(text, items[i].end, items[i + 1].start):
            carry = None
        said[i] = carry
    # "Sở Nội vụ (chủ trì), Sở Tài chính": in a cell that names its lead so, the units after it
    # with no role of their own support it
    lead_at = next((i for i, own in enumerate(said) if own == "lead"), None)
    if lead_at is not None:
        said[lead_at + 1 :] = [own or "coordinate" for own in said[lead_at + 1 :]]
    out: list[Assignee] = []
    seen: set[str] = set()
    for i, (it, own) in enumerate(zip(items, said, strict=True)):
        raw = " ".join(text[it.start : it.end].split())
        own_role = own or role
        # (a verb that names the column's own role says nothing the column does not)
        own_rule = "table:label" if own and not (i in verb_only and own == role) else rule
        if it.unit is not None:
            a = Assignee(it.unit.unit, own_role, raw, _kind(it.unit), own_rule)
        else:
            kind = "group" if _collective().match(raw) else "person" if _person().match(raw) else "unit"
            a = Assignee(canonical_unit(raw), own_role, raw, kind, own_rule)
        if a.canonical not in seen:
            seen.add(a.canonical)
            out.append(a)
        if it.unit is not None:
            # (helper 79) the members of a list sharing one head ("Sở Tài chính, Tư pháp") own the
            # row too, each by its full name, as in a sentence
            for m in it.unit.members:
                am = Assignee(m.unit, own_role, member_raw(m), _kind(m), f"{own_rule}+member")
                if am.canonical not in seen:
                    seen.add(am.canonical)
                    out.append(am)
    return out


def _cell_units(text: str) -> list[UnitMatch]:
    """The units of a cell, a unit read across a line break split there when each of its lines is
    a whole unit of its own, the next one capitalised ("Văn phòng Đảng ủy" / "Công an xã": two
    units of a list set a line each, not "Văn phòng" of "Đảng ủy Công an xã"; a name wrapped in
    the cell, "Sở Khoa học và" / "Công nghệ", stays one).

    >>> [u.unit for u in _cell_units("Văn phòng Đảng ủy\\nCông an xã")]
    ['Văn phòng Đảng ủy', 'Công an xã']
    """
    out: list[UnitMatch] = []
    for u in find_units(text):
        parts = _line_units(text, u) if "\n" in u.raw and not u.members else None
        out.extend(parts or [u])
    return out


def _line_units(text: str, u: UnitMatch) -> list[UnitMatch] | None:
    """The whole units, one a line, that ``u`` reads across line breaks, or None."""
    parts: list[UnitMatch] = []
    start = u.start
    for line in text[u.start : u.end].split("\n"):
        s = start + len(line) - len(line.lstrip())
        e = start + len(line.rstrip())
        start += len(line) + 1
        if e <= s:
            continue
        found = find_units(text[s:e])
        if len(found) != 1 or found[0].start != 0 or found[0].end != e - s or found[0].members:
            return None
        if parts and (not text[s].isupper() or parts[-1].unit in _bare_bodies()):
            return None  # ("Đảng ủy" / "UBND tỉnh": a body named before the unit it belongs to, wrapped)
        parts.append(dataclasses.replace(found[0], start=s, end=e))
    return parts if len(parts) > 1 else None


@functools.cache
def _bare_bodies() -> frozenset[str]:
    """Bodies named bare before the unit they belong to ("Đảng ủy" of "Đảng ủy UBND tỉnh"; units.yaml
    ``shared_level_names``)."""
    return frozenset(str(n) for n in load("units")["shared_level_names"])


def _bare_head(text: str, item: _Item, start: int) -> bool:
    """The words of ``item`` are a unit's head word alone ("Chi nhánh", "Trung tâm") and only
    blanks on one line stand between them and ``start``."""
    gap = text[item.end : start]
    return not gap.strip() and "\n" not in gap and _head().fullmatch(text, item.start, item.end) is not None


_COMBINED_SPLIT = regex.compile(r"\s*/\s*|\n")


def _combined_parts(text: str) -> list[tuple[str, str, str]]:
    """A cell of a "Chủ trì/Phối hợp" column: the lead before the first "/" (or on the first
    line), the coordinating units after it.

    >>> [(role, part) for role, part, _ in _combined_parts("Sở Nội vụ/Sở Tài chính; Công an tỉnh")]
    [('lead', 'Sở Nội vụ'), ('coordinate', 'Sở Tài chính; Công an tỉnh')]
    """
    m = _COMBINED_SPLIT.search(text)
    if m is None or not text[: m.start()].strip() or not text[m.end() :].strip():
        return [("lead", text, "table:lead_column")]
    rule = "table:combined_column"
    return [("lead", text[: m.start()], rule), ("coordinate", text[m.end() :], rule)]


@functools.cache
def _collective() -> regex.Pattern[str]:
    """The word before a group of units ("các Sở", "những đơn vị")."""
    return regex.compile(rf"(?i)(?:{'|'.join(_words()['collective'])})\s")


@functools.cache
def _joining() -> frozenset[str]:
    """Words that join two units of a list ("Sở Nội vụ và Sở Tài chính"): part of neither."""
    return frozenset(str(w) for w in _words()["joining"])


_TWO_LETTERS = regex.compile(r"\p{L}{2}")
_LIST_BREAK = regex.compile(r"[;\n]")


def _kind(unit: UnitMatch) -> str:
    return {"person": "person", "collective": "group"}.get(unit.kind, "unit")


_WRAPPED_SLASH = regex.compile(r"(?<=\d/)\s+(?=\d)")


def _memo_times(
    text: str,
    doc_date: dt.date | None,
    year: int | None,
    memo: dict[str, list[TimeExpr]] | None,
) -> list[TimeExpr]:
    """The time expressions of a time cell's or a group title's ``text``, read once per document
    (``memo``: by text, the same ``doc_date`` and ``year``); the times after the last one read are
    read on their own ("Tháng 6/2026" over "Tháng 12/2026" in one cell, joined by a blank)."""
    exprs = memo.get(text) if memo is not None else None
    if exprs is None:
        exprs, _ = find_time_expressions(text, doc_date=doc_date, default_year=year)
        if exprs and exprs[-1].end < len(text) - 5:
            at = exprs[-1].end
            more, _ = find_time_expressions(text[at:], doc_date=doc_date, default_year=year)
            exprs = exprs + [dataclasses.replace(e, start=e.start + at, end=e.end + at) for e in more]
        if memo is not None:
            memo[text] = exprs
    return exprs


def _time_cell(
    cell: TableCell,
    doc_date: dt.date | None,
    year: int | None,
    task: str = "",
    memo: dict[str, list[TimeExpr]] | None = None,
) -> list[Deadline]:
    """The deadlines of a time cell; ``memo``: the time expressions of the cell texts read
    before in the same document (the same ``doc_date`` and ``year``), by text."""
    text = " ".join(cell.text.split())
    if "/ " in text:
        text = _WRAPPED_SLASH.sub("", text)  # "30/6/" + "2026": a date wrapped in a narrow column
    exprs = _memo_times(text, doc_date, year, memo)
    listed = _month_list(cell, text, year) or _named_day_cell(cell, text, doc_date, year)
    if listed:
        return listed
    if task and exprs:
        # a regime's row: "Báo cáo 6 tháng" | "Trước ngày 15/6" is due that day every year
        exprs = [yearly_by_report(e, task) for e in exprs]
    cited = cited_spans(text)
    out: list[Deadline] = []
    last_end = -1
    for e in exprs:
        if any(s <= e.start < t for s, t in cited):
            continue
        if out and _bracketed(text, last_end, e.start):
            continue  # "2026 - 2027 (trình HĐND tỉnh năm 2027)": a step of the time before it
        last_end = e.end
        if e.kind != "recurring" and (
            (e.kind != "range" and _from_word().match(e.phrase) is not None)
            or _open_after().match(text, e.end) is not None
        ):
            # "Từ năm 2026" (a start, no end), "Năm 2026 và các năm tiếp theo" (open-ended)
            out.append(_plain(cell, text.strip(" .;"), "vague", None, 0.3, "table_open_cell"))
            continue
        conf = 0.8 if e.due else 0.6 if e.recurrence else 0.4
        out.append(e.deadline("", section=None, line=cell.line, task="", confidence=conf, rule="table_time_cell"))
    if out:
        return out
    m = _bare_month().match(text)
    if m and 1 <= int(m.group("m")) <= 12 and (m.group("m0") is None or 1 <= int(m.group("m0")) <= 12):
        # "6/2026", "T6/2026", "01/2026 - 6/2026", "10-12/2026": a month (or months) of the year
        y, mo = int(m.group("y")), int(m.group("m"))
        last = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        kind = "range" if m.group("m0") else "month"
        return [_plain(cell, text.strip(" .;"), kind, last, 0.7, "table_month_cell")]
    m = _bare_year().match(text)
    if m:
        return [_plain(cell, text.strip(" .;"), "year", f"{m.group('y')}-12-31", 0.7, "table_year_cell")]
    if _bare_years().match(text):
        # (helper 108) "2026, 2027": each year listed, due at its end
        return [_plain(cell, y, "year", f"{y}-12-31", 0.7, "table_year_cell") for y in _YEAR.findall(text)]
    m = _bare_quarter().match(text) if "I" in text else None
    if m:
        # "III/2027" in a time cell: the quarter of that year, due at its end
        y, q = int(m.group("y")), len(m.group("q")) if m.group("q") != "IV" else 4
        end = (dt.date(y + q // 4, q % 4 * 3 + 1, 1) - dt.timedelta(days=1)).isoformat()
        return [_plain(cell, text.strip(" .;"), "quarter", end, 0.7, "table_quarter_cell")]
    m = _BARE_DAY.match(text) if year is not None else None
    if m and year is not None:
        # "30/6" alone in a time cell: that day of the year the document is for
        try:
            day = dt.date(year, int(m.group("m")), int(m.group("d")))
        except ValueError:
            day = None
        if day is not None:
            return [_plain(cell, text.strip(" .;"), "date", day.isoformat(), 0.6, "table_day_cell")]
    if year is not None and _whole_year().fullmatch(text):
        return [_plain(cell, text.strip(" .;"), "year", f"{year}-12-31", 0.6, "table_whole_year_cell")]
    v = _vague().search(text)
    if v:
        return [_plain(cell, text.strip(" .;"), "vague", None, 0.3, "table_vague_cell")]
    return []


@functools.cache
def _months_cell() -> regex.Pattern[str]:
    """A cell listing months of one year ("Tháng 3, 6, 9, 12", "Tháng 6 và 12/2027")."""
    data = load("timewords")
    month = alternation(data["calendar"]["month"])
    join = alternation([",", ";", *data["date_list_links"]])
    return regex.compile(
        rf"(?i:{month})\s+(?P<ms>\d{{1,2}}(?:\s*(?:{join})\s*\d{{1,2}})+)(?:\s*[/-]\s*(?P<y>(?:19|20)\d{{2}}))?\s*[.;]?"
    )


@functools.cache
def _month_initials() -> frozenset[str]:
    """The first letters of the month's words, both cases."""
    words = [str(w) for w in load("timewords")["calendar"]["month"]]
    return frozenset(c for w in words for c in (w[0].lower(), w[0].upper()))


@functools.cache
def _named_day() -> tuple[regex.Pattern[str], str]:
    """The names of the New Years opening a cell ("Tết Nguyên đán Đinh Mùi"), and the limit's
    word they are read after."""
    ny = load("timewords")["events"]["lunar_new_year"]
    names = alternation([*ny["names"], *ny["solar"]])
    return regex.compile(rf"(?:{names})(?!\p{{L}})", regex.IGNORECASE), str(load("tables")["named_day_lead"])


def _named_day_cell(cell: TableCell, text: str, doc_date: dt.date | None, year: int | None) -> list[Deadline]:
    """A New Year's day alone in a time cell, with its year ("Tết Nguyên đán Đinh Mùi", "Tết
    Dương lịch 2027"): that day (the reader of times takes a named day only after a limit). With
    no year ("Tết Nguyên đán", "Trước Tết Nguyên đán"), the first of the plan's year (``year``)
    and the next that falls on or after the signing: a plan for 2027 signed in December 2026, or
    one signed in September 2026, the Tết of February 2027."""
    pattern, lead = _named_day()
    whole = text.rstrip(" .;")
    body = whole
    if body[: len(lead)].lower() == lead and body[len(lead) : len(lead) + 1].isspace():
        body = body[len(lead) + 1 :].lstrip()  # ("Trước Tết Nguyên đán": the limit is the lead's)
    if pattern.match(body) is None:
        return []
    read, _ = find_time_expressions(f"{lead} {body}", doc_date=doc_date, default_year=year)
    if len(read) != 1 or read[0].end != len(lead) + 1 + len(body):
        return []
    if read[0].kind == "vague" and read[0].due is None and year is not None and not any(c.isdigit() for c in body):
        for named in (year, year + 1):
            # (read as the cell would be with the year after it)
            said = f"{lead} {body} {named}"
            read, _ = find_time_expressions(said, doc_date=doc_date, default_year=year)
            if len(read) != 1 or read[0].end != len(said) or read[0].due is None:
                return []
            if doc_date is None or read[0].due >= doc_date.isoformat():
                break
    if read[0].kind != "date" or read[0].due is None:
        return []
    return [_plain(cell, whole, "date", read[0].due, 0.7, "table_named_day_cell")]


def _month_list(cell: TableCell, text: str, year: int | None) -> list[Deadline]:
    """The months a cell lists, each due at its last day, in the year the cell names or the
    document's ("Tháng 3, 6, 9, 12" of a plan for 2027: four months of 2027); the reader of times
    took the first month only."""
    if len(text) > 60 or text[:1] not in _month_initials() or not any(c.isdigit() for c in text[-3:]):
        return []
    m = _months_cell().fullmatch(text)
    if m is None:
        return []
    y = int(m.group("y")) if m.group("y") else year
    months = [int(x) for x in regex.findall(r"\d{1,2}", m.group("ms"))]
    if y is None or not all(1 <= mo <= 12 for mo in months) or months != sorted(set(months)):
        return []
    out = []
    for mo in months:
        last = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        out.append(_plain(cell, text.strip(" .;"), "month", last, 0.7, "table_month_list_cell"))
    return out


def _bracketed(text: str, start: int, end: int) -> bool:
    """A bracket opens between ``start`` and ``end`` and is not closed before ``end``."""
    k = text.rfind("(", start, end)
    return k >= 0 and text.find(")", k, end) < 0


@functools.cache
def _from_word() -> regex.Pattern[str]:
    """A time that opens with "từ" and has no end ("Từ năm 2026", "Từ 01/7/2026")."""
    words = load("timewords")["qualifiers"]["from"]
    return regex.compile(rf"(?:{alternation(words)})(?!\p{{L}})", regex.IGNORECASE)


@functools.cache
def _open_after() -> regex.Pattern[str]:
    """"... và các năm tiếp theo" right after a time: open-ended (the words of the deadline rules)."""
    words = load("deadline_words")["open_after"]
    return regex.compile(rf"[\s,]*(?:{alternation(words)})(?!\p{{L}})", regex.IGNORECASE)


def _plain(cell: TableCell, phrase: str, kind: str, due: str | None, conf: float, rule: str) -> Deadline:
    return Deadline(
        id="",
        phrase=phrase,
        kind=kind,
        qualifier=None,
        due=due,
        start=None,
        recurrence=None,
        relative=None,
        section=None,
        line=cell.line,
        task="",
        confidence=conf,
        rule=rule,
    )


def merge(
    tasks: list[Task],
    deadlines: list[Deadline],
    index: list[UnitIndexEntry],
    decisions: list[Decision],
    table: TableTasks,
) -> tuple[list[Task], list[Deadline], list[UnitIndexEntry]]:
    """The tasks and deadlines read from sentences and from tables together, in line order,
    numbered again (``t1``…, ``d1``…); the unit index and the decisions follow the new ids, and
    each time cell read is a decision too (``decisions`` is changed in place)."""
    all_d = sorted(
        [(d.line, 0, k, d) for k, d in enumerate(deadlines)]
        + [(d.line, 1, k, d) for k, d in enumerate(table.deadlines)]
    )
    all_t = sorted(
        [(t.line, 0, k, t) for k, t in enumerate(tasks)] + [(t.line, 1, k, t) for k, t in enumerate(table.tasks)]
    )
    d_ids = {(src, d.id): f"d{n}" for n, (_, src, _, d) in enumerate(all_d, start=1)}
    t_ids = {(src, t.id): f"t{n}" for n, (_, src, _, t) in enumerate(all_t, start=1)}
    for _, src, _, t in all_t:
        t.deadlines = [d_ids[(src, x)] for x in t.deadlines]
    for _, src, _, d in all_d:
        d.task_ids = sorted((t_ids[(src, x)] for x in d.task_ids), key=lambda x: int(x[1:]))
    for _, src, _, t in all_t:
        t.id = t_ids[(src, t.id)]
    for _, src, _, d in all_d:
        d.id = d_ids[(src, d.id)]
    for dec in decisions:
        if dec.deadline is not None:
            dec.deadline = d_ids.get((0, dec.deadline), dec.deadline)
    # the time cells read, beside the expressions of the sentences
    decisions.extend(Decision(d.line, d.phrase, d.kind, "deadline", d.rule, d.section, d.id) for d in table.deadlines)
    decisions.extend(Decision(d.line, d.phrase, d.kind, "past", d.rule, d.section) for d in table.past)
    decisions.extend(Decision(d.line, d.phrase, d.kind, "event", d.rule, d.section) for d in table.events)
    decisions.sort(key=lambda dec: dec.line)
    entries = {e.unit: e for e in index}
    for e in index:
        e.deadlines = [d_ids.get((0, x), x) for x in e.deadlines]
    sections = {e.unit: set(e.sections) for e in index}  # (a unit may own hundreds of rows)
    for t in table.tasks:
        for a in t.owners:
            e = entries.setdefault(a.canonical, UnitIndexEntry(a.canonical, [], [], []))
            if a.role not in e.roles:
                e.roles.append(a.role)
            have = sections.setdefault(a.canonical, set())
            if t.section and t.section not in have:
                have.add(t.section)
                e.sections.append(t.section)
            e.deadlines.extend(t.deadlines)
    for e in entries.values():
        e.deadlines = sorted(dict.fromkeys(e.deadlines), key=lambda x: int(x[1:]))
    return (
        [t for *_, t in all_t],
        [d for *_, d in all_d],
        sorted(entries.values(), key=lambda e: e.unit),
    )
