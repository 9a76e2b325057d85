"""``re`` for ndq57's modules, with its patterns kept between processes (see
:mod:`ndq57.patterns`): ``from ndq57 import cached_re as re``. Anything but ``compile`` and
``finditer`` is the ``re`` module's own.
"""

from __future__ import annotations

import re as _re_module
from collections.abc import Iterator
from re import Match as Match
from re import Pattern as Pattern
from typing import Any

from ndq57.patterns import RE

IGNORECASE = _re_module.IGNORECASE
MULTILINE = _re_module.MULTILINE
DOTALL = _re_module.DOTALL
VERBOSE = _re_module.VERBOSE
escape = _re_module.escape
error = _re_module.error


def compile(pattern: str, flags: int = 0) -> Pattern[str]:
    got: Pattern[str] = RE.compile(pattern, flags)
    return got


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[Match[str]]:
    return _re_module.finditer(pattern, string, flags)


def __getattr__(name: str) -> Any:
    return getattr(_re_module, name)
