"""HTML reader: a web page saved from a legal library or an office portal ("Save page as"), or an
office suite's "web page" export (Word, LibreOffice, pandoc), as a clean text export, through the
standard library's :mod:`html.parser` (no dependency).

* the charset from the byte-order mark, ``<meta charset>`` or ``http-equiv`` content type, else
  UTF-8 when the bytes are valid, else the text decoder's fall-back (Windows-1258);
* ``head``, scripts, styles, forms' controls, site furniture (``nav``, ``menu``, ``footer``,
  ``aside``, ARIA navigation roles, classes such as ``breadcrumb`` or ``sidebar``) and hidden
  elements (``hidden``, ``display:none``) left out;
* block elements (``p``, ``div``, ``h1``-``h6``, ``li``, ``tr``...) and ``<br>`` give line
  breaks; an ordered list's items the labels a browser draws (``1.``, ``a)``, ``I.``);
* **layout tables** (the header: issuer | national title, number | place and date; the sign-off:
  Nơi nhận | signer; a frame around the page) read cell by cell, each cell's lines on their own,
  as the DOCX reader does; **data tables** as pipe rows ``| cell | cell |``, a cell's lines
  joined by spaces, a cell spanning columns (``colspan``) followed by empty cells, a cell merged
  down (``rowspan``) repeated in the task rows below the header (not a row number);
* ``<sup>`` footnote marks (and Word's or LibreOffice's footnote anchors) as ``[n]`` glued to
  their word; entities decoded, ``&nbsp;`` a space;
* a page that holds a whole site (menus, related documents, comments): only the element holding
  the directive (from its national title to its Nơi nhận list) is read, with a warning.

Origins (``source.extraction.lines``): ``element`` (the block's index among the blocks read, from
0), ``table``/``row``/``cell`` (counted from 0) for the lines of tables.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata
from html.parser import HTMLParser
from typing import Any

from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.data import pattern as data_pattern
from ndq57.errors import DecodeError
from ndq57.model import Warning
from ndq57.readers import Extracted, LineMap, _web_archive, pipe_row
from ndq57.readers import text_patterns as _patterns
from ndq57.readers.legacy_fonts import capitals_font, font_kind, to_unicode
from ndq57.readers.numbering import to_roman

_VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "basefont", "frame", "keygen",
))  # fmt: skip
_BLOCKS = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
    "address", "center", "section", "article", "header", "main", "figure", "figcaption", "caption", "hr",
    "tbody", "thead", "tfoot", "tr", "td", "th", "form", "fieldset", "body", "html", "table", "legend", "details",
    "summary",
))  # fmt: skip
# elements a browser does not show as the page's text, and a site's furniture
_SKIP = frozenset((
    "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "button",
    "select", "textarea", "nav", "menu", "footer", "aside", "option", "datalist", "canvas", "video", "audio",
    "map", "dialog", "xml", "del",
))  # fmt: skip
_SKIP_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"))
# class or id words (whole, between - _ and spaces) of a site's furniture
_SKIP_CLASSES = frozenset((
    "nav", "navbar", "navigation", "menu", "mainmenu", "topmenu", "breadcrumb", "breadcrumbs", "sidebar",
    "footer", "comment", "comments", "share", "social", "banner", "advert", "ads", "cookie", "toolbar",
    "pagination", "related", "tags",
))  # fmt: skip
# a block closes a paragraph left open (<p> without </p>)
_CLOSES_P = _BLOCKS - {"body", "html", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "summary"}
_MAX_DEPTH = 200  # elements nested deeper are read as part of the element at this depth
_LAYOUT_MAX_COLUMNS = 2
_LAYOUT_MAX_ROWS = 4
_MAIN_SHARE = 0.9  # the directive's element holds less than this share of the page's text: a site


class _Node:
    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node | str] = []
        self.parent = parent


class _Builder(HTMLParser):
    """The page as a light tree of elements and text, the end tags HTML lets out put back."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.stack: list[_Node] = [self.root]
        self.raw_depth = 0  # elements opened beyond _MAX_DEPTH (not kept as nodes)
        self.text: list[str] = []  # text read since the last tag

    def _close_to(self, index: int) -> None:
        del self.stack[index:]

    def _last(self, tags: frozenset[str] | set[str], stop: frozenset[str] | set[str]) -> int | None:
        """The index in the stack of the innermost open element named in ``tags``, not looking
        past one named in ``stop``."""
        for k in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[k].tag
            if tag in tags:
                return k
            if tag in stop:
                return None
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs, void=tag in _VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs, void=True)

    def _open(self, tag: str, attrs: list[tuple[str, str | None]], void: bool) -> None:
        self._text()
        cell_stop = {"table", "td", "th"}
        if tag in _CLOSES_P:
            k = self._last({"p"}, cell_stop | {"div", "li"})
            if k is not None:
                self._close_to(k)
        if tag == "li":
            k = self._last({"li"}, cell_stop | {"ul", "ol"})
            if k is not None:
                self._close_to(k)
        elif tag in ("dt", "dd"):
            k = self._last({"dt", "dd"}, cell_stop | {"dl"})
            if k is not None:
                self._close_to(k)
        elif tag in ("td", "th"):
            k = self._last({"td", "th"}, {"tr", "table"})
            if k is not None:
                self._close_to(k)
        elif tag == "tr":
            k = self._last({"tr", "td", "th"}, {"table"})
            if k is not None:
                k2 = self._last({"tr"}, {"table"})
                self._close_to(k2 if k2 is not None else k)
        elif tag in ("tbody", "thead", "tfoot"):
            k = self._last({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"})
            if k is not None:
                k2 = self._last({"tbody", "thead", "tfoot"}, {"table"})
                self._close_to(k2 if k2 is not None else k)
        parent = self.stack[-1]
        node = _Node(tag, {name: value or "" for name, value in attrs}, parent)
        parent.children.append(node)
        if not void:
            if len(self.stack) < _MAX_DEPTH:
                self.stack.append(node)
            else:
                self.raw_depth += 1

    def handle_endtag(self, tag: str) -> None:
        self._text()
        if tag in _VOID:
            return
        if tag == "p" and self._last({"p"}, {"table", "td", "th"}) is None:
            self.stack[-1].children.append(_Node("br", {}, self.stack[-1]))  # "</p>" alone: a break
            return
        stop = {"table"} if tag in ("td", "th", "tr", "tbody", "thead", "tfoot") else set()
        k = self._last({tag}, stop)
        if k is not None:
            self._close_to(k)

    def handle_data(self, data: str) -> None:
        self.text.append(data)  # (joined at the next element: a long run of pieces stays linear)

    def _text(self) -> None:
        if self.text:
            self.stack[-1].children.append("".join(self.text))
            self.text = []

    def close(self) -> None:
        super().close()
        self._text()


def _hidden(node: _Node) -> bool:
    attrs = node.attrs
    if node.tag in _SKIP or "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if attrs.get("role", "").casefold() in _SKIP_ROLES:
        return True
    if node.tag == "header" and _banner(node):
        return True
    style = attrs.get("style")
    if style and regex.search(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", style):
        return True
    names = (attrs.get("class", "") + " " + attrs.get("id", "")).casefold()
    if names.strip() and node.tag not in ("p", "span", "td", "th", "tr", "table", "b", "strong", "i", "em"):
        words = set(regex.split(r"[\s_-]+", names))
        if words & _SKIP_CLASSES:
            return True
    return False


_SECTIONING = frozenset(("article", "main", "section", "aside", "nav"))


def _banner(node: _Node) -> bool:
    """A ``<header>`` of the page itself (in no article, main or section element: the site's
    banner, its logo and links, as HTML's accessibility mapping reads it), unless it holds the
    directive's national title (a page that sets the directive's header cells in one)."""
    parent = node.parent
    while parent is not None:
        if parent.tag in _SECTIONING:
            return False
        parent = parent.parent
    return _patterns()["national_title"].search(_inline_text(node)) is None


def _centred(node: _Node) -> bool | None:
    if node.tag == "center":
        return True
    align = node.attrs.get("align")
    style = node.attrs.get("style", "")
    found = regex.search(r"(?i)text-align\s*:\s*(\w+)", style) if style else None
    value = (found.group(1) if found else align or "").casefold()
    if not value:
        return None
    return value == "center"


_FOOTNOTE_MARK = r"\[?\(?(\d{1,3}|\*{1,3}|[a-z])\)?\]?"


def _ol_label(kind: str, n: int) -> str:
    if kind == "a":
        return (chr(ord("a") + n - 1) if 1 <= n <= 26 else str(n)) + ")"
    if kind == "A":
        return (chr(ord("A") + n - 1) if 1 <= n <= 26 else str(n)) + "."
    if kind == "i":
        return to_roman(n).lower() + "."
    if kind == "I":
        return to_roman(n) + "."
    return f"{n}."


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


class _Fonts:
    """The fonts a page's elements name: in their ``style`` (``font-family``), ``<font face>``, or
    by their tag or class in the page's style sheets (Word writes ``p.MsoNormal {font-family:
    ".VnTime"}``); ``legacy`` is set when text in a legacy font was converted."""

    def __init__(self, sheets: list[str]) -> None:
        self.by_class: dict[str, str] = {}
        self.by_tag: dict[str, str] = {}
        self.legacy = False
        for raw in sheets:
            sheet = regex.sub(r"(?s)/\*.*?\*/|<!--|-->", " ", raw)
            for rule in regex.finditer(r"([^{}]+)\{([^{}]*)\}", sheet):
                family = _family(rule.group(2))
                if family is None:
                    continue
                for selector in rule.group(1).split(","):
                    found = regex.fullmatch(r"\s*([A-Za-z][\w]*)?(?:\.([\w-]+))?\s*", selector)
                    if found is None or not (found.group(1) or found.group(2)):
                        continue
                    if found.group(2):
                        self.by_class[found.group(2)] = family
                    else:
                        self.by_tag[found.group(1).lower()] = family

    def of(self, node: _Node) -> str | None:
        """The font an element sets, or None when it sets none."""
        attrs = node.attrs
        style = attrs.get("style")
        if style and "font-family" in style:
            family = _family(style)
            if family:
                return family
        if node.tag == "font" and attrs.get("face"):
            return attrs["face"].split(",")[0].strip(" '\"")
        if self.by_class and "class" in attrs:
            for name in attrs["class"].split():
                if name in self.by_class:
                    return self.by_class[name]
        return self.by_tag.get(node.tag)


def _family(declarations: str) -> str | None:
    """The first font of a ``font-family`` declaration."""
    found = regex.search(r"""(?i)font-family\s*:\s*['"]?([^'",;]+)""", declarations)
    return found.group(1).strip() if found else None


# letters of Vietnamese Unicode text no legacy font code holds (as the DOCX reader checks)
_UNICODE_LETTERS = r"[\u1EA0-\u1EF9\u01A0\u01A1\u01AF\u01B0\u0110\u0111\u0102\u0103\u0300\u0301\u0303\u0309\u0323]"


def _unicode_text(text: str) -> bool:
    return regex.search(_UNICODE_LETTERS, text) is not None


_SYMBOL_FONTS = frozenset(("symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings"))


class _Writer:
    """Renders a tree of elements as lines; ``nodes`` is the block element of each line."""

    def __init__(self, fonts: _Fonts, tables: list[int] | None = None, flags: dict[str, bool] | None = None) -> None:
        self.fonts = fonts  # the fonts the page names (shared with the writers of its cells)
        self.font: str | None = None  # the font of the text being read
        self.out = LineMap()
        self.nodes: list[_Node | None] = []
        self.buf: list[str] = []
        self.block: _Node | None = None
        self.blocks = 0  # blocks read (the ``element`` origin)
        self.tables = tables if tables is not None else [0]  # tables read (shared with cell writers)
        # shared with cell writers: "attributes", a library's attributes table was met;
        # "write_attributes", write it as lines
        self.flags: dict[str, bool] = flags if flags is not None else {}
        self.centred = False  # the last line written is centred
        self.pending_centred = False
        self.pre = 0
        self.label: str | None = None  # a list item's label, for its first line
        self.prefix: str | None = None  # the label of the numbered item a list stands in
        self.in_cell = False  # reading a table's cell
        self.list_depth = 0  # lists open around the one being read
        # the last list ended at each depth: the label of the item it stands in, its next number, its kind
        self.ended: dict[int, tuple[str | None, int, str]] = {}
        # the data table the lines end with (only blank lines after it): columns, first row
        self.last_table: tuple[int, str] | None = None

    # ------------------------------------------------------------ lines

    def _add(self, text: str, origin: dict[str, Any] | None, node: _Node | None) -> None:
        self.out.add(text, origin)
        self.nodes.append(node)

    def blank(self) -> None:
        if self.out.out and self.out.out[-1] != "":
            self._add("", None, None)

    def flush(self, centred: bool = False) -> None:
        if not self.buf:
            return
        text = "".join(self.buf)
        self.buf = []
        lines = text.split("\n")
        written = False
        for raw in lines:
            line = _clean(raw)
            if not line:
                continue
            if self.centred and not centred:
                self.blank()  # a centred block (the title) ends where the body's alignment starts
            self.centred = centred
            if self.label is not None:
                line, self.label = f"{self.label} {line}", None
            self._add(line, {"element": self.blocks}, self.block)
            self.last_table = None
            written = True
        if written:
            self.blocks += 1

    # ------------------------------------------------------------ elements

    def render(self, node: _Node, centred: bool = False) -> None:
        outer_font = self.font
        self.font = self.fonts.of(node) or self.font
        for child in node.children:
            if isinstance(child, str):
                text = child if self.pre else regex.sub(r"[ \t\r\n\f]+", " ", child)
                if self.font and text.strip():
                    text = self._unicode(text)
                self.buf.append(text)
                continue
            tag = child.tag
            if tag == "br":
                if not "".join(self.buf).strip() and self.out.out and self.out.out[-1] != "":
                    self.blank()  # two breaks in a row: a paragraph ends
                self.buf.append("\n")
                self.flush(centred)
                continue
            if _hidden(child):
                continue
            if tag == "table":
                self.flush(centred)
                self.table(child, centred)
                continue
            if tag == "a" and _back_link(child):
                continue  # a note's link back to its mark (pandoc's "↩︎")
            if tag == "sup" or (tag == "a" and _note_anchor(child)):
                mark = _inline_text(child).strip()
                found = regex.fullmatch(_FOOTNOTE_MARK, mark)
                if found is not None:
                    while self.buf and self.buf[-1] == " ":
                        self.buf.pop()
                    if self.buf:
                        self.buf[-1] = self.buf[-1].rstrip(" ")
                    self.buf.append(f"[{found.group(1)}]")
                    if not self.buf[:-1] or not self.buf[-2].strip():
                        self.buf.append(" ")  # a note's body opens with its mark
                    continue
            if tag == "span" and self._symbol_bullet(child) and not "".join(self.buf).strip():
                self.buf.append("- ")  # Word's bullet drawn in a symbol font ("·" in Symbol, "§" in Wingdings)
                continue
            if tag in _BLOCKS:
                mine = _centred(child)
                inner = centred if mine is None else mine
                self.flush(centred)
                saved, self.block = self.block, child
                if tag == "pre":
                    self.pre += 1
                if tag == "hr":
                    self.blank()
                elif tag in ("ol", "ul"):
                    self._list(child, inner)
                    self.block = saved
                    continue
                self.render(child, inner)
                if tag == "pre":
                    self.pre -= 1
                if (
                    tag == "p"
                    and not _inline_text(child).strip()
                    and not any(isinstance(c, _Node) and c.tag in ("img", "table") for c in child.children)
                ):
                    self.blank()  # an empty paragraph: a blank line, as in the DOCX reader
                self.flush(inner)
                self.block = saved
                continue
            self.render(child, centred)
        self.font = outer_font

    def _symbol_bullet(self, node: _Node) -> bool:
        """A list's bullet Word's web page writes as a character of a symbol font (its list label
        in filtered HTML: the character, then a run of no-break spaces in a tiny font)."""
        family = (self.fonts.of(node) or "").casefold()
        if not (family in _SYMBOL_FONTS or (family == "courier new" and _inline_text(node).strip().startswith("o"))):
            return False
        mark = _inline_text(node).replace("\u00a0", " ").strip()
        return len(mark) == 1 and (not mark.isalnum() or family == "courier new")

    def _unicode(self, text: str) -> str:
        """Text typed in a legacy font (TCVN3 ``.VnTime``, VNI) converted to Unicode."""
        assert self.font is not None
        kind = font_kind(self.font)
        if kind is None or _unicode_text(text):
            return text
        self.fonts.legacy = True
        return to_unicode(text, kind, capitals=capitals_font(self.font))

    def _list(self, node: _Node, centred: bool) -> None:
        """The items of a list with the labels a browser draws; a numbered list inside an item
        of a numbered list numbered under it (``2.1.``, as Word's multilevel lists print)."""
        kind = node.attrs.get("type", "1") if node.tag == "ol" else "-"
        if "list-style-type:none" in node.attrs.get("style", "").replace(" ", "").casefold():
            kind = ""
        n = _int(node.attrs.get("start"), 1)
        outer = self.prefix
        notes = _notes_list(node)
        depth, under = self.list_depth, outer
        if depth == 0 and outer is None and kind == "1" and n > 1 and not notes and "start" in node.attrs:
            depth, under = self._resumed(n)
        for d in [d for d in self.ended if d > depth]:
            del self.ended[d]
        saved_depth, self.list_depth = self.list_depth, depth + 1
        for child in node.children:
            if isinstance(child, _Node) and child.tag == "li" and not _hidden(child):
                n = _int(child.attrs.get("value"), n)
                label = kind if kind in ("-", "") else _ol_label(kind, n)
                if notes and kind not in ("-", ""):
                    label = f"[{n}]"  # a note's body opens with its mark, as printed at the page's foot
                if kind == "1" and under:
                    label = f"{under}{n}."
                n += 1
                self.flush(centred)
                saved, self.block = self.block, child
                self.label = label or None
                self.prefix = label if kind == "1" else None
                self.render(child, centred)
                self.flush(centred)
                if self.label and self.in_cell and kind not in ("-", ""):
                    self.buf.append(self.label)  # an automatic row number alone in its cell
                    self.label = None
                    self.flush(centred)
                self.label = None
                self.block = saved
            elif isinstance(child, _Node):
                self.render(_Wrap(child), centred)
            elif child.strip():
                self.buf.append(child)
        self.prefix = outer
        self.list_depth = saved_depth
        self.ended[depth] = (under, n, kind)

    def _resumed(self, n: int) -> tuple[int, str | None]:
        """The list a numbered list starting at ``n`` goes on with (its depth, the label of the item
        it stands in): the outermost when its numbers lead to ``n``, else the deepest numbered one
        whose do (pandoc cuts a Word list nested in an item around a table, the rest written as a
        list of its own, ``<ol start="2">``, as if it were not nested)."""
        top = self.ended.get(0)
        if top is None or (top[1] == n and top[2] == "1"):
            return 0, None
        for d in sorted(self.ended, reverse=True):
            prefix, following, kind = self.ended[d]
            if d > 0 and prefix and following == n and kind == "1":
                return d, prefix
        return 0, None

    # ------------------------------------------------------------ tables

    def table(self, node: _Node, centred: bool) -> None:
        for child in node.children:
            if isinstance(child, _Node) and child.tag == "caption" and not _hidden(child):
                self.render(_Wrap(child), centred)  # a table's title (a heading of the text) on its own line
                self.flush(centred)
        index = self.tables[0]
        self.tables[0] += 1
        rows = _rows(node)
        # the cells of each row as (cell, lines), read by writers of their own
        grid: list[list[tuple[_Node, list[str], _Writer]]] = []
        for tr in rows:
            read = []
            for td in tr:
                cell_writer = _Writer(self.fonts, self.tables, self.flags)
                cell_writer.font = self.font
                cell_writer.in_cell = True
                cell_writer.block = td  # (the element of a cell's lines outside any block: the cell)
                cell_writer.render(td, centred)
                cell_writer.flush()
                read.append((td, [ln for ln in cell_writer.out.out if ln], cell_writer))
            grid.append(read)
        columns = max((sum(_span(td, "colspan") for td, _l, _m in row) for row in grid), default=0)
        written = max((sum(1 for _td, lines, _m in row if lines) for row in grid), default=0)
        filled = sum(1 for row in grid if any(lines for _td, lines, _m in row))
        if not filled:
            return
        if _attributes(grid):
            # (a library's table of the document's attributes: the site's, not the text's; written
            # as "label: value" lines only for a text printed without its header cells)
            self.flags["attributes"] = True
            if self.flags.get("write_attributes"):
                self._attribute_lines(grid, index)
            return
        # a table the page is laid out with (a menu column beside the text), not a table of the
        # text: a cell holds another table, a whole text (many lines) or a document's header
        frame = any(_has_table(td) or _holds_text(lines) for row in grid for td, lines, _m in row)
        layout = (
            frame
            or min(columns, written) <= 1
            or (min(columns, written) <= _LAYOUT_MAX_COLUMNS and filled <= _LAYOUT_MAX_ROWS)
        )
        # a data table right after another one of as many columns (only blank lines between: a
        # table cut in two at a page) goes on as the same table, its header row read once
        previous = self.last_table
        follows = not layout and previous is not None and previous[0] == columns and not _numbering_restarts(grid)
        if follows:
            while self.out.out and self.out.out[-1] == "":
                self.out.out.pop()
                self.nodes.pop()
        else:
            self.blank()
        self.last_table = None
        first_row: str | None = None
        if not frame and min(columns, written) == _LAYOUT_MAX_COLUMNS and filled > 1 and _signoff_first(grid):
            self._signoff_columns(grid, index)
            return
        merged: dict[int, tuple[int, list[str], int]] = {}  # column -> (row, lines, rows left)
        data_from: int | None = None
        for r, row in enumerate(grid):
            cells: list[list[str]] = []
            spans: list[int] = []
            maps: list[_Writer | None] = []
            col = 0
            it = iter(row)
            current = next(it, None)
            tail = max((c for c, (_r, _l, left) in merged.items() if left > 0), default=-1)
            while current is not None or col <= tail:
                held = merged.get(col)
                if held is not None and held[2] > 0:  # a cell merged down from a row above
                    start, above, left = held
                    merged[col] = (start, above, left - 1)
                    repeat = not layout and data_from is not None and start >= data_from and not _bare_label(above)
                    cells.append(list(above) if repeat else [])
                    spans.append(1)
                    maps.append(None)
                    col += 1
                    continue
                if current is None:
                    col += 1
                    continue
                td, lines, lines_map = current
                current = next(it, None)
                span = _span(td, "colspan")
                down = _span(td, "rowspan") - 1
                for c in range(col, col + span):
                    merged[c] = (r, lines if c == col else [], down)
                cells.append(lines)
                spans.append(span)
                maps.append(lines_map)
                col += span
            if data_from is None and _bare_label(next((cell for cell in cells if cell), [])):
                data_from = r
            layout = layout or _signoff_row(cells)
            if layout:
                for c, (cell, cell_map) in enumerate(zip(cells, maps, strict=True)):
                    if cell_map is None or not cell:
                        continue
                    for line, owner in zip(cell_map.out.out, cell_map.nodes, strict=True):
                        if line:
                            self._add(line, {"table": index, "row": r, "cell": c}, owner)
                        else:
                            self.blank()
                    self.blank()
                continue
            row_text = pipe_row(cells, spans)
            if row_text is not None:
                if first_row is None:
                    first_row = row_text
                    if follows and self.last_table is None and previous is not None and row_text == previous[1]:
                        continue
                self._add(row_text, {"table": index, "row": r}, self.block)
        self.blank()
        self.centred = False
        if not layout:
            keep = previous[1] if follows and previous is not None else first_row
            self.last_table = (columns, keep or "")

    def _attribute_lines(self, grid: list[list[tuple[_Node, list[str], _Writer]]], index: int) -> None:
        """A library's attributes table as lines "label: value", a pair of cells each."""
        labels = _attribute_labels()
        self.blank()
        for r, row in enumerate(grid):
            cells = [" ".join(lines) for _td, lines, _m in row if lines]
            k = 0
            while k < len(cells):
                label = cells[k].rstrip(" :")
                if label.casefold() in labels and k + 1 < len(cells):
                    self._add(f"{label}: {cells[k + 1]}", {"table": index, "row": r}, None)
                    k += 2
                else:
                    k += 1
        self.blank()

    def _signoff_columns(self, grid: list[list[tuple[_Node, list[str], _Writer]]], index: int) -> None:
        """A sign-off table set row by row (a Nơi nhận item beside a line of the signer's block)
        read column by column."""
        columns: dict[int, list[tuple[int, int, list[str]]]] = {}
        for r, row in enumerate(grid):
            col = 0
            for c, (td, lines, _m) in enumerate(row):
                if lines:
                    columns.setdefault(col, []).append((r, c, lines))
                col += _span(td, "colspan")
        for col in sorted(columns):
            for r, c, lines in columns[col]:
                for text in lines:
                    self._add(text, {"table": index, "row": r, "cell": c}, self.block)
            self.blank()
        self.centred = False


class _Wrap(_Node):
    """A lone element inside a list (not an ``li``), read as its own parent would read it."""

    __slots__ = ()

    def __init__(self, node: _Node) -> None:
        super().__init__("#wrap", {}, None)
        self.children = [node]


def _clean(line: str) -> str:
    """A line as shown: soft hyphens and zero-width marks dropped, blank space collapsed but for
    runs of no-break spaces (a header set apart by them), a list label's gap (Word's web page
    writes a run of them after the label) one space."""
    line = regex.sub(r"[\u00ad\u200b\u200c\u200d\ufeff]", "", line)
    line = regex.sub(r" {2,}", " ", line).replace("\u00a0", " ").replace("\t", "    ").strip()
    if "  " in line[:16]:
        line = _label_gap().sub(r"\1 ", line, count=1)
    return unicodedata.normalize("NFC", line)


@functools.cache
def _label_gap() -> Any:
    return regex.compile(r"^(" + load("readers")["pdf"]["patterns"]["list_label"] + r") {2,}(?=\S)", regex.V1)


def _inline_text(node: _Node) -> str:
    out: list[str] = []
    stack: list[_Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif item is node or not _hidden(item):
            stack.extend(reversed(item.children))
    return "".join(out)


def _note_anchor(node: _Node) -> bool:
    """A footnote anchor of Word's or LibreOffice's web page (``href="#_ftn1"``, ``#sdfootnote1sym``)."""
    ref = (node.attrs.get("href", "") + " " + node.attrs.get("name", "") + " " + node.attrs.get("class", "")).casefold()
    return regex.search(r"ftn|edn|footnote|endnote|fnref|\bfn\d", ref) is not None


def _back_link(node: _Node) -> bool:
    """A footnote's link back to its mark (pandoc's ``footnote-back``, ``role="doc-backlink"``)."""
    attrs = node.attrs
    return attrs.get("role") == "doc-backlink" or "footnote-back" in attrs.get("class", "")


def _notes_list(node: _Node) -> bool:
    """A list of footnotes' bodies (pandoc's ``<section class="footnotes">``, ``role="doc-endnotes"``;
    items ``id="fn1"``)."""
    first = next((c for c in node.children if isinstance(c, _Node) and c.tag == "li"), None)
    if first is not None and regex.fullmatch(r"fn\d{1,3}", first.attrs.get("id", "")):
        return True
    cur = node.parent
    for _ in range(3):
        if cur is None:
            return False
        role, names = cur.attrs.get("role"), cur.attrs.get("class", "").split()
        if role in ("doc-endnotes", "doc-footnotes") or "footnotes" in names:
            return True
        cur = cur.parent
    return False


def _rows(table: _Node) -> list[list[_Node]]:
    """The rows of a table (not of a table nested in a cell), each its cells."""
    rows: list[list[_Node]] = []
    stack: list[_Node] = [c for c in reversed(table.children) if isinstance(c, _Node)]
    loose: list[_Node] = []  # cells outside any row
    while stack:
        node = stack.pop()
        if node.tag == "tr":
            if _hidden(node):
                continue
            rows.append([c for c in node.children if isinstance(c, _Node) and c.tag in ("td", "th") and not _hidden(c)])
        elif node.tag in ("td", "th"):
            loose.append(node)
        elif node.tag not in ("table",) and not _hidden(node):
            stack.extend(c for c in reversed(node.children) if isinstance(c, _Node))
    if loose:
        rows.append(loose)
    return rows


def _has_table(td: _Node) -> bool:
    stack = [td]
    while stack:
        node = stack.pop()
        for c in node.children:
            if isinstance(c, _Node):
                if c.tag == "table":
                    return True
                stack.append(c)
    return False


_FRAME_LINES = 20  # a cell of more lines is a page's column, not a table's cell


def _holds_text(lines: list[str]) -> bool:
    """Does a cell hold a text of its own: many lines, or a document's national title?"""
    if len(lines) > _FRAME_LINES:
        return True
    title = _patterns()["national_title"]
    return len(lines) > 2 and any(title.search(line) for line in lines)


@functools.cache
def _attribute_labels() -> frozenset[str]:
    return frozenset(str(w) for w in load("readers")["html"]["attribute_labels"])


def _attributes(grid: list[list[tuple[_Node, list[str], _Writer]]]) -> bool:
    """A legal library's "Thuộc tính" table: three rows or more (most of its rows) opening with a
    label of the document's attributes ("Số hiệu:", "Ngày ban hành", "Người ký")."""
    labels = _attribute_labels()
    rows: list[list[str]] = []
    for row in grid:
        first = next((lines for _td, lines, _m in row if lines), None)
        if first:
            rows.append(first)
    labelled = sum(1 for lines in rows if len(lines) == 1 and lines[0].rstrip(" :").casefold() in labels)
    return labelled >= 3 and 2 * labelled > len(rows)


def _span(td: _Node, name: str) -> int:
    return max(1, min(_int(td.attrs.get(name), 1), 100))


def _bare_label(lines: list[str]) -> bool:
    """A cell holding a row number alone (``1``, ``2.``, ``IV``, ``a)``)."""
    return len(lines) == 1 and regex.fullmatch(r"(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?", lines[0]) is not None


def _numbering_restarts(grid: list[list[tuple[_Node, list[str], _Writer]]]) -> bool:
    """Does a table's first numbered row open a numbering (``1``, ``I``, ``a)``): a table of its
    own, not the rest of the table before it cut at a page (its numbers go on)?"""
    for row in grid:
        first = next((lines for _td, lines, _m in row if lines), None)
        if first is not None and _bare_label(first):
            return regex.fullmatch(r"(?:1|I|a|A)[.)]?", first[0]) is not None
    return False


def _signoff_row(cells: list[list[str]]) -> bool:
    first = next((cell for cell in cells if cell), [])
    return bool(first) and _patterns()["recipients_open"].match(first[0]) is not None


def _signoff_first(grid: list[list[tuple[_Node, list[str], _Writer]]]) -> bool:
    for row in grid:
        first = next((lines for _td, lines, _m in row if lines), None)
        if first is not None:
            return _patterns()["recipients_open"].match(first[0]) is not None
    return False


# ------------------------------------------------------------ the directive's element


def _text_size(root: _Node) -> dict[int, int]:
    """The length of the shown text under each element, by ``id``."""
    sizes: dict[int, int] = {}
    order: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(c for c in node.children if isinstance(c, _Node) and not _hidden(c))
    for node in reversed(order):
        total = 0
        for c in node.children:
            if isinstance(c, str):
                total += len(c.strip())
            elif id(c) in sizes:
                total += sizes[id(c)]
        sizes[id(node)] = total
    return sizes


def _ancestors(node: _Node) -> list[_Node]:
    out = []
    cur: _Node | None = node
    while cur is not None:
        out.append(cur)
        cur = cur.parent
    return out


_HEADER_LINES = 12  # the number or the place and date follow the national title within so many lines


def _opens_header(line: str) -> bool:
    pats = _patterns()
    return pats["number_line"].match(line) is not None or pats["date_line"].search(line) is not None


def _header_key(lines: list[str], k: int) -> str | None:
    """The first number line (else place-and-date line) in the header a national title opens."""
    for ln in lines[k + 1 : k + _HEADER_LINES]:
        if _opens_header(ln):
            return str(regex.sub(r"\s+", "", ln)).casefold()
    return None


def _second_copy(lines: list[str], nodes: list[_Node | None], titles: list[int], title: int) -> int | None:
    """The line where a second copy of the directive opens (a library page's "Văn bản gốc" tab
    after its text): a later national title whose header repeats the directive's number line (or
    its place and date), after a Nơi nhận list; None when there is none."""
    later = [k for k in titles if k > title]
    if not later:
        return None
    key = _header_key(lines, title)
    if key is None:
        return None
    recipients = _patterns()["recipients_open"]
    signed = False
    at = title + 1
    for k in later:
        signed = signed or any(nodes[j] is not None and recipients.match(lines[j]) for j in range(at, k))
        at = k
        if signed and _header_key(lines, k) == key:
            return k
    return None


def _main_element(root: _Node, lines: list[str], nodes: list[_Node | None]) -> _Node | None:
    """The element holding the directive when the page holds more (a site's menus, related
    documents, comments): the lowest holding its national title and its last Nơi nhận list (or,
    without one, its signer's authority); None when that is nearly the whole page, or the page
    has no national title or no sign-off to tell the directive by."""
    pats = _patterns()
    titles = [k for k, ln in enumerate(lines) if nodes[k] is not None and pats["national_title"].search(ln)]
    # (a copy without the national title: its number line)
    titles = titles or [k for k, ln in enumerate(lines) if nodes[k] is not None and pats["number_line"].match(ln)]
    if not titles:
        return None
    # (a site's banner may print the national title too: the directive's is the one its number
    # or its place and date follow closely)
    title = next((k for k in titles if any(_opens_header(ln) for ln in lines[k + 1 : k + _HEADER_LINES])), titles[0])
    start = nodes[title]
    assert start is not None
    sizes = _text_size(root)
    total = sizes.get(id(root), 0)
    if not total:
        return None
    # (a second copy of the text after it, a library's "Văn bản gốc" tab: its header repeats the
    # directive's number, or its place and date; the directive ends before it)
    stop = _second_copy(lines, nodes, titles, title)
    # (the sign-off: its Nơi nhận list, else its signer's authority, "TM. ỦY BAN NHÂN DÂN")
    ends = [
        k
        for k, ln in enumerate(lines[:stop])
        if k > title and nodes[k] is not None and pats["recipients_open"].match(ln)
    ]
    ends = ends or [
        k
        for k, ln in enumerate(lines[:stop])
        if k > title and nodes[k] is not None and pats["signoff_start"].match(ln)
    ]
    if not ends:
        return None
    end_node = nodes[ends[-1]]
    assert end_node is not None
    others = {id(n) for n in _ancestors(end_node)}
    found = next((n for n in _ancestors(start) if id(n) in others), None)
    if found is None or found is root or sizes.get(id(found), 0) >= _MAIN_SHARE * total:
        return None
    return found


_HEADINGS = frozenset(("h1", "h2", "h3", "h4"))
_BODY_MIN = 40  # a paragraph of the body holds a sentence at least (characters)


@functools.cache
def _type_title() -> Any:
    """A title opening with a document type's name (``Thông báo kết luận ...``)."""
    names = sorted((t["name"] for t in load("doctypes")["types"]), key=len, reverse=True)
    return regex.compile(r"(?i)^(?:" + "|".join(regex.escape(n) for n in names) + r")\b", regex.V1)


def _dated_headline(lines: list[str], k: int) -> bool:
    """The heading on line ``k`` is a news headline: the posting's date line stands right under it
    (doctypes.yaml header ``posted``: "Thứ năm, 03/12/2026 14:20 | Lượt xem: 2.318")."""
    nxt = next((ln for ln in lines[k + 1 : k + 3] if ln.strip()), None)
    # (a posting line is short: the pattern is tried on short lines only)
    return nxt is not None and len(nxt) <= 250 and data_pattern("doctypes", "header", "posted").match(nxt) is not None


def _heading(node: _Node) -> bool:
    return node.tag in _HEADINGS or "title" in node.attrs.get("class", "").casefold()


def _leaf_block(node: _Node) -> bool:
    """A block holding no other block: a paragraph, not a box of them."""
    return not any(isinstance(c, _Node) and c.tag in _BLOCKS for c in node.children)


def _article(root: _Node, lines: list[str], nodes: list[_Node | None]) -> _Node | None:
    """The article of a news page holding a directive posted without its header and sign-off (a
    Thông báo kết luận as news: its title, date, body, source; then related news, comments): from
    its title (a heading opening with a document type's name) to the element holding most
    paragraphs of text (the body), among the children of the lowest element holding both; None
    when there is no such title, or the article is nearly the whole page."""
    pats = _type_title()
    at = next(
        (
            k
            for k, ln in enumerate(lines)
            if (n := nodes[k]) is not None and _heading(n) and (pats.match(ln) or _dated_headline(lines, k))
        ),
        None,
    )
    if at is None:
        return None
    title = nodes[at]
    assert title is not None
    # (a headline over its posting's date is news: the lines above it are the site's, however
    # much of the page the article holds)
    share = 1.0 if _dated_headline(lines, at) and any(ln.strip() for ln in lines[:at]) else _MAIN_SHARE
    sizes = _text_size(root)
    total = sizes.get(id(root), 0)
    body: _Node | None = None
    most = 1
    stack = [root]
    while stack:
        node = stack.pop()
        count = 0
        for c in node.children:
            if isinstance(c, _Node) and not _hidden(c):
                stack.append(c)
                if c.tag in _BLOCKS and c.tag != "table" and sizes.get(id(c), 0) >= _BODY_MIN and _leaf_block(c):
                    count += 1
        if count > most:
            body, most = node, count
    if body is None or not total:
        return None
    title_line = {id(n) for n in _ancestors(title)}
    top = next((n for n in _ancestors(body) if id(n) in title_line), None)
    if top is None or top is root:
        return None
    body_line = {id(n) for n in _ancestors(body)}
    kids = top.children
    first = next((k for k, c in enumerate(kids) if isinstance(c, _Node) and id(c) in title_line), None)
    last = (
        len(kids) - 1
        if body is top
        else next((k for k, c in enumerate(kids) if isinstance(c, _Node) and id(c) in body_line), None)
    )
    if first is None or last is None or last < first:
        return None
    if sum(sizes.get(id(c), 0) for c in kids[first : last + 1] if isinstance(c, _Node)) >= share * total:
        return None
    article = _Node("#article", {}, None)
    article.children = kids[first : last + 1]
    return article


_NOTES_ID = r"(?i)_?(?:ftn|edn|sdfootnote|sdendnote|fn)\d{1,3}|footnotes?|endnotes?"
_NOTES_STYLE = r"(?i)mso-element\s*:\s*(?:foot|end)note-list"


def _notes_outside(root: _Node, main: _Node) -> list[_Node]:
    """The footnote containers of a page outside the directive's element (Word writes its notes
    after the ``WordSection`` div, pandoc in a ``<section class="footnotes">`` after the text)."""
    kept = set(id(c) for c in main.children if isinstance(c, _Node)) if main.tag == "#article" else {id(main)}
    out: list[_Node] = []
    stack = list(reversed(root.children))
    while stack:
        c = stack.pop()
        if not isinstance(c, _Node) or id(c) in kept or _hidden(c):
            continue
        attrs = c.attrs
        if (
            regex.fullmatch(_NOTES_ID, attrs.get("id", ""))
            or "footnotes" in attrs.get("class", "").split()
            or attrs.get("role") in ("doc-endnotes", "doc-footnotes")
            or regex.search(_NOTES_STYLE, attrs.get("style", ""))
        ):
            out.append(c)
        else:
            stack.extend(reversed(c.children))
    return out


# ------------------------------------------------------------ charset


_META_CHARSET = r"""(?i)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
_LATIN = frozenset(("latin-1", "iso8859-1", "cp1252", "ascii"))


def decode_html(data: bytes) -> tuple[str, str, list[Warning]]:
    """The text of a page, the charset it was read in and the decoder's warnings: the byte-order
    mark, else the charset the page declares (``<meta charset>``, ``http-equiv`` content type),
    else UTF-8 when the bytes are valid, else the text decoder's fall-back."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace").lstrip("\ufeff"), name.replace("-sig", ""), []
    found = regex.search(_META_CHARSET, data[:8192].decode("latin-1"))
    if found is not None:
        try:
            codec = codecs.lookup(found.group(1)).name
        except LookupError:
            codec = None
        if codec is not None and codec not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            if codec in _LATIN:
                # (a page declared Western whose bytes are UTF-8: a server's default left in the page)
                try:
                    return data.decode("utf-8"), "utf-8", []
                except UnicodeDecodeError:
                    codec = "cp1252" if codec != "cp1252" else codec
            try:
                return data.decode(codec), codec, []
            except UnicodeDecodeError:
                pass
    from ndq57.parse.decode import decode

    decoded = decode(data, max_bytes=len(data) + 1)
    return decoded.text, decoded.encoding, list(decoded.warnings)


# ------------------------------------------------------------ the reader


_CSS_HIDDEN = r"([.#][\w-]+)\s*\{[^{}]*?(?:display\s*:\s*none|visibility\s*:\s*hidden)"


def _hide_by_style(root: _Node) -> list[str]:
    """Elements a page's style sheet hides by a class or id (``.an { display: none }``) marked
    ``hidden``; the page's style sheets."""
    sheets: list[str] = []
    nodes: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        if node.tag == "style":
            sheets.extend(c for c in node.children if isinstance(c, str))
        stack.extend(c for c in node.children if isinstance(c, _Node))
    hidden = {m.group(1) for sheet in sheets for m in regex.finditer(_CSS_HIDDEN, sheet)}
    if not hidden:
        return sheets
    for node in nodes:
        names = {"." + c for c in node.attrs.get("class", "").split()}
        if "id" in node.attrs:
            names.add("#" + node.attrs["id"])
        if names & hidden:
            node.attrs["hidden"] = ""
    return sheets


_OWN_HEADER_LINES = 40  # the directive's header cells stand within so many lines of its top


def _own_header(lines: list[str]) -> bool:
    """The text read holds its header cells: a national title, or a number line ("Số: ...",
    not a library's "Số hiệu") near its top."""
    pats, labels = _patterns(), _attribute_labels()
    top = [ln for ln in lines if ln.strip()][:_OWN_HEADER_LINES]
    return any(
        pats["national_title"].search(ln)
        or (pats["number_line"].match(ln) and ln.split(":", 1)[0].strip().casefold() not in labels)
        for ln in top
    )


def _archived_page(data: bytes) -> tuple[bytes, str | None] | None:
    """The page of a web archive (MHTML, a MIME message) and the charset its part declares, or
    None when the message holds no HTML part."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload, part.get_content_charset()
    return None


def read_html(data: bytes) -> Extracted:
    """Read an HTML page (or a web archive's page) into text with its line map (see the module
    docstring)."""
    tool = "html"
    if _web_archive(data[:1024]):
        archived = _archived_page(data)
        if archived is None:
            raise DecodeError("empty document: the web archive holds no HTML page")
        data, declared = archived
        tool = "mhtml"
        if declared:
            try:
                data = data.decode(declared).encode("utf-8")  # (its meta may name another charset)
                data = b"<meta charset='utf-8'>" + data
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        text, charset, warnings = decode_html(data)
    except DecodeError as exc:
        raise DecodeError(f"cannot read this HTML page: {exc}") from None
    builder = _Builder()
    # a "<" opening a tag that never closes before the next "<" is text ("a<b"): written as
    # "&lt;" (the standard library's parser would scan the rest of the page for its end at each)
    text = regex.sub(r"<(?!!--)(?=[A-Za-z/!?][^<>]*(?:<|\Z))", "&lt;", text)
    builder.feed(text)
    builder.close()
    root = builder.root
    fonts = _Fonts(_hide_by_style(root))
    writer = _Writer(fonts)
    writer.render(root)
    writer.flush()
    main = _main_element(root, writer.out.out, writer.nodes)
    chosen: _Node | None = None  # the element read when the page holds more than the directive
    if main is None:
        main = _article(root, writer.out.out, writer.nodes)
    if main is not None:
        kept = _Writer(fonts)
        kept.render(main if main.tag == "#article" else _Wrap(main))
        kept.flush()
        for notes in _notes_outside(root, main):
            kept.render(_Wrap(notes))  # the directive's footnotes, set after it (Word, pandoc)
            kept.flush()
        if kept.out.out != writer.out.out and any(ln.strip() for ln in kept.out.out):
            what = "article" if main.tag == "#article" else f"<{main.tag}> element"
            warnings.append(
                Warning(
                    "html_main_content",
                    "the web page holds more than the directive (a site's menus, related documents, comments): "
                    f"only the {what} holding it was read ({len(kept.out.out)} of "
                    f"{len(writer.out.out)} lines)",
                )
            )
            writer, chosen = kept, main
    if writer.flags.get("attributes") and not _own_header(writer.out.out):
        # a library's page whose text has no header cells: its attributes table read as the
        # header's lines (number, issuer, date), where it stands
        again = _Writer(fonts, flags={"write_attributes": True})
        if chosen is None:
            again.render(root)
        else:
            again.render(chosen if chosen.tag == "#article" else _Wrap(chosen))
            again.flush()
            for notes in _notes_outside(root, chosen):
                again.render(_Wrap(notes))
                again.flush()
        again.flush()
        writer = again
    if fonts.legacy:
        warnings.append(Warning("legacy_font", "text typed in a legacy TCVN3/VNI font, converted to Unicode"))
    out = writer.out.text()
    if not out.strip():
        raise DecodeError("empty document: the HTML page holds no text")
    return Extracted(out, "html", f"{tool} ({charset})", None, writer.out.runs(), warnings)
