"""The short paths of the table readers give what the plain reading gives: the lone ``|`` lines
found among the lines that hold a ``|`` (each line read by the pattern is the reference), and a
cell's lines joined with the per-line markup and bullet tests skipped where they cannot apply."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ndq57.model import Table
from ndq57.parse import tables
from ndq57.parse.layout import Line
from ndq57.parse.normalize import normalize

FIXTURES = Path(__file__).parent / "fixtures"

CELL_PIECES = [
    "Sở Nội vụ",
    "chủ trì",
    "phối hợp",
    "**",
    "*",
    "__",
    "\\",
    "\\-",
    "(*)",
    " * ",
    "- ",
    "+ ",
    "• ",
    "– ",
    "1. ",
    "12) ",
    "3.",
    "a) ",
    "đ) ",
    "b)",
    "x)y",
    ".",
    ";",
    ":",
    "!",
    "?",
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\u3000",
    "\x1c",
    "Đ",
    "Quý II/2026",
    "\u0663) ",
    "²) ",
    "",
]
cell_line = st.lists(st.sampled_from(CELL_PIECES), max_size=8).map("".join)


def _plain_clean(raw: tables._Raw) -> tables._Cell:
    """:func:`tables._clean` as it read every line: markup removed and the bullet pattern tried
    on each line."""
    if not raw.lines or len(raw.lines) == 1:
        return tables._clean(raw)
    bold = False
    parts: list[str] = []
    all_bold = True
    any_text = False
    for _, t in raw.lines:
        text, was_bold, bold = tables._unmark(t, bold)
        text = " ".join(text.split())
        if text:
            any_text = True
            all_bold = all_bold and was_bold
            parts.append(text)
    joined = ""
    for p in parts:
        if not joined:
            joined = p
        elif tables._BULLET.match(p) or (joined[-1] in ".;:!?" and p[:1].isupper()):
            joined += "\n" + p
        else:
            joined += " " + p
    empty_bold = not any_text and any("**" in t for _, t in raw.lines)
    return tables._Cell(joined.strip(), raw.lines[0][0], (all_bold and any_text) or empty_bold, end=raw.lines[-1][0])


@settings(max_examples=200, deadline=None)
@given(st.lists(cell_line, min_size=2, max_size=5))
@example(["**Sở Nội vụ**", "- phối hợp"])
@example(["Rà soát.", "Đ", "1. Sở", "a) x", "b)"])
@example(["**", "", "**"])
def test_cell_lines_joined_as_the_plain_reading(lines: list[str]) -> None:
    raw = tables._Raw([(k + 1, t) for k, t in enumerate(lines)], 1)
    assert tables._clean(raw) == _plain_clean(raw)


def _plain_lone(lines: list[str]) -> list[int]:
    return [k for k, ln in enumerate(lines) if tables._LONE_PIPE.match(ln)]


def _cell_tables(text: str) -> list[tuple[int, int, list[list[tuple[list[tuple[int, str]], int]]]]]:
    lines = text.split("\n")
    got = tables._cell_lines(lines, [False] * len(lines), text)
    return [(t.start, t.end, [[(c.lines, c.line) for c in r] for r in t.rows]) for t in got]


def _plain_cell_tables(text: str) -> list[tuple[int, int, list[list[tuple[list[tuple[int, str]], int]]]]]:
    """The reader walking every line, each line asked whether it is a lone "|"."""
    lines = text.split("\n")
    taken = [False] * len(lines)
    lone = [bool(tables._LONE_PIPE.match(ln)) for ln in lines]
    paged = tables._page_lines(text, lines)  # (the page's lines, as the reader is given them)
    out = []
    i = 0
    while i < len(lines):
        if not taken[i] and lone[i]:
            t = tables._cell_table_at(lines, lone, i, taken, paged)
            if t is not None:
                out.append((t.start, t.end, [[(c.lines, c.line) for c in r] for r in t.rows]))
                i = t.end
                continue
        i += 1
    return out


TABLE_LINES = [
    "|",
    " | ",
    "|\u00a0",
    "\x1c|",
    "| |",
    "STT",
    "Nội dung",
    "1",
    "Sở Nội vụ",
    "",
    "  ",
    "PHỤ LỤC I",
    "Kèm theo Kế hoạch số 5/KH-UBND",
    "**2**",
    "a | b",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TABLE_LINES), max_size=40).map("\n".join))
@example("|\nSTT\n|\nNội dung\n|\n|\n1\n|\nSở Nội vụ\n|\n|\n\nSau bảng")
def test_cell_tables_as_read_line_by_line(text: str) -> None:
    assert _cell_tables(text) == _plain_cell_tables(text)


def test_fixture_tables_and_cells_as_the_plain_reading() -> None:
    cells = read = 0
    for path in sorted(FIXTURES.glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8")).text
        want = _plain_cell_tables(text)
        assert _cell_tables(text) == want, path.name
        read += len(want)
        lines = text.split("\n")
        for k in range(len(lines) - 2):
            raw = tables._Raw([(k + 1, lines[k]), (k + 2, lines[k + 1]), (k + 3, lines[k + 2])], k + 1)
            assert tables._clean(raw) == _plain_clean(raw)
            cells += 1
    assert cells > 1000 and read > 0


def test_a_group_row_sees_the_next_label_past_rows_without_one() -> None:
    """A row "5 | title" (neither bold nor upper case) is a group when the next numbered row,
    past rows without a number, is under it ("5.1"); a task when it is not ("6")."""
    head = "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
    rows = "| 5 | Nhóm nhiệm vụ về chuyển đổi số | | |\n| | ghi chú chung của nhóm | | |\n| | thêm một dòng | | |\n"
    under = tables.find_tables(head + rows + "| 5.1 | Xây dựng kho dữ liệu | Sở Nội vụ | Quý II/2026 |\n")[0]
    after = tables.find_tables(head + rows + "| 6 | Xây dựng kho dữ liệu | Sở Nội vụ | Quý II/2026 |\n")[0]
    assert [r.kind for r in under.rows][:2] == ["header", "group"]
    assert under.rows[1].label == "5" and under.rows[-1].path == "5.1"
    assert after.rows[1].kind == "task"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ụỤèÈuUeEạ\u0323\u0300 |PHỤ LỤC kèm", max_size=12))
@example("u\u0323")  # a decomposed ụ is not the letter the pattern names
def test_row_end_sign_as_the_pattern(text: str) -> None:
    assert tables._may_end_row(text) == (tables._MAY_END_ROW.search(text) is not None)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "STT",
                "stt",
                "TT",
                "T.T",
                "Số TT",
                "số thứ tự",
                "Thứ tự",
                ".",
                ":",
                "*",
                " ",
                "\n",
                "|",
                "1",
                "Nội dung",
                "\u00a0",
                "ST",
                "T",
            ]
        ),
        max_size=4,
    ).map("".join)
)
@example("S.T.T:")
@example("**TT**")
def test_index_heading_as_the_column_role(text: str) -> None:
    assert tables._index_heading(text) == (tables._text_role(text) == "index")


def test_index_heading_on_the_fixture_lines() -> None:
    lines = [ln for path in sorted(FIXTURES.glob("*.txt")) for ln in path.read_text(encoding="utf-8").split("\n")]
    assert sum(tables._index_heading(ln) for ln in lines) > 0
    for ln in lines:
        assert tables._index_heading(ln) == (tables._text_role(ln) == "index"), ln


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["**", "*", "_", "__", "\\", " ", "\t", "\n", "a", "Sở", "(*)", " * ", ".", ""]), max_size=7
    ).map("".join),
    st.booleans(),
)
@example("**Sở Nội vụ**", True)
@example("****", False)
@example("***", True)
@example("** **", True)
@example("Sở**", False)
@example("  **", False)
@example("** ", False)
def test_bold_runs_read_as_mark_by_mark(text: str, bold: bool) -> None:
    assert tables._unmark(text, bold) == tables._unmark_scan(text, bold)


def test_spacing_kept_where_split_and_join_give_the_text() -> None:
    """Every character of the Basic Multilingual Plane (all the blanks of ``str.split`` are in
    it) alone, between letters and beside a space."""
    assert all(not chr(c).isspace() for c in range(0x10000, 0x110000))
    for c in map(chr, range(0x10000)):
        for t in (c, f"a{c}b", f"a {c}b", f"a{c} b"):
            assert tables._spaced(t) == " ".join(t.split()), repr(t)


@given(st.lists(st.sampled_from(["a", "Đ", " ", "  ", "\t", "\u00a0", "\u3000", "\x1c", "\n", "\u2028"])).map("".join))
def test_spacing_as_split_and_join(text: str) -> None:
    assert tables._spaced(text) == " ".join(text.split())


def _plain_mask(lines: list[Line], tables_in: list[Table]) -> tuple[list[Line], list[Table]]:
    """:func:`tables.mask_tables` reading every line against the tables."""
    if not lines or not tables_in:
        return lines, []
    lo, hi = lines[0].no, lines[-1].no
    inside = [t for t in tables_in if lo <= t.line and t.end_line <= hi]
    if not inside:
        return lines, []
    out: list[Line] = []
    k = 0
    for ln in lines:
        while k < len(inside) and inside[k].end_line < ln.no:
            k += 1
        if k < len(inside) and inside[k].line <= ln.no <= inside[k].end_line:
            t = inside[k]
            if not out or out[-1].kind != "table" or out[-1].no != t.line:
                out.append(Line(t.line, tables.table_text(t), "table"))
            continue
        out.append(ln)
    return out, inside


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=30), min_size=1, max_size=25),
    st.lists(st.tuples(st.integers(min_value=1, max_value=30), st.integers(min_value=0, max_value=5)), max_size=4),
)
@example([1, 2, 3, 4, 5, 6], [(2, 2)])
@example([1, 2, 5, 3, 4, 6, 7], [(2, 3), (6, 0)])  # a line number out of order inside a table
def test_tables_masked_as_line_by_line(nos: list[int], spans: list[tuple[int, int]]) -> None:
    lines = [Line(no, f"dòng {no}") for no in nos]
    found, end = [], 0
    for start, length in sorted(spans):
        if start > end:  # (tables do not overlap)
            found.append(Table(f"tb{len(found) + 1}", "pipe", start, start + length, ["task"], ["Nhiệm vụ"]))
            end = start + length
    assert tables.mask_tables(lines, found) == _plain_mask(lines, found)
