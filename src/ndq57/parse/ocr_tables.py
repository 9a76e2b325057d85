"""Tables in the plain text an OCR engine gives of a scanned page (Tesseract with no layout).

Each line of the page is a line of the text, and a table's line holds a piece of every cell of
that line, in column order, with no mark between them but the stray ``|`` and ``_`` the engine
read where the rules were::

    ST Nội dung nhiệm vụ Đơn vị chủ trì | Đơn vị phối | Thời gian thực hiện
    T hợp Bắt đầu |_ Hoàn
    thành
    1 | Xây dựng dự thảo Quy định Sở Công Sở Tư pháp Tháng Tháng
    phân cấp quản lý cụm công Thương 01/2027 | 3/2027

A table opens at a header line that starts with the number column's heading (maybe cut, ``ST``
over ``T``) and names a task column and a lead or a time column (``data/tables.yaml``); its next
short lines without digits are the headings' wrapped ends. A row opens at its number in sequence
at a line's start (a group's letter or roman number before a title in capitals is a group row).
In each line of a row, the times are the time words and dates at the line's end (a time cell's
word on one line, its month or date on the next: ``Tháng Tháng`` / ``01/2027 | 3/2027`` are a
start and an end); a row with no number of its own opens where a line opens a new time when the
times above are whole (a step of the row, its number and lead merged with it). The rest of a
line is the task's piece, then the owners' pieces: on a row's first line they open at a unit's
head about where the task's lines end (the task column's width in characters, read from the
table), on its next lines past that width; a lead's name is pieced from its lines (``Sở Công`` /
``Thương``) as far as the units gazetteer reads one name. The table ends at a heading, the
sign-off, a long line of prose or a line after a blank that does not go on a row; a page's foot
(footnotes, the page number) between two parts of the table, the header printed again, is
skipped.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from ndq57 import cached_re as re
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.parse import tables as tb
from ndq57.textutil import alternation, mostly_upper

_HEAD_WRAPS = 3  # lines of a header's wrapped ends at most
_WRAP_MAX = 40  # characters of such a line at most
_ROW_MAX = 30  # lines of a row at most
_PAGE_LOOK = 8  # lines after a blank in which the header printed again on the next page is looked for
_LONG = 1.4  # a line this many times longer than the table's longest row line is prose
_SLACK = 12  # characters before the task column's width at which an owner's cell may open
_PAST = 4  # ... and after it


@dataclass(slots=True)
class _Words:
    index: frozenset[str]
    columns: regex.Pattern[str]
    role_of: dict[str, str]
    cut: dict[str, tuple[str, str]]
    starts: regex.Pattern[str]
    openers: frozenset[str]
    goes_on: frozenset[str]
    needs: frozenset[str]
    vague: regex.Pattern[str]
    split_parts: tuple[str, str]  # a split time heading's start and end parts
    ends: tuple[str, ...]  # a line opening so ends a table
    name_joins: frozenset[str]  # words joining the parts of a unit's name ("và")


@functools.cache
def _words() -> _Words:
    data = load("tables")
    own = data["ocr_text"]
    role_of: dict[str, str] = {}
    for role, words in data["columns"].items():
        if role != "index":
            for w in words:
                role_of[" ".join(str(w).lower().split())] = str(role)
    cut = _cut_headings(role_of)
    return _Words(
        index=frozenset(str(w) for w in own["index_heads"]),
        columns=regex.compile(rf"(?<!\p{{L}})(?:{alternation([*role_of, *cut])})(?!\p{{L}})", regex.IGNORECASE),
        role_of=role_of,
        cut=cut,
        starts=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(str(w) for w in own_starts(data))})(?!\p{{L}})", regex.IGNORECASE
        ),
        openers=frozenset(str(w) for w in own["time_openers"]),
        goes_on=frozenset(str(w) for w in own["time_goes_on"]),
        needs=frozenset(str(w) for w in own["time_needs_value"]),
        vague=regex.compile(rf"^(?:{alternation(data['vague_time'])})(?!\p{{L}})", regex.IGNORECASE),
        split_parts=(str(own["split_time_parts"][0]), str(own["split_time_parts"][1])),
        ends=tuple(str(w) for w in own["table_ends"]),
        name_joins=frozenset(str(w) for w in own["name_joins"]),
    )


def _cut_headings(role_of: dict[str, str]) -> dict[str, tuple[str, str]]:
    """A heading of three words or more cut by its cell's width, its last words on the header's
    next line ("Đơn vị phối" / "hợp", "Đơn vị thực" / "hiện"): each first part of two words or
    more that is no heading itself and opens headings of one role only, with that role and the
    shortest heading it opens."""
    opens: dict[str, list[str]] = {}
    for heading in role_of:
        words = heading.split()
        for n in range(2, len(words)):
            opens.setdefault(" ".join(words[:n]), []).append(heading)
    out: dict[str, tuple[str, str]] = {}
    for part, headings in opens.items():
        roles = {role_of[h] for h in headings}
        if part not in role_of and len(roles) == 1:
            whole = min(headings, key=len)
            out[part] = (roles.pop(), whole[:1].upper() + whole[1:])
    return out


def own_starts(data: dict[str, object]) -> list[str]:
    """The words of a time heading's start part (``Bắt đầu``, as OCR may misread it)."""
    starts = data["time_start"]
    ocr = data["ocr_pipe"]
    assert isinstance(starts, list) and isinstance(ocr, dict)
    return [*map(str, starts), *map(str, ocr["time_starts"])]


