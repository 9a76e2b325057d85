"""Build the ``pdftotext -layout`` fixtures ``pdftotext_layout_*_lang31.txt``: a plan of our own
wording written as a DOCX (``office_build``'s hand-written WordprocessingML), printed by LibreOffice
and read back with ``pdftotext -layout``. Run ``python tests/pdftotext_lang31_build.py`` from the
repository (needs ``soffice`` and poppler's ``pdftotext``); the text files are committed, so the
tests need neither.

The plan (all wording, units, numbers and dates invented): a ruled task table of five columns
(TT, Nội dung, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian) whose cells wrap on two to four
lines, group rows merged across the columns, unit names with inner capitals in narrow columns,
the table crossing a page break, and footnotes that fall at the foot of a page the table crosses.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from office_build import (
    cell,
    cell_text,
    centred,
    convert,
    footnote_ref,
    para,
    run,
    section,
    table,
    write_docx,
)

OUT = Path(__file__).parent / "fixtures"


def head_table(issuer: tuple[str, str], number: str, place_date: str) -> str:
    left = cell_text(f"{issuer[0]}\n{issuer[1]}", b=True, jc="center")
    right = cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True, jc="center")
    return table(
        [cell(left, 3800) + cell(right, 5400), cell(cell_text(number, jc="center"), 3800)
         + cell(cell_text(place_date, i=True, jc="center"), 5400)],
        [3800, 5400],
        ruled=False,
    )  # fmt: skip


def sign_table(receivers: list[str], signer: list[str]) -> str:
    left = cell_text("Nơi nhận:\n" + "\n".join(receivers), jc="left")
    right = cell_text("\n".join(signer), b=True, jc="center")
    return table([cell(left, 4400) + cell(right, 4800)], [4400, 4800], ruled=False)


def task_table(rows: list[tuple[str, ...]], widths: list[int], notes_at: dict[int, int] | None = None) -> str:
    """``rows``: a group row is ``(roman, title)``; a task row is ``(n, task, lead, support, time)``;
    ``notes_at``: footnote number to put after a row's task text (row index -> footnote id)."""
    notes_at = notes_at or {}
    head = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    out = ["".join(cell(cell_text(h, b=True, jc="center"), w) for h, w in zip(head, widths, strict=True))]
    for k, r in enumerate(rows):
        if len(r) == 2:
            out.append(cell(cell_text(r[0], b=True, jc="center"), widths[0])
                       + cell(cell_text(r[1], b=True), sum(widths[1:]), span=4))  # fmt: skip
            continue
        task = para(run(r[1], size=24) + (footnote_ref(notes_at[k]) if k in notes_at else ""),
                    jc="both", indent=False, after=0)  # fmt: skip
        out.append(
            cell(cell_text(r[0], jc="center"), widths[0])
            + cell(task, widths[1])
            + cell(cell_text(r[2], jc="center"), widths[2])
            + cell(cell_text(r[3], jc="center"), widths[3])
            + cell(cell_text(r[4], jc="center"), widths[4])
        )
    return table(out, widths, ruled=True, header_rows=0, split_rows=True)


