"""Office files of our own wording (tests/fixtures/office, made by tests/office_build.py): DOCX as
Word writes it and the PDF LibreOffice prints from it. Each gives the record of its golden summary
(tests/fixtures/office/expected.json; regenerate with ``NDQ57_REGEN=1`` and review the diff), the
PDF the same record as its DOCX, and every cut of the appendix table (header row repeated on each
page or not, two tables, a row broken by the page) the same task rows."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes

OFFICE = FIXTURES / "office"
EXPECTED = OFFICE / "expected.json"
FILES = sorted(OFFICE.glob("*.docx")) + sorted(OFFICE.glob("*.pdf"))
PLANS = ("kh_repeat", "kh_norepeat", "kh_split", "kh_rowbreak")


def summary(doc: dict) -> dict:
    """The facts a reader of the file would note: header, sections, deadlines with their owners,
    footnotes, citations, and the rows of the task tables (row kind, label, cells with text)."""

    def tree(nodes: list[dict]) -> list:
        return [[n["path"], tree(n["children"])] for n in nodes]

    h = doc["document"]
    return {
        "header": [h["number"], h["type"], h["date"], h["place"], (h["signer"] or {}).get("name")],
        "sections": tree(doc["sections"]),
        "deadlines": [
            [d["due"], d["kind"], d["section"], sorted(f"{a['unit']} ({a['role']})" for a in d["assignees"])]
            for d in doc["deadlines"]
        ],
        "footnotes": [f["body"] for f in doc["footnotes"]],
        "citations": sorted(c["number"] or "" for c in doc["citations"]),
        "tables": [
            [[r["kind"], r["label"], [c["text"] for c in r["cells"] if c["text"]]] for r in t["rows"]]
            for t in doc["tables"]
        ],
    }


@pytest.fixture(scope="module")
def parsed() -> dict[str, dict]:
    return {p.name: parse_bytes(p.read_bytes(), source=p.name).to_dict() for p in FILES}


def test_there_are_office_files() -> None:
    assert {p.stem for p in FILES} >= {*PLANS, "tb_party", "khlt_joint"}
    assert all((OFFICE / f"{stem}.pdf").exists() and (OFFICE / f"{stem}.docx").exists() for stem in PLANS)


def test_golden_summaries(parsed: dict[str, dict]) -> None:
    # one golden per document: the other files must read as these (the tests below)
    names = ("kh_repeat.docx", "tb_party.docx", "khlt_joint.docx", "kh_merged_stt.docx", "kh_party_appendix.docx")
    got = {name: summary(parsed[name]) for name in names}
    if os.environ.get("NDQ57_REGEN"):
        EXPECTED.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(EXPECTED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem", sorted({p.stem for p in FILES}))
def test_pdf_reads_as_its_docx(parsed: dict[str, dict], stem: str) -> None:
    pdf, docx = summary(parsed[f"{stem}.pdf"]), summary(parsed[f"{stem}.docx"])
    assert pdf == docx


def test_every_cut_of_the_appendix_gives_the_same_rows(parsed: dict[str, dict]) -> None:
    first = summary(parsed["kh_repeat.pdf"])
    for stem in PLANS:
        for ext in ("pdf", "docx"):
            assert summary(parsed[f"{stem}.{ext}"]) == first, f"{stem}.{ext}"
    rows = [r for r in first["tables"][-1] if r[0] == "task"]
    assert [r[1] for r in rows] == [str(n) for n in range(1, 10)]  # the automatic STT numbers
    # the lead unit merged down over three tasks is each task's lead
    assert [r[2][2] for r in rows[:3]] == ["Văn phòng HĐND và UBND huyện"] * 3
    leads = {d[0]: d[3] for d in first["deadlines"] if d[2].startswith("Phụ lục")}
    assert "UBND các xã, thị trấn (lead)" in leads["2026-11-15"]  # merged over a page break (as written)
    assert "Phòng Nội vụ (lead)" in leads["2026-12-10"]


def test_page_furniture_and_word_features(parsed: dict[str, dict]) -> None:
    pdf_text = extracted_text((OFFICE / "kh_norepeat.pdf").read_bytes())
    assert "Phụ lục Kế hoạch số 41/KH-UBND" not in pdf_text  # the running footer
    assert pdf_text.count("| STT | Nhiệm vụ |") == 1
    docx_text = extracted_text((OFFICE / "kh_repeat.docx").read_bytes())
    assert "\nDỰ THẢO\nlần 2\n" in docx_text  # the text box
    assert "15/4/2026" not in docx_text  # a deleted date (tracked change)
    assert docx_text.count("Báo cáo gửi kèm bản điện tử") == 1  # moved text, read where it went
    dues = [d[0] for d in summary(parsed["kh_repeat.docx"])["deadlines"]]
    assert "2026-04-30" in dues and "2026-06-20" in dues  # the inserted date, a field's result


def test_party_labels_and_borderless_tables(parsed: dict[str, dict]) -> None:
    text = extracted_text((OFFICE / "tb_party.pdf").read_bytes())
    assert "2.4. Các chi bộ thôn tập trung:" in text.splitlines()  # a label set off by a tab
    assert "+ Vận động nhân dân tham gia hiến đất làm đường giao thông nông" in text.splitlines()
    tables = summary(parsed["tb_party.pdf"])["tables"]
    assert len(tables) == 4 and all(len(r[2]) == 4 for t in tables[:3] for r in t)
    assert "Kiểm tra, giám sát việc thực hiện Kế hoạch số 41/KH-UBND tại các thôn, khu dân cư" in tables[1][1][2]
    # a ruled table whose header takes two rows (the time heading merged across its parts)
    assert [r[0] for r in tables[3]] == ["header", "header", "task", "task", "task"]
    assert tables[3][3][2] == ["2", "Lập hồ sơ đề nghị tặng Huy hiệu Đảng đợt 2/9", "Văn phòng Đảng ủy",
                               "Tháng 5/2026", "Tháng 7/2026"]  # fmt: skip
    dues = {d[0]: d for d in summary(parsed["tb_party.pdf"])["deadlines"] if d[2].startswith("2.6")}
    assert sorted(dues) == ["2026-06-30", "2026-07-31", "2026-11-30"]  # the ends, not the starts


def test_joint_plan_table_over_a_page_and_signers_side_by_side(parsed: dict[str, dict]) -> None:
    """A borderless task table cut by a page break (no header row repeated; the page number on
    top of the second page) reads as one table of eleven tasks in two groups (a group's row merged
    across the columns), the heading after it stays a
    heading; a borderless table without row numbers keeps its wrapped cells whole; the two signers printed side by side beside Nơi nhận are read apart: the record's
    signer is the right-hand one, as a text export of the page gives it."""
    text = extracted_text((OFFICE / "khlt_joint.pdf").read_bytes())
    rows = [ln for ln in text.splitlines() if ln.startswith("| ")]
    labels = ["| TT", "| A", "| 1", "| 2", "| 3", "| B"] + [f"| {n}" for n in range(4, 12)]
    assert [r.split(" | ")[0] for r in rows[:14]] == labels
    assert all(r.count(" | ") == 3 for r in rows[:14])
    assert rows[1] == "| A | KHẢO SÁT, VẬN ĐỘNG NGUỒN LỰC |  |  |"  # a group's row, merged across
    assert "III. TỔ CHỨC THỰC HIỆN" in text.splitlines()
    # the reports' table has no column of row numbers: a wrapped first cell stays one row
    assert len(rows) == 18 and all(r.count(" | ") == 2 for r in rows[14:])
    assert rows[17].startswith("| Tình hình giải ngân kinh phí hỗ trợ và các khó khăn, vướng mắc phát sinh trong quá")
    h = parsed["khlt_joint.pdf"]["document"]
    assert (h["signer"]["name"], h["signer"]["title"]) == ("Võ Đình Trung", "PHÓ CHỦ TỊCH")
    assert h["signer"]["authority"] == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"
    assert h["distribution"] == ["UBND huyện (b/c)", "Ủy ban MTTQ huyện (b/c)", "Các thôn", "Lưu: VT"]
    assert len(summary(parsed["khlt_joint.pdf"])["deadlines"]) == 14


def test_files_stay_small() -> None:
    assert sum(p.stat().st_size for p in FILES) < 720_000  # (the fonts embedded: ~50 KB a PDF)


def test_docx_tracked_row_deletion_and_spread_header(tmp_path: Path) -> None:
    """A task row deleted with tracked changes is gone, a row inside a content control is read; a
    header table whose rows' borders differ (three grid columns, two cells a row) is still read
    cell by cell."""
    import office_build as ob

    head = ob.table(
        [
            ob.cell(ob.cell_text("ỦY BAN NHÂN DÂN\nXÃ PHÚ AN", b=True), 3800)
            + ob.cell(ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True), 5600, span=2),
            ob.cell(ob.cell_text("Số: 09/KH-UBND"), 4300, span=2)
            + ob.cell(ob.cell_text("Phú An, ngày 02 tháng 4 năm 2026", i=True), 5100),
        ],
        [3800, 500, 5100],
        ruled=False,
    )
    widths = [800, 4600, 2700, 1700]
    rows = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Rà soát hồ sơ địa chính", "Công chức Địa chính - Xây dựng", "Tháng 5/2026"],
        [ob.DELETED_ROW + "2", "Tổ chức hội thảo", "Văn phòng HĐND và UBND xã", "Tháng 6/2026"],
        ["3", "Cập nhật bản đồ số", "Công chức Địa chính - Xây dựng", "Quý III/2026"],
    ]
    body_rows = []
    for row in rows:
        deleted = row[0].startswith(ob.DELETED_ROW)
        cells = "".join(ob.cell(ob.cell_text(t.replace(ob.DELETED_ROW, "")), w) for t, w in zip(row, widths, strict=True))
        body_rows.append((ob.DELETED_ROW if deleted else "") + cells)
    tasks = ob.table(body_rows, widths, ruled=True)
    # the last row wrapped in a content control, as forms made by an e-office system have it
    last = tasks.rindex("<w:tr>")
    tasks = tasks[:last] + "<w:sdt><w:sdtPr/><w:sdtContent>" + tasks[last:].replace("</w:tr>", "</w:tr></w:sdtContent></w:sdt>", 1)
    body = head + tasks + ob.section(False, title_page=True, footer=False)
    path = tmp_path / "ke-hoach.docx"
    ob.write_docx(path, body, [], "")
    text = extracted_text(path.read_bytes())
    assert text.splitlines()[:5] == ["ỦY BAN NHÂN DÂN", "XÃ PHÚ AN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""]
    assert "Số: 09/KH-UBND" in text.splitlines() and "Tổ chức hội thảo" not in text
    assert "| 3 | Cập nhật bản đồ số | Công chức Địa chính - Xây dựng | Quý III/2026 |" in text


def test_docx_blocks_set_with_tab_stops(tmp_path: Path) -> None:
    """A header and a sign-off typed without a table, the two blocks set apart with tab stops,
    read block by block (the number and date line opening a second band); articles whose label
    a tab sets off from the text stay whole."""
    import office_build as ob

    stops = '<w:tabs><w:tab w:val="center" w:pos="1800"/><w:tab w:val="center" w:pos="6500"/></w:tabs>'

    def tabbed(text: str) -> str:
        return ob.para(ob.run(text), indent=False, jc=None, after=0, extra=stops)

    body = "".join(
        [
            tabbed("\tỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            tabbed("\tHUYỆN NGỌC SƠN\tĐộc lập - Tự do - Hạnh phúc"),
            tabbed(""),
            tabbed("\tSố: 52/QĐ-UBND\tNgọc Sơn, ngày 20 tháng 4 năm 2026"),
            ob.para(ob.run("QUYẾT ĐỊNH"), jc="center", indent=False),
            ob.para(ob.run("Về việc tổ chức tập huấn kỹ năng số năm 2026"), jc="center", indent=False),
            ob.para(ob.run("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NGỌC SƠN"), jc="center", indent=False),
            ob.para(ob.run("Căn cứ Kế hoạch số 41/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân huyện;")),
            ob.para(ob.run("QUYẾT ĐỊNH:"), jc="center", indent=False),
            tabbed("Điều 1.\tGiao Phòng Nội vụ tổ chức tập huấn, hoàn thành trước ngày 30/6/2026."),
            tabbed("Điều 2.\tQuyết định này có hiệu lực kể từ ngày ký."),
            tabbed("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN"),
            tabbed("- Như Điều 2;\tCHỦ TỊCH"),
            tabbed("- Lưu: VT."),
            tabbed(""),
            tabbed("\tLê Văn An"),
            ob.section(False, title_page=True, footer=False),
        ]
    )
    path = tmp_path / "quyet-dinh.docx"
    ob.write_docx(path, body, [], "")
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines[:6] == [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN NGỌC SƠN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 52/QĐ-UBND",
        "Ngọc Sơn, ngày 20 tháng 4 năm 2026",
    ]
    assert "Điều 1.    Giao Phòng Nội vụ tổ chức tập huấn, hoàn thành trước ngày 30/6/2026." in lines
    assert lines[-6:] == ["Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn An"]
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    h = doc["document"]
    assert (h["number"], h["date"], h["place"], h["signer"]["name"]) == ("52/QĐ-UBND", "2026-04-20", "Ngọc Sơn", "Lê Văn An")
    assert [d["due"] for d in doc["deadlines"]] == ["2026-06-30"]


def test_docx_content_controls_in_cells_hidden_text_small_caps_and_deleted_list_items(tmp_path: Path) -> None:
    """Header cells whose paragraphs a content control wraps (forms of an e-office system) are
    read; hidden text (``w:vanish``) and comments are not; a title typed in lower case with small
    capitals reads in capitals; a numbered paragraph deleted with tracked changes (its mark
    deleted too) is gone and does not take a number; a positional tab parts words."""
    import office_build as ob

    def control(inner: str) -> str:
        return f'<w:sdt><w:sdtPr><w:alias w:val="Trich yeu"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'

    def styled(t: str, props: str) -> str:
        return ob.run(t).replace("<w:r>", f"<w:r><w:rPr>{props}</w:rPr>", 1)

    head = ob.table(
        [
            ob.cell(control(ob.cell_text("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", b=True, jc="center")), 4000)
            + ob.cell(ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True), 5400),
            ob.cell(control(ob.cell_text("Số: 17/KH-UBND", jc="center")), 4000)
            + ob.cell(ob.cell_text("Hòa Bình, ngày 03 tháng 5 năm 2026", i=True, jc="center"), 5400),
        ],
        [4000, 5400],
        ruled=False,
    )
    mark_deleted = '<w:rPr><w:del w:id="906" w:author="Chuyen vien" w:date="2026-05-02T08:00:00Z"/></w:rPr>'
    body = "".join(
        [
            head,
            ob.para(styled("kế hoạch", "<w:b/><w:smallCaps/>"), jc="center", indent=False),
            ob.para(ob.run("Triển khai chuyển đổi số năm 2026"), jc="center", indent=False),
            ob.para(
                ob.run("Văn phòng - Thống kê hoàn thành báo cáo trước ngày 15/6/2026")
                + styled(" (dự kiến trước ngày 01/6/2026)", "<w:vanish/>")
                + ob.run("."),
                num=(ob.PAREN, 0),
            ),
            ob.para(ob.deleted("Công an xã báo cáo trước ngày 20/6/2026."), num=(ob.PAREN, 0), extra=mark_deleted),
            ob.para(
                '<w:commentRangeStart w:id="1"/>'
                + ob.run("Công chức Tư pháp - Hộ tịch báo cáo trước ngày 30/6/2026.")
                + '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>',
                num=(ob.PAREN, 0),
            ),
            ob.para(ob.run("Kinh phí") + '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="dot"/></w:r>' + ob.run("Ngân sách xã")),
            ob.section(False, title_page=True, footer=False),
        ]
    )
    path = tmp_path / "ke-hoach.docx"
    ob.write_docx(path, body, [], "")
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines[:6] == [
        "ỦY BAN NHÂN DÂN",
        "XÃ HÒA BÌNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 17/KH-UBND",
        "Hòa Bình, ngày 03 tháng 5 năm 2026",
    ]
    assert lines[6:] == [
        "KẾ HOẠCH",
        "Triển khai chuyển đổi số năm 2026",
        "(1) Văn phòng - Thống kê hoàn thành báo cáo trước ngày 15/6/2026.",
        "(2) Công chức Tư pháp - Hộ tịch báo cáo trước ngày 30/6/2026.",
        "Kinh phí    Ngân sách xã",
    ]
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    h = doc["document"]
    assert (h["number"], h["type"], h["date"], h["place"]) == ("17/KH-UBND", "Kế hoạch", "2026-05-03", "Hòa Bình")
    assert [d["due"] for d in doc["deadlines"]] == ["2026-06-15", "2026-06-30"]


def test_docx_endnotes_read_as_footnotes(tmp_path: Path) -> None:
    """Notes at the end of the document (``w:endnoteReference``, ``endnotes.xml``) are read as
    footnotes: numbered with the footnotes in the order of their references, each body after the
    paragraph that refers to it; a paragraph between two bodies that refers to the second one is
    text, not the first body's second line."""
    import office_build as ob

    head = ob.table(
        [
            ob.cell(ob.cell_text("HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC TRUNG", b=True, jc="center"), 4000)
            + ob.cell(ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True), 5400),
            ob.cell(ob.cell_text("Số: 08/KH-HĐND", jc="center"), 4000)
            + ob.cell(ob.cell_text("Bắc Trung, ngày 03 tháng 5 năm 2026", i=True, jc="center"), 5400),
        ],
        [4000, 5400],
        ruled=False,
    )
    body = "".join(
        [
            head,
            ob.centred([("KẾ HOẠCH", {"b": True}), ("Giám sát chuyên đề năm 2026", {"b": True})], after=120),
            ob.para(ob.run("Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh") + ob.endnote_ref(1) + ob.run(", Thường trực ban hành Kế hoạch:")),
            ob.para(ob.run("Căn cứ Luật Tổ chức chính quyền địa phương") + ob.footnote_ref(1) + ob.run(", các Ban giám sát.")),
            ob.para(ob.run("Các Ban gửi báo cáo kết quả giám sát trước ngày 10/7/2026") + ob.endnote_ref(2) + ob.run(".")),
            ob.section(False, title_page=False, footer=False),
        ]
    )
    path = tmp_path / "ke-hoach.docx"
    notes = ["Luật số 72/2025/QH15."]
    ob.write_docx(path, body, notes, "", endnotes=["Nghị quyết số 15/NQ-HĐND ngày 10/12/2025.", "Kỳ họp thường lệ giữa năm."])
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines[8:] == [
        "Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh[1], Thường trực ban hành Kế hoạch:",
        "[1] Nghị quyết số 15/NQ-HĐND ngày 10/12/2025.",
        "Căn cứ Luật Tổ chức chính quyền địa phương[2], các Ban giám sát.",
        "[2] Luật số 72/2025/QH15.",
        "Các Ban gửi báo cáo kết quả giám sát trước ngày 10/7/2026[3].",
        "[3] Kỳ họp thường lệ giữa năm.",
    ]
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    assert [f["body"] for f in doc["footnotes"]] == [
        "Nghị quyết số 15/NQ-HĐND ngày 10/12/2025.",
        "Luật số 72/2025/QH15.",
        "Kỳ họp thường lệ giữa năm.",
    ]
    assert [d["due"] for d in doc["deadlines"]] == ["2026-07-10"]