# ------------------------------------------------------------------------------------ the header


@dataclass(slots=True)
class _Head:
    cells: list[str]  # the headings, in order (the number column's first)
    roles: list[str]
    end: int  # index of the line after the header


def opening() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], str]:
    """What tells the lines that may open a table's header (:func:`ndq57.parse.tables.ocr_opens`):
    the letters such a line opens with (its number column's heading, or a task column's: a
    table without a number column), the number column's headings, the first words of the task
    column's (:func:`_task_firsts`), and the source of a pattern of the standard library's
    engine that finds where a line of the text in lower case opens as
    :func:`ndq57.parse.tables.ocr_may_head` asks, blanks first: with a number column's heading
    (between the marks it strips), or with a task column's first word; each match from the line
    break before the line (the engine skips from one break to the next). (The lower case of the
    text is that of each line; a line that test passes is found so, some others too.)"""
    w = _words()
    heads_of = [*w.index, *(k for k, r in w.role_of.items() if r == "task")]
    letters = frozenset(c for h in heads_of for c in (h[:1].lower(), h[:1].upper()))
    # (longest first, then in order: a pattern built in a set's hash order differs in each process)
    index = sorted((x for x in w.index if not any(c.isspace() for c in x)), key=lambda x: (-len(x), x))
    firsts = sorted(_task_firsts(), key=lambda x: (-len(x), x))
    heads = "|".join(re.escape(x) for x in index) or "(?!)"
    source = rf"\n[^\S\n]*(?:[|_.:]*(?:{heads})[|_.:]*(?!\S)|(?:{'|'.join(re.escape(x) for x in firsts) or '(?!)'}))"
    return letters, w.index, _task_firsts(), source


def _header_at(lines: list[str], i: int) -> _Head | None:
    w = _words()
    if not tb.ocr_may_head(lines[i], w.index, _task_firsts()):
        return None
    s = lines[i].strip()
    first = s.split(None, 1)[0].strip("|_.:").lower()
    indexed = first in w.index
    if any(map(str.isdigit, s)):
        return None
    found = [(m.group(), m.end()) for m in w.columns.finditer(s)]
    if indexed:
        cells = ["STT"]
        roles = ["index"]
    elif _bare_header(s, found):
        cells, roles = [""], ["none"]  # (a table without a number column: its rows open at their times)
    else:
        return None
    for said, _ in found:
        key = " ".join(said.lower().split())
        role, whole = w.cut[key] if key in w.cut else (w.role_of[key], said)
        if roles[-1] == role and role != "other":
            continue  # ("Nội dung nhiệm vụ": one heading, read once)
        cells.append(whole)
        roles.append(role)
    if "task" not in roles or not ({"lead", "time"} & set(roles)) or len(roles) < 3:
        return None
    parts = [" ".join(p.lower().split()) for p in s.strip("|").split("|")]
    if (len(parts) > 2 and all(p in w.role_of or p in w.index for p in parts)) or (
        i + 1 < len(lines) and "---" in lines[i + 1]
    ):
        return None  # (a pipe table's header, every heading a cell of its own: the pipe reader's)
    end = i + 1
    split = False
    while end < len(lines) and end - i <= _HEAD_WRAPS:
        t = lines[end].strip()
        if not t or len(t) > _WRAP_MAX or any(ch.isdigit() for ch in t) or _group_row(t) is not None:
            break
        split = split or w.starts.search(t) is not None
        for m in w.columns.finditer(t):
            key = " ".join(m.group().lower().split())
            role, whole = w.cut[key] if key in w.cut else (w.role_of[key], m.group())
            if role in _ORDER and role not in roles:
                # (a heading whose words all wrapped below: in its place among the others)
                at = next((k for k, r in enumerate(roles) if _ORDER.get(r, 0) > _ORDER[role]), len(roles))
                roles.insert(at, role)
                cells.insert(at, whole)
        end += 1
    if split and "time" in roles:
        k = roles.index("time")
        heading = cells[k]
        start, finish = w.split_parts
        cells[k : k + 1] = [f"{heading} {start}", f"{heading} {finish}"]
        roles[k : k + 1] = ["start", "time"]
    if roles[0] == "none":
        cells, roles = cells[1:], roles[1:]
    return _Head(cells, roles, end)


