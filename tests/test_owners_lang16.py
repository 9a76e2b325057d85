"""The owners of directives, sixteenth pass (helper 144, round 29).

A deadline's sentence that first gives other work to another subject ("Sở Y tế hướng dẫn ...; Sở
Tài chính bố trí kinh phí trước ngày ...") is two tasks: the earlier clause with its own subject
and no deadline, the deadline's clause with its own subject (the task text was the whole sentence
with the later subject alone as its owner)."""

from __future__ import annotations

from ndq57.pipeline import parse_bytes

_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 27/CT-UBND\nQuảng Trị, ngày 10 tháng 3 năm 2027\nCHỈ THỊ\nVề phòng, chống dịch bệnh\n\n"
_FOOT = "\nCHỦ TỊCH\nHồ Văn Minh\n"


def _tasks(body: str, head: str = _HEAD, foot: str = _FOOT) -> list[tuple[str, list[str], list[tuple[str, str]]]]:
    doc = parse_bytes((head + body + foot).encode(), source="p.txt").to_dict()
    phrase = {d["id"]: d["phrase"] for d in doc["deadlines"]}
    return [
        (t["text"], [phrase[i] for i in t["deadlines"]], [(a["unit"], a["role"]) for a in t["owners"]])
        for t in doc["tasks"]
    ]


def test_an_earlier_clause_of_another_subject_is_a_task_of_its_own() -> None:
    got = _tasks(
        "1. Sở Y tế hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện; Sở Tài chính bố trí kinh phí"
        " trước ngày 30/6/2027.\n"
    )
    assert got == [
        ("Sở Y tế hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện", [], [("Sở Y tế", "lead")]),
        ("Sở Tài chính bố trí kinh phí trước ngày 30/6/2027", ["trước ngày 30/6/2027"], [("Sở Tài chính", "assigned")]),
    ]


def test_an_addressed_subject_and_a_list_of_them() -> None:
    got = _tasks(
        "2. Giao Sở Nội vụ theo dõi chung; UBND các xã, phường rà soát, gửi danh sách về Sở Nội vụ"
        " trước ngày 15/7/2027.\n"
    )
    assert got == [
        ("Giao Sở Nội vụ theo dõi chung", [], [("Sở Nội vụ", "lead")]),
        (
            "UBND các xã, phường rà soát, gửi danh sách về Sở Nội vụ trước ngày 15/7/2027",
            ["trước ngày 15/7/2027"],
            [("UBND các xã, phường", "assigned")],
        ),
    ]


def test_each_subject_with_its_own_time() -> None:
    # (three subjects, each with its time: three tasks, none holding the clauses before it)
    got = _tasks(
        "3. Sở Văn hóa, Thể thao và Du lịch hoàn thành tuyên truyền trước ngày 30/4/2027; Sở Nội vụ hoàn"
        " thành rà soát trong tháng 7/2027; Thanh tra tỉnh hoàn thành thanh tra trong quý IV/2027.\n"
    )
    assert [(t, d) for t, d, _ in got] == [
        ("Sở Văn hóa, Thể thao và Du lịch hoàn thành tuyên truyền trước ngày 30/4/2027", ["trước ngày 30/4/2027"]),
        ("Sở Nội vụ hoàn thành rà soát trong tháng 7/2027", ["trong tháng 7/2027"]),
        ("Thanh tra tỉnh hoàn thành thanh tra trong quý IV/2027", ["trong quý IV/2027"]),
    ]


def test_one_sentence_stays_whole() -> None:
    # (no subject after the semicolon; the earlier subject shares the deadline; the earlier clause
    # has no subject of its own: one task, as before)
    got = _tasks(
        "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng phương án; trình UBND tỉnh trước ngày 30/5/2027.\n"
        "2. Sở Xây dựng rà soát quy hoạch; Sở Xây dựng và Sở Tài chính báo cáo trước ngày 10/6/2027.\n"
        "3. Rà soát các cơ sở y tế; Sở Y tế tổng hợp kết quả trước ngày 20/6/2027.\n"
    )
    assert [(t, d) for t, d, _ in got] == [
        (
            "Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng phương án; trình UBND tỉnh trước ngày 30/5/2027",
            ["trước ngày 30/5/2027"],
        ),
        (
            "Sở Xây dựng rà soát quy hoạch; Sở Xây dựng và Sở Tài chính báo cáo trước ngày 10/6/2027",
            ["trước ngày 10/6/2027"],
        ),
        ("Rà soát các cơ sở y tế; Sở Y tế tổng hợp kết quả trước ngày 20/6/2027", ["trước ngày 20/6/2027"]),
    ]