def test_docx_header_in_nested_tables_with_a_text_box(tmp_path: Path) -> None:
    """A header whose two blocks are tables set in the cells of an outer table, with a text box
    (DrawingML and its VML fallback) in a cell of the inner table: each line read once, in order."""
    import office_build as ob

    issuer = ob.cell_text("UBND TỈNH AN LẠC\nSỞ NỘI VỤ", b=True, jc="center") + ob.para(ob.text_box(["Mẫu 02"]), indent=False)
    inner_left = ob.table([ob.cell(issuer, 3800)], [3800], ruled=False)
    national = ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True)
    inner_right = ob.table([ob.cell(national, 5400)], [5400], ruled=False)
    head = ob.table(
        [
            ob.cell(inner_left + "<w:p/>", 4000) + ob.cell(inner_right + "<w:p/>", 5400),
            ob.cell(ob.cell_text("Số: 215/SNV-TCBC\nV/v tuyển dụng viên chức", jc="center"), 4000)
            + ob.cell(ob.cell_text("An Lạc, ngày 14 tháng 4 năm 2026", i=True, jc="center"), 5400),
        ],
        [4000, 5400],
        ruled=False,
    )
    body = "".join(
        [
            head,
            ob.para(ob.run("Đề nghị các đơn vị gửi danh sách về Sở Nội vụ trước ngày 25/4/2026.")),
            ob.section(False, title_page=False, footer=False),
        ]
    )
    path = tmp_path / "cong-van.docx"
    ob.write_docx(path, body, [], "")
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines[:8] == [
        "UBND TỈNH AN LẠC",
        "SỞ NỘI VỤ",
        "Mẫu 02",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 215/SNV-TCBC",
        "V/v tuyển dụng viên chức",
        "An Lạc, ngày 14 tháng 4 năm 2026",
    ]
    h = parse_bytes(path.read_bytes(), source=path.name).to_dict()["document"]
    assert (h["number"], h["date"], h["place"]) == ("215/SNV-TCBC", "2026-04-14", "An Lạc")