@functools.cache
def _task_firsts() -> tuple[str, ...]:
    """The first words of a task column's headings, lower case: a line without a number column
    is a header (:func:`_bare_header`) only when it opens with one."""
    w = _words()
    keys = [k for k, r in w.role_of.items() if r == "task"] + [k for k, (r, _) in w.cut.items() if r == "task"]
    return tuple(sorted({k.split()[0] for k in keys}))


_BARE_COVER = 0.6  # share of a header line without a number column its headings cover, at least


def _bare_header(s: str, found: list[tuple[str, int]]) -> bool:
    """Whether a line is the header of a table without a number column ("Nội dung báo cáo Đơn
    vị thực hiện Thời hạn gửi"): it opens with a task's heading and its headings cover most of
    it (no sentence that names them: "Nội dung nhiệm vụ do đơn vị chủ trì ...")."""
    w = _words()
    if not found or not s.lower().startswith(found[0][0].lower()):
        return False
    key = " ".join(found[0][0].lower().split())
    if (w.cut[key][0] if key in w.cut else w.role_of.get(key)) != "task":
        return False
    covered = sum(len(said) for said, _ in found)
    letters = len(s.replace("|", "").replace("_", "").strip())
    return covered >= _BARE_COVER * letters


_ORDER = {"index": 0, "task": 1, "lead": 2, "coordinate": 3, "time": 4, "product": 5}  # columns' usual order


def _same_header(lines: list[str], i: int, head: _Head) -> int | None:
    """The header printed again at line ``i`` (the table going on on the next page): the index of
    the line after it, else None."""
    again = _header_at(lines, i)
    return again.end if again is not None and again.roles == head.roles else None


# -------------------------------------------------------------------------------------- the rows


_ROW = regex.compile(r"(?P<n>\d{1,3})[ ]?[_|.]*[ ]*\|?[ ]*(?=\p{Lu})")
_GROUP = regex.compile(r"[\^'`~*]?(?P<n>[A-Z]|[IVX]{1,4})[ _|.]*[ ]+\|?[ ]*(?P<t>\p{Lu}.*)")
_VALUE = regex.compile(r"(?:\d{1,2}/){1,2}(?:19|20)\d{2}|[IVXHlT1]{1,4}/(?:19|20)\d{2}")
_HEADING = regex.compile(r"(?:[IVXLH]{1,4}[.:]?|\d{1,2}(?:\.\d{1,2})*\.)[ _ˆ]+\p{Lu}")
_SEPARATORS = "|_"


def _group_row(s: str) -> tuple[str, str] | None:
    m = _GROUP.fullmatch(s)
    if m is None or not mostly_upper(m.group("t")) or len(m.group("t")) < 6:
        return None
    return m.group("n"), m.group("t").strip(" |_")


@dataclass(slots=True)
class _Line:
    no: int
    rest: str  # the task's and the owners' pieces
    times: list[str]  # the time run's tokens at the line's end


@dataclass(slots=True)
class _Row:
    label: str | None
    lines: list[_Line] = field(default_factory=list)
    group: str | None = None
    cells: list[list[str]] = field(default_factory=list)  # the time cells: words, then values


