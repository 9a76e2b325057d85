"""The language of owners, tenth pass (helper 108, round 21): a plural name that keeps its level
("các tổ chức chính trị - xã hội cùng cấp"), the board that runs a hospital, a school or a firm named
before it ("Ban Giám đốc Bệnh viện ...", "Hội đồng thành viên Công ty ..."), the youth branch of every
hamlet ("Chi đoàn các thôn"), a board of the Front under its 2025 name with its committee, the wards,
faculties and subject groups of hospitals and universities, and the work of telling ("thông báo ...
cho người dân")."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles
from units_support import units_of as _units


def test_a_plural_name_keeps_the_same_level() -> None:
    assert _roles("Ủy ban nhân dân xã phối hợp với các tổ chức chính trị - xã hội cùng cấp tuyên truyền.") == [
        ("Ủy ban nhân dân xã", "lead"),
        ("Các tổ chức chính trị - xã hội cùng cấp", "coordinate"),
    ]
    assert _units("Các cơ quan chuyên môn cùng cấp phối hợp thực hiện.") == ["Các cơ quan chuyên môn cùng cấp"]
    # (other words after a plural name of the gazetteer stay out of it)
    assert _units("Các tổ chức chính trị - xã hội tỉnh vận động hội viên.") == ["Các tổ chức chính trị - xã hội"]


def test_the_board_that_runs_a_body_is_the_owner() -> None:
    assert _roles("Ban Giám đốc Bệnh viện Đa khoa tỉnh chỉ đạo các khoa triển khai.") == [
        ("Ban Giám đốc Bệnh viện Đa khoa", "director"),
        ("Các khoa", "assigned"),
    ]
    assert _units("Hội đồng thành viên Công ty TNHH MTV Cà phê Thắng Lợi phê duyệt kế hoạch.") == [
        "Hội đồng thành viên Công ty TNHH MTV Cà phê Thắng Lợi"
    ]
    assert _units("Ban Giám hiệu Trường THPT Lê Lợi chỉ đạo các tổ chuyên môn.") == [
        "Ban Giám hiệu Trường THPT Lê Lợi",
        "Các tổ chuyên môn",
    ]
    # (a board in small letters is none)
    assert _units("Thành lập ban giám đốc bệnh viện mới.") == []


def test_the_youth_branch_of_every_hamlet() -> None:
    assert _roles("Chi đoàn các thôn, tổ dân phố tổ chức ra quân.") == [("Chi đoàn các thôn, tổ dân phố", "assigned")]
    assert _roles("Đoàn Thanh niên xã phối hợp với Chi đoàn các thôn ra quân.")[1] == ("Chi đoàn các thôn", "coordinate")
    assert _units("Chi đoàn tổ chức sinh hoạt chuyên đề.") == []


def test_a_board_of_the_front_under_its_new_name() -> None:
    assert _roles("Ban Dân chủ - Pháp luật và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh chủ trì giám sát.") == [
        ("Ban Dân chủ - Pháp luật và Tôn giáo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead")
    ]
    assert _units("Ban Dân chủ - Pháp luật và Tôn giáo chủ trì, phối hợp với Văn phòng.")[0] == (
        "Ban Dân chủ - Pháp luật và Tôn giáo"
    )


def test_wards_faculties_and_subject_groups() -> None:
    assert _roles("Các khoa, phòng chủ trì rà soát quy trình.") == [("Các khoa, phòng", "lead")]
    assert _roles("Các bộ môn rà soát đề cương học phần.") == [("Các bộ môn", "assigned")]
    assert _units("Khoa Công nghệ thông tin phối hợp với Phòng Đào tạo tổ chức thi.") == [
        "Khoa Công nghệ thông tin",
        "Phòng Đào tạo",
    ]
    assert _units("Khoa Khám bệnh bố trí thêm bàn khám.") == ["Khoa Khám bệnh"]
    assert _units("Phòng Kế hoạch tổng hợp chủ trì, phối hợp với các khoa lâm sàng.") == [
        "Phòng Kế hoạch tổng hợp",
        "Các khoa lâm sàng",
    ]
    assert _units("Phòng Hành chính quản trị lưu trữ hồ sơ.") == ["Phòng Hành chính quản trị"]
    # (sciences and sports are none; "Khoa học" opens no ward)
    assert _units("Ứng dụng các khoa học mới vào sản xuất.") == []
    assert _units("Tổ chức các bộ môn thể thao cho đoàn viên.") == []
    assert _units("Tổ chức thi đấu các bộ môn bóng đá, bóng chuyền.") == []
    assert _units("Khoa học và công nghệ là động lực phát triển.") == []


def test_telling_someone_is_the_work() -> None:
    assert _roles("Văn phòng UBND xã thông báo kết quả giải quyết hồ sơ cho người dân.") == [
        ("Văn phòng Ủy ban nhân dân xã", "assigned")
    ]
    assert _roles("Văn phòng UBND xã thông báo công khai danh sách hộ nghèo tại trụ sở.") == [
        ("Văn phòng Ủy ban nhân dân xã", "assigned")
    ]
    # (a notice's opening and a report of news stay statements)
    assert _roles("Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy như sau:")[0] == (
        "Văn phòng Tỉnh ủy",
        "mention",
    )
    assert _roles("Sở Y tế thông báo tình hình dịch bệnh trong tuần.") == [("Sở Y tế", "mention")]


def test_the_hospital_fixture_reads_its_wards() -> None:
    path = FIXTURES / "hosp_kh_wards_owners_lang10.txt"
    rec = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    owners = {o["unit"][:1].upper() + o["unit"][1:] for t in rec["tasks"] for o in t["owners"]}
    assert {
        "Ban Giám đốc Bệnh viện Đa khoa vùng Tây Bắc",
        "Phòng Kế hoạch tổng hợp",
        "Các khoa, phòng",
        "Các khoa",
        "Khoa Khám bệnh",
        "Phòng Hành chính quản trị",
        "Các tổ chức chính trị - xã hội cùng cấp",
    } <= owners
    assert "Bệnh viện Đa khoa vùng Tây Bắc" not in owners


def test_a_schools_name_in_a_title_cased_heading_ends_before_the_verb() -> None:
    assert _units("Trường Tiểu Học Kim Đồng Tổ Chức Khai Giảng Năm Học Mới") == ["Trường Tiểu Học Kim Đồng"]
    assert _units("Trường Trung Học Phổ Thông Chuyên Lê Quý Đôn Tham Gia Hội Thi") == [
        "Trường Trung Học Phổ Thông Chuyên Lê Quý Đôn"
    ]
    # (in sentence case the verb is in small letters already; a name with no verb stays whole)
    assert _units("Trường Tiểu học Kim Đồng tổ chức khai giảng.") == ["Trường Tiểu học Kim Đồng"]
    assert _units("Trường Trung Học Phổ Thông Chuyên Lê Quý Đôn") == ["Trường Trung Học Phổ Thông Chuyên Lê Quý Đôn"]


def test_the_issuers_board_and_branches_named_by_its_head_word() -> None:
    assert _roles("Ban Giám đốc Bệnh viện chỉ đạo các khoa triển khai.") == [
        ("Ban Giám đốc Bệnh viện", "director"),
        ("Các khoa", "assigned"),
    ]
    assert _roles("Ban Kiểm soát Công ty giám sát việc sử dụng vốn.") == [("Ban Kiểm soát Công ty", "supervisor")]
    # (the board alone opening a clause or after a role word, as the issuer's other boards)
    assert _roles("Các khoa báo cáo Ban Giám đốc trước ngày 15/3/2027.") == [
        ("Các khoa", "assigned"),
        ("Ban Giám đốc", "recipient"),
    ]
    assert _units("Thành lập Ban Giám đốc mới.") == []
    # (a mass organisation named bare before the issuer's head word or a body: its branch there)
    assert _units("Công đoàn Trường phối hợp với Đoàn Thanh niên Trường tổ chức.") == [
        "Công đoàn Trường",
        "Đoàn Thanh niên Trường",
    ]
    assert _units("Giao Đoàn Thanh niên Sở Y tế phối hợp.") == ["Đoàn Thanh niên Sở Y tế"]
    assert _units("Đoàn Thanh niên phối hợp với Sở Y tế tổ chức.") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",
        "Sở Y tế",
    ]


def test_a_firms_branches_and_workshops() -> None:
    assert _roles("Các phân xưởng, xí nghiệp thực hiện đúng quy trình an toàn.") == [
        ("Các phân xưởng, xí nghiệp", "assigned")
    ]
    assert _units("Khoa Nội tổng hợp tiếp nhận bệnh nhân.") == ["Khoa Nội tổng hợp"]
    assert _units("Sở Y tế tổng hợp kết quả.") == ["Sở Y tế"]


def test_a_corporations_board_and_member_firms() -> None:
    assert _roles("Ban Tổng Giám đốc Tổng công ty chỉ đạo các đơn vị thành viên.") == [
        ("Ban Tổng Giám đốc Tổng công ty", "director"),
        ("Các đơn vị thành viên", "assigned"),
    ]
    assert _units("Các công ty thành viên báo cáo kết quả.") == ["Các công ty thành viên"]
    # (the units and the board's members, listed: two)
    assert _units("Các đơn vị, thành viên Ban Chỉ đạo báo cáo.") == ["Các đơn vị", "Thành viên Ban Chỉ đạo"]


def test_a_head_word_first_in_a_name_is_its_field() -> None:
    assert _units("Phòng Thanh tra - Pháp chế phối hợp với các khoa tổ chức thi.") == [
        "Phòng Thanh tra - Pháp chế",
        "Các khoa",
    ]
    assert _units("Phòng Thanh tra chủ trì.") == ["Phòng Thanh tra"]
    assert _units("Ban Quản lý Trung tâm Hành chính công chủ trì.") == ["Ban Quản lý Trung tâm Hành chính công"]
