"""The members of a body listed in a decision that sets it up ("Ông ..., Phó Chủ tịch UBND xã,
Trưởng ban;") are no tasks, though their titles name units; an item that gives a named person
work stays a task."""

from __future__ import annotations

import ndq57

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 88/QĐ-UBND\nPhú Lộc, ngày 10 tháng 11 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc thành lập Ban Chỉ đạo phòng, chống thiên tai xã Phú Lộc\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ LỘC\nQUYẾT ĐỊNH:\n"
    "Điều 1. Thành lập Ban Chỉ đạo phòng, chống thiên tai xã Phú Lộc, gồm các ông, bà có tên sau:\n"
)
TAIL = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\nĐặng Văn Tư\n"


def _tasks(items: str, rest: str = "") -> list[str]:
    doc = ndq57.parse(HEAD + items + rest + TAIL)
    return [t.text for t in doc.tasks]


def test_members_of_a_body_are_no_tasks() -> None:
    items = (
        "1. Ông Trần Quốc Hưng, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Ủy ban nhân dân xã, Trưởng ban;\n"
        "2. Mời bà Lê Thị Mai, Đảng ủy viên, Phó Trưởng ban Kinh tế - Ngân sách Hội đồng nhân dân xã, Phó Trưởng ban;\n"
        "3. Ông Phạm Văn Đức, Công chức Văn phòng HĐND và UBND xã, Thư ký;\n"
        "4. Đồng chí Nguyễn Thị Hoa, Trạm trưởng Trạm Y tế xã - Ủy viên;\n"
        "5. Bà Võ Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã, thành viên.\n"
    )
    assert _tasks(items) == []


def test_a_named_person_given_work_is_a_task() -> None:
    items = (
        "1. Ông Trần Quốc Hưng, Phó Chủ tịch Ủy ban nhân dân xã, Trưởng ban;\n"
        "2. Ông Phạm Văn Đức, Chỉ huy trưởng Ban Chỉ huy Quân sự xã, chủ trì rà soát các điểm xung yếu "
        "trước ngày 30/11/2026.\n"
        "3. Bà Võ Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã, vận động hội viên gia cố nhà cửa trước mùa mưa bão.\n"
    )
    got = _tasks(items)
    assert len(got) == 2 and got[0].startswith("Ông Phạm Văn Đức") and got[1].startswith("Bà Võ Thị Lan")
