"""The owners of a commune Party committee's plan, fourteenth pass (helper 132, round 27): a body
whose work is to inspect ("Ủy ban Kiểm tra Đảng ủy xã kiểm tra, giám sát ...") owns the inspection
it is the subject of, beside the units of its clause (it was a supervisor, dropped when another unit
owned the clause); its watch over others ("theo dõi, đôn đốc") stays a supervisor's; a congress's
steering committee ("Ban Chỉ đạo Đại hội Đảng bộ xã") is one unit that directs; the committee of
every Party cell ("Chi ủy các chi bộ thôn") is one owner; a commune officer named by one field of
the title ("Công chức địa chính xã") keeps the whole role; persons an opening phrase names as its
object ("Quán triệt đến cán bộ, công chức, viên chức ...") are no subject; the unit of a bare "phối
hợp" after the clause of any owner across ";" helps it ("Giao Sở X rà soát ...; Sở Y phối hợp")."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units

_NAME = "party_kh_commune_inspection_lang14.txt"


def _owners() -> dict[str, list[tuple[str, str]]]:
    doc = parse_bytes((FIXTURES / _NAME).read_bytes(), source=_NAME).to_dict()
    return {t["section"]: [(a["unit"], a["role"]) for a in t["owners"]] for t in doc["tasks"]}


def test_an_inspection_body_owns_its_inspection_beside_others() -> None:
    got = _roles("Ủy ban Kiểm tra Đảng ủy xã giám sát việc kê khai tài sản, Văn phòng Đảng ủy tổng hợp hồ sơ.")
    assert got[0] == ("Ủy ban Kiểm tra Đảng ủy xã", "lead")
    assert _roles("Đoàn kiểm tra liên ngành kiểm tra, giám sát việc khắc phục.") == [("Đoàn kiểm tra liên ngành", "lead")]
    # (a body that does not inspect for a living watches over the work: a supervisor, as before)
    assert _roles("Sở Nội vụ kiểm tra, giám sát việc thực hiện.") == [("Sở Nội vụ", "supervisor")]
    assert _roles("Ủy ban Kiểm tra Huyện ủy theo dõi, đôn đốc việc thực hiện.") == [
        ("Ủy ban Kiểm tra Huyện ủy", "supervisor")
    ]


def test_the_boards_of_a_congress_and_the_committees_of_the_cells() -> None:
    assert _units("Ban Chỉ đạo Đại hội Đảng bộ tỉnh lần thứ XVIII họp phiên thứ nhất.") == [
        "Ban Chỉ đạo Đại hội Đảng bộ tỉnh"
    ]
    assert _units("Chi ủy các chi bộ tổ chức sinh hoạt.") == ["Chi ủy các chi bộ"]
    # (the committee of one hamlet, and the committee and the cells listed, as before)
    assert _units("Chi ủy thôn 3 họp.") == ["Chi ủy thôn 3"]
    assert _units("Chi ủy, chi bộ thôn, tổ dân phố tổ chức sinh hoạt.") == ["Chi ủy, chi bộ các thôn, tổ dân phố"]


def test_a_commune_officer_by_one_field() -> None:
    assert _units("Công chức Địa chính rà soát hồ sơ.") == ["Công chức Địa chính"]
    assert _units("Công chức văn phòng phường tổng hợp báo cáo.") == ["Công chức Văn phòng phường"]
    # (the two-field titles read as before; small letters after a list of staff are no unit)
    assert _units("Công chức văn hóa - xã hội xã tổ chức tuyên truyền.") == ["Công chức Văn hóa - Xã hội xã"]
    assert _units("Bồi dưỡng cán bộ, công chức xây dựng năm 2027.") == []


def test_the_plans_owners() -> None:
    got = _owners()
    assert got["II.1"] == [("Ủy ban Kiểm tra Đảng ủy xã", "lead")]
    assert got["II.2"][0] == ("Ủy ban Kiểm tra Đảng ủy xã", "lead")
    assert got["II.3"] == [("Ban Chỉ đạo Đại hội Đảng bộ xã", "director"), ("các chi bộ", "assigned")]
    assert got["II.4"] == [("Chi ủy các chi bộ thôn", "assigned")]
    assert got["II.5"] == [("Cấp ủy các chi bộ trực thuộc", "assigned")]
    assert got["II.6"] == [("Công chức địa chính xã", "lead"), ("Trưởng thôn", "coordinate")]
    assert got["II.7"] == [("Các chi bộ", "assigned")]
    assert got["II.8"] == [("Ủy ban Kiểm tra Đảng ủy xã", "lead")]


def test_persons_an_opening_phrase_names_as_its_object() -> None:
    # ("Quán triệt đến cán bộ, công chức, viên chức ...": the staff the heading's owners brief, no
    # owner of their own; the heading's owners own the item)
    head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 15/CT-UBND\nQuảng Trị, ngày 10 tháng 02 năm 2027\nCHỈ THỊ\nVề kỷ cương\n\n"
    body = (
        "1. Thủ trưởng các sở, ban, ngành:\n"
        "a) Quán triệt đến cán bộ, công chức, viên chức nội dung Chỉ thị này, hoàn thành trước ngày 28/02/2027.\n"
        "b) Tập huấn cho giáo viên chủ nhiệm, giáo viên bộ môn nắm vững quy chế, hoàn thành trước ngày 30/9/2027.\n"
        "2. Hằng năm, giảng viên hoàn thành kế hoạch bồi dưỡng trước ngày 31/12/2027.\n"
    )
    doc = parse_bytes((head + body + "\nCHỦ TỊCH\nVõ Văn Hưng\n").encode(), source="p.txt").to_dict()
    got = {t["section"]: [a["unit"] for a in t["owners"]] for t in doc["tasks"]}
    assert got["1.a"] == ["Thủ trưởng các sở, ban, ngành"]
    assert got["1.b"] == ["Thủ trưởng các sở, ban, ngành"]
    # (an opening phrase of time before a person: the person is the subject, as before)
    assert got["2"] == ["giảng viên"]


def test_a_bare_phoi_hop_after_the_clause_of_any_owner() -> None:
    # ("Giao Sở X rà soát ...; Sở Y phối hợp", "Sở X kiểm tra ...; UBND các xã phối hợp": the unit of a
    # bare "phối hợp" helps the owner of the clause before; was the lead, and the owner before lost)
    assert _roles("Giao Sở Tài chính rà soát dự toán; Sở Nội vụ phối hợp thực hiện.") == [
        ("Sở Tài chính", "lead"),
        ("Sở Nội vụ", "coordinate"),
    ]
    assert _roles("Sở Xây dựng kiểm tra hiện trạng; UBND các xã phối hợp, báo cáo trước ngày 31/7/2027.") == [
        ("Sở Xây dựng", "assigned"),
        ("Ủy ban nhân dân các xã", "coordinate"),
    ]
    # (a task of its own after "phối hợp", or a partner named after it: its own lead, as before)
    assert _roles("Sở Y tế tổ chức hội thi; Công an tỉnh phối hợp bảo đảm an ninh.")[1] == ("Công an tỉnh", "lead")
    assert _roles("Sở Tài chính rà soát dự toán; Sở Nội vụ phối hợp với Sở Tư pháp thẩm định.")[1] == ("Sở Nội vụ", "lead")
    head = "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 99/UBND-KT\nGia Lai, ngày 05 tháng 3 năm 2027\nV/v dự toán\n\n"
    body = (
        "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
        "1. Ủy ban Kiểm tra Đảng ủy xã kiểm tra, giám sát việc thực hiện; Văn phòng Đảng ủy phối hợp, hoàn thành"
        " trước ngày 30/6/2027.\n"
        "2. Sở Xây dựng kiểm tra hiện trạng công trình; UBND các xã phối hợp, báo cáo trước ngày 31/7/2027.\n"
    )
    doc = parse_bytes((head + body + "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nRơ Mah Tuấn\n").encode(), source="p.txt").to_dict()
    got = {t["section"]: [(a["unit"], a["role"]) for a in t["owners"]] for t in doc["tasks"]}
    assert got["1"] == [("Ủy ban Kiểm tra Đảng ủy xã", "lead"), ("Văn phòng Đảng ủy", "coordinate")]
    assert got["2"] == [("Sở Xây dựng", "assigned"), ("UBND các xã", "coordinate")]
