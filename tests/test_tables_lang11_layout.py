"""``pdftotext -layout`` tables, round 26 (helper 126): a row number too wide for its column
wrapped over two lines ("2.1." / "1"), group rows under a part's letter, and the header printed
again inside a page before a group (its words placed one column to the left, over two lines)."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57 import parse

NAME = "pdftotext_layout_bo_group_heads_lang16.txt"


def _rows(text: str) -> list[tuple[str | None, str | None, list[tuple[str, str]]]]:
    doc = parse(text)
    return [(d.due, d.section, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]


def test_group_rows_and_wrapped_numbers_own_fixture() -> None:
    got = _rows((FIXTURES / NAME).read_text(encoding="utf-8"))
    assert [(due, sec) for due, sec, _ in got] == [
        ("2027-06-30", "Phụ lục.A.I.1.1"),
        ("2027-09-30", "Phụ lục.A.I.1.2"),
        # the group rows under part B keep their Roman numbers; the header printed again under
        # them is no row of its own
        ("2027-09-30", "Phụ lục.B.I.1.1"),
        # "2.1." / "1": one number, not a row "2.1" and a row "1"
        ("2027-10-31", "Phụ lục.B.II.2.1.1"),
        ("2027-11-30", "Phụ lục.B.II.2.1.2"),
        ("2027-12-31", "Phụ lục.B.II.2.2.1"),
    ]
    # the lines under the wrapped number go on with the row's cells
    assert got[3][2] == [
        ("Trung tâm Dự báo khí tượng thủy văn quốc gia", "lead"),
        ("Cục Khí tượng Thủy văn", "coordinate"),
    ]
    assert got[5][2] == [
        ("Cục Quản lý đê điều và Phòng, chống thiên tai", "lead"),
        ("Các doanh nghiệp viễn thông", "coordinate"),
    ]
    # the header's wrapped words ("hiện", "dung") are no unit
    assert got[2][2] == [("Văn phòng Bộ", "lead"), ("Cục Quản lý tài nguyên nước", "coordinate")]


_TABLE = """\
  STT    Nhiệm vụ                                Đơn vị chủ trì       Đơn vị phối hợp      Thời hạn
  1      Rà soát danh mục dữ liệu mở của ngành   Sở Tài chính         Các sở, ngành        Tháng 3/2027
{rows}
"""


def test_short_row_then_next_row_in_capitals() -> None:
    # a row of one line ending in a dotted number, then a figure in the number column with a task
    # in a capital letter: two rows, not one number cut over two lines
    rows = (
        "  2.1.   Lập kế hoạch số hóa                     Sở Xây dựng          Sở Tài chính         Tháng 5/2027\n"
        "  3      Công bố dữ liệu mở trên cổng            Sở Tư pháp           Sở Xây dựng          Tháng 8/2027"
    )
    got = _rows(_TABLE.format(rows=rows))
    assert [(due, sec) for due, sec, _ in got] == [("2027-03-31", "1"), ("2027-05-31", "2.1"), ("2027-08-31", "3")]


def test_wrapped_number_in_a_table_without_groups() -> None:
    rows = (
        "  1.1.   Xây dựng quy chế khai thác dữ liệu      Sở Tư pháp           Sở Tài chính         Tháng 6/2027\n"
        "  2      dùng chung của tỉnh\n"
        "  1.1.   Tập huấn cán bộ quản trị dữ liệu        Sở Nội vụ            Sở Tư pháp           Tháng 9/2027\n"
        "  3      của các sở, ngành"
    )
    got = _rows(_TABLE.format(rows=rows))
    assert [(due, sec) for due, sec, _ in got] == [
        ("2027-03-31", "1"),
        ("2027-06-30", "1.1.2"),
        ("2027-09-30", "1.1.3"),
    ]


def test_header_again_after_a_page_break_keeps_the_rows_rest() -> None:
    # on a new page the repeated header may be followed by the rest of a row the break cut: that
    # rest is the row's (only a header printed again inside a page has wrapped words under it)
    text = (
        "  STT    Nhiệm vụ                                Đơn vị chủ trì       Đơn vị phối hợp      Thời hạn\n"
        "  1      Rà soát danh mục dữ liệu mở của ngành   Sở Tài chính         Các sở, ngành        Tháng 3/2027\n"
        "  2      Xây dựng quy chế khai thác dữ liệu      Sở Tư pháp           Sở Tài chính         Tháng 6/2027\n"
        "\n\n\n\f"
        "  STT    Nhiệm vụ                                Đơn vị chủ trì       Đơn vị phối hợp      Thời hạn\n"
        "         dùng chung                                                   và các xã\n"
        "  3      Tập huấn cán bộ quản trị dữ liệu        Sở Nội vụ            Sở Tư pháp           Tháng 9/2027\n"
    )
    got = _rows(text)
    assert [(due, sec) for due, sec, _ in got] == [("2027-03-31", "1"), ("2027-06-30", "2"), ("2027-09-30", "3")]
    assert ("các xã", "coordinate") in got[1][2]
