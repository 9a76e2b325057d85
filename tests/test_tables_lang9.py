"""``pdftotext -layout`` tables, round 26 (helper 123): cells the PDF merged down over several
rows (printed once by the copy, on the row where the text layer placed them) and a header row cut
by a page break."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57 import parse
from tables_support import copy_and_pdf, deadline_facts


def _facts(name: str) -> dict[tuple[str, str], set[str]]:
    return deadline_facts(parse((FIXTURES / name).read_text(encoding="utf-8")).deadlines)


def test_merged_lead_carried_down_own_fixture() -> None:
    leads = _facts("pdftotext_layout_bo_merged_lead_lang15.txt")
    lead = "Cục Quản lý đê điều và Phòng, chống thiên tai"
    assert leads[("2026-04-30", "II.I.1")] == {lead}
    # rows 2 and 3 show only their coordinating units: the lead cell was merged down
    assert leads[("2026-06-30", "II.I.2")] == {lead}
    assert leads[("2026-09-30", "II.I.3")] == {lead}
    # the group row does not stop a lead of its own; row 5 takes row 4's
    assert leads[("2026-08-31", "II.II.4")] == {"Cục Viễn thám quốc gia"}
    assert leads[("2026-12-15", "II.II.5")] == {"Cục Viễn thám quốc gia"}


def test_merged_lead_as_the_pdf_reads_it() -> None:
    for copy, pdf in (
        ("pdftotext_layout_kh_page_cuts_lang11.txt", "office/kh_norepeat.pdf"),
        ("pdftotext_layout_kh_glued_cells_lang10.txt", "office/kh_repeat.pdf"),
    ):
        text, printed = copy_and_pdf(copy, pdf)
        assert text == printed, copy
