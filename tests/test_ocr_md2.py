"""An OCR engine's markdown of a scanned plan, second pass (round 28, helper 137): the header
printed as a plain line of titles above the pipe rows ("Nội dung công việc Cơ quan chủ trì Cơ
quan phối Thời gian thực hiện" / "Bát đầu Hoàn"), the titles' cut words left in a pipe row of
their own ("|  |  | hợp |  | thành |") or lost, is read as the table's header; a row a cell short
whose last two cells are times keeps its due in the last column."""

from __future__ import annotations

from ndq57.pipeline import parse

TOP = "KẾ HOẠCH\nCấp nước sạch năm 2027\nII. NHIỆM VỤ\nCác cơ quan thực hiện theo bảng sau:\n"
FOOT = "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan triển khai thực hiện.\n"
TITLES = "Nội dung công việc Cơ quan chủ trì Cơ quan phối Thời gian thực hiện\nBát đầu Hoàn\n"
ROWS = (
    "| Khảo sát nguồn nước các xã | Phòng Kinh tế | UBND các xã | Tháng 01/2027 | Tháng 3/2027 |\n"
    "| Sửa chữa công trình cấp nước | Ban Quản lý dự án huyện | Tháng 5/2027 | Tháng 8/2027 |\n"
)


def _doc(body: str) -> dict:
    return parse(TOP + body + FOOT, source="t.txt").to_dict()


def _dues(body: str) -> list[tuple[str | None, tuple[str, ...]]]:
    out = []
    for d in _doc(body)["deadlines"]:
        out.append((d["due"], tuple(sorted(a["unit"] for a in d["assignees"] if a["role"] == "lead"))))
    return sorted(out, key=str)


def test_title_line_over_a_row_of_cut_words_is_the_header() -> None:
    body = "ST\n" + TITLES + "|  |  | hợp |  | thành |\n" + ROWS
    table = _doc(body)["tables"][0]
    assert table["header"] == [
        "Nội dung công việc",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện Bắt đầu",
        "Hoàn thành",
    ]
    assert table["columns"][:3] == ["task", "lead", "coordinate"]
    assert table["columns"][-1] == "time"
    assert ("2027-03-31", ("Phòng Kinh tế",)) in _dues(body)


def test_row_a_cell_short_keeps_its_due_in_the_last_column() -> None:
    body = TITLES + "|  |  | hợp |  | thành |\n" + ROWS
    assert ("2027-08-31", ("Ban Quản lý dự án huyện",)) in _dues(body)
    assert "2027-05-31" not in [d for d, _ in _dues(body)]


def test_a_foot_note_between_the_titles_and_the_rows() -> None:
    body = TITLES + "¹ Quyết định số 07/QĐ-UBND ngày 03/01/2027 về cấp nước.\n|  |  | hợp |  | thành |\n" + ROWS
    assert [d for d, _ in _dues(body)] == ["2027-03-31", "2027-08-31"]


def test_title_line_over_rows_with_no_header_row() -> None:
    body = (
        "STT Nội dung công việc Đơn vị chủ trì Thời gian hoàn thành\n"
        "| 1 | Khảo sát nguồn nước các xã | Phòng Kinh tế | Tháng 3/2027 |\n"
        "| 2 | Sửa chữa công trình cấp nước | Ban Quản lý dự án huyện | Tháng 8/2027 |\n"
    )
    table = _doc(body)["tables"][0]
    assert table["header"] == ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    assert _dues(body) == [("2027-03-31", ("Phòng Kinh tế",)), ("2027-08-31", ("Ban Quản lý dự án huyện",))]


def test_a_sentence_above_a_table_with_its_header_is_not_a_header() -> None:
    body = (
        "Nội dung công việc do các cơ quan chủ trì thực hiện đúng thời gian\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n"
        "| 1 | Khảo sát nguồn nước các xã | Phòng Kinh tế | Tháng 3/2027 |\n"
    )
    table = _doc(body)["tables"][0]
    assert table["header"] == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]


def test_titles_too_few_for_the_rows_are_not_a_header() -> None:
    body = (
        "Nội dung công việc Cơ quan chủ trì\n"
        "| 1 | Khảo sát nguồn nước các xã | Phòng Kinh tế | UBND các xã | Tháng 3/2027 |\n"
        "| 2 | Sửa chữa công trình cấp nước | Ban Quản lý dự án huyện | UBND các xã | Tháng 8/2027 |\n"
    )
    assert _doc(body)["tables"][0]["header"][:2] != ["Nội dung công việc", "Cơ quan chủ trì"]
