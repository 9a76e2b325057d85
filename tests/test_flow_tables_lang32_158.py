"""Round 32 (helper 158): task tables in the text ``pdftotext`` prints without ``-layout`` (a cell
a paragraph), whose lead cells it interleaves with the task's lines or moves away from their row:

* a lead's next line after a task's line, the rest of its name after a joining word ("Văn phòng
  HĐND" / "lượng nạo vét …" / "và UBND xã") or the end of a tail in lower case ("Ban Tuyên giáo
  … Đảng" / "ủy");
* a lead's next line glued to the end of a task's line on one baseline ("Đảng bộ các cấp trên
  trang thông và Dân vận Đảng");
* a lead whose head goes on names ("Ủy ban") opening inside a task's line that holds no unit
  ("… quản lý, sử Ủy ban Kiểm tra");
* the last row's lead printed after its time ("Tháng 10/2026" / "Phòng Nội vụ");
* the lead of a row printed after the next row's task (which holds its own lead), under a header
  with one unit column: it goes back to the row above, which has a time and no lead.
"""

from __future__ import annotations

import functools

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables


@functools.cache
def _rows(name: str) -> dict[str, ndq57.model.Deadline]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return {d.section: d for d in ndq57.parse(text).deadlines}


def _leads(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "lead"]


_SPLIT = "pdftotext_split_time_leads_lang32_158"
_PARTY = "pdftotext_party_interleaved_leads_lang32_158"


def test_a_leads_name_goes_on_after_a_joining_word_on_its_next_line() -> None:
    row = _rows(_SPLIT)["II.4"]
    assert row.due == "2026-08-31"  # (the end under "Bắt đầu" | "Hoàn thành")
    assert _leads(row) == ["Văn phòng HĐND và UBND xã"]  # (was: "Văn phòng HĐND")
    assert row.task == "Kiểm tra, nghiệm thu khối lượng nạo vét và báo cáo kết quả"


def test_the_last_rows_lead_printed_after_its_time() -> None:
    row = _rows(_SPLIT)["II.5"]
    assert row.due == "2026-10-31"
    assert _leads(row) == ["Phòng Nội vụ"]  # (was: none)
    assert row.task.endswith("tại các khu dân cư")


def test_the_other_split_rows_keep_their_leads_and_ends() -> None:
    rows = _rows(_SPLIT)
    assert [(s, d.due, _leads(d)) for s, d in rows.items() if s != "II.4" and s != "II.5"] == [
        ("II.1", "2026-04-30", ["Công chức Địa chính"]),
        ("II.2", "2026-05-31", ["Sở Kế hoạch và Đầu tư"]),
        ("II.3", "2026-09-30", ["Sở Khoa học và Công nghệ"]),
    ]


def test_a_leads_line_glued_to_a_tasks_line() -> None:
    row = _rows(_PARTY)["II.2"]
    assert row.due == "2026-05-31"
    assert _leads(row) == ["Ban Tuyên giáo và Dân vận Đảng ủy"]  # (was: "Ban Tuyên giáo")
    assert row.task == "Tuyên truyền kết quả Đại hội Đảng bộ các cấp trên trang thông tin điện tử của xã"


def test_a_committee_opening_inside_a_tasks_line() -> None:
    row = _rows(_PARTY)["II.4"]
    assert row.due == "2026-09-30"
    assert _leads(row) == ["Ủy ban Kiểm tra Đảng ủy"]  # (was: "Ban Tổ chức Đảng ủy", row 3's)
    assert row.task == "Kiểm tra việc thu, nộp, quản lý, sử dụng đảng phí tại các chi bộ trực thuộc"


def test_a_lead_printed_after_the_next_rows_task_goes_back_to_its_row() -> None:
    rows = _rows(_PARTY)
    assert _leads(rows["II.3"]) == ["Ban Tổ chức Đảng ủy"]  # (was: none)
    assert _leads(rows["II.1"]) == ["Ban Xây dựng Đảng"]


def _para(texts: list[str]) -> list[flow_tables._Piece]:
    out, at = [], 0
    for k, t in enumerate(texts):
        out.append(flow_tables._Piece(k, t, at, k == 0))
        at += len(t) + 1
    return out


def test_a_short_task_end_is_no_leads_name() -> None:
    # ("… khu dân" / "cư": the task's end, though "Phòng Nội vụ cư" could be read as a name)
    para = _para(["Tuyên truyền nhân dân giữ vệ sinh tại khu Phòng Nội vụ", "kênh mương của các thôn khu dân", "cư"])
    at = para[0].text.index("Phòng")
    task, lead = flow_tables._interleaved(para, at)
    assert [t for _, t in lead] == ["Phòng Nội vụ"]
    assert [t for _, t in task][-1] == "cư"
    # (the name's rest after a joining word, with a capital: the lead's)
    para = _para(["Kiểm tra, nghiệm thu khối Văn phòng HĐND", "lượng nạo vét và báo cáo kết", "và UBND xã", "quả"])
    task, lead = flow_tables._interleaved(para, para[0].text.index("Văn"))
    assert [t for _, t in lead] == ["Văn phòng HĐND", "và UBND xã"]
    assert [t for _, t in task] == ["Kiểm tra, nghiệm thu khối", "lượng nạo vét và báo cáo kết", "quả"]


