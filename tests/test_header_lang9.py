"""Header from text, round 29 (helper 145): an issuer whose name wraps at the nation's name (the
Fatherland Front, mass organisations: "ỦY BAN MẶT TRẬN TỔ QUỐC" / "VIỆT NAM TỈNH X" / "BAN THƯỜNG
TRỰC"), and a text that opens with a news headline naming the directive instead of header cells.
Fixtures: tests/fixtures/mttq_kh_three_line_issuer_lang16.txt, news_tb_headline_lang16.txt."""

from __future__ import annotations

import pytest

from ndq57.pipeline import parse

BODY = (
    "Số: 21/KH-MTTQ\nPhú Ninh, ngày 05 tháng 3 năm 2027\n\nKẾ HOẠCH\nGiám sát năm 2027\n\n"
    "1. Ban Dân chủ - Pháp luật xây dựng đề cương, trình trước ngày 31/3/2027.\n\n"
    "Nơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nLê Văn Sơn\n"
)


@pytest.mark.parametrize(
    ("block", "issuer", "parent"),
    [
        (
            "ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM TỈNH PHÚ NINH\nBAN THƯỜNG TRỰC",
            "BAN THƯỜNG TRỰC",
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ NINH",
        ),
        ("ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM HUYỆN TAM NÔNG", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN TAM NÔNG", None),
        (
            "HỘI LIÊN HIỆP PHỤ NỮ\nVIỆT NAM\nBAN CHẤP HÀNH HỘI LHPN TỈNH LÀO CAI",
            "BAN CHẤP HÀNH HỘI LHPN TỈNH LÀO CAI",
            "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        ),
        ("TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", None),
    ],
)
def test_an_issuer_wrapped_at_the_nations_name(block: str, issuer: str, parent: str | None) -> None:
    h = parse(f"{block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{BODY}").document
    assert (h.issuer, h.issuer_parent) == (issuer, parent)


ITEMS = (
    "Ngày 02/6/2027, Thường trực Đảng ủy họp nghe báo cáo; kết luận như sau:\n"
    "1. Giao Ủy ban nhân dân xã kiểm tra hồ sơ đất đai, báo cáo trước ngày 30/6/2027.\n"
)


@pytest.mark.parametrize(
    "posted",
    ["Thứ Hai, 07/06/2027 09:10", "Cập nhật: 08:15 | 07/06/2027", "07/06/2027", "Ngày đăng: 07-06-2027 lúc 9h10", ""],
)
def test_a_headline_and_its_posting_line_are_not_the_body(posted: str) -> None:
    head = "Thông báo kết luận số 31-TB/ĐU ngày 04/6/2027 của Thường trực Đảng ủy xã về quản lý đất đai"
    doc = parse(f"{head}\n{posted}\n{ITEMS}" if posted else f"{head}\n{ITEMS}")
    h = doc.document
    assert (h.type, h.number, h.date, h.issuer) == ("Thông báo", "31-TB/ĐU", "2027-06-04", "Thường trực Đảng ủy xã")
    assert [d.due for d in doc.deadlines] == ["2027-06-30"]


def test_a_headline_with_the_date_written_in_words() -> None:
    head = "Kế hoạch số 14/KH-UBND ngày 03 tháng 6 năm 2027 của UBND xã về phòng, chống dịch bệnh"
    h = parse(f"{head}\n1. Các thôn phun khử trùng trước ngày 20/6/2027.\n").document
    assert (h.type, h.number, h.date, h.issuer, h.title) == (
        "Kế hoạch",
        "14/KH-UBND",
        "2027-06-03",
        "UBND xã",
        "Về phòng, chống dịch bệnh",
    )


def test_a_text_with_header_cells_is_not_read_as_a_headline() -> None:
    h = parse("UBND XÃ TÂN HÒA\nSố: 08/KH-UBND\n" + ITEMS).document
    assert h.title is None and h.number == "08/KH-UBND"


LETTER = (
    "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH\nQUẢNG BÌNH NAM\n***\nSố: 45 - CV/HNDT\n"
    "Quảng Bình Nam, ngày 02 tháng 6 năm 2027\n{subject}\n\nKính gửi: Hội Nông dân các huyện, thị xã\n\n"
    "1. Các huyện báo cáo kết quả trước ngày 30/6/2027.\n\nNơi nhận:\n- Lưu: VT.\n"
)


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ('"V/v hướng dẫn thi đua năm 2027"', "hướng dẫn thi đua năm 2027"),
        ("(V/v hướng dẫn thi đua năm 2027)", "hướng dẫn thi đua năm 2027"),
        ("“V/v hướng dẫn thi đua năm 2027”", "hướng dẫn thi đua năm 2027"),
        ("v/v hướng dẫn thi đua (đợt 2)", "hướng dẫn thi đua (đợt 2)"),
        ("V.v hướng dẫn thi đua", "hướng dẫn thi đua"),
    ],
)
def test_a_subject_line_typed_or_bracketed(line: str, subject: str) -> None:
    h = parse(LETTER.format(subject=line)).document
    assert (h.subject, h.recipients, h.issuer_parent) == (
        subject,
        ["Hội Nông dân các huyện, thị xã"],
        "HỘI NÔNG DÂN VIỆT NAM",
    )


def test_a_lead_citing_the_directive_under_a_headline_that_does_not() -> None:
    text = (
        "Thông báo kết luận của Ban Thường vụ Huyện ủy về cải cách hành chính\n"
        "Thứ Tư, 24/04/2027 08:15\n"
        "Ngày 22/4/2027, Ban Thường vụ Huyện ủy ban hành Thông báo kết luận số 86-TB/HU về cải cách hành chính.\n"
        "1. Văn phòng HĐND và UBND huyện rà soát thủ tục hành chính, báo cáo trước ngày 20/5/2027.\n"
    )
    h = parse(text).document
    assert (h.number, h.date, h.issuer) == ("86-TB/HU", "2027-04-22", "Ban Thường vụ Huyện ủy")
    other = parse(text.replace("ban hành Thông báo kết luận", "ban hành Kế hoạch")).document
    assert (other.type, other.number, other.issuer) == ("Thông báo", None, None)  # (another document)
