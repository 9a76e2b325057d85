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
