"""The pages of a scan are read by Tesseract processes side by side, a batch of pages at a time,
each page's layer under its own number (no Tesseract needed: the page reader is replaced)."""

from __future__ import annotations

import threading

import pytest

from ndq57.readers import ocr


def test_pages_read_side_by_side_keep_their_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[int] = []
    threads: set[str] = set()

    def render(pdf: object, index: int) -> bytes:
        rendered.append(index)
        return b"page %d" % (index + 1)

    def read(image: bytes) -> bytes:
        threads.add(threading.current_thread().name)
        return image.replace(b"page", b"layer")

    monkeypatch.setattr(ocr, "tesseract", lambda: "tesseract")
    monkeypatch.setattr(ocr, "render_page", render)
    monkeypatch.setattr(ocr, "ocr_layer", read)
    monkeypatch.setattr(ocr.os, "cpu_count", lambda: 2)
    got = ocr.ocr_pages(object(), [1, 3, 4, 7, 9])
    assert got == {n: b"layer %d" % n for n in (1, 3, 4, 7, 9)}
    assert rendered == [0, 2, 3, 6, 8]  # (in order, one at a time)
    assert threads and threading.current_thread().name not in threads


def test_one_page_or_one_cpu_reads_in_this_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: set[str] = set()
    monkeypatch.setattr(ocr, "tesseract", lambda: "tesseract")
    monkeypatch.setattr(ocr, "render_page", lambda pdf, i: b"%d" % i)
    monkeypatch.setattr(ocr, "ocr_layer", lambda image: threads.add(threading.current_thread().name) or image)
    monkeypatch.setattr(ocr.os, "cpu_count", lambda: 1)
    assert ocr.ocr_pages(object(), [2, 5]) == {2: b"1", 5: b"4"}
    assert threads == {threading.current_thread().name}
