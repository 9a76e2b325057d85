"""pandoc's grid tables with a cell merged down across a border (round 41, helper 68).

pandoc writes a cell spanning rows by leaving the border between the rows open under it: the
merged cell's text or blanks run through the border line, closed (``+-----+``) under the other
columns, whether the open column comes first (``|      +-----+``) or in the middle
(``+----+   | text +----+``). Each row under such a border is a row of its own.
"""

from __future__ import annotations

import ndq57

_TOP = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 57/KH-UBND\nNinh Bình, ngày 3 tháng 12 năm 2026\n\nKẾ HOẠCH\nBảo tồn di sản văn hóa năm 2027\n\n"
    "I. NHIỆM VỤ\nCác nhiệm vụ tại Phụ lục kèm theo.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
)


def _rows(table: str) -> list[tuple[str | None, str | None, list[tuple[str, str]]]]:
    doc = ndq57.parse(_TOP + table)
    return [(d.section, d.due, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]


def test_lead_merged_down_in_the_middle_column() -> None:
    table = (
        "+----+--------------------------+----------------+----------------+--------------+\n"
        "| TT | Nội dung                 | Chủ trì        | Phối hợp       | Thời hạn     |\n"
        "+====+==========================+================+================+==============+\n"
        "| 1  | Kiểm kê hiện vật         | Sở Văn hóa và  | Sở Tài chính   | Quý II/2027  |\n"
        "+----+--------------------------+ Thể thao       +----------------+--------------+\n"
        "| 2  | Số hóa hồ sơ di tích     |                | Sở Khoa học và | Tháng 8/2027 |\n"
        "|    |                          |                | Công nghệ      |              |\n"
        "+----+--------------------------+----------------+----------------+--------------+\n"
    )
    assert _rows(table) == [
        ("Phụ lục.1", "2027-06-30", [("Sở Văn hóa và Thể thao", "lead"), ("Sở Tài chính", "coordinate")]),
        ("Phụ lục.2", "2027-08-31", [("Sở Văn hóa và Thể thao", "lead"), ("Sở Khoa học và Công nghệ", "coordinate")]),
    ]


def test_first_column_merged_down() -> None:
    table = (
        "+----------------+----+--------------------------+----------------+--------------+\n"
        "| Chủ trì        | TT | Nội dung                 | Phối hợp       | Thời hạn     |\n"
        "+================+====+==========================+================+==============+\n"
        "| Sở Xây dựng    | 1  | Tu bổ đình làng          | Sở Tài chính   | Tháng 6/2027 |\n"
        "|                +----+--------------------------+----------------+--------------+\n"
        "|                | 2  | Chống sạt lở bờ sông     | Sở Nông nghiệp | Tháng        |\n"
        "|                |    |                          | và Môi trường  | 10/2027      |\n"
        "+----------------+----+--------------------------+----------------+--------------+\n"
    )
    assert _rows(table) == [
        ("Phụ lục.1", "2027-06-30", [("Sở Xây dựng", "lead"), ("Sở Tài chính", "coordinate")]),
        ("Phụ lục.2", "2027-10-31", [("Sở Xây dựng", "lead"), ("Sở Nông nghiệp và Môi trường", "coordinate")]),
    ]


def test_cell_of_dashes_is_no_border() -> None:
    # a row whose cell holds only dashes (nothing to coordinate) between bars is a row, not a border
    table = (
        "+----+--------------------------+----------------+----------------+--------------+\n"
        "| TT | Nội dung                 | Chủ trì        | Phối hợp       | Thời hạn     |\n"
        "+====+==========================+================+================+==============+\n"
        "| 1  | Kiểm kê hiện vật         | Sở Tài chính   |----------------| Quý II/2027  |\n"
        "|    | tại bảo tàng tỉnh        |                |                |              |\n"
        "+----+--------------------------+----------------+----------------+--------------+\n"
        "| 2  | Số hóa hồ sơ di tích     | Sở Xây dựng    | Sở Tài chính   | Tháng 8/2027 |\n"
        "+----+--------------------------+----------------+----------------+--------------+\n"
    )
    doc = ndq57.parse(_TOP + table)
    assert [(d.section, d.due) for d in doc.deadlines] == [("Phụ lục.1", "2027-06-30"), ("Phụ lục.2", "2027-08-31")]
    assert "tại bảo tàng tỉnh" in doc.deadlines[0].task


# pandoc's markdown of a Word file: an indented paragraph becomes a block quote ("> "), an
# underlined or highlighted run a span with a class ("[...]{.underline}")
_MD = (
    "**ỦY BAN NHÂN DÂN XÃ HÒA AN**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n**Độc lập - Tự do - Hạnh phúc**\n\n"
    "Số: 64/KH-UBND\n\n*Hòa An, ngày 1 tháng 12 năm 2026*\n\n**KẾ HOẠCH**\n\n"
    "**[Vệ sinh môi trường nông thôn năm 2027]{.underline}**\n\n**I. NHIỆM VỤ**\n\n"
    "1\\. Công an xã rà soát các điểm xả thải \\[đợt 1\\], báo cáo trước ngày 20/01/2027.\n\n"
    "> 2\\. Ban Chỉ huy Quân sự xã tổ chức ra quân dọn vệ sinh\n> trong tháng 3/2027.\n\n"
    "3\\. Hội Nông dân xã [định kỳ hằng tháng]{.underline} vận động hội viên thu gom rác\n"
    "thải; [Đoàn Thanh niên xã]{.mark} kiểm tra kết quả trước ngày 30/6/2027.\n"
)


def test_block_quote_and_spans_of_pandoc_markdown() -> None:
    doc = ndq57.parse(_MD)
    assert doc.document.title == "Vệ sinh môi trường nông thôn năm 2027"
    got = [(d.section, d.due, d.recurrence is not None, [a.unit for a in d.assignees]) for d in doc.deadlines]
    assert got == [
        ("I.1", "2027-01-20", False, ["Công an xã"]),
        ("I.2", "2027-03-31", False, ["Ban Chỉ huy Quân sự xã"]),
        ("I.3", None, True, ["Hội Nông dân xã"]),
        ("I.3", "2027-06-30", False, ["Đoàn Thanh niên xã"]),
    ]
    # the escaped brackets are the text's own
    assert "[đợt 1]" in doc.deadlines[0].task


def test_quote_marks_of_a_letter_without_pandoc_escapes_stay() -> None:
    from ndq57.parse import normalize

    text = "Thư trả lời.\n" * 20 + "\n".join(f"> dòng {i}" for i in range(3)) + "\n[ghi chú]{#a1}\n"
    assert not [e for e in normalize.copy_debris(text) if e[3] in ("md_quote", "md_span", "mail_quote")]
