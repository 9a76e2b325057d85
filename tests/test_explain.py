"""ndq57.explain: every step names the rule that took it."""

from __future__ import annotations

from pathlib import Path

import ndq57
from ndq57.explain import explain, render

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_every_time_expression_and_owner_is_explained() -> None:
    doc = ndq57.parse((FIXTURES / "party_tb_owners.txt").read_text(encoding="utf-8"))
    steps = explain(doc)
    times = [s for s in steps if s.stage == "time"]
    assert len(times) == len(doc.decisions)
    # the meeting date opening the notice is past, with the rule that says so
    assert any("'Ngày 28/8/2026'" in s.text and "past [before_document" in s.text for s in times)
    # the labelled block: its time field and the owners its fields name
    assert any("'Quý IV/2026'" in s.text and "[time_field" in s.text for s in times)
    owners = [s.text for s in steps if s.stage == "owner"]
    assert any("Ban Tổ chức Tỉnh ủy (lead, unit) [block:lead_label]" in o for o in owners)
    tasks = [s.text for s in steps if s.stage == "task"]
    assert len(tasks) == len(doc.tasks)
    assert [s.line for s in steps] == sorted(s.line for s in steps)


def test_render_is_one_line_per_step() -> None:
    doc = ndq57.parse("Ngày 05 tháng 3 năm 2026\n\n1. Sở Y tế báo cáo trước ngày 15/3/2026.\n")
    out = render(doc)
    assert out.count("\n") == len(explain(doc))
    assert "deadline d1 [deadline_qualifier" in out
