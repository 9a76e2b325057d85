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


HEAD4 = "| TT | Nội dung công việc | Đơn vị thực hiện | Thời gian hoàn thành |\n"


def _sections(body: str) -> list[tuple[str | None, str]]:
    return [(d["due"], d["section"]) for d in _doc(body)["deadlines"] if d["section"].startswith("II")]


def test_rows_printed_as_plain_lines_between_pipe_rows_get_their_dues() -> None:
    body = HEAD4 + (
        "| 1 | Rà soát hộ cần hỗ trợ | Ban Công tác Mặt trận | Tháng 2/2027 |\n"
        "2 _ Vận động doanh nghiệp đóng góp Thường trực Ủy ban MTTQ xã Quý I/2027\n"
        "xây dựng nhà\n"
        "3 Huy động ngày công Đoàn Thanh niên xã Tháng 6/2027\n"
        "| 4 | Bàn giao nhà, báo cáo kết quả | Văn phòng Ủy ban MTTQ xã | Tháng 10/2027 |\n"
    )
    assert _sections(body) == [
        ("2027-02-28", "II.1"),
        ("2027-03-31", "II.2"),
        ("2027-06-30", "II.3"),
        ("2027-10-31", "II.4"),
    ]
    task = next(d["task"] for d in _doc(body)["deadlines"] if d["section"] == "II.2")
    assert task.endswith("xây dựng nhà") and "Quý" not in task


def test_plain_lines_without_a_time_are_not_rows() -> None:
    body = HEAD4 + (
        "| 1 | Rà soát hộ cần hỗ trợ | Ban Công tác Mặt trận | Tháng 2/2027 |\n"
        "2 Vận động doanh nghiệp đóng góp Thường trực Ủy ban MTTQ xã\n"
        "| 3 | Bàn giao nhà, báo cáo kết quả | Văn phòng Ủy ban MTTQ xã | Tháng 10/2027 |\n"
    )
    assert [d for d, _ in _sections(body)] == ["2027-02-28", "2027-10-31"]


def test_group_label_with_specks_is_a_group_row() -> None:
    body = HEAD4 + (
        "| A_ | KHẢO SÁT VÀ VẬN ĐỘNG |  |\n"
        "| 1 | Rà soát hộ cần hỗ trợ | Ban Công tác Mặt trận | Tháng 2/2027 |\n"
        "| B_ | XÂY DỰNG VÀ BÀN GIAO |  |\n"
        "| 2 | Bàn giao nhà, báo cáo kết quả | Văn phòng Ủy ban MTTQ xã | Tháng 10/2027 |\n"
    )
    assert _sections(body) == [("2027-02-28", "II.A.1"), ("2027-10-31", "II.B.2")]
    assert all("BÀN GIAO" not in d["task"] for d in _doc(body)["deadlines"] if d["section"] == "II.A.1")
