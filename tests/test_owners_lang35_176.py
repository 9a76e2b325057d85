"""Owners, fifth pass (helper 176, round 35): an item that opens with a verb of guiding under its
guide ("Sở Khoa học và Công nghệ" / "- Hướng dẫn UBND các xã ... trước ngày ..."), a list of units on
lines of their own whose last item the work runs on, and the closing on difficulties after a list's
last item ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc thì báo cáo ..."), read in a
province's plan after the 2025 reorganisation, a ministry's letter, a commune Party committee's plan
and a commune's plan."""

from __future__ import annotations

from units_support import fixture_owners
from units_support import roles_of as _roles

UBND = "ubnd_kh_two_level_owners_lang35_176.txt"
BO = "bo_cv_units_on_lines_lang35_176.txt"
PARTY = "party_xa_kh_resolution_lang35_176.txt"
XA = "xa_kh_disaster_owners_lang35_176.txt"


_owners = fixture_owners


# ---------------------------------------------------------------- the guide named above the clause


def test_an_item_that_guides_under_its_guide_gives_the_guided_the_work() -> None:
    assert _roles("Hướng dẫn Ủy ban nhân dân các xã số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.") == [
        ("Ủy ban nhân dân các xã", "assigned")
    ]
    assert _owners(UBND, "III.2", "2027-08-30") == [
        ("Sở Khoa học và Công nghệ", "lead"),
        ("Ủy ban nhân dân các xã, phường, đặc khu", "assigned"),
    ]
    # "Hướng dẫn, đôn đốc ...": two verbs of guiding
    assert _owners(UBND, "III.2", "2027-09-15") == [
        ("Sở Khoa học và Công nghệ", "lead"),
        ("Các xã, phường, đặc khu", "assigned"),
    ]
    # the guide in parentheses after the task
    assert _owners(UBND, "II.14", "2027-04-30") == [
        ("Ủy ban nhân dân các xã, phường, đặc khu", "assigned"),
        ("Sở Khoa học và Công nghệ", "lead"),
    ]
    # the guide of the clause before (a Party committee's board under its heading)
    assert _owners(PARTY, "III.1", "2027-04-10") == [
        ("Ban Xây dựng Đảng Đảng ủy", "lead"),
        ("Các chi bộ", "assigned"),
    ]


def test_establishments_guided_and_the_guides_compiling_leave_the_guide_the_task() -> None:
    assert _owners(UBND, "III.2", "2027-09-30") == [("Sở Khoa học và Công nghệ", "assigned")]
    assert _roles("Sở Văn hóa, Thể thao và Du lịch hướng dẫn các thôn đăng ký, tổng hợp trước ngày 20/02/2027.") == [
        ("Sở Văn hóa, Thể thao và Du lịch", "supervisor"),
        ("Các thôn", "mention"),
    ]


# ---------------------------------------------------------------- a list of units on lines of their own


def test_units_listed_on_lines_of_their_own_own_the_work_the_last_one_runs_on() -> None:
    assert _owners(BO, "9", "2027-06-15") == [
        ("Viện Chiến lược, Chính sách khoa học và công nghệ", "assigned"),
        ("Cục Sở hữu trí tuệ", "assigned"),
        ("Cục Đổi mới sáng tạo", "assigned"),
    ]
    # each item a paragraph of its own, the work a paragraph in small letters after the last
    assert _owners(BO, "10", "2027-07-31") == [
        ("Sở Tài chính các tỉnh, thành phố", "assigned"),
        ("Sở Nội vụ các tỉnh, thành phố", "assigned"),
        ("Trung tâm Phục vụ hành chính công các tỉnh, thành phố", "assigned"),
    ]


def test_central_bodies_keep_their_roles() -> None:
    assert _owners(BO, "3", "2027-04-30") == [
        ("Cục Bưu điện Trung ương", "lead"),
        ("Vụ Pháp chế", "coordinate"),
        ("Văn phòng Bộ", "coordinate"),
    ]
    assert _owners(BO, "6", "2027-11-30") == [
        ("Ban Chính sách, chiến lược Trung ương", "lead"),
        ("Bộ Khoa học và Công nghệ", "coordinate"),
    ]


# ---------------------------------------------------------------- the list's closing


def test_the_closing_on_difficulties_after_the_last_item_is_the_whole_lists() -> None:
    # (not only "2. Các thôn, tổ dân phố", the last item's heading)
    assert _owners(XA, "II.2", "2027-12-20") == [
        ("Phòng Kinh tế", "assigned"),
        ("Các thôn, tổ dân phố", "assigned"),
    ]
    # (not the three Party bodies the last item asks to direct)
    got = _owners(UBND, "III.3", "2027-12-25")
    assert ("Sở Nông nghiệp và Môi trường", "assigned") in got
    assert ("Sở Khoa học và Công nghệ", "assigned") in got
    assert not any(role == "director" for _, role in got)


def test_an_items_own_condition_stays_the_items() -> None:
    # "- Trường hợp phát hiện vướng mắc ... thì báo cáo ..." as a labelled item of the list's first
    # item is that item's
    assert _owners(UBND, "III.1", "2027-08-15") == [("Sở Nông nghiệp và Môi trường", "assigned")]


# ---------------------------------------------------------------- persons and the reorganised units


def test_persons_and_new_units_as_owners() -> None:
    assert _owners(UBND, "II.12", "2027-06-30") == [
        ("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", "director"),
        ("Công an xã", "lead"),
    ]
    assert _owners(UBND, "II.10", "2027-09-30") == [
        ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "director"),
        ("Các sở, ngành", "assigned"),
    ]
    assert _owners(PARTY, "III.4", "2027-04-30") == [("Bí thư chi bộ", "assigned")]
    assert _owners(XA, "I.3", "2027-06-30") == [
        ("Ban Chỉ huy Quân sự xã", "lead"),
        ("Công an xã", "coordinate"),
        ("Trạm Y tế xã", "coordinate"),
    ]


def test_the_unit_in_parentheses_that_does_the_item_owns_it() -> None:
    assert _owners(UBND, "II.16", "2027-12-31") == [("Thanh tra tỉnh", "assigned")]
    assert _owners(UBND, "II.17", "2027-11-30") == [("Sở Nội vụ", "assigned")]
