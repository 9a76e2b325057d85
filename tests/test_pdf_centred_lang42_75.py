"""Round 42, helper 75: task tables drawn without borders whose cells are centred in their rows,
as a web browser prints an HTML table with its borders hidden (Chromium) and as LibreOffice sets
an HTML table it converts (sources and build: ``tests/pdf_centred_lang42_build.py``).

A row's number is then on the middle line of its tallest cell, its task's first lines above it and
a short cell's lines half a line off the task's; the rows are the blocks of lines set apart by the
cells' margins, each with one number in the first column. A narrow column filled to its width
stands closer than a corridor to the next one: its edge is where the next column's words start in
several rows. The header row may wrap over five lines, its words centred over their columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_golden_record, task_rows
from ndq57.pipeline import extracted_text, parse_bytes
from ndq57.readers.pdf import Glyph, build_lines, unruled_tables

BROWSER = Path(__file__).parent / "fixtures" / "centred"
SOURCES = ["kh_centred_lang42_75", "kh_centred_head_lang42_75"]
NAMES = [f"{tool}_{name}" for name in SOURCES for tool in ("chr", "lo")]


_tasks = task_rows


@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str) -> None:
    assert_golden_record(BROWSER / f"{name}.pdf")


@pytest.mark.parametrize("name", NAMES)
def test_reads_as_its_html(name: str) -> None:
    source = name.split("_", 1)[1]
    pdf = parse_bytes((BROWSER / f"{name}.pdf").read_bytes(), source=f"{name}.pdf").to_dict()
    html = parse_bytes((BROWSER / f"{source}.html").read_bytes(), source=f"{source}.html").to_dict()
    assert _tasks(pdf) == _tasks(html)
    assert len(pdf["deadlines"]) == len(html["deadlines"]) >= 3


@pytest.mark.parametrize("tool", ["chr", "lo"])
def test_long_task_cells_above_their_number(tool: str) -> None:
    text = extracted_text((BROWSER / f"{tool}_kh_centred_lang42_75.pdf").read_bytes())
    assert "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời hạn |" in text
    assert (
        "| 2 | Lắp đặt hệ thống quan trắc độ mặn tự động tại các cửa cống ven sông, cập nhật số liệu"
        " hằng ngày lên cổng thông tin | Công ty Khai thác thủy lợi | Trước ngày 15/01/2027 |"
    ) in text
    assert "| 4 | Tổng hợp, báo cáo tình hình hạn hán và thiệt hại | Văn phòng Ban Chỉ huy | Hằng tháng |" in text
    # (the paragraphs around the table stay whole, out of it)
    assert "\nCác sở, ngành và địa phương thực hiện các nhiệm vụ sau:\n" in text
    assert "Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Kế" in text


@pytest.mark.parametrize("tool", ["chr", "lo"])
def test_header_of_five_lines_and_narrow_columns(tool: str) -> None:
    text = extracted_text((BROWSER / f"{tool}_kh_centred_head_lang42_75.pdf").read_bytes())
    assert "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |" in text
    assert (
        "| 2 | Tăng cường tuần tra trên các tuyến đường mòn, lối mở biên giới | Bộ Chỉ huy Bộ đội Biên"
        " phòng tỉnh | Cục Hải quan | Trước ngày 25/01/2027 |"
    ) in text


# ---------------------------------------------------------------- lines built by hand

_W = 7.0  # a character's width (points), a space half as wide; a font of 14 points


def _line(y: float, *words: tuple[float, str]) -> list[Glyph]:
    out = []
    for x, text in words:
        for ch in text:
            if ch != " ":
                out.append(Glyph(ch, x, y, x + _W, y + 14))
            x += _W if ch != " " else _W / 2
    return out


def _rows(*lines: list[Glyph]) -> list[str]:
    return [ln.text for ln in unruled_tables(build_lines([g for ln in lines for g in ln]))]


def test_centred_rows_by_hand() -> None:
    got = _rows(
        _line(700, (40, "TT"), (90, "Nhiem vu"), (300, "Chu tri"), (420, "Thoi han")),
        _line(676, (90, "Ra soat cac ho"), (300, "So Xay dung")),
        _line(662, (40, "1"), (90, "chua xung yeu"), (420, "Quy I")),
        _line(648, (90, "va de dieu"), (300, "tinh")),
        _line(624, (90, "Kiem tra"), (300, "Cong an")),
        _line(610, (40, "2"), (90, "cac cho"), (420, "Quy II")),
        _line(596, (90, "dau moi"), (300, "tinh")),
    )
    assert got == [
        "| TT | Nhiem vu | Chu tri | Thoi han |",
        "| 1 | Ra soat cac ho chua xung yeu va de dieu | So Xay dung tinh | Quy I |",
        "| 2 | Kiem tra cac cho dau moi | Cong an tinh | Quy II |",
    ]


def test_rows_opening_at_their_number_are_read_as_before() -> None:
    # (cells at the top of their rows: each row opens at its number, as the band reader reads it)
    got = _rows(
        _line(700, (40, "TT"), (90, "Nhiem vu"), (300, "Chu tri"), (420, "Thoi han")),
        _line(676, (40, "1"), (90, "Ra soat cac ho"), (300, "So Xay dung"), (420, "Quy I")),
        _line(662, (90, "chua xung yeu")),
        _line(638, (40, "2"), (90, "Kiem tra"), (300, "Cong an"), (420, "Quy II")),
        _line(624, (90, "cac cho")),
    )
    assert got == [
        "| TT | Nhiem vu | Chu tri | Thoi han |",
        "| 1 | Ra soat cac ho chua xung yeu | So Xay dung | Quy I |",
        "| 2 | Kiem tra cac cho | Cong an | Quy II |",
    ]


def test_numbered_paragraphs_are_no_table() -> None:
    # a list with hanging numbers, its items apart: a number opens each item's first line
    lines = [
        _line(700, (40, "1."), (90, "Cac so nganh to chuc thuc hien")),
        _line(686, (90, "ke hoach nay")),
        _line(662, (40, "2."), (90, "Giao So Tai chinh bo tri kinh phi")),
        _line(648, (90, "theo quy dinh")),
    ]
    assert _rows(*lines) == [ln.text for ln in build_lines([g for ln in lines for g in ln])]


def test_no_header_row_no_centred_reading() -> None:
    # rows whose first lines are above their numbers but no header row: not read as centred rows
    # (where the table opens is not known)
    got = _rows(
        _line(676, (90, "Ra soat cac ho"), (300, "So Xay dung")),
        _line(662, (40, "1"), (90, "chua xung yeu"), (420, "Quy I")),
        _line(648, (90, "va de dieu"), (300, "tinh")),
        _line(624, (90, "Kiem tra"), (300, "Cong an")),
        _line(610, (40, "2"), (90, "cac cho"), (420, "Quy II")),
        _line(596, (90, "dau moi"), (300, "tinh")),
    )
    assert "| 1 | Ra soat cac ho chua xung yeu va de dieu | So Xay dung tinh | Quy I |" not in got


def test_files_stay_small() -> None:
    assert sum(p.stat().st_size for p in BROWSER.glob("*.pdf")) < 240_000
