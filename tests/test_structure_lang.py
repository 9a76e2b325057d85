"""The section tree and the header in forms other offices and exports write (round 10): labels
closed by a colon ("II: TỔ CHỨC THỰC HIỆN", "2: Yêu cầu"), items numbered by words after a dash
("- Thứ nhất, ..."), a list lettered in parentheses past "(h)" ("(i)" the ninth letter), a header
written in small letters, the mark of the signature before the name. The fixtures
numbering_commune_kh_colon_dash_items.txt and header_lowercase_export_tb.txt show them whole."""

from __future__ import annotations

import ndq57
from section_support import paths, tree


def test_labels_closed_by_a_colon_head_parts_and_items() -> None:
    text = (
        "I: MỤC ĐÍCH, YÊU CẦU\n"
        "1: Mục đích\n"
        "Nâng cao chất lượng phục vụ người dân.\n"
        "2: Yêu cầu\n"
        "Bảo đảm đúng tiến độ.\n"
        "II: TỔ CHỨC THỰC HIỆN\n"
        "Sở Nội vụ tổng hợp kết quả, báo cáo trước ngày 15/12/2026.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["I", "I.1", "I.2", "II"]
    assert roots[0].children[0].heading == "Mục đích"
    assert roots[1].heading == "TỔ CHỨC THỰC HIỆN"
    assert roots[1].text.startswith("Sở Nội vụ")


def test_labels_set_apart_by_an_export_start_paragraphs() -> None:
    # a blank before the full stop or the colon, a hyphen set apart, a full stop and a dash: each
    # opens a paragraph under the line before, with no blank line between them
    text = (
        "II.- NHIỆM VỤ TRỌNG TÂM\n"
        "1 . Sở Tài chính bố trí kinh phí trong năm 2027.\n"
        "1.1 - Sở Tài chính thẩm định dự toán trước ngày 30/4/2027.\n"
        "1.2 : Kho bạc Nhà nước khu vực giải ngân trước ngày 30/6/2027.\n"
        "2 : Sở Nội vụ rà soát biên chế\n"
        "(a). Các xã báo cáo trước ngày 15/5/2027.\n"
    )
    assert paths(tree(text)) == ["II", "II.1", "II.1.1", "II.1.2", "II.2", "II.2.(a)"]


def test_word_items_after_a_dash_in_sequence() -> None:
    text = (
        "II. NHIỆM VỤ CỤ THỂ\n"
        "- Thứ nhất, Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 30/4/2027.\n"
        "- Thứ hai, Sở Nội vụ rà soát biên chế trong quý II/2027.\n"
        "+ Thứ ba: Công an tỉnh bảo đảm an ninh mạng, báo cáo trước ngày 15/5/2027.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["II", "II.Thứ nhất", "II.Thứ hai", "II.Thứ ba"]
    assert roots[0].children[0].text.startswith("Sở Tài chính")


def test_a_dashed_weekday_alone_stays_a_bullet() -> None:
    # "- Thứ Hai, ngày ..." is a weekday: with no "Thứ nhất" before it, no item
    text = (
        "II. NHIỆM VỤ CỤ THỂ\n"
        "- Thứ Hai, ngày 04/01/2027, Thường trực Ủy ban làm việc với các sở.\n"
        "- Sở Tài chính bố trí kinh phí.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["II"]
    assert "Thứ Hai, ngày 04/01/2027" in roots[0].text


_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h"]


def test_paren_i_after_h_is_the_ninth_letter() -> None:
    lines = [f"({x}) Sở thứ {n} báo cáo trước ngày {n}/6/2027." for n, x in enumerate([*_LETTERS, "i", "k"], 1)]
    roots = tree("1. Phân công\n" + "\n".join(lines) + "\n")
    labels = [c.label for c in roots[0].children]
    assert labels == [f"({x})" for x in [*_LETTERS, "i", "k"]]
    assert all(not c.children for c in roots[0].children)
    assert {c.family for c in roots[0].children} == {"letter"}


def test_paren_numerals_under_h_stay_numerals() -> None:
    # "(h) ...:" then "(i)", "(ii)": a list of its own under "(h)"
    text = (
        "1. Phân công\n"
        "(g) Sở Y tế báo cáo trước ngày 30/6/2027.\n"
        "(h) Sở Giáo dục và Đào tạo thực hiện các việc sau:\n"
        "(i) Rà soát học bạ số trước ngày 20/5/2027.\n"
        "(ii) Cập nhật cơ sở dữ liệu trước ngày 30/5/2027.\n"
    )
    roots = tree(text)
    items = [c for c in roots[0].children if c.label in ("(i)", "(ii)")]
    items += [c for c in roots[0].children[-1].children if c.label in ("(i)", "(ii)")]
    assert [(c.label, c.family) for c in items] == [("(i)", "proman"), ("(ii)", "proman")]


def test_paren_v_after_u_is_a_letter() -> None:
    text = "1. Phân công\n(t) Sở A báo cáo.\n(u) Sở B báo cáo.\n(v) Sở C báo cáo.\n(x) Sở D báo cáo.\n"
    roots = tree(text)
    assert [c.label for c in roots[0].children] == ["(t)", "(u)", "(v)", "(x)"]
    assert {c.family for c in roots[0].children} == {"letter"}


_BODY = "\n\nI. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả, báo cáo trước ngày 20/12/2026.\n\nNơi nhận:\n- Lưu: VT.\n"


def test_a_header_in_capitals_is_left_as_it_is() -> None:
    # the place's words are not capitalised when the header is in capitals
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\nxã Tân Phú, ngày 3 tháng 12 năm 2026\n\nKẾ HOẠCH\ntriển khai công tác năm 2027"
    )
    doc = ndq57.parse(text + _BODY + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n").document
    assert (doc.place, doc.title) == ("xã Tân Phú", "triển khai công tác năm 2027")


def test_lower_case_header_keeps_its_line_numbers() -> None:
    text = (
        "ủy ban nhân dân\ntỉnh quảng trị\ncộng hòa xã hội chủ nghĩa việt nam\nđộc lập - tự do - hạnh phúc\n"
        "số: 77/kh-ubnd\nquảng trị, ngày 3 tháng 12 năm 2026\n\nkế hoạch\ntriển khai công tác năm 2027"
    )
    doc = ndq57.parse(text + _BODY + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hòa\n")
    assert doc.document.number == "77/KH-UBND"
    assert [(d.due, d.section, d.line) for d in doc.deadlines] == [("2026-12-20", "I.1", 12)]


# (a known gap of round 10, closed in round 11)
def test_year_split_by_a_blank() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\nTuyên Quang, ngày 05 tháng 3 năm 2 026\n\nKẾ HOẠCH\nKiểm tra năm 2026"
    )
    assert ndq57.parse(text + _BODY).document.date == "2026-03-05"


def test_signoff_in_small_letters() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\nTuyên Quang, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra năm 2026"
    )
    signer = ndq57.parse(text + _BODY + "kt. chủ tịch\nphó chủ tịch\n\nlê văn hòa\n").document.signer
    assert signer is not None
    assert (signer.authority, signer.title, signer.name) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hòa")


def test_a_wrapped_line_in_small_letters_is_no_signoff() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\nTuyên Quang, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra năm 2026\n\n"
        "I. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả, báo cáo trước ngày 20/12/2026; Văn phòng\n"
        "thay mặt ủy ban tiếp nhận báo cáo của các sở.\n\nNơi nhận:\n- Lưu: VT.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n"
    )
    doc = ndq57.parse(text)
    signer = doc.document.signer
    assert signer is not None and (signer.authority, signer.name) == ("KT. CHỦ TỊCH", "Lê Văn Hòa")
    assert "thay mặt ủy ban" in doc.sections[0].children[0].text
