"""Tables of a script that turns a Word file into text with python-docx: each table after the
body, a row a line, its cells joined by " | " (no outer bars) or by tabs; a cell merged across
printed again in each column it spans, Word's automatic row numbers printed empty."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from ndq57 import parse
from ndq57.parse.tables import find_tables
from tables_support import deadline_facts

_EXPECTED = {
    ("2027-02-15", "Phụ lục.A.1"): {"Ban Thường trực"},
    ("2027-03-31", "Phụ lục.A.2"): {"Hội Liên hiệp Phụ nữ xã"},
    ("2027-10-30", "Phụ lục.B.3"): {"Ban Thanh tra nhân dân xã"},
    ("2027-11-20", "Phụ lục.B.4"): {"Ban Thường trực"},
}


@pytest.mark.parametrize("name", ["pydocx_pipe_mttq_lang17.txt", "pydocx_tab_mttq_lang17.txt"])
def test_appendix_rows_numbered_under_groups(name: str) -> None:
    facts = deadline_facts(parse((FIXTURES / name).read_text(encoding="utf-8")).deadlines)
    for key, leads in _EXPECTED.items():
        assert facts.get(key) == leads, key
    # the groups' titles, printed in every column, are no task's lead or time
    assert not any(s.endswith(("Phụ lục.A", "Phụ lục.B")) for _, s in facts)


_ROWS = [
    "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn",
    "I | Công tác chuẩn bị | Công tác chuẩn bị | Công tác chuẩn bị | Công tác chuẩn bị",
    " | Xây dựng bộ câu hỏi khảo sát | Phòng Nội vụ | Phòng Tư pháp | Tháng 4/2027",
    " | Lập danh sách hộ được khảo sát | UBND các xã |  | Tháng 5/2027",
    "II | Triển khai | Triển khai | Triển khai | Triển khai",
    " | Tổ chức khảo sát tại các xã | Phòng Nội vụ | UBND các xã | Quý III/2027",
]


def _tasks(text: str) -> list[tuple[str | None, str, str]]:
    (table,) = find_tables(text)
    return [(r.path, r.cells[1].text, r.cells[2].text) for r in table.rows if r.kind == "task"]


def test_borderless_rows_keep_the_empty_number_cell() -> None:
    # the line's first "|" is the border of the empty number cell: the cells stay in their columns
    tasks = _tasks("\n".join(_ROWS))
    assert tasks == [
        ("I.1", "Xây dựng bộ câu hỏi khảo sát", "Phòng Nội vụ"),
        ("I.2", "Lập danh sách hộ được khảo sát", "UBND các xã"),
        ("II.3", "Tổ chức khảo sát tại các xã", "Phòng Nội vụ"),
    ]


def test_group_title_across_columns_is_one_group() -> None:
    (table,) = find_tables("\n".join(_ROWS))
    groups = [r for r in table.rows if r.kind == "group"]
    assert [(g.label, g.group, [c.text for c in g.cells][2:]) for g in groups] == [
        ("I", "Công tác chuẩn bị", ["", "", ""]),
        ("II", "Triển khai", ["", "", ""]),
    ]


def test_typed_numbers_are_not_renumbered() -> None:
    rows = [r.replace(" | Xây", "1 | Xây").replace(" | Lập", "2 | Lập").replace(" | Tổ", "1 | Tổ") for r in _ROWS]
    assert [p for p, _, _ in _tasks("\n".join(rows))] == ["I.1", "I.2", "II.1"]


def test_filler_repeated_across_is_kept() -> None:
    # a row of dots or zeros in every column is no group title
    text = "\n".join([_ROWS[0], "1 | Tổng số | 0 | 0 | 0", "2 | Khác | ...... | ...... | ......"])
    (table,) = find_tables(text)
    assert [c.text for c in table.rows[1].cells][2:] == ["0", "0", "0"]
    assert [c.text for c in table.rows[2].cells][2:] == ["......", "......", "......"]


def test_long_table_reads_every_row() -> None:
    rows = [
        _ROWS[0],
        *(f" | Nhiệm vụ số {k} của kế hoạch | Phòng Nội vụ | | Tháng {k % 12 + 1}/2027" for k in range(3000)),
    ]
    tasks = _tasks("\n".join(rows))
    assert len(tasks) == 3000 and tasks[-1][0] == "3000"


def test_cell_of_two_paragraphs_keeps_the_row() -> None:
    # a cell's paragraphs joined by a line break: the row goes on over the next line
    rows = list(_ROWS)
    rows[2] = " | Xây dựng bộ câu hỏi khảo sát | Phòng Nội vụ | Phòng Tư pháp\nUBND các xã | Tháng 4/2027"
    tasks = _tasks("\n".join(rows))
    assert [p for p, _, _ in tasks] == ["I.1", "I.2", "II.3"]
    (table,) = find_tables("\n".join(rows))
    first = next(r for r in table.rows if r.kind == "task")
    assert [c.text for c in first.cells][3:] == ["Phòng Tư pháp UBND các xã", "Tháng 4/2027"]


_NEXT = [
    "Nội dung báo cáo | Đơn vị thực hiện | Thời hạn gửi",
    "Báo cáo sơ bộ kết quả khảo sát | Phòng Nội vụ | Trước ngày 10/8/2027",
    "Báo cáo tổng hợp | Phòng Nội vụ | Trước ngày 20/11/2027",
    "Nơi nhận:",
    "- UBND tỉnh;",
    "- Lưu: VT. | TM. ỦY BAN NHÂN DÂN",
]


def _tabbed(row: str) -> str:
    """A " | "-joined row joined by tabs instead (an empty first cell: a tab first)."""
    return row.replace(" | ", "\t").replace(" |", "\t", 1) if row.startswith(" |") else row.replace(" | ", "\t")


@pytest.mark.parametrize("tabs", [False, True])
def test_next_table_of_another_width_is_its_own(tabs: bool) -> None:
    rows = _ROWS + _NEXT
    tables = find_tables("\n".join(_tabbed(r) for r in rows) if tabs else "\n".join(rows))
    assert [len(t.columns) for t in tables[:2]] == [5, 3]
    due = [r.cells[2].text for r in tables[1].rows if r.kind == "task"]
    assert due == ["Trước ngày 10/8/2027", "Trước ngày 20/11/2027"]


def test_table_after_unsigned_signoff_gives_deadlines() -> None:
    # (a known gap until round 31: the appendix opens at the first task table after the sign-off)
    text = (FIXTURES / "pydocx_pipe_mttq_lang17.txt").read_text(encoding="utf-8").replace("Nguyễn Văn Phúc\n", "")
    facts = deadline_facts(parse(text).deadlines)
    assert facts.get(("2027-02-15", "Phụ lục.A.1")) == {"Ban Thường trực"}
