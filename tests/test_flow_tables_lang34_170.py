"""Round 34 (helper 170): in the text ``pdftotext`` prints without ``-layout``, a lead printed on
the task's first line whose name the cell wrapped inside a two-syllable word ("… bổ sung Phòng Tài
chính - Kế" / "cho thư viện huyện" / "hoạch"; "Phòng Văn hóa và Thông" / … / "tin"): the word's
second syllable, a line of its own after the task's next line, goes back to the lead (it was
read as the task's end, the lead cut short).
"""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables

_CUT = "pdftotext_default_lead_cut_in_word_lang34_170"


def _rows(name: str) -> dict[str, ndq57.model.Deadline]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return {d.section: d for d in ndq57.parse(text).deadlines}


def _leads(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "lead"]


def test_a_lead_cut_inside_a_word_gets_its_second_syllable_back() -> None:
    rows = _rows(_CUT)
    assert [(s, d.due, _leads(d)) for s, d in sorted(rows.items())] == [
        ("I.1", "2026-06-30", ["Phòng Văn hóa và Thông tin"]),
        ("I.2", "2026-07-31", ["Phòng Tài chính - Kế hoạch"]),  # (was: "Phòng Tài chính - Kế")
        ("I.3", "2026-09-30", ["Phòng Văn hóa và Thông tin"]),
        ("I.4", "2026-09-15", ["Phòng Giáo dục và Đào tạo"]),
        ("I.5", "2026-12-31", ["Phòng Tài chính - Kế hoạch"]),  # (was: "Phòng Tài chính - Kế")
        ("I.6", "2026-12-10", ["Văn phòng HĐND và UBND huyện"]),
    ]
    assert rows["I.2"].task == "Bố trí kinh phí mua sách bổ sung cho thư viện huyện"  # (was: "… huyện hoạch")
    assert rows["I.5"].task == "Vận động doanh nghiệp tài trợ sách cho tủ sách thôn"


@pytest.mark.parametrize(
    ("lead", "said", "goes_on"),
    [
        ("Phòng Văn hóa và Thông", "tin", True),
        ("Phòng Tài chính - Kế", "hoạch", True),
        ("Bộ phận Tài chính - Kế", "toán", True),
        ("Phòng Tài nguyên và Môi", "trường", True),
        # (a line ending in a word in lower case: the task's "khu dân" / "cư")
        ("Phòng Văn hóa và Thông tin tại các khu dân", "cư", False),
        # (no two-syllable word of a name: "Thông" / "xã")
        ("Phòng Văn hóa và Thông", "xã", False),
        # (an abbreviation ends the line)
        ("Văn phòng HĐND và UBND", "hoạch", False),
        # (more than one word, or not in lower case)
        ("Phòng Tài chính - Kế", "hoạch huyện xã", False),
        ("Phòng Tài chính - Kế", "Hoạch", False),
    ],
)
def test_a_names_word_split_over_two_lines(lead: str, said: str, goes_on: bool) -> None:
    assert flow_tables._word_split(lead, said) is goes_on


def test_the_same_cut_in_an_appendix_table_printed_without_layout() -> None:
    row = _rows("pdftotext_kh_appendix_default_lang12")["Phụ lục.II.4"]
    assert _leads(row) == ["Phòng Văn hóa và Thông tin"]  # (was: "Phòng Văn hóa và Thông")
    assert row.task == "Nâng cấp đường truyền số liệu chuyên dùng tại bộ phận một cửa cấp xã"


_STEPS = "pdftotext_default_step_partners_lang34_170"


def _partners(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "coordinate"]


def test_each_step_of_a_merged_row_keeps_its_own_coordinating_unit() -> None:
    text = (FIXTURES / f"{_STEPS}.txt").read_text(encoding="utf-8")
    got = [(d.section, d.due, _leads(d), _partners(d)) for d in ndq57.parse(text).deadlines]
    assert got == [
        # (was: both steps with both units, the second step with the first's task)
        ("I.1", "2027-03-31", ["Phòng Kinh tế"], ["Hợp tác xã Đông Thành"]),
        ("I.1", "2027-04-30", ["Phòng Kinh tế"], ["Công chức Địa chính Xây dựng"]),
        ("I.2", "2027-05-31", ["Ủy ban MTTQ Việt Nam xã"], ["Đoàn Thanh niên xã"]),
        ("I.3", "2027-08-31", ["Công chức Địa chính Xây dựng"], ["Ban Giám sát đầu tư cộng đồng"]),
    ]
    second = ndq57.parse(text).deadlines[1]
    assert second.task == "Lập danh mục các tuyến kênh cần nạo vét, trình Ủy ban nhân dân xã phê duyệt"


def test_the_steps_of_the_party_appendix_printed_without_layout() -> None:
    text = (FIXTURES / "pdftotext_kh_party_parts_default_lang11.txt").read_text(encoding="utf-8")
    rows = [d for d in ndq57.parse(text).deadlines if d.section == "Phụ lục.1"]
    assert [(d.due, _partners(d)) for d in rows] == [
        ("2026-04-30", ["Văn phòng Đảng ủy"]),
        ("2026-06-30", ["Các chi bộ trực thuộc"]),
    ]
    assert rows[1].task == "Hướng dẫn các chi bộ tổ chức sinh hoạt chuyên đề về phòng cháy, chữa cháy"


def test_a_cells_end_printed_as_a_paragraph_of_its_own_goes_back() -> None:
    text = (FIXTURES / "pdftotext_default_cut_partner_paragraph_lang34_170.txt").read_text(encoding="utf-8")
    row = next(d for d in ndq57.parse(text).deadlines if d.section == "I.2")
    assert _partners(row) == ["Các tổ dân vận trong xã"]  # (was: "Các tổ dân vận trong")
    text = (FIXTURES / "pdftotext_default_merged_leads_lang15.txt").read_text(encoding="utf-8")
    row = next(d for d in ndq57.parse(text).deadlines if d.section == "I.3")
    assert _partners(row) == ["Các bệnh viện trong tỉnh"]  # (was: "Các bệnh viện trong")


@pytest.mark.parametrize(
    ("before", "said", "joins"),
    [
        ("Các bệnh viện trong", "tỉnh", True),
        ("Trung tâm Y tế các", "huyện", True),
        ("Các bệnh viện trong tỉnh", "xã", False),  # (a line that may end a cell)
        ("Các bệnh viện trong", "Tỉnh", False),  # (a capital opens a cell)
        ("Các bệnh viện trong", "tháng 5/2026", False),  # (a number)
        ("Các bệnh viện trong", "tỉnh và các huyện", False),  # (more than two words)
    ],
)
def test_a_cell_cut_by_a_blank_line(before: str, said: str, joins: bool) -> None:
    assert flow_tables._cut_cell(before, said) is joins
