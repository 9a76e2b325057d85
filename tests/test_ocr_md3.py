"""Session 14: the second row of a header spanning a time column ("Thời gian thực hiện" over
"Bắt đầu" | "Hoàn thành") as an OCR engine's markdown prints it: "Hoàn" cut from "thành" by its
cell's wrap, and the table's rows going on after a footnote line under a header printed again in
pieces. The end column is the deadline, never the start."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_HEAD = "UBND TỈNH HÀ TRUNG\nSố: 5/KH-UBND\nHà Trung, ngày 02 tháng 01 năm 2027\nKẾ HOẠCH\nPhát triển\n\nI. NHIỆM VỤ\n\n"


def test_a_cut_end_heading_is_the_end() -> None:
    text = _HEAD + (
        "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian thực hiện |  |\n"
        "|  |  |  | Bắt đầu | Hoàn |\n"
        "| 1 | Xây dựng quy định | Sở Tư pháp | Tháng 01/2027 | Tháng 3/2027 |\n"
        "| 2 | Rà soát quy hoạch | Sở Công Thương | Tháng 4/2027 | Tháng 6/2027 |\n"
    )
    assert [d.due for d in ndq57.parse(text).deadlines] == ["2027-03-31", "2027-06-30"]


def test_rows_after_a_footnote_keep_the_split_header() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_md_time_parts_split_head.txt").read_text(encoding="utf-8"))
    got = [(d.due, d.section, [a.unit for a in d.assignees if a.role == "lead"]) for d in doc.deadlines]
    assert got == [
        ("2027-04-30", "II.1", ["Sở Nông nghiệp và Môi trường"]),
        ("2027-08-31", "II.2", ["Sở Công Thương"]),
        ("2027-12-31", "II.3", ["Sở Công Thương"]),
        ("2027-12-10", "III", []),
    ]
    # no start month is a deadline
    assert not {d.due for d in doc.deadlines} & {"2027-02-28", "2027-05-31", "2027-09-30"}
