"""The task register (ndq57.register, ``ndq57 register``) on SQLite and on PostgreSQL.

The fixtures in tests/fixtures/register are three invented directives of one province with known
tasks (see tests/fixtures/README.md); ``hand_set`` marks some of them done the way a clerk would,
and the March and April 2026 reports are checked against counts worked out by hand.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ndq57.cli import cli
from ndq57.register import RegisterError, open_register
from ndq57.register import report as rpt
from ndq57.register.listing import Filter, select
from ndq57.register.migrations import LATEST, migrate
from ndq57.register.store import Register
from register_support import REGISTER_FIXTURES, by_number

pytest_plugins = ("register_support",)  # the db_url (both engines) and fixture_docs fixtures

D = dt.date
TB, KH, CV = "57/TB-UBND", "118/KH-UBND", "1402/UBND-KT"


def task_id(reg: Register, number: str, fragment: str) -> str:
    rows = [r for r in reg.rows() if r["number"] == number and fragment in r["text"]]
    assert len(rows) == 1, (number, fragment, [r["text"][:40] for r in rows])
    return str(rows[0]["id"])


@pytest.fixture
def reg(db_url: str, fixture_docs: list[dict[str, Any]]) -> Any:
    r = open_register(db_url)
    r.add(fixture_docs, by="tester")
    yield r
    r.close()


def hand_set(reg: Register) -> None:
    """What the clerk recorded (see the fixture notes)."""
    reg.done(task_id(reg, TB, "phân bổ kinh phí"), D(2026, 3, 8), by="lan")  # due 10/3: on time
    reg.done(task_id(reg, TB, "thủ tục hành chính"), D(2026, 3, 20), by="lan")  # due 15/3: late
    reg.done(task_id(reg, TB, "học bạ số"), D(2026, 4, 2), by="lan")  # due 27/3: late, in April
    reg.done(task_id(reg, TB, "tổng hợp tình hình"), D(2026, 3, 24), by="lan")  # monthly 25: March, on time
    weekly = task_id(reg, KH, "thứ Sáu hằng tuần")
    reg.done(weekly, D(2026, 3, 6), by="lan")  # Friday 6/3, on time
    reg.done(weekly, D(2026, 3, 16), by="lan", occurrence="2026-03-13")  # Friday 13/3, late


# ---------------------------------------------------------------- the fixtures


def test_fixture_tasks_are_those_the_hand_count_assumes(reg: Register) -> None:
    # If the parser finds other tasks in these fixtures, the hand-counted reports below change
    # with them: this test says which assumption broke.
    got = sorted((r["number"], r["lead"], r["term"], r["due_date"]) for r in reg.rows())
    assert got == sorted(
        [
            (TB, "Sở Tài chính", "dated", "2026-03-10"),
            (TB, "Sở Xây dựng", "dated", "2026-03-15"),
            (TB, "Sở Y tế", "dated", "2026-04-20"),
            (TB, "Sở Nông nghiệp và Môi trường", "dated", "2026-03-25"),
            (TB, "Sở Giáo dục và Đào tạo", "dated", "2026-03-27"),
            (TB, "Văn phòng Ủy ban nhân dân tỉnh", "recurring", None),
            (TB, "Công an tỉnh", "none", None),
            (KH, "Sở Công Thương", "recurring", None),
            (KH, "Sở Tài chính", "dated", "2026-05-30"),
            (KH, "Ủy ban nhân dân xã Đắk Liêng", "dated", "2026-03-20"),
            (CV, "Sở Nội vụ", "dated", "2026-04-15"),
        ]
    )


# ---------------------------------------------------------------- add


def test_add_twice_gives_the_same_register(db_url: str, fixture_docs: list[dict[str, Any]]) -> None:
    with open_register(db_url) as reg:
        first = reg.add(fixture_docs, by="a")
        assert (first.documents, first.tasks, first.new) == (3, 11, 11)
        before = list(reg.dump())
        again = reg.add(fixture_docs, by="b")
        assert (again.new, again.updated, again.removed, again.unchanged) == (0, 0, 0, 11)
        assert list(reg.dump()) == before


def test_people_fields_survive_a_re_add_of_a_changed_document(
    reg: Register, fixture_docs: list[dict[str, Any]]
) -> None:
    tid = task_id(reg, TB, "phân bổ kinh phí")
    reg.done(tid, D(2026, 3, 8), by="lan", note="đã trình Tờ trình 12/TTr-STC")
    changed = copy.deepcopy(fixture_docs)
    doc = by_number(changed, TB)
    doc["source"]["sha256"] = "0" * 64  # a re-scan: other bytes, the same number, date and issuer
    dl = next(d for d in doc["deadlines"] if d["due"] == "2026-03-10")
    dl["due"] = "2026-03-12"  # the parser now reads another date
    stats = reg.add(changed, by="robot")
    assert (stats.updated, stats.new, stats.removed) == (1, 0, 0)
    row = reg.resolve(tid)
    assert (row["status"], row["done_on"], row["due_date"]) == ("done", "2026-03-08", "2026-03-12")
    assert row["note"].endswith("lan: đã trình Tờ trình 12/TTr-STC")


def test_a_vanished_task_is_marked_then_restored_with_its_status(
    reg: Register, fixture_docs: list[dict[str, Any]]
) -> None:
    tid = task_id(reg, TB, "thủ tục hành chính")
    reg.done(tid, D(2026, 3, 20), by="lan")
    shorter = copy.deepcopy(fixture_docs)
    doc = by_number(shorter, TB)
    doc["tasks"] = [t for t in doc["tasks"] if "thủ tục hành chính" not in t["text"]]
    stats = reg.add(shorter, by="robot")
    assert (stats.removed, stats.unchanged) == (1, 10)
    row = reg.resolve(tid)
    assert row["present"] == 0 and row["removed_at"] and row["status"] == "done"
    assert [r["id"] for r in select(reg, Filter(statuses=("removed",), as_of=D(2026, 3, 31)))] == [tid]
    assert tid not in {r["id"] for r in select(reg, Filter(as_of=D(2026, 3, 31)))}
    assert reg.add(shorter, by="robot").removed == 0  # marked once
    back = reg.add(fixture_docs, by="robot")
    assert back.restored == 1
    row = reg.resolve(tid)
    assert (row["present"], row["removed_at"], row["status"], row["done_on"]) == (1, None, "done", "2026-03-20")
    assert [h["action"] for h in reg.history(tid)] == ["done", "removed", "restored"]


def test_two_files_of_one_document_count_once(db_url: str, fixture_docs: list[dict[str, Any]]) -> None:
    twin = copy.deepcopy(by_number(fixture_docs, KH))
    twin["source"] = {**twin["source"], "path": "copy.md", "sha256": "f" * 64}
    warnings: list[str] = []
    with open_register(db_url) as reg:
        stats = reg.add([*fixture_docs, twin], by="a", on_warning=warnings.append)
        assert stats.documents == 3 and stats.tasks == 11
        assert len(warnings) == 1 and "copy.md" in warnings[0] and "merged" in warnings[0]


# ---------------------------------------------------------------- status commands


def test_done_reopen_note_and_history(reg: Register) -> None:
    tid = task_id(reg, TB, "hồ sơ sức khỏe")
    reg.done(tid[:6], D(2026, 4, 18), by="lan")
    reg.note(f"{TB}#t3", "chờ Sở Y tế gửi bản cuối", by="minh")
    change = reg.reopen(tid, by="minh")
    assert change.previous == "done 2026-04-18"
    row = reg.resolve(tid)
    assert (row["status"], row["done_on"]) == ("open", None)
    history = reg.history(tid)
    assert [(h["action"], h["by_user"], h["value"]) for h in history] == [
        ("done", "lan", "2026-04-18"),
        ("note", "minh", "chờ Sở Y tế gửi bản cuối"),
        ("reopen", "minh", None),
    ]
    assert all(h["at"].endswith("Z") and h["at"][:4].isdigit() for h in history)
    with pytest.raises(RegisterError, match="is not done"):
        reg.reopen(tid, by="minh")


def test_recurring_tasks_are_done_one_occurrence_at_a_time(reg: Register) -> None:
    weekly = task_id(reg, KH, "thứ Sáu hằng tuần")
    assert reg.done(weekly, D(2026, 3, 5), by="lan").occurrence == "2026-03-06"  # the nearest Friday
    assert reg.done(weekly, D(2026, 3, 7), by="lan").occurrence == "2026-03-13"  # 6/3 is done: the next open one
    assert reg.done(weekly, D(2026, 3, 30), by="lan", occurrence="2026-03-27").occurrence == "2026-03-27"
    assert reg.completions()[weekly] == {
        "2026-03-06": "2026-03-05",
        "2026-03-13": "2026-03-07",
        "2026-03-27": "2026-03-30",
    }
    with pytest.raises(RegisterError, match="no open occurrence"):
        reg.done(weekly, D(2026, 3, 30), occurrence="2026-03-26")  # a Thursday
    assert reg.done(weekly, D(2026, 3, 30), by="lan", occurrence="2026-03").occurrence == "2026-03-20"  # first open one
    assert reg.reopen(weekly, by="lan").occurrence == "2026-03-27"  # the latest done one
    assert reg.reopen(weekly, by="lan", occurrence="2026-03").occurrence == "2026-03-20"  # the latest done in March
    assert reg.reopen(weekly, by="lan", occurrence="2026-03-06").occurrence == "2026-03-06"
    assert reg.completions()[weekly] == {"2026-03-13": "2026-03-07"}
    with pytest.raises(RegisterError, match="no done occurrence"):
        reg.reopen(weekly, by="lan", occurrence="2026-03-06")
    assert reg.resolve(weekly)["status"] == "open"


def test_a_recurring_duty_ended_by_hand(reg: Register) -> None:
    """`done --ended`: the weekly report stops on the day named; the missed Friday before it stays
    owed; `reopen` without --for lets the duty run again."""
    weekly = task_id(reg, KH, "thứ Sáu hằng tuần")
    reg.done(weekly, D(2026, 3, 6), by="lan")
    with pytest.raises(RegisterError, match="not recurring"):
        reg.done(task_id(reg, KH, "giá nước"), D(2026, 3, 1), ended=True)
    with pytest.raises(RegisterError, match="exclude each other"):
        reg.done(weekly, D(2026, 3, 1), ended=True, occurrence="2026-03-13")
    ch = reg.done(weekly, D(2026, 3, 16), by="lan", ended=True, note="thay bằng báo cáo tháng")
    assert (ch.action, ch.occurrence, ch.value) == ("done", None, "2026-03-16")

    def state(day: dt.date) -> tuple[str, str | None]:
        (row,) = [r for r in select(reg, Filter(as_of=day, statuses=("open", "done"))) if r["id"] == weekly]
        return row["state"], row["due"]

    assert state(D(2026, 3, 14)) == ("overdue", "2026-03-13")  # 13/3 was missed before the end
    reg.done(weekly, D(2026, 3, 14), by="lan", occurrence="2026-03-13")
    assert state(D(2026, 3, 15)) == ("recurring", None)  # it runs till the 16th, with no Friday left
    assert state(D(2026, 3, 16)) == ("recurring", None)
    assert state(D(2026, 4, 10)) == ("done", None)
    march = counts(rpt.build(reg, D(2026, 3, 1), as_of=D(2026, 3, 31)))
    assert march["Sở Công Thương"] == (2, 1, 1, 0, 0, 0, 2)  # 6/3 and 13/3; 20/3 and 27/3 after the end
    assert "Sở Công Thương" not in counts(rpt.build(reg, D(2026, 4, 1), as_of=D(2026, 4, 30)))
    assert weekly not in {r["id"] for r in select(reg, Filter(as_of=D(2026, 4, 10), statuses=("open",)))}
    assert reg.reopen(weekly, by="lan").previous == "ended 2026-03-16"
    assert state(D(2026, 4, 10)) == ("overdue", "2026-04-03")  # running again: the Fridays are owed
    assert [h["action"] for h in reg.history(weekly)][-2:] == ["done", "reopen"]


def test_task_references(reg: Register) -> None:
    tid = task_id(reg, KH, "giá nước")
    assert reg.resolve(tid)["id"] == tid
    assert reg.resolve(tid[:5].upper())["id"] == tid
    assert reg.resolve(f"{KH}#t2")["id"] == tid
    for bad, message in (
        ("12", "not a task id"),
        ("xyz123", "not a task id"),
        ("ffffffff", "no task"),
        (f"{KH}#t9", "no task"),
    ):
        with pytest.raises(RegisterError, match=message):
            reg.resolve(bad)


def test_a_task_with_a_dated_and_a_recurring_term_is_two_rows(db_url: str) -> None:
    """'hoàn thành trước ngày 30/4/2026 và báo cáo tiến độ trước ngày 25 hằng tháng': the one-off
    term is owed (and overdue) beside the monthly one; each row has its own status."""
    import ndq57

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n\nSố: 31/KH-UBND\n\nAn Phú, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Rà soát hồ sơ đất đai\n\n1. Sở Nông nghiệp và Môi trường rà soát hồ sơ, hoàn thành trước ngày "
        "30/4/2026 và báo cáo tiến độ trước ngày 25 hằng tháng.\n"
    )
    doc = ndq57.parse(text).to_dict()
    (task,) = doc["tasks"]
    assert len(task["deadlines"]) == 2
    reg = open_register(db_url)
    try:
        reg.add([doc], by="tester")
        rows = {r["local_id"]: r for r in reg.rows()}
        assert set(rows) == {"t1", "t1-dated"}
        assert (rows["t1"]["term"], rows["t1-dated"]["term"]) == ("recurring", "dated")
        assert rows["t1-dated"]["due"] == "2026-04-30" and rows["t1"]["due"] is None
        assert reg.resolve("31/KH-UBND#t1-dated")["id"] == rows["t1-dated"]["id"]
        may = counts(rpt.build(reg, D(2026, 5, 1), as_of=D(2026, 5, 31)))
        # total, done on time, done late, in term, overdue, no term, recurring: 25/5 and the 30/4 term
        assert may["Sở Nông nghiệp và Môi trường"] == (2, 0, 0, 0, 2, 0, 1)
        reg.done(rows["t1-dated"]["id"], D(2026, 4, 28), by="lan")
        assert reg.resolve("31/KH-UBND#t1")["status"] == "open"
        reg.add([doc], by="tester")  # again: the same two rows, the status kept
        assert len(reg.rows()) == 2 and reg.resolve("31/KH-UBND#t1-dated")["status"] == "done"
    finally:
        reg.close()


# ---------------------------------------------------------------- list


def test_list_states_and_filters(reg: Register) -> None:
    hand_set(reg)
    rows = select(reg, Filter(as_of=D(2026, 3, 31)))
    states = {r["task"][:30]: (r["state"], r["days_late"]) for r in rows}
    assert len(rows) == 11
    assert states["Sở Tài chính chủ trì, phối hợp"] == ("done_on_time", None)
    assert states["Sở Xây dựng rà soát danh mục t"] == ("done_late", None)
    assert states["Sở Nông nghiệp và Môi trường s"] == ("overdue", 6)
    assert states["Sở Giáo dục và Đào tạo triển k"] == ("overdue", 4)  # done on 2/4: not yet on 31/3
    assert states["Công an tỉnh rà soát hệ thống "] == ("no_term", None)
    weekly = next(r for r in rows if "thứ Sáu" in r["task"])
    assert (weekly["state"], weekly["due"], weekly["days_late"], weekly["next_due"]) == (
        "overdue",
        "2026-03-27",
        4,
        "2026-04-03T15:00",
    )
    overdue = select(reg, Filter(overdue=True, as_of=D(2026, 3, 31)))
    assert sorted(r["lead"] for r in overdue) == [
        "Sở Công Thương",
        "Sở Giáo dục và Đào tạo",
        "Sở Nông nghiệp và Môi trường",
        "Ủy ban nhân dân xã Đắk Liêng",
    ]
    dak = select(reg, Filter(units=("dak",), as_of=D(2026, 3, 31)))
    assert [r["lead"] for r in dak] == ["Ủy ban nhân dân xã Đắk Liêng"]  # a commune keeps its place
    finance = select(reg, Filter(units=("SO TAI CHINH",), as_of=D(2026, 3, 31)))
    assert len(finance) == 2
    coordinating = select(reg, Filter(units=("sở nội vụ",), as_of=D(2026, 3, 31)))
    assert len(coordinating) == 2  # lead of the April letter, coordinating in the March notice
    assert len(select(reg, Filter(statuses=("done",), as_of=D(2026, 3, 31)))) == 3
    assert len(select(reg, Filter(documents=("118/kh-ubnd",), as_of=D(2026, 3, 31)))) == 3
    march = select(reg, Filter(after=D(2026, 3, 1), before=D(2026, 3, 31), as_of=D(2026, 3, 31)))
    assert len(march) == 5


# ---------------------------------------------------------------- report


def counts(report: rpt.Report) -> dict[str, tuple[int, ...]]:
    out = {c.unit: tuple(getattr(c, k) for k in rpt.COUNT_KEYS) for c in report.units}
    out["TOTAL"] = tuple(getattr(report.total, k) for k in rpt.COUNT_KEYS)
    return out


def test_march_report_matches_the_hand_count(reg: Register) -> None:
    hand_set(reg)
    report = rpt.build(reg, D(2026, 3, 1), as_of=D(2026, 3, 31))
    # total, done on time, done late, in term, overdue, no term, recurring (of the total)
    assert counts(report) == {
        "Công an tỉnh": (1, 0, 0, 0, 0, 1, 0),
        "Sở Công Thương": (4, 1, 1, 0, 2, 0, 4),
        "Sở Giáo dục và Đào tạo": (1, 0, 0, 0, 1, 0, 0),
        "Sở Nông nghiệp và Môi trường": (1, 0, 0, 0, 1, 0, 0),
        "Sở Tài chính": (2, 1, 0, 1, 0, 0, 0),
        "Sở Xây dựng": (1, 0, 1, 0, 0, 0, 0),
        "Sở Y tế": (1, 0, 0, 1, 0, 0, 0),
        "Văn phòng Ủy ban nhân dân tỉnh": (1, 1, 0, 0, 0, 0, 1),
        "Ủy ban nhân dân xã Đắk Liêng": (1, 0, 0, 0, 1, 0, 0),
        "TOTAL": (13, 3, 2, 2, 5, 1, 5),
    }
    assert [(o.unit, o.document, o.document_date, o.due, o.days_late, o.recurring) for o in report.overdue] == [
        ("Sở Công Thương", KH, "2026-03-04", "2026-03-20", 11, True),
        ("Sở Công Thương", KH, "2026-03-04", "2026-03-27", 4, True),
        ("Sở Giáo dục và Đào tạo", TB, "2026-03-02", "2026-03-27", 4, False),
        ("Sở Nông nghiệp và Môi trường", TB, "2026-03-02", "2026-03-25", 6, False),
        ("Ủy ban nhân dân xã Đắk Liêng", KH, "2026-03-04", "2026-03-20", 11, False),
    ]
    assert [c.unit for c in report.units][:2] == ["Công an tỉnh", "Sở Công Thương"]  # accents ignored in the order


def test_april_report_carries_overdue_tasks_and_drops_march_completions(reg: Register) -> None:
    hand_set(reg)
    report = counts(rpt.build(reg, D(2026, 4, 1), as_of=D(2026, 4, 30)))
    assert report["Sở Giáo dục và Đào tạo"] == (1, 0, 1, 0, 0, 0, 0)  # done on 2/4, due 27/3
    assert report["Sở Nông nghiệp và Môi trường"] == (1, 0, 0, 0, 1, 0, 0)  # still overdue
    assert report["Sở Công Thương"] == (4, 0, 0, 0, 4, 0, 4)  # four Fridays, none reported
    assert report["Sở Nội vụ"] == (1, 0, 0, 0, 1, 0, 0)  # the April letter
    assert "Sở Xây dựng" not in report  # done in March: reported then
    assert report["TOTAL"] == (12, 0, 1, 1, 9, 1, 5)


def test_report_as_of_mid_month_and_unit_filter(reg: Register) -> None:
    hand_set(reg)
    mid = counts(rpt.build(reg, D(2026, 3, 1), as_of=D(2026, 3, 18)))
    assert mid["Sở Xây dựng"] == (1, 0, 0, 0, 1, 0, 0)  # done on 20/3: not yet on 18/3
    assert mid["Sở Công Thương"] == (4, 1, 1, 2, 0, 0, 4)  # 6/3 on time, 13/3 late (on 16/3), 20 and 27 ahead
    dak = rpt.build(reg, D(2026, 3, 1), as_of=D(2026, 3, 31), units=["dak"])
    assert counts(dak) == {"Ủy ban nhân dân xã Đắk Liêng": (1, 0, 0, 0, 1, 0, 0), "TOTAL": (1, 0, 0, 0, 1, 0, 0)}


def test_report_formats(reg: Register, tmp_path: Path) -> None:
    import io

    hand_set(reg)
    report = rpt.build(reg, D(2026, 3, 1), as_of=D(2026, 3, 31))
    out = io.StringIO()
    rpt.render(report, "json", out)
    data = json.loads(out.getvalue())
    assert data["total"]["overdue"] == 5 and len(data["overdue"]) == 5 and data["as_of"] == "2026-03-31"
    out = io.StringIO()
    rpt.render(report, "csv", out, part="counts")
    lines = out.getvalue().split("\r\n")
    assert lines[0] == "month,as_of,unit,total,done_on_time,done_late,in_term,overdue,no_term,recurring"
    assert "2026-03,2026-03-31,TOTAL,13,3,2,2,5,1,5" in lines
    out = io.StringIO()
    rpt.render(report, "markdown", out)
    md = out.getvalue()
    assert "| Sở Công Thương | 4 | 1 | 1 | 0 | 2 | 0 | 4 |" in md
    assert "| 118/KH-UBND" not in md and "Kế hoạch 118/KH-UBND | 04/03/2026 |" in md
    out = io.StringIO()
    rpt.render(report, "table", out)
    assert "Tổng cộng" in out.getvalue() and "Số ngày quá hạn" in out.getvalue()
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "r.xlsx"
    path.write_bytes(rpt.render_xlsx(report))
    wb = openpyxl.load_workbook(path)
    counts_sheet, overdue_sheet = wb.worksheets
    values = [[c.value for c in row] for row in counts_sheet.iter_rows()]
    assert ["Tổng cộng", 13, 3, 2, 2, 5, 1, 5] in values
    late = [[c.value for c in row] for row in overdue_sheet.iter_rows()]
    assert any(r[:3] == [1, "Sở Công Thương", "Kế hoạch 118/KH-UBND"] and r[7] == 11 for r in late)


# ---------------------------------------------------------------- schema


def test_migrations_are_numbered_recorded_and_upgrade(db_url: str) -> None:
    from ndq57.register.db import connect

    db = connect(db_url)
    try:
        assert migrate(db, upto=1) == [1]
        assert migrate(db) == list(range(2, LATEST + 1))
        assert migrate(db) == []
        rows = db.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
        assert [r[0] for r in rows] == list(range(1, LATEST + 1)) and all(r[1] and r[2] for r in rows)
        db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", (LATEST + 1, "x", "t"))
        with pytest.raises(RegisterError, match="newer than this ndq57 knows"):
            migrate(db)
    finally:
        db.close()


# ---------------------------------------------------------------- the command line


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_cli_clerk_month(db_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7\x00\x01")
    res = run("register", "--db", db_url, "add", str(REGISTER_FIXTURES), str(bad), "--by", "lan", "-j", "1")
    assert res.exit_code == 1
    assert f"ndq57: {bad}: not a text document" in res.stderr
    assert "3 documents, 11 tasks (11 new, 0 updated, 0 unchanged, 0 removed, 0 restored), 1 failure" in res.stderr
    res = run("register", "add", str(REGISTER_FIXTURES), "-q", env={"NDQ57_DB": db_url})
    assert res.exit_code == 0 and res.stderr == ""
    res = run("register", "--db", db_url, "list", "--unit", "so nong nghiep", "-f", "json", "--as-of", "2026-03-31")
    rows = json.loads(res.stdout)
    assert res.exit_code == 0 and [(r["state"], r["days_late"]) for r in rows] == [("overdue", 6)]
    tid = rows[0]["id"]
    res = run("register", "--db", db_url, "done", tid[:6], "--on", "29/03/2026", "--by", "lan", "--note", "đã nộp")
    assert res.exit_code == 0 and res.stderr.startswith(f"ndq57: {tid}: done on 2026-03-29: Sở Nông nghiệp")
    res = run("register", "--db", db_url, "show", tid, "-f", "json", "--as-of", "2026-03-31")
    shown = json.loads(res.stdout)
    assert shown["state"] == "done_late" and [h["action"] for h in shown["history"]] == ["done", "note"]
    # the coming days, as `deadlines --within`: nothing due in the week after the last of March
    res = run("register", "--db", db_url, "list", "--within", "7", "--as-of", "2026-03-31", "-f", "json")
    assert res.exit_code == 0 and all("2026-03-31" <= r["due"] <= "2026-04-07" for r in json.loads(res.stdout))
    res = run("register", "--db", db_url, "list", "--within", "40", "--as-of", "2026-03-20", "-f", "json")
    assert json.loads(res.stdout) and all("2026-03-20" <= r["due"] <= "2026-04-29" for r in json.loads(res.stdout))
    res = run("register", "--db", db_url, "list", "--status", "done", "-f", "csv", "--lang", "en")
    assert res.stdout.startswith("id,state,status,done_on,due,") and res.stdout_bytes.count(b"\r\n") == 2
    assert f"{tid},done_late,done,2026-03-29,2026-03-25," in res.stdout
    # for people (the default, as `ndq57 deadlines`): Vietnamese headers, states and dates, a BOM
    res = run("register", "--db", db_url, "list", "--status", "done", "-f", "csv")
    assert res.stdout_bytes.startswith("\ufeffMã,Tình trạng,Trạng thái,Ngày hoàn thành,Hạn,".encode())
    assert f"{tid},hoàn thành quá hạn,đã xong,29/03/2026,25/03/2026," in res.stdout
    res = run("register", "--db", db_url, "list", "--unit", "so nong nghiep", "--as-of", "2026-03-31")
    assert "Tình trạng" in res.stdout and "hoàn thành quá hạn 29/03/2026" in res.stdout
    res = run("register", "--db", db_url, "list", "--overdue", "--as-of", "2026-03-31", "--lang", "en")
    assert "state" in res.stdout and "overdue +" in res.stdout and "quá hạn" not in res.stdout
    res = run("register", "--db", db_url, "report", "--month", "03/2026", "-f", "csv", "--part", "counts")
    assert "2026-03,2026-03-31,Sở Nông nghiệp và Môi trường,1,0,1,0,0,0,0" in res.stdout
    out = tmp_path / "bao-cao.md"
    res = run(
        "register", "--db", db_url, "report", "--month", "2026-03", "--unit", "dak", "-f", "markdown", "-o", str(out)
    )
    assert res.exit_code == 0 and "| Ủy ban nhân dân xã Đắk Liêng | 1 | 0 | 0 | 0 | 1 | 0 | 0 |" in out.read_text(
        encoding="utf-8"
    )
    pytest.importorskip("openpyxl")
    xlsx = tmp_path / "bao-cao.xlsx"
    res = run("register", "--db", db_url, "report", "--month", "2026-03", "-f", "xlsx", "-o", str(xlsx))
    assert res.exit_code == 0 and xlsx.read_bytes()[:2] == b"PK"  # a zip: the workbook
    res = run("register", "--db", db_url, "export", "--unit", "so cong thuong", "--as-of", "2026-03-31")
    assert res.stdout.count("BEGIN:VTODO") == 1 and "RRULE:FREQ=WEEKLY;BYDAY=FR" in res.stdout
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20260403T150000" in res.stdout  # the next Friday, 15:00
    weekly = json.loads(run("register", "--db", db_url, "list", "--unit", "so cong thuong", "-f", "json").stdout)
    res = run("register", "--db", db_url, "done", weekly[0]["id"], "--ended", "--on", "2026-03-31", "--by", "lan")
    assert res.exit_code == 0 and res.stderr.startswith(f"ndq57: {weekly[0]['id']}: ended on 2026-03-31: ")
    res = run("register", "--db", db_url, "export", "--unit", "so cong thuong", "--as-of", "2026-03-31")
    assert res.exit_code == 0 and "BEGIN:VTODO" not in res.stdout  # an ended duty is not in the feed


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    res = run("register", "--db", db, "done", "abcdef", "--on", "2026-03-01")
    assert res.exit_code == 1 and res.stderr == "ndq57: no task abcdef in the register\n"
    res = run("register", "--db", str(tmp_path / "no" / "r.db"), "list")
    assert res.exit_code == 1 and res.stderr.startswith("ndq57: ") and "does not exist" in res.stderr
    assert res.stderr.count("\n") == 1
    res = run("register", "--db", db, "report", "--month", "2026-13")
    assert res.exit_code == 2 and "not a month" in res.stderr
    res = run("register", "--db", db, "report", "--month", "2026-03", "-f", "xlsx")
    assert res.exit_code == 2 and "-o FILE.xlsx" in res.stderr
    res = run("register", "--db", "postgresql://nobody@127.0.0.1:1/none", "list")
    assert res.exit_code == 1 and res.stderr.startswith("ndq57: postgresql://nobody@127.0.0.1:1/none: ")


def test_register_is_in_help_and_readme() -> None:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    res = run("--help")
    assert "register" in res.stdout
    group = cli.get_command(None, "register")  # type: ignore[arg-type]
    for name in group.commands:  # type: ignore[union-attr]
        res = run("register", name, "--help")
        assert res.exit_code == 0 and "130" in res.stdout, name
        assert f"ndq57 register {name}" in readme, name
    for extra in ("ndq57[postgres]", "ndq57[serve]", "ndq57[xlsx]"):
        assert extra in readme
