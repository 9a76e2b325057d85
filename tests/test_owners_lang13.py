"""The owners of time-labelled lines and schedule plans (helper 127, round 26): the staff of a school
and of a hospital named by their role ("Giáo viên chủ nhiệm", "Tổ trưởng chuyên môn", "Giáo viên bộ
môn", "Tổng phụ trách Đội", "Điều dưỡng trưởng", "Trưởng khoa Khám bệnh") own their items; in a
section with several lead-ins of different owners ("Phòng Điều dưỡng kiểm tra theo lịch sau:" ...
"Khoa Dược thực hiện:"), each line is the nearest lead-in's before it, not every lead-in's; a line
naming its own owner after its time label keeps it; "phụ trách <field>" stops at a task verb."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from ndq57.extract.units import find_units
from ndq57.pipeline import parse_bytes

_HEAD = "TRUNG TÂM Y TẾ HUYỆN KRÔNG PA\nSố: 7/KH-TTYT\nKrông Pa, ngày 04 tháng 01 năm 2027\nKẾ HOẠCH\nKiểm tra năm 2027\n\n"
_TAIL = "\nGIÁM ĐỐC\nKsor Nam\n"


def _lines(body: str) -> list[tuple[str, list[str]]]:
    doc = parse_bytes((_HEAD + body + _TAIL).encode(), source="probe.txt").to_dict()
    return [(d["task"].split(":")[0], [a["unit"] for a in d["assignees"]]) for d in doc["deadlines"]]


def _fixture(name: str) -> list[tuple[str, str, list[str]]]:
    doc = parse_bytes((FIXTURES / name).read_bytes(), source=name).to_dict()
    return [(d["section"], d["due"], [a["unit"] for a in d["assignees"]]) for d in doc["deadlines"]]


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("Giáo viên chủ nhiệm lập hồ sơ lớp", "Giáo viên chủ nhiệm", "person"),
        ("Các giáo viên chủ nhiệm tổ chức họp phụ huynh", "Các giáo viên chủ nhiệm", "person"),
        ("Giáo viên bộ môn nhập điểm", "Giáo viên bộ môn", "person"),
        ("Tổ trưởng tổ chuyên môn nộp kế hoạch tổ", "Tổ trưởng tổ chuyên môn", "person"),
        ("Tổng phụ trách Đội tổ chức Đại hội Liên đội", "Tổng phụ trách Đội", "person"),
        ("Điều dưỡng trưởng tự kiểm tra hồ sơ", "Điều dưỡng trưởng", "person"),
        ("Nhân viên y tế tổ chức khám sức khỏe", "Nhân viên y tế", "person"),
        ("Trưởng khoa Khám bệnh rà soát quy trình", "Trưởng khoa Khám bệnh", "person"),
    ],
)
def test_the_staff_of_a_school_or_a_hospital_named_by_role(text: str, unit: str, kind: str) -> None:
    doc = parse_bytes((_HEAD + f"I. NHIỆM VỤ\n1. {text} trước ngày 30/9/2027.\n" + _TAIL).encode(), source="p.txt")
    got = [(a["unit"], a["kind"]) for d in doc.to_dict()["deadlines"] for a in d["assignees"]]
    assert got == [(unit, kind)]


def test_a_heading_or_a_lead_in_that_is_just_a_role() -> None:
    body = (
        "I. NHIỆM VỤ\n"
        "1. Giáo viên chủ nhiệm:\n"
        "- Tháng 9/2027: Lập danh sách học sinh.\n"
        "2. Lịch của tổ chuyên môn\n"
        "Tổ trưởng chuyên môn thực hiện theo lịch sau:\n"
        "- Tháng 10/2027: Tổ chức thao giảng.\n"
        "3. Điều dưỡng trưởng các khoa:\n"
        "- Tháng 11/2027: Tự kiểm tra hồ sơ.\n"
    )
    assert sorted(_lines(body)) == [
        ("Tháng 10/2027", ["Tổ trưởng chuyên môn"]),
        ("Tháng 11/2027", ["Điều dưỡng trưởng các khoa"]),
        ("Tháng 9/2027", ["Giáo viên chủ nhiệm"]),
    ]


def test_a_charge_stops_at_a_task_verb() -> None:
    got = find_units("Phó Hiệu trưởng phụ trách chuyên môn duyệt kế hoạch các tổ.")
    assert [u.raw for u in got] == ["Phó Hiệu trưởng phụ trách chuyên môn"]


def test_each_line_is_the_nearest_lead_ins() -> None:
    body = (
        "I. LỊCH KIỂM TRA\n"
        "Phòng Điều dưỡng kiểm tra theo lịch sau:\n"
        "- Quý I/2027: Kiểm tra hồ sơ bệnh án.\n"
        "Khoa Dược thực hiện:\n"
        "- Tháng 3/2027: Kiểm kê thuốc.\n"
        "- Tháng 9/2027: Trưởng khoa Khám bệnh rà soát quy trình tiếp đón.\n"
    )
    assert sorted(_lines(body)) == [
        ("Quý I/2027", ["Phòng Điều dưỡng"]),
        ("Tháng 3/2027", ["Khoa Dược"]),
        ("Tháng 9/2027", ["Trưởng khoa Khám bệnh"]),
    ]


def test_a_line_before_the_first_lead_in_takes_none_of_the_later_ones() -> None:
    body = (
        "I. LỊCH KIỂM TRA\n"
        "- Tháng 2/2027: Phòng Kế hoạch xây dựng lịch kiểm tra.\n"
        "- Tháng 5/2027: Tổng hợp nhu cầu đào tạo.\n"
        "Phòng Điều dưỡng kiểm tra theo lịch sau:\n"
        "- Quý III/2027: Kiểm tra hồ sơ bệnh án.\n"
        "Khoa Dược thực hiện:\n"
        "- Quý IV/2027: Kiểm kê thuốc.\n"
    )
    got = dict(_lines(body))
    assert got["Tháng 5/2027"] == []
    assert got["Quý III/2027"] == ["Phòng Điều dưỡng"]
    assert got["Quý IV/2027"] == ["Khoa Dược"]


def test_one_owner_named_by_several_lead_ins_is_read_as_before() -> None:
    # (two lead-ins of one owner: every line is that owner's, as when every lead-in was read)
    body = (
        "I. LỊCH KIỂM TRA\n"
        "Phòng Điều dưỡng kiểm tra theo lịch sau:\n"
        "- Quý I/2027: Kiểm tra hồ sơ bệnh án.\n"
        "Phòng Điều dưỡng giám sát theo lịch sau:\n"
        "- Quý II/2027: Giám sát tiêm an toàn.\n"
    )
    assert [o for _, o in _lines(body)] == [["Phòng Điều dưỡng"], ["Phòng Điều dưỡng"]]


def test_many_lead_ins_in_one_section() -> None:
    # a long schedule: each of 150 lead-ins owns its own line (read once per section)
    groups = "".join(f"Khoa Số {i} thực hiện:\n- Tháng 3/2027: Kiểm kê thuốc lần {i}.\n" for i in range(1, 151))
    got = _lines("I. LỊCH KIỂM TRA\n" + groups)
    assert len(got) == 150
    assert {tuple(o) for _, o in got} == {(f"Khoa Số {i}",) for i in range(1, 151)}


def test_the_school_plan() -> None:
    got = _fixture("school_kh_role_owners_lang13.txt")
    assert ("I.3", "2026-12-31", ["Giáo viên chủ nhiệm"]) in got
    assert ("I.2", "2026-11-30", ["Tổ trưởng chuyên môn"]) in got
    assert ("II.4", "2026-12-28", ["Giáo viên bộ môn"]) in got
    assert ("II.5", "2026-10-15", ["Tổng phụ trách Đội"]) in got


def test_the_hospital_plan() -> None:
    got = _fixture("hospital_kh_schedule_leads_lang13.txt")
    assert ("I", "2027-06-30", ["Phòng Điều dưỡng"]) in got
    assert ("I", "2027-09-30", ["Khoa Dược"]) in got
    assert ("I", "2027-04-30", ["Điều dưỡng trưởng các khoa"]) in got
    assert ("I", "2027-06-30", ["Trưởng khoa Khám bệnh"]) in got


def test_a_role_after_a_lines_time_label_is_its_own_owner() -> None:
    # the line's own subject after its label, not the heading's school
    body = (
        "II. LỊCH KIỂM TRA\n"
        "1. Trường THCS Lê Quý Đôn:\n"
        "- Tháng 10/2027: Kiểm tra hoạt động sư phạm của giáo viên.\n"
        "- Tháng 11/2027: Giáo viên chủ nhiệm nộp hồ sơ chủ nhiệm về tổ.\n"
        "2. Các trường mầm non:\n"
        "- Quý I/2028: Tổ trưởng chuyên môn tổng hợp kết quả dự giờ.\n"
    )
    got = dict(_lines(body))
    assert got["Tháng 10/2027"] == ["Trường THCS Lê Quý Đôn"]
    assert got["Tháng 11/2027"] == ["Giáo viên chủ nhiệm"]
    assert got["Quý I/2028"] == ["Tổ trưởng chuyên môn"]
