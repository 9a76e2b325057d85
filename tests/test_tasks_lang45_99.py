"""(helper 99) Tasks under a heading that names a unit alone: the paragraph right under it with no
label of its own is that unit's work, and the heading itself (a note in brackets after the unit, a
collective name) is no task."""

from __future__ import annotations

import ndq57

HEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 36/KH-UBND\nTân Lập, ngày 05 tháng 5 năm 2027\n\nKẾ HOẠCH\nTổ chức Đại hội Thể dục thể thao xã\n\nIII. TỔ CHỨC THỰC HIỆN\n"


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    doc = ndq57.parse(HEAD + body)
    return [(t.text, [a.canonical for a in t.owners]) for t in doc.tasks]


def test_bare_paragraph_under_a_unit_heading_is_its_work() -> None:
    got = _tasks("3. Công an xã\nBảo đảm an ninh trật tự, an toàn giao thông trong các ngày diễn ra Đại hội.\n\n"
                 "4. Trạm Y tế xã\nBố trí cán bộ y tế trực tại sân thi đấu.\n")
    assert got == [
        ("Bảo đảm an ninh trật tự, an toàn giao thông trong các ngày diễn ra Đại hội", ["Công an xã"]),
        ("Bố trí cán bộ y tế trực tại sân thi đấu", ["Trạm Y tế xã"]),
    ]


def test_bare_paragraph_that_tells_no_work_stays_none() -> None:
    # (no verb of work at its start; and the second paragraph under the heading is not read so)
    got = _tasks("3. Công an xã\nLực lượng Công an xã gồm 12 đồng chí.\n\n4. Trạm Y tế xã\n- Bố trí cán bộ y tế trực tại sân thi đấu.\n")
    assert [t for t, _ in got] == ["Bố trí cán bộ y tế trực tại sân thi đấu"]


def test_unit_heading_alone_is_no_task() -> None:
    got = _tasks("1. Sở Văn hóa, Thể thao và Du lịch (cơ quan thường trực Ban Tổ chức)\n"
                 "- Xây dựng kịch bản chi tiết Lễ khai mạc trước ngày 25/5/2027.\n"
                 "6. Văn phòng HĐND và UBND xã\n- Tham mưu UBND xã tổng kết, khen thưởng các tập thể.\n")
    texts = [t for t, _ in got]
    assert "Sở Văn hóa, Thể thao và Du lịch (cơ quan thường trực Ban Tổ chức)" not in texts
    assert "Văn phòng HĐND và UBND xã" not in texts
    assert "Tham mưu UBND xã tổng kết, khen thưởng các tập thể" in texts


def test_heading_with_its_work_after_a_colon_stays_a_task() -> None:
    got = _tasks("6. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, phối hợp tổ chức các hoạt động văn hóa, thể thao phục vụ Đại hội.\n")
    assert len(got) == 1 and got[0][1] == ["Sở Văn hóa, Thể thao và Du lịch"]