def _time_run(s: str) -> tuple[str, list[str]]:
    """The line without its time run at its end, and the run's tokens (separators left out)."""
    w = _words()
    toks = s.split()
    k = len(toks)
    while k:
        t = toks[k - 1].strip(_SEPARATORS).rstrip(".;,")
        if not t or _VALUE.fullmatch(t) or t.lower() in w.openers or t.lower() in w.goes_on:
            k -= 1
            continue
        break
    run = [t.strip(_SEPARATORS).rstrip(".;,") for t in toks[k:]]
    # (the run opens with a capitalised time word or a value: a task's "… trước ngày" is no time)
    lead = 0
    while lead < len(run) and not (
        not run[lead] or _VALUE.fullmatch(run[lead]) or (run[lead][:1].isupper() and run[lead].lower() in w.openers)
    ):
        lead += 1
    run_toks = [t for t in run[lead:] if t]
    kept = toks[: k + lead]
    return " ".join(kept).strip(" " + _SEPARATORS), run_toks


def _complete(cell: list[str]) -> bool:
    w = _words()
    if any(_VALUE.fullmatch(t) for t in cell):
        return True
    return bool(cell) and cell[0].lower() not in w.needs


def _add_times(row: _Row, toks: list[str], width: int) -> bool:
    """Puts a line's time tokens in the row's time cells; False when they open new cells while the
    row's are whole (the line opens a step of its own)."""
    w = _words()
    opens = [k for k, t in enumerate(toks) if t[:1].isupper() and t.lower() in w.openers]
    whole = len(row.cells) >= width and all(_complete(c) for c in row.cells)
    if opens and whole and row.lines:
        return False
    cell: list[str] | None = None
    for t in toks:
        if _VALUE.fullmatch(t):
            hole = next((c for c in row.cells if not any(_VALUE.fullmatch(x) for x in c) and c is not cell), None)
            if cell is not None and not any(_VALUE.fullmatch(x) for x in cell):
                cell.append(t)
            elif hole is not None and cell is None:
                hole.append(t)
            else:
                row.cells.append([t])
            continue
        if t[:1].isupper() and t.lower() in w.openers:
            cell = [t]
            row.cells.append(cell)
        elif cell is not None:
            cell.append(t)
        elif row.cells:
            row.cells[-1].append(t)
    return True


def read(lines: list[str], taken: list[bool], opens: list[int]) -> list[tb._RawTable]:
    """Every table of an OCR engine's plain text among the lines no reader took, from the lines
    that may open its header (``opens``: :func:`ndq57.parse.tables.ocr_opens`)."""
    out: list[tb._RawTable] = []
    p = 0
    while p < len(opens):
        i = opens[p]
        p += 1
        if taken[i]:
            continue
        head = _header_at(lines, i)
        if head is None:
            continue
        raw = _table(lines, i, head, taken)
        if raw is None:
            continue
        out.append(raw)
        taken[raw.start : raw.end] = [True] * (raw.end - raw.start)
        p = bisect.bisect_left(opens, raw.end)  # (on from the line after the table)
    return out


