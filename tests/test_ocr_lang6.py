"""Round 30 (helper 147): an OCR engine's markdown of scanned tables, fourth pass. The header's
words wrapped onto a row of their own below it ("| ST | … | Đơn vị phối |" / "| T | | | hợp |"):
more lines of the header's cells, so that the number and partner columns are read."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_HEAD = "UBND HUYỆN AN LẠC\nSố: 9/KH-UBND\nAn Lạc, ngày 04 tháng 01 năm 2027\nKẾ HOẠCH\nCải cách\n\n"


def _got(doc: ndq57.Document) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [
        (
            d.due,
            d.section,
            [a.unit for a in d.assignees if a.role == "lead"],
            [a.unit for a in d.assignees if a.role == "coordinate"],
        )
        for d in doc.deadlines
    ]


def test_header_wrapped_onto_its_own_row_is_joined() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_md_header_wrap_lang6.txt").read_text(encoding="utf-8"))
    got = [g for g in _got(doc) if g[1] and g[1].startswith("II.2")]
    assert got == [
        ("2027-04-30", "II.2.1", ["Phòng Giáo dục phổ thông"], ["Các trường trung học phổ thông"]),
        ("2027-08-31", "II.2.1", ["Phòng Giáo dục phổ thông"], ["Trung tâm Công nghệ thông tin"]),
        ("2027-09-30", "II.2.2", ["Phòng Tổ chức cán bộ"], ["Các phòng Giáo dục và Đào tạo"]),
        ("2027-11-30", "II.2.3", ["Thanh tra Sở"], ["Văn phòng Sở"]),
    ]


def test_a_plain_header_row_of_its_own_is_not_joined() -> None:
    # the second row names the time column's parts: a header row of its own ("Bắt đầu")
    text = _HEAD + (
        "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |  |\n"
        "|  |  |  |  | Bắt đầu | Hoàn thành |\n"
        "| 1 | Rà soát thủ tục | Phòng Tư pháp | Các xã | Tháng 01/2027 | Tháng 3/2027 |\n"
    )
    assert _got(ndq57.parse(text)) == [("2027-03-31", "1", ["Phòng Tư pháp"], ["Các xã"])]


def test_a_first_data_row_in_small_letters_stays_a_row() -> None:
    # a row with a date is data, never the header's wrapped words
    text = _HEAD + (
        "| TT | Nội dung | Đơn vị chủ trì | Thời hạn |\n"
        "|  | rà soát thủ tục | Phòng Tư pháp | 30/3/2027 |\n"
    )
    assert [d.due for d in ndq57.parse(text).deadlines] == ["2027-03-30"]


def test_a_heading_read_whole_keeps_its_reading() -> None:
    # "TT" / "T": the index column read whole already ("TTT" would name no column)
    text = _HEAD + (
        "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối | Thời hạn |\n"
        "| T |  |  | hợp |  |\n"
        "| 1 | Rà soát thủ tục | Phòng Tư pháp | Các xã | Tháng 3/2027 |\n"
        "| 2 | Số hóa hồ sơ | Phòng Nội vụ | Các xã | Tháng 5/2027 |\n"
    )
    assert _got(ndq57.parse(text)) == [
        ("2027-03-31", "1", ["Phòng Tư pháp"], ["Các xã"]),
        ("2027-05-31", "2", ["Phòng Nội vụ"], ["Các xã"]),
    ]


def test_owner_glued_into_a_plain_row_goes_to_its_column() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_md_plain_owner_lang6.txt").read_text(encoding="utf-8"))
    assert [g[:3] for g in _got(doc)][2:4] == [
        ("2027-06-30", "II.3", ["Ủy ban MTTQ Việt Nam xã"]),
        ("2027-08-31", "II.4", ["Công chức Địa chính - Xây dựng"]),
    ]


_GLUED_HEAD = _HEAD + (
    "| TT | Nội dung nhiệm vụ Đơn vị chủ trì | Thời gian hoàn thành |\n"
    "| 1 | Lập danh sách hộ cần hỗ trợ | Công chức Văn hóa - Xã hội | Tháng 3/2027 |\n"
    "| 2 | Phát động phong trào tại các thôn | Ủy ban MTTQ Việt Nam xã | Tháng 4/2027 |\n"
    "3 _ Huy động đoàn viên giúp các hộ Đoàn Thanh niên xã Quý II/2027\n"
    "ngày công sửa chữa nhà\n"
    "4 _ Xây dựng dự thảo quy chế, trình Ủy ban nhân Tháng 8/2027\n"
    "dân xã ban hành\n"
    "| 5 | Giám sát việc sử dụng kinh phí | Ban Thanh tra nhân dân xã | Tháng 10/2027 |\n"
    "| 6 | Sơ kết, báo cáo kết quả | Văn phòng UBND xã | Tháng 12/2027 |\n"
)


def test_owner_glued_into_a_plain_row_under_a_glued_header() -> None:
    # row 4 has none of its own: its unit's name goes on its task after "trình"
    text = _GLUED_HEAD.replace("trình Ủy ban nhân", "Hội Nông dân xã")
    got = [g[:3] for g in _got(ndq57.parse(text))]
    assert got[2:4] == [("2027-06-30", "3", ["Đoàn Thanh niên xã"]), ("2027-08-31", "4", ["Hội Nông dân xã"])]


def test_no_owner_is_cut_when_a_plain_row_has_none() -> None:
    # "… trình Ủy ban nhân": the name the task goes on with; then no row of the part is cut
    # (an empty owner cell would read as merged with the owner above)
    got = [g[:3] for g in _got(ndq57.parse(_GLUED_HEAD))]
    assert got[2:4] == [("2027-06-30", "3", []), ("2027-08-31", "4", [])]
