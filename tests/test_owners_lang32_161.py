"""Owners, second pass (helper 161, round 32): the level of a district's mass organisations kept,
a ministry's department named in small letters, the unit a guide's object does the work by the
time, a commune's office, the leaders a province sends (no owners), and a table cell's units set a
paragraph each; a Sở's Công văn to its units and districts, a commune Party committee's Thông báo
kết luận with named persons."""

from __future__ import annotations

from typing import Any

from conftest import FIXTURES
from ndq57.extract.table_tasks import owner_list
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles

SO = "so_cv_units_districts_lang32.txt"
COMMUNE = "party_tb_commune_persons_lang32.txt"


def _deadlines(name: str) -> list[Any]:
    path = FIXTURES / name
    return list(parse_bytes(path.read_bytes(), source=path.name).deadlines)


def _owners(name: str, section: str, due: str) -> list[tuple[str, str]]:
    got = [d for d in _deadlines(name) if d.section == section and str(d.due) == due]
    assert len(got) == 1, (section, due)
    return [(a.unit, a.role) for a in got[0].assignees]


# ---------------------------------------------------------------- a district's level after the Front


def test_the_front_and_mass_organisations_keep_a_district_level() -> None:
    assert _roles("Giao Mặt trận Tổ quốc và các đoàn thể huyện tuyên truyền đến hội viên.") == [
        ("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện", "lead")
    ]
    assert _roles("Giao các đoàn thể thị xã vận động Nhân dân.") == [("Các đoàn thể thị xã", "lead")]
    assert _roles("Các tổ chức chính trị - xã hội quận chủ trì tuyên truyền.") == [
        ("Các tổ chức chính trị - xã hội quận", "lead")
    ]
    assert ("Mặt trận Tổ quốc và các đoàn thể huyện", "assigned") in _owners(SO, "2", "2027-03-31")


def test_the_level_of_a_commune_or_province_is_still_dropped_from_a_list() -> None:
    assert _roles("Giao các đoàn thể xã vận động Nhân dân.") == [("Các đoàn thể", "lead")]
    assert _roles("Giao các tổ chức chính trị - xã hội tỉnh tuyên truyền.") == [
        ("Các tổ chức chính trị - xã hội", "lead")
    ]


# ---------------------------------------------------------------- a ministry's department in small letters


def test_a_department_of_two_verbs_in_small_letters_is_whole() -> None:
    assert _roles("Cục Quản lý khám, chữa bệnh chủ trì triển khai.") == [("Cục Quản lý Khám, chữa bệnh", "lead")]
    assert _roles("Giao Cục Quản lý khám bệnh, chữa bệnh chủ trì.") == [("Cục Quản lý Khám, chữa bệnh", "lead")]


# ---------------------------------------------------------------- "X hướng dẫn Y tổ chức ... trước ngày"


def test_the_guided_unit_does_the_work_by_the_time() -> None:
    # (helper 171: the guide owns the guidance by then, as "Giao X hướng dẫn Y ..." makes it the lead)
    assert _roles("Sở Y tế hướng dẫn Ủy ban nhân dân các xã tổ chức tiêm chủng trước ngày 30/6/2027.") == [
        ("Sở Y tế", "lead"),
        ("Ủy ban nhân dân các xã", "assigned"),
    ]
    assert _owners(SO, "1", "2027-02-25") == [
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "lead"),
        ("Trung tâm Y tế các huyện, thị xã", "assigned"),
    ]
    assert _owners(COMMUNE, "2", "2027-05-31") == [
        ("Ủy ban nhân dân xã", "lead"),
        ("các hợp tác xã nông nghiệp", "assigned"),
    ]


def test_the_guided_unit_stays_supervised_without_work_or_time_or_a_guide_subject() -> None:
    assert _roles("Sở Y tế hướng dẫn Ủy ban nhân dân các xã tổ chức tiêm chủng.")[1] == (
        "Ủy ban nhân dân các xã",
        "mention",
    )
    assert _roles("Sở Y tế hướng dẫn các xã về quy trình trước ngày 30/6/2027.")[1] == ("Các xã", "mention")
    # a lead and its partner that also urge: the task is theirs
    got = _roles(
        "Giao Cục Trồng trọt chủ trì, phối hợp với Viện Bảo vệ thực vật theo dõi, đôn đốc các địa phương"
        " thực hiện, báo cáo trước ngày 31/7/2027."
    )
    assert ("Các địa phương", "mention") in got
    assert _owners(SO, "4", "2027-04-15") == [("Phòng Nghiệp vụ Y", "lead")]


# ---------------------------------------------------------------- a commune's office


