"""Round 33 (helper 164): task tables in the text ``pdftotext`` prints without ``-layout`` whose
number column comes out as a block of its own ("TT" / "A" / "1" / "2" …), the other columns' text
after it:

* the table going on over the next page, its header not printed again: the page's number, the
  next rows' numbers a line each ("2" / "3" / "B" / "4" …), then the rows, each row's task, lead
  and time glued into its lines ("Kiểm tra việc thực hiện quy chế Ủy ban Kiểm tra Trước ngày");
* the columns after the number column printed a row after another that way on the first page
  (the time column's heading above the rows, not over a block of times);
* a glued row's lead whose next lines come after the task's in turn ("Công chức Nông" / "và bệnh
  đạo ôn …" / "nghiệp - Môi" / … / "trường"), glued to a task's line ("… trên địa nghiệp
  Phước"), on the line under the task's first ("Đài Truyền" / "thanh xã"), after a word that
  joins ("… giới thiệu các Trung tâm Văn"), a time's date glued to the lead's line ("HĐND và UBND
  05/12/2026"), a vague time cut in two ("Thường" / "xuyên").
"""

from __future__ import annotations

import functools

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables


@functools.cache
def _rows(name: str) -> dict[str, ndq57.model.Deadline]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return {d.section: d for d in ndq57.parse(text).deadlines}


def _leads(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "lead"]


_NEXT = "pdftotext_default_rows_next_page_lang33_164"
_PARTY = "pdftotext_default_party_rows_next_page_lang33_164"
_BLOCK = "pdftotext_default_glued_block_lang33_164"


def test_rows_going_on_over_the_next_page_without_a_header() -> None:
    rows = _rows(_NEXT)
    assert [(s, d.due, d.kind, _leads(d)) for s, d in rows.items() if s.startswith("II.B.")] == [
        ("II.B.4", "2026-06-20", "date", ["Hội Nông dân xã"]),
        ("II.B.5", "2026-07-31", "month", ["Công chức Địa chính - Xây dựng"]),
        ("II.B.6", None, "vague", ["Đài Truyền thanh xã"]),  # ("Thường" / "xuyên"; the lead a line lower)
        ("II.B.7", "2026-08-31", "date", ["Công an xã"]),
        ("II.B.8", None, "recurring", ["Bộ phận Tài chính - Kế toán xã"]),  # (helper 109: its last line "xã" kept)
        ("II.B.9", "2026-09-30", "month", ["Đoàn Thanh niên xã"]),
        ("II.B.10", "2026-10-10", "date", ["Văn phòng HĐND và UBND xã"]),
    ]
    assert rows["II.B.7"].task == "Kiểm tra các cửa hàng kinh doanh vật tư nông nghiệp trên địa bàn xã"


def test_the_first_pages_leads_whose_lines_come_in_turn_with_the_tasks() -> None:
    rows = _rows(_NEXT)
    assert _leads(rows["II.A.1"]) == ["Công chức Nông nghiệp - Môi trường"]  # (was: "Công chức Nông")
    assert rows["II.A.1"].task == "Điều tra, theo dõi mật độ rầy nâu và bệnh đạo ôn trên các cánh đồng lúa"
    assert _leads(rows["II.A.2"]) == ["Hợp tác xã Nông nghiệp Phước Long"]  # (was: "Hợp tác xã Nông Long")
    assert rows["II.A.2"].task == "Lập bản đồ các vùng có nguy cơ phát sinh dịch hại cao trên địa bàn xã"