def test_docx_header_in_text_boxes_and_a_centred_title_ending_where_the_body_starts(tmp_path: Path) -> None:
    """The two header blocks drawn as text boxes anchored in one paragraph; the title block is
    centred (directly or by its paragraph style), the body justified: the change of alignment ends
    the title, so a short first sentence of the body (with its deadline) is not read into it."""
    import office_build as ob

    boxes = ob.text_box(["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 33/TB-UBND"]) + ob.text_box(
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tân Phú, ngày 08 tháng 6 năm 2026"]
    )
    body = "".join(
        [
            ob.para(boxes, indent=False),
            ob.centred([("THÔNG BÁO", {"b": True})]),
            ob.para(ob.run("Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 6", b=True), style="TieuDe", indent=False, jc=None),
            ob.para(ob.run("Giao Văn phòng - Thống kê tổng hợp, báo cáo trước ngày 20/6/2026.")),
            ob.section(False, title_page=False, footer=False),
        ]
    )
    path = tmp_path / "thong-bao.docx"
    ob.write_docx(path, body, [], "")
    styles = ob.STYLES.replace(
        "</w:styles>",
        '<w:style w:type="paragraph" w:styleId="TieuDe"><w:name w:val="Tieu de"/><w:basedOn w:val="TieuDeGoc"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="TieuDeGoc"><w:name w:val="Tieu de goc"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:jc w:val="center"/></w:pPr></w:style></w:styles>',
    )
    ob.replace_part(path, "word/styles.xml", styles)
    text = extracted_text(path.read_bytes())
    assert "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 6\n\nGiao Văn phòng" in text
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    h = doc["document"]
    assert (h["number"], h["type"], h["date"]) == ("33/TB-UBND", "Thông báo", "2026-06-08")
    assert h["title"] == "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 6"
    assert [d["due"] for d in doc["deadlines"]] == ["2026-06-20"]


