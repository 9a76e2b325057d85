"""Owners, third pass (helper 166, round 33): establishments a body directs leave it the work, the
bare leaders of a Sở in a ministry's letter to the provinces, "Giao X hướng dẫn Y <work> ... trước
ngày", the level written after the Front's organisations shared by its committee, the offices of a
commune's committee since 2025, the Party organisation that holds an event ("được tổ chức ... tại
tổ chức đảng"); a ministry's Công văn to the provinces and two plans of the two-level government
(a province's Kế hoạch, a Tỉnh ủy's Kế hoạch)."""

from __future__ import annotations

from typing import Any

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units

BO = "bo_cv_provinces_facilities_lang33_166.txt"
UBND = "ubnd_kh_two_levels_lang33_166.txt"
PARTY = "party_kh_two_levels_lang33_166.txt"


def _deadlines_of(data: bytes, name: str) -> list[Any]:
    return list(parse_bytes(data, source=name).deadlines)


def _owners(name: str, section: str, due: str) -> list[tuple[str, str]]:
    path = FIXTURES / name
    got = [d for d in _deadlines_of(path.read_bytes(), path.name) if d.section == section and str(d.due) == due]
    assert len(got) == 1, (section, due)
    return [(a.canonical, a.role) for a in got[0].assignees]


# ---------------------------------------------------------------- establishments a body directs


def test_the_body_that_directs_establishments_owns_the_work() -> None:
    assert _roles("Sở Y tế chỉ đạo các cơ sở khám, chữa bệnh rà soát danh mục thuốc trước ngày 30/9/2027.") == [
        ("Sở Y tế", "assigned"),
        ("Các cơ sở khám, chữa bệnh", "mention"),
    ]
    assert _roles("Giao Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục hoàn thành kiểm định.") == [
        ("Sở Giáo dục và Đào tạo", "lead"),
        ("Các cơ sở giáo dục", "mention"),
    ]
    assert _owners(BO, "1", "2027-04-30") == [("Sở Y tế", "assigned")]
    assert _owners(UBND, "II.2", "2026-09-30") == [("Sở Nông nghiệp và Môi trường", "assigned")]
    assert _owners("cd_chairman_flood_lang32.txt", "3", "2026-09-25") == [("Sở Y tế", "assigned")]


def test_public_bodies_directed_stay_owners() -> None:
    assert _roles("Sở Y tế chỉ đạo các bệnh viện, trung tâm y tế tuyến xã bổ sung thuốc trước ngày 15/02/2028.") == [
        ("Sở Y tế", "director"),
        ("Các bệnh viện, trung tâm y tế", "assigned"),
    ]
    assert _owners(PARTY, "II.3", "2026-12-31") == [
        ("Đảng ủy Ủy ban nhân dân tỉnh", "director"),
        ("Ủy ban nhân dân tỉnh", "assigned"),
    ]


# ---------------------------------------------------------------- the leaders of a Sở in a ministry's letter


def test_the_leaders_of_the_sở_are_no_direction_and_name_the_sở_directed() -> None:
    # "Lãnh đạo Sở gửi ..." opens with the leaders, not with the verb "lãnh đạo" (to lead)
    assert _owners(BO, "2", "2027-03-31") == [("Lãnh đạo Sở", "assigned"), ("Sở Y tế", "assigned")]


def test_the_leaders_of_the_issuing_sở_name_no_other_body() -> None:
    text = (FIXTURES / BO).read_text(encoding="utf-8").replace("BỘ Y TẾ\n", "UBND TỈNH HÒA NGUYÊN\nSỞ Y TẾ\n", 1)
    got = [d for d in _deadlines_of(text.encode(), "so.txt") if d.section == "2"]
    assert [(a.canonical, a.role) for a in got[0].assignees] == [("Lãnh đạo Sở", "assigned")]


# ---------------------------------------------------------------- "Giao X hướng dẫn Y <work> ... trước ngày"


