"""Round 42, helper 75: DOCX task tables with a table of sub-tasks nested in a task's cell, and a
task table cut in two by a page break, its header row repeated.

A cell right after the row's number that holds, under the task's own words, a data table of two
rows or more (each sub-task with its own lead or time: ``a) Rà soát quy trình`` | ``Sở Tài chính``
| ``Tháng 4/2027``) gives the row its words above the table, and each row of the table is read
after it as a row of its own, in the columns from the task's (its number cell empty: a step of the
row, section ``II.2.a``); the nested table's cells were read one after the other into the task's
cell, their leads and times lost. A table of one row in a cell (a column split in sub-columns,
``Chủ trì`` | ``Phối hợp``) and a nested table in another column are read as before.

The fixture ``tests/fixtures/office/lang42/kh_nested_subtasks_lang42_75.docx`` (a plan of our own
wording) is written by ``python tests/test_docx_nested_lang42_75.py``; its text is
``tests/fixtures/docx_nested_subtasks_lang42_75.txt`` (with its golden record).
"""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes

NESTED = FIXTURES / "office" / "lang42" / "kh_nested_subtasks_lang42_75.docx"
NESTED_TEXT = FIXTURES / "docx_nested_subtasks_lang42_75.txt"

HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]


def build(path: Path, *, nested_in_lead: bool = False, one_row: bool = False) -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = Document()
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG GIANG\nSố: 77/KH-UBND"
    head.cell(0, 1).text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐông Giang, ngày 05 tháng 12 năm 2026"
    )
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải thiện chỉ số năng lực cạnh tranh cấp tỉnh năm 2027")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("Nâng cao chất lượng điều hành kinh tế của chính quyền các cấp.")
    d.add_paragraph("II. NHIỆM VỤ CỤ THỂ")

    def task_table(rows: list[list[str]]) -> object:
        t = d.add_table(rows=len(rows) + 1, cols=4)
        t.style = "Table Grid"
        for c, x in zip(t.rows[0].cells, HEADER, strict=True):
            c.text = x
        for r, row in enumerate(rows, start=1):
            for c, x in zip(t.rows[r].cells, row, strict=True):
                c.text = x
        return t

    t = task_table(
        [
            ["1", "Công khai quy hoạch, kế hoạch sử dụng đất trên cổng thông tin điện tử", "Sở Nông nghiệp và Môi trường", "Tháng 3/2027"],
            ["2", "Rút ngắn thời gian giải quyết thủ tục đầu tư, gồm:", "Sở Tài chính", "Quý II/2027"],
        ]
    )
    host = t.rows[2].cells[2 if nested_in_lead else 1]  # type: ignore[attr-defined]
    subs = [
        ["a) Rà soát quy trình cấp giấy chứng nhận đầu tư", "Sở Tài chính", "Tháng 4/2027"],
        ["b) Số hóa hồ sơ đất đai còn lưu trữ bằng giấy", "Văn phòng Đăng ký đất đai", "Tháng 6/2027"],
    ]
    inner = host.add_table(rows=1 if one_row else 2, cols=3)
    inner.style = "Table Grid"
    for r, row in enumerate(subs[: 1 if one_row else 2]):
        for c, x in zip(inner.rows[r].cells, row, strict=True):
            c.text = x
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    task_table(
        [
            ["3", "Tổ chức hội nghị đối thoại với doanh nghiệp về khó khăn, vướng mắc", "Văn phòng UBND tỉnh", "Hằng quý"],
            ["4", "Đánh giá kết quả thực hiện, báo cáo UBND tỉnh", "Sở Tài chính", "Trước ngày 15/12/2027"],
        ]
    )
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Các cơ quan, đơn vị chủ động triển khai thực hiện Kế hoạch này.")
    s = d.add_table(rows=1, cols=2)
    s.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT."
    s.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nLê Quang Huy"
    d.save(str(path))
    return path.read_bytes()


def _deadlines(data: bytes) -> list[tuple]:
    doc = parse_bytes(data).to_dict()
    return [(d["section"], d["phrase"], [(a["unit"], a["role"]) for a in d["assignees"]]) for d in doc["deadlines"]]


def test_fixture_text_and_record() -> None:
    assert extracted_text(NESTED.read_bytes()) + "\n" == NESTED_TEXT.read_text(encoding="utf-8")
    assert _deadlines(NESTED.read_bytes()) == [
        ("II.1", "Tháng 3/2027", [("Sở Nông nghiệp và Môi trường", "lead")]),
        ("II.2", "Quý II/2027", [("Sở Tài chính", "lead")]),
        ("II.2.a", "Tháng 4/2027", [("Sở Tài chính", "lead")]),
        ("II.2.b", "Tháng 6/2027", [("Văn phòng Đăng ký đất đai", "lead")]),
        ("II.3", "Hằng quý", [("Văn phòng UBND tỉnh", "lead")]),
        ("II.4", "Trước ngày 15/12/2027", [("Sở Tài chính", "lead")]),
    ]


def test_the_fixture_is_the_builder_s(tmp_path: Path) -> None:
    assert extracted_text(build(tmp_path / "k.docx")) == extracted_text(NESTED.read_bytes())


def test_sub_rows_after_their_row(tmp_path: Path) -> None:
    text = extracted_text(build(tmp_path / "k.docx"))
    assert "| 2 | Rút ngắn thời gian giải quyết thủ tục đầu tư, gồm: | Sở Tài chính | Quý II/2027 |" in text
    assert "|  | a) Rà soát quy trình cấp giấy chứng nhận đầu tư | Sở Tài chính | Tháng 4/2027 |" in text
    # the table cut by the page break: one table, its header row read once
    assert text.count("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |") == 1


def test_a_nested_table_in_another_column_is_read_as_before(tmp_path: Path) -> None:
    text = extracted_text(build(tmp_path / "k.docx", nested_in_lead=True))
    assert "|  | a) Rà soát" not in text
    assert "Sở Tài chính a) Rà soát quy trình cấp giấy chứng nhận đầu tư Sở Tài chính Tháng 4/2027" in text


def test_a_nested_table_of_one_row_is_read_as_before(tmp_path: Path) -> None:
    text = extracted_text(build(tmp_path / "k.docx", one_row=True))
    assert "|  | a) Rà soát" not in text


if __name__ == "__main__":  # write the fixture
    NESTED.parent.mkdir(parents=True, exist_ok=True)
    build(NESTED)
    NESTED_TEXT.write_text(extracted_text(NESTED.read_bytes()) + "\n", encoding="utf-8")
    print(NESTED, NESTED.stat().st_size, file=sys.stderr)
