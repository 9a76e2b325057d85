"""OCR of scanned tables (round 26): the rules of a table are found in the page image itself
(Tesseract's text layer holds only words) and given to the PDF reader as the page's rules, so that a scanned ruled table is read by its grid as a
table with a text layer is: a cell's lines stay in their cell, the two time columns under one
heading stay apart, a row's number read glued to its task across a rule ("2_/Rà") is cut there.
No test here runs Tesseract: the images are drawn here, the OCR words placed as Tesseract
writes them."""

from __future__ import annotations

import math
import random

import pytest

from ndq57.readers import ocr
from ndq57.readers import pdf as P
from section_support import parsed_paths as _paths

DPI = 100  # (the reader's images are 300 dpi; a small one is drawn faster and reads the same)


def _image(width: int, height: int) -> bytearray:
    return bytearray(b"\xff" * (width * height))


def _line(
    img: bytearray, width: int, a: tuple[float, float], b: tuple[float, float], thick: int = 2
) -> set[tuple[int, int]]:
    """Draw a straight line from a to b (pixels), ``thick`` pixels across: its pixels (y, x)."""
    drawn = set()
    (xa, ya), (xb, yb) = a, b
    steps = int(max(abs(xb - xa), abs(yb - ya))) + 1
    across = abs(xb - xa) >= abs(yb - ya)
    for k in range(steps):
        x, y = xa + (xb - xa) * k / steps, ya + (yb - ya) * k / steps
        for t in range(thick):
            px, py = (round(x), round(y) + t) if across else (round(x) + t, round(y))
            img[py * width + px] = 0
            drawn.add((py, px))
    return drawn


def _pgm(img: bytearray, width: int, height: int) -> bytes:
    return f"P5\n{width} {height}\n255\n".encode() + bytes(img)


Pixels = set[tuple[int, int]]


def _skewed_table(angle: float) -> tuple[bytes, int, int, Pixels, Pixels]:
    """A page image (100 dpi) with a table of 4 columns and 3 rows turned by ``angle`` radians,
    letters (small blocks) in its cells, a dash and specks: the image, the letters' pixels and
    the rules' pixels."""
    width, height = 600, 380
    img = _image(width, height)
    cx, cy = width / 2, height / 2
    cos, sin = math.cos(angle), math.sin(angle)

    def turn(x: float, y: float) -> tuple[float, float]:
        x, y = x - cx, y - cy
        return cx + x * cos - y * sin, cy + x * sin + y * cos

    xs, ys = [60, 110, 300, 400, 540], [80, 120, 200, 300]
    rules: Pixels = set()
    for y in ys:
        rules |= _line(img, width, turn(xs[0], y), turn(xs[-1], y))
    for x in xs:
        rules |= _line(img, width, turn(x, ys[0]), turn(x, ys[-1]))
    letters: Pixels = set()
    for left in xs[:-1]:
        for top in ys[:-1]:
            for k in range(3):  # three letters, 8 by 12 pixels, in each cell
                x0, y0 = turn(left + 12 + 14 * k, top + 14)
                for dy in range(12):
                    for dx in range(8):
                        p = (round(y0) + dy, round(x0) + dx)
                        img[p[0] * width + p[1]] = 0
                        letters.add(p)
    letters |= _line(img, width, (150, 350), (172, 350))  # a dash of the text under the table: no rule
    rnd = random.Random(5)
    for _ in range(150):
        img[rnd.randrange(width * height)] = 0
    return _pgm(img, width, height), width, height, letters, rules


def test_rules_of_a_skewed_scanned_table_are_found() -> None:
    for angle in (0.0, 0.012, -0.02):
        pgm, _w, height, _letters, _rules = _skewed_table(angle)
        found = ocr.drawn_rules(pgm, dpi=DPI)
        level = [s for s in found if abs(s[2] - s[0]) > abs(s[3] - s[1])]
        upright = [s for s in found if abs(s[2] - s[0]) <= abs(s[3] - s[1])]
        assert (len(level), len(upright)) == (4, 5), angle
        # each at its place, in points (y upwards): the top rule 80 px from the top
        top = max(level, key=lambda s: s[1] + s[3])
        assert abs((top[1] + top[3]) / 2 - (height - 80) * 72 / DPI) < 3
        assert all(abs(s[2] - s[0]) > 450 * 72 / DPI for s in level)


def test_letters_dashes_and_specks_are_no_rules() -> None:
    pgm, width, height, _letters, rules = _skewed_table(0.015)
    img = bytearray(pgm[len(pgm) - width * height :])
    for y, x in rules:
        img[y * width + x] = 255  # the table without its rules
    assert ocr.drawn_rules(_pgm(img, width, height), dpi=DPI) == []
    assert ocr.drawn_rules(b"not an image") == []


