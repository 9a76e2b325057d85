"""``pdftotext -layout`` copies of the office PDFs (tests/fixtures/office, our own wording): the
table's header printed over three lines (the number column's heading cut, "ST" / "T"; "Đơn vị phối"
/ "hợp"; the time split into "Bắt đầu" and "Hoàn" / "thành" under "Thời gian thực hiện"), and cells
the text layer set one blank apart ("... quán triệt Ban Tuyên giáo"). The copy gives the deadlines
the PDF gives: the same due days, sections and leads."""

from __future__ import annotations

import pytest

from ndq57.parse import tables
from tables_support import copy_and_pdf

PAIRS = [
    ("pdftotext_layout_party_parts_lang10.txt", "office/kh_party_appendix.pdf"),
    ("pdftotext_layout_kh_glued_cells_lang10.txt", "office/kh_repeat.pdf"),
]


@pytest.mark.parametrize(("copy", "pdf"), PAIRS)
def test_layout_copy_reads_as_its_pdf(copy: str, pdf: str) -> None:
    text, printed = copy_and_pdf(copy, pdf)
    assert sorted(text) == sorted(printed)  # the same due days in the same sections
    # the same leads, but where the PDF's lead cell is merged down over several rows: the text
    # layer prints it once, on its first row (the others have none)
    assert all(text[k] <= printed[k] for k in text)
    assert sum(bool(v) for v in text.values()) >= len(text) // 2


def test_time_parts_split_the_time_heading() -> None:
    lines = [
        " ST       Nội dung nhiệm vụ           Đơn vị chủ trì   Đơn vị phối   Thời gian thực hiện",
        " T                                                        hợp        Bắt đầu    Hoàn",
        "                                                                                thành",
    ]
    head = tables._fragments(lines[0])
    assert tables._sub_heading(lines, 1, head, [False] * 3) == [(80, "")]
    # one part under a header word is that word's wrapped line, no column of its own
    lines2 = ["  STT    Nhiệm vụ        Chủ trì      Thời gian", "                                    hoàn thành"]
    assert tables._sub_heading(lines2, 1, tables._fragments(lines2[0]), [False] * 2) == []


def test_cells_one_blank_apart_split_at_the_column() -> None:
    frags = [(2, "1"), (6, "Tổ chức hội nghị quán triệt Ban Tuyên giáo"), (55, "Văn phòng"), (70, "Tháng")]
    assert tables._glued_cells(frags, [0, 6, 37, 55, 69, 10**6]) == [
        (2, "1"),
        (6, "Tổ chức hội nghị quán triệt"),
        (37, "Ban Tuyên giáo"),
        (55, "Văn phòng"),
        (70, "Tháng"),
    ]
    # two pieces only (a heading, a paragraph's line): left as printed
    assert tables._glued_cells([(5, "III."), (12, "TỔ CHỨC THỰC HIỆN Các sở")], [0, 6, 37, 10**6]) == [
        (5, "III."),
        (12, "TỔ CHỨC THỰC HIỆN Các sở"),
    ]
