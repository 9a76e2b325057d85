"""Owners in directives never seen (helper 153, round 31): a ministry's letter to the provinces'
committees, a district Party committee's plan with the mass organisations, a provincial plan of
public service units and persons. "X thực hiện; Y phối hợp" before a time of its own sentence, a
work's label and a colon before the subject, a bare "phối hợp" clause after the clause that holds the
time, the Youth Union of a district ("Huyện đoàn"), the Party committee of a district's agencies, and
the houses of culture of a province (their level kept)."""

from __future__ import annotations

from typing import Any

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units


def _deadlines(name: str) -> list[Any]:
    path = FIXTURES / name
    return list(parse_bytes(path.read_bytes(), source=path.name).deadlines)


def _owners_by_due(name: str) -> dict[str, list[tuple[str, str]]]:
    return {str(d.due): [(a.unit, a.role) for a in d.assignees] for d in _deadlines(name)}


def _text_owners(text: str) -> list[list[tuple[str, str]]]:
    doc = parse_bytes(text.encode("utf-8"), source="phrase.txt")
    return [[(a.unit, a.role) for a in d.assignees] for d in doc.deadlines]


# ---------------------------------------------------------------- "X thực hiện; Y phối hợp. Thời gian: ..."


def test_the_subject_before_a_bare_phoi_hop_owns_the_time_of_the_next_sentence() -> None:
    got = _owners_by_due("state_kh_service_units_persons_lang31.txt")["2027-03-31"]
    assert got == [("Bệnh viện Đa khoa tỉnh", "assigned"), ("Trung tâm Kiểm soát bệnh tật tỉnh", "coordinate")]


def test_the_same_in_a_short_text() -> None:
    text = "1. Khám sàng lọc\nSở Y tế thực hiện; Trung tâm Y tế các xã phối hợp. Thời gian: hoàn thành trong tháng 5/2027.\n"
    assert _text_owners(text) == [[("Sở Y tế", "assigned"), ("Trung tâm Y tế các xã", "coordinate")]]


# ---------------------------------------------------------------- a work's label, a colon, the subject


def test_a_label_and_a_colon_before_the_subject() -> None:
    assert _roles("Tổng kết mô hình: Hội Cựu chiến binh huyện thực hiện; Liên đoàn Lao động huyện phối hợp.") == [
        ("Hội Cựu chiến binh huyện", "assigned"),
        ("Liên đoàn Lao động huyện", "coordinate"),
    ]
    got = _owners_by_due("party_kh_district_mass_orgs_lang31.txt")["2025-06-30"]
    # (two deadlines fall on 30/6: the quarter of item 2 and the day of item 5; the day's is read last)
    assert got == [("Hội Cựu chiến binh huyện", "assigned"), ("Liên đoàn Lao động huyện", "coordinate")]


def test_a_label_with_no_predicate_names_no_owner() -> None:
    assert _roles("Thành phần: Sở Y tế, Sở Tài chính.") == [("Sở Y tế", "mention"), ("Sở Tài chính", "mention")]
    assert _roles("Kết quả: Sở Y tế đã hoàn thành 80% chỉ tiêu.") == [("Sở Y tế", "mention")]


# ---------------------------------------------------------------- a bare "phối hợp" after the timed clause


def test_a_bare_phoi_hop_clause_after_the_time_helps_that_task() -> None:
    deadlines = _deadlines("party_kh_district_mass_orgs_lang31.txt")
    quarter = next(d for d in deadlines if d.phrase == "trong quý II/2025")
    assert [(a.unit, a.role) for a in quarter.assignees] == [
        ("Hội Nông dân huyện", "assigned"),
        ("Ủy ban nhân dân các xã, thị trấn", "coordinate"),
    ]
    closing = [d for d in deadlines if d.section == "III.3"]
    assert len(closing) == 2
    for d in closing:
        assert ("Các cơ quan liên quan", "coordinate") in [(a.unit, a.role) for a in d.assignees]
    got = _owners_by_due("state_kh_service_units_persons_lang31.txt")["2027-04-21"]
    assert got == [
        ("Nhà Thiếu nhi tỉnh", "lead"),
        ("Thư viện tỉnh", "coordinate"),
        ("Cung Văn hóa Lao động tỉnh", "coordinate"),
    ]


