"""Readers: PDF, DOCX and DOC files turned into the text the parser reads best, with a map from
every text line back to where it came from (a PDF page and line, a DOCX paragraph, table cell or
footnote).

The format is recognised by the file's bytes, never by its name (:func:`sniff`). Each reader is a
module of its own and imports its library (pypdfium2, python-docx) only when it runs, so parsing a
``.txt`` file never pays for them.

A reader returns an :class:`Extracted`: plain UTF-8 text in NFC, laid out as a clean text export
would be — the two header columns as separate lines (issuer, national title, number, place and
date), Word's automatic numbering as literal labels (``1.``, ``a)``), tables as pipe rows
(``| cell | cell |``), footnote markers as ``[n]`` glued to their word and the bodies ``[n] …``
at the end — and ``origins``: runs of text lines with their origin, the record's
``source.extraction.lines``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ndq57.errors import DecodeError
from ndq57.model import Fix, Warning

if TYPE_CHECKING:
    from ndq57.options import Options

__all__ = ["FORMATS", "Extracted", "LineMap", "extract", "pipe_row", "sniff", "text_patterns"]

FORMATS = ("pdf", "docx", "doc", "odt", "rtf", "html")


@dataclass(slots=True)
class Extracted:
    """The text a reader made of a file, and where each of its lines came from."""

    text: str
    format: str  # pdf | docx | doc | odt | rtf | html
    tool: str  # what read it: "pdf text layer", "ocr", "docx", "doc via soffice", "odt via soffice"...
    pages: int | None
    lines: list[dict[str, Any]]  # origin runs, see LineMap.runs
    warnings: list[Warning] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)  # legacy-font conversion, OCR repairs


class LineMap:
    """Collects output lines with their origin and compresses the origins into runs.

    An origin is a small dict (``{"page": 2, "page_line": 7}``, ``{"paragraph": 12}``,
    ``{"table": 1, "row": 3}``); a line with no origin (a blank line) belongs to no run. Runs
    join consecutive lines whose origins continue each other (the same page, the next page line;
    the next paragraph).

    >>> m = LineMap()
    >>> for n in (1, 2, 3): m.add(f"l{n}", {"page": 1, "page_line": n})
    >>> m.add("")
    >>> m.add("x", {"page": 2, "page_line": 1})
    >>> m.runs()
    [{'line': 1, 'count': 3, 'page': 1, 'page_line': 1}, {'line': 5, 'count': 1, 'page': 2, 'page_line': 1}]
    """

    _STEP = ("page_line", "paragraph", "row", "page_header", "element")

    def __init__(self) -> None:
        self.out: list[str] = []
        self._runs: list[dict[str, Any]] = []

    def add(self, text: str, origin: dict[str, Any] | None = None) -> None:
        self.out.append(text)
        if origin is None:
            return
        line = len(self.out)
        if self._runs:
            last = self._runs[-1]
            if last["line"] + last["count"] == line and self._continues(last, origin):
                last["count"] += 1
                return
        self._runs.append({"line": line, "count": 1, **origin})

    def _continues(self, run: dict[str, Any], origin: dict[str, Any]) -> bool:
        if set(run) - {"line", "count"} != set(origin):
            return False
        stepped = False
        for key, value in origin.items():
            if key in self._STEP and not stepped:
                if value != run[key] + run["count"]:
                    return False
                stepped = True
            elif run[key] != value:
                return False
        return stepped

    def blank(self) -> None:
        """A blank line, unless the text is empty or already ends with one."""
        if self.out and self.out[-1] != "":
            self.add("")

    def text(self) -> str:
        while self.out and self.out[-1] == "":
            self.out.pop()
        return "\n".join(self.out) + "\n"

    def runs(self) -> list[dict[str, Any]]:
        return self._runs

    def extend(self, other: LineMap) -> None:
        """The lines of ``other`` after these, with their origins."""
        base = len(self.out)
        self.out.extend(other.out)
        self._runs.extend({**run, "line": run["line"] + base} for run in other._runs)


@functools.cache
def text_patterns() -> dict[str, Any]:
    """The patterns the readers share (data/readers.yaml ``pdf.patterns``: the national title,
    the Nơi nhận line, list labels ...), compiled once."""
    from ndq57 import cached_regex as regex
    from ndq57.data import load

    return {name: regex.compile(p, regex.V1) for name, p in load("readers")["pdf"]["patterns"].items()}


def pipe_row(cells: list[list[str]], spans: list[int]) -> str | None:
    """A table row as the readers write it, ``| cell | cell |`` (a cell's lines joined by blanks,
    a "|" in its text made "/"), a cell spanning columns given its text in the first of them and
    the others empty, so that the columns of the rows line up ("Cơ quan thực hiện" over "Chủ trì"
    | "Phối hợp"); None for a row of empty cells.

    >>> pipe_row([["Cơ quan", "thực hiện"], ["Thời gian"]], [2, 1])
    '| Cơ quan thực hiện |  | Thời gian |'
    >>> pipe_row([[], [""]], [1, 1]) is None
    True
    """
    texts = [t for cell, span in zip(cells, spans, strict=True) for t in [" ".join(cell)] + [""] * (span - 1)]
    if not any(texts):
        return None
    return "| " + " | ".join(t.replace("|", "/") for t in texts) + " |"


def sniff(data: bytes) -> str | None:
    """The format of a file read by a reader (``pdf``, ``docx``, ``doc``, ``odt``, ``rtf``,
    ``html``), or None for text.

    >>> sniff(b"%PDF-1.7 ..."), sniff("Số 01-TB/VP".encode()), sniff(bytes.fromhex("d0cf11e0a1b11ae1"))
    ('pdf', None, 'doc')
    >>> sniff(b"{\\\\rtf1\\\\ansi ..."), sniff(b"PK\\x03\\x04 not a zip")
    ('rtf', None)
    >>> sniff(b"<!DOCTYPE html><html><body><p>S\\xe1\\xbb\\x91 01</p></body></html>"), sniff(b"<p>a</p>\\n<p>b</p>")
    ('html', 'html')
    >>> sniff(b"<table><tr><td>a</td></tr></table>\\n\\n**K\\xe1\\xba\\xbe HO\\xe1\\xba\\xa0CH**\\n\\n1. ...")
    """
    head = data[:1024]
    if head.startswith(b"%PDF") or (b"%PDF-" in head and not head.lstrip().startswith(b"<")):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(data)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if _html(data) or _web_archive(head):
        return "html"
    return None


def _web_archive(head: bytes) -> bool:
    """A web page saved as one file (MHTML: a browser's "Webpage, single file", Word's "Single
    File Web Page" ``.mht``): a MIME message whose parts are the page and its images."""
    low = head.lstrip().lower()
    if not low.startswith(
        (b"from:", b"mime-version:", b"subject:", b"date:", b"content-type:", b"snapshot-content-location:")
    ):
        return False
    return b"multipart/related" in low and (b"text/html" in low or b"boundary" in low)


# a page's opening: a doctype, the html, head or body element, a meta element (after a BOM, blank
# space, an XML declaration or comments)
_HTML_OPEN = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta")
# the elements that hold a page's text as blocks
_HTML_BLOCK_TAGS = frozenset(
    ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "center", "section",
     "article", "main", "pre", "dd", "dt", "dl", "address", "header", "form", "span", "font")
)  # fmt: skip
_HTML_SAMPLE = 32768


