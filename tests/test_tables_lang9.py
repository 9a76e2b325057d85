"""``pdftotext -layout`` tables, round 26 (helper 123): cells the PDF merged down over several
rows (printed once by the copy, on the row where the text layer placed them) and a header row cut
by a page break."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from ndq57 import parse
from tables_support import copy_and_pdf, deadline_facts


def _facts(name: str) -> dict[tuple[str, str], set[str]]:
    return deadline_facts(parse((FIXTURES / name).read_text(encoding="utf-8")).deadlines)


def test_merged_lead_carried_down_own_fixture() -> None:
    leads = _facts("pdftotext_layout_bo_merged_lead_lang15.txt")
    lead = "Cục Quản lý đê điều và Phòng, chống thiên tai"
    assert leads[("2026-04-30", "II.I.1")] == {lead}
    # rows 2 and 3 show only their coordinating units: the lead cell was merged down
    assert leads[("2026-06-30", "II.I.2")] == {lead}
    assert leads[("2026-09-30", "II.I.3")] == {lead}
    # the group row does not stop a lead of its own; row 5 takes row 4's
    assert leads[("2026-08-31", "II.II.4")] == {"Cục Viễn thám quốc gia"}
    assert leads[("2026-12-15", "II.II.5")] == {"Cục Viễn thám quốc gia"}


@pytest.mark.parametrize(
    "copy", ["pdftotext_layout_kh_page_cuts_lang11.txt", "pdftotext_layout_kh_glued_cells_lang10.txt"]
)
def test_merged_lead_as_the_pdf_reads_it(copy: str) -> None:
    # copies of office/kh_norepeat.pdf and office/kh_repeat.pdf: the leads the PDFs give
    # (tests/test_tables_lang7.py reads the PDF), merged down over the rows under them
    leads = _facts(copy)
    assert leads[("2026-05-30", "Phụ lục.I.2")] == {"Văn phòng HĐND và UBND huyện"}
    assert leads[("2026-07-31", "Phụ lục.I.3")] == {"Văn phòng HĐND và UBND huyện"}
    assert leads[("2026-11-15", "Phụ lục.II.7")] == {"UBND các xã, thị trấn"}
    assert leads[("2026-12-10", "Phụ lục.III.9")] == {"Phòng Nội vụ"}
    assert len(leads) == 15


def _owners(name: str) -> list[tuple[str | None, str | None, list[tuple[str, str]]]]:
    doc = parse((FIXTURES / name).read_text(encoding="utf-8"))
    return [(d.due, d.section, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]


def test_step_rows_with_their_own_times() -> None:
    got = _owners("pdftotext_layout_so_step_rows_lang15.txt")
    cdc = "Trung tâm Kiểm soát bệnh tật"
    # a step under row 1: its number and lead merged with row 1's, its coordinating unit and
    # times its own
    assert got[0] == ("2027-02-28", "II.1", [(cdc, "lead"), ("Bệnh viện Đa khoa tỉnh", "coordinate")])
    assert got[1] == ("2027-04-30", "II.1", [(cdc, "lead"), ("Các trung tâm y tế huyện", "coordinate")])
    assert got[3] == (
        "2027-06-30",
        "II.2",
        [("Phòng Nghiệp vụ Dược", "lead"), ("Phòng Kế hoạch - Tài chính", "coordinate")],
    )


def test_rows_under_a_header_printed_again_on_the_next_page() -> None:
    got = _owners("pdftotext_layout_so_step_rows_lang15.txt")
    # the header again with its wrapped lines ("T  hợp  Bắt đầu  Hoàn", "thành"), placed anew:
    # its words give the columns of the page's rows
    assert ("2027-09-30", "II.3", [("Trung tâm Kiểm soát bệnh tật", "lead"), ("Công an tỉnh", "coordinate")]) in got
    assert ("2027-08-31", "II.4", [("Phòng Nghiệp vụ Y", "lead"), ("Báo Đông Nguyên", "coordinate")]) in got
    # the body's next heading under the table is no row of it
    assert got[-1][:2] == ("2027-11-15", "III")
    assert len(got) == 7


def test_step_rows_as_the_pdf_reads_them() -> None:
    text, printed = copy_and_pdf("pdftotext_layout_party_parts_lang10.txt", "office/kh_party_appendix.pdf")
    assert text == printed


def test_header_cut_by_a_page_foot() -> None:
    # "ST" / "Đơn vị phối" / "Hoàn" on the first page, the footnote and the page number, then
    # "T   hợp   thành" on the next page over the rows, placed anew in narrower columns
    got = _owners("pdftotext_layout_huyen_head_cut_lang15.txt")
    nn = "Phòng Nông nghiệp và Môi trường"
    assert got == [
        ("2027-03-31", "II.1", [(nn, "lead"), ("Liên minh Hợp tác xã tỉnh", "coordinate")]),
        ("2027-06-30", "II.1", [(nn, "lead"), ("UBND các xã", "coordinate")]),
        ("2027-09-30", "II.2", [("Phòng Kinh tế - Hạ tầng", "lead"), ("Hội Nông dân huyện", "coordinate")]),
        ("2027-12-31", "II.3", [(nn, "lead"), ("Các phòng, ban liên quan", "coordinate")]),
        ("2027-12-10", "III", [("Các cơ quan, đơn vị", "assigned")]),
    ]
    doc = parse((FIXTURES / "pdftotext_layout_huyen_head_cut_lang15.txt").read_text(encoding="utf-8"))
    assert doc.tables[0].columns == ["index", "task", "lead", "coordinate", "other", "time"]
    assert doc.tables[0].header[0] == "STT"


def test_header_cut_by_a_page_foot_as_the_pdf_reads_it() -> None:
    text, printed = copy_and_pdf("pdftotext_layout_kh_head_foot_notes_lang15.txt", "office/kh_merged_head.pdf")
    assert text.keys() == printed.keys()
    # every lead but row 3's, whose two lines the text layer glued to the task's ("… môi Sở Tài
    # nguyên" / "… công và Môi trường": the "và" stays with the task)
    assert {k: v for k, v in text.items() if k != ("2027-09-30", "II.2.3")} == {
        k: v for k, v in printed.items() if k != ("2027-09-30", "II.2.3")
    }


def test_body_items_after_a_table() -> None:
    # "2.2.      Các chi bộ ..." and "3.        Tổ chức thực hiện" under a table's last row: the
    # body's next items, not the row's text; a glued task/lead line keeps the columns
    got = _owners("pdftotext_layout_party_body_items_lang15.txt")
    assert got == [
        ("2026-03-20", "2.1.1", [("Ban Tuyên giáo Đảng ủy", "lead")]),
        ("2026-03-25", "2.2", [("Các chi bộ thôn", "assigned")]),
        ("2026-04-30", "2.3.1", [("Chi bộ thôn Đông", "lead")]),
        ("2026-05-31", "2.3.2", [("Văn phòng Đảng ủy", "lead")]),
        ("2026-04-30", "3", [("Văn phòng Đảng ủy", "lead")]),
    ]



def test_body_items_after_a_table_as_the_pdf_reads_them() -> None:
    # office/tb_party.pdf: "2.4." under the second table's row, "3." under the fourth's
    text, printed = copy_and_pdf("pdftotext_layout_tb_party_items_lang15.txt", "office/tb_party.pdf")
    assert text == printed
    assert ("2026-04-10", "2.4") in text
    assert text[("2026-04-30", "3")] == {"Văn phòng Đảng ủy"}


def _placed_row(places: list[int], cells: list[str]) -> str:
    line = ""
    for at, text in zip(places, cells, strict=True):
        if text:
            line = (line + " " if line and len(line) >= at else line).ljust(at) + text
    return line


def test_many_pages_with_headers_and_steps() -> None:
    # a long table over many pages, the header printed again on each (placed anew), each row
    # with a step under it: every row and step is read, the step with the row's lead
    first, other = [4, 10, 45, 63, 80, 93], [2, 7, 39, 55, 71, 83]
    heading = ["ST", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối", "Thời gian thực hiện", ""]

    def header(p: list[int]) -> list[str]:
        return [
            _placed_row(p, heading),
            _placed_row(p, ["T", "", "", "hợp", "Bắt đầu", "Hoàn"]),
            _placed_row(p, ["", "", "", "", "", "thành"]),
        ]

    lines = ["KẾ HOẠCH", "Kiểm tra năm 2027", "II. NHIỆM VỤ", *header(first)]
    number = 0
    for page in range(30):
        p = first if page == 0 else other
        if page:
            lines += ["", "", f"\f                    {page + 1}", *header(p)]
        for _ in range(3):
            number += 1
            lines.append(_placed_row(p, [str(number), "Kiểm tra hồ sơ tại các", "Phòng Nghiệp vụ", "Sở Tài chính", "Tháng", "Tháng"]))
            lines.append(_placed_row(p, ["", "đơn vị trực thuộc", "Y", "", "01/2027", "3/2027"]))
            lines.append(_placed_row(p, ["", "Báo cáo kết quả kiểm tra", "", "Văn phòng Sở", "Tháng", "Tháng"]))
            lines.append(_placed_row(p, ["", "với Giám đốc Sở", "", "", "4/2027", "5/2027"]))
    doc = parse("\n".join(lines))
    assert len(doc.deadlines) == 2 * number
    assert {d.due for d in doc.deadlines} == {"2027-03-31", "2027-05-31"}
    assert all({a.unit for a in d.assignees if a.role == "lead"} == {"Phòng Nghiệp vụ Y"} for d in doc.deadlines)
    assert doc.deadlines[-1].section == f"II.{number}"
