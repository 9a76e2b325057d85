"""`ndq57 tasks`: one row per task, the filters of `deadlines`, and the counts per unit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from ndq57.cli import cli

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PLAN = str(FIXTURES / "state_kh_labelled_blocks.txt")


def run(*args: str) -> str:
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.stdout


def rows(*args: str) -> list[dict]:
    return [json.loads(line) for line in run(*args, "-f", "jsonl").splitlines()]


def test_one_row_per_task_with_its_earliest_deadline_and_undated_tasks() -> None:
    got = rows("tasks", PLAN)
    assert [r["id"] for r in got] == [f"t{i}" for i in range(1, len(got) + 1)]
    by_text = {r["task"][:31]: r for r in got}
    survey = by_text["Xây dựng phiếu khảo sát và tổng"]
    assert survey["due"] == "2026-05-31" and survey["read_as"] == "block"
    assert survey["product"] == "Báo cáo kết quả khảo sát"
    assert ("Sở Nội vụ", "lead") in [(o["unit"], o["role"]) for o in survey["owners"]]
    # a task with no deadline is a row too, with no due date
    undated = [r for r in got if not r["deadlines"]]
    assert undated and all(r["due"] is None for r in undated)
    # three inline items share one deadline, each with its own owner
    items = [r for r in got if r["rule"] == "inline_items"]
    assert [r["lead"] for r in items] == ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính"]
    assert len({tuple(r["deadlines"]) for r in items}) == 1


def test_filters_are_those_of_deadlines() -> None:
    mine = rows("tasks", PLAN, "--unit", "so noi vu")
    assert mine and all(any("Nội vụ" in o["unit"] for o in r["owners"]) for r in mine)
    # a date filter drops the tasks with no date
    dated = rows("tasks", PLAN, "--before", "2026-06-30")
    assert dated and all(r["due"] and r["due"] <= "2026-06-30" for r in dated)
    late = rows("tasks", PLAN, "--overdue", "--as-of", "2026-07-01")
    assert {r["due"] for r in late} == {"2026-05-31", "2026-06-30"}


def test_by_unit_counts_tasks_and_overdue_ones() -> None:
    got = rows("tasks", PLAN, "--by-unit", "--as-of", "2026-07-01")
    noi_vu = next(r for r in got if r["unit"] == "Sở Nội vụ")
    assert noi_vu["tasks"] == 4 and noi_vu["overdue"] == 2 and noi_vu["no_term"] == 1
    assert noi_vu["next_due"] == "2026-12-15"
    assert got[0]["overdue"] == max(r["overdue"] for r in got)  # most overdue first
    out = run("tasks", PLAN, "--by-unit", "--as-of", "2026-07-01", "-f", "csv")
    header = next(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert header[:3] == ["Đơn vị chủ trì", "Nhiệm vụ", "Có hạn"]


def test_by_unit_has_no_calendar() -> None:
    res = CliRunner().invoke(cli, ["tasks", PLAN, "--by-unit", "-f", "ics"])
    assert res.exit_code == 2


def test_explain_prints_each_step_with_its_rule() -> None:
    out = run("explain", str(FIXTURES / "state_qd_periods.txt"))
    assert "-> period [window:" in out
    assert "-> deadline d" in out and " task " in out
