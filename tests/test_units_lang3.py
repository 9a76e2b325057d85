"""The language of owners, third pass (helper 82, round 12): a level written once after a list of
persons, names with a slash inside, the bodies of several kinds of hamlet, a bare "phối hợp" after
a lead named in the sentence before, and a commune Party committee's fixture end to end."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.extract.units import find_units
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units


def test_a_level_after_persons_passes_along_the_list() -> None:
    assert _units("Bí thư Đảng ủy, Chủ tịch HĐND, Chủ tịch UBND các phường báo cáo.") == [
        "Bí thư Đảng ủy các phường",
        "Chủ tịch Hội đồng nhân dân các phường",
        "Chủ tịch Ủy ban nhân dân các phường",
    ]
    # a body with a level of its own, or not one of the shared bodies, keeps its name
    assert _units("Bí thư Tỉnh ủy, Chủ tịch UBND xã dự họp.") == ["Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân xã"]
    assert _units("Giám đốc Sở, Chủ tịch UBND các xã báo cáo.")[1:] == ["Chủ tịch Ủy ban nhân dân các xã"]


def test_a_slash_inside_a_name_and_in_a_topic() -> None:
    assert _units("Hội Nạn nhân chất độc da cam/dioxin xã vận động.") == ["Hội Nạn nhân chất độc da cam xã"]
    assert _units("Hội Nạn nhân chất độc da cam/dioxin vận động.") == ["Hội Nạn nhân chất độc da cam"]
    raw = [u.raw for u in find_units("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp.")]
    assert raw == ["Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"]
    # other capitals still end a topic: the unit named after it is its own
    assert _units("Ban Chỉ đạo phòng, chống HIV/AIDS Sở Y tế báo cáo.") == ["Ban Chỉ đạo", "Sở Y tế"]


def test_the_bodies_of_several_kinds_of_hamlet() -> None:
    assert _units("Chi bộ khu phố, ấp tổ chức sinh hoạt.") == ["Chi bộ các khu phố, ấp"]
    assert _units("Chi bộ thôn và tổ dân phố tổ chức sinh hoạt.") == ["Chi bộ các thôn, tổ dân phố"]
    units = find_units("Chi ủy, chi bộ thôn, tổ dân phố tổ chức học tập.")
    assert [m.unit for m in units[0].members] == ["Chi ủy các thôn, tổ dân phố", "Chi bộ các thôn, tổ dân phố"]
    # a hamlet named after the last noun: no list of kinds
    assert "Chi bộ các thôn, tổ dân phố" not in _units("Chi bộ thôn, tổ dân phố Đông Hòa tổ chức.")


def test_a_bare_coordinate_after_the_lead_of_the_sentence_before() -> None:
    got = _roles("Giao Sở Y tế chủ trì xây dựng kế hoạch. Công an tỉnh, Sở Tài chính phối hợp triển khai.")
    assert got == [("Sở Y tế", "lead"), ("Công an tỉnh", "coordinate"), ("Sở Tài chính", "coordinate")]
    # a lead of another paragraph (a new line) is not helped
    got = _roles("Giao Sở Y tế chủ trì xây dựng kế hoạch.\nCông an tỉnh phối hợp với Sở Tài chính triển khai.")
    assert got[1] == ("Công an tỉnh", "lead")


def test_fixture_owners() -> None:
    path = FIXTURES / "units_lang3_commune_party.txt"
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    got = {d["section"]: [(a["canonical"], a["role"]) for a in d["assignees"]] for d in doc["deadlines"]}
    by_due = {d["due"]: [(a["canonical"], a["role"]) for a in d["assignees"]] for d in doc["deadlines"]}
    # a heading's unit over "Chủ trì ...", then "X, Y phối hợp ...": it leads, they coordinate
    assert by_due["2026-11-30"] == [("Ban Xây dựng Đảng Đảng ủy xã", "lead")]
    assert by_due["2026-11-15"] == [
        ("Ban Xây dựng Đảng Đảng ủy xã", "lead"),
        ("Văn phòng Đảng ủy", "coordinate"),
        ("Các chi bộ trực thuộc", "coordinate"),
    ]
    assert got["II.1"] == [
        ("Ban Xây dựng Đảng Đảng ủy xã", "lead"),
        ("Văn phòng Đảng ủy", "coordinate"),
        ("Ủy ban Kiểm tra Đảng ủy xã", "coordinate"),
    ]
    assert got["II.2"][0] == ("Chi ủy, chi bộ các thôn, tổ dân phố", "assigned")
    assert got["II.3"] == [("Phó Bí thư Đảng ủy xã", "lead"), ("Chủ tịch Ủy ban nhân dân xã", "lead")]
    assert got["II.4"] == [
        ("Ban Công tác Mặt trận các thôn, buôn", "lead"),
        ("Hội Nạn nhân chất độc da cam xã", "coordinate"),
    ]
    assert got["II.5"] == [("Ban Chỉ đạo xã", "assigned")]
    assert got["II.6"] == [("Ban Chỉ đạo 57 xã", "assigned")]


def test_the_committees_of_every_province_are_one_collective() -> None:
    # (before: "Tỉnh ủy" and "Thành ủy", read as the issuing province's own committees)
    assert _units("Các tỉnh ủy, thành ủy hoàn thành rà soát.") == ["Các tỉnh ủy, thành ủy"]
    assert _units("Giao các đảng đoàn, ban cán sự đảng trực thuộc Tỉnh ủy lãnh đạo.") == [
        "Các đảng đoàn, ban cán sự đảng"
    ]
    assert _units("Chi hội Nông dân thôn, tổ dân phố vận động.") == ["Chi hội Nông dân các thôn, tổ dân phố"]
