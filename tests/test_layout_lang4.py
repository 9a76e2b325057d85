"""The reflow and the sign-off, fourth pass (round 13): a group's title in capitals between two
items of a text with no blank lines; an article's heading on a line of its own in a text whose
lines are all short (a PDF or a narrow export); signers' titles joined by "kiêm"."""

from __future__ import annotations

import ndq57
from section_support import paths, tree

_TOP = (
    "UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 77/QĐ-SNV\nLai Châu, ngày 2 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Quy chế phối hợp\n\nGIÁM ĐỐC SỞ NỘI VỤ\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa\nphương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
)


def test_a_group_title_without_blank_lines_is_a_paragraph_of_its_own() -> None:
    text = (
        "I. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Phòng Kinh tế rà soát các dự án chậm tiến độ trước ngày 15/3/2027.\n"
        "2. Phòng Tài chính - Kế hoạch cân đối nguồn vốn.\n"
        "NHÓM NHIỆM VỤ VỀ\n"
        "CẢI CÁCH HÀNH CHÍNH\n"
        "3. Văn phòng rút ngắn thời gian giải quyết hồ sơ.\n"
        "4. Phòng Nội vụ hoàn thành sắp xếp bộ máy trước ngày 30/6/2027.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["I", "I.1", "I.2", "I.3", "I.4"]
    assert roots[0].children[1].text == "Phòng Tài chính - Kế hoạch cân đối nguồn vốn."
    assert roots[0].children[2].text == "Văn phòng rút ngắn thời gian giải quyết hồ sơ."


def test_a_line_in_capitals_inside_an_item_stays_there() -> None:
    # a line in capitals that no item follows (a unit's name over a sentence) is not a group's title
    text = (
        "1. Giao nhiệm vụ cho các đơn vị.\n"
        "TRUNG TÂM Y TẾ\n"
        "chủ trì tổ chức tiêm chủng trước ngày 30/4/2027.\n"
        "2. Văn phòng tổng hợp kết quả.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["1", "2"]
    assert "TRUNG TÂM Y TẾ" in roots[0].text


def test_an_article_heading_in_a_text_of_short_lines() -> None:
    text = _TOP + (
        "Điều 1. Ban hành kèm theo Quyết định\nnày Quy chế phối hợp của Sở.\n"
        "Điều 2. Trách nhiệm thi hành\n"
        "Chánh Văn phòng Sở, Trưởng các phòng\nchuyên môn và các cá nhân có liên\n"
        "quan chịu trách nhiệm thi hành Quyết\nđịnh này trước ngày 31/12/2026./.\n"
    )
    doc = ndq57.parse(text)
    assert [(s.label, s.heading) for s in doc.sections] == [("Điều 1", None), ("Điều 2", "Trách nhiệm thi hành")]
    assert doc.sections[0].text == "Ban hành kèm theo Quyết định này Quy chế phối hợp của Sở."
    assert doc.sections[1].text.startswith("Chánh Văn phòng Sở")


def test_an_article_wrapped_before_a_capital_stays_one_paragraph() -> None:
    # the line ends by the wrap (the next word would not have fitted): no heading
    text = _TOP + (
        "Điều 1. Ban hành kèm theo Quyết định\nQuy chế phối hợp giữa các phòng.\n"
        "Điều 2. Quyết định có hiệu lực kể từ\nngày ký.\n"
    )
    doc = ndq57.parse(text)
    assert [(s.label, s.heading) for s in doc.sections] == [("Điều 1", None), ("Điều 2", None)]
    assert doc.sections[0].text == "Ban hành kèm theo Quyết định Quy chế phối hợp giữa các phòng."


_NOTICE = (
    "HỘI ĐỒNG NHÂN DÂN\nXÃ YÊN LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 9/TB-HĐND\nYên Lạc, ngày 4 tháng 12 năm 2026\n\nTHÔNG BÁO\nKết luận phiên họp Thường trực\n\n"
    "1. Ủy ban nhân dân xã báo cáo kết quả trước ngày 15/12/2026.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def _signer(sign_off: str) -> tuple[str | None, str | None, str | None]:
    s = ndq57.parse(_NOTICE + sign_off).document.signer
    assert s is not None
    return s.name, s.title, s.authority


def test_a_joined_title_in_small_letters_on_one_line() -> None:
    assert _signer("TM. THƯỜNG TRỰC HĐND\nPhó Bí thư Thường trực kiêm Chủ tịch HĐND\nĐinh Văn Tâm\n") == (
        "Đinh Văn Tâm",
        "PHÓ BÍ THƯ THƯỜNG TRỰC KIÊM CHỦ TỊCH HĐND",
        "TM. THƯỜNG TRỰC HĐND",
    )


def test_a_joined_title_over_two_lines_the_second_in_small_letters() -> None:
    assert _signer("TM. ĐẢNG ỦY\nPHÓ BÍ THƯ THƯỜNG TRỰC\nkiêm Chủ tịch HĐND xã\nĐinh Văn Tâm\n") == (
        "Đinh Văn Tâm",
        "PHÓ BÍ THƯ THƯỜNG TRỰC KIÊM CHỦ TỊCH HĐND XÃ",
        "TM. ĐẢNG ỦY",
    )
    assert _signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nKiêm Trưởng Công an xã\n\nĐinh Văn Tâm\n")[1] == (
        "PHÓ CHỦ TỊCH KIÊM TRƯỞNG CÔNG AN XÃ"
    )


def test_a_sentence_with_kiem_is_no_title() -> None:
    # a sentence of the body naming an office held "kiêm" another ends with a full stop: no title
    doc = ndq57.parse(
        _NOTICE.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n", "")
        + "Giao đồng chí Phó Chủ tịch kiêm Trưởng Công an xã theo dõi.\nĐinh Văn Tâm\n"
    )
    assert doc.document.signer is None


def test_a_sign_off_whose_capitals_the_export_dropped() -> None:
    # a Word export of a sign-off its font drew in capitals: typed in small letters, read in capitals
    assert _signer("TM. Ủy ban nhân dân\nKT. Chủ tịch\nPhó Chủ tịch\n\nĐinh Văn Tâm\n") == (
        "Đinh Văn Tâm",
        "PHÓ CHỦ TỊCH",
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
    )
    assert _signer("KT. GIÁM ĐỐC\nPhó Giám đốc\nĐinh Văn Tâm\n") == ("Đinh Văn Tâm", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")


def test_a_line_of_the_body_over_a_name_is_no_title() -> None:
    # a short line of the body that does not open with a title's head, over a name: no signer
    doc = ndq57.parse(_NOTICE.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n", "") + "Người theo dõi\nĐinh Văn Tâm\n")
    assert doc.document.signer is None


def test_a_form_note_for_the_signature_between_title_and_name() -> None:
    # a form's note where the signature goes ("(Ký, ghi rõ họ tên và đóng dấu)"), then the name
    assert _signer("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Ký, ghi rõ họ tên và đóng dấu)\nĐinh Văn Tâm\n") == (
        "Đinh Văn Tâm",
        "CHỦ TỊCH",
        "TM. ỦY BAN NHÂN DÂN",
    )