def test_a_party_plans_rows_over_the_next_page() -> None:
    rows = _rows(_PARTY)
    assert [(s, d.due, _leads(d)) for s, d in rows.items() if s.startswith("II.B.")] == [
        ("II.B.4", "2026-07-15", ["Ủy ban MTTQ Việt Nam xã"]),
        ("II.B.5", "2026-08-31", ["Công an xã"]),
        ("II.B.6", None, ["Hội Liên hiệp Phụ nữ xã"]),
        ("II.B.7", None, ["Công chức Văn hóa - Xã hội"]),
        ("II.B.8", "2026-09-30", ["Ủy ban Kiểm tra Đảng ủy"]),
        ("II.B.9", "2026-10-31", ["Đoàn Thanh niên xã"]),
        ("II.B.10", "2026-12-05", ["Văn phòng HĐND và UBND xã"]),  # ("HĐND và UBND 05/12/2026")
    ]
    assert rows["II.B.10"].task == "Sơ kết phong trào, đề xuất khen thưởng các mô hình tiêu biểu"


def test_a_lead_opening_after_a_joining_word_near_the_usual_start() -> None:
    row = _rows(_PARTY)["II.A.2"]
    assert row.due == "2026-07-31"
    assert _leads(row) == ["Trung tâm Văn hóa - Thể thao xã"]  # (was: none)
    assert row.task == "Biên soạn tài liệu giới thiệu các mô hình dân vận khéo tiêu biểu"


_AFTER = "pdftotext_default_times_after_heading_lang33_164"


def test_rows_glued_after_the_number_block_on_the_first_page() -> None:
    rows = _rows(_BLOCK)
    assert [(s, d.due, _leads(d)) for s, d in rows.items() if s in ("II.A.1", "II.A.2", "II.A.3", "II.B.4")] == [
        ("II.A.1", "2026-05-25", ["Công chức Nông nghiệp - Môi trường"]),
        ("II.A.2", "2026-06-30", ["Hợp tác xã Nông nghiệp Phước Long"]),
        ("II.A.3", "2026-06-30", ["Ủy ban MTTQ Việt Nam xã"]),
        ("II.B.4", "2026-06-20", ["Hội Nông dân xã"]),
    ]


def test_the_next_pages_times_printed_after_the_next_headings_number() -> None:
    for name in (_BLOCK, _AFTER):
        rows = _rows(name)
        assert [(s, d.due, d.kind, _leads(d)) for s, d in rows.items() if s.startswith("II.B.") and s != "II.B.4"] == [
            ("II.B.5", "2026-07-31", "month", ["Công chức Địa chính - Xây dựng"]),
            ("II.B.6", None, "vague", ["Đài Truyền thanh xã"]),
            ("II.B.7", "2026-08-31", "date", ["Công an xã"]),
            ("II.B.8", None, "recurring", ["Bộ phận Tài chính - Kế toán xã"]),
            ("II.B.9", "2026-09-30", "month", ["Đoàn Thanh niên xã"]),
            ("II.B.10", "2026-10-10", "date", ["Văn phòng HĐND và UBND xã"]),
        ], name
        assert not [s for s in rows if s.startswith("III")], name  # (was: the times in III, no unit)


def test_a_group_title_at_a_pages_foot_then_its_rows_on_the_next() -> None:
    rows = _rows(_AFTER)
    assert rows["II.B.4"].due == "2026-06-20"
    assert _leads(rows["II.B.4"]) == ["Hội Nông dân xã"]
    assert len(rows) == 10


def test_times_after_a_headings_number() -> None:
    lines = ["", "III.", "", "Tháng", "7/2026", "Thường", "xuyên", "Trước ngày", "31/8/2026", "", "TỔ CHỨC THỰC HIỆN"]
    found = flow_tables._times_after(lines, 0, [False] * len(lines), 3)
    assert found is not None
    phrases, end, apart = found
    assert lines[end - 1] == "31/8/2026"
    assert [" ".join(t for _, t in c) for c in phrases] == ["Tháng 7/2026", "Thường xuyên", "Trước ngày 31/8/2026"]
    assert apart == [1]
    assert flow_tables._times_after(lines, 0, [False] * len(lines), 2) is None  # (a time more)


