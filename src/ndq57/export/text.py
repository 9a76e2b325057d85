"""Text that reaches people and line-based files safely.

A document can carry control characters (an ``ESC[2J`` that clears a terminal, vertical tabs and
form feeds from Word, ``U+2028``/``U+0085`` line separators that split a JSON Lines file in some
readers, bidirectional overrides that reorder what a terminal shows). Two treatments:

* :func:`display` for what people read (table, CSV, XLSX, calendar, messages on stderr): control
  and format characters are removed; the ones that separate lines or words become a space, or a
  newline where ``keep_newlines`` is set.
* :func:`escape_separators` for JSON text: the line separators JSON allows raw are written as
  ``\\uXXXX`` escapes, so every JSON Lines record stays on one line for every reader.
"""

from __future__ import annotations

import functools

from ndq57 import cached_re as re

# C0 and C1 controls, DEL, line/paragraph separators, bidirectional embeddings, overrides and
# isolates; tab and newline are handled apart.
_BREAKS = "\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029"


@functools.cache
def _pattern() -> re.Pattern[str]:
    controls = "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
    # whole terminal escape sequences first: CSI (ESC [ … final byte) and OSC (ESC ] … BEL or ESC \)
    escapes = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]"
    return re.compile(f"{escapes}|[{controls}]|(?P<brk>[{_BREAKS}])")


def display(text: str, *, keep_newlines: bool = False) -> str:
    r"""``text`` without control characters: line breaks other than ``\n`` and tabs become spaces
    (``\n`` too unless ``keep_newlines``); terminal escapes and bidirectional controls go.

    >>> display("a\x1b[2Jb\x0bc\u2028d\x85e\tf\x1b[31mg\x1b")
    'ab c d e fg'
    >>> display("x\ny", keep_newlines=True), display("x\ny")
    ('x\ny', 'x y')
    """
    if not text:
        return text
    cleaned = _pattern().sub(lambda m: " " if m.group("brk") else "", text).replace("\t", " ")
    return cleaned if keep_newlines else cleaned.replace("\n", " ")


# JSON allows these raw; json.dumps escapes only C0 controls, quotes and backslashes
_JSON_RAW_RE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def escape_separators(json_text: str) -> str:
    r"""Escape what JSON allows raw but a line reader or a terminal would act on: the line
    separators U+2028, U+2029 and U+0085, the other C1 controls and DEL, and the bidirectional
    controls (``json.dumps`` escapes the C0 controls itself).

    >>> import json
    >>> line = escape_separators(json.dumps({"t": "a\u2028b\x85c\x1b"}, ensure_ascii=False))
    >>> line
    '{"t": "a\\u2028b\\u0085c\\u001b"}'
    >>> json.loads(line)["t"] == "a\u2028b\x85c\x1b" and len(line.splitlines()) == 1
    True
    """
    if not _JSON_RAW_RE.search(json_text):
        return json_text
    return _JSON_RAW_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def printable_path(path: str) -> str:
    r"""A file name that can be written as UTF-8 and shown on a terminal: bytes that were not
    UTF-8 (kept by Python as lone surrogates) become ``\xNN``, control characters are removed.

    >>> printable_path("in/b\udcff\udcfe.txt")
    'in/b\\xff\\xfe.txt'
    >>> printable_path("in/a\x1b[31m.txt")
    'in/a.txt'
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            path = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that no byte stands for
            path = path.encode("utf-8", "backslashreplace").decode("utf-8")
    return display(path)