def _table(lines: list[str], i: int, head: _Head, taken: list[bool]) -> tb._RawTable | None:
    ntime = sum(1 for r in head.roles if r in ("time", "start"))
    bare = "index" not in head.roles  # (no number column: a row opens at its time)
    rows: list[_Row] = []
    page: list[int] = []
    j = head.end
    last = 0  # the number of the last row
    longest = max(len(lines[i].strip()), 60)
    end = j
    blank = False
    cut: tuple[int, int] | None = None  # (a page's foot, the header again) after a row's last lines
    resumed = False  # (past the header printed again: the lines go on the row the page cut)
    any_task = False  # (a task row read)
    lettered: bool | None = None  # (the groups read so far all lettered; None: no group yet)
    while j < len(lines) and not taken[j]:
        if cut is not None and j >= cut[0]:
            page += [k for k in range(j, cut[1]) if lines[k].strip()]
            j = _same_header(lines, cut[1], head) or cut[1] + 1
            cut = None
            blank = False
            resumed = True
            continue
        s = lines[j].strip()
        if not s:
            blank = True
            j += 1
            continue
        if bare and (s.startswith("|") or (not rows and _FOOT.match(s))):
            return None  # (a pipe table's rows, or a page's foot under the header: no table of plain lines)
        m = _ROW.match(s)
        number = int(m.group("n")) if m is not None else None
        opens = number is not None and number == last + 1
        grp = _group_row(s) if not opens else None
        if (blank or s.isdigit()) and cut is None:
            # past a blank: the header again after a page's foot, a row going on, or the end
            again = _page_break(lines, j, head) if not opens and grp is None else None
            if again is not None:
                foot = _foot(lines, j, again, longest)
                if foot > j and rows and rows[-1].group is None:
                    cut = (foot, again)  # (the row's last lines first)
                else:
                    page += [k for k in range(j, again) if lines[k].strip()]
                    j = _same_header(lines, again, head) or again + 1
                    blank = False
                    resumed = True
                    continue
            if s.isdigit() and not opens and cut is None:
                page.append(j)
                j += 1
                continue
            if cut is None and not (
                opens
                or grp is not None
                or (resumed and rows and rows[-1].group is None)
                or (rows and _goes_on(rows[-1], s, ntime))
                or (bare and rows and _time_run(s)[1])
                or _row_ahead(lines, j, last, longest)
            ):
                break
        blank = False
        if (
            not opens
            and grp is None
            and (_HEADING.match(s) or len(s) > _LONG * longest or s.lower().startswith(_words().ends))
        ):
            break
        if grp is not None and not opens:
            if _part_heading(grp[0], any_task, lettered):
                break  # (a roman label after rows of no group: the body's next part, "III TỔ CHỨC ...")
            lettered = _lettered(grp[0], lettered)
            rows.append(_Row(grp[0], group=grp[1]))
            end = j + 1
            j += 1
            continue
        if opens:
            assert m is not None
            resumed = False
            last = number or 0
            row = _Row(str(number))
            rows.append(row)
            s = s[m.end() :]
        elif bare and not rows:
            rows.append(_Row(""))
        elif not rows or rows[-1].group is not None or len(rows[-1].lines) >= _ROW_MAX:
            break
        rest, toks = _time_run(s)
        row = rows[-1]
        if toks and not _add_times(row, toks, ntime):
            row = _Row("" if bare else None)
            rows.append(row)
            _add_times(row, toks, ntime)
        row.lines.append(_Line(j, rest, toks))
        any_task = True
        longest = max(longest, len(s))
        end = j + 1
        j += 1
    tasks = [r for r in rows if r.group is None]
    if len(tasks) < (2 if bare else 1) or not any(r.cells for r in tasks) or not _pieces_across(tasks):
        return None
    if (last < 1 and not bare) or (bare and not all(r.cells for r in tasks)):
        return None
    page = [k for k in page if k < end]
    return tb._RawTable(
        "ocr_text", i, end, _raw_rows(lines, i, head, rows), header_rows=1, blanks_merged=True, page_lines=page
    )


def _part_heading(label: str, tasks: bool, lettered: bool | None) -> bool:
    """Whether a group row's label after task rows (``tasks``) is the body's next part instead:
    the table has no group above (``lettered`` None), or its groups are lettered ("A", "B":
    ``lettered`` True) and this label is roman ("III")."""
    if not tasks:
        return False
    if lettered is None:
        return True
    return lettered and len(label) > 1 and all(c in "IVX" for c in label)


def _lettered(label: str, before: bool | None) -> bool:
    """Whether the groups so far (``before``, None when none) and this one are all lettered."""
    return (before is None or before) and len(label) == 1 and label not in "IVX"


_ACROSS = 0.6  # share of the numbered rows whose first line ends with their time, at least


def _pieces_across(rows: list[_Row]) -> bool:
    """Whether the rows read as lines across the cells (a scan's lines: a row's first line holds
    its time at its end, and no line holds a time alone) rather than cell after cell (a PDF
    library's raw text, read by :mod:`ndq57.parse.flow_tables`)."""
    numbered = [r for r in rows if r.label is not None and r.lines]
    timed = sum(1 for r in numbered if r.lines[0].times)
    alone = sum(1 for r in rows for ln in r.lines if ln.times and not ln.rest.strip(" |_"))
    return bool(numbered) and timed >= _ACROSS * len(numbered) and 4 * alone < len(rows)


def _page_break(lines: list[str], j: int, head: _Head) -> int | None:
    """The line of the header printed again on the next page, a few lines of text on (the
    blanks between them not counted), with only a page's foot before it (footnotes, the page
    number: no heading, no sentence introducing a table) and maybe the last lines of the row the
    page cut (:func:`_foot`)."""
    seen = 0
    for k in range(j, min(len(lines), j + 2 * _PAGE_LOOK)):
        s = lines[k].strip()
        if not s:
            continue
        if seen >= _PAGE_LOOK:
            return None
        seen += 1
        if _same_header(lines, k, head) is not None:
            return k
        if _HEADING.match(s) or s.endswith(":"):
            return None
    return None


# a page's foot: a footnote opening with its mark (OCR reads "¹" as "!", "1", "'"), the page
# number alone (after the form feed between two pages)
_FOOT = regex.compile(r"\f|[!'*¹²³⁴⁵⁶⁷⁸⁹\d]{1,3}[ ]+\p{Lu}|\d{1,3}$")


