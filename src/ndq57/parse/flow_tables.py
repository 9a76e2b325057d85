"""Tables whose cells come one after the other: the text ``pdftotext`` prints without
``-layout`` (each cell a paragraph, blank lines between) and the raw text of PDF libraries
(PDFium's ``get_text_range``, pypdf's ``extract_text``, PyMuPDF's ``get_text``: a row's cells
line after line, cells on one baseline joined by a blank, "Các phòng chuyên môn Quý II/2026
Quyết định ban hành").

No column can be told by its place there. A table is read as a run that opens with a header (a
number column's heading, "STT", maybe cut over two lines "ST" / "T", then the column words of
``data/tables.yaml``, a task and a time column at least) and whose rows open with their numbers in
sequence (``1``, ``2`` …, ``1.1``, ``1.2`` under ``1``, groups ``I``, ``II`` … or ``A``, ``B`` …).
In a row, the task is the text up to the first unit that opens a cell (at the start of a line, or
after the task's last word on its line: a capitalised unit head), that unit is the lead, and the
time expressions after the task that open a cell (a capital or a number: "Quý II/2026", "Trước
ngày 30/5/2026"; a product's "ngày 15/6/2026" does not) are its deadlines; under a time heading
split into a start and an end ("Bắt đầu" | "Hoàn thành") the ends only. The last row ends at its
time (and the cell after it, a product): the text after the table follows without a mark.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ndq57 import cached_re as re
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.memo import per_document
from ndq57.parse import tables as tb
from ndq57.parse.sections import _families_by_first, match_numbering
from ndq57.parse.syllables import _data_pairs
from ndq57.textutil import alternation, mostly_upper

_HEADER_LINES = 24  # non-blank lines of a header at most (a page break may cut it)
_NOISE = 3  # lines of a header that are no column words (a running foot, a page number)
_ROW_LINES = 60  # lines of a row at most
_ROW_CHARS = 3000  # characters of a row at most
_FIRST = frozenset({"1", "I", "A"})
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_FIRST = frozenset("IVX \t\f")

Span = tuple[int, int]


@dataclass(slots=True)
class _Piece:
    line: int  # index of the line
    text: str  # the line's text (for the row's first line: after its number)
    start: int  # offset in the row's text (its pieces joined by blanks)
    para: bool  # a blank line before it (``pdftotext``: a cell of its own)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class _Header:
    texts: list[tuple[str, str]]  # (role, heading as printed) in the header's order
    split: bool  # a time heading split into a start and an end
    lines: set[int]  # the lines of the header after its first
    rows_at: int  # the line of the first row

    @property
    def roles(self) -> list[str]:
        return [r for r, _ in self.texts]


@dataclass(slots=True)
class _Seq:
    """Row numbers in sequence: ``1``, ``2`` …; ``2.1``, ``2.2`` under ``2``; ``I``, ``II`` …;
    ``A``, ``B`` …; ``1`` again under a new group."""

    last_int: int | None = None
    last_sub: int | None = None
    roman: str | None = None
    letter: str | None = None
    grouped: bool = False
    started: bool = False

    def accepts(self, lab: str) -> bool:
        if not self.started:
            if lab not in _FIRST:
                return False
        elif lab.isdigit():
            d = int(lab)
            if not (d == (self.last_int or 0) + 1 or (d == 1 and self.grouped)):
                return False
        elif regex.fullmatch(r"\d{1,3}\.\d{1,3}", lab):
            a, b = (int(x) for x in lab.split("."))
            if a != self.last_int or b != (self.last_sub or 0) + 1:
                return False
        elif lab in _ROMANS:
            want = "I" if self.roman is None else _ROMANS[(_ROMANS.index(self.roman) + 1) % len(_ROMANS)]
            if lab != want:
                return False
        elif regex.fullmatch(r"[A-H]", lab):
            if lab != ("A" if self.letter is None else chr(ord(self.letter) + 1)):
                return False
        else:
            return False
        self._count(lab)
        return True

    def _count(self, lab: str) -> None:
        self.started = True
        if lab.isdigit():
            self.last_int, self.last_sub, self.grouped = int(lab), None, False
        elif "." in lab:
            self.last_sub = int(lab.split(".")[1])
        elif lab in _ROMANS:
            self.roman, self.grouped = lab, True
        else:
            self.letter, self.grouped = lab, True


@dataclass(slots=True)
class _Row:
    label: str
    line: int
    pieces: list[_Piece] = field(default_factory=list)


# ------------------------------------------------------------------------------------- words


@dataclass(slots=True)
class _FlowWords:
    head: regex.Pattern[str]  # a unit head anywhere (case-insensitive; the caller asks for a capital)
    tails: frozenset[str]  # unit heads that go on the name before them
    time_parts: regex.Pattern[str]  # "Bắt đầu" under a time heading
    vague: regex.Pattern[str]  # "Thường xuyên" anywhere
    joining: frozenset[str]
    name_joins: frozenset[str]  # words that join two parts of a unit's name or two units ("và")
    time_words: frozenset[str]


@functools.cache
def _flow_words() -> _FlowWords:
    data = load("tables")
    heads = [str(w) for w in [*data["unit_heads"], *data["flow"]["owner_heads"]]]
    return _FlowWords(
        head=regex.compile(
            rf"(?<!\p{{L}})(?!(?:{alternation(str(w) for w in data['flow']['not_heads'])})(?!\p{{L}}))"
            rf"(?:{alternation(heads)})(?!\p{{L}})",
            regex.IGNORECASE,
        ),
        tails=frozenset(str(w) for w in data["flow"]["name_tails"]),
        time_parts=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(str(w) for w in data['time_start'])})(?!\p{{L}})", regex.IGNORECASE
        ),
        vague=regex.compile(rf"(?<!\p{{L}})(?:{alternation(data['vague_time'])})(?!\p{{L}})", regex.IGNORECASE),
        joining=frozenset(str(w) for w in [*data["table_tasks"]["joining"], *data["flow"]["before_names"]])
        | tb._cell_open_ends(),
        name_joins=frozenset(str(w) for w in data["table_tasks"]["joining"]),
        time_words=frozenset(str(w) for w in data["flow"]["time_words"]),
    )


def _strip(line: str) -> str:
    return line.strip(" \t\f\r\v")


# ------------------------------------------------------------------------------------ reading


def read(lines: list[str], taken: list[bool], text: str | None = None) -> list[tb._RawTable]:
    """The tables of ``lines`` (those not ``taken``) whose cells come one after the other
    (``text``: the lines joined, when the caller has it)."""
    out: list[tb._RawTable] = []
    # (the lines that may open with a number column's heading: those the pattern finds, then
    # tested one by one)
    found = tb.lines_opened(_index_pattern(), lines, text)
    opens = [no for no in found if lines[no][:1] in _OPENERS and _may_open(lines[no])]
    p = 0
    while p < len(opens):
        i = opens[p]
        p += 1
        if taken[i]:
            continue
        t = _table_at(lines, i, taken) or _column_runs(lines, i, taken)
        if t is None:
            continue
        out.append(t)
        for x in range(t.start, t.end):
            taken[x] = True
        p = bisect.bisect_left(opens, t.end)  # (on from the line after the table)
    return out


_OPENERS = frozenset("STst \f")


@functools.cache
def _index_firsts() -> frozenset[str]:
    """The first words of a number column's heading, lower case ("stt", "số"; "st" cut)."""
    words = {str(w).split()[0].lower().rstrip(".") for w in load("tables")["columns"]["index"]}
    return frozenset(words | {"st"})


@functools.cache
def _index_pattern() -> re.Pattern[str]:
    """Where a line of the text in lower case opens with the first word of a number column's
    heading, after blanks and form feeds, each match from the line break before the line (the
    engine skips from one break to the next): :func:`_may_open`'s lines, some others too (the
    lower case of the text is that of each line)."""
    words = sorted(_index_firsts(), key=lambda x: (-len(x), x))  # (not in a set's hash order)
    return re.compile(rf"\n[ \f]*(?:{'|'.join(re.escape(w) for w in words) or '(?!)'})")


def _may_open(line: str) -> bool:
    """Whether the line may open with a number column's heading (a cheap test first)."""
    word = line[:6].lstrip(" \f").split(" ", 1)[0] if line[:1] in _OPENERS else ""
    return word.rstrip(".").lower() in _index_firsts()


def _index_at(lines: list[str], i: int) -> tuple[int, str] | None:
    """Where the header goes on and the rest of line ``i`` when it opens with a number column's
    heading ("STT", "Số TT", "TT"; "ST" over "T": the heading cut in a narrow column)."""
    words = _strip(lines[i]).split()
    for k in (3, 2, 1):
        if len(words) >= k and tb._index_heading(" ".join(words[:k])):
            return i + 1, " ".join(words[k:])
    if words[:1] == ["ST"]:
        j = next((x for x in range(i + 1, min(i + 3, len(lines))) if _strip(lines[x])), None)
        if len(words) == 1 and j is not None and _strip(lines[j]) == "T":
            return j + 1, ""
        # (its "T" printed further down, after a footnote cut the header: the header's words
        # must make a task and a time column for it to count)
        return i + 1, " ".join(words[1:])
    return None


def _header_roles(text: str) -> tuple[list[tuple[str, str]], bool]:
    """The column roles the header's words name, in order, with their headings; whether a time
    heading is split into a start and an end."""
    found, split = _read_header_roles(text)
    return list(found), split


@per_document
@functools.lru_cache(maxsize=1024)
def _read_header_roles(text: str) -> tuple[tuple[tuple[str, str], ...], bool]:
    """:func:`_header_roles` (a header's lines are read again as its rows are looked for: once)."""
    w = tb._words()
    low = " ".join(text.split())
    out: list[tuple[str, str]] = []
    for m in w.roles.finditer(low):
        role = w.role_of.get(" ".join(m.group().lower().split()))
        if role is not None and not any(r == role for r, _ in out):
            out.append((role, m.group()))
    split = False
    if any(r == "time" for r, _ in out):
        split = _flow_words().time_parts.search(low) is not None
    return tuple(out), split


_CUT_WORDS = 2  # words of a heading's end cut onto a line of its own at most


def _header_text(texts: list[str]) -> str:
    """The header's lines joined, a heading's end cut onto the next line put back after the
    word it follows when that makes a column's heading the lines do not name otherwise: two
    headings on one baseline, the first cut in a narrow column ("Cơ quan chủ Thời gian" / "trì"
    / "hoàn" / "thành": "Cơ quan chủ trì", "Thời gian hoàn thành")."""
    out = [*texts]
    k = 1
    while k < len(out):
        cut = out[k].split()
        if not 1 <= len(cut) <= _CUT_WORDS or not out[k][:1].islower():
            k += 1
            continue
        have = {r for r, _ in _header_roles(" ".join(out))[0]}
        words = out[k - 1].split()
        for x in range(1, len(words)):
            tried = " ".join([*words[:x], *cut, *words[x:]])
            if {r for r, _ in _header_roles(tried)[0]} - have:
                out[k - 1] = tried
                del out[k]
                break
        else:
            k += 1
    return " ".join(out)


def _header_line(s: str, after: str = "") -> bool:
    """A line of column words, or a heading's wrapped end ("hợp", "hoàn thành"); a heading
    wrapped onto the line ``after`` it ("Đơn vị phối" / "hợp") too."""
    if len(s) > 160 or regex.search(r"\d", s):
        return False
    words = s.split()
    if len(words) <= 2 and all(len(x) <= 8 for x in words):
        return True
    if _covered(s):
        return True
    more = after.split(maxsplit=2)[:2]
    return bool(more) and not regex.search(r"\d", after) and _covered(" ".join([s, *more]))


def _covered(s: str) -> bool:
    covered = sum(len(m.group()) for m in tb._words().roles.finditer(s))
    covered += sum(len(m.group()) for m in _flow_words().time_parts.finditer(s))
    return covered * 2 >= len(s.replace(" ", ""))


def _next_text(lines: list[str], j: int) -> str:
    """The next line with text after line ``j`` (within a blank line or two)."""
    for x in range(j + 1, min(j + 3, len(lines))):
        if s := _strip(lines[x]):
            return s
    return ""


def _header_at(lines: list[str], i: int, taken: list[bool]) -> _Header | None:
    at = _index_at(lines, i)
    if at is None:
        return None
    j, rest = at
    texts = [rest] if rest else []
    if rest and not _header_line(rest):
        return None
    used: set[int] = set(range(i + 1, j))
    pending: int | None = None
    noise = seen = 0
    n = len(lines)

    def complete() -> bool:
        roles = {r for r, _ in _header_roles(_header_text(texts))[0]}
        return "task" in roles and "time" in roles

    while j < n and seen < _HEADER_LINES:
        s = _strip(lines[j])
        if not s:
            j += 1
            continue
        if taken[j] or (_may_open(s) and _index_at(lines, j) is not None):
            return None  # (taken, or another header: this one had no rows)
        seen += 1
        tok, _, after = s.partition(" ")
        lab = tb._label(tok)
        if lab is not None and lab in _FIRST:
            if complete():
                return _header(texts, used, j if pending is None else pending)
            if pending is None and (late := _late_time(lines, j, taken, texts)) is not None:
                texts.append(late[0])
                return _header(texts, used | late[1], j)
            if pending is None and not after.strip():
                pending = j  # ("STT" over "I": the first group's number printed beside the heading)
                j += 1
                continue
            return None
        if lab is None and _header_line(s, _next_text(lines, j)):
            texts.append(s)
            used.add(j)
        elif pending is not None and complete():
            return _header(texts, used, pending)
        else:
            noise += 1
            if noise > _NOISE:
                return None
            used.add(j)
        j += 1
    return None


