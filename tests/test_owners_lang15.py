"""The owners of directives on credit and on civil status, fifteenth pass (helper 139, round 28): a
bank's branch named after a dash ("Ngân hàng TMCP X Việt Nam - Chi nhánh <place>", "Ngân hàng Chính
sách xã hội - Chi nhánh tỉnh <place>", "Ngân hàng Nhà nước - Chi nhánh Khu vực 9") is one unit, not
the bank and a bare "Chi nhánh <place>" (a state bank's branch is the gazetteer's: the same name
written with a dash finds its way into the trie)."""

from __future__ import annotations

from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units


def _owners(body: str) -> dict[str, list[tuple[str, str]]]:
    head = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 41/CT-UBND\nNghệ An, ngày 12 tháng 4 năm 2027\nCHỈ THỊ\nVề tín dụng chính sách\n\n"
    doc = parse_bytes((head + body + "\nCHỦ TỊCH\nLê Hồng Vinh\n").encode(), source="p.txt").to_dict()
    return {t["section"]: [(a["unit"], a["role"]) for a in t["owners"]] for t in doc["tasks"]}


def test_a_commercial_banks_branch_after_a_dash() -> None:
    assert _units("Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Hà Tĩnh hỗ trợ doanh nghiệp.") == [
        "Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Hà Tĩnh"
    ]
    # (the walk runs over the dash and the branch word when the level follows in small letters)
    assert _units("Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Hà Tĩnh cho vay.") == [
        "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Hà Tĩnh"
    ]
    assert _units("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh Khu vực 4 cho vay.") == [
        "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh Khu vực 4"
    ]
    # (without the dash, as before; a dash before no branch word ends the name)
    assert _units("Ngân hàng TMCP Công thương Việt Nam chi nhánh Hà Tĩnh cho vay.") == [
        "Ngân hàng TMCP Công thương Việt Nam chi nhánh Hà Tĩnh"
    ]
    assert _units("Các ngân hàng thương mại - chi nhánh trên địa bàn cho vay.") == ["Các ngân hàng thương mại"]


def test_a_state_banks_branch_after_a_dash() -> None:
    assert _roles("Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Hà Tĩnh giải ngân vốn vay.") == [
        ("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "assigned")
    ]
    assert _roles("Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Hà Tĩnh chỉ đạo các tổ chức tín dụng rà soát.")[0] == (
        "Ngân hàng Nhà nước Chi nhánh tỉnh",
        "director",
    )
    assert _units("Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực 9 kiểm tra.") == [
        "Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 9"
    ]
    # (the bank alone, and a list of two banks, as before)
    assert _units("Ngân hàng Chính sách xã hội, Ngân hàng Nhà nước phối hợp.") == [
        "Ngân hàng Chính sách xã hội Việt Nam",
        "Ngân hàng Nhà nước Việt Nam",
    ]


def test_the_directives_owners() -> None:
    body = (
        "1. Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Nghệ An giải ngân vốn vay ưu đãi, hoàn thành trước"
        " ngày 30/6/2027.\n"
        "2. Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Nghệ An phối hợp với UBND các xã triển khai"
        " thanh toán không dùng tiền mặt, báo cáo trước ngày 31/7/2027.\n"
    )
    got = _owners(body)
    assert got["1"] == [("Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Nghệ An", "assigned")]
    assert got["2"] == [
        ("Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Nghệ An", "lead"),
        ("UBND các xã", "coordinate"),
    ]


def test_a_departments_last_field_after_a_comma() -> None:
    # ("Cục Hộ tịch, quốc tịch, chứng thực": the two-word field after the comma whole; was cut at
    # "chứng", "thực" a stop word)
    assert _roles("Giao Cục Hộ tịch, quốc tịch, chứng thực chủ trì, phối hợp với Cục Công nghệ thông tin.") == [
        ("Cục Hộ tịch, quốc tịch, chứng thực", "lead"),
        ("Cục Công nghệ thông tin", "coordinate"),
    ]
    assert _units("Cục Hộ tịch, quốc tịch và chứng thực tập huấn nghiệp vụ.") == ["Cục Hộ tịch, quốc tịch và chứng thực"]
    # (the verb after a department's name is no part of it; one lower-case field after a comma, as before)
    assert _units("Phòng Tư pháp chứng thực hợp đồng giao dịch.") == ["Phòng Tư pháp"]
    assert _units("Phòng Tổ chức, biên chế tổng hợp số liệu.") == ["Phòng Tổ chức, biên chế"]


def test_a_second_subject_after_a_report_and_a_comma() -> None:
    # ("... tổng hợp báo cáo, các chi bộ cung cấp hồ sơ": the units after the comma, then a verb, are
    # the subject of a second clause; were the report's recipient, no owner)
    assert _roles("Văn phòng Đảng ủy tổng hợp báo cáo, các chi bộ cung cấp hồ sơ trước ngày 20/5/2027.") == [
        ("Văn phòng Đảng ủy", "assigned"),
        ("Các chi bộ", "assigned"),
    ]
    # (a report's addressee right after it, and a list of them, as before)
    assert _roles("Các xã tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh, Sở Nội vụ trước ngày 10/6/2027.") == [
        ("Các xã", "assigned"),
        ("Ủy ban nhân dân tỉnh", "recipient"),
        ("Sở Nội vụ", "recipient"),
    ]
    head = "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NAM ĐÀN\nSố: 12-KH/ĐU\nNam Đàn, ngày 05 tháng 4 năm 2027\nKẾ HOẠCH\nVề tổng kết\n\n"
    body = "1. Văn phòng Đảng ủy tổng hợp báo cáo, các chi bộ cung cấp hồ sơ trước ngày 20/5/2027.\n"
    doc = parse_bytes((head + body + "\nT/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn Sơn\n").encode(), source="p.txt").to_dict()
    got = {t["section"]: [(a["unit"], a["role"]) for a in t["owners"]] for t in doc["tasks"]}
    assert got["1"] == [("Văn phòng Đảng ủy", "assigned"), ("các chi bộ", "assigned")]


def test_the_workers_of_every_hamlet() -> None:
    # ("Thú y viên các thôn": the workers of every hamlet, one owner; was "Các thôn")
    assert _roles("Thú y viên các thôn tiêm phòng cho đàn gia súc trước ngày 30/4/2027.") == [
        ("Thú y viên các thôn", "assigned")
    ]
    assert _units("Khuyến nông viên các thôn rà soát diện tích lúa.") == ["Khuyến nông viên các thôn"]
    assert _roles("Trung tâm Dịch vụ nông nghiệp chỉ đạo thú y viên tiêm phòng.") == [
        ("Trung tâm Dịch vụ nông nghiệp", "director"),
        ("Thú y viên", "assigned"),
    ]


def test_a_schools_subject_groups_named_as_one() -> None:
    # ("Tổ chuyên môn xây dựng kế hoạch ...": the school's subject groups, an owner; was none)
    assert _roles("Tổ chuyên môn xây dựng kế hoạch dạy học trước ngày 15/9/2027.") == [("Tổ chuyên môn", "assigned")]
    # (in small letters, the groups' meeting, no unit; the plural, as before)
    assert _units("Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học.") == []
    assert _units("Hiệu trưởng chỉ đạo các tổ chuyên môn xây dựng kế hoạch.") == ["Hiệu trưởng", "Các tổ chuyên môn"]
