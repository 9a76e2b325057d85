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


def test_the_fields_of_many_tasks_in_one_paragraph_each_give_their_own_owners() -> None:
    # a plan whose task blocks lost their line ends: every group of fields is a task of its own,
    # and its deadline has the two owners of that group only (not those of every group)
    head = "Số: 12/KH-UBND\nTân Phú, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n\nI. NHIỆM VỤ\n\n1. Các nhiệm vụ\n"
    group = (
        "{i}. Rà soát hồ sơ đợt {i}. Cơ quan chủ trì: {lead}. Cơ quan phối hợp: {other}. "
        "Thời gian hoàn thành: trước ngày {d}/6/2026. Sản phẩm: Báo cáo đợt {i}. "
    )
    n = 90
    body = "".join(
        group.format(i=i, lead=UNITS[i % 6], other=UNITS[(i + 1) % 6], d=1 + i % 28) for i in range(1, n + 1)
    )
    doc = ndq57.parse(head + body)
    assert len(doc.deadlines) == n
    for i, d in enumerate(doc.deadlines, start=1):
        assert [(a.canonical, a.role) for a in d.assignees] == [
            (UNITS[i % 6], "lead"),
            (UNITS[(i + 1) % 6], "coordinate"),
        ]
    tasks = [t for t in doc.tasks if t.read_as == "block"]
    assert [t.text for t in tasks] == [f"Rà soát hồ sơ đợt {i}" for i in range(1, n + 1)]
    assert [t.product for t in tasks][:2] == ["Báo cáo đợt 1", "Báo cáo đợt 2"]
