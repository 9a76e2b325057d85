"""A text copy of an office PDF against the PDF itself, for tests/test_tables_lang*.py: the
deadlines of each, as (due day, section) -> the leads named there."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES
from ndq57 import parse
from ndq57.model import Deadline
from ndq57.pipeline import parse_bytes

Facts = dict[tuple[str, str], set[str]]


def deadline_facts(deadlines: list[Deadline]) -> Facts:
    """Each deadline's (due day, section), with the leads of the deadlines there."""
    facts: Facts = {}
    for d in deadlines:
        facts.setdefault((d.due or "", d.section or ""), set()).update(a.unit for a in d.assignees if a.role == "lead")
    return facts


def copy_and_pdf(copy: str, pdf: str) -> tuple[Facts, Facts]:
    """The facts of the fixture ``copy`` (a text) and of the fixture ``pdf`` it was printed from."""
    text = deadline_facts(parse((FIXTURES / copy).read_text(encoding="utf-8")).deadlines)
    pdf_path = Path(FIXTURES / pdf)
    return text, deadline_facts(parse_bytes(pdf_path.read_bytes(), source=pdf_path.name).deadlines)