_LATE = 40  # lines after the first row's number in which a time heading printed late is looked for


def _late_time(lines: list[str], j: int, taken: list[bool], texts: list[str]) -> tuple[str, set[int]] | None:
    """A time column's heading ``pdftotext`` printed after the first row's other cells (the
    column a block of its own, its heading on top: "TT" / "Nội dung nhiệm vụ" / "Đơn vị thực
    hiện" / "1" / the task / the unit / "Thời gian hoàn" / "thành" / "Trước ngày 31/3/2026"),
    when the header read so far names a task column and no time column: the heading's words
    (maybe wrapped over a second short line) right over a time cell, within ``_LATE`` lines of
    the first row's number ``j``, before the table's text stops. Its text and lines, or None."""
    roles = {r for r, _ in _header_roles(_header_text(texts))[0]}
    if "task" not in roles or "time" in roles:
        return None
    n = len(lines)
    for k in range(j + 1, min(n, j + _LATE)):
        if taken[k]:
            return None
        said = _strip(lines[k])
        if not said:
            continue
        if _stops(said) or (_may_open(said) and _index_at(lines, k) is not None):
            return None
        if len(said) > 40 or regex.search(r"\d", said):
            continue
        found, _ = _header_roles(said)
        if [r for r, _ in found] != ["time"] or not _covered(said):
            continue
        heading, used, x = said, {k}, k + 1
        while x < n and not _strip(lines[x]):
            x += 1
        nxt = _strip(lines[x]) if x < n else ""
        if nxt and not regex.search(r"\d", nxt) and len(nxt.split()) <= 2 and not tb._time_like(nxt):
            heading, used = f"{heading} {nxt}", used | {x}  # (the heading's wrapped end: "thành")
            x += 1
            while x < n and not _strip(lines[x]):
                x += 1
        cell = " ".join(_strip(lines[y]) for y in range(x, min(x + 2, n)))
        return (heading, used) if tb._time_like(cell) else None
    return None


def _header(texts: list[str], used: set[int], rows_at: int) -> _Header:
    roles, split = _header_roles(_header_text(texts))
    return _Header(roles, split, {x for x in used if x > rows_at}, rows_at)


def _stops(s: str) -> bool:
    """A line the table cannot go on over: an appendix heading, the note that attaches it, a
    numbered heading ("III. TỔ CHỨC THỰC HIỆN", "2.2. Về công tác …")."""
    heads = tb._appendix_heads()
    if s.startswith(heads):
        # (not a running foot that names the appendix: "Phụ lục Kế hoạch số 41/KH-UBND")
        rest = s[len(next(h for h in heads if s.startswith(h))) :].split()
        return not rest or rest[0].isupper() or rest[0][:1].isdigit() or tb._label(rest[0].strip(":.")) is not None
    if s and tb._attached().match(s):
        return True  # (the note that attaches an appendix: ``tb._outside`` of a text alone)
    families = _families_by_first().get(s[:1])
    if families is not None and "roman" not in families and "decimal" not in families:
        return False  # (a numbering opening so is of none of those: not looked for)
    num = match_numbering(s)
    if num is None or num.family not in ("roman", "decimal"):
        return False
    return s[len(num.label) : len(num.label) + 1] in (".", ")") and regex.search(r"\p{L}{2}", s[num.end :]) is not None


_NUMBER_ALONE = regex.compile(r"(?:[IVX]{1,5}|\d{1,2})[.)]|\d{1,2}(?:\.\d{1,2}){1,2}\.")


def _heading_alone(s: str, after: str) -> bool:
    """A heading's number on a line of its own ("III.", "3.", "2.2."; a page number has no stop), its
    words on the next line in capitals or opening with one ("TỔ CHỨC THỰC HIỆN"): PyMuPDF and
    PDFium print a numbered heading's number and words apart."""
    return (
        _NUMBER_ALONE.fullmatch(s) is not None
        and after[:1].isupper()
        and regex.match(r"\p{L}{2}", after) is not None
        and not _head_at(after, 0)
    )


_BACK = 300  # lines before a table searched for the heading of its section


def _heading_after(lines: list[str], i: int) -> str | None:
    """The number the document's next Roman heading takes ("III" after "II. NHIỆM VỤ" or a lone
    "II." over its words) when such a heading comes before line ``i`` (a table's header)."""
    for x in range(i - 1, max(i - _BACK, 0) - 1, -1):
        m = _ROMAN_HEADING.match(lines[x])
        if m is not None and m.group(1) in _ROMANS:
            k = _ROMANS.index(m.group(1))
            return _ROMANS[k + 1] if k + 1 < len(_ROMANS) else None
    return None


_ROMAN_HEADING = regex.compile(r"[ \t\f]*([IVX]{1,5})[.)](?:[ \t]*$|[ \t]+\p{Lu})")


def _next_heading(lines: list[str], k: int, label: str | None, seq: _Seq) -> bool:
    """Whether line ``k`` is the document's next Roman heading (``label``, with its stop: "III."
    alone or over its words), not a group row of the table: no row number going on from the rows
    read comes after its words."""
    s = _strip(lines[k])
    m = _ROMAN_HEADING.match(s)
    if label is None or m is None or m.group(1) != label:
        return False
    words = s[m.end(1) + 1 :].strip()
    at = k
    if not words:
        at = next((x for x in range(k + 1, min(k + 3, len(lines))) if _strip(lines[x])), k)
        words = _strip(lines[at]) if at > k else ""
    if not words.isupper():
        return False  # (its words in capitals: "TỔ CHỨC THỰC HIỆN", not a cell, "Sở Công")
    nxt = _next_text(lines, at)
    lab = tb._label(nxt.partition(" ")[0]) if nxt else None
    return lab is None or not replace(seq).accepts(lab)


def _rows(
    lines: list[str], head: _Header, taken: list[bool], times: Callable[[str], list[Span]], outer: str | None = None
) -> list[_Row]:
    rows: list[_Row] = []
    seq = _Seq()
    para = True
    stop: bool | None = None  # the rows' numbers written with a stop ("1.") or not ("1")
    n = len(lines)
    k = head.rows_at
    while k < n:
        if taken[k]:
            break
        if rows and outer is not None and lines[k][:1] in _ROMAN_FIRST and _next_heading(lines, k, outer, seq):
            break
        s = _strip(lines[k])
        if k in head.lines:
            k += 1
            continue
        if not s:
            para = True
            k += 1
            continue
        if rows and (again := _header_again(lines, k)) is not None:
            # the header printed again on the next page; a new table when its first row's
            # number does not go on
            nxt = _next_text(lines, again - 1) if again < n else ""
            lab = tb._label(nxt.partition(" ")[0]) if nxt else None
            if lab is not None and not replace(seq).accepts(lab):
                break
            k = again
            continue
        if rows and ((_stops(s) and _running_line(lines, k)) or (s[:1] in "-–" and _page_mark(lines, k))):
            # a running header or foot naming the appendix at the page break, or the page's number
            # between dashes ("- 3 -"): the rows go on
            k += 1
            continue
        tok, _, after = s.partition(" ")
        lab = tb._label(tok)
        if lab is not None and rows and lab == rows[0].label and len(rows) <= 2 and _notes(rows, head, times):
            # the first "rows" were a footnote's number and text under a header the page cut
            rows, seq = [], _Seq()
        if lab is not None and stop is not None and lab.isdigit() and (tok[-1:] in ".)") != stop:
            lab = None  # ("3." under rows "1", "2": the document's next heading, not a row)
        if lab is not None and seq.accepts(lab):
            if stop is None and lab.isdigit():
                stop = tok[-1:] in ".)"
            rows.append(_Row(lab, k, [_Piece(k, after.strip(), 0, True)]))
        elif _stops(s) or not rows or _heading_alone(s, _next_text(lines, k)):
            break
        elif lab is not None and not after.strip():
            # a page number (or a heading's number out of place): what follows opens a paragraph
            para = True
            k += 1
            continue
        else:
            row = rows[-1]
            last = row.pieces[-1]
            if len(row.pieces) >= _ROW_LINES or last.end + len(s) > _ROW_CHARS:
                break  # (no row is so long: the table ended, its last row is cut at its time)
            row.pieces.append(_Piece(k, s, last.end + 1, para))
        para = False
        k += 1
    return rows


_TAIL = regex.compile(r"(?:[IVX]{1,4}|\d{1,2})/\d{4}")


def _restart(pieces: list[_Piece]) -> None:
    """Each piece's offset in the row's text again, after pieces' texts changed."""
    start = 0
    for piece in pieces:
        piece.start = start
        start = piece.end + 1


def _rejoin_times(row: _Row) -> None:
    """Two time cells side by side whose word and number wrap ("Quý" / "II/2027" beside "Quý" /
    "III/2027") print their first lines together ("… Quý Quý") and their numbers on a later line
    ("… II/2027 III/2027", maybe after a page break): the words put back before their numbers."""
    words = _flow_words().time_words
    pieces = row.pieces
    if _rejoin_lone_times(pieces, words):
        return
    for k, p in enumerate(pieces):
        toks = p.text.split()
        if len(toks) < 2 or toks[-1].lower() not in words:
            continue
        count = len(toks) - next((x for x in range(len(toks) - 1, -1, -1) if toks[x] != toks[-1]), -1) - 1
        if count < 2:
            if _glued_time(pieces, k):
                return
            continue
        for q in pieces[k + 1 : k + 12]:
            nums = q.text.split()
            tail = len(nums) - next((x for x in range(len(nums) - 1, -1, -1) if not _TAIL.fullmatch(nums[x])), -1) - 1
            if tail == 0:
                continue
            if tail == count:
                p.text = " ".join(toks[:-count])
                q.text = " ".join([*nums[:-count], *(f"{toks[-1]} {x}" for x in nums[-count:])])
                _restart(pieces)
            break
        return


def _glued_time(pieces: list[_Piece], k: int) -> bool:
    """One time cell whose word and number wrap ("Tháng" / "9/2027") beside a unit cell on the
    same baseline: ``pdftotext`` glues the word to the unit's line ("Văn phòng UBND Tháng") and
    prints the number on a later line of the unit's paragraph ("tỉnh" / "9/2027"). The word is
    put back before its number, a cell of its own (a paragraph), when that number stands alone
    on its line within the next two lines of the same paragraph and the line the word ends opens
    no time itself ("Trước ngày 15 tháng" is a time cell's own wrap)."""
    p = pieces[k]
    toks = p.text.split()
    for q in pieces[k + 1 : k + 3]:
        if q.para:
            return False
        if _TAIL.fullmatch(q.text.strip()) is None:
            continue
        if _opens_time(p.text):
            return False
        p.text = " ".join(toks[:-1])
        q.text = f"{toks[-1]} {q.text.strip()}"
        q.para = True
        _restart(pieces)
        return True
    return False


def _rejoin_lone_times(pieces: list[_Piece], words: frozenset[str]) -> bool:
    """The same in PyMuPDF's text, a line a cell: the words a line each ("Quý" / "Quý"), their
    numbers a line each further on ("II/2027" / "III/2027", the row going on over a page break)."""
    k = 0
    n = len(pieces)
    while k < n:
        if pieces[k].text.lower() not in words:
            k += 1
            continue
        j = k
        while j < n and pieces[j].text == pieces[k].text:
            j += 1
        count = j - k
        if count < 2:
            k = j
            continue
        x = next((x for x in range(j, min(j + 12, n)) if _TAIL.fullmatch(pieces[x].text)), None)
        if x is None or x + count > n or not all(_TAIL.fullmatch(p.text) for p in pieces[x : x + count]):
            return False
        word = pieces[k].text
        for p in pieces[k:j]:
            p.text = ""
        for p in pieces[x : x + count]:
            p.text = f"{word} {p.text}"
        _restart(pieces)
        return True
    return False


def _running_line(lines: list[str], k: int) -> bool:
    """Line ``k``, two lines or less from a page break, is a running header or foot naming the
    appendix ("Phụ lục I – Kế hoạch số 112/KH-UBND ..."), not its heading
    (:func:`tb.appendix_heading_only`): a line of three words or more whose words (numbers aside)
    stand as near another page break."""
    n = len(lines)
    if not any("\f" in lines[y] for y in range(max(0, k - 2), min(n, k + 3))):
        return False
    s = _strip(lines[k])
    if len(s) > _RUNNING_CHARS or s.count(" ") < 2 or tb.appendix_heading_only(s):
        return False
    key = tb._digits_as_one(s)
    return any(abs(f - k) > 2 for f in tb.derived(lines, "breaks_near", _breaks_near).get(key, ()))


