"""Round 29: a table printed a cell a line (cells between lone ``|`` lines, as a web library's
export or a text layer of its PDF prints one) across page breaks.

A page break may fall inside a cell ("... thoát nạn;" / "" / "2" / form feed "in và phát ...") or
between two cells ("|" / "" / "3" / form feed "30/9/2026"). The page's lines (its number, a
running header or foot: the layout's page furniture) are no cell and no part of one: the cell goes
on after them, and so does the table (it ended at the first break before, the rows after it lost).
"""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_DOC = (FIXTURES / "web_cells_page_breaks_lang16.txt").read_text(encoding="utf-8")


def _rows(doc: ndq57.Document) -> list[list[str]]:
    table = next(t for t in doc.tables if "task" in t.columns)
    return [[c.text for c in r.cells] for r in table.rows if r.kind == "task"]


def test_the_table_goes_on_over_page_breaks() -> None:
    doc = ndq57.parse(_DOC)
    rows = _rows(doc)
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("1", "Công an huyện", "31/3/2026"),
        ("2", "Phòng Văn hóa và Thông tin", "30/4/2026"),
        ("3", "Công an huyện", "30/9/2026"),
        ("4", "Công an huyện", "15/12/2026"),
    ]
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2026-03-31", "II.1"),
        ("2026-04-30", "II.2"),
        ("2026-09-30", "II.3"),
        ("2026-12-15", "II.4"),
        ("2026-12-10", "III"),
    ]


def test_a_cell_cut_by_a_page_break_is_whole_without_the_page_number() -> None:
    rows = _rows(ndq57.parse(_DOC))
    assert rows[1][1].endswith("thoát nạn; in và phát tài liệu hướng dẫn cho các hộ kinh doanh")
    assert " 2 " not in rows[1][1]


def test_a_number_cell_is_no_page_number() -> None:
    # a row's number alone between two "|" lines stays the row's (the page's number has a blank
    # line beside it, a cell none)
    rows = _rows(ndq57.parse(_DOC.replace("\n\n                    3\n\f", "\n")))
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
