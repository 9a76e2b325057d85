"""An OCR engine's markdown of a scanned plan (round 27, helper 136): pipe rows broken the way
OCR-to-markdown tools break them. The two-level time header glued into one cell ("Thời gian thực
hiện Bắt đầu Hoàn thành", the last word cut to the next line) is read as two columns, the start
and the due; two time cells glued ("Tháng Tháng 02/2027 5/2027") are split; a row that lost its
number cell is read one column right; the plain lines between two rows (a cell's wrapped rest, a
page's foot note, the header again) do not end the table."""

from __future__ import annotations

from ndq57.pipeline import parse

HEAD = "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện Bắt đầu Hoàn thành |"
TOP = "KẾ HOẠCH\nThực hiện công tác năm 2027\nII. NHIỆM VỤ\nCác cơ quan thực hiện theo bảng sau:\n"
FOOT = "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan triển khai thực hiện.\n"


def _dues(body: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    doc = parse(TOP + body + FOOT, source="t.txt").to_dict()
    out = []
    for d in doc["deadlines"]:
        leads = tuple(sorted(a["unit"] for a in d["assignees"] if a["role"] == "lead"))
        out.append((d["due"], d["section"], leads))
    return sorted(out, key=str)


def _table(body: str) -> dict:
    doc = parse(TOP + body + FOOT, source="t.txt").to_dict()
    return doc["tables"][0]


def test_glued_time_head_split_when_rows_have_two_time_cells() -> None:
    body = HEAD + "\n| 1 | Lập danh mục hồ sơ số hóa | Sở Nội vụ | Sở Tư pháp | Tháng 3/2027 | Tháng 6/2027 |\n"
    table = _table(body)
    assert table["header"][-2:] == ["Thời gian thực hiện Bắt đầu", "Hoàn thành"]
    assert table["columns"][-1] == "time"
    assert _dues(body) == [("2027-06-30", "II.1", ("Sở Nội vụ",))]


def test_glued_time_cells_split_and_the_last_is_the_due() -> None:
    body = HEAD + "\n| 1 | Lập danh mục hồ sơ số hóa | Sở Nội vụ | Sở Tư pháp | Tháng Tháng 02/2027 5/2027 |\n"
    assert _dues(body) == [("2027-05-31", "II.1", ("Sở Nội vụ",))]


def test_four_glued_times_give_no_due() -> None:
    # (two tasks of one row, each with its start and end: no due is paired with the row's text)
    body = HEAD + (
        "\n| 1 | Lập danh mục; trình phê duyệt danh mục | Sở Nội vụ | Sở Tư pháp | Tháng Tháng 01/2027 3/2027 Tháng Tháng 4/2027 5/2027 |"
        "\n| 2 | Rà soát hồ sơ lưu trữ | Sở Nội vụ | Sở Tài chính | Tháng 4/2027 | Tháng 9/2027 |\n"
    )
    assert _dues(body) == [("2027-09-30", "II.2", ("Sở Nội vụ",))]


def test_head_word_cut_to_the_next_line() -> None:
    body = (
        HEAD.replace("Hoàn thành |", "Hoàn |")
        + "\nthành\n| 1 | Lập danh mục hồ sơ số hóa | Sở Nội vụ | Sở Tư pháp | Tháng 3/2027 | Tháng 7/2027 |\n"
    )
    assert _dues(body) == [("2027-07-31", "II.1", ("Sở Nội vụ",))]


def test_row_without_its_number_cell_and_one_without_partner() -> None:
    body = HEAD + (
        "\n| 1 | Lập danh mục hồ sơ số hóa | Sở Nội vụ | Sở Tư pháp | Tháng 3/2027 | Tháng 6/2027 |"
        "\n| Số hóa hồ sơ lưu trữ lịch sử của tỉnh | Trung tâm Lưu trữ lịch sử | Sở Tài chính | Tháng 5/2027 | Tháng 10/2027 |"
        "\n| Kiểm tra việc số hóa hồ sơ tại các sở | Thanh tra tỉnh | Quý II/2027 | Quý IV/2027 |\n"
    )
    dues = _dues(body)
    assert ("2027-10-31", "II.1", ("Trung tâm Lưu trữ lịch sử",)) in [(d, s[:4], u) for d, s, u in dues]
    assert "2027-12-31" in [d for d, _, _ in dues]
    assert len(dues) == 3


def test_plain_lines_between_rows_do_not_end_the_table() -> None:
    body = HEAD + (
        "\n| 1 | Lập danh mục hồ sơ số hóa; thống nhất với các sở, | Sở Nội vụ | Sở Tư pháp | Tháng 3/2027 | Tháng 6/2027 |"
        "\nngành về thời gian nộp hồ sơ"
        "\n¹ Quyết định số 15/QĐ-UBND ngày 02/01/2027 của Ủy ban nhân dân tỉnh về lưu trữ hồ sơ."
        "\n" + HEAD + "\n| 2 | Rà soát hồ sơ lưu trữ | Sở Nội vụ | Sở Tài chính | Tháng 4/2027 | Tháng 9/2027 |\n"
    )
    table = _table(body)
    assert len(table["rows"]) == 3  # the header, two rows: the header again is left out
    assert table["rows"][1]["cells"][1]["text"].endswith("ngành về thời gian nộp hồ sơ")
    assert [d for d, _, _ in _dues(body)] == ["2027-06-30", "2027-09-30"]


def test_a_heading_between_two_tables_ends_the_first() -> None:
    body = (
        HEAD + "\n| 1 | Lập danh mục hồ sơ số hóa, | Sở Nội vụ | Sở Tư pháp | Tháng 3/2027 | Tháng 6/2027 |"
        "\n2. Nhiệm vụ của các huyện\n| 1 | Rà soát hồ sơ | UBND các huyện | Sở Nội vụ | Tháng 4/2027 | Tháng 9/2027 |\n"
    )
    doc = parse(TOP + body + FOOT, source="t.txt").to_dict()
    assert len(doc["tables"]) == 2


def test_single_time_column_is_not_split() -> None:
    body = (
        "| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian bắt đầu và hoàn thành |"
        "\n| 1 | Lập danh mục hồ sơ số hóa | Sở Nội vụ | Tháng 6/2027 |\n"
    )
    assert len(_table(body)["header"]) == 4


def test_number_glued_to_the_task_gets_its_own_cell() -> None:
    body = HEAD + (
        "\n| 1 | Lập danh mục hồ sơ số hóa | Sở Nội vụ | Sở Tư pháp | Tháng 3/2027 | Tháng 6/2027 |"
        "\n| 2_/Rà soát hồ sơ lưu trữ của các sở | Sở Tài chính | Sở Nội vụ | Tháng 4/2027 | Tháng 9/2027 |\n"
    )
    table = _table(body)
    assert [c["text"] for c in table["rows"][2]["cells"][:2]] == ["2", "Rà soát hồ sơ lưu trữ của các sở"]
    assert ("2027-09-30", "II.2", ("Sở Tài chính",)) in _dues(body)


def test_third_part_label_read_with_an_h() -> None:
    text = "KẾ HOẠCH\nI. MỤC ĐÍCH\nNội dung.\nII. NHIỆM VỤ\nNội dung.\nHII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ báo cáo trước ngày 10/12/2027.\n"
    doc = parse(text, source="t.txt").to_dict()
    assert [d["section"] for d in doc["deadlines"]] == ["III"]


LEAD_HEAD = "| TT | Nội dung công việc Đơn vị thực hiện | Thời gian hoàn thành |"


def test_task_and_owner_titles_glued_in_one_header_cell() -> None:
    body = LEAD_HEAD + (
        "\n| 1 | Lập danh sách hộ cần hỗ trợ Công chức Văn hóa - Xã hội | Trước ngày 15/5/2027 |"
        "\n| 2 | Tổ chức hội nghị phát động | Ủy ban MTTQ xã | Tháng 6/2027 |\n"
    )
    table = _table(body)
    assert table["header"] == ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"]
    assert table["rows"][1]["cells"][3]["text"] == "Trước ngày 15/5/2027"  # an empty owner cell before it
    assert [d for d, _, _ in _dues(body)] == ["2027-05-15", "2027-06-30"]


def test_table_goes_on_after_rows_printed_as_plain_lines() -> None:
    body = LEAD_HEAD + (
        "\n| 1 | Tổ chức hội nghị phát động | Ủy ban MTTQ xã | Tháng 6/2027 |"
        "\n2 _ Vận động các doanh nghiệp ủng hộ Ủy ban MTTQ xã Quý II/2027"
        "\nquỹ vì người nghèo"
        "\n| 3 | Kiểm tra việc sử dụng kinh phí Ban Thanh tra nhân dân | Trước ngày 30/9/2027 |"
        "\n| 4 | Sơ kết, báo cáo kết quả | Văn phòng Ủy ban MTTQ xã | Tháng 11/2027 |\n"
    )
    dues = _dues(body)
    assert ("2027-11-30", "II.4", ("Văn phòng Ủy ban MTTQ xã",)) in dues
    assert "2027-09-30" in [d for d, _, _ in dues]


def test_a_table_with_its_own_header_after_plain_lines_keeps_it() -> None:
    body = (
        LEAD_HEAD + "\n| 1 | Tổ chức hội nghị phát động | Ủy ban MTTQ xã | Tháng 6/2027 |"
        "\nCác chi hội thực hiện thêm theo lịch sau:"
        "\n| STT | Nội dung | Đơn vị chủ trì | Thời gian |"
        "\n| 1 | Thăm hỏi hội viên khó khăn | Chi hội thôn Đông | Tháng 7/2027 |\n"
    )
    doc = parse(TOP + body + FOOT, source="t.txt").to_dict()
    assert doc["tables"][1]["header"] == ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]
