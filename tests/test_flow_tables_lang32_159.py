"""Round 32 (helper 159): task tables in the text ``pdftotext -raw`` and PDFium's
``get_text_range`` print (a row's cells one after the other, a cell's lines a line each, cells on
one baseline joined by a blank) with a lead and a coordinating column before the time: the
coordinating units are read (the text between the lead's end and the row's first time), a row
whose lead is merged down shows its one unit as the coordinating one, and a lead read over one
line too many ("Văn phòng" / "Đảng ủy" / "Ủy ban" over "MTTQ Việt" / "Nam xã") gives that line
back to the coordinating cell."""

from __future__ import annotations

import functools

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables


@functools.cache
def _rows(name: str) -> dict[str, ndq57.model.Deadline]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return {d.section: d for d in ndq57.parse(text).deadlines}


def _owners(d: ndq57.model.Deadline, role: str) -> list[str]:
    return [a.unit for a in d.assignees if a.role == role]


_SO = "raw_partners_so_lang32.txt"
_PARTY = "pdfium_raw_partners_party_lang32.txt"


def test_partners_of_several_units_over_lines() -> None:
    rows = _rows(_SO)
    assert len(rows) == 6
    assert _owners(rows["II.I.1"], "lead") == ["Sở Khoa học và Công nghệ"]
    assert _owners(rows["II.I.1"], "coordinate") == ["Sở Tư pháp", "Sở Nội vụ"]
    assert _owners(rows["II.II.4"], "coordinate") == ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]
    assert _owners(rows["II.II.5"], "lead") == ["Sở Nội vụ"]
    assert _owners(rows["II.II.5"], "coordinate") == ["Sở Khoa học và Công nghệ", "Trường Chính trị tỉnh"]


def test_collective_partners() -> None:
    rows = _rows(_SO)
    assert _owners(rows["II.I.2"], "lead") == ["Văn phòng UBND tỉnh"]
    assert len(_owners(rows["II.I.2"], "coordinate")) == 1
    assert _owners(rows["II.I.3"], "coordinate") == ["UBND các huyện, thị xã, thành phố"]
    assert len(_owners(rows["II.II.6"], "coordinate")) == 1
    # (the product after the time is no partner)
    assert all("Quyết định" not in a.unit for d in rows.values() for a in d.assignees)


def test_a_merged_lead_and_the_rows_one_unit_its_partner() -> None:
    rows = _rows(_PARTY)
    assert [rows[k].due for k in ("I.1", "I.2", "I.3", "I.4")] == [
        "2026-06-30",
        "2026-06-30",
        "2026-08-31",
        "2026-12-10",
    ]
    assert _owners(rows["I.2"], "lead") == ["Văn phòng Đảng ủy"]
    assert _owners(rows["I.2"], "coordinate") == ["Trưởng các thôn"]
    assert _owners(rows["I.4"], "lead") == ["Ban Xây dựng Đảng"]
    assert _owners(rows["I.4"], "coordinate") == ["Các chi bộ trực thuộc"]
    assert _owners(rows["I.3"], "coordinate") == ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"]


def test_a_lead_read_a_line_too_far_gives_it_back() -> None:
    row = _rows(_PARTY)["I.1"]
    assert _owners(row, "lead") == ["Văn phòng Đảng ủy"]  # (was: "Văn phòng Đảng ủy Ủy ban")
    assert _owners(row, "coordinate")[0] == "Ủy ban MTTQ Việt Nam xã"


def _pieces(texts: list[str]) -> list[flow_tables._Piece]:
    out, at = [], 0
    for k, t in enumerate(texts):
        out.append(flow_tables._Piece(k, t, at, False))
        at += len(t) + 1
    return out


def _times(text: str) -> list[tuple[int, int]]:
    from ndq57.extract.timex import find_time_expressions

    return [(e.start, e.end) for e in find_time_expressions(text)[0]]


