"""The reflow and the sign-off, fifth pass (round 14): an article's heading wrapped over two short
lines in a text of short lines (a PDF or a narrow export), glued to its first sentence before; a
signer's title whose end is typed in small letters on a line of its own ("Thường trực"), in the
sign-off read with the Nơi nhận list."""

from __future__ import annotations

import ndq57

_TOP = (
    "UBND TỈNH SƠN LA\nSỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 214/QĐ-SXD\nSơn La, ngày 3 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Quy chế làm việc\n\nGIÁM ĐỐC SỞ XÂY DỰNG\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa\nphương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định\nnày Quy chế làm việc của Sở Xây dựng.\n"
)


def _sections(body: str) -> list[tuple[str, str | None, str]]:
    return [(s.label, s.heading, s.text) for s in ndq57.parse(_TOP + body).sections]


def test_an_article_heading_wrapped_over_two_short_lines() -> None:
    got = _sections(
        "Điều 2. Trách nhiệm của các phòng, ban,\nđơn vị trực thuộc Sở\n"
        "Chánh Văn phòng Sở, Trưởng các phòng\nchuyên môn và các cá nhân có liên\n"
        "quan chịu trách nhiệm thi hành Quyết\nđịnh này trước ngày 31/12/2026./.\n"
    )
    assert got[1][:2] == ("Điều 2", "Trách nhiệm của các phòng, ban, đơn vị trực thuộc Sở")
    assert got[1][2].startswith("Chánh Văn phòng Sở")


def test_an_article_sentence_wrapped_to_a_full_line_stays_one_paragraph() -> None:
    # the second line ends by the wrap (the next word would not have fitted): no heading
    got = _sections(
        "Điều 2. Giao Văn phòng Sở chủ trì, phối\nhợp với các phòng chuyên môn và Ban\n"
        "Quản lý dự án tổ chức thực hiện Quy chế.\n"
    )
    assert got[1][:2] == ("Điều 2", None)
    assert got[1][2].startswith("Giao Văn phòng Sở chủ trì")


def test_a_sentence_ended_on_its_second_line_is_no_heading() -> None:
    got = _sections("Điều 2. Quyết định này có hiệu lực kể\ntừ ngày ký.\nChánh Văn phòng Sở thi hành.\n")
    assert got[1][1] is None


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 301/KH-UBND\nKhánh Hòa, ngày 4 tháng 12 năm 2026\n\nKẾ HOẠCH\nRà soát thủ tục hành chính năm 2027\n\n"
    "1. Sở Tư pháp tổng hợp kết quả rà soát trước ngày 31/3/2027.\n\n"
)


def _signer(sign_off: str) -> tuple[str | None, str | None, str | None]:
    s = ndq57.parse(_PLAN + sign_off).document.signer
    assert s is not None
    return s.authority, s.title, s.name


def test_a_title_ending_in_small_letters_read_into_the_list() -> None:
    # a text export took the signer's column into the Nơi nhận list, the name after it
    got = _signer("Nơi nhận:\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nThường trực\n- Bộ Tư pháp;\n- Lưu: VT.\n\nLê Hữu Hoàng\n")
    assert got == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Lê Hữu Hoàng")


def test_a_title_ending_in_small_letters_above_the_list() -> None:
    # ... the signer's column first, right above "Nơi nhận:"
    got = _signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nThường trực\nNơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.\n\nLê Hữu Hoàng\n")
    assert got == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Lê Hữu Hoàng")


def test_the_titles_above_the_list_set_apart_by_a_blank_line() -> None:
    got = _signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.\n\nLê Hữu Hoàng\n")
    assert got == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Hữu Hoàng")


def test_a_line_in_capitals_above_the_list_set_apart_is_no_title() -> None:
    # no authority and no title's head: the body's last line, not the signer's column
    doc = ndq57.parse(
        _PLAN + "YÊU CẦU CÁC ĐƠN VỊ NGHIÊM TÚC THỰC HIỆN\n\nNơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.\n\nLê Hữu Hoàng\n"
    )
    s = doc.document.signer
    assert s is None or s.title is None or "YÊU CẦU" not in s.title


def test_a_flattened_sign_off_cell_with_the_title_end_in_small_letters() -> None:
    # a converter wrote the cell's lines with blanks between: the tail is a line of the title
    got = _signer("| Nơi nhận: - Bộ Tư pháp; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Thường trực Lê Hữu Hoàng |\n")
    assert got == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Lê Hữu Hoàng")
