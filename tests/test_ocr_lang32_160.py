"""Round 32 (helper 160): what a scan's OCR reads wrong in a Party notice, at the text level: a
decimal label's tab leader read as a long dash ("2.2. — Về công tác"), a capital read inside a
unit's name ("Ủy ban Kiểm tra Đảng Ủy"), marks misread in common words ("nhần dần", "khu dần cư",
"Ban Tuyền giáo")."""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.parse.normalize import normalize


def _got(doc: ndq57.Document) -> list[tuple[str | None, str | None, list[tuple[str, str]]]]:
    return [(d.due, d.section, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]


def test_scanned_party_notice_keeps_its_owners() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_tb_party_capitals_lang32.txt").read_text(encoding="utf-8"))
    assert sorted(_got(doc), key=lambda g: g[1] or "") == [
        (
            "2027-03-31",
            "2.1",
            [("Ban Tuyên giáo Đảng ủy", "lead"), ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "coordinate")],
        ),
        ("2027-04-15", "2.2", [("các chi bộ", "assigned")]),
        ("2027-05-30", "2.3.1", [("Ủy ban Kiểm tra Đảng ủy", "lead")]),
        ("2027-08-31", "2.3.2", [("Ủy ban Kiểm tra Đảng ủy", "lead")]),
        ("2027-04-10", "2.4", [("Văn phòng Đảng ủy", "lead")]),
    ]


@pytest.mark.parametrize(
    ("text", "want", "rules"),
    [
        ("2.2. — Về công tác xây dựng Đảng", "2.2. Về công tác xây dựng Đảng", ["ocr_section_label"]),
        ("3.1.2. – Các chi bộ rà soát", "3.1.2. Các chi bộ rà soát", ["ocr_section_label"]),
        ("Giao Ủy ban Kiểm tra Đảng Ủy chủ trì", "Giao Ủy ban Kiểm tra Đảng ủy chủ trì", ["ocr_capital"]),
        ("| Đảng Ủy phường | Tháng 5/2027 |", "| Đảng ủy phường | Tháng 5/2027 |", ["ocr_capital"]),
        ("cán bộ, đảng viên và nhần dần", "cán bộ, đảng viên và nhân dân", ["slip_ocr"]),
        ("an ninh tại các khu dần cư", "an ninh tại các khu dân cư", ["slip_ocr"]),
        ("Ban Tuyền giáo Đảng ủy chủ trì", "Ban Tuyên giáo Đảng ủy chủ trì", ["slip_ocr"]),
    ],
)
def test_ocr_misreadings_are_put_back(text: str, want: str, rules: list[str]) -> None:
    got = normalize(text)
    assert got.text == want
    assert [f.rule for f in got.fixes] == rules


@pytest.mark.parametrize(
    "text",
    [
        "ĐẢNG ỦY XÃ THẠCH BÌNH",
        "BAN THƯỜNG VỤ Đảng Ủy",  # the word before in capitals, nothing after
        "Ban Thường Vụ Đảng Ủy Xã Thạch Bình",  # a name in title case
        "2.2. Về công tác xây dựng Đảng",
        "Ghi chú 2.2. — về sau",  # not at a line's start, a small letter after
        "bệnh tuyến giáo ở trẻ em",
        "số lượng tăng dần theo từng quý",
    ],
)
def test_what_is_right_stays(text: str) -> None:
    got = normalize(text)
    assert got.text == text
    assert got.fixes == []
