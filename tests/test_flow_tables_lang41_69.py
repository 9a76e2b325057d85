"""Round 41, helper 69: cells merged down over rows (Word's vertical merge) in a task table that
``pdftotext -raw`` printed a row's cells after another: the merged time or lead is printed once,
with its first row. The rows below it that show no time and end the table or their group ("I",
"II") take the time of the row above; a row with a blank time cell between timed rows, or with a
phrase no time reads, takes none. A lead and a partner printed on one baseline, the partner's
end wrapped, are two cells.
"""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables


def _owners(d: ndq57.model.Deadline, role: str) -> list[str]:
    return [a.unit for a in d.assignees if a.role == role]


def _rows(name: str, text: str | None = None) -> list[tuple[str, str | None, list[str], list[str]]]:
    text = text if text is not None else (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return [
        (d.section, d.due, _owners(d, "lead"), _owners(d, "coordinate"))
        for d in ndq57.parse(text).deadlines
        if d.section.startswith("Phụ lục")
    ]


_MERGED = "pdftotext_raw_merged_times_lang41_69"
_BLANK = "pdftotext_raw_blank_time_cells_lang41_69"


def test_rows_under_a_merged_time_take_it() -> None:
    assert _rows(_MERGED) == [
        ("Phụ lục.I.1", "2027-05-31", ["Sở Tư pháp"], ["Các sở, ban ngành"]),
        ("Phụ lục.I.2", "2027-09-30", ["Sở Tư pháp"], ["Thanh tra tỉnh"]),
        ("Phụ lục.I.3", "2027-09-30", ["Sở Nội vụ"], ["Sở Tư pháp"]),
        ("Phụ lục.II.4", "2027-09-30", ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ"]),
        ("Phụ lục.II.5", "2027-09-30", ["Văn phòng UBND tỉnh"], ["Công an tỉnh"]),
        ("Phụ lục.II.6", "2027-09-30", ["Văn phòng UBND tỉnh"], ["UBND các xã phường"]),
    ]


def test_the_text_after_the_table_is_no_cell_of_its_last_row() -> None:
    d = ndq57.parse((FIXTURES / f"{_MERGED}.txt").read_text(encoding="utf-8"))
    last = [x for x in d.deadlines if x.section == "Phụ lục.II.6"]
    assert len(last) == 1 and "Giao" not in last[0].task


def test_blank_and_unread_time_cells_take_no_time() -> None:
    assert _rows(_BLANK) == [
        ("Phụ lục.1", "2027-05-31", ["Sở Tư pháp"], ["Các sở, ban ngành"]),
        ("Phụ lục.3", "2027-09-30", ["Sở Tư pháp"], ["Thanh tra tỉnh"]),
    ]


def _without(text: str, said: str) -> str:
    assert said in text
    return text.replace(said, "", 1)


def test_a_short_phrase_in_the_last_time_cell_takes_no_time() -> None:
    # ("Theo lộ trình" alone in the last row's time cell: still no time read, still no merge)
    text = _without((FIXTURES / f"{_BLANK}.txt").read_text(encoding="utf-8"), "của Trung\nương\n")
    assert [r[0] for r in _rows(_BLANK, text)] == ["Phụ lục.1", "Phụ lục.3"]


def _pieces(*lines: str) -> list[flow_tables._Piece]:
    out: list[flow_tables._Piece] = []
    start = 0
    for k, said in enumerate(lines):
        out.append(flow_tables._Piece(k, said, start, k == 0))
        start += len(said) + 1
    return out


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (("Sở Nội vụ", "Các cơ quan, đơn", "vị"), True),
        (("Sở Nội vụ Sở Tư pháp",), True),
        (("Sở Nội vụ", "Theo chỉ đạo"), False),
        (("Sở Nội vụ Các sở, ngành", "Trên đây là Kế hoạch triển khai"), False),
        (("Sở Nội vụ", "Năm 2027"), False),
    ],
)
def test_units_only(lines: tuple[str, ...], want: bool) -> None:
    assert flow_tables._units_only(_pieces(*lines)) is want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # (a partner on the lead's baseline, its end wrapped)
        (("Sở Tư pháp Thanh tra", "tỉnh"), "Thanh tra tỉnh"),
        (("Sở Tư pháp Văn phòng", "UBND tỉnh"), "Văn phòng UBND tỉnh"),
        # (co-leads a line each, one unit's name wrapped, units joined by a comma: one cell)
        (("Sở Tư pháp", "Thanh tra tỉnh"), None),
        (("Sở Khoa học và", "Công nghệ"), None),
        (("Sở Tư pháp, Thanh", "tra tỉnh"), None),
    ],
)
def test_baseline_partner(lines: tuple[str, ...], want: str | None) -> None:
    pieces = _pieces(*lines)
    text = " ".join(lines)
    at = flow_tables._baseline_partner(pieces, 0, len(text))
    assert (text[at:] if at is not None else None) == want