def _foot(lines: list[str], j: int, again: int, longest: int) -> int:
    """Where a page's foot starts between line ``j`` and the header printed again (``again``):
    the lines before it, short lines with no mark at their start, are the last lines of the row
    the page cut ("Ủy ban nhân dân các huyện," / "thị xã, thành phố ..." under a task), read
    with the row."""
    for k in range(j, again):
        s = lines[k].strip()
        if s and (_FOOT.match(lines[k].lstrip(" ")) or len(s) > _LONG * longest):
            return k
    return again


_AHEAD = 10  # lines of text after a blank in which a row's next number is looked for
_AHEAD_BLANKS = 6  # ... and blank lines between them at most


def _row_ahead(lines: list[str], j: int, last: int, longest: int) -> bool:
    """Whether the next row opens a few lines on, the lines before it as wide as the table's.
    The lines are counted without the blanks OCR sets between a cell's paragraphs (a step row's
    task over three lines, a blank after each: "Hướng dẫn ..." / blank / "chức sinh hoạt ...")."""
    seen = blanks = 0
    for k in range(j, len(lines)):
        if seen >= _AHEAD:
            break
        s = lines[k].strip()
        if not s:
            blanks += 1
            if blanks > _AHEAD_BLANKS:
                break
            continue
        seen += 1
        m = _ROW.match(s)
        if m is not None and int(m.group("n")) == last + 1:
            return True
        if s and (_HEADING.match(s) or len(s) > _LONG * longest or s.endswith(":")):
            return False
    return False


def _goes_on(row: _Row, s: str, ntime: int) -> bool:
    """Whether a line after a blank goes on the row above: its times not whole yet, or the line
    ending with a date (the time cell's second line)."""
    if row.group is not None:
        return False
    _, toks = _time_run(s)
    if len(row.cells) < ntime or not all(_complete(c) for c in row.cells):
        return bool(toks) or len(s) < 60
    return bool(toks) and all(_VALUE.fullmatch(t) for t in toks)


# ---------------------------------------------------------------------------- cells of each row


def _openings(text: str) -> list[int]:
    """Where an owner's cell may open in a line: at a rule's bar, or at a unit's head with a capital."""
    from ndq57.parse.flow_tables import opens_owner

    out: list[int] = []
    pos = 0
    for word in text.split(" "):
        if word and (word.startswith("|") or opens_owner(text[pos:].lstrip("|_ "))) and pos:
            out.append(pos)
        pos += len(word) + 1
    return out


