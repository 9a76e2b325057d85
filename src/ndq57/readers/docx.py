"""DOCX reader: the body of a Word document as a clean text export, through python-docx.

* paragraphs in order, each with the label Word draws before it (automatic numbering, resolved
  by :mod:`ndq57.readers.word_numbering`), ``w:caps`` text in capitals, legacy-font runs (TCVN3,
  VNI) converted, line breaks kept (a page or column break inside a paragraph: a line break too);
* **layout tables** — the header (issuer | national title, number | place and date) and the
  sign-off (Nơi nhận | signer), at most two columns and a few rows — read cell by cell, each cell
  paragraph its own line, so the header reads issuer, national title, number, place and date;
* **data tables** (task tables of an appendix) as pipe rows ``| cell | cell |``, one row a line,
  the paragraphs of a cell joined with spaces, a merged cell read once (``w:gridSpan``: one
  cell; ``w:vMerge`` continued: an empty cell; a column split in sub-columns by a table of one
  row in its cells, "Chủ trì" | "Phối hợp": a cell each); a table typed with tabs (a heading row,
  then a paragraph a row of as many cells) as pipe rows too; an Excel sheet embedded as an object
  (a .xlsx package, or an Excel 97-2003 workbook in a compound file) as the rows of its sheet;
* **footnotes** (``footnotes.xml``; endnotes, ``endnotes.xml``, read as footnotes): the
  reference becomes ``[n]`` glued to its word (``n`` counts the references in order, as Word
  numbers them) and the body ``[n] …`` follows the paragraph that refers to it, where the layout
  stage lifts it out;
* page headers and footers are not part of the body and are left out, but for a **letterhead**:
  the page header printed on the first page, when it holds the national title and the body does
  not (a template that sets issuer | national title, number | place and date there), is read
  before the body, once.

Origins (``source.extraction.lines``): ``paragraph`` (index among the body's paragraphs),
``table``/``row``/``cell`` (counted from 0), ``footnote`` (the footnote's number), ``page_header``
(the letterhead's lines, from 1).
"""

from __future__ import annotations

