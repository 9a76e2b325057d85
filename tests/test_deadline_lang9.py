"""The language of deadlines read in round 20 (helper 103): a New Year named with no year in a table
cell or after a limit (the coming one), a plan titled by a period whose first year follows the
signing's, a school term under a time label, the session's day after "trình"/"thông qua ... tại kỳ
họp", a time alone in brackets closing an item, a done word inside a closed bracket, "năm tới"
after a half-year, a yearless span over the year's end; linear."""

from __future__ import annotations

import datetime as dt

import pytest

import ndq57
from ndq57.extract.timex import find_time_expressions

_TABLE = (
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
    "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |\n"
    "|---|---|---|---|\n"
    "| 1 | Thăm hỏi gia đình chính sách | Phòng Nội vụ | {cell} |\n"
)


def _doc(title: str, date: str, body: str, table: str = "") -> ndq57.Document:
    text = f"ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 21/KH-UBND\nHòa Bình, {date}\nKẾ HOẠCH\n{title}\n\n{body}\n\n{table}"
    return ndq57.parse(text)


@pytest.mark.parametrize(
    ("title", "date", "cell", "due"),
    [
        # a plan for 2027 signed in December 2026, one signed in September, one signed in January
        ("Chăm lo Tết năm 2027", "ngày 10 tháng 12 năm 2026", "Tết Nguyên đán", "2027-02-06"),
        ("Chăm lo Tết cho hộ nghèo", "ngày 10 tháng 9 năm 2026", "Tết Nguyên đán", "2027-02-06"),
        ("Chăm lo Tết cho hộ nghèo", "ngày 05 tháng 01 năm 2026", "Tết Nguyên đán", "2026-02-17"),
        ("Chăm lo Tết cho hộ nghèo", "ngày 05 tháng 01 năm 2026", "Trước Tết Nguyên đán", "2026-02-17"),
        # (the first of January already past at signing: the next one)
        ("Chăm lo Tết cho hộ nghèo", "ngày 05 tháng 01 năm 2026", "Tết Dương lịch", "2027-01-01"),
        # (the holiday, not its day)
        ("Chăm lo Tết năm 2027", "ngày 10 tháng 12 năm 2026", "Dịp Tết Nguyên đán", None),
    ],
)
def test_new_year_with_no_year_in_a_cell(title: str, date: str, cell: str, due: str | None) -> None:
    doc = _doc(title, date, "1. Các đơn vị thực hiện theo Phụ lục.", _TABLE.format(cell=cell))
    [d] = [d for d in doc.deadlines if d.section.startswith("Phụ lục")]
    assert (d.phrase, d.due) == (cell, due)


@pytest.mark.parametrize(
    ("title", "date", "dues"),
    [
        ("Chuyển đổi số giai đoạn 2027 - 2030", "ngày 20 tháng 12 năm 2026", ["2027-03-31", "2027-06-30"]),
        ("Chuyển đổi số giai đoạn 2026-2030", "ngày 22 tháng 12 năm 2025", ["2026-03-31", "2026-06-30"]),
        ("Chuyển đổi số thời kỳ 2027 – 2030", "ngày 20 tháng 12 năm 2026", ["2027-03-31", "2027-06-30"]),
        # (a period begun in the year of signing, or a school year: the year of signing)
        ("Chuyển đổi số giai đoạn 2026 - 2030", "ngày 20 tháng 01 năm 2026", ["2026-03-31", "2026-06-30"]),
        ("Năm học 2027 - 2028", "ngày 20 tháng 12 năm 2026", ["2026-03-31", "2026-06-30"]),
    ],
)
def test_plan_for_a_period_starting_next_year(title: str, date: str, dues: list[str]) -> None:
    table = (
        "| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Rà soát quy trình | Văn phòng HĐND và UBND xã | Quý I |\n"
        "| 2 | Sơ kết | Văn phòng HĐND và UBND xã | Tháng 6 |\n"
    )
    doc = _doc(title, date, "1. Các đơn vị thực hiện theo Phụ lục.", "PHỤ LỤC\n" + table)
    assert [d.due for d in doc.deadlines] == dues


