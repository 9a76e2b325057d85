"""``regex`` for ndq57's modules, with its patterns kept between processes (see
:mod:`ndq57.patterns`): ``from ndq57 import cached_regex as regex``.

``compile`` and the module-level ``search``, ``sub``... compile through the store; anything else
is the ``regex`` module's own (flags, ``escape``, ``error``...).
"""

from __future__ import annotations

from typing import Any

import regex as _regex_module
from regex import Match as Match
from regex import Pattern as Pattern

from ndq57.patterns import REGEX

IGNORECASE = _regex_module.IGNORECASE
MULTILINE = _regex_module.MULTILINE
DOTALL = _regex_module.DOTALL
REVERSE = _regex_module.REVERSE
VERSION0 = _regex_module.VERSION0
error = _regex_module.error

# what ``regex.escape`` puts a backslash before, among the printable characters: the ASCII ones it
# escapes (it escapes its metacharacters, all ASCII, and white space, of which the blank is the only
# printable character)
_ESCAPES = {ord(c): e for c in map(chr, range(32, 127)) if (e := _regex_module.escape(c)) != c}


def escape(pattern: Any, special_only: bool = True, literal_spaces: bool = False) -> Any:
    """``regex.escape``, the same text, in one ``str.translate`` for a printable string (the
    module's own goes character by character in Python: thousands of words escaped at a cold
    start)."""
    if special_only and not literal_spaces and type(pattern) is str and pattern.isprintable():
        return pattern.translate(_ESCAPES)
    return _regex_module.escape(pattern, special_only, literal_spaces)



def compile(pattern: Any, flags: int = 0) -> Any:
    if not isinstance(pattern, str):
        return _regex_module.compile(pattern, flags)
    return REGEX.compile(pattern, flags)


_get = compile


def transient(pattern: str, flags: int = 0) -> Any:
    """A pattern made from a user's or a document's words: compiled (and cached) by ``regex``
    for this process only, never stored."""
    return _regex_module.compile(pattern, flags)


def search(pattern: Any, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None) -> Any:
    return _get(pattern, flags).search(string, pos, endpos)


def match(pattern: Any, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None) -> Any:
    return _get(pattern, flags).match(string, pos, endpos)


def fullmatch(pattern: Any, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None) -> Any:
    return _get(pattern, flags).fullmatch(string, pos, endpos)


def finditer(pattern: Any, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None) -> Any:
    return _get(pattern, flags).finditer(string, pos, endpos)


def findall(pattern: Any, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None) -> Any:
    return _get(pattern, flags).findall(string, pos, endpos)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> Any:
    return _get(pattern, flags).split(string, maxsplit)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> Any:
    return _get(pattern, flags).sub(repl, string, count)


def __getattr__(name: str) -> Any:
    return getattr(_regex_module, name)