import functools
import io
import itertools
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.errors import DecodeError
from ndq57.readers import Extracted, LineMap, pipe_row
from ndq57.readers import text_patterns as _patterns
from ndq57.readers.legacy_fonts import capitals_font, font_kind, to_unicode
from ndq57.readers.word_numbering import Numbering, StyleNumbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_R = "{" + _RELS[:-1] + "}"
_CONTAINERS = {"hyperlink", "ins", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml", "moveTo", "dir", "bdo"}
_LAYOUT_MAX_COLUMNS = 2
_LAYOUT_MAX_ROWS = 4
_TAB_BLOCK_LINE = 70  # a line of a block set with tab stops is at most this long
_HEADER_CELL = 140  # a cell of a header's line is at most this long
_MAX_GRID = 63  # the columns of a Word table, at most (a damaged span or skip counts no more)
_NESTED_TABLES = 2  # data tables read as tables inside layout tables inside ..., at most
_TAB_LEFT_ONLY = 60  # a line this short between lines in two tab-set blocks is a line of the left one
_HEADER_ABOVE = 6  # the lines read before the text boxes of a header drawn above them, at most


def _local(el: Any) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def _val(el: Any, tag: str) -> str | None:
    child = el.find(_W + tag) if el is not None else None
    return None if child is None else child.get(_W + "val")


def _on(el: Any, tag: str) -> bool | None:
    """A toggle property (``w:caps``): True, False, or None when not set."""
    child = el.find(_W + tag) if el is not None else None
    if child is None:
        return None
    return child.get(_W + "val", "true") not in ("0", "false", "off")


@dataclass(slots=True)
class _Styles:
    """What paragraph and character styles say about caps and fonts (through ``w:basedOn``)."""

    caps: dict[str, bool] = field(default_factory=dict)
    font: dict[str, str] = field(default_factory=dict)
    centred: set[str] = field(default_factory=set)  # paragraph styles centred (w:jc)
    default_style: str = "Normal"  # the paragraph style of a paragraph that names none
    contents: set[str] = field(default_factory=set)  # Word's "toc 1" ... "toc 9": a table of contents
    default_font: str = ""
    # styles that hide their text (w:vanish: not shown) or show it again: True, False
    hidden: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def read(cls, styles_xml: Any | None) -> _Styles:
        out = cls()
        if styles_xml is None:
            return out
        defaults = styles_xml.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        if defaults is not None:
            out.default_font = _font_of(defaults) or ""
        # style -> (caps, font, alignment, the style it is based on); what a style leaves unset
        # comes from the first style down its chain that sets it
        raw: dict[str, tuple[bool | None, str | None, str | None, str | None]] = {}
        vanish: dict[str, bool | None] = {}
        for st in styles_xml.iter(_W + "style"):
            sid = st.get(_W + "styleId", "")
            if regex.fullmatch(r"(?:toc|contents) [1-9]", (_val(st, "name") or "").casefold()):  # (Word, LibreOffice)
                out.contents.add(sid)
            if st.get(_W + "type") == "paragraph" and st.get(_W + "default") in ("1", "true", "on"):
                out.default_style = sid
            rpr = st.find(_W + "rPr")
            raw[sid] = (_caps(rpr), _font_of(rpr), _val(st.find(_W + "pPr"), "jc"), _val(st, "basedOn"))
            vanish[sid] = _on(rpr, "vanish")
        for sid in raw:
            caps, font, align, base = raw[sid]
            seen = {sid}
            while (caps is None or font is None or align is None) and base and base not in seen:
                seen.add(base)
                b_caps, b_font, b_align, nxt = raw.get(base, (None, None, None, None))
                caps = caps if caps is not None else b_caps
                font = font if font is not None else b_font
                align = align if align is not None else b_align
                base = nxt
            if caps:
                out.caps[sid] = True
            if align == "center":
                out.centred.add(sid)
            if font:
                out.font[sid] = font
        for sid in raw:  # (hidden through the styles it is based on, unless it shows its text again)
            seen, hide, base = {sid}, vanish[sid], raw[sid][3]
            while hide is None and base and base not in seen:
                seen.add(base)
                hide, base = vanish.get(base), raw.get(base, (None, None, None, None))[3]
            if hide is not None:
                out.hidden[sid] = hide
        return out


def _mark_gone(ppr: Any) -> bool:
    """The paragraph mark is deleted or moved away with tracked changes, or hidden: a paragraph
    left empty by it is not on the page and Word does not count it in its list."""
    rpr = ppr.find(_W + "rPr") if ppr is not None else None
    if rpr is None:
        return False
    return rpr.find(_W + "del") is not None or rpr.find(_W + "moveFrom") is not None or bool(_on(rpr, "vanish"))


def _caps(rpr: Any) -> bool | None:
    """Whether a run shows in capitals: ``w:caps``, or ``w:smallCaps`` (lower-case letters drawn
    as small capitals: a reader sees capitals too); None when neither is set."""
    caps, small = _on(rpr, "caps"), _on(rpr, "smallCaps")
    if caps or small:
        return True
    return None if caps is None and small is None else False


def _font_of(rpr: Any) -> str | None:
    """The font a run's letters are drawn in: ``w:ascii`` or ``w:hAnsi``; the complex-script font
    (``w:cs``) only for a run marked right-to-left or complex script (``w:rtl``, ``w:cs``), and
    never the East Asian one: a legacy font left there does not draw Vietnamese text."""
    fonts = rpr.find(_W + "rFonts") if rpr is not None else None
    if fonts is None:
        return None
    name = fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi")
    if not name and (_on(rpr, "rtl") or _on(rpr, "cs")):
        name = fonts.get(_W + "cs")
    return str(name) if name else None


def _unicode_text(text: str) -> bool:
    """Does a run hold letters no legacy (8-bit) font code has: Vietnamese Unicode letters (ơ, ư,
    đ, ă, ệ ...) or combining tone marks? Then it is not typed in the legacy code its font names."""
    return regex.search(_UNICODE_LETTERS, text) is not None


# letters of Vietnamese Unicode text no legacy font code holds: ạ … ỹ, Ơ ơ Ư ư Đ đ Ă ă, tone marks
_UNICODE_LETTERS = r"[\u1EA0-\u1EF9\u01A0\u01A1\u01AF\u01B0\u0110\u0111\u0102\u0103\u0300\u0301\u0303\u0309\u0323]"


class _Reader:
    def __init__(self, document: Any, depth: int = 0) -> None:
        part = document.part
        self.depth = depth  # how many embedded documents (w:altChunk) this one is inside
        self.styles_xml = _xml_of(part, "styles")
        self.styles = _Styles.read(self.styles_xml)
        self.style_numbering = StyleNumbering.from_styles(self.styles_xml)
        self.numbering = Numbering(_xml_of(part, "numbering"), self.style_numbering)
        self.footnotes = _footnotes(part)
        self.out = LineMap()
        self.paragraphs = 0
        self.tables = 0
        self.depth_tables = 0  # data tables being read inside a layout table's cell
        self.notes_seen: dict[str, int] = {}  # footnote id -> display number
        self.pending: list[str] = []  # footnote ids referred to by the paragraph being read
        self.custom_marks: dict[str, str] = {}  # footnote id -> its own mark ("*", "(a)")
        self.boxes: list[str] = []  # lines of text boxes in the paragraph being read
        # the lines of text boxes anchored in the "Nơi nhận:" line (the signer's block beside the
        # list), kept for after the list's items: (paragraph, lines)
        self.beside: tuple[int, list[str]] | None = None
        self.in_box = False  # reading the paragraphs of a text box (the boxes inside it are read by its reader)
        self.tabbed: list[tuple[int, str, str]] = []  # paragraphs in two blocks: (index, left, right)
        self.tab_rows: list[tuple[int, str, bool]] = []  # rows of a table typed with tabs: (index, text, centred)
        self.tab_lines = False  # the last paragraph read was a line of cells set apart by tabs, not a table's
        # the data table the text ends with (only empty paragraphs after it): columns, first row
        self.last_table: tuple[int, str] | None = None
        self.legacy = False
        self.centred = False  # the last paragraph of text read is centred
        # the text of paragraphs whose mark is deleted (tracked changes) or hidden: Word shows it
        # at the head of the next paragraph, numbered and aligned as that one; (index, text)
        self.carry: tuple[int, str, str | None] | None = None  # (paragraph, text, its label)
        # the complex fields (w:fldChar) open at this point of the text, innermost last: "?" and
        # the instructions read so far while in them (hidden), then past the separator "+" (the
        # result shows) or "-" (the result of a TOC field, a table of contents: hidden)
        self.fields: list[str] = []
        self.part = part
        self.warnings: list[str] = []  # parts of the file not read (an embedded chunk)

    # ------------------------------------------------------------ paragraphs

    def paragraph_text(self, p: Any) -> tuple[str, str | None]:
        """(text with its numbering label, label) of one ``w:p``."""
        ppr = p.find(_W + "pPr")
        style = _val(ppr, "pStyle") or ""
        parts: list[str] = []
        self._runs(p, parts, style)
        text = _breaks(unicodedata.normalize("NFC", "".join(parts)))
        if _mark_gone(ppr):
            # a paragraph mark deleted with tracked changes or hidden (a style separator: a run-in
            # heading): its text, if any, runs on into the next paragraph, under its own number
            # when it has one (the paragraphs are one, numbered once), else under the next one's
            if self.carry is not None:
                index, before, label = self.carry
                self.carry = (index, before + text, label)
            elif text.strip():
                self.carry = (self.paragraphs - 1, text, self._label(ppr, style))
            return "", None
        label = None
        if self.carry is not None:
            _index, before, label = self.carry
            text, self.carry = before + text, None
        # Word numbers an empty paragraph too (its counter goes on): the STT column of a task
        # table is often a column of empty numbered paragraphs
        label = label or self._label(ppr, style)
        if label and text.strip():
            text = f"{label} {text.lstrip()}"
        return text, label

    def _label(self, ppr: Any, style: str) -> str | None:
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id: str | None = None
        ilvl: int | None = None
        if numpr is not None:
            num_id = _val(numpr, "numId")
            lv = _val(numpr, "ilvl")
            ilvl = int(lv) if lv and lv.isdigit() else None
        if num_id is None or ilvl is None:
            s_num, s_ilvl = self.style_numbering.style_num.get(style, (None, None))
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
        if num_id is None:
            return None
        if ilvl is None:
            ilvl = self.numbering.style_level(num_id, style)
        return self.numbering.label(num_id, ilvl)

    def _runs(self, el: Any, parts: list[str], pstyle: str) -> None:
        for child in el:
            name = _local(child)
            if name == "r":
                parts.append(self._run(child, pstyle))
            elif name in _CONTAINERS and not _placeholder(child):
                self._runs(child, parts, pstyle)
            elif name == "AlternateContent":  # runs written twice (mc:Choice, mc:Fallback): the first
                choice = next(iter(child), None)
                if choice is not None:
                    self._runs(choice, parts, pstyle)
            elif name in ("oMath", "oMathPara") and self._shown():  # an equation: its text in order
                parts.append("".join(t.text or "" for t in child.iter(_M + "t")))

    def _run(self, r: Any, pstyle: str) -> str:
        rpr = r.find(_W + "rPr")
        cstyle = _val(rpr, "rStyle") or ""
        hide = _on(rpr, "vanish")
        if hide is None and self.styles.hidden:  # (the character style's, else the paragraph style's)
            hide = self.styles.hidden.get(cstyle, self.styles.hidden.get(pstyle))
        if hide:
            return ""  # hidden text (by the run or its style): neither shown nor printed
        caps = _caps(rpr)
        if caps is None:
            caps = self.styles.caps.get(cstyle) or self.styles.caps.get(pstyle) or False
        font = _font_of(rpr) or self.styles.font.get(cstyle) or self.styles.font.get(pstyle) or self.styles.default_font
        out: list[str] = []
        self._run_content(r, out)
        text = "".join(out)
        kind = font_kind(font) if font else None
        if kind is not None and text and not _unicode_text(text):
            self.legacy = True
            text = to_unicode(text, kind, capitals=capitals_font(font))
        return text.upper() if caps else text

    def _run_content(self, r: Any, out: list[str]) -> None:
        custom: str | None = None  # a footnote reference with its own mark ("*"): the text after it
        for child in r:
            name = _local(child)
            if name == "fldChar":
                kind = child.get(_W + "fldCharType")
                if kind == "begin":
                    self.fields.append("?")
                elif kind == "separate" and self.fields:
                    contents = self.fields[-1][1:].split()[:1] == ["TOC"]
                    self.fields[-1] = "-" if contents else "+"
                elif kind == "end" and self.fields:
                    self.fields.pop()
                continue
            if name == "instrText" and self.fields and self.fields[-1].startswith("?"):
                self.fields[-1] += child.text or ""
            if not self._shown():
                continue  # the instructions of a field (a field's result nested in them too)
            if name == "t":
                if custom is None:
                    out.append(child.text or "")
                else:  # the mark, read as the reference's number: kept to be taken off its body
                    self.custom_marks[custom] = self.custom_marks.get(custom, "") + (child.text or "")
            elif name in ("tab", "ptab"):
                out.append("\t")
            elif name in ("br", "cr"):
                # a page or column break ("\f", see _breaks): the text after it starts a line of
                # its own on the next page, as LibreOffice splits the paragraph there
                out.append("\f" if child.get(_W + "type") in ("page", "column") else "\n")
            elif name == "noBreakHyphen":
                out.append("-")
            elif name in ("footnoteReference", "endnoteReference"):
                fid = name[0] + child.get(_W + "id", "")
                if fid in self.footnotes:
                    n = self.notes_seen.setdefault(fid, len(self.notes_seen) + 1)
                    self.pending.append(fid)
                    out.append(f"[{n}]")
                    if child.get(_W + "customMarkFollows") in ("1", "true", "on"):
                        custom = fid
            elif name == "sym":
                out.append(_symbol(child.get(_W + "char", "")))
            elif name == "AlternateContent" and not any(True for _ in child.iter(_W + "txbxContent", _DGM + "relIds")):
                choice = next(iter(child), None)  # a symbol or text written twice: the first
                if choice is not None:
                    self._run_content(choice, out)
            elif name == "ruby":  # phonetic text set above its base (w:rt): the base is the text
                for base in child.iter(_W + "rubyBase"):
                    for inner in base.iter(_W + "r"):
                        self._run_content(inner, out)
            elif name in ("AlternateContent", "drawing", "pict") and not self.in_box:
                self._text_boxes(child)
            elif name == "object" and not self.in_box:  # an embedded object (an Excel sheet)
                self._embedded(child)

    def _embedded(self, obj: Any) -> None:
        """An object embedded in a run (``w:object``, an OLE object): an Excel workbook's first
        sheet read as a table, its rows as pipe rows after the paragraph (a task table pasted from
        Excel as an object); a Word document (.docx) read as its lines there; any other kind is not
        read, and a warning tells so."""
        for ole in obj.iter():
            if _local(ole) != "OLEObject":
                continue
            kind = ole.get("ProgID", "") or "?"
            try:
                blob = bytes(self.part.related_parts[ole.get(_R + "id", "")].blob)
            except (KeyError, AttributeError):  # (a linked object: its file is elsewhere)
                blob = b""
            rows = _object_rows(blob)
            if rows is None and self.depth < _CHUNK_DEPTH and _word_package(blob):
                # a Word document (an appendix inserted as an object): its lines, read as a
                # document embedded in another format is (w:altChunk)
                rows = _chunk_lines("", blob, self.depth) or None
            if rows is not None:
                self.boxes.extend(rows)
                continue
            warning = (
                f"an object embedded in the Word file ({kind}) is not read: its text is missing; "
                "open it in its program and paste its content into the document to read it"
            )
            if warning not in self.warnings:  # (once for objects of a kind)
                self.warnings.append(warning)

    def _text_boxes(self, el: Any) -> None:
        """The paragraphs of the text boxes drawn in a run, kept for after its paragraph (Word
        writes a box twice, as a DrawingML shape and a VML fallback: the first is read); a box
        drawn inside a box is read once, after the lines of the box that holds it."""
        saved = self.carry, self.fields
        self.carry, self.fields, self.in_box = None, [], True
        for box in _boxes_in(el):
            if _local(box) == "relIds":  # a SmartArt diagram: the text of its shapes
                self.boxes.extend(self._diagram_lines(box))
                continue
            lines: list[str] = []
            for p in _box_paragraphs(box):
                text, _label = self.paragraph_text(p)
                lines.append(text)
            if self.carry is not None:
                lines.append(self.carry[1])
                self.carry = None
            self.boxes.extend(ln.strip() for text in lines for ln in text.replace("\t", " ").split("\n") if ln.strip())
        self.carry, self.fields = saved
        self.in_box = False

    def _diagram_lines(self, rel_ids: Any) -> list[str]:
        """The text of a SmartArt diagram's shapes (its data part, ``r:dm``), a line each, in the
        order of the diagram's tree (a box before the boxes under it, siblings in their order)."""
        from lxml import etree

        try:
            blob = bytes(self.part.related_parts[rel_ids.get(_R + "dm", "")].blob)
            root = etree.fromstring(blob)
        except (KeyError, AttributeError, etree.XMLSyntaxError, ValueError):
            return []
        return _diagram_texts(root)

    def add_paragraph(self, p: Any) -> None:
        index = self.paragraphs
        self.paragraphs += 1
        ppr = p.find(_W + "pPr")
        if self.styles.contents and _val(ppr, "pStyle") in self.styles.contents:
            return  # a line of the table of contents: the headings it lists are read where they are
        if _mark_gone(ppr):  # its text runs on into the next paragraph (its notes, boxes after it)
            self.paragraph_text(p)
            self._close_fields()
            return
        if self.carry is not None:
            index = self.carry[0]
        text, _label = self.paragraph_text(p)
        self._close_fields()
        if self.beside is not None and text.strip() and not _item_line(text):
            self.flush_tabbed()
            self._flush_beside()
        elif self.beside is not None and "\n" in text:
            # an item of the list, then a line of another kind after a break (the appendix's
            # heading on the next page): the boxes beside the list before that line
            lines = text.split("\n")
            cut = next((k for k, line in enumerate(lines) if k and line.strip() and not _item_line(line)), 0)
            if cut:
                self.flush_tabbed()
                self._lines(index, "\n".join(lines[:cut]), self._centred(p))
                self._flush_beside()
                text = "\n".join(lines[cut:])
        plain = not (self.pending or self.boxes or "\n" in text)
        parts = _tab_columns(text) if plain else None
        cells = _tab_cells(text) if plain and parts is None else None
        if cells is not None and (self.tab_rows or (_tab_heading(cells) and not self.tab_lines)):
            # a row of a table typed with tabs (its heading row first): kept for flush_rows
            self._flush_pairs()
            self.tab_rows.append((index, text, self._centred(p)))
            return
        # (a line of cells that is no heading row, signers side by side: the lines under it open
        # no table either)
        self.tab_lines = cells is not None
        self.flush_rows()
        if parts is not None:  # two blocks set side by side with tab stops: kept for flush_tabbed
            self.tabbed.append((index, *parts))
            return
        if self.tabbed and plain and len(text.strip()) <= _TAB_LEFT_ONLY and self._left_only() < 3:
            self.tabbed.append((index, text.strip(), ""))  # a line of the left block alone, or a blank
            return
        self.flush_tabbed()
        if self.boxes and self._header_boxes():
            # text boxes holding a header's national title (the issuer's box beside it), anchored
            # in one of the first lines of the text (the number and the place and date, the
            # type's line): drawn at the top of the first page, above those lines, read before them
            head = LineMap()
            for line in self.boxes:
                if line:
                    head.add(line, {"paragraph": index})
                else:
                    head.blank()
            head.blank()
            head.extend(self.out)
            self.out, self.boxes = head, []
        if self.boxes and _recipients_box(self.boxes) and _signer_line(text):
            # (helper 90) a text box holding the Nơi nhận list anchored in the first line of the
            # signer's block it is drawn beside ("TM. ỦY BAN NHÂN DÂN"): read before that line, as
            # a sign-off table's columns are (read after it, the list split the signer's block and
            # the authority was lost)
            self.last_table = None
            self.out.blank()
            self._box_lines(index)
            self.out.blank()
        if not text.strip():
            self.out.blank()
        else:
            self._lines(index, text, self._centred(p))
        if self.boxes and _patterns()["recipients_open"].match(text.strip()):
            # text boxes anchored in the "Nơi nhận:" line: the signer's block beside the list,
            # read after the list's items (the paragraphs of "- ..." under it), as a sign-off
            # table's columns are
            self.beside, self.boxes = (index, self.boxes), []
        if self.boxes:  # a text box anchored in the paragraph: its lines after it
            self.last_table = None
            self.out.blank()
            self._box_lines(index)
            self.out.blank()
        self.flush_notes()

    def _flush_beside(self) -> None:
        """The lines of the text boxes beside the Nơi nhận list, after its items."""
        if self.beside is None:
            return
        (index, self.boxes), self.beside = self.beside, None
        self.last_table = None
        self.out.blank()
        self._box_lines(index)
        self.out.blank()

    def _header_boxes(self) -> bool:
        """Do the text boxes of the paragraph being read hold a header's national title, read
        while the text holds no national title and at most a few lines (the first page's top)?"""
        if not _national_box(self.boxes):
            return False
        read = [line for line in self.out.out if line]
        return len(read) <= _HEADER_ABOVE and not _national_box(read)

    def _lines(self, index: int, text: str, centred: bool) -> None:
        """The lines of a paragraph's text (tabs as blanks)."""
        self.last_table = None
        if self.centred and not centred:
            self.out.blank()  # a centred block (the title) ends where the body's alignment starts
        self.centred = centred
        for line in text.replace("\t", "    ").split("\n"):
            if line.strip():
                self.out.add(line.rstrip(), {"paragraph": index})

    def flush_rows(self) -> None:
        """Paragraphs typed as the rows of a table, their cells set apart by tabs ("TT<tab>Nội
        dung<tab>Chủ trì<tab>Thời hạn", then a row a paragraph), read as a table's rows (pipe
        rows) when there are two or more and each has as many cells (a tab a column: an empty cell
        between two tabs; or tabs repeated to reach a tab stop: runs of tabs one separator); else
        as the lines they are."""
        rows, self.tab_rows = self.tab_rows, []
        table = _tab_table([text for _index, text, _centred in rows]) if len(rows) >= 2 else None
        if table is None:
            for index, text, centred in rows:
                self._lines(index, text, centred)
            return
        self.last_table, self.centred = None, False
        self.out.blank()
        for (index, _text, _centred), cells in zip(rows, table, strict=True):
            line = pipe_row([[cell] if cell else [] for cell in cells], [1] * len(cells))
            if line is not None:
                self.out.add(line, {"paragraph": index})
        self.out.blank()

    def _box_lines(self, index: int) -> None:
        """The lines kept for after a paragraph (text boxes, an embedded object's), an empty one
        a blank line."""
        for line in self.boxes:
            if line:
                self.out.add(line, {"paragraph": index})
            else:
                self.out.blank()
        self.boxes = []

    def _close_fields(self) -> None:
        """Fields whose instructions are still open at the end of a paragraph are dropped: the
        text of the next paragraphs shows even if a field is left without its end (a damaged
        file); a field whose result runs over paragraphs (a table of contents) stays open."""
        if any(f.startswith("?") for f in self.fields):
            self.fields = [f for f in self.fields if not f.startswith("?")]

    def _shown(self) -> bool:
        """Does text at this point show (not in a field's instructions, nor a table of contents)?"""
        return all(f == "+" for f in self.fields)

    def flush_carry(self) -> None:
        """The text of paragraphs whose mark is deleted, left before a table or at the end (after
        the text boxes beside a Nơi nhận list, read after its items)."""
        self._flush_beside()
        if self.carry is None:
            return
        index, text, label = self.carry
        self.carry = None
        text = f"{label} {text.lstrip()}" if label else text
        self.last_table = None
        for line in text.replace("\t", "    ").split("\n"):
            if line.strip():
                self.out.add(line.rstrip(), {"paragraph": index})
        if self.boxes:
            self.out.blank()
            self._box_lines(index)
        self.flush_notes()
        self.out.blank()

    def _centred(self, p: Any) -> bool:
        ppr = p.find(_W + "pPr")
        jc = _val(ppr, "jc")
        if jc is not None:
            return jc == "center"
        return (_val(ppr, "pStyle") or self.styles.default_style) in self.styles.centred

    def flush_tabbed(self) -> None:
        """The paragraphs kept for the rows of a table typed with tabs and for two blocks set
        side by side with tab stops, read (see :meth:`flush_rows`, :meth:`_flush_pairs`)."""
        self.flush_rows()
        self._flush_pairs()

    def _flush_pairs(self) -> None:
        """Paragraphs written in two blocks side by side with tab stops (a header or a sign-off
        typed without a table: ``ỦY BAN NHÂN DÂN<tab>CỘNG HÒA ...``, ``Nơi nhận:<tab>TM. ...``)
        read block by block, as a table's cells would be; a single such line, or lines whose left
        block is a list label (``1.<tab>Text``), read as they are."""
        rows, self.tabbed = self.tabbed, []
        if not rows:
            return
        # lines without a tab after the last one that has one are not part of the blocks
        last = max(k for k, row in enumerate(rows) if row[2])
        rows, after = rows[: last + 1], rows[last + 1 :]
        both = [(left, right) for _i, left, right in rows if left and right]
        label = _list_label()
        # lines of labels and their values ("- Cơ quan chủ trì:<tab>Sở Tài chính", "- Thời hạn:<tab>
        # Quý III/2026"): every left block ends with a colon (none is the Nơi nhận list's, nor a
        # number line's), each line reads as it is
        pats = _patterns()
        labelled = len(both) >= 2 and all(
            left.endswith((":", "：")) and not (pats["recipients_open"].match(left) or pats["number_line"].match(left))
            for left, _ in both
        )
        # (helper 90) items of a list with their time set at a tab stop on the right ("- Đợt 1: dọn
        # vệ sinh kênh mương<tab>Tháng 3/2027"): each line reads as it is, the time beside its item
        # (read block by block, the items were parted from their times); a signer's block on the
        # right (a sign-off typed with tabs, its left the Nơi nhận items) is still read as a block
        items = len(both) >= 2 and all(_item_text(left) and not _block_side(right) for left, right in both)
        one_by_one = labelled or items or all(label.fullmatch(left) for left, _ in both)
        if len(rows) >= 2 and both and not one_by_one:
            self.last_table = None
            # a number line on the left or a place-and-date line on the right opens a second band
            cut = next(
                (k for k, (_i, left, right) in enumerate(rows)
                 if k and (pats["number_line"].match(left) or pats["date_line"].search(right))),
                len(rows),
            )  # fmt: skip
            for band in (rows[:cut], rows[cut:]):
                for side in (1, 2):
                    self.out.blank()
                    for row in band:
                        if row[side]:
                            self.out.add(str(row[side]), {"paragraph": row[0]})
            self.out.blank()
        else:
            for index, left, right in rows:
                self.last_table = None
                if left or right:
                    self.out.add(f"{left}    {right}".strip(), {"paragraph": index})
                else:
                    self.out.blank()
        for index, left, _right in after:
            if left:
                self.last_table = None
                self.out.add(left, {"paragraph": index})
            else:
                self.out.blank()

    def _left_only(self) -> int:
        """How many lines without a tab end the kept rows."""
        n = 0
        for _i, _left, right in reversed(self.tabbed):
            if right:
                break
            n += 1
        return n

    def flush_notes(self) -> None:
        if not self.pending:
            return
        self.out.blank()
        for fid in self.pending:
            n = self.notes_seen[fid]
            body = self.footnotes[fid]
            lines = [ln.strip() for ln in self._footnote_text(body).split("\n") if ln.strip()] or [""]
            mark = self.custom_marks.get(fid, "").strip()
            if mark and lines[0].startswith(mark):  # the body opens with its own mark, typed
                lines[0] = lines[0][len(mark) :].lstrip()
            self.out.add(f"[{n}] {lines[0]}".rstrip(), {"footnote": n})
            for ln in lines[1:]:
                self.out.add(ln, {"footnote": n})
        self.out.blank()
        self.pending = []

    def _footnote_text(self, note: Any) -> str:
        saved, self.pending = self.pending, []
        fields, self.fields = self.fields, []
        texts = []
        for p in note.iter(_W + "p"):
            parts: list[str] = []
            self._runs(p, parts, _val(p.find(_W + "pPr"), "pStyle") or "")
            texts.append(_breaks(unicodedata.normalize("NFC", "".join(parts))))
        self.pending, self.fields = saved, fields
        return "\n".join(texts).replace("\t", " ")

    # ------------------------------------------------------------ tables

    def add_table(self, tbl: Any) -> None:
        self.flush_tabbed()
        self.flush_carry()
        self.tab_lines = False
        self.centred = False
        index = self.tables
        self.tables += 1
        # (a row deleted with tracked changes is gone)
        kept = [tr for tr in _rows(tbl) if tr.find(f"{_W}trPr/{_W}del") is None]
        rows = [_row_cells(tr) for tr in kept]
        # the grid columns a row leaves out before its first cell and after its last (w:gridBefore,
        # w:gridAfter: a row drawn shorter than the others, its cells under the columns they stand in)
        skips = [_grid_skips(tr) for tr in kept]
        columns, written, filled, layout = _table_shape(rows, skips)
        # columns of a data table split in sub-columns by a table of one row in their cells
        split = {} if layout else _split_columns(rows, skips)
        columns += sum(width - 1 for width in split.values())
        # a data table right after another one of as many columns (only empty paragraphs between:
        # a table cut in two at a page) goes on as the same table, its header row read once
        follows = not layout and self.last_table is not None and self.last_table[0] == columns
        if follows:
            while self.out.out and self.out.out[-1] == "":
                self.out.out.pop()
        else:
            self.out.blank()
        if min(columns, written) == _LAYOUT_MAX_COLUMNS and filled > 1 and _signoff_first(rows):
            self._columns(rows, index, skips)
            return
        if layout and min(columns, written) == _LAYOUT_MAX_COLUMNS and _national_first(rows):
            bands = _header_bands(rows)
            if any(len(band) > 1 for band in bands):  # a header set a line a row
                self._bands(rows, bands, index, skips)
                return
        first_row: str | None = None
        merged: dict[int, tuple[int, list[str]]] = {}  # grid column -> (row, lines) of the cell above
        data_from: int | None = None  # the first row opened by a row number
        head: int | None = None  # the first row with text (the header row)
        for r, row in enumerate(rows):
            lines: list[list[str]] = []
            spans: list[int] = []  # the grid columns of each cell
            sub_rows: list[tuple[int, list[list[list[str]]]]] = []  # (cell, rows of its sub-table)
            before, after = skips[r]
            col = before
            for tc in row:
                span = _span(tc)
                # (the sub-columns of the grid columns the cell spans)
                spans.append(span + sum(split.get(k, 1) - 1 for k in range(col, col + span)))
                sub = _sub_table(tc) if span == 1 and split.get(col, 1) > 1 and not _continued(tc) else None
                if _continued(tc):
                    # a cell merged with the one above (w:vMerge): below the header, a data table
                    # repeats its text in each row (the lead unit of several tasks), not a row number
                    start, above = merged.get(col, (r, []))
                    repeat = not layout and data_from is not None and start >= data_from and not _bare_label(above)
                    lines.append(list(above) if repeat else [])
                elif sub is not None:
                    # a cell split in sub-columns ("Chủ trì" | "Phối hợp"): a cell each, the text
                    # above the table (the column's heading) in the first
                    parts = [self._cell_lines(cell) for cell in sub[1]]
                    parts[0] = self._cell_lines(sub[0]) + parts[0]
                    parts += [[] for _ in range(split[col] - len(parts))]
                    lines.extend(parts)
                    spans[-1:] = [1] * len(parts)
                    merged[col] = (r, [])
                elif (
                    not layout
                    and len(lines) == 1
                    and _bare_label(lines[0])
                    and (nested := _sub_rows_table(tc)) is not None
                    and max(map(len, nested[1])) < len(row)
                ):
                    # a table of sub-tasks in the task's cell (right after the row's number): the text
                    # above it is the cell's, its rows are read after the row as rows of their own,
                    # in the columns from this one
                    lines.append(self._cell_lines(nested[0]))
                    merged[col] = (r, lines[-1])
                    sub_rows.append((len(lines) - 1, [[self._cell_lines(c) for c in cells] for cells in nested[1]]))
                else:
                    lines.append(self._cell_lines(tc, tables=layout and min(columns, written) <= 1))
                    merged[col] = (r, lines[-1])
                col += span
            if data_from is None and _bare_label(next((cell for cell in lines if cell), [])):
                data_from = r
            below_head = head is not None and (r >= data_from if data_from is not None else r > head)
            below_head = below_head and kept[r].find(f"{_W}trPr/{_W}tblHeader") is None
            if head is None and any(lines):
                head = r
            # the sign-off in the last rows of a data table (two tables that met when the file was
            # saved as .doc): read cell by cell, as a layout table
            layout = layout or _signoff_row(lines)
            if layout:
                seen: list[list[str]] = []
                for c, cell in enumerate(lines):
                    if cell in seen:  # a merged cell repeated over the columns it spans
                        continue
                    seen.append(cell)
                    for text in cell:
                        if text:
                            self.out.add(text, {"table": index, "row": r, "cell": c})
                        else:  # (around a data table read inside the cell)
                            self.out.blank()
                    self.flush_notes()
                    self.out.blank()
                continue
            if before or after:  # (the columns a row skips: empty cells)
                lines = [[]] * bool(before) + lines + [[]] * bool(after)
                spans = [before] * bool(before) + spans + [after] * bool(after)
            if below_head:  # (a cell's paragraphs that are items of a list: one item each)
                lines = [_items(cell) for cell in lines]
            row_text = pipe_row(lines, spans)
            if row_text is not None:
                if first_row is None:
                    first_row = row_text
                    if follows and self.last_table is not None and row_text == self.last_table[1]:
                        continue
                self.out.add(row_text, {"table": index, "row": r})
            for at, subs in sub_rows:
                at += bool(before)
                for cells in subs:
                    row_cells: list[list[str]] = [[] for _ in lines]
                    row_cells[at : at + len(cells)] = cells
                    if (sub_text := pipe_row(row_cells[: len(lines)], spans)) is not None:
                        self.out.add(sub_text, {"table": index, "row": r})
        self.flush_notes()
        self.out.blank()
        if not layout:
            keep = self.last_table[1] if follows and self.last_table is not None else first_row
            self.last_table = (columns, keep or "")
        else:
            self.last_table = None

    def _columns(self, rows: list[list[Any]], index: int, skips: list[tuple[int, int]]) -> None:
        """A sign-off table set row by row (a Nơi nhận item and a line of the signer's block in
        each row) read column by column: the Nơi nhận list, then the signer's block."""
        columns: dict[int, list[tuple[int, int, list[str]]]] = {}
        for r, row in enumerate(rows):
            col = skips[r][0]
            for c, tc in enumerate(row):
                if not _continued(tc) and (lines := self._cell_lines(tc)):
                    columns.setdefault(col, []).append((r, c, lines))
                col += _span(tc)
        for col in sorted(columns):
            for r, c, lines in columns[col]:
                for text in lines:
                    self.out.add(text, {"table": index, "row": r, "cell": c})
            self.flush_notes()
            self.out.blank()
        self.last_table = None

    def _bands(self, rows: list[list[Any]], bands: list[list[int]], index: int, skips: list[tuple[int, int]]) -> None:
        """A header table set a line a row (issuer | national title, each line of them in a row of
        its own; number | place and date) read band by band, each column of a band in turn, as its
        cells would be if each block were one cell: the issuer's lines, the national title's, then
        the number's, the place and date's."""
        cells: dict[tuple[int, int], tuple[int, list[str]]] = {}  # (row, grid column) -> (cell, lines)
        for r, row in enumerate(rows):  # (read in the order of the text: its numbers and notes)
            col = skips[r][0]
            for c, tc in enumerate(row):
                if not _continued(tc):
                    cells[(r, col)] = (c, self._cell_lines(tc))
                col += _span(tc)
        for band in bands:
            for col in sorted({col for r, col in cells if r in band}):
                for r in band:
                    c, lines = cells.get((r, col), (0, []))
                    for text in lines:
                        self.out.add(text, {"table": index, "row": r, "cell": c})
                self.out.blank()
        self.flush_notes()
        self.out.blank()
        self.last_table = None

    def _cell_lines(self, tc: Any, *, tables: bool = False) -> list[str]:
        """The lines of a cell's paragraphs; ``tables`` (the cell of a frame around the body): a
        data table inside it (a task table) read as pipe rows between empty lines, else cell by
        cell."""
        lines: list[str] = []
        self._cell_blocks(tc, lines, tables)
        if self.carry is not None:  # (a cell's last paragraph mark cannot be deleted: a damaged file)
            lines.extend(ln.strip() for ln in self.carry[1].replace("\t", " ").split("\n") if ln.strip())
            self.carry = None
        # (the rows of a data table read inside the cell keep their empty cells "|  |")
        return [ln if ln.startswith("| ") and ln.endswith(" |") else " ".join(ln.split()) for ln in lines]

    def _cell_blocks(self, el: Any, lines: list[str], tables: bool = False) -> None:
        for child in el:
            name = _local(child)
            if name in ("sdt", "sdtContent", "customXml"):  # a content control around paragraphs
                if not _placeholder(child):
                    self._cell_blocks(child, lines, tables)
            elif name == "p":
                if _mark_gone(child.find(_W + "pPr")):
                    self.paragraph_text(child)  # (runs on into the next paragraph of the cell)
                    continue
                text, label = self.paragraph_text(child)
                self._close_fields()
                if not text.strip() and label:  # an automatic row number alone in its cell
                    text = label
                lines.extend(ln.strip() for ln in text.replace("\t", " ").split("\n") if ln.strip())
                lines.extend(line for line in self.boxes if line)
                self.boxes = []
            elif name == "tbl" and tables and self.depth_tables < _NESTED_TABLES and _is_data(child):
                lines.extend(self._nested_table(child))
            elif name == "tbl":  # a table in a cell: its cells in order (text boxes in them once)
                for tr in _rows(child):
                    if tr.find(f"{_W}trPr/{_W}del") is None:
                        for tc in _row_cells(tr):
                            self._cell_blocks(tc, lines)

    def _nested_table(self, tbl: Any) -> list[str]:
        """A data table inside a layout table's cell, read as a table of the body is (pipe rows),
        its lines between empty ones."""
        saved, self.out = self.out, LineMap()
        last, self.last_table = self.last_table, None
        self.depth_tables += 1
        try:
            self.add_table(tbl)
        finally:
            self.depth_tables -= 1
        read, self.out, self.last_table = self.out, saved, last
        return ["", *read.out, ""]

    # ------------------------------------------------------------ embedded documents

    def add_chunk(self, el: Any) -> None:
        """A ``w:altChunk``: a part in another format (HTML, MHT, plain text, a Word document,
        RTF) that Word converts and shows in its place when it opens the file (mail merges and
        document-management systems write them). Read in place, as paragraphs; RTF is not read,
        and a warning tells so."""
        index = self.paragraphs
        self.paragraphs += 1
        try:
            part = self.part.related_parts[el.get(_R + "id", "")]
            content_type, blob = str(part.content_type), bytes(part.blob)
        except (KeyError, AttributeError):  # a relationship to nothing: there is nothing to show
            return
        lines = _chunk_lines(content_type, blob, self.depth)
        if lines is None:
            self.warnings.append(
                f"a part of the Word file embedded in another format ({content_type}, w:altChunk) is not "
                "read: its text is missing; open the file in Word and save it again to read it"
            )
            return
        self.last_table, self.centred = None, False
        self.out.blank()
        for line in lines:
            if line.strip():
                self.out.add(line.rstrip(), {"paragraph": index})
            else:
                self.out.blank()
        self.out.blank()

    # ------------------------------------------------------------ the letterhead

    def page_header(self, hdr: Any) -> LineMap:
        """The lines of a page header part (``w:hdr``) read as the body's blocks are, each with
        its place among them (``page_header``, from 1)."""
        body_out, self.out = self.out, LineMap()
        self.last_table, self.centred, self.boxes, self.pending = None, False, [], []
        for child in hdr:
            self._block(child)
        self.flush_tabbed()
        self.flush_carry()
        read, self.out = self.out, body_out
        out = LineMap()
        for k, line in enumerate(read.out, 1):
            out.add(line, {"page_header": k} if line else None)
        return out

    # ------------------------------------------------------------ the body

    def read(self, body: Any) -> None:
        for child in body:
            self._block(child)
        self.flush_tabbed()
        self.flush_carry()

    def _block(self, el: Any) -> None:
        name = _local(el)
        if name == "p":
            self.add_paragraph(el)
        elif name == "tbl":
            self.add_table(el)
        elif name in ("sdt", "sdtContent", "customXml") and not _placeholder(el):
            for child in el:
                self._block(child)
        elif name == "altChunk":
            self.flush_tabbed()
            self.flush_carry()
            self.add_chunk(el)


def _item_line(text: str) -> bool:
    """Does a paragraph's text open with a bullet (an item of the Nơi nhận list: "- Như trên;")?"""
    return regex.match(r"\s*[-+•–*▪]", text) is not None


def _item_text(left: str) -> bool:
    """Does a left block open with a list label and go on with text ("- Đợt 1: ...", "a) ...")
    (helper 90)?"""
    found = _list_label().match(left)
    return found is not None and left[found.end() :][:1].isspace() and bool(left[found.end() :].strip())


def _block_side(right: str) -> bool:
    """Is a right block a line of a header's or a signer's block: the national title, a place and
    date, a signer's authority, a line in capitals (helper 90)?"""
    pats = _patterns()
    if pats["signoff_start"].match(right) or pats["national_title"].search(right) or pats["date_line"].search(right):
        return True
    return right == right.upper() and any(ch.isalpha() for ch in right)


_SIGNER_LINE = 60  # a line of a signer's block ("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH") is at most this long


def _recipients_box(lines: list[str]) -> bool:
    """Do the lines of a paragraph's text boxes open with the Nơi nhận list (helper 90)?"""
    first = next((line for line in lines if line), "")
    return bool(_patterns()["recipients_open"].match(first))


def _signer_line(text: str) -> bool:
    """Is a paragraph's text one line of a signer's block: a signer's authority ("TM. ...", "KT.
    ...") or a short line in capitals (a title signing in its own right, "GIÁM ĐỐC"), not the Nơi
    nhận line itself (helper 90)?"""
    line = text.strip()
    if not line or "\n" in line or len(line) > _SIGNER_LINE:
        return False
    pats = _patterns()
    if pats["recipients_open"].match(line):
        return False
    return bool(pats["signoff_start"].match(line)) or (line == line.upper() and any(ch.isalpha() for ch in line))


def _national_box(lines: list[str]) -> bool:
    """Do the lines of a paragraph's text boxes hold a header's national title?"""
    title = _patterns()["national_title"]
    return any(title.search(line) for line in lines)


def _breaks(text: str) -> str:
    r"""A paragraph's page and column breaks ("\f"): a line break in its text (never the text
    after one glued to the text before it: a signer's name and the appendix's heading, "Trần
    Văn Khải" + "PHỤ LỤC"); nothing in a paragraph without text (a page break alone, a paragraph
    as empty as any other).

    >>> _breaks("Trần Văn Khải\fPHỤ LỤC"), _breaks("\f"), _breaks("\fPHỤ LỤC")
    ('Trần Văn Khải\nPHỤ LỤC', '', '\nPHỤ LỤC')
    """
    if "\f" not in text:
        return text
    return text.replace("\f", "\n") if text.strip() else text.replace("\f", "")


def _placeholder(el: Any) -> bool:
    """A content control left unfilled, showing its placeholder ("Bấm vào đây để nhập văn bản.",
    "Click or tap here to enter text."): the text is the form's prompt, not the document's."""
    return _local(el) == "sdt" and el.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _wrapped(parent: Any, tag: str) -> list[Any]:
    """The children of ``parent`` named ``tag``, also those a content control or custom XML wraps
    (forms made by an e-office system)."""
    out: list[Any] = []
    for child in parent:
        name = _local(child)
        if name == tag:
            out.append(child)
        elif name in ("sdt", "sdtContent", "customXml"):
            out.extend(_wrapped(child, tag))
    return out


def _rows(tbl: Any) -> list[Any]:
    """The rows (``w:tr``) of a table, also those a content control or custom XML wraps."""
    return _wrapped(tbl, "tr")


def _tab_columns(text: str) -> tuple[str, str] | None:
    """The two blocks of a one-line paragraph set apart by tab stops (the left one may be empty:
    a line of the right-hand block alone), or None."""
    if "\t" not in text or "\n" in text:
        return None
    parts = [" ".join(part.split()) for part in text.split("\t")]
    if any(len(part) > _TAB_BLOCK_LINE for part in parts):
        return None  # a paragraph of the body with a tab in it
    filled = [k for k, part in enumerate(parts) if part]
    if len(filled) == 2:
        if _list_label().fullmatch(parts[filled[0]]):
            return None  # a label and its text ("1.<tab>...", "Điều 2.<tab>...")
        return parts[filled[0]], parts[filled[1]]
    if len(filled) == 1 and filled[0] > 0 and not text[: text.index("\t")].strip():
        return "", parts[filled[0]]
    return None


_TAB_CELLS = 8  # the cells of a row of a table typed with tabs, at most
_TAB_HEADING = 40  # a heading of a table typed with tabs ("Nội dung", "Đơn vị chủ trì") is at most this long


def _tab_cells(text: str) -> list[str] | None:
    """The cells of a one-line paragraph of three to eight texts set apart by tabs (a row of a
    table typed with tabs; runs of tabs one separator), or None."""
    if "\t" not in text or "\n" in text:
        return None
    cells = [" ".join(part.split()) for part in text.split("\t")]
    cells = [cell for cell in cells if cell]
    return cells if 3 <= len(cells) <= _TAB_CELLS else None


def _tab_heading(cells: list[str]) -> bool:
    """Can a line of cells set apart by tabs be a table's heading row: short headings ("STT", "Nội
    dung", "Đơn vị chủ trì"), none a signer's authority ("TM. ỦY BAN NHÂN DÂN", three signers side
    by side), a Nơi nhận or a national title?"""
    pats = _patterns()
    return all(
        len(cell) <= _TAB_HEADING and not pats["signoff_start"].match(cell) and not pats["national_title"].search(cell)
        for cell in cells
    )


def _tab_table(texts: list[str]) -> list[list[str]] | None:
    """The cells of rows typed with tabs, when every row has as many: a tab a column (an empty
    cell between two tabs kept), else runs of tabs as one separator; None when the rows differ."""
    raw = [[" ".join(part.split()) for part in text.rstrip().split("\t")] for text in texts]
    if len({len(cells) for cells in raw}) == 1:
        return raw
    runs = [[cell for cell in cells if cell] for cells in raw]
    return runs if len({len(cells) for cells in runs}) == 1 else None


@functools.cache
def _signoff_open() -> str:
    return str(load("readers")["docx"]["signoff_open"])


@functools.cache
def _addressee_open() -> str:
    return str(load("readers")["docx"]["addressee_open"])


@functools.cache
def _list_label() -> Any:
    """A list label alone before a tab: the readers' list labels and the DOCX reader's own."""
    readers = load("readers")
    both = f"(?:{readers['pdf']['patterns']['list_label']})|(?:{readers['docx']['tab_label']})"
    return regex.compile(both, regex.V1)


_ITEM_LINE = 60  # a line of a cell listing items (units) is at most this long


def _items(cell: list[str]) -> list[str]:
    """The lines of a data table's cell below its header, as one text: a cell whose lines are
    items of a list, each on its own paragraph or after a line break without a separator ("Văn
    phòng Đảng ủy" / "Công an xã": two units in the lead's column), keeps them apart with "; ",
    as a clerk reads them; any other cell's lines are joined with blanks (a sentence broken over
    lines, a time "Quý III" / "năm 2026", a list typed with its own separators or bullets).
    Items: short lines, each opening with a capital letter and the name of a unit, none holding a
    digit, the line before the next one ending with a letter (a name broken by hand, "Phòng Kinh
    tế" / "Hạ tầng và Đô thị", and a task of two sentences stay one text).

    >>> _items(["Sở Tài chính", "Sở Nội vụ"]), _items(["Quý III", "Năm 2026"]), _items(["Rà soát", "hồ sơ"])
    (['Sở Tài chính; Sở Nội vụ'], ['Quý III', 'Năm 2026'], ['Rà soát', 'hồ sơ'])
    >>> _items(["Phòng Kinh tế", "Hạ tầng và Đô thị"]), _items(["Xây dựng kế hoạch", "Tổ chức thực hiện"])
    (['Phòng Kinh tế', 'Hạ tầng và Đô thị'], ['Xây dựng kế hoạch', 'Tổ chức thực hiện'])
    >>> _items(["Ủy ban Kiểm tra", "Đảng ủy", "Công an xã"])
    ['Ủy ban Kiểm tra Đảng ủy; Công an xã']
    """
    if len(cell) < 2 or not all(
        len(line) <= _ITEM_LINE and line[:1].isupper() and not any(ch.isdigit() for ch in line) for line in cell
    ):
        return cell
    from ndq57.extract.units import find_units  # (only for a cell of several lines)

    if not all(any(unit.start == 0 for unit in find_units(line)) for line in cell):
        return cell
    parents = _cell_parents()
    out = cell[0]
    for before, line in itertools.pairwise(cell):
        # (a Party committee alone under a board's name, "Ủy ban Kiểm tra" / "Đảng ủy": the name
        # broken by hand before its committee)
        out += ("; " if before[-1:].isalpha() and line not in parents else " ") + line
    return [out]


@functools.cache
def _cell_parents() -> frozenset[str]:
    return frozenset(load("units")["cell_parent_lines"])


def _has_text(tc: Any) -> bool:
    return any((t.text or "").strip() for t in tc.iter(_W + "t"))


def _bare_label(lines: list[str]) -> bool:
    """A cell holding a row number alone (``1``, ``2.``, ``IV``, ``a)``)."""
    return len(lines) == 1 and regex.fullmatch(r"(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?", lines[0]) is not None


def _signoff_row(cells: list[list[str]]) -> bool:
    """A table row that opens the sign-off: its first cell starts with "Nơi nhận"."""
    first = next((cell for cell in cells if cell), [])
    return bool(first) and first[0].casefold().startswith(_signoff_open())


def _first_text(rows: list[list[Any]]) -> str | None:
    """The text of the first cell written in of a table's first row with text."""
    for row in rows:
        cells = ["".join(t.text or "" for t in tc.iter(_W + "t")).strip() for tc in row]
        first = next((text for text in cells if text), None)
        if first is not None:
            return first
    return None


def _row_texts(row: list[Any]) -> list[str]:
    return ["".join(t.text or "" for t in tc.iter(_W + "t")).strip() for tc in row]


def _national_first(rows: list[list[Any]]) -> bool:
    """Does the first row with text hold a header's national title (a header table)?"""
    title = _patterns()["national_title"]
    for row in rows:
        texts = _row_texts(row)
        if any(texts):
            return any(title.search(text) for text in texts)
    return False


def _header_bands(rows: list[list[Any]]) -> list[list[int]]:
    """The rows of a header table in bands read one after the other: a new band at the row of the
    number (left) or of the place and date (right), at the addressees' label, and around a row of
    one cell (a line across the table), of a long text or opening with a list label (the body set
    in the table's rows under the header: read row by row)."""
    pats = _patterns()
    bands: list[list[int]] = []
    across = False
    for r, row in enumerate(rows):
        texts = _row_texts(row)
        if not any(texts):
            continue
        long = any(len(text) > _HEADER_CELL for text in texts)
        one = len(row) == 1 or long or bool(_list_label().fullmatch(texts[0]))
        first = next(text for text in texts if text)
        cut = (
            one
            or across
            or bool(pats["number_line"].match(texts[0]))
            or any(pats["date_line"].search(text) for text in texts[1:])
            or first.casefold().startswith(_addressee_open())
        )
        if cut or not bands:
            bands.append([])
        bands[-1].append(r)
        across = one
    return bands


def _addressees_first(rows: list[list[Any]]) -> bool:
    """Does the first cell with text open with the addressees' label ("Kính gửi")?"""
    first = _first_text(rows)
    return first is not None and first.casefold().startswith(_addressee_open())


def _signoff_first(rows: list[list[Any]]) -> bool:
    """Does the first row with text open with "Nơi nhận" or a signer's authority ("TM. ỦY BAN NHÂN
    DÂN", "KT. CHỦ TỊCH"): a sign-off table?"""
    first = _first_text(rows)
    pats = _patterns()
    return first is not None and bool(pats["recipients_open"].match(first) or pats["signoff_start"].match(first))


def _row_cells(tr: Any) -> list[Any]:
    """The cells (``w:tc``) of a row, also those a content control or custom XML wraps."""
    return _wrapped(tr, "tc")


def _table_shape(rows: list[list[Any]], skips: list[tuple[int, int]]) -> tuple[int, int, int, bool]:
    """The grid columns of a table, the columns written in, the rows written in, and whether it is a
    layout table (a header, a sign-off, a frame: read cell by cell) rather than a data table (pipe
    rows)."""
    columns = max((a + sum(_span(tc) for tc in row) + b for row, (a, b) in zip(rows, skips, strict=True)), default=0)
    # (columns written in: Word's grid has more when the rows' borders differ, and an empty
    # column may keep the two blocks of a header apart)
    written = max((sum(1 for tc in row if _has_text(tc)) for row in rows), default=0)
    # (rows left empty to space the blocks out do not count)
    filled = sum(1 for row in rows if any(_has_text(tc) for tc in row))
    layout = min(columns, written) <= _LAYOUT_MAX_COLUMNS and filled <= _LAYOUT_MAX_ROWS
    # (a table with one column written, however long, is a frame around text: no data table)
    layout = layout or min(columns, written) <= 1
    # (the addressees beside their label, one a row: "Kính gửi:" | "- Sở Tài chính;", "" | "- Sở
    # Nội vụ;" ..., however many rows; a header set a line a row)
    two = min(columns, written) <= _LAYOUT_MAX_COLUMNS
    layout = layout or (two and (_addressees_first(rows) or _national_first(rows)))
    return columns, written, filled, layout


def _is_data(tbl: Any) -> bool:
    """Is a table a data table of two rows or more (see :func:`_table_shape`)?"""
    kept = [tr for tr in _rows(tbl) if tr.find(f"{_W}trPr/{_W}del") is None]
    _columns, _written, filled, layout = _table_shape([_row_cells(tr) for tr in kept], [_grid_skips(tr) for tr in kept])
    return not layout and filled >= 2


_SUB_COLUMNS = 4  # the sub-columns a data table's column is split in by a table in its cells, at most


class _CellPart(list[Any]):
    """The paragraphs of a cell above a table in it, read as a cell (:meth:`_cell_lines`)."""


def _sub_rows_table(tc: Any) -> tuple[_CellPart, list[list[Any]]] | None:
    """A cell holding a data table of two rows or more of two cells or more (a task's sub-tasks,
    each with its own owner or time: "a) Rà soát quy trình" | "Sở Tài chính" | "Tháng 4/2027"),
    with text only above it: (the paragraphs above the table, the cells of each of its rows
    with text); else None."""
    children = [child for child in tc if _local(child) in ("p", "tbl")]
    found = [k for k, child in enumerate(children) if _local(child) == "tbl"]
    if len(found) != 1 or any(_has_text(child) for child in children[found[0] + 1 :]):
        return None
    tbl = children[found[0]]
    rows = [tr for tr in _rows(tbl) if tr.find(f"{_W}trPr/{_W}del") is None]
    rows = [tr for tr in rows if any(_has_text(cell) for cell in _row_cells(tr))]
    cells = [_row_cells(tr) for tr in rows]
    if len(cells) < 2 or any(len(c) < 2 for c in cells) or not _is_data(tbl):
        return None
    if any(cell.find(f".//{_W}tbl") is not None for row in cells for cell in row):
        return None  # (a table inside again: read as before, cell by cell)
    return _CellPart(children[: found[0]]), cells


def _sub_table(tc: Any) -> tuple[list[Any], list[Any]] | None:
    """A cell holding a table of one row of two to four cells (a column split in sub-columns,
    "Chủ trì" | "Phối hợp", "Sở Tài chính" | "Sở Nội vụ"), with text only above it: (the
    paragraphs above the table, the cells of its row); else None."""
    children = [child for child in tc if _local(child) in ("p", "tbl")]
    found = [k for k, child in enumerate(children) if _local(child) == "tbl"]
    if len(found) != 1 or any(_has_text(child) for child in children[found[0] + 1 :]):
        return None
    rows = [tr for tr in _rows(children[found[0]]) if tr.find(f"{_W}trPr/{_W}del") is None]
    rows = [tr for tr in rows if any(_has_text(cell) for cell in _row_cells(tr))]
    cells = _row_cells(rows[0]) if len(rows) == 1 else []
    if not 2 <= len(cells) <= _SUB_COLUMNS:
        return None
    if any(_span(cell) != 1 or cell.find(f".//{_W}tbl") is not None for cell in cells):
        return None  # (a cell spanning or holding a table of its own: no sub-column)
    return children[: found[0]], cells


def _split_columns(rows: list[list[Any]], skips: list[tuple[int, int]]) -> dict[int, int]:
    """The grid columns of a table split in sub-columns (see :func:`_sub_table`) in two of its
    rows or more (the heading and a task, two tasks), and into how many."""
    widths: dict[int, list[int]] = {}
    for row, (before, _after) in zip(rows, skips, strict=True):
        col = before
        for tc in row:
            span = _span(tc)
            if span == 1 and not _continued(tc) and (sub := _sub_table(tc)) is not None:
                widths.setdefault(col, []).append(len(sub[1]))
            col += span
    return {col: max(found) for col, found in widths.items() if len(found) >= 2}


def _grid_skips(tr: Any) -> tuple[int, int]:
    """The grid columns a row skips before its first cell and after its last (``w:gridBefore``,
    ``w:gridAfter``)."""
    trpr = tr.find(_W + "trPr")
    before, after = _val(trpr, "gridBefore"), _val(trpr, "gridAfter")
    return (
        min(int(before), _MAX_GRID) if before and before.isdigit() else 0,
        min(int(after), _MAX_GRID) if after and after.isdigit() else 0,
    )


def _span(tc: Any) -> int:
    v = _val(tc.find(_W + "tcPr"), "gridSpan")
    return max(1, min(int(v), _MAX_GRID)) if v and v.isdigit() else 1


def _continued(tc: Any) -> bool:
    tcpr = tc.find(_W + "tcPr")
    vmerge = tcpr.find(_W + "vMerge") if tcpr is not None else None
    return vmerge is not None and vmerge.get(_W + "val", "continue") == "continue"


_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SHEET_ROWS = 2000  # the rows of an embedded sheet read, at most
# Excel's built-in number formats that show a date (14-22, 45-47)
_DATE_FORMATS = frozenset((*range(14, 23), 45, 46, 47))


def _object_rows(blob: bytes) -> list[str] | None:
    """The rows of the sheet an embedded workbook shows: an Excel workbook (.xlsx) as it is or in
    the ``Package`` stream of an OLE object, an Excel 97-2003 workbook (.xls, BIFF8); None for an
    object of another kind."""
    if blob.startswith(_OLE_MAGIC):
        package = _ole_stream(blob, ("Package",))
        if package is None:
            rows = _xls_rows(blob)
            return None if rows is None else _sheet_lines(rows)
        blob = package
    return _sheet_rows(blob) if blob.startswith(b"PK\x03\x04") else None


def _word_package(blob: bytes) -> bool:
    """Is a blob a Word document's package (a .docx, .docm: its main part typed so)?"""
    import zipfile
    import zlib

    if not blob.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            types = zf.read("[Content_Types].xml")
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, RuntimeError, zlib.error):
        return False
    return any(kind.encode() in types for kind in (_MAIN_TYPE, *_MAIN_TYPES))


