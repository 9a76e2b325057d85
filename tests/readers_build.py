"""Build DOCX and PDF files from a fixture text (tests/fixtures/reader_*.txt), as a word processor
would: the header as a two-column table (DOCX) or two columns (PDF), Word's automatic numbering
instead of typed labels, a footnote, a task table, the sign-off in two columns.

The fixture's layout convention: blank-line separated blocks; blocks 1-4 are the header cells
(issuer, national title, number, place and date); then the title block; then the body, hard
wrapped, with labels ``I.``, ``1.``, ``a)``, ``[n] …`` footnote bodies and ``|`` table rows; the
last two blocks are the Nơi nhận list and the signer.
"""

from __future__ import annotations

import atexit
import functools
import io
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# The characters the PDFs are set in: Latin with the Vietnamese letters and their combining
# marks, punctuation, currency, letterlike signs, arrows, mathematical signs, box drawing and
# shapes, the Latin ligatures and the replacement character.
FONT_RANGES = (
    (0x20, 0x24F), (0x2B0, 0x36F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF),
    (0x2100, 0x215F), (0x2190, 0x22FF), (0x2500, 0x25FF), (0xFB00, 0xFB06), (0xFFFD, 0xFFFD),
)  # fmt: skip


@functools.cache
def font(name: str) -> str:
    """The DejaVu face ``name`` (FONT_DIR) cut to FONT_RANGES, once per process, as a file of a
    temporary folder removed at exit. Each PDF loads the face it is set in and subsets it when
    written (fpdf2 through fontTools): the whole face (~6000 glyphs, every script) costs each PDF
    ~50 ms of CPU more than the cut one (~1800 glyphs). The glyphs, their widths, the names and
    the hinting are those of the whole face. A face not installed is its path (add_font fails
    as on the whole face)."""
    path = FONT_DIR / name
    if not path.exists():
        return str(path)
    from fontTools import subset, ttLib

    face = ttLib.TTFont(str(path), recalcTimestamp=False, lazy=True)
    options = subset.Options(notdef_outline=True, recommended_glyphs=True, glyph_names=True)
    options.name_IDs, options.name_languages, options.layout_features = ["*"], ["*"], []
    options.drop_tables += ["FFTM"]  # (a table fontTools cannot cut; fpdf2 drops it too)
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[u for a, b in FONT_RANGES for u in range(a, b + 1)])
    cutter.subset(face)
    out = Path(_font_folder()) / name
    face.save(str(out))
    return str(out)


@functools.cache
def _font_folder() -> str:
    folder = tempfile.mkdtemp(prefix="ndq57-fonts-")
    atexit.register(shutil.rmtree, folder, True)
    return folder
LABEL = re.compile(r"^(?:(?P<roman>[IVX]+)\.|(?P<num>\d+)\.|(?P<letter>[a-zđ])\))\s+")


@dataclass
class Para:
    text: str
    level: int | None = None  # 0 roman, 1 decimal, 2 letter
    lines: list[str] = field(default_factory=list)  # the fixture's wrapped lines (label kept)


@dataclass
class Fixture:
    header: list[list[str]]  # issuer, national title, number, date
    title: list[str]
    body: list[Para | list[list[str]]]  # paragraphs and tables (rows of cells)
    notes: dict[str, str]
    distribution: list[str]
    signer: list[str]


def read_fixture(path: Path) -> Fixture:
    blocks: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    header, title, rest = blocks[:4], blocks[4], blocks[5:]
    distribution, signer = rest[-2], rest[-1]
    body: list[Para | list[list[str]]] = []
    notes: dict[str, str] = {}
    for block in rest[:-2]:
        if block[0].startswith("|"):
            body.append([[c.strip() for c in row.strip().strip("|").split("|")] for row in block])
            continue
        for line in block:
            m = re.match(r"^\[(\d+)\]\s+(.*)", line)
            if m:
                notes[m.group(1)] = m.group(2)
                continue
            lab = LABEL.match(line)
            if lab or not body or not isinstance(body[-1], Para):
                level = None
                if lab:
                    level = 0 if lab.group("roman") else 1 if lab.group("num") else 2
                body.append(Para(line[lab.end() :] if lab else line, level, [line]))
            else:
                last = body[-1]
                last.text += " " + line
                last.lines.append(line)
        body.append(Para(""))  # the block ends: a new paragraph
    body = [b for b in body if not (isinstance(b, Para) and not b.text)]
    return Fixture(header, title, body, notes, distribution, signer)