def _word(text: str, x: float, y: float, idx: int, size: float = 10.0) -> list[P.Glyph]:
    """A word as Tesseract's text layer writes it: letters of equal widths squeezed into the
    word's box (n / (n + 1.5) of its print width), a space counted in."""
    n = len(text)
    step = 0.5 * size * n / (n + P._OCR_WIDEN)
    return [
        P.Glyph(ch, x + k * step, y, x + (k + 1) * step, y + size, idx + k, k == 0) for k, ch in enumerate(text)
    ]


def _cell(text: str, x: float, y: float, idx: int, size: float = 10.0) -> list[P.Glyph]:
    out: list[P.Glyph] = []
    for w in text.split():
        out += _word(w, x, y, idx + len(out) + 1, size)
        x += 0.5 * size * len(w) + 0.3 * size
    return out


# a table row by row, each cell its lines; the columns between the rules at XS
XS = [60.0, 85.0, 260.0, 340.0, 410.0, 480.0]
ROWS = [
    [["STT"], ["Nội dung nhiệm vụ"], ["Đơn vị", "chủ trì"], ["Bắt đầu"], ["Hoàn", "thành"]],
    [["1"], ["Rà soát danh mục", "dự án đầu tư", "công"], ["Sở Tài", "chính"], ["Tháng", "01/2027"], ["Tháng", "3/2027"]],
    [[], ["2_/Rà soát quy hoạch", "sử dụng đất"], ["Sở Nông", "nghiệp"], ["Tháng", "4/2027"], ["Tháng", "6/2027"]],
]


def _page(rules: bool) -> P.Page:
    glyphs: list[P.Glyph] = []
    top = 700.0
    ys = [top]
    for row in ROWS:
        height = max(len(c) for c in row) * 14.0 + 8
        for j, lines in enumerate(row):
            for k, text in enumerate(lines):
                # (the row's number and its task's first word read as one word across the rule)
                x = XS[j - 1] + 8 if text.startswith("2_/") else XS[j] + 4
                glyphs += _cell(text, x, top - 14.0 * (k + 1), len(glyphs) + 1)
        top -= height
        ys.append(top)
    drawn = [(XS[0], y, XS[-1], y) for y in ys] + [(x, ys[0], x, ys[-1]) for x in XS]
    boxes = [P._level_rule(s, 0.0, 300.0, 400.0) for s in drawn] if rules else []
    walls = [((x0 + x1) / 2, y0, y1) for x0, y0, x1, y1 in boxes if x1 - x0 < y1 - y0]
    glyphs = P._ocr_words(glyphs, walls)
    return P.Page(1, 595.0, 842.0, glyphs, 1.0, {P._GLYPHLESS}, boxes)


def test_a_scanned_table_is_read_by_its_rules() -> None:
    texts = [ln.text for ln in P.page_lines(_page(rules=True))]
    assert texts[1] == "| 1 | Rà soát danh mục dự án đầu tư công | Sở Tài chính | Tháng 01/2027 | Tháng 3/2027 |"
    assert texts[2] == "| 2 | Rà soát quy hoạch sử dụng đất | Sở Nông nghiệp | Tháng 4/2027 | Tháng 6/2027 |"


def test_without_its_rules_the_time_cells_run_together() -> None:
    texts = [ln.text for ln in P.page_lines(_page(rules=False))]
    assert "| 1 | Rà soát danh mục dự án đầu tư công | Sở Tài chính | Tháng 01/2027 | Tháng 3/2027 |" not in texts


def test_a_rule_read_as_a_dash_or_a_bar_is_dropped() -> None:
    walls = [(100.0, 0.0, 800.0)]
    glyphs = _word("_", 99.5, 500, 1) + _word("Sở", 104, 500, 3) + _word("ˆ", 150, 500, 6) + _word("-", 60, 500, 8)
    got = P._ocr_words(glyphs, walls)
    assert "".join(g.ch for g in got) == "Sở-"


def test_a_short_cell_side_between_two_rules_is_a_rule() -> None:
    # a table's two header rows alone at a page's foot: the side between "Bắt đầu" and "Hoàn
    # thành" runs over the lower row only (0.2 in); a stroke as short elsewhere is no rule
    width, height = 600, 380
    img = _image(width, height)
    for y, x0 in ((80, 60), (100, 300), (120, 60)):
        _line(img, width, (x0, y), (540, y + 3))
    for x in (60, 110, 300, 540):
        _line(img, width, (x, 80 + x * 3 / 480), (x + 0.5, 121 + x * 3 / 480))
    _line(img, width, (420, 100 + 420 * 3 / 480), (420.2, 121 + 420 * 3 / 480))
    _line(img, width, (200, 300), (200, 320))
    found = ocr.drawn_rules(_pgm(img, width, height), dpi=DPI)
    upright = sorted(round(s[0] * DPI / 72) for s in found if abs(s[2] - s[0]) < abs(s[3] - s[1]))
    assert upright == [61, 111, 301, 421, 541]  # (each 2 pixels wide: its middle)


