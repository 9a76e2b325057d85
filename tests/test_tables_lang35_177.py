"""Round 35 (helper 177): task tables in a ``pdftotext -layout`` copy whose narrow columns made the
text layer set a row's cells one blank apart.

- two column headings glued on the header line ("Thời hạn Sản phẩm") read as two columns;
- a year a narrow time column cut ("20/12/202" over "6") read whole, the lone figure no page
  number nor footnote mark (the table went on past it);
- the lead's name glued to the task opening inside a run of capitals ("… trình Chủ Trung tâm Văn
  hóa": the name starts at the owner's head, not at "Chủ"), a head right after another going on
  its name ("Ủy ban MTTQ"), a deadline glued to the name before it ("… Việt Nam Tháng");
- a table with no number column read to its end: the header's wrapped words ("Bộ phận tham" /
  "mưu", a Party committee's advising body: the lead column) kept in the header, the figures under
  a time's words ("Trước ngày" / "10/6/2027") no new row, the sentence that leads to the table
  ("… theo lịch sau:") no header line, the sign-off ("Nơi nhận:") its end;
- the rest of a name glued to the task's next line ("… cảnh quan và Môi trường") split off before
  the task's piece is cut at the column, and a partner the text layer set left of its column,
  its next line starting where it does ("Phòng Tài nguyên" / "và Môi trường").

The fixtures ``pdftotext_layout_{commune,district}_glued_lang35``, ``…_party_reports_lang35`` are built by
``tests/pdftotext_lang35_build.py`` (LibreOffice, then ``pdftotext -layout``);
``pdftotext_layout_shifted_cells_lang35`` is placed by hand in the shapes those copies show.
"""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.parse import tables