def _breaks_near(lines: list[str]) -> dict[str, list[int]]:
    """The lines two lines or less from each page break, by their words (numbers aside): the
    breaks each stands near, found once per text (``tables.derived``)."""
    out: dict[str, list[int]] = {}
    n = len(lines)
    for f in tb._lines_with("\n".join(lines), "\f"):
        for y in range(max(0, f - 2), min(n, f + 3)):
            out.setdefault(tb._digits_as_one(_strip(lines[y])), []).append(f)
    return out


_RUNNING_CHARS = 120  # a running header or foot is at most this long


def _page_mark(lines: list[str], k: int) -> bool:
    """Line ``k`` is a page's number between dashes ("- 3 -"), two lines or less from a page break."""
    return tb._PAGE_MARK.fullmatch(_strip(lines[k])) is not None and any(
        "\f" in lines[y] for y in range(max(0, k - 2), min(len(lines), k + 3))
    )


def _notes(rows: list[_Row], head: _Header, times: Callable[[str], list[Span]]) -> bool:
    """Whether the rows read so far hold no lead and no time: a footnote's number and text."""
    return not any(any(_cells(r.pieces, head, times)[1:]) for r in rows)


def _header_again(lines: list[str], k: int) -> int | None:
    """The line after a header printed again from line ``k`` (a number column's heading, then
    lines of column words), or None."""
    at = _index_at(lines, k) if _may_open(lines[k]) else None
    if at is None:
        return None
    j, rest = at
    if rest and not _header_line(rest):
        return None
    n = len(lines)
    words = 0
    while j < n:
        s = _strip(lines[j])
        if s and not _header_line(s):
            break
        words += bool(s)
        j += 1
    return j if words or rest else None


def _table_at(lines: list[str], i: int, taken: list[bool]) -> tb._RawTable | None:
    head = _header_at(lines, i, taken)
    if head is None:
        return None

    from ndq57.extract.timex import find_time_expressions  # (a parse-stage reader of time cells)

    def times(text: str) -> list[Span]:
        return [(e.start, e.end) for e in find_time_expressions(text)[0]]

    rows = _rows(lines, head, taken, times, _heading_after(lines, i))
    for r in rows:
        _rejoin_times(r)
    if not any(r.label[:1].isdigit() for r in rows):
        return None

    most = max(len(r.pieces) for r in rows[:-1]) if len(rows) > 1 else _ROW_LINES
    partners: list[Cell] = []
    steps: dict[int, list[tuple[Cell, Cell, Cell]]] = {}
    if _paragraph_cells(rows):
        last = rows[-1]
        last.pieces = _last_paragraphs(last.pieces, head, times, most)
        parts: list[Cell] = []
        read = _paragraph_rows(rows, head, times, parts, steps if head.split else None)
        if _lead_then_partner(head) and any(parts):
            partners = parts
        else:
            steps.clear()
    else:
        read = [_cells(r.pieces, head, times) for r in rows]
        # the last row ends at its time and the cell after it: the text after the table follows
        last, cells = rows[-1], read[-1]
        end = _last_piece(last.pieces, cells, head, most)
        last.pieces = last.pieces[: end + 1]
        read[-1] = _cells(last.pieces, head, times)
        _trim_leads(read, head)
        shown = [lead for _, lead, _ in read]
        _carry_leads(rows, read, head, times)
        merged = _merged_times(rows, read, head)
        partners = _partner_cells(rows, read, shown, head, times, merged)
        for k, when in merged.items():
            read[k] = (read[k][0], read[k][1], when)
    if not any(c[2] for c in read):
        return None
    roles = head.roles
    has_lead = "lead" in roles
    heading = dict(head.texts)
    line0 = i + 1
    index = str(load("tables")["columns"]["index"][0])  # (the heading as the data writes it: "ST" / "T" cut)
    header = [tb._Raw([(line0, index)], line0), tb._Raw([(line0, heading["task"])], line0)]
    if has_lead:
        header.append(tb._Raw([(line0, heading["lead"])], line0))
    if partners:
        header.append(tb._Raw([(line0, heading["coordinate"])], line0))
    header.append(tb._Raw([(line0, heading["time"])], line0))
    out = [header]
    for k, (r, (task, lead, when)) in enumerate(zip(rows, read, strict=True)):
        at = r.line + 1
        row = [tb._Raw([(at, r.label)], at), tb._Raw(task, at)]
        if has_lead:
            row.append(tb._Raw(lead, at))
        if partners:
            row.append(tb._Raw(partners[k], at))
        row.append(tb._Raw(when, at))
        out.append(row)
        for task, part, when in steps.get(k, []) if partners else []:
            # (a step of the row: no number, its lead the row's, its units and time its own)
            at = when[0][0] if when else at
            step = [tb._Raw([], at), tb._Raw(task, at), tb._Raw([], at), tb._Raw(part, at), tb._Raw(when, at)]
            out.append(step)
    stop = last.pieces[-1].line + 1
    return tb._RawTable("paragraphs", i, stop, out, 1)


Cell = list[tuple[int, str]]


def _cells(pieces: list[_Piece], head: _Header, times: Callable[[str], list[Span]]) -> tuple[Cell, Cell, Cell]:
    """A row's task, lead and time cells (each as (line number, text) pieces)."""
    text = " ".join(p.text for p in pieces)
    starts = {p.start for p in pieces if p.text}
    lead_at = _lead_start(pieces)
    spans = times(text)
    # (a time opens a cell at a line's start, or inside a line with a capital: "… lưu trữ Quý III/2026")
    at_piece = next((a for a, _ in spans if a > 0 and (a in starts or text[a].isupper())), None)
    ends = [x for x in (lead_at, at_piece) if x is not None]
    task_end = min(ends) if ends else len(text)
    chosen = [(a, b) for a, b in spans if a >= task_end and (text[a].isupper() or (text[a].isdigit() and a in starts))]
    if not chosen:
        m = _flow_words().vague.search(text, task_end) if task_end < len(text) else None
        if m is not None and (text[m.start()].isupper() or m.start() in starts):
            chosen = [m.span()]
    elif head.split:
        chosen = chosen[1::2]
    lead: Cell = []
    if lead_at is not None:
        cuts = [a for a, _ in spans if a > lead_at] + [x for x in _mid_heads(pieces) if x > lead_at]
        vague = _flow_words().vague.search(text, lead_at + 1)
        if vague is not None and text[vague.start()].isupper():
            cuts.append(vague.start())
        cut = min(cuts, default=len(text))
        lead_end = _lead_end(pieces, lead_at, cut)
        roles = head.roles
        if "coordinate" in roles and "lead" in roles and roles.index("lead") < roles.index("coordinate"):
            lead_end = _baseline_partner(pieces, lead_at, lead_end) or lead_end
        lead = _slice(pieces, lead_at, lead_end)
        mixed = _mixed_lead(pieces, lead_at, cut, task_end)
        if mixed is not None:
            task, lead = mixed
            when = [seg for a, b in chosen for seg in _slice(pieces, a, b)]
            return task, lead, when
    task = _slice(pieces, 0, task_end)
    when = [seg for a, b in chosen for seg in _slice(pieces, a, b)]
    return task, lead, when


def _mixed_lead(pieces: list[_Piece], at: int, cut: int, task_end: int) -> tuple[Cell, Cell] | None:
    """The task and lead cells of a row whose lead opens inside a task's line and whose next
    lines interleave the two cells' (:func:`_interleaved`: "Kiểm tra việc chấp hành Sở Khoa học"
    / "quy định về phòng cháy, và Công nghệ" / "chữa cháy tại …"), when a line after the lead's
    first goes on the lead's name that way; None otherwise (the lead read as before)."""
    k = next((k for k, p in enumerate(pieces) if p.start < at < p.end), None)
    if k is None or task_end != at:
        return None
    upto = [p for p in pieces[k:] if p.start < cut]
    # (a line after the lead's first that opens with a unit is the next cell, the partners')
    upto = upto[: next((j for j in range(1, len(upto)) if opens_owner(upto[j].text)), len(upto))]
    if len(upto) < 2:
        return None
    task, lead = _interleaved(upto, at)
    if len(lead) < 2:
        return None
    before = _slice(pieces[:k], 0, task_end)
    return before + task, lead


def _carry_leads(
    rows: list[_Row], read: list[tuple[Cell, Cell, Cell]], head: _Header, times: Callable[[str], list[Span]]
) -> None:
    """A lead cell merged down over several rows is printed on its first row only: a row below
    it shows one unit where the header has a lead and a coordinating column before the time
    (the rows above showing both), and that unit is the coordinating one. Such a row takes the
    lead of the row above; a group row ("I", "II") ends the merge."""
    roles = head.roles
    if not ("lead" in roles and "coordinate" in roles and "time" in roles):
        return
    if not roles.index("lead") < roles.index("coordinate") < roles.index("time"):
        return
    runs = [_unit_runs(r.pieces, times) if r.label[:1].isdigit() else 0 for r in rows]
    if 2 not in runs:
        return
    above: Cell = []
    for k, r in enumerate(rows):
        if not r.label[:1].isdigit():
            above = []
            continue
        task, lead, when = read[k]
        if runs[k] == 1 and above:
            read[k] = (task, above, when)
        else:
            above = lead


def _merged_times(rows: list[_Row], read: list[tuple[Cell, Cell, Cell]], head: _Header) -> dict[int, Cell]:
    """A time cell merged down over several rows is printed once, with its first row: the rows
    below it show none. The rows with no time of their own that end the table or their group
    ("I", "II"), after a row with a time, take that time (by row index); a row with no time
    followed by rows with times takes none (a blank cell cannot be told from a merged one there)."""
    out: dict[int, Cell] = {}
    if "time" not in head.roles:
        return out
    above: Cell = []
    last = len(rows) - 1
    keep = _units_end(rows[last].pieces) if rows[last].label[:1].isdigit() and not read[last][2] else 0
    tail = True  # (no numbered row below in the group shows a time)
    for k in range(last, -1, -1):
        if not rows[k].label[:1].isdigit():
            tail = True
        elif read[k][2] or not (read[k][1] and (keep if k == last else _units_only(rows[k].pieces))):
            tail = False  # (a time of its own, or a cell no time reads: "Theo chỉ đạo")
        elif tail:
            out[k] = []
    for k, r in enumerate(rows):
        if not r.label[:1].isdigit():
            above = []
        elif read[k][2]:
            above = read[k][2]
        elif k in out:
            out[k] = above
    out = {k: when for k, when in out.items() if when}
    if last in out:
        # (the text after the table ran into its last row: the row ends at its units)
        rows[last].pieces = rows[last].pieces[:keep]
    return out


def _units_end(pieces: list[_Piece]) -> int:
    """How many of the last row's pieces hold its cells when the row shows no time: the most
    whose text from the lead on names units only (:func:`_units_only`), the text after the
    table left out; 0 when none."""
    for end in range(min(len(pieces), _ROW_LINES), 1, -1):
        if _units_only(pieces[:end]):
            return end
    return 0


def _units_only(pieces: list[_Piece]) -> bool:
    """Whether a row's text from its lead on names units only (``find_units``; between them
    punctuation and a joining word or two in lower case): its time cell is empty, not a phrase
    no time reads ("Theo chỉ đạo"), and no text after the table ran into it."""
    at = _lead_start(pieces)
    if at is None:
        return False
    from ndq57.extract.units import find_units  # (a parse module: read only for rows with no time)

    text = " ".join(p.text for p in pieces)[at:]
    rest: list[str] = []
    x = 0
    for u in find_units(text):
        rest.append(text[x : u.start])
        x = max(x, u.end)
    rest.append(text[x:])
    words = " ".join(rest).replace(",", " ").replace(";", " ").split()
    return x > 0 and len(words) <= 2 and not any(c.isupper() or c.isdigit() for w in words for c in w)


def _unit_runs(pieces: list[_Piece], times: Callable[[str], list[Span]]) -> int:
    """How many unit cells a row shows before its time: 0, 1 or 2 (two or more)."""
    lead_at = _lead_start(pieces)
    if lead_at is None:
        return 0
    text = " ".join(p.text for p in pieces)
    cut = next((a for a, _ in times(text) if a > lead_at and text[a].isupper()), len(text))
    mid = [x for x in _mid_heads(pieces) if lead_at < x < cut]
    if mid:
        return 2
    end = _lead_end(pieces, lead_at, cut)
    if any(end <= p.start < cut and _head_at(p.text, 0) for p in pieces):
        return 2
    # (a lead and a partner on one baseline, the partner's end wrapped: "Sở Tư pháp Thanh tra" / "tỉnh")
    return 2 if _baseline_partner(pieces, lead_at, end) is not None else 1


