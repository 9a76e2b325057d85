"""Two dates glued together, as a tracked change copied to text keeps them (the deleted one, then
the inserted one): the first is dropped and logged, the second read; nothing else is touched."""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.parse.normalize import glued_revisions

_HEAD = "Hòa Bình, ngày 04 tháng 5 năm 2027\n\n"


def test_fixture_reads_the_inserted_dates() -> None:
    doc = ndq57.parse((FIXTURES / "cv_tracked_copy_s36.txt").read_text(encoding="utf-8"))
    assert [d.due for d in doc.deadlines] == ["2027-05-25", "2027-06-15", "2027-06-30"]
    dropped = [(f.line, f.original) for f in doc.fixes if f.rule == "glued_revision"]
    assert dropped == [(15, "20/5/2027"), (17, "10/6/2027")]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("1. Sở Tư pháp báo cáo trước ngày 15/6/202730/6/2027.", "2027-06-30"),
        ("1. Các xã hoàn thành chậm nhất ngày 1/9/20275/9/2027; gửi về Sở Nội vụ.", "2027-09-05"),
    ],
)
def test_second_date_is_due(sentence: str, due: str) -> None:
    assert [d.due for d in ndq57.parse(_HEAD + sentence).deadlines] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "ngày 15/4/2027 30/4/2027",  # two dates apart: a list, not a revision
        "mã hồ sơ 12/3/20271",  # a date and a digit
        "số 1/2/2027/QĐ-UBND",  # a number
        "ngày 31/2/202730/4/2027",  # the first is no date
        "ngày 15/4/202730/13/2027",  # the second is no date
    ],
)
def test_not_a_glued_revision(text: str) -> None:
    assert glued_revisions(text) == []


def test_idempotent() -> None:
    repaired = ndq57.parse(_HEAD + "1. Sở Tư pháp báo cáo trước ngày 15/6/202730/6/2027.").text
    assert "30/6/2027" in repaired and "15/6/2027" not in repaired
    assert glued_revisions(repaired) == []
    assert [f.rule for f in ndq57.parse(repaired).fixes if f.rule == "glued_revision"] == []
