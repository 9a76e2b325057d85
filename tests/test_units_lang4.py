"""The language of owners, fourth pass (helper 87, round 13): "các tỉnh ủy" in a central document,
short names of departments, boards of an association's committee, bodies of a hamlet whose noun
has two words or that is named, and a member school named with its university."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units

_CENTRAL = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 12-HD/BTCTW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 05 tháng 3 năm 2026

HƯỚNG DẪN
về rà soát đội ngũ cán bộ

1. Đề nghị các tỉnh ủy chỉ đạo rà soát đội ngũ cán bộ, báo cáo Ban Tổ chức Trung ương trước ngày 30/6/2026.
2. Các Thành ủy trực thuộc Trung ương hoàn thành việc kiện toàn trước ngày 31/7/2026.
"""


def test_the_committees_of_the_provinces_are_not_the_issuers() -> None:
    doc = parse_bytes(_CENTRAL.encode("utf-8"), source="central.txt").to_dict()
    owners = [a["canonical"] for d in doc["deadlines"] for a in d["assignees"]]
    assert "Tỉnh ủy" not in owners
    assert owners[0] == "Các tỉnh ủy"
    # one committee written in lower case after a title keeps its name
    assert _units("Chánh văn phòng tỉnh ủy ký thừa lệnh.") == ["Chánh Văn phòng Tỉnh ủy"]


def test_short_names_of_departments() -> None:
    got = _units("Sở TC, Sở NV, Sở XD, Sở TP, Sở YT, Sở CT, Sở NgV, Sở KH&CN, Sở GD&ĐT, Sở VHTTDL báo cáo.")
    assert got == [
        "Sở Tài chính",
        "Sở Nội vụ",
        "Sở Xây dựng",
        "Sở Tư pháp",
        "Sở Y tế",
        "Sở Công Thương",
        "Sở Ngoại vụ",
        "Sở Khoa học và Công nghệ",
        "Sở Giáo dục và Đào tạo",
        "Sở Văn hóa, Thể thao và Du lịch",
    ]


def test_boards_of_an_association_and_of_a_party_committee() -> None:
    assert _roles("Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với Ban Dân vận Đảng ủy xã thực hiện.") == [
        ("Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh", "lead"),
        ("Ban Dân vận Đảng ủy xã", "coordinate"),
    ]
    # a board's word without a body after it is no unit ("ban tổ chức hội nghị")
    assert _units("Ban Tổ chức hội nghị và Ban Kinh tế chuẩn bị tài liệu.") == []


def test_bodies_of_a_hamlet() -> None:
    assert _units("Chi hội Phụ nữ khu phố 3 vận động.") == ["Chi hội Phụ nữ khu phố 3"]
    assert _units("Chi đoàn tổ dân phố Tân Lập ra quân.") == ["Chi đoàn tổ dân phố Tân Lập"]
    assert _units("Chi đoàn thôn ra quân.") == []
    assert _units("Chi bộ thôn, tổ dân phố Đông Hòa tổ chức sinh hoạt.") == ["Chi bộ thôn, tổ dân phố Đông Hòa"]


def test_a_member_school_with_its_university() -> None:
    assert _units("Trường Đại học Công nghệ - Đại học Quốc gia Hà Nội chủ trì.") == [
        "Trường Đại học Công nghệ - Đại học Quốc gia Hà Nội"
    ]
    assert _units("Trường Đại học Y Dược - Sở Y tế phối hợp.") == ["Trường Đại học Y Dược", "Sở Y tế"]


def test_fixture_owners() -> None:
    path = FIXTURES / "units_lang4_farmers_union.txt"
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    got = {d["section"]: [(a["canonical"], a["role"]) for a in d["assignees"]] for d in doc["deadlines"]}
    assert got["II.1"] == [
        ("Ban Tuyên giáo và Dân vận Hội Nông dân tỉnh", "lead"),
        ("Ban Kinh tế - Xã hội Hội Nông dân tỉnh", "coordinate"),
    ]
    assert got["II.3"] == [("Chi hội Nông dân các khu phố, ấp", "assigned")]
    assert got["II.4"] == [("Chi hội Nông dân tổ dân phố Tân Lập", "assigned")]
    assert got["II.5"] == [("Sở Tài chính", "lead"), ("Sở Nông nghiệp và Môi trường", "lead")]
    assert got["II.6"][0] == ("Trường Đại học Nông Lâm - Đại học Huế", "lead")
