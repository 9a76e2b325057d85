"""Damaged exports of a directive read as the clean text (helper 173, round 34).

Each damaged fixture is a directive as one export leaves it (a PDF's text layer with running
headers and footers, a web library's copy cut at a fixed width, a forwarded e-mail, a text layer
with letters set apart, an OCR copy with specks at the margins): its deadlines, their sections and
lead units, its sections and its header must be those of the clean text of the same directive,
and each repair must be logged as a fix.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import FIXTURES
from ndq57.parse import layout, normalize, syllables
from ndq57.pipeline import parse_bytes


def _read(name: str) -> dict[str, Any]:
    path = FIXTURES / f"{name}.txt"
    return parse_bytes(path.read_bytes(), source=path.name).to_dict()


def _facts(d: dict[str, Any]) -> tuple[Any, ...]:
    doc = d["document"]
    head = tuple(doc.get(k) for k in ("issuer", "number", "type", "title", "place", "date"))
    signer = (doc.get("signer") or {}).get("name")
    due = [
        (x["due"], x["section"], tuple(a["unit"] for a in x["assignees"] if a["role"] == "lead"))
        for x in d["deadlines"]
    ]
    paths: list[str] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for s in items:
            paths.append(s["path"])
            walk(s.get("children") or [])

    walk(d["sections"])
    return head, signer, due, paths


def _rules(d: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["rule"], f["original"]) for f in d["fixes"]]


CASES = [
    ("pdf_running_furniture_lang34_173", "kh_reference_clean_lang34_173", ["drop_running_header"]),
    ("web_fixed_width_cut_lang34_173", "kh_reference_clean_lang34_173", ["join_cut_word"]),
    ("mail_forward_quoted_lang34_173", "cv_reference_clean_lang34_173", ["mail_quote"]),
    ("pdf_text_layer_letters_lang34_173", "kh_reference_clean_lang34_173", ["join_split_word"]),
    ("ocr_kh_label_specks_lang34_173", "kh_reference_clean_lang34_173", ["ocr_stray_glyph"]),
    ("ocr_qd_article_specks_lang34_173", "qd_reference_clean_lang34_173", ["ocr_stray_glyph", "ocr_digit"]),
    ("ocr_kh_unmarked_caps_lang34_173", "kh_reference_clean_lang34_173", ["slip_place_name", "unmarked_word"]),
    ("pdf_own_number_page_top_lang34_173", "kh_reference_clean_lang34_173", ["drop_running_header"]),
]


@pytest.mark.parametrize(("damaged", "clean", "rules"), CASES, ids=[c[0] for c in CASES])
def test_damaged_export_reads_as_clean(damaged: str, clean: str, rules: list[str]) -> None:
    got, want = _read(damaged), _read(clean)
    assert _facts(got) == _facts(want)
    assert want["deadlines"]  # (a reference with deadlines: the comparison means something)
    logged = {r for r, _ in _rules(got)}
    assert set(rules) <= logged


def test_running_header_and_file_footer_dropped_without_fixes_inside() -> None:
    d = _read("pdf_running_furniture_lang34_173")
    fixes = _rules(d)
    # the file's name in the footer and the number at each page top: dropped, three and two times
    assert sum(1 for r, o in fixes if r == "drop_running_header" and o.endswith(".docx")) == 3
    assert sum(1 for r, o in fixes if r == "drop_running_header" and o == "Số: 214/KH-UBND") == 2
    # no mark put back in a file's name ("so hoa" of "KH 214 so hoa dat dai.docx")
    assert not [o for r, o in fixes if r == "unmarked_word"]
    text = " ".join(s["text"] or "" for s in d["sections"][1]["children"])
    assert "docx" not in text and "các xã, phường, hoàn thành" in text


def test_web_cut_words_joined() -> None:
    d = _read("web_fixed_width_cut_lang34_173")
    joined = {o.replace("\n", "") for r, o in _rules(d) if r == "join_cut_word"}
    assert {"nhân", "gia", "chính", "truyền", "ngày", "về"} <= joined
    texts = " ".join(str(c["text"]) for s in d["sections"] for c in s["children"])
    assert "quốc gia về dân cư" in texts and "hoàn thành chậm nhất ngày 30/6/2027" in texts


def test_pdf_letters_set_apart_joined() -> None:
    fixes = _rules(_read("pdf_text_layer_letters_lang34_173"))
    assert ("join_split_word", "q uyết") in fixes
    assert ("join_split_word", "t háng") in fixes
    assert ("join_split_word", "Ủ y") in fixes


def _line(text: str, indent: int = 0) -> layout.Line:
    return layout.Line(1, text, "text", indent=indent)


def test_cut_width_needs_lines_of_one_width() -> None:
    cut = [_line("x" * 79 + "a") for _ in range(5)] + [_line("short line")]
    assert layout._cut_width(cut) == 80
    # a text wrapped at word ends: lines of many widths under the widest
    wrapped = [_line("y" * w) for w in (80, 78, 76, 79, 80, 74, 77, 80, 75, 80)]
    assert layout._cut_width(wrapped) == 0


def _ending(word: str, width: int = 80) -> str:
    """A line of ``width`` characters that ends with `` word``."""
    return ("x" * width + " " + word)[-width:]


@pytest.mark.parametrize(
    ("word", "nxt", "width", "want"),
    [
        ("nhâ", "n dân tỉnh", 80, ("nhâ", "n")),
        ("g", "ia về dân cư", 80, ("g", "ia")),
        ("chín", "h đang lưu trữ", 80, ("chín", "h")),
        ("làm", "đường giao thông", 80, None),  # two words a line of that width ends between
        ("các", "xã, phường", 80, None),
        ("nhâ", "n dân tỉnh", 81, None),  # not the cut width
    ],
)
def test_cut_word(word: str, nxt: str, width: int, want: tuple[str, str] | None) -> None:
    assert layout._cut_word(_line(_ending(word)), _line(nxt), width) == want


def test_cut_word_needs_the_next_line_at_the_margin() -> None:
    assert layout._cut_word(_line(_ending("nhâ")), _line("n dân", indent=1), 80) is None


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        ("t", "háng", True),
        ("q", "uyết", True),
        ("đ", "ộng", True),
        ("đ", "ang", False),  # a piece of plain letters: "50.000 đ ang ..." is no word cut
        ("a", "n", False),
    ],
)
def test_joins_split_lone_onset(left: str, right: str, want: bool) -> None:
    assert syllables.joins_split(left, right) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ủ y ban nhân dân tỉnh", ["Ủy"]),
        ("theo điểm a b khoản 2", []),
        ("Ủ y nhiệm chi", []),  # the pair is no phrase of the data
    ],
)
def test_spaced_letters(text: str, want: list[str]) -> None:
    assert [e[2] for e in normalize.spaced_letters(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nội dung:\n\u20182. Ủy ban nhân dân", ["\u2018"]),
        ("Nội dung:\n_ III. TỔ CHỨC THỰC HIỆN", ["_ "]),
        ("Nội dung:\n\u2018Điêu 2. Tổ kiểm tra", ["\u2018"]),
        ("Nội dung:\n_1. Mục tiêu_", []),  # an emphasis
        ("Nội dung:\n\u2018Điều 2. Sửa đổi\u2019", []),  # a quotation
        ("Nội dung: _2. Sở", []),  # not at a line's start
    ],
)
def test_label_specks(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b, _, _ in normalize.label_specks(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Căn cứ Kế hoạch số 2l4/KH-UBND ngày 12/3/2027", "Căn cứ Kế hoạch số 214/KH-UBND ngày 12/3/2027"),
        ("Căn cứ Kế hoạch số lO/KH-UBND", "Căn cứ Kế hoạch số lO/KH-UBND"),  # no digit: left
        ("bảng số 2l4/a", "bảng số 2l4/a"),  # no symbol of capitals
    ],
)
def test_ocr_number_in_sentence(text: str, want: str) -> None:
    edits = normalize.ocr_number_label(text)
    for a, b, r, _ in reversed(edits):
        text = text[:a] + r + text[b:]
    assert text == want


def test_file_path_lines() -> None:
    text = "a\nC:\\Users\\vt\\KH 214 so hoa.docx\nGiao So Noi vu bao cao.pdf hom nay\nbao-cao.pdf\n"
    assert [text[a:b] for a, b in normalize._file_path_lines(text)] == [
        "C:\\Users\\vt\\KH 214 so hoa.docx",
        "bao-cao.pdf",
    ]


def test_forwarded_block_with_signature_unquoted() -> None:
    text = (
        "Từ: a\nGửi: b\nTiêu đề: c\n\nGhi chú của người gửi.\n\n"
        + "\n".join(f"> dòng {i}" for i in range(14))
        + "\n\n--\nTrân trọng,\nA\nB\nC\nD\nE\nF\nG\n"
    )
    assert len([e for e in normalize.copy_debris(text) if e[3] == "mail_quote"]) == 14
    # a few quoted lines in a letter: its own replies, left as they are
    short = "Thư trả lời.\n" * 20 + "\n".join(f"> dòng {i}" for i in range(6))
    assert not [e for e in normalize.copy_debris(short) if e[3] == "mail_quote"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the document's own place, marked in its date line, unmarked after a level word
        ("ỦY BAN NHÂN DÂN\nTỈNH HA TRUNG\nHà Trung, ngày 12 tháng 3 năm 2027", ["HÀ TRUNG"]),
        ("về tỉnh Ha Trung làm việc\nHà Trung, ngày 12 tháng 3 năm 2027", ["Hà Trung"]),
        # a spelling with marks of its own is another name, not a slip of this one
        ("TỈNH HẠ TRUNG\nHà Trung, ngày 12 tháng 3 năm 2027", []),
        # no date line with marks: nothing to read the place from
        ("TỈNH HA TRUNG\nHa Trung, ngày 12 tháng 3 năm 2027", []),
    ],
)
def test_own_place_marks(text: str, want: list[str]) -> None:
    assert [e[2] for e in normalize.place_names(text)] == want
