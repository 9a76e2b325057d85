"""A header table a converter flattened (each cell's lines joined by blanks, as docling and
markitdown write markdown): the parent and its unit on one line, the number and the letter's
subject in one cell; and the pictures and notes such converters leave in the text."""

from __future__ import annotations

import ndq57

SIGN = "\n| Nơi nhận: - Như trên; - Lưu: VT.   | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Phúc   |\n|---|---|\n"


def _head(issuer: str, number: str) -> str:
    return (
        f"| {issuer} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
        f"| {number} | Phú Yên, ngày 02 tháng 12 năm 2026 |\n\n"
    )


def test_number_and_subject_in_one_cell() -> None:
    doc = ndq57.parse(_head("ỦY BAN NHÂN DÂN XÃ AN MỸ", "Số: 415 /UBND-VP V/v rà soát hộ nghèo năm 2026")
                      + "Kính gửi: Các thôn.\n\n1. Các thôn báo cáo trước ngày 15/12/2026.\n" + SIGN)
    h = doc.document
    assert (h.number, h.type, h.subject) == ("415/UBND-VP", "Công văn", "rà soát hộ nghèo năm 2026")
    assert (h.place, h.date) == ("Phú Yên", "2026-12-02")
    assert [d.due for d in doc.deadlines] == ["2026-12-15"]


def test_parent_and_unit_on_one_line() -> None:
    cases = {
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN SỞ NỘI VỤ": ("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN", "SỞ NỘI VỤ"),
        "TỈNH ỦY PHÚ YÊN BAN TỔ CHỨC": ("TỈNH ỦY PHÚ YÊN", "BAN TỔ CHỨC"),
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG SỞ XÂY DỰNG": ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "SỞ XÂY DỰNG"),
        # one name: a word that opens a unit's name inside a place's name, or right after its level
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG": (None, "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
        "ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT": (None, "ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT"),
    }
    for issuer, want in cases.items():
        h = ndq57.parse(_head(issuer, "Số: 12/KH-UBND") + "KẾ HOẠCH\nVề việc abc\n\n1. Các thôn báo cáo.\n").document
        assert (h.issuer_parent, h.issuer) == want, issuer


def test_pictures_and_notes_are_dropped() -> None:
    text = (
        "UBND XÃ AN MỸ\nSố: 12/KH-UBND\nAn Mỹ, ngày 03 tháng 11 năm 2026\nKẾ HOẠCH\nVề việc abc\n"
        "![](media/image1.png)\n<!-- image -->\n1. Trạm Y tế báo cáo trước ngày 15/12/2026.\n"
        "<!-- image -->\n2. Các thôn thực hiện ![Bản đồ](map.jpg)trước ngày 20/12/2026.\n"
    )
    doc = ndq57.parse(text)
    assert doc.document.subject == "abc"
    assert [(s.label, s.text) for s in doc.sections] == [
        ("1", "Trạm Y tế báo cáo trước ngày 15/12/2026."),
        ("2", "Các thôn thực hiện trước ngày 20/12/2026."),
    ]
    assert [f.line for f in doc.fixes if f.rule == "picture"] == [6, 7, 9, 10]


def test_header_columns_as_bold_spans_on_shared_lines() -> None:
    """A PDF-to-markdown converter writes the two header columns side by side as bold spans, the
    place and date in italics after the number, and the sign-off's columns so too."""
    text = (
        "**ỦY BAN NHÂN DÂN** **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "**PHƯỜNG AN BÌNH** **Độc lập - Tự do - Hạnh phúc**\n\n"
        "Số: 77/TB-UBND _An Bình, ngày 01 tháng 12 năm 2026_\n\n### **THÔNG BÁO**\n"
        "**Lịch tiếp công dân tháng 12 năm 2026**\n\n"
        "1. Các khu phố niêm yết lịch tiếp công dân trước ngày 05/12/2026.\n\n"
        "**Nơi nhận:** **TM. ỦY BAN NHÂN DÂN**\n- Các khu phố; **CHỦ TỊCH**\n- Lưu: VT.\n\n**Lâm Thị Ngọc**\n"
    )
    doc = ndq57.parse(text)
    h = doc.document
    assert (h.issuer, h.national_title) == ("ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert (h.number, h.type, h.place, h.date) == ("77/TB-UBND", "Thông báo", "An Bình", "2026-12-01")
    assert h.signer is not None and (h.signer.name, h.signer.title) == ("Lâm Thị Ngọc", "CHỦ TỊCH")
    assert h.distribution == ["Các khu phố", "Lưu: VT"]
    assert [d.due for d in doc.deadlines] == ["2026-12-05"]
