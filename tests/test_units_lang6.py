"""The language of owners, sixth pass (helper 93, round 15): a department named with its body is
one owner in sentences as in table cells, and the forms of a ministry's directives."""

from __future__ import annotations

from ndq57.extract.table_tasks import owner_list
from ndq57.extract.units import assign_roles, find_units


def _units(text: str) -> list[str]:
    return [u.unit for u in find_units(text)]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(r.unit.unit, r.role) for r in assign_roles(text)]


def test_a_department_then_its_body_is_one_unit_in_a_sentence() -> None:
    assert _roles("Phòng Cảnh sát giao thông Công an tỉnh chủ trì, phối hợp với Sở Y tế kiểm tra.") == [
        ("Phòng Cảnh sát giao thông Công an tỉnh", "lead"),
        ("Sở Y tế", "coordinate"),
    ]
    assert _units("Giao Phòng Văn hóa - Xã hội UBND xã Tân Hòa tuyên truyền.") == [
        "Phòng Văn hóa - Xã hội Ủy ban nhân dân xã Tân Hòa"
    ]
    assert _units("Vụ Pháp chế Bộ Nội vụ thẩm định.") == ["Vụ Pháp chế Bộ Nội vụ"]
    # (a person's title takes the whole department)
    assert _units("Trưởng Phòng Tư pháp UBND huyện chịu trách nhiệm.") == [
        "Trưởng Phòng Tư pháp Ủy ban nhân dân huyện"
    ]


def test_the_office_of_a_named_department_reads_on_into_its_name() -> None:
    assert _units("Văn phòng Sở Tài chính tổng hợp.") == ["Văn phòng Sở Tài chính"]
    assert _units("Thanh tra Sở Xây dựng kiểm tra.") == ["Thanh tra Sở Xây dựng"]
    assert _units("Thanh tra Bộ Công Thương kiểm tra.") == ["Thanh tra Bộ Công Thương"]
    # the issuer's own office, named alone, stays as it is
    assert _units("Văn phòng Sở, Thanh tra Sở phối hợp.") == ["Văn phòng Sở", "Thanh tra Sở"]


def test_two_units_a_list_or_a_department_that_names_its_body_stay_apart() -> None:
    assert _units("Sở Tài chính, Công an tỉnh phối hợp.") == ["Sở Tài chính", "Công an tỉnh"]
    assert _units("Văn phòng UBND tỉnh Sở Nội vụ") == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ"]
    assert _units("Phòng Nội vụ\nCông an tỉnh") == ["Phòng Nội vụ", "Công an tỉnh"]


def test_sentences_and_table_cells_read_a_department_alike() -> None:
    for text in ("Phòng Cảnh sát giao thông Công an tỉnh", "Thanh tra Sở Xây dựng", "Vụ Pháp chế Bộ Tư pháp"):
        (cell,) = owner_list(text, "lead", "r")
        assert [cell.unit] == _units(text)