def _sheet_rows(blob: bytes) -> list[str] | None:
    """The rows of the first sheet of an Excel workbook (a .xlsx package) as pipe rows ``| cell |
    cell |``: shared and inline strings, numbers, dates shown as ``d/m/yyyy`` (a cell whose style
    shows a date); a cell's lines (Alt+Enter) as those of a DOCX table's cell below the header
    row (see :func:`_items`). None when the blob
    is no workbook."""
    import zipfile
    import zlib

    from lxml import etree

    # (a damaged package, a part cut short or badly compressed)
    damaged: tuple[type[Exception], ...] = (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError)
    damaged += (RuntimeError, zlib.error, etree.XMLSyntaxError)
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            names = zf.namelist()
            sheets = sorted((n for n in names if regex.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)), key=_sheet_number)
            if not sheets:
                return None
            shown = _active_sheet(zf, names)
            shared = []
            if "xl/sharedStrings.xml" in names:
                for si in etree.fromstring(zf.read("xl/sharedStrings.xml")).iter(_S + "si"):
                    # (not the phonetic guide, w:rPh)
                    shared.append("".join(t.text or "" for t in si.iter(_S + "t") if _local(t.getparent()) != "rPh"))
            dates = _date_styles(etree.fromstring(zf.read("xl/styles.xml"))) if "xl/styles.xml" in names else set()
            sheet = etree.fromstring(zf.read(shown if shown in names else sheets[0]))
    except damaged:
        return None
    rows: list[dict[int, str]] = []
    for row in sheet.iter(_S + "row"):
        if len(rows) >= _SHEET_ROWS:
            break
        if row.get("hidden") in ("1", "true"):
            continue  # (a hidden row is not shown)
        cells: dict[int, str] = {}
        for c in row.iter(_S + "c"):
            col = _column(c.get("r", ""), len(cells))
            if col < _MAX_GRID:
                cells[col] = _sheet_value(c, shared, dates)
        if cells:
            rows.append(cells)
    return _sheet_lines(rows)


