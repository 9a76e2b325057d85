"""A labelled field's value ends with its sentence when the paragraph runs on: a copy that lost its
line ends (one paragraph for a whole plan) must not hand the last label every unit that follows."""

from __future__ import annotations

import ndq57
from ndq57.extract.blocks import fields_of

UNITS = ["Sở Y tế", "Sở Tư pháp", "Sở Xây dựng", "Sở Công Thương", "Sở Nội vụ", "Sở Tài chính"]


def test_a_field_value_stops_at_its_sentence_in_a_long_paragraph() -> None:
    rest = " ".join(f"{UNITS[i % len(UNITS)]} tổ chức tập huấn đợt {i}." for i in range(60))
    fields = fields_of("Cơ quan chủ trì: Sở Khoa học và Công nghệ. " + rest)
    assert [(f.key, f.value) for f in fields] == [("lead", "Sở Khoa học và Công nghệ")]


def test_a_short_paragraph_keeps_its_last_field_whole() -> None:
    text = "Cơ quan phối hợp: Sở Y tế, Sở Tư pháp. Các đơn vị liên quan."
    assert [f.value for f in fields_of(text)] == ["Sở Y tế, Sở Tư pháp. Các đơn vị liên quan"]


def test_a_plan_without_line_ends_gives_each_deadline_its_own_owners() -> None:
    head = "Số: 12/KH-UBND Tân Phú, ngày 10 tháng 3 năm 2026 KẾ HOẠCH Triển khai nhiệm vụ năm 2026 "
    lead = "1. Cơ quan chủ trì: Sở Khoa học và Công nghệ. "
    item = "{u} hoàn thành việc rà soát hồ sơ đợt {i} trước ngày {d}/6/2026. "
    body = "".join(item.format(u=UNITS[i % len(UNITS)], i=i, d=1 + i % 28) for i in range(120))
    doc = ndq57.parse(head + lead + body)  # one line: every line end lost
    dated = [d for d in doc.deadlines if d.phrase.startswith("trước ngày")]
    assert len(dated) == 120
    assert max(len(d.assignees) for d in dated) <= 2
