"""The language of deadlines read in round 21 (helper 107): an item of the operative part opening
with its owner is asked of it whatever its verb; "cả năm" after a time label; a span across units
of time ("Tháng 12/2026 - Quý I/2027"); an event, its time, then who organises it; the unit named
beside a time in brackets or between dashes; the first month of a named year; a part of a month of
the next year; linear."""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.extract.timex import find_time_expressions

_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 5/KH-UBND\nĐiện Biên, ngày 18 tháng 12 năm 2026\nKẾ HOẠCH\n{title}\n\n"


def _read(body: str, title: str = "Chuyển đổi số năm 2027") -> list[tuple[str, str | None, str, list[str]]]:
    doc = ndq57.parse(_HEAD.format(title=title) + body)
    return [(d.phrase, d.due, d.rule, [a.canonical for a in d.assignees]) for d in doc.deadlines]


_OPS = "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"


@pytest.mark.parametrize(
    ("item", "want"),
    [
        # the owner first, then a verb of no obligation: the year is the item's term
        (
            _OPS + "2.2. UBND các xã, phường phủ sóng 5G đến thôn, bản trong năm 2027.",
            [("trong năm 2027", "2027-12-31", "within", ["Ủy ban nhân dân các xã, phường"])],
        ),
        (
            _OPS + "1. Sở Văn hóa, Thể thao và Du lịch số hóa các di tích cấp tỉnh trong năm 2027.",
            [("trong năm 2027", "2027-12-31", "within", ["Sở Văn hóa, Thể thao và Du lịch"])],
        ),
    ],
)
def test_owner_opening_an_operative_item(item: str, want: list[tuple[str, str | None, str, list[str]]]) -> None:
    assert _read(item) == want


@pytest.mark.parametrize(
    "item",
    [
        # not in the operative part, a year already gone, a story told, no owner first
        "I. MỤC ĐÍCH\n1. UBND các xã, phường phủ sóng 5G đến thôn, bản trong năm 2027.",
        _OPS + "1. UBND các xã đã phủ sóng 5G đến thôn, bản trong năm 2026.",
        _OPS + "1. Mạng 5G phủ sóng đến thôn, bản trong năm 2027.",
        _OPS + "1. Những hộ nghèo có điện thoại thông minh trong năm 2027.",
    ],
)
def test_no_owner_opening(item: str) -> None:
    assert [d for d in ndq57.parse(_HEAD.format(title="Chuyển đổi số") + item).deadlines if d.rule == "within"] == []


@pytest.mark.parametrize(
    ("item", "phrase", "due"),
    [
        ("1. Tập huấn kỹ năng số cho cán bộ. Thời gian: cả năm 2027.", "năm 2027", "2027-12-31"),
        ("1. Tập huấn kỹ năng số cho cán bộ. Thời gian thực hiện: suốt năm 2027.", "năm 2027", "2027-12-31"),
        ("1. Tuyên truyền về chuyển đổi số. Thời gian thực hiện: Cả năm.", "Cả năm", "2027-12-31"),
        ("1. Tuyên truyền về chuyển đổi số.\nThời gian: Trong năm", "Trong năm", "2027-12-31"),
    ],
)
def test_whole_year_after_a_time_label(item: str, phrase: str, due: str) -> None:
    assert [(p, d, r) for p, d, r, _ in _read(_OPS + item)] == [(phrase, due, "time_label")]


def test_whole_year_needs_a_label() -> None:
    assert _read(_OPS + "1. Tuyên truyền về chuyển đổi số cả năm.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "start", "due"),
    [
        ("Tháng 12/2026 - Quý I/2027", "Tháng 12/2026 - Quý I/2027", "2026-12-01", "2027-03-31"),
        ("Thực hiện từ tháng 12/2026 đến quý I/2027.", "từ tháng 12/2026 đến quý I/2027", "2026-12-01", "2027-03-31"),
        ("Quý IV/2026 – tháng 02/2027", "Quý IV/2026 – tháng 02/2027", "2026-10-01", "2027-02-28"),
    ],
)
def test_span_across_units(text: str, phrase: str, start: str, due: str) -> None:
    [e] = find_time_expressions(text)[0]
    assert (e.phrase, e.kind, e.start_date, e.due) == (phrase, "range", start, due)


@pytest.mark.parametrize(
    "text",
    ["Quý I/2027 - tháng 02/2027", "Tháng 12 - Quý I/2027", "tháng 12/2026, quý I/2027"],
)
def test_no_span_across_units(text: str) -> None:
    assert [e.kind for e in find_time_expressions(text, default_year=2026)[0]] != ["range"]


