"""State resolutions and decisions (round 40, helper 44): a provincial council's resolution on a
policy and a province's decision setting up a working group.

- How long a post, a sanction, a ban or a policy's support lasts ("Thời hạn bổ nhiệm là 05 năm, kể từ
  ngày ...", "không được nâng lương trong thời hạn 12 tháng kể từ ...", "Thời gian hỗ trợ: tối đa 36
  tháng kể từ ...") is no term for work (decide rule ``tenure``); nor is a length in a condition on
  work missed by its end ("Sau 03 năm kể từ ... mà dự án chưa ... thì ...", ``condition_on_term``).
- A yearly report at the council's year-end session ("hằng năm báo cáo Hội đồng nhân dân tỉnh tại kỳ
  họp cuối năm") is one yearly deadline, the session no one-off day of this year (``cycle_session``).
- The parts that say whom a resolution covers ("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng")
  and a body's members named by their titles ("Giám đốc Sở Tài chính - Tổ phó thường trực;") give no
  work: no task.
- The owner of a public work named by its role ("Giao chủ đầu tư các dự án ...") and the council's
  groups named bare ("các Tổ đại biểu") are owners; a list of who oversees keeps one role.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import ndq57

_FIXTURES = Path(__file__).parent / "fixtures"
_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAM SƠN\n\nSố: 1410/QĐ-UBND\n\nLam Sơn, ngày 20 tháng 11 năm 2026\n\n"
    "QUYẾT ĐỊNH\nVề việc cán bộ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n"
)


def _parse(name: str) -> dict:
    path = _FIXTURES / name
    return ndq57.parse(path.read_text(encoding="utf-8"), source=str(path)).to_dict()


def test_council_resolution() -> None:
    doc = _parse("nq_hdnd_policy_lang40_44.txt")
    got = [(d["phrase"], d["due"], d["section"]) for d in doc["deadlines"]]
    assert got == [
        ("hằng năm", None, "Điều 4.1"),
        ("trước ngày 31/3/2027", "2027-03-31", "Điều 4.2"),
        ("vào năm 2028", "2028-12-31", "Điều 4.2"),
        ("tại kỳ họp giữa năm 2029", "2029-06-30", "Điều 4.2"),
    ]
    assert doc["deadlines"][0]["recurrence"]["freq"] == "yearly"
    assert all(a["canonical"] == "Ủy ban nhân dân tỉnh" for d in doc["deadlines"] for a in d["assignees"])
    sections = {t["section"] for t in doc["tasks"]}
    assert not any(s.startswith("Điều 1") for s in sections)  # (whom it covers: no task)
    watch = next(t for t in doc["tasks"] if t["section"] == "Điều 4.3")
    assert [(o["canonical"], o["role"]) for o in watch["owners"]] == [
        ("Thường trực Hội đồng nhân dân", "lead"),
        ("Các ban", "lead"),
        ("Các Tổ đại biểu", "lead"),
        ("Đại biểu Hội đồng nhân dân tỉnh", "lead"),
    ]


def test_working_group_decision() -> None:
    doc = _parse("qd_board_staff_lang40_44.txt")
    got = [(d["phrase"], d["due"], [a["canonical"] for a in d["assignees"]]) for d in doc["deadlines"]]
    assert got == [
        ("trước ngày 30/11/2026", "2026-11-30", ["Tổ công tác"]),
        ("trong thời hạn 10 ngày kể từ ngày ký", "2026-10-12", ["Tổ trưởng Tổ công tác"]),
        ("trong quý IV/2026", "2026-12-31", ["Chủ đầu tư"]),
    ]
    # (the members named by their titles give no work)
    assert not any(t["section"].startswith("Điều 1") for t in doc["tasks"])


@pytest.mark.parametrize(
    "article",
    [
        "Điều 1. Bổ nhiệm lại ông Lê Văn Nam giữ chức vụ Phó Giám đốc Sở Tư pháp. Thời hạn bổ nhiệm lại là"
        " 05 năm, kể từ ngày 15/12/2026.",
        "Điều 1. Bổ nhiệm ông Vũ Đức Long giữ chức vụ Giám đốc Sở Xây dựng.\nThời hạn bổ nhiệm là 05 năm, tính"
        " từ ngày 01/12/2026 đến ngày 30/11/2031.",
        "Điều 1. Kỷ luật cách chức đối với ông Vương Văn Tài; thời gian không được bổ nhiệm vào chức vụ lãnh đạo"
        " là 24 tháng kể từ ngày 01/01/2027.",
        "Điều 2. Ông Đinh Văn Quý không được nâng bậc lương trong thời hạn 12 tháng kể từ ngày Quyết định có"
        " hiệu lực.",
        "Điều 1. Kéo dài thời gian giữ chức vụ Giám đốc Sở Tài chính đối với ông Mai Văn Tú đến ngày 30/6/2027.",
        "Điều 1. Biệt phái bà Lê Thị Hoa đến làm việc tại Ủy ban nhân dân xã Tân Lập. Thời gian biệt phái: từ"
        " ngày 01/12/2026 đến ngày 30/11/2028.",
        "Điều 2. Hội đồng làm việc theo chế độ kiêm nhiệm; nhiệm kỳ của Hội đồng là 05 năm kể từ ngày ký.",
        # a policy's support span; a length in a condition on work missed by its end
        "Điều 3. Thời gian hỗ trợ: tối đa 36 tháng kể từ ngày giải ngân khoản vay đầu tiên.",
        "Điều 2. Sau 03 năm kể từ ngày Nghị quyết có hiệu lực mà dự án chưa có quyết định thu hồi đất thì Ủy ban"
        " nhân dân tỉnh trình Hội đồng nhân dân tỉnh hủy bỏ.",
    ],
)
def test_staff_spans_are_no_deadlines(article: str) -> None:
    assert ndq57.parse(_HEAD + article).to_dict()["deadlines"] == []


@pytest.mark.parametrize(
    ("article", "due"),
    [
        # a hand-over asked by a day, beside a posting's span
        (
            "Điều 2. Ông Hồ Văn Phúc có trách nhiệm bàn giao công việc cho Thanh tra tỉnh trước ngày 30/11/2026;"
            " thời hạn điều động là 02 năm kể từ ngày 01/12/2026.",
            "2026-11-30",
        ),
        # a review of the posts' spans asked for by a month
        ("Điều 2. Sở Nội vụ rà soát thời hạn giữ chức vụ của lãnh đạo các phòng trong tháng 12/2026.", "2026-12-31"),
    ],
)
def test_work_beside_staff_spans(article: str, due: str) -> None:
    assert [d["due"] for d in ndq57.parse(_HEAD + article).to_dict()["deadlines"]] == [due]


@pytest.mark.parametrize(
    "item",
    [
        "1. Chủ tịch Ủy ban nhân dân tỉnh - Trưởng ban;",
        "2. Giám đốc Sở Khoa học và Công nghệ - Phó Trưởng ban thường trực;",
        "3. Đại diện lãnh đạo Sở Tài chính - Ủy viên.",
    ],
)
def test_members_by_title_are_no_tasks(item: str) -> None:
    body = "Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh, gồm các thành viên sau:\n" + item
    assert ndq57.parse(_HEAD + body).to_dict()["tasks"] == []


def test_scope_and_its_neighbours() -> None:
    scope = "Điều 1. Đối tượng áp dụng\n1. Các hợp tác xã, tổ hợp tác hoạt động trong lĩnh vực nông nghiệp.\n"
    assert ndq57.parse(_HEAD + scope).to_dict()["tasks"] == []
    # (a body's make-up and its tasks under one heading: the tasks stay)
    both = "Điều 2. Thành phần và nhiệm vụ của Ban Chỉ đạo\n1. Ban Chỉ đạo chỉ đạo, điều phối các hoạt động.\n"
    assert [t["section"] for t in ndq57.parse(_HEAD + both).to_dict()["tasks"]] == ["Điều 2.1"]
