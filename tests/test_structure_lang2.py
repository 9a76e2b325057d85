"""The section tree and the header, second pass (round 11): an item numbered after its part's
numeral and closed by a hyphen ("I.1- Sở ..."), a letter's full stop with no blank after it
("a.Sở ..."), numerals in parentheses under a letter in parentheses ("(h) ... sau:" / "(i)"), a
year split by a blank in the date line, the addressees of a header written in small letters."""

from __future__ import annotations

import ndq57
from section_support import paths, tree


def test_part_items_closed_by_a_hyphen_and_glued_letters() -> None:
    text = (
        "I. NHIỆM VỤ\n"
        "I.1- Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 30/4/2027.\n"
        "I.2- Sở Nội vụ thực hiện các việc sau:\n"
        "a.Rà soát biên chế trước ngày 15/5/2027.\n"
        "b.Tổng hợp kết quả trước ngày 30/5/2027.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Văn phòng tổng hợp.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["I", "I.1", "I.2", "I.2.a", "I.2.b", "II"]
    assert roots[0].children[1].children[0].text.startswith("Rà soát biên chế")


def test_a_name_glued_to_a_letter_is_no_item() -> None:
    # "e.Office" is the name of software, on a line of the paragraph above
    text = "1. Văn phòng hướng dẫn sử dụng phần mềm\ne.Office cho các phòng, ban.\n"
    roots = tree(text)
    assert paths(roots) == ["1"]
    assert "e.Office" in (roots[0].heading or "") + " " + roots[0].text


def test_numerals_under_a_letter_in_parentheses() -> None:
    text = (
        "1. Phân công\n"
        "(a) Sở Y tế báo cáo trước ngày 30/6/2027.\n"
        "(b) Sở Giáo dục và Đào tạo thực hiện các việc sau:\n"
        "(i) Rà soát học bạ số trước ngày 20/5/2027.\n"
        "(ii) Cập nhật cơ sở dữ liệu trước ngày 30/5/2027.\n"
        "(c) Sở Nội vụ tổng hợp kết quả.\n"
    )
    assert paths(tree(text)) == ["1", "1.(a)", "1.(b)", "1.(b).(i)", "1.(b).(ii)", "1.(c)"]


def test_numerals_under_h_are_its_children() -> None:
    letters = "abcdđegh"
    lines = [f"({x}) Sở thứ {n} báo cáo trước ngày {n}/6/2027." for n, x in enumerate(letters, 1)]
    lines[-1] = "(h) Sở Giáo dục và Đào tạo thực hiện các việc sau:"
    text = "1. Phân công\n" + "\n".join(lines) + "\n(i) Rà soát học bạ số.\n(ii) Cập nhật dữ liệu.\n"
    roots = tree(text)
    h = roots[0].children[-1]
    assert h.label == "(h)"
    assert [(c.label, c.family) for c in h.children] == [("(i)", "proman"), ("(ii)", "proman")]


def test_numerals_apart_from_a_letter_keep_their_rank() -> None:
    # a list of numerals under an item "a)", with no letter in parentheses before it
    text = "1. Phân công\na) Sở Y tế thực hiện:\n(i) Rà soát.\n(ii) Cập nhật.\nb) Sở Nội vụ báo cáo.\n"
    assert paths(tree(text)) == ["1", "1.a", "1.a.(i)", "1.a.(ii)", "1.b"]


_BODY = "\n\n1. Sở Tài chính tổng hợp kết quả, báo cáo trước ngày 20/12/2026.\n\nNơi nhận:\n- Lưu: VT.\n"


def test_year_split_by_a_blank_in_capitals_header() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/UBND-VP\nV/v rà soát hộ nghèo\nTân Phú, ngày 5 tháng 12 năm 20 26\n\nKính gửi: Các thôn."
    )
    doc = ndq57.parse(text + _BODY).document
    assert (doc.place, doc.date) == ("Tân Phú", "2026-12-05")


