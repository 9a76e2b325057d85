"""Tables of a word processor's text copy that writes each paragraph after a blank line, a table
cell's paragraphs too (``docx2txt``): an empty paragraph (an empty cell) is three blank lines, and
Word's own numbering (a number column it numbers, "I.", "1.") is left out of the copy."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from ndq57 import parse
from ndq57.parse.tables import find_tables
from tables_support import deadline_facts


def _facts(name: str) -> dict[tuple[str, str], set[str]]:
    return deadline_facts(parse((FIXTURES / name).read_text(encoding="utf-8")).deadlines)


def _d2t(rows: list[list[str]]) -> str:
    """Cells as docx2txt prints them: each a paragraph after a blank line, an empty one empty."""
    return "\n\n".join(cell for row in rows for cell in row)


_HEAD = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"]


def test_rows_numbered_as_word_numbers_them() -> None:
    facts = _facts("d2t_so_word_numbered_rows_lang15.txt")
    # the number column empty in every row: rows numbered on through the groups, as Word does
    assert facts[("2026-03-31", "Phụ lục.I.1")] == {"Chi cục Chăn nuôi và Thú y"}
    # row 2's lead cell merged with row 1's (an empty paragraph)
    assert facts[("2026-05-31", "Phụ lục.I.2")] == {"Chi cục Chăn nuôi và Thú y"}
    # row 3's task of two paragraphs, its result cell empty
    assert facts[("2026-06-30", "Phụ lục.I.3")] == {"Trung tâm Khuyến nông"}
    assert facts[("2026-06-30", "Phụ lục.II.4")] == {"Văn phòng Sở"}
    # the table split in two by an empty paragraph: the count goes on
    assert facts[("2026-09-30", "Phụ lục.III.6")] == {"Thanh tra Sở"}
    assert facts[("2026-12-15", "Phụ lục.III.7")] == {"Thanh tra Sở"}


def test_merged_number_and_lead_cells() -> None:
    facts = _facts("d2t_huyen_merged_rows_lang15.txt")
    # "Thời gian thực hiện" over "Bắt đầu" | "Hoàn thành": the end is the deadline
    assert facts[("2026-04-30", "1")] == {"Phòng Kinh tế, Hạ tầng và Đô thị"}
    # a row under row 1, its number and lead cells merged with row 1's
    assert facts[("2026-06-30", "1")] == {"Phòng Kinh tế, Hạ tầng và Đô thị"}
    assert facts[("2026-11-30", "3")] == {"UBND thị trấn"}
    # the text after the table (an empty paragraph, then a heading) is no row of it
    table = find_tables((FIXTURES / "d2t_huyen_merged_rows_lang15.txt").read_text(encoding="utf-8"))[0]
    assert [r.label for r in table.rows if r.kind == "task"] == ["1", None, "2", "3"]
    assert all("TỔ CHỨC" not in c.text for r in table.rows for c in r.cells)


def test_typed_numbers_are_kept() -> None:
    rows = [
        _HEAD,
        ["1", "Rà soát hồ sơ lưu trữ", "Phòng Nội vụ", "Quý II/2026"],
        ["", "Chỉnh lý tài liệu tồn đọng", "", "Quý III/2026"],
        ["2", "Báo cáo kết quả", "Văn phòng", "Tháng 12/2026"],
    ]
    text = "Các đơn vị thực hiện như sau:\n\n" + _d2t(rows) + "\n"
    t = find_tables(text)[0]
    assert [r.label for r in t.rows if r.kind == "task"] == ["1", None, "2"]


def test_word_numbers_stop_at_the_text_after_the_table() -> None:
    rows = [
        _HEAD,
        ["", "Rà soát hồ sơ lưu trữ", "Phòng Nội vụ", "Quý II/2026"],
        ["", "Chỉnh lý tài liệu tồn đọng", "Trung tâm Lưu trữ", "Quý III/2026"],
    ]
    after = ["", "Trên đây là Kế hoạch của Ủy ban nhân dân huyện.", "", "Nơi nhận:", "- Lưu: VT."]
    text = "Các đơn vị thực hiện như sau:\n\n" + _d2t([*rows, after]) + "\n"
    t = find_tables(text)[0]
    assert [r.label for r in t.rows if r.kind == "task"] == ["1", "2"]
    assert [c.text for c in t.rows[-1].cells] == [
        "2",
        "Chỉnh lý tài liệu tồn đọng",
        "Trung tâm Lưu trữ",
        "Quý III/2026",
    ]


def test_blank_cells_of_a_web_page_are_no_empty_paragraphs() -> None:
    # a web page's copy: an empty cell is a line of blanks, and a merged cell is left out
    rows = [
        _HEAD,
        ["1", "Rà soát hồ sơ lưu trữ", "Phòng Nội vụ", "Quý II/2026"],
        ["2", "Chỉnh lý tài liệu tồn đọng", " ", "Quý III/2026"],
    ]
    t = find_tables("Các đơn vị thực hiện như sau:\n\n" + _d2t(rows) + "\n")[0]
    assert [c.text for c in t.rows[2].cells] == ["2", "Chỉnh lý tài liệu tồn đọng", "", "Quý III/2026"]


def test_a_long_word_numbered_table_is_read_whole() -> None:
    count = 240
    rows = [_HEAD, ["I", "Công tác văn thư, lưu trữ"]]
    rows += [["", f"Kiểm tra hồ sơ đợt {k}", "Phòng Nội vụ", f"Tháng {k % 12 + 1}/2026"] for k in range(count)]
    t = find_tables("Các đơn vị thực hiện như sau:\n\n" + _d2t(rows) + "\n")[0]
    labels = [r.label for r in t.rows if r.kind == "task"]
    assert labels == [str(k + 1) for k in range(count)]


# ------------------------------------------------- pdftotext's default mode: a cell a paragraph


def test_merged_lead_carried_in_a_paragraph_copy() -> None:
    facts = _facts("pdftotext_default_merged_leads_lang15.txt")
    assert facts[("2026-04-30", "I.1")] == {"Trung tâm Kiểm soát bệnh tật tỉnh"}
    # row 2 shows one unit, its coordinating one: the lead is row 1's, merged down
    assert facts[("2026-06-30", "I.2")] == {"Trung tâm Kiểm soát bệnh tật tỉnh"}
    assert facts[("2026-12-31", "I.3")] == {"Phòng Nghiệp vụ Y"}
    # a group row ends the merge; row 5 takes row 4's lead
    assert facts[("2026-09-30", "II.5")] == {"Trung tâm Truyền thông và Giáo dục sức khỏe"}


def test_no_carry_in_a_paragraph_copy_without_a_row_of_two_units() -> None:
    text = (FIXTURES / "pdftotext_default_merged_leads_lang15.txt").read_text(encoding="utf-8")
    # no row shows a lead and a coordinating unit: each row's one unit is its lead
    for both in (
        "Bệnh viện Đa khoa tỉnh\n\n",
        "Các bệnh viện trong\n\ntỉnh\n\n",
        "Đài Phát thanh và\nTruyền hình tỉnh\n\n",
    ):
        assert both in text
        text = text.replace(both, "")
    facts = deadline_facts(parse(text).deadlines)
    assert facts[("2026-06-30", "I.2")] == {"Trung tâm Y tế các huyện"}
    assert facts[("2026-09-30", "II.5")] == {"Sở Giáo dục và Đào tạo"}


def test_word_numbered_rows_under_group_titles_in_one_cell() -> None:
    rows = [
        _HEAD,
        ["I. CÔNG TÁC VĂN THƯ"],
        ["", "Rà soát hồ sơ lưu trữ", "Phòng Nội vụ", "Quý II/2026"],
        ["", "Chỉnh lý tài liệu tồn đọng", "Trung tâm Lưu trữ", "Quý III/2026"],
        ["II. CÔNG TÁC KIỂM TRA"],
        ["", "Kiểm tra việc lập hồ sơ\nở các phòng", "Văn phòng", "Tháng 11/2026"],
    ]
    t = find_tables("Các đơn vị thực hiện như sau:\n\n" + _d2t(rows) + "\n")[0]
    assert [(r.kind, r.path) for r in t.rows[1:]] == [
        ("group", "I"),
        ("task", "I.1"),
        ("task", "I.2"),
        ("group", "II"),
        ("task", "II.3"),
    ]
    # (a line broken inside a cell's paragraph stays in its cell)
    assert t.rows[-1].cells[1].text == "Kiểm tra việc lập hồ sơ ở các phòng"


def test_merged_number_and_lead_cells_in_a_libreoffice_copy() -> None:
    # LibreOffice's text: a paragraph a line, an empty cell an empty line (no blank line between)
    cells = [
        *["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
        *["", "", "", "", "Bắt đầu", "Hoàn thành"],
        *["1", "Lập danh mục tuyến phố cần chỉnh trang", "Phòng Kinh tế, Hạ tầng và Đô thị", "UBND thị trấn"],
        *["Tháng 3/2026", "Tháng 4/2026"],
        *["", "Trình Ủy ban nhân dân huyện phê duyệt danh mục", "", "Văn phòng HĐND và UBND huyện"],
        *["Tháng 5/2026", "Tháng 6/2026"],
        *["2", "Kiểm tra, xử lý lấn chiếm vỉa hè", "UBND thị trấn", "Công an huyện", "Tháng 4/2026", "Tháng 11/2026"],
    ]
    text = "II. NHIỆM VỤ\nCác cơ quan thực hiện theo bảng sau:\n" + "\n".join(cells) + "\nIII. TỔ CHỨC THỰC HIỆN\n"
    facts = deadline_facts(parse(text).deadlines)
    assert facts[("2026-04-30", "II.1")] == {"Phòng Kinh tế, Hạ tầng và Đô thị"}
    # the row under row 1, its number and lead cells merged with row 1's: row 1's lead
    assert facts[("2026-06-30", "II.1")] == {"Phòng Kinh tế, Hạ tầng và Đô thị"}
    assert facts[("2026-11-30", "II.2")] == {"UBND thị trấn"}


_GROUPS_NUMBERED_BY_WORD = [
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    ["", "Công tác văn thư"],
    ["", "Rà soát hồ sơ lưu trữ", "Phòng Nội vụ", "Các phòng chuyên môn", "Quý II/2026"],
    ["", "Chỉnh lý tài liệu tồn đọng", "Trung tâm Lưu trữ", "", "Quý III/2026"],
    ["", "Công tác kiểm tra"],
    ["", "Kiểm tra việc lập hồ sơ", "Văn phòng", "Thanh tra", "Tháng 11/2026"],
]


def test_group_numbers_of_word_are_not_guessed() -> None:
    # the groups' rows numbered by Word too (a title alone after an empty paragraph): their
    # numbers are not known, and no row is read with a group's title as its task (row 1's lead
    # read as empty, the group's title taken for its task)
    text = "II. NHIỆM VỤ\n\nCác đơn vị thực hiện như sau:\n\n" + _d2t(_GROUPS_NUMBERED_BY_WORD) + "\n"
    for d in parse(text).deadlines:
        assert d.due != "2026-06-30" or {a.unit for a in d.assignees if a.role == "lead"} == {"Phòng Nội vụ"}


@pytest.mark.xfail(strict=True, reason="known gap: group rows numbered by Word (their numbers unknown) are not read")
def test_group_numbers_of_word_rows_read() -> None:
    text = "II. NHIỆM VỤ\n\nCác đơn vị thực hiện như sau:\n\n" + _d2t(_GROUPS_NUMBERED_BY_WORD) + "\n"
    facts = deadline_facts(parse(text).deadlines)
    assert facts[("2026-06-30", "II.1.1")] == {"Phòng Nội vụ"}


def test_owner_heading_over_two_rows_then_typed_numbers() -> None:
    # "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp"; the number, task and time headings merged
    # down over the header's second row (empty paragraphs), the time's the last before row 1
    rows = [
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["1", "Rà soát hồ sơ lưu trữ", "Phòng Nội vụ", "Các phòng chuyên môn", "Quý II/2026"],
        ["2", "Chỉnh lý tài liệu tồn đọng", "Trung tâm Lưu trữ", "", "Quý III/2026"],
    ]
    text = "2. Nhiệm vụ cụ thể\n\nCác đơn vị thực hiện như sau:\n\n" + _d2t(rows) + "\n\n3. Tổ chức thực hiện\n"
    t = find_tables(text)[0]
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]
    assert [c.text for c in t.rows[1].cells] == [
        "1",
        "Rà soát hồ sơ lưu trữ",
        "Phòng Nội vụ",
        "Các phòng chuyên môn",
        "Quý II/2026",
    ]
    # Word's numbering under such a header: the empty paragraphs before row 1's task its number
    word = [rows[0], rows[1], ["", *rows[2][1:]], ["", *rows[3][1:]]]
    t = find_tables("Các đơn vị thực hiện như sau:\n\n" + _d2t(word) + "\n")[0]
    assert [r.label for r in t.rows if r.kind == "task"] == ["1", "2"]
