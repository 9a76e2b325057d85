"""The language of owners, ninth pass (helper 104, round 20): a unit whose name is also its
building's after a verb of building works or "tại" (the building, not a body), the head of a
department by a title in small letters ("Trưởng phòng Tổ chức cán bộ"), companies with their trade
in lower case, and fields of schools and hospitals that a stop word or a dash cut short."""

from __future__ import annotations

import json

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units


def test_a_building_after_a_verb_of_works_is_no_unit() -> None:
    assert _units("Sửa chữa Nhà văn hóa xã trong quý III.") == []
    assert _units("Xây dựng mới Trường Mầm non Hoa Sen trong năm 2027.") == []
    # (the heads listed after it are buildings too; a unit after another verb is not)
    assert _units("Nâng cấp Trạm Y tế xã và Trường Tiểu học Lê Lợi, phối hợp với Sở Y tế.") == ["Sở Y tế"]
    assert _units("Tiêm chủng tại Trạm Y tế xã.") == []
    # (the same names as a clause's subject or after a role word are owners)
    assert _roles("Trạm Y tế xã phối hợp với Trường Tiểu học Lê Lợi khám sức khỏe cho học sinh.") == [
        ("Trạm Y tế xã", "lead"),
        ("Trường Tiểu học Lê Lợi", "coordinate"),
    ]
    # (other units are never objects of the works; a verb inside a unit's name is no verb)
    assert _units("Xây dựng Chi bộ thôn 3 trong sạch, vững mạnh.") == ["Chi bộ thôn 3"]
    assert _units("Sở Xây dựng Bệnh viện Đa khoa tỉnh phối hợp.")[0] == "Sở Xây dựng"


def test_a_heads_title_in_small_letters_names_his_department() -> None:
    assert _roles("Giao Trưởng phòng Tổ chức cán bộ chủ trì thực hiện.") == [("Trưởng Phòng Tổ chức cán bộ", "lead")]
    assert _units("Phó Trưởng phòng Kế hoạch - Tài chính Sở Y tế báo cáo.") == [
        "Phó Trưởng Phòng Kế hoạch - Tài chính Sở Y tế"
    ]
    assert _units("Trưởng phòng chịu trách nhiệm.") == ["Trưởng phòng"]
    assert _units("Tốc độ tăng trưởng phòng Kinh doanh đạt 10%.") == []


def test_a_companys_trade_in_small_letters_belongs_to_its_name() -> None:
    assert _units("Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh bảo đảm nguồn nước.") == [
        "Công ty TNHH MTV Khai thác công trình thủy lợi"
    ]
    assert _units("Giao Công ty Cổ phần Cấp thoát nước chủ trì.") == ["Công ty Cổ phần Cấp thoát nước"]
    assert _units("Công ty Điện lực phối hợp thực hiện.") == ["Công ty Điện lực"]


def test_fields_of_schools_and_hospitals_run_on() -> None:
    assert _units("Bệnh viện Y học cổ truyền tỉnh khám bệnh miễn phí.") == ["Bệnh viện Y học cổ truyền"]
    assert _units("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực tuyển sinh.") == [
        "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực"
    ]
    # ("thường xuyên" an adverb elsewhere)
    assert _units("Sở Công Thương thường xuyên kiểm tra.") == ["Sở Công Thương"]


def test_the_fixture_names_buildings_and_owners_apart() -> None:
    path = FIXTURES / "state_kh_works_owners_lang9.txt"
    rec = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    names = {a["unit"] for a in rec["assignees"]}
    assert "Trường Mầm non Hoa Sen" not in names
    assert {"Nhà văn hóa xã", "Trạm Y tế xã", "Trưởng Phòng Kinh tế"} <= names
    text = json.dumps(rec, ensure_ascii=False)
    assert '"unit": "Công ty TNHH MTV Khai thác công trình thủy lợi Ea Súp"' in text


def test_an_association_named_with_the_nation_before_its_level_is_that_levels() -> None:
    assert _units("Hội Cựu chiến binh Việt Nam xã phối hợp thực hiện.") == ["Hội Cựu chiến binh xã"]
    assert _units("Hội Nông dân Việt Nam phát động thi đua.") == ["Trung ương Hội Nông dân Việt Nam"]


def test_the_branch_of_every_hamlet_is_one_owner() -> None:
    assert _roles("Chi hội Phụ nữ các thôn, tổ dân phố vận động hội viên.") == [
        ("Chi hội Phụ nữ các thôn, tổ dân phố", "assigned")
    ]
    # (one hamlet's branch, and the hamlets after a role word, stay apart)
    assert _units("Chi hội Nông dân thôn 3 phối hợp với các thôn.") == ["Chi hội Nông dân thôn 3", "Các thôn"]


def test_a_defence_zone_command_by_its_number_and_place() -> None:
    assert _units("Ban Chỉ huy Phòng thủ khu vực 3 - Krông Pắc phối hợp với Công an xã.") == [
        "Ban Chỉ huy Phòng thủ khu vực 3 - Krông Pắc",
        "Công an xã",
    ]
    # (a unit after the dash is none of its place)
    assert _units("Ban Chỉ huy Phòng thủ khu vực 2 - Sở Y tế phối hợp.") == ["Ban Chỉ huy Phòng thủ khu vực 2", "Sở Y tế"]


def test_a_plural_after_a_party_board_stays_in_small_letters() -> None:
    assert _units("Ủy ban Kiểm tra các đảng ủy trực thuộc báo cáo.") == ["Ủy ban Kiểm tra các đảng ủy trực thuộc Tỉnh ủy"]


def test_the_front_fixture_reads_the_communes_associations() -> None:
    path = FIXTURES / "front_kh_branches_lang9.txt"
    rec = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    names = {a["unit"] for a in rec["assignees"]}
    assert {"Hội Nông dân xã", "Chi hội Nông dân các thôn", "Ban Chỉ huy Phòng thủ khu vực 3 - Krông Pắc"} <= names
    assert not any(n.startswith("Trung ương") for n in names)
    assert "Nhà văn hóa xã" not in names


def test_a_department_of_an_office_is_named_with_it() -> None:
    assert _units("Trưởng phòng Tổng hợp Văn phòng Bộ phối hợp.") == ["Trưởng Phòng Tổng hợp Văn phòng Bộ"]
    assert _units("Phòng Hành chính - Tổ chức Văn phòng Tỉnh ủy chủ trì.") == [
        "Phòng Hành chính - Tổ chức Văn phòng Tỉnh ủy"
    ]
    # (listed with a comma: two units)
    assert _units("Phòng Tổng hợp, Văn phòng Bộ phối hợp.") == ["Phòng Tổng hợp", "Văn phòng Bộ"]


def test_a_boarding_schools_long_name_is_read_whole() -> None:
    assert _units("Trường Phổ thông Dân tộc bán trú Tiểu học Ea Sol tổ chức khai giảng.") == [
        "Trường Phổ thông Dân tộc bán trú Tiểu học Ea Sol"
    ]
    # (other heads keep their reach: "Ban Quản lý" over a park's name)
    assert _units("Ban Quản lý Vườn Quốc gia Chư Yang Sin chủ trì.") == ["Ban Quản lý Vườn Quốc gia Chư Yang Sin"]
