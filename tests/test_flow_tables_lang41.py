"""Round 41: two ways ``pdftotext`` (without ``-layout``) prints the cells of a task table out of
their order, read back: a time cell whose word and number wrap, on one baseline with a unit cell
("Sở Nông nghiệp và Môi Tháng" / "trường" / "6/2027"), and a one-line lead printed among the
lines of the task's cell beside it ("Tập huấn kỹ năng bán hàng" / "Sở Khoa học và Công nghệ" /
"trên sàn thương mại điện tử"). Both rows were lost (no time) or read with the row above's lead.
"""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables

_NAME = "pdftotext_default_interleaved_cells_lang41"


def _owners(d: ndq57.model.Deadline, role: str) -> list[str]:
    return [a.unit for a in d.assignees if a.role == role]


def test_every_row_keeps_its_time_lead_and_partner() -> None:
    text = (FIXTURES / f"{_NAME}.txt").read_text(encoding="utf-8")
    got = [
        (d.section, d.due, _owners(d, "lead"), _owners(d, "coordinate"), d.task)
        for d in ndq57.parse(text).deadlines
        if d.section.startswith("Phụ lục")
    ]
    assert got == [
        ("Phụ lục.1", "2027-03-31", ["Sở Công Thương"], ["Liên minh Hợp tác xã tỉnh"],
         "Khảo sát nhu cầu bán hàng trực tuyến của các hợp tác xã"),
        # (the time's word glued to the partner's first line: the row was lost)
        ("Phụ lục.2", "2027-06-30", ["Sở Công Thương"], ["Sở Nông nghiệp và Môi trường"],
         "Xây dựng gian hàng trực tuyến cho sản phẩm OCOP của tỉnh"),
        # (the lead among the task's lines: was the task's words, the partner read as the lead)
        ("Phụ lục.3", "2027-09-30", ["Sở Khoa học và Công nghệ"], ["Sở Công Thương"],
         "Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử"),
        ("Phụ lục.4", "2027-12-31", ["Sở Khoa học và Công nghệ"], ["Bưu điện tỉnh"],
         "Kết nối các sàn thương mại điện tử với hệ thống truy xuất nguồn gốc của tỉnh"),
        # (a unit on a line of its own after a line left open ("… ký kết với") is the task's)
        ("Phụ lục.5", "2027-10-31", ["Sở Công Thương"], ["Ngân hàng Nhà nước Khu vực 9"],
         "Hỗ trợ hợp tác xã ký kết với Sở Tài chính về nguồn vốn hỗ trợ chuyển đổi số"),
        ("Phụ lục.6", "2027-12-15", ["Sở Công Thương"], ["Các sở, ngành", "UBND các xã, phường"],
         "Tổng kết, đánh giá kết quả thực hiện Kế hoạch"),
    ]


def _pieces(*lines: str) -> list[flow_tables._Piece]:
    out: list[flow_tables._Piece] = []
    start = 0
    for k, said in enumerate(lines):
        para = said.startswith("\n")
        said = said.lstrip("\n")
        out.append(flow_tables._Piece(k, said, start, para))
        start += len(said) + 1
    return out


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (("Sở Nông nghiệp và Môi Tháng", "trường", "6/2027"), ["Sở Nông nghiệp và Môi", "trường", "Tháng 6/2027"]),
        (("Bưu điện tỉnh Quý", "IV/2027"), ["Bưu điện tỉnh", "Quý IV/2027"]),
        # (the number a paragraph of its own, or further than two lines, or not a number alone)
        (("Bưu điện tỉnh Quý", "\nIV/2027"), ["Bưu điện tỉnh Quý", "IV/2027"]),
        (("Bưu điện tỉnh Quý", "a", "b", "IV/2027"), ["Bưu điện tỉnh Quý", "a", "b", "IV/2027"]),
        (("Bưu điện tỉnh Quý", "IV/2027 và Quý I/2028"), ["Bưu điện tỉnh Quý", "IV/2027 và Quý I/2028"]),
        # (a time cell's own wrap: the line opens with a time)
        (("Trước ngày 30 Tháng", "6/2027"), ["Trước ngày 30 Tháng", "6/2027"]),
    ],
)
def test_a_time_word_glued_to_a_unit_line_goes_back_to_its_number(lines: tuple[str, ...], want: list[str]) -> None:
    pieces = _pieces(*lines)
    flow_tables._glued_time(pieces, 0)
    assert [p.text for p in pieces] == want


_HEAD = flow_tables._Header([("index", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("coordinate", "Phối hợp"), ("time", "Thời gian")], False, set(), 0)


@pytest.mark.parametrize(
    ("lines", "units_shown", "want"),
    [
        (("Tập huấn kỹ năng bán hàng", "Sở Khoa học và Công nghệ", "trên sàn thương mại điện tử"), 1, 1),
        # (the row shows both of its units already)
        (("Tập huấn kỹ năng bán hàng", "Sở Khoa học và Công nghệ", "trên sàn thương mại điện tử"), 2, None),
        # (after a line left open: the task names the unit)
        (("Hỗ trợ hợp tác xã ký kết với", "Sở Tài chính", "về nguồn vốn"), 1, None),
        # (the line after goes on with a capital, or the line is not a unit's whole name)
        (("Tập huấn kỹ năng bán hàng", "Sở Khoa học và Công nghệ", "Trên sàn"), 1, None),
        (("Tập huấn kỹ năng bán hàng", "Sở Khoa học và Công nghệ tổ chức", "trên sàn"), 1, None),
        # (the unit on the task's last line)
        (("Tập huấn kỹ năng bán hàng", "Sở Khoa học và Công nghệ"), 1, None),
    ],
)
def test_a_lead_printed_among_the_tasks_lines(lines: tuple[str, ...], units_shown: int, want: int | None) -> None:
    found: list[flow_tables._Group] = [([(1, "Các sở, ngành")], [(1, "Quý II/2027")], units_shown, [])]
    assert flow_tables._lone_lead(_pieces(*lines), found, _HEAD) == want