def _width(rows: list[_Row]) -> int:
    """The task column's width in characters: where the owners open on the rows' first lines."""
    seen: list[int] = []
    for r in rows:
        if r.lines:
            at = [p for p in _openings(r.lines[0].rest) if p >= 10]
            if at:
                seen.append(at[0])
    return sorted(seen)[(3 * len(seen)) // 4] if seen else 40


def _cut(text: str, width: int, first: bool) -> int:
    """Where the task's piece of a line ends."""
    if first:
        at = [p for p in _openings(text) if width - _SLACK <= p <= width + _PAST]
        if at:
            return at[0]
        at = [p for p in _openings(text) if p > width + _PAST]
        return at[0] if at else len(text)
    if len(text) <= width + 2 and "|" not in text[width - _SLACK :]:
        return len(text)
    bars = [k for k in range(max(1, width - _SLACK), min(len(text), width + _PAST + 1)) if text[k] == "|"]
    if bars:
        return bars[0]
    caps = [
        k + 1
        for k in range(max(1, width - _SLACK), min(len(text) - 1, width + _PAST + 1))
        if text[k] == " " and text[k + 1 : k + 2].isupper() and text[k - 1 : k].islower()
    ]
    if caps:
        return caps[0]
    spaces = [k for k in range(max(1, width - _SLACK), min(len(text), width + 3)) if text[k] == " "]
    return spaces[-1] if spaces else len(text)


@functools.lru_cache(maxsize=4096)
def _whole(name: str) -> int:
    """The length of the one unit ``name`` reads as, whole (the gazetteer's), else 0."""
    from ndq57.extract.units import find_units

    name = name.strip(" ,;-|_")
    found = find_units(name) if name else []
    return len(name) if len(found) == 1 and found[0].start == 0 and found[0].end >= len(name) else 0


def _open(name: str) -> bool:
    """A name that cannot end so: not read whole, or ending with a dash or a joining word."""
    last = name.split()[-1] if name.split() else ""
    return not _whole(name) or last.endswith("-") or last.lower() in tb._cell_open_ends()


def _extends(piece: list[tuple[int, str]], words: list[str], narrow: bool) -> int:
    """+2 when the words go on the owner's name pieced so far (the name they make is read whole
    and is longer; a name pieced from two lines already, or a word in lower case alone on a line
    no wider than the task column, only a name that cannot end so), 0 when there are none, -1
    otherwise."""
    if not words:
        return 0
    if not piece:
        return -1
    so_far = " ".join(t for _, t in piece)
    # (a word in lower case alone at the end of a short line: the task's last word, "… địa bàn tỉnh")
    if ((narrow and len(words) == 1 and words[0][:1].islower()) or len(piece) > 1) and not _open(so_far):
        return -1
    name = f"{so_far} {' '.join(words)}"
    last = words[-1]
    if len(words) > 1 and (last.endswith("-") or last.lower() in _words().name_joins):
        # (a piece ending with a name's joining word, the name's rest on the next line: "Sở Nông" /
        # "nghiệp và" / "Môi trường" reads whole up to the word before it)
        name = name.rsplit(None, 1)[0].rstrip(" -")
    return 2 if _whole(name) > _whole(so_far) else -1


_TAIL_WORDS = 8  # words of the owners' pieces on a row's next line at most


def _tails(text: str, width: int, cells: list[list[tuple[int, str]]]) -> tuple[int, list[list[str]]] | None:
    """A row's next line read as the task's piece, then the owners' pieces that go on their names
    (``phân cấp quản lý cụm công Thương``): where the task's piece ends and each owner's words;
    None when no reading goes on a name."""
    words = text.split()
    if not words:
        return None
    offsets: list[int] = []
    at = 0
    for w in words:
        offsets.append(at)
        at += len(w) + 1
    starts = [
        a
        for a in range(1, len(words))
        if width // 2 <= offsets[a] <= width + _PAST
        or (words[a - 1] == "|" and offsets[a] >= width // 2)
        or (words[a][:1].isupper() and words[a - 1][-1:].islower())  # (a capital after a word in lower case)
    ]
    if any(cell and _open(" ".join(t for _, t in cell)) for cell in cells):
        starts = list(range(1, len(words)))  # (a name that cannot end so: wherever its rest is)
    if len(text) < width - _SLACK:
        starts.insert(0, 0)  # (the task's cell ended above: the line all owners' words)
    starts = [a for a in starts if len(words) - a <= _TAIL_WORDS]
    joins = tb._cell_open_ends()
    best: tuple[tuple[int, bool, bool, int], int, list[list[str]]] | None = None
    for a in starts:
        splits = range(a, len(words) + 1) if len(cells) > 1 else [len(words)]
        for b in splits:
            parts = [[w for w in words[a:b] if w != "|"], [w for w in words[b:] if w != "|"]][: len(cells)]
            if any(p and p[0] in ("|",) for p in parts):
                continue
            score = sum(_extends(cells[n], p, len(text) < width) for n, p in enumerate(parts))
            key = (score, a > 0 and words[a - 1] == "|", words[a] == "-" or words[a].lower() in joins, a)
            if score > 0 and (best is None or key > best[0]):
                best = (key, a, parts)
    if best is None:
        return None
    return offsets[best[1]], best[2]


# an abbreviation OCR glued to the word before it ("Ủy banMTTQ"); a name's dash glued to its
# word ("Văn hóa- Xã hội")
_GLUED_CAPS = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}{2,}(?!\p{Ll}))")
_DASH_GLUED = regex.compile(r"(?<=\p{L})-(?= |$)")


def _open_end(text: str) -> bool:
    """A piece of a name that goes on: ending with a dash or a joining word ("Kế toán -")."""
    last = text.split()[-1] if text.split() else ""
    return last.endswith("-") or last.lower() in tb._cell_open_ends()


def _glued_cap(text: str) -> int:
    """Where the last capitalised word after a word in lower case stands (a name's next piece
    glued to the task's line: "hoàn thành sửa chữa Ngân sách xã"), else the line's end."""
    caps = [
        k + 1 for k in range(8, len(text) - 1) if text[k] == " " and text[k + 1].isupper() and text[k - 1].islower()
    ]
    return caps[-1] if caps else len(text)


