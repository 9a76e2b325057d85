"""A table of rows for people: sorted (by due date, recurring last), fitted to the screen.

The width is the caller's (``ndq57`` passes ``COLUMNS``, else the terminal's, else 100). Columns
keep their place; when they do not fit even at their narrowest, the least important go first
(for deadlines: kind, then section, then the document). Long cells wrap on words, up to a few
lines, and end in ``…`` when cut. Rows that take several lines are set apart by a blank line.
Words, dates and roles are Vietnamese by default (``lang="en"`` for English); control characters
of the document never reach the terminal.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

from ndq57.export.labels import DEFAULT_LANG, Labels
from ndq57.export.rows import DEADLINES, Column, RowSpec
from ndq57.export.text import display

DEFAULT_WIDTH = 100
MIN_WIDTH = 40
GAP = "  "
RULE = "─"


def width_of(text: str) -> int:
    """Terminal cells of a text: combining marks take none, wide (East Asian) characters two."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text
    )


def _cut(text: str, width: int) -> str:
    out, used = [], 0
    for c in text:
        w = width_of(c)
        if used + w > width:
            break
        out.append(c)
        used += w
    return "".join(out)


def wrap(text: str, width: int, lines: int = 0) -> list[str]:
    """``text`` wrapped on words into lines of at most ``width`` cells; with ``lines``, at most that
    many, the last one ending in ``…`` when text was left out.

    >>> wrap("Sở Tài chính (chủ trì), Sở Nội vụ (phối hợp)", 16)
    ['Sở Tài chính', '(chủ trì), Sở', 'Nội vụ (phối', 'hợp)']
    >>> wrap("một hai ba bốn năm sáu bảy", 8, lines=2)
    ['một hai', 'ba bốn…']
    """
    width = max(width, 1)
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text:
        return [""]
    out = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
    out = [ln if width_of(ln) <= width else _cut(ln, width) for ln in out]
    if lines and len(out) > lines:
        out = out[:lines]
        last = out[-1]
        while last and width_of(last) + 1 > width:
            last = last[:-1]
        out[-1] = last.rstrip(" ,;") + "…"
    return out


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - width_of(text), 0)


def layout(columns: Sequence[Column], cells: Sequence[Sequence[str]], headers: Sequence[str], total: int) -> tuple[
    list[int], list[int]
]:
    """(indices of the columns shown, their widths) for a table of ``total`` cells across."""
    shown = list(range(len(columns)))

    def floor(i: int) -> int:
        return max(columns[i].width, min(width_of(headers[i]), columns[i].max_width))

    def room(idx: list[int]) -> int:
        return total - len(GAP) * (len(idx) - 1)

    while len(shown) > 1 and sum(floor(i) for i in shown) > room(shown):
        drop = min(shown, key=lambda i: columns[i].priority)
        shown.remove(drop)
    widths = {}
    for i in shown:
        longest = max([width_of(headers[i])] + [width_of(row[i]) for row in cells])
        widths[i] = max(min(longest, columns[i].max_width), min(floor(i), longest))
    # too wide: take from the widest columns, never under their floor
    excess = sum(widths.values()) - room(shown)
    while excess > 0:
        candidates = [i for i in shown if widths[i] > floor(i)]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: (widths[i] - floor(i), columns[i].priority))
        widths[widest] -= 1
        excess -= 1
    if excess > 0:  # even the floors do not fit (one very narrow screen): squeeze the last column
        last = shown[-1]
        widths[last] = max(widths[last] - excess, 1)
    return shown, [widths[i] for i in shown]


def render(
    items: Iterable[Mapping[str, Any]],
    stream: TextIO,
    *,
    width: int | None = None,
    lang: str = DEFAULT_LANG,
    spec: RowSpec = DEADLINES,
) -> None:
    """Print the rows of ``spec.table`` as a table at most ``width`` cells wide."""
    labels = Labels(lang)
    total = max(width or DEFAULT_WIDTH, MIN_WIDTH)
    rows = sorted(items, key=spec.sort)
    if not rows:
        stream.write(labels.word(spec.empty) + "\n")
        return
    columns = spec.table
    headers = [display(labels.column(c.key)) for c in columns]
    cells = [[display(c.text(row, labels)) for c in columns] for row in rows]
    shown, widths = layout(columns, cells, headers, total)
    wrapped = [[wrap(row[i], w, columns[i].lines) for i, w in zip(shown, widths, strict=True)] for row in cells]
    tall = any(len(cell) > 1 for row in wrapped for cell in row)

    def line(parts: Sequence[str]) -> str:
        return GAP.join(_pad(p, w) for p, w in zip(parts, widths, strict=True)).rstrip() + "\n"

    stream.write(line([_cut(headers[i], w) for i, w in zip(shown, widths, strict=True)]))
    stream.write(GAP.join(RULE * w for w in widths) + "\n")
    for n, row in enumerate(wrapped):
        if tall and n:
            stream.write("\n")
        height = max(len(cell) for cell in row)
        for k in range(height):
            stream.write(line([cell[k] if k < len(cell) else "" for cell in row]))
    if any(row.get("due_basis") == "document_date" for row in rows):
        stream.write("\n" + "\n".join(wrap(labels.word("estimated_note"), total)) + "\n")
