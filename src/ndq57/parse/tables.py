"""Tables as a first-class structure: every table of the text, rebuilt as rows of cells.

Offices write tasks as tables ("Phụ lục: Danh mục nhiệm vụ": STT | Nhiệm vụ | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm). They reach us through several exports; one
reader per export turns the lines into raw rows of cells, each cell keeping its original lines:

* ``cell_lines`` — a web library's export: each cell on lines of its own between lone ``|``
  lines, a row ending where two ``|`` lines follow each other (a cell merged with the row above
  is left out; an empty cell is two ``|`` lines or ``** **``);
* ``pipe`` — markdown rows ``| a | b |``, a ``|---|`` rule under the header;
* ``grid`` — pandoc grid tables: ``+----+`` borders, cells spanning several ``|`` lines;
* ``simple`` — pandoc simple and multiline tables: dash rules give the column positions;
* ``tsv`` — tab-separated exports (a quoted cell may span lines);
* ``html`` — an HTML table left in a markdown text (pandoc's gfm): ``<tr>`` rows of ``<td>``
  cells, a cell's ``<br>`` and paragraphs its lines;
* ``layout`` — ``pdftotext -layout``: columns by their position under a header line, a row
  starting where its number (STT) stands.

One interpreter then rebuilds each as a :class:`~ndq57.model.Table`: the header and the role of
each column from header words (``data/tables.yaml``), the kind of each row (header, group, task,
continuation, other), row labels, group rows nested (``A`` > ``I`` > ``5.1``) into a row path,
cells of merged rows put back in their columns and filled from the row above, hard wraps
joined, emphasis markers removed.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ndq57 import cache, cached_re, model
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.memo import per_document
from ndq57.model import Section, Table, TableCell, TableRow, Warning, fold
from ndq57.parse.layout import Line
from ndq57.parse.sections import match_numbering
from ndq57.readers.numbering import to_roman
from ndq57.textutil import alternation, mostly_upper

__all__ = [
    "appendix_after",
    "appendix_section",
    "combined_owners",
    "find_tables",
    "join_path",
    "mask_tables",
    "task_table",
]


# ------------------------------------------------------------------------------------ raw tables


@dataclass(slots=True)
class _Raw:
    """A cell as exported: its lines (original line number, text with the export's markup)."""

    lines: list[tuple[int, str]]
    line: int  # its first line (for an empty cell: the border before it)
    paragraphs: bool = False  # its lines a blank line apart are paragraphs of their own (not a wrap)


@dataclass(slots=True)
class _RawTable:
    export: str
    start: int  # index of the first line
    end: int  # index after the last line
    rows: list[list[_Raw]]
    header_rows: int = 0  # rows above a header rule (pipe, grid, simple exports); 0 = not marked
    omits_merged: bool = False  # the export leaves out cells merged with the row above
    blanks_merged: bool = False  # the export prints a cell merged with the row above empty
    page_lines: list[int] = field(default_factory=list)  # lines inside that are not the table's (footnotes)


_LONE_PIPE = regex.compile(r"^\s*\|\s*$")
# the characters of ``\s``: ``line.strip(_BLANKS) == "|"`` is ``_LONE_PIPE.match(line)``
_BLANKS = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_PIPE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_GRID_BORDER = regex.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_GRID_LINE = regex.compile(r"^\s*[|+].*[|+]\s*$")
_DASH_GROUPS = regex.compile(r"^\s*-{3,}(?:[ ]+-{3,})+\s*$")
_DASH_LINE = regex.compile(r"^\s*-{3,}(?:[ ]+-{3,})*\s*$")
_FRAGMENT = regex.compile(r"\S+(?: \S+)*")


def _lines_with(text: str, sign: str) -> list[int]:
    """The indexes of the lines of ``text`` that hold ``sign`` (no line break in it), ascending:
    found by the string's own search, a line at a time, not by reading every line."""
    out: list[int] = []
    no = at = 0
    k = text.find(sign)
    while k >= 0:
        no += text.count("\n", at, k)
        out.append(no)
        at = text.find("\n", k)  # (the rest of the line is not searched)
        if at < 0:
            break
        k = text.find(sign, at)
    return out


def lines_opened(pattern: cached_re.Pattern[str], lines: list[str], text: str | None) -> list[int]:
    """The indexes of the lines where ``pattern`` matches from the line break before the line,
    in the text in lower case (``text``: the lines joined, when the caller has it): the engine
    skips from one break to the next, and the lines it does not stop at are not looked at."""
    low = "\n" + (text if text is not None else "\n".join(lines)).lower()  # (a break before the first)
    out: list[int] = []
    no, at = -1, 0
    for m in pattern.finditer(low):
        no += low.count("\n", at, m.start() + 1)
        at = m.start() + 1
        out.append(no)
    return out


def _cell_lines(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """Cells on lines of their own between lone ``|`` lines."""
    out: list[_RawTable] = []
    # the lone "|" lines (what _LONE_PIPE matches)
    pipes = [k for k, ln in enumerate(lines) if "|" in ln and ln.strip(_BLANKS) == "|"]
    if not pipes:
        return out
    lone = [False] * len(lines)
    for k in pipes:
        lone[k] = True
    paged = _page_lines(text, lines)
    for i in pipes:  # (a table starts at a "|" line; the lines of one read are taken)
        if not taken[i]:
            t = _cell_table_at(lines, lone, i, taken, paged)
            if t is not None:
                out.append(t)
    return out


def _page_lines(text: str, lines: list[str]) -> frozenset[int]:
    """The lines (0-based) of a page's furniture (its number, a running header or foot:
    :func:`ndq57.parse.layout.page_furniture`) in a text with page breaks (a form feed) or a page
    number; a page break may fall inside a cell of a table printed a cell a line."""
    if "\f" not in text and not any(ln.strip().isdigit() for ln in lines if 0 < len(ln) <= 30):
        return frozenset()
    from ndq57.parse.layout import page_furniture

    def cell(k: int) -> bool:  # (a line beside a lone "|" is a cell: a row's number "2" too)
        return 0 <= k < len(lines) and lines[k].strip(_BLANKS) == "|"

    return frozenset(no - 1 for no in page_furniture(text, lines) if not (cell(no - 2) or cell(no)))


def _past_page_break(lines: list[str], paged: frozenset[int], k: int, taken: list[bool]) -> int:
    """The first line after the page break that lines ``k``... hold (blank lines and at least one
    line of the page's furniture, a few lines in all); ``k`` when they hold none."""
    if not paged:
        return k
    y, n, seen = k, len(lines), False
    while y < n and y - k < 6 and not taken[y] and (y in paged or not lines[y].strip()):
        seen = seen or y in paged
        y += 1
    return y if seen and y < n and not taken[y] else k


def _blank_cell(lines: list[str], lone: list[bool], j: int) -> bool:
    """Whether line ``j`` is an empty cell printed as blanks between two lone ``|`` lines (a web
    page's empty cell, a no-break space or "** **" without its marks); an empty line is none."""
    s = lines[j]
    return 0 < j < len(lines) - 1 and s != "" and not s.strip(" \t\u00a0") and lone[j - 1] and lone[j + 1]


def _cell_run(
    lines: list[str], lone: list[bool], j: int, taken: list[bool], paged: frozenset[int] = frozenset()
) -> int:
    """The end of the cell text starting at ``j``: non-blank lines up to a lone ``|`` (over a page
    break's lines, ``paged``: the page's furniture); ``j`` when the lines there are not a cell (no
    ``|`` closes them: text after the table)."""
    k, n = j, len(lines)
    if k < n and not taken[k] and not lines[k].strip() and _blank_cell(lines, lone, k):
        return k + 1 if not taken[k + 1] else j
    while k < n and not taken[k] and not lone[k]:
        if not lines[k].strip() or k in paged:
            nxt = _past_page_break(lines, paged, k, taken) if k > j else k
            if nxt == k or lone[nxt]:
                break
            k = nxt
        k += 1
    if k > j and k < n and not taken[k] and lone[k]:
        return k
    return j


def _cell_text_lines(lines: list[str], j: int, k: int, paged: frozenset[int]) -> list[tuple[int, str]]:
    """The lines ``j``..``k - 1`` of a cell (numbered from 1), without a page break's lines."""
    if k == j + 1:
        return [(j + 1, lines[j])]
    return [(x + 1, lines[x].lstrip("\f")) for x in range(j, k) if x not in paged and lines[x].strip()]


def _cell_table_at(
    lines: list[str], lone: list[bool], start: int, taken: list[bool], paged: frozenset[int] = frozenset()
) -> _RawTable | None:
    """The table whose first ``|`` line is ``start``: runs of ``|`` lines between cells. One
    ``|`` separates two cells of a row; two end a row (more: empty cells between); the table
    ends at a ``|`` not followed by a cell (a blank line, the end of the text, text that no ``|``
    closes) or by text that cannot be the next cell (:func:`_outside`). ``lone``: which lines
    are a lone ``|``."""
    rows: list[list[_Raw]] = []
    cur: list[_Raw] = []
    widest = 0  # cells of the widest finished row
    i = start
    end = start
    first = True
    n = len(lines)
    while True:
        pipes, j, last = 0, i, i
        while j < n and not taken[j]:
            if lone[j]:
                pipes += 1
                j += 1
                last = j
                continue
            if not lines[j].strip():
                if _blank_cell(lines, lone, j):
                    break  # (an empty cell printed as a blank: "|" / " " / "|")
                k = j
                while k < n and not lines[k].strip():
                    k += 1
                if k - j <= 3 and k < n and not taken[k] and lone[k]:
                    j = k
                    continue
            if j > i and (k := _past_page_break(lines, paged, j, taken)) > j:
                j = last = k  # (a page break between two cells: the next cell after it)
                continue
            break
        end = last
        k = _cell_run(lines, lone, j, taken, paged) if j == last else j
        if k == j:
            break  # no cell after the run: the table ends at its last "|"
        raw = _Raw(_cell_text_lines(lines, j, k, paged), j + 1)
        if first:
            cur.extend(_Raw([], last) for _ in range(pipes - 1))
        elif pipes == 1:
            joined = lines[j] if k == j + 1 else " ".join(lines[j:k])
            # (before the row has its cells, only an appendix heading or the note that attaches
            # it ends the table: "PHỤ LỤC", "kèm theo" — the text is read only when it may be one)
            if (len(cur) >= max(widest, 2) or _may_end_row(joined)) and _outside(
                _unmark(joined)[0].strip(), len(cur), widest, k - j
            ):
                end = last
                break
        else:
            empties = pipes - 2
            while empties and len(cur) < widest:
                cur.append(_Raw([], last))
                empties -= 1
            rows.append(cur)
            widest = max(widest, len(cur))
            cur = [_Raw([], last) for _ in range(empties)] if empties else []
        cur.append(raw)
        first = False
        i = k
    if cur:
        rows.append(cur)
    rows = _rejoin_empty_cells([r for r in rows if any(c.lines for c in r)], widest)
    if not rows:
        return None
    for x in range(start, end):
        taken[x] = True
    return _RawTable("cell_lines", start, end, rows, omits_merged=True)


def _rejoin_empty_cells(rows: list[list[_Raw]], widest: int) -> list[list[_Raw]]:
    """An empty cell is two ``|`` lines, as is a row's end: a short plain phrase standing as a
    row of its own after a row that lacks cells ("31/12/2025 | | Đang thực hiện") is the last
    cell of that row, after an empty one."""
    out: list[list[_Raw]] = []
    for r in rows:
        if out and len(r) == 1 and len(out[-1]) + 2 <= widest:
            text, bold, _ = _unmark(" ".join(t for _, t in r[0].lines))
            if text.strip() and len(text) <= 40 and not bold and _label(text) is None:
                out[-1].extend([_Raw([], r[0].line), r[0]])
                continue
        out.append(r)
    return out


# a sign that a text holds "PHỤ LỤC" or "kèm" (in any case), as :func:`_outside` needs of a
# text of a row that lacks cells
_MAY_END_ROW = regex.compile(r"[ụỤèÈ]")


def _may_end_row(text: str) -> bool:
    """``_MAY_END_ROW.search(text) is not None``, by the string's own searches (no call of the
    engine for each cell)."""
    return "ụ" in text or "è" in text or "Ụ" in text or "È" in text


@functools.cache
def _attached() -> regex.Pattern[str]:
    """The note that attaches an appendix (data ``attached_note``)."""
    return regex.compile(str(load("tables")["attached_note"]), regex.IGNORECASE)


@functools.cache
def _appendix_heads() -> tuple[str, ...]:
    return tuple(str(w) for w in load("tables")["appendix_heads"])


def _outside(text: str, cells: int, widest: int, lines: int) -> bool:
    """Text after a single ``|`` that is not the next cell: an appendix heading, the note that
    attaches it, or, once the row has all its cells, a numbered heading or a long text (the
    table ended and the text goes on without a blank line: a header table glued to the body)."""
    if not text:
        return False
    # (an appendix heading starts with its word: the numbering is read for it only)
    if text.startswith(_appendix_heads()):
        heading = match_numbering(text)
        if heading is not None and heading.family == "appendix":
            return True
    if _attached().match(text):
        return True
    if cells < max(widest, 2):
        return False
    if lines > 4 or len(text) > 350:
        return True
    num = match_numbering(text)
    if num is None:
        return False
    rest = text[num.end :]
    return num.family not in ("paren", "letter") and regex.search(r"\p{L}{2}", rest) is not None


def _pipe(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """Markdown pipe rows, one row per line."""
    out: list[_RawTable] = []
    resume = 0  # the line after the last table
    furniture: list[frozenset[int]] = []  # (the page furniture, found once: :func:`_paged_rows`)
    # (a row of either kind holds two "|" or more: on other lines the patterns are not tried)
    for i in [k for k in _lines_with(text, "|") if lines[k].count("|") > 1]:
        if i < resume:
            continue
        if not taken[i] and _borderless_row(lines[i]) and not _PIPE_ROW.match(lines[i]):
            t = _borderless(lines, i, taken)
            if t is not None:
                out.append(t)
                resume = t.end
                continue
        if taken[i] or not _PIPE_ROW.match(lines[i]) or _LONE_PIPE.match(lines[i]):
            continue
        j = i
        rows: list[list[_Raw]] = []
        header_rows = 0
        spaced = True  # no two rows of text next to each other (a blank line after each row)
        page_at = -1  # the first row's line after a page break the rows went on over
        while j < len(lines) and not taken[j]:
            line, after = lines[j], j + 1
            if not _PIPE_ROW.match(line) or _LONE_PIPE.match(line):
                # a row whose line was cut by a hard wrap ("| 2 | Cập nhật quy trình … của" /
                # "Chính phủ | Văn phòng Sở | … |"): its lines joined
                line, after = _wrapped_pipe_row(lines, j, taken, len(rows[0]) if rows else 0)
                if not line:
                    # an OCR engine's markdown: a row's wrapped rest, a page foot or the header
                    # again on plain lines between the rows of one table
                    k = _pipe_gap(lines, j, taken, rows)
                    if k == j:
                        # a converter's copy of a table over two pages, one table a page: the
                        # rows go on after the page's number, the header printed again or not
                        k = page_at = _paged_rows(lines, j, taken, rows, text, furniture)
                    if k == j:
                        break
                    j = k
                    continue
            if _PIPE_RULE.match(line):
                header_rows = header_rows or len(rows)
            else:
                spaced = spaced and (j == i or not lines[j - 1].strip() or _PIPE_RULE.match(lines[j - 1]) is not None)
                cells = _split_pipes(line)
                if "<" in line:
                    # a converter's line breaks in a cell ("UBND các xã,<br>phường"): its lines
                    rows.append([_Raw([(j + 1, x) for x in _HTML_BREAK.split(c)], j + 1) for c in cells])
                elif len(rows) > max(header_rows, 1) and (
                    _wrapped_cells(rows[-1], cells) or (j == page_at and _page_cut_rest(rows, cells))
                ):
                    # a row's cells wrapped onto a row of their own ("| 1 | Xây dựng kho dữ liệu |
                    # Sở Khoa học và |" / "| | dùng chung | Công nghệ |"): more lines of each cell
                    for raw, c in zip(rows[-1], cells, strict=True):
                        if c.strip():
                            raw.lines.append((j + 1, c))
                else:
                    rows.append([_Raw([(j + 1, c)], j + 1) for c in cells])
            j = after
            if spaced and j < len(lines) and not lines[j].strip():
                j = _spaced_row(lines, j, taken, lines[j - 1])
        for x in range(i, j):
            taken[x] = True
        if rows:
            headed = not header_rows and _title_line_head(lines, i, taken, rows)
            if out and not header_rows and not headed and _headless_part(lines, out[-1], i, rows):
                # the rest of a table after rows the scan printed as plain lines: its header
                above = out[-1].rows
                head_rows = above[:2] if len(above) >= 2 and _parts_row(above[1]) else above[:1]
                rows[0:0] = [[_Raw(list(c.lines), c.line) for c in r] for r in head_rows]
                plain = _plain_rows(lines, out[-1].end, i, rows)
                if plain:
                    rows[len(head_rows) : len(head_rows)] = plain
                    for x in range(out[-1].end, i):
                        taken[x] = True
                    i = out[-1].end
                _timed_short_rows(rows)
            if not header_rows:
                _header_wraps(rows)
            _label_specks(rows)
            _group_one_short(rows)
            _ocr_time_columns(rows, header_rows)
            _glued_group_rows(rows)
            if headed:
                _short_timed_rows(rows)
            out.append(_RawTable("pipe", i, j, rows, header_rows, blanks_merged=True))
        resume = j
    return out


def _wrapped_cells(above: list[_Raw], cells: list[str]) -> bool:
    """``cells``, a pipe row, are the wrapped lines of the cells of the row ``above`` (an editor
    that wraps a cell's text into a row of its own): as many cells; each cell with text goes on
    from the one above, which has text and ends in mid-phrase (a link word, a comma, a hyphen) or
    is followed by a small letter; and one such cell at least."""
    if len(cells) != len(above) or len(cells) < 3:
        return False
    seen = False
    for raw, c in zip(above, cells, strict=True):
        t = c.strip()
        if not t:
            continue
        if not raw.lines or not (prev := raw.lines[-1][1].strip().rstrip("*_ ")):
            return False
        first = t.lstrip("*_ ")[:1]
        if not (first.islower() or _open_end(prev)) or first in "-+•" or _LABEL_LIKE.match(t):
            return False
        seen = True
    return seen


# a cell that opens with what a list's label looks like ("a) …", "(1) …", "b. …"): an item
_LABEL_LIKE = regex.compile(r"[*_ ]*\(?\w{1,4}[.)]\s")


def _open_end(text: str) -> bool:
    """``text``, a cell's line, ends in mid-phrase: a comma, a hyphen, or a word its phrase goes
    on after ("Sở Khoa học và" / "Công nghệ"; tables.yaml ``cell_open_ends``)."""
    if text.endswith((",", "-", "–", "&")):
        return True
    words = text.rsplit(None, 1)
    return len(words) == 2 and words[1].lower() in _cell_open_ends()


@functools.cache
def _cell_open_ends() -> frozenset[str]:
    return frozenset(str(w) for w in load("tables")["cell_open_ends"])


def _wrapped_pipe_row(lines: list[str], j: int, taken: list[bool], width: int) -> tuple[str, int]:
    """The pipe row that starts at line ``j`` with a "|" and ends on one of the next two lines
    with one, when the lines joined hold ``width`` cells (three or more) as the rows above do;
    else ("", j)."""
    first = lines[j].strip()
    if width < 3 or not first.startswith("|") or first.endswith("|"):
        return "", j
    joined = first
    for k in range(j + 1, min(j + 3, len(lines))):
        nxt = lines[k].strip()
        if taken[k] or not nxt or nxt.startswith("|"):
            return "", j
        joined += " " + nxt
        if nxt.endswith("|"):
            return (joined, k + 1) if len(_split_pipes(joined)) == width else ("", j)
    return "", j


def _spaced_row(lines: list[str], j: int, taken: list[bool], before: str) -> int:
    """Where the rows of a pipe table go on after the blank line(s) at ``j`` (a converter or an
    editor that puts a blank line after each row): at the next row, when it has as many cells as
    the row ``before`` it, three or more (a rule counts by its dashes); else ``j`` (the table has
    ended)."""
    k = j
    while k < len(lines) and k - j < 2 and not lines[k].strip():
        k += 1
    if k >= len(lines) or taken[k] or not _PIPE_ROW.match(lines[k]) or _LONE_PIPE.match(lines[k]):
        return j
    width = len(_split_pipes(before))
    return k if width >= 3 and len(_split_pipes(lines[k])) == width else j


_HTML_BREAK = regex.compile(r"<br\s*/?>", regex.IGNORECASE)
_BORDERLESS = regex.compile(r"^[^|\n]*\S[^|\n]*\|[^|\n]*\|[^\n]*$")
_NON_BLANK = regex.compile(r"\S")


def _borderless_row(line: str) -> bool:
    """``_BORDERLESS.match(line)``, found without the engine's backtracking (its ``\\S`` between
    two runs of ``[^|]`` made it try every split of a long line: quadratic). The ``\\S`` may be
    the first ``|`` itself: then the row needs three.

    >>> [_borderless_row(s) for s in ("STT | Nội dung | Hạn", " | a | b", "a | b", " | a | b | c", "|||")]
    [True, False, False, True, True]
    """
    pipes: list[int] = []
    k = line.find("|")
    while k >= 0 and len(pipes) < 3:
        pipes.append(k)
        k = line.find("|", k + 1)
    nl = line.find("\n")

    def ends_after(pipe: int) -> bool:  # no line break, but a last one after the row's last "|"
        return nl < 0 or (nl > pipe and nl == len(line) - 1)

    if len(pipes) >= 2 and ends_after(pipes[1]) and _NON_BLANK.search(line, 0, pipes[0]) is not None:
        return True
    return len(pipes) >= 3 and ends_after(pipes[2])


def _borderless(lines: list[str], i: int, taken: list[bool]) -> _RawTable | None:
    """Pipe rows without the outer borders (``STT | Nhiệm vụ | Thời hạn``): a header row of
    column words, then rows of as many cells."""
    head = _split_pipes(lines[i])
    if len(head) < 3 or _header_roles([_Cell(c, i + 1, False) for c in head]) < 2:
        return None
    j = i + 1
    rows = [[_Raw([(i + 1, c)], i + 1) for c in head]]
    header_rows = 0
    # (a header with no "|" first or last: a script's " | "-joined rows, whose cells of several
    # paragraphs go on over the next lines)
    bare = not lines[i].strip().startswith("|") and not lines[i].strip().endswith("|")
    while j < len(lines) and not taken[j]:
        if _PIPE_RULE.match(lines[j]):
            header_rows = header_rows or len(rows)
        elif bare and _other_header(lines[j], len(head)):
            break  # the header of the next table, of another width, right under the last row
        elif bare and (got := _paragraphs_row(lines, j, taken, len(head))) is not None:
            # a cell of several paragraphs: the row over several lines
            rows.append(got[0])
            j = got[1]
            continue
        elif lines[j].count("|") >= 2:
            rows.append(_borderless_cells(j, lines[j], len(head)))
        else:
            break
        j += 1
    if len(rows) < 2:
        return None
    for x in range(i, j):
        taken[x] = True
    return _RawTable("pipe", i, j, rows, header_rows, blanks_merged=True)


def _other_header(line: str, width: int) -> bool:
    """``line``, under the rows of a table without outer borders of ``width`` cells, is the
    header of another table: three cells or more, not ``width``, two of them naming columns."""
    return not _PIPE_ROW.match(line) and _header_of_width(line.split("|"), width)


def _header_of_width(cells: list[str], width: int) -> bool:
    """``cells`` are a header of three cells or more, not ``width``, two of them naming columns."""
    return 3 <= len(cells) != width and _header_roles([_Cell(c.strip(), 0, False) for c in cells]) >= 2


def _other_header_cells(row: list[_Raw], width: int) -> bool:
    """A tab-separated row under a table's header of ``width`` cells that is the header of
    another table: three cells or more, not ``width``, two of them naming columns, each on one
    line."""
    if any(len(c.lines) > 1 for c in row):
        return False
    return _header_of_width([c.lines[0][1] if c.lines else "" for c in row], width)


def _paragraphs_row(lines: list[str], j: int, taken: list[bool], width: int) -> tuple[list[_Raw], int] | None:
    """The row of a table without outer borders that starts at line ``j`` with fewer cells than
    the header's ``width`` and goes on over the next lines (a script that joins a row's cells by
    " | " and a cell's paragraphs by line breaks: "… | Phòng Tư pháp" / "UBND các xã | Tháng
    4/2027"), when the lines joined hold exactly ``width`` cells (up to eight lines, no rule, no
    bordered row); with the index after its last line. None otherwise."""
    first = lines[j]
    if "<" in first or "\\" in first or _PIPE_ROW.match(first) or not 2 <= first.count("|") + 1 < width:
        return None
    count, k, n = first.count("|") + 1, j + 1, len(lines)
    while count < width and k < n and k - j < 8 and not taken[k]:
        nxt = lines[k]
        if "<" in nxt or "\\" in nxt or _PIPE_ROW.match(nxt) or _PIPE_RULE.match(nxt):
            return None
        count += nxt.count("|")
        k += 1
    if count != width:
        return None
    cells: list[list[tuple[int, str]]] = [[]]
    for x in range(j, k):
        for m, piece in enumerate(lines[x].split("|")):
            if m:
                cells.append([])
            if piece.strip():
                cells[-1].append((x + 1, piece.strip()))
    return [_Raw(c, c[0][0] if c else j + 1) for c in cells], k


def _borderless_cells(j: int, line: str, width: int) -> list[_Raw]:
    """The cells of the row at index ``j`` of a table without outer borders whose header has
    ``width`` cells: a "|" first or last on the line is the border of an empty cell there (a
    script that joins a row's cells by " | ": " | Rà soát … | Phòng Tư pháp"), when the row then
    has the header's cells; else the pipe row's cells."""
    if "<" not in line and "\\" not in line:
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == width:
            return [_Raw([(j + 1, c)], j + 1) for c in cells]
    return _pipe_cells(j, line)


def _pipe_cells(j: int, line: str) -> list[_Raw]:
    """The cells of the pipe row at index ``j``; a ``<br>`` inside a cell (a line break of the
    cell, as web pages and pandoc write it) is a break between two of its lines."""
    if "<" not in line:
        return [_Raw([(j + 1, c)], j + 1) for c in _split_pipes(line)]
    return [_Raw([(j + 1, part.strip()) for part in _HTML_BREAK.split(c)], j + 1) for c in _split_pipes(line)]


def _split_pipes(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.replace("\\|", "|").strip() for c in regex.split(r"(?<!\\)\|", inner)]


_GAP_LINES = 10  # plain lines between two rows of an OCR engine's pipe table, at most
_GAP_SHORT = 48  # characters of a cell's wrapped line (a narrow column), at most
_GAP_LONG = 1  # longer lines (a page's foot note) among them, at most


def _pipe_gap(lines: list[str], j: int, taken: list[bool], rows: list[list[_Raw]]) -> int:
    """Where the rows of a pipe table go on after the plain lines at ``j`` (an OCR engine's
    markdown of a scanned table: the wrapped rest of a row's cell, a page's foot note, the header
    printed again on the next page): at the next pipe row, when the first plain line goes on from
    the row above (it ends in mid-phrase, or the line starts with a small letter), the plain lines
    are a narrow column's (one long line at most) with no heading among them, and the row has
    about as many cells as the first row; the short lines go into the row's longest cell (a
    header repeated is left out). Else ``j``."""
    if len(rows) < 1 or len(rows[0]) < 3:
        return j
    width = len(rows[0])
    last = rows[-1]
    cell = max(last, key=lambda r: sum(len(t) for _, t in r.lines))
    if not cell.lines:
        return j
    first = lines[j].strip()
    if not first or not (first[:1].islower() or _open_end(cell.lines[-1][1].strip())):
        return j
    head = [c.lines[0][1].strip() if c.lines else "" for c in rows[0]]
    wrapped: list[tuple[int, str]] = []
    long = plain = 0
    k = j
    while k < len(lines) and not taken[k]:
        text = lines[k].strip()
        if not text:
            return j
        if _PIPE_ROW.match(lines[k]) and not _LONE_PIPE.match(lines[k]):
            cells = _split_pipes(lines[k])
            if len(cells) == width and cells[:2] == head[:2] and len(rows) > 1:
                k += 1  # the header again, on the next page
                continue
            if not width - 2 <= len(cells) <= width + 1 or _PIPE_RULE.match(lines[k]):
                return j
            break
        plain += 1
        if plain > _GAP_LINES or text.startswith("|") or mostly_upper(text):
            return j
        num = match_numbering(text)
        if num is not None and num.family not in ("paren", "letter"):
            return j
        if len(text) > _GAP_SHORT:
            long += 1
            if long > _GAP_LONG:
                return j
        else:
            wrapped.append((k + 1, text))
        k += 1
    else:
        return j
    cell.lines.extend(wrapped)
    for x in range(j, k):
        taken[x] = True
    return k


def _paged_rows(
    lines: list[str], j: int, taken: list[bool], rows: list[list[_Raw]], text: str, furniture: list[frozenset[int]]
) -> int:
    """Where the rows of a pipe table go on after a page break at ``j`` (blank lines and the
    page's furniture, its number: :func:`_past_page_break`), a converter that writes the rows of
    each page as a table of their own: at the next pipe row, past the header printed again and its
    rule, when it has as many cells as the header (three or more) and is no header of another
    table. Else ``j``. ``furniture``: the text's page furniture (0-based lines), found once per
    text by the first call that needs it (a table over many pages asks at each break)."""
    n = len(lines)
    if len(rows) < 2 or len(rows[0]) < 3 or lines[j].strip():
        return j
    # (cheap first: a short line among a few blank ones, then a pipe row)
    y = j
    while y < n and y - j < 6 and not taken[y] and not lines[y].lstrip().startswith("|"):
        if len(lines[y].strip()) > 30:
            return j
        y += 1
    if y >= n or y - j >= 6 or taken[y] or not _PIPE_ROW.match(lines[y]):
        return j
    if not furniture:
        from ndq57.parse.layout import page_furniture

        furniture.append(frozenset(no - 1 for no in page_furniture(text, lines)))
    y = _past_page_break(lines, furniture[0], j, taken)
    if y == j:
        return j
    width = len(rows[0])
    heads = [[_cell_text(c) for c in r] for r in rows[:2]]
    while y < n and not taken[y] and (_PIPE_RULE.match(lines[y]) or _split_pipes(lines[y]) in heads):
        y += 1  # the header again, on the next page
    if y >= n or taken[y] or not _PIPE_ROW.match(lines[y]) or _LONE_PIPE.match(lines[y]):
        return j
    cells = _split_pipes(lines[y])
    if len(cells) != width or _header_roles([_Cell(c, 0, False) for c in cells]) >= 2:
        return j
    return y


def _page_cut_rest(rows: list[list[_Raw]], cells: list[str]) -> bool:
    """``cells``, the first pipe row after a page break, are the rest of the row above that the
    break cut ("| 2 | … cho trẻ em dưới | …" / "| | 6 tuổi | | |"): as many cells, the number cell
    and the time cell (by the header's words) empty, some text in another, and a number above."""
    above = rows[-1]
    if len(cells) != len(above) or cells[0] or not any(cells) or _label(_cell_text(above[0])) is None:
        return False
    roles = _raw_roles(rows[0])
    return "time" not in roles or not cells[roles.index("time")]


@functools.cache
def _whole_time_titles() -> frozenset[str]:
    """(helper 105) The time column's titles read only as the whole cell (tables.yaml
    ``whole_time_columns``)."""
    return frozenset(str(w) for w in load("tables")["whole_time_columns"])


@functools.cache
def _index_titles() -> frozenset[str]:
    return frozenset(str(w) for w in load("tables")["columns"]["index"])


@functools.cache
def _title_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """The column titles of every role (tables.yaml ``columns``), lower case, and the word
    prefixes of two words or more of the titles of two words or more (a title cut by the scan:
    "Đơn vị phối" / "hợp")."""
    titles: set[str] = set()
    prefixes: set[str] = set()
    for words in load("tables")["columns"].values():
        for w in words:
            title = str(w).lower()
            titles.add(title)
            parts = title.split()
            prefixes.update(" ".join(parts[:n]) for n in range(2, len(parts) + 1))
    return frozenset(titles), frozenset(prefixes)


_TITLE_WORDS = 5  # words of a column title at most


def _title_line(text: str) -> list[str] | None:
    """``text``, a plain line, split into column titles read one after another ("Nội dung
    nhiệm vụ Đơn vị chủ trì Đơn vị phối Thời gian thực hiện"): at each word the longest title or
    title's prefix of two words or more that starts there; a word no title starts at goes on the
    title before it. None when the first word starts no title."""
    titles, prefixes = _title_prefixes()
    words = text.split()
    out: list[list[str]] = []
    p = 0
    while p < len(words):
        n = next(
            (
                m
                for m in range(min(_TITLE_WORDS, len(words) - p), 0, -1)
                if (t := " ".join(words[p : p + m]).lower().strip(",.;:")) in prefixes or (m == 1 and t in titles)
            ),
            0,
        )
        if n:
            out.append(words[p : p + n])
            p += n
        elif out:
            out[-1].append(words[p])
            p += 1
        else:
            return None
    return [" ".join(w) for w in out]


_TITLE_LOOK = 4  # plain lines above an OCR engine's pipe rows in which their header's titles are looked for


def _fragment_row(row: list[_Raw]) -> bool:
    """A header row the scan left only the cut words of ("|  |  | hợp |  | thành |"): half of
    its cells empty or more, the others one small word each."""
    texts = [_cell_text(c) for c in row]
    empty = sum(1 for t in texts if not t)
    return empty * 2 >= len(texts) and all(not t or (" " not in t and t[:1].islower()) for t in texts)


def _title_line_head(lines: list[str], i: int, taken: list[bool], rows: list[list[_Raw]]) -> bool:
    """An OCR engine's pipe rows whose header it printed as a plain line above them (the titles
    one after another, a two-level time's "Bắt đầu Hoàn" on the next line, the cut words of the
    titles in a pipe row of their own or lost): that line read as the header, when it splits
    into three titles or more, a task's and an owner's or a time's among them, as many as the
    rows' cells or one fewer (a two-level time, split by ``_ocr_time_columns``). The cut words'
    row becomes the header, each word after its title. True when a header was made."""
    width = max(len(r) for r in rows)
    if width < 3 or (len(rows) < 2 and not _fragment_row(rows[0])):
        return False
    first = _cell_text(rows[0][0]).lower()
    if first in _index_titles() or first in _task_titles():
        return False
    columns = load("tables")["columns"]
    starts = _ocr_pipe_words()[0]
    for k in range(i - 1, max(-1, i - 1 - _TITLE_LOOK), -1):
        if taken[k] or "|" in lines[k]:
            return False
        titles = _title_line(lines[k].strip())
        if titles is None or not width - 1 <= len(titles) <= width or len(titles) < 3:
            continue
        lows = [t.lower() for t in titles]
        if not any(t.startswith(tuple(columns["task"])) for t in lows):
            continue
        if not any(t.startswith(tuple(columns["lead"]) + tuple(columns["time"])) for t in lows):
            continue
        if len(titles) < width:
            # a two-level time: its levels' words on a line below the titles
            below = [lines[x].strip() for x in range(k + 1, i)]
            levels = next((b for b in below if b.lower().startswith(starts) and len(b) <= 30), None)
            if levels is None or not lows[-1].startswith(tuple(columns["time"])):
                return False
            titles[-1] += " " + levels
        line = k + 1
        head = [_Raw([(line, t)], line) for t in titles]
        if _fragment_row(rows[0]):
            for c, raw in enumerate(rows[0]):
                if raw.lines and (t := _cell_text(raw)):
                    cell = head[min(c, len(head) - 1)]
                    cell.lines[-1] = (line, cell.lines[-1][1] + " " + t)
            rows[0] = head
        else:
            rows.insert(0, head)
        return True
    return False


def _short_timed_rows(rows: list[list[_Raw]]) -> None:
    """Rows a cell short of the header whose last two cells are times (a start and a due) under
    a header whose last two columns are: an empty cell before the times (the partner the scan
    lost), so that the due stays in the last column."""
    width = len(rows[0])
    head = [_cell_text(c) for c in rows[0]]
    if width < 4 or not all(head[-2:]):
        return
    for row in rows[1:]:
        if len(row) == width - 1 and all(_time_cell(_cell_text(c)) for c in row[-2:]):
            row.insert(len(row) - 2, _Raw([], row[-2].line))


_PART_GAP = 8  # plain lines between two parts of an OCR engine's pipe table, at most


def _parts_row(row: list[_Raw]) -> bool:
    """A header's second row holding only the parts of a heading spanning columns, under empty
    cells ("" | "" | "Bắt đầu" | "Hoàn"): the row goes with the header it is under."""
    texts = [_cell_text(c) for c in row]
    filled = [t for t in texts if t]
    return bool(filled) and not texts[0] and all(_time_part(t) is not None for t in filled)


def _headless_part(lines: list[str], before: _RawTable, i: int, rows: list[list[_Raw]]) -> bool:
    """The pipe rows from line ``i`` are the rest of the table ``before`` (rows between them
    printed as plain lines by an OCR engine): a few plain lines between them and no heading
    among them, no header of their own (the first row is not the header above), and a row as
    wide as the header above or a cell narrower."""
    if before.export != "pipe" or before.header_rows or i - before.end > _PART_GAP or len(before.rows) < 2:
        return False
    head = before.rows[0]
    width = len(head)
    first = [_cell_text(c) for c in rows[0]]
    if width < 3 or first[:2] == [_cell_text(c) for c in head][:2] or first[0].lower() in _index_titles():
        return False
    for k in range(before.end, i):
        text = lines[k].strip()
        if not text or mostly_upper(text) or "|" in text or text.endswith(":"):
            return False
        num = match_numbering(text)
        if num is not None and num.family == "roman":
            return False
    return any(width - 1 <= len(r) <= width for r in rows)


# a row an OCR engine printed as a plain line: its number, the specks of the rule after it, its text
_PLAIN_ROW = regex.compile(r"(?P<n>\d{1,3})[ ]?[_/|\\]*[ ]+(?=\p{Lu})")
# a time cell's text at the end of a row's line ("… Ủy ban MTTQ xã Quý II/2027")
_LINE_END_TIME = regex.compile(r"(?<!\S)(?P<t>\p{L}+ [\dIVXl|]{1,4}/(?:19|20)\d{2})[.;,]?$")


def _plain_rows(lines: list[str], start: int, end: int, rows: list[list[_Raw]]) -> list[list[_Raw]]:
    """Rows an OCR engine printed as plain lines between two parts of a pipe table whose last
    column is a time ("3 _ Vận động các doanh nghiệp ủng hộ Ủy ban MTTQ xã Quý II/2027" /
    "quỹ vì người nghèo"): each opens with a number and its text (the task, its owner glued in),
    its lines after it up to the next such number; its time, the one that ends one of its lines,
    goes into the last column, the rest into the task's. Only when every row found has a time
    and the first plain line opens one; else none."""
    head = rows[0]
    width = len(head)
    if width < 3 or not _cell_text(head[-1]).lower().startswith(tuple(load("tables")["columns"]["time"])):
        return []
    owner = _plain_owner_column(head)
    # (the owner's cell in a row: one further when the header glued the owner's title to the task's)
    cell_at = None if owner is None else owner + (owner == 1)
    out: list[list[_Raw]] = []
    times: list[str | None] = []
    owned = False  # the row's owner cell opened (on its time's line): capitalised lines go on it
    for k in range(start, end):
        text = lines[k].strip()
        m = _PLAIN_ROW.match(text)
        first = m is not None
        if m is not None:
            ln = k + 1
            cells = width + (owner == 1)
            out.append([_Raw([(ln, m.group("n"))], ln), _Raw([], ln)] + [_Raw([], ln) for _ in range(cells - 2)])
            times.append(None)
            owned = False
            text = text[m.end() :]
        elif not out:
            return []
        t = _LINE_END_TIME.search(text)
        if t is not None and _time_cell(t.group("t")) and times[-1] is None:
            times[-1] = t.group("t")
            text = text[: t.start()].strip()
            at = _plain_owner_at(text, first) if cell_at is not None else None
            if at is not None and cell_at is not None:
                out[-1][cell_at].lines.append((k + 1, text[at:].strip()))
                text = text[:at].strip()
                owned = True
        elif owned and cell_at is not None and text and (text[0].isupper() or text[0] in "-–"):
            out[-1][cell_at].lines.append((k + 1, text))
            continue
        if text:
            out[-1][1].lines.append((k + 1, text))
    if not out or any(t is None for t in times):
        return []
    if cell_at is not None and any(not row[cell_at].lines for row in out):
        # (an owner not found in one row: none is cut, else the empty cell reads as merged)
        for row in out:
            cell = row[cell_at]
            both = sorted(row[1].lines + cell.lines, key=operator.itemgetter(0))  # (stable: task first)
            row[1].lines = [
                (ln, " ".join(t for _, t in group)) for ln, group in itertools.groupby(both, key=operator.itemgetter(0))
            ]
            cell.lines = []
    for row, t in zip(out, times, strict=True):
        row[-1].lines.append((row[0].line, str(t)))
    return out


def _plain_owner_column(head: list[_Raw]) -> int | None:
    """The owner column of a pipe table's header, for the rows printed as plain lines: the third
    cell ("TT" | task | owner | …), or 1 when the header glued the owner's title to the task's
    ("Nội dung nhiệm vụ Đơn vị chủ trì": the rows get a cell more); else None."""
    if len(head) >= 4 and _text_role(_cell_text(head[2])) == "lead":
        return 2
    low = _cell_text(head[1]).lower()
    title = next((t for t in _lead_titles() if low.endswith(t) and len(low) > len(t) + 3), None)
    if title is not None and low[: -len(title)].strip() in _task_titles():
        return 1
    return None


# where an owner's name may open inside a row's line: a capital after a word in small letters
# (or after a comma: the task's line wrapped there, "chỉnh trang nhà ở, Công chức Địa chính")
_OWNER_OPENS = regex.compile(r"(?<=(?:^|[ ])(?P<w>\p{Ll}[\p{Ll}\p{M}]*)[,;]?[ ])(?=\p{Lu})")


@functools.cache
def _plain_owner_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    data = load("tables")
    flow = data["flow"]
    return (
        tuple(str(w) for w in [*flow["owner_heads"], *data["ocr_pipe"]["plain_owner_heads"]]),
        tuple(str(w) for w in flow["not_heads"]),
        frozenset(str(w) for w in flow["before_names"]),
    )


def _plain_owner_at(text: str, first: bool) -> int | None:
    """Where the owner's name opens in the text before a plain row's time, on the same line ("…
    lập dự toán Công chức Địa chính" / "Ủy ban MTTQ xã"): the line's start (but on the row's
    first line, which opens with its task), or the first capital after a word in small letters
    (not a link word, nor "trình", "gửi": a name the task goes on with) that opens an owner's
    name (tables.yaml ``unit_heads``, ``flow.owner_heads``); else None."""
    heads, not_heads, before = _plain_owner_words()

    def opens(at: int) -> bool:
        low = text[at : at + 40].lower()
        return (_unit_like(text[at : at + 40]) or low.startswith(heads)) and not low.startswith(not_heads)

    if not first and text and opens(0):
        return 0
    for m in _OWNER_OPENS.finditer(text):
        w = m.group("w")
        at: int = m.start()
        if w not in _cell_open_ends() and w not in before and opens(at):
            return at
    return None


# a row's label cell with the specks an OCR engine reads for the rule after it ("A_", "II_")
# or a speck of the paper before it ("„III")
_SPECKED_LABEL = regex.compile(
    r"(?P<l>[A-ZĐ]|[IVX]{1,4}|\d{1,3})[ ]?_+|[„\"'‘’`,][ ]?(?P<l>[A-ZĐ]|[IVX]{1,4}|\d{1,3})(?:[ ]?_+)?"
)


_HEADER_WRAP_ROWS = 3  # rows of a header, at most, that the scan may print below its first


def _header_wraps(rows: list[list[_Raw]]) -> None:
    """The header's words that a scan wrapped onto a row of their own below it ("| ST | … | Đơn
    vị phối |" / "| T | | | hợp |"): more lines of the header's cells, each under the nearest
    cell with text above it. Such a row comes before any data: no digit, no long text; each
    piece goes on from a heading above it: a word in small letters, or the rest of a heading in
    capitals cut inside a word ("ST" / "T": glued back, "STT"; a heading read whole already
    keeps its reading). The first row names two column roles at least (a table's header)."""
    if len(rows) < 2 or len(rows[0]) < 3:
        return
    width = len(rows[0])
    if sum(1 for c in rows[0] if c.lines and _text_role(c.lines[0][1]) is not None) < 2:
        return
    for k in range(1, min(len(rows), _HEADER_WRAP_ROWS + 1)):
        row = rows[k]
        if len(row) != width:
            return
        pieces = [(x, c.lines[0][1]) for x, c in enumerate(row) if len(c.lines) == 1 and c.lines[0][1]]
        if not pieces or any(len(c.lines) > 1 for c in row):
            return
        if any(len(t) > 24 or len(t.split()) > 2 or regex.search(r"\d", t) for _x, t in pieces):
            return
        heads: list[tuple[_Raw, str]] = []
        for x, t in pieces:
            above = next((r[x] for r in reversed(rows[:k]) if r[x].lines and r[x].lines[-1][1]), None)
            if above is None:
                break
            last = above.lines[-1][1]
            if t[:1].islower():
                heads.append((above, " " + t))
            elif t.isupper() and len(t) <= 2 and last.rsplit(None, 1)[-1].isupper():
                heads.append((above, t))
            else:
                break
        if len(heads) < len(pieces):
            continue  # (a row of the header's own: the parts of a column, "Bắt đầu" / "Hoàn")
        for above, t in heads:
            ln, last = above.lines[-1]
            # (a heading read whole already keeps its reading: "TT" / "T" is not "TTT")
            if _text_role(last + t) is not None or _text_role(last) is None:
                above.lines[-1] = (ln, last + t)
        del rows[k]
        return


def _label_specks(rows: list[list[_Raw]]) -> None:
    """A row's first cell that is a label and an OCR engine's specks ("A_" / "B_", a group's
    letter; "„III"): the label alone, so that the row reads as the group's (or the numbered) row."""
    for row in rows[1:]:
        if row and len(row[0].lines) == 1:
            ln, text = row[0].lines[0]
            m = _SPECKED_LABEL.fullmatch(text.strip())
            if m is not None:
                row[0].lines[0] = (ln, m.group("l"))


_ROMAN_GROUPS = tuple(to_roman(n) for n in range(1, 13))  # ("I" ... "XII": a table's groups)


@functools.cache
def _misread_groups() -> dict[str, str]:
    """A group's roman label as a scan's OCR reads it, where it is no roman numeral ("H" for
    "II": tables.yaml ``ocr_group_labels``)."""
    return {str(k): str(v) for k, v in load("tables")["ocr_group_labels"].items()}


def _group_one_short(rows: list[list[_Raw]]) -> None:
    """A group's roman label that repeats the group's above it, before the group numbered two
    after that ("I", "I", "III"): the scan lost a stroke of it ("II"), when that is all that
    differs. (Groups are numbered in turn; no table has two groups "I".) So is a label OCR read
    as a letter ("H" for "II", tables.yaml ``ocr_group_labels``) between the groups numbered one
    before and one after it ("I", "H", "III"; a letters' group "G", "H", "I" stays)."""
    groups: list[tuple[_Raw, int]] = []
    misread = _misread_groups()
    for row in rows[1:]:
        if row and len(row[0].lines) == 1:
            text = row[0].lines[0][1].strip().rstrip(".")
            if text in _ROMAN_GROUPS:
                groups.append((row[0], _ROMAN_GROUPS.index(text) + 1))
            elif text in misread:
                groups.append((row[0], 0))
    for (_a, before), (cell, value), (_c, after) in zip(groups, groups[1:], groups[2:], strict=False):
        if not value and before and after == before + 2 and before < len(_ROMAN_GROUPS):
            text = cell.lines[0][1].strip().rstrip(".")
            if misread[text] == _ROMAN_GROUPS[before]:
                cell.lines[0] = (cell.lines[0][0], _ROMAN_GROUPS[before])
        elif value == before and after == before + 2 and before < len(_ROMAN_GROUPS):
            right = _ROMAN_GROUPS[before]
            if right.replace("I", "") == _ROMAN_GROUPS[before - 1].replace("I", ""):
                ln = cell.lines[0][0]
                cell.lines[0] = (ln, right)


# a capitalised word after a word in small letters (where a glued cell's next unit may start),
# or a speck of a rule read between two cells' lines
_GLUED_WORD = regex.compile(r"(?<=(?:^|[ ])(?P<w>\p{Ll}[\p{Ll}\p{M}]*)[ ])(?=\p{Lu}\p{Ll})|[ ]_+[ ]")


def _glued_units(text: str) -> list[str]:
    """An owner cell that glued the units of rows read as one ("Phòng Văn hóa và Thông tin
    Phòng Nội vụ _ UBND các xã"): cut at a speck, and before each unit's name written in small
    letters after its capital ("Phòng", not "HĐND") that follows a word in small letters other
    than a link word ("và", "của": tables.yaml ``cell_open_ends``)."""
    cuts = [
        (m.start(), m.end())
        for m in _GLUED_WORD.finditer(text)
        if m.group("w") is None
        or (m.group("w") not in _cell_open_ends() and _unit_like(text[m.start() : m.start() + 40]))
    ]
    starts = [0] + [b for _a, b in cuts]
    ends = [a for a, _b in cuts] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]


@functools.cache
def _time_starts() -> tuple[str, ...]:
    """The words a time cell starts with (tables.yaml ``time_words``), the longest first."""
    return tuple(sorted((str(w) for w in load("tables")["time_words"]), key=len, reverse=True))


def _glued_time_cells(text: str) -> list[str]:
    """A time cell that glued the times of rows read as one ("Quý II/2026 Trước ngày 30/5/2026
    Tháng 7/2026"): cut before each capitalised time word (tables.yaml ``time_words``)."""
    words = _time_starts()
    cuts = [
        m.start()
        for m in regex.finditer(r"(?<=[ ])\p{Lu}", text)
        if text[m.start() : m.start() + 20].lower().startswith(words)
    ]
    return [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _glued_group_rows(rows: list[list[_Raw]]) -> None:
    """A group's row that an OCR engine read glued to the rows of its tasks, their number cells
    lost ("| I | Thể chế Rà soát quy trình … Cập nhật danh mục … | Văn phòng … | … | Quý II/2026
    Trước ngày 30/5/2026 |"): the group's title and each task cut at the plain places their
    sentences start, as many tasks as times; the tasks numbered on from the row above, which the
    number of the next numbered row must confirm (else nothing changes); each owner cell's units
    one a task when there are as many, else the cell's text the first task's (one unit: every
    task's, a cell merged down)."""
    head = [_cell_text(c).lower() for c in rows[0]]
    time = next((k for k, h in enumerate(head) if h.startswith(tuple(load("tables")["columns"]["time"]))), None)
    if time is None or time < 3 or len(rows) < 3:
        return
    width = len(head)
    found: list[tuple[int, list[list[_Raw]]]] = []
    number = 0  # the number of the last task row
    for n, row in enumerate(rows[1:], 1):
        if len(row) != width or len(row[0].lines) != 1:
            continue
        label = row[0].lines[0][1].strip().rstrip(".")
        if label.isdigit():
            if found and int(label) != number + 1:
                return  # (the numbers do not go on: no task rows made)
            number = int(label)
            continue
        if label not in _ROMAN_GROUPS and not (len(label) == 1 and label.isupper()):
            continue
        times = _glued_time_cells(_cell_text(row[time]))
        if len(times) < 2 or not (_time_cell(times[0]) or times[0].lower().startswith(_time_starts())):
            continue
        text = _cell_text(row[1])
        cuts = [0, *_sentence_cuts(text)]
        if len(cuts) != len(times) + 1:
            continue
        parts = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
        ln = row[0].line
        made = [[_Raw([(ln, label)], ln), _Raw([(ln, parts[0])], ln)] + [_Raw([], ln) for _ in range(width - 2)]]
        cells = [[_cell_text(c)] for c in row]
        for c in range(2, width):
            if c == time:
                cells[c] = times
            elif cells[c][0]:
                units = _glued_units(cells[c][0])
                if len(units) == len(times):
                    cells[c] = units
                elif len(units) == 1:
                    cells[c] = units * len(times)  # (one unit: a cell merged down the rows)
        rest = range(2, width)
        for t in range(len(times)):
            number += 1
            task = [_Raw([(ln, str(number))], ln), _Raw([(ln, parts[t + 1])], ln)]
            task += [_Raw([(ln, cells[c][t])] if t < len(cells[c]) and cells[c][t] else [], ln) for c in rest]
            made.append(task)
        found.append((n, made))
    if not found or number == 0 or not any(r[0].lines and _cell_text(r[0]).isdigit() for r in rows[found[-1][0] + 1 :]):
        return  # (no numbered row after them confirms the numbers)
    for n, made in reversed(found):
        rows[n : n + 1] = made


def _timed_short_rows(rows: list[list[_Raw]]) -> None:
    """Rows a cell short of the header, numbered, their last cell a time (a cell glued into
    another by the scan): an empty cell before the time, which goes into the last column."""
    width = len(rows[0])
    for row in rows[1:]:
        if len(row) == width - 1 and len(_cell_text(row[0])) <= 4 and _time_cell(_cell_text(row[-1])):
            row.insert(len(row) - 1, _Raw([], row[-1].line))


@functools.cache
def _ocr_pipe_words() -> tuple[tuple[str, ...], dict[str, str], frozenset[str]]:
    data = load("tables")
    words = data["ocr_pipe"]
    ends = {str(k): str(v) for k, v in words["time_ends"].items()}
    return (
        tuple(str(w) for w in words["time_starts"]),
        ends,
        frozenset(str(w) for w in data["flow"]["time_words"]),
    )


_TIME_VALUE = regex.compile(r"[\dIVXl|]{1,4}/(?:19|20)\d{2}[.;,]?")


def _glued_times(text: str) -> list[str] | None:
    """Two time cells glued into one ("Tháng Tháng 01/2027 3/2027", "Quý 2/2027 Quý 3/2027"):
    their texts; else None. The start and end cells of two rows glued so (the lines of a row
    whose number and owner cells span two rows, read as one: "Tháng Tháng 01/2027 3/2027 Tháng
    Tháng 4/2027 5/2027"): the four texts, each row's two in turn.

    >>> _glued_times("Tháng Tháng 01/2027 3/2027 Quý 2/2027 Quý 3/2027")
    ['Tháng 01/2027', 'Tháng 3/2027', 'Quý 2/2027', 'Quý 3/2027']
    """
    words = text.split()
    if len(words) == 8:
        first, second = _glued_times(" ".join(words[:4])), _glued_times(" ".join(words[4:]))
        return first + second if first and second else None
    if len(words) != 4:
        return None
    times = _ocr_pipe_words()[2]
    kinds = [w.lower() in times for w in words]
    values = [_TIME_VALUE.fullmatch(w) is not None for w in words]
    if kinds == [True, True, False, False] and values[2] and values[3]:
        return [f"{words[0]} {words[2]}", f"{words[1]} {words[3]}"]
    if kinds == [True, False, True, False] and values[1] and values[3]:
        return [f"{words[0]} {words[1]}", f"{words[2]} {words[3]}"]
    return None


# a word in small letters, then a capitalised word (a sentence glued to the one before it with
# no sign between: "… trên địa bàn tỉnh Trình Ủy ban …")
_GLUED_SENTENCE = regex.compile(r"(?<=(?:^|[ ])\p{Ll}[\p{Ll}\p{M}]*[ ])(?=\p{Lu}\p{Ll})")


@functools.cache
def _named_documents() -> tuple[str, ...]:
    """The names of documents (doctypes.yaml ``types``, units.yaml ``cited_documents``): a
    capitalised word inside a task that names one does not open a task."""
    names = [str(t["name"]) for t in load("doctypes")["types"]] + [str(w) for w in load("units")["cited_documents"]]
    return tuple(sorted(names, key=len, reverse=True))


def _task_cell(row: list[_Raw]) -> _Raw:
    """The longest cell before a row's two time cells (its task)."""
    return max(row[:-2] or row, key=lambda c: len(_cell_text(c)))


def _sentence_cuts(text: str) -> list[int]:
    """The places where a sentence glued to the one before it may open: a capitalised word after
    a small word with no sign between, that word no unit's and no document's name ("… trên địa
    bàn tỉnh Trình Ủy ban …")."""
    names = _named_documents()
    return [
        m.start()
        for m in _GLUED_SENTENCE.finditer(text)
        if not text.startswith(names, m.start()) and not _unit_like(text[m.start() : m.start() + 40])
    ]


def _glued_task_cut(text: str) -> int:
    """Where a task cell holding the tasks of two rows glued (their lines read as one) is cut: the
    one place of :func:`_sentence_cuts`; 0 when there is not exactly one."""
    cuts = _sentence_cuts(text)
    return cuts[0] if len(cuts) == 1 else 0


def _time_cell(text: str) -> bool:
    """A cell that tells a time: its first word is a time's ("Tháng", "Quý") or a month's value,
    or a short cell holds a date ("Trước ngày 15/5/2026")."""
    first = text.split(None, 1)[0] if text else ""
    if first.lower() in _ocr_pipe_words()[2] or _TIME_VALUE.match(first) is not None:
        return True
    return len(text) <= 40 and _SHORT_DATE.search(text) is not None


_SHORT_DATE = regex.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d{2}")


@functools.cache
def _lead_titles() -> tuple[str, ...]:
    """The titles of an owner column, the longest first (tables.yaml ``columns.lead``); a glued
    header cell is a task's title (``columns.task``) and one of them."""
    return tuple(sorted((str(w) for w in load("tables")["columns"]["lead"]), key=len, reverse=True))


@functools.cache
def _task_titles() -> frozenset[str]:
    return frozenset(str(w) for w in load("tables")["columns"]["task"])


def _ocr_glued_lead(rows: list[list[_Raw]]) -> None:
    """A header cell that glued the task's title to the owner's ("Nội dung nhiệm vụ Đơn vị chủ
    trì"), under rows that have a cell more than the header: split into the two titles; then a
    row a cell short whose last cell tells a time (its owner glued into its task by the scan)
    gets an empty owner cell."""
    head = rows[0]
    width = len(head)
    if not any(len(r) == width + 1 for r in rows[1:]):
        return
    for c in range(len(head) - 1):
        text = _cell_text(head[c])
        low = text.lower()
        title = next((t for t in _lead_titles() if low.endswith(t) and len(low) > len(t) + 3), None)
        if title is None or low[: -len(title)].strip() not in _task_titles():
            continue
        line = head[c].line
        cut = len(text) - len(title)
        head[c : c + 1] = [_Raw([(line, text[:cut].strip())], line), _Raw([(line, text[cut:])], line)]
        for row in rows[1:]:
            if len(row) == width and _time_cell(_cell_text(row[-1])):
                row.insert(c + 1, _Raw([], row[c].line))
        return


# a row's number glued to its task by the specks an OCR engine reads for the rule between them
_GLUED_NUMBER = regex.compile(r"(?P<n>\d{1,3})[ ]?[_/|\\]+[ ]?(?=\p{Lu})")


def _cell_text(raw: _Raw) -> str:
    return " ".join(t.strip() for _, t in raw.lines).strip()


def _ocr_time_columns(rows: list[list[_Raw]], header_rows: int) -> None:
    """An OCR engine's pipe table whose header glued a two-level time column into one cell
    ("Thời gian thực hiện Bắt đầu Hoàn thành"): the cell split into the start and the end
    (the due), when a row below has a cell more than the header or glues two times into its
    last cell (split too); then a row that lost its number cell (a cell fewer, its first a text
    and its last a time) gets an empty one before it, and a row two cells short an empty partner
    cell before its times (the unit after the task is its owner)."""
    head = rows[0]
    if header_rows > 1 or len(head) < 3 or len(rows) < 2:
        return
    _ocr_glued_lead(rows)
    starts, ends, _ = _ocr_pipe_words()
    text = _cell_text(head[-1])
    low = text.lower()
    at = max((low.find(s) for s in starts), default=-1)
    if at < 0:
        return
    cut = -1
    end = ""
    for word in ends:
        e = low.find(word, at)
        if e > at and (cut < 0 or e < cut or (e == cut and len(word) > len(end))):
            cut, end = e, word
    if cut < 0:
        return
    width = len(head)
    wider = any(len(r) == width + 1 for r in rows[1:])
    glued = [g if len(r) == width and (g := _glued_times(_cell_text(r[-1]))) else None for r in rows]
    for n, g in enumerate(glued):
        if g is not None and len(g) == 4 and not _glued_task_cut(_cell_text(_task_cell(rows[n]))):
            glued[n] = None  # (two rows glued whose tasks cannot be told apart: no due of theirs)
    if not wider and not any(glued):
        return
    rest = text[cut:].strip()
    full = ends[end] if rest.lower() == end else rest
    line = head[-1].line
    head[-1] = _Raw([(line, text[:cut].strip(" `'’"))], line)
    head.append(_Raw([(line, full)], line))
    stacked: list[tuple[int, list[_Raw]]] = []  # the second rows of rows glued, by the row
    for n, row in enumerate(rows[1:], 1):
        g = glued[n]
        if g is not None:
            ln = row[-1].line
            row[-1:] = [_Raw([(ln, g[0])], ln), _Raw([(ln, g[1])], ln)]
            if len(g) == 4:
                # the second row: its own times and its task (the task cell's second sentence),
                # its other cells merged with the first's
                second = [_Raw([], ln) for _ in range(len(row) - 2)] + [_Raw([(ln, t)], ln) for t in g[2:]]
                task = row.index(_task_cell(row))
                text = _cell_text(row[task])
                cut = _glued_task_cut(text)
                row[task] = _Raw([(ln, text[:cut].strip())], ln)
                second[task] = _Raw([(ln, text[cut:].strip())], ln)
                stacked.append((n, second))
            continue
        short = width + 1 - len(row)
        if short not in (1, 2) or len(head[0].lines) != 1 or len(head[0].lines[0][1].strip()) > 4:
            continue
        first, tail = _cell_text(row[0]), _cell_text(row[-1])
        if len(first) < 12 or " " not in first or not _time_cell(tail):
            continue
        ln = row[0].line
        number = _GLUED_NUMBER.match(first)
        if number is not None and short == 1:
            # the number read glued to the task across the rule ("2_/Rà soát …"): its own cell
            row[0:1] = [_Raw([(ln, number.group("n"))], ln), _Raw([(ln, first[number.end() :])], ln)]
            continue
        row.insert(0, _Raw([], ln))
        if short == 2:
            t = next(x for x in range(len(row)) if _time_cell(_cell_text(row[x])))
            row.insert(t, _Raw([], ln))
    for n, extra in reversed(stacked):
        rows.insert(n + 1, extra)


def _grid(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """Pandoc grid tables: ``+---+---+`` borders around ``|``-bordered cell lines."""
    out: list[_RawTable] = []
    resume = 0  # the line after the last table
    for i in _lines_with(text, "+"):  # (a border holds a "+")
        if i < resume or taken[i] or not _GRID_BORDER.match(lines[i]):
            continue
        j = i + 1
        while j < len(lines) and not taken[j] and _GRID_LINE.match(lines[j]):
            j += 1
        last = j - 1
        while last > i and not _GRID_BORDER.match(lines[last]):
            last -= 1
        if last == i:
            continue
        # (the corners of every border: a heading over two columns has a border of its own
        # between them below it, "|   +------+------+   |", and the first border lacks it)
        cols = sorted({k for x in range(i, last + 1) if "+" in lines[x] for k in _corners(lines[x])})
        rows: list[list[_Raw]] = []
        cur: list[list[tuple[int, str]]] | None = None
        spanning: dict[int, list[tuple[int, str]]] = {}  # the cells a border leaves open, by column
        header_rows = 0
        passed = False  # a whole border below the first row seen
        for x in range(i + 1, last + 1):
            ln = lines[x]
            partial = ln.lstrip().startswith("+") and "-" in ln and _GRID_PARTIAL.match(ln) is not None
            # a border that a cell merged down crosses with its text ("| Sở Nội vụ +------+",
            # "+----+ và Môi trường +----+"): the text the merged cell's; below the first row only
            # (a border in the first row is a heading's over the columns it spans)
            mixed = (
                _mixed_border(ln, cols) if passed and not partial and ("-+" in ln or "+-" in ln) else None
            )
            full = mixed is None and _GRID_BORDER.match(ln) is not None
            passed = passed or full
            if partial or mixed is not None or full:
                if cur is not None:
                    rows.append([_Raw(c, c[0][0] if c else x) for c in cur])
                    # (a border open under a cell, "+----+      +----+": the cell spans the rows
                    # below it, its lines theirs too, as pandoc writes a cell merged down)
                    spanning = {k: cur[k] for k in _open_columns(ln, cols) if k < len(cur)} if partial else {}
                    if mixed is not None:
                        spanning = {k: cur[k] for k in mixed if k < len(cur)}
                        for k, piece in mixed.items():
                            if piece and k < len(cur):
                                cur[k].append((x + 1, piece))
                    cur = None
                if "=" in ln and not header_rows:
                    header_rows = len(rows)
                continue
            parts = _grid_cells(ln, cols)
            if cur is None:
                cur = [spanning.get(k, []) for k in range(len(parts))]
            while len(cur) < len(parts):
                cur.append([])
            for c, part in zip(cur, parts, strict=False):
                if part.strip(_BORDER_SIGNS):  # (not the piece of a border under a spanning heading)
                    c.append((x + 1, part.strip()))
        for x in range(i, last + 1):
            taken[x] = True
        if rows:
            out.append(_RawTable("grid", i, last + 1, rows, header_rows, blanks_merged=True))
        resume = last + 1
    return out


_BORDER_SIGNS = " \t-=+:"
# a border line open under some cells (blanks between two corners), closed under others (a dash)
_GRID_PARTIAL = regex.compile(r"^\s*\+(?:(?:[-=:]+|[ ]+)\+)+\s*$")


def _mixed_border(line: str, cols: list[int]) -> dict[int, str] | None:
    """A grid border closed (dashes from corner to corner) under some columns and crossed by a
    cell merged down under others (its text or blanks between two ``|`` or ``+``), as pandoc
    writes a cell spanning rows: the open columns and their text; None for any other line.

    >>> _mixed_border("| Sở  +-----+", [0, 6, 12])
    {0: 'Sở'}
    """
    if len(cols) < 3:
        return None
    closed = False
    found: dict[int, str] = {}
    for k, (a, b) in enumerate(itertools.pairwise(cols)):
        if b >= len(line) or line[a] not in "|+" or line[b] not in "|+":
            return None
        seg = line[a + 1 : b]
        if seg and not seg.strip("-=:") and "-" in seg and line[a] == "+" and line[b] == "+":
            closed = True
        else:
            found[k] = seg.strip()
    return found if closed and found else None


def _open_columns(line: str, cols: list[int]) -> list[int]:
    """The columns (between two corners of ``cols``) that a border line leaves open: blanks, no
    dash, under them."""
    return [
        k
        for k, (a, b) in enumerate(itertools.pairwise(cols))
        if b <= len(line) and not line[a + 1 : b].strip()
    ]


def _corners(line: str) -> list[int]:
    """The columns of the ``+`` of a border in ``line`` (beside a ``-`` or ``=``; not a sign in
    a cell's text, "4G+5G")."""
    out: list[int] = []
    k = line.find("+")
    while k >= 0:
        if line[k - 1 : k] in ("-", "=") or line[k + 1 : k + 2] in ("-", "="):
            out.append(k)
        k = line.find("+", k + 1)
    return out


def _grid_cells(line: str, cols: list[int]) -> list[str]:
    """The cell texts of a grid line, cut at the border columns that hold a ``|`` (a cell spanning
    columns has none between them)."""
    cuts = [p for p in cols if p < len(line) and line[p] in "|+"]
    end = len(line.rstrip()) - 1
    if cuts and end > cuts[-1] and line[end] == "|":
        # the closing bar a column off its border (a row one character wider or narrower than
        # the borders: hand-edited or wide characters): the row still ends there
        cuts.append(end)
    if len(cuts) == len(cols):
        return [line[a + 1 : b] for a, b in itertools.pairwise(cuts)]
    # a cell spanning columns: its text in the first of them, the others empty
    out = [""] * max(len(cols) - 1, len(cuts) - 1)
    for a, b in itertools.pairwise(cuts):
        k = min(bisect.bisect_right(cols, a) - 1, len(out) - 1)
        out[max(k, 0)] = line[a + 1 : b]
    return out


def _simple(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """Pandoc simple tables (header lines, a rule of dash groups, one row per line) and
    multiline tables (rules of dash groups around rows separated by blank lines)."""
    out: list[_RawTable] = []
    n = len(lines)
    resume = 0  # the line after the last table
    for i in _lines_with(text, "---"):  # (a rule holds "---")
        if i < resume or taken[i] or not _DASH_GROUPS.match(lines[i]):
            continue
        spans = [(m.start(), m.end()) for m in regex.finditer(r"-{3,}", lines[i])]
        cuts = [0] + [(a[1] + b[0]) // 2 for a, b in itertools.pairwise(spans)] + [10**6]
        above = i
        while above > 0 and lines[above - 1].strip() and not _DASH_LINE.match(lines[above - 1]) and i - above < 4:
            above -= 1
        opened = above > 0 and _DASH_LINE.match(lines[above - 1]) is not None and not taken[above - 1]
        header = [list(range(above, i))] if above < i else []
        rows: list[list[int]] = []
        if header and not opened:
            # a simple table: one row per line down to a blank line
            j = i + 1
            while j < n and not taken[j] and lines[j].strip() and not _DASH_LINE.match(lines[j]):
                rows.append([j])
                j += 1
            first, end = above, j + (1 if j < n and _DASH_LINE.match(lines[j]) else 0)
        else:
            # a multiline table: rows separated by blank lines, closed by a dash rule
            j = i + 1
            cur: list[int] = []
            while j < n and j - i < 400 and not taken[j] and not _DASH_LINE.match(lines[j]):
                if lines[j].strip():
                    cur.append(j)
                elif cur:
                    rows.append(cur)
                    cur = []
                j += 1
            if j >= n or taken[j] or not _DASH_LINE.match(lines[j]):
                continue
            if cur:
                rows.append(cur)
            first, end = (above - 1 if opened else i), j + 1
        if not rows and not header:
            continue
        raw_rows = [_slice_row(lines, r, cuts) for r in header + rows]
        for x in range(first, end):
            taken[x] = True
        out.append(_RawTable("simple", first, end, raw_rows, len(header)))
        resume = end
    return out


def _slice_row(lines: list[str], idx: list[int], cuts: list[int]) -> list[_Raw]:
    cells: list[_Raw] = []
    for a, b in itertools.pairwise(cuts):
        got = [(x + 1, lines[x][a:b].strip()) for x in idx if lines[x][a:b].strip()]
        cells.append(_Raw(got, got[0][0] if got else idx[0] + 1))
    return cells


def _tsv(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """Tab-separated rows (a quoted cell may run over several lines): runs of two rows or more,
    with a header of column words or three cells or more in most rows."""
    out: list[_RawTable] = []
    resume = 0  # the line after the last run read
    for i in _lines_with(text, "\t"):
        if i < resume or taken[i] or len([f for f in lines[i].split("\t") if f.strip()]) < 2:
            continue
        rows, end = _word_rows(lines, i, taken)
        if len(rows) < 2:
            rows, end = _tsv_rows(lines, i, taken)
        head = next((k for k, r in enumerate(rows[:3]) if _header_roles([_clean(c) for c in r]) >= 2), None)
        if head is not None:
            # lines above the header in the same run ("1.<TAB>Mục đích") are not the table's
            start = rows[head][0].line - 1
            rows = rows[head:]
        else:
            start = i
        if head is not None:
            # the header of the next table, of another width, right under the last row: it ends
            # this one (the rows of two tables printed one after the other)
            cut = next((k for k, r in enumerate(rows) if k and _other_header_cells(r, len(rows[0]))), None)
            if cut is not None:
                end, rows = rows[cut][0].line - 1, rows[:cut]
        wide = sum(1 for r in rows if sum(1 for c in r if "".join(t for _, t in c.lines).strip()) >= 3)
        if len(rows) >= 2 and (head is not None or wide * 2 > len(rows)):
            for x in range(start, end):
                taken[x] = True
            out.append(_RawTable("tsv", start, end, rows, blanks_merged=True))
        resume = max(end, i + 1)
    return out


def _word_rows(lines: list[str], i: int, taken: list[bool]) -> tuple[list[list[_Raw]], int]:
    """Rows copied from a word processor: the cells of a row joined by tabs, a cell of several
    paragraphs going on over the next lines (a line break inside the cell, no quotes) until the
    row has as many cells as the header line ``i``, which must name its columns. Returns the
    rows and the index after the last line read (no rows: not such a table)."""
    head = lines[i].split("\t")
    width = len(head)
    if width < 3 or _header_roles([_Cell(c.strip(), i + 1, False) for c in head]) < 2:
        return [], i
    rows: list[list[_Raw]] = []
    x, n = i, len(lines)
    broken = False  # a cell over several lines was met (else the tab-separated reader is as good)
    while x < n and not taken[x] and lines[x].strip() and "\t" in lines[x]:
        if '"\t' in lines[x] or '\t"' in lines[x]:
            return [], i  # (quoted cells: a spreadsheet's export, read by the tab-separated reader)
        if x > i and _header_of_width(lines[x].split("\t"), width):
            break  # the header of the next table, of another width
        start = x
        cells = [[(x + 1, f)] for f in lines[x].split("\t")]
        x += 1
        while len(cells) < width and x < n and not taken[x] and lines[x].strip() and not _LOOSE_ROW.match(lines[x]):
            more = lines[x].split("\t")
            cells[-1].append((x + 1, more[0]))
            cells += [[(x + 1, f)] for f in more[1:]]
            x += 1
            broken = True
        if len(cells) != width:
            return (rows, start) if broken else ([], i)
        rows.append([_Raw(c, c[0][0]) for c in cells])
    return (rows, x) if broken else ([], i)


# a line that opens a row of its own (a row number, then a tab): not the rest of a cell above
_LOOSE_ROW = regex.compile(r"^\s*(?:[IVX]{1,4}|[A-Z]|\d{1,3}(?:\.\d{1,3})*)\.?\t")


def _tsv_rows(lines: list[str], i: int, taken: list[bool]) -> tuple[list[list[_Raw]], int]:
    """The records of a tab-separated run from line ``i`` and the index after the last one."""
    n = len(lines)
    pos = [i]

    def feed() -> Iterator[str]:
        x = i
        while x < n and not taken[x] and lines[x].strip():
            pos[0] = x + 1
            yield lines[x] + "\n"
            x += 1

    import csv  # (only for a text with tabs: a cold start of another does not import it)

    rows: list[list[_Raw]] = []
    at = i
    try:
        for rec in csv.reader(feed(), delimiter="\t", quotechar='"'):
            if rows and not rec[0].strip() and "\n" not in "".join(rec) and _wrapped_cells(rows[-1], rec):
                # a row's cells wrapped onto a line of their own, the number cell empty ("1<TAB>Rà
                # soát quy hoạch chung<TAB>…" / "<TAB>các đô thị loại V<TAB><TAB>")
                for raw, f in zip(rows[-1], rec, strict=True):
                    if f.strip():
                        raw.lines.append((at + 1, f))
                at = pos[0]
                continue
            filled = [f for f in rec if f.strip()]
            # (the cell a group row's title stands in: the first, or the second under an empty
            # number cell: "<TAB>Nhiệm vụ giao Bộ X<TAB><TAB>")
            title = rec[0] if rec[0].strip() or len(rec) < 3 else rec[1]
            if len(filled) < 2 and not (
                # a group row under the header: its title in the first cell, the others empty
                # or merged with it ("LĨNH VỰC CHUYỂN ĐỔI SỐ")
                rows
                and len(filled) == 1
                and title.strip()
                and "\n" not in title
                and ((len(rec) > 1 and len(title) <= 200) or _group_line(title))
            ):
                break
            row: list[_Raw] = []
            no = at + 1
            for f in rec:
                parts = f.split("\n")  # a quoted cell over several lines
                row.append(_Raw([(no + k, p) for k, p in enumerate(parts)], no))
                no += len(parts) - 1
            rows.append(row)
            at = pos[0]
    except csv.Error:
        pass
    return rows, at


_THREE_PIECES = regex.compile(r"\S(?: {2,}|\t)\S.*?\S(?: {2,}|\t)\S")


def _layout(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """``pdftotext -layout`` tables: a header line of column words gives the columns; a row
    starts at a line with its number in the first column."""
    out: list[_RawTable] = []
    resume = 0  # the line after the last table
    # (a header line has two gaps of two blanks or a tab: on other lines the pattern is not tried)
    for i in sorted({*_lines_with(text, "  "), *_lines_with(text, "\t")}):
        line = lines[i]
        frags = _fragments(line) if i >= resume and not taken[i] and _THREE_PIECES.search(line) else []
        if len(frags) < 3:
            continue
        if len(frags) <= _HEADER_PIECES:
            frags = _glued_headings(frags)
        h = i
        sub: list[tuple[int, str]] = []
        centred = None
        if _line_header_roles(tuple(t for _, t in frags)) < 3:
            # (the column words wrapped onto the next line, two of them glued one blank apart)
            wrapped = _wrapped_head(lines, i, frags, taken)
            centred = _centred_head(lines, i, frags, taken) if wrapped is None else None
            if centred is not None:
                h, frags = centred  # (the header's middle line: its short headings)
            elif wrapped is None:
                continue
            else:
                frags = wrapped
        if centred is None:
            sub = _sub_heading(lines, i + 1, frags, taken)
            parts = frags if sub else _owner_parts_beside(lines, i + 1, frags, taken)
            below = _fragments(lines[i + 1]) if 0 < i < len(lines) - 1 and i > resume and not taken[i - 1] else []
            if not sub and parts is frags and below:
                # (a centred header whose middle line names three columns, the longer headings
                # wrapped on the lines around it, "Cơ quan thực" / "hiện"; no parts under it)
                centred = _centred_head(lines, i - 1, _fragments(lines[i - 1]), taken)
            frags = parts if centred is None else centred[1]
        # (a centred header: its tallest heading may wrap over three lines above the middle one)
        t = _layout_table(lines, h, sorted(frags + sub), taken, 2 if centred is None else 3)
        if t is None:
            continue
        out.append(t)
        resume = t.end
    return out


def _glued_headings(frags: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces of a ``pdftotext -layout`` line with two column headings that the text layer set
    one blank apart in narrow columns ("Thời hạn Sản phẩm", "Cơ quan chủ trì Cơ quan phối hợp")
    split before the capital where the piece's words name one column each, two other columns."""
    out: list[tuple[int, str]] = []
    for s, t in frags:
        for b in range(2, len(t) - 1 if len(t) <= _HEADINGS_CHARS else 0):
            if t[b - 1] != " " or not t[b].isupper():
                continue
            left, right = _text_role(t[: b - 1]), _text_role(t[b:])
            if left is not None and right is not None and left != right and "index" not in (left, right):
                out += [(s, t[: b - 1]), (s + b, t[b:])]
                break
        else:
            out.append((s, t))
    return out


_HEADINGS_CHARS = 80  # the longest piece read as two headings glued
_HEADER_PIECES = 16  # the most pieces of a header line whose glued headings are split
_FIRST_ROW_WITHIN = 40  # the most lines from a header line to its table's first row
_HEADERS_IN_A_ROW = 3  # the most header lines in a row read for a table's gutters


def _wrapped_head(
    lines: list[str], h: int, frags: list[tuple[int, str]], taken: list[bool]
) -> list[tuple[int, str]] | None:
    """The pieces of a ``pdftotext -layout`` header line whose column words wrap onto the next line
    in narrow columns ("Cơ quan chủ" over "trì", "Thời" over "gian"), with two headings that the
    text layer set one blank apart split ("Cơ quan chủ Cơ quan phối" over "trì   hợp": before
    the capitalised word nearest each later piece of the next line under it); None unless the
    pieces, read with the words of the next line under them, name three columns or more. (The
    next line is read as the header's wrapped line when the table is read.)"""
    if h + 1 >= len(lines) or taken[h + 1]:
        return None
    below = _fragments(lines[h + 1])
    if not below or any(len(t.split()) > 3 or _DIGIT.search(t) for _, t in below):
        return None
    out: list[tuple[int, str]] = []
    said: list[str] = []  # each piece with the words under it, as its heading reads
    for s, t in frags:
        under = [(a, w) for a, w in below if a < s + len(t) and s < a + len(w)]
        cuts: list[int] = []
        for a, _ in under[1:]:
            later = [
                b for b in range(2, len(t) - 1) if t[b - 1] == " " and t[b].isupper() and (not cuts or b > cuts[-1])
            ]
            if not later:
                break
            cuts.append(min(later, key=lambda b: abs(s + b - a)))
        if len(cuts) != max(len(under) - 1, 0):
            cuts = []  # (not one heading for each word under the piece: the piece stays whole)
        bounds = [0, *cuts, len(t) + 1]
        for k in range(len(bounds) - 1):
            part = t[bounds[k] : bounds[k + 1] - 1]
            # (a heading after the glued one starts where its column does: no left of the word under it)
            out.append((max(s + bounds[k], under[k][0]) if k else s, part))
            said.append(" ".join([part, under[k][1]] if cuts else [part, *(w for _, w in under)]))
    if _header_roles([_Cell(t, 0, False) for t in said]) < 3:
        return None
    return out


_DIGIT = regex.compile(r"\d")


def _centred_head(
    lines: list[str], h: int, frags: list[tuple[int, str]], taken: list[bool]
) -> tuple[int, list[tuple[int, str]]] | None:
    """A header whose cells are centred vertically (Word's usual table): the longer headings
    wrap over the lines around the middle one ("Cơ quan" / "chủ trì", "Thời gian" / "hoàn
    thành" on lines ``h`` and ``h + 2``), the short ones ("STT", "Nhiệm vụ") alone on the middle
    line, under none of line ``h``'s pieces. The middle line and its pieces, with the places of
    line ``h``'s pieces (no text: the lines around it are read as the header's when the table
    is read); None unless the lines, read together, name three columns or more."""
    if h + 1 >= len(lines) or taken[h + 1]:
        return None
    mid = _fragments(lines[h + 1])

    def over(s: int, t: str, pieces: list[tuple[int, str]]) -> list[str]:
        return [w for a, w in pieces if a < s + len(t) and s < a + len(w)]

    if not frags or not mid or any(len(t.split()) > 5 or _DIGIT.search(t) or over(s, t, frags) for s, t in mid):
        return None
    below = _fragments(lines[h + 2]) if h + 2 < len(lines) and not taken[h + 2] else []
    if any(len(t.split()) > 3 or _DIGIT.search(t) or over(s, t, mid) or not over(s, t, frags) for s, t in below):
        return None  # (under the middle line, only the ends of line ``h``'s headings)
    said = [t for _, t in mid] + [" ".join([t, *over(s, t, below)]) for s, t in frags]
    if _header_roles([_Cell(t, 0, False) for t in said]) < 3:
        return None
    return h + 1, sorted(mid + [(s, "") for s, _ in frags])


def _sub_heading(lines: list[str], x: int, head: list[tuple[int, str]], taken: list[bool]) -> list[tuple[int, str]]:
    """The columns that a line under the header line adds ("Chủ trì   Phối hợp" under "Cơ quan
    thực hiện", "Bắt đầu   Hoàn thành" under "Thời gian thực hiện", printed over both): each a
    column word alone, between the header's words. As places with no text: the line itself is
    read as the header's next line."""
    if x >= len(lines) or taken[x] or "  " not in lines[x]:
        return []
    words = _words().role_of

    def part(s: int, t: str) -> bool:
        # owner parts "Chủ trì", "Phối hợp"; a time's "Bắt đầu", "Hoàn thành" (or "Hoàn" / "thành")
        return words.get(_heading_key(t)) in _OWNER_ROLES or bool(_time_part(t)) or _time_part_cut(t, lines, x + 1, s)

    parts: list[tuple[int, str, int | None]] = []  # (place, text, the header word it is under)
    for s, t in _fragments(lines[x]):
        under = next((k for k, (a, w) in enumerate(head) if a <= s < a + len(w) or s <= a < s + len(t)), None)
        if not part(s, t):
            if under is None:
                return []
            continue  # (under a header word and no part: the word's wrapped line, "ST" / "T")
        parts.append((s, t, under))
    split = {k for k in {u for _, _, u in parts} if k is not None and sum(u == k for _, _, u in parts) > 1}
    if len(parts) < 2 or any(u is not None and u not in split for _, _, u in parts):
        return []  # (one part under a header word: its wrapped line, "Thời gian" / "hoàn thành")
    # (of the parts that split one header word, the first is that word's column already)
    firsts = {min(s for s, _, u in parts if u == k) for k in split}
    frags = [(s, t) for s, t, _ in parts if s not in firsts]
    if not frags:
        return []
    return [(s, "") for s, _ in frags]


def _owner_parts_beside(
    lines: list[str], x: int, head: list[tuple[int, str]], taken: list[bool]
) -> list[tuple[int, str]]:
    """The header's pieces with the owner heading printed centred over its parts on line ``x``
    ("Cơ quan thực hiện" over "Chủ trì   Phối hợp", the heading over the gutter between them, so
    that the first part stands left of it): the heading's column starts at the first part, and
    the second part's column is added (as a place with no text). The pieces as they were unless
    the line's pieces are the two parts (lead, then coordinate) and words under the header's
    other words, and the heading is the one piece of the header over the parts' span."""
    if x >= len(lines) or taken[x] or "  " not in lines[x]:
        return head
    words = _words().role_of
    parts: list[tuple[int, str]] = []
    for s, t in _fragments(lines[x]):
        if words.get(_heading_key(t)) in _OWNER_ROLES:
            parts.append((s, t))
        elif not any(a <= s < a + len(w) or s <= a < s + len(t) for a, w in head):
            return head  # (a piece under no header word: no header line)
    if [words.get(_heading_key(t)) for _, t in parts] != ["lead", "coordinate"]:
        return head
    (first, _), (second, said) = parts
    over = [k for k, (a, w) in enumerate(head) if a < second + len(said) and first < a + len(w)]
    if len(over) != 1 or _text_role(head[over[0]][1]) != "lead" or head[over[0]][0] <= first:
        return head
    k = over[0]
    return [*head[:k], (first, head[k][1]), (second, ""), *head[k + 1 :]]


def _time_part_cut(text: str, lines: list[str], below: int, at: int) -> bool:
    """``text`` and the word printed under it on line ``below`` are a time part's heading, cut over
    two lines ("Hoàn" / "thành")."""
    if below >= len(lines) or " " in text.strip():
        return False
    under = [t for s, t in _fragments(lines[below]) if abs(s - at) <= 3]
    if not under:
        # the header cut by a page break: the word is on the next page, placed anew, after the
        # page's foot (blank lines, footnotes, a running foot, the page number)
        nxt = _past_page_foot(lines, below)
        under = [t for _, t in _fragments(lines[nxt])][-1:] if nxt is not None else []
    return bool(under) and _time_part(f"{text} {under[0]}") is not None


def _past_page_foot(lines: list[str], y: int) -> int | None:
    """The first line of the next page when the lines from ``y`` are the foot of a page (blank
    lines, the footnotes, a running foot, the page number, then a form feed); None otherwise."""
    free = [False] * len(lines)
    said = lines[y].strip(" \f\t") if y < len(lines) else ""
    if said.isdigit() and len(said) <= 2:
        brk = _foot_notes(lines, y, free)
        return _next_page(lines, brk, free) if brk is not None else None
    return _next_page(lines, y, free) if not said else None


def _fragments(line: str) -> list[tuple[int, str]]:
    """Pieces of a line separated by two blanks or more, with their columns."""
    if len(line) > _KEPT_LINE:
        return [(m.start(), m.group()) for m in _FRAGMENT.finditer(_expand(line))]
    return list(_line_fragments(line))


_KEPT_LINE = 400  # the longest line whose pieces are kept (a longer one, no table's, is read each time)


@per_document
@functools.lru_cache(maxsize=2048)
def _line_fragments(line: str) -> tuple[tuple[int, str], ...]:
    """:func:`_fragments` (a table's lines are read again for its columns, its pages, its rows: once)."""
    return tuple((m.start(), m.group()) for m in _FRAGMENT.finditer(_expand(line)))


@per_document
@functools.lru_cache(maxsize=4096)
def _width(line: str) -> int:
    """The length of the line as its columns are counted (see :func:`_expand`)."""
    return len(_expand(line))


def _expand(line: str) -> str:
    """The line as its columns are counted: a tab stands for four blanks, a form feed for one."""
    return line.replace("\f", " ").replace("\t", "    ")


def _layout_cuts(
    lines: list[str], h: int, head: list[tuple[int, str]], page: bool = False, agreed: dict[int, int] | None = None
) -> list[int]:
    """Where each column starts: between two header words, at the blank gutter that the lines
    below keep (a header word may stand centred over its column, the cells at its left edge);
    ``page``: from the lines of the header's page only (a header printed again on a new page).
    The text layer places each page anew: the header's page gives its columns when it holds a few
    lines of rows, the lines of the next pages otherwise (``_page_cuts`` moves them on each page).
    ``agreed``: filled with the columns whose start the rows agreed on where no gutter was free
    (:func:`_agreed_start`): column -> that start (the cut stays where the gutter's place is)."""
    if not page:
        found: dict[int, int] = {}
        cuts, seen = _read_cuts(lines, h, head, True, found)
        if seen >= _PAGE_ROW_LINES:
            if agreed is not None:
                agreed.update(found)
            return cuts
    return _read_cuts(lines, h, head, page, agreed)[0]


_PAGE_ROW_LINES = 3  # lines of two pieces or more under a header that its page's columns are read from


def _read_cuts(
    lines: list[str], h: int, head: list[tuple[int, str]], page: bool, agreed: dict[int, int] | None = None
) -> tuple[list[int], int]:
    """``_layout_cuts``, with how many lines of two pieces or more it read the gutters from
    (``agreed``: see ``_layout_cuts``)."""
    seen = again = 0  # (again: header lines in a row)
    starts = [s for s, _ in head]
    # sized by the expanded lines: a tab widens its line (fragments are counted on that width)
    size = max(map(_width, lines[h : h + 400])) + 1
    # (counted as the changes at each place, summed after: a piece adds 1 at its start, takes it
    # off after its end; the same counts as adding 1 at each of its places)
    occupied = [0] * (size + 1)
    crossed = occupied[:]  # the pieces that run over each place's left edge
    blanks = 0
    free = [False] * len(lines)
    notes_end = -1  # the page break after footnotes printed among the table's lines
    numbers: list[tuple[int, str]] = []  # the rows' numbers (first pieces that are numbers)
    rows_read: list[str] = []  # the rows' lines under the header
    for y, line in enumerate(lines[h : h + 400]):
        if h + y < notes_end:
            continue
        if y and "\f" in line and (page or _header_again(lines, h + y)):
            break  # (the next page prints the header again: its columns are read from it)
        frags = _fragments(line)
        if y and len(frags) == 1 and frags[0][1].isdigit() and len(frags[0][1]) <= 2:
            brk = _foot_notes(lines, h + y, free)
            if brk is not None:
                if page:
                    break
                notes_end = brk  # the page's footnotes: the rows go on on the next page
                continue
        if y and len(frags) >= 3 and _line_header_roles(tuple(t for _, t in frags)) >= 3:
            again += 1
            if again > _HEADERS_IN_A_ROW:
                break  # (a header line printed over and over, no rows under it)
            continue  # the header again on the next page, placed anew: no gutter of the rows
        if not frags:
            blanks += 1
            if blanks > 3:
                break
            continue
        blanks = again = 0
        s0, t0 = frags[0]
        if y and len(frags) == 1 and _across(frags[0], [0, *starts[1:], 10**6]):
            break  # a paragraph of the body across the columns (the sign-off's columns next)
        if len(starts) > 2 and s0 < starts[1] and s0 + len(t0) > starts[2] and not _label(t0):
            if (len(frags) == 1 and (numbers or not _glued_row_top(t0))) or len(t0) >= 50:
                break  # a paragraph across the columns: the table has ended
            rows_read.append(_expand(line))
            continue  # (a task's line glued to the lead's: "trường tại các cụm công và Môi trường")
        if y:
            rows_read.append(_expand(line))
        if len(frags) < 2:
            continue  # a wrapped line, or a heading after the table: the gutters are the rows'
        seen += y > 0
        frags = _number_glued(frags, starts[1])
        if len(starts) > 1 and frags[0][0] < starts[1] and _label(frags[0][1]) is not None:
            numbers.append(frags[0])
        for s, t in frags:
            e = s + len(t)
            if e <= s:
                continue
            if e > size:
                raise IndexError("list index out of range")  # (a piece past the widest line)
            occupied[s] += 1
            occupied[e] -= 1
            if e > s + 1:
                crossed[s + 1] += 1  # (the piece runs over the left edge of its places after its first)
                crossed[e] -= 1
    occupied = list(itertools.accumulate(occupied[:size]))
    crossed = list(itertools.accumulate(crossed[:size]))
    # the right end of the rows' numbers where most of them start (a task's line may start with
    # a number too: "III trở lên")
    starting = collections.Counter(s for s, _ in numbers)  # (how many numbers start at each place)
    place = max((s for s, _ in numbers), key=starting.__getitem__, default=0)
    numbers_end = max((s + len(t) for s, t in numbers if s == place), default=0)
    cuts = [0]
    for k in range(1, len(starts)):
        lo, hi = starts[k - 1] + 1, starts[k]
        if k == 1 and numbers_end < hi:
            lo = max(lo, numbers_end)  # (the rows' numbers are the first column's, however placed)
        # (first, the fewest pieces run over the cut: where one column's longest cells end right
        # before the next one's cells start, no place is blank on every line)
        best = min(
            range(lo, hi + 1),
            key=lambda x: (
                crossed[min(x + 1, hi)] if x + 1 < len(crossed) else 0,
                occupied[x] if x < len(occupied) else 0,
                -x,
            ),
        )
        cut = best + 1 if best < hi else hi
        if k > 1 and cut < len(crossed) and crossed[cut] >= _AGREED_LINES and agreed is not None:
            # (a piece runs over the gutter's place: the cells may stand one blank apart, narrow
            # margins, where the rows agree on the column's start)
            # (the heading on the left stands in its column: the start is right of its end)
            said = head[k - 1][0] + len(head[k - 1][1]) + 1
            found = _agreed_start(rows_read, max(lo, min(hi, said), hi - _AGREED_REACH), hi, crossed[cut])
            if found is not None:
                agreed[k] = found
        cuts.append(cut)
    return [*cuts, 10**6], seen


_AGREED_LINES = 3  # lines with a word starting at one place (give or take one) that make it a column's start ...
_AGREED_REACH = 12  # ... at most this many places left of its heading
_AGREED_DRIFT = 2  # the text layer sets a cell's line this many places off its column's start at most


def _agreed_start(rows: list[str], lo: int, hi: int, crossing: int) -> int | None:
    """Where a column starts when its cells stand one blank after the cells on their left (narrow
    margins, ``pdftotext -layout``: no blank gutter between the columns): the place between ``lo``
    and ``hi`` (its heading's start) where a word starts after a blank, give or take one place, on
    the most lines of the rows (``rows``), fewest words running over it (twice counted against
    it, at most a third as many as the starts): ``_AGREED_LINES`` words starting at it exactly at
    least, and give or take one on a third of the lines that reach it and half the ``crossing`` lines
    that run over the gutter's place. None when no place is agreed on."""
    starts: collections.Counter[int] = collections.Counter()
    over: collections.Counter[int] = collections.Counter()
    for ln in rows:
        for x in range(max(lo - 1, 1), min(hi + 2, len(ln))):
            if ln[x] != " ":
                (over if ln[x - 1] != " " else starts)[x] += 1
    best, score = None, 0
    for x in range(lo, hi + 1):
        near = starts[x - 1] + starts[x] + starts[x + 1]
        reach = sum(1 for ln in rows if len(ln) > x + 1)  # (the lines that reach that far)
        if starts[x] < _AGREED_LINES or 3 * near < reach:
            continue  # (words start there on a few lines by chance, in a column's running text)
        if near >= max(crossing // 2, 3 * over[x]) and near - 2 * over[x] > score:
            best, score = x, near - 2 * over[x]
    return best


def _agreed_row_line(
    line: str, cuts: list[int], agreed: dict[int, int], column: Callable[[int], int]
) -> list[tuple[int, str]] | None:
    """A row's line read by the column starts the rows agreed on (:func:`_agreed_split`) when
    each piece then stands in one column (it may end two places into the next), its first in the
    first column only if a row's number (a paragraph after the table starts at the margin)."""
    frags = _agreed_split(_fragments(line), cuts, agreed)
    fr = _snapped(frags, cuts, column)
    if len(fr) < 2 or (column(fr[0][0]) == 0 and _label(fr[0][1]) is None):
        return None
    ends = [column(max(s, s + len(t) - 1 - _OVERRUN)) for s, t in fr]
    starts = [column(s) for s, _ in fr]
    return fr if ends == starts and len(set(starts)) == len(starts) else None


def _opens_cell(text: str, at: int) -> bool:
    """Does an owner's name or a time open at ``at``?"""
    return _owner_name_at(text, at) > 0 or text[at:].lower().startswith(_time_starts())


def _agreed_split(frags: list[tuple[int, str]], cuts: list[int], agreed: dict[int, int]) -> list[tuple[int, str]]:
    """The pieces of a table's line, a piece that runs over the start the rows agreed on for a
    column (:func:`_agreed_start`) split before the word that starts within ``_AGREED_DRIFT``
    places of it (one that opens a unit's name or a time, else the nearest; a cell one blank after
    the cell on its left: "… có nhu cầu Môi trường", the task's wrapped line, then the rest of the
    lead's name), that word placed at the column's start."""
    out: list[tuple[int, str]] = []
    for s, t in frags:
        for k, c in sorted(agreed.items()):
            if not s + 1 < min(c, cuts[k]) and max(c, cuts[k]) < s + len(t):
                continue
            near = [b for b in range(max(1, c - s - _AGREED_DRIFT), min(len(t), c - s + _AGREED_DRIFT + 1))
                    if t[b - 1] == " " and t[b] != " "]  # fmt: skip
            if not near:
                continue
            # (a unit's name or a time opening there first: "… nhà ở Sở Xây dựng" two places left)
            b = min(near, key=lambda b: (not _opens_cell(t, b), abs(s + b - c), -b))
            out.append((s, t[: b - 1]))
            s, t = max(s + b, cuts[k]), t[b:]
        out.append((s, t))
    return out


def _glued_row_top(text: str) -> bool:
    """The first line under a table's header, one piece across the columns, that is a row's top
    line (cells centred vertically, set above its number) with a unit's name glued one blank after
    the task's words ("Kiểm kê nguồn nước Sở Nông nghiệp"): no paragraph of the body."""
    return len(text) < 50 and any(_owner_name_at(text, b + 1) for b in range(1, len(text)) if text[b] == " ")


def _header_again(lines: list[str], y: int) -> bool:
    """A header line (three column headings or more) within the first lines from line ``y``."""
    for k in range(y, min(y + 4, len(lines))):
        frags = _fragments(lines[k])
        if len(frags) >= 3 and _line_header_roles(tuple(t for _, t in frags)) >= 3:
            return True
    return False


def _layout_table(
    lines: list[str], h: int, head: list[tuple[int, str]], taken: list[bool], reach: int = 2
) -> _RawTable | None:
    """The table under the header line ``h`` (its pieces ``head``), read with up to ``reach`` header
    lines above it."""
    agreed: dict[int, int] = {}
    cuts = _layout_cuts(lines, h, head, agreed=agreed)

    def column(x: int) -> int:
        # (the last column that starts at or before x)
        for k in range(len(cuts) - 2, -1, -1):
            if cuts[k] <= x:
                return k
        raise ValueError("max() arg is an empty sequence")

    def fits(frags: list[tuple[int, str]]) -> bool:
        # every piece inside one column; a group title after its number may run on
        if len(frags) == 2 and _label(frags[0][1]) and column(frags[0][0]) == 0:
            return True
        return all(column(s) == column(s + len(t) - 1) for s, t in frags)

    def wrapped_header(frags: list[tuple[int, str]]) -> bool:
        return fits(frags) and len(frags) <= len(head) and not any(regex.search(r"\d", t) for _, t in frags)

    header: list[list[tuple[int, str]]] = [[] for _ in head]
    for s, t in head:
        if t:
            header[column(s)].append((h + 1, t))
    below = h + 1  # the first line under the header's line
    head_lines = {_joined(head)}  # the header's lines, as a page's repeated header prints them again
    if any(not t for _, t in head):
        # the line of the parts ("Bắt đầu   Hoàn thành") is the header's; with it, the wrapped
        # ends of the header's words ("ST" / "T": one word cut, joined without a blank)
        head_lines.add(_joined(_fragments(lines[h + 1])))
        for s, t in _fragments(lines[h + 1]):
            cell = header[column(s)]
            if cell and len(t) == 1 and t.isupper() and cell[-1][1].isupper():
                cell[-1] = (cell[-1][0], cell[-1][1] + t)
            else:
                cell.append((h + 2, t))
        below = h + 2
    first = h
    for x in range(h - 1, h - 1 - reach, -1):
        fr = _fragments(lines[x]) if x >= 0 and not taken[x] else []
        if not fr or not wrapped_header(fr) or any(match_numbering(t) is not None for _, t in fr):
            break  # (a numbered heading right above the header: the body's, not the header's)
        if fr[-1][1].endswith(":"):
            break  # (the sentence that leads to the table: "… theo lịch sau:")
        for s, t in fr:
            header[column(s)].insert(0, (x + 1, t))
        first = x
    indexed = _role(_clean(_Raw(header[0], h + 1))) == "index"
    caps_header = mostly_upper(_joined(head))  # (a header in capitals may wrap in capitals)
    rows: list[list[list[tuple[int, str]]]] = []
    cur: list[list[tuple[int, str]]] | None = None
    in_header = True  # the header's wrapped lines, or a header repeated on a new page
    task_col: int | None = None  # the column of the tasks (-1: none)
    said_at: dict[int, str] = {}  # the task column's text on each line since the last row number
    floor = below + 1  # the first line that may open the next row
    timed: list[int] = []  # the columns of times
    stepped = False  # the current row is a step with no number of its own
    paged = False  # a page break since the columns were last read from a header
    again_at = -1  # the line (counted from 1) of a header printed again inside a page
    x = last = below
    blanks = 0
    override: dict[int, list[tuple[int, str]]] = {}  # a row's next line, read by the row's own gutters
    glued_at = -1  # the last line whose task piece had a lead's name glued to it
    above: list[tuple[int, int]] = []  # the last line's pieces: where each stands -> where it was placed
    own_gutters: set[int] = set()  # the lines read by their row's own gutters
    drift: dict[int, tuple[int, int]] = {}  # where a piece stood -> the place it was given, on which line
    split_at: dict[int, int] = {}  # where a cell split off a task's line stood -> on which line
    notes: list[int] = []  # the lines of a page's footnotes printed among the rows
    while x < len(lines) and not taken[x]:
        if not rows and x - h > _FIRST_ROW_WITHIN:
            # no row yet so far under the header: no table (a header line printed over and over
            # is then read a few lines on each time, not to the end of the text)
            break
        if (rows or x > below) and "\f" in lines[x]:
            # the text layer places each page anew: the columns move by a few places
            cuts[:] = _page_cuts(lines, x, cuts, taken)
            paged = True
        fr = override.pop(x, [])
        if not fr:
            whole = _fragments(lines[x])
            under = glued_at == x - 1 and bool(task_col)  # the line under a glued one
            split = whole
            if under and task_col and not fits(whole):
                # (the lead's rest glued to the task's next line, "… cụm công và Môi trường",
                # split off before the task's piece is cut at the column)
                split = _lead_rest(split, column, task_col, cuts)
            if under:
                split = _under_glued(split, above, column)
            fr = _snapped(_glued_cells(_number_glued(split, cuts[1]), cuts, not indexed), cuts, column)
            if len(fr) > len(whole) and task_col:
                glued_at = x  # (a lead's name glued to the task's line: its rest may be too)
            elif under:
                fr = _lead_rest(fr, column, task_col or 0, cuts)
        if fr and drift and not fits(fr):
            # (cells centred vertically: a cell's next line two or three lines under the glued
            # one that showed where its column stands on this row, "Văn phòng UBND Tháng" /
            # "tỉnh   9/2027" -- the lines between hold another cell's)
            moved = _under_glued(fr, [(k, to) for k, (to, y) in drift.items() if y >= x - _DRIFT_LINES], column)
            fr = moved if fits(moved) else fr
        if len(fr) >= 2 and not fits(fr):
            # a line too long for its page, its cells set one blank apart: the row's next line
            # shows where its cells stand
            fixed = _row_gutters(lines, x, cuts, column)
            if fixed is not None:
                fr, override[x + 1] = fixed
                own_gutters.update((x, x + 1))  # (its pieces placed at the cuts: they may run over)
        above = _placed(lines[x], fr) if fr else above
        drift.update((k, (to, x)) for k, to in above if fr and k != to and column(k) != column(to))
        x += 1
        if not fr:
            blanks += 1
            if blanks > 3:
                # the foot of a page: the rows may go on on the next one, without the header
                nxt = _next_page(lines, x, taken) if rows else None
                if nxt is None:
                    break
                x, blanks = nxt, 1
                cuts[:] = _page_cuts(lines, x, cuts, taken)
                paged = True
            continue
        gap, blanks = blanks, 0
        year_end = len(fr) == 1 and _year_end(cur, fr[0], column)  # "20/12/202" over "6"
        if len(fr) == 1 and fr[0][1].isdigit() and len(fr[0][1]) <= 2 and not year_end:
            brk = _foot_notes(lines, x - 1, taken)
            if brk is not None:
                # (the footnotes stay the body's, with the page break under them when it holds
                # no row's text: the page number at most)
                said = lines[brk].strip(" \f\t")
                notes.extend(range(x - 1, brk + (not said or (said.isdigit() and len(said) <= 3))))
                x = brk  # the page's footnotes: the table goes on on the next page
                continue
        if (
            (rows or in_header) and gap and len(fr) == 1 and "\f" not in lines[x - 1]
            and (
                fr[0][0] >= _FOOT_INDENT
                # (a running foot at the margin: a page break right under it, its words at another)
                or (any("\f" in lines[z] for z in range(x, min(x + 4, len(lines)))) and _at_breaks(lines, x - 1))
            )
        ):  # fmt: skip
            nxt = _next_page(lines, x - 1, taken)
            if nxt is not None:  # a running foot, then the rows go on on the next page
                x, blanks = nxt, 1
                cuts[:] = _page_cuts(lines, x, cuts, taken)
                paged = True
                continue
        if len(fr) == 1 and fr[0][1].isdigit() and column(fr[0][0]) != 0 and not year_end:
            last = x  # a page number
            continue
        if (
            indexed
            and cur is not None
            and cur[0]
            and len(fr) == 1
            and "\f" in lines[x - 1]
            and column(fr[0][0]) == 0
            and fr[0][1][:1].islower()
            and _label(fr[0][1]) is None
        ):
            # a row's last words alone at the margin of the next page ("liên quan": the rest of a
            # cell the break cut, its column lost): no row's number, left out
            continue
        if rows and _sign_off().match(fr[0][1]):
            break  # the sign-off's recipients ("Nơi nhận:"), its signer beside them
        if len(fr) >= 3 and _line_header_roles(tuple(t for _, t in fr)) >= 3:
            in_header, last = True, x  # the header again, on the next page
            if not any("\f" in lines[k] for k in range(max(0, x - 4), x)):
                again_at = x  # (printed again inside a page, before a group: not a page's header)
            if rows and paged:
                # placed anew with the page: its words give the page's columns (once a page)
                paged = False
                again = sorted(fr + _sub_heading(lines, x, fr, taken))
                if len(again) == len(head):
                    cuts[:] = _layout_cuts(lines, x - 1, again, page=True)
            continue
        if in_header and rows and _joined(fr) in head_lines:
            last = x  # the header's next lines printed again ("T   hợp   Bắt đầu   Hoàn", "thành")
            continue
        # a row starts at its number; without a number column, after a blank line
        starts_row = column(fr[0][0]) == 0 and _label(fr[0][1]) is not None if indexed else cur is None or gap > 0
        if in_header and not rows and not indexed and _index_end(header[0], fr[0], cuts):
            starts_row = False  # "T" under "ST" (the header's next page after a page break)
        if in_header and not rows and not indexed and _header_tail(fr, wrapped_header) and x == below + 1:
            starts_row = False  # "mưu" under "Bộ phận tham": the header's words wrapped
        if task_col is None:
            roles = [_role(_clean(_Raw(c, h + 1))) for c in header]
            task_col = roles.index("task") if "task" in roles else -1
            # the time columns, "Hoàn thành" under "Thời gian thực hiện" among them
            timed = [k for k, c in enumerate(header) if roles[k] == "time" or _time_part(_joined(c))]
        if not indexed and cur is not None:
            lab, _, title = fr[0][1].partition(" ")
            if len(fr) == 1 and _label(lab) is not None and (gap > 0 or (len(title) > 3 and mostly_upper(title))):
                # a numbered heading after a table with no number column (right under its last
                # line when in capitals: "II. TỔ CHỨC THỰC HIỆN"): the body again
                break
            # no blank line between rows: a row opens where its task cell and an owner's or a
            # time's cell open on the same line (a wrapped line goes on in lower case)
            starts_row = starts_row or _layout_opens_row(fr, column, task_col, roles, cur)
        if indexed and not starts_row and rows and len(fr) > 1 and column(fr[0][0]) == task_col > 0:
            # "a) Hồ sơ ...   nt   Tháng 3/2026": a step numbered at the head of its task cell,
            # with cells of its own beside it (a list inside one task cell has none)
            starts_row = _CELL_LABEL.match(fr[0][1]) is not None
        if starts_row and indexed and cur is not None and _label_tail(cur[0], fr, x, column, task_col):
            # "5.1." / "1": a row number too wide for its column, wrapped -- the rest of the
            # number above, the rest of the line goes on with the row's cells
            cur[0][-1] = (cur[0][-1][0], cur[0][-1][1] + fr[0][1])
            fr, starts_row = fr[1:], False
            if not fr:
                last = x
                continue
        step = False
        if indexed and not starts_row and cur is not None and _layout_step(fr, column, task_col, timed, cur):
            # "Trình Ủy ban ...   Văn phòng   Tháng   Tháng" under a row with its times: a step
            # whose number (and lead) cell is merged with the row above, with times of its own
            starts_row = step = True
        if in_header and indexed and not rows and not starts_row and task_col and len(fr) == 1 and not fits(fr):
            # (cells centred vertically: the first row's top line above its number, the lead's
            # name glued one blank after the task's words, "Kiểm kê nguồn nước Sở Nông nghiệp")
            opened, stand = _lone_glued(fr, cuts, column, task_col, set())
            if stand is not None and fits(opened):
                fr, split_at[stand] = opened, x
                drift.update((k, (to, x - 1)) for k, to in _placed(lines[x - 1], fr) if column(k) != column(to))
        said = next((t for s, t in fr if column(s) == task_col), "")
        # a first row's text above its number (a piece may end a place or two into the next column)
        early = indexed and not rows and _two_letters(said) and (fits(fr) or _runs_over(fr, column))
        if (
            len(fr) == 1
            and task_col > 0
            and gap <= 1
            and _layout_group(lines, x, fr[0], column, bool(rows), caps_header)
        ):
            # "I. NHÓM NHIỆM VỤ VỀ THỂ CHẾ" across the columns: a group row, its title in the
            # task column (read as a group when the rows are built); also right under the
            # header, where a title short enough to fit in one column is no wrapped header line
            cur = [[] for _ in head]
            cur[task_col].append((x, fr[0][1]))
            rows.append(cur)
            said_at.clear()
            in_header, floor, last = False, x + 1, x
            continue
        if indexed and rows and gap <= 1 and _heading_after(lines, x, _joined(fr), column):
            break  # "III. TỔ CHỨC THỰC HIỆN" with its paragraph under it: the body again
        if indexed and rows and _body_item(fr, column):
            break  # "2.4.      Các chi bộ thôn tập trung:": the body's next numbered item
        if in_header and rows and again_at == x - 1 and not starts_row and _header_tail(fr, wrapped_header):
            # the wrapped ends of a header printed again inside a page ("dung   hiện   ra" under
            # "Nội   Đơn vị thực hiện   Thời gian thực   Sản phẩm đầu"): no row's rest, as no page
            # break cut a row there
            again_at = last = x
            continue
        if in_header and rows and not starts_row and _joined(fr) not in head_lines:
            in_header = False  # the rest of a row cut by a page break, under the repeated header
        if in_header and not starts_row and (wrapped_header(fr) or early):
            # (with the rows centred in their cells, the first row's text may stand above its
            # number: kept with the header until the number shows where the row starts)
            if not rows:
                head_lines.add(_joined(fr))
                for s, t in fr:
                    cell = header[column(s)]
                    if cell and len(t) == 1 and t.isupper() and cell[-1][1].isupper():
                        cell[-1] = (cell[-1][0], cell[-1][1] + t)  # "ST" / "T": one word cut
                    else:
                        cell.append((x, t))
                indexed = _role(_clean(_Raw(header[0], h + 1))) == "index"
                if said:
                    said_at[x] = said
            last = x
            continue
        in_header = False
        if cur is None and not starts_row:
            break
        fitting = fits(fr)
        if not fitting and cur is not None and not _runs_over(fr, column):
            # (a row's line whose first piece stands a few places left of its column's cut too)
            snapped = _snapped([(0, ""), *fr], cuts, column)[1:]
            if fits(snapped) or _runs_over(snapped, column):
                fr, fitting = snapped, fits(snapped)
        if not fitting and cur is not None and task_col and task_col > 0:
            recent = {k for k, y in split_at.items() if y >= x - _DRIFT_LINES}
            fr, stand = _lone_glued(fr, cuts, column, task_col, recent)
            if stand is not None:
                split_at[stand] = x
                fitting = fits(fr)
                # (the split-off cell shows where its column stands on this row: a centred cell's
                # next line two lines under it, "Văn phòng UBND Tháng" / "tỉnh   9/2027", goes there)
                drift.update(
                    (k, (to, x - 1)) for k, to in _placed(lines[x - 1], fr) if k != to and column(k) != column(to)
                )
        if agreed and cur is not None and not (fitting or x - 1 in own_gutters or _runs_over(fr, column)):
            # (cells one blank apart where no other reading parts them: parted at the starts the
            # rows agreed on, "… có nhu cầu Môi trường", the rest of the lead's name)
            parted = _agreed_row_line(lines[x - 1], cuts, agreed, column)
            if parted is not None:
                fr, fitting = parted, True
        if not (
            fitting or x - 1 in own_gutters or len(fr) >= 3 or (cur is not None and _runs_over(fr, column))
            or (indexed and cur is not None and task_col and _rows_go_on(lines, x, fr, column, task_col))
        ):  # fmt: skip
            # (a row's line of three pieces or more goes on though one of them runs over a cut:
            # two cells glued where no name shows where the second starts; each piece is the
            # column's it starts in; so does a line of a row whose next numbered row follows)
            break
        if starts_row and not step and stepped and cur is not None and (said[:1].islower() or not (said or gap)):
            # the number in the middle of a row (cells centred vertically) whose first line was
            # read as a step: that row is this number's (beside its task's next line, or between
            # two lines of it)
            starts_row = stepped = False
        if starts_row:
            stepped = step
            new: list[list[tuple[int, str]]] = [[] for _ in head]
            if indexed and not step and said[:1].islower():
                # the number in the middle of its row (cells centred vertically): the row started
                # at the line above that opens its task cell (a capital letter or a bullet)
                top = _row_top(said_at, x, floor)
                if top is not None:
                    for old_cells, new_cells in zip(cur if cur is not None else header, new, strict=True):
                        new_cells.extend(p for p in old_cells if p[0] >= top)
                        old_cells[:] = [p for p in old_cells if p[0] < top]
            cur = new
            rows.append(cur)
            said_at.clear()
            floor = x + 1 + (x - min((p[0] for c in cur for p in c), default=x))
        assert cur is not None
        for s, t in fr:
            cur[column(s)].append((x, t))
        if said:
            said_at[x] = said
        last = x
    if not rows:
        return None
    centred = False
    if indexed and task_col is not None and task_col > 0:
        # (Word's usual table: each row's cells centred vertically; the number on its middle line)
        named = [_role(_clean(_Raw(c, h + 1))) for c in header]
        lead = named.index("lead") if "lead" in named else -1
        # (every row read so: its merged cells are found, an empty cell left is blank)
        centred = _centred_rows(lines, rows, header, _head_end(lines, h, rows), task_col, lead)
    raw_rows = [[_Raw(c, c[0][0] if c else h + 1) for c in header]]
    rows = [[_date_rest(c) for c in r] for r in rows]
    raw_rows += [[_Raw(c, c[0][0] if c else min(p[0][0] for p in r if p)) for c in r] for r in rows]
    for y in range(first, last):
        taken[y] = True
    notes = [y for y in notes if y < last and (lines[y].strip(" \t") or "\f" in lines[y])]
    return _RawTable("layout", first, last, raw_rows, 1, blanks_merged=not centred, page_lines=notes)


def _rows_go_on(
    lines: list[str], x: int, fr: list[tuple[int, str]], column: Callable[[int], int], task_col: int
) -> bool:
    """Line ``x`` (counted from 1, its pieces ``fr``) is a row's wrapped line whose cells the text
    layer glued one blank apart where nothing shows where the second starts (a centred owner's
    line beside the task's, "... công suất từ 500 môi trường nông"), not a paragraph after the
    table: its pieces start in the task column or right of it, no more than two, and a numbered
    row of three cells or more comes within a few lines under it (the table goes on: each piece
    is the column's it starts in)."""
    if len(fr) > 2 or column(fr[0][0]) != task_col:
        return False
    for y in range(x, min(x + _GOES_ON_LINES, len(lines))):
        if "\f" in lines[y]:
            return False
        under = _fragments(lines[y])
        if len(under) >= 3 and column(under[0][0]) == 0 and (lab := _label(under[0][1])) and lab[:1].isdigit():
            return True
    return False


_GOES_ON_LINES = 6  # a row's next number stands within this many lines under its glued line


@functools.cache
def _sign_off() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(load('tables')['layout_ends'])})\s*:")


def _year_end(row: list[list[tuple[int, str]]] | None, frag: tuple[int, str], column: Callable[[int], int]) -> bool:
    """``frag`` (a lone number) is the end of a year that a narrow column cut off the date above it
    in its cell ("20/12/202" over "6"), no page number (see ``_date_rest``)."""
    if row is None or not frag[1].isdigit():
        return False
    cell = row[column(frag[0])]
    m = _DATE_CUT.search(cell[-1][1]) if cell else None
    return m is not None and len(m.group(1)) + len(frag[1]) == 4


def _date_rest(cell: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A cell's lines with a date that a narrow column cut inside its year ("30/9/20" over "26",
    "15/10/202" over "6") whole again: the figures of the next line joined without a blank when
    the year has its four figures with them."""
    out: list[tuple[int, str]] = []
    for y, t in cell:
        if out and (m := _DATE_CUT.search(out[-1][1])) and t.isdigit() and len(m.group(1)) + len(t) == 4:
            out[-1] = (out[-1][0], out[-1][1] + t)
            continue
        out.append((y, t))
    return out


_DATE_CUT = regex.compile(r"(?<!\d)\d{1,2}/\d{1,2}/(\d{1,3})$")


def _label_tail(
    number: list[tuple[int, str]], fr: list[tuple[int, str]], x: int, column: Callable[[int], int], task_col: int
) -> bool:
    """The first piece of line ``x`` (counted from 1) is the end of the row number on the line
    above, wrapped in a narrow number column ("5.1." over "1"): the number cell holds only that
    number, ending in a dot, on the line above; the piece is one to three figures; the task's
    piece beside it (if any) goes on in lower case (a new row's task opens in a capital)."""
    if len(number) != 1 or number[0][0] != x - 1 or not _DOTTED_NUMBER.fullmatch(number[0][1]):
        return False
    if not fr[0][1].isdigit() or len(fr[0][1]) > 3 or column(fr[0][0]) != 0:
        return False
    said = next((t for s, t in fr[1:] if column(s) == task_col), "")
    return not said[:1].isupper()


_DOTTED_NUMBER = regex.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}\.")


def _header_tail(fr: list[tuple[int, str]], wrapped: Callable[[list[tuple[int, str]]], bool]) -> bool:
    """A line of short pieces in lower case, each inside one column and with no figure: the
    wrapped ends of the header's words on the line above ("dung", "hiện", "ra")."""
    return wrapped(fr) and all(len(t.split()) <= 3 and t[:1].islower() for _, t in fr)


def _index_end(cell: list[tuple[int, str]], frag: tuple[int, str], cuts: list[int]) -> bool:
    """``frag`` is the number column's heading's last letter, cut off it ("ST" / "T")."""
    s, t = frag
    if not cell or s >= cuts[1] or len(t) != 1 or not t.isupper():
        return False
    return _text_role(cell[-1][1] + t) == "index"


def _placed(line: str, frags: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The pieces of a table's line as read (split, placed at their columns' cuts): where each
    stands on the line -> the place it was given."""
    out: list[tuple[int, int]] = []
    wide = _expand(line)
    at = 0
    for s, t in frags:
        k = wide.find(t, at, at + 400 + len(t))
        if k >= 0:
            out.append((k, s))
            at = k + len(t)
    return out


def _under_glued(
    frags: list[tuple[int, str]], above: list[tuple[int, int]], column: Callable[[int], int]
) -> list[tuple[int, str]]:
    """The pieces of the line under a glued one: a piece that starts where a cell split off the
    line above stands, left of its column ("và Môi trường" under "Sở Tài nguyên", both at 51),
    goes on that cell (a cell's lines start at one place), placed with it."""
    shifted = {k: to for k, to in above if column(k) != column(to)}
    if not shifted:
        return frags
    out = []
    for s, t in frags:
        to = next((shifted[k] for k in (s, s - 1, s + 1) if k in shifted), None)
        if to is not None and column(to) != column(s) and not any(column(u) == column(to) for u, _ in frags):
            s = to
        out.append((s, t))
    return out


def _lead_rest(
    fr: list[tuple[int, str]], column: Callable[[int], int], task_col: int, cuts: list[int]
) -> list[tuple[int, str]]:
    """The line under a ``pdftotext -layout`` row line whose task piece had the lead's name glued to
    it ("Kiểm tra công tác bảo vệ môi Sở Tài nguyên"): the rest of that name glued to the task's
    next line in turn ("trường tại các cụm công và Môi trường"), split off into the lead's column
    when the line has no piece there and its task piece ends in a joining word (tables.yaml
    ``name_joins``) and a capitalised word, four words at most."""
    at = next((i for i, (s, _) in enumerate(fr) if column(s) == task_col), None)
    if at is None or any(column(s) == task_col + 1 for s, _ in fr):
        return fr
    s, t = fr[at]
    m = _name_rest().search(t, max(0, len(t) - 60))
    if m is None or m.start() == 0:
        return fr
    head = t[: m.start()].rstrip()
    return [*fr[:at], (s, head), (cuts[task_col + 1], m.group()), *fr[at + 1 :]]


@functools.cache
def _name_rest() -> regex.Pattern[str]:
    joins = alternation(load("tables")["name_joins"])
    return regex.compile(rf"(?<= )(?:{joins}) \p{{Lu}}\p{{L}}*(?: \p{{L}}+){{0,2}}$")


def _row_gutters(
    lines: list[str], y: int, cuts: list[int], column: Callable[[int], int]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]] | None:
    """Line ``y`` of a ``pdftotext -layout`` table (counted from 0) and the next one, read by the
    row's own gutters when line ``y`` is too long for its page: the text layer set the row's cells
    one blank apart ("Rà soát quy hoạch các cụm Sở Kế hoạch và Sở Tài nguyên") and shifted the
    rest of the row's cells left of their columns on the next line ("công nghiệp chưa có nhà đầu
    Đầu tư   và Môi trường"). The glued piece is split before the capitalised runs of words (the
    units' names), in order, nearest the next line's pieces, one a column; each piece is placed
    at its column's cut. None when the next line has not one piece for each column the glued piece
    spans, or the piece too few names."""
    raw = _fragments(lines[y])
    gi = next((i for i, (s, t) in enumerate(raw) if column(s) != column(s + len(t) - 1)), None)
    if gi is None or y + 1 >= len(lines):
        return None
    s0, glued = raw[gi]
    c0 = column(s0)
    end = column(raw[gi + 1][0]) if gi + 1 < len(raw) else len(cuts) - 1
    if c0 == 0 or end - c0 < 2 or any(column(s) >= c0 for s, _ in raw[:gi]):
        return None
    nxt = _fragments(lines[y + 1])
    span = [(s, t) for s, t in nxt if c0 <= column(s) < end]
    if any(column(s) < c0 for s, _ in nxt) or not span or column(span[0][0]) != c0:
        return None
    if len(span) < end - c0:
        return _lead_shifted(raw, gi, nxt, span, cuts, column)
    if len(span) != end - c0:
        return None
    names = [
        b
        for b in range(2, len(glued) - 1)
        if glued[b - 1] == " " and glued[b].isupper() and not glued[:b - 1].rsplit(" ", 1)[-1][:1].isupper()
    ]
    splits: list[int] = []
    for at, _ in span[1:]:
        # (after the first name, a next one opens a unit's name or a time: "Phòng Quản lý Công
        # nghệ" is one name)
        later = [
            b
            for b in names
            if not splits or (b > splits[-1] and (_unit_like(glued[b:]) or _time_like(glued[b:])))
        ]
        if not later:
            return None
        splits.append(min(later, key=lambda b: abs(s0 + b - at)))
    pieces = [glued[a : b - 1] for a, b in zip([0, *splits], [*splits, len(glued) + 1], strict=True)]
    line = [*raw[:gi], (s0, pieces[0]), *((cuts[c0 + j], p) for j, p in enumerate(pieces) if j), *raw[gi + 1 :]]
    below = [(s, t) if (s, t) == span[0] or (s, t) not in span else (cuts[c0 + span.index((s, t))], t) for s, t in nxt]
    return line, below


def _lead_shifted(
    raw: list[tuple[int, str]],
    gi: int,
    nxt: list[tuple[int, str]],
    span: list[tuple[int, str]],
    cuts: list[int],
    column: Callable[[int], int],
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]] | None:
    """A glued row line (see ``_row_gutters``) whose next line has fewer pieces than the columns
    the glued piece spans: the task's text, then the lead's name glued after it, the cells right
    of the lead empty on that line ("Cấp phát vắc xin cho các xã Chi cục Chăn" over "nuôi và Thú
    y   UBND các xã"). The piece is split before the first capitalised word after a word in lower
    case, at the earliest a dozen places before the lead's column; the next line's one piece under
    the task and the lead, in lower case, is the rest of the lead's name (a wrapped task would have
    pushed it right of the task's text); the pieces right of those stay in their columns. None
    otherwise."""
    s0, glued = raw[gi]
    c0 = column(s0)
    rest = [(s, t) for s, t in span if column(s) > c0 + 1]
    first = [(s, t) for s, t in span if column(s) <= c0 + 1]
    if len(first) != 1 or not first[0][1][:1].islower() or len(first[0][1].split()) > 5:
        return None
    b = next(
        (
            b
            for b in range(max(2, cuts[c0 + 1] - 12 - s0), len(glued) - 1)
            if glued[b - 1] == " " and glued[b].isupper() and glued[: b - 1].rsplit(" ", 1)[-1][:1].islower()
        ),
        None,
    )
    if b is None or not _words().unit.match(glued[b:]):
        return None
    line = [*raw[:gi], (s0, glued[: b - 1]), (cuts[c0 + 1], glued[b:]), *raw[gi + 1 :]]
    below = [(cuts[c0 + 1], first[0][1]), *rest, *((s, t) for s, t in nxt if (s, t) not in span)]
    return line, below


def _lone_glued(
    frags: list[tuple[int, str]], cuts: list[int], column: Callable[[int], int], task_col: int, split_at: set[int]
) -> tuple[list[tuple[int, str]], int | None]:
    """A row's line whose piece runs over into the next column, a cell's wrapped line with that
    column's cell set one blank after it in narrow columns ("quả giải quyết Văn phòng", "Sở Nông
    nghiệp và Trước ngày"): split before the unit's name (an owner's head) or the time where
    :func:`_glued_cells` cuts it; or, after the task, before the word that stands where such a
    split was made on a line just above ("phường" under "UBND các xã,": the name's wrapped rest)
    or, in small letters, at the next column's cut ("hành chính lĩnh trường"); when the split-off
    cell ends in the next column and no other piece stands there. The pieces as they were
    otherwise. With them, where the split-off cell stands on the line (None: no split)."""
    at = next(
        (i for i, (s, t) in enumerate(frags) if column(s) >= task_col and column(s + len(t) - 1) > column(s)), None
    )
    if at is None:
        return frags, None
    s, t = frags[at]
    nxt = column(s) + 1
    if any(column(u) == nxt for u, _ in frags) or nxt >= len(cuts) - 1 or _text_role(t) is not None:
        return frags, None  # (a heading over two columns, "Cơ quan thực hiện": the header again)
    split = _glued_cells([(s, t), (cuts[-1], "")], cuts, True)[:-1]
    if len(split) == 3 and _glued_three(split, column, nxt, frags):
        # (three cells glued one blank apart over two cuts, "Sở Khoa học Văn phòng UBND Tháng":
        # each one the next column's, each after the first opening a unit's name or a time)
        return [*frags[:at], *split, *frags[at + 1 :]], s + len(split[0][1]) + 1
    named = len(split) == 2 and column(split[1][0]) == nxt
    if named and not (_owner_name_at(split[1][1], 0) or split[1][1].lower().startswith(_time_starts())):
        named = False
    if not named:
        # (the rest of a name split off a line above, standing where that name stood)
        near = split_at | {cuts[nxt]}
        b = next((b for b in range(1, len(t) - 1) if t[b - 1] == " " and {s + b - 1, s + b, s + b + 1} & near), 0)
        if b and s + b - 1 <= cuts[nxt] <= s + b + 1 and not ({s + b - 1, s + b, s + b + 1} & split_at):
            # (at the cut: a word in small letters or figures, a cell's wrapped rest, or a time)
            word = t[b:]
            b = b if word[:1].islower() or word[:1].isdigit() or word.lower().startswith(_time_starts()) else 0
        if not b or column(s + b) not in (column(s), nxt):
            return frags, None
        split = [(s, t[: b - 1]), (max(s + b, cuts[nxt]), t[b:])]
    rest = split[1][1]
    if column(split[1][0] + len(rest) - 1) != nxt:
        return frags, None
    return [*frags[:at], *split, *frags[at + 1 :]], s + len(split[0][1]) + 1


def _glued_three(
    split: list[tuple[int, str]], column: Callable[[int], int], nxt: int, frags: list[tuple[int, str]]
) -> bool:
    """A piece split into three cells by :func:`_glued_cells`: one cell for each of three columns
    in a row (the second ``nxt``), each after the first opening a unit's name or a time, the last
    ending in its column, no other piece of the line in the two columns after the first."""
    if [column(u) for u, _ in split[1:]] != [nxt, nxt + 1] or column(split[2][0] + len(split[2][1]) - 1) != nxt + 1:
        return False
    if any(column(u) in (nxt, nxt + 1) for u, _ in frags):
        return False
    return all(_owner_name_at(c, 0) or c.lower().startswith(_time_starts()) for _, c in split[1:])


def _glued_cells(frags: list[tuple[int, str]], cuts: list[int], first: bool = False) -> list[tuple[int, str]]:
    """The pieces of a table's line, with two cells the text layer set one blank apart split where
    a column's cut falls ("Tổ chức hội nghị quán triệt Ban Tuyên giáo": the task's cell, then the
    lead's): on a line of three pieces or more (of two, in the second), before the capitalised run
    of words (a unit's name) that starts nearest the cut, at most twelve places before it or three
    after; in the rest of a piece split already, before a unit's name or a time only."""
    if len(frags) < 2:
        return frags
    out: list[tuple[int, str]] = []
    for i, (s, t) in enumerate(frags):
        if i == 1 and len(frags) == 2 and _label(frags[0][1]) is not None and len(t) > 12 and mostly_upper(t):
            # (a group's title in capitals after its number runs on over the columns: "NHÓM
            # NHIỆM VỤ VỀ …" holds no unit's name "VỤ")
            out.append((s, t))
            continue
        named = False  # a name split off the piece already: the rest starts with it
        # (of two pieces, the second; the first too in a table with no number column: the task's)
        for cut in cuts[1:-1] if len(frags) > 2 or i or first else ():
            if not s + 1 < cut < s + len(t):
                continue
            starts = [
                b
                for b in range(max(s + 2, cut - 12), min(s + len(t) - 1, cut + 4))
                if t[b - s] == " "
                and (t[b - s + 1 : b - s + 2].isupper() or _DATE_BEFORE.search(t, max(0, b - s - 12), b - s))
                # (a date ends its cell: "15/6/2026 đường", a product's words after it;
                # the run's first word; inside a run, a word that opens an owner's name after
                # one that does not: "… trình Chủ Công chức Văn hóa -")
                and (
                    not t[: b - s].rsplit(" ", 1)[-1][:1].isupper()
                    or (_owner_name_at(t, b - s + 1) > 0 and _owner_name_at(t, _word_start(t, b - s - 1)) == 0)
                    or _dated_time_at(t, b - s + 1)  # "… Ủy ban MTTQ Việt Tháng 11/2026"
                )
                # (in a name, a capitalised word after one in small letters, "Phòng Quản lý
                # Công nghệ", goes on with it: a next cell there opens a unit's name or a time)
                and (not named or _unit_like(t[b - s + 1 :]) or _time_like(t[b - s + 1 :]))
            ]
            # (a head right after another goes on its name: "Ủy ban MTTQ", "Ban Chỉ huy")
            starts = [b for b in starts if not (_owner_name_at(t, b - s + 1) and _after_head(t, b - s))]
            if not starts:
                continue
            # a name's start before a capital that opens none ("… phong trào Ủy ban MTTQ Việt")
            b = max(starts, key=lambda b: (_owner_name_at(t, b - s + 1) > 0, b <= cut, -abs(b - cut)))
            out.append((s, t[: b - s]))
            t, s = t[b - s + 1 :], max(b + 1, cut)  # (the name is the next column's)
            named = True
        out.append((s, t))
    return out


_DATE_BEFORE = regex.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}$")


def _owner_name_at(text: str, at: int) -> int:
    """The length of the owner's head (tables.yaml ``unit_heads``, ``flow.owner_heads``, not
    ``flow.not_heads``) that opens at ``at`` with a capital, 0 when none."""
    if not text[at : at + 1].isupper():
        return 0
    m = _owner_heads().match(text, at)
    return m.end() - at if m is not None else 0


def _after_head(text: str, at: int) -> bool:
    """Whether an owner's head ends right before the blank at ``at`` ("Ủy ban" before "MTTQ")."""
    w = at
    for _ in range(3):  # (a head of three words at most)
        w = text.rfind(" ", max(0, w - 30), w) + 1 if w > 0 else 0
        if 0 < _owner_name_at(text, w) == at - w:
            return True
        if w == 0:
            return False
        w -= 1
    return False


def _dated_time_at(text: str, at: int) -> bool:
    """Whether a time word with its figures opens at ``at`` ("Tháng 11/2026", "Quý III/2026",
    "Trước ngày 30/9/2026"), or a time word that wraps before them ends the text there."""
    m = _words().time.match(text, at)
    if m is not None and text[m.end() : m.end() + 1] == " " and (n := _words().time.match(text, m.end() + 1)):
        m = n
    if m is not None and m.end() == len(text):
        # (a time word that wraps before its number in a narrow cell: "… Việt Nam Tháng" / "10/2027")
        return text[at:].lower() in _wrapping_time_words()
    return m is not None and _FIGURED.match(text, m.end()) is not None


@functools.cache
def _wrapping_time_words() -> frozenset[str]:
    return frozenset(str(w) for w in load("tables")["flow"]["time_words"])


_FIGURED = regex.compile(r" ?(?:\d{1,4}|[IV]{1,3})(?:/\d{1,4}|$|[ ,.;])")


def _word_start(text: str, at: int) -> int:
    """The start of the word holding place ``at``."""
    return text.rfind(" ", max(0, at - 40), at + 1) + 1


@functools.cache
def _owner_heads() -> regex.Pattern[str]:
    data = load("tables")
    heads = [str(w) for w in [*data["unit_heads"], *data["flow"]["owner_heads"]]]
    return regex.compile(
        rf"(?!(?:{alternation(str(w) for w in data['flow']['not_heads'])})(?!\p{{L}}))"
        rf"(?:{alternation(heads)})(?!\p{{L}})",
        regex.IGNORECASE,
    )


def _snapped(frags: list[tuple[int, str]], cuts: list[int], column: Callable[[int], int]) -> list[tuple[int, str]]:
    """The pieces of a table's line, a cell that the text layer set a few places left of its
    column's cut (a short name centred in its cell: "Trung tâm" two places into the task's
    column) placed at the cut: most of it right of the cut, the whole of it before the next one
    (the piece before it ends two blanks or more left of it, as pieces do)."""
    out = list(frags)
    for i in range(1, len(out)):
        s, t = out[i]
        k = column(s) + 1
        e = s + len(t)
        if k >= len(cuts) - 1 or e <= cuts[k] or cuts[k] - s > _SNAP or e - cuts[k] <= cuts[k] - s:
            continue
        if e > cuts[k + 1]:
            continue
        out[i] = (cuts[k], t)
    return out


_SNAP = 4  # how far left of its column's cut a cell may stand
_OVERRUN = 2  # how far over the next column's cut a cell placed at its own may run


def _runs_over(frags: list[tuple[int, str]], column: Callable[[int], int]) -> bool:
    """A row's line whose pieces each end at most two places into the next column, none of them
    in the first column ("nghiệp và Môi" placed at the cut it stood two places left of, a column
    as narrow as the cell's line): each piece is the column's it starts in."""
    ends = [column(max(s, s + len(t) - 1 - _OVERRUN)) for s, t in frags]
    starts = [column(s) for s, _ in frags]
    return 0 not in starts and ends == starts and len(set(starts)) == len(starts)
_DRIFT_LINES = 3  # how many lines under a cell placed at its column a cell's next line is read as placed so too


def _number_glued(frags: list[tuple[int, str]], cut: int) -> list[tuple[int, str]]:
    """The pieces of a table's line with the row's number, wider than its narrow column, set one
    blank before the task's text ("10 Sơ kết, đánh giá kết quả", "IV Kiểm tra"): the number a
    piece of its own when the first piece starts left of the column's ``cut`` and runs over it,
    the text placed in the next column. On a line of that one piece (a group's title), only a
    number with no dot or bracket ("III Hỗ trợ doanh nghiệp"; "III. TỔ CHỨC THỰC HIỆN" is the
    body's heading)."""
    if not frags or frags[0][0] >= cut or frags[0][0] + len(frags[0][1]) <= cut:
        return frags
    s, t = frags[0]
    head, _, rest = t.partition(" ")
    if not rest or _label(head) is None or s + len(head) > cut:
        return frags
    if len(frags) == 1 and not head.isalnum():
        return frags
    return [(s, head), (max(s + len(head) + 1, cut), rest), *frags[1:]]


def _layout_step(
    fr: list[tuple[int, str]],
    column: Callable[[int], int],
    task_col: int,
    timed: list[int],
    cur: list[list[tuple[int, str]]],
) -> bool:
    """A line of a ``pdftotext -layout`` table with a number column that opens a row of its own
    with no number: its task piece starts with a capital letter, and a time opens beside it (a
    word in capitals: "Tháng", "Quý", "Trước ngày") in a time column where the row above has its
    time already -- the second line of a time ("01/2027") starts with a digit."""
    if task_col <= 0 or len(fr) < 2 or not timed:
        return False
    said = next((t for s, t in fr if column(s) == task_col), "")
    if not said[:1].isupper() or not _two_letters(said[:3]):
        return False
    opened = [k for s, t in fr for k in (column(s),) if k in timed and t[:1].isupper()]
    return bool(opened) and all(cur[k] for k in opened)


def _layout_opens_row(
    fr: list[tuple[int, str]],
    column: Callable[[int], int],
    task_col: int,
    roles: list[str | None],
    cur: list[list[tuple[int, str]]] | None = None,
) -> bool:
    """A line of a ``pdftotext -layout`` table with no number column that opens a row: its task
    piece starts with a capital letter or a bullet, and a lead's or a time's piece starts beside
    it (a capital letter or a digit) -- the cells of a row open on its first line. (Not the
    figures under a time's words that the row's line above left without them: "Trước ngày" /
    "10/6/2027".)"""
    if task_col < 0 or len(fr) < 2:
        return False
    said = next((t for s, t in fr if column(s) == task_col), "")
    if not said or not (said[0].isupper() or _BULLET.match(said)):
        return False
    return any(
        k != task_col
        and roles[k] in _OPENING_ROLES
        and (t[0].isupper() or (t[0].isdigit() and not (cur is not None and _figures_to_come(cur[k]))))
        for s, t in fr
        for k in (column(s),)
    )


def _figures_to_come(cell: list[tuple[int, str]]) -> bool:
    """Whether a time cell's text so far is a time's words without their figures ("Trước ngày",
    "Tháng"): the figures follow on its next line."""
    text = " ".join(t for _, t in cell)
    m = _words().time.match(text) if text and not _DIGIT.search(text) else None
    while m is not None and m.end() < len(text) and text[m.end()] == " ":
        m = _words().time.match(text, m.end() + 1)
    return m is not None and m.end() == len(text)


_OPENING_ROLES = frozenset({"lead", "time"})


def _layout_group(
    lines: list[str],
    x: int,
    frag: tuple[int, str],
    column: Callable[[int], int],
    after_rows: bool,
    caps_header: bool = True,
) -> bool:
    """A line of a ``pdftotext -layout`` table that is a group's title alone ("I. NHÓM NHIỆM VỤ
    VỀ THỂ CHẾ", printed across the columns or centred): upper case, numbered as a group (or,
    below rows, across the columns), and a numbered row right under it (a heading after the
    table has its paragraph under it)."""
    s, text = frag
    # "Lĩnh vực thể chế", "Nhóm nhiệm vụ về ..." (tables.yaml group_heads): named as a group
    named = _words().group.match(text) is not None and len(text) <= 120 and not text.endswith((".", ";", ":"))
    upper = mostly_upper(text)
    num = match_numbering(text)
    if len(text) < 8:
        return False
    if num is not None and num.family == "decimal" and column(s) != column(s + len(text) - 1):
        # "1. Hoàn thiện thể chế" across the columns, in any case: a group when the row under it
        # is numbered as its part ("1.1")
        for y in range(x, min(x + 3, len(lines))):
            nxt = _fragments(lines[y])
            if nxt:
                sub = _label(nxt[0][1]) if len(nxt) > 1 and column(nxt[0][0]) == 0 else None
                return sub is not None and sub.startswith(num.label + ".")
        return False
    if num is not None:
        if num.family not in ("roman", "part", "alpha"):
            return False
        # "II. Tài chính công": in lower case, a title numbered in Roman figures only
        if not upper and not (num.family == "roman" and text[num.end : num.end + 1].isupper()):
            return False
    elif named or (upper and not caps_header and len(text.split()) >= 2 and not _unit_like(text)):
        pass  # (in capitals under a header in lower case: a title, however short)
    elif not upper or not after_rows or column(s) == column(s + len(text) - 1) or len(text.split()) < 3:
        return False
    for y in range(x, min(x + 3, len(lines))):
        nxt = _fragments(lines[y])
        if nxt:
            return len(nxt) > 1 and column(nxt[0][0]) == 0 and _label(nxt[0][1]) is not None
    return False


def _heading_after(lines: list[str], x: int, text: str, column: Callable[[int], int]) -> bool:
    """A line of a ``pdftotext -layout`` table with a number column that is the body's next
    heading: numbered in Roman figures with a title in capitals ("III. TỔ CHỨC THỰC HIỆN"),
    and the next line with text is no numbered row (a group's title has its rows under it)."""
    num = match_numbering(text)
    if num is None or num.family != "roman" or not mostly_upper(text[num.end :]):
        return False
    blanks = 0
    for y in range(x, min(x + _GROUP_TOP_LINES, len(lines))):
        nxt = _fragments(lines[y])
        if not nxt:
            blanks += 1
            if blanks == 3:
                break
            continue
        if len(nxt) > 1 and column(nxt[0][0]) == 0 and _label(nxt[0][1]) is not None:
            return False
        if column(nxt[0][0]) == 0 or any(column(s + len(t) - 1) - column(s) > 1 for s, t in nxt):
            return True
        # (cells centred vertically: the first row's top lines above its number, each piece in a
        # column after the first, or two of them glued one blank apart)
    return True


_GROUP_TOP_LINES = 8  # the most lines from a group's title to its first row's number


def _body_item(fr: list[tuple[int, str]], column: Callable[[int], int]) -> bool:
    """A line of a ``pdftotext -layout`` table that is the body's next numbered heading or item,
    its number set off from its title by a tab's blanks ("2.4.      Các chi bộ thôn tập trung:",
    "3.        Tổ chức thực hiện"): the number alone as a piece, right of the number column, the
    title in a capital letter (a row's number stands in the number column; a step numbered at
    the head of its task cell is one piece with it)."""
    if len(fr) != 2 or column(fr[0][0]) == 0 or not fr[1][1][:1].isupper():
        return False
    num = match_numbering(fr[0][1] + " " + fr[1][1])
    return num is not None and num.end >= len(fr[0][1]) and num.family in ("decimal", "roman")


def _joined(frags: list[tuple[int, str]]) -> str:
    return " ".join(t for _, t in frags)


def _next_page(lines: list[str], x: int, taken: list[bool]) -> int | None:
    """The first line of text after a page break (a form feed) that follows line ``x`` within a
    few blank lines, a page number and a running foot (one piece set off from the margin, "Phụ lục
    Kế hoạch số ...", with the break right under it); None when no page break comes there."""
    y, broke, foot, head = x, False, -1, False
    while y < len(lines) and y - x < 12 and not taken[y]:
        broke = broke or "\f" in lines[y]
        said = lines[y].strip(" \f\t")
        if said and not said.isdigit() and not (broke and _PAGE_MARK.fullmatch(said)):
            if broke:
                if not head and _running_head(lines, y):
                    head = True  # (the page's running header: the page's text starts under it)
                    y += 1
                    continue
                return y
            frags = _fragments(lines[y])
            if foot >= 0 or len(frags) != 1 or (frags[0][0] < _FOOT_INDENT and not _at_breaks(lines, y)):
                return None
            foot = y
        elif foot >= 0 and y - foot > 3 and not broke:
            return None
        y += 1
    return None


def _running_head(lines: list[str], y: int) -> bool:
    """Line ``y``, the first of a page, is a running header ("Phụ lục I – Kế hoạch số ...", set
    right or centred over the table's pages): one piece of three words or more off the left margin,
    opening in a capital, no appendix's heading (:func:`appendix_heading_only`), a blank line under
    it, and the same words (numbers aside) opening another page."""
    frags = _fragments(lines[y])
    if len(frags) != 1 or frags[0][0] < _FOOT_INDENT or y + 1 >= len(lines) or lines[y + 1].strip(" \t"):
        return False
    said = frags[0][1]
    if not said[:1].isupper() or said.count(" ") < 2 or said.isupper() or appendix_heading_only(said):
        return False
    return _at_breaks(lines, y)


def _at_breaks(lines: list[str], y: int) -> bool:
    """The words of line ``y`` (numbers aside) stand at another page break too: on a page's first
    line of text or its last (a running header or foot printed on every page)."""
    key = _digits_as_one(lines[y].strip(" \f\t"))
    return any(abs(z - y) > 3 for z in derived(lines, "page_ends", _page_ends).get(key, ()))


def _page_ends(lines: list[str]) -> dict[str, list[int]]:
    """The first line of text after each page break and the last before it, by their words
    (numbers aside): found once per text (:func:`derived`), not at each line asked about."""
    out: dict[str, list[int]] = {}
    n = len(lines)
    for k in _lines_with("\n".join(lines), "\f"):
        top = next((z for z in range(k, min(k + 3, n)) if lines[z].strip(" \f\t")), None)
        foot = next((z for z in range(k - 1, max(k - 5, -1), -1) if lines[z].strip(" \f\t")), None)
        for z in (top, foot):
            if z is not None:
                out.setdefault(_digits_as_one(lines[z].strip(" \f\t")), []).append(z)
    return out


def _digits_as_one(text: str) -> str:
    """``text`` with each run of digits as one sign (a running line's page or row numbers aside)."""
    return str(_DIGIT_RUNS.sub("#", text))


_DIGIT_RUNS = regex.compile(r"\d+")


class PageLines(list[str]):
    """The lines of one text (:func:`find_tables`), with what the readers derive from all of them
    once (the lines at its page breaks, by their words): a reader asking about each line of a long
    text does not read the whole text again each time."""

    __slots__ = ("_derived",)

    def __init__(self, lines: Iterable[str]) -> None:
        super().__init__(lines)
        self._derived: dict[str, Any] = {}


_D = TypeVar("_D")


def derived(lines: list[str], name: str, build: Callable[[list[str]], _D]) -> _D:
    """``build(lines)``, kept with the lines when they are a :class:`PageLines` (the lines are not
    changed while the readers read them), else built each time."""
    if not isinstance(lines, PageLines):
        return build(lines)
    got = lines._derived.get(name)
    if got is None:
        got = lines._derived[name] = build(lines)
    return got


_PAGE_MARK = regex.compile(r"[-–]\s*\d{1,3}\s*[-–]")  # a page's number between dashes ("- 3 -")


def appendix_heading_only(text: str) -> bool:
    """``text`` opens with an appendix's word and is its heading, not a running line naming it:
    its label alone or with a word ("Phụ lục II", "Phụ lục số 02") or its title in capitals
    ("PHỤ LỤC II: DANH MỤC ...", "Phụ lục II. DANH MỤC ...")."""
    head = next((h for h in _appendix_heads() if text.startswith(h)), None)
    if head is None:
        return False
    rest = text[len(head) :]
    return len(rest.split()) < 3 or mostly_upper(rest)


_FOOT_INDENT = 20  # a running foot stands off the left margin (centred or set right)
_PAGE_SHIFT = 12  # how far left of the page before a new page's column may start


def _foot_notes(lines: list[str], x: int, taken: list[bool]) -> int | None:
    """The line of the page break when line ``x`` opens the footnotes at the foot of a page: a
    footnote's number alone on its line, its text in one piece on the next, then only footnotes
    (numbers and lines of one piece), blank lines and the page number until a form feed within a
    few lines; None otherwise."""
    if x + 1 >= len(lines) or len(_fragments(lines[x + 1])) != 1 or "\f" in lines[x + 1]:
        return None
    for y in range(x + 2, min(x + 10, len(lines))):
        if taken[y]:
            return None
        if "\f" in lines[y]:
            return y
        if len(_fragments(lines[y])) > 1:
            return None
    return None


def _page_cuts(lines: list[str], y: int, cuts: list[int], taken: list[bool]) -> list[int]:
    """The columns of a table's rows on a new page, from line ``y``: each cut moved to the nearest
    place of the blank gutter that the page's lines of two pieces or more keep, within twelve places
    left (three right) of the cut of the page before (the same number of columns; a cut with no gutter near stays)."""
    width = max(cuts[-2] + 12, max((len(_expand(ln)) for ln in lines[y : y + 60]), default=0) + 1)
    # (counted as the changes at each place, summed after: a piece adds 1 at its start, takes it
    # off after its end; each piece lies within the widest line, short of ``width``)
    occupied = [0] * (width + 1)
    seen = 0
    for k in range(y, min(y + 60, len(lines))):
        if taken[k] or (k > y and "\f" in lines[k]):
            break
        frags = _fragments(lines[k])
        if len(frags) == 1 and _across(frags[0], cuts):
            break  # a paragraph across the columns: the table has ended (the sign-off's columns next)
        if len(frags) < 2 or (len(frags) >= 3 and _line_header_roles(tuple(t for _, t in frags)) >= 3):
            continue  # (a wrapped line; the header printed again, placed as its own words)
        seen += 1
        for s, t in frags:
            occupied[s] += 1
            occupied[s + len(t)] -= 1
    if seen < 2:
        return cuts
    occupied = list(itertools.accumulate(occupied[:width]))
    # the page's own gutters, as many as the header has (a line the text layer glued may cross one)
    for low in sorted({0, seen // 5, seen // 4, seen // 3}):
        gutters = _gutters(occupied, low)
        if len(gutters) == len(cuts) - 2:
            return [0, *gutters, cuts[-1]]
    out = [0]
    for k in range(1, len(cuts) - 1):
        c, lo = cuts[k], out[-1] + 1
        if occupied[c - 1] == 0 or c >= width:
            out.append(max(c, lo))  # the cut falls in a gutter already
            continue
        # a gutter's blank places within reach; the cut goes right after a blank on its left,
        # or onto a blank on its right
        near = [b + 1 for b in range(max(lo, c - _PAGE_SHIFT), c) if occupied[b] == 0]
        near += [b for b in range(c, min(c + 4, width)) if occupied[b] == 0]
        out.append(min(near, key=lambda b: (abs(b - c), b)) if near else c)
    return [*out, cuts[-1]]


def _across(frag: tuple[int, str], cuts: list[int]) -> bool:
    """A line's one piece that is a paragraph of the body, not a cell: it starts in the first two
    columns and runs over the third, fifty places or more, in lower case, with no number before it (a group's title
    across the columns is in capitals or numbered)."""
    s, t = frag
    return (
        len(cuts) > 4
        and len(t) >= 50
        and s < cuts[2]
        and s + len(t) > cuts[3]
        and not mostly_upper(t)
        and match_numbering(t) is None
    )


def _gutters(occupied: list[int], low: int) -> list[int]:
    """Where each column after a gutter starts: after each run of places that no more than
    ``low`` lines fill, between the first and the last filled place, the place after the run's
    last emptiest place (a cell wider than its column's others, centred, starts a place or two
    left of them: "III/2027" under "II/2027")."""
    filled = [c for c, n in enumerate(occupied) if n > low]
    if not filled:
        return []
    out: list[int] = []
    emptiest = 0  # the last place of the current run that the fewest lines fill
    for c in range(filled[0] + 1, filled[-1] + 1):
        if occupied[c] <= low:
            if occupied[c - 1] > low or occupied[c] <= occupied[emptiest]:
                emptiest = c
        elif occupied[c - 1] <= low:
            out.append(emptiest + 1)
    return out


def _two_letters(text: str) -> bool:
    return _TWO_LETTERS.search(text) is not None


_TWO_LETTERS = regex.compile(r"\p{L}{2}")


def _row_top(said_at: dict[int, str], at: int, floor: int) -> int | None:
    """The line that opens a row whose number stands at line ``at`` below the top of its task
    cell: the nearest line above, not above ``floor``, whose task text starts with a capital
    letter or a bullet; None without one."""
    for y in range(at - 1, floor - 1, -1):
        t = said_at.get(y)
        if t and (t[0].isupper() or t[0] in "-+•"):
            return y
    return None


def _head_end(lines: list[str], h: int, rows: list[list[list[tuple[int, str]]]]) -> int | None:
    """The last line (counted from 1) of a table's header whose lines end at a blank line above
    its first row's number (a centred first row's top lines, read with the header, come after
    it); None without such a blank line."""
    first = min((p[0] for p in rows[0][0]), default=0)
    for y in range(h + 1, min(first - 1, h + _HEAD_LINES)):
        if not lines[y].strip():
            return y
    return None


_HEAD_LINES = 6  # the most lines of a header centred vertically, its blank line under it


Frags = list[tuple[int, str]]


def _centred_rows(
    lines: list[str], rows: list[list[Frags]], header: list[Frags], head_end: int | None, task_col: int, lead: int = -1
) -> bool:
    """The rows of a ``pdftotext -layout`` table whose cells are centred vertically (Word's
    usual table) cut where the cells put them: each row's number stands on the middle line of
    the row, and each cell around that line, its first line as far above it as its last below
    (a short cell, "Sở Nội vụ", on the number's line; a long one wrapped over lines above and
    under it, which the text layer may set between another cell's lines). For each column, the
    lines between two numbers are split where the cells above and under centre best on their
    numbers (a blank line between them is the rows' gap; a line in small letters goes on the
    cell above it); a cell between two numbers, nearer the middle of them than its own number,
    with the other row's cell empty, is a cell merged over both rows (given to both); a lead's cell
    on its number's line between two rows whose lead cells are empty, one merged over the three
    (``lead``: the lead's column; the text cannot tell it from three cells, two empty). Only for a
    run of numbered rows most of whose numbers stand below the top of their task cell (on a line
    of its text in small letters, or none of it); the first row's top lines, read with the
    header, are taken from under the header's blank line. Whether every row was read so (its
    merged cells found: an empty cell left is a blank one)."""
    k = 0
    every = True
    while k < len(rows):
        e = k
        while e < len(rows) and _anchor(rows[e]) is not None:
            e += 1
        if e - k >= 1:
            every = _centre_run(lines, rows[k:e], header if k == 0 else None, head_end, task_col, lead) and every
        every = every and (e == len(rows) or _anchor(rows[e]) is not None or not any(rows[e][1:]))
        k = e + 1
    return every


def _anchor(row: list[Frags]) -> int | None:
    """The line of a row's number: its one piece in the first column, a row number."""
    if len(row[0]) != 1 or _label(row[0][0][1]) is None:
        return None
    return row[0][0][0]


def _centre_run(
    lines: list[str],
    run: list[list[Frags]],
    header: list[Frags] | None,
    head_end: int | None,
    task_col: int,
    lead: int = -1,
) -> bool:
    """:func:`_centred_rows` for a run of numbered rows (``header``: the table's, above the first);
    whether it was read so."""
    numbers = [_anchor(r) or 0 for r in run]
    if any(b <= a for a, b in itertools.pairwise(numbers)):
        return False
    low = 0  # rows whose number stands below the top of their task cell
    for r, n in zip(run, numbers, strict=True):
        said = [t for y, t in r[task_col] if y == n]
        low += any(y < n for y, _ in r[task_col]) or not said or said[0][:1].islower()
    if low * 2 < len(run):
        return False
    width = len(run[0])
    top = head_end if header is not None else None
    for j in range(1, width):
        pieces = [p for r in run for p in r[j]]
        if top is not None and header is not None:
            pieces = [p for p in header[j] if p[0] > top] + pieces
        cut = _centred_cells(lines, sorted(pieces, key=lambda p: p[0]), numbers, j != task_col, j == lead)
        if cut is None:
            continue
        if top is not None and header is not None:
            header[j][:] = [p for p in header[j] if p[0] <= top]
        for r, cell in zip(run, cut, strict=True):
            r[j] = cell
    return True


def _centred_cells(
    lines: list[str], pieces: Frags, numbers: list[int], merged: bool, three: bool = False
) -> list[Frags] | None:
    """The pieces of one column of a run of rows whose numbers stand on ``numbers`` (lines counted
    from 1), cut into the rows' cells (see :func:`_centred_rows`; ``merged``: a cell between two
    numbers may be one merged over both rows); None when a gap between two numbers holds too
    many of the column's lines to weigh every cut (``three``: a cell may be merged over three
    rows, centred on the middle one's number)."""
    count = len(numbers)
    at = sorted({y for y, _ in pieces})
    # each line of the column: the row it must be in (on or around a number), or the gap it is in
    fixed: list[list[int]] = [[] for _ in numbers]
    gaps: list[list[int]] = [[] for _ in numbers]  # gaps[k]: the lines between numbers k and k + 1
    for y in at:
        k = bisect.bisect_right(numbers, y) - 1
        if k < 0 or y == numbers[k] or k == count - 1:
            fixed[max(k, 0)].append(y)
        else:
            gaps[k].append(y)
    if any(len(g) > _CENTRED_GAP for g in gaps):
        return None
    text_at = {y: t for y, t in reversed(pieces)}  # (a line's first piece in the column)

    def blank(a: int, b: int) -> int:  # blank lines strictly between lines a and b (from 1)
        return sum(1 for y in range(a, b - 1) if not lines[y].strip())

    def cost(k: int, below: int | None, above: int | None) -> float:
        # row k's cell: the lines of gap k - 1 from ``below``, its fixed lines, gap k's before ``above``
        ys = (gaps[k - 1][below:] if k and below is not None else []) + fixed[k] + (gaps[k][:above] if above else [])
        if not ys:
            return 0.0
        c = abs((ys[0] + ys[-1]) / 2 - numbers[k]) + _CENTRED_BLANK * blank(ys[0], ys[-1])
        first = text_at[ys[0]]
        if k and ys[0] in gaps[k - 1] and first[:1].islower():
            c += _CENTRED_SMALL  # (a line in small letters goes on the cell above it)
        return c

    # best[s]: the least cost of rows 0..k with s lines of gap k given to row k
    best = [cost(0, None, s) for s in range(len(gaps[0]) + 1)] if count > 1 else [cost(0, None, None)]
    back: list[list[int]] = []
    for k in range(1, count):
        width = len(gaps[k]) + 1 if k < count - 1 else 1
        row: list[float] = []
        came: list[int] = []
        for s in range(width):
            above = s if k < count - 1 else None
            options = [best[b] + cost(k, b, above) for b in range(len(best))]
            b = min(range(len(options)), key=options.__getitem__)
            row.append(options[b])
            came.append(b)
        best = row
        back.append(came)
    splits = [0] * count  # splits[k]: lines of gap k given to row k
    s = 0
    for k in range(count - 1, 0, -1):
        s = back[k - 1][s]
        splits[k - 1] = s
    cells: list[list[int]] = []
    for k in range(count):
        ys = (gaps[k - 1][splits[k - 1] :] if k else []) + fixed[k] + (gaps[k][: splits[k]] if k < count - 1 else [])
        cells.append(ys)
    if merged:
        for k in range(count - 1):
            mid = (numbers[k] + numbers[k + 1]) / 2
            for one, other, own in ((k + 1, k, numbers[k + 1]), (k, k + 1, numbers[k])):
                ys = cells[one]
                if not ys or cells[other] or own in ys:
                    continue
                c = (ys[0] + ys[-1]) / 2
                if abs(c - mid) < abs(c - own) and abs(c - own) >= _MERGED_OFF:
                    cells[other] = list(ys)
    if three:
        for k in range(1, count - 1):
            ys = cells[k]
            if ys and not cells[k - 1] and not cells[k + 1] and ys[0] <= numbers[k] <= ys[-1]:
                cells[k - 1] = cells[k + 1] = list(ys)
    rows_of: dict[int, list[int]] = {}
    for k, ys in enumerate(cells):
        for y in ys:
            rows_of.setdefault(y, []).append(k)
    out: list[Frags] = [[] for _ in numbers]
    for p in pieces:
        for k in rows_of[p[0]]:
            out[k].append(p)
    return out


_CENTRED_GAP = 24  # the most lines of a column between two row numbers whose every cut is weighed
_CENTRED_BLANK = 4.0  # the cost of a blank line inside a cell (the gap between two rows)
_CENTRED_SMALL = 1.5  # the cost of a cell opening in small letters (a cell's wrapped line)
_MERGED_OFF = 1.5  # how far from its number a cell merged over two rows stands at least


_PARA_HEAD_MAX = 10  # header cells of a paragraph table at most


def _paragraphs(
    lines: list[str], taken: list[bool], heads: frozenset[int] = frozenset()
) -> list[tuple[int, int, bool]]:
    """The paragraphs of the lines not taken: (first index, index after, empty); a line of
    blanks alone between blank lines is an empty paragraph (an empty cell of a page's export),
    but in a run of blank lines that all hold a blank (a copy whose blank lines hold one) there
    is none. A line of ``heads`` (a lone "STT" under the table's title, no blank line between
    them) opens a paragraph of its own, and so does a line after a page break (a form feed first:
    a text layer's next page, no blank line after the page's number "2" before it)."""
    out: list[tuple[int, int, bool]] = []
    i, n = 0, len(lines)
    while i < n:
        if taken[i] or not lines[i]:
            i += 1
            continue
        if not lines[i].strip():
            j = i
            while j < n and not taken[j] and lines[j] and not lines[j].strip():
                j += 1
            if (i and not lines[i - 1]) or (j < n and not lines[j]):
                out.extend((x, x + 1, True) for x in range(i, j))
            i = j
            continue
        j = i + 1
        while j < n and not taken[j] and lines[j].strip() and j not in heads and lines[j][:1] != "\f":
            j += 1
        out.append((i, j, False))
        i = j
    return out


def _next_label(label: str, last: dict[str, str]) -> bool:
    """Whether a row number continues the numbering of the rows above: the next integer (``1``
    again under a new group), a sub-number of the last integer (``2.1``, ``2.2`` under ``2``),
    the next Roman numeral or capital letter (a group)."""
    if label.isdigit():
        return int(label) == int(last.get("int", "0")) + 1 or (label == "1" and "group" in last)
    if regex.fullmatch(r"\d+(?:\.\d+)+", label):
        return label.split(".")[0] == last.get("int")
    if _ROMAN.match(label):
        romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        prev = last.get("roman")
        return label == "I" if prev is None else prev in romans[:-1] and romans[romans.index(prev) + 1] == label
    if regex.fullmatch(r"[A-H]", label):
        prev = last.get("letter")
        return label == "A" if prev is None else ord(label) == ord(prev) + 1
    return False


def _counted(lab: str, last: dict[str, str]) -> dict[str, str]:
    """The last numbers met after row number ``lab`` (that :func:`_next_label` accepted)."""
    if lab.isdigit() or "." in lab:
        return last | {"int": lab.split(".")[0]}
    if _ROMAN.match(lab):
        # (row numbers may run on through the groups: "I", "1", "2", "II", "3")
        kept = {k: last[k] for k in ("letter", "int") if k in last}
        return {"roman": lab, "group": "1"} | kept
    return {"letter": lab, "group": "1"} | ({"int": last["int"]} if "int" in last else {})


def _paragraph_cells(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """Cells as paragraphs of their own between blank lines, no ``|`` (a web page or a word
    processor's document saved as text): a run of header cells that are column words — a row
    number column first, a task column and a time or owner column — then rows, each opening with
    its number as a paragraph of its own, in sequence (``1``, ``2`` …; ``I``, ``1``, ``2``, ``II``
    …). A row with more cells than the header (a heading cell spanning two columns) has its
    surplus cells joined into the task cell; the last row takes as many cells as the rows above."""
    out: list[_RawTable] = []
    heads: set[int] = set()
    initials = _task_initials()
    spaced: list[int] = []  # task headings a blank line apart from the next line
    n = len(lines)

    def line(k: int) -> tuple[int, int, bool]:
        return k, k + 1, not lines[k].strip()

    # (only a short line may be a heading cell: those found in one pass, the others not read)
    short = [i for i, size in enumerate(map(len, lines)) if 0 < size < 40]
    index_lines = [i for i in short if len(lines[i]) < 20 and _index_heading(lines[i])]  # ("STT" alone)
    # (a word processor's paragraph copy first: its number column may be empty, Word numbering it)
    lone = [i for i in index_lines if not taken[i]]
    if lone:
        out += _word_tables(lines, taken, lone)
    indexed = set(index_lines)
    for i in short:
        ln = lines[i]
        if taken[i]:
            continue
        if i in indexed:
            heads.add(i)
        elif ln[0] in initials and _task_heading(ln):
            # a header of column words with no number column, a line each (a word processor's text)
            t = _unnumbered_table_at(lines, i, n, line, taken, True)
            if t is not None:
                out.append(t)
            elif i + 1 < n and not lines[i + 1].strip():
                spaced.append(i)
    if spaced:
        # the same with a paragraph a cell (a web page's copy)
        every = _paragraphs(lines, taken)
        index = {a: k for k, (a, _, _) in enumerate(every)}
        for i in spaced:
            if not taken[i] and i in index:
                t = _unnumbered_table_at(lines, index[i], len(every), every.__getitem__, taken, False)
                if t is not None:
                    out.append(t)
    if not heads:
        return out  # (no lone "STT" or "TT" line: no such table, and no paragraph is read)
    paras = _paragraphs(lines, taken, frozenset(heads))
    p = 0
    while p < len(paras):
        if paras[p][0] not in heads:
            p += 1
            continue
        t, used = _paragraph_table_at(lines, paras, p)
        if t is None:
            t, used = _column_table_at(lines, paras, p)
        if t is None and paras[p][1] - paras[p][0] > 1:
            t, used = _line_table_at(lines, paras, p)
        if t is None:
            p += 1
            continue
        for x in range(t.start, t.end):
            taken[x] = True
        out.append(t)
        p += used
    return out


_WORD_GAP = 3  # blank lines around an empty paragraph in a word processor's paragraph copy
_WORD_LOOK = 400  # lines after a header in which an empty paragraph shows such a copy


def _word_copy(lines: list[str], i: int) -> bool:
    """Whether the lone number heading on line ``i`` opens a table of a word processor's text
    copy that writes each paragraph after a blank line (``docx2txt``), a cell's paragraphs too: the
    heading a blank line after the text before it and before the next heading, and an empty
    paragraph (an empty cell: three blank lines between two paragraphs) within the lines after it."""
    n = len(lines)
    if i < 1 or i + 2 >= n or lines[i - 1].strip() or lines[i + 1].strip() or not lines[i + 2].strip():
        return False
    run = 0
    for x in range(i + 2, min(n, i + _WORD_LOOK)):
        if lines[x]:
            # (a line of blanks is a web page's empty cell: its copy shows no empty paragraph)
            if run == _WORD_GAP and lines[x].strip():
                return True
            run = 0
        else:
            run += 1
    return False


def _word_paragraphs(lines: list[str], taken: list[bool]) -> list[tuple[int, int, bool]]:
    """The paragraphs of a copy that writes each paragraph after a blank line (see
    :func:`_word_copy`), lines taken left out: a run of lines is a paragraph (its lines broken
    inside it), and the blank lines between two runs hold an empty paragraph for each pair past
    the first (three blank lines one, five two)."""
    out: list[tuple[int, int, bool]] = []
    i, n = 0, len(lines)
    while i < n:
        if taken[i]:
            i += 1
            continue
        if not lines[i]:
            j = i
            while j < n and not taken[j] and not lines[j]:
                j += 1
            if out and j < n and not taken[j]:
                out.extend((x, x + 1, True) for x in range(i + 1, j - 1, 2))
            i = j
            continue
        if not lines[i].strip():
            out.append((i, i + 1, True))  # (a paragraph of blanks)
            i += 1
            continue
        j = i + 1
        while j < n and not taken[j] and lines[j].strip() and lines[j][:1] != "\f":  # (a page break: see _paragraphs)
            j += 1
        out.append((i, j, False))
        i = j
    return out


def _word_tables(lines: list[str], taken: list[bool], heads: list[int]) -> list[_RawTable]:
    """The tables of a word processor's paragraph copy (see :func:`_word_copy`) opening at the
    lone number headings ``heads``: read as paragraph tables whose empty cells are shown."""
    out: list[_RawTable] = []
    paras: list[tuple[int, int, bool]] | None = None
    at: dict[int, int] = {}
    for i in heads:
        if taken[i] or not _word_copy(lines, i):
            continue
        if paras is None:
            paras = _word_paragraphs(lines, taken)
            at = {a: k for k, (a, _, e) in enumerate(paras) if not e}
        if i not in at:
            continue
        t, _ = _paragraph_table_at(lines, paras, at[i], exact=True, word=True)
        if t is None:
            continue
        for x in range(t.start, t.end):
            taken[x] = True
        out.append(t)
    return out


def _para_text(lines: list[str], para: tuple[int, int, bool]) -> str:
    return " ".join(lines[x].strip() for x in range(para[0], para[1]))


def _paragraph_table_at(
    lines: list[str],
    paras: list[tuple[int, int, bool]],
    p: int,
    exact: bool = False,
    strict: bool = False,
    word: bool = False,
) -> tuple[_RawTable | None, int]:
    head: list[tuple[int, int, bool]] = []
    q = p
    while q < len(paras) and len(head) < _PARA_HEAD_MAX:
        a, b, empty = paras[q]
        if empty and exact and head:
            if word and not _header_goes_on(lines, paras, q):
                # (the first row's number cell, which Word numbers; or the header's last cells
                # merged down over its second row, before the first row's typed number)
                said = next((k for k in range(q, min(q + _PARA_HEAD_MAX, len(paras))) if not paras[k][2]), q)
                q = said if _label(_para_text(lines, paras[said])) is not None else q
                break
            q += 1  # (a heading merged down over the header's second row: an empty cell there)
            continue
        text = _para_text(lines, paras[q])
        if empty or b - a > 3 or len(text) > 120 or _label(text) is not None or _group_title(text):
            break
        head.append(paras[q])
        q += 1
    roles = [_role(_Cell(_para_text(lines, h), h[0] + 1, False)) for h in head]
    head, roles = _owner_parts_in_place(lines, head, roles)
    head, roles, over = _time_parts_in_place(lines, head, roles)
    named = sum(1 for r in roles if r)
    if (
        len(head) < 3
        or roles[0] != "index"
        or "task" not in roles
        or not ({"time", "lead"} & set(roles))
        or named < max(3, len(head) - 1)
    ):
        return None, 1
    width = len(head)
    q += _numbering_run(lines, paras, q, width)
    # (``word``: a number column that Word numbered, empty in the copy: its rows numbered here)
    time_at = roles.index("time") if "time" in roles else None
    given = _word_numbers(lines, paras, q, width, time_at) if word else {}
    if given and all(paras[k][2] for k in range(q, min(given))):
        q = min(given)  # (the header's last cells merged down over its second row, empty)
    rows: list[list[tuple[int, int, bool]]] = []
    last: dict[str, str] = {}
    while q < len(paras):
        text = _para_text(lines, paras[q])
        lab = _label(text) if paras[q][1] - paras[q][0] == 1 and not paras[q][2] else given.get(q)
        if lab is None and paras[q][1] - paras[q][0] <= 2 and not paras[q][2]:
            # "I. HẠ TẦNG SỐ": a group row's number and title in one cell, a row under it (not
            # the document's next heading after the table, "III. TỔ CHỨC THỰC HIỆN")
            lab = _group_title(text)
            nxt = next((k for k in range(q + 1, min(q + 3, len(paras))) if not paras[k][2] or k in given), None)
            below = None
            if lab is not None and nxt is not None:
                below = given.get(nxt) if paras[nxt][2] else _label(_para_text(lines, paras[nxt]))
            if lab is not None and (below is None or not _next_label(below, _counted(lab, last))):
                lab = None
        if lab is not None and text.isdigit() and _page_number(lines, paras, q):
            q += 1
            continue
        if lab is not None and _next_label(lab, last):
            last = _counted(lab, last)
            rows.append([paras[q]])
        elif not rows or len(rows[-1]) > 2 * width:
            break
        else:
            rows[-1].append(paras[q])
        q += 1
    if len(rows) > 2 and len(rows[-1]) == 1 and _para_text(lines, rows[-1][0]).isdigit():
        rows.pop()  # (a number alone after the last row, nothing after it: the page's number)
    if exact:
        # (a row under a row whose number cell is merged down over it: an empty number cell)
        rows = [part for r in rows for part in _merged_rows(r, width)]
    if word:
        # (a row of a merged number cell names a time: the paragraphs after the table do not)
        numbered = {paras[k][0] for k in given}
        cut = next(
            (
                k
                for k, r in enumerate(rows)
                if k and r[0][2] and r[0][0] not in numbered and not any(_timed(lines, c) for c in r[:width])
            ),
            len(rows),
        )
        rows = rows[:cut]
    if len(rows) < 2 or (exact and any(len(r) < width and len(_trim(r)) > 2 for r in rows[:-1])):
        return None, 1
    if strict and (
        any(len(r) > width for r in rows[:-1]) or any(_para_text(lines, h)[:1].islower() for h in head)
    ):
        return None, 1  # (a heading's line in lower case is its wrap: not a line a cell)
    # (a copy that sets its rows further apart than their cells: a cell of several paragraphs
    # is spread over the columns, and the last row ends where the blank lines of a row's end do)
    solid = [[c for c in r if not c[2]] for r in rows]  # (the cells with text)
    apart = all(solid) and _rows_apart(solid)
    ends = None
    if apart:
        row_end = next((y[0] for x, y in itertools.pairwise(solid[-1]) if (y[0] - x[1]) % 2 == 0), None)
        if row_end is None:
            # (the text after the table one blank line after it: it ends before the next heading)
            row_end = next((c[0] for c in solid[-1][1:] if _heading_text(_para_text(lines, c))), None)
        if row_end is not None:
            rows[-1] = [c for c in rows[-1] if c[0] < row_end]
        if not exact:
            # (the empty cells the blank lines hold; a word processor's copy shows them already)
            nexts = [r[0][0] for r in rows[1:]]
            rows = [_shown_empties(r, nexts[k] if k < len(nexts) else None) for k, r in enumerate(rows)]
        ends = len(rows[-1]) - 1 if row_end is not None else None
    # the last row ends at its time cell when the time column is the last, else with as many
    # cells as the longest row above (the text after the table follows without a mark)
    tail = _trim(rows[-1])
    keep = min(len(tail), max(len(_trim(r)) for r in rows[:-1]))
    if apart and ends is not None and ends + 1 >= min(width, len(tail)):
        keep = min(len(tail), ends + 1)
    elif roles[-1] == "time":
        timed = [_time_like(_para_text(lines, c)) for c in tail]
        keep = next(
            (k + 1 for k in range(width - 1, len(tail)) if timed[k] and (k + 1 == len(tail) or not timed[k + 1])),
            keep,
        )
    rows[-1] = tail[:keep]
    # (a part of a split heading under its words: "Thời gian thực hiện" + "Hoàn thành")
    heads = [([over[k]] if k in over else []) + [h] for k, h in enumerate(head)]
    raw_rows = [[_Raw([(x + 1, lines[x]) for a, b, _ in ps for x in range(a, b)], ps[-1][0] + 1) for ps in heads]]
    task = roles.index("task")

    def cells_of(pieces: list[tuple[int, int, bool]]) -> list[_Raw]:
        return [_Raw([] if e else [(x + 1, lines[x]) for x in range(a, b)], a + 1) for a, b, e in pieces]

    numbers = {paras[k][0]: lab for k, lab in given.items()}
    lead = roles.index("lead") if "lead" in roles else None
    for r in rows:
        # (an empty cell at a row's end is a cell of its own where empty cells are shown)
        shown = r if (exact or apart) and r is not rows[-1] else _trim(r)
        cells = cells_of(shown)
        if shown[0][0] in numbers and shown[0][2]:
            cells[0] = _Raw([(shown[0][0] + 1, numbers[shown[0][0]])], shown[0][0] + 1)
        surplus = len(cells) - width
        if surplus > 0 and exact:
            # (a cell of several paragraphs, its empty cells shown: each line put in the column
            # it suits, in order; empty lines past the last column may be no cells of the row,
            # an empty paragraph between two tables, when the row suits its columns better so)
            cells, score = _spread(cells, roles, width, apart)
            k = len(shown)
            while k > width and shown[k - 1][2]:
                k -= 1
            if k < len(shown):
                fewer, better = _spread(cells_of(shown[:k]), roles, width, apart)
                cells = fewer if better > score else cells
        elif surplus > 0 and apart:
            cells = _spread(cells, roles, width, True)[0]
        elif surplus > 0:
            merged = [ln for c in cells[task : task + surplus + 1] for ln in c.lines]
            cells[task : task + surplus + 1] = [_Raw(merged, cells[task].line)]
        if exact and lead is not None and len(raw_rows) > 1 and _merged_lead(cells, raw_rows[-1], lead):
            # (a row under a row whose number and lead cells are merged down over it, Word's
            # vertical merge, which a word processor's copy prints empty: the lead is the row above's)
            cells[lead] = _Raw([(cells[0].line, text) for _, text in raw_rows[-1][lead].lines], cells[0].line)
        raw_rows.append(cells)
    end = rows[-1][-1][1]
    used = next(k for k in range(p, len(paras)) if paras[k][1] >= end) - p + 1
    return _RawTable("paragraphs", head[0][0], end, raw_rows, 1, omits_merged=True, blanks_merged=exact), used


_ROWS_APART = 2  # blank lines before each row, at least, in a copy that sets its rows apart


def _rows_apart(rows: list[list[tuple[int, int, bool]]]) -> bool:
    """Whether a paragraph table's rows stand further apart than their cells (a copy that writes a
    blank line after each cell and another after each row: two blank lines between rows, one
    between the cells of a row, a cell's paragraphs too): then the rows' paragraphs are cells in
    order, none left out but the empty ones, which the blank lines count (see :func:`_gap_empties`).
    The last row's cells are told by the blank lines after them."""
    if len(rows) < 2:
        return False
    shown = False  # (an empty cell inside a row: three blank lines or more)
    for before, row in itertools.pairwise(rows):
        if row[0][0] - before[-1][1] < _ROWS_APART:
            return False
        inside = [y[0] - x[1] for x, y in itertools.pairwise(before)]
        if any(g % 2 == 0 for g in inside):
            return False
        shown = shown or any(g > 1 for g in inside)
    # (empty cells counted only where every row's blank lines before it are an even number)
    return not shown or all((row[0][0] - before[-1][1]) % 2 == 0 for before, row in itertools.pairwise(rows))


def _heading_text(text: str) -> bool:
    """A paragraph that numbers a group or a heading ("III. TỔ CHỨC THỰC HIỆN", "III."): no cell
    of a row's after its first."""
    return _label(text) is not None or _group_title(text) is not None


def _gap_empties(gap: int, row_end: bool) -> int:
    """How many empty cells the blank lines between two paragraphs of a table whose rows are set
    apart hold: a cell is followed by one blank line, an empty cell by its empty line and a blank
    one, a row's end by one blank line more (three blank lines: an empty cell between two cells;
    four at a row's end: an empty last cell)."""
    return max(0, (gap - (2 if row_end else 1)) // 2)


def _shown_empties(row: list[tuple[int, int, bool]], after: int | None) -> list[tuple[int, int, bool]]:
    """A row of a table whose rows are set apart with its empty cells (empty pieces on the blank
    lines that hold them); ``after``: the first line of the next row."""
    out = [row[0]]
    for x, y in itertools.pairwise(row):
        out += [(x[1] + 1 + 2 * k, x[1] + 2 + 2 * k, True) for k in range(_gap_empties(y[0] - x[1], False))]
        out.append(y)
    if after is not None:
        end = row[-1][1]
        out += [(end + 1 + 2 * k, end + 2 + 2 * k, True) for k in range(_gap_empties(after - end, True))]
    return out


def _header_goes_on(lines: list[str], paras: list[tuple[int, int, bool]], q: int) -> bool:
    """Whether the first paragraph with text after paragraph ``q`` is a column heading or a part
    of one ("Bắt đầu"): the header goes on over its second row."""
    nxt = next((k for k in range(q, min(q + _PARA_HEAD_MAX, len(paras))) if not paras[k][2]), None)
    if nxt is None:
        return False
    text = _para_text(lines, paras[nxt])
    return len(text) <= 60 and (_column_heading(text) is not None or _time_part(text) is not None)


def _timed(lines: list[str], para: tuple[int, int, bool]) -> bool:
    """A paragraph that is a time cell (a date, a month, "Thường xuyên")."""
    if para[2]:
        return False
    text = _para_text(lines, para)
    return _time_like(text) or _vague_time(text)


def _group_shape(lines: list[str], paras: list[tuple[int, int, bool]], k: int, time_at: int) -> bool:
    """Whether the row opening with the empty paragraph ``k`` is a group's title row whose number
    Word gives: one paragraph, an empty one (the next row's number), and a time in the next row's
    time cell, none in this row's."""
    n = len(paras)
    if k + 2 + time_at >= n or paras[k + 1][2] or not paras[k + 2][2] or paras[k + 3][2]:
        return False
    return not _timed(lines, paras[k + time_at]) and _timed(lines, paras[k + 2 + time_at])


def _merged_lead(cells: list[_Raw], above: list[_Raw], lead: int) -> bool:
    """Whether a row's number and lead cells are empty (merged with the row above's), its task
    and the row above's lead not."""
    if lead >= len(cells) or lead >= len(above) or cells[0].lines or cells[lead].lines:
        return False
    return bool(above[lead].lines) and any(c.lines for c in cells[1:lead])


def _word_numbers(
    lines: list[str], paras: list[tuple[int, int, bool]], q: int, width: int, time_at: int | None
) -> dict[int, str]:
    """The numbers Word gave the rows of a table whose number column it numbers itself, empty in
    the copy (paragraph ``q`` on): each row opens with an empty paragraph (the last of a run: a
    row's empty cells may end it), its cells after it (as many as the header's at least; a cell of
    several paragraphs more), and rows count on through the groups ("I", its title) as Word's list
    does: ``1``, ``2``, ``II``, ``3``. A row with no time and no unit ends the table. Empty when
    a row shows its number (a number column that is typed), or when a group row's number is
    Word's too (a title alone after an empty paragraph, the row after it with its time in place
    where the title's row has none): the groups' numbers are not known."""
    out: dict[int, str] = {}
    n = len(paras)

    def label_at(x: int) -> str | None:
        a, b, empty = paras[x]
        return None if empty or b - a != 1 else _label(lines[a].strip())

    def group_at(x: int) -> bool:
        """A group row's number and title in one paragraph ("I. CÔNG TÁC VĂN THƯ")."""
        a, b, empty = paras[x]
        return not empty and b - a <= 2 and _group_title(_para_text(lines, paras[x])) is not None

    k = q
    while k < n:
        j = k
        while j < n and paras[j][2]:
            j += 1  # (a run of empty paragraphs: the last opens a row, unless a group follows)
        if j >= n:
            break
        lab = label_at(j)
        if lab is not None:
            if lab.isdigit() or "." in lab:
                return {}
            group = k = j + 1
            while k < n and not paras[k][2] and label_at(k) is None and k - group < width:
                k += 1  # (the group's title)
            continue
        if group_at(j):
            k = j + 1
            continue
        if j == k:
            break
        k = j - 1
        if time_at is not None and _group_shape(lines, paras, k, time_at):
            return {}
        end = k + width
        while end < n and not paras[end][2] and label_at(end) is None and not group_at(end) and end - k <= 2 * width:
            end += 1
        said = [_para_text(lines, paras[x]) for x in range(k + 1, min(end, n)) if not paras[x][2]]
        if not said or not any(_time_like(t) or _unit_like(t) for t in said[1:]):
            break
        out[k] = str(len(out) + 1)
        k = end
    return out


def _merged_rows(row: list[tuple[int, int, bool]], width: int) -> list[list[tuple[int, int, bool]]]:
    """The rows of a run of cells between two row numbers when it holds more rows than one,
    each after the first opening with an empty number cell (merged with the row above)."""
    out = [row]
    while len(out[-1]) >= 2 * width and out[-1][width][2]:
        rest = out.pop()
        out += [rest[:width], rest[width:]]
    return out


def _group_title(text: str) -> str | None:
    """The number of a group row's title written in one cell with it ("I. HẠ TẦNG SỐ", "B-
    NHIỆM VỤ TRỌNG TÂM"): a Roman numeral or a capital letter, then words in capitals."""
    if len(text) > 200 or not text[:1].isupper():
        return None
    num = match_numbering(text)
    rest = text[num.end :].strip() if num is not None else ""
    if num is None or num.family not in ("roman", "alpha") or not rest or not mostly_upper(rest):
        return None
    return _label(num.label)


_LINE_TABLE_MAX = 800  # lines of a table with a cell a line read at first
_LINE_TABLE_SLACK = 40  # a table ending this close to the lines read may go on after them


def _line_table_at(lines: list[str], paras: list[tuple[int, int, bool]], p: int) -> tuple[_RawTable | None, int]:
    """A table with each cell on a line of its own and no blank line between them (``pdftotext``
    without ``-layout``, short cells): the lines read as the paragraphs of
    :func:`_paragraph_table_at`, a line that opens in lower case going on the cell above (a
    wrapped cell). In a word processor's text copy (LibreOffice ``--convert-to txt``) an empty
    cell is an empty line: empty lines (no blank in them) between two lines are tried as empty
    cells first, kept when every row then has as many cells as the header (a row of a group title
    fewer: its cells are merged across)."""
    limit = _LINE_TABLE_MAX
    while True:
        gaps = itertools.pairwise(paras[p : p + limit])
        shown = any(b < a and not any(lines[b:a]) for (_, b, _), (a, _, _) in gaps)
        # (with no empty cell shown, a line a cell is kept only when every row then has its columns)
        pieces = _line_pieces(lines, paras, p, True, limit)
        t, _ = _paragraph_table_at(lines, pieces, 0, exact=True, strict=not shown)
        if t is None:
            t, _ = _paragraph_table_at(lines, _line_pieces(lines, paras, p, False, limit), 0)
        # (a table that runs up to the lines read: read again over four times as many, so that a
        # long table is read whole and a text of many "STT" lines costs no more than before)
        if t is None or t.end < paras[p][0] + limit - _LINE_TABLE_SLACK or paras[-1][1] <= paras[p][0] + limit:
            break
        limit *= 4
    if t is None:
        return None, 1
    # (the paragraph the table ends in: the lines after the table in it stay text)
    used = next((k for k in range(p, len(paras)) if paras[k][1] >= t.end), len(paras) - 1) - p + 1
    return t, used


def _spread(cells: list[_Raw], roles: list[str | None], width: int, apart: bool = False) -> tuple[list[_Raw], float]:
    """The lines of a row holding as many lines as columns or more, each column given a run of
    them (one at least; an empty cell alone) so that each line suits its column best (see
    :func:`_fit`), and the score of that; the task column takes the lines no column claims.
    ``apart``: the lines a blank line apart in a cell are its paragraphs (kept apart)."""
    n = len(cells)
    kinds = [r or "other" for r in roles[:width]]
    fit: list[dict[str, float]] = []
    for c in cells:
        said = _clean(c)
        said.text = said.text.lstrip("-+• ")
        unit = _unit_like(said.text) if not apart else _owner_paragraph(said.text)
        looks = (_label(said.text) is not None, _time_like(said.text), unit, len(said.text) > 40)
        suits = {k: _fit(said, k, looks) + (0.1 if k == "task" else 0.0) for k in set(kinds)}
        if looks[3] and "time" in suits:
            suits["time"] = -1.0  # (a long line naming a date is a product or a task, not a time cell)
        fit.append(suits)
    neg = float("-inf")
    # best[i][j]: the score of lines i.. in columns j..; cut[i][j]: where column j's run ends
    best = [[neg] * (width + 1) for _ in range(n + 1)]
    cut = [[0] * (width + 1) for _ in range(n + 1)]
    best[n][width] = 0.0
    for j in range(width - 1, -1, -1):
        for i in range(n - (width - j), j - 1, -1):
            score = 0.0
            for k in range(i + 1, n - (width - j - 1) + 1):
                if k > i + 1 and not (cells[k - 1].lines and cells[i].lines):
                    break  # (an empty cell stands alone)
                score += fit[k - 1][kinds[j]]
                if best[k][j + 1] > neg and score + best[k][j + 1] > best[i][j]:
                    best[i][j], cut[i][j] = score + best[k][j + 1], k
    if best[0][0] == neg:
        return cells[:width], neg
    out: list[_Raw] = []
    i = 0
    for j in range(width):
        k = cut[i][j]
        out.append(_Raw([ln for c in cells[i:k] for ln in c.lines], cells[i].line, paragraphs=apart))
        i = k
    return out, best[0][0]


def _owner_paragraph(text: str) -> bool:
    """A paragraph of a cell that names an owner: it opens with a unit's or an office's head
    ("Sở", "Tổ dân phố", "Hiệu trưởng các trường") and is no sentence (it ends with no stop)."""
    from ndq57.parse.flow_tables import opens_owner  # (it reads with this module's helpers)

    t = text.strip()
    return (_unit_like(t) or opens_owner(t)) and not t.endswith(".")


def _line_pieces(
    lines: list[str], paras: list[tuple[int, int, bool]], p: int, exact: bool, limit: int = _LINE_TABLE_MAX
) -> list[tuple[int, int, bool]]:
    """The cells of :func:`_line_table_at`: a line each, a line that opens in lower case going on
    the cell above; ``exact``: each empty line (no blank in it) between two lines is an empty
    cell, and every line a cell."""
    pieces: list[tuple[int, int, bool]] = []
    stop = paras[p][0] + limit
    end = paras[p][0]
    for a, b, empty in paras[p:]:
        if a >= stop:
            break
        if exact and pieces and a > end and not any(lines[end:a]):
            pieces.extend((x, x + 1, True) for x in range(end, a))
        end = b
        if empty:
            pieces.append((a, b, True))
            continue
        for x in range(a, b):
            said = lines[x].strip()
            # (a word processor's copy wraps no line: a cell in lower case, "các phòng chuyên
            # môn", is a cell of its own there, its paragraphs spread by the rows' reader)
            if not exact and pieces and x > a and said[:1].islower() and not pieces[-1][2]:
                pieces[-1] = (pieces[-1][0], x + 1, False)
            else:
                pieces.append((x, x + 1, False))
    return pieces


_COLUMN_CELL_MAX = 600  # characters of a cell of a table read column by column, at most


@functools.cache
def _task_initials() -> frozenset[str]:
    """The first letters of the task column's words, both cases (a line opening otherwise heads
    no task column)."""
    words = [str(w) for w in load("tables")["columns"]["task"]]
    return frozenset(c for w in words for c in (w[0].lower(), w[0].upper()))


@functools.lru_cache(maxsize=4096)
def _task_heading(text: str) -> bool:
    """A line that heads a task column ("Nội dung công việc", "Nhiệm vụ") and nothing else."""
    return _column_heading(text) == "task"


def _unnumbered_table_at(
    lines: list[str],
    at: int,
    count: int,
    piece: Callable[[int], tuple[int, int, bool]],
    taken: list[bool],
    blanks_merged: bool,
) -> _RawTable | None:
    """A table with no number column whose cells stand a line each, an empty cell an empty line
    (a word processor's text copy: LibreOffice ``--convert-to txt``), or a paragraph each (a web
    page's copy, an empty cell a line of blanks): the header's column words from cell ``at`` of
    the ``count`` that ``piece`` gives (the task column first), then rows of as many cells, each
    with a task and, in the time column, a time; the table ends at the first run of cells that is
    no such row. ``blanks_merged``: the copy prints a cell merged down empty (a word processor's;
    a web page's leaves it out)."""
    roles: list[str] = []
    x = at
    while x < count and len(roles) < _PARA_HEAD_MAX:
        a, b, empty = piece(x)
        role = None if empty or taken[a] or b - a > 2 else _column_heading(_para_text(lines, (a, b, empty)))
        if role is None or role == "index" or (roles and role == "task"):
            break
        roles.append(role)
        x += 1
    if len(roles) < 3 or not ({"time", "lead"} & set(roles)):
        return None
    width = len(roles)
    task, time = 0, roles.index("time") if "time" in roles else None
    lead = roles.index("lead") if "lead" in roles else None

    def cell(k: int) -> _Raw:
        a, b, empty = piece(k)
        return _Raw([] if empty else [(y + 1, lines[y]) for y in range(a, b)], a + 1)

    def row_at(y: int) -> list[str] | None:
        """The cells' texts of a row from cell ``y``, or None when they make no row (see
        :func:`row_of`)."""
        if y + width > count or any(taken[piece(k)[0]] for k in range(y, y + width)):
            return None
        return row_of([_para_text(lines, piece(k)) if not piece(k)[2] else "" for k in range(y, y + width)])

    def row_of(said: list[str]) -> list[str] | None:
        """The cells' texts of a row, or None when they make no row: a task, a time in the time
        column, or no time ("Thường xuyên", "Theo tiến độ", empty) in a row whose owner cell
        names a unit or whose other cells are empty."""
        if (
            not said[task]
            or _label(said[task]) is not None
            or _column_heading(said[task]) is not None
            or any(len(c) > _COLUMN_CELL_MAX for c in said)
            or (lead is not None and _time_like(said[lead]))
        ):
            return None
        if time is None or _time_like(said[time]):
            return said
        if said[time] and not _vague_time(said[time]):
            return None
        if lead is not None and _unit_like(said[lead]):
            return said
        # (a row with its first cell only: a group's title, or a task whose other cells are
        # merged with the row above's)
        return said if not any(said[1:]) and len(said[task]) <= 200 else None

    rows: list[list[_Raw]] = [[cell(k) for k in range(at, x)]]
    if not blanks_merged and _set_apart(lines, [piece(k) for k in range(at, min(x + 1, count))]):
        # (rows further apart than their cells: a row a run of paragraphs, a cell's too)
        x = _apart_rows(lines, x, count, piece, taken, roles, row_of, rows)
    while x < count:
        if row_at(x) is not None:
            rows.append([cell(k) for k in range(x, x + width)])
            x += width
        elif (
            not piece(x)[2]
            and not taken[piece(x)[0]]
            and _group_line(_para_text(lines, piece(x)))
            and row_at(x + 1) is not None
        ):
            # a group row merged across the table, printed as one cell ("LĨNH VỰC CHUYỂN ĐỔI SỐ")
            rows.append([cell(x), *(_Raw([], piece(x)[0] + 1) for _ in range(width - 1))])
            x += 1
        else:
            break
    if len(rows) < 3:
        return None
    first, last = piece(at)[0], piece(x - 1)[1]
    for k in range(first, last):
        taken[k] = True
    return _RawTable("paragraphs", first, last, rows, 1, blanks_merged=blanks_merged)


def _set_apart(lines: list[str], pieces: list[tuple[int, int, bool]]) -> bool:
    """Whether a header's cells (the last piece: the first after them) are one blank line apart
    and the header ends two blank lines or more before what follows: a copy that sets its rows
    further apart than their cells."""
    if len(pieces) < 2 or any(p[2] for p in pieces):
        return False
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(pieces)]
    return all(g == 1 for g in gaps[:-1]) and gaps[-1] >= _ROWS_APART


def _apart_rows(
    lines: list[str],
    x: int,
    count: int,
    piece: Callable[[int], tuple[int, int, bool]],
    taken: list[bool],
    roles: list[str],
    row_of: Callable[[list[str]], list[str] | None],
    rows: list[list[_Raw]],
) -> int:
    """The rows of a table with no number column whose rows stand further apart than their
    cells (see :func:`_rows_apart`), from piece ``x``: each row the run of paragraphs up to the
    blank lines of a row's end (an even number of them; an odd one holds empty cells, see
    :func:`_gap_empties`), its paragraphs spread over the columns (a cell of several paragraphs);
    a run of one that may title a group is a group row. A run that ends otherwise (the text after
    the table one blank line after it) is the table's last row when its first cells make one.
    Appends the rows to ``rows``; returns the piece after the last row read."""
    width = len(roles)

    def cell(k: int) -> _Raw:
        a, b, empty = piece(k)
        return _Raw([] if empty else [(y + 1, lines[y]) for y in range(a, b)], a + 1)

    def said(cells: list[_Raw]) -> list[str]:
        return [" ".join(t.strip() for _, t in c.lines) for c in cells]

    while x < count:
        title = _para_text(lines, piece(x))
        if piece(x)[2] or taken[piece(x)[0]] or _label(title) is not None:
            break  # (a row that opens with its number: a table with a number column)
        cells, k, ended = [cell(x)], x, False
        at = [x]  # (the piece of each cell; a cell the blank lines hold: the piece before it)
        while k + 1 < count and len(cells) <= 2 * width and not taken[piece(k + 1)[0]]:
            gap = piece(k + 1)[0] - piece(k)[1]
            if gap % 2 == 0:
                cells += [_Raw([], piece(k)[1] + 1) for _ in range(_gap_empties(gap, True))]
                ended = True
                break
            nxt = _para_text(lines, piece(k + 1))
            if _label(nxt) is not None or _group_title(nxt) is not None:
                break  # (a row's number, a group's, or the heading after the table)
            empties = _gap_empties(gap, False)
            cells += [_Raw([], piece(k)[1] + 1) for _ in range(empties)]
            at += [k] * empties
            cells.append(cell(k + 1))
            at.append(k + 1)
            k += 1
        ended = ended or k + 1 >= count
        if len(cells) == 1 and _group_line(title) and row_of([title] + [""] * (width - 1)):
            rows.append([cells[0], *(_Raw([], cells[0].line) for _ in range(width - 1))])
        elif not ended:
            # (the text after the table goes on one blank line after the last row)
            if len(cells) >= width and row_of(said(cells[:width])) is not None:
                rows.append(cells[:width])
                return at[width - 1] + 1
            break
        elif len(cells) < width:
            break
        else:
            if len(cells) > width:
                cells = _spread(cells, list(roles), width, True)[0]
            if row_of(said(cells)) is None:
                break
            rows.append(cells)
        x = k + 1
    return x


@functools.lru_cache(maxsize=4096)
def _vague_time(text: str) -> bool:
    """A time cell that names no date ("Thường xuyên", "Theo tiến độ")."""
    return _words().vague.match(text.strip()) is not None


def _group_line(text: str) -> bool:
    """A cell that may title a group of rows: short, in capitals or bold, no row number; or a
    title numbered as a group ("1. Cải cách thể chế", "II. Chuyển đổi số") or named as one
    ("Lĩnh vực ...", tables.yaml group_heads), not a sentence."""
    t = text.strip()
    if not t or len(t) > 200 or _label(t) is not None or _time_like(t) or _unit_like(t):
        return False
    if mostly_upper(t) or (t.startswith("**") and t.endswith("**")):
        return True
    if len(t) > 120 or t.endswith((".", ";", ":")):
        return False
    num = match_numbering(t)
    if num is not None:
        numbered = num.family in ("roman", "alpha", "decimal") and "." not in num.label
        return numbered and t[num.end : num.end + 1].isupper()
    return _words().group.match(t) is not None


def _column_heading(text: str) -> str | None:
    """The role of a paragraph that heads a column of a table printed column by column: it opens
    with column words and they make up most of it ("Đơn vị chủ trì thực hiện", "Kết quả/sản
    phẩm"), which a cell naming a role ("Sở Y tế chủ trì", "Báo cáo kết quả thực hiện") does not."""
    low = _heading_key(text)
    if not low or len(low) > 40 or regex.search(r"\d", low):
        return None
    role = _text_role(text)
    if role is None or role == "index":
        return role
    found = list(_words().roles.finditer(low))
    covered = sum(len(m.group()) for m in found)
    return role if found and found[0].start() == 0 and covered * 2 >= len(low) else None


def _column_table_at(lines: list[str], paras: list[tuple[int, int, bool]], p: int) -> tuple[_RawTable | None, int]:
    """A table printed column by column (``pdftotext`` without ``-layout``): the number column
    first ("STT", then each row's number, a group row's number or numbered title), then each
    column: its heading, then one paragraph per row — the task column one per row, group titles
    included, the others one per task row. A column whose count differs (an empty cell left
    out) is left empty rather than put against the wrong rows. On the next page the table may go
    on without its headings (the numbers going on, then the cells of each column in turn): read
    when every column has its count of cells and the time column's cells are times."""
    block = _column_block(lines, paras, p + 1, {}, None)
    if block is None:
        return None, 1
    rows, columns, q, last = block
    roles = [_text_role(_para_text(lines, paras[h])) for h, _ in columns if h is not None]
    if not columns or roles[0] != "task" or not ({"time", "lead"} & set(roles)):
        return None, 1
    spanning = sum(1 for r in rows if r[1] is None)  # rows with a cell in the task column
    if len(columns[0][1]) != spanning:
        return None, 1
    width = len(columns) + 1

    def cell(k: int) -> _Raw:
        a, b, _ = paras[k]
        return _Raw([(x + 1, lines[x]) for x in range(a, b)], a + 1)

    raw_rows = [[cell(p), *(cell(h) for h, _ in columns if h is not None)]]
    while True:
        raw_rows += _column_rows(rows, columns, width, cell)
        nxt = _next_page_paragraph(lines, paras, q)
        more = _column_block(lines, paras, nxt, last, roles) if nxt is not None else None
        if more is None:
            break
        rows, columns, q, last = more
    end = paras[q - 1][1] if q > p else paras[p][1]
    return _RawTable("paragraphs", paras[p][0], end, raw_rows, 1), q - p


_ColumnBlock = tuple[list[tuple[str, str | None, int]], list[tuple[int | None, list[int]]], int, dict[str, str]]


def _column_block(
    lines: list[str], paras: list[tuple[int, int, bool]], q: int, last: dict[str, str], roles: list[str | None] | None
) -> _ColumnBlock | None:
    """The rows and columns of a table printed column by column from paragraph ``q``: the row
    numbers (going on from ``last``), then the columns, each under its heading, or, on a next
    page without them (``roles`` of the columns known), one after the other. Returns (rows as
    (number, group title, paragraph), columns as (heading paragraph, cell paragraphs), the
    paragraph after, the numbers last met); None when no such rows follow."""
    n = len(paras)
    rows: list[tuple[str, str | None, int]] = []  # (number, title of a group row, paragraph)
    while q < n:
        a, b, empty = paras[q]
        if empty:
            q += 1
            continue
        text = _para_text(lines, paras[q])
        lab = _label(text) if b - a == 1 else None
        title = None
        if lab is None and b - a <= 2:
            num = match_numbering(text)
            if num is not None and num.family in ("roman", "alpha") and mostly_upper(text[num.end :]):
                lab, title = _label(num.label), text[num.end :].strip(" .-–")
        # (the numbers may go on from a page before: the first row number, and the first
        # number after a first group row, are taken as they come)
        first = not rows and roles is None
        if lab is None or not (_next_label(lab, last) or first or (lab.isdigit() and "int" not in last)):
            break
        last = _counted(lab, last)
        rows.append((lab, title, q))
        q += 1
    groups = sum(1 for r in rows if r[1] is not None or _rank(r[0]) < 3)
    if len(rows) - groups < (2 if roles is None else 1):
        return None
    spanning = sum(1 for r in rows if r[1] is None)  # rows with a cell in the task column
    columns: list[tuple[int | None, list[int]]] = []  # (heading paragraph, cell paragraphs)
    while q < n and len(columns) < (_PARA_HEAD_MAX if roles is None else len(roles)):
        if paras[q][2]:
            q += 1
            continue
        heading: int | None = None
        if roles is None:
            if _column_heading(_para_text(lines, paras[q])) in (None, "index"):
                break
            heading, q = q, q + 1
        cells: list[int] = []
        want = spanning if not columns else len(rows) - groups
        r = q
        while r < n and len(cells) < want:
            a, b, empty = paras[r]
            said = _para_text(lines, paras[r]) if not empty else ""
            if not empty and (
                b - a > 8
                or len(said) > _COLUMN_CELL_MAX
                or _column_heading(said) is not None
                or _outside(said, 0, 0, 1)  # an appendix heading, the note that attaches it
                or (columns and len(said) > 12 and mostly_upper(said))  # a heading after the table
            ):
                break
            if not empty:
                cells.append(r)
            r += 1
        if roles is not None and (
            len(cells) != want
            or (roles[len(columns)] == "time" and not all(_time_like(_para_text(lines, paras[k])) for k in cells))
        ):
            return None  # (a column of the page without headings short of cells, or not times)
        columns.append((heading, cells))
        q = r
    if roles is not None and len(columns) != len(roles):
        return None
    return rows, columns, q, last


def _column_rows(
    rows: list[tuple[str, str | None, int]],
    columns: list[tuple[int | None, list[int]]],
    width: int,
    cell: Callable[[int], _Raw],
) -> list[list[_Raw]]:
    """The rows of a block of :func:`_column_block`: each row's number, then its cell of each
    column (a group row: its title in the task column, the others empty)."""
    groups = sum(1 for r in rows if r[1] is not None or _rank(r[0]) < 3)
    out: list[list[_Raw]] = []
    at = [0] * len(columns)  # the next cell of each column
    for lab, title, k in rows:
        line = cell(k).line
        row = [_Raw([(line, lab)], line)]
        if title is not None:
            row.append(_Raw([(line, title)], line))
        elif at[0] < len(columns[0][1]):
            row.append(cell(columns[0][1][at[0]]))
            at[0] += 1
        grouped = title is not None or _rank(lab) < 3
        for c, (_, cells) in enumerate(columns[1:], start=1):
            if grouped or len(cells) != len(rows) - groups:
                row.append(_Raw([], line))
                continue
            row.append(cell(cells[at[c]]))
            at[c] += 1
        row += [_Raw([], line) for _ in range(width - len(row))]
        out.append(row)
    return out


def _next_page_paragraph(lines: list[str], paras: list[tuple[int, int, bool]], q: int) -> int | None:
    """The first paragraph of the next page when the page ends at paragraph ``q`` (a page
    number alone may stand before the break): None when no page break comes there."""
    for k in range(q, min(q + 3, len(paras))):
        a, _, empty = paras[k]
        if "\f" in lines[a] or any("\f" in lines[x] for x in range(paras[k - 1][1], a)):
            return k
        if not empty and not _para_text(lines, paras[k]).isdigit():
            return None
    return None


def _numbering_run(lines: list[str], paras: list[tuple[int, int, bool]], q: int, width: int) -> int:
    """How many paragraphs from ``q`` number the columns under the header: ``(1)`` … ``(n)``, or
    ``1`` … ``n`` (one a column) followed by the first row's ``1``; 0 when they do not."""
    said = [_para_text(lines, paras[k]) for k in range(q, min(q + width + 1, len(paras)))]
    if len(said) < width:
        return 0
    if all(said[k] == f"({k + 1})" for k in range(width)):
        return width
    if len(said) > width and all(said[k] == str(k + 1) for k in range(width)) and said[width] == "1":
        return width
    return 0


def _page_number(lines: list[str], paras: list[tuple[int, int, bool]], q: int) -> bool:
    """A number alone at the foot of a page: the next page starts (a form feed) right after it."""
    nxt = paras[q + 1][0] if q + 1 < len(paras) else None
    return nxt is not None and nxt - paras[q][1] <= 2 and lines[nxt].startswith("\f")


def _parts_in_place(
    lines: list[str],
    head: list[tuple[int, int, bool]],
    roles: list[str | None],
    is_part: Callable[[str], bool],
    role: str,
) -> tuple[int, int, list[int]] | None:
    """A header printed a row at a time over two rows: the trailing headings that ``is_part``
    tells (at least two) go in the place of the first heading of ``role`` before them. Returns where
    the parts start, that heading, and the new order of the headings; None when the header is not
    so printed."""
    k = len(head)
    while k > 0 and is_part(_para_text(lines, head[k - 1])):
        k -= 1
    parent = next((j for j in range(k) if roles[j] == role), None)
    if len(head) - k < 2 or parent is None:
        return None
    return k, parent, [*range(parent), *range(k, len(head)), *range(parent + 1, k)]


_START_END = ["start", "end"]


def _owner_parts_in_place(
    lines: list[str], head: list[tuple[int, int, bool]], roles: list[str | None]
) -> tuple[list[tuple[int, int, bool]], list[str | None]]:
    """("STT", "Nội dung", "Cơ quan thực hiện", "Thời hạn", then "Chủ trì", "Phối hợp"): the parts
    of the owner heading put in its place."""
    words = _words().role_of
    found = _parts_in_place(lines, head, roles, lambda t: words.get(_heading_key(t)) in _OWNER_ROLES, "lead")
    if found is None:
        # ("Cơ quan thực hiện", then its parts "Chủ trì", "Phối hợp" right after it: a copy that
        # prints the header a column at a time): the owner heading over its parts left out
        p = next((j for j in range(len(roles) - 2) if roles[j : j + 3] == ["lead", "lead", "coordinate"]), None)
        if p is None:
            return head, roles
        return head[:p] + head[p + 1 :], roles[:p] + roles[p + 1 :]
    order = found[2]
    return [head[j] for j in order], [roles[j] for j in order]


def _time_parts_in_place(
    lines: list[str], head: list[tuple[int, int, bool]], roles: list[str | None]
) -> tuple[list[tuple[int, int, bool]], list[str | None], dict[int, tuple[int, int, bool]]]:
    """("STT", "Nội dung", "Thời gian thực hiện", then "Bắt đầu", "Hoàn thành"): the parts of the
    time heading put in its place. Returns the header, its roles, and the heading each part goes
    under (by the part's place)."""
    found = _parts_in_place(lines, head, roles, lambda t: _time_part(t) is not None, "time")
    if found is None:
        # ("Thời gian thực hiện", then its parts "Bắt đầu", "Hoàn thành" right after it: a copy that
        # prints the header a column at a time): the parts in the heading's place, under it
        parts = [_time_part(_para_text(lines, h)) for h in head]
        p = next((j for j in range(len(head) - 2) if roles[j] == "time" and parts[j + 1 : j + 3] == _START_END), None)
        if p is None:
            return head, roles, {}
        return [*head[:p], *head[p + 1 :]], [*roles[:p], "time", "time", *roles[p + 3 :]], {p: head[p], p + 1: head[p]}
    k, t, order = found
    over = {order.index(j): head[t] for j in range(k, len(head))}
    return [head[j] for j in order], [roles[j] if j < k else "time" for j in order], over


def _trim(row: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """A row without its trailing empty cells."""
    k = len(row)
    while k > 1 and row[k - 1][2]:
        k -= 1
    return row[:k]


# ------------------------------------------------------------------------------------- cleaning


@dataclass(slots=True)
class _Cell:
    text: str
    line: int
    bold: bool
    missing: bool = False  # left out by the export: merged with the row above
    end: int = 0  # last original line


_ESCAPED = frozenset("-*_.|#()[]+\\`'\"<>!~")


def _unmark(raw: str, bold: bool = False) -> tuple[str, bool, bool]:
    """Remove markdown emphasis and pandoc escapes. Returns the text, whether all of it was bold,
    and the bold state at the end.

    >>> _unmark("**I.** **NÂNG CAO**")[:2]
    ('I. NÂNG CAO', True)
    >>> _unmark(r"Số 60-NQ/TW\\ (*Sở Nội vụ*) \\- (*)")[:2]
    ('Số 60-NQ/TW (Sở Nội vụ) - (*)', False)
    """
    if "*" not in raw and "_" not in raw and "\\" not in raw:
        # (no markup: the text as it is, bold when it is inside a bold run)
        return raw, bold and bool(raw.strip(" \t\n")), bold
    # (a whole line bold, or a bold run opening or closing on it, as most marked lines of a cell
    # are: "**text**", "**text", "text**" with no other mark)
    opens, closes = raw.startswith("**"), raw.endswith("**")
    inner = raw[2 if opens else 0 : -2 if closes else len(raw)]
    if (opens or closes) and len(raw) >= 4 and "*" not in inner and "_" not in inner and "\\" not in inner:
        blank = not inner.strip(" \t\n")
        if opens and closes:
            return inner, blank or not bold, bold
        if opens:
            return inner, blank or not bold, not bold
        return inner, blank or bold, not bold
    return _unmark_scan(raw, bold)


def _unmark_scan(raw: str, bold: bool) -> tuple[str, bool, bool]:
    """:func:`_unmark`, reading the marks one by one."""
    out: list[str] = []
    inside = outside = False  # some text (not blanks) inside, outside a bold run

    def add(chunk: str) -> None:
        nonlocal inside, outside
        if chunk:
            out.append(chunk)
            if chunk.strip(" \t\n"):
                if bold:
                    inside = True
                else:
                    outside = True

    pos = 0
    for m in _MARKUP.finditer(raw):
        add(raw[pos : m.start()])
        tok, i = m.group(), m.start()
        if tok in ("**", "__"):
            bold = not bold
        elif tok[0] == "\\":
            nxt = tok[1:]
            if nxt in _ESCAPED or not nxt.strip():
                add(nxt)  # an escaped sign, or a pandoc hard line break before a blank
            else:
                add(tok)
        elif raw[i - 1 : i + 2] == "(*)" or (raw[i - 1 : i] == " " and raw[i + 1 : i + 2] == " "):
            add(tok)  # "(*)" or a lone " * " is a sign, not emphasis
        pos = m.end()
    add(raw[pos:])
    all_bold = (inside and not outside) or (not inside and not outside and "**" in raw)
    return "".join(out), all_bold, bold


_MARKUP = regex.compile(r"\*\*|__|\\(?:.|$)|\*", regex.DOTALL)


_BULLET = regex.compile(r"^(?:[-+•–]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)")


def _spaced(t: str) -> str:
    """``" ".join(t.split())``: the text itself when its only blanks are single spaces inside it
    (a printable text holds no blank but the space), as most cell lines are."""
    if t.isprintable() and "  " not in t and not t.startswith(" ") and not t.endswith(" "):
        return t
    return " ".join(t.split())


def _clean(raw: _Raw) -> _Cell:
    """A cell's text: markup removed, hard wraps joined; a line break kept before a bullet and
    after a sentence (two tasks, or two owners, in one cell)."""
    if not raw.lines:
        return _Cell("", raw.line, False, False, raw.line)
    if len(raw.lines) == 1:
        # (a cell of one line, as most are: nothing to join)
        no, t = raw.lines[0]
        if "*" not in t and "_" not in t and "\\" not in t:
            return _Cell(_spaced(t), no, False, False, no)  # (no markup: not bold)
        text, was_bold, _ = _unmark(t)
        text = _spaced(text)
        return _Cell(text, no, was_bold if text else "**" in t, False, no)
    bold = False
    pieces: list[str] = []  # the texts of the lines, each after the break or blank that joins it
    all_bold = True
    last = raw.lines[0][0]
    for no, t in raw.lines:
        apart, last = raw.paragraphs and no > last + 1, no
        if "*" in t or "_" in t or "\\" in t:
            text, was_bold, bold = _unmark(t, bold)
            text = _spaced(text)
        else:
            # (no markup: what _unmark gives, without the call)
            text = _spaced(t)
            was_bold = bold and bool(text)
        if not text:
            continue
        all_bold = all_bold and was_bold
        if pieces:
            # (a bullet starts with a mark, a number or a letter before a blank, "." or ")": a
            # line starting otherwise is not tried with the pattern)
            first = text[0]
            bullet = (first in "-+•–" or first.isdigit() or text[1:2] == ")") and _BULLET.match(text) is not None
            pieces.append("\n" if apart or bullet or (pieces[-1][-1] in ".;:!?" and first.isupper()) else " ")
        pieces.append(text)
    if not pieces:
        return _Cell("", raw.lines[0][0], any("**" in t for _, t in raw.lines), end=raw.lines[-1][0])
    return _Cell("".join(pieces), raw.lines[0][0], all_bold, end=raw.lines[-1][0])


# --------------------------------------------------------------------------------------- words


@dataclass(slots=True)
class _Words:
    roles: regex.Pattern[str]
    role_of: dict[str, str]
    index: frozenset[str]
    time: regex.Pattern[str]
    unit: regex.Pattern[str]
    vague: regex.Pattern[str]
    group: regex.Pattern[str]
    ditto: frozenset[str]
    # the column words without their marks (model.fold: "thoi han hoan thanh"), for a header OCR misread
    bare_roles: regex.Pattern[str]
    bare_role_of: dict[str, str]


@functools.cache
def _words() -> _Words:
    role_of, index, roles, time, unit, vague, group, ditto, bare_roles, bare_role_of = _word_data()
    return _Words(
        roles=regex.compile(roles, regex.IGNORECASE),
        role_of=role_of,
        index=index,
        time=regex.compile(time, regex.IGNORECASE),
        unit=regex.compile(unit, regex.IGNORECASE),
        vague=regex.compile(vague, regex.IGNORECASE),
        group=regex.compile(group, regex.IGNORECASE),
        ditto=ditto,
        bare_roles=regex.compile(bare_roles),
        bare_role_of=bare_role_of,
    )


_WordParts = tuple[dict[str, str], frozenset[str], str, str, str, str, str, frozenset[str], str, dict[str, str]]
_OcrOpening = tuple[frozenset[str], frozenset[str], tuple[str, ...], str]


@functools.cache
def _kept_words() -> tuple[_WordParts, _OcrOpening]:
    """:func:`_word_parts` and :func:`_ocr_opening`'s parts (built by :mod:`ndq57.parse.ocr_tables`,
    which a text without an OCR table's header does not import), kept between processes in one
    file."""

    def build() -> tuple[_WordParts, _OcrOpening]:
        from ndq57.parse import ocr_tables

        return _word_parts(), ocr_tables.opening()

    here = os.path.dirname(os.path.abspath(__file__))
    return cache.kept(
        "tables-words",
        build,
        data=["tables"],
        sources=[__file__, os.path.join(here, "ocr_tables.py"), model.__file__],
    )


def _word_data() -> _WordParts:
    """:func:`_word_parts`, kept (:func:`_words` compiles its patterns; the number column's words
    alone need none: :func:`_index_heading`)."""
    return _kept_words()[0]


def _word_parts() -> _WordParts:
    """What :func:`_words` is made of, as plain data: the column words and their roles, the
    number column's words, the sources of its patterns (in its fields' order), the ditto words,
    the bare column words' source and roles."""
    data = load("tables")
    role_of: dict[str, str] = {}
    for role, words in data["columns"].items():
        if role == "index":
            continue
        for w in words:
            role_of[" ".join(str(w).lower().split())] = str(role)
    return (
        role_of,
        frozenset(str(w) for w in data["columns"]["index"]),
        rf"(?<!\p{{L}})(?:{alternation(role_of)})(?!\p{{L}})",
        rf"(?<!\p{{L}})(?:{alternation(data['time_words'])})(?!\p{{L}})",
        rf"^(?:{alternation(data['unit_heads'])})(?!\p{{L}})",
        rf"^(?:{alternation(data['vague_time'])})(?!\p{{L}})",
        rf"^(?:{alternation(data['group_heads'])})(?!\p{{L}})",
        frozenset(_ditto_key(str(w)) for w in data["ditto"]),
        rf"(?<!\p{{L}})(?:{alternation({fold(w) for w in role_of})})(?!\p{{L}})",
        {fold(w): r for w, r in role_of.items()},
    )


def _ditto_key(text: str) -> str:
    """A cell's text as it is looked up among the words that repeat the cell above: lower case,
    blanks joined, without the dashes, dots and brackets around it ("- nt -", "(Như trên)")."""
    key = " ".join(text.lower().split()).strip(" .-–—()")
    quoted = key.strip("\"“”'")  # ('"nt"': quoted; a quote mark alone is a word of its own)
    return quoted if quoted else key


_DITTO_ROLES = frozenset({"lead", "coordinate", "time", "product"})


def _dittos(r: list[_Cell], above: list[_Cell], roles: list[str]) -> list[_Cell]:
    """A row whose owner, time or product cells say "as above" ("nt", "Như trên", a quote mark):
    each such cell holds the text of the cell above it in the last task row."""
    out = r
    for j, c in enumerate(r):
        if (
            c.text
            and len(c.text) <= 12
            and j < len(above)
            and roles[j] in _DITTO_ROLES
            and _ditto_key(c.text) in _words().ditto
        ):
            if out is r:
                out = list(r)
            a = above[j]
            out[j] = _Cell(a.text, c.line, a.bold, missing=a.missing, end=c.end)
    return out


def _role(cell: _Cell) -> str | None:
    """The column role a header cell names, or None."""
    return _text_role(cell.text)


@functools.lru_cache(maxsize=4096)
def _text_role(text: str) -> str | None:
    """The column role that a header cell's text names, or None. (Kept for the texts met most:
    short lines and cells such as "|", "1", "STT" come again and again.)"""
    low = _heading_key(text)
    if not low:
        return None
    w = _words()
    if low in w.index or low.replace(".", "") in w.index:
        return "index"
    if low in _whole_time_titles():
        return "time"  # ((helper 105) "Tháng": a plan's work programme by month, the whole cell)
    if len(low) > 80:
        return None
    found = [m.group() for m in w.roles.finditer(low)]
    role_of = w.role_of
    if not found and len(low) <= _BARE_CELL:
        # a short cell naming no column: a header cell whose marks OCR misread ("Thời hàn hoàn
        # thành", "Cơ quan chu trì"), its words read without their marks
        found = [m.group() for m in w.bare_roles.finditer(fold(low))]
        role_of = w.bare_role_of
    best = max(found, key=len, default=None)
    role = role_of.get(" ".join(best.split())) if best else None
    if role == "coordinate" and len(found) > 1 and any(role_of.get(" ".join(f.split())) == "lead" for f in found):
        return "lead"  # "Chủ trì/Phối hợp": one column of both, the lead first (see combined_owners)
    return role


_BARE_CELL = 40  # the longest cell whose words are also read without their marks (a header cell's)


def _heading_key(text: str) -> str:
    """A header cell's text as its words are looked up: lower case, blanks joined, without the
    dots, colons and asterisks around it."""
    return " ".join(text.lower().replace("\n", " ").split()).strip(" .:*")


@functools.lru_cache(maxsize=4096)
def _index_heading(text: str) -> bool:
    """``_text_role(text) == "index"`` ("STT", "TT"), the other column words not looked for (a
    short line of any text is asked: most are not)."""
    low = _heading_key(text)
    index = _word_data()[1]  # (the patterns of _words not compiled for it)
    return bool(low) and (low in index or low.replace(".", "") in index)


def _header_roles(cells: list[_Cell]) -> int:
    """How many cells of a row are column headings (0 when the row holds data: numbers, dates)."""
    roles = _whole_time_checked(cells, [_text_role(c.text) for c in cells])
    named = len(roles) - roles.count(None)  # (a role is a word, never empty)
    if named < 2 or named * 2 < sum(1 for c in cells if c.text):
        return 0
    if any(r is None and regex.search(r"\d", c.text) for r, c in zip(roles, cells, strict=True)):
        return 0
    return named


def _whole_time_checked(cells: list[_Cell], roles: list[str | None]) -> list[str | None]:
    """(helper 105) ``roles`` with a time title read only whole ("Tháng") kept as a heading when it is
    the row's one such cell beside a task column and an owner's ("TT | Tháng | Nội dung công việc |
    Cơ quan chủ trì"); a row's wrapped time cells ("Tháng" / "3/2027", one per time column) are data."""
    whole = [k for k, c in enumerate(cells) if _heading_key(c.text) in _whole_time_titles()]
    if not whole:
        return roles
    if len(whole) == 1 and "task" in roles and ("lead" in roles or "coordinate" in roles):
        return roles
    return [None if k in whole else r for k, r in enumerate(roles)]


@per_document
@functools.lru_cache(maxsize=4096)
def _line_header_roles(texts: tuple[str, ...]) -> int:
    """:func:`_header_roles` of a line's pieces (a header line printed again is read once)."""
    return _header_roles([_Cell(t, 0, False) for t in texts])


_LABEL = regex.compile(r"^\(?(?:[IVXLCDM]{1,6}|[A-Z]|[a-zđ]|\d{1,3}(?:\.\d{1,3}){0,4})\)?[.)]?$")
_ROMAN = regex.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")


@functools.lru_cache(maxsize=4096)
def _label(text: str) -> str | None:
    """A row number as printed in its own cell: ``1``, ``1.``, ``5.1.1``, ``I``, ``A``, ``a)``,
    ``(1)``; normalised without the trailing dot or bracket.

    >>> [_label(x) for x in ("1.", "5.1.1", "II", "a)", "(3)", "Sở", "2025")]
    ['1', '5.1.1', 'II', 'a', '(3)', None, None]
    """
    t = text.strip()
    if not _LABEL.match(t) or (t[:1].isdigit() and len(t.split(".")[0]) > 3):
        return None
    if t.startswith("(") and t.endswith(")"):
        return t
    return t.strip("().")


def _rank(label: str) -> float:
    """Nesting rank of a group label: A > I > 1 > 1.1 > a > (1)."""
    if _ROMAN.match(label):
        return 2.0
    if regex.fullmatch(r"[A-Z]", label):
        return 1.0
    if regex.fullmatch(r"\d+(?:\.\d+)*", label):
        return 3.0 + label.count(".") / 10
    if label.startswith("("):
        return 6.0
    return 5.0


_DATEISH = regex.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d{2}\b")


@functools.lru_cache(maxsize=4096)
def _time_like(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 80:
        return False
    if _DATEISH.search(t):
        return True
    m = _words().time.search(t)
    return m is not None and (len(t) <= 40 or m.start() <= 20)


@functools.lru_cache(maxsize=4096)
def _unit_like(text: str) -> bool:
    return _words().unit.match(text.strip()) is not None


# -------------------------------------------------------------------------------- interpreting


_DECIMAL = regex.compile(r"\d+(?:\.\d+)*")


@dataclass(slots=True)
class _Stack:
    labels: list[tuple[float, str]] = field(default_factory=list)
    restarted: str | None = None  # a decimal group whose rows are numbered from 1 again

    def push(self, label: str) -> None:
        r = _rank(label)
        while self.labels and self.labels[-1][0] >= r:
            self.labels.pop()
        self.labels.append((r, label))
        self.restarted = None

    def enter(self, label: str) -> None:
        """A row numbered ``label``: decimal groups it is not under have ended (row ``6`` after
        the rows of group ``5``), except a group whose rows start again at ``1`` ("1. Lĩnh vực …"
        over rows 1, 2 …)."""
        if not _DECIMAL.fullmatch(label):
            return
        top = self.labels[-1][1] if self.labels else None
        restarts = top is not None and (self.restarted == top or (label == "1" and _DECIMAL.fullmatch(top)))
        if restarts and "." not in label:
            self.restarted = top
            return
        while self.labels and _DECIMAL.fullmatch(self.labels[-1][1]) and not label.startswith(self.labels[-1][1] + "."):
            self.labels.pop()

    def path(self, label: str | None = None) -> str | None:
        parts = [lab for _, lab in self.labels] + ([label] if label else [])
        return join_path(*parts) if parts else None


_TAIL_DECIMAL = regex.compile(r"(?:^|(?<=[.\s]))(\d+(?:\.\d+)*)$")  # a decimal label ending a path


def join_path(*parts: str | None) -> str:
    """Join section and row labels with dots; a decimal label under its own prefix replaces it
    (``5.1`` then ``5.1.1`` gives ``5.1.1``, as in the section tree).

    >>> join_path("Phụ lục", "B", "IV", "5.1", "5.1.1")
    'Phụ lục.B.IV.5.1.1'
    >>> join_path("Phụ lục I.1", "1")
    'Phụ lục I.1.1'
    >>> join_path("II.2", "2.1")
    'II.2.1'
    """
    out = ""
    for p in parts:
        if not p:
            continue
        if not out:
            out = p
            continue
        m = _TAIL_DECIMAL.search(out)
        out = out[: m.start(1)] + p if m and _DECIMAL.fullmatch(p) and p.startswith(m.group(1) + ".") else f"{out}.{p}"
    return out


def _columns(header: list[_Cell], data: list[list[_Cell]]) -> list[str]:
    roles = [_role(c) or "other" for c in header]
    data_words = load("tables")
    starts = [any(w in c.text.lower() for w in data_words["time_start"]) for c in header]
    for k, c in enumerate(header):
        # the start of a split time column is not the deadline; its end ("Kết thúc") is
        if starts[k]:
            roles[k] = "other"
        elif k and starts[k - 1] and roles[k] == "other" and any(w in c.text.lower() for w in data_words["time_end"]):
            roles[k] = "time"
    times = [k for k, r in enumerate(roles) if r == "time"]
    if len(times) > 1:
        # "Thời hạn" and "Tiến độ" (the status): the column whose cells are times
        def share(k: int) -> int:
            return sum(1 for r in data if k < len(r) and _time_like(r[k].text))

        keep = max(times, key=lambda k: (share(k), -k))
        for k in times:
            if k != keep:
                roles[k] = "status"
    for role in ("index", "task"):
        seen = False
        for k, r in enumerate(roles):
            if r == role:
                if seen:
                    roles[k] = "other"
                seen = True
    if "task" not in roles and "time" in roles:
        # (helper 98) a table of projects with no task column ("Tên dự án | Chủ đầu tư | Thời gian
        # hoàn thành"): the project is the row's work (not a list of projects and their money with
        # no time, "Tên dự án | Chủ đầu tư | Kế hoạch vốn")
        subject = next((k for k, c in enumerate(header) if roles[k] == "other" and subject_heading(c.text)), None)
        if subject is not None:
            roles[subject] = "task"
    _owners_by_cells(header, data, roles)
    roster = data_words["roster_columns"]
    if "task" in roles and any(_heading_key(c.text) in roster for c in header):
        # a list of persons ("Họ và tên | Chức vụ | Nhiệm vụ | Thời gian"): each one's duty and
        # term, not tasks with deadlines
        roles[roles.index("task")] = "other"
    if "task" in roles and "lead" not in roles and "coordinate" not in roles and any(_money(c.text) for c in header):
        # a budget ("Nội dung chi | Dự toán (triệu đồng) | Thời gian"): what is spent, not tasks
        roles[roles.index("task")] = "other"
    return roles


def subject_heading(text: str) -> bool:
    """(helper 98) A heading that names the project or the work site a row is about ("Dự án",
    "Tên công trình"), matched whole."""
    return _heading_key(text) in load("tables")["subject_columns"]


def _owners_by_cells(header: list[_Cell], data: list[list[_Cell]], roles: list[str]) -> None:
    """A table of targets or tasks with no lead column by its heading words, whose owner column is
    headed by a bare word ("Đơn vị", "Địa phương", "Cơ quan"): that column leads when most of its
    filled cells name units ("Sở Nội vụ", "UBND xã Tân Lộc", "Xã Phú Điền"; not "%" or "km", a
    unit of measure); then, with no task column, a column of targets told in words ("Chỉ tiêu":
    "Tỷ lệ hồ sơ được số hóa đạt 100%") is the work of the row, not one of bare figures ("≥ 80%").
    (Roles changed in place.)"""
    if "lead" in roles or "coordinate" in roles or "time" not in roles:
        return
    words = load("tables")
    bare = words["owner_columns_by_cells"]
    places = _place_heads()

    def cells(k: int) -> list[str]:
        return [r[k].text for r in data if k < len(r) and r[k].text]

    def owner(text: str) -> bool:
        return _unit_like(text) or places.match(text.strip()) is not None

    def first(keys: list[str], fits: Callable[[list[str]], bool]) -> int | None:
        """The first column still "other" whose heading is one of ``keys`` and whose cells fit."""
        for k, c in enumerate(header):
            filled = cells(k)
            if roles[k] == "other" and _heading_key(c.text) in keys and filled and fits(filled):
                return k
        return None

    lead = first(bare, lambda f: 2 * len(f) >= len(data) and sum(map(owner, f)) >= _CONTENT_SHARE * len(f))
    if lead is None:
        return
    roles[lead] = "lead"
    if "task" in roles:
        return
    task = first(words["target_task_columns"], lambda f: sum(map(len, f)) >= _TASK_TEXT * len(f))
    if task is not None:
        roles[task] = "task"


@functools.cache
def _place_heads() -> regex.Pattern[str]:
    words = load("tables")["place_heads"]
    return regex.compile(rf"^(?:{alternation(words)})(?!\p{{L}})", regex.IGNORECASE)


@functools.cache
def _money_words() -> regex.Pattern[str]:
    words = load("tables")["money_columns"]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(words)})(?!\p{{L}})", regex.IGNORECASE)


def _money(text: str) -> bool:
    """A heading of a column of money ("Dự toán (triệu đồng)", "Kinh phí")."""
    return _money_words().search(_heading_key(text)) is not None


def _split_time(header: list[_Cell], sub: list[_Cell]) -> list[_Cell] | None:
    """A time heading split in the row under it ("Thời gian" over "Bắt đầu" | "Hoàn thành", the
    export giving the heading one cell): the header with one column per part, else None."""
    parts = [c for c in sub if c.text]
    if len(parts) < 2 or any(_time_part(c.text) is None for c in parts):
        return None
    t = next((k for k, c in enumerate(header) if _role(c) == "time"), None)
    if t is None:
        return None
    joined = [_Cell(f"{header[t].text} {c.text}", c.line, c.bold, end=c.end) for c in parts]
    under = [j for j, c in enumerate(sub) if c.text]
    # (the heading's cell spanning its parts' columns, the others empty: each part in place)
    spans = len(sub) == len(header) and under == list(range(t, t + len(parts)))
    if spans and not any(c.text for c in header[t + 1 : t + len(parts)]):
        return [*header[:t], *joined, *header[t + len(parts) :]]
    return [*header[:t], *joined, *header[t + 1 :]]


def _split_owners(header: list[_Cell], sub: list[_Cell]) -> list[_Cell] | None:
    """An owner heading over two ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"): the header
    with the words of the row under it in their columns (the export giving the heading one cell:
    that cell replaced by the parts), else None."""
    aligned = len(sub) == len(header)
    # (a converter may repeat a heading spanning two rows in both: "STT" over "STT")
    kept = [j for j, c in enumerate(sub) if c.text and not (aligned and c.text == header[j].text)]
    words = _words().role_of
    wrapped: list[int] = []
    if aligned:
        # (a heading of another column wrapped onto the row: "Nội dung" over "công việc", beside
        # "Chủ trì" | "Phối hợp" under the owner heading, as a PDF's lines give it)
        wrapped = [j for j in kept if header[j].text and _role(header[j]) not in _OWNER_ROLES]
        if any(words.get(_heading_key(sub[j].text)) in _OWNER_ROLES or _label(sub[j].text) for j in wrapped):
            return None
        kept = [j for j in kept if j not in wrapped]
    parts = [sub[j] for j in kept]
    if len(parts) < 2 or any(words.get(_heading_key(c.text)) not in _OWNER_ROLES for c in parts):
        return None  # (each part is a column word itself: "Chủ trì", "Đơn vị phối hợp")
    if aligned:
        # each part under its column, below the heading or the empty cell it spans
        out = [c if j in kept else header[j] for j, c in enumerate(sub)]
        for j in wrapped:
            h = header[j]
            out[j] = _Cell(f"{h.text} {sub[j].text}", h.line, h.bold, end=sub[j].end)
        return out
    t = next((k for k, c in enumerate(header) if _role(c) == "lead"), None)
    if t is None or len(sub) > len(header):
        return None
    return [*header[:t], *parts, *header[t + 1 :]]


_OWNER_ROLES = frozenset({"lead", "coordinate"})


def _header_second_row(header: list[_Cell], sub: list[_Cell]) -> list[_Cell] | None:
    """A header over two rows of as many cells, the second holding the ends of wrapped headings
    ("Cơ quan" over "chủ trì") beside the parts of a heading spanning columns ("Thời gian thực
    hiện" over "Bắt đầu" | "Hoàn thành", "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"): each
    column's words together, a part under a spanning heading after its words (an owner part
    alone), else None (the row is no part of the header: digits, a row number, a capital that no
    column word or part explains)."""
    if len(sub) != len(header) or sum(1 for c in sub if c.text) < 2:
        return None
    words = _words().role_of
    out: list[_Cell] = []
    above: _Cell | None = None  # the heading that spans to the left of an empty header cell
    for h, c in zip(header, sub, strict=True):
        if h.text:
            above = h
        t = c.text
        if not t or t == h.text:
            out.append(h)
            continue
        if len(t) > 30 or regex.search(r"\d", t) or _label(t) is not None:
            return None
        owner = words.get(_heading_key(t)) in _OWNER_ROLES
        part = owner or _time_part(t) is not None
        if not (part or t[:1].islower()):
            return None
        if h.text and (not part or _role(h) is None):
            joined = _Cell(f"{h.text} {t}", h.line, h.bold, end=c.end)  # a wrapped heading
            if _heading_key(joined.text) not in words:
                return None  # (column words whole, not a row of text in lower case)
            out.append(joined)
        elif owner:
            out.append(c)
        elif above is not None:
            out.append(_Cell(f"{above.text} {t}", c.line, c.bold, end=c.end))
        else:
            return None
    return out if _header_roles(out) >= 3 else None


def _time_part(text: str) -> str | None:
    """ "start" or "end" for the heading of one part of a split time column."""
    low = " ".join(text.lower().split())
    if not low or len(low) > 30 or regex.search(r"\d", low):
        return None
    data = load("tables")
    if any(w in low for w in data["time_start"]):
        return "start"
    if any(w in low for w in data["time_end"]) or low in data["time_end_cut"]:
        return "end"
    return None


def combined_owners(heading: str) -> bool:
    """A lead column whose heading names the coordinating units too ("Chủ trì/Phối hợp",
    "Cơ quan chủ trì, phối hợp"): its cells list the lead first, then the others."""
    low = _heading_key(heading)
    return _text_role(heading) == "lead" and any(
        _words().role_of.get(" ".join(m.group().split())) == "coordinate" for m in _words().roles.finditer(low)
    )


_CONTENT_SHARE = 0.6  # of a column's filled cells: a column of times, of units, of numbers
_TASK_TEXT = 20  # characters a task cell holds at least on average (in a table without header)


def _content_roles(rows: list[list[_Cell]]) -> list[str]:
    """The columns of a table printed without a header (a scan's OCR that lost the header's row
    to the text above the table), read from its cells: the last column of times (most of its
    filled cells tell a time: "Quý II/2026", "Thường xuyên"), the first column of units before
    it or after the task (most of its cells open with a unit's name) its lead and the next one of
    units its partners, a first column of row numbers, and the task the column of the longest
    texts left. Nothing when the cells show no task, lead and time columns (a table of names or
    figures, a signature's or a header's table).

    >>> cell = lambda t: _Cell(t, 1, False)
    >>> rows = [[cell("Rà soát hồ sơ đề nghị hỗ trợ"), cell("Ủy ban MTTQ Việt Nam xã"), cell("Tháng 5/2026")],
    ...         [cell("Giám sát việc sử dụng kinh phí"), cell("Ban Thanh tra nhân dân xã"), cell("Thường xuyên")]]
    >>> _content_roles(rows)
    ['task', 'lead', 'time']
    >>> _content_roles([[cell("Nguyễn Văn An"), cell("Chủ tịch")], [cell("Lê Thị Bình"), cell("Phó Chủ tịch")]])
    []
    """
    full = [r for r in rows if sum(1 for c in r if c.text) >= 2]
    width = max((len(r) for r in full), default=0)
    if len(full) < 2 or not 3 <= width <= 8:
        return []
    columns = [[r[j].text for r in full if j < len(r) and r[j].text] for j in range(width)]

    def most(j: int, test: Callable[[str], bool]) -> bool:
        cells = columns[j]
        return 2 * len(cells) >= len(full) and sum(map(test, cells)) >= _CONTENT_SHARE * len(cells)

    times = [j for j in range(width) if most(j, _time_like)]
    units = [j for j in range(width) if j not in times and most(j, _unit_like)]
    if not times or not units:
        return []
    roles = ["other"] * width
    roles[times[-1]] = "time"
    roles[units[0]] = "lead"
    if len(units) > 1 and units[1] == units[0] + 1:
        roles[units[1]] = "coordinate"
    if most(0, lambda t: _label(t) is not None) and roles[0] == "other":
        roles[0] = "index"
    def mean(j: int) -> float:
        return sum(map(len, columns[j])) / len(columns[j]) if columns[j] else 0.0

    rest = [j for j in range(width) if roles[j] == "other" and j < units[0] and columns[j]]
    task = max(rest, key=mean, default=None)
    if task is None or mean(task) < max(_TASK_TEXT, mean(units[0])):
        return []  # (a task tells its work at more length than its owner's name: "Thứ Hai")
    roles[task] = "task"
    return roles


def task_table(columns: list[str]) -> bool:
    """A table of tasks: a task column, and an owner or a time column."""
    return "task" in columns and ("time" in columns or "lead" in columns)


def _fit(cell: _Cell, role: str, looks: tuple[bool, bool, bool, bool]) -> float:
    """How well a cell suits a column (for putting back the cells of a row with merged cells);
    ``looks``: the cell is a row number, a time, a unit, a long text."""
    if not cell.text:
        return 0.0
    lab, timey, unit, long = looks
    if role == "index":
        return 3.0 if lab else -3.0
    if role == "time":
        return 2.0 if timey else (-2.0 if long or unit else -1.0)
    if role in ("lead", "coordinate"):
        return 1.0 if unit and not timey else (-2.0 if timey or lab else 0.0)
    if role == "task":
        return 1.0 if long else (-2.0 if lab else -1.0 if timey else 0.0)
    return -1.0 if lab else 0.0


def _align(cells: list[_Cell], roles: list[str]) -> list[int]:
    """The columns of a row's cells when some were left out (merged with the row above): the
    order-keeping placement that suits the cells best, the leftmost among equals."""
    k, n = len(cells), len(roles)
    looks = [(_label(c.text) is not None, _time_like(c.text), _unit_like(c.text), len(c.text) > 40) for c in cells]
    neg = float("-inf")
    best = [[neg] * (n + 1) for _ in range(k + 1)]
    take = [[False] * (n + 1) for _ in range(k + 1)]
    for j in range(n + 1):
        best[k][j] = 0.0
    kinds = set(roles)
    for i in range(k - 1, -1, -1):
        fit = {role: _fit(cells[i], role, looks[i]) for role in kinds}  # (by role: few of them)
        row, below, took = best[i], best[i + 1], take[i]
        for j in range(n - k + i, -1, -1):  # (the columns that leave room for the cells after it)
            here = fit[roles[j]] + below[j + 1]
            skip = row[j + 1]
            if here >= skip:
                row[j], took[j] = here, True
            else:
                row[j] = skip
    out: list[int] = []
    i = j = 0
    while i < k and j < n:
        if take[i][j]:
            out.append(j)
            i += 1
        j += 1
    return out


def _group(cells: list[_Cell], next_label: str | None, no_index: bool = False) -> tuple[str | None, _Cell] | None:
    """A group row: a label and a title ("I | Hoàn thiện thể chế", "**A. NHÓM …**", an owner
    row "Nhiệm vụ giao Bộ …"), bold, upper-case, or numbered as a group, with nothing else.
    ``no_index``: the table has no number column (its rows' numbers are its groups')."""
    filled = [c for c in cells if c.text]
    if not filled or len(filled) > 2:
        return None
    lab = _label(filled[0].text)
    if lab and len(filled) == 2:
        title = filled[1]
    elif len(filled) == 1 and not lab:
        title = filled[0]
        num = match_numbering(title.text)
        if num is not None and num.family in ("roman", "decimal", "part", "chapter"):
            lab = num.label
        elif regex.match(r"^[A-Z][.\-–]\s+\S", title.text):
            lab = title.text[0]
    else:
        return None
    if _label(title.text) or (_time_like(title.text) and not title.bold):
        return None
    # (numbered as a group, or under it: strong whatever its case; else bold or upper case)
    # (a numbered heading alone in the row, "1. Lĩnh vực cải cách thể chế", over rows numbered
    # again from 1: a group too)
    strong = bool(lab and (_rank(lab) < 3 or (next_label or "").startswith(lab + ".")))
    strong = strong or bool(lab and next_label == "1" and _DECIMAL.fullmatch(lab))
    # (in a table without a number column, a numbered title alone in the first cell: "1. Cải
    # cách thể chế | | ", its tasks in the rows below unnumbered)
    strong = strong or bool(lab and no_index and filled[0] is cells[0] and next_label is None)
    strong = strong or title.bold or mostly_upper(title.text)
    # ("Lĩnh vực cải cách hành chính", "Nhóm nhiệm vụ về hạ tầng" alone in its row)
    strong = strong or (filled[0] is title and _words().group.match(title.text) is not None)
    return (lab, title) if strong else None


_LETTERS = regex.compile(r"\p{L}{2}")


def _merged_across(cells: list[_Cell]) -> list[_Cell]:
    """A row whose cell is merged across the columns after its first (a group's title), printed
    again in each column it spans (a script that joins a row's cells: "I | Hoàn thiện thể chế |
    Hoàn thiện thể chế | Hoàn thiện thể chế"): the title once, the other cells empty. Three
    copies or more of one text, with no other text after the first cell."""
    if len(cells) < 4:
        return cells
    texts = [c.text for c in cells]
    first = next((k for k, t in enumerate(texts) if t), None)
    if first is None or first + 3 > len(cells):
        return cells
    title = texts[first + 1] or texts[first]
    if texts.count(title) < 3:
        return cells  # (the texts before the first are empty, the title is not: its copies are all counted)
    same = [k for k in range(first, len(cells)) if texts[k] == title]
    if len(same) < 3 or any(t and t != title for t in texts[first + 1 :]):
        return cells
    if _LETTERS.search(title) is None or _time_like(title):
        return cells  # (a filler "......" or "0" in every column: no title)
    return [c if k <= same[0] else _Cell("", c.line, c.bold, end=c.end) for k, c in enumerate(cells)]


def _word_numbered(data: list[list[_Cell]], idx: int, task_col: int) -> bool:
    """A number column that Word numbers itself, printed empty in every row by a text copy:
    no row has a row number of its own (a group's label only), and two rows or more have a
    task with their number cell empty."""
    empty = 0
    for r in data:
        if idx >= len(r) or task_col >= len(r):
            continue
        lab = _label(r[idx].text) if r[idx].text else None
        if r[idx].text and (lab is None or _DECIMAL.fullmatch(lab) or _rank(lab) >= 3):
            return False
        empty += not r[idx].text and bool(r[task_col].text)
    return empty >= 2


def _is_numbering(cells: list[_Cell]) -> bool:
    """A row that numbers the columns: ``(1) | (2) | (3) …``."""
    nums = [c.text.strip("() ") for c in cells if c.text]
    return (
        len(nums) >= 3
        and all(x.isdigit() for x in nums)
        and [int(x) for x in nums] == list(range(int(nums[0]), int(nums[0]) + len(nums)))
    )


def _build(raw: _RawTable, number: int) -> Table:
    """A raw table interpreted: its header and column roles, then each row's kind, label and
    path, the cells of rows with merged cells put back in their columns."""
    rows = [_merged_across([_clean(c) for c in r]) for r in raw.rows]
    marked = raw.header_rows
    if marked and not any(c.text for r in rows[:marked] for c in r):
        marked = 0  # an empty row above the rule (a page's table without headings): not the header
    hi: int | None = marked - 1 if marked else None  # rows above a header rule
    if hi is None:
        hi = next((k for k, r in enumerate(rows[:4]) if _header_roles(r)), None)
    header = rows[hi] if hi is not None else []
    if hi is not None and marked > 1:
        # a header over several rows (pandoc, pdftotext): the words of each column together
        width = max(len(r) for r in rows[:marked])
        header = [
            _Cell(
                " ".join(r[c].text for r in rows[:marked] if c < len(r) and r[c].text),
                rows[0][0].line,
                False,
            )
            for c in range(width)
        ]
    split = _split_time(header, rows[hi + 1]) if hi is not None and hi + 1 < len(rows) else None
    if split is None and hi is not None and hi + 1 < len(rows):
        # "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"
        split = _split_owners(header, rows[hi + 1])
    if split is None and hi is not None and hi + 1 < len(rows):
        # the header's second line: "Cơ quan" over "chủ trì", "Thời gian" over "Bắt đầu" | ...
        split = _header_second_row(header, rows[hi + 1])
    if split is not None and hi is not None:
        # "Thời gian thực hiện" over "Bắt đầu" | "Hoàn thành": one column each
        header, hi = split, hi + 1
    data = rows[(hi + 1 if hi is not None else 0) :]
    width = max([len(header)] + [len(r) for r in data]) if header else max(len(r) for r in rows)
    roles = _columns(header, data) if header else _content_roles(data)
    roles += ["other"] * (width - len(roles))
    tasks = task_table(roles)
    idx = roles.index("index") if "index" in roles else None
    task_col = roles.index("task") if "task" in roles else None
    time = roles.index("time") if "time" in roles else None
    # (an export that prints merged cells empty: an empty lead cell is the one above; other
    # exports leave merged cells out, and their empty cells are empty)
    lead = roles.index("lead") if "lead" in roles and tasks and raw.blanks_merged else None
    filled = [[c for c in r if c.text] for r in rows]  # the cells with text of each row
    firsts = [_label(f[0].text) if f else None for f in filled]
    # the first row label below each row (one pass from the bottom, not a search per row)
    below: list[str | None] = [None] * len(rows)
    for k in range(len(rows) - 2, -1, -1):
        below[k] = firsts[k + 1] or below[k + 1]
    owners = [j for j, role in enumerate(roles) if role in ("lead", "coordinate")]
    # (Word's own numbering, printed empty in every row of the number column: counted here)
    counted = 0 if idx is not None and task_col is not None and _word_numbered(data, idx, task_col) else None

    def own_owner(r: list[_Cell]) -> bool:
        """A row of a table without a number column naming a task and an owner of its own, no
        time ("Tổng kết năm | Văn phòng UBND xã | |"): a task of its own, not the rest of the
        row above."""
        return (
            idx is None
            and bool(r[0].text)
            and not r[0].missing
            and any(j < len(r) and r[j].text and not r[j].missing and _unit_like(r[j].text) for j in owners)
        )

    out: list[TableRow] = []
    stack = _Stack()
    group_title: str | None = None
    above: list[_Cell] | None = None  # the cells of the last task row
    numbered: str | None = None  # the path of the last task row with a decimal number
    for k, r in enumerate(rows):
        f = filled[k]
        line = min(map(_LINE, f)) if f else r[0].line if r else raw.start + 1
        end = max(map(_END, f)) if f else line
        if hi is not None and k <= hi:
            kind = "header" if k == hi or marked > k or (split and k == hi - 1) else "other"
            cells = header if k == hi and (marked > 1 or split) else r
            out.append(TableRow(kind, _cells(cells), line, None, end))
            continue
        if not tasks or _is_numbering(r) or _header_roles(r):
            kind = "header" if tasks and _header_roles(r) else "other"
            out.append(TableRow(kind, _cells(r), line, None, end))
            continue
        grp = _group(r, below[k], idx is None)
        if grp is not None:
            lab, title = grp
            if lab:
                stack.push(lab)
            group_title = title.text
            numbered = None
            out.append(TableRow("group", _cells(r), line, lab, end, stack.path(), title.text))
            continue
        if raw.omits_merged and len(r) < width:
            placed = _align(r, roles)
            full = [_Cell("", line, False, missing=True) for _ in range(width)]
            for c, j in zip(r, placed, strict=True):
                full[j] = c
            if above is not None:
                for j, c in enumerate(full):
                    if c.missing and roles[j] not in ("index", "task") and j < len(above):
                        full[j] = _Cell(above[j].text, above[j].line, above[j].bold, missing=True, end=above[j].end)
            r = full
        if lead is not None and above is not None and out and out[-1].kind in ("task", "continuation"):
            r = _carry_down(r, above, roles, lead, time, idx)
            if raw.export == "layout":
                r = _carry_time(r, above, roles, time, idx)
        if above is not None:
            r = _dittos(r, above, roles)
        label = _label(r[idx].text) if idx is not None and idx < len(r) and not r[idx].missing else None
        if counted is not None and idx is not None and task_col is not None and not r[idx].text and r[task_col].text:
            # a row of a number column Word numbers itself: on from the last row, through groups
            counted += 1
            label = str(counted)
        elif label is None and task_col is not None and idx is not None and idx < len(r) and not r[idx].text:
            # "| | c) Hồ sơ giai đoạn 2021-2025 | nt | Quý IV/2026 |": the number written at the
            # head of the task cell, the number cell left empty
            r, label = _label_in_task(r, task_col)
        own_time = time is not None and time < len(r) and bool(r[time].text) and not r[time].missing
        has_text = any(c.text and not c.missing for c in r)
        sub = False
        shared = False
        if time == 0 and label is None and above is not None and raw.blanks_merged and _shares_time(r, above, roles):
            # a schedule whose first column is the time ("Tháng 01/2027" | task | lead …), the cell
            # merged down over rows that name a task and a lead of their own: tasks of that time
            r = [_Cell(above[0].text, above[0].line, above[0].bold, missing=True, end=above[0].end), *r[1:]]
            shared = True
        if label is not None or shared:
            kind = "task"
        elif above is not None and not own_time and (idx is not None or time is not None) and not own_owner(r):
            kind = "continuation"
        elif has_text:
            kind = "task"
            sub = above is not None and own_time and idx is not None and _merged_owners(r, roles, idx)
        else:
            kind = "other"
        if sub and above is not None and out and out[-1].kind in ("task", "continuation"):
            # "| | Tổng kết năm 2026 | Tháng 12/2026 | | |": a step of the row above with a time
            # of its own, its number and owner cells merged with that row's
            for j, role in enumerate(roles):
                if role in ("lead", "coordinate") and j < len(r) and j < len(above) and not r[j].text:
                    r[j] = _Cell(above[j].text, above[j].line, above[j].bold, missing=True, end=above[j].end)
            path = out[-1].path
        elif kind == "task":
            if label and numbered is not None and _rank(label) >= 5:
                # "a", "b" or "(1)" under a numbered row: its steps ("1.a")
                path = join_path(numbered, label)
            elif label:
                stack.enter(label)
                path = stack.path(label)
                numbered = path if _DECIMAL.fullmatch(label) else None
            elif above is not None and idx is not None and out and out[-1].kind in ("task", "continuation"):
                # a row with no number of its own under a numbered one (its number cell merged
                # with that row's): a step of the same numbered task, with times of its own
                path = out[-1].path
            else:
                path = stack.path()
            above = r
        elif kind == "continuation":
            path = out[-1].path if out and out[-1].kind in ("task", "continuation") else stack.path()
        else:
            path = None
        out.append(TableRow(kind, _cells(r), line, label, end, path, group_title))
    return Table(
        id=f"tb{number}",
        export=raw.export,
        line=raw.start + 1,
        end_line=raw.end,
        columns=roles,
        header=[c.text for c in header],
        rows=out,
        page_lines=[y + 1 for y in raw.page_lines] or None,
    )


def _shares_time(r: list[_Cell], above: list[_Cell], roles: list[str]) -> bool:
    """A row of a table without a number column whose first column, the time, is printed empty
    under a time, and which names a task (a capital first, not a wrapped cell's rest) and a
    lead of its own."""
    if r[0].text or not above or not above[0].text or "index" in roles:
        return False
    task = next((c.text for c, role in zip(r, roles, strict=False) if role == "task" and c.text), "")
    if not task[:1].isupper():
        return False
    return any(role == "lead" and c.text and _unit_like(c.text) for c, role in zip(r, roles, strict=False))


def _carry_down(
    r: list[_Cell], above: list[_Cell], roles: list[str], lead: int, time: int | None, idx: int | None
) -> list[_Cell]:
    """A numbered task row whose lead cell is empty: the cell was merged with the one above
    (Word's vertical merge, which text copies print as an empty cell), and so holds the lead of
    the task row above. When its time cell is empty too, the row is in the same merged block and
    takes that row's time as well; an empty time beside a lead of its own is no time."""
    if (
        idx is None
        or lead >= len(r)
        or lead >= len(above)
        or r[lead].text
        or not above[lead].text
        or _label(r[idx].text) is None
        or not any(c.text for j, c in enumerate(r) if roles[j] == "task")
    ):
        return r
    out = list(r)
    keep = [lead]
    if time is not None and time < len(r) and time < len(above) and not r[time].text and above[time].text:
        keep.append(time)
    for j in keep:
        a = above[j]
        out[j] = _Cell(a.text, a.line, a.bold, missing=True, end=a.end)
    return out


def _carry_time(r: list[_Cell], above: list[_Cell], roles: list[str], time: int | None, idx: int | None) -> list[_Cell]:
    """A numbered task row of a ``pdftotext -layout`` copy whose time cell is empty beside a lead
    of its own, under a task row with a time: the copy prints a cell merged down over rows once
    (at its top, or centred), so the cell holds the time above (the text cannot tell it from an
    empty cell: :func:`merged_guesses` says so)."""
    if (
        idx is None
        or time is None
        or time >= len(r)
        or time >= len(above)
        or r[time].text
        or not above[time].text
        or _label(r[idx].text) is None
        or not any(c.text and not c.missing for j, c in enumerate(r) if roles[j] == "task")
    ):
        return r
    out = list(r)
    a = above[time]
    out[time] = _Cell(a.text, a.line, a.bold, missing=True, end=a.end)
    return out


def merged_guesses(tables: list[Table]) -> list[Warning]:
    """A warning for each cell of a ``pdftotext -layout`` table read as merged where the text
    cannot tell a merged cell from an empty one: a time cell taken from the row above beside a
    lead of the row's own; a lead's cell taken from the row below (one cell for three rows, set on
    the middle one's number line: the first row's cell starts under its number)."""
    out: list[Warning] = []
    for t in tables:
        if t.export != "layout" or "time" not in t.columns or "index" not in t.columns:
            continue
        idx, time = t.columns.index("index"), t.columns.index("time")
        lead = t.columns.index("lead") if "lead" in t.columns else None
        tasks = [r for r in t.rows if r.kind == "task" and len(r.cells) == len(t.columns)]
        for k, r in enumerate(tasks):
            end = r.end_line or r.line
            c = r.cells[time]
            if c.text and c.line < r.line and lead is not None and r.line <= r.cells[lead].line <= end:
                out.append(_merged_note(t, r, time, "above"))
            if lead is None or not 0 < k < len(tasks) - 1:
                continue
            c = tasks[k - 1].cells[lead]
            shared = all(o.cells[lead] == c for o in tasks[k : k + 2])
            if shared and c.text and c.line > tasks[k - 1].cells[idx].line:
                out.append(_merged_note(t, tasks[k - 1], lead, "below"))
    return out


def _merged_note(t: Table, r: TableRow, j: int, where: str) -> Warning:
    return Warning(
        "table_merged_cell",
        f"table {t.id}, row {r.label or r.path}: the {t.columns[j]} cell is empty in the text, read as "
        f"merged with the row {where} ('{r.cells[j].text}'); a pdftotext -layout copy prints a merged "
        "cell and an empty one alike",
        r.line,
    )


# a letter or a decimal number heading a task cell: "a) ...", "2.3. ..."
_CELL_LABEL = regex.compile(r"^(?:([a-zđ])\)|(\d{1,3}(?:\.\d{1,3}){1,4})\.?)\s+(?=\p{Lu})")


def _label_in_task(r: list[_Cell], task_col: int) -> tuple[list[_Cell], str | None]:
    """A row with an empty number cell whose task cell starts with a number ("a) Hồ sơ ...",
    "2.3. Rà soát ..."): the row's label, taken out of the task's text."""
    if task_col >= len(r):
        return r, None
    c = r[task_col]
    m = _CELL_LABEL.match(c.text) if c.text[:1].isalnum() else None
    if m is None:
        return r, None
    out = list(r)
    out[task_col] = _Cell(c.text[m.end() :], c.line, c.bold, c.missing, c.end)
    return out, m.group(1) or m.group(2)


def _merged_owners(r: list[_Cell], roles: list[str], idx: int) -> bool:
    """A row with no number whose lead cell is empty, in a table with a lead column: its number
    and lead were merged with the row above (a step of that task; its coordinating units may be
    its own)."""
    if r[idx].text or "lead" not in roles:
        return False
    leads = [r[j] for j, role in enumerate(roles) if role == "lead" and j < len(r)]
    return bool(leads) and not any(c.text for c in leads)


_LINE = operator.attrgetter("line")
_END = operator.attrgetter("end")


def _cells(cells: list[_Cell]) -> list[TableCell]:
    return [TableCell(c.text, c.line) for c in cells]


# --------------------------------------------------------------------------------------- public


# each reader with a sign that every table it reads holds (None: no such sign); a reader is not
# run on a text without its sign
# an HTML table a converter left in a markdown text (pandoc's gfm writes so a table whose cells
# hold several paragraphs): a tag, or the text between two tags
_HTML_PIECE = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,10})\b[^<>]{0,200}?/?>|[^<]+|<")
_HTML_EMPHASIS = {"strong": "**", "b": "**"}


def _html(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """HTML tables (``<table>`` ... ``</table>``): a row for each ``<tr>``, a cell for each
    ``<td>`` or ``<th>``, the cell's lines those of the text and its ``<br>`` and paragraph breaks;
    the rows of a ``<thead>`` are the header."""
    out: list[_RawTable] = []
    resume = 0
    n = len(lines)
    for start in _lines_with(text, "<table"):
        if start < resume or taken[start]:
            continue
        end = start
        while end < n and "</table>" not in lines[end]:
            end += 1
        end = min(end + 1, n)
        rows: list[list[_Raw]] = []
        row: list[_Raw] | None = None
        cell: _Raw | None = None
        head = 0
        spans = _HtmlSpans()
        for k in range(start, end):
            piece = ""  # the cell's text on this line so far
            for m in _HTML_PIECE.finditer(lines[k]):
                name = (m.group(2) or "").lower()
                if m.group(2) is None:
                    piece += m.group()
                    continue
                if name in _HTML_EMPHASIS:
                    piece += _HTML_EMPHASIS[name]
                    continue
                if cell is not None and (name in ("br", "p", "td", "th", "div") or name == "tr"):
                    if piece.strip():
                        cell.lines.append((k + 1, piece.strip()))
                    piece = ""
                closing = m.group(1) == "/"
                if name == "tr":
                    if closing and row is not None:
                        spans.close(row)
                        rows.append(row)
                        row = None
                    elif not closing:
                        row = []
                elif name in ("td", "th"):
                    if closing:
                        if cell is not None and row is not None:
                            spans.place(row, cell)
                        cell = None
                    else:
                        cell = _Raw([], k + 1)
                        spans.opened(m.group())
                elif name == "thead" and closing:
                    head = len(rows)
            if cell is not None and piece.strip():
                cell.lines.append((k + 1, piece.strip()))
        if len(rows) >= 2:
            for x in range(start, end):
                taken[x] = True
            out.append(_RawTable("html", start, end, rows, head))
        resume = end
    return out


_HTML_SPAN = regex.compile(r"""\b(rowspan|colspan)\s*=\s*["']?(\d{1,3})""", regex.IGNORECASE)


@dataclass(slots=True)
class _HtmlSpans:
    """The cells of an HTML table put in their grid columns: a cell spanning rows (``rowspan``)
    given to each row of its span in its column (the value carries down), one spanning columns
    (``colspan``) followed by empty cells."""

    down: dict[int, tuple[_Raw, int]] = field(default_factory=dict)  # column -> (cell, rows left)
    rowspan: int = 1
    colspan: int = 1

    def opened(self, tag: str) -> None:
        self.rowspan = self.colspan = 1
        if "span" in tag:
            for m in _HTML_SPAN.finditer(tag):
                n = max(1, min(int(m.group(2)), 200))
                if m.group(1).lower() == "rowspan":
                    self.rowspan = n
                else:
                    self.colspan = n

    def _carry(self, row: list[_Raw]) -> None:
        while len(row) in self.down:
            raw, left = self.down.pop(len(row))
            row.append(_Raw(list(raw.lines), raw.line))
            if left > 1:
                self.down[len(row) - 1] = (raw, left - 1)

    def place(self, row: list[_Raw], cell: _Raw) -> None:
        self._carry(row)
        if self.rowspan > 1:
            self.down[len(row)] = (cell, self.rowspan - 1)
        row.append(cell)
        row.extend(_Raw([], cell.line) for _ in range(self.colspan - 1))
        self.rowspan = self.colspan = 1

    def close(self, row: list[_Raw]) -> None:
        self._carry(row)


def _ocr_text(lines: list[str], taken: list[bool], text: str) -> list[_RawTable]:
    """An OCR engine's plain text of a scanned table (:mod:`ndq57.parse.ocr_tables`), read when
    a line may open its header (:func:`ocr_opens`: a text without one does not import the
    reader)."""
    opens = ocr_opens(lines, text)
    if not opens:
        return []
    from ndq57.parse.ocr_tables import read  # (it reads with this module's helpers)

    return read(lines, taken, opens)


_OCR_HEAD_MAX = 160  # characters of an OCR table's header line at most


def ocr_may_head(line: str, index: frozenset[str], firsts: tuple[str, ...]) -> bool:
    """Whether a line may be the header of an OCR engine's table (the first tests of
    :func:`ndq57.parse.ocr_tables._header_at`, the cheap ones): short, no tab nor wide gap,
    opening with a number column's heading (``index``) or with the first word of a task
    column's (``firsts``: :func:`ndq57.parse.ocr_tables._bare_header`)."""
    s = line.strip()
    if not s or "\t" in s or "   " in s or len(s) > _OCR_HEAD_MAX:
        return False
    return s.split(None, 1)[0].strip("|_.:").lower() in index or s.lower().startswith(firsts)


def ocr_opens(lines: list[str], text: str | None = None) -> list[int]:
    """The indexes of the lines that may open an OCR engine's table (:func:`ocr_may_head`), in
    order (``text``: the lines joined, when the caller has it): those the pattern of
    :func:`ndq57.parse.ocr_tables.opening` finds, then tested one by one."""
    letters, index, firsts, heads = _ocr_opening()
    return [
        no
        for no in lines_opened(cached_re.compile(heads), lines, text)
        if lines[no][:3].strip()[:1] in letters and ocr_may_head(lines[no], index, firsts)
    ]


def _ocr_opening() -> _OcrOpening:
    """:func:`ndq57.parse.ocr_tables.opening`, kept between processes (:func:`_kept_words`)."""
    return _kept_words()[1]


_READERS = (
    (_html, "<table"),
    (_grid, "+"),
    (_ocr_text, None),
    (_pipe, "|"),
    (_simple, "---"),
    (_cell_lines, "|"),
    (_tsv, "\t"),
    (_layout, None),
    (_paragraph_cells, None),
)


def find_tables(text: str) -> list[Table]:
    """Every table of the (normalised) text, in line order, with ids ``tb1``, ``tb2`` …

    >>> t = find_tables("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\\n|---|---|---|---|\\n"
    ...                 "| 1 | Rà soát quy chế | Sở Nội vụ | Quý II/2026 |")[0]
    >>> t.columns, t.rows[1].kind, t.rows[1].label
    (['index', 'task', 'lead', 'time'], 'task', '1')
    """
    lines = PageLines(text.split("\n"))
    taken = [False] * len(lines)
    raws: list[_RawTable] = []
    for reader, sign in _READERS:
        if sign is None or sign in text:
            raws.extend(reader(lines, taken, text))
    raws = _with_flow(lines, taken, raws, text)
    raws.sort(key=lambda t: t.start)
    tables = [_build(raw, k + 1) for k, raw in enumerate(raws)]
    for before, after in itertools.pairwise(tables):
        _carry_groups(before, after)
    return tables


def _with_flow(lines: list[str], taken: list[bool], raws: list[_RawTable], text: str | None = None) -> list[_RawTable]:
    """The tables whose cells come one after the other (:mod:`ndq57.parse.flow_tables`) among
    the lines no reader took or a reader of paragraphs took. Such a reading replaces the
    paragraph table it overlaps when that has no number or no time column (its cells not put in
    their columns), or puts a time in the time column of fewer rows."""
    from ndq57.parse.flow_tables import opens_owner, read  # (it reads with this module's helpers)

    paragraphs = [r for r in raws if r.export == "paragraphs" and r.rows]
    free = taken
    if paragraphs:
        free = list(taken)
        for r in paragraphs:
            free[r.start : r.end] = [False] * (r.end - r.start)
    found = read(lines, free, text)
    if not found:
        return raws
    dropped: list[_RawTable] = []
    kept: list[_RawTable] = []
    lost: list[tuple[_RawTable, list[_RawTable]]] = []
    for f in found:
        over = [r for r in paragraphs if f.start < r.end and r.start < f.end]
        if all(not _numbered_timed(r.rows[0]) or _better(f, r, opens_owner) for r in over):
            dropped += over
            kept.append(f)
        else:
            lost.append((f, over))
    # (a reading that lost to a paragraph table another reading replaced: two tables that one
    # paragraph table ran over)
    kept += [f for f, over in lost if all(any(r is d for d in dropped) for r in over)]
    for f in kept:
        taken[f.start : f.end] = [True] * (f.end - f.start)
    return [r for r in raws if not any(r is d for d in dropped)] + kept


def _better(flow: _RawTable, paragraphs: _RawTable, owner: Callable[[str], bool]) -> bool:
    """Whether the flow reading puts a time in the time column of more rows than the paragraph
    reading; as many, whether it puts a unit in the lead column of more rows less rows whose time
    or lead cell is neither, or as many so, fewer such rows. (A reading that shows empty cells, a
    cell merged down printed empty below, is compared by its times alone.)"""
    mine, theirs = _read_rows(flow, owner), _read_rows(paragraphs, owner)
    return mine[0] > theirs[0] if paragraphs.blanks_merged else mine > theirs


def _read_rows(raw: _RawTable, owner: Callable[[str], bool]) -> tuple[int, int, int]:
    """How many rows hold a time in the time column; how many a unit in the lead column (a reading
    that cut a wrapped cell at its line break puts a name's end there) less those that hold
    something else in either (a heading, a signer's title read as a row); those, negated."""
    roles = _raw_roles(raw.rows[0])
    lead = roles.index("lead") if "lead" in roles else None
    time = roles.index("time") if "time" in roles else None
    timed = leads = odd = 0
    for r in raw.rows[1:]:
        said = [" ".join(t.strip() for _, t in c.lines).strip() for c in r]
        when = said[time] if time is not None and time < len(said) else ""
        who = said[lead] if lead is not None and lead < len(said) else ""
        timed += _time_like(when)
        unit = bool(who) and (_unit_like(who) or owner(who))
        leads += unit
        odd += bool(who and not unit) or bool(when and not _time_like(when) and not _vague_time(when))
    return timed, leads - odd, -odd


def _raw_roles(cells: list[_Raw]) -> list[str | None]:
    """The role of each cell of an exported header row, read from its words."""
    return [_text_role(" ".join(t for _, t in c.lines)) for c in cells]


def _timed_rows(raw: _RawTable) -> int:
    """How many rows under the header hold a time in the time column."""
    roles = _raw_roles(raw.rows[0])
    if "time" not in roles:
        return 0
    at = roles.index("time")
    return sum(1 for r in raw.rows[1:] if at < len(r) and _time_like(" ".join(t for _, t in r[at].lines)))


def _numbered_timed(cells: list[_Raw]) -> bool:
    """A header with a number column first and a time column."""
    roles = _raw_roles(cells)
    return bool(roles) and roles[0] == "index" and "time" in roles


def _carry_groups(before: Table, after: Table) -> None:
    """A table that goes on from the one before it (the next page, its header printed again:
    the same header, row numbers going on): its rows before a group row of its own are in the
    group the rows before ended in ("II" > "7", not "7")."""
    if after.header != before.header or not task_table(after.columns):
        return
    last = next((r for r in reversed(before.rows) if r.kind == "task" and r.label and r.path), None)
    first = next((r for r in after.rows if r.kind in ("task", "group")), None)
    if last is None or first is None or first.kind != "task" or not (last.label or "").isdigit():
        return
    if first.label != str(int(last.label or "0") + 1) or last.path == last.label:
        return
    assert last.path is not None and last.label is not None
    prefix = last.path[: -len(last.label) - 1] if last.path.endswith("." + last.label) else None
    if not prefix:
        return
    for r in after.rows:
        if r.kind == "group":
            break
        if r.path is not None and r.kind in ("task", "continuation"):
            r.path = join_path(prefix, r.path)


def mask_tables(lines: list[Line], tables: list[Table]) -> tuple[list[Line], list[Table]]:
    """The lines of the tables that lie wholly among ``lines`` replaced by one line of kind
    ``table`` each (its text: the rows, cells joined by `` | ``), so that the tables are neither
    reflowed into paragraphs nor read as sentences. Returns the lines and those tables."""
    if not lines or not tables:
        return lines, []
    lo, hi = lines[0].no, lines[-1].no
    inside = [t for t in tables if lo <= t.line and t.end_line <= hi]
    if not inside:
        return lines, []
    out: list[Line] = []
    ahead = iter(inside)
    t: Table | None = next(ahead)  # the first table that does not end before the line
    noted: Table | None = None  # the table whose page lines (footnotes) were put in last
    for i, ln in enumerate(lines):
        no = ln.no
        while t is not None and t.end_line < no:
            t = next(ahead, None)
        if t is None:
            out += lines[i:]  # (past the last table: the lines as they are)
            break
        if t.line <= no:
            if noted is not t and (not out or out[-1].kind != "table" or out[-1].no != t.line):
                out.append(Line(t.line, table_text(t), "table"))
            if t.page_lines and no in t.page_lines:
                out.append(ln)  # a page's footnote among the rows: after the table, the body's
                noted = t
            continue
        noted = None
        out.append(ln)
    return out, inside


def table_text(table: Table) -> str:
    """The table as text: one line per row, cells joined by `` | ``."""
    return "\n".join(" | ".join(c.text.replace("\n", " ") for c in r.cells) for r in table.rows)


def appendix_after(lines: list[Line], body_end: int, signed: int | None, tables: list[Table]) -> int | None:
    """Where an appendix printed after the signature starts when no ``PHỤ LỤC`` heading of the
    expected form opens it ("PHỤ LỤC SỐ 01", "DANH MỤC NHIỆM VỤ" over a task table): at the first
    line after the signer's, provided a task table follows; with no signer's name (a copy that
    left it out, a draft), at the first task table after the sign-off's first line. None otherwise."""
    if signed is None:
        if body_end >= len(lines):
            return None
        after = lines[body_end].no
        first = min((t.line for t in tables if t.line > after and task_table(t.columns)), default=None)
        return None if first is None else next((i for i in range(body_end, len(lines)) if lines[i].no >= first), None)
    if not any(t.line > signed and task_table(t.columns) for t in tables):
        return None
    return next((i for i in range(body_end, len(lines)) if lines[i].no > signed and lines[i].kind != "blank"), None)


def appendix_section(owner: Section | None, line: int, attached: int | None) -> str | None:
    """The section of a table: the section that holds it, except that a table after the
    signature under no appendix heading of its own belongs to an appendix, not to the last
    section of the body."""
    if attached is not None and line >= attached and (owner is None or owner.line < attached):
        return str(load("tables")["appendix_label"])
    return owner.path if owner else None