_HEAD = "Hòa Bình, ngày 14 tháng 12 năm 2026\n\n"


def _read(item: str) -> list[tuple[str, str | None, str]]:
    return [(d.phrase, d.due, d.rule) for d in ndq57.parse(_HEAD + item).deadlines]


@pytest.mark.parametrize(
    ("item", "want"),
    [
        (
            "1. Phòng Đào tạo cập nhật đề cương. Thời gian thực hiện: học kỳ II năm học 2026 - 2027.",
            [("học kỳ II năm học 2026 - 2027", "2027-05-31", "time_label")],
        ),
        (
            "1. Phòng Đào tạo cập nhật đề cương. Thời gian thực hiện: năm học 2026 - 2027.",
            [("năm học 2026 - 2027", "2027-05-31", "time_label")],
        ),
        (
            "1. Công chức Tài chính lập dự toán, trình HĐND xã tại kỳ họp thứ 6 (dự kiến ngày 25/12/2026).",
            [("dự kiến ngày 25/12/2026", "2026-12-25", "session_delivery")],
        ),
        (
            "1. Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh thông qua Nghị quyết tại kỳ họp cuối năm "
            "(dự kiến ngày 18/12/2026).",
            [("dự kiến ngày 18/12/2026", "2026-12-18", "session_delivery")],
        ),
        (
            "1. Trung tâm Y tế:\n- Tổ chức tập huấn cho cán bộ y tế tuyến xã (quý I/2027).",
            [("quý I/2027", "2027-03-31", "bracketed_term")],
        ),
        (
            "1. Trung tâm Y tế:\n- Tập huấn cho cán bộ y tế tuyến xã (tháng 3/2027).",
            [("tháng 3/2027", "2027-03-31", "bracketed_term")],
        ),
        (
            "1. Sở Xây dựng hoàn thành quy hoạch (đã được phê duyệt tại Quyết định số 12/QĐ-UBND "
            "ngày 10/01/2026) trong năm 2027.",
            [("trong năm 2027", "2027-12-31", "within")],
        ),
        (
            "1. Các đội hoàn thành xong trước Tết Nguyên đán.",
            [("xong trước Tết Nguyên đán", "2027-02-06", "deadline_qualifier")],
        ),
        (
            "1. Các xã báo cáo kết quả trong 6 tháng đầu năm tới.",
            [("trong 6 tháng đầu năm tới", "2027-06-30", "within")],
        ),
        (
            "1. Các phòng bố trí lực lượng trực từ ngày 31/12 đến ngày 02/01.",
            [("từ ngày 31/12 đến ngày 02/01", "2027-01-02", "deadline_qualifier")],
        ),
    ],
)
def test_deadline_read(item: str, want: list[tuple[str, str | None, str]]) -> None:
    assert _read(item) == want


@pytest.mark.parametrize(
    ("item", "phrase", "due"),
    [
        ("6. Ứng dụng công nghệ thông tin (Phòng Văn hóa - Thông tin; Quý II/2027).", "Quý II/2027", "2027-06-30"),
        ("7. Khảo sát mức độ hài lòng của người dân - Phòng Nội vụ - tháng 9/2027.", "tháng 9/2027", "2027-09-30"),
        ("- Số hóa hồ sơ lưu trữ – Trung tâm Phục vụ hành chính công – năm 2027", "năm 2027", "2027-12-31"),
    ],
)
def test_time_as_the_last_part_of_an_item(item: str, phrase: str, due: str) -> None:
    assert _read(item) == [(phrase, due, "bracketed_term")]


@pytest.mark.parametrize(
    "item",
    [
        "6. Ứng dụng công nghệ thông tin (Phòng Văn hóa - Thông tin; Quý II/2026).",
        "Tổng số hồ sơ tiếp nhận - năm 2027.",
        "7. Khảo sát mức độ hài lòng của người dân - Phòng Nội vụ - tháng 9/2027 - đạt 90%.",
    ],
)
def test_no_last_part_term(item: str) -> None:
    assert [d for d in ndq57.parse(_HEAD + item).deadlines if d.rule == "bracketed_term"] == []


