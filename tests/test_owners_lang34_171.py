"""Owners, fourth pass (helper 171, round 34): a time limit that opens the clause before its subject
("Trong tháng 02/2027, Phòng Kinh tế ban hành ..."), the guide that owns its guidance ("Sở X hướng
dẫn các xã, phường <work> trước ngày ..."), words that tell which of the guided are meant before
their work verb, two Party bodies each of "các sở", "Cơ quan, tổ chức đảng trực thuộc ...", a phase
heading's owners (the items of the phase), a unit's label narrowing the group a heading names; a
ministry's Quyết định to its own departments with an appendix table, and a province's Chỉ thị with
its tasks per sector under "Sở X:" labels."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units

BO = "bo_qd_departments_annex_lang34_171.txt"
CT = "ubnd_ct_sector_labels_lang34_171.txt"
CT_BOLD = "ubnd_ct_bold_sector_labels_lang34_171.txt"
PARTY = "party_kh_bodies_lists_lang34_171.txt"


def _owners(name: str, section: str, due: str | None, phrase: str = "") -> list[tuple[str, str]]:
    path = FIXTURES / name
    doc = parse_bytes(path.read_bytes(), source=path.name)
    got = [
        d
        for d in doc.deadlines
        if d.section == section and (str(d.due) if d.due else None) == due and phrase in d.phrase
    ]
    assert len(got) == 1, (section, due, [(d.section, d.due) for d in doc.deadlines])
    return [(a.canonical, a.role) for a in got[0].assignees]


# ---------------------------------------------------------------- a time limit before the subject


def test_a_time_limit_opening_the_clause_makes_the_subject_owe_the_work() -> None:
    assert _roles("Trong tháng 02/2027, Phòng Kinh tế ban hành kế hoạch kiểm tra.") == [("Phòng Kinh tế", "assigned")]
    assert _roles("Trong quý II/2027, Sở Y tế đánh giá kết quả tiêm chủng.") == [("Sở Y tế", "assigned")]
    assert _roles("Từ nay đến hết tháng 6/2027, Sở Y tế ban hành kế hoạch tiêm chủng.") == [("Sở Y tế", "assigned")]
    assert _owners(BO, "Điều 2.3", "2027-02-28") == [("Văn phòng Bộ", "assigned")]
    assert _owners(PARTY, "II.4", "2027-03-31") == [("Ban Tuyên giáo và Dân vận Tỉnh ủy", "assigned")]
    assert _owners(CT, "3.1.a", "2027-02-28") == [
        ("Phòng Kiểm soát thủ tục hành chính thuộc Văn phòng Ủy ban nhân dân tỉnh", "assigned")
    ]


def test_a_past_or_a_date_of_record_before_the_subject_stays_a_statement() -> None:
    assert _roles("Trong tháng 6/2025, Sở Y tế đã ban hành kế hoạch.") == [("Sở Y tế", "mention")]
    assert _roles("Ngày 10/7/2025, Ban Chỉ đạo tỉnh ban hành Kế hoạch số 12/KH-BCĐ.") == [("Ban Chỉ đạo tỉnh", "mention")]
    assert _roles("Trong 06 tháng đầu năm 2025, Sở Y tế ban hành 12 văn bản.") == [("Sở Y tế", "mention")]


# ---------------------------------------------------------------- the guide owns its guidance


def test_the_guide_as_subject_owns_the_guidance_and_the_guided_the_work() -> None:
    assert _roles("Sở Nội vụ hướng dẫn các xã, phường rà soát biên chế trước ngày 30/6/2027.") == [
        ("Sở Nội vụ", "lead"),
        ("Các xã, phường", "assigned"),
    ]
    assert _owners(CT, "3.1.b", "2027-04-30") == [("Sở Tài chính", "lead"), ("Các xã, phường", "assigned")]
    assert _owners(PARTY, "II.5", "2027-05-31") == [
        ("Văn phòng Tỉnh ủy", "lead"),
        ("Các cơ quan, tổ chức đảng trực thuộc Tỉnh ủy", "assigned"),
    ]


def test_the_guide_stays_a_supervisor_with_no_time_or_no_work_of_the_guided() -> None:
    assert _roles("Sở Nội vụ hướng dẫn các xã, phường rà soát biên chế.") == [
        ("Sở Nội vụ", "supervisor"),
        ("Các xã, phường", "mention"),
    ]
    # the guidance's topic after "về": the guide's own task, no work of the guided
    assert _owners(CT, "3.1.c", "2027-05-31") == [("Sở Nội vụ", "lead")]


def test_words_telling_which_of_the_guided_before_their_work_verb() -> None:
    assert _roles(
        "Sở Y tế hướng dẫn Ủy ban nhân dân các xã có đông đồng bào dân tộc thiểu số tổ chức tiêm chủng"
        " trước ngày 30/9/2026."
    ) == [("Sở Y tế", "lead"), ("Ủy ban nhân dân các xã", "assigned")]
    # "về ..." opens the topic of the guidance, not which of the guided
    assert _roles("Sở Nội vụ hướng dẫn các xã, phường về quy trình xây dựng kế hoạch trước ngày 30/6/2027.")[1] == (
        "Các xã, phường",
        "mention",
    )
    assert ("Ủy ban nhân dân các xã", "assigned") in _owners(PARTY, "II.3", "2027-06-30")


# ---------------------------------------------------------------- Party bodies named as lists


def test_two_party_bodies_each_of_the_departments() -> None:
    assert _units("Ban cán sự đảng các sở, đảng ủy các sở thực hiện.") == ["Ban cán sự đảng các sở", "Đảng ủy các sở"]
    # a list with no body after it stays one
    assert _units("Các sở, ban, ngành các tỉnh thực hiện.")[0] == "Các sở, ban, ngành"
    assert _owners(PARTY, "II.2", "2027-06-30") == [("Ban cán sự đảng các sở", "lead"), ("Đảng ủy các sở", "lead")]


def test_the_party_s_agencies_and_organisations_without_các() -> None:
    assert _units("Cơ quan, tổ chức đảng trực thuộc Tỉnh ủy triển khai.") == [
        "Các cơ quan, tổ chức đảng trực thuộc Tỉnh ủy"
    ]
    assert _units("Cơ quan, tổ chức đảng triển khai.") == ["Các cơ quan, tổ chức đảng"]
    # the Centre's, as a Quy định of the Centre names them: no "Trung ương" of its own
    assert _units("Cơ quan, tổ chức đảng trực thuộc Trung ương và Mặt trận Tổ quốc Việt Nam quy định.") == [
        "Các cơ quan, tổ chức đảng trực thuộc Trung ương",
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
    ]
    assert _owners(PARTY, "II.1", "2027-02-28") == [("Các cơ quan, tổ chức đảng trực thuộc Tỉnh ủy", "assigned")]


# ---------------------------------------------------------------- a phase's heading


def test_a_phase_heading_is_owned_by_the_items_of_the_phase() -> None:
    assert _owners(CT, "3.1", "2027-06-30") == [
        ("Phòng Kiểm soát thủ tục hành chính thuộc Văn phòng Ủy ban nhân dân tỉnh", "assigned"),
        ("Sở Tài chính", "lead"),
        ("Các xã, phường", "assigned"),
        ("Sở Nội vụ", "lead"),
    ]
    assert _owners(CT, "3.2", "2027-12-31") == [
        ("Ủy ban nhân dân các xã, phường", "assigned"),
        ("Sở Khoa học và Công nghệ", "assigned"),
    ]
    owners = _owners("so_kh_nq57_phases_lang33.txt", "II.1", "2026-06-30")
    assert ("Phòng Chuyển đổi số", "lead") in owners and ("Văn phòng Sở", "lead") in owners


# ---------------------------------------------------------------- a unit's label under a group's heading


def test_a_unit_label_narrows_the_group_a_heading_names() -> None:
    # (not "Các sở, ngành" of the heading "1. Các sở, ngành ... thực hiện các nội dung sau:")
    assert _owners(CT_BOLD, "1", "2027-06-30", "trước ngày") == [("Sở Công Thương", "assigned")]
    assert _owners(CT_BOLD, "1", "2027-06-30", "quý II") == [("Sở Nông nghiệp và Môi trường", "assigned")]
    # (helper 176: the item opens with "Hướng dẫn": the label's unit guides, the guided do the work)
    assert _owners(CT_BOLD, "1", "2027-05-31") == [
        ("Sở Nông nghiệp và Môi trường", "lead"),
        ("Ủy ban nhân dân các xã", "assigned"),
    ]
    assert _owners(CT_BOLD, "1", "2027-04-30") == [("Sở Y tế", "lead")]


# ---------------------------------------------------------------- a ministry's departments


def test_a_ministry_s_departments_own_its_decision_and_its_annex() -> None:
    assert _owners(BO, "Điều 2.1", "2027-09-30") == [
        ("Cục Thông tin, Thống kê", "lead"),
        ("Các đơn vị thuộc Bộ", "coordinate"),
    ]
    assert _owners(BO, "Điều 2.2", "2027-03-31") == [("Vụ Kế hoạch - Tài chính", "assigned")]
    assert _owners(BO, "Điều 2.4", "2027-12-31") == [("Thanh tra Bộ", "assigned")]
    assert _owners(BO, "Phụ lục.3", "2027-11-30") == [("Thanh tra Bộ", "lead"), ("Cục Thông tin, Thống kê", "coordinate")]
    assert _owners(BO, "Phụ lục.5", None) == [("Vụ Tổ chức cán bộ", "lead"), ("Cục Thông tin, Thống kê", "coordinate")]
