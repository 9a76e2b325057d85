"""Phrase cases for the deadline-or-not decision (tests/cases/deadlines.yaml)."""

from __future__ import annotations

from typing import Any

import pytest

import ndq57
from conftest import case_params


@pytest.mark.parametrize("case", case_params("deadlines"))
def test_case(case: dict[str, Any]) -> None:
    doc = ndq57.parse(case["input"])
    got = [d.phrase for d in doc.deadlines]
    want = case.get("deadlines", [])
    assert got == [w["phrase"] for w in want], got
    for d, w in zip(doc.deadlines, want, strict=True):
        if "due" in w:
            assert d.due == w["due"], (d.phrase, d.due)
        if "rule" in w:  # the rule of the decision table that made it a deadline
            assert d.rule == w["rule"], (d.phrase, d.rule)
        if "section" in w:  # the path of the section it is filed under
            assert d.section == w["section"], (d.phrase, d.section)
        if "owners" in w:  # the units that do the work (lead or assigned), in order
            got_owners = [a.canonical for a in d.assignees if a.role in ("lead", "assigned")]
            assert got_owners == w["owners"], (d.phrase, got_owners)
        if "task" in w:  # the text of a task it is linked to
            texts = [t.text for t in doc.tasks if d.id in t.deadlines]
            assert w["task"] in texts, (d.phrase, texts)
        if "written" in w:  # the same, as the text names them (Assignee.unit)
            got_written = [a.unit for a in d.assignees if a.role in ("lead", "assigned")]
            assert got_written == w["written"], (d.phrase, got_written)
    for item in case.get("not", []):
        phrase = item["phrase"] if isinstance(item, dict) else item
        assert phrase not in got
        assert not any(phrase in p for p in got)
        if isinstance(item, dict):  # the rule that kept it out, and what it is instead
            seen = [(x.rule, x.verdict) for x in doc.decisions if phrase in x.phrase]
            assert (item["rule"], item["verdict"]) in seen, seen
    if "deadlines" not in case:
        assert got == []
    for phrase in case.get("targets", []):
        assert phrase in [t.phrase for t in doc.targets]