def test_table_span_across_units() -> None:
    table = (
        "PHỤ LỤC\n| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Rà soát hạ tầng | Sở Nội vụ | Tháng 12/2026 - Quý I/2027 |\n"
    )
    got = _read("1. Các đơn vị thực hiện theo Phụ lục.\n\n" + table)
    assert got == [("Tháng 12/2026 - Quý I/2027", "2027-03-31", "table_time_cell", ["Sở Nội vụ"])]


@pytest.mark.parametrize(
    ("item", "want"),
    [
        (
            "3. Hội nghị sơ kết (tháng 7/2027) do Văn phòng UBND tỉnh tham mưu tổ chức.",
            [("tháng 7/2027", "2027-07-31", "event_organised_by", ["Văn phòng Ủy ban nhân dân tỉnh"])],
        ),
        (
            "3. Hội nghị chuyên đề (quý II/2027) do các trường luân phiên tổ chức.",
            [("quý II/2027", "2027-06-30", "event_organised_by", ["Các trường"])],
        ),
        (
            "3. Kiểm tra công vụ (Sở Tư pháp; Quý II/2027).",
            [("Quý II/2027", "2027-06-30", "bracketed_term", ["Sở Tư pháp"])],
        ),
        (
            "3. Khảo sát sự hài lòng - Sở Nội vụ - tháng 9/2027.",
            [("tháng 9/2027", "2027-09-30", "bracketed_term", ["Sở Nội vụ"])],
        ),
    ],
)
def test_owner_beside_the_time(item: str, want: list[tuple[str, str | None, str, list[str]]]) -> None:
    assert _read(_OPS + item) == want


@pytest.mark.parametrize(
    "item",
    [
        # an event told with its time, nobody asked to organise it; one told as held
        "3. Hội nghị sơ kết (tháng 7/2027) sẽ diễn ra tại Hội trường tỉnh.",
        "3. Hội nghị sơ kết (tháng 7/2026) do Văn phòng đã tổ chức thành công.",
    ],
)
def test_event_not_organised_by(item: str) -> None:
    assert [d for d in ndq57.parse(_HEAD.format(title="Chuyển đổi số") + item).deadlines
            if d.rule == "event_organised_by"] == []


def test_fixture_reads() -> None:
    doc = ndq57.parse((FIXTURES / "dept_kh_digital_lang10.txt").read_text(encoding="utf-8"))
    got = {d.phrase: (d.due, [a.canonical for a in d.assignees]) for d in doc.deadlines}
    assert got["chậm nhất trong tháng đầu năm 2027"][0] == "2027-01-31"
    assert got["trước cuối tháng 1 năm tới"][0] == "2027-01-31"
    assert got["Cả năm"][0] == "2027-12-31"
    assert got["Tháng 12/2026 - Quý I/2027"][0] == "2027-03-31"
    assert got["Quý III/2027"][1] == ["Văn phòng Sở"]
    assert "Đến hết năm 2027" not in got


def test_reads_at_size() -> None:
    # 160 parts of one item each (a quadratic path would take minutes here; the growth is measured
    # by benchmarks/bench.py, never by a timed test): one deadline a part
    item = _OPS + "1. Sở Nội vụ rà soát (Sở Tư pháp; Quý II/2027). Thời gian: cả năm 2027.\n"
    doc = ndq57.parse(_HEAD.format(title="X") + item * 160)
    assert len(doc.deadlines) == 160 and {d.due for d in doc.deadlines} == {"2027-12-31"}


@pytest.mark.parametrize(
    ("item", "owners"),
    [
        # the time closing a clause after ";" is that clause's subject's, not the paragraph's first
        (
            "1. Giao Sở Nội vụ theo dõi chung; Sở Y tế xây dựng đề án; thời gian thực hiện: từ tháng 3/2027 "
            "đến tháng 9/2027.",
            ["Sở Y tế"],
        ),
        # ... but the numbered items of a list share the time closing them
        (
            "1. Đề nghị: (1) Sở Tài chính bố trí kinh phí; (2) Sở Xây dựng thẩm định thiết kế; thời gian "
            "hoàn thành trước ngày 30/6/2027.",
            ["Sở Tài chính", "Sở Xây dựng"],
        ),
    ],
)
def test_owner_of_the_time_clause(item: str, owners: list[str]) -> None:
    [(_, _, _, got)] = _read(_OPS + item)
    assert got == owners
