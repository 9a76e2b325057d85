"""(helper 101, round 45) Tasks of agriculture, animal and plant disease and disaster directives:
a heading that names its owner alone is no task; the field work that opens an item ("Điều tra",
"Tiêm phòng", "Sơ tán" ...) is; a "đã" that qualifies a noun after "các", "những" leaves the item an
instruction, a "đã" that tells the work done does not."""

from __future__ import annotations

import pytest

import ndq57

_HEAD = (
    "UBND XÃ AN HẢI\nSố: 12/KH-UBND\nAn Hải, ngày 10 tháng 3 năm 2027\n\n"
    "KẾ HOẠCH\nPhòng, chống dịch bệnh gia cầm năm 2027\n\n"
)


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    doc = ndq57.parse(_HEAD + body)
    return [(t.text, [a.canonical for a in t.owners]) for t in doc.tasks]


def test_heading_naming_owner_alone_is_no_task() -> None:
    got = _tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n- Chỉ đạo các thôn ra quân vệ sinh chuồng trại.\n"
        "2. Ủy ban nhân dân các xã, phường\n- Hướng dẫn người chăn nuôi khai báo dịch bệnh."
    )
    assert [t for t, _ in got] == ["Chỉ đạo các thôn ra quân vệ sinh chuồng trại", "Hướng dẫn người chăn nuôi khai báo dịch bệnh"]
    assert got[1][1] == ["Ủy ban nhân dân các xã, phường"]


def test_heading_naming_two_owners_alone_is_no_task() -> None:
    got = _tasks("3. Công an xã, Ban Chỉ huy Quân sự xã\n- Phối hợp bảo vệ các chốt kiểm dịch động vật.")
    assert "Công an xã, Ban Chỉ huy Quân sự xã" not in [t for t, _ in got]


def test_heading_with_work_stays_a_task() -> None:
    # (negative: the owner's name and its work on one line is a task)
    got = _tasks("3. Trạm Chăn nuôi và Thú y xã hướng dẫn người chăn nuôi tiêu độc chuồng trại.")
    assert got == [
        ("Trạm Chăn nuôi và Thú y xã hướng dẫn người chăn nuôi tiêu độc chuồng trại", ["Trạm Chăn nuôi và Thú y xã"])
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Điều tra, dự báo sinh vật gây hại, ra thông báo định kỳ 7 ngày/lần",
        "Tiêm phòng bổ sung cho đàn gia cầm mới nhập đàn",
        "Gieo sạ tập trung, đồng loạt, né rầy theo lịch thời vụ",
        "Nạo vét kênh mương nội đồng phục vụ tưới tiêu",
        "Khử trùng, tiêu độc khu vực chăn nuôi tập trung",
    ],
)
def test_field_work_item_is_a_task(item: str) -> None:
    got = _tasks(f"3. Chi cục Trồng trọt và Bảo vệ thực vật\n+ {item};\n+ Theo dõi diện tích lúa.")
    assert (item, ["Chi cục Trồng trọt và Bảo vệ thực vật"]) in got


@pytest.mark.parametrize(
    "item",
    [
        "Tiêm phòng bổ sung cho các đàn gia cầm đã hết thời gian miễn dịch",
        "Tiếp tục thực hiện các nhiệm vụ, giải pháp đã đề ra",
        "Đôn đốc những hợp tác xã đang chậm tiến độ gieo cấy",
    ],
)
def test_relative_da_keeps_the_instruction(item: str) -> None:
    got = _tasks(f"3. Trạm Chăn nuôi và Thú y xã\n- {item}.\n- Theo dõi tình hình dịch bệnh.")
    assert (item, ["Trạm Chăn nuôi và Thú y xã"]) in got


@pytest.mark.parametrize(
    "item",
    [
        "Đã tiêm phòng cho 12.000 con gia cầm",
        "Hướng dẫn chăn nuôi an toàn sinh học cho các hộ, đã có 40 hộ tham gia",
        "Trạm đã tổ chức tiêm phòng cho các đàn gia cầm",
    ],
)
def test_narrated_item_stays_no_task(item: str) -> None:
    # (negative: the work told as done)
    got = _tasks(f"3. Trạm Chăn nuôi và Thú y xã\n- {item}.\n- Theo dõi tình hình dịch bệnh.")
    assert item not in [t for t, _ in got]