# ---------------------------------------------------------------- DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NUMBERING = f"""
<w:abstractNum xmlns:w="{W}" w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def build_docx(fx: Fixture, *, page_breaks: bool = True) -> bytes:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    # abstract definitions come before the w:num instances
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(parse_xml(NUMBERING))
    else:
        numbering.append(parse_xml(NUMBERING))
    numbering.append(parse_xml(NUM))
    # roman headings are numbered through their paragraph style, the other levels directly
    style = doc.styles.add_style("Muc", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
    )

    def numbered(p: object, level: int) -> None:
        ppr = p._p.get_or_add_pPr()  # type: ignore[attr-defined]
        ppr.append(parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    table = doc.add_table(rows=2, cols=2)
    for i, cell_lines in enumerate(fx.header):
        cell = table.cell(i // 2, i % 2)
        cell.paragraphs[0].text = cell_lines[0]
        for more in cell_lines[1:]:
            cell.add_paragraph(more)
    for line in fx.title:
        doc.add_paragraph(line)
    notes_xml = []
    for item in fx.body:
        if isinstance(item, list):
            t = doc.add_table(rows=len(item), cols=len(item[0]))
            for r, row in enumerate(item):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
            continue
        p = doc.add_paragraph(style="Muc" if item.level == 0 else None)
        if item.level in (1, 2):
            numbered(p, item.level)
        pieces = re.split(r"\[(\d+)\]", item.text)
        for k, piece in enumerate(pieces):
            if k % 2 == 0:
                words = piece.split(" ")
                if page_breaks and item.level == 2 and len(words) > 8:  # a page break inside a paragraph: ignored
                    half = len(words) // 2
                    p.add_run(" ".join(words[:half]) + " ")
                    p.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
                    p.add_run(" ".join(words[half:]))
                else:
                    p.add_run(piece)
            else:
                run = p.add_run()
                run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W}" w:id="{piece}"/>'))
                notes_xml.append(
                    f'<w:footnote w:id="{piece}"><w:p><w:r><w:footnoteRef/></w:r>'
                    f"<w:r><w:t xml:space=\"preserve\"> {fx.notes[piece]}</w:t></w:r></w:p></w:footnote>"
                )
    sign = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(sign.rows[0].cells, (fx.distribution, fx.signer), strict=True):
        cell.paragraphs[0].text = lines[0]
        for more in lines[1:]:
            cell.add_paragraph(more)
    body = (
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
        f'</w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:footnote>{''.join(notes_xml)}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, body.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- PDF


def build_pdf(fx: Fixture, *, nfd: bool = False, break_after: str | None = None, ruled: bool = True) -> bytes:
    """The fixture as a typeset PDF: two header columns, body lines as in the fixture (labels
    typed), a superscript footnote marker with its body at the foot of the page, a page number
    on the second page, ruled task table, sign-off in two columns. ``break_after``: a line after
    which the page ends (inside a paragraph). ``nfd``: every string decomposed. ``ruled``: False
    draws the task table without its borders (a table whose borders a word processor hid)."""
    from fpdf import FPDF

    def t(s: str) -> str:
        return unicodedata.normalize("NFD" if nfd else "NFC", s)

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", font("DejaVuSans-Bold.ttf"))
    pdf.add_page()
    y = 15.0

    def column(lines: list[str], x: float, w: float, y0: float, bold: bool = False) -> float:
        pdf.set_font("DejaVu", "B" if bold else "", 10)
        for line in lines:
            pdf.set_xy(x, y0)
            pdf.cell(w, 5, t(line), align="C")
            y0 += 5
        return y0

    left = column(fx.header[0], 10, 75, y, bold=True)
    right = column(fx.header[1], 90, 110, y, bold=True)
    y = max(left, right) + 3
    column(fx.header[2], 10, 75, y)
    column(fx.header[3], 90, 110, y)
    y += 12
    y = column(fx.title, 10, 190, y, bold=True) + 4
    pending_notes: list[tuple[str, str]] = []

    def foot_and_new_page() -> float:
        nonlocal pending_notes
        fy = 272.0
        for mark, text in pending_notes:
            pdf.set_font("DejaVu", "", 6)
            pdf.set_xy(20, fy - 1.2)
            pdf.cell(3, 3, mark)
            pdf.set_font("DejaVu", "", 8)
            pdf.set_xy(22.5, fy)
            pdf.cell(170, 4, t(text))
            fy += 4
        pending_notes = []
        pdf.add_page()
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(100, 8)
        pdf.cell(10, 4, str(pdf.page_no()), align="C")
        return 18.0

    def body_line(line: str, y: float) -> None:
        x = 20.0
        for k, piece in enumerate(re.split(r"\[(\d+)\]", line)):
            if k % 2:
                pdf.set_font("DejaVu", "", 6.5)
                pdf.set_xy(x, y - 1.0)
                pdf.cell(pdf.get_string_width(piece) + 0.2, 4, piece)
                x += pdf.get_string_width(piece) + 0.3
                pending_notes.append((piece, fx.notes[piece]))
                continue
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_xy(x, y)
            pdf.cell(pdf.get_string_width(t(piece)), 5.5, t(piece))
            x += pdf.get_string_width(t(piece))

    for item in fx.body:
        if isinstance(item, list):
            widths = (12, 80, 48, 30)
            pdf.set_font("DejaVu", "", 9.5)
            for row in item:
                x = 20.0
                for w, text in zip(widths, row, strict=True):
                    pdf.set_xy(x, y)
                    pdf.cell(w, 7, t(text), border=1 if ruled else 0)
                    x += w
                y += 7
            y += 3
            continue
        for line in item.lines:
            body_line(line, y)
            y += 5.8
            if line == break_after:
                y = foot_and_new_page()
    y += 6
    left = column(fx.distribution, 20, 80, y)
    column(fx.signer, 110, 80, y, bold=True)
    if pending_notes:
        foot_and_new_page()
    return bytes(pdf.output())


def build_unruled_table_pdf(
    rows: list[list[str]], widths: list[float], before: str, after: str, align: str = "L"
) -> bytes:
    """A page with a paragraph, a table drawn without borders whose cells wrap over several lines
    (each cell's text broken to its column's width and aligned by ``align``: L, C or J; rows as
    tall as their tallest cell), and a paragraph after it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10.5)
    pdf.set_xy(20, 20)
    pdf.multi_cell(170, 5.5, before)
    y = pdf.get_y() + 4
    pdf.set_font("DejaVu", "", 9.5)
    for row in rows:
        x, tallest = 20.0, 0.0
        for w, text in zip(widths, row, strict=True):
            pdf.set_xy(x, y)
            pdf.multi_cell(w - 2, 5, text, border=0, align=align)
            tallest = max(tallest, pdf.get_y() - y)
            x += w
        y += tallest + 1.5
    pdf.set_font("DejaVu", "", 10.5)
    pdf.set_xy(20, y + 6)
    pdf.multi_cell(170, 5.5, after)
    return bytes(pdf.output())


def build_turned_table_pdf(angle: int) -> bytes:
    """A landscape appendix printed turned on a portrait sheet: the title and a ruled task table
    drawn ``angle`` degrees (90 or -90) around the page's middle, the page's /Rotate set so that a
    viewer shows it upright; and a note printed up the left margin (the other way)."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    rows = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
        ["1", "Rà soát quy chế phối hợp", "Phòng Nội vụ", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số", "Phòng Văn hóa và Thông tin", "Tháng 6/2026"],
    ]
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    with pdf.rotation(angle, x=105, y=148):
        x0, y0 = 5.0, 128.0
        pdf.set_xy(x0, y0 - 15)
        pdf.cell(200, 6, "PHỤ LỤC DANH MỤC NHIỆM VỤ")
        y = y0
        for row in rows:
            x = x0
            for w, text in zip((12, 90, 60, 35), row, strict=True):
                pdf.set_xy(x, y)
                pdf.cell(w, 8, text, border=1)
                x += w
            y += 8
    pdf.set_font("DejaVu", "", 7)
    with pdf.rotation(-angle, x=8, y=200):
        pdf.set_xy(8, 200)
        pdf.cell(80, 4, "Ký số: Văn phòng UBND huyện")
    doc = pdfium.PdfDocument(bytes(pdf.output()))
    doc[0].set_rotation(90 if angle > 0 else 270)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def build_cut_footnote_pdf() -> bytes:
    """Two pages: a paragraph whose footnote is too long for the first page's foot, so its end is
    printed at the foot of the second page, above nothing else; the text runs on over the page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    body1 = [
        "Thực hiện Hướng dẫn của Ban Tổ chức Tỉnh ủy",
        "về công tác phát triển đảng viên, Đảng ủy xã giao các chi bộ rà soát nguồn kết nạp,",
        "hoàn thành trước ngày 30/6/2026; Văn phòng Đảng ủy tổng hợp danh sách và",
    ]
    filler = [
        "Các chi bộ tiếp tục quán triệt đầy đủ các quy định của Trung ương về công tác",
        "phát triển đảng viên, chú trọng bồi dưỡng quần chúng ưu tú là đoàn viên thanh niên,",
        "người lao động tại các doanh nghiệp; kịp thời giới thiệu quần chúng đủ điều kiện",
        "tham dự lớp bồi dưỡng nhận thức về Đảng do Trung tâm Chính trị huyện tổ chức.",
    ]
    body1 += filler
    body1[-1] = "tham dự lớp bồi dưỡng nhận thức về Đảng do Trung tâm Chính trị huyện tổ chức và"
    body2 = ["báo cáo Ban Thường vụ Đảng ủy trước ngày 15/7/2026.", *filler]
    note1 = [
        "Hướng dẫn số 12-HD/BTCTU ngày 05/01/2026 của Ban Tổ chức Tỉnh ủy về một số nội dung",
        "cụ thể trong công tác phát triển đảng viên ở cơ sở, gồm điều kiện, hồ sơ và quy trình",
    ]
    note2 = ["xét kết nạp đảng viên đối với người đang công tác tại các doanh nghiệp ngoài nhà nước."]
    for page, (body, note) in enumerate(((body1, note1), (body2, note2))):
        pdf.add_page()
        y = 30.0
        for k, line in enumerate(body):
            pdf.set_font("DejaVu", "", 12)
            pdf.set_xy(20, y)
            pdf.cell(pdf.get_string_width(line), 6, line)
            if page == 0 and k == 0:  # the footnote mark after the first line's last word
                x = 20 + pdf.get_string_width(line)
                pdf.set_font("DejaVu", "", 7)
                pdf.set_xy(x + 0.2, y - 1.2)
                pdf.cell(3, 4, "1")
            y += 7
        fy = 262.0
        for k, line in enumerate(note):
            if page == 0 and k == 0:
                pdf.set_font("DejaVu", "", 6)
                pdf.set_xy(20, fy - 1.2)
                pdf.cell(3, 3, "1")
            pdf.set_font("DejaVu", "", 9)
            pdf.set_xy(22.5, fy)
            pdf.cell(170, 4, line)
            fy += 4.5
    return bytes(pdf.output())


def build_separated_note_pdf(note_size: int = 12) -> bytes:
    """One page as a word processor prints it: a text of 13 points, its footnote of ``note_size``
    points under the short separator rule at the left margin, and the sign-off of 12 points in
    two columns (Nơi nhận | the signer) above the note; a word with a ligature (``ﬁle``)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_page()
    body = [
        "Thực hiện Kế hoạch của Ủy ban nhân dân huyện về chuyển đổi số",
        "năm 2027, Ủy ban nhân dân xã giao các thôn cập nhật dữ liệu dân cư,",
        "hoàn thành trước ngày 20/3/2027; công chức Văn phòng - Thống kê tổng",
        "hợp, báo cáo (\ufb01le PDF) Ủy ban nhân dân xã trước ngày 31/3/2027.",
    ]
    y = 30.0
    for k, line in enumerate(body):
        pdf.set_font("DejaVu", "", 13)
        pdf.set_xy(20, y)
        pdf.cell(pdf.get_string_width(line), 7, line)
        if k == 0:  # the footnote mark after the first line's last word
            x = 20 + pdf.get_string_width(line)
            pdf.set_font("DejaVu", "", 8)
            pdf.set_xy(x + 0.2, y - 0.6)
            pdf.cell(3, 4, "1")
        y += 8
    left = ["Nơi nhận:", "- UBND huyện;", "- Các thôn;", "- Lưu: VT."]
    right = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Vũ Thị Lan Anh"]
    y += 6
    for k in range(max(len(left), len(right))):
        pdf.set_font("DejaVu", "", 12)
        if k < len(left) and left[k]:
            pdf.set_xy(20, y)
            pdf.cell(70, 6, left[k])
        if k < len(right) and right[k]:
            pdf.set_xy(110, y)
            pdf.cell(80, 6, right[k], align="C")
        y += 6.5
    pdf.set_line_width(0.25)
    pdf.line(21, 263, 71, 263)  # (the text starts at the cells' margin, 1 mm in)
    pdf.set_font("DejaVu", "", 7)
    pdf.set_xy(20, 264.4)
    pdf.cell(3, 3, "1")
    pdf.set_font("DejaVu", "", note_size)
    pdf.set_xy(22.5, 265)
    pdf.cell(170, 5, "Kế hoạch số 09/KH-UBND ngày 10/01/2027 về chuyển đổi số cấp xã.")
    return bytes(pdf.output())


def build_joint_signoff_pdf(beside: bool) -> bytes:
    """A joint plan of a district's People's Committee and Fatherland Front committee, signed by
    both: the two signers' blocks side by side, with the Nơi nhận list beside them in a third
    column (``beside``) or under them."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", font("DejaVuSans-Bold.ttf"))
    pdf.add_page()

    def column(lines: list[str], x: float, w: float, y: float, bold: bool = True, align: str = "C", size: float = 10) -> float:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        for line in lines:
            pdf.set_xy(x, y)
            pdf.cell(w, 5, line, align=align)
            y += 5.5
        return y

    left = column(["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "HUYỆN ĐÔNG SƠN"], 10, 80, 15)
    right = column(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], 90, 110, 15)
    y = max(left, right) + 3
    column(["Số: 14/KHLT-UBND-MTTQ"], 10, 80, y, bold=False)
    column(["Đông Sơn, ngày 12 tháng 5 năm 2026"], 90, 110, y, bold=False)
    y = column(["KẾ HOẠCH LIÊN TỊCH", "Phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026"], 10, 190, y + 14) + 5
    body = [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân cư.",
        "II. NHIỆM VỤ",
        "1. Ban Công tác Mặt trận các thôn xây dựng kế hoạch tổ chức ngày hội, hoàn thành",
        "trước ngày 15/10/2026.",
        "2. Phòng Văn hóa - Xã hội huyện hướng dẫn nội dung phần hội, báo cáo kết quả",
        "về Ủy ban nhân dân huyện trước ngày 30/11/2026.",
    ]
    for line in body:
        pdf.set_font("DejaVu", "", 11)
        pdf.set_xy(20, y)
        pdf.cell(170, 5, line)
        y += 6.5
    front = ["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM HUYỆN", "CHỦ TỊCH", "", "", "", "Lê Thị Hồng Vân"]
    state = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Đình Khoa"]
    recipients = ["Nơi nhận:", "- Thường trực Huyện ủy (b/c);", "- Các thôn;", "- Lưu: VT."]
    y += 6
    if beside:
        column(recipients, 12, 60, y, bold=False, align="L", size=9)
        column(front, 70, 65, y)
        column(state, 135, 65, y)
    else:
        y = max(column(front, 10, 95, y), column(state, 105, 95, y)) + 6
        column(recipients, 15, 80, y, bold=False, align="L", size=9)
    return bytes(pdf.output())


# ---------------------------------------------------------------- HTML (a legal web library's page)


def build_html(fx: Fixture, *, title: str = "Kế hoạch") -> str:
    """The fixture as a legal web library lays a directive out: the header as a two-column table
    without borders, typed labels, paragraphs that flow (the fixture's line breaks dropped), a
    footnote mark as ``<sup>[1]</sup>``, the task table with borders, its header row repeated on
    every printed page (``<thead>``) and a lead unit over adjacent tasks merged down, the sign-off as a borderless table and the footnote bodies in
    small print at the end of the page."""
    from html import escape

    def lines(cell: list[str], bold: int) -> str:
        return "<br>".join(f"<b>{escape(x)}</b>" if k < bold else escape(x) for k, x in enumerate(cell))

    def text(s: str) -> str:
        return re.sub(r"\[(\d+)\]", r"<sup>[\1]</sup>", escape(s))

    h = fx.header
    out = [
        f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{escape(title)}</title><style>",
        "body{font-family:'DejaVu Serif',serif;font-size:16px;margin:0 8px}",
        "table.head,table.sign{width:100%;border:0}table.head td,table.sign td{vertical-align:top;border:0}",
        "table.head td{text-align:center}table.sign td:last-child{text-align:center}",
        "table.task{border-collapse:collapse;width:100%}table.task td,table.task th{border:1px solid #000;"
        "padding:3px 5px;vertical-align:top}",
        "p{margin:5px 0;text-align:justify}.title{text-align:center;font-weight:bold}",
        ".notes{font-size:11px;border-top:1px solid #999;margin-top:16px}</style></head><body>",
        "<table class='head'><tr>",
        f"<td style='width:40%'>{lines(h[0], len(h[0]))}</td><td>{lines(h[1], len(h[1]))}</td></tr><tr>",
        f"<td>{lines(h[2], 0)}</td><td>{lines(h[3], 0)}</td></tr></table>",
        f"<p class='title'>{'<br>'.join(escape(x) for x in fx.title)}</p>",
    ]
    for item in fx.body:
        if isinstance(item, list):
            head, *rows = item
            out.append("<table class='task'><thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in head))
            out.append("</tr></thead><tbody>")
            for k, row in enumerate(rows):  # a lead unit over adjacent tasks merged down (rowspan)
                cells = []
                for j, c in enumerate(row):
                    if j == 2 and k and rows[k - 1][2] == c:
                        continue
                    span = next((n for n in range(1, len(rows) - k) if rows[k + n][2] != c), len(rows) - k)
                    cells.append(f"<td rowspan='{span}'>{text(c)}</td>" if j == 2 and span > 1 else f"<td>{text(c)}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</tbody></table>")
        else:
            label = " ".join(item.lines[0].split()[:1]) + " " if item.level is not None else ""
            body = text(label + item.text)
            out.append(f"<p><b>{body}</b></p>" if item.level == 0 else f"<p>{body}</p>")
    out.append("<table class='sign'><tr><td style='width:50%'>")
    out.append(f"<b><i>{escape(fx.distribution[0])}</i></b><br>{lines(fx.distribution[1:], 0)}</td>")
    out.append(f"<td>{lines(fx.signer, len(fx.signer))}</td></tr></table>")
    if fx.notes:
        out.append("<div class='notes'>")
        out.extend(f"<p><sup>{k}</sup> {escape(v)}</p>" for k, v in fx.notes.items())
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium() -> str | None:
    """The Chromium command, when installed."""
    import shutil

    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def print_html(html: str, folder: Path, name: str = "page") -> bytes:
    """A web page printed to PDF by headless Chromium, with the browser's own header and footer
    (date and title at the top, the page's address and ``1/3`` at the foot of every page)."""
    import subprocess

    exe = chromium()
    assert exe is not None
    page = folder / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    pdf = folder / f"{name}.pdf"
    subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={folder / 'profile'}",
         f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    return pdf.read_bytes()


# ---------------------------------------------------------------- searchable scans


def searchable_scan(pdf_bytes: bytes, folder: Path, *, angle: float = 1.5, seed: int = 7) -> bytes:
    """A PDF as a scanner with OCR makes it: every page rendered at 300 dpi, turned by ``angle``
    degrees, speckled and made black and white, then Tesseract's PDF output (the page image with
    its invisible text layer in Tesseract's glyphless font)."""
    import random
    import subprocess

    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument(pdf_bytes)
    images = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=300 / 72).to_pil().convert("L")
        img = img.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
        rnd = random.Random(seed + i)
        px = img.load()
        assert px is not None
        for _ in range(img.width * img.height // 20000):
            px[rnd.randrange(img.width), rnd.randrange(img.height)] = 0
        path = folder / f"scan-{i + 1}.png"
        img.point(lambda v: 0 if v < 160 else 255).convert("1").save(path, dpi=(300, 300))
        images.append(str(path))
    listing = folder / "scan.txt"
    listing.write_text("\n".join(images) + "\n", encoding="utf-8")
    subprocess.run(["tesseract", str(listing), str(folder / "scan"), "-l", "vie", "pdf"], capture_output=True, check=True)
    return (folder / "scan.pdf").read_bytes()


# ---------------------------------------------------------------- the committed files

PRINTED = Path(__file__).parent / "fixtures" / "printed"


def build_printed() -> None:
    """(Re)make ``tests/fixtures/printed/``: ``web_kh.pdf``, the web page of
    ``reader_web_kh.txt`` printed by headless Chromium (its task table over two pages, the header
    row repeated); ``scan_tb.pdf``, ``reader_scan_tb.txt`` typeset, scanned and read by Tesseract
    into a searchable PDF. Needs Chromium, Tesseract with its Vietnamese model and the DejaVu
    fonts; the files are committed, so the tests need none of them."""
    import tempfile

    fixtures = Path(__file__).parent / "fixtures"
    PRINTED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ndq57-printed-") as tmp:
        folder = Path(tmp)
        web = read_fixture(fixtures / "reader_web_kh.txt")
        html = build_html(web, title="Kế hoạch 214/KH-SNNMT phòng, chống sạt lở bờ sông năm 2026")
        (PRINTED / "web_kh.pdf").write_bytes(print_html(html, folder, "ke-hoach-214-kh-snnmt"))
        scan = read_fixture(fixtures / "reader_scan_tb.txt")
        (PRINTED / "scan_tb.pdf").write_bytes(searchable_scan(build_pdf(scan), folder))


if __name__ == "__main__":
    build_printed()


def build_margin_pdf(margins: bool) -> bytes:
    """One page of text whose first and last lines hold a time and a web address (a meeting's
    time, a portal's address: no browser's line); with ``margins``, a browser's time of printing,
    page address and page counter in small print in the margins around it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_page()
    if margins:
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_xy(8, 5)
        pdf.cell(60, 4, "05/12/2026, 09:15")
        pdf.set_xy(8, 288)
        pdf.cell(120, 4, "https://vanban.example.vn/thong-bao-58.html")
        pdf.set_xy(190, 288)
        pdf.cell(10, 4, "1/1")
    pdf.set_font("DejaVu", "", 11)
    body = ["Thời gian: 08:00 15/9/2026, tại Hội trường Ủy ban nhân dân xã.",
            "Các đơn vị chuẩn bị báo cáo theo đề cương gửi kèm.",
            "Tài liệu đăng tại https://xaphuloc.example.vn/tai-lieu"]  # fmt: skip
    for k, line in enumerate(body):
        pdf.set_xy(20, 22 + 7 * k)
        pdf.cell(170, 6, line)
    return bytes(pdf.output())


# ---------------------------------------------------------------- pages laid out by hand

# one piece of text on a page: (x mm, y mm, size pt, text[, width mm, align]); ``[n]`` in the text
# is printed as a raised footnote mark, a text starting with ``^`` in bold; a piece of text
# ``"—"`` draws a short rule of ``width`` mm instead (a footnote separator)
Piece = tuple  # (x, y, size, text) or (x, y, size, text, width, align)


def build_pages_pdf(pages: list[list[Piece]], *, landscape: set[int] | None = None) -> bytes:
    """A PDF whose pages hold the given pieces of text where they are placed (a page in
    ``landscape``, by its index, is an A4 page laid landscape)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", font("DejaVuSans-Bold.ttf"))
    for k, pieces in enumerate(pages):
        pdf.add_page(orientation="L" if landscape and k in landscape else "P")
        for piece in pieces:
            _draw_piece(pdf, piece, notes=True)
    return bytes(pdf.output())


def _draw_piece(pdf: FPDF, piece: Piece, *, notes: bool) -> None:
    """One piece of a page: ``(x, y, size, text[, width[, align]])``, ``^`` bold, ``—`` a drawn
    line of that width; with ``notes``, ``[n]`` in left-aligned text set as a raised small mark."""
    x, y, size, text = piece[:4]
    width = piece[4] if len(piece) > 4 else 0.0
    align = piece[5] if len(piece) > 5 else "L"
    if text == "—":
        pdf.set_line_width(0.25)
        pdf.line(x, y, x + width, y)
        return
    bold = text.startswith("^")
    text = text.lstrip("^")
    if not notes or align != "L" or "[" not in text:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_xy(x, y)
        pdf.cell(width or pdf.get_string_width(text), size * 0.5, text, align=align)
        return
    for j, part in enumerate(re.split(r"\[(\d+)\]", text)):
        if j % 2:
            pdf.set_font("DejaVu", "", size * 0.6)
            pdf.set_xy(x + 0.2, y - size * 0.06)
            pdf.cell(pdf.get_string_width(part) + 0.2, size * 0.5, part)
            x += pdf.get_string_width(part) + 0.4
            continue
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_xy(x, y)
        pdf.cell(pdf.get_string_width(part), size * 0.5, part)
        x += pdf.get_string_width(part)


def flow(lines: list[str], *, x: float = 20.0, y: float = 30.0, size: float = 12.0, lead: float = 6.5) -> list[Piece]:
    """Body lines, one under the other."""
    return [(x, y + k * lead, size, line) for k, line in enumerate(lines)]


_LETTER_LEFT = ["^ỦY BAN NHÂN DÂN", "^XÃ HÒA BÌNH"]
_LETTER_RIGHT = ["^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "^Độc lập - Tự do - Hạnh phúc"]
_LETTER_BODY = [
    [
        "Thực hiện Kế hoạch số 40/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân huyện về",
        "cải cách hành chính năm 2026, Ủy ban nhân dân xã ban hành kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao chất lượng phục vụ người dân, doanh nghiệp tại Bộ phận một cửa.",
        "II. NHIỆM VỤ",
        "1. Văn phòng - Thống kê rà soát thủ tục hành chính thuộc thẩm quyền của xã,",
        "niêm yết công khai đầy đủ, hoàn thành trước ngày 30/4/2026.",
        "2. Công chức Tư pháp - Hộ tịch phối hợp với Công an xã số hóa hồ sơ, kết quả giải",
    ],
    [
        "quyết thủ tục hành chính còn hiệu lực, hoàn thành trước ngày 30/6/2026.",
        "3. Công chức Văn hóa - Xã hội tuyên truyền về dịch vụ công trực tuyến trên hệ",
        "thống truyền thanh của xã, thực hiện thường xuyên trong năm.",
        "4. Ủy ban nhân dân xã Hòa Bình giao các thôn phổ biến kế hoạch đến Nhân dân,",
        "báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/11/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các bộ phận, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện.",
    ],
    [
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo Chủ tịch Ủy ban",
        "nhân dân xã để xem xét, giải quyết./.",
    ],
]


def build_letterhead_pdf(variant: str) -> bytes:
    """A three-page plan of a commune (its second item broken by the first page's end) whose
    page template prints, on the pages after the first, ``letterhead``: the issuer and the
    national title as on the first page; ``letterhead_number``: with the number and the date too;
    ``letterhead_moved``: the issuer and the national title lower than on the first page;
    ``issuer_line``: the issuer in one line at the top, ``- 2 -`` at the foot; ``dash``: ``- 2 -``
    at the top; or on every page, ``word_header``: a line naming the plan at the top, ``Trang
    2/3`` at the foot; ``footer``: the issuer's address, phone and ``Trang 2/3`` at the foot.
    ``plain``: nothing; ``attached``: the letterhead on page 2, and on page 3 under it a
    decision's number, date and heading. Item 4 on page 2 opens with the issuer's name in the
    text."""

    def letterhead(number: bool, top: float = 12) -> list[Piece]:
        out: list[Piece] = [(10, top + 5 * k, 11, t, 75, "C") for k, t in enumerate(_LETTER_LEFT)]
        out += [(90, top + 5 * k, 11, t, 110, "C") for k, t in enumerate(_LETTER_RIGHT)]
        if number:
            out += [(10, 25, 11, "Số: 25/KH-UBND", 75, "C"), (90, 25, 11, "Hòa Bình, ngày 10 tháng 3 năm 2026", 110, "C")]
        return out

    title: list[Piece] = [(10, 38, 12, "^KẾ HOẠCH", 190, "C"), (10, 44, 12, "^Cải cách hành chính năm 2026", 190, "C")]
    sign: list[Piece] = [
        (20, 90, 10, "Nơi nhận:"), (20, 95, 10, "- UBND huyện;"), (20, 100, 10, "- Lưu: VT."),
        (110, 90, 11, "^TM. ỦY BAN NHÂN DÂN", 80, "C"), (110, 95, 11, "^CHỦ TỊCH", 80, "C"),
        (110, 115, 11, "^Trần Văn Minh", 80, "C"),
    ]  # fmt: skip
    pages = [letterhead(True) + title + flow(_LETTER_BODY[0], y=56), flow(_LETTER_BODY[1], y=40)]
    pages.append(flow(_LETTER_BODY[2], y=40) + sign)
    for k, page in enumerate(pages):
        if k and variant in ("letterhead", "letterhead_number"):
            page[:0] = letterhead(variant == "letterhead_number")
        if k and variant == "letterhead_moved":
            page[:0] = letterhead(False, top=20)
        if variant == "word_header":
            page.insert(0, (20, 10, 9, "Kế hoạch số 25/KH-UBND ngày 10/3/2026 của UBND xã Hòa Bình"))
            page.append((20, 285, 9, f"Trang {k + 1}/3", 170, "R"))
        if k and variant == "issuer_line":
            page[:0] = [(20, 12, 12, "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"), (100, 288, 12, f"- {k + 1} -")]
        if k and variant == "dash":
            page.insert(0, (100, 10, 12, f"- {k + 1} -"))
        if variant == "footer":
            page += [(20, 276, 9, "Địa chỉ: thôn Trung, xã Hòa Bình, huyện Đông Sơn"),
                     (20, 280.5, 9, "Điện thoại: 0237 3861 234 - Email: ubndhoabinh@example.vn"),
                     (20, 285, 9, f"Trang {k + 1}/3", 170, "R")]  # fmt: skip
    if variant == "attached":  # the letterhead on page 2, and a decision opening on page 3 under it
        pages[1][:0] = letterhead(False)
        decision: list[Piece] = [(10, 25, 11, "Số: 31/QĐ-UBND", 75, "C"), (90, 25, 11, "Hòa Bình, ngày 12 tháng 3 năm 2026", 110, "C"),
                                 (10, 38, 12, "^QUYẾT ĐỊNH", 190, "C"), (10, 44, 12, "^Về việc thành lập Tổ công tác", 190, "C")]  # fmt: skip
        pages[2] = letterhead(False) + decision + flow(_LETTER_BODY[2], y=56)
    return build_pages_pdf(pages)


def build_plain_notes_pdf(variant: str) -> bytes:
    """Two pages: a text of 12 points with raised footnote marks ``[1]``, ``[2]``, the first page
    broken inside a sentence, and at its foot the footnotes at the text's size with no separator
    rule, opening with raised marks (``raised``) or with numbers not raised (``plain``); or
    (``list``) a numbered list ``1.``, ``2.`` at the page's foot under a text with a mark."""
    body = [
        "Thực hiện Kế hoạch số 09/KH-UBND của Ủy ban nhân dân huyện[1], Ủy ban nhân",
        "dân xã giao các thôn cập nhật dữ liệu dân cư, hoàn thành trước ngày 20/3/2027;",
        "công chức Văn phòng - Thống kê tổng hợp, báo cáo Ủy ban nhân dân xã trước ngày",
        "31/3/2027. Công an xã phối hợp xác thực thông tin công dân theo quy định[2] và",
    ]
    notes = [
        "Kế hoạch số 09/KH-UBND ngày 10/01/2027 về chuyển đổi số cấp xã.",
        "Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chính phủ quy định",
        "về định danh và xác thực điện tử.",
    ]
    first = flow(body, y=30)
    if variant == "raised":
        first += flow([f"[1]{notes[0]}", f"[2]{notes[1]}", notes[2]], y=262)
    elif variant == "plain":
        first += flow([f"1 {notes[0]}", f"2 {notes[1]}", notes[2]], y=262)
    else:
        first = flow([*body[:3], "31/3/2027, cụ thể như sau:"], y=30) + flow(
            ["1. Thôn Đông cập nhật dữ liệu của 120 hộ gia đình trên địa bàn thôn.",
             "2. Thôn Tây cập nhật dữ liệu của 95 hộ gia đình trên địa bàn thôn, kể cả",
             "các hộ mới chuyển đến."], y=262)  # fmt: skip
    second = flow(["báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/4/2027.",
                   "Các thôn chủ động bố trí nhân lực, thiết bị để thực hiện nhiệm vụ được giao."], y=30)  # fmt: skip
    return build_pages_pdf([first, second])


def legacy_encode(text: str, kind: str) -> str:
    """``text`` as typed in a legacy font (``tcvn3``, ``vni``): each letter written with the
    shortest code the conversion table reads back as it (capitals TCVN3 has none of stay)."""
    from ndq57.readers.legacy_fonts import _table

    table, _ = _table(kind)
    codes: dict[str, str] = {}
    for code, letter in table.items():
        letter = unicodedata.normalize("NFC", letter)
        if letter not in codes or len(code) < len(codes[letter]):
            codes[letter] = code
    return "".join(codes.get(c, c) for c in unicodedata.normalize("NFC", text))


def build_wrapped_cells_pdf(rows: list[list[list[str]]], widths: list[float], before: str) -> bytes:
    """A page with a paragraph and a ruled table whose cells hold the given lines, one under the
    other, as a word processor wrapped them (a symbol broken after its slash, a symbol too long
    for its column broken where the column ends); rows as tall as their tallest cell."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.set_xy(20, 20)
    pdf.multi_cell(170, 5.5, before)
    top = pdf.get_y() + 4
    pdf.set_font("DejaVu", "", 10)
    pdf.set_line_width(0.3)
    y = top
    for row in rows:
        x, tallest = 20.0, 1
        for w, lines in zip(widths, row, strict=True):
            for k, line in enumerate(lines):
                pdf.set_xy(x + 1, y + 1 + 5 * k)
                pdf.cell(w - 2, 5, line)
            tallest = max(tallest, len(lines))
            x += w
        bottom = y + 2 + 5 * tallest
        pdf.line(20, y, 20 + sum(widths), y)
        pdf.line(20, bottom, 20 + sum(widths), bottom)
        x = 20.0
        for w in [0.0, *widths]:
            x += w
            pdf.line(x, y, x, bottom)
        y = bottom
    return bytes(pdf.output())


Mark = tuple  # (x, y, size, text, angle in degrees anticlockwise, grey level 0-255)


def build_marked_pdf(pages: list[list[Piece]], marks: list[list[Mark]]) -> bytes:
    """A PDF whose pages hold the given pieces of text (as ``build_pages_pdf``: ``^`` bold, a
    width and an alignment; ``—`` a drawn line) and, over them, the page's ``marks``: text set
    at an angle about its first point, in grey (a watermark across the page, ``BẢN DỰ THẢO``),
    or level and small (a digital signature's stamp)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", font("DejaVuSans-Bold.ttf"))
    for pieces, page_marks in zip(pages, marks, strict=True):
        pdf.add_page()
        for piece in pieces:
            _draw_piece(pdf, piece, notes=False)
        for x, y, size, text, angle, grey in page_marks:
            pdf.set_text_color(grey, grey, grey)
            bold = text.startswith("^")
            text = text.lstrip("^")
            pdf.set_font("DejaVu", "B" if bold else "", size)
            with pdf.rotation(angle, x, y):
                pdf.set_xy(x, y)
                pdf.cell(pdf.get_string_width(text), size * 0.5, text)
            pdf.set_text_color(0, 0, 0)
    return bytes(pdf.output())


def build_spaced_pdf(pieces: list[tuple]) -> bytes:
    """A page of lines (x, y, size, text, width, align, spacing): ``spacing`` points of expanded
    character spacing (a title set ``K Ế H O Ạ C H``, Word's Font > Advanced > Spacing), ``^`` bold."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", font("DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", font("DejaVuSans-Bold.ttf"))
    pdf.add_page()
    for x, y, size, text, width, align, spacing in pieces:
        bold = text.startswith("^")
        text = text.lstrip("^")
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_char_spacing(spacing)
        pdf.set_xy(x, y)
        pdf.cell(width, size * 0.5, text, align=align)
    pdf.set_char_spacing(0)
    return bytes(pdf.output())
