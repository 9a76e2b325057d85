"""The language of owners, twelfth pass (helper 118, round 24): a subjectless item of a list whose
earlier items open with one subject ("2.1. Các Bộ ... rà soát ..." then "2.2. Khẩn trương ..."), a
later "Giao ..." paragraph of an item that names nobody above, the document's closing ("Trên đây
là ...") run into the last item's paragraph, "X nơi có trụ sở ... và Y có trách nhiệm", a unit that
receives the clause's report is none of its inherited owners, a list cut by a line break after its
"và" (and a heading cut there), the officers of one hamlet ("Bí thư Chi bộ thôn 3") and a commune's
officer for agriculture and environment."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.extract.units import find_units
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units

_HEAD = (
    "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH AN GIANG                   Độc lập - Tự do - Hạnh phúc\n"
    "Số: 88/UBND-KT                  An Giang, ngày 02 tháng 4 năm 2027\n"
    "V/v triển khai chương trình chuyển đổi số\n\n"
    "Kính gửi: Sở Khoa học và Công nghệ.\n\n"
    "Ủy ban nhân dân tỉnh yêu cầu thực hiện các nội dung sau:\n"
)
_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Minh\n"


def _doc_owners(body: str) -> dict[str, list[tuple[str, str]]]:
    doc = parse_bytes((_HEAD + body + _TAIL).encode(), source="probe.txt").to_dict()
    return {d["section"]: [(a["unit"], a["role"]) for a in d["assignees"]] for d in doc["deadlines"]}


def _owners(name: str) -> dict[str, list[tuple[str, str]]]:
    doc = parse_bytes((FIXTURES / name).read_bytes(), source=name).to_dict()
    return {d["section"]: [(a["unit"], a["role"]) for a in d["assignees"]] for d in doc["deadlines"]}


def test_a_subjectless_item_takes_the_subject_of_the_items_before() -> None:
    got = _owners("bo_cv_sibling_items_units_lang12.txt")
    assert got["1.2"][0] == ("Sở Nội vụ", "assigned")
    # (the unit the report goes to, or through, is none of its owners)
    assert all(u not in ("Bộ Nội vụ", "Vụ Chính quyền địa phương") for u, _ in got["1.2"])
    # (items before with two subjects: none goes on, the letter's addressees own it)
    assert got["2.3"] == [("các đồng chí Giám đốc Sở Nội vụ các tỉnh, thành phố", "assigned")]


def test_a_lead_in_that_names_the_bodies_owns_a_subjectless_item() -> None:
    text = _HEAD.replace("Ủy ban nhân dân tỉnh yêu cầu thực hiện", "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện")
    doc = parse_bytes(
        (
            text + "1. Sở Nội vụ rà soát quy trình nội bộ, hoàn thành trước ngày 30/6/2027.\n"
            "2. Hoàn thành số hóa hồ sơ trước ngày 31/12/2027.\n" + _TAIL
        ).encode(),
        source="probe.txt",
    ).to_dict()
    got = {d["section"]: [a["unit"] for a in d["assignees"]] for d in doc["deadlines"]}
    assert got["2"] == ["các sở, ngành"]


def test_the_closing_run_into_the_last_item_owns_none_of_it() -> None:
    got = _doc_owners(
        "1. Sở Nội vụ rà soát quy trình nội bộ của các cơ quan.\n"
        "2. Khẩn trương số hóa hồ sơ, hoàn thành trước ngày 31/12/2027. Trên đây là ý kiến của Ủy ban nhân"
        " dân tỉnh, đề nghị Văn phòng Ủy ban nhân dân tỉnh theo dõi, tổng hợp.\n"
    )
    # (the letter's addressee, a body: the subject of the item before does not go on)
    assert got["2"] == [("Sở Khoa học và Công nghệ", "assigned")]


def test_a_later_giao_paragraph_names_the_owners_of_the_item() -> None:
    got = _doc_owners(
        "1. Thống nhất chủ trương xây dựng kho dữ liệu dùng chung, bảo đảm hoàn thành trước ngày 30/9/2027.\n\n"
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng triển khai theo đúng quy định.\n\n"
        "2. Sở Nội vụ rà soát quy trình nội bộ, hoàn thành trước ngày 31/12/2027.\n"
    )
    assert got["1"][:2] == [("Sở Tài chính", "lead"), ("Sở Xây dựng", "coordinate")]
    assert got["2"] == [("Sở Nội vụ", "assigned")]


def test_a_subject_named_with_its_place_and_another() -> None:
    assert _roles("Cấp ủy cấp xã nơi có trụ sở Trung tâm và Ban Giám đốc Trung tâm có trách nhiệm kiểm tra.") == [
        ("Cấp ủy cấp xã", "assigned"),
        ("Ban Giám đốc Trung tâm", "assigned"),
    ]
    assert _roles("Công an xã nơi người đó cư trú và UBND xã có trách nhiệm quản lý.") == [
        ("Công an xã", "assigned"),
        ("Ủy ban nhân dân xã", "assigned"),
    ]


def test_a_list_over_a_line_break_after_its_and() -> None:
    text = "Ban Xây dựng Đảng, Văn phòng Đảng ủy và\nChi bộ Công an xã thực hiện tự kiểm tra."
    assert [r for _, r in _roles(text)] == ["assigned"] * 3
    # (a line that ends with a name, no "và": two clauses)
    assert _roles("Tổng hợp ý kiến của Văn phòng Đảng ủy\nChi bộ Công an xã thực hiện tự kiểm tra.")[0][1] == "mention"


def test_the_officers_of_one_hamlet() -> None:
    assert _units("Đồng chí Bí thư Chi bộ tổ dân phố số 5 chịu trách nhiệm.") == ["Bí thư chi bộ tổ dân phố số 5"]
    assert _units("Bí thư Chi bộ thôn Đông Hòa tổ chức hội nghị.") == ["Bí thư chi bộ thôn Đông Hòa"]
    assert _units("Chi ủy thôn 3 họp.") == ["Chi ủy thôn 3"]
    assert _units("Bí thư chi bộ chịu trách nhiệm báo cáo.") == ["Bí thư chi bộ"]
    assert _units("Công chức Nông nghiệp - Môi trường xã chủ trì.") == ["Công chức Nông nghiệp - Môi trường xã"]


def test_the_fixtures_owners() -> None:
    party = _owners("party_kh_commune_units_lang12.txt")
    assert party["II.5"] == [("Đồng chí Bí thư Chi bộ thôn Tân Hòa", "assigned")]
    # (a heading cut after the "và" of its list: the list goes on in the paragraph)
    assert [u for u, _ in party["II.6"]] == [
        "Ban Xây dựng Đảng",
        "Văn phòng Đảng ủy",
        "Ủy ban Kiểm tra Đảng ủy xã",
        "Đảng ủy Quân sự xã",
        "Chi bộ Công an xã",
    ]
    assert party["II.7"] == [("Cấp ủy cơ sở", "assigned"), ("Ủy ban Kiểm tra Đảng ủy xã", "assigned")]
    assert party["III.2"] == [("Công chức Nông nghiệp - Môi trường xã", "lead")]


def test_a_heading_cut_inside_a_units_name() -> None:
    got = _doc_owners(
        "**1. Sở\nTài chính **(cơ quan chủ trì)\n\n"
        "- Phối hợp với Sở Xây dựng lập dự toán kinh phí, hoàn thành trước ngày 30/6/2027.\n\n"
        "**2. Sở\nNội vụ, Sở Tư pháp**\n\n"
        "- Rà soát quy trình nội bộ, hoàn thành trước ngày 31/12/2027.\n"
    )
    assert ("Sở Tài chính", "lead") in got["1"]
    assert [u for u, _ in got["2"]] == ["Sở Nội vụ", "Sở Tư pháp"]


def test_a_comrade_named_with_two_offices_is_one_person() -> None:
    text = "Đồng chí Phạm Văn Hải, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng, chỉ đạo đại hội điểm."
    assert [u.raw for u in find_units(text)] == [
        "Đồng chí Phạm Văn Hải, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng"
    ]
    # (a comma before another office or unit: a list of persons goes on)
    text = "Đồng chí Nguyễn Văn An, Chủ tịch UBND xã, Trưởng Công an xã, Bí thư Đoàn xã phối hợp."
    assert len(find_units(text)) == 3
