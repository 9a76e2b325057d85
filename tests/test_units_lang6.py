"""The language of owners, sixth pass (helper 93, round 15): a department named with its body is
one owner in sentences as in table cells, and the forms of a ministry's directives."""

from __future__ import annotations

from ndq57.extract.table_tasks import owner_list
from ndq57.extract.units import find_units
from units_support import roles_of as _roles
from units_support import units_of as _units


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
    # (with the body's list of places after it)
    assert _units("Văn phòng Sở Y tế các tỉnh, thành phố tổng hợp.") == ["Văn phòng Sở Y tế các tỉnh, thành phố"]
    # (a verb in small letters after it is no body's name: "xây dựng", not "Bộ Xây dựng")
    assert _units("Giao Văn phòng Bộ xây dựng dự toán.") == ["Văn phòng Bộ"]
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


def test_a_ministrys_departments_listed_by_name_are_each_a_member() -> None:
    (listed,) = find_units("Giao các Vụ: Kế hoạch - Tài chính, Pháp chế phối hợp thẩm định.")
    assert [(m.unit, m.kind) for m in listed.members] == [
        ("Vụ Kế hoạch - Tài chính", "state"),
        ("Vụ Pháp chế", "state"),
    ]
    (listed,) = find_units("Các Tổng cục: Thống kê, Hải quan báo cáo.")
    assert [m.unit for m in listed.members] == ["Tổng cục Thống kê", "Tổng cục Hải quan"]
    # a word of a role ends the last name
    assert _roles("Các Cục: Quản lý thị trường, Thuế chủ trì rà soát.") == [("Các Cục: Quản lý thị trường, Thuế", "lead")]
    # the last name ends as an open name does ("rà soát": a verb), or where another unit starts
    assert _roles("Sở Y tế chủ trì, phối hợp với các Vụ: Pháp chế, Kế hoạch - Tài chính rà soát.") == [
        ("Sở Y tế", "lead"),
        ("Các Vụ: Pháp chế, Kế hoạch - Tài chính", "coordinate"),
    ]
    assert _units("Giao các Cục: Thuế, Hải quan và Kho bạc Nhà nước phối hợp.") == [
        "Các Cục: Thuế, Hải quan",
        "Kho bạc Nhà nước",
    ]


def test_the_leaders_of_the_issuing_ministry_are_named_by_its_head_word() -> None:
    assert _roles("Các đơn vị thuộc Bộ báo cáo Lãnh đạo Bộ trước ngày 20/12.") == [
        ("Các đơn vị thuộc Bộ", "assigned"),
        ("Lãnh đạo Bộ", "recipient"),
    ]
    assert _units("Lãnh đạo Sở Y tế chỉ đạo các phòng thực hiện.") == ["Lãnh đạo Sở Y tế", "Các phòng"]
    # the verb "lãnh đạo" before a lower-case "sở" names no one
    assert "Lãnh đạo Sở" not in _units("Đảng ủy lãnh đạo sở, ngành thực hiện.")


def test_a_department_named_pháp_chế_coordinates_but_a_mechanism_does_not() -> None:
    assert _roles("Vụ Pháp chế phối hợp với Cục Thuế rà soát.") == [("Vụ Pháp chế", "lead"), ("Cục Thuế", "coordinate")]
    assert _roles("Ban hành quy chế phối hợp với Công an tỉnh.") == [("Công an tỉnh", "mention")]


def test_a_trigger_after_an_adverb_that_ends_with_its_stop_word_stands() -> None:
    # "được phân công" / "theo thẩm quyền" end with "công" / "quyền": "chỉ đạo" after them is a verb
    assert _roles("Các Thứ trưởng theo lĩnh vực được phân công chỉ đạo các đơn vị thuộc Bộ triển khai.") == [
        ("Thứ trưởng", "director"),
        ("Các đơn vị thuộc Bộ", "assigned"),
    ]
    assert _roles("UBND xã theo thẩm quyền chỉ đạo Công an xã triển khai.") == [
        ("Ủy ban nhân dân xã", "director"),
        ("Công an xã", "assigned"),
    ]
    # the noun stays a noun
    assert ("Sở Y tế", "assigned") not in _roles("Theo sự phân công chỉ đạo Sở Y tế của Chủ tịch UBND tỉnh.")


def test_steering_committees_by_number_or_topic_take_their_level_from_the_data() -> None:
    assert _units("BCĐ 138 của Tỉnh ủy chỉ đạo rà soát.") == ["Ban Chỉ đạo 138 tỉnh"]
    assert _units("Ban Chỉ đạo 389 quốc gia kiểm tra.") == ["Ban Chỉ đạo 389 quốc gia"]
    assert [(u.unit, u.kind) for u in find_units("Ban Chỉ đạo 35 Trung ương họp.")] == [
        ("Ban Chỉ đạo 35 Trung ương", "central")
    ]
    assert _units("Ban Chỉ đạo về chuyển đổi số thành phố họp.") == ["Ban Chỉ đạo thành phố"]
    # "xã hội" is no level
    assert _units("Ban Chỉ đạo 12 xã hội hóa giáo dục.") == ["Ban Chỉ đạo 12"]


def test_a_ministrys_department_named_by_several_fields_is_one() -> None:
    assert _roles("Vụ Khoa học, Công nghệ và Môi trường chủ trì, phối hợp với Cục Chuyển đổi số thẩm định.") == [
        ("Vụ Khoa học, Công nghệ và Môi trường", "lead"),
        ("Cục Chuyển đổi số", "coordinate"),
    ]
    # another unit after the comma ends it
    assert _units("Vụ Pháp chế, Thanh tra Bộ, Cục Thuế phối hợp.") == ["Vụ Pháp chế", "Thanh tra Bộ", "Cục Thuế"]


def test_a_body_named_once_for_every_province_after_an_open_name() -> None:
    assert _units("Cục Thống kê các tỉnh, thành phố thực hiện.") == ["Cục Thống kê các tỉnh, thành phố"]
    assert _units("Chi cục Thuế các huyện thực hiện.") == ["Chi cục Thuế các huyện"]
    # (a body whose name ends with its level stays apart from a list)
    assert _units("Ủy ban nhân dân các tỉnh thực hiện.") == ["Ủy ban nhân dân các tỉnh"]


def test_a_trigger_after_a_name_that_ends_with_its_stop_word_stands() -> None:
    assert _roles("Phòng Tài chính - Kế hoạch phối hợp với Sở Tài chính thẩm định.") == [
        ("Phòng Tài chính - Kế hoạch", "lead"),
        ("Sở Tài chính", "coordinate"),
    ]
    assert _roles("Vụ Kế hoạch phối hợp với Cục Thuế rà soát.") == [("Vụ Kế hoạch", "lead"), ("Cục Thuế", "coordinate")]
    # the plan stays a plan
    assert _roles("Xây dựng kế hoạch phối hợp với Công an tỉnh.") == [("Công an tỉnh", "mention")]
    assert _units("Báo Nông nghiệp Việt Nam, Cổng Thông tin điện tử Bộ đăng tải.") == [
        "Báo Nông nghiệp Việt Nam",
        "Cổng Thông tin điện tử Bộ",
    ]
