"""``pdftotext -layout`` copies of the office PDFs (tests/fixtures/office, our own wording) whose
table runs onto the next page without its header: a running foot and the page number between the
pages, and the rows of the new page placed a few columns off the first page's. The copy gives the
deadlines the PDF gives: the same due days, sections and leads."""

from __future__ import annotations

import pytest

from ndq57.parse import tables
from tables_support import copy_and_pdf

PAIRS = [
    ("pdftotext_layout_kh_page_cuts_lang11.txt", "office/kh_norepeat.pdf"),
    ("pdftotext_layout_kh_split_pages_lang11.txt", "office/kh_split.pdf"),
    ("pdftotext_layout_kh_row_over_pages_lang11.txt", "office/kh_rowbreak.pdf"),
]


@pytest.mark.parametrize(("copy", "pdf"), PAIRS)
def test_rows_after_the_page_break_read_as_the_pdf(copy: str, pdf: str) -> None:
    text, printed = copy_and_pdf(copy, pdf)
    assert sorted(text) == sorted(printed)
    # (a lead merged down over rows in the PDF is printed once, on its first row)
    assert all(text[k] <= printed[k] for k in text)
    assert text[("2026-12-31", "Phụ lục.III.8")] == {"Phòng Nội vụ"}


def test_running_foot_before_the_page_break() -> None:
    lines = ["", "", "                          Phụ lục Kế hoạch số 41/KH-UBND", "\f        4", "", "7   Số hóa"]
    assert tables._next_page(lines, 0, [False] * 6) == 5
    # a paragraph at the margin after the table is the body's, not a foot
    lines[2] = "Các cơ quan, đơn vị tổ chức thực hiện."
    assert tables._next_page(lines, 0, [False] * 6) is None
    # a foot with no page break under it: the table has ended
    lines[2], lines[3] = "                          Phụ lục Kế hoạch số 41/KH-UBND", ""
    assert tables._next_page(lines, 0, [False] * 6) is None


def _placed(*pieces: tuple[int, str]) -> str:
    line = ""
    for at, text in pieces:
        line = line.ljust(at) + text
    return line


def test_page_cuts_follow_the_new_pages_gutters() -> None:
    # the first page's columns start at 4, 33, 48, 66; the new page's three places further left
    page = [
        _placed((0, "7"), (4, "Số hóa kết quả giải quyết"), (44, "Phòng Tư pháp"), (61, "Trước ngày")),
        _placed(
            (0, "8"), (4, "Kiểm tra việc tiếp nhận"), (30, "Phòng Nội vụ"), (44, "Văn phòng HĐND"), (61, "Quý IV/2026")
        ),
        _placed((0, "9"), (4, "Sơ kết, đánh giá"), (44, "Các cơ quan"), (61, "Trước ngày")),
    ]
    cuts = [0, 4, 33, 48, 66, 10**6]
    assert tables._page_cuts(page, 0, cuts, [False] * 3) == [0, 4, 30, 44, 61, 10**6]
    # too few lines of cells on the page: the cuts stay
    assert tables._page_cuts(page[:1], 0, cuts, [False]) == cuts
    # the header printed again on the new page keeps no gutter of the rows
    repeated = _placed(
        (0, "STT"), (10, "Nhiệm vụ"), (28, "Cơ quan chủ trì"), (46, "Cơ quan phối hợp"), (63, "Thời gian")
    )
    assert tables._page_cuts([repeated, *page], 0, cuts, [False] * 4) == [0, 4, 30, 44, 61, 10**6]


def test_repeated_header_keeps_no_gutter_of_the_first_page() -> None:
    head = _placed((4, "STT"), (20, "Nhiệm vụ"), (40, "Cơ quan chủ trì"), (60, "Thời gian"))
    rows = [
        _placed((0, "1"), (8, "Rà soát quy trình nội bộ"), (40, "Văn phòng"), (60, "Quý II/2026")),
        _placed((0, "2"), (8, "Cập nhật danh mục thủ tục"), (40, "Phòng Tư pháp"), (60, "Tháng 5/2026")),
    ]
    again = _placed((4, "STT"), (14, "Nhiệm vụ"), (34, "Cơ quan chủ trì"), (56, "Thời gian"))
    lines = [head, *rows, again]
    assert tables._layout_cuts(lines, 0, tables._fragments(head)) == tables._layout_cuts(
        lines[:3], 0, tables._fragments(head)
    )


HEAD_COPY = ("pdftotext_layout_kh_head_over_pages_lang11.txt", "office/kh_merged_foot.pdf")


def test_header_cut_by_the_page_break_reads_whole() -> None:
    text, printed = copy_and_pdf(*HEAD_COPY)
    for key in (("2027-03-31", "II.2.1"), ("2027-05-31", "II.2.1")):
        assert text[key] == printed[key] == {"Sở Công Thương"}
    assert all(k in printed and text[k] <= printed[k] for k in text)  # nothing the PDF does not give


def test_header_cut_by_the_page_break_all_rows() -> None:
    text, printed = copy_and_pdf(*HEAD_COPY)
    assert sorted(text) == sorted(printed)


def test_footnotes_at_the_foot_of_a_page() -> None:
    lines = ["1", "    Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ.", "\f                  2", " T   hợp"]
    assert tables._foot_notes(lines, 0, [False] * 4) == 2
    # a row's number alone, its cells on the next line: no page break under them
    lines = ["1", "    Rà soát quy trình      Sở Tư pháp", "    nội bộ", "2"]
    assert tables._foot_notes(lines, 0, [False] * 4) is None


def test_gutters_as_many_as_the_header_has() -> None:
    page = [
        _placed((0, "1"), (5, "Xây dựng dự thảo"), (30, "Sở Công"), (45, "Sở Tư pháp"), (60, "Tháng")),
        _placed((5, "phân cấp quản lý"), (30, "Thương"), (60, "01/2027")),
        _placed((0, "2"), (5, "Kiểm tra việc bảo vệ"), (30, "Công an"), (45, "UBND huyện"), (60, "Quý II")),
    ]
    # the page before was much wider: no cut within reach of a gutter, the gutters themselves
    assert tables._page_cuts(page, 0, [0, 8, 50, 75, 98, 10**6], [False] * 3) == [0, 5, 30, 45, 60, 10**6]


def test_default_mode_copy_reads_as_its_pdf() -> None:
    text, printed = copy_and_pdf("pdftotext_kh_party_parts_default_lang11.txt", "office/kh_party_appendix.pdf")
    assert sorted(text) == sorted(printed)
