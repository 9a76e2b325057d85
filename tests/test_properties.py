"""Property tests: parse never raises, on any text; layout keeps every line traceable."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ndq57
from ndq57.parse.layout import build_blocks, clean_lines

PIECES = [
    "Số 01-TB/BCĐ", "ngày 10 tháng 7 năm 2025", "Đắk Lắk, ", "I- ", "II. ", "2.2.1. ", "(1) ", "a) ", "- ", "+ ",
    "**", "***", "*", "¹", "²³", "[1]", "trước ngày 15/7/2025", "31/02/2025", "Hàng tuần", "thứ 6", "11h00",
    "Giao UBND tỉnh chủ trì, phối hợp với Sở Tài chính", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "Nguyễn Văn A",
    "Kính gửi:", "V/v", "PHỤ LỤC", "| a | b |", "07-", "TB/CQTTBCĐ", "quý III/2025", "\n", "\n\n", "  ", "/", ".",
    "0", "9", "-", "(", ")", ":", "Điều 1.", "ĐẢNG CỘNG SẢN VIỆT NAM", "tinh", "hoá", "uỷ", "\t", "\r\n",
]

vietnamese_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_text)
def test_parse_never_raises(text: str) -> None:
    doc = ndq57.parse(text)
    assert doc.schema.startswith("ndq57/")
    for d in doc.deadlines:
        assert d.line >= 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_parse_never_raises_on_arbitrary_unicode(text: str) -> None:
    ndq57.parse(text)


@settings(max_examples=200, deadline=None)
@given(vietnamese_text)
def test_every_block_maps_to_real_lines(text: str) -> None:
    lines = clean_lines(text)
    body = build_blocks(lines)
    n = len(lines)
    for blk in body.blocks:
        offsets = [o for o, _ in blk.line_map]
        assert offsets == sorted(offsets)
        for _, line in blk.line_map:
            assert 1 <= line <= n


def test_hostile_runs_are_fast() -> None:
    for piece in ("1/", "1.", "¹", "(1) ", "2.2.", "/", "-", "thứ 6 ", "ngày ", "9" * 50 + " "):
        text = piece * 20000
        t0 = time.perf_counter()
        ndq57.parse(text)
        assert time.perf_counter() - t0 < 10, piece