def test_a_unit_in_a_tasks_line_after_a_name_is_no_cell() -> None:
    # ("Ủy ban" after a unit's head on its line goes on that name: "Văn phòng Ủy ban")
    assert flow_tables._mid_heads(_para(["Văn phòng Ủy ban nhân dân xã tổng hợp"])) == []
    text = "Kiểm tra việc thu, nộp, quản lý, sử Ủy ban Kiểm tra"
    assert flow_tables._mid_heads(_para([text, "dụng đảng phí tại các chi bộ trực"])) == [text.index("Ủy")]
    # (a task's last line, short, naming who is reported to: no cell opens there)
    assert flow_tables._mid_heads(_para(["Tổng hợp kết quả thực hiện và báo", "cáo Ủy ban nhân dân huyện"])) == []


def test_a_sentence_after_the_last_row_is_no_lead() -> None:
    para = _para(["Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực", "hiện Kế hoạch này."])
    assert not flow_tables._lead_after(para, "unit")
    assert flow_tables._lead_after(_para(["Phòng Nội vụ"]), "unit")


def test_a_lead_heading_cut_beside_the_time_heading() -> None:
    # ("Cơ quan chủ Thời gian" / "trì" / "hoàn" / "thành": the lead column found, its units read)
    rows = _rows("pdftotext_cut_lead_heading_lang32_158")
    assert [(s, d.due, _leads(d)) for s, d in rows.items()] == [
        ("I.1", "2026-12-31", ["Ủy ban Kiểm tra Đảng ủy"]),
        ("I.2", "2026-05-31", ["Văn phòng HĐND và UBND xã"]),
        ("I.3", "2026-12-31", ["Ban Tuyên giáo và Dân vận Đảng ủy"]),
        ("I.4", "2026-05-31", ["Ban Tuyên giáo và Dân vận Đảng ủy"]),
        ("I.5", "2026-06-30", ["Ủy ban Kiểm tra Đảng ủy"]),
    ]


def test_a_cut_heading_is_put_back_only_where_it_names_a_new_column() -> None:
    text = flow_tables._header_text(["Nội dung nhiệm vụ", "Cơ quan chủ Thời gian", "trì", "hoàn", "thành"])
    assert text == "Nội dung nhiệm vụ Cơ quan chủ trì Thời gian hoàn thành"
    assert [r for r, _ in flow_tables._header_roles(text)[0]] == ["task", "lead", "time"]
    # (a short line that makes no new heading stays where it is)
    assert flow_tables._header_text(["Nội dung", "Đơn vị chủ trì Thời hạn", "xử lý"]) == (
        "Nội dung Đơn vị chủ trì Thời hạn xử lý"
    )


_COMPACT = """KẾ HOẠCH
Thực hiện nhiệm vụ năm 2026
I. NHIỆM VỤ CỤ THỂ
Các cơ quan, đơn vị thực hiện theo bảng sau:
TT

Nội dung nhiệm vụ

Cơ quan chủ Thời gian
trì
hoàn
thành

1

Kiểm tra việc chấp hành Sở Khoa học
quy định về phòng cháy, và Công nghệ
chữa cháy tại các cơ sở
kinh doanh

Quý
III/2026

2

Xây dựng kế hoạch kiểm Sở Tài nguyên
tra công tác cải cách hành và Môi trường
chính năm 2026

Tháng
12/2026

3

Tổng hợp kết quả thực Công an xã
hiện và báo cáo Ủy ban
Trước
nhân dân huyện
ngày
30/6/2026

II. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch này.
"""


def test_a_lead_glued_line_by_line_to_a_tasks_lines_in_a_row_read_a_line_at_a_time() -> None:
    # (few blank lines: the rows are read line by line, the lead's lines glued to the task's)
    rows = {d.section: d for d in ndq57.parse(_COMPACT).deadlines}
    assert _leads(rows["I.1"]) == ["Sở Khoa học và Công nghệ"]  # (was: none)
    assert rows["I.1"].task == "Kiểm tra việc chấp hành quy định về phòng cháy, chữa cháy tại các cơ sở kinh doanh"
    assert rows["I.1"].due == "2026-09-30"
    assert _leads(rows["I.2"]) == ["Sở Tài nguyên và Môi trường"]
    assert rows["I.2"].task == "Xây dựng kế hoạch kiểm tra công tác cải cách hành chính năm 2026"
    assert rows["I.2"].due == "2026-12-31"
