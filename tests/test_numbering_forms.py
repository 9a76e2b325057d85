"""Numbering forms of the section tree seen in directives of other provinces, ministries and Party
committees: items numbered by words ("Thứ nhất, ...", "Một là, ..."), letters in parentheses
("(a)"), parts of an appendix numbered under it ("Phụ lục 1.2") and forms numbered under a form
("Biểu 02.1", "Mẫu 6.1"). The fixtures numbering_*.txt show them in whole documents."""

from __future__ import annotations

import pytest

from ndq57.parse.sections import match_numbering, opens_word_item
from section_support import paths, tree

# (paragraph, (family, label)) or None when the paragraph starts with no numbering
PHRASES: list[tuple[str, tuple[str, str] | None]] = [
    ("Thứ nhất, các cấp ủy tăng cường lãnh đạo", ("ordinal", "Thứ nhất")),
    ("Thứ hai: Ban Tuyên giáo xây dựng đề cương", ("ordinal", "Thứ hai")),
    ("THỨ TƯ, các đảng ủy xã chỉ đạo", ("ordinal", "Thứ tư")),
    ("Thứ nhất là, rà soát nhân sự", ("ordinal", "Thứ nhất")),
    ("Thứ mười một, tổng kết", ("ordinal", "Thứ mười một")),
    ("Một là, nâng cao chất lượng sinh hoạt chi bộ", ("cardinal", "Một là")),
    ("Hai là: đẩy mạnh chuyển đổi số", ("cardinal", "Hai là")),
    ("BA LÀ, tăng cường kiểm tra", ("cardinal", "Ba là")),
    ("(a) Sở Nội vụ chủ trì", ("letter", "(a)")),
    ("(đ) Các xã, phường báo cáo", ("letter", "(đ)")),
    ("a. Sở Y tế chủ trì, hoàn thành trong tháng 5", ("letter", "a")),
    ("(2) Sở Xây dựng thẩm định", ("paren", "(2)")),
    ("2.1) Sở Tài chính thẩm định", ("decimal", "2.1")),
    ("2.1.3) Các xã báo cáo", ("decimal", "2.1.3")),
    ("Phụ lục 1.1", ("appendix", "Phụ lục I.1")),
    ("PHỤ LỤC II.3: DANH MỤC DỰ ÁN", ("appendix", "Phụ lục II.3")),
    ("Biểu số 02.1", ("appendix", "Biểu 02.1")),
    ("Mẫu 6.1. Giấy chứng nhận", ("appendix", "Mẫu 6.1")),
    # not items: a weekday, "là" as a verb, a word inside a sentence, a lower-case start
    ("Thứ hai tuần sau họp giao ban", None),
    ("Một là thành viên của Ban Chỉ đạo", None),
    ("Hai lần mỗi năm", None),
    ("thứ nhất, các cấp ủy", None),
    ("(ab) ký hiệu", None),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES, ids=[p[0][:30] for p in PHRASES])
def test_phrases(text: str, expected: tuple[str, str] | None) -> None:
    got = match_numbering(text)
    assert (None if got is None else (got.family, got.label)) == expected


def test_a_lone_form_number_is_still_the_form() -> None:
    got = match_numbering("Phụ lục 1. Danh mục nhiệm vụ")
    assert got is not None and got.label == "Phụ lục I"
    assert match_numbering("Biểu số 01/BC-UBND") is not None
    assert match_numbering("Biểu số 01/BC-UBND").label == "Biểu 01"  # type: ignore[union-attr]


def test_opens_word_item() -> None:
    assert opens_word_item("Thứ ba, Sở Tài chính ...")
    assert opens_word_item("Một là: ...")
    assert not opens_word_item("Thứ ba tuần này")
    assert not opens_word_item("Thông báo")
    assert not opens_word_item("1. Sở Tài chính")


