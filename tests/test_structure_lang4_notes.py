"""The section tree, round 15: a note in bold after the last item of a list ("4.1. ..." / "4.2. ..."
/ "**Lưu ý:** ...") is said of the section that holds the list; and the header of a steering
committee whose name a wrap cut before "VỀ", with its sign-off's authority wrapped too; the bold
title of a plan a decision issues ("**KẾ HOẠCH**" / "**Phát triển ... năm 2027**" / "*(Ban hành kèm
theo ...)*"), a heading whose year is no deadline."""

from __future__ import annotations

import ndq57

_TOP = (
    "TỈNH ỦY CAO BẰNG\nBAN TỔ CHỨC\n*\nSố 14-HD/BTCTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Cao Bằng, ngày 2 tháng 12 năm 2026\n\nHƯỚNG DẪN\nRà soát, bổ sung quy hoạch cán bộ năm 2027\n\n"
    "I. YÊU CẦU\nBảo đảm đúng quy trình.\n\nII. NỘI DUNG\n"
    "1. Đối tượng\nCán bộ diện Ban Thường vụ Tỉnh ủy quản lý.\n"
    "2. Thời điểm\n"
    "2.1. Rà soát quy hoạch\nCác đảng ủy trực thuộc rà soát quy hoạch trong quý I/2027.\n"
    "2.2. Báo cáo kết quả\nCác đảng ủy trực thuộc báo cáo kết quả phê duyệt trước ngày 30/6/2027.\n"
)
_TAIL = "3. Hồ sơ\nTheo mẫu kèm theo.\n\nNơi nhận:\n- Lưu VP.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nNông Thị Hoa\n"
_NOTE = "Các cấp ủy gửi báo cáo bổ sung quy hoạch về Ban Tổ chức Tỉnh ủy trước ngày 15/12/2027.\n"


def _due_sections(text: str) -> dict[str, str]:
    return {d.due: d.section for d in ndq57.parse(text).deadlines}


def test_a_bold_note_after_the_last_item_is_the_lists_section() -> None:
    got = _due_sections(_TOP + "\n**Lưu ý:** " + _NOTE + "\n" + _TAIL)
    assert got == {"2027-03-31": "II.2.1", "2027-06-30": "II.2.2", "2027-12-15": "II.2"}
    # ... a few words on what the note is about before its colon
    got = _due_sections(_TOP + "\n**Lưu ý về quy hoạch giữa nhiệm kỳ:** " + _NOTE + "\n" + _TAIL)
    assert got["2027-12-15"] == "II.2"


def test_a_note_that_is_no_bold_label_or_follows_one_item_stays_with_the_item() -> None:
    # not in bold: a sentence of the last item
    assert _due_sections(_TOP + "Lưu ý: " + _NOTE + "\n" + _TAIL)["2027-12-15"] == "II.2.2"
    # the bold label of a sentence, not a note ("Lưu ý" not opening it)
    assert _due_sections(_TOP + "**Đồng thời:** " + _NOTE + "\n" + _TAIL)["2027-12-15"] == "II.2.2"
    # a list of one item: the note is that item's
    one = _TOP.replace("2.1. Rà soát quy hoạch\nCác đảng ủy trực thuộc rà soát quy hoạch trong quý I/2027.\n", "")
    one = one.replace("2.2.", "2.1.")
    assert _due_sections(one + "\n**Lưu ý:** " + _NOTE + "\n" + _TAIL)["2027-12-15"] == "II.2.1"
    # a note between two items of the list: the item before it
    mid = _TOP.replace("2.2.", "**Lưu ý:** " + _NOTE + "2.2.")
    assert _due_sections(mid + _TAIL)["2027-12-15"] == "II.2.1"


def test_steering_committee_header_and_wrapped_authority() -> None:
    text = (
        "BAN CHỈ ĐẠO TRUNG ƯƠNG\nVỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ,\nĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ\n*\n"
        "Số 40-KH/BCĐTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 2 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
        "Kiểm tra việc thực hiện năm 2027\n\n1. Các tỉnh ủy, thành ủy tự kiểm tra trước ngày 30/4/2027.\n\n"
        "Nơi nhận:\n- Lưu Văn phòng Trung ương Đảng.\n\nK/T TRƯỞNG\nBAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nNguyễn Văn Nên\n"
    )
    h = ndq57.parse(text).document
    assert (h.issuer, h.issuer_parent) == (
        "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ",
        None,
    )
    assert h.signer is not None
    assert (h.signer.authority, h.signer.title, h.signer.name) == (
        "K/T TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
        "Nguyễn Văn Nên",
    )


_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 2345/QĐ-UBND\nThái Nguyên, ngày 01 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Phê duyệt Kế hoạch phát triển kinh tế số năm 2027\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch phát triển kinh tế số năm 2027.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐặng Xuân Trường\n\n"
    "**KẾ HOẠCH**\n**Phát triển kinh tế số năm 2027**\n"
    "*(Ban hành kèm theo Quyết định số 2345/QĐ-UBND ngày 01/12/2026 của Chủ tịch UBND tỉnh)*\n\n"
    "**I. NHIỆM VỤ**\n1. Sở Khoa học và Công nghệ xây dựng nền tảng dữ liệu, hoàn thành trước ngày 30/6/2027.\n"
)


def test_a_bold_title_of_an_attached_plan_is_no_deadline() -> None:
    # the plan's name in bold under its type, in any case: a heading, its year no deadline
    doc = ndq57.parse(_DECISION)
    assert [s.label for s in doc.sections] == ["Điều 1", "Điều 2", "Kế hoạch"]
    assert doc.sections[2].heading == "KẾ HOẠCH Phát triển kinh tế số năm 2027"
    assert [(d.due, d.section) for d in doc.deadlines] == [("2027-06-30", "Kế hoạch.I.1")]