def _baseline_partner(pieces: list[_Piece], at: int, end: int) -> int | None:
    """Where a second unit opens inside the lead read from ``at`` to ``end``, a lead and a
    partner cell printed on one baseline, the partner's end wrapped onto the next line ("Sở Tư
    pháp Thanh tra" / "tỉnh"): the text names two units only, a blank between them, the second
    opening inside a line (units opening lines are one cell's, co-leads); None otherwise."""
    k = next((k for k, p in enumerate(pieces) if p.start <= at < p.end), None)
    if k is None or k + 1 >= len(pieces) or pieces[k + 1].start >= end:
        return None
    text = " ".join(p.text for p in pieces)[at:end].rstrip()
    from ndq57.extract.units import find_units  # (a parse module: read only for leads over two lines)

    found = find_units(text)
    if len(found) != 2 or found[0].start != 0 or found[1].end != len(text):
        return None
    if text[found[0].end : found[1].start].strip():
        return None
    x = at + found[1].start
    if x in {p.start for p in pieces} or x >= pieces[k].end:
        return None
    return x


def _slice(pieces: list[_Piece], a: int, b: int) -> Cell:
    out: Cell = []
    for p in pieces:
        if p.end <= a or p.start >= b:
            continue
        said = p.text[max(a - p.start, 0) : min(b, p.end) - p.start].strip(" ,;")
        if said:
            out.append((p.line + 1, said))
    return out


def opens_owner(text: str) -> bool:
    """Whether a cell's text opens with a unit's or an office's head in capitals ("Tổ Công nghệ
    thông tin", "Hiệu trưởng các trường")."""
    return _head_at(text, 0) > 0


def _head_at(text: str, pos: int) -> int:
    """The length of the unit head at ``pos`` written with a capital, 0 when none."""
    if not text[pos : pos + 1].isupper():
        return 0
    m = _flow_words().head.match(text, pos)
    return m.end() - pos if m is not None else 0


def _tail(word: str) -> bool:
    return " ".join(word.lower().split()) in _flow_words().tails


def _mid_heads(pieces: list[_Piece]) -> list[int]:
    """Where a cell opens inside a line: a capitalised unit head after a word in lower case that
    joins nothing ("… thực hiện Kế hoạch Các cơ quan, đơn vị liên") or after a date ("Tháng
    4/2026 Văn phòng Bộ"), a word or more after it on the line, and no head that goes on the
    name before it ("Ủy ban Kiểm tra Đảng ủy"; one that opens a name of its own, "Ủy ban",
    opens a cell after a line's words that hold no unit's head and about fill the task's width,
    the row's other lines': "… quản lý, sử Ủy ban Kiểm tra", not "cáo Ủy ban nhân dân huyện")."""
    out: list[int] = []
    for p in pieces:
        t = p.text
        for x, goes_on, own in _line_heads(t) if len(t) <= _KEPT_LINE else _line_heads.__wrapped__(t):
            if goes_on and not (own and x * 4 >= 3 * max((len(q.text) for q in pieces if q is not p), default=len(t))):
                continue
            out.append(p.start + x)
    return out


_CAPITAL_AFTER_BLANK = regex.compile(r"(?<= )\p{Lu}")
_KEPT_LINE = 400  # the longest line whose heads are kept (a longer one is read each time)


@per_document
@functools.lru_cache(maxsize=2048)
def _line_heads(t: str) -> tuple[tuple[int, bool, bool], ...]:
    """The places in a line where :func:`_mid_heads` may open a cell, what the line alone tells of
    each (a row's lines are read again as its cells are tried: once): a capitalised unit head, a
    word or more after it, after a word in lower case that joins nothing or after a date; whether
    the head goes on the name before it; whether it may open a name of its own there (one of the
    heads that may, no name opening in the few words before it)."""
    out: list[tuple[int, bool, bool]] = []
    joining = _flow_words().joining
    opening = _opening_tails()
    for m in _CAPITAL_AFTER_BLANK.finditer(t):
        x = m.start()
        size = _head_at(t, x)
        if not size or not t[x + size :].strip():
            continue
        before = t[:x].split()
        prev = before[-1] if before else ""
        after_word = prev[:1].islower() and prev.lower() not in joining
        if not ((after_word or prev[-1:].isdigit()) and not prev.endswith((",", ";", ":"))):
            continue
        goes_on = _goes_on(t, x, size)
        own = goes_on and " ".join(t[x : x + size].lower().split()) in opening and not _heads_before(t, x)
        out.append((x, goes_on, own))
    return tuple(out)


@functools.cache
def _opening_tails() -> frozenset[str]:
    return frozenset(str(w) for w in load("tables")["flow"]["opening_tails"])


_HEADS_BACK = 4  # words before a head in which a name it goes on is looked for


def _heads_before(line: str, x: int) -> bool:
    """Whether one of the few words before ``x`` in ``line`` opens a unit's name."""
    starts = [m.start() for m in regex.finditer(r"(?<!\S)\S", line, endpos=x)][-_HEADS_BACK:]
    return any(_head_at(line, a) or _flow_words().head.match(line, a) for a in starts)


def _lead_start(pieces: list[_Piece]) -> int | None:
    """Where the lead cell opens: the first unit head that opens a line (the line before it not
    left open, "… của" / "Đảng ủy …") or a cell inside a line (:func:`_mid_heads`)."""
    # (a head inside a line with a head opening the next line is the task's: "… ủng" / "hộ Quỹ Vì
    # người nghèo" over "Ủy ban MTTQ Việt" / "Nam xã")
    found = [x for x in _mid_heads(pieces) if not _head_below(pieces, x)]
    for k, p in enumerate(pieces):
        if k == 0 or not p.text:
            continue
        prev = pieces[k - 1].text
        if _head_at(p.text, 0) and (p.para or not prev or not tb._open_end(prev)):
            found.append(_cut_lead(pieces, k))
            break
    return min(found) if found else None


def _cut_lead(pieces: list[_Piece], k: int) -> int:
    """Where the lead opens when the unit opening line ``k`` (after a line not left open) has
    another unit's name just before it, opening a line after a line ending in a comma ("… tiếp
    thu đầy đủ," / "Sở Kế hoạch và" / "Đầu tư" / "Sở Tài nguyên" / "và Môi trường" / "Tháng"): a
    task cell cut by a page break at a comma, then the lead and a coordinating unit, then the
    time (a time, or the row's end, within the three lines after line ``k``, no unit opening
    between). That first unit's start, else line ``k``'s."""
    at = pieces[k].start
    # (the second unit's name over three lines at most, then a time: "Tháng 6/2027", "Tháng" / "02/2027")
    nxt = [q.text for q in pieces[k + 1 : k + 4]]
    timed = next((m for m, t in enumerate(nxt) if t[:1].isdigit() or tb._time_like(t)), None)
    if nxt and (timed is None or any(_head_at(t, 0) for t in nxt[:timed])):
        return at
    for j in range(k - 1, max(k - 3, 1) - 1, -1):
        q = pieces[j]
        if q.para or not _head_at(q.text, 0) or not pieces[j - 1].text.rstrip().endswith(","):
            continue
        if _lead_end(pieces, q.start, at) >= pieces[k - 1].end:
            return q.start
    return at


def _head_below(pieces: list[_Piece], at: int) -> bool:
    k = next(k for k, p in enumerate(pieces) if p.start <= at <= p.end)
    if k + 1 >= len(pieces) or pieces[k + 1].para:
        return False
    before = pieces[k].text[: at - pieces[k].start].split()
    return bool(_head_at(pieces[k + 1].text, 0)) and not (before and before[-1][-1:].isdigit())


def _lead_end(pieces: list[_Piece], at: int, cut: int) -> int:
    """Where the lead cell opened at ``at`` ends: its line's end, going on over the next line
    when the line is left open ("Văn phòng HĐND và" / "UBND huyện"), the next opens in lower
    case, or is a short end of the name ("Sở Công" / "Thương", "Ban Tuyên giáo" / "Đảng ủy");
    not past ``cut`` (a time, another unit opening a cell)."""
    k = next(k for k, p in enumerate(pieces) if p.start <= at <= p.end)
    end = pieces[k].end
    for _ in range(2):
        if end >= cut or k + 1 >= len(pieces):
            break
        nxt = pieces[k + 1]
        said = nxt.text
        words = said.split()
        if not said or nxt.para:
            break
        short = len(words) <= 2
        size = _head_at(said, 0)
        if not (
            tb._open_end(pieces[k].text)
            or said[:1].islower()
            or said[:2] in ("- ", "– ")  # ("Công chức Địa chính" / "- Xây dựng")
            or (short and not size and not said[:1].isdigit())
            or (short and size and _tail(said[:size]))
        ):
            break
        k += 1
        end = nxt.end
    return min(end, cut)


def _last_piece(pieces: list[_Piece], cells: tuple[Cell, Cell, Cell], head: _Header, most: int) -> int:
    """The last piece of the table's last row: the one its time ends in (and the next when a
    column follows the time's, a product), or as many as the longest row above."""
    when = cells[2]
    if not when:
        return min(len(pieces), most) - 1
    line = when[-1][0] - 1
    k = max(k for k, p in enumerate(pieces) if p.line == line)
    roles = head.roles
    after = len(roles) - roles.index("time") - 1
    return min(k + min(after, 1), len(pieces) - 1)


# ---------------------------------------------------------------------- a cell a paragraph


def _paragraph_cells(rows: list[_Row]) -> bool:
    """Whether the rows' cells stand a paragraph each (``pdftotext`` without ``-layout``): a
    third of the lines or more open a paragraph, or two a row of two rows or more (long tasks
    wrapped over many lines, a paragraph each)."""
    lines = [p for r in rows for p in r.pieces[1:]]
    paras = sum(p.para for p in lines)
    return len(lines) >= 3 and (3 * paras >= len(lines) or (len(rows) > 1 and paras >= 2 * len(rows)))


def _paragraphs(pieces: list[_Piece]) -> list[list[_Piece]]:
    out: list[list[_Piece]] = []
    for p in pieces:
        if not p.text:
            continue
        if not out or (p.para and not _cut_cell(out[-1][-1].text, p.text)):
            out.append([p])
        else:
            out[-1].append(p)
    return out


_CUT_END = 2  # words of a cell's end ``pdftotext`` printed as a paragraph of its own at most


def _cut_cell(before: str, said: str) -> bool:
    """Whether the paragraph ``said`` is the end of the cell whose last line is ``before``, printed
    after a blank line: a word or two in lower case, no number, after a line left open by a word
    a cell does not end with ("Các bệnh viện trong" / "tỉnh")."""
    words = said.split()
    if not 1 <= len(words) <= _CUT_END or not said[:1].islower() or regex.search(r"\d", said):
        return False
    return tb._open_end(before)


def _kind(para: list[_Piece], times: Callable[[str], list[Span]]) -> str:
    """ "time" (a paragraph opening with a time), "unit" (with a unit's head) or "text"."""
    text = " ".join(p.text for p in para)
    spans = times(text)
    if (spans and spans[0][0] == 0) or tb._vague_time(text):
        return "time"
    return "unit" if _head_at(text, 0) else "text"


def _cell(para: list[_Piece]) -> Cell:
    return [(p.line + 1, p.text) for p in para]


# (a lead, a time, how many unit paragraphs came before the time, the unit paragraphs after the
# lead's before the time: the coordinating units')
_Group = tuple[Cell, Cell, int, Cell]


def _groups(paras: list[list[_Piece]], kinds: list[str], split: bool) -> list[_Group]:
    """The (lead, time) pairs of a row's paragraphs: each time paragraph (under a split time
    heading: each second, the end) with the first unit paragraph since the last time, and the
    count of unit paragraphs since then."""
    out: list[_Group] = []
    lead: Cell = []
    others: Cell = []
    count = units = 0
    for para, kind in zip(paras, kinds, strict=True):
        if kind == "unit":
            units += 1
            if not lead:
                lead = _cell(para)
            else:
                others = _joined([others, _cell(para)])
        elif kind == "time":
            count += 1
            if split and count % 2:
                continue
            out.append((lead, _cell(para), units, others))
            lead, others = [], []
            units = 0
    if lead and out and not out[-1][0] and _whole_units(" ".join(t for _, t in lead)):
        # (the lead printed after the row's time: a cell centred on a lower baseline)
        out[-1] = (lead, out[-1][1], units, out[-1][3])
    return out


