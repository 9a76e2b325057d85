"""Property tests: parse never raises, on any text; layout keeps every line traceable; hostile
input (long runs of digits, slashes, dots, superscripts, numbering markers, one paragraph of many
deadlines, an endless line ...) is read at a size of tens of thousands of characters and gives
what its parts give. How the time grows with the size is measured by ``benchmarks/bench.py``
(its hostile inputs and repeated pieces), not by timed tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ndq57
from ndq57.parse.layout import build_blocks, clean_lines

FIXTURES = Path(__file__).parent / "fixtures"

PIECES = [
    "Số 01-TB/BCĐ", "ngày 10 tháng 7 năm 2025", "Đắk Lắk, ", "I- ", "II. ", "2.2.1. ", "(1) ", "a) ", "- ", "+ ",
    "**", "***", "*", "¹", "²³", "[1]", "trước ngày 15/7/2025", "31/02/2025", "Hàng tuần", "thứ 6", "11h00",
    "Giao UBND tỉnh chủ trì, phối hợp với Sở Tài chính", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "Nguyễn Văn A",
    "Kính gửi:", "V/v", "PHỤ LỤC", "| a | b |", "07-", "TB/CQTTBCĐ", "quý III/2025", "\n", "\n\n", "  ", "/", ".",
    "0", "9", "-", "(", ")", ":", "Điều 1.", "ĐẢNG CỘNG SẢN VIỆT NAM", "tinh", "hoá", "uỷ", "\t", "\r\n",
    # web and PDF exports of the header: cells on lines of their own, wrapped, bordered, glued
    "CỘNG HÒA XÃ HỘI\n", "CHỦ NGHĨA VIỆT NAM", "\n|\n", "Số:\n", "Hà\n", "Nội, ngày 29 tháng 3\n", "năm 2026",
    "THỦ TƯỚNG CHÍNH PHỦ điện:", "Y BAN NHÂN DÂN", "61/2018/NĐCP", "Số hiệu: | 31/TB-VPCP |", " | ",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n", "Căn cứ ", "SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001",
    "trước ngày 15 của tháng cuối quý", "Hằng quý, ", "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |", "Độc lập  Tự do",
]

vietnamese_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=60).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_text)
def test_parse_never_raises(text: str) -> None:
    doc = ndq57.parse(text)
    assert doc.schema.startswith("ndq57/")
    for d in doc.deadlines:
        assert d.line >= 1


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_parse_never_raises_on_arbitrary_unicode(text: str) -> None:
    ndq57.parse(text)


@settings(max_examples=200, deadline=None)
@given(vietnamese_text)
def test_every_block_maps_to_real_lines(text: str) -> None:
    lines = clean_lines(text)
    body = build_blocks(lines)
    n = len(lines)
    for blk in body.blocks:
        offsets = [o for o, _ in blk.line_map]
        assert offsets == sorted(offsets)
        for _, line in blk.line_map:
            assert 1 <= line <= n


# Short texts made of the pieces that numbering, date and citation patterns feed on.
HOSTILE = [
    "0", "1", "9", "12", "2025", "31", "/", "//", ".", "..", "-", "–", ",", ";", ":", "¹", "²", "³", "⁴", "⁰", "*",
    "(", ")", "[", "]", "I.", "II-", "IV.", "XII", "1.", "1.1.", "2.2.1.", "(1)", "a)", "đ)", "+", " ", "\n", "\n\n",
    "ngày ", "tháng ", "năm ", "quý ", "trước ", "Số ", "Điều ", "Khoản ", "h", "giờ ", "thứ ", "/TB-", "UBND", "\t",
    "\r", "\u0301", "\u0323", "\ufeff", "\u00a0", "**", "|",
]
hostile_text = st.lists(st.sampled_from(HOSTILE), max_size=40).map("".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_parse_never_raises_on_hostile_pieces(text: str) -> None:
    doc = ndq57.parse(text)
    assert doc.source.sha256
    for d in doc.deadlines:
        assert d.line >= 1


# ---------------------------------------------------------------- hostile input at size

# Inputs that once made the time grow much faster than the input, each parsed here once at a size
# of tens of thousands of characters (a quadratic path would take minutes there), with what the
# record must hold at that size. Their growth with the size is measured by benchmarks/bench.py
# (HOSTILE, RUNS), never by a timed test.


@pytest.mark.parametrize(
    "piece",
    ["1/", "1.", "¹", "(1) ", "2.2.", "/", "-", "thứ 6 ", "ngày ", "9" * 50 + " ", "I. ", "a) ", "²³", "1.1.1.1.", "..."],
)
def test_hostile_runs_parse_at_size(piece: str) -> None:
    text = piece * (20_000 // len(piece))
    doc = ndq57.parse(text)
    assert doc.deadlines == [] and doc.tasks == [] and doc.citations == []  # no date, no unit, no symbol
    assert len(doc.sections) <= 1


_HEADER = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 27/KH-UBND\n\nLâm Đồng, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra\n\n"
_ITEM = (
    "{i}. Giao Sở Y tế chủ trì, phối hợp với Sở Công Thương xây dựng kế hoạch kiểm tra liên ngành (theo Công văn "
    "số {i}/UBND-VX ngày 05/3/2026), trình Ủy ban nhân dân tỉnh trước ngày {d}/4/2026; báo cáo định kỳ trước "
    "ngày 25 hằng tháng.\n"
)
_FOOTER = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Khoa\n"


def test_a_long_document_reads_like_its_parts() -> None:
    """A plan whose 8 numbered items come 40 times over (72 K characters) holds 40 times what one
    round of them holds."""
    body = "".join(_ITEM.format(i=i + 1, d=i % 28 + 1) for i in range(8))

    def plan(n: int) -> str:
        return _HEADER + body * n + _FOOTER

    one, many = ndq57.parse(plan(1)), ndq57.parse(plan(40))
    assert len(one.deadlines) == 16 and len(one.sections) == 8 and len(one.citations) == 8
    assert len(many.deadlines) == 40 * 16 and len(many.sections) == 40 * 8 and len(many.citations) == 40 * 8
    def owners(doc: ndq57.Document) -> set[tuple[str, str]]:
        return {(a.canonical, a.role) for d in doc.deadlines for a in d.assignees}

    assert owners(one) == owners(many) == {("Sở Y tế", "lead"), ("Sở Công Thương", "coordinate")}


# Hostile documents (benchmarks/bench.py measures the same shapes at larger sizes): one paragraph
# of many deadlines, an endless line, footnote marks on every line, deep numbering, repeated time
# phrases, a line of citations, tables, labelled blocks, lists of units, OCR slips, a sentence cut
# by many page breaks, a title of many lines, deadlines each followed by an item label, a table whose cells come one after the other,
# a table's header line printed over and over, terms right after an event in every clause.
HOSTILE_DOCUMENTS: dict[str, Callable[[int], str]] = {
    "many_deadlines": lambda n: "Giao Sở Tài chính báo cáo trước ngày 15/3/2026. " * n,
    "endless_line": lambda n: "Giao Sở Nội vụ chủ trì, phối hợp với Sở Y tế rà soát trước ngày 15/3/2026, báo cáo UBND; " * n,
    "no_clause_mark": lambda n: "Sở Tài chính rà soát hồ sơ năm 2026 và báo cáo kết quả " * n,
    "joined_fixtures": lambda n: _joined_fixtures(400 * n),
    "footnote_marks": lambda n: "".join(f"Nội dung {i}¹\n" for i in range(n)),
    "deep_numbering": lambda n: "1." * n + " Giao Sở Tài chính báo cáo trước ngày 15/3/2026.\n",
    "deep_numbering_lines": lambda n: ("1." * 50 + " Giao Sở Tài chính báo cáo trước ngày 15/3/2026.\n") * n,
    "quarters": lambda n: "quý I quý II " * n,
    "month_phrases": lambda n: "chậm nhất trong tháng 7/2026 " * n,
    "citations_line": lambda n: "".join(f"Công văn số {i}/UBND-VX ngày 05/3/2026, " for i in range(n)),
    "clauses_no_owner": lambda n: "báo cáo kết quả trước ngày 15/3/2026; " * n,
    "pipe_table": lambda n: "| STT | Nội dung | Chủ trì | Thời hạn |\n|---|---|---|---|\n"
    + "".join(f"| {i} | Rà soát hồ sơ | Sở Tài chính | Trước ngày 15/3/2026 |\n" for i in range(n)),
    "layout_table": lambda n: "STT    Nội dung công việc    Đơn vị chủ trì    Thời hạn\n"
    + "".join(f"{i}      Rà soát hồ sơ         Sở Tài chính      Tháng 3/2026\n" for i in range(n)),
    "header_lines": lambda n: "STT    Nội dung công việc    Đơn vị chủ trì    Thời hạn\n" * n,
    "tab_rows": lambda n: "".join(f"{i}\tRà soát hồ sơ\tSở Tài chính\tTháng 3/2026\n" for i in range(n)),
    "labelled_blocks": lambda n: "".join(
        f"- Nội dung: Rà soát hồ sơ {i}\n- Đơn vị chủ trì: Sở Tài chính\n- Thời gian hoàn thành: Tháng 3/2026\n"
        for i in range(n)
    ),
    "unit_list": lambda n: "Giao " + ", ".join(["Sở Tài chính", "Sở Nội vụ", "UBND các huyện"] * n) + " báo cáo trước ngày 15/3/2026.",
    "ocr_slips": lambda n: "Điêu l. Giao Sở Tài chinh bao cáo truớc ngày 15/3/2026 va thưc hiên. " * n,
    "page_break_pieces": lambda n: "1. Giao Sở Tài chính\n\n" + "\n\n".join(f"nội dung số {i} và" for i in range(n))
    + " báo cáo trước ngày 15/3/2026.\n",
    "title_lines": lambda n: "\n\n".join("KẾ HOẠCH" for _ in range(n)) + "\n\nGiao Sở Tài chính báo cáo trước ngày 15/3/2026.\n",
    "inline_labels": lambda n: "Sở Tài chính báo cáo " + "trước ngày 30/6/2027 (1). " * n,
    "event_terms": lambda n: "Sở Y tế báo cáo ngay sau khi kết thúc đợt kiểm tra, hoàn thành trước ngày 15/3/2027; " * n,
    "held_events": lambda n: "Các chi bộ hoàn thành việc chuẩn bị trước khi tổ chức Đại hội chi bộ, " * n,
    "held_chain": lambda n: "Đại hội chi bộ được tổ chức trước Đại hội Đảng bộ xã và " * n,
    "period_limits": lambda n: "Sở Tư pháp ban hành văn bản hướng dẫn trong tháng 5/2027 và " * n,
    "roadmap_lines": lambda n: "1. Lộ trình thực hiện\n"
    + "".join(f"- Tháng {1 + i % 12}/2027: tổ chức hội nghị số {i}.\n" for i in range(n)),
    "partner_clauses": lambda n: "".join(
        f"Phối hợp với các đoàn thể chính trị - xã hội xã. Trong năm 2027, tổ chức tuyên truyền đợt {i}. "
        for i in range(n)
    ),
    "owners_in_brackets": lambda n: "1. Các nhiệm vụ: "
    + "".join(f"rà soát hồ sơ đợt {i} (Sở Nội vụ chủ trì, Sở Tư pháp phối hợp); " for i in range(n))
    + "hoàn thành trước ngày 15/3/2027.\n",
    "partners_no_lead": lambda n: "1. Sở Xây dựng rà soát hồ sơ. "
    + "".join(f"Sở Công Thương phối hợp kiểm tra đợt {i}; " for i in range(n))
    + "hoàn thành trước ngày 15/3/2027.\n",
    "bold_pieces": lambda n: "1. "
    + "".join(f"**Sở Tài chính** rà soát hồ sơ đợt {i}, *hoàn thành trước ngày 15/3/2027*. " for i in range(n))
    + "\n",
    "period_headings": lambda n: "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/CTr-UBND\nAn Phú, ngày 01 tháng 12 năm 2026\n\n"
        + "CHƯƠNG TRÌNH\nCông tác năm 2027\n\nI. NỘI DUNG CÔNG TÁC\n"
    + "".join(
        f"Tháng {1 + i % 12}\n- Tổ chức hội nghị chuyên đề số {i}.\n"
            f"- Phòng Văn hóa - Xã hội rà soát hồ sơ số {i}.\n"
        for i in range(n)
    ),
    "running_header_pages": lambda n: "ỦY BAN NHÂN DÂN\nTỈNH TRÀ LĨNH\nSố: 112/KH-UBND\nTrà Lĩnh, ngày 15 tháng 3 năm 2027\n\n"
    + "KẾ HOẠCH\nCấp nước\n\n" + " " * 52 + "Phụ lục I\n"
    + "STT            Nội dung nhiệm vụ                 Cơ quan chủ trì   Cơ quan phối hợp      Thời gian\n"
    + "".join(
        f" {i:<5} Rà soát hồ sơ công trình số {i:<6}        Sở Xây dựng       Các xã               Quý II/2027\n\n"
        + " " * 51 + f"{i}\n\f" + " " * 43 + "Phụ lục I – Kế hoạch số 112/KH-UBND ngày 15/3/2027 của UBND tỉnh\n\n"
        for i in range(1, n + 1)
    ),
    "meeting_cycles": lambda n: "1. " + "Ban Chấp hành họp thường kỳ 03 tháng một lần; " * n + "\n",
    "ongoing_clauses": lambda n: "1. "
    + "".join(
        f"Sở Tài chính kiểm tra hồ sơ đợt {i}, thực hiện thường xuyên; báo cáo trước ngày 15/3/2027. " for i in range(n)
    )
    + "\n",
    "monthly_days": lambda n: "1. " + "Hằng tháng, các chi bộ duy trì sinh hoạt vào ngày 05; " * n + "\n",
    "named_persons": lambda n: "1. " + "Đồng chí Nguyễn Văn An báo cáo trước ngày 10/5/2027; " * n + "\n",
    "person_titles": lambda n: "1. " + "Trưởng phòng báo cáo trước ngày 10/5/2027; " * n + "\n",
    "day_words": lambda n: "1. " + "Đội kiểm tra ngay trong ngày phát hiện; " * n + "\n",
    "capital_headings": lambda n: "KẾ HOẠCH\nThử\n\n1. " + "I. MỤC TIÊU -_IIL NHIỆM VỤ TRỌNG TÂM III. KINH PHÍ THỰC HIỆN " * n + "\n",
    "labelled_line": lambda n: "1. "
        + "".join(f"Cơ quan chủ trì: Sở Tư pháp. Cơ quan phối hợp: Sở Nội vụ, Thanh tra (đợt {i}). " for i in range(n))
        + "\n",
    "quarter_days": lambda n: "1. " + "Định kỳ hằng quý, các sở báo cáo kết quả trước ngày 15 của tháng cuối quý. " * n + "\n",
    "yearly_lists": lambda n: "1. "
        + "Hằng năm, các xã báo cáo trước ngày 10/6, ngày 10/12 và gửi bản cứng trước 20/12/2027. " * n
        + "\n",
    "steering_names": lambda n: "1. " + "Tổ giúp việc Ban Chỉ đạo Trung ương và Cơ quan Thường trực Ban Chỉ đạo tỉnh " * n + "\n",
    "titled_units": lambda n: "1. "
        + "Giao Vụ Kế hoạch - Tài chính chủ trì, phối hợp với Cục Thủy lợi tổng hợp, trình Lãnh đạo Bộ. " * n
        + "\n",
    "next_month_reports": lambda n: "1. " + "Các xã gửi báo cáo về Sở trước ngày 05 của tháng sau, " * n + "\n",
    "kept_collectives": lambda n: "1. " + "Các tổ chức chính trị - xã hội ở Trung ương hướng dẫn thực hiện. " * n + "\n",
    "quarter_months": lambda n: "1. " + "Định kỳ hằng quý vào tháng 3, 6, 9, 12, các xã gửi báo cáo về Sở Nội vụ. " * n + "\n",
    "cited_issuers": lambda n: "1. " + "Nghị quyết số 57-KH/TW của Bộ Chính trị " * n + "\n",
    "paged_pipe_table": lambda n: "| STT | Nhiệm vụ | Chủ trì | Thời gian |\n|---|---|---|---|\n"
    + "".join(f"| {i} | Rà soát hồ sơ số {i} | Sở Tài chính | Quý II/2027 |\n\n{i}\n\n" for i in range(1, n + 1)),
    "flow_table": lambda n: "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian\nhoàn thành\n"
    + "".join(f"{i} Rà soát hồ sơ thủ tục hành chính\nSở Tài chính Các sở, ngành Quý II/2026\n" for i in range(1, n + 1)),
}

# name -> (n, what the record holds: deadlines, tasks read from a table, tasks read from a labelled
# block, citations, tables)
HOSTILE_AT_SIZE: dict[str, tuple[int, tuple[int, int, int, int, int]]] = {
    "many_deadlines": (400, (400, 0, 0, 0, 0)),
    "endless_line": (300, (300, 0, 0, 0, 0)),
    "no_clause_mark": (800, (0, 0, 0, 0, 0)),
    "footnote_marks": (2000, (0, 0, 0, 0, 0)),
    "deep_numbering": (400, (1, 0, 0, 0, 0)),
    "deep_numbering_lines": (100, (100, 0, 0, 0, 0)),
    "quarters": (1000, (0, 0, 0, 0, 0)),
    "month_phrases": (500, (500, 0, 0, 0, 0)),
    "citations_line": (500, (0, 0, 0, 500, 0)),
    "clauses_no_owner": (500, (500, 0, 0, 0, 0)),
    "pipe_table": (300, (300, 300, 0, 0, 1)),
    "layout_table": (99, (99, 99, 0, 0, 1)),  # (a row number of three digits would shift the columns)
    "header_lines": (600, (0, 0, 0, 0, 0)),  # (each line a table's header, no row under any)
    "tab_rows": (500, (0, 0, 0, 0, 1)),
    "labelled_blocks": (200, (200, 0, 200, 0, 0)),
    "unit_list": (300, (1, 0, 0, 0, 0)),
    "ocr_slips": (200, (200, 0, 0, 0, 0)),
    "page_break_pieces": (400, (1, 0, 0, 0, 0)),
    "title_lines": (400, (1, 0, 0, 0, 0)),
    "inline_labels": (500, (500, 0, 0, 0, 0)),
    "event_terms": (300, (600, 0, 0, 0, 0)),  # (a term right after an event, and a date, in each clause)
    "held_events": (300, (296, 0, 0, 0, 0)),  # (a limit before an event's holding in each clause, no full stop)
    "held_chain": (300, (299, 0, 0, 0, 0)),  # (one clause far over 300 characters: "held before" is not read)
    "period_limits": (300, (300, 0, 0, 0, 0)),  # (one subject, its period in each of the clause's parts)
    "roadmap_lines": (300, (300, 0, 0, 0, 0)),  # (a month as each line's label, the work after it)
    "partner_clauses": (300, (300, 0, 0, 0, 0)),  # (a partner named in each sentence, no owner anywhere)
    "owners_in_brackets": (300, (1, 0, 0, 0, 0)),  # (a lead and a partner in each bracket, one limit)
    "partners_no_lead": (300, (1, 0, 0, 0, 0)),  # (a partner's work in each clause, one limit)
    "bold_pieces": (300, (300, 0, 0, 0, 0)),  # (an owner in bold and a limit in each sentence)
    "period_headings": (300, (300, 0, 0, 0, 0)),  # (each month heading the deadline of its items)
    "ongoing_clauses": (300, (600, 0, 0, 0, 0)),
    "meeting_cycles": (300, (300, 0, 0, 0, 0)),  # (a body's regular meeting in each clause of one sentence)
    "running_header_pages": (100, (100, 100, 0, 0, 1)),  # (a running header at each page break: one table)  # (work said to go on, and a limit, in each sentence)
    "monthly_days": (300, (300, 0, 0, 0, 0)),  # (a day of a monthly cycle in each clause of one sentence)
    "named_persons": (300, (300, 0, 0, 0, 0)),  # (a person named by "Đồng chí", a limit, in each clause)
    "person_titles": (300, (300, 0, 0, 0, 0)),  # (a person by a title alone, a limit, in each clause)
    "day_words": (300, (300, 0, 0, 0, 0)),  # (a term counted from the day something is found, in each clause)
    "capital_headings": (300, (0, 0, 0, 0, 0)),  # (headings in capitals run into one line: no work)
    "labelled_line": (300, (0, 0, 300, 0, 0)),  # (a task of each block, its own part of the line its text)
    "quarter_days": (300, (300, 0, 0, 0, 0)),  # (a day of each quarter's last month in each sentence)
    "yearly_lists": (300, (600, 0, 0, 0, 0)),  # (two yearly days listed, and a date, in each sentence)
    "steering_names": (300, (0, 0, 0, 0, 0)),  # (steering boards' bodies named, no work)
    "titled_units": (300, (0, 0, 0, 0, 0)),  # (units and a title in each sentence, no time)
    "next_month_reports": (300, (1, 0, 0, 0, 0)),  # (clauses joined by commas, one monthly duty read)
    "kept_collectives": (300, (0, 0, 0, 0, 0)),  # (a collective whose kept words hold a unit's name, in each sentence)
    "quarter_months": (300, (300, 0, 0, 0, 0)),  # (the same month of every quarter, in each sentence)
    "cited_issuers": (300, (0, 0, 0, 300, 0)),  # (a document cited with its issuer and no date, n times)
    "paged_pipe_table": (300, (300, 300, 0, 0, 1)),  # (a page's number after each row: one table)
    "flow_table": (300, (300, 300, 0, 0, 1)),  # (row numbers of four digits are not read as rows)
}


@pytest.mark.parametrize("name", sorted(HOSTILE_AT_SIZE))
def test_hostile_documents_parse_at_size(name: str) -> None:
    n, want = HOSTILE_AT_SIZE[name]
    text = HOSTILE_DOCUMENTS[name](n)
    doc = ndq57.parse(text)
    read_as = [t.read_as for t in doc.tasks]
    got = (len(doc.deadlines), read_as.count("table"), read_as.count("block"), len(doc.citations), len(doc.tables))
    assert got == want
    last = text.count("\n") + 1
    assert all(1 <= d.line <= last for d in doc.deadlines)
    # (each owner's sections and deadlines listed once: a unit of every row has them all)
    for e in doc.assignees:
        assert len(set(e.sections)) == len(e.sections) and len(set(e.deadlines)) == len(e.deadlines)
    if name == "pipe_table":
        [e] = doc.assignees
        assert len(e.sections) == n and len(e.deadlines) == n
    if name == "labelled_line":
        # (each block's task its own part of the line, not the whole line again)
        assert max(len(t.text) for t in doc.tasks) < 200


def test_joined_fixtures_read_like_the_fixtures() -> None:
    """Our fixtures with their line ends lost (one 40 K-character line) still give deadlines and
    citations."""
    doc = ndq57.parse(_joined_fixtures(40_000))
    assert len(doc.deadlines) >= 50 and len(doc.citations) >= 20


def _joined_fixtures(n: int) -> str:
    """Our fixtures joined into one line (a text whose line ends were lost), ``n`` characters.
    (Not the one whose lines are joined by a converter's ``<br>`` line breaks: its line ends are
    not lost so, and its sign-off would end the joined text's body there.)"""
    paths = [p for p in sorted(FIXTURES.glob("*.txt")) if p.name != "damaged_html_breaks.txt"]
    one = " ".join(p.read_text(encoding="utf-8") for p in paths).replace("\n", " ")
    return (one * (n // len(one) + 1))[:n]
