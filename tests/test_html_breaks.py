"""A converter's HTML line breaks: ``<br>`` inside a line of the body, and the cells of a header
or sign-off table written on one line, read as lines of their own with the line's number."""

from __future__ import annotations

import ndq57

HEAD = (
    "<table>\n"
    "<tr><td><strong>ỦY BAN NHÂN DÂN<br>XÃ HÒA AN</strong></td>"
    "<td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong></td></tr>\n"
    "<tr><td>Số: 77/KH-UBND</td><td><em>Hòa An, ngày 02 tháng 12 năm 2026</em></td></tr>\n"
    "</table>\n\n"
    "KẾ HOẠCH\nTổng vệ sinh môi trường cuối năm\n\n"
)


def test_items_joined_by_breaks_are_items_on_their_line() -> None:
    text = HEAD + (
        "1. Công chức Địa chính - Xây dựng rà soát các điểm tập kết rác trước ngày 15/12/2026.<br>"
        "2. Các thôn tổ chức ra quân trước ngày 20/12/2026.<br/>\n"
        "3. Văn phòng HĐND và UBND xã tổng hợp kết quả trước ngày 25/12/2026.\n"
    )
    doc = ndq57.parse(text)
    assert [(s.label, s.line) for s in doc.sections] == [("1", 9), ("2", 9), ("3", 10)]
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2026-12-15", "1"),
        ("2026-12-20", "2"),
        ("2026-12-25", "3"),
    ]
    assert any(f.rule == "html_break" and f.line == 9 for f in doc.fixes)


def test_header_table_rows_on_one_line() -> None:
    doc = ndq57.parse(HEAD + "1. Các thôn ra quân trước ngày 20/12/2026.\n")
    head = doc.document
    assert head.issuer == "ỦY BAN NHÂN DÂN XÃ HÒA AN"
    assert (head.number, head.place, head.date) == ("77/KH-UBND", "Hòa An", "2026-12-02")


def test_signoff_table_on_one_line() -> None:
    text = HEAD + (
        "1. Các thôn ra quân trước ngày 20/12/2026.\n\n"
        "<table><tr><td><strong>Nơi nhận:</strong><br>- Đảng ủy xã;<br>- Lưu: VT.</td>"
        "<td><strong>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</strong><br><br><strong>Phan Văn Lộc</strong></td></tr></table>\n"
    )
    head = ndq57.parse(text).document
    assert head.signer is not None and head.signer.name == "Phan Văn Lộc"
    assert head.distribution == ["Đảng ủy xã", "Lưu: VT"]


def test_breaks_in_a_pipe_row_stay_the_cells_lines() -> None:
    text = HEAD + (
        "| TT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Thu gom rác<br>khu chợ | Các thôn,<br>tổ dân phố | Tháng 12/2026 |\n"
    )
    doc = ndq57.parse(text)
    assert not any(f.rule == "html_break" and f.line > 4 for f in doc.fixes)
    assert [d.due for d in doc.deadlines] == ["2026-12-31"]


def test_a_break_at_a_line_end_is_dropped_and_nothing_else_changes() -> None:
    plain = HEAD + "1. Các thôn ra quân trước ngày 20/12/2026.\n2. Xã đoàn phối hợp thực hiện.\n"
    broken = plain.replace("20/12/2026.\n", "20/12/2026.<br>\n")
    a, b = ndq57.parse(plain), ndq57.parse(broken)
    assert [(s.label, s.line, s.text) for s in a.sections] == [(s.label, s.line, s.text) for s in b.sections]
    assert [d.due for d in a.deadlines] == [d.due for d in b.deadlines] == ["2026-12-20"]
