"""Round 32 (helper 160): a borderless table's row numbers and group letters, alone at the start
of their lines before a wide gap, are cut out of a scanned page's image and read again
(:func:`ndq57.readers.ocr.lone_labels`): Tesseract, reading the whole page, drops many of them,
and the table's rows then lose their numbers, its groups and its columns. The image tests here
draw blocks for letters and do not run Tesseract; the last test reads a small scan of our own
wording end to end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ndq57.readers import ocr

DPI = 100
W, H = 800, 400


def _image() -> bytearray:
    return bytearray(b"\xff" * (W * H))


def _block(img: bytearray, x0: int, y0: int, x1: int, y1: int) -> None:
    for y in range(y0, y1):
        img[y * W + x0 : y * W + x1] = b"\x00" * (x1 - x0)


def _word_row(img: bytearray, y: int, x: int, words: int, wide: int = 30, space: int = 6) -> None:
    """A line of text: ``words`` blocks of letters a word's space apart, from ``x``."""
    for k in range(words):
        _block(img, x + k * (wide + space), y, x + k * (wide + space) + wide, y + 12)


def _pgm(img: bytearray) -> bytes:
    return f"P5\n{W} {H}\n255\n".encode() + bytes(img)


def _read(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[bytes]:
    """Tesseract stood in for: each piece set in the image read as the next answer, at its place."""
    images: list[bytes] = []

    def read(image: bytes, dpi: int = 300, models: str = "vie") -> list[tuple[str, int, int, int, int]]:
        images.append(image)
        head = image.split(b"\n", 3)
        w, h = (int(v) for v in head[1].split())
        body = head[3]
        cols = [x for x in range(w) if any(body[y * w + x] == 0 for y in range(h))]
        groups: list[list[int]] = []
        for x in cols:
            if groups and x - groups[-1][-1] <= 1:
                groups[-1].append(x)
            else:
                groups.append([x])
        rows = [y for y in range(h) if 0 in body[y * w : (y + 1) * w]]
        return [(t, g[0], rows[0], g[-1] + 1, rows[-1] + 1) for t, g in zip(answers, groups, strict=False)]

    monkeypatch.setattr(ocr, "read_words", read)
    return images


def test_lone_numbers_of_a_borderless_table_are_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    img = _image()
    # a group's letter and two rows' numbers, each 0.4 in before its row's text
    _block(img, 40, 40, 50, 52)
    _word_row(img, 40, 90, 8)
    _block(img, 42, 80, 48, 92)
    _word_row(img, 80, 90, 8)
    _block(img, 41, 120, 49, 132)
    _word_row(img, 120, 90, 8)
    images = _read(monkeypatch, ["A", "1", "2"])
    got = ocr.lone_labels(_pgm(img), dpi=DPI)
    assert len(images) == 1
    k = 72 / DPI
    assert [(t, round(x0 / k), round(H - y1 / k)) for t, x0, _y0, _x1, y1 in got] == [
        ("A", 40, 40),
        ("1", 42, 80),
        ("2", 41, 120),
    ]
    assert [round((x1 - x0) / k) for _t, x0, _y0, x1, _y1 in got] == [10, 6, 8]


def test_lines_without_a_lone_label_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    img = _image()
    _word_row(img, 40, 40, 12)  # running text: words a space apart
    _block(img, 390, 80, 400, 92)  # a page's number alone on its line
    _block(img, 40, 120, 42, 126)  # a speck before a line
    _word_row(img, 120, 90, 6)
    for x in (30, 60, 500):  # a ruled table: its sides join its rows into one tall band
        _block(img, x, 160, x + 2, 390)
    for y in (160, 240, 320, 388):
        _block(img, 30, y, 502, y + 2)
    _block(img, 40, 200, 48, 212)
    _word_row(img, 200, 70, 8)
    images = _read(monkeypatch, ["1"])
    assert ocr.lone_labels(_pgm(img), dpi=DPI) == []
    assert images == []


SCAN = Path(__file__).parent / "fixtures" / "printed" / "scan_borderless_numbers_lang32.pdf"


def test_scanned_borderless_table_keeps_its_numbers_and_groups() -> None:
    # a 200-dpi black-and-white image-only scan (printed/scan_borderless_numbers_lang32.html): Tesseract reading
    # the page drops the group letter "B"; read again, its group and its two rows are kept
    from ndq57 import Options, parse_bytes

    if ocr.tesseract() is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but Tesseract with the Vietnamese model is not installed")
        pytest.skip("tesseract with the 'vie' model is not installed")
    doc = parse_bytes(SCAN.read_bytes(), source=str(SCAN), options=Options())
    got = sorted((d.due, d.section, [a.unit for a in d.assignees if a.role == "lead"]) for d in doc.deadlines)
    assert got[:5] == [
        ("2027-03-31", "II.A.1", ["Văn phòng HĐND và UBND xã"]),
        ("2027-04-30", "II.A.2", ["Ban Chỉ huy Quân sự xã"]),
        ("2027-06-15", "II.B.4", ["Công chức Địa chính - Xây dựng"]),
        ("2027-06-30", "II.A.3", ["Công an xã"]),
        ("2027-11-30", "II.B.5", ["Công chức Văn hóa - Xã hội"]),
    ]