def test_docx_bullets_of_symbol_fonts_read_as_dashes(tmp_path: Path) -> None:
    """Bullets of Wingdings (arrows, diamonds, squares) in a bullet list level or typed as a
    ``w:sym`` before the text read as the dash a directive's items start with, so each item keeps
    its own owner; the Symbol font's round bullet stays "•"."""
    import office_build as ob

    numbering = ob.numbering_xml().replace(
        "</w:numbering>",
        '<w:abstractNum w:abstractNumId="20"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0d8"/>'
        '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
        '</w:abstractNum><w:num w:numId="20"><w:abstractNumId w:val="20"/></w:num></w:numbering>',
    )

    def sym(code: str) -> str:
        return f'<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:sym w:font="Wingdings" w:char="{code}"/></w:r>'

    head = ob.table(
        [
            ob.cell(ob.cell_text("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", b=True, jc="center"), 4000)
            + ob.cell(ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True), 5400),
            ob.cell(ob.cell_text("Số: 21/KH-UBND", jc="center"), 4000)
            + ob.cell(ob.cell_text("Hòa Bình, ngày 03 tháng 5 năm 2026", i=True, jc="center"), 5400),
        ],
        [4000, 5400],
        ruled=False,
    )
    body = "".join(
        [
            head,
            ob.centred([("KẾ HOẠCH", {"b": True}), ("Tổng vệ sinh môi trường năm 2026", {"b": True})], after=120),
            ob.para(ob.run("I. NHIỆM VỤ")),
            ob.para(ob.run("Công chức Văn hóa - Xã hội xây dựng kế hoạch tuyên truyền, hoàn thành trước ngày 15/5/2026"), num=(20, 0)),
            ob.para(ob.run("Đoàn Thanh niên xã ra quân tổng vệ sinh, hoàn thành trước ngày 30/5/2026"), num=(20, 0)),
            ob.para(ob.run("Hội Nông dân xã vận động hội viên thu gom rác thải, hoàn thành trước ngày 05/6/2026"), num=(20, 1)),
            ob.para(sym("F076") + "<w:r><w:tab/></w:r>" + ob.run("Công an xã bảo đảm an ninh trật tự, báo cáo trước ngày 10/6/2026.")),
            ob.section(False, title_page=False, footer=False),
        ]
    )
    path = tmp_path / "ke-hoach.docx"
    ob.write_docx(path, body, [], "")
    ob.replace_part(path, "word/numbering.xml", numbering)
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert [ln[:2] for ln in lines[-4:]] == ["- ", "- ", "• ", "- "]
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    assert [(d["due"], [a["unit"] for a in d["assignees"]]) for d in doc["deadlines"]] == [
        ("2026-05-15", ["Công chức Văn hóa - Xã hội"]),
        ("2026-05-30", ["Đoàn Thanh niên xã"]),
        ("2026-06-05", ["Hội Nông dân xã"]),
        ("2026-06-10", ["Công an xã"]),
    ]