def test_between_a_lead_and_a_time() -> None:
    pieces = _pieces(["Rà soát quy trình", "Phòng Nội vụ Phòng Văn hóa và", "Thông tin", "Tháng 6/2026 Lớp tập huấn"])
    cell = flow_tables._between(pieces, (2, "Phòng Nội vụ"), (4, "Tháng 6/2026"), _times)
    assert cell == [(2, "Phòng Văn hóa và"), (3, "Thông tin")]
    # (under a split time heading the partner ends at the start, not at the end read as the deadline)
    pieces = _pieces(["Kiểm tra", "Sở Xây dựng", "Công an tỉnh Quý", "II/2027", "Quý", "III/2027"])
    cell = flow_tables._between(pieces, (2, "Sở Xây dựng"), (5, "Quý"), _times)
    assert cell == [(3, "Công an tỉnh")]
    # (a text in lower case there is no cell of its own)
    pieces = _pieces(["Kiểm tra", "Sở Xây dựng", "tại các xã Tháng 5/2026"])
    assert flow_tables._between(pieces, (2, "Sở Xây dựng"), (3, "Tháng 5/2026"), _times) == []


def test_a_running_foot_ends_the_partner() -> None:
    pieces = _pieces(["Kiểm tra công tác bảo vệ môi Sở Tài nguyên Công an tỉnh", "Kế hoạch số 215/KH-UBND",
                      "trường tại các cụm công", "và Môi trường Quý II/2027 Quý III/2027"])  # fmt: skip
    cell = flow_tables._between(pieces, (1, "Sở Tài nguyên"), (4, "Quý II/2027"), _times)
    assert cell == [(1, "Công an tỉnh")]


_WIDE = "raw_partners_wide_lang32.txt"


def test_a_lead_and_a_partner_on_one_baseline() -> None:
    rows = _rows(_WIDE)
    # ("3 Tập huấn nghiệp vụ văn thư Phòng Nội vụ UBND các xã, thị trấn Trước ngày": "UBND" may go
    # on a name before it, "Đảng ủy UBND tỉnh", but here one unit ends before it and another opens)
    assert _owners(rows["I.3"], "lead") == ["Phòng Nội vụ"]
    assert _owners(rows["I.3"], "coordinate") == ["UBND các xã, thị trấn"]
    assert _owners(rows["I.1"], "coordinate") == ["Phòng Tư pháp", "Phòng Tài chính - Kế hoạch"]
    assert _owners(rows["I.2"], "lead") == ["Văn phòng HĐND và UBND huyện"]
    assert _owners(rows["I.2"], "coordinate") == ["Các phòng chuyên môn"]


def test_a_row_showing_the_lead_above_is_its_own_lead() -> None:
    # ("4 Tổng hợp, báo cáo kết quả Phòng Nội vụ Trước ngày": one unit, the lead of row 3 read
    # right; was: row 3's lead read as "Phòng Nội vụ UBND …", the row taking row 2's)
    row = _rows(_WIDE)["I.4"]
    assert row.due == "2026-12-15"
    assert _owners(row, "lead") == ["Phòng Nội vụ"]
    assert _owners(row, "coordinate") == []


def test_a_tail_goes_on_the_name_before_it() -> None:
    line = "Tổ chức hội nghị Đảng ủy UBND tỉnh"
    x = line.index("UBND")
    assert flow_tables._goes_on(line, x, 4)
    line = "Tập huấn Phòng Nội vụ UBND các xã, thị trấn"
    x = line.index("UBND")
    assert not flow_tables._goes_on(line, x, 4)
    assert not flow_tables._goes_on(line, line.index("Phòng"), 5)  # (no tail)


def test_no_unit_coordinates_with_itself() -> None:
    text = (FIXTURES / _WIDE).read_text(encoding="utf-8")
    table = ndq57.parse(text).tables[0]
    last = [c.text for c in table.rows[-1].cells]
    assert last[2:4] == ["Phòng Nội vụ", ""]  # (was: "Phòng Nội vụ" in both)
