"""The section tree of a text, for the tests of the numbering: the roots, and every path in order
(of the layout and section stages alone, or of the whole parse)."""

from __future__ import annotations

from ndq57.model import Section
from ndq57.parse.layout import build_blocks, clean_lines
from ndq57.parse.sections import build_sections
from ndq57.pipeline import parse_bytes


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


def parsed_paths(text: str, source: str = "ocr.txt") -> list[str]:
    """Every section path of ``text`` read by the whole pipeline (repairs included), as a file
    named ``source``."""
    return paths(parse_bytes(text.encode("utf-8"), source=source).sections)
