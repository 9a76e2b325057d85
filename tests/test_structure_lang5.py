"""The section tree, round 21: small roman numerals closed by a parenthesis ("i)", "ii)", "iv)"), as
ministries number the points under a letter; "i)" is a numeral when "ii)" follows it, "v)" when
"iv)" comes before it, and a letter in a lettered list ("h)" / "i)" / "k)")."""

from __future__ import annotations

import ndq57
from ndq57.parse.sections import match_numbering

_TOP = (
    "BỘ NỘI VỤ\nSố: 210/BNV-TCBC\nHà Nội, ngày 6 tháng 5 năm 2026\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh\n\nBộ Nội vụ đề nghị:\n\n"
    "1. Ủy ban nhân dân các tỉnh thực hiện:\n\na) Rà soát biên chế, gồm:\n\n"
)
_TAIL = "\n\nb) Tổng hợp, gửi Bộ Nội vụ trước ngày 30/9/2026.\n\nNơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Nam\n"


def _sections(items: list[str]) -> dict[str, str]:
    doc = ndq57.parse(_TOP + "\n\n".join(items) + _TAIL)
    return {d.due: d.section for d in doc.deadlines}


def test_closed_small_romans_are_numerals() -> None:
    assert match_numbering("ii) Biên chế công chức").label == "ii"
    assert match_numbering("iv) Biên chế công chức").family == "proman"
    assert match_numbering("i) Biên chế công chức").family == "letter"  # (the list decides)
    assert match_numbering("ii)Biên chế") is None
    got = _sections(
        [
            "i) Biên chế công chức, báo cáo trước ngày 10/6/2026;",
            "ii) Biên chế viên chức, báo cáo trước ngày 20/6/2026;",
            "iii) Hợp đồng lao động, báo cáo trước ngày 30/6/2026;",
            "iv) Số người dôi dư, báo cáo trước ngày 10/7/2026;",
            "v) Số người nghỉ hưu, báo cáo trước ngày 20/7/2026.",
        ]
    )
    assert got == {
        "2026-06-10": "1.a.i",
        "2026-06-20": "1.a.ii",
        "2026-06-30": "1.a.iii",
        "2026-07-10": "1.a.iv",
        "2026-07-20": "1.a.v",
        "2026-09-30": "1.b",
    }


def test_i_v_x_in_a_lettered_list_stay_letters() -> None:
    letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]
    text = (
        "UBND XÃ AN BÌNH\nSố: 5/TB-UBND\nAn Bình, ngày 2 tháng 3 năm 2026\n\nTHÔNG BÁO\nPhân công\n\n"
        "1. Công chức Địa chính thực hiện:\n"
        + "".join(f"{x}) Việc thứ {i + 1} xong trước ngày {i + 1}/4/2026;\n" for i, x in enumerate(letters))
        + "2. Công chức Văn phòng theo dõi.\n"
    )
    got = {d.due: d.section for d in ndq57.parse(text).deadlines}
    assert got["2026-04-09"] == "1.i" and got["2026-04-10"] == "1.k"


def test_a_lone_i_or_v_is_a_letter() -> None:
    # a lone "i)" with no "ii)" after it, and "v)" with no "iv)" before it: letters
    got = _sections(["i) Biên chế công chức, báo cáo trước ngày 10/6/2026.", "v) Việc khác trước ngày 20/6/2026."])
    assert got["2026-06-10"] == "1.i" and got["2026-06-20"] == "1.v"  # (letters after "a)")


def test_small_romans_closed_by_a_full_stop() -> None:
    assert match_numbering("ii. Biên chế viên chức").label == "ii"
    assert match_numbering("vi. về việc khác") is None  # (a capital must follow)
    got = _sections(
        [
            "i. Biên chế công chức, báo cáo trước ngày 10/6/2026;",
            "ii. Biên chế viên chức, báo cáo trước ngày 20/6/2026.",
        ]
    )
    assert got == {"2026-06-10": "1.a.i", "2026-06-20": "1.a.ii", "2026-09-30": "1.b"}


def test_a_list_restarted_under_each_units_heading() -> None:
    # "**Sở Tài chính:**" / "1." "2." / "**Sở Xây dựng:**" / "1." "2.": each heading opens a group
    # (round 22, see test_structure_lang6.py)
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 55/TB-UBND\nQuảng Trị, ngày 9 tháng 3 năm 2026\n\nTHÔNG BÁO\n"
        "Kết luận của Chủ tịch UBND tỉnh\n\nI. KẾT QUẢ\nCác ngành đã hoàn thành nhiệm vụ.\n"
        "II. NHIỆM VỤ THỜI GIAN TỚI\n**Sở Tài chính:**\n1. Tham mưu phân bổ vốn trước ngày 20/3/2026.\n"
        "2. Rà soát các khoản chi trước ngày 31/3/2026.\n**Sở Xây dựng:**\n"
        "1. Kiểm tra công trình trước ngày 15/4/2026.\n2. Báo cáo tiến độ trước ngày 30/4/2026.\n"
    )
    doc = ndq57.parse(text)
    owners = {t.text[:12]: [o.unit for o in t.owners] for t in doc.tasks}
    assert owners["Rà soát các "] == ["Sở Tài chính"]
    assert owners["Kiểm tra côn"] == ["Sở Xây dựng"]
    # the paths are the labels as printed (a clerk finds "II.1" under each heading); the tree
    # holds the two groups
    assert sorted(t.section for t in doc.tasks) == ["II.1", "II.1", "II.2", "II.2"]
    assert [g.heading for g in doc.sections[1].children] == ["Sở Tài chính", "Sở Xây dựng"]
