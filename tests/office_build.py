"""Build the office files of ``tests/fixtures/office/`` the way an office makes them: a DOCX as Word
writes it (raw WordprocessingML, no template), and the PDF LibreOffice prints from it.

Run ``python tests/office_build.py`` from the repository to regenerate them (needs python-docx's
lxml only for nothing: the XML is written by hand; the PDFs need ``soffice`` —
``apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation2``; Times New
Roman is replaced by Liberation Serif, as on an office machine without Microsoft's fonts). The
generated files are committed, so the tests need neither LibreOffice nor the fonts.

What the documents hold (all wording, units and numbers invented):

* the header in a borderless two-column table (issuer | national title; number | place and date);
* Word's automatic numbering: roman headings through a paragraph style, ``1.`` restarting under
  each heading, ``a)`` items, ``-`` bullets, a second list that restarts (``w:startOverride``),
  the STT column of the appendix numbered automatically and continued across two tables;
* tracked changes (a deadline date deleted and another inserted; a moved sentence), a complex
  field (``PAGE``, a ``DATE`` result), a text box anchored in a paragraph, footnotes;
* justified paragraphs, a running header with the page number (not on the first page), a footer;
* an appendix in a landscape section: a ruled task table spanning pages, with its header row
  repeated on each page (``w:tblHeader``) in one file and not in the other, group rows merged
  across the columns (``w:gridSpan``) and a lead unit merged down several rows (``w:vMerge``);
* the sign-off in a borderless two-column table;
* a joint plan (``khlt_joint``): a long borderless task table cut by a page break without its
  header row repeated, and two signers side by side beside Nơi nhận (three borderless cells).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).parent / "fixtures" / "office"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'
)

# ---------------------------------------------------------------- runs and paragraphs


def run(text: str, *, b: bool = False, i: bool = False, size: int | None = None) -> str:
    props = ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _tracked(tag: str, n: int, inner: str) -> str:
    """A tracked change by one reviewer (``w:del``, ``w:ins``, ``w:moveFrom``, ``w:moveTo``)."""
    return f'<w:{tag} w:id="{n}" w:author="Chuyen vien" w:date="2026-03-10T08:00:00Z">{inner}</w:{tag}>'


def deleted(text: str) -> str:
    return _tracked("del", 901, f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>')


def inserted(text: str) -> str:
    return _tracked("ins", 902, run(text))


def moved_from(text: str) -> str:
    return _tracked("moveFrom", 903, run(text))


def moved_to(text: str) -> str:
    return _tracked("moveTo", 904, run(text))


def field(instr: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin" w:fldLock="1"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def footnote_ref(fid: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'


def text_box(lines: list[str]) -> str:
    """A text box anchored in the paragraph (Word 2010+: a DrawingML shape, a VML fallback)."""
    inner = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(t, b=True)}</w:p>' for t in lines)
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>4400000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1400000" cy="560000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="7" name="Text Box 7"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1400000" cy="560000"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>'
        "</a:solidFill></a:ln></wps:spPr>"
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="Text Box 7" type="#_x0000_t202" style="position:absolute;'
        'margin-left:346pt;margin-top:0;width:110pt;height:44pt;z-index:2"><v:textbox>'
        f"<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def para(
    body: str,
    *,
    style: str | None = None,
    num: tuple[int, int] | None = None,
    jc: str | None = "both",
    indent: bool = True,
    after: int = 80,
    extra: str = "",
) -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += f'<w:spacing w:before="0" w:after="{after}" w:line="300" w:lineRule="auto"/>'
    if indent and num is None and style is None:
        ppr += '<w:ind w:firstLine="567"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += extra
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def text(t: str, **kw: object) -> str:
    return para(run(t), **kw)  # type: ignore[arg-type]


def centred(lines: list[tuple[str, dict[str, object]]], after: int = 0) -> str:
    return "".join(para(run(t, **kw), jc="center", indent=False, after=after) for t, kw in lines)  # type: ignore[arg-type]


# ---------------------------------------------------------------- tables

NO_BORDERS = (
    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
    '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
)
BORDERS = (
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>'
)


def cell(paras: str, width: int, *, span: int = 1, vmerge: str | None = None) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paras or '<w:p/>'}</w:tc>"


DELETED_ROW = "<!--deleted-->"  # a row that starts with this is deleted with tracked changes


def table(rows: list[str], widths: list[int], *, ruled: bool, header_rows: int = 0, split_rows: bool = False) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = []
    keep = "" if split_rows else "<w:cantSplit/>"
    for k, r in enumerate(rows):
        trpr = f"<w:trPr>{keep}<w:tblHeader/></w:trPr>" if k < header_rows else f"<w:trPr>{keep}</w:trPr>"
        if r.startswith(DELETED_ROW):
            trpr = trpr.replace("</w:trPr>", '<w:del w:id="905" w:author="Chuyen vien" w:date="2026-03-10T08:00:00Z"/></w:trPr>')
        out.append(f"<w:tr>{trpr}{r}</w:tr>")
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        f'{BORDERS if ruled else NO_BORDERS}<w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(out)}</w:tbl>"
    )


def cell_text(t: str, *, b: bool = False, i: bool = False, jc: str = "left", num: tuple[int, int] | None = None) -> str:
    lines = t.split("\n")
    return "".join(
        para(run(ln, b=b, i=i, size=24), jc=jc, indent=False, after=0, num=num if k == 0 else None)
        for k, ln in enumerate(lines)
    )


# ---------------------------------------------------------------- parts

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>
<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc La Ma"/><w:basedOn w:val="Normal"/>
<w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="120" w:after="80"/><w:ind w:firstLine="567"/></w:pPr>
<w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>"""

def numbering_xml() -> str:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Muc"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:lvlJc w:val="center"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
</w:abstractNum>
{PARTY_NUMBERING}
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>
</w:numbering>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:revisionView w:markup="0" w:insDel="0" w:formatting="0"/><w:trackRevisions/><w:autoHyphenation/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""


ENDNOTES_TYPE = (
    '<Override PartName="/word/endnotes.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
)
ENDNOTES_REL = (
    '<Relationship Id="rId7" Target="endnotes.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"/>'
)


def endnote_ref(fid: int) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="{fid}"/></w:r>'


def header_part() -> str:
    body = para(field("PAGE", "2"), jc="center", indent=False, after=0)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>{body}</w:hdr>'


def footer_part(line: str) -> str:
    body = para(run(line, i=True, size=18), jc="right", indent=False, after=0)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}>{body}</w:ftr>'


def footnotes_part(notes: list[str]) -> str:
    items = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:jc w:val="both"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{run(" " + t)}</w:p></w:footnote>'
        for k, t in enumerate(notes, start=1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{items}</w:footnotes>"
    )


def section(landscape: bool, *, title_page: bool, footer: bool) -> str:
    size = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if landscape else '<w:pgSz w:w="11906" w:h="16838"/>'
    margins = '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
    refs = '<w:headerReference w:type="default" r:id="rId5"/>'
    if footer:
        refs += '<w:footerReference w:type="default" r:id="rId6"/>'
    return f"<w:sectPr>{refs}{size}{margins}{'<w:titlePg/>' if title_page else ''}</w:sectPr>"


