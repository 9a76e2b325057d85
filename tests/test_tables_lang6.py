"""Tables whose cells come one after the other (:mod:`ndq57.parse.flow_tables`): the raw text of
a PDF library (PDFium's ``get_text_range``: a row's cells line after line, cells on one baseline
one blank apart) and ``pdftotext`` without ``-layout`` (a cell a paragraph), of the office PDFs
(tests/fixtures/office, our own wording). The copy gives the deadlines the PDF gives."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from ndq57 import parse
from ndq57.parse import flow_tables, tables
from tables_support import copy_and_pdf, deadline_facts

RAW = [
    ("pdfium_raw_kh_appendix_lang12.txt", "office/kh_norepeat.pdf"),
    ("pdfium_raw_kh_party_parts_lang12.txt", "office/kh_party_appendix.pdf"),
    ("pdfium_raw_kh_body_table_lang12.txt", "office/kh_merged_foot.pdf"),
    ("pdfium_raw_khlt_groups_lang12.txt", "office/khlt_joint.pdf"),
    ("pdfium_raw_tb_party_tables_lang12.txt", "office/tb_party.pdf"),
]


@pytest.mark.parametrize(("copy", "pdf"), RAW)
def test_raw_text_reads_as_its_pdf(copy: str, pdf: str) -> None:
    text, printed = copy_and_pdf(copy, pdf)
    assert sorted(text) == sorted(printed)  # the same due days in the same sections


def test_raw_text_leads() -> None:
    text, printed = copy_and_pdf(*RAW[0])
    # a lead cell of its own row; "Văn phòng HĐND và" / "UBND huyện" wrapped over two lines
    for key in (("2026-06-30", "Phụ lục.II.5"), ("2026-06-30", "Phụ lục.I.1"), ("2026-09-30", "Phụ lục.II.4")):
        assert text[key] == printed[key]
    # (a lead merged down over several rows is printed on the first only: the next row's first
    # unit is its coordinating one, "Phòng Tư pháp" under "Văn phòng HĐND và UBND huyện")


def test_raw_text_leads_wrapped() -> None:
    text, printed = copy_and_pdf(*RAW[2])
    assert text == printed  # "Sở Công" / "Thương", "Sở Kế hoạch và" / "Đầu tư"


def test_raw_text_leads_glued() -> None:
    text, _ = copy_and_pdf(*RAW[1])
    assert text[("2026-08-31", "Phụ lục.2")] == {"Công an xã"}  # not "Trưởng các thôn" glued after it
    assert text[("2026-12-31", "Phụ lục.3")] == {"Ủy ban Kiểm tra Đảng ủy"}  # "Ủy ban Kiểm" / "tra Đảng ủy"


def test_default_mode_cells_away_from_their_numbers() -> None:
    # pdftotext prints row 1's cells with the group's number "I" (its title last), row 4's time
    # after row 3's, rows 7 to 9's right-hand cells before group "III" and rows 8 and 9
    text, printed = copy_and_pdf("pdftotext_kh_appendix_default_lang12.txt", "office/kh_norepeat.pdf")
    appendix = sorted(k for k in printed if k[1].startswith("Phụ lục"))
    assert sorted(k for k in text if k[1].startswith("Phụ lục")) == appendix
    assert text[("2026-06-30", "Phụ lục.I.1")] == {"Văn phòng HĐND và UBND huyện"}


def test_line_a_cell_copy_read_as_flow() -> None:
    # PyMuPDF's get_text: a cell's line each, no blank line; the reader of a cell a line put
    # "Trước ngày" and "30/5/2026" in two columns: the reading with more rows timed is kept
    text, printed = copy_and_pdf("pymupdf_kh_appendix_lang12.txt", "office/kh_norepeat.pdf")
    appendix = sorted(k for k in printed if k[1].startswith("Phụ lục"))
    assert sorted(k for k in text if k[1].startswith("Phụ lục")) == appendix
    assert text[("2026-12-31", "Phụ lục.III.8")] == {"Phòng Nội vụ"}


def test_header_cut_by_a_footnote() -> None:
    # "ST Nội dung nhiệm vụ …" / "Bắt đầu Hoàn" / "1" / "Nghị định số 32/2024/NĐ-CP …" / "2" /
    # "T hợp thành" / "1 Xây dựng …": the footnote's numbers are no rows (no lead, no time)
    text, printed = copy_and_pdf("pdfium_raw_kh_head_cut_by_note_lang12.txt", "office/kh_merged_head.pdf")
    assert sorted(text) == sorted(printed)
    assert text[("2027-05-31", "II.2.1")] == {"Sở Công Thương"}


def _facts(name: str) -> dict[tuple[str, str], set[str]]:
    return deadline_facts(parse((FIXTURES / name).read_text(encoding="utf-8")).deadlines)


def test_time_before_the_owner_and_sub_numbers() -> None:
    facts = _facts("flow_ministry_time_first_lang12.txt")
    assert facts[("2026-04-30", "II.1")] == {"Văn phòng Bộ"}  # "Tháng 4/2026 Văn phòng Bộ"
    assert ("2026-09-30", "II.2") in facts  # "… lưu trữ Quý III/2026 Cục Văn thư …"
    assert ("2026-06-30", "II.2.1") in facts and ("2026-09-30", "II.2.2") in facts
    assert facts[("", "II.3")] == {"Trường Đào tạo, bồi dưỡng cán bộ, công chức"}  # "Hằng năm"
    assert ("2026-12-15", "III") in facts  # the body after the table is the body's


def test_split_time_gives_the_ends_only() -> None:
    facts = _facts("flow_party_split_time_lang12.txt")
    assert sorted(facts) == [("2026-05-31", "Phụ lục.A.1"), ("2026-08-31", "Phụ lục.A.2"), ("2026-10-31", "Phụ lục.B.3")]
    # (not the start "Tháng 3/2026", nor the product's "Báo cáo ngày 15/6/2026")
    assert facts[("2026-10-31", "Phụ lục.B.3")] == {"Ban Dân vận Huyện ủy"}


def test_numbered_list_is_no_table() -> None:
    text = (
        "Số: 15/KH-UBND\nAn Phú, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Thời gian thực hiện và nhiệm vụ:\n"
        "1 Các thôn ra quân vệ sinh\nTháng 3/2026\n2 Đoàn Thanh niên phát động phong trào\nTháng 4/2026\n"
    )
    assert tables.find_tables(text) == []
    # with a header of column words the same lines are a table
    with_header = text.replace("Thời gian thực hiện và nhiệm vụ:", "STT Nhiệm vụ Thời gian")
    assert [t.columns for t in tables.find_tables(with_header)] == [["index", "task", "time"]]


def test_rows_in_sequence() -> None:
    seq = flow_tables._Seq()
    assert [seq.accepts(x) for x in ("1", "2", "2.1", "2.2", "3", "5", "3.2", "II")] == [
        True,
        True,
        True,
        True,
        True,
        False,  # (a page number, a footnote's number)
        False,  # ("2.2. Về công tác …" after row 3's "3.1" was never met)
        False,  # (no "I" before)
    ]
    seq = flow_tables._Seq()
    assert [seq.accepts(x) for x in ("I", "1", "2", "II", "1", "3")] == [True, True, True, True, True, False]


def test_header_openings() -> None:
    lines = ["ST", "T", "Nội dung nhiệm vụ Đơn vị chủ trì"]
    assert flow_tables._index_at(lines, 0) == (2, "")
    assert flow_tables._index_at(["STT Nhiệm vụ Thời hạn"], 0) == (1, "Nhiệm vụ Thời hạn")
    assert flow_tables._index_at(["Sở Tư pháp"], 0) is None
    # a landscape table's header on one line
    wide = "STT Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành Sản phẩm dự kiến Ghi chú"
    head = flow_tables._header_at([wide, "1 Rà soát Sở Tư pháp Quý I/2026"], 0, [False, False])
    assert head is not None and head.roles == ["task", "lead", "coordinate", "time", "product", "note"]
    # a running foot naming the appendix goes on the table; an appendix heading ends it
    assert not flow_tables._stops("Phụ lục Kế hoạch số 41/KH-UBND")
    assert flow_tables._stops("PHỤ LỤC II")
    assert flow_tables._stops("III. TỔ CHỨC THỰC HIỆN")
    assert not flow_tables._stops("2 Cập nhật danh mục")
