"""Deadline language the grammar and the decisions read since round 9 (issue 68): months listed
with their word said again, weeks of a quarter's month, and dates that are no terms (a statement
of what a day is, a transitional provision, money granted, a body's end).

The fixture ``state_qd_transition_terms.txt`` (a Kế hoạch of UBND tỉnh Hà Tĩnh, invented) holds
one of each: part I asks for work (8 deadlines), part II states dates that are no terms, except
the last clause's "trước ngày 15/12/2026".
"""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.extract.decide import words
from ndq57.extract.timex import _quarter_week_after, find_time_expressions
from ndq57.model import Recurrence

HEAD = "Hà Tĩnh, ngày 02 tháng 6 năm 2026\n\n"


def _verdicts(text: str) -> dict[str, tuple[str, str]]:
    doc = ndq57.parse(HEAD + text)
    return {x.phrase: (x.rule, x.verdict) for x in doc.decisions}


def test_fixture_deadlines() -> None:
    doc = ndq57.parse((FIXTURES / "state_qd_transition_terms.txt").read_text(encoding="utf-8"))
    got = [(d.phrase, d.due) for d in doc.deadlines]
    assert got == [
        ("trong tháng 8", "2026-08-31"),
        ("tháng 9/2026", "2026-09-30"),
        ("trong tháng 10", "2026-10-31"),
        ("tháng 11/2026", "2026-11-30"),
        ("vào tuần thứ 2 của tháng cuối quý", None),
        ("trong tuần đầu tiên của tháng 7/2026", "2026-07-07"),
        ("trước ngày 30/7/2026", "2026-07-30"),
        ("trước ngày 15/12/2026", "2026-12-15"),
    ]
    # each month of the list keeps the owners of its clause
    first, second = doc.deadlines[0], doc.deadlines[1]
    assert [a.canonical for a in first.assignees] == [a.canonical for a in second.assignees]
    assert doc.deadlines[4].recurrence == Recurrence(freq="quarterly", month=3, week=2)
    rules = {x.phrase: x.rule for x in doc.decisions}
    assert rules["Ngày 01/7/2026"] == "statement"
    assert rules["trong quý III/2026"] == "budget_granted"
    assert rules["từ ngày 31/12/2026"] == "dissolution"
    assert rules["sau ngày 31/12/2026"] == "dissolution"


@pytest.mark.parametrize(
    ("text", "phrase", "rule"),
    [
        ("1. Ngày 15/9/2026 sẽ là thời điểm khai giảng năm học mới.", "Ngày 15/9/2026", "statement"),
        ("2. Các hợp đồng đã ký trước ngày 01/7/2026 thì vẫn được thực hiện.", "trước ngày 01/7/2026", "transitional"),
        ("3. Nguồn vốn đầu tư sẽ được bố trí bổ sung trong quý IV/2026.", "trong quý IV/2026", "budget_granted"),
        ("4. Đoàn kiểm tra kết thúc nhiệm vụ kể từ ngày 30/9/2026.", "kể từ ngày 30/9/2026", "dissolution"),
    ],
)
def test_no_terms(text: str, phrase: str, rule: str) -> None:
    assert _verdicts(text)[phrase][0] == rule


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a day said to be a limit, money to arrange, dissolving asked for by a day: terms
        ("1. Ngày 20/7/2026 là thời hạn cuối cùng để các xã nộp báo cáo.", "Ngày 20/7/2026"),
        ("2. Sở Tài chính phân bổ kinh phí cho các xã trong quý III/2026.", "trong quý III/2026"),
        ("3. Tổ công tác tổng kết, giải thể trước ngày 31/12/2026.", "trước ngày 31/12/2026"),
        # "thì" with no old rule to go on under
        ("4. Các xã báo cáo trước ngày 30/6/2026 thì Sở Nội vụ tổng hợp.", "trước ngày 30/6/2026"),
    ],
)
def test_still_terms(text: str, phrase: str) -> None:
    assert _verdicts(text)[phrase][1] == "deadline"


def test_months_span_or_list() -> None:
    listed, _ = find_time_expressions("trong tháng 6 và tháng 7/2026", default_year=2026)
    assert [(e.phrase, e.due) for e in listed] == [("trong tháng 6", "2026-06-30"), ("tháng 7/2026", "2026-07-31")]
    span, _ = find_time_expressions("trong tháng 6, 7/2026", default_year=2026)
    assert [(e.kind, e.due) for e in span] == [("range", "2026-07-31")]


def test_new_patterns_at_size() -> None:
    """Long runs of the words the new patterns gate on, read at many places as the rules call them
    (a backtracking pattern would take minutes here; the growth of whole parses is measured by
    benchmarks/bench.py, never by a timed test): what each finds there."""
    w = words()
    runs = {
        "transition_then": ("hồ sơ nộp " * 20000 + "thì tiếp tục " * 20000, 0),
        "transition_continue": ("tiếp " * 40000, 0),
        "statement": (" là" * 40000, 1),
        "budget_granted": ("kinh phí được cấp " * 10000 + "x.", 111),
        "dissolution": ("giải thể hoạt động " * 10000 + ".", 191),
        # (helper 44) a post's span, then many words; a session's words
        "tenure": ("thời hạn bổ nhiệm lại là " * 10000 + ".", 251),
        "cycle_session": ("kỳ họp " * 20000, 141),
        "condition_missed": ("mà dự án chưa " * 10000, 141),
    }
    for key, (run, want) in runs.items():
        pattern = w[key]
        # (as the rules call them: at many places of a text, in a window)
        found = sum(pattern.search(run, i, i + 200) is not None for i in range(0, len(run), 997))
        assert found == want, key
    week = _quarter_week_after()
    run = "tuần thứ 2 của tháng cuối " * 8000
    assert not any(week.match(run, i, i + 80) for i in range(0, len(run), 997))
