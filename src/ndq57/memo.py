"""Memos of text results that last one parse.

Several stages read the same text again within one document (a clause for its owners, then for
its deadline; a table's line for its columns, its pages, its rows). Their results are kept in
bounded memos registered here, and :func:`ndq57.pipeline.parse` empties them all when a document's
parse starts: what a parse costs depends on its own text only, never on the documents parsed
before it in the same process (a benchmark that parses one text again is not flattered either).
Memos keyed on single words or names (a syllable, a column heading) are not registered: they act
as data and stay filled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar


class _Clearable(Protocol):
    def cache_clear(self) -> None: ...


_C = TypeVar("_C", bound=_Clearable)

# (filled as the modules that hold the memos are imported; never changed after)
_CLEARS: list[Callable[[], None]] = []


def per_document(memo: _C) -> _C:
    """Register a memo (a ``functools.lru_cache`` function, or any object with ``cache_clear``)
    to be emptied at the start of each parse."""
    _CLEARS.append(memo.cache_clear)
    return memo


def forget() -> None:
    """Empty every registered memo (the start of a document's parse)."""
    for clear in _CLEARS:
        clear()