PARTS = (
    "{one} MỤC ĐÍCH, YÊU CẦU\n"
    "Bảo đảm an toàn giao thông trong dịp cao điểm cuối năm.\n"
    "{two} NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Công an huyện tăng cường tuần tra, kiểm soát, hoàn thành trước ngày 31/12/2026.\n"
    "2. Phòng Kinh tế và Hạ tầng rà soát biển báo trước ngày 15/12/2026.\n"
    "{three} TỔ CHỨC THỰC HIỆN\n"
    "Các xã báo cáo kết quả trước ngày 05/01/2027.\n"
)


def test_part_labels_each_read_one_stroke_short() -> None:
    # the first part's "I" read "L" (put back by its heading), "II" read "I." after a speck of its
    # tab leader, "III" read "II.": no plan has two parts "I"
    assert _paths(PARTS.format(one="L", two="I. \u2014", three="II.")) == ["I", "II", "II.1", "II.2", "III"]
    assert _paths(PARTS.format(one="I.", two="II.", three="III.")) == ["I", "II", "II.1", "II.2", "III"]


def test_part_labels_read_clean_stay() -> None:
    # read clean, two parts "I" stay as written: nothing was misread
    assert _paths(PARTS.format(one="I.", two="I.", three="II.")) == ["I", "I", "I.1", "I.2", "II"]


def test_the_numbers_column_is_read_again_inside_its_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # the narrow first column (0.5 in) is cut out inside its rules, the page's lean followed and
    # the rules crossing it whitened, and read again; what is read there comes back in points
    pgm, _width, _height, _letters, _rules = _skewed_table(0.012)
    images: list[bytes] = []

    def read(image: bytes, dpi: int = 300) -> list[tuple[str, int, int, int, int]]:
        images.append(image)
        return [("3", 10, 20, 18, 32)]

    monkeypatch.setattr(ocr, "read_words", read)
    got = ocr.numbers_columns(pgm, ocr.drawn_rules(pgm, dpi=DPI), dpi=DPI)
    assert len(images) == 1 and len(got) == 1
    head = images[0].split(b"\n", 3)
    w, _h = (int(v) for v in head[1].split())
    body = head[3]
    assert b"\x00" * 10 not in body and not any(b"\x00" * 13 in body[x::w] for x in range(w))
    assert body.count(0) > 100  # (the letters in the column are kept)
    text, x0, y0, x1, y1 = got[0]
    assert text == "3" and 50 < x0 * DPI / 72 < 70
    assert (x1 - x0, y1 - y0) == (pytest.approx(8 * 72 / DPI), pytest.approx(12 * 72 / DPI))


def test_group_labels_of_a_scanned_table() -> None:
    # the groups I, II, III of a task table read "L", "I" (a stroke lost) and "HI"
    from ndq57.parse.normalize import normalize

    table = (
        "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n"
        "| {one} | Công tác tuyên truyền |  |  |\n"
        "| 1 | In tờ rơi phòng, chống ma túy | Phòng Văn hóa | Tháng 6/2026 |\n"
        "| {two} | Công tác kiểm tra |  |  |\n"
        "| 2 | Kiểm tra các cơ sở kinh doanh | Công an huyện | Quý 11/2026 |\n"
        "| {three} | Công tác tổng kết |  |  |\n"
        "| 3 | Báo cáo kết quả | Phòng Nội vụ | Tháng 12/2026 |\n"
    )
    got = normalize(table.format(one="L", two="I", three="HI")).text
    assert got == table.format(one="I", two="II", three="III").replace("Quý 11/", "Quý II/")
    # read clean, or a sequence that is no stroke's slip, it stays
    assert normalize(table.format(one="I", two="I", three="IV")).text.count("| I |") == 2


def test_a_row_number_lost_between_two_rows() -> None:
    from ndq57.parse.normalize import normalize

    rows = "| 4 | Nâng cấp mạng nội bộ | Phòng Văn hóa |\n|{no}| Tập huấn kỹ năng số | Phòng Nội vụ |\n| {after} | Bố trí cán bộ | UBND các xã |\n"
    assert normalize(rows.format(no="  ", after=6)).text == rows.format(no=" 5 ", after=6)
    # a row's second line (a cell merged down above it) stays
    assert normalize(rows.format(no="  ", after=5)).text == rows.format(no="  ", after=5)
