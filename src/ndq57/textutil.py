"""Small text helpers shared by the parse and extract stages."""

from __future__ import annotations

from collections.abc import Iterable

from ndq57 import cached_regex as regex


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, a blank matching any run of blanks.

    >>> alternation(["Căn cứ", "Xét"])
    'Căn\\\\s+cứ|Xét'
    """
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in uniq)


def mostly_upper(text: str) -> bool:
    """At least two letters, 85 % of them upper-case ("ỦY BAN NHÂN DÂN", "KẾ HOẠCH SỐ 12").

    >>> mostly_upper("QUYẾT ĐỊNH"), mostly_upper("Quyết định"), mostly_upper("A")
    (True, False, False)
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)
