"""The language of owners, eighth pass (helper 101, round 19): a commune committee's staff units and
one-stop desk, capitalised fields whose second word would stop a name ("Kiểm định", "Chứng tích"),
the trade union of a branch, and a house of culture named after its hamlet (a body as a clause's
subject, a building elsewhere)."""

from __future__ import annotations

import json

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units


def test_a_communes_staff_units_own_their_work() -> None:
    assert _roles("Các bộ phận chuyên môn thuộc UBND xã phối hợp với Bộ phận Một cửa rà soát hồ sơ.") == [
        ("Các bộ phận chuyên môn thuộc Ủy ban nhân dân xã", "lead"),
        ("Bộ phận Một cửa", "coordinate"),
    ]
    assert _roles("Giao các bộ phận chuyên môn triển khai thực hiện.") == [("Các bộ phận chuyên môn", "lead")]
    # (the parts of a thing are no units)
    assert _units("Bảo dưỡng các bộ phận của máy phát điện.") == []


def test_a_capitalised_field_whose_second_word_stops_a_name_runs_it_on() -> None:
    assert _units("Phòng Khảo thí và Kiểm định chất lượng chủ trì tổ chức kỳ thi.") == [
        "Phòng Khảo thí và Kiểm định chất lượng"
    ]
    assert _units("Bảo tàng Chứng tích chiến tranh phối hợp với Thư viện tỉnh.") == [
        "Bảo tàng Chứng tích chiến tranh",
        "Thư viện tỉnh",
    ]
    # (in small letters after another field, a verb: the name stops)
    assert _units("Trung tâm Y tế kiểm định thiết bị.") == ["Trung tâm Y tế"]


def test_a_house_of_culture_of_a_hamlet_is_a_body_only_as_an_owner() -> None:
    assert _roles("Nhà văn hóa thôn Đông phối hợp với Chi đoàn thôn Đông tổ chức văn nghệ.") == [
        ("Nhà văn hóa thôn Đông", "lead"),
        ("Chi đoàn thôn Đông", "coordinate"),
    ]
    assert _roles("Chi hội Phụ nữ thôn 3 phối hợp với Nhà văn hóa thôn 3 tổ chức.")[1] == (
        "Nhà văn hóa thôn 3",
        "coordinate",
    )
    assert _units("Hội nghị được tổ chức tại Nhà văn hóa thôn Đông.") == []
    assert _units("Sửa chữa Nhà văn hóa thôn 5 trong quý III.") == []
    assert _units("Nhà văn hóa thôn, tổ dân phố được sửa chữa.") == []
    assert _units("Nhà Văn hóa Thiếu nhi tỉnh tổ chức trại hè.") == ["Nhà Văn hóa Thiếu nhi tỉnh"]


def test_the_fixture_names_its_owners_in_sentences_and_cells() -> None:
    path = FIXTURES / "commune_kh_staff_units_lang8.txt"
    text = json.dumps(parse_bytes(path.read_bytes(), source=path.name).to_dict(), ensure_ascii=False)
    # ("tại Nhà văn hóa thôn Tây": the building where the meetings are held)
    assert '"unit": "Nhà văn hóa thôn Tây"' not in text
    for unit in (
        "Bộ phận Một cửa",
        "Nhà văn hóa thôn Đông",
        "Công đoàn ngành Giáo dục",
        "Bảo tàng Chứng tích chiến tranh",
        "Nhà Văn hóa Thanh niên tỉnh",
    ):
        assert f'"unit": "{unit}"' in text


def test_a_branchs_trade_union_named_bare_owns_the_work_it_opens() -> None:
    assert _roles("Công đoàn ngành phối hợp với Văn phòng Sở tổ chức hội thao.") == [
        ("Công đoàn ngành", "lead"),
        ("Văn phòng Sở", "coordinate"),
    ]
    assert _units("Công đoàn ngành Y tế phát động thi đua.") == ["Công đoàn ngành Y tế"]
    assert _units("Tổ chức Đại hội Công đoàn ngành lần thứ V.") == []