def test_docx_table_of_contents_is_not_read(tmp_path: Path) -> None:
    """The lines of a table of contents (paragraph styles "toc 1" ... "toc 9", a TOC field with
    page numbers set off by a tab) are left out: the headings they list are read where they are,
    once, and their page numbers are not a column of the text."""
    import office_build as ob

    styles = ob.STYLES.replace(
        "</w:styles>",
        '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/></w:style></w:styles>',
    )
    stops = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs>'

    def entry(heading: str, page: str, style: str) -> str:
        page_ref = ob.field("PAGEREF _Toc1 \\h", page)
        link = f'<w:hyperlink w:anchor="_Toc1" w:history="1">{ob.run(heading)}<w:r><w:tab/></w:r>{page_ref}</w:hyperlink>'
        return ob.para(link, style=style, extra=stops)

    body = "".join(
        [
            ob.centred([("QUY CHẾ", {"b": True}), ("Phối hợp quản lý cụm công nghiệp", {"b": True})], after=120),
            entry("Chương I. QUY ĐỊNH CHUNG", "3", "TOC1"),
            entry("Điều 1. Phạm vi điều chỉnh", "3", "TOC2"),
            entry("Chương II. TRÁCH NHIỆM PHỐI HỢP", "5", "TOC1"),
            ob.para(ob.run("Chương I. QUY ĐỊNH CHUNG"), jc="center", indent=False),
            ob.para(ob.run("Điều 1. Phạm vi điều chỉnh")),
            ob.para(ob.run("Quy chế này quy định việc phối hợp quản lý cụm công nghiệp trên địa bàn huyện.")),
            ob.section(False, title_page=False, footer=False),
        ]
    )
    path = tmp_path / "quy-che.docx"
    ob.write_docx(path, body, [], "")
    ob.replace_part(path, "word/styles.xml", styles)
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines == [
        "QUY CHẾ",
        "Phối hợp quản lý cụm công nghiệp",
        "Chương I. QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh",
        "Quy chế này quy định việc phối hợp quản lý cụm công nghiệp trên địa bàn huyện.",
    ]


