"""The language of units, fourteenth pass (helper 132, round 27): a collective named with the body it
belongs to by "của" ("Các ban chuyên môn của Ủy ban MTTQ Việt Nam tỉnh", "Các đơn vị của Sở Tài
chính") is one owner, as with "thuộc" (it was two mentions and no owner); the health stations and
clinics a health centre directs ("các trạm y tế", "các cơ sở khám bệnh, chữa bệnh") are a collective;
a ministry's department named by a field of law ("Vụ Phổ biến, giáo dục pháp luật") is not cut."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units

_NAME = "mttq_kh_province_boards_lang14.txt"


def _owners() -> dict[str, list[tuple[str, str]]]:
    doc = parse_bytes((FIXTURES / _NAME).read_bytes(), source=_NAME).to_dict()
    return {t["section"]: [(a["unit"], a["role"]) for a in t["owners"]] for t in doc["tasks"]}


def test_a_collective_of_a_body_by_cua() -> None:
    assert _roles("Các đơn vị của Sở Tài chính tổng hợp báo cáo.") == [("Các đơn vị của Sở Tài chính", "assigned")]
    assert _units("Các phòng chuyên môn của UBND xã rà soát hồ sơ.") == ["Các phòng chuyên môn của Ủy ban nhân dân xã"]
    # (a body of the clause's giver after "của" and a comma: two units, as before)
    assert [r for _, r in _roles("Theo đề nghị của các sở, ngành, Sở Nội vụ tổng hợp.")] == ["mention", "assigned"]


def test_the_health_stations_as_a_collective() -> None:
    assert _roles("Trung tâm Y tế chỉ đạo các trạm y tế triển khai tiêm chủng.") == [
        ("Trung tâm Y tế", "director"),
        ("Các trạm y tế", "assigned"),
    ]
    assert _units("Sở Y tế yêu cầu các cơ sở khám bệnh, chữa bệnh báo cáo.")[-1] == "Các cơ sở khám bệnh, chữa bệnh"
    # (a building in small letters, no unit: as before)
    assert _units("Đầu tư nâng cấp trạm y tế xã.") == []


def test_a_department_named_by_a_field_of_law() -> None:
    assert _units("Vụ Phổ biến, giáo dục pháp luật chủ trì tổng hợp.") == ["Vụ Phổ biến, giáo dục pháp luật"]
    assert _units("Cục Bổ trợ tư pháp phối hợp.") == ["Cục Bổ trợ tư pháp"]
    # ("pháp luật" in small letters after a unit's verb is no part of its name)
    assert _units("Sở Tư pháp phổ biến pháp luật cho người dân.") == ["Sở Tư pháp"]


def test_the_fronts_plan() -> None:
    got = _owners()
    assert got["II.4"] == [("Các ban chuyên môn của Ủy ban MTTQ Việt Nam tỉnh", "assigned")]
    assert got["II.5"][0] == ("Các đơn vị sự nghiệp của Ủy ban MTTQ Việt Nam tỉnh", "lead")
    assert got["II.6"] == [("Trung tâm Y tế khu vực Đức Trọng", "director"), ("các trạm y tế xã", "assigned")]