def write_docx(path: Path, body: str, notes: list[str], footer: str, *, endnotes: list[str] | None = None) -> None:
    """Write the package; ``endnotes`` (referred to by ``endnote_ref``) adds an endnotes part."""
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        types, rels = CONTENT_TYPES, DOC_RELS
        if endnotes is not None:
            types = types.replace("</Types>", ENDNOTES_TYPE + "</Types>")
            rels = rels.replace("</Relationships>", ENDNOTES_REL + "</Relationships>")
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/_rels/document.xml.rels", rels)
        zf.writestr("word/document.xml", document)
        zf.writestr("word/styles.xml", STYLES)
        zf.writestr("word/numbering.xml", numbering_xml())
        zf.writestr("word/settings.xml", SETTINGS)
        zf.writestr("word/footnotes.xml", footnotes_part(notes))
        zf.writestr("word/header1.xml", header_part())
        zf.writestr("word/footer1.xml", footer_part(footer))
        if endnotes is not None:
            part = footnotes_part(endnotes).replace("footnote", "endnote").replace("FootnoteReference", "EndnoteReference")
            zf.writestr("word/endnotes.xml", part)


def replace_part(path: Path, name: str, xml: str) -> None:
    """Put ``xml`` in place of one part of a package ``write_docx`` wrote (other styles ...)."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)


# ---------------------------------------------------------------- the Kế hoạch

HEAD = 1  # numId of the heading list (roman > decimal > letter)
DASH = 2
STT = 3
PAREN = 4
PAREN_AGAIN = 5


def header_table() -> str:
    left = cell_text("ỦY BAN NHÂN DÂN\nHUYỆN NGỌC SƠN", b=True, jc="center")
    right = cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True, jc="center")
    number = cell_text("Số: 41/KH-UBND", jc="center")
    date = cell_text("Ngọc Sơn, ngày 12 tháng 3 năm 2026", i=True, jc="center")
    # the rows' column borders differ (dragged in one row): Word's grid has three columns
    return table(
        [cell(left, 3800) + cell(right, 5600, span=2), cell(number, 4300, span=2) + cell(date, 5100)],
        [3800, 500, 5100],
        ruled=False,
    )


def issuer_header(issuer: str, number: str, place_date: str) -> str:
    """The header's two columns in a borderless table of two rows: the issuer (two lines in
    capitals) beside the national title, the number beside the place and date."""
    left = cell_text(issuer, b=True, jc="center")
    right = cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True, jc="center")
    date = cell_text(place_date, i=True, jc="center")
    return table(
        [cell(left, 4000) + cell(right, 5600), cell(cell_text(number, jc="center"), 4000) + cell(date, 5600)],
        [4000, 5600],
        ruled=False,
    )


def signoff_table() -> str:
    left = cell_text(
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- TT Huyện ủy, TT HĐND huyện;\n- Các phòng, ban, ngành huyện;\n"
        "- UBND các xã, thị trấn;\n- Lưu: VT, VP.",
        jc="left",
    )
    right = cell_text("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLê Thị Thanh Hương", b=True, jc="center")
    return table([cell(left, 4400) + cell(right, 5000)], [4400, 5000], ruled=False)


TASKS = [
    # (group, [(task, lead, coordinate, time, product)])
    (
        "Hoàn thiện thể chế, quy trình",
        [
            ("Rà soát, ban hành quy trình nội bộ giải quyết thủ tục hành chính trên môi trường điện tử",
             "Văn phòng HĐND và UBND huyện", "Các phòng chuyên môn", "Quý II/2026", "Quyết định ban hành quy trình"),
            ("Cập nhật danh mục thủ tục hành chính tiếp nhận trực tuyến toàn trình",
             "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp", "Trước ngày 30/5/2026", "Danh mục được công bố"),
            ("Xây dựng quy chế phối hợp lưu trữ hồ sơ điện tử giữa huyện và xã",
             "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ; UBND các xã, thị trấn", "Tháng 7/2026", "Quy chế phối hợp"),
        ],
    ),
    (
        "Hạ tầng và nhân lực số",
        [
            ("Nâng cấp đường truyền số liệu chuyên dùng tại bộ phận một cửa cấp xã",
             "Phòng Văn hóa và Thông tin", "UBND các xã, thị trấn", "Quý III/2026", "Đường truyền đạt chuẩn"),
            ("Tập huấn kỹ năng số cho công chức tiếp nhận và trả kết quả",
             "Phòng Nội vụ", "Phòng Văn hóa và Thông tin", "Tháng 6/2026", "Lớp tập huấn"),
            ("Bố trí cán bộ hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa",
             "UBND các xã, thị trấn", "Đoàn Thanh niên huyện", "Thường xuyên", "Tổ hướng dẫn"),
            ("Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực; rà soát, làm sạch dữ liệu hộ tịch, "
             "đất đai đã số hóa những năm trước, bảo đảm đúng, đủ, sạch, sống và kết nối được với Cơ sở dữ liệu "
             "quốc gia về dân cư; lập danh sách hồ sơ chưa số hóa được để xử lý dứt điểm",
             "UBND các xã, thị trấn", "Phòng Tư pháp", "Trước ngày 15/11/2026", "Kho dữ liệu số hóa"),
        ],
    ),
    (
        "Kiểm tra, đánh giá",
        [
            ("Kiểm tra việc tiếp nhận hồ sơ trực tuyến tại các xã, thị trấn",
             "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Quý IV/2026", "Báo cáo kết quả kiểm tra"),
            ("Sơ kết, đánh giá kết quả thực hiện Kế hoạch",
             "Phòng Nội vụ", "Các cơ quan, đơn vị liên quan", "Trước ngày 10/12/2026", "Báo cáo sơ kết"),
        ],
    ),
]

WIDTHS = [800, 4600, 2700, 2600, 1700, 2300]
HEADER_CELLS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]


def appendix_tables(repeat_header: bool, merged_lead: bool, split: bool, split_rows: bool = False) -> str:
    """The task table; ``split``: two tables after the second group (the STT numbering goes on)."""
    head = "".join(cell(cell_text(h, b=True, jc="center"), w) for h, w in zip(HEADER_CELLS, WIDTHS, strict=True))
    romans = ["I", "II", "III"]
    tables: list[list[str]] = [[head]]
    for g, (group, items) in enumerate(TASKS):
        if split and g == 2:
            tables.append([head] if repeat_header else [])
        rows = tables[-1]
        rows.append(
            cell(cell_text(romans[g], b=True, jc="center"), WIDTHS[0])
            + cell(cell_text(group, b=True), sum(WIDTHS[1:]), span=5)
        )
        previous_lead = None
        for task, lead, coordinate, time, product in items:
            if merged_lead and lead == previous_lead:
                lead_cell = cell("", WIDTHS[2], vmerge="continue")
            else:
                nxt = [it[1] for it in items]
                merge = merged_lead and nxt.count(lead) > 1
                lead_cell = cell(cell_text(lead, jc="center"), WIDTHS[2], vmerge="restart" if merge else None)
            previous_lead = lead
            rows.append(
                cell(para("", num=(STT, 0), jc="center", indent=False, after=0), WIDTHS[0])
                + cell(cell_text(task, jc="both"), WIDTHS[1])
                + lead_cell
                + cell(cell_text(coordinate, jc="center"), WIDTHS[3])
                + cell(cell_text(time, jc="center"), WIDTHS[4])
                + cell(cell_text(product, jc="center"), WIDTHS[5])
            )
    out = []
    for k, rows in enumerate(tables):
        out.append(table(rows, WIDTHS, ruled=True, header_rows=1 if repeat_header else 0, split_rows=split_rows))
        if k + 1 < len(tables):
            out.append(para(run(""), indent=False, after=0))
    return "".join(out)


def ke_hoach(*, repeat_header: bool, split: bool, split_rows: bool = False) -> tuple[str, list[str]]:
    notes = [
        "Quyết định số 1520/QĐ-UBND ngày 28/12/2025 của UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2026.",
        "Số liệu đến hết tháng 02/2026 do Văn phòng HĐND và UBND huyện tổng hợp.",
    ]
    b: list[str] = [header_table()]
    b.append(centred([("KẾ HOẠCH", {"b": True}), ("Tiếp nhận hồ sơ trực tuyến toàn trình tại bộ phận một cửa", {"b": True}),
                      ("các cấp trên địa bàn huyện năm 2026", {"b": True})], after=0))
    b.append(para(text_box(["DỰ THẢO", "lần 2"]) + run(""), jc="center", indent=False, after=200))
    b.append(para(
        run("Thực hiện Quyết định số 1520/QĐ-UBND ngày 28/12/2025 của Ủy ban nhân dân tỉnh")
        + footnote_ref(1)
        + run("; căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân huyện ban hành Kế hoạch "
              "tiếp nhận hồ sơ trực tuyến toàn trình tại bộ phận một cửa các cấp năm 2026 như sau:")
    ))
    b.append(para(run("MỤC ĐÍCH, YÊU CẦU"), style="Muc"))
    b.append(para(run("Mục đích"), num=(HEAD, 1)))
    b.append(para(run("Nâng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình "
                      "tại huyện và các xã, thị trấn; giảm thời gian đi lại của người dân, doanh nghiệp."),
                  num=(DASH, 0)))
    b.append(para(run("Tỷ lệ hiện nay mới đạt 38,5%")
                  + footnote_ref(2)
                  + run(", thấp hơn mức bình quân của tỉnh; cần có giải pháp đồng bộ, quyết liệt hơn."),
                  num=(DASH, 0)))
    b.append(para(run("Yêu cầu"), num=(HEAD, 1)))
    b.append(para(run("Phân công rõ cơ quan chủ trì, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ; "
                      "các cơ quan, đơn vị chủ động triển khai, không để chậm trễ."), num=(DASH, 0)))
    b.append(para(run("NHIỆM VỤ, GIẢI PHÁP"), style="Muc"))
    b.append(para(run("Nhiệm vụ chung"), num=(HEAD, 1)))
    b.append(para(run("Các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ trọng tâm sau:")))
    b.append(para(run("Rà soát quy trình nội bộ, cắt giảm thành phần hồ sơ không cần thiết;"), num=(PAREN, 0)))
    b.append(para(run("Công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công;"), num=(PAREN, 0)))
    b.append(para(run("Hướng dẫn người dân sử dụng tài khoản định danh điện tử."), num=(PAREN, 0)))
    b.append(para(run("Nhiệm vụ cụ thể"), num=(HEAD, 1)))
    b.append(para(
        run("Phòng Nội vụ chủ trì, phối hợp với Phòng Văn hóa và Thông tin tham mưu Ủy ban nhân dân huyện "
            "tổ chức tập huấn cho công chức bộ phận một cửa các xã, thị trấn; hoàn thành trước ngày ")
        + deleted("15/4/2026") + inserted("30/4/2026") + run("."),
        num=(HEAD, 2),
    ))
    b.append(para(
        run("Văn phòng HĐND và UBND huyện theo dõi, tổng hợp số liệu hồ sơ trực tuyến, báo cáo Ủy ban nhân "
            "dân huyện định kỳ hằng tháng, trước ngày 25 của tháng. ")
        + moved_from("Báo cáo gửi kèm bản điện tử qua Hệ thống quản lý văn bản.")
        + run("Số liệu lấy từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."),
        num=(HEAD, 2),
    ))
    b.append(para(
        run("Ủy ban nhân dân các xã, thị trấn bố trí đủ máy tính, máy quét tại bộ phận một cửa; báo cáo kết quả "
            "về Phòng Văn hóa và Thông tin trước ngày ")
        + field("DATE \\@ \"d/M/yyyy\"", "20/6/2026")
        + run(". ")
        + moved_to("Báo cáo gửi kèm bản điện tử qua Hệ thống quản lý văn bản."),
        num=(HEAD, 2),
    ))
    b.append(para(run("Các nhiệm vụ khác thực hiện theo Phụ lục kèm theo Kế hoạch này. Các cơ quan, đơn vị "
                      "đề xuất bổ sung nhiệm vụ (nếu có) theo thứ tự ưu tiên:")))
    b.append(para(run("Nhiệm vụ cấp bách phát sinh trong năm;"), num=(PAREN_AGAIN, 0)))
    b.append(para(run("Nhiệm vụ chuyển tiếp từ năm 2025."), num=(PAREN_AGAIN, 0)))
    b.append(para(run("TỔ CHỨC THỰC HIỆN"), style="Muc"))
    b.append(para(run(
        "Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã, thị trấn triển khai thực hiện Kế hoạch; "
        "định kỳ 6 tháng báo cáo kết quả về Phòng Nội vụ trước ngày 15/6/2026 và trước ngày 15/12/2026 để tổng hợp, "
        "báo cáo Ủy ban nhân dân huyện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về "
        "Phòng Nội vụ để được hướng dẫn.")))
    b.append(signoff_table())
    # the appendix, in a landscape section of its own
    b.append(para(run(""), indent=False, after=0, extra=f"{section(False, title_page=True, footer=False)}"))
    b.append(centred([("Phụ lục", {"b": True}),
                      ("DANH MỤC NHIỆM VỤ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN NĂM 2026", {"b": True}),
                      ("(Kèm theo Kế hoạch số 41/KH-UBND ngày 12/3/2026 của UBND huyện Ngọc Sơn)", {"i": True})],
                     after=0))
    b.append(para(run(""), indent=False, after=120))
    b.append(appendix_tables(repeat_header, merged_lead=True, split=split, split_rows=split_rows))
    b.append(section(True, title_page=False, footer=True))
    return "".join(b), notes


# ---------------------------------------------------------------- the Party Thông báo

LEGAL = 6  # numId of the "1." > "1.1." list


PARTY_NUMBERING = """<w:abstractNum w:abstractNumId="4"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
</w:abstractNum>"""


def party_header() -> str:
    left = cell_text("ĐẢNG BỘ HUYỆN NGỌC SƠN\nĐẢNG ỦY XÃ TÂN PHÚ\n*", b=True, jc="center")
    right = cell_text("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, jc="center")
    number = cell_text("Số 27-TB/ĐU", jc="center")
    date = cell_text("Tân Phú, ngày 5 tháng 3 năm 2026", i=True, jc="center")
    # three columns: a narrow empty one keeps the two blocks apart
    gap = cell("", 300)
    return table(
        [cell(left, 4000) + gap + cell(right, 5100), cell(number, 4000) + gap + cell(date, 5100)],
        [4000, 300, 5100],
        ruled=False,
    )


def party_signoff() -> str:
    left = cell_text(
        "Nơi nhận:\n- Ban Thường vụ Huyện ủy (b/c),\n- Các chi bộ trực thuộc,\n- Đảng ủy viên,\n- Lưu Văn phòng Đảng ủy.",
        jc="left",
    )
    right = cell_text("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\n\nĐinh Quang Vĩnh", b=True, jc="center")
    return table([cell(left, 4400) + cell(right, 5000)], [4400, 5000], ruled=False)


BORDERLESS = [
    [
        ["TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành"],
        ["1", "Tổ chức hội nghị quán triệt, học tập nghị quyết đến toàn thể cán bộ, đảng viên và "
              "nhân dân trên địa bàn xã, bảo đảm tỷ lệ tham gia theo quy định",
         "Ban Tuyên giáo Đảng ủy", "Trước ngày 31/3/2026"],
        ["2", "Xây dựng chương trình hành động của Đảng ủy thực hiện nghị quyết, trình Ban Chấp hành "
              "Đảng bộ xã cho ý kiến tại hội nghị thường kỳ quý II",
         "Văn phòng Đảng ủy", "Tháng 5/2026"],
    ],
    [
        ["TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành"],
        ["1", "Kiểm tra, giám sát việc thực hiện Kế hoạch số 41/KH-UBND tại các thôn, khu dân cư",
         "Ủy ban Kiểm tra Đảng ủy", "Trước ngày 30/6/2026"],
    ],
    [
        ["TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành"],
        ["1", "Kiểm tra, giám sát việc thực hiện Kế hoạch số 41/KH-UBND tại các thôn, khu dân cư",
         "Văn phòng Đảng ủy", "Trước ngày 20/4/2026"],
        ["2", "Tuyên truyền trên hệ thống loa truyền thanh cơ sở về chuyển đổi số, dịch vụ công trực tuyến",
         "Văn phòng Đảng ủy", "Trước ngày 20/4/2026"],
    ],
]


def borderless_tasks(rows: list[list[str]], widths: tuple[int, ...] = (700, 4300, 2500, 1900), size: int = 24) -> str:
    """A small task table with its borders hidden, the task cells justified (``size``: half
    points)."""
    out = []
    for k, row in enumerate(rows):
        cells = ""
        if len(row) == 2:  # a group's row: its label, its title merged across the other columns
            out.append(cell(cell_text(row[0], b=True, jc="center"), widths[0])
                       + cell(cell_text(row[1], b=True), sum(widths[1:]), span=len(widths) - 1))  # fmt: skip
            continue
        for c, (t, w) in enumerate(zip(row, widths, strict=True)):
            jc = "center" if k == 0 or c != 1 else "both"
            cells += cell(cell_text(t, b=k == 0, jc=jc), w)
        out.append(cells)
    return table(out, list(widths), ruled=False).replace('w:val="24"', f'w:val="{size}"')


def two_row_header_tasks() -> str:
    """A ruled task table whose header takes two rows: the time heading merged across its two
    parts (``gridSpan``) over ``Bắt đầu`` | ``Hoàn thành``, the other headings merged down
    (``vMerge``); a lead unit merged down over two tasks."""
    widths = [700, 3900, 2400, 1200, 1200]
    c, t = cell, cell_text
    top = (
        c(t("TT", b=True, jc="center"), widths[0], vmerge="restart")
        + c(t("Nội dung", b=True, jc="center"), widths[1], vmerge="restart")
        + c(t("Đơn vị chủ trì", b=True, jc="center"), widths[2], vmerge="restart")
        + c(t("Thời gian thực hiện", b=True, jc="center"), widths[3] + widths[4], span=2)
    )
    under = (
        c("", widths[0], vmerge="continue")
        + c("", widths[1], vmerge="continue")
        + c("", widths[2], vmerge="continue")
        + c(t("Bắt đầu", b=True, jc="center"), widths[3])
        + c(t("Hoàn thành", b=True, jc="center"), widths[4])
    )
    rows = [top, under]
    tasks = [
        ("1", "Rà soát danh sách đảng viên miễn sinh hoạt", "Văn phòng Đảng ủy", "Tháng 4/2026", "Tháng 6/2026"),
        ("2", "Lập hồ sơ đề nghị tặng Huy hiệu Đảng đợt 2/9", "Văn phòng Đảng ủy", "Tháng 5/2026", "Tháng 7/2026"),
        ("3", "Kiểm tra việc ghi sổ nghị quyết chi bộ", "Ủy ban Kiểm tra Đảng ủy", "Tháng 9/2026", "Tháng 11/2026"),
    ]
    for k, (no, task, lead, start, end) in enumerate(tasks):
        lead_cell = (
            c(t(lead, jc="center"), widths[2], vmerge="restart") if k == 0
            else c("", widths[2], vmerge="continue") if k == 1
            else c(t(lead, jc="center"), widths[2])
        )  # fmt: skip
        rows.append(
            c(t(no, jc="center"), widths[0]) + c(t(task, jc="both"), widths[1]) + lead_cell
            + c(t(start, jc="center"), widths[3]) + c(t(end, jc="center"), widths[4])
        )  # fmt: skip
    return table(rows, widths, ruled=True)


def thong_bao() -> tuple[str, list[str]]:
    notes = [
        "Hội nghị Ban Thường vụ Đảng ủy xã mở rộng ngày 02/3/2026, có đại diện lãnh đạo Ủy ban nhân dân xã "
        "và các chi bộ trực thuộc dự; biên bản lưu tại Văn phòng Đảng ủy.",
    ]
    b: list[str] = [party_header()]
    b.append(centred([("THÔNG BÁO", {"b": True}),
                      ("KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY", {"b": True}),
                      ("về triển khai học tập nghị quyết và nhiệm vụ trọng tâm quý II năm 2026", {"b": True}),
                      ("-----", {})], after=120))
    b.append(para(
        run("Tại hội nghị ngày 02/3/2026")
        + footnote_ref(1)
        + run(", sau khi nghe Văn phòng Đảng ủy báo cáo kết quả thực hiện nhiệm vụ tháng 02 và ý kiến thảo luận "
              "của các đồng chí dự họp, Ban Thường vụ Đảng ủy kết luận như sau:")
    ))
    b.append(para(run("Đánh giá chung"), num=(LEGAL, 0)))
    b.append(para(run(
        "Trong tháng 02 năm 2026, các chi bộ và cơ quan, đoàn thể đã bám sát chương trình công tác, tổ chức tốt "
        "các hoạt động mừng Đảng, mừng Xuân; tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững. "
        "Tuy nhiên, việc sinh hoạt chuyên đề ở một số chi bộ còn hình thức, chưa gắn với nhiệm vụ chính trị của "
        "địa phương; công tác thu nộp đảng phí ở một vài chi bộ còn chậm so với quy định."
    )))
    b.append(para(run("Nhiệm vụ trọng tâm thời gian tới"), num=(LEGAL, 0)))
    b.append(para(run(
        "Về công tác tuyên truyền, học tập nghị quyết: Ban Tuyên giáo Đảng ủy chủ trì, phối hợp với Mặt trận Tổ "
        "quốc và các đoàn thể xã tổ chức học tập, quán triệt nghị quyết theo kế hoạch dưới đây:"
    ), num=(LEGAL, 1)))
    b.append(borderless_tasks(BORDERLESS[0]))
    b.append(para(run(
        "Về công tác xây dựng Đảng: các chi bộ rà soát, hoàn thiện hồ sơ đảng viên, cập nhật phần mềm quản lý "
        "đảng viên, hoàn thành trước ngày 15/4/2026; chi bộ nào chậm thì đồng chí bí thư chi bộ chịu trách nhiệm "
        "trước Ban Thường vụ Đảng ủy."
    ), num=(LEGAL, 1)))
    b.append(para(run(
        "Về công tác kiểm tra, giám sát: Ủy ban Kiểm tra Đảng ủy thực hiện nhiệm vụ theo bảng sau:"
    ), num=(LEGAL, 1)))
    b.append(borderless_tasks(BORDERLESS[1]))
    b.append(para(run("Các chi bộ thôn tập trung:"), num=(LEGAL, 1)))
    b.append(para(run("Vận động nhân dân tham gia hiến đất làm đường giao thông nông thôn;"), num=(LEGAL, 2)))
    b.append(para(run("Thu nộp đảng phí quý I đầy đủ về Văn phòng Đảng ủy trước ngày 10/4/2026."), num=(LEGAL, 2)))
    b.append(para(run("Văn phòng Đảng ủy chủ trì thực hiện các nhiệm vụ sau:"), num=(LEGAL, 1)))
    b.append(borderless_tasks(BORDERLESS[2], (900, 3200, 2600, 2700), size=26))
    b.append(para(run("Về công tác đảng viên, thực hiện theo lịch sau:"), num=(LEGAL, 1)))
    b.append(two_row_header_tasks())
    b.append(para(run("Tổ chức thực hiện"), num=(LEGAL, 0)))
    b.append(para(run(
        "Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp kết quả, báo cáo Ban "
        "Thường vụ Đảng ủy tại hội nghị thường kỳ tháng 4 năm 2026."
    )))
    b.append(party_signoff())
    b.append(section(False, title_page=True, footer=False))
    return "".join(b), notes


JOINT_TASKS = [
    ("Khảo sát, lập danh sách hộ nghèo, hộ cận nghèo cần hỗ trợ sửa chữa nhà ở", "Công chức Văn hóa - Xã hội",
     "Trước ngày 15/5/2026"),
    ("Tổ chức hội nghị phát động phong trào chung tay vì người nghèo tại các thôn", "Ủy ban MTTQ Việt Nam xã",
     "Tháng 5/2026"),
    ("Vận động doanh nghiệp, nhà hảo tâm ủng hộ Quỹ Vì người nghèo", "Ủy ban MTTQ Việt Nam xã",
     "Quý II/2026"),
    ("Thẩm định hồ sơ đề nghị hỗ trợ, trình Chủ tịch Ủy ban nhân dân xã phê duyệt", "Công chức Văn hóa - Xã hội",
     "Trước ngày 30/6/2026"),
    ("Hướng dẫn các hộ được hỗ trợ lập dự toán sửa chữa, bảo đảm đúng quy định", "Công chức Địa chính - Xây dựng",
     "Tháng 7/2026"),
    ("Huy động đoàn viên thanh niên, hội viên ngày công giúp các hộ sửa chữa nhà", "Đoàn Thanh niên xã",
     "Quý III/2026"),
    ("Giám sát việc sử dụng kinh phí hỗ trợ tại các thôn", "Ban Thanh tra nhân dân xã", "Thường xuyên"),
    ("Cấp phát kinh phí hỗ trợ cho các hộ đã hoàn thành sửa chữa", "Bộ phận Kế toán - Ngân sách xã",
     "Trước ngày 30/9/2026"),
    ("Tuyên truyền gương tập thể, cá nhân tiêu biểu trên hệ thống truyền thanh xã", "Công chức Văn hóa - Xã hội",
     "Hằng tháng"),
    ("Tổng hợp kết quả, đề xuất khen thưởng tập thể, cá nhân có nhiều đóng góp", "Ủy ban MTTQ Việt Nam xã",
     "Tháng 11/2026"),
    ("Tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện Kế hoạch liên tịch", "Văn phòng HĐND và UBND xã",
     "Trước ngày 15/12/2026"),
]


def joint_signoff() -> str:
    """Nơi nhận beside two signers side by side (a joint document), three borderless cells."""
    left = cell_text("Nơi nhận:\n- UBND huyện (b/c);\n- Ủy ban MTTQ huyện (b/c);\n- Các thôn;\n- Lưu: VT.", jc="left")
    front = cell_text("TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM XÃ\nCHỦ TỊCH\n\n\n\nPhan Thị Ngọc Lan", b=True, jc="center")
    state = cell_text("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nVõ Đình Trung", b=True, jc="center")
    return table([cell(left, 2900) + cell(front, 3300) + cell(state, 3200)], [2900, 3300, 3200], ruled=False)


def ke_hoach_lien_tich() -> tuple[str, list[str]]:
    """A joint plan of a commune's People's Committee and Fatherland Front committee: a long
    borderless task table that a page break cuts without repeating its header row, a borderless
    table of reports without a column of row numbers, and the two signers side by side beside
    Nơi nhận."""
    left = cell_text("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nXÃ HÒA AN", b=True, jc="center")
    right = cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True, jc="center")
    number = cell_text("Số: 07/KHLT-UBND-MTTQ", jc="center")
    date = cell_text("Hòa An, ngày 20 tháng 4 năm 2026", i=True, jc="center")
    b = [table([cell(left, 4000) + cell(right, 5400), cell(number, 4000) + cell(date, 5400)], [4000, 5400], ruled=False)]
    b.append(centred([("KẾ HOẠCH LIÊN TỊCH", {"b": True}),
                      ("Hỗ trợ sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn xã năm 2026", {"b": True})],
                     after=160))
    b.append(para(run("Ủy ban nhân dân xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã thống nhất ban hành Kế hoạch "
                      "liên tịch hỗ trợ sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo năm 2026 như sau:")))
    b.append(para(run("MỤC ĐÍCH, YÊU CẦU"), style="Muc"))
    b.append(para(run("Huy động sức mạnh của cả hệ thống chính trị và Nhân dân chăm lo cho người nghèo; bảo đảm "
                      "hỗ trợ đúng đối tượng, công khai, minh bạch, không để thất thoát kinh phí.")))
    b.append(para(run("Phấn đấu đến hết năm 2026 không còn hộ nghèo ở trong nhà ở hư hỏng, dột nát; mỗi thôn có ít "
                      "nhất một công trình nhà ở được hỗ trợ sửa chữa từ nguồn xã hội hóa.")))
    b.append(para(run("NHIỆM VỤ CỤ THỂ"), style="Muc"))
    b.append(para(run("Các cơ quan, đơn vị thực hiện các nhiệm vụ theo bảng phân công sau:")))
    rows = [["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]]
    rows += [[str(k), task, lead, when] for k, (task, lead, when) in enumerate(JOINT_TASKS, start=1)]
    rows.insert(1, ["A", "KHẢO SÁT, VẬN ĐỘNG NGUỒN LỰC"])
    rows.insert(5, ["B", "HỖ TRỢ SỬA CHỮA NHÀ Ở VÀ GIÁM SÁT"])
    b.append(borderless_tasks(rows, (700, 4600, 2400, 1900), size=26))
    b.append(para(run("TỔ CHỨC THỰC HIỆN"), style="Muc"))
    b.append(para(run("Văn phòng HĐND và UBND xã là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; báo "
                      "cáo kết quả về Ủy ban nhân dân xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã theo lịch sau:")))
    # a borderless table without a column of row numbers: the report's content is the first column
    reports = [
        ["Nội dung báo cáo", "Đơn vị thực hiện", "Thời hạn gửi"],
        ["Danh sách hộ được hỗ trợ và dự toán kinh phí sửa chữa nhà ở của từng hộ", "Công chức Văn hóa - Xã hội",
         "Trước ngày 05/7/2026"],
        ["Kết quả vận động Quỹ Vì người nghèo", "Ủy ban MTTQ Việt Nam xã", "Trước ngày 10/10/2026"],
        ["Tình hình giải ngân kinh phí hỗ trợ và các khó khăn, vướng mắc phát sinh trong quá trình thực hiện",
         "Bộ phận Kế toán - Ngân sách xã", "Trước ngày 20/11/2026"],
    ]
    out = []
    for k, row in enumerate(reports):
        out.append("".join(
            cell(cell_text(t, b=k == 0, jc="center" if k == 0 or c else "left"), w)
            for c, (t, w) in enumerate(zip(row, (4600, 2800, 2000), strict=True))
        ))
    b.append(table(out, [4600, 2800, 2000], ruled=False).replace('w:val="24"', 'w:val="26"'))
    b.append(joint_signoff())
    b.append(section(False, title_page=True, footer=False))
    return "".join(b), []


# ---------------------------------------------------------------- a province's plan, numbers merged down

# a task of two steps: its number and lead unit merged down over the steps' rows; the time heading
# spans 'Bắt đầu' | 'Hoàn thành'; the header takes two rows and is repeated on each page; rows may
# break across pages (``padding`` paragraphs move the page break through the table)
MERGED_W = [600, 3000, 1700, 1600, 1100, 1100]


def merged_head_rows() -> list[str]:
    c = cell
    top = (c(cell_text("STT", b=True, jc="center"), MERGED_W[0], vmerge="restart")
           + c(cell_text("Nội dung nhiệm vụ", b=True, jc="center"), MERGED_W[1], vmerge="restart")
           + c(cell_text("Đơn vị chủ trì", b=True, jc="center"), MERGED_W[2], vmerge="restart")
           + c(cell_text("Đơn vị phối hợp", b=True, jc="center"), MERGED_W[3], vmerge="restart")
           + c(cell_text("Thời gian thực hiện", b=True, jc="center"), MERGED_W[4] + MERGED_W[5], span=2))
    under = (c("", MERGED_W[0], vmerge="continue") + c("", MERGED_W[1], vmerge="continue") + c("", MERGED_W[2], vmerge="continue")
             + c("", MERGED_W[3], vmerge="continue")
             + c(cell_text("Bắt đầu", b=True, jc="center"), MERGED_W[4]) + c(cell_text("Hoàn thành", b=True, jc="center"), MERGED_W[5]))
    return [top, under]


MERGED_LONG = ("; tổng hợp ý kiến góp ý của các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố và "
        "các tổ chức, cá nhân có liên quan, giải trình, tiếp thu đầy đủ, hoàn thiện hồ sơ theo quy định")

# (no, task, lead, coordinate, start, end); None no = merged with the row above (number, lead merged)
MERGED_ROWS: list[tuple[str | None, str, str, str, str, str]] = [
    ("1", "Xây dựng dự thảo Quy định phân cấp quản lý cụm công nghiệp trên địa bàn tỉnh", "Sở Công Thương",
     "Sở Tư pháp", "Tháng 01/2027", "Tháng 3/2027"),
    (None, "Trình Ủy ban nhân dân tỉnh ban hành Quy định", "", "Văn phòng UBND tỉnh", "Tháng 4/2027", "Tháng 5/2027"),
    ("2", "Rà soát quy hoạch các cụm công nghiệp chưa có nhà đầu tư hạ tầng" + MERGED_LONG, "Sở Kế hoạch và Đầu tư",
     "Sở Tài nguyên và Môi trường", "Tháng 02/2027", "Tháng 6/2027"),
    (None, "Đề xuất điều chỉnh, bổ sung quy hoạch các cụm công nghiệp" + MERGED_LONG, "", "UBND các huyện, thị xã, thành phố",
     "Tháng 7/2027", "Tháng 9/2027"),
    ("3", "Kiểm tra công tác bảo vệ môi trường tại các cụm công nghiệp đang hoạt động", "Sở Tài nguyên và Môi trường",
     "Công an tỉnh", "Quý II/2027", "Quý III/2027"),
    ("4", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Sở Công Thương", "Các sở, ngành liên quan",
     "Tháng 11/2027", "Tháng 12/2027"),
]


def merged_number_tasks(
    tasks: list[tuple[str | None, str, str, str, str, str]] = MERGED_ROWS, repeat: bool = True, note: bool = False
) -> str:
    rows = merged_head_rows()
    for k, (no, task, lead, coord, start, end) in enumerate(tasks):
        nxt = tasks[k + 1][0] if k + 1 < len(tasks) else "x"
        if no is None:
            number = cell("", MERGED_W[0], vmerge="continue")
            lead_cell = cell("", MERGED_W[2], vmerge="continue")
        else:
            vm = "restart" if nxt is None else None
            number = cell(cell_text(no, jc="center"), MERGED_W[0], vmerge=vm)
            lead_cell = cell(cell_text(lead, jc="center"), MERGED_W[2], vmerge=vm)
        task_cell = cell(cell_text(task, jc="both"), MERGED_W[1])
        if note and k == 2:  # a footnote's mark in a task's cell
            task_cell = cell(para(run(task, size=24) + footnote_ref(2), jc="both", indent=False, after=0), MERGED_W[1])
        rows.append(number + task_cell + lead_cell + cell(cell_text(coord, jc="center"), MERGED_W[3])
                    + cell(cell_text(start, jc="center"), MERGED_W[4]) + cell(cell_text(end, jc="center"), MERGED_W[5]))
    return table(rows, MERGED_W, ruled=True, header_rows=2 if repeat else 0, split_rows=True)


def ke_hoach_merged_numbers(padding: int, repeat: bool = True, note: bool = False) -> tuple[str, list[str]]:
    notes = ["Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ về quản lý, phát triển cụm công nghiệp."]
    if note:
        notes.append("Quy hoạch tỉnh Bắc Hà thời kỳ 2021-2030 được phê duyệt tại Quyết định số 120/QĐ-TTg ngày "
                     "20/02/2024.")
    left = cell_text("ỦY BAN NHÂN DÂN\nTỈNH BẮC HÀ", b=True, jc="center")
    right = cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True, jc="center")
    b = [table([cell(left, 3800) + cell(right, 5600), cell(cell_text("Số: 215/KH-UBND", jc="center"), 3800)
                + cell(cell_text("Bắc Hà, ngày 18 tháng 12 năm 2026", i=True, jc="center"), 5600)], [3800, 5600], ruled=False)]
    b.append(centred([("KẾ HOẠCH", {"b": True}), ("Phát triển cụm công nghiệp tỉnh Bắc Hà năm 2027", {"b": True})], after=160))
    b.append(para(run("Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ") + footnote_ref(1)
                  + run("; Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển cụm công nghiệp năm 2027 như sau:")))
    b.append(para(run("MỤC ĐÍCH, YÊU CẦU"), style="Muc"))
    b.append(para(run("Huy động các nguồn lực đầu tư hạ tầng kỹ thuật cụm công nghiệp; phân công rõ trách nhiệm "
                      "của từng cơ quan, đơn vị.")))
    for _ in range(padding):
        b.append(para(run("Các cơ quan, đơn vị bám sát chương trình công tác, chủ động phối hợp, bảo đảm tiến độ "
                          "và chất lượng; kịp thời báo cáo khó khăn, vướng mắc phát sinh trong quá trình triển khai.")))
    b.append(para(run("NHIỆM VỤ, GIẢI PHÁP"), style="Muc"))
    b.append(para(run("Nhiệm vụ chung"), num=(HEAD, 1)))
    b.append(para(run("Sở Công Thương chủ trì, phối hợp với các sở, ngành tham mưu Ủy ban nhân dân tỉnh ban hành "
                      "danh mục cụm công nghiệp ưu tiên thu hút đầu tư, hoàn thành trước ngày 31/3/2027.")))
    b.append(para(run("Nhiệm vụ cụ thể"), num=(HEAD, 1)))
    b.append(para(run("Các cơ quan, đơn vị thực hiện các nhiệm vụ theo bảng sau:")))
    b.append(merged_number_tasks(repeat=repeat, note=note))
    b.append(para(run("TỔ CHỨC THỰC HIỆN"), style="Muc"))
    b.append(para(run("Các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện "
                      "về Sở Công Thương trước ngày 05/12/2027 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")))
    left = cell_text("Nơi nhận:\n- Bộ Công Thương (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Các sở, ban, ngành;\n"
                     "- UBND các huyện, thị xã, thành phố;\n- Lưu: VT, KT.", jc="left")
    right = cell_text("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHà Văn Tuấn", b=True, jc="center")
    b.append(table([cell(left, 4400) + cell(right, 5000)], [4400, 5000], ruled=False))
    b.append(section(False, title_page=True, footer=True))
    return "".join(b), notes



FIRE_ROWS: list[tuple[str | None, str, str, str, str, str]] = [
    ("1", "Tổ chức hội nghị quán triệt Chỉ thị đến cán bộ chủ chốt, bí thư các chi bộ", "Ban Tuyên giáo Đảng ủy",
     "Văn phòng Đảng ủy", "Tháng 3/2026", "Tháng 4/2026"),
    (None, "Hướng dẫn các chi bộ tổ chức sinh hoạt chuyên đề về phòng cháy, chữa cháy", "",
     "Các chi bộ trực thuộc", "Tháng 4/2026", "Tháng 6/2026"),
    ("2", "Rà soát, lập danh sách hộ gia đình kinh doanh kết hợp ở có nguy cơ cháy, nổ cao; hướng dẫn lắp đặt "
     "lối thoát nạn thứ hai, trang bị bình chữa cháy tại hộ gia đình", "Công an xã", "Trưởng các thôn",
     "Tháng 4/2026", "Tháng 8/2026"),
    ("3", "Kiểm tra việc thực hiện Chỉ thị tại các chi bộ, cơ quan, đơn vị", "Ủy ban Kiểm tra Đảng ủy",
     "Công an xã", "Quý III/2026", "Quý IV/2026"),
]


def ke_hoach_party_appendix() -> tuple[str, list[str]]:
    """A Party committee's plan whose tasks are in an appendix (a landscape section with a footer
    line and the page number on top): the footnote mark raised in a justified line of the opening
    (the letters going below that line, 'y', 'g', 'ụ', were read as a line of their own, and as a
    table with the heading under it), a heading followed by several paragraphs."""
    notes = ["Chỉ thị số 05-CT/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng cháy, "
             "chữa cháy."]
    b = [party_header().replace("Số 27-TB/ĐU", "Số 31-KH/ĐU")]
    b.append(centred([("KẾ HOẠCH", {"b": True}), ("thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy", {"b": True}),
                      ("-----", {})], after=120))
    b.append(para(run("Thực hiện Chỉ thị số 05-CT/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy") + footnote_ref(1)
                  + run(", Ban Thường vụ Đảng ủy xây dựng Kế hoạch thực hiện như sau:")))
    b.append(para(run("Mục đích, yêu cầu"), num=(LEGAL, 0)))
    b.append(para(run("Quán triệt sâu sắc nội dung Chỉ thị đến toàn thể cán bộ, đảng viên và Nhân dân; nâng cao ý thức "
                      "phòng ngừa, kịp thời phát hiện, xử lý các nguy cơ cháy, nổ tại khu dân cư.")))
    b.append(para(run("Gắn trách nhiệm của người đứng đầu cấp ủy, chính quyền với kết quả công tác phòng cháy, chữa "
                      "cháy ở từng thôn, cơ quan, đơn vị.")))
    b.append(para(run("Việc triển khai phải thiết thực, tránh hình thức; huy động sự tham gia của Mặt trận Tổ quốc, "
                      "các đoàn thể và lực lượng dân phòng ở từng thôn, tổ dân phố.")))
    b.append(para(run("Nhiệm vụ, giải pháp"), num=(LEGAL, 0)))
    b.append(para(run("Tăng cường tuyên truyền trên hệ thống loa truyền thanh, mạng xã hội về kỹ năng thoát nạn, sử "
                      "dụng an toàn thiết bị điện, bếp gas trong gia đình; nhân rộng mô hình tổ liên gia an toàn phòng "
                      "cháy, chữa cháy và điểm chữa cháy công cộng ở khu dân cư.")))
    b.append(para(run("Đầu tư trang bị phương tiện chữa cháy ban đầu cho lực lượng dân phòng; bố trí nguồn nước chữa "
                      "cháy tại các khu vực chợ, trường học, cơ sở sản xuất, kinh doanh tập trung đông người.")))
    b.append(para(run("Kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích; xử lý nghiêm các trường hợp "
                      "vi phạm quy định về phòng cháy, chữa cháy, không để xảy ra cháy lớn gây thiệt hại nghiêm trọng.")))
    b.append(para(run("Các chi bộ, cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo; Văn phòng Đảng ủy tổng "
                      "hợp kết quả, báo cáo Ban Thường vụ Đảng ủy trước ngày 20/12/2026.")))
    b.append(party_signoff())
    b.append(para(run(""), indent=False, after=0, extra=section(False, title_page=True, footer=False)))
    b.append(centred([("PHỤ LỤC", {"b": True}), ("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHỈ THỊ SỐ 05-CT/TU", {"b": True}),
                      ("(Kèm theo Kế hoạch số 31-KH/ĐU ngày 05/3/2026 của Ban Thường vụ Đảng ủy)", {"i": True})],
                     after=120))
    b.append(merged_number_tasks(FIRE_ROWS))
    b.append(section(True, title_page=False, footer=True))
    return "".join(b), notes


def convert(docx: Path, pdf: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("office_build: soffice is not installed (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, str(docx)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        shutil.move(str(Path(tmp) / (docx.stem + ".pdf")), pdf)


VARIANTS = {
    # name: (repeat the header row on each page, two tables, rows may break across pages)
    "kh_repeat": (True, False, False),
    "kh_norepeat": (False, False, False),
    "kh_split": (False, True, False),
    "kh_rowbreak": (True, False, True),
}

# the merged plan: the page break cuts the task whose number is merged down (the step below it
# goes on the next page with its lead unit merged from above) / a task's row ('Quý' over 'II/2027')
# / the header itself, not repeated on each page ('ST' over 'T', 'Hoàn' over 'thành' on the next page)
# / the header alone at a page's foot, a footnote's mark in a task's cell
MERGED_VARIANTS = {
    "kh_merged_stt": (0, True, False),
    "kh_merged_quy": (8, True, False),
    "kh_merged_head": (4, False, False),
    "kh_merged_foot": (15, False, True),
}


SAMPLE_TASKS = [
    "Tổ chức hội nghị quán triệt, học tập nghị quyết đến toàn thể cán bộ, đảng viên và nhân dân trên địa bàn xã",
    "Xây dựng chương trình hành động thực hiện Nghị quyết số 15/2025/NQ-HĐND, trình Ban Chấp hành cho ý kiến",
    "Rà soát, cập nhật danh mục thủ tục hành chính theo Quyết định số 1520/QĐ-UBND ngày 28/12/2025",
    "Kiểm tra, giám sát việc thực hiện Kế hoạch số 41/KH-UBND tại các thôn, khu dân cư",
    "Tuyên truyền trên hệ thống loa truyền thanh cơ sở về chuyển đổi số, dịch vụ công trực tuyến",
    "Tổng hợp, báo cáo kết quả thực hiện về Văn phòng Đảng ủy để báo cáo Ban Thường vụ",
]


def borderless_sample(count: int) -> None:
    """Measure: ``count`` small borderless task tables (a header and one or two rows, the task
    cells justified, column widths and font sizes varied) printed by LibreOffice; prints how
    many the PDF reader reads whole (one pipe row per table row, every row as wide)."""
    import random

    from ndq57.pipeline import extracted_text

    rng = random.Random(11)
    shapes = [(700, 4300, 2500, 1900), (600, 3600, 2200, 1500, 1500), (700, 5200, 2200, 1300), (900, 3200, 2600, 2700)]
    heads = {4: ["TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành"],
             5: ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"]}  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        made: list[tuple[Path, int]] = []
        for n in range(count):
            widths = rng.choice(shapes)
            rows = [heads[len(widths)]]
            for k in range(rng.choice([1, 2])):
                task = rng.choice(SAMPLE_TASKS)
                if rng.random() < 0.4:
                    task += " " + rng.choice(SAMPLE_TASKS).lower()
                row = [str(k + 1), task, rng.choice(["Ban Tuyên giáo Đảng ủy", "Văn phòng Đảng ủy", "Công an xã"])]
                if len(widths) == 5:
                    row.append(rng.choice(["Các chi bộ", "Mặt trận Tổ quốc xã", "Đoàn Thanh niên xã"]))
                row.append(rng.choice(["Trước ngày 31/3/2026", "Tháng 5/2026", "Quý II/2026"]))
                rows.append(row)
            body = (
                para(run("Ban Thường vụ Đảng ủy giao nhiệm vụ cụ thể như sau:"))
                + borderless_tasks(rows, widths, size=rng.choice([24, 26, 28]))
                + para(run("Các đơn vị báo cáo kết quả thực hiện trước ngày 15/12/2026."))
                + section(False, title_page=True, footer=False)
            )
            path = Path(tmp) / f"t{n:02d}.docx"
            write_docx(path, body, [], "")
            made.append((path, len(rows)))
        soffice = shutil.which("soffice") or sys.exit("office_build: soffice is not installed")
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, *(str(p) for p, _ in made)],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
        whole = 0
        for path, rows_count in made:
            text = extracted_text(path.with_suffix(".pdf").read_bytes())
            pipe = [ln for ln in text.splitlines() if ln.startswith("| ")]
            width = len(heads[4]) if pipe and pipe[0].count(" | ") == 3 else len(heads[5])
            ok = len(pipe) == rows_count and all(ln.count(" | ") == width - 1 for ln in pipe)
            whole += ok
            if not ok and "-v" in sys.argv:
                print(path.name, text)
        print(f"{whole} of {count} borderless tables read whole")


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--borderless":
        borderless_sample(int(sys.argv[2]))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for name, (repeat, split, split_rows) in VARIANTS.items():
        body, notes = ke_hoach(repeat_header=repeat, split=split, split_rows=split_rows)
        write_docx(OUT / f"{name}.docx", body, notes, "Phụ lục Kế hoạch số 41/KH-UBND")
        made.append(OUT / f"{name}.docx")
    body, notes = thong_bao()
    write_docx(OUT / "tb_party.docx", body, notes, "")
    made.append(OUT / "tb_party.docx")
    body, notes = ke_hoach_lien_tich()
    write_docx(OUT / "khlt_joint.docx", body, notes, "")
    made.append(OUT / "khlt_joint.docx")
    for name, (padding, repeat, note) in MERGED_VARIANTS.items():
        body, notes = ke_hoach_merged_numbers(padding, repeat, note)
        write_docx(OUT / f"{name}.docx", body, notes, "Kế hoạch số 215/KH-UBND")
        made.append(OUT / f"{name}.docx")
    body, notes = ke_hoach_party_appendix()
    write_docx(OUT / "kh_party_appendix.docx", body, notes, "Kế hoạch số 31-KH/ĐU")
    made.append(OUT / "kh_party_appendix.docx")
    for path in made:
        convert(path, path.with_suffix(".pdf"))
        print(path.name, path.stat().st_size, path.with_suffix(".pdf").stat().st_size)


if __name__ == "__main__":
    main()


# ---------------------------------------------------------------- embedded parts (w:altChunk)

CHUNK_TYPES = {
    "html": "text/html",
    "mht": "message/rfc822",
    "txt": "text/plain",
    "rtf": "application/rtf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
}


def alt_chunk(n: int) -> str:
    """A ``w:altChunk`` in the body, pointing to the n-th part ``add_chunks`` adds."""
    return f'<w:altChunk r:id="rIdChunk{n}"/>'


def add_chunks(path: Path, chunks: list[tuple[str, bytes]]) -> None:
    """Add embedded parts (kind from CHUNK_TYPES, bytes) to a package ``write_docx`` wrote, each
    with its content type and its relationship from the document (``rIdChunk1`` ...)."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    types = parts["[Content_Types].xml"].decode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    for n, (kind, data) in enumerate(chunks, start=1):
        name = f"afchunk{n}.{kind}"
        parts[f"word/{name}"] = data
        types = types.replace("</Types>", f'<Override PartName="/word/{name}" ContentType="{CHUNK_TYPES[kind]}"/></Types>')
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdChunk{n}" Target="{name}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"/></Relationships>',
        )
    parts["[Content_Types].xml"] = types.encode()
    parts["word/_rels/document.xml.rels"] = rels.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