@pytest.mark.parametrize("stem", ["kh_merged_stt", "kh_merged_quy", "kh_merged_head", "kh_merged_foot"])
def test_numbers_merged_down_over_a_page_break(parsed: dict[str, dict], stem: str) -> None:
    """A task of two steps, its number and lead unit merged down over the steps' rows, under a
    header of two rows (a time heading over 'Bắt đầu' | 'Hoàn thành', the other headings merged
    down and wrapped: 'ST' over 'T') repeated on each page: the page break cuts the task's first
    step (its rest, under the repeated header, goes on its row; the second step, on the next page,
    keeps the lead unit merged from above) or a later task's row ('Quý' over 'II/2027'), or the
    header itself, not repeated (its words on the next page: 'T', 'hợp', 'thành'; or the header
    alone at a page's foot, 'thành' on the next, a footnote's mark in a task's cell). Each
    step's deadline is its end, with its lead and coordinating units, in the task's section."""
    got = summary(parsed[f"{stem}.pdf"])
    assert got == summary(parsed[f"{stem}.docx"])
    tasks = [r for r in got["tables"][-1] if r[0] == "task"]
    assert len(tasks) == 6
    assert [r[0] for r in got["tables"][-1][:2]] == ["header", "header"]
    dues = [(d[0], d[2], d[3]) for d in got["deadlines"] if d[2].startswith("II.2.")]
    assert dues[:4] == [
        ("2027-03-31", "II.2.1", ["Sở Công Thương (lead)", "Sở Tư pháp (coordinate)"]),
        ("2027-05-31", "II.2.1", ["Sở Công Thương (lead)", "Văn phòng UBND tỉnh (coordinate)"]),
        ("2027-06-30", "II.2.2", ["Sở Kế hoạch và Đầu tư (lead)", "Sở Tài nguyên và Môi trường (coordinate)"]),
        ("2027-09-30", "II.2.2", ["Sở Kế hoạch và Đầu tư (lead)", "UBND các huyện, thị xã, thành phố (coordinate)"]),
    ]
    text = extracted_text((OFFICE / f"{stem}.pdf").read_bytes())
    assert text.count("| STT | Nội dung nhiệm vụ |") == 1  # the header rows repeated on the next page dropped


def test_raised_footnote_mark_keeps_its_line_whole(parsed: dict[str, dict]) -> None:
    """A page of a LibreOffice PDF whose regular text has tight character boxes beside loose ones
    (bold headings, the sign-off): a footnote mark raised in a justified line left the letters
    going below it ('y', 'g', 'ụ') a line of their own, read as a table with the heading under it
    (section 1 lost)."""
    lines = extracted_text((OFFICE / "kh_party_appendix.pdf").read_bytes()).splitlines()
    assert "1. Mục đích, yêu cầu" in lines
    assert any(ln.startswith("ủy[1], Ban Thường vụ Đảng ủy xây dựng Kế hoạch") for ln in lines)
    got = summary(parsed["kh_party_appendix.pdf"])
    assert [s[0] for s in got["sections"]] == ["1", "2", "Phụ lục"]
    assert [d[2] for d in got["deadlines"]] == ["2", "Phụ lục.1", "Phụ lục.1", "Phụ lục.2", "Phụ lục.3"]


