"""The sign-off before what is attached after it (appendices, lists, a plan issued with a
decision), however long that is; footnote marks a layout export lifted to lines of their own."""

from __future__ import annotations

import pytest

import ndq57
from ndq57.parse.layout import clean_lines

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ AN THẠNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 14/KH-UBND\nAn Thạnh, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhòng chống dịch bệnh trên đàn gia súc\n\n"
    "I. NHIỆM VỤ\n1. Trạm Thú y xã tiêm phòng đợt 1, hoàn thành trước ngày 30/4/2026.\n"
    "II. TỔ CHỨC THỰC HIỆN\nCác thôn triển khai thực hiện Kế hoạch này.\n\n"
)
_SIGN = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrịnh Văn Sáng\n"
_ROWS = "".join(f"| {i} | Tiêm phòng cho đàn gia súc khu vực số {i} | Trạm Thú y xã | Thôn {i} | Quý II/2026 |\n" for i in range(1, 81))
_TABLE = "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n" + _ROWS


@pytest.mark.parametrize(
    "opener",
    [
        "PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n",  # right under the name, no blank line
        "\nPhụ lục 1\n",
        "\nPHỤ LỤC KÈM THEO\n",
        "\nDANH MỤC NHIỆM VỤ TIÊM PHÒNG\n(Kèm theo Kế hoạch số 14/KH-UBND)\n",
    ],
)
def test_signer_above_a_long_attachment(opener: str) -> None:
    doc = ndq57.parse(_HEAD + _SIGN + opener + "\n" + _TABLE)
    assert doc.document.signer is not None and doc.document.signer.name == "Trịnh Văn Sáng"
    assert [s.label for s in doc.sections if s.family != "appendix"] == ["I", "II"]
    rows = [d for d in doc.deadlines if d.due == "2026-06-30"]
    assert len(rows) == 80
    assert all(d.section is not None and d.section.startswith("Phụ lục") for d in rows)


def test_attached_plan_after_a_second_national_header() -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nXÃ AN THẠNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "KẾ HOẠCH\nTiêm phòng năm 2026\n(Ban hành kèm theo Quyết định số 20/QĐ-UBND ngày 02/3/2026)\n\n"
        "I. NHIỆM VỤ\n"
        + "".join(f"{i}. Thôn số {i} rà soát tổng đàn gia súc, hoàn thành trước ngày 15/4/2026.\n" for i in range(1, 70))
    )
    qd = (
        "ỦY BAN NHÂN DÂN\nXÃ AN THẠNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 20/QĐ-UBND\nAn Thạnh, ngày 02 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch tiêm phòng năm 2026\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN THẠNH\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tiêm phòng năm 2026.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
        "CHỦ TỊCH\n(Đã ký)\nTrịnh Văn Sáng\n\n"
    )
    doc = ndq57.parse(qd + plan)
    assert doc.document.signer is not None and doc.document.signer.name == "Trịnh Văn Sáng"
    assert [s.label for s in doc.sections if s.family != "appendix"] == ["Điều 1", "Điều 2"]
    assert {d.section for d in doc.deadlines} == {f"Kế hoạch.I.{i}" for i in range(1, 70)}


_LIFTED = (
    "    Thực hiện chỉ đạo của Ban Thường vụ, các đơn vị triển khai theo Kế hoạch số 02-KH/ĐU\n"
    + " " * 46 + "1\n"  # (over the end of "xã" in the line below it)
    "    và các văn bản có liên quan của Đảng ủy xã.\n"
    "    1. Chi bộ các thôn gửi báo cáo trước ngày 20/6/2026.\n"
    "    1\n"
    "      Kế hoạch số 02-KH/ĐU ngày 05/01/2026 của Đảng ủy xã.\n"
)


def test_lifted_marks_are_put_back() -> None:
    texts = [ln.text for ln in clean_lines(_LIFTED) if ln.kind != "blank"]
    assert texts[1] == "và các văn bản có liên quan của Đảng ủy xã¹."
    assert texts[-1].startswith("¹ Kế hoạch số 02-KH/ĐU")


@pytest.mark.parametrize(
    "text",
    [
        # a number with no body of the same number after it: a page number, or a count
        _LIFTED.replace("    1\n      Kế hoạch", "      Kế hoạch"),
        # the body's number with a blank line under it: a page number at the foot
        _LIFTED.replace("    1\n      Kế hoạch", "    1\n\n      Kế hoạch"),
    ],
)
def test_lone_numbers_without_their_pair_stay(text: str) -> None:
    lines = clean_lines(text)
    assert not any("¹" in ln.text for ln in lines)
    assert any(ln.text == "1" for ln in lines)


@pytest.mark.parametrize(
    ("closing", "section"),
    [
        ("Ủy ban nhân dân xã yêu cầu các thôn nghiêm túc thực hiện, báo cáo kết quả trước ngày 05/12/2026.", "II"),
        ("Trên đây là Kế hoạch của xã; các thôn báo cáo kết quả trước ngày 05/12/2026.", "II"),
        # not a closing formula: the item's own last paragraph
        ("Các thôn báo cáo kết quả trước ngày 05/12/2026.", "II.2"),
    ],
)
def test_closing_paragraph_belongs_to_the_last_top_section(closing: str, section: str) -> None:
    text = (
        _HEAD.replace("Các thôn triển khai thực hiện Kế hoạch này.\n", "")
        + "1. Trạm Thú y xã hướng dẫn các thôn.\n"
        + "2. Thôn Bình An:\n- Rà soát đàn gia súc.\n- Vệ sinh chuồng trại.\n\n"
        + closing
        + "\n\n"
        + _SIGN
    )
    doc = ndq57.parse(text)
    assert [d.section for d in doc.deadlines if d.due == "2026-12-05"] == [section]


def test_lifted_mark_with_its_body_number_on_the_line() -> None:
    text = _LIFTED.replace("    1\n      Kế hoạch", "    1 Kế hoạch")
    texts = [ln.text for ln in clean_lines(text) if ln.kind != "blank"]
    assert texts[1] == "và các văn bản có liên quan của Đảng ủy xã¹."
    assert texts[-1] == "¹ Kế hoạch số 02-KH/ĐU ngày 05/01/2026 của Đảng ủy xã."


def test_numbers_of_a_layout_table_are_no_marks() -> None:
    # a count alone on its line in a middle column (the cells beside it wrapped), then a row
    # whose number is the same: columns apart, not prose
    text = (
        "  STT   Nội dung                          Số lượng     Thời gian\n"
        "  1     Lắp đặt camera giám sát tại              \n"
        "                                          2\n"
        "        các tuyến đường trục xã            bộ          Quý III/2026\n"
        "  2     Sửa chữa trụ sở thôn              01 công trình   Quý IV/2026\n"
    )
    lines = clean_lines(text)
    assert not any(c in ln.text for ln in lines for c in "¹²")


def test_appendix_heading_opens_a_part_when_the_signer_is_not_read() -> None:
    # the name damaged (an OCR slip), right above the appendix heading with no blank line
    text = _HEAD + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrịnh văn sáng\nPHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n\n" + _TABLE
    doc = ndq57.parse(text)
    rows = [d for d in doc.deadlines if d.due == "2026-06-30"]
    assert len(rows) == 80
    assert all(d.section is not None and d.section.startswith("Phụ lục I") for d in rows)
