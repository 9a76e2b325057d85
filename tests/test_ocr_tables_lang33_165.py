"""Round 33 (helper 165): task tables in the plain text an OCR engine gives of a scanned page
(Tesseract with no layout: a line of the page a line of text, a piece of every cell in it, stray
``|`` and ``_`` where the rules were), read by :mod:`ndq57.parse.ocr_tables`."""

from __future__ import annotations

import functools

import ndq57
from conftest import FIXTURES
from ndq57.parse import ocr_tables
from ndq57.parse.normalize import normalize
from ndq57.parse.tables import find_tables

_SPLIT = "ocr_text_split_time_lang33_165.txt"
_GROUPS = "ocr_text_groups_lang33_165.txt"


@functools.cache
def _deadlines(name: str) -> list[ndq57.model.Deadline]:
    return list(ndq57.parse((FIXTURES / name).read_text(encoding="utf-8")).deadlines)


def _by_due(name: str) -> dict[tuple[str | None, str | None], ndq57.model.Deadline]:
    return {(d.section, d.due): d for d in _deadlines(name)}


def _owners(d: ndq57.model.Deadline, role: str) -> list[str]:
    return [a.unit for a in d.assignees if a.role == role]


def _tables(name: str) -> list[ndq57.model.Table]:
    return find_tables(normalize((FIXTURES / name).read_text(encoding="utf-8")).text)


def test_a_table_with_groups_and_one_time_column() -> None:
    (t,) = [t for t in _tables(_GROUPS) if t.export == "ocr_text"]
    assert t.columns == ["index", "task", "lead", "time"]  # ("Đơn vị thực" / "hiện": the cut heading)
    assert [r.label for r in t.rows if r.kind == "group"] == ["A", "B"]
    rows = _by_due(_GROUPS)
    assert _owners(rows[("2.A.1", "2026-04-30")], "lead") == ["Ban Dân vận Đảng ủy"]  # ("Ban Dân vận" / "Đảng ủy")
    assert _owners(rows[("2.A.3", "2026-06-30")], "lead") == ["Ủy ban MTTQ Việt Nam phường"]
    assert _owners(rows[("2.B.4", "2026-05-15")], "lead") == ["Các chi bộ trực thuộc"]
    assert _owners(rows[("2.B.5", "2026-09-30")], "lead") == ["Ban Dân vận Đảng ủy"]
    # ("Ủy ban Kiểm tra" / "… tiêu biểu | Đảng ủy 10/12/2026": the name's rest after a rule's bar)
    assert _owners(rows[("2.B.6", "2026-12-10")], "lead") == ["Ủy ban Kiểm tra Đảng ủy"]
    assert _owners(rows[("2.A.2", None)], "lead") == ["Văn phòng Đảng ủy"]  # (Hằng tháng)


def test_a_split_time_column_and_a_step_row() -> None:
    (t,) = [t for t in _tables(_SPLIT) if t.export == "ocr_text"]
    assert t.columns == ["index", "task", "lead", "coordinate", "other", "time"]
    rows = _by_due(_SPLIT)
    # ("Tháng Tháng" / "01/2027 | 4/2027": the start, then the end, the deadline)
    assert set(rows) >= {("II.1", "2027-04-30"), ("II.1", "2027-07-31"), ("II.3", "2027-10-31"), ("II.4", "2027-12-31")}
    # ("Quý Quý" / "I/2027 IH/2027": the end's quarter misread)
    assert ("II.2", "2027-09-30") in rows
    # (the step "Xây dựng bộ tiêu chí …" with no number: its lead merged with row 1's, its one unit the partner)
    step = rows[("II.1", "2027-07-31")]
    assert _owners(step, "coordinate") == ["Sở Tư pháp"]
    assert _owners(step, "lead") == _owners(rows[("II.1", "2027-04-30")], "lead")
    # ("Sở Công" / "… cải tạo | Thương Chính sách |…": the lead's rest on the next line)
    assert _owners(rows[("II.2", "2027-09-30")], "lead") == ["Sở Công Thương"]
    assert _owners(rows[("II.4", "2027-12-31")], "coordinate") == ["Văn phòng UBND tỉnh"]