def test_glued_cells_of_one_row() -> None:
    part = [
        (0, "Tổng hợp kết quả, đề xuất khen"),
        (1, "Văn phòng"),
        (2, "Trước ngày"),
        (3, "thưởng tập thể, cá nhân thực HĐND và UBND 10/10/2026"),
        (4, "hiện tốt"),
        (5, "xã"),
    ]
    task, lead, when = flow_tables._glued_cells(part, 30)
    assert " ".join(t for _, t in when) == "Trước ngày 10/10/2026"
    assert " ".join(t for _, t in lead) == "Văn phòng HĐND và UBND xã"
    assert " ".join(t for _, t in task) == "Tổng hợp kết quả, đề xuất khen thưởng tập thể, cá nhân thực hiện tốt"


def test_a_lead_with_no_known_name_keeps_the_dash_pdftotext_dropped() -> None:
    part = [(0, "Cấp phát kinh phí hỗ trợ cho các hộ đã Bộ phận Kế toán Trước ngày"), (1, "hoàn thành sửa chữa"),
            (2, "Ngân sách xã"), (3, "30/9/2026")]  # fmt: skip
    task, lead, when = flow_tables._glued_cells(part, 40)
    assert [t for _, t in lead] == ["Bộ phận Kế toán -", "Ngân sách xã"]
    assert [t for _, t in when] == ["Trước ngày", "30/9/2026"]
    assert [t for _, t in task] == ["Cấp phát kinh phí hỗ trợ cho các hộ đã", "hoàn thành sửa chữa"]


def test_a_page_number_alone_then_no_rows_going_on_is_no_continuation() -> None:
    lines = ["", "2", "Nội dung báo cáo", "Đơn vị thực hiện", "III."]
    assert flow_tables._continued(lines, 0, [False] * len(lines), flow_tables._Seq()) is None


# ------------------------------------------------------------ coordinating units, a cell a paragraph

_PARTNERS = "pdftotext_default_partners_merged_lead_lang33_164"


def _partners(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "coordinate"]


def test_coordinating_units_of_rows_whose_cells_stand_a_paragraph_each() -> None:
    rows = _rows(_PARTNERS)
    assert _partners(rows["I.I.1"]) == ["Công an phường"]  # (was: none)
    assert _partners(rows["I.II.4"]) == ["Các khu phố"]
    assert _partners(rows["I.II.5"]) == ["Tổ dân phố"]


def test_a_row_under_a_merged_lead_shows_its_coordinating_unit_only() -> None:
    rows = _rows(_PARTNERS)
    assert _leads(rows["I.I.2"]) == ["Phòng Kinh tế, Hạ tầng và Đô thị"]  # (was: none)
    assert _partners(rows["I.I.2"]) == ["Đội Trật tự đô thị"]
    assert _leads(rows["I.II.6"]) == ["Phòng Kinh tế, Hạ tầng và Đô thị"]  # (was: Văn phòng HĐND và UBND phường)
    assert _partners(rows["I.II.6"]) == ["Văn phòng HĐND và UBND phường"]


def test_an_interleaved_leads_name_cut_where_no_word_joins() -> None:
    rows = _rows(_PARTNERS)
    assert _leads(rows["I.I.1"]) == ["Phòng Kinh tế, Hạ tầng và Đô thị"]  # (was: "Phòng Kinh tế, Hạ")
    assert rows["I.I.1"].task == "Rà soát các điểm lấn chiếm vỉa hè, lòng đường trên các tuyến phố chính"
    assert _leads(rows["I.II.4"]) == ["Ủy ban MTTQ Việt Nam phường"]  # (was: "Ủy ban MTTQ Việt")


def test_the_units_of_two_paragraphs_are_two_coordinating_units() -> None:
    rows = [d for d in _rows_all("pdftotext_kh_party_parts_default_lang11") if d.section == "Phụ lục.1"]
    # (each of the row's two steps with its own coordinating unit: round 34, helper 170)
    assert [_partners(d) for d in rows] == [["Văn phòng Đảng ủy"], ["Các chi bộ trực thuộc"]]


@functools.cache
def _rows_all(name: str) -> tuple[ndq57.model.Deadline, ...]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(ndq57.parse(text).deadlines)
