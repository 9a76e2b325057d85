"""The language of owners, seventh pass (helper 98, round 18): the offices a clerk names by their
level alone (a province's museum and library, a commune's house of culture), the regional offices of
the State Audit, and a ministry's letter whose lead-in names the body it is addressed to."""

from __future__ import annotations

import ndq57
from units_support import roles_of as _roles
from units_support import units_of as _units


def test_culture_units_named_by_their_level_own_work() -> None:
    assert _roles("Thư viện tỉnh chủ trì, phối hợp với Bảo tàng tỉnh tổ chức Ngày sách.") == [
        ("Thư viện tỉnh", "lead"),
        ("Bảo tàng tỉnh", "coordinate"),
    ]
    assert _roles("Giao Nhà văn hóa phường tổ chức lớp năng khiếu hè.") == [("Nhà văn hóa phường", "lead")]
    # (merged in one unit; named once for every commune)
    assert _units("Bảo tàng - Thư viện tỉnh chủ trì trưng bày hiện vật.") == ["Bảo tàng - Thư viện tỉnh"]
    assert _units("Giao Nhà văn hóa các xã, phường tổ chức.") == ["Nhà văn hóa các xã, phường"]
    # (in small letters, a building: "xây dựng nhà văn hóa xã")
    assert _units("Vận động nhân dân góp công xây dựng nhà văn hóa xã, bảo tàng tỉnh.") == []
    # (named after a person or the nation: an open name, stopped by a verb)
    assert _units("Thư viện Quốc gia Việt Nam trưng bày sách quý.") == ["Thư viện Quốc gia Việt Nam"]


def test_the_regional_offices_of_the_state_audit_keep_their_region() -> None:
    assert _units("Kiểm toán nhà nước khu vực VII kiểm toán ngân sách xã.") == ["Kiểm toán Nhà nước khu vực VII"]
    assert _units("Kiểm toán nhà nước khu vực triển khai kế hoạch kiểm toán.") == ["Kiểm toán Nhà nước khu vực"]
    assert _units("Kiểm toán nhà nước ban hành kế hoạch.") == ["Kiểm toán Nhà nước"]


def test_the_issuers_boards_named_bare_own_the_work_they_open() -> None:
    assert _roles("Ban Tuyên giáo phối hợp với Văn phòng xây dựng tài liệu tuyên truyền.") == [
        ("Ban Tuyên giáo", "lead"),
        ("Văn phòng", "coordinate"),
    ]
    # (alone as a heading, with a colon before the work)
    assert _roles("2. Ban Dân vận") == [("Ban Dân vận", "assigned")]
    assert _roles("- Văn phòng: bố trí kinh phí tổ chức hội nghị.") == [("Văn phòng", "assigned")]
    # (after an opening phrase and its comma)
    assert _roles("Đồng thời, Ban Tổ chức rà soát danh sách đảng viên.") == [("Ban Tổ chức", "assigned")]
    # (after a word of the role: received, passed through)
    assert _roles("Gửi báo cáo về Ban Phong trào trước ngày 05/12/2026.") == [("Ban Phong trào", "recipient")]


def test_a_board_that_is_no_issuers_stays_no_unit() -> None:
    # a contest's committee, a board in small letters, a board with no verb after it
    assert _units("Ban Tổ chức hội thi chủ trì chấm thi.") == []
    assert _units("Ban tổ chức chủ trì chấm thi.") == []
    assert _units("Đề nghị Ban Tổ chức giải chạy bố trí lực lượng.") == []
    assert _units("Tổ chức hội nghị tại Văn phòng của xã.") == []
    # (the end of a line after a comma is no heading: a list of copies)
    assert _units("Nơi nhận:\n- Như trên;\n- Lưu: VT, Văn phòng\n") == []


_LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 2210/BNNMT-TTBVTV
V/v phòng trừ rầy nâu vụ Mùa

Hà Nội, ngày 05 tháng 8 năm 2026

Kính gửi: {addressees}

Bộ Nông nghiệp và Môi trường đề nghị {lead_in} chỉ đạo thực hiện một số nội dung sau:

1. Điều tra mật độ rầy trên đồng ruộng; báo cáo về Bộ trước ngày 25/8/2026.

2. Hoàn thành phun thuốc trừ rầy trong tháng 9/2026.
"""


def _owners(addressees: str, lead_in: str) -> list[list[tuple[str, str]]]:
    doc = ndq57.parse(_LETTER.format(addressees=addressees, lead_in=lead_in))
    return [[(a.raw, a.role) for a in t.owners] for t in doc.tasks]


def test_the_addressed_body_the_lead_in_names_owns_the_task_once() -> None:
    got = _owners("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.", "Ủy ban nhân dân các tỉnh, thành phố")
    assert got == [[("Ủy ban nhân dân các tỉnh, thành phố", "assigned")]] * 2
    # (the same body named the same way in both)
    got = _owners(
        "Sở Nông nghiệp và Môi trường các tỉnh, thành phố.", "Sở Nông nghiệp và Môi trường các tỉnh, thành phố"
    )
    assert got == [[("Sở Nông nghiệp và Môi trường các tỉnh, thành phố", "assigned")]] * 2


def test_an_addressee_the_lead_in_does_not_name_still_owns_the_task() -> None:
    # (another body: the department is addressed, the committee named by the lead-in directs it)
    got = _owners("Sở Y tế các tỉnh, thành phố.", "Ủy ban nhân dân các tỉnh, thành phố")
    assert all(("Sở Y tế các tỉnh, thành phố", "assigned") in owners for owners in got)