def _sheet_lines(rows: list[dict[int, str]]) -> list[str]:
    """The rows of a sheet (column -> the text a cell shows) as pipe rows; a cell's lines as those
    of a DOCX table's cell below the header row (see :func:`_items`)."""
    out: list[str] = []
    for cells in rows:
        if not cells:
            continue
        texts = [[ln.strip() for ln in cells.get(k, "").split("\n") if ln.strip()] for k in range(max(cells) + 1)]
        line = pipe_row([_items(cell) for cell in texts] if out else texts, [1] * len(texts))  # (not the header's)
        if line is not None:
            out.append(unicodedata.normalize("NFC", line))
    return out


def _active_sheet(zf: Any, names: list[str]) -> str | None:
    """The part of the sheet a workbook opens on (``workbookView/@activeTab``, the first when
    unset), the one an embedded workbook shows; None when the workbook does not say."""
    from lxml import etree

    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return None
    book = etree.fromstring(zf.read("xl/workbook.xml"))
    view = book.find(f"{_S}bookViews/{_S}workbookView")
    tab = view.get("activeTab", "0") if view is not None else "0"
    sheets = list(book.iter(_S + "sheet"))
    if not tab.isdigit() or int(tab) >= len(sheets):
        return None
    rid = sheets[int(tab)].get(_R + "id", "")
    for rel in etree.fromstring(zf.read("xl/_rels/workbook.xml.rels")):
        if rel.get("Id") == rid:
            target = str(rel.get("Target", ""))
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None