@pytest.mark.parametrize("kind", ["default", "first"])
def test_docx_header_set_in_the_page_header(tmp_path: Path, kind: str) -> None:
    """A template that sets the document's header (issuer | national title, number | place and
    date) in the page header part, the first page's own (``w:titlePg``) or every page's: it is
    read before the body, once; a page header holding a page number only stays out."""
    import office_build as ob

    head = ob.table(
        [
            ob.cell(ob.cell_text("ỦY BAN NHÂN DÂN\nXÃ PHÚ LẠC ĐÔNG", b=True, jc="center"), 4000)
            + ob.cell(ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True), 5400),
            ob.cell(ob.cell_text("Số: 61/KH-UBND", jc="center"), 4000)
            + ob.cell(ob.cell_text("Phú Lạc Đông, ngày 20 tháng 10 năm 2026", i=True, jc="center"), 5400),
        ],
        [4000, 5400],
        ruled=False,
    )
    sect = ob.section(False, title_page=kind == "first", footer=False)
    if kind == "first":
        sect = sect.replace('w:type="default"', 'w:type="first"')
    body = "".join(
        [
            ob.centred([("KẾ HOẠCH", {"b": True}), ("Rà soát hộ nghèo năm 2027", {"b": True})], after=120),
            ob.para(ob.run("1. Các thôn gửi danh sách về Ủy ban nhân dân xã trước ngày 20/11/2026.")),
            sect,
        ]
    )
    path = tmp_path / "ke-hoach.docx"
    ob.write_docx(path, body, [], "")
    plain = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert plain[0] == "KẾ HOẠCH"  # the page header holds a page number only
    header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {ob.NS}>{head}<w:p/></w:hdr>'
    ob.replace_part(path, "word/header1.xml", header)
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines[:7] == [
        "ỦY BAN NHÂN DÂN",
        "XÃ PHÚ LẠC ĐÔNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 61/KH-UBND",
        "Phú Lạc Đông, ngày 20 tháng 10 năm 2026",
        "KẾ HOẠCH",
    ]
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    meta = doc["document"]
    assert (meta["number"], meta["place"], meta["date"]) == ("61/KH-UBND", "Phú Lạc Đông", "2026-10-20")
    assert doc["source"]["extraction"]["lines"][0] == {"line": 1, "count": 2, "page_header": 1}
    assert [d["due"] for d in doc["deadlines"]] == ["2026-11-20"]


def test_docx_own_footnote_mark_and_content_written_twice(tmp_path: Path) -> None:
    """A footnote reference with its own mark (``w:customMarkFollows``, ``*``) reads as a numbered
    one, the mark off its body too; a symbol (a ticked box) and runs written twice in
    ``mc:AlternateContent`` (Word 2010's ``w14`` content, a WPS file's runs) are read once."""
    import office_build as ob

    own_mark = (
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        '<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>'
    )
    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    ticked = (
        f'<w:r><mc:AlternateContent><mc:Choice {w14} Requires="w14"><w:sym w:font="MS Gothic" w:char="2612"/></mc:Choice>'
        "<mc:Fallback><w:t>☒</w:t></mc:Fallback></mc:AlternateContent></w:r>"
    )
    twice = ob.run("Trưởng thôn Đông Hòa")
    body = "".join(
        [
            ob.para(ob.run("Các tổ dân phố báo cáo số hộ") + own_mark + ob.run(" trước ngày 12/12/2026.")),
            ob.para(ticked + ob.run(" Đã lập danh sách.")),
            ob.para(
                f'<mc:AlternateContent><mc:Choice Requires="wps">{twice}</mc:Choice><mc:Fallback>{twice}</mc:Fallback></mc:AlternateContent>'
                + ob.run(" nộp hồ sơ trước ngày 15/12/2026.")
            ),
            ob.section(False, title_page=False, footer=False),
        ]
    )
    path = tmp_path / "thong-bao.docx"
    ob.write_docx(path, body, [], "")
    notes = ob.footnotes_part(["Kể cả hộ tạm trú."]).replace("<w:footnoteRef/></w:r>", "<w:t>*</w:t></w:r>")
    ob.replace_part(path, "word/footnotes.xml", notes)
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines == [
        "Các tổ dân phố báo cáo số hộ[1] trước ngày 12/12/2026.",
        "[1] Kể cả hộ tạm trú.",
        "☒ Đã lập danh sách.",
        "Trưởng thôn Đông Hòa nộp hồ sơ trước ngày 15/12/2026.",
    ]