def test_addressees_of_a_lower_case_header() -> None:
    text = (
        "ủy ban nhân dân\ntỉnh quảng trị\ncộng hòa xã hội chủ nghĩa việt nam\nđộc lập - tự do - hạnh phúc\n"
        "số: 77/ubnd-vp\nv/v triển khai chuyển đổi số\nquảng trị, ngày 3 tháng 12 năm 2026\n\n"
        "kính gửi: sở tài chính; sở nội vụ; ủy ban nhân dân các xã."
    )
    doc = ndq57.parse(text + _BODY).document
    assert doc.recipients == ["Sở Tài chính", "Sở Nội vụ", "Ủy ban nhân dân các xã"]


def test_addressees_listed_one_a_line_in_small_letters() -> None:
    text = (
        "ủy ban nhân dân\nxã tân phú\ncộng hòa xã hội chủ nghĩa việt nam\nđộc lập - tự do - hạnh phúc\n"
        "số: 78/ubnd-vp\nv/v rà soát dữ liệu dân cư\ntân phú, ngày 3 tháng 12 năm 2026\n\n"
        "kính gửi:\n- công an xã;\n- trạm y tế xã;\n- các thôn."
    )
    doc = ndq57.parse(text + _BODY).document
    assert doc.recipients == ["Công an xã", "Trạm Y tế xã", "Các thôn"]


def test_addressees_in_capitals_are_left_as_written() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 79/UBND-VP\nV/v rà soát\nTân Phú, ngày 3 tháng 12 năm 2026\n\nKính gửi:\n- công an xã;\n- Các thôn."
    )
    doc = ndq57.parse(text + _BODY).document
    assert doc.recipients == ["công an xã", "Các thôn"]


def test_numbers_glued_to_a_capitalised_word_open_items() -> None:
    # a typist left out the blank after the label's full stop: each line still opens an item
    text = (
        "II. NHIỆM VỤ\n"
        "1.Sở Tài chính bố trí kinh phí.\n"
        "1.1.Sở Tài chính thẩm định dự toán.\n"
        "1.2.Kho bạc Nhà nước giải ngân.\n"
        "2.Sở Nội vụ rà soát biên chế.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["II", "II.1", "II.1.1", "II.1.2", "II.2"]
    assert roots[0].children[0].children[1].text == "Kho bạc Nhà nước giải ngân."


def test_a_figure_at_a_line_start_opens_no_item() -> None:
    text = "II. NHIỆM VỤ\nSở Tài chính bố trí kinh phí\n1.500 triệu đồng cho các xã.\n"
    assert paths(tree(text)) == ["II"]


def test_article_headings_in_a_text_of_short_lines() -> None:
    # a regulation copied one paragraph a line, most of them short: the article's heading line
    # stays a heading, the article's text its own paragraph
    text = (
        "Chương I\nQUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Quy chế này quy định việc phối hợp giữa các sở, ngành và Ủy ban nhân dân các xã.\n"
        "Điều 2. Đối tượng áp dụng\n"
        "1. Các sở, ngành.\n"
        "2. Ủy ban nhân dân các xã.\n"
        "Điều 3. Trách nhiệm của Sở Xây dựng\n"
        "Kiểm tra định kỳ hằng năm.\n"
    )
    roots = tree(text)
    arts = roots[0].children
    assert [(a.label, a.heading) for a in arts] == [
        ("Điều 1", "Phạm vi điều chỉnh"),
        ("Điều 2", "Đối tượng áp dụng"),
        ("Điều 3", "Trách nhiệm của Sở Xây dựng"),
    ]
    assert arts[0].text.startswith("Quy chế này") and arts[2].text == "Kiểm tra định kỳ hằng năm."


def test_an_article_wrapped_in_a_hard_wrapped_text_stays_one_paragraph() -> None:
    # the article's first line, a hard wrap, the rest on the next line starting with a capital
    line = "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành, Chủ tịch"
    text = line + "\nỦy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này.\n"
    roots = tree(text)
    assert roots[0].heading is None and "thi hành" in roots[0].text