def _rows(name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return [
        (
            d.section,
            d.due,
            [a.unit for a in d.assignees if a.role == "lead"],
            [a.unit for a in d.assignees if a.role == "coordinate"],
        )
        for d in ndq57.parse(text).deadlines
    ]


@pytest.mark.parametrize(
    ("piece", "parts"),
    [
        ("Thời hạn Sản phẩm", ["Thời hạn", "Sản phẩm"]),
        ("Cơ quan chủ trì Cơ quan phối hợp", ["Cơ quan chủ trì", "Cơ quan phối hợp"]),
        ("Nội dung công việc", ["Nội dung công việc"]),
        ("Thời gian thực hiện", ["Thời gian thực hiện"]),
        ("Đơn vị thực hiện", ["Đơn vị thực hiện"]),
    ],
)
def test_glued_headings(piece: str, parts: list[str]) -> None:
    out = tables._glued_headings([(0, "TT"), (6, piece)])
    assert [t for _, t in out[1:]] == parts


@pytest.mark.parametrize(
    ("text", "timed"),
    [
        ("Tháng 11/2026", True),
        ("Quý III/2026", True),
        ("Trước ngày 30/9/2026", True),
        ("Năm 2027", True),
        ("Tháng", True),  # (its figures wrapped onto the next line)
        ("Tháng Ba", False),
        ("Ngày hội văn hóa", False),
        ("Năm Căn", False),
    ],
)
def test_dated_time_at(text: str, timed: bool) -> None:
    assert tables._dated_time_at(text, 0) is timed


@pytest.mark.parametrize(
    ("piece", "cut", "parts"),
    [
        # the name opens at the owner's head inside a run of capitals
        ("Lập hồ sơ xếp hạng, trình Chủ Trung tâm Văn hóa", 43, ["Lập hồ sơ xếp hạng, trình Chủ", "Trung tâm Văn hóa"]),
        ("Báo cáo kết quả về Thường trực Công chức Tư pháp", 43, ["Báo cáo kết quả về Thường trực", "Công chức Tư pháp"]),
        # a head right after another goes on its name
        ("Tổ chức hội nghị phát động phong trào Hội Cựu chiến binh", 50, ["Tổ chức hội nghị phát động phong trào", "Hội Cựu chiến binh"]),
        ("Tuyên truyền, vận động đoàn viên Ủy ban MTTQ Việt", 45, ["Tuyên truyền, vận động đoàn viên", "Ủy ban MTTQ Việt"]),
    ],
)
def test_glued_lead_opens_at_its_head(piece: str, cut: int, parts: list[str]) -> None:
    out = tables._glued_cells([(0, "1"), (6, piece), (80, "Tháng 5/2026")], [0, 6, cut, 70, 1_000_000])
    assert [t for _, t in out[1:-1]] == parts


def test_time_glued_to_a_name() -> None:
    out = tables._glued_cells([(0, "2"), (6, "Vận động Nhân dân"), (30, "Ủy ban MTTQ Việt Nam Tháng 10/2026")], [0, 6, 30, 52, 1_000_000])
    assert [t for _, t in out] == ["2", "Vận động Nhân dân", "Ủy ban MTTQ Việt Nam", "Tháng 10/2026"]
    # (a head whose name a time follows: the time is no head's)
    out = tables._glued_cells([(0, "3"), (6, "Hỗ trợ"), (30, "Hiệp hội Doanh nghiệp III/2026")], [0, 6, 30, 51, 1_000_000])
    assert [t for _, t in out] == ["3", "Hỗ trợ", "Hiệp hội Doanh nghiệp", "III/2026"]


def test_glued_header_and_cut_year() -> None:
    assert _rows("pdftotext_layout_commune_glued_lang35") == [
        ("II.I.1", "2026-06-15", ["Công chức Địa chính - Xây dựng"], []),
        ("II.I.2", "2026-07-31", ["Công chức Tư pháp - Hộ tịch"], []),
        ("II.I.3", "2026-08-31", ["Hội Liên hiệp Phụ nữ xã"], []),
        ("II.II.4", "2026-10-31", ["Ủy ban MTTQ Việt Nam xã"], []),
        ("II.II.5", "2026-12-31", ["Ban Giám sát đầu tư của cộng đồng"], []),
        ("II.II.6", "2026-12-20", ["Văn phòng HĐND và UBND xã"], []),  # (the year cut: "20/12/202" / "6")
        ("III", "2026-12-05", [], []),
    ]


def test_cut_year_in_a_table_without_numbers() -> None:
    assert _rows("pdftotext_layout_district_glued_lang35") == [
        ("I", "2027-03-31", ["Phòng Văn hóa và Thông tin"], ["Phòng Tài nguyên và Môi trường"]),
        ("I", "2027-06-30", ["Phòng Tài chính - Kế hoạch"], ["Phòng Văn hóa và Thông tin"]),
        ("I", "2027-06-30", ["Trung tâm Văn hóa, Thông tin và Thể thao"], ["Ủy ban MTTQ Việt Nam huyện"]),
        ("I", "2027-09-30", ["Thanh tra huyện"], ["Phòng Tài chính - Kế hoạch"]),
        ("I", "2027-12-15", ["Phòng Văn hóa và Thông tin"], ["Các cơ quan, đơn vị liên quan"]),
    ]


def test_shifted_cells_and_a_name_rest() -> None:
    rows = _rows("pdftotext_layout_shifted_cells_lang35")
    assert rows[:4] == [
        ("I.1", "2027-05-31", ["Phòng Văn hóa và Thông tin"], ["Phòng Tài nguyên và Môi trường"]),
        ("I.2", "2027-09-30", ["Phòng Tài nguyên và Môi trường"], ["Công an huyện"]),
        ("I.3", "2027-08-31", ["Trung tâm Văn hóa huyện"], ["Phòng Tư pháp"]),
        ("I.4", "2027-12-31", ["Phòng Văn hóa và Thông tin"], ["Ủy ban MTTQ Việt Nam huyện"]),
    ]


def test_party_report_table_without_numbers() -> None:
    assert _rows("pdftotext_layout_party_reports_lang35")[1:] == [
        ("2", "2027-06-10", ["Văn phòng Đảng ủy"], []),
        ("2", "2027-09-25", ["Ủy ban Kiểm tra Đảng ủy"], []),
        ("2", "2027-12-05", ["Ban Xây dựng Đảng"], []),
    ]


def test_figures_to_come() -> None:
    assert tables._figures_to_come([(1, "Trước ngày")])
    assert tables._figures_to_come([(1, "Tháng")])
    assert not tables._figures_to_come([(1, "Trước ngày 10/6/2027")])
    assert not tables._figures_to_come([(1, "Văn phòng")])
    assert not tables._figures_to_come([])