def _owners(
    row: _Row, width: int, owners: int, step: bool
) -> tuple[list[tuple[int, str]], list[list[tuple[int, str]]]]:
    """The task's lines and each owner cell's lines of a row."""
    task: list[tuple[int, str]] = []
    cells: list[list[tuple[int, str]]] = [[] for _ in range(owners)]
    for k, ln in enumerate(row.lines):
        # (a rule read as a lone "l" is no word)
        text = " ".join(t for t in _GLUED_CAPS.sub(" ", ln.rest.replace("|", " | ")).split() if t != "l")
        text = _DASH_GLUED.sub(" -", text)
        if k and owners:
            got = _tails(text, width, cells)
            if got is not None:
                c, parts = got
                piece = text[:c].strip(" |_")
                if piece:
                    task.append((ln.no, piece))
                for n, p in enumerate(parts):
                    if p:
                        cells[n].append((ln.no, " ".join(p)))
                continue
        c = _cut(text, width, k == 0)
        open_at = next((n for n, cell in enumerate(cells) if cell and _open(" ".join(t for _, t in cell))), None)
        if k and open_at is None:
            c = len(text)  # (no owner's name goes on: the task's line)
        elif k and c == len(text) and any(cell and _open_end(cell[-1][1]) for cell in cells):
            c = _glued_cap(text)
        piece = text[:c].strip(" |_")
        if piece:
            task.append((ln.no, piece))
        rest = text[c:].strip(" |_")
        if not rest or not owners:
            continue
        if k == 0:
            heads = [rest]
            if owners > 1:
                at = [p for p in _openings(rest) if p > 0]
                if at:
                    heads = [rest[: at[0]].strip(" |_"), rest[at[0] :].strip(" |_")]
            # (a step whose lead is merged with the row above: its one owner the partner)
            first = 1 if step and owners > 1 and len(heads) == 1 else 0
            for n, h in enumerate(heads[: owners - first]):
                cells[first + n].append((ln.no, h))
        else:
            target = open_at if open_at is not None else 0
            cells[target].append((ln.no, " ".join(w for w in rest.split() if w != "|")))
    return task, cells


def _time_texts(row: _Row, ntime: int) -> list[str]:
    texts = [" ".join(_quarter(t) for t in c) for c in row.cells]
    if len(texts) > ntime:
        texts = [*texts[: ntime - 1], " ".join(texts[ntime - 1 :])]
    return [""] * (ntime - len(texts)) + texts if len(texts) < ntime and ntime > 1 and len(texts) == 1 else texts


_MISREAD_ROMAN = regex.compile(r"[IVXHlT1]{1,4}(?=/(?:19|20)\d{2})")


def _quarter(t: str) -> str:
    """A quarter's roman number as OCR misreads it ("HI/2027", "IH/2026", "l/2027", "TV/2026"):
    ``H`` is two strokes, ``l``, ``1`` and ``T`` (a serif "I") one."""
    m = _MISREAD_ROMAN.match(t)
    if m is None or m.group().isdigit():
        return t
    roman = m.group().replace("H", "II").replace("l", "I").replace("1", "I").replace("T", "I")
    return roman + t[m.end() :] if roman in ("I", "II", "III", "IV") else t


def _raw_rows(lines: list[str], i: int, head: _Head, rows: list[_Row]) -> list[list[tb._Raw]]:
    width = _width(rows)
    roles = head.roles
    owners = sum(1 for r in roles if r in ("lead", "coordinate"))
    ntime = sum(1 for r in roles if r in ("time", "start"))
    out = [[tb._Raw([(i, c)], i) for c in head.cells]]
    for r in rows:
        first = r.lines[0].no if r.lines else i
        if r.group is not None:
            cells = [tb._Raw([(first, "")], first) for _ in roles]
            cells[0] = tb._Raw([(first, r.label or "")], first)
            if len(cells) > 1:
                cells[1] = tb._Raw([(first, r.group)], first)
            out.append(cells)
            continue
        task, who = _owners(r, width, owners, r.label is None)
        times = _time_texts(r, ntime)
        cells = []
        o = t = 0
        for role in roles:
            if role == "index":
                got = [(first, r.label or "")]
            elif role == "task":
                got = task
            elif role in ("lead", "coordinate"):
                got = who[o] if o < len(who) else []
                o += 1
            elif role in ("time", "start"):
                got = [(first, times[t] if t < len(times) else "")]
                t += 1
            else:
                got = []
            cells.append(tb._Raw(got or [(first, "")], got[0][0] if got else first))
        out.append(cells)
    return out