PLAN_ROWS: list[tuple[str, ...]] = [
    ("I", "Hoàn thiện cơ chế, chính sách"),
    ("1", "Xây dựng quy chế quản lý, vận hành nền tảng số dùng chung cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh",
     "Phòng Quản lý Công nghệ và Thị trường", "Sở Tài chính; Sở Tư pháp", "Tháng 6/2026"),
    ("2", "Rà soát, đề xuất sửa đổi chính sách hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2026 - 2030",
     "Văn phòng Sở", "Hiệp hội Doanh nghiệp tỉnh", "Quý III/2026"),
    ("II", "Hạ tầng và dữ liệu"),
    ("3", "Kết nối nền tảng số dùng chung với Trung tâm Dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ",
     "Trung tâm Chuyển đổi số", "Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh", "Trước ngày 30/9/2026"),
    ("4", "Số hóa hồ sơ đề tài, dự án khoa học và công nghệ các cấp đã nghiệm thu từ năm 2015 đến nay",
     "Trung tâm Thông tin và Thống kê KH&CN", "Các sở, ban, ngành", "Tháng 11/2026"),
    ("5", "Xây dựng cơ sở dữ liệu chuyên gia, tổ chức khoa học và công nghệ của tỉnh",
     "Phòng Kế hoạch - Tài chính", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Quý IV/2026"),
    ("III", "Hỗ trợ doanh nghiệp"),
    ("6", "Tổ chức 05 lớp tập huấn kỹ năng chuyển đổi số cho chủ doanh nghiệp, hợp tác xã tại các khu, cụm công nghiệp",
     "Trung tâm Đổi mới sáng tạo", "Ban Quản lý các Khu công nghiệp; Liên minh Hợp tác xã tỉnh",
     "Trước ngày 15/10/2026"),
    ("7", "Hỗ trợ 30 doanh nghiệp ứng dụng giải pháp quản trị số, truy xuất nguồn gốc sản phẩm",
     "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Sở Công Thương; Sở Nông nghiệp và Môi trường", "Năm 2026"),
    ("8", "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh năm 2026",
     "Trung tâm Đổi mới sáng tạo", "Tỉnh đoàn; Trường Đại học Lam Hà", "Tháng 12/2026"),
    ("IV", "Kiểm tra, đánh giá"),
    ("9", "Kiểm tra tình hình triển khai nền tảng số dùng chung tại các doanh nghiệp được hỗ trợ",
     "Thanh tra Sở", "Phòng Quản lý Công nghệ và Thị trường", "Quý IV/2026"),
    ("10", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh",
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Trước ngày 20/12/2026"),
]


def plan(lead_in: int, appendix: bool = False) -> tuple[str, list[str]]:
    """The plan; ``lead_in``: paragraphs of background before the table (moves the page break);
    ``appendix``: the table in a landscape appendix after the sign-off (wider columns)."""
    notes = [
        "Quyết định số 845/QĐ-UBND ngày 02/3/2026 của UBND tỉnh phê duyệt Đề án hỗ trợ doanh nghiệp chuyển đổi số.",
        "Theo số liệu của Cục Thống kê tỉnh đến hết năm 2025, toàn tỉnh có 4.120 doanh nghiệp nhỏ và vừa.",
        "Danh sách doanh nghiệp do Hiệp hội Doanh nghiệp tỉnh đề xuất, Sở thẩm định trước khi hỗ trợ.",
    ]
    b = [head_table(("UBND TỈNH LAM HÀ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), "Số: 52/KH-SKHCN",
                    "Lam Hà, ngày 14 tháng 4 năm 2026")]  # fmt: skip
    b.append(centred([("KẾ HOẠCH", {"b": True}),
                      ("Triển khai nền tảng số dùng chung cho doanh nghiệp nhỏ và vừa năm 2026", {"b": True})],
                     after=200))  # fmt: skip
    b.append(para(run("Thực hiện Quyết định số 845/QĐ-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh") + footnote_ref(1)
                  + run(", Sở Khoa học và Công nghệ ban hành Kế hoạch triển khai nền tảng số dùng chung cho "
                        "doanh nghiệp nhỏ và vừa năm 2026 như sau:")))  # fmt: skip
    b.append(para(run("I. MỤC ĐÍCH, YÊU CẦU", b=True)))
    b.append(para(run("1. Hỗ trợ doanh nghiệp nhỏ và vừa") + footnote_ref(2)
                  + run(" tiếp cận nền tảng số dùng chung với chi phí thấp, nâng cao năng lực quản trị.")))  # fmt: skip
    filler = [
        "2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành của từng nhiệm vụ; các "
        "phòng, đơn vị chủ động triển khai, bảo đảm tiến độ và hiệu quả.",
        "3. Huy động sự tham gia của các hiệp hội, tổ chức khoa học và công nghệ, các trường đại học trên địa "
        "bàn tỉnh vào việc tư vấn, hỗ trợ doanh nghiệp.",
        "4. Lồng ghép các nhiệm vụ của Kế hoạch với các chương trình khoa học và công nghệ cấp tỉnh đang "
        "triển khai, tránh trùng lặp, lãng phí.",
    ]
    for t in filler[:lead_in]:
        b.append(para(run(t)))
    b.append(para(run("II. NHIỆM VỤ CỤ THỂ", b=True)))
    if appendix:
        b.append(para(run("Các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.")))
    else:
        b.append(para(run("Các phòng, đơn vị thực hiện các nhiệm vụ theo bảng sau:")))
        b.append(task_table(PLAN_ROWS, [600, 3500, 1950, 1950, 1200], {9: 3}))
    b.append(para(run("III. TỔ CHỨC THỰC HIỆN", b=True)))
    b.append(para(run("Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Văn phòng Sở trước ngày "
                      "05/12/2026 để tổng hợp, báo cáo Giám đốc Sở.")))  # fmt: skip
    b.append(sign_table(["- UBND tỉnh (b/c);", "- Giám đốc Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLCN."],
                        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Phan Minh Khôi"]))  # fmt: skip
    if appendix:
        b.append(para(run(""), indent=False, after=0, extra=section(False, title_page=False, footer=False)))
        b.append(centred([("PHỤ LỤC", {"b": True}),
                          ("DANH MỤC NHIỆM VỤ TRIỂN KHAI NỀN TẢNG SỐ DÙNG CHUNG NĂM 2026", {"b": True}),
                          ("(Kèm theo Kế hoạch số 52/KH-SKHCN ngày 14/4/2026 của Sở Khoa học và Công nghệ)",
                           {"i": True})], after=120))  # fmt: skip
        b.append(task_table(PLAN_ROWS, [700, 5600, 2900, 2900, 1900], {9: 3}))
        b.append(section(True, title_page=False, footer=False))
    else:
        b.append(section(False, title_page=False, footer=False))
    return "".join(b), notes


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, lead_in, appendix in (
            ("pdftotext_layout_plan_cells_lang31", 3, False),
            ("pdftotext_layout_plan_appendix_lang31", 2, True),
        ):
            docx = Path(tmp) / f"{name}.docx"
            body, notes = plan(lead_in, appendix)
            write_docx(docx, body, notes, "")
            pdf = docx.with_suffix(".pdf")
            convert(docx, pdf)
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout
            out = OUT / f"{name}.txt"
            if "--print" in sys.argv:
                print(text.decode("utf-8"))
            else:
                out.write_bytes(text)
                print(out)


if __name__ == "__main__":
    main()
