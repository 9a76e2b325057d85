"""Numbers written as list labels: Roman numerals, and counters in the formats of Word's automatic
numbering. Cheap to import: the parser's stages number sections with :func:`to_roman`; the reading
of a DOCX file's numbering definitions (:class:`Numbering`, :class:`StyleNumbering`) lives in
:mod:`ndq57.readers.word_numbering`, imported with the DOCX reader (the names are also found here).
"""

from __future__ import annotations

from typing import Any


def to_roman(n: int) -> str:
    """A Roman numeral.

    >>> to_roman(14), to_roman(1999)
    ('XIV', 'MCMXCIX')
    """
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's formats (``lowerLetter`` goes a … z, aa … zz as Word does).

    >>> [format_number(n, f) for n, f in ((3, "lowerLetter"), (28, "lowerLetter"), (4, "upperRoman"),
    ...                                  (7, "decimalZero"), (9, "lowerRoman"), (2, "upperLetter"))]
    ['c', 'bb', 'IV', '07', 'ix', 'B']
    >>> [format_number(3, f) for f in ("decimalEnclosedParen", "decimalEnclosedFullstop", "zero3")]
    ['(3)', '3.', '003']
    """
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = to_roman(n) if n > 0 else str(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt.startswith("zero") and fmt[4:].isdigit():  # a custom format "001, 002, 003, ..."
        return str(n).zfill(int(fmt[4:]))
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "none":
        return ""
    return str(n)


def __getattr__(name: str) -> Any:
    """The names of :mod:`ndq57.readers.word_numbering` (``Numbering``, ``StyleNumbering``,
    ``Level``...), imported at first use: a plain-text parse has no use for them."""
    if name.startswith("__"):
        raise AttributeError(name)
    from ndq57.readers import word_numbering

    try:
        return getattr(word_numbering, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
