"""``pdftotext -layout`` copies of the office PDFs (tests/fixtures/office, our own wording) whose
table runs onto the next page without its header: a running foot and the page number between the
pages, and the rows of the new page placed a few columns off the first page's. The copy gives the
deadlines the PDF gives: the same due days, sections and leads."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from ndq57 import parse
from ndq57.model import Deadline
from ndq57.parse import tables
from ndq57.pipeline import parse_bytes

PAIRS = [
    ("pdftotext_layout_kh_page_cuts_lang11.txt", "office/kh_norepeat.pdf"),
    ("pdftotext_layout_kh_split_pages_lang11.txt", "office/kh_split.pdf"),
    ("pdftotext_layout_kh_row_over_pages_lang11.txt", "office/kh_rowbreak.pdf"),
]


def _facts(deadlines: list[Deadline]) -> dict[tuple[str, str], set[str]]:
    facts: dict[tuple[str, str], set[str]] = {}
    for d in deadlines:
        facts.setdefault((d.due or "", d.section or ""), set()).update(a.unit for a in d.assignees if a.role == "lead")
    return facts


@pytest.mark.parametrize(("copy", "pdf"), PAIRS)
def test_rows_after_the_page_break_read_as_the_pdf(copy: str, pdf: str) -> None:
    text = _facts(parse((FIXTURES / copy).read_text(encoding="utf-8")).deadlines)
    pdf_path = Path(FIXTURES / pdf)
    printed = _facts(parse_bytes(pdf_path.read_bytes(), source=pdf_path.name).deadlines)
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
