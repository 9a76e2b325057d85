"""Tables whose cells come one after the other, second pass (:mod:`ndq57.parse.flow_tables`): a
lead cell merged down over several rows (printed on its first row only) is carried down to the
rows that show only their coordinating unit."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57 import parse
from tables_support import copy_and_pdf, deadline_facts


def _leads(name: str) -> dict[tuple[str, str], set[str]]:
    return deadline_facts(parse((FIXTURES / name).read_text(encoding="utf-8")).deadlines)


def test_merged_lead_carried_as_the_pdf_reads_it() -> None:
    text, printed = copy_and_pdf("pdfium_raw_kh_appendix_lang12.txt", "office/kh_norepeat.pdf")
    assert text == printed
    # rows 2 and 3 under row 1's "Văn phòng HĐND và UBND huyện"; row 7 across a page break
    assert text[("2026-05-30", "Phụ lục.I.2")] == {"Văn phòng HĐND và UBND huyện"}
    assert text[("2026-11-15", "Phụ lục.II.7")] == {"UBND các xã, thị trấn"}
    # row 9: "Các cơ quan, đơn vị liên quan" is its coordinating unit, the lead row 8's
    assert text[("2026-12-10", "Phụ lục.III.9")] == {"Phòng Nội vụ"}


def test_merged_lead_own_fixture() -> None:
    leads = _leads("pdfium_raw_so_merged_lead_lang14.txt")
    assert leads[("2026-06-15", "Phụ lục.I.2")] == {"Phòng Nghiệp vụ Y Dược"}
    assert leads[("2026-06-30", "Phụ lục.I.3")] == {"Phòng Nghiệp vụ Y Dược"}
    # a group row ends the merge: row 4 names its own lead, row 5 takes it
    assert leads[("2026-11-30", "Phụ lục.II.5")] == {"Bệnh viện Đa khoa tỉnh"}


_TABLE = """KẾ HOẠCH
Kiểm tra công tác văn thư năm 2026
II. NHIỆM VỤ
STT Nội dung {head} Thời hạn
1 Kiểm tra hồ sơ lưu trữ tại các phòng
{row1}
Tháng 5/2026
2 Chỉnh lý tài liệu tồn đọng
Trung tâm Lưu trữ lịch sử Quý III/2026
"""


def test_no_carry_without_a_coordinating_column() -> None:
    text = _TABLE.format(head="Đơn vị chủ trì", row1="Phòng Tổ chức cán bộ")
    leads = deadline_facts(parse(text).deadlines)
    assert leads[("2026-09-30", "II.2")] == {"Trung tâm Lưu trữ lịch sử"}


def test_no_carry_when_no_row_shows_both_units() -> None:
    # a coordinating column that no row fills: each unit is its row's lead
    text = _TABLE.format(head="Đơn vị chủ trì Đơn vị phối hợp", row1="Phòng Tổ chức cán bộ")
    leads = deadline_facts(parse(text).deadlines)
    assert leads[("2026-09-30", "II.2")] == {"Trung tâm Lưu trữ lịch sử"}


def test_carry_when_a_row_shows_both_units() -> None:
    text = _TABLE.format(head="Đơn vị chủ trì Đơn vị phối hợp", row1="Phòng Tổ chức cán bộ Phòng Kế hoạch - Tài chính")
    leads = deadline_facts(parse(text).deadlines)
    assert leads[("2026-09-30", "II.2")] == {"Phòng Tổ chức cán bộ"}


def test_blank_cell_between_pipes_is_an_empty_cell() -> None:
    # a web page's table, a cell a line between lone "|" lines, no bold: an empty cell printed as
    # a blank ("|" / " " / "|") is a cell, not the end of the row; the group rows "3 | | Học bạ số"
    # give no deadline of the row above, and the header repeated under group II is no task row
    leads = _leads("web_cells_blank_repeat_header_lang14.txt")
    assert sorted(leads) == [
        ("2026-08-31", "Phụ lục.II.3.1"),
        ("2026-09-30", "Phụ lục.I.2"),
        ("2026-12-31", "Phụ lục.I.1"),
        ("2026-12-31", "Phụ lục.II.3.2"),
        ("2027-09-30", "Phụ lục.II.4.1"),
    ]


def test_blank_cell_rule() -> None:
    from ndq57.parse.tables import _blank_cell

    lines = ["|", " ", "|", "", "|", "\u00a0", "|", "\f", "|"]
    lone = [x == "|" for x in lines]
    # a blank or a no-break space between two "|" lines is a cell; an empty line or a page
    # break is not (read as before: a row's end, a page's break)
    assert [_blank_cell(lines, lone, j) for j in (1, 3, 5, 7)] == [True, False, True, False]


def test_time_words_and_numbers_rejoined() -> None:
    # "Quý Quý" (start and end, side by side) at the page's foot, "II/2027 IV/2027" after the
    # header printed again: the end "Quý IV/2027" is the row's deadline
    leads = _leads("pdfium_raw_split_quarters_lang14.txt")
    assert sorted(leads) == [("2027-04-30", "II.1"), ("2027-08-31", "II.3"), ("2027-12-31", "II.2")]
    assert leads[("2027-12-31", "II.2")] == {"Sở Du lịch"}


def test_office_pdf_time_across_a_page() -> None:
    text, printed = copy_and_pdf("pdfium_raw_kh_merged_quy_lang14.txt", "office/kh_merged_quy.pdf")
    assert sorted(text) == sorted(printed)