_PAGE = """KẾ HOẠCH
Thực hiện nhiệm vụ năm 2027

2. Nhiệm vụ cụ thể

STT Nội dung nhiệm vụ Đơn vị chủ trì | Đơn vị phối | Thời gian thực hiện
hợp Bắt đầu |_ Hoàn
thành
1 | Xây dựng đề án phát triển Sở Công Sở Tài chính Tháng Tháng
chợ đầu mối nông sản tại các Thương 02/2027 | 5/2027
xã vùng ven
2 |Rà soát, sắp xếp lại các | Sở Kế hoạch và | Công an tỉnh | Tháng Tháng
điểm kinh doanh tạm, điểm Đầu tư 03/2027 | 8/2027

1 Quyết định số 12/QĐ-UBND ngày 05/01/2027 của Ủy ban nhân dân tỉnh về nhiệm vụ năm 2027 trên địa bàn.


2

STT Nội dung nhiệm vụ Đơn vị chủ trì | Đơn vị phối | Thời gian thực hiện
hợp Bắt đầu |_ Hoàn
thành
chợ tự phát trên địa bàn
3 | Tổng hợp kết quả thực hiện Sở Công Các sở, ngành Tháng Tháng
Kế hoạch Thương liên quan 11/2027 | 12/2027
3. Tổ chức thực hiện

Các sở, ngành báo cáo kết quả thực hiện trước ngày 05/12/2027.
"""


def test_a_table_going_on_over_a_page_break() -> None:
    (t,) = [t for t in find_tables(normalize(_PAGE).text) if t.export == "ocr_text"]
    assert [r.label for r in t.rows if r.kind == "task"] == ["1", "2", "3"]
    assert t.page_lines  # (the footnote and the page number between the two parts)
    rows = {d.due: d for d in ndq57.parse(_PAGE).deadlines}
    assert set(rows) == {"2027-05-31", "2027-08-31", "2027-12-31", "2027-12-05"}
    assert _owners(rows["2027-05-31"], "lead") == ["Sở Công Thương"]
    assert _owners(rows["2027-05-31"], "coordinate") == ["Sở Tài chính"]
    assert _owners(rows["2027-08-31"], "lead") == ["Sở Kế hoạch và Đầu tư"]
    assert _owners(rows["2027-12-31"], "lead") == ["Sở Công Thương"]
    assert rows["2027-12-31"].section == "2.3"


def test_the_time_run_at_a_lines_end() -> None:
    assert ocr_tables._time_run("Xây dựng dự thảo Sở Tư pháp Tháng Tháng") == (
        "Xây dựng dự thảo Sở Tư pháp",
        ["Tháng", "Tháng"],
    )
    assert ocr_tables._time_run("phân cấp quản lý Thương 01/2027 | 3/2027") == (
        "phân cấp quản lý Thương",
        ["01/2027", "3/2027"],
    )
    # (a task's own "… hoàn thành trước ngày" opens with no capital: no time cell)
    assert ocr_tables._time_run("báo cáo hoàn thành trước ngày")[1] == []
    assert ocr_tables._quarter("HI/2027") == "III/2027"
    assert ocr_tables._quarter("IH/2026") == "III/2026"
    assert ocr_tables._quarter("01/2027") == "01/2027"


def test_headings_cut_by_their_cells() -> None:
    cut = ocr_tables._words().cut
    assert cut["đơn vị phối"][0] == "coordinate"
    assert cut["đơn vị thực"][0] == "lead"
    assert "đơn vị" not in cut  # (opens headings of two roles)


def test_other_exports_are_not_read_so() -> None:
    # a PDF library's raw text: a row's cells one after the other (flow_tables' reading)
    assert not [t for t in _tables("raw_partners_wide_lang32.txt") if t.export == "ocr_text"]
    # a pipe table's header, every heading a cell of its own
    text = "STT | Nhiệm vụ | Chủ trì | Thời hạn\n1 | Rà soát quy chế | Sở Nội vụ | Quý I/2026\n"
    assert [t.export for t in find_tables(text)] != ["ocr_text"]
    # prose opening with the heading words, no numbered rows under it
    prose = (
        "TT Nội dung nhiệm vụ và đơn vị chủ trì, thời gian thực hiện được quy định tại Phụ lục.\n"
        "Các sở, ngành chủ động triển khai.\n"
    )
    assert not find_tables(prose)
