"""HTML pages, second pass (readers/html.py; round 28, helper 140): separate task tables kept
apart, a news page's article found without a sign-off list, pandoc's and Word's filtered HTML.
The fixtures' golden summaries are in tests/fixtures/html/expected.json (test_html_reader.py)."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes

HTML = FIXTURES / "html"

HEAD = (
    "<table><tr><td><b>ỦY BAN NHÂN DÂN<br>XÃ TÂN HÒA</b></td>"
    "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
    "<tr><td>Số: 08/KH-UBND</td><td><i>Tân Hòa, ngày 04 tháng 5 năm 2027</i></td></tr></table>"
    "<p align=center><b>KẾ HOẠCH</b></p><p align=center><b>Phòng, chống thiên tai</b></p>"
    "<p><b>I. NHIỆM VỤ</b></p>"
)
SIGNOFF = (
    "<table><tr><td><p><b>Nơi nhận:</b><br>- Các thôn;<br>- Lưu: VT.</p></td>"
    "<td><p><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><b>Lò Văn Tâm</b></p></td></tr></table>"
)
ROW_HEAD = "<tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th><th>Thời hạn</th></tr>"


def page(body: str) -> bytes:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()


def task_table(rows: list[tuple[str, str, str, str]], caption: str = "") -> str:
    cap = f"<caption>{caption}</caption>" if caption else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border=1>{cap}{ROW_HEAD}{body}</table>"


FIRST = [("1", "Kiểm tra đê bao", "Công chức địa chính", "Trước ngày 30/6/2027")]
SECOND = [("1", "Trực ban phòng chống lụt bão", "Văn phòng UBND xã", "Trước ngày 31/7/2027")]


def test_a_tables_caption_is_read_as_its_heading() -> None:
    text = extracted_text(page(HEAD + task_table(FIRST, "<b>1. Trước mùa mưa</b>") + SIGNOFF))
    lines = text.splitlines()
    assert "1. Trước mùa mưa" in lines
    assert lines.index("1. Trước mùa mưa") < lines.index("| STT | Nội dung | Chủ trì | Thời hạn |")


def test_two_captioned_task_tables_stay_two_tables() -> None:
    body = HEAD + task_table(FIRST, "1. Trước mùa mưa") + task_table(SECOND, "2. Trong mùa mưa") + SIGNOFF
    doc = parse_bytes(page(body))
    assert len(doc.tables) == 2
    assert [d.section for d in doc.deadlines] == ["I.1.1", "I.2.1"]


def test_a_table_whose_numbering_restarts_is_its_own_table() -> None:
    body = HEAD + task_table(FIRST) + "<p>&nbsp;</p>" + task_table(SECOND) + SIGNOFF
    doc = parse_bytes(page(body))
    assert len(doc.tables) == 2
    assert [len(t.rows) for t in doc.tables] == [2, 2]


def test_a_table_cut_in_two_whose_numbering_goes_on_is_one_table() -> None:
    rest = [("2", "Nạo vét kênh mương", "Các thôn", "Trước ngày 15/7/2027")]
    body = HEAD + task_table(FIRST) + "<p>&nbsp;</p>" + task_table(rest) + SIGNOFF
    doc = parse_bytes(page(body))
    assert len(doc.tables) == 1
    assert [r.kind for r in doc.tables[0].rows] == ["header", "task", "task"]


def test_the_task_tables_page() -> None:
    doc = parse_bytes((HTML / "portal_kh_task_tables.html").read_bytes())
    assert len(doc.tables) == 4
    assert [d.section for d in doc.deadlines][:4] == ["II.1.1", "II.1.2", "II.2.1", "II.2.2"]
