"""Round 29 (helper 142): an OCR engine's markdown of scanned tables, third pass. A group's roman
label with the specks of its cell's rule or of the paper ("| L_ |", "| „HI |") and a group "I"
that lost a stroke between "I" and "III"; the start and end cells of two rows glued into one
row (a number and owner cell spanning both rows, read as one line), the task cut where its
second sentence starts; a sub-item's number misread by one lookalike digit ("2.8." between
"2.2." and "2.4.")."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES
from ndq57.parse import sections
from ndq57.parse.tables import _glued_task_cut, _glued_times

_HEAD = "UBND HUYỆN AN LẠC\nSố: 9/KH-UBND\nAn Lạc, ngày 04 tháng 01 năm 2027\nKẾ HOẠCH\nCải cách\n\n"


def _got(doc: ndq57.Document) -> list[tuple[str | None, str | None, list[str]]]:
    return [(d.due, d.section, [a.unit for a in d.assignees if a.role == "lead"]) for d in doc.deadlines]


def test_specked_group_labels_read_as_roman_groups() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_md_group_specks_lang5.txt").read_text(encoding="utf-8"))
    sections_of = [d.section for d in doc.deadlines if d.section and d.section.startswith("Phụ lục")]
    assert sections_of == [
        "Phụ lục.I.1",
        "Phụ lục.I.2",
        "Phụ lục.II.3",
        "Phụ lục.II.4",
        "Phụ lục.III.5",
        "Phụ lục.III.6",
    ]


def test_a_two_group_with_specks_and_a_lone_i_stays_a_typed_table() -> None:
    # "IL_" is "II"; a table typed "I", "I", "IV" (no group "III" after) keeps its labels
    text = _HEAD + (
        "| STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n"
        "| I | Thủ tục |  |  |\n"
        "| 1 | Rà soát thủ tục | Phòng Tư pháp | Tháng 3/2027 |\n"
        "| IL_ | Dữ liệu |  |  |\n"
        "| 2 | Số hóa hồ sơ | Phòng Nội vụ | Tháng 5/2027 |\n"
    )
    assert [d.section for d in ndq57.parse(text).deadlines] == ["I.1", "II.2"]
    typed = _HEAD + (
        "| STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n"
        "| I | Thủ tục |  |  |\n"
        "| 1 | Rà soát thủ tục | Phòng Tư pháp | Tháng 3/2027 |\n"
        "| I | Dữ liệu |  |  |\n"
        "| 2 | Số hóa hồ sơ | Phòng Nội vụ | Tháng 5/2027 |\n"
        "| IV | Kiểm tra |  |  |\n"
        "| 3 | Kiểm tra việc số hóa | Văn phòng UBND | Tháng 9/2027 |\n"
    )
    assert [d.section for d in ndq57.parse(typed).deadlines] == ["I.1", "I.2", "IV.3"]


def test_two_rows_glued_give_two_deadlines_of_the_row() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_md_glued_rows_lang5.txt").read_text(encoding="utf-8"))
    assert _got(doc)[2:5] == [
        ("2027-03-31", "2.3.1", ["Văn phòng Đảng ủy"]),
        ("2027-05-31", "2.3.1", ["Văn phòng Đảng ủy"]),
        ("2027-07-31", "2.3.2", ["Ủy ban Kiểm tra Đảng ủy"]),
    ]
    tasks = [d.task for d in doc.deadlines[2:4]]
    assert tasks == ["Rà soát hồ sơ đảng viên tại các chi bộ thôn", "Trình Ban Thường vụ Đảng ủy danh sách đề nghị miễn sinh hoạt"]
    # no start month is a deadline (2027-02-28, 2027-04-30 of the glued row)
    assert [d.due for d in doc.deadlines] == [
        "2027-03-31",
        "2027-04-30",
        "2027-03-31",
        "2027-05-31",
        "2027-07-31",
        "2027-04-20",
        "2027-06-30",
    ]


def test_glued_times_of_two_rows() -> None:
    assert _glued_times("Tháng Tháng 01/2027 3/2027 Tháng Tháng 4/2027 5/2027") == [
        "Tháng 01/2027",
        "Tháng 3/2027",
        "Tháng 4/2027",
        "Tháng 5/2027",
    ]
    assert _glued_times("Tháng Tháng 01/2027 3/2027 Tháng 4/2027 và 5/2027") is None


def test_a_glued_task_is_cut_only_at_one_plain_place() -> None:
    text = "Lập dự thảo Quy chế phối hợp trên địa bàn huyện Trình Ủy ban nhân dân huyện ban hành Quy chế"
    assert text[_glued_task_cut(text) :] == "Trình Ủy ban nhân dân huyện ban hành Quy chế"
    # a unit's name and a document's name open no task; two places: no cut
    assert _glued_task_cut("Phối hợp với Sở Tư pháp rà soát Quyết định số 5") == 0
    assert _glued_task_cut("Rà soát hồ sơ Trình Ban Thường vụ duyệt Gửi báo cáo") == 0


def test_a_sub_item_number_misread_by_a_lookalike_digit() -> None:
    text = _HEAD + (
        "I. NHIỆM VỤ\n"
        "1.4. Phòng Tư pháp rà soát văn bản, hoàn thành trước ngày 15/3/2027.\n"
        "1.9. Phòng Nội vụ kiện toàn bộ phận một cửa trước ngày 30/4/2027.\n"
        "1.6. Văn phòng HĐND và UBND huyện tổng hợp trước ngày 31/5/2027.\n"
    )
    assert [d.section for d in ndq57.parse(text).deadlines] == ["I.1.4", "I.1.5", "I.1.6"]
    # a gap in a typed list (no lookalike digit: "1.4", "1.7", "1.6") stays as written
    assert [d.section for d in ndq57.parse(text.replace("1.9.", "1.7.")).deadlines] == ["I.1.4", "I.1.7", "I.1.6"]


def test_lookalikes_need_both_neighbours_of_the_same_item() -> None:
    nums = [sections.match_numbering(t) for t in ("2.4. A", "3. B", "2.9. C", "2.6. D")]
    before = [n.label if n else None for n in nums]
    sections._decimal_lookalikes(nums)
    assert [n.label if n else None for n in nums] == before


def test_group_rows_glued_to_their_tasks_are_split_and_numbered_on() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_md_glued_groups_lang5.txt").read_text(encoding="utf-8"))
    assert _got(doc)[1:] == [
        ("2027-03-31", "Phụ lục.I.1", ["Văn phòng UBND xã"]),
        ("2027-04-30", "Phụ lục.I.2", ["Văn phòng UBND xã"]),
        (None, "Phụ lục.II.3", ["Ban Chỉ huy quân sự xã"]),
        ("2027-11-30", "Phụ lục.II.4", ["Ban Văn hóa xã"]),
        ("2027-12-15", "Phụ lục.II.5", ["Văn phòng UBND xã"]),
    ]
    assert doc.deadlines[2].task == "Rà soát phương án sơ tán dân ở vùng trũng thấp"


def test_glued_group_rows_need_the_next_number_to_confirm() -> None:
    text = (FIXTURES / "ocr_md_glued_groups_lang5.txt").read_text(encoding="utf-8")
    # the row after them numbered 7, not 5: the tasks' numbers are not known, nothing is cut
    doc = ndq57.parse(text.replace("| 5 | Sơ kết", "| 7 | Sơ kết"))
    assert [d.section for d in doc.deadlines][1:3] == ["Phụ lục.I", "Phụ lục.I"]
