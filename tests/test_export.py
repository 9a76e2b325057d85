"""Exporters on hand-built documents and deadline rows (no parsing involved)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
import yaml

from ndq57.export import EXPORTERS, ics
from ndq57.export import csv as csv_export
from ndq57.export.rows import Criteria, build_rows, occurrences, recurrence_text, rrule_text, select, sort_key
from ndq57.model import (
    Assignee,
    Deadline,
    Document,
    Header,
    Recurrence,
    Relative,
    Section,
    Source,
)

SHA = "a" * 64


def make_doc() -> Document:
    sec = Section("1", "1", 1, "arabic", "Nhiệm vụ", 5, "Giao các sở", [])
    deadlines = [
        Deadline(
            id="d1",
            phrase="trước ngày 15/3/2026",
            kind="date",
            qualifier="before",
            due="2026-03-15",
            start=None,
            recurrence=None,
            relative=None,
            section="1",
            line=6,
            task='=HYPERLINK("x"); rà soát, báo cáo kết quả\ntriển khai',
            assignees=[Assignee("Sở Tài chính", "lead", "Sở Tài chính"), Assignee("Sở Nội vụ", "coordinate", "Sở Nội vụ")],
            recipients=["Văn phòng UBND tỉnh"],
        ),
        Deadline(
            id="d2",
            phrase="trước 16h00 ngày 20/3/2026",
            kind="datetime",
            qualifier="before",
            due="2026-03-20T16:00",
            start=None,
            recurrence=None,
            relative=None,
            section="1",
            line=8,
            task="- Gửi danh sách đăng ký, kèm ý kiến của Đắk Lắk về dự thảo",
            assignees=[Assignee("Ủy ban nhân dân các xã", "assigned", "UBND các xã")],
        ),
        Deadline(
            id="d3",
            phrase="trước 11 giờ ngày thứ Sáu hằng tuần",
            kind="recurring",
            qualifier="before",
            due=None,
            start=None,
            recurrence=Recurrence("weekly", weekday=4, time="11:00"),
            relative=None,
            section="1",
            line=9,
            task="Báo cáo tiến độ hằng tuần",
            assignees=[Assignee("Sở Khoa học và Công nghệ", "lead", "Sở KH&CN")],
        ),
        Deadline(
            id="d4",
            phrase="trước ngày 25 hằng tháng",
            kind="recurring",
            qualifier="before",
            due=None,
            start=None,
            recurrence=Recurrence("monthly", monthday=25),
            relative=None,
            section="1",
            line=10,
            task="Tổng hợp số liệu",
            assignees=[],
        ),
        Deadline(
            id="d5",
            phrase="trong thời hạn 15 ngày kể từ ngày nhận",
            kind="relative",
            qualifier=None,
            due=None,
            start=None,
            recurrence=None,
            relative=Relative(15, "day", "receipt", False),
            section=None,
            line=11,
            task="Phản hồi ý kiến",
        ),
    ]
    return Document(
        schema="ndq57/3",
        source=Source("in/kh.txt", SHA, "utf-8"),
        document=Header(number="45/KH-UBND", type="Kế hoạch", date="2026-03-02"),
        sections=[sec],
        footnotes=[],
        citations=[],
        tasks=[],
        deadlines=deadlines,
        targets=[],
        tables=[],
        assignees=[],
        fixes=[],
        warnings=[],
        text="...",
    )


@pytest.fixture
def rows() -> list[dict]:
    return build_rows(make_doc().to_dict(), as_of=dt.date(2026, 3, 10))


def test_rows_carry_document_identity(rows):
    assert [r["id"] for r in rows] == ["d1", "d2", "d3", "d4", "d5"]
    assert {(r["path"], r["number"], r["type"], r["date"]) for r in rows} == {
        ("in/kh.txt", "45/KH-UBND", "Kế hoạch", "2026-03-02")
    }
    # next Friday on or after 2026-03-10 (a Tuesday)
    assert rows[2]["next_due"] == "2026-03-13T11:00"
    assert rows[3]["next_due"] == "2026-03-25"


def test_json_single_and_many(rows):
    out = io.StringIO()
    EXPORTERS["json"].render(make_doc().to_dict(), out)
    assert json.loads(out.getvalue())["document"]["number"] == "45/KH-UBND"
    assert "Kế hoạch" in out.getvalue()  # ensure_ascii=False
    out = io.StringIO()
    EXPORTERS["json"].render(iter(rows), out)
    assert [r["id"] for r in json.loads(out.getvalue())] == ["d1", "d2", "d3", "d4", "d5"]
    out = io.StringIO()
    EXPORTERS["json"].render(iter([]), out)
    assert json.loads(out.getvalue()) == []


def test_jsonl_and_yaml(rows):
    out = io.StringIO()
    EXPORTERS["jsonl"].render(iter(rows), out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 5 and json.loads(lines[2])["recurrence"]["weekday"] == 4
    out = io.StringIO()
    EXPORTERS["yaml"].render(make_doc().to_dict(), out)
    text = out.getvalue()
    assert text.startswith("schema: ndq57/3\n")  # sort_keys=False
    assert "Sở Tài chính" in text  # allow_unicode
    assert yaml.safe_load(text)["deadlines"][0]["due"] == "2026-03-15"
    out = io.StringIO()
    EXPORTERS["yaml"].render(iter(rows), out, as_list=True)
    assert "&id" not in out.getvalue()
    assert [r["id"] for r in yaml.safe_load(out.getvalue())] == ["d1", "d2", "d3", "d4", "d5"]


def test_csv_read_back_and_formula_neutralised(rows):
    out = io.StringIO(newline="")
    csv_export.render(rows, out, lang="en")
    raw = out.getvalue()
    assert "\r\n" in raw and raw.startswith("\ufeff")
    back = list(csv.DictReader(io.StringIO(raw.removeprefix("\ufeff"), newline="")))
    assert list(back[0].keys()) == list(csv_export.COLUMNS)
    assert len(back) == 5
    assert back[0]["task"].startswith("'=HYPERLINK")
    assert back[0]["task"].endswith("báo cáo kết quả\ntriển khai")  # quoted multi-line cell survives
    assert back[1]["task"].startswith("'- Gửi")
    assert back[0]["due"] == "2026-03-15" and back[0]["number"] == "45/KH-UBND"
    assert back[0]["units"] == "Sở Tài chính (lead), Sở Nội vụ (coordinate)"
    assert back[2]["recurrence"] == "weekly Fri 11:00"
    for rec in back:
        for value in rec.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    for bad in ("+1", "@SUM(A1)", "\tx", "\rx", "-2"):
        assert csv_export.neutralise(bad) == "'" + bad


# ---------------------------------------------------------------- iCalendar


def unfold(raw: str) -> list[str]:
    """A small RFC 5545 reader: check CRLF, unfold continuation lines."""
    assert raw.endswith("\r\n")
    physical = raw[:-2].split("\r\n")
    assert all("\n" not in p and "\r" not in p for p in physical)
    for p in physical:
        assert len(p.encode("utf-8")) <= 75, p
    lines: list[str] = []
    for p in physical:
        if p.startswith(" "):
            lines[-1] += p[1:]
        else:
            lines.append(p)
    return lines


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def todos(lines: list[str]) -> list[dict[str, str]]:
    result, cur = [], None
    for ln in lines:
        if ln == "BEGIN:VTODO":
            cur = {}
        elif ln == "END:VTODO":
            result.append(cur)
            cur = None
        elif cur is not None:
            name, _, value = ln.partition(":")
            cur[name] = value
    return result


def test_ics_structure_due_rrule_escaping(rows):
    out = io.StringIO(newline="")
    ics.render(rows, out, dtstamp=dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC))
    lines = unfold(out.getvalue())
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(ln.startswith("PRODID:") for ln in lines)
    items = todos(lines)
    assert len(items) == 5
    d1, d2, d3, d4, d5 = items
    assert d1["DUE;VALUE=DATE"] == "20260315"
    assert d2["DUE;TZID=Asia/Ho_Chi_Minh"] == "20260320T160000"
    assert d3["RRULE"] == "FREQ=WEEKLY;BYDAY=FR"
    assert d3["DTSTART;TZID=Asia/Ho_Chi_Minh"] == d3["DUE;TZID=Asia/Ho_Chi_Minh"] == "20260313T110000"
    assert d4["RRULE"] == "FREQ=MONTHLY;BYMONTHDAY=25"
    # d5: 15 days from receipt, counted from the document's date (no --received)
    assert "RRULE" not in d5 and d5["DUE;VALUE=DATE"] == "20260317"
    assert not any(k.startswith("DTSTART") for k in (*d1, *d2))
    for item in items:
        assert item["DTSTAMP"] == "20260310T080000Z"
    # escaping: ; , \ and newlines
    assert unescape(d1["SUMMARY"]) == '=HYPERLINK("x"); rà soát, báo cáo kết quả triển khai'
    desc = unescape(d1["DESCRIPTION"])
    assert "Đơn vị: Sở Tài chính (chủ trì), Sở Nội vụ (phối hợp)" in desc.split("\n")
    assert "Văn bản: Kế hoạch 45/KH-UBND (02/03/2026)" in desc.split("\n")
    assert d1["DESCRIPTION"].count("\\n") == desc.count("\n")
    # a stable, unique UID
    uids = [i["UID"] for i in items]
    assert len(set(uids)) == 5
    again = io.StringIO(newline="")
    ics.render(rows, again, dtstamp=dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    assert [i["UID"] for i in todos(unfold(again.getvalue()))] == uids


def test_ics_escape_and_fold_utf8():
    assert ics.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    line = "DESCRIPTION:" + "Ủy ban nhân dân tỉnh Đắk Lắk; " * 12
    folded = ics.fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 3
    for p in parts:
        assert len(p.encode("utf-8")) <= 75
        p.encode("utf-8").decode("utf-8")  # never a split character
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_rrule_texts():
    assert rrule_text({"freq": "yearly", "month": 1, "monthday": 10}) == "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10"
    assert rrule_text({"freq": "periodic", "interval_months": 6}) == "FREQ=MONTHLY;INTERVAL=6"
    assert rrule_text({"freq": "monthly", "monthday": 31}) == "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"


# ---------------------------------------------------------------- filtering and expansion


def test_select_dates_units_kinds(rows):
    ids = lambda crit: [r["id"] for r in select(rows, crit)]  # noqa: E731
    assert ids(Criteria()) == ["d1", "d2", "d3", "d4", "d5"]
    assert ids(Criteria(before=dt.date(2026, 3, 15))) == ["d1"]  # inclusive; recurring dropped
    assert ids(Criteria(after=dt.date(2026, 3, 16))) == ["d2", "d5"]  # d5: 15 days from 2026-03-02
    assert ids(Criteria(overdue=True, as_of=dt.date(2026, 3, 16))) == ["d1"]
    assert ids(Criteria(units=("so tai CHINH",))) == ["d1"]
    assert ids(Criteria(units=("ubnd các xã",))) == ["d2"]  # matches the raw form too
    assert ids(Criteria(units=("dak lak",))) == []  # units only, not task text
    assert ids(Criteria(kinds=("recurring",))) == ["d3", "d4"]


def test_expand_occurrences(rows):
    crit = Criteria(expand=True, as_of=dt.date(2026, 3, 10), after=dt.date(2026, 3, 10), before=dt.date(2026, 4, 30))
    got = [(r["id"], r["due"]) for r in select(rows, crit)]
    assert ("d1", "2026-03-15") in got and ("d2", "2026-03-20T16:00") in got
    weekly = [due for i, due in got if i.startswith("d3@")]
    assert weekly == [
        "2026-03-13T11:00",
        "2026-03-20T11:00",
        "2026-03-27T11:00",
        "2026-04-03T11:00",
        "2026-04-10T11:00",
        "2026-04-17T11:00",
        "2026-04-24T11:00",
    ]
    assert [due for i, due in got if i.startswith("d4@")] == ["2026-03-25", "2026-04-25"]
    assert ("d5", "2026-03-17") in got  # dated from the document's date
    # default window: as-of .. as-of + 90 days
    default = [r for r in select(rows, Criteria(expand=True, as_of=dt.date(2026, 3, 10))) if r["id"].startswith("d4@")]
    assert [r["due"] for r in default] == ["2026-03-25", "2026-04-25", "2026-05-25"]
    assert all(r["occurrence"] for r in default)


def test_occurrences_yearly_and_short_months():
    assert occurrences({"freq": "yearly", "month": 1, "monthday": 10}, dt.date(2026, 1, 1), dt.date(2027, 12, 31)) == [
        dt.date(2026, 1, 10),
        dt.date(2027, 1, 10),
    ]
    assert occurrences({"freq": "monthly", "monthday": 30}, dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == [
        dt.date(2026, 2, 28)
    ]
    assert occurrences({"freq": "monthly"}, dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == []


def test_monthly_lists_of_days_and_weeks_of_the_month():
    # "ngày 10 và 25 hằng tháng": every day of the list; "ngày 15 và 30": the 30th is February's last
    both = {"freq": "monthly", "monthday": 10, "monthdays": [10, 25]}
    assert occurrences(both, dt.date(2026, 3, 1), dt.date(2026, 4, 12)) == [
        dt.date(2026, 3, 10), dt.date(2026, 3, 25), dt.date(2026, 4, 10)
    ]
    late = {"freq": "monthly", "monthday": 15, "monthdays": [15, 30]}
    assert occurrences(late, dt.date(2026, 2, 1), dt.date(2026, 3, 31)) == [
        dt.date(2026, 2, 15), dt.date(2026, 2, 28), dt.date(2026, 3, 15), dt.date(2026, 3, 30)
    ]
    assert rrule_text(late) == "FREQ=MONTHLY;BYMONTHDAY=15,28,29,30;BYSETPOS=1,-1"
    # "thứ Hai tuần đầu tiên", "thứ Sáu tuần cuối cùng" of every month
    first_monday = {"freq": "monthly", "weekday": 0, "week": 1}
    last_friday = {"freq": "monthly", "weekday": 4, "week": -1}
    assert occurrences(first_monday, dt.date(2026, 3, 1), dt.date(2026, 4, 30)) == [dt.date(2026, 3, 2), dt.date(2026, 4, 6)]
    assert occurrences(last_friday, dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == [dt.date(2026, 12, 25)]
    row = {"sha256": SHA, "id": "d7", "kind": "recurring", "due": None, "recurrence": both, "next_due": "2026-03-10",
           "task": "Báo cáo nhanh"}
    out = io.StringIO(newline="")
    ics.render([row], out, dtstamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    (item,) = todos(unfold(out.getvalue()))
    assert item["RRULE"] == "FREQ=MONTHLY;BYMONTHDAY=10,25" and item["DTSTART;VALUE=DATE"] == "20260310"
    assert recurrence_text(last_friday) == "monthly Fri of the last week"


def test_table_sorted_recurring_last(rows):
    assert [r["id"] for r in sorted(rows, key=sort_key)] == ["d1", "d5", "d2", "d3", "d4"]
    out = io.StringIO()
    EXPORTERS["table"].render(list(reversed(rows)), out, width=200, lang="en")
    text = out.getvalue()
    assert "\x1b[" not in text  # no colour into a file
    for col in ("due", "kind", "unit(s)", "task", "document", "section"):
        assert col in text
    assert text.index("2026-03-15") < text.index("2026-03-20 16:00") < text.index("weekly Fri 11:00")
    assert text.index("weekly Fri 11:00") < text.index("monthly day 25")
    empty = io.StringIO()
    EXPORTERS["table"].render([], empty, lang="en")
    assert "no deadlines" in empty.getvalue()


def test_ics_range_gets_dtstart():
    row = {
        "sha256": SHA,
        "id": "d9",
        "kind": "range",
        "due": "2026-06-30",
        "start": "2026-06-01",
        "task": "Tháng cao điểm",
    }
    out = io.StringIO(newline="")
    ics.render([row], out, dtstamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    (item,) = todos(unfold(out.getvalue()))
    assert item["DTSTART;VALUE=DATE"] == "20260601" and item["DUE;VALUE=DATE"] == "20260630"
    assert "RRULE" not in item


def test_ics_yearly_list_of_different_days_one_component_each():
    # "3/2, 19/5, 2/9 và 7/11 hằng năm": BYMONTH=2,5,9,11;BYMONTHDAY=... would make every pair
    rec = {"freq": "yearly", "month": 2, "monthday": 3, "dates": ["02-03", "05-19", "09-02", "11-07"]}
    row = {
        "sha256": SHA,
        "id": "d4",
        "kind": "recurring",
        "recurrence": rec,
        "next_due": "2026-03-10",
        "task": "Treo cờ",
    }
    out = io.StringIO(newline="")
    ics.render([row], out, dtstamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    items = todos(unfold(out.getvalue()))
    got = sorted((i["DTSTART;VALUE=DATE"], i["RRULE"]) for i in items)
    assert got == [
        ("20260519", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=19"),
        ("20260902", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=2"),
        ("20261107", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=7"),
        ("20270203", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=3"),
    ]
    uids = [i["UID"] for i in items]
    assert len(set(uids)) == 4
    again = io.StringIO(newline="")
    ics.render([row], again, dtstamp=dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    assert [i["UID"] for i in todos(unfold(again.getvalue()))] == uids
    # a list one rule holds stays one component
    same = {**row, "recurrence": {"freq": "yearly", "month": 6, "monthday": 15, "dates": ["06-15", "12-15"]}}
    one = io.StringIO(newline="")
    ics.render([same], one, dtstamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    (item,) = todos(unfold(one.getvalue()))
    assert item["RRULE"] == "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=15"