def _html(data: bytes) -> bool:
    """Is the file an HTML page (or a converter's HTML body: block elements from its start, its
    text inside them)? A text with an HTML table in it (a converter's markdown with the header
    table written in HTML) is no page: its text stands outside the tables, outside any element."""
    head = data[:_HTML_SAMPLE]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return False
    import re

    # (an XML declaration and comments before the first element)
    head = re.sub(rb"^(?:\s*(?:<\?[^>]*\?>|<!--.*?-->))+\s*", b"", head, flags=re.S)
    if head[:16].lower().startswith(_HTML_OPEN):
        return True
    # a body of block elements: outside tables, no text stands outside a block element
    rest = re.sub(rb"(?is)<table\b.*?(?:</table\s*>|\Z)", b"\n", head)
    depth = blocks = bare = inside = 0
    pos = 0
    for tag in re.finditer(rb"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>", rest):
        between = len(rest[pos : tag.start()].strip())
        if depth > 0:
            inside += between
        else:
            bare += between
        pos = tag.end()
        name = tag.group(2).lower().decode("ascii")
        if name == "br":
            blocks += 1
        elif name in _HTML_BLOCK_TAGS:
            if tag.group(1):
                depth = max(0, depth - 1)
            elif not tag.group(0).endswith(b"/>"):
                depth += 1
                blocks += 1
    bare += len(rest[pos:].strip()) if depth == 0 else 0
    return blocks >= 2 and bare <= max(16, (inside + bare) // 20)


# an OpenDocument file names its kind in its first member, "mimetype", stored uncompressed
_ODT_MIME = b"application/vnd.oasis.opendocument.text"


def _zip_format(data: bytes) -> str | None:
    """``docx`` for a Word file, ``odt`` for an OpenDocument text, None for any other ZIP."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names or _word_main_part(zf, names):
                return "docx"
            if any(name.startswith("word/") for name in names):
                return "docx"  # a Word package without its main part: the DOCX reader says so
            if "content.xml" not in names or "mimetype" not in names:
                return None
            with zf.open("mimetype") as fh:
                kind = fh.read(256).strip()
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        # a package cut short or corrupt whose members' local headers name a Word package's
        # parts ("word/document.xml"): a damaged DOCX file, which the DOCX reader says
        return "docx" if _WORD_MEMBER in data else None
    # a text, a text template ("…-text-template") or a master document ("…-text-master")
    return "odt" if kind.startswith(_ODT_MIME) else None


_WORD_MEMBER = b"word/"  # the folder of a Word package's parts, named in each member's local header

# the content type of a Word file's main part ("…document.main+xml", "…template.main+xml", with
# macros "…macroEnabled.main+xml"), whatever the part's name
_WORD_MAIN = (
    b"wordprocessingml.document.main+xml",
    b"wordprocessingml.template.main+xml",
    b"ms-word.document.macroEnabled.main+xml",
    b"ms-word.template.macroEnabledTemplate.main+xml",
)


def _word_main_part(zf: Any, names: set[str]) -> bool:
    """Does the package's ``[Content_Types].xml`` type a part as a Word document's main part? Not
    every tool names it ``word/document.xml`` (Word Online and some converters write
    ``word/document2.xml``)."""
    if "[Content_Types].xml" not in names:
        return False
    with zf.open("[Content_Types].xml") as fh:
        types = fh.read(1 << 16)
    return any(kind in types for kind in _WORD_MAIN)


def extract(data: bytes, fmt: str, options: Options) -> Extracted:
    """Run the reader of ``fmt`` on ``data``; raise :class:`DecodeError` when it cannot be read."""
    if fmt == "pdf":
        from ndq57.readers import pdf

        return pdf.read_pdf(data, ocr=options.ocr)
    if fmt == "docx":
        from ndq57.readers import docx

        return docx.read_docx(data)
    if fmt == "doc" and _password_protected(data):
        raise DecodeError(
            "a password-protected (encrypted) Word file: it cannot be read without its password; "
            "open it in Word with the password, remove it and save the file again"
        )
    if fmt in ("doc", "odt", "rtf"):
        from ndq57.readers import doc

        return doc.read_converted(data, fmt)
    if fmt == "html":
        from ndq57.readers import html

        return html.read_html(data)
    raise DecodeError(f"unknown document format {fmt!r}")


def _password_protected(data: bytes) -> bool:
    """Is a compound file (OLE2) an Office file encrypted with a password: a .docx saved with a
    password (its package encrypted in the streams ``EncryptionInfo`` and ``EncryptedPackage``),
    or a Word 97-2003 document whose header says it is encrypted (``fEncrypted``: with a password,
    by RC4 or XOR obfuscation)? LibreOffice cannot open one without the password."""
    import struct

    from ndq57.readers.docx import _ole_stream

    try:
        if _ole_stream(data, ("EncryptionInfo", "EncryptedPackage")) is not None:
            return True
        word = _ole_stream(data, ("WordDocument",))
    except (struct.error, ValueError, IndexError):  # (a damaged compound file: LibreOffice says)
        return False
    # (the Word document's file information block: its magic number, then its flags at byte 10,
    # fEncrypted the first bit of the second byte)
    return word is not None and word[:2] == b"\xec\xa5" and len(word) >= 12 and bool(word[11] & 0x01)
