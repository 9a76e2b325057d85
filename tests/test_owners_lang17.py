"""The owners of directives, seventeenth pass (helper 149, round 30).

A school's teachers named with the comrade's word and their subject ("Các đồng chí giáo viên bộ
môn Toán ..."): the owner (was none, or the addressee of the letter); a subject group named in
sentence case ("Tổ chuyên môn Giáo dục thể chất"): whole; a power corporation's power companies in
a list of collectives; a person named by his own name keeps no bare "phụ trách" in his name."""

from __future__ import annotations

from ndq57.pipeline import parse_bytes

_HEAD = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NGHỆ AN\nTRƯỜNG THCS HƯNG DŨNG\nSố: 21/KH-THCSHD\n"
    "Nghệ An, ngày 05 tháng 3 năm 2027\nKẾ HOẠCH\nVề ôn tập cuối năm\n\n"
)
_FOOT = "\nHIỆU TRƯỞNG\nPhan Văn Đức\n"


def _owners(body: str, head: str = _HEAD, foot: str = _FOOT) -> list[list[tuple[str, str, str]]]:
    doc = parse_bytes((head + body + foot).encode(), source="p.txt").to_dict()
    return [[(a["canonical"], a["role"], a["kind"]) for a in t["owners"]] for t in doc["tasks"]]


def test_teachers_of_a_subject_with_the_comrades_word() -> None:
    got = _owners(
        "1. Các đồng chí giáo viên bộ môn Toán hoàn thành đề cương ôn tập trước ngày 15/4/2027.\n"
        "2. Đồng chí giáo viên bộ môn Tiếng Anh tổ chức kiểm tra nói trước ngày 20/4/2027.\n"
        "3. Tổ trưởng chuyên môn Ngữ văn duyệt đề kiểm tra trước ngày 25/4/2027.\n"
        "4. Giáo viên bộ môn Lịch sử ôn tập trước ngày 30/4/2027.\n"
    )
    assert got == [
        [("Các giáo viên bộ môn Toán", "assigned", "person")],
        [("Giáo viên bộ môn Tiếng Anh", "assigned", "person")],
        [("Tổ trưởng chuyên môn Ngữ văn", "assigned", "person")],
        # (a listed subject in sentence case: not "Lịch" alone)
        [("Giáo viên bộ môn Lịch sử", "assigned", "person")],
    ]


def test_a_subject_group_in_sentence_case() -> None:
    got = _owners(
        "1. Tổ chuyên môn Giáo dục thể chất tổ chức hội thao cấp trường trước ngày 30/4/2027.\n"
        "2. Tổ chuyên môn Khoa học tự nhiên xây dựng đề kiểm tra trước ngày 10/5/2027.\n"
    )
    assert [o[0][0] for o in got] == ["Tổ chuyên môn Giáo dục thể chất", "Tổ chuyên môn Khoa học tự nhiên"]


def test_a_power_corporations_units() -> None:
    head = (
        "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG\nCÔNG TY ĐIỆN LỰC QUẢNG NGÃI\nSố: 88/PCQNg-KT\n"
        "Quảng Ngãi, ngày 12 tháng 4 năm 2027\nV/v kiểm tra lưới điện mùa mưa bão\n"
        "Kính gửi: Các phòng, ban, điện lực trực thuộc\n\n"
    )
    foot = "\nGIÁM ĐỐC\nTrần Văn Bình\n"
    got = _owners(
        "1. Các điện lực trực thuộc kiểm tra hành lang an toàn lưới điện trước ngày 30/5/2027.\n"
        "2. Phòng Kỹ thuật tổng hợp kết quả, báo cáo Giám đốc Công ty trước ngày 10/6/2027.\n",
        head,
        foot,
    )
    assert got[0] == [("Các điện lực trực thuộc", "assigned", "group")]
    assert got[1][0][:2] == ("Phòng Kỹ thuật", "assigned")


def test_a_person_named_by_his_name() -> None:
    head = "BỘ Y TẾ\nSố: 512/BYT-DP\nHà Nội, ngày 12 tháng 3 năm 2027\nV/v phòng, chống dịch\n\n"
    foot = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
    got = _owners(
        "1. Đồng chí Thứ trưởng Hoàng Văn Nam phụ trách chỉ đạo công tác phòng, chống dịch trước ngày 30/4/2027.\n",
        head,
        foot,
    )
    doc = parse_bytes((head + "1. Đồng chí Thứ trưởng Hoàng Văn Nam phụ trách chỉ đạo công tác phòng, chống dịch trước ngày 30/4/2027.\n" + foot).encode(), source="p.txt").to_dict()
    assert [a["unit"] for a in doc["tasks"][0]["owners"]] == ["Đồng chí Thứ trưởng Hoàng Văn Nam"]
    assert got == [[("Thứ trưởng", "assigned", "person")]]


def test_a_universitys_office_named_by_several_fields() -> None:
    head = (
        "ĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC KHOA HỌC\nSố: 330/TB-ĐHKH\nHuế, ngày 10 tháng 3 năm 2027\n"
        "THÔNG BÁO\nVề đăng ký đề tài khoa học cấp cơ sở\n\n"
    )
    foot = "\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nTrần Văn Minh\n"
    got = _owners(
        "1. Phòng Khoa học, Công nghệ và Hợp tác quốc tế tổng hợp danh mục đề tài trước ngày 15/4/2027.\n"
        "2. Phòng Kế hoạch - Tài chính phối hợp với Phòng Khoa học, Công nghệ và Hợp tác quốc tế lập dự"
        " toán trước ngày 15/6/2027.\n",
        head,
        foot,
    )
    assert [[(u, r) for u, r, _ in o] for o in got] == [
        [("Phòng Khoa học, Công nghệ và Hợp tác quốc tế", "assigned")],
        [("Phòng Kế hoạch - Tài chính", "lead"), ("Phòng Khoa học, Công nghệ và Hợp tác quốc tế", "coordinate")],
    ]