def test_the_unit_guided_by_the_one_given_the_task_does_the_work() -> None:
    assert _roles("Giao Sở Nội vụ hướng dẫn UBND các xã xây dựng kế hoạch trước ngày 15/7/2027.") == [
        ("Sở Nội vụ", "lead"),
        ("Ủy ban nhân dân các xã", "assigned"),
    ]
    assert _owners(UBND, "II.1", "2026-08-31") == [
        ("Sở Nội vụ", "lead"),
        ("Ủy ban nhân dân các xã, phường, đặc khu", "assigned"),
    ]
    assert _owners(UBND, "II.7", "2026-12-31") == [("Sở Khoa học và Công nghệ", "lead"), ("Các xã, phường", "assigned")]
    assert _owners(PARTY, "II.2", "2026-11-30") == [
        ("Ban Xây dựng Đảng Tỉnh ủy", "lead"),
        ("Các đảng ủy trực thuộc Tỉnh ủy", "assigned"),
    ]


def test_the_guided_unit_stays_supervised_without_time_or_right_after_the_given_one() -> None:
    assert _roles("Giao Sở Nội vụ hướng dẫn UBND các xã xây dựng kế hoạch.")[1] == ("Ủy ban nhân dân các xã", "mention")
    got = _roles("Giao Sở Nội vụ chủ trì, hướng dẫn UBND các xã xây dựng kế hoạch trước ngày 15/7/2027.")
    assert got[1] == ("Ủy ban nhân dân các xã", "mention")


# ---------------------------------------------------------------- the Front's level, a commune's offices


def test_the_level_after_the_front_organisations_is_its_committee_s() -> None:
    assert _units("Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội xã tuyên truyền.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Các tổ chức chính trị - xã hội xã",
    ]
    assert _units("Ủy ban MTTQ Việt Nam, các tổ chức chính trị - xã hội các xã, phường vận động.")[0] == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường"
    )
    # with no level after them, none is added
    assert _units("Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội vận động.")[0] == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam"
    )
    assert _owners(UBND, "II.4", "2026-10-15") == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "assigned"),
        ("Các tổ chức chính trị - xã hội", "assigned"),
    ]
    assert _owners(UBND, "II.6", "2026-12-31")[:2] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"),
        ("Các tổ chức chính trị - xã hội xã", "lead"),
    ]
    assert _owners(PARTY, "II.5", "2026-12-31") == [
        ("Đảng ủy các xã, phường, đặc khu", "director"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "assigned"),
        ("Các tổ chức chính trị - xã hội xã", "assigned"),
    ]


def test_the_offices_of_a_commune_share_the_level_after_them() -> None:
    assert _units("Phòng Kinh tế, Phòng Văn hóa - Xã hội các xã, phường rà soát hộ nghèo.") == [
        "Phòng Kinh tế, Phòng Văn hóa - Xã hội các xã, phường"
    ]
    assert _units("Phòng Kinh tế và Phòng Văn hóa - Xã hội xã phối hợp.") == ["Phòng Kinh tế, Phòng Văn hóa - Xã hội xã"]


# ---------------------------------------------------------------- the Party organisation that holds an event


def test_the_party_organisation_that_holds_an_event_owns_it() -> None:
    assert _roles("Việc trao tặng Huy hiệu Đảng được tổ chức hằng năm tại tổ chức đảng.") == [
        ("Tổ chức đảng", "assigned")
    ]
    assert _owners(PARTY, "II.7", "2027-02-10") == [("Tổ chức cơ sở đảng", "assigned")]


def test_a_party_organisation_in_small_letters_is_read_where_a_clause_opens_only() -> None:
    assert _units("Tổ chức đảng quản lý đảng viên lập danh sách.") == ["Tổ chức đảng"]
    assert _units("Tổ chức đảng viên học tập nghị quyết.") == []
    assert _units("Tổ chức Đảng ủy xã họp bàn.") == ["Đảng ủy xã"]
    assert _units("Báo cáo tình hình tổ chức đảng và đảng viên gửi Ban Tổ chức Tỉnh ủy.") == ["Ban Tổ chức Tỉnh ủy"]
    # a place named between "tại" and the body: the body is no host
    assert _roles("Hội nghị được tổ chức tại Hội trường UBND tỉnh vào ngày 15/7/2027.") == [
        ("Ủy ban nhân dân tỉnh", "mention")
    ]