def test_ordinal_items_under_a_part_without_blank_lines() -> None:
    text = (
        "II. NHIỆM VỤ TRỌNG TÂM\n"
        "Thứ nhất, Ban Tổ chức rà soát nhân sự, xong trước ngày 10/12/2026.\n"
        "Thứ hai, Ban Tuyên giáo ban hành đề cương.\n"
        "Thứ ba, Ủy ban Kiểm tra giải quyết đơn thư.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Văn phòng theo dõi.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["II", "II.Thứ nhất", "II.Thứ hai", "II.Thứ ba", "III"]
    assert roots[0].children[1].text.startswith("Ban Tuyên giáo")


def test_a_lone_ordinal_is_no_item() -> None:
    # ("Thứ Hai, ngày ..." a weekday: no "Thứ nhất" before it; "Thứ năm" after a part that
    # ended the list at "Thứ tư"; "Một là" with no "Hai là" after it)
    text = (
        "I. ĐÁNH GIÁ\n"
        "Thứ Hai, ngày 09/11/2026, Thường trực đã làm việc.\n"
        "Một là, kết quả còn thấp.\n"
        "II. NHIỆM VỤ\n"
        "Thứ nhất, rà soát.\n"
        "Thứ hai, tuyên truyền.\n"
        "Thứ ba, kiểm tra.\n"
        "Thứ tư, sơ kết.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Các sở báo cáo.\n"
        "Thứ năm, ngày 05/11/2026, đã có thông báo.\n"
    )
    assert paths(tree(text)) == ["I", "II", "II.Thứ nhất", "II.Thứ hai", "II.Thứ ba", "II.Thứ tư", "III"]


def test_cardinal_items_stand_under_the_innermost_item() -> None:
    text = (
        "1. Về tuyên truyền\n"
        "Một là, Trung tâm Truyền thông mở chuyên mục.\n"
        "Hai là, Ủy ban MTTQ tổng hợp ý kiến.\n"
        "2. Về kiểm tra\n"
        "Ủy ban Kiểm tra giám sát.\n"
    )
    assert paths(tree(text)) == ["1", "1.Một là", "1.Hai là", "2"]


def test_ordinal_items_hold_their_own_items() -> None:
    text = (
        "Thứ nhất, về cải cách hành chính:\n"
        "a) Sở Nội vụ rà soát.\n"
        "b) Sở Tư pháp kiểm tra.\n"
        "Thứ hai, về chuyển đổi số:\n"
        "a) Sở Khoa học và Công nghệ triển khai.\n"
    )
    assert paths(tree(text)) == ["Thứ nhất", "Thứ nhất.a", "Thứ nhất.b", "Thứ hai", "Thứ hai.a"]


def test_paren_letters_are_items_of_their_own_lines() -> None:
    text = "1. Thể thao quần chúng\n(a) Sở Văn hóa chủ trì.\n(b) Các xã duy trì câu lạc bộ.\n2. Cơ sở vật chất\n"
    roots = tree(text)
    assert paths(roots) == ["1", "1.(a)", "1.(b)", "2"]
    assert roots[0].heading == "Thể thao quần chúng"


def test_appendix_parts_and_forms_nest() -> None:
    text = (
        "PHỤ LỤC 1\n\nPhụ lục 1.1\nNHIỆM VỤ VỀ THỂ THAO\n\nPhụ lục 1.2\nNHIỆM VỤ VỀ HỌC ĐƯỜNG\n\n"
        "PHỤ LỤC 2\n\nBiểu số 02\nTỔNG HỢP\n\nBiểu số 02.1\nCHI TIẾT\n\nBiểu số 03.1\nKHÁC\n"
    )
    assert paths(tree(text)) == [
        "Phụ lục I",
        "Phụ lục I.1",
        "Phụ lục I.2",
        "Phụ lục II",
        "Phụ lục II.Biểu 02",
        "Phụ lục II.Biểu 02.1",
        "Phụ lục II.Biểu 03.1",
    ]


def test_deep_labels_closed_by_a_parenthesis() -> None:
    text = "1. Truyền thông\n1.1) Trạm Y tế xã tuyên truyền.\n1.2) Công an xã phối hợp.\n2. Giám sát\n"
    assert paths(tree(text)) == ["1", "1.1", "1.2", "2"]