def test_a_party_committees_office_and_its_cells() -> None:
    head = "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY XÃ CAM LỘ\nSố: 08-KH/ĐU\nCam Lộ, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\nVề sơ kết\n\n"
    foot = "\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Tâm\n"
    got = _tasks(
        "1. Các chi bộ tổ chức sinh hoạt chuyên đề; Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụ"
        " Đảng ủy trước ngày 15/12/2027.\n",
        head,
        foot,
    )
    assert [(t, d, o[0]) for t, d, o in got] == [
        ("Các chi bộ tổ chức sinh hoạt chuyên đề", [], ("Các chi bộ", "assigned")),
        (
            "Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụ Đảng ủy trước ngày 15/12/2027",
            ["trước ngày 15/12/2027"],
            ("Văn phòng Đảng ủy", "assigned"),
        ),
    ]


def test_a_communes_cooperative_and_its_boards() -> None:
    # ("Hợp tác xã nông nghiệp", "Ban Chỉ huy phòng, chống thiên tai xã": owners; were none, and the
    # board's item then took the cooperative of the item before as its owner)
    head = "ỦY BAN NHÂN DÂN\nXÃ CAM THỦY\nSố: 31/KH-UBND\nCam Thủy, ngày 02 tháng 9 năm 2027\nKẾ HOẠCH\nVề thu hoạch vụ Mùa\n\n"
    foot = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hòa\n"
    got = _tasks(
        "II. NHIỆM VỤ\n"
        "1. Các thôn hướng dẫn nhân dân thu hoạch lúa trước ngày 30/9/2027.\n"
        "2. Hợp tác xã nông nghiệp Cam Thủy cung ứng máy gặt trước ngày 20/9/2027.\n"
        "3. Ban Chỉ huy phòng, chống thiên tai xã kiểm tra các tuyến đê trước ngày 15/10/2027.\n"
        "4. Công chức Địa chính - Nông nghiệp tổng hợp diện tích thu hoạch trước ngày 20/10/2027.\n",
        head,
        foot,
    )
    owners = {t.split()[0] + " " + t.split()[1]: o for t, _, o in got}
    assert owners["Hợp tác"] == [("Hợp tác xã nông nghiệp Cam Thủy", "assigned")]
    assert owners["Ban Chỉ"] == [("Ban Chỉ huy phòng, chống thiên tai xã", "assigned")]
    # (an item whose own subject is not read takes none from the item before: the subjects differ)
    assert ("Hợp tác xã nông nghiệp Cam Thủy", "assigned") not in owners["Công chức"]


def test_an_item_after_one_that_guides() -> None:
    # ("1. Các thôn hướng dẫn ...", "2. Hợp tác xã ...", "3. <no subject read> ...": the list has two
    # subjects; the third item is not the cooperative's)
    got = _tasks(
        "1. Các thôn hướng dẫn nhân dân gieo cấy đúng lịch trước ngày 10/8/2027.\n"
        "2. Hợp tác xã nông nghiệp cung ứng giống trước ngày 15/8/2027.\n"
        "3. Tổ khuyến nông cộng đồng theo dõi sâu bệnh trên đồng ruộng trước ngày 30/8/2027.\n"
    )
    assert got[1][2] == [("Hợp tác xã nông nghiệp", "assigned")]
    assert ("Hợp tác xã nông nghiệp", "assigned") not in got[2][2]


def test_a_schools_plan() -> None:
    # (a clause opened by a person named by role, "Giáo viên chủ nhiệm các lớp ...", before another
    # subject's deadline: its own task; the parents' board is a unit)
    head = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI\nTRƯỜNG THPT LÊ LỢI\nSố: 19/KH-THPTLL\nGia Lai, ngày 08 tháng 9 năm 2027\nKẾ HOẠCH\nVề kiểm tra giữa kỳ\n\n"
    foot = "\nHIỆU TRƯỞNG\nĐỗ Văn Tài\n"
    got = _tasks(
        "1. Giáo viên chủ nhiệm các lớp phổ biến lịch kiểm tra; Tổ Văn phòng in sao đề trước ngày 25/10/2027.\n"
        "2. Ban đại diện cha mẹ học sinh phối hợp vận động phụ huynh trong tháng 10/2027.\n",
        head,
        foot,
    )
    assert got == [
        ("Giáo viên chủ nhiệm các lớp phổ biến lịch kiểm tra", [], [("Giáo viên chủ nhiệm", "assigned")]),
        ("Tổ Văn phòng in sao đề trước ngày 25/10/2027", ["trước ngày 25/10/2027"], [("Tổ Văn phòng", "assigned")]),
        (
            "Ban đại diện cha mẹ học sinh phối hợp vận động phụ huynh trong tháng 10/2027",
            ["trong tháng 10/2027"],
            [("Ban đại diện cha mẹ học sinh", "lead")],
        ),
    ]
