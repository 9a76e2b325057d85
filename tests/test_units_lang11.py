"""The language of owners, eleventh pass (helper 113, round 23): a place named by two names joined by
a dash ("UBND tỉnh Bà Rịa - Vũng Tàu chủ trì"), a school's board and subject groups ("Ban Giám hiệu",
"Tổ Ngữ văn"), a title-cased heading's "Cơ Sở", the giver of a direction before the subject
("Dưới sự chỉ đạo của Thường trực Đảng ủy, Ủy ban nhân dân xã chủ trì"), abbreviations typed without
"Đ" ("HDND"), and the departments of a ministry named by fields in small letters."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units


def _owners(name: str) -> dict[str, list[tuple[str, str]]]:
    doc = parse_bytes((FIXTURES / name).read_bytes(), source=name).to_dict()
    return {d["section"]: [(a["unit"], a["role"]) for a in d["assignees"]] for d in doc["deadlines"]}


def test_a_place_of_two_names_is_read_whole() -> None:
    assert _roles("UBND tỉnh Bà Rịa - Vũng Tàu chủ trì, phối hợp với các sở triển khai.") == [
        ("Ủy ban nhân dân tỉnh", "lead"),
        ("Các sở", "coordinate"),
    ]
    assert _roles("Đề nghị UBND thành phố Phan Rang-Tháp Chàm chủ trì thực hiện.")[0][1] == "lead"
    assert _units("UBND xã Hòa Bình - Thịnh Lang chủ trì thực hiện.") == ["Ủy ban nhân dân xã Hòa Bình - Thịnh Lang"]
    # (a dash before another name's first word, or before a title, is no place's)
    assert _units("Sở Y tế tỉnh Đắk Lắk - Cơ quan Thường trực Ban Chỉ đạo chủ trì.") == [
        "Sở Y tế",
        "Cơ quan Thường trực Ban Chỉ đạo",
    ]
    assert _units("UBND xã An Bình - Phó Chủ tịch UBND xã chủ trì.")[0] == "Ủy ban nhân dân xã An Bình"


def test_a_schools_board_and_groups() -> None:
    assert _roles("Ban Giám hiệu chủ trì tổ chức kiểm tra.") == [("Ban Giám hiệu", "lead")]
    assert _roles("Ban Giám hiệu nhà trường chủ trì tổ chức kiểm tra.") == [("Ban Giám hiệu nhà trường", "lead")]
    assert _roles("Tổ Toán tổ chức sinh hoạt chuyên môn.") == [("Tổ Toán", "assigned")]
    assert _units("Tổ Lịch sử và Địa lí phối hợp với Tổ Văn phòng.") == ["Tổ Lịch sử và Địa lí", "Tổ Văn phòng"]
    # (a board or a group in small letters, the fatherland, a title-cased "Tổ Chức" are none)
    assert _units("Thành lập ban giám hiệu mới.") == []
    assert _units("Bảo vệ vững chắc Tổ quốc.") == []
    assert _units("tổ văn phòng làm việc.") == []
    assert _units("Trường Tiểu Học Kim Đồng Tổ Chức Khai Giảng") == ["Trường Tiểu Học Kim Đồng"]


def test_a_boards_abbreviation() -> None:
    assert _roles("BGH chỉ đạo các tổ chuyên môn xây dựng kế hoạch.") == [
        ("Ban Giám hiệu", "director"),
        ("Các tổ chuyên môn", "assigned"),
    ]
    assert _roles("Tổ trưởng chuyên môn báo cáo BGH hằng tháng.") == [("Ban Giám hiệu", "recipient")]
    assert _roles("BGĐ Bệnh viện chỉ đạo các khoa triển khai.")[0] == ("Ban Giám đốc Bệnh viện", "director")


def test_a_title_cased_heading_keeps_the_school_whole() -> None:
    assert _units("Trường Trung Học Cơ Sở Nguyễn Du Tổ Chức Hội Khỏe Phù Đổng") == ["Trường Trung Học Cơ Sở Nguyễn Du"]
    assert _units("Trung tâm Y tế cơ sở phối hợp với Sở Y tế.") == ["Trung tâm Y tế cơ sở", "Sở Y tế"]
    assert _units("Hội Nông dân xã tổ chức Hội thao.") == ["Hội Nông dân xã"]


def test_the_giver_of_a_direction_ends_at_its_comma() -> None:
    assert _roles("Dưới sự lãnh đạo, chỉ đạo của Thường trực Đảng ủy, UBND xã chủ trì triển khai.") == [
        ("Thường trực Đảng ủy", "mention"),
        ("Ủy ban nhân dân xã", "lead"),
    ]
    # (with no direction before it, the standing boards of a commune are one list)
    assert _units("Thường trực Đảng ủy, Ủy ban nhân dân xã chỉ đạo rà soát.") == [
        "Thường trực Đảng ủy, Ủy ban nhân dân xã"
    ]


def test_abbreviations_typed_without_their_marks() -> None:
    assert _units("Thường trực HDND xã giám sát; BCD tỉnh chỉ đạo.") == [
        "Thường trực Hội đồng nhân dân xã",
        "Ban Chỉ đạo tỉnh",
    ]


def test_departments_named_in_small_letters() -> None:
    assert _roles("Tổng cục Thi hành án dân sự chỉ đạo các Cục Thi hành án dân sự tỉnh, thành phố rà soát.") == [
        ("Tổng cục Thi hành án dân sự", "director"),
        ("Cục Thi hành án dân sự các tỉnh, thành phố", "assigned"),
    ]
    assert _roles("Thủ trưởng cơ quan thuộc Chính phủ chỉ đạo thực hiện.") == [
        ("Thủ trưởng cơ quan thuộc Chính phủ", "director")
    ]
    # ("tích cực", "xử lý" in small letters after another name are its verbs)
    assert _roles("Sở Y tế tích cực triển khai.") == [("Sở Y tế", "assigned")]
    assert _units("Sở Tư pháp quản lý xử lý vi phạm hành chính.") == ["Sở Tư pháp"]


def test_the_fixtures_owners() -> None:
    school = _owners("school_kh_groups_units_lang11.txt")
    assert school["II.1"] == [("Ban Giám hiệu", "director"), ("các tổ chuyên môn", "assigned")]
    assert school["II.5"] == [("Tổ Văn phòng", "assigned")]
    party = _owners("party_kh_direction_units_lang11.txt")
    assert party["II.1"] == [("Ủy ban nhân dân xã", "lead")]
    assert party["II.2"] == [("Công an xã", "lead")]
    bo = _owners("bo_kh_departments_units_lang11.txt")
    assert bo["II.1"][0] == ("Vụ Pháp luật hình sự - hành chính", "lead")
    assert bo["II.4"] == [("UBND tỉnh Bà Rịa - Vũng Tàu", "lead")]


def test_a_branch_sharing_its_second_word() -> None:
    assert _roles("Ban Thường vụ Huyện ủy chỉ đạo các chi, đảng bộ cơ sở thực hiện.") == [
        ("Ban Thường vụ Huyện ủy", "director"),
        ("Các chi, đảng bộ cơ sở", "assigned"),
    ]
    assert _units("Các chi, tổ hội trực thuộc tổ chức ra quân.") == ["Các chi, tổ hội trực thuộc"]
    # ("chi" alone: spending)
    assert _units("Giảm các chi thường xuyên; rà soát các chi phí phát sinh.") == []


def test_a_communes_officer_with_its_level() -> None:
    assert _roles("Công chức Tư pháp - Hộ tịch xã chủ trì thực hiện.") == [("Công chức Tư pháp - Hộ tịch xã", "lead")]
    assert _roles("Công chức Văn hóa - Xã hội phường phối hợp với Công chức Tài chính - Kế toán phường.") == [
        ("Công chức Văn hóa - Xã hội phường", "lead"),
        ("Công chức Tài chính - Kế toán phường", "coordinate"),
    ]


def test_the_armed_forces_formations_and_posts() -> None:
    assert _roles("Sư đoàn 320 chủ trì, phối hợp với Lữ đoàn 273, Trung đoàn 95 diễn tập.") == [
        ("Sư đoàn 320", "lead"),
        ("Lữ đoàn 273", "coordinate"),
        ("Trung đoàn 95", "coordinate"),
    ]
    assert _roles("Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo các đồn biên phòng tuần tra.") == [
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "director"),
        ("Các đồn biên phòng", "assigned"),
    ]
    assert _units("Phòng Hậu cần - Kỹ thuật phối hợp thực hiện.") == ["Phòng Hậu cần - Kỹ thuật"]
    # (a formation without its number is a level of command; "cần" in small letters a verb)
    assert _units("Huấn luyện cấp trung đoàn, sư đoàn.") == []
    assert _units("Sở Y tế cần tập trung chỉ đạo.") == ["Sở Y tế"]


def test_a_wards_field_that_is_a_verb_elsewhere() -> None:
    assert _roles("Khoa Hồi sức cấp cứu chủ trì diễn tập.") == [("Khoa Hồi sức cấp cứu", "lead")]
    assert _units("Sở Y tế cấp cứu người bệnh kịp thời.") == ["Sở Y tế"]


def test_banks_and_border_gates() -> None:
    assert _roles("Ngân hàng TMCP Công thương Việt Nam chi nhánh Gia Lai phối hợp thực hiện.") == [
        ("Ngân hàng TMCP Công thương Việt Nam chi nhánh Gia Lai", "lead")
    ]
    assert _roles("Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam chủ trì.") == [
        ("Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam", "lead")
    ]
    assert _roles("Các ngân hàng thương mại, quỹ tín dụng nhân dân trên địa bàn triển khai.") == [
        ("Các ngân hàng thương mại, quỹ tín dụng nhân dân", "assigned")
    ]
    assert _roles("Hải quan cửa khẩu Lệ Thanh phối hợp với Đồn Biên phòng Ia Mơ.") == [
        ("Hải quan cửa khẩu Lệ Thanh", "lead"),
        ("Đồn Biên phòng Ia Mơ", "coordinate"),
    ]
    # (the verb after a bank's name is none of it)
    assert _units("Ngân hàng Thế giới tài trợ dự án.") == ["Ngân hàng Thế giới"]
    assert _units("Các ngân hàng cho vay ưu đãi.") == []


def test_the_bodies_of_every_commune_named_by_their_level() -> None:
    assert _roles("Cấp ủy cấp xã phối hợp với Ban Giám đốc Trung tâm kiểm tra.") == [
        ("Cấp ủy cấp xã", "lead"),
        ("Ban Giám đốc Trung tâm", "coordinate"),
    ]
    assert _roles("Công an cấp xã chủ trì tuần tra.") == [("Công an cấp xã", "lead")]
    # (as before: "UBND cấp xã" is the committee of every commune)
    assert _units("UBND cấp xã chủ trì tổ chức thực hiện.") == ["Ủy ban nhân dân các xã, phường"]