@pytest.mark.parametrize(
    "item",
    [
        # a meeting's day, nothing delivered at it
        "1. Hội nghị tổng kết năm dự kiến tổ chức vào ngày 25/12/2026 tại Hội trường xã.",
        # a period already over in brackets, a figure's period before a colon
        "1. Trung tâm Y tế:\n- Tổ chức tập huấn cho cán bộ y tế tuyến xã (quý III/2026).",
        "1. Tổng số ca bệnh (năm 2026): 120 ca.",
        # the holiday, not its day
        "1. Các xã bảo đảm an ninh trật tự trước và trong dịp Tết Nguyên đán.",
        # work told as done, the done word outside brackets
        "1. Các sở đã hoàn thành việc rà soát trong năm 2026.",
    ],
)
def test_no_deadline(item: str) -> None:
    assert [d for d in ndq57.parse(_HEAD + item).deadlines if d.due] == []


def test_bare_time_label_before_a_period() -> None:
    item = "1. Tổ chức quán triệt nghị quyết. Giao Khối dân vận xã. Thời gian: quý I/2027."
    assert _read(item) == [("quý I/2027", "2027-03-31", "time_label")]
    # (a meeting's day and hour after the bare word: not read as a term)
    meeting = "Đảng ủy xã tổ chức Hội nghị sơ kết công tác dân vận.\nThời gian: 8 giờ 00 ngày 28/12/2026."
    assert [d for d in ndq57.parse(_HEAD + meeting).deadlines if d.rule == "time_label"] == []


def test_occasion_prepared_for_in_a_lead_in() -> None:
    text = (
        "Để chuẩn bị báo cáo Chính phủ tại Phiên họp thường kỳ tháng 12/2026, Bộ Tài chính đề nghị:\n"
        "1. Các tỉnh gửi báo cáo về Bộ Tài chính trước ngày 15/12/2026."
    )
    assert _read(text) == [("trước ngày 15/12/2026", "2026-12-15", "deadline_qualifier")]


def test_coming_new_year_needs_a_signing_date() -> None:
    got, _ = find_time_expressions("xong trước Tết Nguyên đán", default_year=2026)
    assert [(e.kind, e.due) for e in got] == [("vague", None)]
    got, _ = find_time_expressions("xong trước Tết Nguyên đán", doc_date=dt.date(2026, 2, 20))
    assert [(e.kind, e.due) for e in got] == [("date", "2027-02-06")]
    got, _ = find_time_expressions("trước mùng 2 Tết", doc_date=dt.date(2026, 2, 20))
    assert [(e.kind, e.due) for e in got] == [("vague", None)]


def test_year_end_list_and_next_year_tail() -> None:
    got, _ = find_time_expressions("trực các ngày 30/12, 31/12 và 01/01, 02/01", default_year=2026)
    assert [e.due for e in got] == ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]
    got, _ = find_time_expressions("trước ngày 10/3 và 15/4", default_year=2026)
    assert [e.due for e in got] == ["2026-03-10", "2026-04-15"]
    got, _ = find_time_expressions("cuối năm sau đó", default_year=2026)
    assert [e.due for e in got] == ["2026-12-31"]


def test_reads_at_size() -> None:
    # 320 sentences of the next year's half, Tết and a quarter (a quadratic path would take minutes here; the growth is measured by benchmarks/bench.py, never
    # by a timed test)
    text = "trong 6 tháng đầu năm tới, xong trước Tết Nguyên đán (quý I/2027) " * 320
    exprs, _ = find_time_expressions(text, doc_date=dt.date(2026, 12, 1), default_year=2026)
    assert len(exprs) == 960
    assert {e.due for e in exprs} == {"2027-06-30", "2027-02-06", "2027-03-31"}
