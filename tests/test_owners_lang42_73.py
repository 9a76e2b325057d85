"""Owners, round 42 (helper 73): a head written once before the fields it shares ("Sở Tài chính,
Nội vụ, Xây dựng"), the qualifier that says which communes ("các xã ven biển"), units by their short
form alone ("CDC tỉnh", "BQL các KCN"), and a Giấy mời's invited (listed over ";" or one a line),
read in a province's plan and a province's invitation of our own wording."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.extract.units import assign_roles, find_units, with_members
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles

KH = "ubnd_kh_shared_heads_lang42_73.txt"
GM = "ubnd_gm_invited_list_lang42_73.txt"


def fixture_owners(name: str, section: str | None, due: str) -> list[tuple[str, str]]:
    """The owners (as written, role) of the one deadline of ``section`` due ``due`` in a fixture."""
    path = FIXTURES / name
    doc = parse_bytes(path.read_bytes(), source=path.name)
    (got,) = [d for d in doc.deadlines if d.section == section and str(d.due) == due]
    return [(a.unit, a.role) for a in got.assignees]


def _members(text: str) -> list[tuple[str, str]]:
    return [(r.unit.unit, r.rule) for r in with_members(assign_roles(text))]


# ---------------------------------------------------------------- one head, many fields


def test_a_shared_head_is_one_unit_as_written_with_each_field_a_member() -> None:
    (u,) = find_units("Sở Tài chính, Nội vụ và Xây dựng chủ trì thẩm định.")
    assert (u.unit, u.raw) == ("Sở Tài chính, Nội vụ và Xây dựng", "Sở Tài chính, Nội vụ và Xây dựng")
    assert [(m.unit, m.raw) for m in u.members] == [
        ("Sở Tài chính", "Sở Tài chính"),
        ("Sở Nội vụ", "Nội vụ"),
        ("Sở Xây dựng", "Xây dựng"),
    ]
    assert _members("Công chức Văn hóa - Xã hội, Tư pháp - Hộ tịch phối hợp tuyên truyền.") == [
        ("Công chức Văn hóa - Xã hội, Tư pháp - Hộ tịch", "phoi_hop_subject"),
        ("Công chức Văn hóa - Xã hội", "phoi_hop_subject+member"),
        ("Công chức Tư pháp - Hộ tịch", "phoi_hop_subject+member"),
    ]
    assert [m.unit for m in find_units("Giao Phòng Kinh tế, Văn hóa - Xã hội tham mưu.")[0].members] == [
        "Phòng Kinh tế",
        "Phòng Văn hóa - Xã hội",
    ]


def test_boards_before_one_named_with_its_committee_share_it() -> None:
    (u,) = find_units("Ban Tổ chức, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp tổng hợp danh sách.")
    assert [m.unit for m in u.members] == ["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"]
    assert _members("Giao Ủy ban Kiểm tra, Văn phòng Huyện ủy chủ trì.") == [
        ("Ủy ban Kiểm tra, Văn phòng Huyện ủy", "giao_chu_tri"),
        ("Ủy ban Kiểm tra Huyện ủy", "giao_chu_tri+member"),
        ("Văn phòng Huyện ủy", "giao_chu_tri+member"),
    ]
    # with no committee after them, the issuer's own boards, each by itself
    assert [u.unit for u in find_units("Phối hợp với Văn phòng, Ban Tuyên giáo rà soát.")] == ["Văn phòng", "Ban Tuyên giáo"]


def test_a_unit_of_its_own_or_a_field_no_unit_ends_the_list() -> None:
    assert _roles("Sở Y tế, Công an tỉnh phối hợp kiểm tra.") == [("Sở Y tế", "lead"), ("Công an tỉnh", "lead")]
    assert [u.unit for u in find_units("Trong đó Sở Tài chính, Hà Nội là địa phương dẫn đầu.")] == ["Sở Tài chính"]
    # the first one named by its head alone (a cell cut short): no list
    assert [u.unit for u in find_units("Giao Sở Văn hóa, Du lịch chủ trì.")] == ["Sở Văn hóa"]


def test_the_plan_gives_each_shared_head_its_owners() -> None:
    assert fixture_owners(KH, "I.2", "2027-08-31") == [
        ("Sở Tài chính, Nội vụ, Xây dựng", "lead"),
        ("Sở Tài chính", "lead"),
        ("Sở Nội vụ", "lead"),
        ("Sở Xây dựng", "lead"),
    ]
    assert fixture_owners(KH, "I.6", "2027-11-30") == [("Sở Tài chính", "lead"), ("Công an tỉnh", "lead")]


# ---------------------------------------------------------------- which ones, and short forms


def test_the_places_a_list_is_of_stay_in_its_name() -> None:
    assert _roles("Giao UBND các xã ven biển chủ trì sơ tán dân.") == [("Ủy ban nhân dân các xã ven biển", "lead")]
    assert _roles("Các phường nội thành ra quân dọn vệ sinh.") == [("Các phường nội thành", "assigned")]
    assert find_units("Tổ chức hội nghị tại các huyện miền núi.") == []
    # (helper 79: the labelled block's list also gives each Sở by its full name, as a sentence does)
    assert fixture_owners(KH, "I.1", "2027-06-30") == [
        ("Sở Giáo dục và Đào tạo, Tài chính", "lead"),
        ("Sở Giáo dục và Đào tạo", "lead"),
        ("Sở Tài chính", "lead"),
        ("UBND các xã vùng cao", "coordinate"),
    ]


def test_units_by_their_short_form_alone() -> None:
    assert fixture_owners(KH, "I.4", "2027-09-30") == [("CDC tỉnh", "lead")]
    assert fixture_owners(KH, "I.5", "2027-10-20") == [("BQL các KCN", "lead"), ("Sở Nội vụ", "coordinate")]
    assert find_units("Kết quả nghiên cứu của CDC Hoa Kỳ được công bố.") == []


# ---------------------------------------------------------------- a Giấy mời's invited


def test_the_invited_listed_over_a_semicolon_are_all_asked() -> None:
    assert _roles("Trân trọng kính mời Giám đốc Sở Y tế; Giám đốc Sở Tài chính dự họp.") == [
        ("Giám đốc Sở Y tế", "assigned"),
        ("Giám đốc Sở Tài chính", "assigned"),
    ]
    # a sentence after the ";" is no invited one
    assert _roles("Kính mời Sở Y tế dự họp; Sở Tài chính đã có ý kiến bằng văn bản.") == [
        ("Sở Y tế", "assigned"),
        ("Sở Tài chính", "mention"),
    ]


def test_the_invited_listed_one_a_line_own_the_letter_s_request() -> None:
    assert fixture_owners(GM, None, "2027-03-17") == [
        ("Đại diện lãnh đạo Sở Y tế", "assigned"),
        ("Chủ tịch UBND các xã, phường", "assigned"),
        ("Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh", "assigned"),
    ]
    assert fixture_owners(GM, None, "2027-03-18") == [("Chủ tịch UBND các xã, phường", "assigned")]