def _sheet_number(name: str) -> int:
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits) if digits else 0


def _column(ref: str, default: int) -> int:
    """The column (from 0) of a cell reference ("C7": 2)."""
    letters = regex.match(r"[A-Z]{1,3}", ref)
    if letters is None:
        return default
    n = 0
    for ch in letters.group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


def _date_styles(styles: Any) -> set[int]:
    """The cell styles (``cellXfs``, by index) whose number format shows a date."""
    custom = {}
    for fmt in styles.iter(_S + "numFmt"):
        code = regex.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", fmt.get("formatCode", "")).casefold()
        custom[fmt.get("numFmtId", "")] = "y" in code and "d" in code
    xfs = styles.find(_S + "cellXfs")
    out = set()
    for k, xf in enumerate([] if xfs is None else xfs.findall(_S + "xf")):
        fid = xf.get("numFmtId", "0")
        if custom.get(fid) or (fid.isdigit() and int(fid) in _DATE_FORMATS):
            out.add(k)
    return out


def _sheet_value(c: Any, shared: list[str], dates: set[int]) -> str:
    """The text a cell of a sheet shows."""
    kind = c.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in c.iter(_S + "t"))
    v = c.find(_S + "v")
    value = (v.text or "") if v is not None else ""
    if kind == "s":
        return shared[int(value)] if value.isdigit() and int(value) < len(shared) else ""
    if kind != "n" or not value:
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    style = c.get("s", "0")
    if style.isdigit() and int(style) in dates and 0 < number < 2958466:
        import datetime as dt

        day = dt.date(1899, 12, 30) + dt.timedelta(days=int(number))
        return f"{day.day}/{day.month}/{day.year}"
    return str(int(number)) if number.is_integer() else value


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_END = 0xFFFFFFFE  # the end of a chain of sectors (and the free ones, 0xFFFFFFFF, above it)
_OLE_SECTORS = 1 << 20  # the sectors of a compound file followed, at most


