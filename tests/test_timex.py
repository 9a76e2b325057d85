"""Phrase cases (tests/cases/timex.yaml), robustness and linear-time checks for ndq57.extract.timex."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CASE_GROUPS, CASES, case_params, load_yaml
from ndq57.extract.timex import InvalidDate, TimeExpr, find_time_expressions
from ndq57.model import Recurrence

GROUPS = CASE_GROUPS


def _load() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = load_yaml(CASES / "timex.yaml")
    return data


def _params() -> list[Any]:
    return case_params("timex")


def _check_fields(got: TimeExpr | InvalidDate, want: dict[str, Any], text: str) -> None:
    assert got.phrase == text[got.start : got.end]
    for key, value in want.items():
        actual = getattr(got, key)
        if key in ("recurrence", "relative") and value is not None:
            assert actual is not None, f"{key} missing on {got}"
            for k, v in value.items():
                assert getattr(actual, k) == v, f"{key}.{k}: {getattr(actual, k)!r} != {v!r} in {got}"
        else:
            assert actual == value, f"{key}: {actual!r} != {value!r} in {got}"


def test_case_file_size() -> None:
    data = _load()
    assert sum(len(v) for v in data.values()) >= 80
    assert all(data.get(g) for g in GROUPS)


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    text = case["input"]
    doc_date = dt.date.fromisoformat(case["doc_date"]) if case.get("doc_date") else None
    exprs, invalid = find_time_expressions(text, doc_date=doc_date, default_year=case.get("default_year"))
    # invariants of every answer
    assert [e.start for e in exprs] == sorted(e.start for e in exprs)
    assert all(a.end <= b.start for a, b in itertools.pairwise(exprs))
    if "not_kinds" in case:
        assert not [e for e in exprs if e.kind in case["not_kinds"]], exprs
        return
    want = case["expected"]
    assert len(exprs) == len(want), f"found {[(e.phrase, e.kind) for e in exprs]}"
    for got, w in zip(exprs, want, strict=True):
        _check_fields(got, w, text)
    want_bad = case.get("invalid", [])
    assert len(invalid) == len(want_bad), f"invalid: {invalid}"
    for got_bad, wb in zip(invalid, want_bad, strict=True):
        _check_fields(got_bad, wb, text)


def test_api_shapes() -> None:
    exprs, invalid = find_time_expressions("trước ngày 15/7/2025")
    assert invalid == []
    (e,) = exprs
    assert dataclasses.is_dataclass(e)
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.due = "x"  # type: ignore[misc]
    assert (e.start, e.end, e.rule) == (0, 20, "date")
    assert find_time_expressions("") == ([], [])


def test_offsets_in_longer_text() -> None:
    text = "Mở đầu. Sở Y tế báo cáo trước ngày 15/7/2025; Sở Tài chính trong quý III/2025."
    exprs, _ = find_time_expressions(text)
    assert [text[e.start : e.end] for e in exprs] == ["trước ngày 15/7/2025", "trong quý III/2025"]


def test_weekday_context_only_after_marker() -> None:
    # the weekly marker must come earlier in the paragraph
    text = "Gửi trước 9 giờ ngày thứ 2. Việc này thực hiện hằng tuần."
    exprs, _ = find_time_expressions(text)
    assert exprs[0].kind == "vague"
    assert exprs[1].kind == "recurring" and exprs[1].phrase == "hằng tuần"


def test_tone_style_variants() -> None:
    for text in ("quý II/2026", "qúy II/2026"):
        (e,), _ = find_time_expressions(text)
        assert e.due == "2026-06-30"


hostile_units = st.sampled_from(
    [
        "1",
        "/",
        ".",
        "-",
        " ",
        "thứ ",
        "ngày ",
        "tháng ",
        "năm ",
        "quý ",
        "2025",
        "h",
        "giờ ",
        ":",
        ",",
        "hằng tuần ",
        "trước ",
        "từ ",
        "đến ",
        "kỳ họp ",
        "Tết ",
        "31/02/",
        "9",
        "0",
        "I",
        "V",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    exprs, invalid = find_time_expressions(text, doc_date=dt.date(2025, 7, 10), default_year=2025)
    for e in exprs:
        assert e.phrase == text[e.start : e.end]
    for b in invalid:
        assert b.phrase == text[b.start : b.end]


@settings(max_examples=300, deadline=None)
@given(st.lists(hostile_units, max_size=80).map("".join))
def test_never_raises_on_date_like_soup(text: str) -> None:
    exprs, _invalid = find_time_expressions(text, doc_date=dt.date(2025, 12, 31), default_year=2025)
    for e in exprs:
        assert e.phrase == text[e.start : e.end]
        if e.due is not None:
            dt.date.fromisoformat(e.due[:10])
    assert all(a.end <= b.start for a, b in itertools.pairwise(exprs))


@pytest.mark.parametrize(
    "unit",
    [
        "1",
        "1/",
        "1.",
        "12/12/",
        "thứ ",
        "ngày ",
        "ngày 1 ",
        "trước ngày 1/1/ ",
        "2025-",
        "quý I/",
        "tháng 1/",
        "hằng tuần thứ 6 ",
        "từ ngày 1 đến ",
        "kỳ họp ab ",
        "11 giờ 30 ",
        "trong thời hạn 1 ",
        "Lần thứ 6 ",
        "trong tuần ",
        "tuần đầu tháng ",
        "tuần thứ 2 của tháng 1",
        "trong tháng sau ",
        "thứ Hai tuần tới ",
    ],
)
def test_repeated_units_read_like_one(unit: str) -> None:
    """A unit repeated to tens of thousands of characters gives 4 times the expressions of a
    quarter of it (or the same one or none: a phrase that only its ends make). How the time grows
    is measured by benchmarks/bench.py, not here."""
    small = unit * (5000 // len(unit) + 1)
    exprs, invalid = find_time_expressions(small, default_year=2025)
    big, big_invalid = find_time_expressions(small * 4, default_year=2025)
    assert len(big) == 4 * len(exprs) or len(big) == len(exprs) <= 1, (unit, len(exprs), len(big))
    assert len(big_invalid) == 4 * len(invalid) or len(big_invalid) == len(invalid) <= 1
    text = small * 4
    assert all(e.phrase == text[e.start : e.end] for e in big)
    assert all(a.end <= b.start for a, b in itertools.pairwise(big))


def test_nfd_input_keeps_original_offsets() -> None:
    text = unicodedata.normalize("NFD", "Sở Tư pháp gửi trước ngày 15/7/2025 và trong quý III/2025")
    exprs, _ = find_time_expressions(text)
    assert [unicodedata.normalize("NFC", e.phrase) for e in exprs] == [
        "trước ngày 15/7/2025",
        "trong quý III/2025",
    ]
    assert all(e.phrase == text[e.start : e.end] for e in exprs)
    assert [e.due for e in exprs] == ["2025-07-15", "2025-09-30"]


@settings(max_examples=100, deadline=None)
@given(st.lists(hostile_units, max_size=40).map(lambda xs: "".join(xs)))
def test_nfd_soup_never_raises(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text + " ngày 1/1/2025 hằng tuần thứ Sáu")
    exprs, invalid = find_time_expressions(nfd)
    assert all(e.phrase == nfd[e.start : e.end] for e in exprs)
    assert all(b.phrase == nfd[b.start : b.end] for b in invalid)


def test_precheck_steps_agree_with_the_one_pattern() -> None:
    """The precheck in steps (a digit, the casefolded syllables, the words) answers as the one
    pattern does: every character the engine matches to a letter of the calendar words, ignoring
    case, casefolds to that letter but for the one exception the precheck knows (so the syllables
    test lets every match through)."""
    from ndq57.extract import timex

    every_char = "".join(map(chr, range(0x110000)))
    letters = {c for w in timex._precheck_words() for v in timex._variants(w) for c in v.lower() if not c.isspace()}
    for letter in sorted(letters):
        for c in set(timex.regex.findall(timex.regex.escape(letter), every_char, timex.regex.IGNORECASE)):
            assert c.casefold() == letter.casefold() or c == timex._FOLD_EXCEPTION, (letter, c)
    texts = ["", "Họp giao ban", "Ngày mai", "tổng kết NĂM", "phiên  HỌP thường kỳ", "quÝ", "x1", "Chủ\nnhật"]
    texts += ["Định kỳ báo cáo", "ngay sau khi nhận", "Tết Nguyên đán", "không có gì", "K\u212a ſ ß", "PHİÊN HỌP", "phi\u0307ên họp"]
    for text in texts:
        assert timex._may_hold_time(text) == (timex._precheck().search(text) is not None), text


def test_yearly_by_report() -> None:
    """A regime table's row: a day and month with no year is yearly when the row names a report by
    its cycle, and stays a date otherwise."""
    from ndq57.extract.timex import yearly_by_report

    (e,), _ = find_time_expressions("Trước ngày 12/6", default_year=2026)
    got = yearly_by_report(e, "Báo cáo 6 tháng")
    assert (got.kind, got.due, got.recurrence) == ("recurring", None, Recurrence(freq="yearly", monthday=12, month=6))
    assert yearly_by_report(e, "- Báo cáo quý III:").kind == "recurring"
    assert yearly_by_report(e, "Tổ chức hội nghị sơ kết 6 tháng") is e
    (dated,), _ = find_time_expressions("Trước ngày 12/6/2026")
    assert yearly_by_report(dated, "Báo cáo 6 tháng") is dated
