"""The section tree and task texts, round 22: small roman numerals typed one a line with no blank
line between them ("i) ..." / "ii) ..." / "iii) ...") are items of their own, not lines of the
paragraph above; a task's text and a deadline's task drop the item's label whatever its form
("1.", "a)", "a-", "1-", "-", "+", "ii)", "(3)")."""

from __future__ import annotations

import pytest

import ndq57
from ndq57.extract.tasks import task_text
from ndq57.textutil import strip_item_label

_TOP = (
    "BỘ XÂY DỰNG\nSố: 88/BXD-KHTC\nHà Nội, ngày 6 tháng 5 năm 2027\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh\n\nBộ Xây dựng đề nghị:\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Hải\n"


def _parse(body: str) -> ndq57.Document:
    return ndq57.parse(_TOP + body + _TAIL)


def test_small_romans_one_a_line_are_items() -> None:
    doc = _parse(
        "1. Ủy ban nhân dân các tỉnh chỉ đạo:\n"
        "i) Sở Xây dựng rà soát quy hoạch trước ngày 10/6/2027;\n"
        "ii) Sở Tài chính bố trí kinh phí trước ngày 20/6/2027;\n"
        "iii) Sở Nội vụ kiện toàn tổ chức trước ngày 30/6/2027.\n"
        "2. Các cục thuộc Bộ theo dõi, đôn đốc."
    )
    got = {d.due: (d.section, d.task, [a.unit for a in d.assignees]) for d in doc.deadlines}
    assert got == {
        "2027-06-10": ("1.i", "Sở Xây dựng rà soát quy hoạch trước ngày 10/6/2027", ["Sở Xây dựng"]),
        "2027-06-20": ("1.ii", "Sở Tài chính bố trí kinh phí trước ngày 20/6/2027", ["Sở Tài chính"]),
        "2027-06-30": ("1.iii", "Sở Nội vụ kiện toàn tổ chức trước ngày 30/6/2027", ["Sở Nội vụ"]),
    }


def test_a_line_opening_with_a_word_like_a_numeral_goes_on() -> None:
    # "vi" is no word; a wrapped line that opens with a small letter and no sign stays in its paragraph
    doc = _parse("1. Sở Xây dựng chủ trì, phối hợp với các sở\nvà địa phương báo cáo trước ngày 10/6/2027.")
    assert [d.section for d in doc.deadlines] == ["1"]
    assert doc.deadlines[0].task.startswith("Sở Xây dựng chủ trì")


@pytest.mark.parametrize(
    "text",
    [
        "1. Sở Y tế",
        "a) Sở Y tế",
        "a- Sở Y tế",
        "1- Sở Y tế",
        "- Sở Y tế",
        "+ Sở Y tế",
        "ii) Sở Y tế",
        "(3) Sở Y tế",
        "(ii) Sở Y tế",
        "(b) Sở Y tế",
        "1.2. Sở Y tế",
        "**b)** Sở Y tế",
        "Sở Y tế",
    ],
)
def test_a_label_of_any_form_is_dropped(text: str) -> None:
    assert strip_item_label(text) == "Sở Y tế"
    assert task_text(text + ";") == "Sở Y tế"


@pytest.mark.parametrize("text", ["10-12 người dự", "2027 là năm", "a-xit", "1.Sở Y tế", "vi phạm hành chính"])
def test_what_is_no_label_stays(text: str) -> None:
    assert strip_item_label(text) == text


def test_party_and_paren_labels_leave_the_task() -> None:
    doc = _parse(
        "1. Các sở thực hiện:\n\na- Sở Xây dựng kiểm tra công trình trước ngày 15/7/2027;\n\n"
        "b- Sở Tài chính thẩm định trước ngày 31/7/2027.\n\n"
        "2. Các địa phương gửi các biểu:\n\n(1) Biểu số 01, gửi trước ngày 15/8/2027;\n\n"
        "(2) Biểu số 02, gửi trước ngày 31/8/2027."
    )
    tasks = {d.due: d.task for d in doc.deadlines}
    assert tasks["2027-07-15"] == "Sở Xây dựng kiểm tra công trình trước ngày 15/7/2027"
    assert tasks["2027-07-31"] == "Sở Tài chính thẩm định trước ngày 31/7/2027"
    assert tasks["2027-08-15"] == "Biểu số 01, gửi trước ngày 15/8/2027"
    assert {t.text for t in doc.tasks} >= set(tasks.values())


# ---------------------------------------------------------------- a list restarted under unit leads

_LEADS = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 40/TB-UBND\nNinh Bình, ngày 2 tháng 3 năm 2027\n\nTHÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND tỉnh\n\nI. KẾT QUẢ\nCác ngành đã triển khai nhiệm vụ.\n"
    "II. NHIỆM VỤ\n<a>Sở Y tế:<a>\n<1> Kiểm tra bệnh viện trước ngày 20/3/2027.\n"
    "<2> Rà soát thuốc trước ngày 31/3/2027.\n<a>Đối với Công an tỉnh:<a>\n"
    "<1> Bảo đảm an ninh trước ngày 15/4/2027.\n<2> Báo cáo kết quả trước ngày 30/4/2027.\n"
    "III. TỔ CHỨC THỰC HIỆN\nVăn phòng UBND tỉnh theo dõi.\n"
)


def _fill(text: str, bold: str, first: str, second: str) -> str:
    return text.replace("<a>", bold).replace("<1>", first).replace("<2>", second)


@pytest.mark.parametrize(
    ("bold", "first", "second"), [("**", "1.", "2."), ("", "1.", "2."), ("**", "a)", "b)"), ("", "\na)", "\nb)")]
)
def test_a_list_restarted_under_each_lead_is_grouped(bold: str, first: str, second: str) -> None:
    doc = ndq57.parse(_fill(_LEADS, bold, first, second))
    x, y = first.strip()[0], second.strip()[0]
    got = {d.due: (d.section, [a.unit for a in d.assignees]) for d in doc.deadlines}
    assert got == {
        "2027-03-20": (f"II.{x}", ["Sở Y tế"]),
        "2027-03-31": (f"II.{y}", ["Sở Y tế"]),
        "2027-04-15": (f"II.{x}", ["Công an tỉnh"]),
        "2027-04-30": (f"II.{y}", ["Công an tỉnh"]),
    }
    groups = doc.sections[1].children
    assert [(g.family, g.heading, len(g.children)) for g in groups] == [
        ("group", "Sở Y tế", 2),
        ("group", "Đối với Công an tỉnh", 2),
    ]


def test_one_lead_or_no_restart_is_no_group() -> None:
    # one lead over one list: the list stays under the part, the lead its text
    text = _LEADS.split("<2> Rà soát")[0] + "III. TỔ CHỨC THỰC HIỆN\nVăn phòng theo dõi.\n"
    doc = ndq57.parse(_fill(text, "**", "1.", "2."))
    assert [d.section for d in doc.deadlines] == ["II.1"]
    # a lead whose list goes on ("3.", not "1."): no group, one list
    doc = ndq57.parse(
        _fill(_LEADS.replace("<1> Bảo đảm", "3. Bảo đảm").replace("<2> Báo cáo", "4. Báo cáo"), "**", "1.", "2.")
    )
    assert sorted(d.section for d in doc.deadlines) == ["II.1", "II.2", "II.3", "II.4"]