def _paragraph_rows(
    rows: list[_Row],
    head: _Header,
    times: Callable[[str], list[Span]],
    partners: list[Cell] | None = None,
    steps: dict[int, list[tuple[Cell, Cell, Cell]]] | None = None,
) -> list[tuple[Cell, Cell, Cell]]:
    """The task, lead and time cells of rows whose cells stand a paragraph each. ``pdftotext``
    may print a row's cells away from its number: before it (the cells of a group's first row
    with the group's number, its title last), or the cells of several rows one after the other
    (a page's right-hand columns, then the rows' numbers and tasks). The pairs of a lead and a
    time that a group row holds, and those past a row's first, go to the rows without a time
    near them, in order: first those right before (no row with a time between), then after.
    The coordinating units' cells go to ``partners`` (a row's unit paragraphs after its lead's
    before its time; a row whose lead is merged with the row above's: its one unit); a row of
    steps (:func:`_step_cells`), its steps after the first to ``steps``."""
    tasks: list[Cell] = []
    own: list[list[_Group]] = []
    floating: list[tuple[int, list[_Group]]] = []
    leads: list[Cell] = []
    step_tasks: list[list[Cell]] = []
    for k, r in enumerate(rows):
        paras = _paragraphs(r.pieces)
        kinds = [_kind(p, times) for p in paras]
        step_tasks.append([_cell(p) for p, kind in zip(paras[1:], kinds[1:], strict=True) if kind == "text"])
        group = not r.label[:1].isdigit()
        if group:
            texts = [x for x, kind in enumerate(kinds) if kind == "text"]
            title = texts[-1] if "time" in kinds and texts else texts[0] if texts else None
            tasks.append(_cell(paras[title]) if title is not None else [])
            rest = [x for x in range(len(paras)) if x != title]
            floating.append((k, _groups([paras[x] for x in rest], [kinds[x] for x in rest], head.split)))
            own.append([])
            leads.append([])
            continue
        first = 1 if kinds[:1] == ["text"] else 0
        tasks.append(_cell(paras[0]) if first else [])
        found = _groups(paras[first:], kinds[first:], head.split)
        keep = len(found) if head.split else 1
        own.append(found[:keep])
        floating.append((k, found[keep:]))
        # (a lead printed in the task's paragraph, one blank after its last word on a line)
        mid = _mid_heads(paras[0]) if first else []
        lone = _lone_lead(paras[0], found, head) if first and not mid else None
        if mid:
            tasks[-1], lead = _interleaved(paras[0], mid[0])
            leads.append(lead)
        elif lone is not None:
            tasks[-1] = [(p.line + 1, p.text) for x, p in enumerate(paras[0]) if x != lone]
            leads.append([(paras[0][lone].line + 1, paras[0][lone].text.strip())])
        else:
            leads.append([])
    timeless = [not g and r.label[:1].isdigit() for g, r in zip(own, rows, strict=True)]
    for k, extra in floating:
        near = _near(k, timeless, rows)
        for x, g in enumerate(extra):
            if x < len(near):
                own[near[x]].append(g)
                timeless[near[x]] = False
            elif rows[k].label[:1].isdigit():
                own[k].append(g)
    out: list[tuple[Cell, Cell, Cell]] = []
    carry = _merged_leads(rows, own, leads, head)
    above: Cell = []
    for k, r in enumerate(rows):
        lead = leads[k] or next((g[0] for g in own[k] if g[0]), [])
        # (a row whose lead stands in its task's paragraph: all its unit paragraphs coordinate)
        part = _joined([c for g in own[k] for c in ([g[0], g[3]] if leads[k] else [g[3]])])
        if not r.label[:1].isdigit():
            above = []
            part = []
            if not own[k]:
                lead = []
        elif carry and own[k] and own[k][0][2] == 1 and not leads[k] and above:
            if not _same_unit(above, own[k][0][0]):
                part = _joined([own[k][0][0], part])
            lead = above  # (its one unit the coordinating one: the lead merged with the row above's)
        else:
            above = lead
        when = [seg for g in own[k] for seg in g[1]]
        if partners is not None and steps is not None and leads[k] and r.label[:1].isdigit():
            got = _step_cells(own[k], step_tasks[k])
            if got:
                part, when = got[0][1], got[0][2]
                steps[k] = got[1:]
        if partners is not None:
            partners.append(part)
        out.append((tasks[k], lead, when))
    if "coordinate" not in head.roles:
        _lead_up(rows, out, own, leads)
    return out


_LONE_LEAD_WORDS = 8  # words of a lead printed on a line of its own inside the task's at most


def _lone_lead(para: list[_Piece], found: list[_Group], head: _Header) -> int | None:
    """The line of the task's paragraph that is the row's lead, one line printed between two of
    the task's (``pdftotext`` sorts a short cell's line in among the lines of the cell beside
    it: "Đào tạo kỹ năng số" / "Sở Nội vụ" / "cho cán bộ, công chức"): a line that is one unit's
    whole name, after a line not left open ("… phối hợp với" / "Sở Nội vụ" is the task's) and
    before one going on in lower case, in a row that shows fewer unit paragraphs than the header
    has unit columns before the time (none with a lead column alone; one with a lead and a
    coordinating column)."""
    roles = head.roles
    if "lead" not in roles or len(para) < 3:
        return None
    want = 2 if _lead_then_partner(head) else 1
    if found and found[0][2] >= want:
        return None
    for x in range(1, len(para) - 1):
        said = para[x].text.strip(" ,;")
        if (
            _head_at(said, 0)
            and len(said.split()) <= _LONE_LEAD_WORDS
            and para[x + 1].text[:1].islower()
            and not tb._open_end(para[x - 1].text)
            and _whole_units(said)
        ):
            return x
    return None


def _step_cells(groups: list[_Group], texts: list[Cell]) -> list[tuple[Cell, Cell, Cell]]:
    """The steps of a row whose lead stands in its task's paragraph, under a split time heading
    (a start and an end): each (start, end) pair of its own with its own coordinating units, the
    steps' tasks the text paragraphs between ("Tổ chức hội nghị … Ban Tuyên giáo" / … / "Văn
    phòng" / "Đảng ủy" / "Tháng 3/2026" / "Tháng 4/2026" / "Hướng dẫn các chi bộ …" / "Các chi
    bộ trực thuộc" / …): each step's (task, coordinating units, end), the first's task empty (the
    row's); none when the row has one step, or a step shows no unit (its units then the row's)."""
    if len(groups) < 2 or not all(g[0] for g in groups):
        return []
    names = [_joined([g[0], g[3]]) for g in groups]
    tasks = texts if len(texts) == len(groups) - 1 else [[] for _ in groups[1:]]
    return [([], names[0], groups[0][1])] + [
        (t, n, g[1]) for t, n, g in zip(tasks, names[1:], groups[1:], strict=True)
    ]


def _joined(cells: list[Cell]) -> Cell:
    """Cells of units, each a paragraph of its own, as one cell: a semicolon after each but the
    last, so that their names are not read as one ("Văn phòng Đảng ủy;" / "Các chi bộ trực thuộc")."""
    out: Cell = []
    for c in cells:
        if not c:
            continue
        if out and not out[-1][1].endswith((";", ",")):
            out[-1] = (out[-1][0], f"{out[-1][1]};")
        out += c
    return out


def _lead_then_partner(head: _Header) -> bool:
    """Whether the header has a lead, a coordinating and a time column, in that order."""
    roles = head.roles
    if not ("lead" in roles and "coordinate" in roles and "time" in roles):
        return False
    return roles.index("lead") < roles.index("coordinate") < roles.index("time")


def _lead_up(
    rows: list[_Row], out: list[tuple[Cell, Cell, Cell]], own: list[list[_Group]], leads: list[Cell]
) -> None:
    """Under a header with one unit column, a row whose lead stands in its task's paragraph
    (:func:`_interleaved`) and that shows another unit's paragraph before its time: ``pdftotext``
    printed the unit column's next block there, the lead of the row above when that row has a
    time and no lead (its task's block and the lead's apart, the lead's after the next row's)."""
    for k in range(1, len(rows)):
        up = k - 1
        if not (leads[k] and rows[k].label[:1].isdigit() and rows[up].label[:1].isdigit()):
            continue
        extra = next((g[0] for g in own[k] if g[0]), [])
        task, lead, when = out[up]
        if extra and when and not lead:
            out[up] = (task, extra, when)


def _merged_leads(rows: list[_Row], own: list[list[_Group]], leads: list[Cell], head: _Header) -> bool:
    """Whether a row showing one unit before its time has its lead merged with the row above's
    (see :func:`_carry_leads`): the header has a lead and a coordinating column before the time,
    and a row shows both units."""
    roles = head.roles
    if not ("lead" in roles and "coordinate" in roles and "time" in roles):
        return False
    if not roles.index("lead") < roles.index("coordinate") < roles.index("time"):
        return False
    # (a row shows both units: two unit paragraphs, or its lead in its task's paragraph and one)
    return any(
        r.label[:1].isdigit() and g and g[0][2] >= (1 if leads[k] else 2)
        for k, (r, g) in enumerate(zip(rows, own, strict=True))
    )


def _interleaved(para: list[_Piece], at: int) -> tuple[Cell, Cell]:
    """The task and the lead of a paragraph whose lines interleave the two cells' lines
    (``pdftotext``: "Tổ chức hội nghị quán triệt Ban Tuyên giáo" / "Chỉ thị đến cán bộ chủ
    chốt," / "Đảng ủy" / "bí thư các chi bộ"): the lead from ``at`` to its line's end, and a later
    line that is a short end of a unit's name ("Đảng ủy", "và UBND xã", :func:`_name_goes_on`), or
    the end of a task's line that is ("… trang thông" + "và Dân vận Đảng" on one baseline,
    :func:`_glued_rest`); the task the rest."""
    task: Cell = []
    lead: Cell = []
    width = 0
    for k, p in enumerate(para):
        if p.start <= at < p.end:
            width = at - p.start
            if p.text[:width].strip():
                task.append((p.line + 1, p.text[:width].strip()))
            lead.append((p.line + 1, p.text[width:].strip()))
            continue
        size = _head_at(p.text, 0)
        name = " ".join(t for _, t in lead)
        tail_line = bool(size) and len(p.text.split()) <= 2 and _tail(p.text[:size])
        if lead and (tail_line or (len(lead) < _LEAD_LINES and _name_goes_on(name, p.text))):
            lead.append((p.line + 1, p.text))
        elif lead and len(lead) < _LEAD_LINES and (
            cut := _glued_rest(name, p.text, width, [q.text for q in para[k + 1 : k + 3]])
        ):
            task.append((p.line + 1, p.text[:cut].strip()))
            lead.append((p.line + 1, p.text[cut:].strip()))
        else:
            task.append((p.line + 1, p.text))
    return task, lead


_LEAD_LINES = 3  # lines of an interleaved lead at most
_REST_WORDS = 4  # words of a lead's line after its first at most


