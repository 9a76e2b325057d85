"""Round 29: footnotes and numbered table rows in ``pdftotext -layout`` text.

A layout export prints a page's footnotes at the margin, each number alone on its line and the
body under it set in ("1" / "    Chỉ thị về ..."), sometimes right under the page's text and with
a running foot ("Kế hoạch số .../KH-...") between them and the page break. A table's numbered
row whose cells the export glued ("2    Cấp phát ... Chi cục Chăn    Trước ngày") starts with a
number and a capital too, but holds two column gaps or more: it is no footnote body, even when a
mark "2" is glued in the text (it swallowed the rest of the document before).
"""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_DOC = (FIXTURES / "pdftotext_layout_notes_over_table_rows_lang16.txt").read_text(encoding="utf-8")
_HEAD = (
    "UBND TỈNH PHÚ HÀ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ TƯ PHÁP                                       Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 21/KH-STP                                  Phú Hà, ngày 02 tháng 3 năm 2026\n\n"
    "                                     KẾ HOẠCH\n"
    "                      Tuyên truyền pháp luật năm 2026\n\n"
)


def test_notes_over_bodies_at_a_page_foot_are_footnotes() -> None:
    doc = ndq57.parse(_DOC)
    assert [(f.mark, f.body.split()[0]) for f in doc.footnotes] == [("1", "Chỉ"), ("2", "Tỷ")]
    # the marks glued in the text are cut out of it: the citation ends with its issuer
    assert [c.text for c in doc.citations] == ["Chỉ thị số 05/CT-UBND ngày 20/9/2026 của Ủy ban nhân dân tỉnh"]
    assert all("Chỉ thị về tăng cường" not in t.text for t in doc.tasks)


def test_a_numbered_row_with_column_gaps_is_no_footnote_body() -> None:
    doc = ndq57.parse(_DOC)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2026-11-30", "II.1"),
        ("2026-11-15", "II.2.1"),
        ("2026-11-20", "II.2.2"),
        ("2026-12-31", "II.2.3"),
        ("2027-01-10", "III"),
    ]
    assert not any(f.body.startswith("Cấp phát") for f in doc.footnotes)


def _two_pages(foot: str) -> str:
    """A two-page text whose first page ends with the lines ``foot`` over its running foot."""
    return _HEAD + (
        "     I. NHIỆM VỤ\n"
        f"     Phòng Phổ biến pháp luật chủ trì tổ chức hội nghị trước ngày 30/4/2026{foot}\n\n"
        "                                                        Kế hoạch số 21/KH-STP\n"
        "\f                                       2\n"
        "     II. TỔ CHỨC THỰC HIỆN\n"
        "     Các phòng báo cáo kết quả trước ngày 15/12/2026.\n"
    )


def test_a_note_set_in_by_a_table_is_not_lifted() -> None:
    # the number set in from the margin ("  1" / "      Rà soát ..."): a row's number, not a note
    doc = ndq57.parse(_two_pages(".\n  1\n      Rà soát tủ sách pháp luật tại các xã."))
    assert doc.footnotes == []
    assert "Rà soát tủ sách" in doc.sections[0].text


def test_a_wrapped_line_under_a_lone_number_is_no_note() -> None:
    # under the number, a line at the margin in lower case (the text's own line): no note
    doc = ndq57.parse(_two_pages(" tại\n1\n    các xã, phường."))
    assert doc.footnotes == []
