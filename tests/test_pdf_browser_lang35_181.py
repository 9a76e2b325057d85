"""Round 35, helper 181: directives printed to PDF by a web browser (headless Chromium, "Save as
PDF"; sources and build: ``tests/browser_print_lang35_build.py``) read as their HTML does.

Chromium sets a borderless table's cells without padding, their texts a word gap apart or closer
(``Văn phòng Đảng ủyTrước ngày``), and writes the text layer cell by cell: the columns are read
from where the text layer's order passes to another cell at one left edge in several lines. A
ruled table's row cut by the page break goes on at the top of the next page without the rule
above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_golden_record, task_rows
from ndq57.pipeline import extracted_text, parse_bytes

BROWSER = Path(__file__).parent / "fixtures" / "browser"
NAMES = ["chr_kh_appendix_lang35", "chr_tb_ruled_lang35", "chr_cv_twocol_lang35"]


def _tasks(doc: dict) -> list[tuple]:
    return task_rows(doc, text=False)


@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str) -> None:
    assert_golden_record(BROWSER / f"{name}.pdf")


@pytest.mark.parametrize("name", NAMES)
def test_reads_as_its_html(name: str) -> None:
    pdf = parse_bytes((BROWSER / f"{name}.pdf").read_bytes(), source=f"{name}.pdf").to_dict()
    html = parse_bytes((BROWSER / f"{name}.html").read_bytes(), source=f"{name}.html").to_dict()
    assert _tasks(pdf) == _tasks(html)
    for key in ("type", "number", "date"):
        assert pdf["document"][key] == html["document"][key]


def test_borderless_table_without_padding() -> None:
    text = extracted_text((BROWSER / "chr_kh_appendix_lang35.pdf").read_bytes())
    assert (
        "| 3 | Nâng cấp phần mềm quản lý khám chữa bệnh tại trạm y tế xã kết nối với hệ thống của tỉnh"
        " | Sở Khoa học và Công nghệ | Sở Y tế; Viễn thông tỉnh | Quý II/2027 |"
    ) in text
    assert "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |" in text
    # (the paragraphs stay whole)
    assert "Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế" in text


def test_ruled_row_cut_by_the_page_break() -> None:
    text = extracted_text((BROWSER / "chr_tb_ruled_lang35.pdf").read_bytes())
    assert (
        "| 3 | Chỉ đạo tổ chức đại hội điểm tại một chi bộ thôn và một chi bộ cơ quan, rút kinh nghiệm"
        " để nhân rộng trong toàn huyện | Các đảng ủy xã, thị trấn | Xong trước ngày 30/11/2027 |"
    ) in text
    assert "\n3. Tổ chức thực hiện\n" in text


def test_group_label_under_a_header_of_two_lines_is_no_broken_word() -> None:
    from ndq57.readers.pdf import Glyph, _broken_word

    head = [Glyph("T", 90, 700, 97, 714), Glyph("T", 97, 700, 104, 714)]
    # "T" on the line just under "S T": the end of a heading word broken by a narrow column
    assert _broken_word([Glyph("S", 90, 700, 97, 714), head[0]], [[Glyph("T", 90, 686, 97, 700)], []])
    # "A" two lines under "TT" (the header's second line between): a group's label
    assert not _broken_word(head, [[Glyph("A", 90, 658, 98, 672)], []])


def test_browser_files_stay_small() -> None:
    assert sum(p.stat().st_size for p in BROWSER.glob("*.pdf")) < 200_000