def test_a_helper_clause_with_its_own_time_or_task_is_not_added() -> None:
    text = (
        "1. Chuẩn bị hội nghị\n"
        "Sở Nội vụ xây dựng kế hoạch, hoàn thành trong tháng 5/2027; "
        "Sở Tài chính phối hợp bố trí kinh phí trước ngày 15/6/2027.\n"
    )
    got = _text_owners(text)
    assert got[0] == [("Sở Nội vụ", "assigned")]
    text = "1. Hội thi\nSở Tư pháp tổ chức hội thi trước ngày 30/5/2027; Sở Y tế báo cáo kết quả khám.\n"
    assert _text_owners(text) == [[("Sở Tư pháp", "assigned")]]


def test_a_bare_clause_of_guidance_after_the_time_supervises_that_task() -> None:
    got = _owners_by_due("bo_cv_provinces_direct_so_lang31.txt")["2027-05-20"]
    assert ("Sở Nông nghiệp và Môi trường", "supervisor") in got
    # (a clause of guidance with work of its own, or a recipient in it, is not that task's)
    text = (
        "1. Diệt chuột\n"
        "Các xã ra quân diệt chuột, hoàn thành trước ngày 20/5/2027; "
        "Sở Nông nghiệp và Môi trường theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    assert _text_owners(text) == [[("Các xã", "assigned")]]


# ---------------------------------------------------------------- units


def test_the_youth_union_of_a_district_by_its_short_name() -> None:
    got = _owners_by_due("party_kh_district_mass_orgs_lang31.txt")["2025-03-25"]
    assert got == [("Hội Liên hiệp Phụ nữ huyện", "lead"), ("Huyện đoàn", "coordinate")]
    assert _units("Thị đoàn chủ trì, phối hợp với Quận đoàn tổ chức giao lưu.") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh thị xã",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh quận",
    ]


def test_the_party_committee_of_a_districts_agencies_keeps_its_level() -> None:
    got = _owners_by_due("party_kh_district_mass_orgs_lang31.txt")["2025-01-31"]
    assert ("Đảng ủy các cơ quan huyện", "assigned") in got
    units = [a for d in _deadlines("party_kh_district_mass_orgs_lang31.txt") for a in d.assignees]
    assert {a.canonical for a in units if a.unit == "Đảng ủy các cơ quan huyện"} == {"Đảng ủy các cơ quan huyện"}


def test_the_district_offices_of_social_insurance_and_the_post() -> None:
    got = _owners_by_due("party_kh_district_mass_orgs_lang31.txt")["2025-11-30"]
    assert got == [
        ("Hội Nông dân huyện", "lead"),
        ("Bảo hiểm xã hội huyện", "coordinate"),
        ("Bưu điện huyện", "coordinate"),
    ]


def test_houses_of_culture_of_the_province_keep_their_level() -> None:
    units = [a for d in _deadlines("state_kh_service_units_persons_lang31.txt") for a in d.assignees]
    canon = {a.unit: a.canonical for a in units}
    assert canon["Nhà Văn hóa Thanh niên tỉnh"] == "Nhà Văn hóa Thanh niên tỉnh"
    assert canon["Nhà Thiếu nhi tỉnh"] == "Nhà Thiếu nhi tỉnh"
    assert canon["Bệnh viện Đa khoa tỉnh"] == "Bệnh viện Đa khoa"  # (a hospital drops it, as "Sở Y tế tỉnh")


# ---------------------------------------------------------------- a ministry's letter to the provinces


def test_the_provinces_committees_direct_their_departments() -> None:
    got = _owners_by_due("bo_cv_provinces_direct_so_lang31.txt")
    assert got["2027-04-25"] == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "director"),
        ("Sở Nông nghiệp và Môi trường", "assigned"),
    ]
    assert got["2027-05-31"] == [
        ("Ủy ban nhân dân các tỉnh, thành phố", "director"),
        ("Sở Tài chính", "lead"),
        ("Sở Nông nghiệp và Môi trường", "coordinate"),
    ]
    # (the ministry and its department reported to, and the Prime Minister, own nothing)
    owners = {a.canonical for d in _deadlines("bo_cv_provinces_direct_so_lang31.txt") for a in d.assignees}
    assert not owners & {"Bộ Nông nghiệp và Môi trường", "Thủ tướng Chính phủ"}
