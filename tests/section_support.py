"""The section tree of a text, for the tests of the numbering: the roots, and every path in order."""

from __future__ import annotations

from ndq57.model import Section
from ndq57.parse.layout import build_blocks, clean_lines
from ndq57.parse.sections import build_sections


def tree(text: str) -> list[Section]:
    """The roots of the section tree of ``text`` (its lines cleaned and joined into blocks)."""
    return build_sections(build_blocks(clean_lines(text)).blocks).roots


def paths(nodes: list[Section]) -> list[str]:
    """The paths of ``nodes`` and their descendants, depth first."""
    out: list[str] = []
    for s in nodes:
        out.append(s.path)
        out.extend(paths(s.children))
    return out