def _glued_rest(lead: str, said: str, width: int, after: list[str]) -> int:
    """Where a lead's next line starts in a task's line it was printed on (one baseline, one
    blank apart: "Đảng bộ các cấp trên trang thông và Dân vận Đảng" after "… Đại hội" + "Ban
    Tuyên giáo"): the first word near the task's width (the task's part of the lead's first
    line) from which the line's rest, a few words opening with a capital or with a joining word
    and a capital, makes with the lead (and with one of the next lines ``after`` when that is the
    name's end: "ủy") one unit's whole name longer than the lead's; 0 when none."""
    if width <= 0 or len(said) <= width:
        return 0
    ends = [f" {t}" for t in after if 1 <= len(t.split()) <= 2 and t[:1].islower()]
    for m in regex.finditer(r"(?<= )\S", said, pos=width * 3 // 4, endpos=width * 5 // 4 + 1):
        rest = said[m.start() :]
        words = rest.split()
        if len(words) > _REST_WORDS or regex.search(r"\d", rest):
            continue
        if not (rest[:1].isupper() or _join_then_capital(words)):
            continue
        whole = _whole_units(f"{lead} {rest}")
        for end in ends if not whole else []:
            if _tail(f"{rest.split()[-1]} {end.split()[0]}"):
                whole = _whole_units(f"{lead} {rest}{end}")
                break
        if whole and not _whole_units(lead) >= whole:
            return int(m.start())  # (the longest rest: "và Môi trường", not "Môi trường")
    return 0


def _join_then_capital(words: list[str]) -> bool:
    """Words opening with a word that joins two parts of a name and a capitalised one ("và UBND")."""
    return len(words) >= 2 and words[0] in _flow_words().name_joins and words[1][:1].isupper()


def _name_goes_on(lead: str, said: str) -> bool:
    """Whether ``said``, a short line after the lead's line ``lead`` in a paragraph interleaving
    a task's and a lead's lines, is the rest of the lead's name: the name's second part after a
    joining word ("Văn phòng HĐND" / "và UBND xã", "Sở Kế hoạch" / "và Đầu tư"), or the rest after
    a line left open ("Sở Khoa học và" / "Công nghệ"), when the whole makes one unit's whole name
    longer than the line's ("… khu dân" / "cư" is the task's)."""
    words = said.split()
    if not 1 <= len(words) <= _REST_WORDS or regex.search(r"\d", said) or _head_at(said, 0):
        return False
    if said[:1].islower() and lead.split() and _tail(f"{lead.split()[-1]} {said}"):
        return True  # ("Ban Tuyên giáo Đảng" / "ủy")
    if _word_split(lead, said):
        return True  # ("Phòng Văn hóa và Thông" / "tin")
    if not tb._open_end(lead) and not _whole_units(lead) and _whole_units(f"{lead} {said}"):
        # (a name cut where no word joins, the lead alone no unit's whole name: "Phòng Kinh tế,
        # Hạ" / "tầng và Đô thị", "Ủy ban MTTQ Việt" / "Nam phường")
        return True
    if len(words) > _REST_WORDS - 1:
        return False
    if tb._open_end(lead):
        if not said[:1].isupper():
            return False
    elif not _join_then_capital(words):
        return False
    whole = f"{lead} {said}"
    return bool(_whole_units(whole)) and not _whole_units(lead) >= _whole_units(whole)


def _word_split(lead: str, said: str) -> bool:
    """Whether ``said``, one word in lower case, ends a two-syllable word of a unit's name whose
    first syllable, capitalised, ends the lead's line ("Phòng Văn hóa và Thông" / "tin", "Bộ phận
    Kế" / "toán"): the pair stands side by side in the units' names of the data, and the lead
    opens with a unit's head (a name the gazetteer does not hold too). A line ending in a word
    in lower case ("… khu dân" / "cư") or in an abbreviation ("UBND") is not cut inside a word."""
    words = lead.split()
    if not words or not said.isalpha() or not said.islower() or " " in said:
        return False
    last = words[-1]
    if not (last.isalpha() and last[:1].isupper() and last[1:].islower() and len(words) > 1):
        return False
    return f"{last.lower()} {said}" in _data_pairs() and bool(_head_at(lead, 0))


def _near(k: int, timeless: list[bool], rows: list[_Row]) -> list[int]:
    """The rows without a time next to row ``k``: the run right before it (no row with a time
    between), then the run after it."""
    before: list[int] = []
    x = k - 1
    while x >= 0 and (timeless[x] or not rows[x].label[:1].isdigit()):
        if timeless[x]:
            before.insert(0, x)
        x -= 1
    after: list[int] = []
    x = k + 1
    while x < len(rows) and (timeless[x] or not rows[x].label[:1].isdigit()):
        if timeless[x]:
            after.append(x)
        x += 1
    return before + after


def _last_paragraphs(
    pieces: list[_Piece], head: _Header, times: Callable[[str], list[Span]], most: int
) -> list[_Piece]:
    """The pieces of the table's last row, a cell a paragraph: up to its time (its end under a
    split time heading) and the paragraph after it when a column follows the time's; as many
    as the longest row above when it has no time."""
    paras = _paragraphs(pieces)
    kinds = [_kind(p, times) for p in paras]
    at = [x for x, kind in enumerate(kinds) if kind == "time"]
    want = 2 if head.split else 1
    if len(at) < want:
        return pieces[:most]
    roles = head.roles
    after = min(len(roles) - roles.index("time") - 1, 1)
    upto = min(at[want - 1] + after, len(paras) - 1)
    if upto + 1 < len(paras) and "unit" not in kinds[: at[0]] and _lead_after(paras[upto + 1], kinds[upto + 1]):
        upto += 1  # (its lead printed after its time)
    stop = paras[upto][-1].line
    return [p for p in pieces if p.line <= stop]


_AFTER_LINES = 2  # lines of a lead printed after its row's time at most


def _lead_after(para: list[_Piece], kind: str) -> bool:
    """Whether a paragraph after the last row's time is its lead printed after it: a unit's
    whole name over two lines at most ("Phòng Nội vụ"), not a sentence after the table."""
    text = " ".join(p.text for p in para)
    return kind == "unit" and len(para) <= _AFTER_LINES and bool(_whole_units(text))


# ------------------------------------------------------------------ a column block after another

_RUN_LOOK = 160  # lines after the number column in which the time column's heading is looked for


def _column_runs(lines: list[str], i: int, taken: list[bool]) -> tb._RawTable | None:
    """A table ``pdftotext`` without ``-layout`` printed a column block after another: the number
    column's heading alone on line ``i`` ("TT") over the rows' numbers a line each ("A", "1", "2",
    "B", "3" …, maybe a blank line apart), then the other columns, the time column's heading over
    its cells a phrase each ("Trước ngày" / "15/5/2026", "Tháng 5/2026", "Thường xuyên"). The task
    and owner columns' lines may run into each other there (one baseline, one line); the times are
    paired with the rows' numbers, in order, only when there are as many as there are numbered rows
    (an empty time cell, or rows going on over a page, would put a time against the wrong row).
    Or the other columns printed a row after another, each row's task, owner and time glued into
    its lines (:func:`_glued_block`). The table may go on over the next page, its header not
    printed again: the page's number, then the next rows' numbers a line each, then the rows
    glued so (:func:`_continued`)."""
    words = _strip(lines[i]).split()
    if len(words) != 1 or not tb._index_heading(words[0]):
        return None
    seq = _Seq()
    labels, j = _label_run(lines, i + 1, taken, seq)
    numbered = [x for x in labels if x[0][:1].isdigit()]
    if len(numbered) < 2:
        return None
    line0 = i + 1
    index = str(load("tables")["columns"]["index"][0])
    task = str(load("tables")["columns"]["task"][0])
    entries: list[tuple[str, int, Cell, Cell, Cell]] = []  # (label, its line, task, lead, time)
    found = _time_run(lines, j, taken, len(numbered))
    if found is not None and len(found[1]) == len(numbered):
        heading, phrases, end, at = found
        glued = _glued_rows(lines, j, at, labels)
        lead_head = glued[0] if glued is not None else None
        cells = iter(glued[1] if glued is not None else [])
        times = iter(phrases)
        groups = [x for x in labels if not x[0][:1].isdigit()]
        # (the groups' titles, lines in capitals among the columns' lines, when there is one a group)
        titles = [
            (x + 1, said)
            for x in range(j, end)
            if len(said := _strip(lines[x])) > 3 and mostly_upper(said) and tb._label(said.split()[0]) is None
        ]
        titled = iter(titles if len(titles) == len(groups) else [])
        for lab, x in labels:
            if lab[:1].isdigit():
                what, who = next(cells, ([], []))
                entries.append((lab, x, what, who, next(times)))
            else:
                title = next(titled, None)
                entries.append((lab, x, [title] if title else [], [], []))
    else:
        block = _glued_block(lines, j, taken, labels, None)
        if block is None:
            return None
        heads, rows, end = block
        roles = dict(_header_roles(" ".join(heads))[0])
        if "time" not in roles:
            return None
        heading, lead_head = roles["time"], roles.get("lead")
        entries = [(lab, x, *cells) for (lab, x), cells in zip(labels, rows, strict=True)]
    more = _continued(lines, end, taken, seq)
    apart: list[int] = []
    if more is not None:
        rows_more, end, apart = more[1], more[2], more[3]
        entries += [(lab, x, *cells) for (lab, x), cells in zip(more[0], rows_more, strict=True)]
    out = [[tb._Raw([(line0, index)], line0), tb._Raw([(line0, task)], line0), tb._Raw([(line0, heading)], line0)]]
    if lead_head is not None:
        out[0].insert(2, tb._Raw([(line0, lead_head)], line0))
    for lab, x, what, who, when in entries:
        at = x + 1
        row = [tb._Raw([(at, lab)], at), tb._Raw(what, at), tb._Raw(when, at)]
        if lead_head is not None:
            row.insert(2, tb._Raw(who, at))
        out.append(row)
    return tb._RawTable("paragraphs", i, end, out, 1, page_lines=apart)


def _label_run(lines: list[str], j: int, taken: list[bool], seq: _Seq) -> tuple[list[tuple[str, int]], int]:
    """The rows' numbers a line each from line ``j`` on, in sequence (``seq``), a blank line
    between two of them or none; and the line after the last."""
    n = len(lines)
    labels: list[tuple[str, int]] = []
    end = j
    while j < n and not taken[j]:
        said = _strip(lines[j])
        if not said:
            if not labels or j + 1 >= n or not _strip(lines[j + 1]):
                break
            j += 1
            continue
        lab = tb._label(said) if " " not in said else None
        if lab is None or not seq.accepts(lab):
            break
        labels.append((lab, j))
        j += 1
        end = j
    return labels, end


_PAGE_LOOK = 4  # lines after a table in which the page's number and the next rows' numbers are looked for


def _continued(
    lines: list[str], end: int, taken: list[bool], seq: _Seq
) -> tuple[list[tuple[str, int]], list[tuple[Cell, Cell, Cell]], int, list[int]] | None:
    """The rows of a table printed a column block after another (:func:`_column_runs`) that go on
    over the next page without the header printed again: after the table's last line ``end``, the
    page's number alone on a line (no number the rows go on with), then the next rows' numbers a
    line each going on from the rows above ("7", "8" … after "6"), then the rows, each row's cells
    glued into its lines (:func:`_glued_block`), or the rows' tasks and leads glued so and their
    times a block after them, maybe after the document's next heading's number ("III.", the
    heading's words after the times: :func:`_times_after`). Their numbers, their cells, the line
    after them and the lines among them that are the body's (that heading's number); None when no
    such rows follow."""
    n = len(lines)
    k = end
    skipped = 0
    while k < n and skipped < _PAGE_LOOK and not taken[k]:
        said = _strip(lines[k])
        if said and not (said.isdigit() and not replace(seq).accepts(said)):
            break
        k += 1
        skipped += 1
    if k >= n or taken[k]:
        return None
    labels, j = _label_run(lines, k, taken, replace(seq))
    if len([x for x in labels if x[0][:1].isdigit()]) < 2:
        return None
    block = _glued_block(lines, j, taken, labels, [], timeless=True)
    if block is None:
        return None
    rows, stop = block[1], block[2]
    apart: list[int] = []
    if not any(c[2] for c in rows):
        numbered = [k for k, (lab, _) in enumerate(labels) if lab[:1].isdigit()]
        found = _times_after(lines, stop, taken, len(numbered))
        if found is None:
            return None
        phrases, stop, apart = found
        for k, when in zip(numbered, phrases, strict=True):
            rows[k] = (rows[k][0], rows[k][1], when)
    for lab, _ in labels:
        seq.accepts(lab)
    return labels, rows, stop, apart


def _times_after(lines: list[str], j: int, taken: list[bool], count: int) -> tuple[list[Cell], int, list[int]] | None:
    """The block of ``count`` time cells after glued rows with none (:func:`_continued`), a phrase
    each ("Tháng" / "7/2026", "Thường" / "xuyên", "Hằng tháng"), maybe after a heading's number
    alone ("III."); the cells, the line after the last and that number's line. None when the
    lines after make no such block, or more or fewer cells."""
    n = len(lines)
    phrases: list[Cell] = []
    apart: list[int] = []
    k = j
    while k < n and not taken[k] and len(phrases) < count:
        said = _strip(lines[k])
        if not said:
            k += 1
            continue
        nxt = _strip(lines[k + 1]) if k + 1 < n else ""
        if not phrases and not apart and _NUMBER_ALONE.fullmatch(said):
            apart.append(k)
            k += 1
            continue
        if _vague_start(said) and tb._vague_time(f"{said} {nxt}"):
            cell = [(k + 1, said), (k + 2, nxt)]
        elif not regex.search(r"\d", said) and not tb._vague_time(said) and nxt[:1].isdigit() and tb._time_like(said):
            cell = [(k + 1, said), (k + 2, nxt)]  # ("Trước ngày" over "31/8/2026")
        elif said[:1].isupper() and (tb._time_like(said) or tb._vague_time(said)):
            cell = [(k + 1, said)]
        else:
            return None
        phrases.append(cell)
        k += len(cell)
    if len(phrases) != count:
        return None
    nxt = _next_text(lines, k - 1)
    if nxt and (tb._time_like(nxt) or tb._vague_time(nxt)) and nxt[:1].isupper():
        return None  # (a cell more: the times are not these rows')
    return phrases, k, apart


def _glued_block(
    lines: list[str],
    j: int,
    taken: list[bool],
    labels: list[tuple[str, int]],
    heads: list[str] | None,
    timeless: bool = False,
) -> tuple[list[str], list[tuple[Cell, Cell, Cell]], int] | None:
    """The columns after a number column's block printed a row after another (:func:`_column_runs`):
    the column headings (when ``heads`` is None: the rows go on from a page above, printed with
    none), then for each row number in ``labels`` a group's title in capitals, or a numbered row
    whose first line holds its task's, its owner's and its time's first lines on one baseline
    ("Điều tra mật độ rầy nâu Công chức Nông Trước ngày") and whose next lines are those cells' next
    lines (:func:`_glued_cells`). The headings, the rows' (task, lead, time) cells (a group's: its
    title) and the line after the block; None when the lines do not make one item a row number,
    or no row has a time (unless ``timeless``: the times printed after, :func:`_continued`)."""
    n = len(lines)
    read_heads = heads is None
    found: list[str] = [] if heads is None else heads
    items: list[tuple[bool, list[tuple[int, str]]]] = []
    end = j
    x = j
    while x < n and not taken[x]:
        said = _strip(lines[x])
        if not said:
            if len(items) == len(labels):
                break
            x += 1
            continue
        if _stops(said) or _heading_alone(said, _next_text(lines, x)):
            break
        if read_heads and not items and _header_line(said, _next_text(lines, x)):
            found.append(said)
        elif len(said) > 3 and mostly_upper(said) and tb._label(said.split()[0]) is None:
            if len(items) == len(labels):
                break
            items.append((False, [(x, said)]))
        elif said[:1].isupper() and len(_DATE_END.sub("", said).split()) > 3 and not _opens_time(said):
            # (not a lead's line with the time's date glued after it: "HĐND và UBND 05/12/2026")
            if len(items) == len(labels):
                break
            items.append((True, [(x, said)]))
        elif items and items[-1][0]:
            items[-1][1].append((x, said))
        else:
            return None
        x += 1
        end = x
    if [row for row, _ in items] != [lab[:1].isdigit() for lab, _ in labels]:
        return None
    starts = [_glued_head(part[0][1]) for row, part in items if row]
    known = sorted(a for a in starts if a)
    width = known[len(known) // 2] if known else 0
    out: list[tuple[Cell, Cell, Cell]] = []
    for row, part in items:
        if row:
            out.append(_glued_cells(part, width))
        else:
            out.append(([(part[0][0] + 1, part[0][1])], [], []))
    if not timeless and not any(c[2] for c in out):
        return None
    return found, out, end


@functools.cache
def _time_openers() -> frozenset[str]:
    """The first words of a time cell (tables.yaml ``time_words``, lower case)."""
    return frozenset(str(w).split()[0].lower() for w in load("tables")["time_words"])


def _opens_time(said: str) -> bool:
    """Whether a cell's text opens with a time in a capital ("Trước ngày", "Quý II/2026", "Hằng
    tháng", "Thường xuyên")."""
    if not said[:1].isupper():
        return False
    if tb._vague_time(said):
        return True
    first = said.split(None, 1)[0].lower()
    return first in _time_openers() and tb._time_like(said)


_GLUED_LEAD = 3  # lines of a glued row's lead after its first at most
_GLUED_CUTS = 4  # places a line of the task and the lead's glued is tried cut at


def _glued_cells(part: list[tuple[int, str]], width: int) -> tuple[Cell, Cell, Cell]:
    """A glued row's task, lead and time cells (:func:`_glued_block`). The lead opens on the first
    line with a unit's head after a word in lower case (:func:`_glued_head`; else one near the
    task column's ``width``, the rows' usual lead start; else on the next line, short, opening with
    a unit's head: the lead's first line a little lower), the time after it with a time's first
    word in a capital; the next lines: the time's end (a date after "Trước ngày", glued after a
    line's other text or alone; "xuyên" after "Thường"), a time opening a line, then the task's and
    the lead's next lines one after the other (each visual line the task's part first), or glued
    on one line. The lead's lines are those that make with its first one unit's whole name (the
    most lines), else the short lines in the lead's turns."""
    (x, first), rest = part[0], part[1:]
    at = _glued_head(first) or _near_head(first, width)
    t_at = next(
        (m.start() for m in regex.finditer(r"(?<= )\p{Lu}", first, pos=at + 1) if _opens_time(first[m.start() :])),
        len(first),
    )
    task_end = at or t_at
    task: Cell = [(x + 1, first[:task_end].strip())]
    lead0 = first[at:t_at].strip() if at else ""
    when: Cell = [(x + 1, first[t_at:].strip())] if t_at < len(first) else []
    conts: list[tuple[int, str]] = []
    for y, said in rest:
        timed = " ".join(t for _, t in when)
        if when and not regex.search(r"\d", timed) and not tb._vague_time(timed):
            if (said[:1].isdigit() and len(said.split()) <= 2) or tb._vague_time(f"{timed} {said}"):
                when.append((y + 1, said))
                continue
            glued = _DATE_END.search(said)
            if glued is not None and conts:
                when.append((y + 1, glued.group().strip()))
                said = said[: glued.start()].strip()
        elif not when and len(said.split()) <= 4 and (_opens_time(said) or _vague_start(said)):
            when.append((y + 1, said))
            continue
        conts.append((y + 1, said))
    if not lead0 and conts and len(conts[0][1].split()) <= 4 and opens_owner(conts[0][1]):
        lead0, conts = conts[0][1], conts[1:]
        at = width or len(first)
    if not lead0:
        return task + conts, [], when
    lead, lines_used = _glued_lead(lead0, conts, at)
    task += [c for c in lines_used if c not in lead[1:]]
    lead[0] = (x + 1, lead[0][1])
    return task, lead, when


_DATE_END = regex.compile(r"(?<=\S) (?:\d{1,2}/\d{1,2}/(?:19|20)\d{2}|(?:[IVX]{1,4}|\d{1,2})/(?:19|20)\d{2})$")


def _vague_start(said: str) -> bool:
    """A lone word in a capital that opens a vague time of two words or more ("Thường" over
    "xuyên" in a narrow cell)."""
    return " " not in said and said[:1].isupper() and said.lower() in _vague_firsts()


@functools.cache
def _vague_firsts() -> frozenset[str]:
    return frozenset(str(w).split()[0].lower() for w in load("tables")["vague_time"] if " " in str(w))


def _near_head(line: str, width: int) -> int:
    """A unit's head in a capital near ``width`` on a glued row's first line (the word before it
    may join: "… hỗ trợ tại Ban Thanh tra"); 0 when none."""
    if width <= 0:
        return 0
    heads = [
        m.start()
        for m in regex.finditer(r"(?<= )\p{Lu}", line, endpos=min(len(line), width * 5 // 4 + 1))
        if m.start() >= width * 3 // 4 and len(line[: m.start()].split()) >= 3 and _head_at(line, m.start())
    ]
    return min(heads, key=lambda a: abs(a - width), default=0)


def _glued_whole(
    lead0: str, conts: list[tuple[int, str]], width: int
) -> tuple[Cell, list[tuple[int, str]]] | None:
    """The lead's lines that make with its first ``lead0`` one unit's whole name, the most lines,
    and the lines as read (:func:`_glued_lead`; a line cut in two only when the lines as printed
    make no whole name); None when no choice makes one."""
    tries = [conts]
    long = next((k for k, (_, t) in enumerate(conts) if len(t) > width + 2), None)
    if long is not None:
        y, said = conts[long]
        cuts = [m.start() for m in regex.finditer(r" (?=\S)", said) if width * 3 // 4 <= m.start() <= width * 5 // 4]
        for c in sorted(cuts, key=lambda a: abs(a - width))[:_GLUED_CUTS]:
            tries.append([*conts[:long], (y, said[:c].strip()), (y, said[c:].strip()), *conts[long + 1 :]])
    best: tuple[int, Cell, list[tuple[int, str]]] | None = None
    for seen in tries:
        if best is not None:
            break  # (a line cut only when the lines as printed make no whole name)
        m = len(seen)
        picks: list[list[int]] = []
        for count in range(1, min(_GLUED_LEAD, m) + 1):
            picks.append([1 + 2 * k for k in range(count)])  # (the task's line, then the lead's)
            picks.append([2 * k for k in range(count)])  # (the lead's line first)
            picks.append(list(range(count)))  # (the task's lines over: the lead's alone)
            picks.append(list(range(1, count + 1)))  # (the task's last line, then the lead's alone)
        for pick in picks:
            if pick[-1] >= m:
                continue
            lead = [(0, lead0), *(seen[k] for k in pick)]
            whole = _whole_unit(lead)
            if whole is not None and (best is None or len(pick) > best[0]):
                best = (len(pick), whole, seen)
    return (best[1], best[2]) if best is not None else None


def _glued_lead(lead0: str, conts: list[tuple[int, str]], width: int) -> tuple[Cell, list[tuple[int, str]]]:
    """The lead's lines (its first ``lead0``, numbered 0) with those of a glued row's next lines
    ``conts`` that go on it (the task's and the lead's, :func:`_glued_cells`), and the lines as
    read (a line longer than the task column's ``width`` cut in two where the task's part and the
    lead's were glued). With no whole name known, a second line opening with a capital that
    opens no unit of its own goes on the first after the dash ``pdftotext`` drops at a line's end
    ("Bộ phận Kế toán" / "Ngân sách xã": "Bộ phận Kế toán - Ngân sách xã")."""
    found = _glued_whole(lead0, conts, width)
    if found is not None:
        return found
    if _whole_units(lead0):
        return [(0, lead0)], conts
    # (no whole name known: the short lines in the lead's turns, the task's line then the lead's)
    out: Cell = [(0, lead0)]
    for k in range(1, min(len(conts), 2 * _GLUED_LEAD), 2):
        said = conts[k][1]
        words = [w for w in said.split() if w not in ("-", "–")]
        if len(words) > 3 or regex.search(r"\d", said) or len(said) > len(lead0) + 4:
            break
        out.append(conts[k])
    if len(out) == 2 and out[1][1][:1].isupper() and not _head_at(out[1][1], 0) and not tb._open_end(lead0):
        out[0] = (0, f"{lead0} -")
    return out, conts


def _glued_rows(
    lines: list[str], j: int, stop: int, labels: list[tuple[str, int]]
) -> tuple[str, list[tuple[Cell, Cell]]] | None:
    """The lead column's heading and the task and lead cells of the numbered rows of a table
    printed a column block after another (:func:`_column_runs`), read from the lines between the
    rows' numbers (from line ``j``) and the time column's heading (line ``stop``): the task and
    lead columns' headings, then the rows in order, a group's title in capitals ("KHẢO SÁT, VẬN
    ĐỘNG NGUỒN LỰC"), a row's first line its task's and its lead's first lines on one baseline
    ("Tổ chức hội nghị phát động phong trào Ủy ban MTTQ Việt": a unit's head after a word in lower
    case, :func:`_glued_head`; a line opening with a capital, more than three words), then the
    two cells' next lines: a short line opening with a capital or a dash the lead's ("Nam xã",
    "- Xây dựng", put on the line before it: not a list's item), or in lower case after a lead's
    line left open ("Hiệu trưởng các" / "trường tiểu học"), the others the task's. A lead's part
    longer than the task's on that line has the task's next line glued to it ("… hộ cận Công chức
    Văn hóa nghèo cần hỗ trợ …"; a line much longer than most rows' first lines): no lead is read
    there. None when the lines do not make one item a row number (a title a group, a first line a
    numbered row), or the headings name no lead column."""
    heads: list[str] = []
    items: list[tuple[bool, list[tuple[int, str]], int]] = []  # (a row, its lines, the lead's start)
    for x in range(j, stop):
        said = _strip(lines[x])
        if not said:
            continue
        if not items and _header_line(said):
            heads.append(said)
            continue
        if len(said) > 3 and mostly_upper(said) and tb._label(said.split()[0]) is None:
            items.append((False, [(x, said)], 0))
            continue
        if said[:1].isupper() and len(said.split()) > 3:
            items.append((True, [(x, said)], _glued_head(said)))
        elif items and items[-1][0]:
            items[-1][1].append((x, said))
        else:
            return None
    if [row for row, _, _ in items] != [lab[:1].isdigit() for lab, _ in labels]:
        return None
    lead_head = next((h for r, h in _header_roles(" ".join(heads))[0] if r == "lead"), None)
    if lead_head is None:
        return None
    # (a first line much longer than most rows' has a cell's next line glued to it: wider than
    # the task and lead columns together)
    widths = sorted(len(part[0][1]) for row, part, _ in items if row)
    wide = widths[len(widths) // 2] * 13 // 10 if len(widths) >= 3 else None
    # (the task and lead columns' widths: the rows whose first line holds the two first lines only)
    plain = [
        (cut, len(part[0][1]) - cut)
        for row, part, cut in items
        if row and cut > 0 and len(part[0][1]) - cut <= cut and (wide is None or len(part[0][1]) <= wide)
    ]
    # (the rows' usual lead start: a lead opening after a word that joins, "… giới thiệu các Trung
    # tâm Văn", is found near it)
    known = sorted(cut for row, _, cut in items if row and cut)
    usual = known[len(known) // 2] if known else 0
    out: list[tuple[Cell, Cell]] = []
    for row, part, cut in items:
        if not row:
            continue
        (x, first), rest = part[0], part[1:]
        split = _wide_split(x, first, rest, plain) if wide is not None and len(first) > wide else None
        if split is not None:
            out.append(split)
            continue
        cut = cut or _near_head(first, usual)
        glued = cut > 0
        cut = cut or len(first)
        task, lead = _rest_cells([(x + 1, first[:cut].strip())], [(x + 1, first[cut:].strip())], rest)
        if not glued or len(first) - cut > cut or (wide is not None and len(first) > wide):
            lead = []  # (no unit on the row's first line, or where its name ends cannot be told)
        elif (whole := _glued_whole(first[cut:].strip(), [(y + 1, t) for y, t in rest], cut)) and len(
            " ".join(t for _, t in whole[0])
        ) > len(" ".join(t for _, t in lead)):
            # (the lead's next lines in lower case, "Công chức Nông" / "nghiệp - Môi" / "trường",
            # or glued to the task's, "… trên địa nghiệp Phước": those that make its whole name
            # longest, the task's and the lead's lines one after the other)
            lead = [(x + 1, whole[0][0][1]), *whole[0][1:]]
            task = [(x + 1, first[:cut].strip()), *(c for c in whole[1] if c not in lead[1:])]
        out.append((task, _dash_lost(lead)))
    return lead_head, out


def _rest_cells(task: Cell, lead: Cell, rest: list[tuple[int, str]]) -> tuple[Cell, Cell]:
    """A glued row's task and lead cells with the lines after its first (:func:`_glued_rows`)."""
    for y, t in rest:
        words = t.split()
        short = len(words) <= 3 and not regex.search(r"\d", t)
        if t[:2] in ("- ", "– "):
            lead[-1] = (lead[-1][0], f"{lead[-1][1]} {t}")
        elif (
            (short and t[:1].isupper())
            or (short and t[:1].islower() and tb._open_end(lead[-1][1]))  # ("Hiệu trưởng các" / "trường")
        ):
            lead.append((y + 1, t))
        else:
            task.append((y + 1, t))
    return task, lead


_WIDE_LOOK = 8  # characters a glued lead's first line may run past the widest other one


def _wide_split(
    x: int, first: str, rest: list[tuple[int, str]], plain: list[tuple[int, int]]
) -> tuple[Cell, Cell] | None:
    """The task and lead cells of a glued row whose first line has the task's next line glued
    after the lead's first ("… hộ cận Công chức Văn hóa nghèo cần hỗ trợ …"), or None. The lead
    opens with a unit's head near the task column's width (the widest task part of the rows that
    hold two first lines only; the word before it may be a capital: "… trình Chủ Công chức …"),
    and ends at a word where the rest of the line opens in lower case (the task going on), where
    both lines wrap (the next word would make them wider than the widest task and lead parts of
    those rows) and the lead with its next lines is one unit's whole name (``find_units``; the
    longest such end): a width alone cannot tell "Bộ phận Cơ sở vật" from "Bộ phận Cơ sở vật
    chất"."""
    if len(plain) < 2:
        return None
    width = max(c for c, _ in plain)
    lead_width = max(w for _, w in plain)
    most = lead_width + _WIDE_LOOK
    starts = [
        m.start()
        for m in regex.finditer(r"(?<= )\p{Lu}", first, endpos=min(len(first), width * 5 // 4 + 1))
        if m.start() >= width * 3 // 4 and len(first[: m.start()].split()) >= 3 and _head_at(first, m.start())
    ]
    for at in sorted(starts, key=lambda a: abs(a - width)):
        ends = [
            m.start() for m in regex.finditer(r" (?=\p{Ll})", first, pos=at + _head_at(first, at), endpos=at + most)
        ]
        for end in reversed(ends):
            # (a line wraps where its next word would not fit: the task's and the lead's first
            # lines with the remainder's first word are wider than the widest other ones)
            word = len(first[end:].split()[0])
            if len(first[:at].rstrip()) + 1 + word <= width or end - at + word <= lead_width:
                continue
            task, lead = _rest_cells(
                [(x + 1, first[:at].strip()), (x + 1, first[end:].strip())], [(x + 1, first[at:end].strip())], rest
            )
            whole = _whole_unit(lead)
            if whole is not None:
                return task, whole
    return None


def _whole_units(text: str) -> frozenset[str]:
    """The units whose whole name ``text`` is (``find_units``, which keeps what it read for the
    document: a row's lines are tried in many joins, the same ones again)."""
    from ndq57.extract.units import find_units  # (a parse module: read only for glued rows)

    return frozenset(u.unit for u in find_units(text) if u.start == 0 and u.end == len(text))


def _whole_unit(lead: Cell) -> Cell | None:
    """The lead's lines when they make one unit's whole name, with the dash ``pdftotext`` drops
    at a line's end put back (:func:`_dash_lost`); None when they make none."""
    if not lead:
        return lead
    dashed = _dash_lost(lead)
    return dashed if dashed is not lead or _whole_units(" ".join(t for _, t in lead)) else None


def _dash_lost(lead: Cell) -> Cell:
    """A lead over two lines or more whose first line's final dash ``pdftotext`` dropped
    ("Công chức Văn hóa" / "Xã hội" for "Công chức Văn hóa -" / "Xã hội"): the dash put back
    when the name with it is one unit's whole name and without it is none or the same unit
    ("Công chức Tư pháp Hộ tịch")."""
    if len(lead) < 2 or lead[0][1].endswith(("-", "–")) or lead[1][1][:1] in "-–":
        return lead
    tail = " ".join(t for _, t in lead[1:])
    dashed = _whole_units(f"{lead[0][1]} - {tail}")
    plain = _whole_units(f"{lead[0][1]} {tail}")
    if not dashed or (plain and not plain & dashed):
        return lead
    return [(lead[0][0], f"{lead[0][1]} -"), *lead[1:]]


def _partner_cells(
    rows: list[_Row],
    read: list[tuple[Cell, Cell, Cell]],
    shown: list[Cell],
    head: _Header,
    times: Callable[[str], list[Span]],
    merged: dict[int, Cell] | None = None,
) -> list[Cell]:
    """The coordinating units' cells of a table whose header has a lead, a coordinating and a
    time column in that order (a row's cells one after the other, as ``pdftotext -raw`` and the
    PDF libraries print them: "… Văn phòng HĐND và" / "UBND huyện" / "Các phòng chuyên môn Quý
    II/2026 …"): the text between the lead's end and the row's first time (a start's under a
    split time heading), opening with a capital; for a row whose lead is the one merged down
    from above (:func:`_carry_leads`), the one unit it shows ("Phòng Tư pháp Trước ngày …")
    unless that is the lead itself. Empty when the header has no such columns, or no row shows
    a coordinating unit."""
    roles = head.roles
    if not ("lead" in roles and "coordinate" in roles and "time" in roles):
        return []
    if not roles.index("lead") < roles.index("coordinate") < roles.index("time"):
        return []
    out: list[Cell] = []
    for k, (r, (_, lead, when), own) in enumerate(zip(rows, read, shown, strict=True)):
        cell: Cell = []
        # (a row whose time is merged from above: its cells run to the row's end)
        if r.label[:1].isdigit() and own and (when or (merged and k in merged)):
            if lead is own:
                cell = _between(r.pieces, own[-1], when[0] if when else None, times)[: None if when else _LEAD_LINES]
            elif not _same_unit(lead, own):  # (no unit coordinates with itself)
                cell = list(own)
        out.append(cell)
    return out if any(out) else []


def _same_unit(a: Cell, b: Cell) -> bool:
    """Whether two cells name the same one unit (:func:`_whole_units`)."""
    said = [" ".join(" ".join(t for _, t in c).split()) for c in (a, b)]
    if said[0] == said[1]:
        return True
    units = [_whole_units(t) for t in said]
    return bool(units[0] and units[0] == units[1])


def _goes_on(text: str, x: int, size: int) -> bool:
    """Whether the unit head at ``x`` of a line, one that may go on the name before it ("Đảng
    ủy", "UBND", "Ủy ban"), does so there: no unit the line names (``find_units``) opens at it,
    or one runs over it ("Tổ chức hội nghị Đảng ủy UBND tỉnh"); not when a unit ends right
    before it and another opens at it ("… văn thư Phòng Nội vụ UBND các xã, thị trấn": a lead
    and a coordinating cell on one baseline)."""
    if not _tail(text[x : x + size]):
        return False
    found = _unit_spans(text)
    if any(a < x < b for a, b in found):
        return True
    return not (any(a == x for a, _ in found) and any(b == x - 1 for _, b in found))


@per_document
@functools.lru_cache(maxsize=256)
def _unit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the units a line names (``find_units``), read once for the heads of a line."""
    from ndq57.extract.units import find_units  # (a parse module: read only for glued rows)

    return tuple((u.start, u.end) for u in find_units(text))


def _trim_leads(read: list[tuple[Cell, Cell, Cell]], head: _Header) -> None:
    """A lead read over a line too many when the coordinating cell's first line is a unit's head
    that may also end a name ("Văn phòng" / "Đảng ủy" / "Ủy ban" over "MTTQ Việt" / "Nam xã"):
    the last line put back to the next cell when the lead without it is one unit's whole name
    and with it none (:func:`_whole_units`)."""
    if "coordinate" not in head.roles:
        return
    for k, (task, lead, when) in enumerate(read):
        if len(lead) < 2 or not opens_owner(lead[-1][1]):
            continue
        if _whole_units(" ".join(t for _, t in lead)) or not _whole_units(" ".join(t for _, t in lead[:-1])):
            continue
        read[k] = (task, lead[:-1], when)


def _between(
    pieces: list[_Piece], lead: tuple[int, str], when: tuple[int, str] | None, times: Callable[[str], list[Span]]
) -> Cell:
    """The cell between a lead's last part and a time's first (each a (line number, text) part
    of ``pieces``; or an earlier time opening with a capital; None: the row's end), when it
    opens with a capital; up to a line with a number."""
    by_line = {p.line + 1: p for p in pieces}
    p = by_line.get(lead[0])
    q = by_line.get(when[0]) if when is not None else pieces[-1]
    if p is None or q is None:
        return []
    x = p.text.find(lead[1])
    if x < 0:
        return []
    a = p.start + x + len(lead[1])
    y = q.text.find(when[1], max(a - q.start, 0)) if when is not None else len(q.text)
    if y < 0:
        return []
    b = q.start + y
    text = " ".join(p.text for p in pieces)
    early = [a + x for x, _ in times(text[a:b]) if text[a + x].isupper()]
    cell = _slice(pieces, a, min([b, *early]))
    # (a line with a number is no unit's: a running foot a page break left inside the row, "Kế
    # hoạch số 215/KH-UBND", the task's lines on the next page after it)
    cut = next((k for k, (_, t) in enumerate(cell) if k and regex.search(r"\d", t)), len(cell))
    cell = cell[:cut]
    return cell if cell and cell[0][1][:1].isupper() else []


def _glued_head(line: str) -> int:
    """Where a unit's head written with a capital opens the lead's first line glued to the
    task's ("… phong trào Ủy ban MTTQ Việt"): after three words or more, the word before it in
    lower case and joining nothing ("của", "với"); 0 when none."""
    joining = _flow_words().joining
    for m in regex.finditer(r"(?<= )\p{Lu}", line):
        x: int = m.start()
        if not _head_at(line, x):
            continue
        before = line[:x].split()
        prev = before[-1]
        if len(before) >= 3 and prev[:1].islower() and prev.lower() not in joining and prev[-1:] not in ",;:":
            return x
    return 0


def _time_run(lines: list[str], j: int, taken: list[bool], most: int) -> tuple[str, list[Cell], int, int] | None:
    """The time column's heading after line ``j`` (its words over one or two lines) and its cells,
    a time phrase each (a phrase's words and its date may be a line each), and the line after the
    last, and the heading's line; None when no such column comes before the table's text stops,
    or it has more than ``most`` cells."""
    n = len(lines)
    stop = min(n, j + _RUN_LOOK)
    k = j
    heading: str | None = None
    at = j
    while k < stop and not taken[k]:
        said = _strip(lines[k])
        if said and (_stops(said) or _heading_alone(said, _next_text(lines, k))):
            return None
        if said and not regex.search(r"\d", said) and len(said) <= 40:
            roles, _ = _header_roles(said)
            if [r for r, _ in roles] == ["time"] and _covered(said):
                heading = said
                at = k
                k += 1
                break
        k += 1
    if heading is None:
        return None
    phrases: list[Cell] = []
    end = k
    while k < n and not taken[k]:
        said = _strip(lines[k])
        if not said:
            k += 1
            continue
        nxt = _strip(lines[k + 1]) if k + 1 < n else ""
        if not regex.search(r"\d", said) and not tb._vague_time(said) and nxt[:1].isdigit() and tb._time_like(said):
            cell = [(k + 1, said), (k + 2, nxt)]  # ("Trước ngày" over "15/5/2026")
            k += 2
        elif tb._time_like(said):
            cell = [(k + 1, said)]
            k += 1
        elif not phrases and not regex.search(r"\d", said) and len(said.split()) <= 2:
            heading = f"{heading} {said}"  # (the heading's wrapped end: "thành")
            k += 1
            continue
        else:
            break
        phrases.append(cell)
        end = k
        if len(phrases) > most:
            return None
    return (heading, phrases, end, at) if phrases else None
