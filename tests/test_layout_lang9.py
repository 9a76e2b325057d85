"""Round 28: headings' labels that PyMuPDF prints alone on their lines, after a table.

PyMuPDF prints a heading's number apart from its words when a tab separates them ("III." /
"TỔ CHỨC THỰC HIỆN"). Right after a table the line above the number is the table's last cell
("Tháng 8/2027"), which ends no sentence: the number is still the next part's when the
document opened the part before it ("II.") and the words under it are a heading in capitals.
"""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_DOC = (FIXTURES / "mupdf_roman_after_table_lang9.txt").read_text(encoding="utf-8")
_HEAD = "UBND HUYỆN AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nChuyển đổi số\n"


def test_the_part_after_a_table_keeps_its_number() -> None:
    doc = ndq57.parse(_DOC)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-03-31", "II.1"),
        ("2027-08-31", "II.2"),
        ("2027-11-20", "III"),
        ("2027-02-15", "IV"),
    ]
    assert [s.label for s in doc.sections if "." not in s.label] == ["I", "II", "III", "IV"]


def test_a_roman_number_out_of_sequence_stays_apart() -> None:
    # "IV." after "II." (no "III." above) under a table's last cell: not joined by this rule
    text = _HEAD + (
        "I.\nMỤC ĐÍCH\nBảo đảm tiến độ.\nII.\nNHIỆM VỤ\nSTT\nNội dung\nThời hạn\n1\nRà soát văn bản\nTháng 4/2026\n"
        "IV.\nTỔ CHỨC THỰC HIỆN\nPhòng Tư pháp báo cáo trước ngày 30/6/2026.\n"
    )
    doc = ndq57.parse(text)
    assert "IV" not in [s.label for s in doc.sections]
