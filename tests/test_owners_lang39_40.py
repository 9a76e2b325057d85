"""Owners (helper 40, round 39): a ministry's department then its ministry after a comma ("Vụ Tổ
chức cán bộ, Bộ Nội vụ"), the duty named between "Giao" and the unit ("Giao trách nhiệm cho X ...",
"Giao nhiệm vụ cho X ...") where it opens the clause, and the addressee of a request asked to direct
with no one named to direct ("Yêu cầu Chủ tịch UBND các xã tập trung chỉ đạo ..."), and the report
after ";" of a subject that directs ("X chỉ đạo Y ...; định kỳ 6 tháng báo cáo Z"), read in a
province's letter (tests/fixtures/ubnd_cv_assign_forms_lang39_40.txt)."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import fixture_owners
from units_support import roles_of as _roles
from units_support import units_of as _units

DOC = "ubnd_cv_assign_forms_lang39_40.txt"


def _owners(section: str, due: str) -> list[tuple[str, str]]:
    return fixture_owners(DOC, section, due)


def test_a_department_and_its_ministry_after_a_comma_are_one_unit() -> None:
    assert _units("Vụ Tổ chức cán bộ, Bộ Nội vụ chủ trì") == ["Vụ Tổ chức cán bộ Bộ Nội vụ"]
    assert _units("Văn phòng Bộ, Bộ Tài chính tổng hợp") == ["Văn phòng Bộ Tài chính"]
    assert _owners("5", "2027-06-30") == [
        ("Cục Quản lý thị trường Bộ Công Thương", "lead"),
        ("Sở Công Thương", "coordinate"),
    ]
    path = FIXTURES / DOC
    doc = parse_bytes(path.read_bytes(), source=path.name)
    (d4,) = [d for d in doc.deadlines if d.section == "4"]
    assert d4.recipients == ["Vụ Tổ chức cán bộ Bộ Nội vụ"]


def test_a_list_keeps_its_items() -> None:
    # (the department is an item of a list, or the body after the comma is no ministry)
    assert _units("Bộ Nội vụ, Vụ Pháp chế, Bộ Tư pháp có ý kiến") == ["Bộ Nội vụ", "Vụ Pháp chế", "Bộ Tư pháp"]
    assert _units("Phòng Tư pháp, Bộ Tư pháp có ý kiến") == ["Phòng Tư pháp", "Bộ Tư pháp"]
    assert _units("Cục Thuế, Bộ Chỉ huy Quân sự tỉnh có ý kiến") == ["Cục Thuế", "Bộ Chỉ huy Quân sự tỉnh"]
    # (after blanks, as before)
    assert _units("Vụ Pháp chế Bộ Tư pháp có ý kiến") == ["Vụ Pháp chế Bộ Tư pháp"]


def test_the_duty_named_after_giao_gives_the_unit_the_work() -> None:
    assert _owners("1", "2027-03-15") == [("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate")]
    assert _owners("2", "2027-06-30") == [("Sở Tư pháp", "lead")]
    assert _roles("Đề nghị giao nhiệm vụ cho Sở Nội vụ thẩm định hồ sơ.") == [("Sở Nội vụ", "lead")]


def test_the_duty_in_a_policy_phrase_or_after_a_subject_gives_nothing() -> None:
    assert _owners("6", "2027-09-30") == [("Sở Khoa học và Công nghệ", "assigned")]
    assert _roles("Hoàn thiện cơ chế đặt hàng, giao nhiệm vụ cho các doanh nghiệp khoa học và công nghệ.") == [
        ("Các doanh nghiệp khoa học và công nghệ", "mention")
    ]
    # (the subject that hands the work on stays who speaks)
    assert _roles("Ủy ban nhân dân tỉnh giao trách nhiệm cho Sở Y tế triển khai thực hiện.")[0] == (
        "Ủy ban nhân dân tỉnh",
        "mention",
    )


def test_the_addressee_asked_to_direct_no_one_is_assigned() -> None:
    assert _owners("3", "2027-05-31") == [("Chủ tịch Ủy ban nhân dân các xã, phường", "assigned")]
    # (one who directs a unit named after the verb stays its director)
    assert _roles("Yêu cầu Chủ tịch UBND các xã tập trung chỉ đạo các phòng chuyên môn giải quyết hồ sơ.") == [
        ("Chủ tịch Ủy ban nhân dân các xã", "director"),
        ("Các phòng chuyên môn", "assigned"),
    ]


def test_the_report_after_a_direction_is_the_directors() -> None:
    assert _owners("7", "2027-07-15") == [("Công an tỉnh", "assigned")]
    # (after a lead's clause, the report stays the lead's and the coordinator's)
    assert _owners("8", "2027-08-30") == [("Sở Tài chính", "lead"), ("Sở Nội vụ", "coordinate")]
