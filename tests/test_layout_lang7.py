"""Session 13: a sentence that a page break cuts after a word that never ends one.

A PDF's text (``pdftotext``, a PDF library) prints the page number and a form feed where the page
ends, also inside a sentence. When the last word before the break is one that never ends a
sentence ("... theo Quyết định số" / "214/QĐ-UBND ...", "... ý kiến của" / "Thủ trưởng ...",
"... và" / "Hệ thống ..."), the next page goes on with the sentence whatever its first letter.
Words that also end a phrase ("chuyển đổi số", "tồn tại", "trực thuộc") do not join a heading
to the paragraph under it.
"""

from __future__ import annotations

import ndq57
from conftest import FIXTURES


def _sections(doc: ndq57.Document) -> dict[str, tuple[str | None, str]]:
    out: dict[str, tuple[str | None, str]] = {}

    def walk(secs: list[ndq57.Section]) -> None:
        for s in secs:
            out[s.path] = (s.heading, s.text)
            walk(s.children)

    walk(doc.sections)
    return out


_DOC = (FIXTURES / "page_break_hanging_words.txt").read_text(encoding="utf-8")


def test_sentence_cut_after_a_number_word_joins_the_next_page() -> None:
    doc = ndq57.parse(_DOC)
    by_due = {d.due: d for d in doc.deadlines}
    first = by_due["2027-05-31"]
    assert "Quyết định số 214/QĐ-UBND ngày 05/01/2027" in first.task
    assert [a.unit for a in first.assignees if a.role == "lead"] == ["Sở Khoa học và Công nghệ"]
    assert first.section == "I.1"


def test_sentence_cut_after_cua_and_va_joins_the_next_page() -> None:
    doc = ndq57.parse(_DOC)
    month = next(d for d in doc.deadlines if d.due == "2027-04-30")
    assert "ý kiến của Thủ trưởng cơ quan" in month.task
    assert month.section == "I.2"
    sections = _sections(doc)
    assert "Trục liên thông văn bản quốc gia và Hệ thống thông tin" in sections["II.1"][1]


def test_headings_ending_in_phrase_words_stay_headings() -> None:
    sections = _sections(ndq57.parse(_DOC))
    assert sections["I.1"][0] == "Phát triển hạ tầng số và chuyển đổi số"
    assert sections["I.3"][0] == "Các đơn vị trực thuộc"
    assert sections["I.3"][1].startswith("Xây dựng kế hoạch số hóa")
    assert sections["II.1"][0] == "Những vấn đề còn tồn tại"


def test_the_rejoins_are_logged() -> None:
    doc = ndq57.parse(_DOC)
    assert sum(1 for f in doc.fixes if f.rule == "rejoin_page_break") >= 3


# A sign-off cut by a page break: the Nơi nhận list goes on on the next page, and in a layout
# export (pdftotext -layout) the signer's column too, beside the list's last items.
_SIGNOFF = (FIXTURES / "signoff_page_break_layout.txt").read_text(encoding="utf-8")


def test_two_column_signoff_goes_on_over_a_page_break() -> None:
    head = ndq57.parse(_SIGNOFF).to_dict()["document"]
    assert head["signer"]["name"] == "Đinh Thị Hoa"
    assert head["signer"]["title"] == "CHÁNH VĂN PHÒNG"
    assert head["distribution"][-2:] == ["UBND các xã", "Lưu: VT"]
    assert len(head["distribution"]) == 5


def test_noi_nhan_list_goes_on_over_a_page_break() -> None:
    text = _DOC.replace("- Các sở, ban, ngành;\n", "- Các sở, ban, ngành;\n\n                    3\n\f")
    head = ndq57.parse(text).to_dict()["document"]
    assert head["distribution"][-2:] == ["Các sở, ban, ngành", "Lưu: VT, KGVX"]
    assert head["signer"]["name"] == "Lê Minh Khoa"


def test_a_list_ended_by_its_full_stop_does_not_go_on() -> None:
    # (the list's last item ends with a full stop: a dashed line after the blank lines is not in it)
    text = _DOC.replace("- Lưu: VT, KGVX.\n", "- Lưu: VT, KGVX.\n\n\n- Ghi chú: bản điện tử.\n")
    head = ndq57.parse(text).to_dict()["document"]
    assert head["distribution"][-1] == "Lưu: VT, KGVX"
