"""Does a text look like a directive at all?

A folder of directives also holds READMEs, notes, code and exported data; parsed as directives
they give deadlines nobody set. The test looks at what the earlier stages found and at the
language:

* header evidence — a number and symbol (``Số: 12/KH-UBND``), a type heading or symbol, the
  national or Party title, an issuer, a place and date line, ``Kính gửi``, ``Nơi nhận``, a signer;
* numbering — numbered sections in the body;
* the language — the share of words that carry Vietnamese letters (ă â đ ê ô ơ ư or a tone mark).
  A directive is written in Vietnamese: in real ones four words out of five carry such a letter,
  in English notes, code or data files with Vietnamese examples at most three out of five.

A text looks like a directive when it is Vietnamese prose with header evidence, numbering or a
deadline, or when its header alone is strong (three pieces of evidence: a copy without tone marks).

>>> from ndq57.model import Header
>>> looks_like_directive(Header(), 0, 0, "This README explains how to install the tool.")
False
>>> looks_like_directive(Header(number="12/KH-UBND"), 2, 1, "Giao Sở Tài chính chủ trì, báo cáo trước ngày 15/3/2026.")
True
"""

from __future__ import annotations

from ndq57 import cached_re as re
from ndq57.model import Header

VIETNAMESE_SHARE = 0.65
STRONG_HEADER = 3
SAMPLE_CHARS = 20_000

_WORD = re.compile(r"[^\W\d_]+")


def vietnamese_share(text: str) -> float:
    """The share of words (in the first ``SAMPLE_CHARS`` characters) with a non-ASCII letter.

    >>> round(vietnamese_share("Giao Sở Tài chính báo cáo"), 2), vietnamese_share("install the tool")
    (0.83, 0.0)
    """
    words = _WORD.findall(text[:SAMPLE_CHARS])
    if not words:
        return 0.0
    return sum(1 for w in words if not w.isascii()) / len(words)


def header_evidence(header: Header) -> int:
    """How many parts of a directive's header and sign-off were found."""
    parts = [
        header.number,
        header.type_source in ("heading", "symbol"),
        header.national_title,
        header.issuer,
        header.date,
        header.recipients,
        header.distribution,
        header.signer is not None and header.signer.name,
    ]
    return sum(1 for p in parts if p)


def looks_like_directive(header: Header, sections: int, deadlines: int, text: str) -> bool:
    evidence = header_evidence(header)
    if evidence >= STRONG_HEADER:
        return True
    return vietnamese_share(text) >= VIETNAMESE_SHARE and (evidence > 0 or sections > 0 or deadlines > 0)
