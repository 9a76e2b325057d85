"""The memos of text results last one document: a parse starts with them empty, so what it
costs depends on its own text, never on the documents parsed before it in the process."""

from __future__ import annotations

from pathlib import Path

import ndq57
from ndq57 import memo
from ndq57.extract import timex, units
from ndq57.parse import tables

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_text_memos_are_registered() -> None:
    ndq57.parse("1. Giao Sở Tài chính báo cáo trước ngày 15/3/2026.")
    clears = {getattr(c, "__self__", c) for c in memo._CLEARS}
    for kept in (units._FOUND, units._UNITS, units._ROLES, timex._found, tables._line_fragments):
        assert kept in clears


def test_a_parse_starts_with_the_memos_of_the_document_before_it_gone() -> None:
    first = (FIXTURES / "party_tb_clean.txt").read_text(encoding="utf-8")
    ndq57.parse(first)
    assert timex._found.cache_info().currsize > 0 and units._FOUND._got
    before = {id(v) for v in units._FOUND._got.values()}
    ndq57.parse("Giao Sở Nội vụ báo cáo trước ngày 20/4/2026.")
    assert not before & {id(v) for v in units._FOUND._got.values()}
    assert timex._found.cache_info().currsize <= 2  # (the short text's own sentences only)


def test_results_do_not_depend_on_the_documents_parsed_before() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:12]]
    alone = [ndq57.parse(t).to_dict() for t in texts]
    for t in texts[::-1]:
        ndq57.parse(t)
    again = [ndq57.parse(t).to_dict() for t in texts]
    for a, b in zip(alone, again, strict=True):
        a.pop("source", None)
        b.pop("source", None)
    assert alone == again