def _ole_stream(blob: bytes, names: tuple[str, ...]) -> bytes | None:
    """The first stream of a compound file (OLE2: an Excel 97-2003 workbook, an embedded object)
    named one of ``names`` (case-insensitive), or None (no such stream, a damaged file)."""
    import struct

    if not blob.startswith(_OLE_MAGIC) or len(blob) < 512:
        return None
    shift, mini_shift = struct.unpack_from("<HH", blob, 0x1E)
    if not 7 <= shift <= 16 or not 2 <= mini_shift < shift:
        return None
    size, mini_size = 1 << shift, 1 << mini_shift
    fat_count, dir_start, _sig, cutoff, minifat_start, _mini_count, difat_start, difat_count = struct.unpack_from(
        "<IIIIIIII", blob, 0x2C
    )

    def sector(n: int) -> bytes:
        return blob[(n + 1) * size : (n + 2) * size]

    fat_sectors = [n for n in struct.unpack_from("<109I", blob, 0x4C) if n < _OLE_END]
    seen: set[int] = set()
    while difat_start < _OLE_END and difat_count > 0 and difat_start not in seen and len(seen) < _OLE_SECTORS:
        seen.add(difat_start)
        more = struct.unpack(f"<{size // 4}I", sector(difat_start).ljust(size, b"\xff"))
        fat_sectors.extend(n for n in more[:-1] if n < _OLE_END)
        difat_start, difat_count = more[-1], difat_count - 1
    fat: list[int] = []
    for n in fat_sectors[: max(fat_count, 0) or len(fat_sectors)]:
        data = sector(n).ljust(size, b"\xff")
        fat.extend(struct.unpack(f"<{size // 4}I", data))

    def chain(start: int, table: list[int]) -> list[int]:
        out: list[int] = []
        visited: set[int] = set()
        while start < _OLE_END and start < len(table) and start not in visited and len(out) < _OLE_SECTORS:
            visited.add(start)
            out.append(start)
            start = table[start]
        return out

    directory = b"".join(sector(n) for n in chain(dir_start, fat))
    entries: list[tuple[str, int, int, int]] = []  # (name, type, start, size)
    for k in range(0, len(directory) - 127, 128):
        raw = directory[k : k + 128]
        length = min(struct.unpack_from("<H", raw, 64)[0], 64)
        name = raw[: max(length - 2, 0)].decode("utf-16-le", errors="replace")
        kind = raw[66]
        start, low = struct.unpack_from("<II", raw, 116)
        entries.append((name, kind, start, low))
    if not entries or entries[0][1] != 5:
        return None
    wanted = {name.casefold() for name in names}
    for name, kind, start, length in entries:
        if kind != 2 or name.casefold() not in wanted:
            continue
        if length < cutoff:  # in the mini stream, in sectors of 64 bytes
            mini_stream = b"".join(sector(n) for n in chain(entries[0][2], fat))
            minifat_raw = b"".join(sector(n) for n in chain(minifat_start, fat))
            minifat = list(struct.unpack(f"<{len(minifat_raw) // 4}I", minifat_raw[: len(minifat_raw) // 4 * 4]))
            data = b"".join(mini_stream[n * mini_size : (n + 1) * mini_size] for n in chain(start, minifat))
        else:
            data = b"".join(sector(n) for n in chain(start, fat))
        return data[:length]
    return None


class _Segments:
    """The data of a record and of the CONTINUE records after it, read across their bounds: a
    string's characters go on in the next record after a byte of flags (BIFF8)."""

    def __init__(self, parts: list[bytes]) -> None:
        self.parts = parts
        self.k = 0  # the part read
        self.pos = 0  # the position in it

    def _left(self) -> int:
        while self.k < len(self.parts) and self.pos >= len(self.parts[self.k]):
            self.k += 1
            self.pos = 0
        return len(self.parts[self.k]) - self.pos if self.k < len(self.parts) else 0

    def take(self, n: int, *, keep: bool = True) -> bytes:
        """The next ``n`` bytes (or, not ``keep``, skip them), across the parts' bounds."""
        out: list[bytes] = []
        while n > 0 and self._left():
            piece = self.parts[self.k][self.pos : self.pos + n]
            self.pos += len(piece)
            if keep:
                out.append(piece)
            n -= len(piece)
        if n > 0:
            raise ValueError("record too short")
        return b"".join(out)

    def chars(self, count: int, wide: bool) -> str:
        """``count`` characters (of one or two bytes), a byte of flags opening each next part."""
        out: list[str] = []
        while count > 0:
            if self.k < len(self.parts) and self.pos >= len(self.parts[self.k]):
                self.k, self.pos = self.k + 1, 0
                wide = bool(self.take(1)[0] & 1)
            if self.k >= len(self.parts):
                raise ValueError("string too short")
            width = 2 if wide else 1
            n = min(count, (len(self.parts[self.k]) - self.pos) // width)
            if n == 0:
                raise ValueError("damaged string")
            data = self.parts[self.k][self.pos : self.pos + n * width]
            self.pos += n * width
            out.append(data.decode("utf-16-le" if wide else "latin-1", errors="replace"))
            count -= n
        return "".join(out)

    def string(self) -> str:
        """A BIFF8 Unicode string with a 16-bit count (of the shared strings table)."""
        import struct

        count = struct.unpack("<H", self.take(2))[0]
        flags = self.take(1)[0]
        runs = struct.unpack("<H", self.take(2))[0] if flags & 8 else 0
        extra = struct.unpack("<I", self.take(4))[0] if flags & 4 else 0
        text = self.chars(count, bool(flags & 1))
        self.take(4 * runs + extra, keep=False)  # (the formatting runs, the phonetic text)
        return text


def _biff_string(data: bytes, at: int) -> str:
    """A BIFF8 Unicode string with a 16-bit count inside one record (a LABEL cell, a FORMAT)."""
    import struct

    count, flags = struct.unpack_from("<HB", data, at)
    at += 3 + (2 if flags & 8 else 0) + (4 if flags & 4 else 0)
    wide = bool(flags & 1)
    return data[at : at + count * (2 if wide else 1)].decode("utf-16-le" if wide else "latin-1", errors="replace")


def _rk(value: int) -> float:
    """A number of an RK cell: a signed 30-bit integer or the high bits of a float, divided by 100
    when its lowest bit says so."""
    import struct

    if value & 2:
        number = float((value >> 2) - (1 << 30) if value & 0x80000000 else value >> 2)
    else:
        number = struct.unpack("<d", struct.pack("<Q", (value & 0xFFFFFFFC) << 32))[0]
    return number / 100 if value & 1 else number


def _xls_rows(blob: bytes) -> list[dict[int, str]] | None:
    """The rows of the sheet an Excel 97-2003 workbook (BIFF8 in a compound file) opens on, each
    a dict of column -> the text the cell shows (strings, numbers, dates as ``d/m/yyyy``; the
    cached result of a formula), hidden rows left out; None when the blob is no such workbook."""
    import datetime as dt
    import struct

    stream = _ole_stream(blob, ("Workbook", "Book"))
    if stream is None:
        return None
    records: list[tuple[int, int, bytes]] = []  # (type, offset, data)
    at = 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        records.append((kind, at, stream[at + 4 : at + 4 + length]))
        at += 4 + length
    shared: list[str] = []
    sheets: list[tuple[int, bool]] = []  # the sheets: (the offset of its BOF record, a visible worksheet)
    formats: dict[int, bool] = {}  # number format -> shows a date
    xfs: list[int] = []  # XF index -> its number format
    active, epoch = 0, dt.date(1899, 12, 30)
    k = 0
    try:
        while k < len(records):
            kind, _offset, data = records[k]
            if kind == 0x000A:  # EOF: the workbook's globals end
                break
            if kind == 0x00FC:  # SST, with its CONTINUE records
                parts = [data[8:]]
                while k + 1 < len(records) and records[k + 1][0] == 0x003C:
                    k += 1
                    parts.append(records[k][2])
                segments = _Segments(parts)
                total = struct.unpack_from("<I", data, 4)[0]
                try:
                    for _ in range(min(total, 1 << 20)):
                        shared.append(segments.string())
                except (ValueError, struct.error):  # (a table cut short: the strings read so far)
                    pass
            elif kind == 0x0085 and len(data) >= 6:  # BOUNDSHEET: (its BOF's offset, a visible worksheet)
                sheets.append((struct.unpack_from("<I", data, 0)[0], data[4] == 0 and data[5] == 0))
            elif kind == 0x041E and len(data) >= 5:  # FORMAT
                code = regex.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", _biff_string(data, 2)).casefold()
                formats[struct.unpack_from("<H", data, 0)[0]] = "y" in code and "d" in code
            elif kind == 0x00E0 and len(data) >= 4:  # XF
                xfs.append(struct.unpack_from("<H", data, 2)[0])
            elif kind == 0x003D and len(data) >= 12:  # WINDOW1: the sheet shown
                active = struct.unpack_from("<H", data, 10)[0]
            elif kind == 0x0022 and len(data) >= 2 and data[0] == 1:  # DATEMODE: the 1904 system
                epoch = dt.date(1904, 1, 1)
            k += 1
    except (ValueError, struct.error):
        return None
    if active >= len(sheets) or not sheets[active][1]:
        active = next((n for n, (_o, shown) in enumerate(sheets) if shown), -1)
    if active < 0:
        return None
    start = next((n for n, (_kind, offset, _data) in enumerate(records) if offset == sheets[active][0]), None)
    if start is None:
        return None

    def shows(xf: int, number: float) -> str:
        fmt = xfs[xf] if xf < len(xfs) else 0
        if (formats.get(fmt) or fmt in _DATE_FORMATS) and 0 < number < 2958466:
            day = epoch + dt.timedelta(days=int(number))
            return f"{day.day}/{day.month}/{day.year}"
        return str(int(number)) if number.is_integer() else repr(number)

    rows: dict[int, dict[int, str]] = {}
    hidden: set[int] = set()
    pending: tuple[int, int] | None = None  # a formula's cell whose string result follows (STRING)
    for kind, _offset, data in records[start + 1 :]:
        try:
            if kind == 0x000A:  # EOF: the sheet ends
                break
            if kind == 0x0208 and len(data) >= 16 and struct.unpack_from("<I", data, 12)[0] & 0x20:  # ROW, hidden
                hidden.add(struct.unpack_from("<H", data, 0)[0])
                continue
            if kind == 0x0207 and pending is not None:  # STRING: a formula's text
                rows.setdefault(pending[0], {})[pending[1]] = _biff_string(data, 0)
                pending = None
                continue
            if kind not in (0x00FD, 0x0204, 0x0203, 0x027E, 0x00BD, 0x0006) or len(data) < 6:
                continue
            row, col, xf = struct.unpack_from("<HHH", data, 0)
            if row >= _SHEET_ROWS * 4 or col >= _MAX_GRID:
                continue
            cells = rows.setdefault(row, {})
            if kind == 0x00FD:  # LABELSST
                index = struct.unpack_from("<I", data, 6)[0]
                cells[col] = shared[index] if index < len(shared) else ""
            elif kind == 0x0204:  # LABEL
                cells[col] = _biff_string(data, 6)
            elif kind == 0x0203:  # NUMBER
                cells[col] = shows(xf, struct.unpack_from("<d", data, 6)[0])
            elif kind == 0x027E:  # RK
                cells[col] = shows(xf, _rk(struct.unpack_from("<I", data, 6)[0]))
            elif kind == 0x00BD:  # MULRK: cells of numbers side by side
                for n in range((len(data) - 6) // 6):
                    xf, value = struct.unpack_from("<HI", data, 4 + 6 * n)
                    if col + n < _MAX_GRID:
                        cells[col + n] = shows(xf, _rk(value))
            elif kind == 0x0006 and len(data) >= 14:  # FORMULA: its cached result
                result = data[6:14]
                if result[6:8] != b"\xff\xff":
                    cells[col] = shows(xf, struct.unpack("<d", result)[0])
                elif result[0] == 0:
                    pending = (row, col)
                elif result[0] == 1:
                    cells[col] = "TRUE" if result[2] else "FALSE"
        except (ValueError, struct.error):
            continue
    return [rows[row] for row in sorted(rows) if row not in hidden][:_SHEET_ROWS]


_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DIAGRAM_POINTS = 2000  # the shapes of a SmartArt diagram read, at most


def _diagram_texts(root: Any) -> list[str]:
    """The lines of a SmartArt diagram's data part (``dgm:dataModel``): the text of each of its
    nodes (``dgm:pt`` not a transition nor a presentation point), a paragraph a line, parents
    before their children (``dgm:cxn`` of type ``parOf``, in ``srcOrd`` order), nodes out of the
    tree after them in the order they are listed."""
    texts: dict[str, list[str]] = {}
    order: list[str] = []
    root_ids: list[str] = []
    for pt in root.iter(_DGM + "pt"):
        if len(order) >= _DIAGRAM_POINTS:
            break
        kind, mid = pt.get("type", "node"), pt.get("modelId", "")
        if kind == "doc":
            root_ids.append(mid)
        if kind not in ("node", "asst") or mid in texts:
            continue
        body = pt.find(_DGM + "t")
        lines = [] if body is None else ["".join(t.text or "" for t in p.iter(_A + "t")) for p in body.iter(_A + "p")]
        texts[mid] = [" ".join(line.split()) for line in lines if line.strip()]
        order.append(mid)
    children: dict[str, list[tuple[int, str]]] = {}
    for cxn in root.iter(_DGM + "cxn"):
        if cxn.get("type", "parOf") == "parOf":
            rank = cxn.get("srcOrd", "0")
            child = (int(rank) if rank.isdigit() else 0, cxn.get("destId", ""))
            children.setdefault(cxn.get("srcId", ""), []).append(child)
    seen: set[str] = set()
    out: list[str] = []
    stack = list(reversed(root_ids))
    while stack:
        mid = stack.pop()
        if mid in seen:
            continue
        seen.add(mid)
        out.extend(texts.get(mid, []))
        stack.extend(dest for _rank, dest in sorted(children.get(mid, []), reverse=True))
    for mid in order:
        if mid not in seen:
            out.extend(texts[mid])
    return [unicodedata.normalize("NFC", line) for line in out]


def _boxes_in(el: Any) -> list[Any]:
    """The text boxes (``w:txbxContent``) drawn in an element, in order, a box inside a box too,
    each once: of content written twice (``mc:AlternateContent``) only the first choice; and the
    SmartArt diagrams (``dgm:relIds``) drawn in it."""
    out: list[Any] = []
    stack = [el]
    while stack:
        node = stack.pop()
        name = _local(node)
        if name == "Fallback":
            continue
        if name == "AlternateContent":
            first = next(iter(node), None)
            children = [] if first is None else [first]
        else:
            if name == "txbxContent" or (name == "relIds" and node.tag == _DGM + "relIds"):
                out.append(node)
            children = list(node)
        stack.extend(reversed(children))
    return out


def _box_paragraphs(box: Any) -> list[Any]:
    """The paragraphs of one text box (in its tables too), not those of a box drawn inside it."""
    out: list[Any] = []
    stack = list(reversed(list(box)))
    while stack:
        node = stack.pop()
        name = _local(node)
        if name == "p":
            out.append(node)
        elif name != "txbxContent":
            stack.extend(reversed(list(node)))
    return out


def _symbol(code: str) -> str:
    try:
        ch = chr(int(code, 16))
    except ValueError:
        return ""
    # a symbol font's glyph (Symbol, Wingdings: private-use code points) typed as a bullet: the
    # round one "•", the Symbol font's plus and minus signs "+" and "-", any other (arrow, diamond,
    # square, tick) a dash, as word_numbering.py reads them
    return {"\uf0b7": "•", "\uf02b": "+"}.get(ch, ch if not ("\ue000" <= ch <= "\uf8ff") else "-")


def _xml_of(part: Any, what: str) -> Any | None:
    """The XML root of the document's styles or numbering part, if it has one."""
    from lxml import etree

    suffix = "/styles" if what == "styles" else "/numbering"
    for rel in part.rels.values():
        if rel.reltype.endswith(suffix) and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)  # python-docx parsed it already
            return element if element is not None else etree.fromstring(target.blob)
    return None


def _footnotes(part: Any) -> dict[str, Any]:
    """The footnotes and endnotes of the document by ``f``/``e`` and their id (an endnote is read
    as a footnote: its body after the paragraph that refers to it, numbered with the footnotes)."""
    from lxml import etree

    out: dict[str, Any] = {}
    for rel in part.rels.values():
        kind = rel.reltype[len(_RELS) :] if rel.reltype.startswith(_RELS) else ""
        if kind in ("footnotes", "endnotes") and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            for note in root.iter(_W + kind[:-1]):
                if note.get(_W + "type") in (None, "normal"):
                    out[kind[0] + note.get(_W + "id", "")] = note
    return out


def _letterhead(document: Any) -> Any | None:
    """The page header part printed on the first page (the first-page header when the first
    section has one, else its header), or None: a template may set the document's header there,
    issuer | national title, number | place and date, and Word prints it above the body."""
    try:
        section = document.sections[0]
        part = section.first_page_header if section.different_first_page_header_footer else section.header
        return None if part.is_linked_to_previous else part._element
    except (IndexError, AttributeError, KeyError, ValueError):  # a damaged section: no header read
        return None


_OPENING_LINES = 12  # the national title of a header is within this many lines of text


def _opens_document(lines: list[str]) -> bool:
    """Do the first lines of text hold a header's national title (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    VIỆT NAM``, ``ĐẢNG CỘNG SẢN VIỆT NAM``)?"""
    title = _patterns()["national_title"]
    return any(title.search(line) for line in [ln for ln in lines if ln][:_OPENING_LINES])


_CHUNK_DEPTH = 2  # embedded documents read inside embedded documents, at most
_HTML_BLOCKS = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
    "address", "center", "section", "article", "header", "footer", "main", "nav", "aside", "figure",
    "figcaption", "caption", "hr", "tbody", "thead", "tfoot", "form", "fieldset", "body", "html",
))  # fmt: skip
_HTML_SKIP = frozenset(("script", "style", "head", "title", "noscript", "template"))


def _chunk_lines(content_type: str, blob: bytes, depth: int) -> list[str] | None:
    """The lines of an embedded part (``w:altChunk``), or None when its format is not read."""
    kind = content_type.split(";")[0].strip().casefold()
    head = blob[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04"):  # a Word document (a .docx package)
        if depth >= _CHUNK_DEPTH:
            return None
        try:
            return _read(blob, depth + 1)[0].out.text().split("\n")
        except DecodeError:
            return []
    if head.startswith(b"{\\rtf") or "rtf" in kind:
        return None
    if kind in ("message/rfc822", "multipart/related", "application/x-mimearchive") or head[:40].lower().startswith(
        (b"mime-version", b"from:", b"content-type")
    ):
        return _mht_lines(blob)
    if kind == "text/plain":
        return _decode(blob, None).splitlines()
    return _html_lines(blob, None)


def _decode(blob: bytes, charset: str | None) -> str:
    """Text of an embedded part: its byte-order mark, the charset it declares, else UTF-8, else
    Windows-1258 (Vietnamese)."""
    if blob.startswith((b"\xff\xfe", b"\xfe\xff")):
        return blob.decode("utf-16", errors="replace")
    if blob.startswith(b"\xef\xbb\xbf"):
        return blob[3:].decode("utf-8", errors="replace")
    if charset is None:
        found = regex.search(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", blob[:2048].decode("latin-1"))
        charset = found.group(1) if found else None
    for name in (charset, "utf-8"):
        if name:
            try:
                return blob.decode(name)
            except (LookupError, UnicodeDecodeError):
                continue
    return blob.decode("cp1258", errors="replace")


def _mht_lines(blob: bytes) -> list[str] | None:
    """The HTML page of a web archive (MHT, a MIME message), as lines."""
    import email
    import email.policy

    message = email.message_from_bytes(blob, policy=email.policy.compat32)
    for sub in message.walk():
        if sub.get_content_type() == "text/html":
            payload = sub.get_payload(decode=True)
            if isinstance(payload, bytes):
                return _html_lines(payload, sub.get_content_charset())
    return None


def _html_lines(blob: bytes, charset: str | None) -> list[str] | None:
    """An HTML page as lines: each block (paragraph, heading, list item, line break) a line; a
    table of at most two columns and a few rows (a header, a sign-off) cell by cell, any other
    as pipe rows ``| cell | cell |``."""
    from lxml import etree, html

    text = _decode(blob, charset)
    text = regex.sub(r"^\s*<\?xml[^>]*>", "", text)
    if not text.strip():
        return []
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = " ".join("".join(buf).split())
        buf.clear()
        if line:
            lines.append(unicodedata.normalize("NFC", line))

    def table(el: Any) -> None:
        rows = [tr for tr in el.iter("tr") if _html_owner(tr) is el]
        cells = [[td for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")] for tr in rows]
        filled = [row for row in cells if any(td.text_content().strip() for td in row)]
        if max((len(row) for row in filled), default=0) <= _LAYOUT_MAX_COLUMNS and len(filled) <= _LAYOUT_MAX_ROWS:
            for row in filled:
                for td in row:
                    lines.append("")
                    buf.append(td.text or "")
                    walk(td)
                    flush()
            lines.append("")
            return
        lines.append("")
        for row in filled:
            texts = [" ".join(td.text_content().split()).replace("|", "/") for td in row]
            lines.append(unicodedata.normalize("NFC", "| " + " | ".join(texts) + " |"))
        lines.append("")

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag == "br":
                flush()
            elif tag == "table":
                flush()
                table(child)
            elif tag and tag not in _HTML_SKIP:
                block = tag in _HTML_BLOCKS
                if block:
                    flush()
                if child.text:
                    buf.append(child.text)
                walk(child)
                if block:
                    flush()
            if child.tail:
                buf.append(child.tail)

    body = root.find("body")
    top = body if body is not None else root
    if top.text:
        buf.append(top.text)
    try:
        walk(top)
    except RecursionError:  # a page nested beyond reason
        return None
    flush()
    return lines


def _html_owner(tr: Any) -> Any:
    """The table a row belongs to (not a table nested in one of its cells)."""
    el = tr.getparent()
    while el is not None and not (isinstance(el.tag, str) and el.tag.lower() == "table"):
        el = el.getparent()
    return el


def read_docx(data: bytes, *, tool: str = "docx", fmt: str = "docx") -> Extracted:
    """Read a DOCX file into text with its line map (see the module docstring)."""
    reader, warnings = _read(data, 0)
    text = reader.out.text()
    if not text.strip():
        raise DecodeError(f"empty document: no text{''.join('; ' + w for w in reader.warnings)}")
    return Extracted(text, fmt, tool, None, reader.out.runs(), warnings)


_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_PACKAGE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


_MAIN_TYPES = (  # the main part of a Word template, a file with macros, a template with macros
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _repaired(data: bytes) -> bytes | None:
    """The package as python-docx reads it, or None when there is nothing to repair (or it is not
    a ZIP): the main part of a template (.dotx) or of a file with macros (.docm, .dotm) typed as
    a document's; Strict Open XML names (``http://purl.oclc.org/ooxml/wordprocessingml/main``, a
    choice of Word's "Save as") put back to the transitional ones (``…/wordprocessingml/2006/main``);
    embedded Word documents (``w:altChunk`` parts holding a whole .docx, which some tools type as
    a main document part, so that python-docx fails to parse them as XML) typed as .docx files."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            parts = {info.filename: zf.read(info) for info in zf.infolist()}
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError):
        return None
    changed = False
    for name, blob in parts.items():
        if name.endswith((".xml", ".rels")) and b"http://purl.oclc.org/ooxml/" in blob:
            parts[name] = regex.sub(
                r"http://purl\.oclc\.org/ooxml/(\w+)/(\w+)",
                r"http://schemas.openxmlformats.org/\1/2006/\2",
                blob.decode("utf-8", errors="replace"),
            ).encode("utf-8")
            changed = True
    types = parts.get("[Content_Types].xml", b"").decode("utf-8", errors="replace")
    retyped = types
    for kind in _MAIN_TYPES:
        retyped = retyped.replace(kind, _MAIN_TYPE)
    for name, blob in parts.items():
        if blob.startswith(b"PK\x03\x04"):  # (a ZIP inside the ZIP)
            part = regex.escape(name)
            override = regex.compile(r'(<Override\s[^>]*PartName="/' + part + r'"[^>]*ContentType=")[^"]*(")')
            retyped = override.sub(lambda m: m.group(1) + _PACKAGE_TYPE + m.group(2), retyped)
    if retyped != types:
        parts["[Content_Types].xml"] = retyped.encode("utf-8")
        changed = True
    if not changed:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in parts.items():
            zf.writestr(name, blob)
    return out.getvalue()


def _damage(data: bytes) -> str | None:
    """What is wrong with a Word package python-docx could not open, said plainly: a ZIP cut short
    or corrupt, or one without the document's main part (``word/document.xml``); None for any
    other failure (its own message says)."""
    import zipfile
    import zlib

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                zf.read("word/document.xml")  # (a member cut short or badly compressed)
                return None
            with zf.open("[Content_Types].xml") if "[Content_Types].xml" in names else io.BytesIO() as fh:
                types = fh.read(1 << 16).decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError, ValueError):
        return "its ZIP package is cut short or corrupt (a download or a copy broken off?)"
    except KeyError:
        return None
    for override in regex.finditer(r"<Override\b[^>]*>", types):
        tag = override.group(0)
        part = regex.search(r'PartName\s*=\s*"/?([^"]+)"', tag)
        if part is not None and part.group(1) in names and any(kind in tag for kind in (_MAIN_TYPE, *_MAIN_TYPES)):
            return None  # (a main part named otherwise: python-docx's own message says what is wrong)
    return "its package holds no document text (no word/document.xml part)"


def _read(data: bytes, depth: int) -> tuple[_Reader, list[Any]]:
    """The reader that read a DOCX file (its lines), and the warnings of the reading."""
    try:
        import docx
    except ImportError:  # pragma: no cover - a run-time dependency
        raise DecodeError("cannot read DOCX files: the python-docx package is not installed") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        repaired = _repaired(data)
        try:
            if repaired is None:
                raise
            document = docx.Document(io.BytesIO(repaired))
        except Exception:
            damage = _damage(data)
            if damage is not None:
                raise DecodeError(f"a damaged DOCX file: {damage}; save it again from Word") from None
            raise DecodeError(f"cannot read this DOCX file: {exc.__class__.__name__}: {exc}") from None
    reader = _Reader(document, depth)
    reader.read(document.element.body)
    letterhead = None if _opens_document(reader.out.out) else _letterhead(document)
    if letterhead is not None:  # (read after the body: its lists and notes count on their own)
        legacy = reader.legacy
        head = reader.page_header(letterhead)
        if _opens_document(head.out):
            head.blank()
            head.extend(reader.out)
            reader.out = head
        else:
            reader.legacy = legacy
    from ndq57.model import Warning

    note = Warning("legacy_font", "text typed in a legacy TCVN3/VNI font, converted to Unicode")
    warnings = [note] if reader.legacy else []
    warnings.extend(Warning("docx_part_not_read", message) for message in reader.warnings)
    return reader, warnings
