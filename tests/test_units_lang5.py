"""The language of owners, fifth pass (helper 91, round 14): the Front's board of a hamlet named
for any hamlet noun, a person in charge who directs units, and a collective noun with its members
listed after a colon."""

from __future__ import annotations

from ndq57.extract.units import find_units
from units_support import roles_of as _roles
from units_support import units_of as _units


def test_the_fronts_board_runs_on_over_every_hamlet_noun() -> None:
    assert _units("Ban Công tác Mặt trận khu phố, ấp họp dân.") == ["Ban Công tác Mặt trận các khu phố, ấp"]
    assert _units("Ban Công tác Mặt trận khóm, ấp họp dân.") == ["Ban Công tác Mặt trận các khóm, ấp"]
    assert _units("Ban Công tác Mặt trận buôn Ea Tam họp dân.") == ["Ban Công tác Mặt trận buôn Ea Tam"]
    assert _units("Ban Công tác Mặt trận khu phố 7 họp dân.") == ["Ban Công tác Mặt trận khu phố 7"]


def test_a_person_in_charge_directs_the_units_after_chi_dao() -> None:
    assert _roles("Các Thứ trưởng phụ trách chỉ đạo các đơn vị thuộc Bộ triển khai.") == [
        ("Thứ trưởng", "director"),
        ("Các đơn vị thuộc Bộ", "assigned"),
    ]
    assert _roles("Đồng chí Phó Giám đốc Sở phụ trách chỉ đạo Thanh tra Sở kiểm tra.")[0] == (
        "Phó Giám đốc Sở",
        "director",
    )
    # a comma after it: "phụ trách" is a verb of its own
    assert _roles("Phó Giám đốc Sở phụ trách, theo dõi việc kiểm tra.") == [("Phó Giám đốc Sở", "assigned")]


def test_the_party_committees_listed_after_a_colon_are_each_a_unit_of_the_party() -> None:
    (listed,) = find_units("Các tỉnh ủy: Nghệ An, Hà Tĩnh chỉ đạo rà soát quy hoạch cán bộ.")
    assert [(m.unit, m.kind) for m in listed.members] == [("Tỉnh ủy Nghệ An", "party"), ("Tỉnh ủy Hà Tĩnh", "party")]
    (listed,) = find_units("Đề nghị các Thành ủy: Hải Phòng, Cần Thơ báo cáo.")
    assert [(m.unit, m.kind) for m in listed.members] == [
        ("Thành ủy Hải Phòng", "party"),
        ("Thành ủy Cần Thơ", "party"),
    ]
    # the departments of a province stay state bodies
    (listed,) = find_units("Giao các Sở: Tài chính, Xây dựng triển khai.")
    assert [(m.unit, m.kind) for m in listed.members] == [("Sở Tài chính", "state"), ("Sở Xây dựng", "state")]