def test_docx_body_in_a_one_column_frame(tmp_path: Path) -> None:
    """A form that frames its body in a ruled table of one column, a row a part: the table is no
    data table (no pipe rows, the paragraphs of a cell joined), its paragraphs read as text."""
    import office_build as ob

    parts = [
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm dữ liệu dân cư đầy đủ, chính xác.",
        "II. NỘI DUNG\n1. Các tổ dân phố rà soát, cập nhật dữ liệu, hoàn thành trước ngày 15/01/2027.\n"
        "2. Công an phường xác thực dữ liệu, báo cáo trước ngày 31/01/2027.",
        "III. TỔ CHỨC THỰC HIỆN\nCác tổ dân phố triển khai thực hiện.",
        "Nơi nhận:\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhan Minh Tâm",
    ]
    frame = ob.table([ob.cell(ob.cell_text(p), 9000) for p in parts], [9000], ruled=True)
    path = tmp_path / "ke-hoach.docx"
    ob.write_docx(path, frame + ob.section(False, title_page=False, footer=False), [], "")
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines[:5] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm dữ liệu dân cư đầy đủ, chính xác.",
        "II. NỘI DUNG",
        "1. Các tổ dân phố rà soát, cập nhật dữ liệu, hoàn thành trước ngày 15/01/2027.",
        "2. Công an phường xác thực dữ liệu, báo cáo trước ngày 31/01/2027.",
    ]
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    assert [(d["due"], d["section"]) for d in doc["deadlines"]] == [("2027-01-15", "II.1"), ("2027-01-31", "II.2")]
    assert doc["document"]["signer"]["name"] == "Phan Minh Tâm"


def test_docx_header_table_with_empty_rows_between_its_blocks(tmp_path: Path) -> None:
    """A Công văn's header table of five rows, two of them left empty to space the blocks out (the
    subject 'V/v ...' under the number): read cell by cell as a header, not as a data table."""
    import office_build as ob

    def row(left: str, right: str) -> str:
        return ob.cell(ob.cell_text(left, jc="center") if left else "", 4000) + ob.cell(
            ob.cell_text(right, jc="center") if right else "", 5400
        )

    head = ob.table(
        [
            row("ỦY BAN NHÂN DÂN\nXÃ HÒA AN TÂY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            row("", ""),
            row("Số: 318/UBND-VP", "Hòa An Tây, ngày 02 tháng 12 năm 2026"),
            row("V/v cập nhật dữ liệu hộ nghèo năm 2027", ""),
            row("", ""),
        ],
        [4000, 5400],
        ruled=False,
    )
    body = head + ob.text("Kính gửi: Trưởng các thôn trên địa bàn xã.") + ob.section(False, title_page=False, footer=False)
    path = tmp_path / "cong-van.docx"
    ob.write_docx(path, body, [], "")
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert not any(ln.startswith("| ") for ln in lines)
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()["document"]
    assert (doc["number"], doc["date"], doc["subject"]) == ("318/UBND-VP", "2026-12-02", "cập nhật dữ liệu hộ nghèo năm 2027")


def test_docx_unfilled_content_controls_show_no_prompt(tmp_path: Path) -> None:
    """An e-office form's content controls left unfilled show their prompt (``w:showingPlcHdr``):
    the prompt is no text of the document, inline ("Số: <prompt>/TB-UBND") or a whole paragraph;
    a filled control reads as its text."""
    import office_build as ob

    def control(inner: str, *, prompt: bool) -> str:
        shown = "<w:showingPlcHdr/>" if prompt else ""
        return f'<w:sdt><w:sdtPr><w:alias w:val="So"/>{shown}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'

    prompt = ob.run("Bấm vào đây để nhập văn bản.")
    body = "".join(
        [
            ob.para(ob.run("Số: ") + control(prompt, prompt=True) + ob.run("/TB-UBND"), indent=False),
            control(ob.para(prompt), prompt=True),
            ob.para(ob.run("Hạn nộp báo cáo: ") + control(ob.run("trước ngày 10/12/2026"), prompt=False) + ob.run(".")),
            ob.section(False, title_page=False, footer=False),
        ]
    )
    path = tmp_path / "thong-bao.docx"
    ob.write_docx(path, body, [], "")
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines == ["Số: /TB-UBND", "Hạn nộp báo cáo: trước ngày 10/12/2026."]


def test_docx_signoff_table_set_row_by_row(tmp_path: Path) -> None:
    """A sign-off table set row by row (a Nơi nhận item beside a line of the signer's block in each
    row, empty rows for the signature) is read column by column: the list, then the signer."""
    import office_build as ob

    left = ["Nơi nhận:", "- Sở Nội vụ;", "- Các phòng chuyên môn;", "- Lưu: VT.", "", ""]
    right = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đặng Quốc Hưng"]
    rows = [
        ob.cell(ob.cell_text(a) if a else "", 4500) + ob.cell(ob.cell_text(b, jc="center") if b else "", 4900)
        for a, b in zip(left, right, strict=True)
    ]
    body = ob.text("Các phòng chuyên môn báo cáo trước ngày 20/12/2026.") + ob.table(rows, [4500, 4900], ruled=False)
    path = tmp_path / "cong-van.docx"
    ob.write_docx(path, body + ob.section(False, title_page=False, footer=False), [], "")
    lines = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert lines[1:] == [*left[:4], *right[:3], right[5]]
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()["document"]
    assert (doc["signer"]["name"], doc["signer"]["title"]) == ("Đặng Quốc Hưng", "PHÓ CHỦ TỊCH")