def test_the_office_and_statistics_of_a_commune_is_a_unit() -> None:
    assert _roles("Văn phòng - Thống kê xã tổng hợp báo cáo trước ngày 15/5/2027.") == [
        ("Văn phòng - Thống kê xã", "assigned")
    ]
    assert _roles("Giao Văn phòng – Thống kê phường chủ trì, phối hợp với Công an phường rà soát.") == [
        ("Văn phòng - Thống kê phường", "lead"),
        ("Công an phường", "coordinate"),
    ]
    assert _owners(COMMUNE, "2", "2027-05-05") == [
        ("Đồng chí Chủ tịch UBND xã", "director"),
        ("Văn phòng - Thống kê xã", "assigned"),
    ]


# ---------------------------------------------------------------- leaders sent are no owners


def test_the_leaders_a_province_sends_are_no_owners() -> None:
    got = _roles(
        "Đề nghị UBND các tỉnh, thành phố cử 01 lãnh đạo Sở Nội vụ và 01 lãnh đạo Phòng Nội vụ tham dự,"
        " đăng ký trước ngày 24/3/2027."
    )
    assert [u for u, role in got if role != "mention"] == ["Ủy ban nhân dân các tỉnh, thành phố"]
    got = _roles("Đề nghị UBND các tỉnh cử đại diện lãnh đạo Phòng Y tế tham dự hội nghị.")
    assert [u for u, role in got if role != "mention"] == ["Ủy ban nhân dân các tỉnh"]
    assert _owners(SO, "3", "2027-02-20") == [("Bệnh viện Đa khoa tỉnh", "assigned")]


def test_lanh_dao_still_directs() -> None:
    assert _roles("Đảng ủy xã lãnh đạo Ủy ban nhân dân xã triển khai.") == [
        ("Đảng ủy xã", "director"),
        ("Ủy ban nhân dân xã", "assigned"),
    ]


# ---------------------------------------------------------------- a table cell's units a paragraph each


def test_a_cell_of_units_set_a_paragraph_each() -> None:
    assert [a.raw for a in owner_list("Văn phòng Đảng ủy\nCông an xã", "lead", "r")] == [
        "Văn phòng Đảng ủy",
        "Công an xã",
    ]
    assert [a.raw for a in owner_list("Ban Xây dựng Đảng\nVăn phòng Đảng ủy", "lead", "r")] == [
        "Ban Xây dựng Đảng",
        "Văn phòng Đảng ủy",
    ]
    assert _owners(COMMUNE, "4.1", "2027-06-20") == [("Văn phòng Đảng ủy", "lead"), ("Công an xã", "lead")]


def test_a_name_wrapped_in_a_cell_stays_one() -> None:
    assert [a.raw for a in owner_list("Sở Khoa học và\nCông nghệ", "lead", "r")] == ["Sở Khoa học và Công nghệ"]
    assert [a.raw for a in owner_list("Đảng ủy\nUBND tỉnh", "lead", "r")] == ["Đảng ủy UBND tỉnh"]


def test_the_commune_notice_persons() -> None:
    assert _owners(COMMUNE, "1", "2027-05-31") == [
        ("Đồng chí Phó Bí thư Thường trực Đảng ủy xã", "director"),
        ("Ban Xây dựng Đảng", "assigned"),
    ]
    assert _owners(COMMUNE, "1", "2027-06-30") == [("Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn", "assigned")]
    assert _owners(COMMUNE, "3", "2027-06-15") == [("Mặt trận Tổ quốc và các đoàn thể xã", "lead")]


def test_a_leader_sent_as_the_focal_point_is_no_owner() -> None:
    text = (
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\n"
        "1. Đề nghị UBND các tỉnh cử 01 đồng chí lãnh đạo Sở Y tế làm đầu mối, hoàn thành đăng ký trước"
        " ngày 26/4/2027.\n"
    )
    doc = parse_bytes(text.encode("utf-8"), source="phrase.txt")
    assert [[a.unit for a in d.assignees] for d in doc.deadlines] == [["UBND các tỉnh"]]
    assert _roles("Đề nghị UBND các tỉnh cử 01 lãnh đạo Sở Y tế làm đầu mối.") == [
        ("Ủy ban nhân dân các tỉnh", "assigned"),
        ("Lãnh đạo Sở Y tế", "mention"),
    ]


def test_a_body_named_to_a_role_after_cu_keeps_it() -> None:
    assert _roles("Ban Chỉ đạo cử Sở Y tế làm đầu mối, tổng hợp trước ngày 20/5/2027.")[1] == ("Sở Y tế", "lead")
    assert _roles("Ủy ban bầu cử xã chủ trì.") == [("Ủy ban bầu cử xã", "lead")]
