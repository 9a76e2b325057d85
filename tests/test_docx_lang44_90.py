"""DOCX files as offices write them (round 44, helper 90), built by hand as Word writes them
(``tests/fixtures/docx_lang44_90_build.py``, ``tests/office_build.py``'s parts), of our own wording:

* the Nơi nhận list in a text box (DrawingML with its VML fallback, or VML alone as Word 2007 wrote
  it) anchored in the first line of the signer's block beside it ("TM. ỦY BAN NHÂN DÂN", or a title
  signing in its own right): read before that line, as a sign-off table's columns are (it was read
  after it, between the authority and the title: the authority was lost);
* items of a list with their time set at a tab stop on the right (``+ Đợt 1: ...<tab>Tháng 3/2027``,
  two lines or more): each line reads as it is, the time beside its item (the lines were read as two
  blocks side by side, all the items, then all the times); a header or a sign-off typed with tabs is
  still read block by block.

Read right already (pinned by the three fixtures and their golden records): a header table whose
cells hold their lines after soft breaks, multi-level numbering with a restart (``w:startOverride``)
and a level's own ``w:start``, a numbered paragraph deleted whole (its number not counted), a
paragraph moved (``w:moveFrom`` dropped, ``w:moveTo`` kept), nested ``IF``/``MERGEFIELD`` fields,
a form field, a date picker, ``w:fldSimple``, a two-row appendix header (``w:vMerge``,
``w:gridSpan``) repeated, a time merged down two rows, a row in a repeating-section content control.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import office_build as ob
from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes

LANG44 = FIXTURES / "office" / "lang44"
NAMES = ["kh_list_forms", "cv_fields_box", "tb_party_appendix"]


def _builder():  # the fixtures' builder script, loaded from its file
    spec = importlib.util.spec_from_file_location("docx_lang44_90_build", FIXTURES / "docx_lang44_90_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _docx(path: Path, body: str) -> bytes:
    ob.write_docx(path, body, [], "")
    return path.read_bytes()


def _lines(data: bytes) -> list[str]:
    return [ln for ln in extracted_text(data).splitlines() if ln]


def _deadlines(data: bytes) -> list[tuple[object, ...]]:
    doc = parse_bytes(data).to_dict()
    return [(d["section"], d["phrase"], d["due"], [(a["unit"], a["role"]) for a in d["assignees"]]) for d in doc["deadlines"]]


# ---------------------------------------------------------------- the fixtures


@pytest.mark.parametrize("name", NAMES)
def test_fixture_text_is_the_reader_s(name: str) -> None:
    data = (LANG44 / f"{name}_lang44_90.docx").read_bytes()
    assert extracted_text(data) + "\n" == (FIXTURES / f"docx_{name}_lang44_90.txt").read_text(encoding="utf-8")


def test_fixtures_are_the_builder_s(tmp_path: Path) -> None:
    build = _builder()
    for name, body, notes, numbering in [
        ("kh_list_forms", build.list_plan(), [], build.LIST_NUMBERING),
        ("cv_fields_box", build.fields_letter(), build.FIELDS_NOTES, None),
        ("tb_party_appendix", build.party_notice(), build.PARTY_NOTES, None),
    ]:
        path = tmp_path / f"{name}.docx"
        ob.write_docx(path, body, notes, "")
        if numbering is not None:
            ob.replace_part(path, "word/numbering.xml", numbering)
        assert extracted_text(path.read_bytes()) == extracted_text((LANG44 / f"{name}_lang44_90.docx").read_bytes())


def test_list_forms_record() -> None:
    data = (LANG44 / "kh_list_forms_lang44_90.docx").read_bytes()
    text = extracted_text(data)
    # the deleted step is gone and not counted; the moved one is read where it was moved to
    assert "05/3/2027" not in text and "15/3/2027" not in text
    assert "b) Rà soát các giếng khoan, bể chứa nước sinh hoạt trong tháng 3/2027." in text
    assert text.count("Rà soát các giếng khoan") == 1
    # the phases, each beside its time
    assert "+ Đợt 2: lắp đặt trạm bơm dã chiến    Tháng 4/2027" in text
    head = ("II.1.a", "trước ngày 10/3/2027", "2027-03-10")
    assert _deadlines(data)[0] == (*head, [("Trạm Khuyến nông huyện", "coordinate"), ("Phòng Nông nghiệp và Môi trường", "lead")])
    got = [(d[0], d[2]) for d in _deadlines(data)]
    # (the phases' months are due: their work, then the time set at the tab stop)
    assert got[2:5] == [("II.1.b", "2027-03-31"), ("II.1.b", "2027-04-30"), ("II.1.b", "2027-05-31")]
    assert [d[0] for d in got] == ["II.1.a", *["II.1.b"] * 4, "II.2.a", "II.2.b", "II.3.(1)", "III.3.(1)", "III.3.(2)"]


def test_fields_box_record() -> None:
    data = (LANG44 / "cv_fields_box_lang44_90.docx").read_bytes()
    doc = parse_bytes(data).to_dict()
    assert doc["document"]["signer"]["authority"] == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"
    assert doc["document"]["distribution"] == ["Như trên", "Phòng Giáo dục và Đào tạo (b/c)", "Lưu: VT"]
    assert [(d[0], d[2]) for d in _deadlines(data)] == [
        ("1", "2027-08-25"), ("2", "2027-08-28"), ("3", "2027-09-01"), ("4", "2027-09-08"),
    ]  # fmt: skip


def test_party_appendix_record() -> None:
    data = (LANG44 / "tb_party_appendix_lang44_90.docx").read_bytes()
    doc = parse_bytes(data).to_dict()
    assert doc["document"]["signer"]["authority"] == "T/M BAN THƯỜNG VỤ"
    assert [(d[0], d[1]) for d in _deadlines(data)] == [
        ("1", "trước ngày 20/12/2027"),
        ("Phụ lục.1", "Tháng 10/2027"),
        ("Phụ lục.2", "Tháng 10/2027"),
        ("Phụ lục.3", "Trước ngày 30/11/2027"),
        ("Phụ lục.4", "Trước ngày 15/12/2027"),
    ]


# ---------------------------------------------------------------- the Nơi nhận list in a text box

LIST = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
TASK = ob.para(ob.run("Trạm Y tế xã kiểm tra các cơ sở, báo cáo trước ngày 30/6/2027."), num=(6, 0))


def _signoff(anchor: int, lines: list[str], box: str) -> str:
    """A letter's end: the signer's block a line a paragraph, the box anchored in line ``anchor``
    (-1: in the task's paragraph before it)."""
    body = ob.para(box + ob.run("Trạm Y tế xã kiểm tra các cơ sở, báo cáo trước ngày 30/6/2027."), num=(6, 0)) if anchor < 0 else TASK
    for k, line in enumerate(lines):
        body += ob.para((box if k == anchor else "") + ob.run(line, b=True), jc="right", indent=False)
    return body


SIGNER = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thanh Tùng"]


@pytest.mark.parametrize("box", [ob.text_box(LIST), _builder()._vml_box(LIST)], ids=["drawing", "vml"])
def test_a_recipients_box_in_the_authority_line_is_read_before_it(tmp_path: Path, box: str) -> None:
    data = _docx(tmp_path / "cv.docx", _signoff(0, SIGNER, box))
    # (it was "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:", ..., "CHỦ TỊCH": the authority lost)
    assert _lines(data)[1:] == [*LIST, *SIGNER]
    signer = parse_bytes(data).to_dict()["document"]["signer"]
    assert (signer["authority"], signer["title"], signer["name"]) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thanh Tùng")


def test_a_recipients_box_in_a_title_line_signing_in_its_own_right(tmp_path: Path) -> None:
    data = _docx(tmp_path / "cv.docx", _signoff(0, ["GIÁM ĐỐC", "Phan Thị Hạnh"], ob.text_box(LIST)))
    assert _lines(data)[1:] == [*LIST, "GIÁM ĐỐC", "Phan Thị Hạnh"]


def test_other_boxes_stay_after_their_line(tmp_path: Path) -> None:
    # a Nơi nhận box anchored in the task's paragraph, or in the signer's name (not capitals)
    data = _docx(tmp_path / "a.docx", _signoff(-1, SIGNER, ob.text_box(LIST)))
    assert _lines(data) == [_lines(data)[0], *LIST, *SIGNER]
    data = _docx(tmp_path / "b.docx", _signoff(2, SIGNER, ob.text_box(LIST)))
    assert _lines(data)[1:] == [*SIGNER, *LIST]
    # a box of another kind (a stamp's note) anchored in the authority line
    data = _docx(tmp_path / "c.docx", _signoff(0, SIGNER, ob.text_box(["ĐÃ KÝ"])))
    assert _lines(data)[1:] == [SIGNER[0], "ĐÃ KÝ", *SIGNER[1:]]


# ---------------------------------------------------------------- items with their time at a tab stop

TAB = "<w:r><w:tab/></w:r>"
RIGHT = '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>'


def _tabbed(rows: list[tuple[str, str]]) -> str:
    return "".join(
        ob.para(ob.run(left) + (TAB + ob.run(right) if right else ""), jc="left", indent=False, extra=RIGHT) for left, right in rows
    )


@pytest.mark.parametrize(
    "rows",
    [
        [("- Đợt 1: phun thuốc diệt muỗi", "Tháng 5/2027"), ("- Đợt 2: phun thuốc diệt muỗi", "Tháng 8/2027")],
        [("a) Kiểm tra đợt một", "Quý II/2027"), ("b) Kiểm tra đợt hai", "Quý IV/2027"), ("c) Tổng kết", "Trước ngày 20/12/2027")],
        [("1. Khảo sát hiện trạng", "Thường xuyên"), ("2. Lập báo cáo", "Hằng quý")],
    ],
)
def test_items_with_their_time_at_a_tab_stop_read_line_by_line(tmp_path: Path, rows: list[tuple[str, str]]) -> None:
    data = _docx(tmp_path / "kh.docx", ob.text("Các thôn thực hiện như sau:") + _tabbed(rows))
    # (it was all the items, then all the times)
    assert _lines(data)[1:] == [f"{left}    {right}" for left, right in rows]


def test_a_header_and_a_signoff_typed_with_tabs_are_still_read_block_by_block(tmp_path: Path) -> None:
    header = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("XÃ TÂN AN", "Độc lập - Tự do - Hạnh phúc")]
    assert _lines(_docx(tmp_path / "h.docx", _tabbed(header))) == [
        "ỦY BAN NHÂN DÂN", "XÃ TÂN AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    ]  # fmt: skip
    # the Nơi nhận items on the left, the signer's block on the right (no "Nơi nhận:" row among them)
    signoff = [("- Như trên;", "TM. ỦY BAN NHÂN DÂN"), ("- Các thôn;", "CHỦ TỊCH"), ("- Lưu: VT.", "Võ Thanh Tùng")]
    assert _lines(_docx(tmp_path / "s.docx", ob.text("Nơi nhận:", indent=False) + _tabbed(signoff))) == [
        "Nơi nhận:", "- Như trên;", "- Các thôn;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thanh Tùng",
    ]  # fmt: skip
    # items beside a place and date (a header's second band) stay apart too
    band = [("- Số: 12/UBND", "Tân An, ngày 02 tháng 3 năm 2027"), ("- V/v tiêm phòng", "Tân An")]
    assert _lines(_docx(tmp_path / "b.docx", _tabbed(band)))[0] == "- Số: 12/UBND"


if __name__ == "__main__":  # write the fixtures
    _builder().main()
