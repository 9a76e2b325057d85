"""Build the ``pdftotext -layout`` fixtures ``pdftotext_layout_*_lang35.txt``: plans of our own
wording written as a DOCX (``office_build``'s hand-written WordprocessingML), printed by LibreOffice
and read back with ``pdftotext -layout``. Run ``python tests/pdftotext_lang35_build.py`` from the
repository (needs ``soffice`` and poppler's ``pdftotext``); the text files are committed, so the
tests need neither (``--print`` prints them instead).

The plans (all wording, units, numbers and dates invented) have narrow owner columns whose names
nearly fill them, so that the text layer sets a row's cells one blank apart and shifts the cells
right of them left of their columns: a name that opens inside a run of capitals ("… trình Chủ
Công chức Tư pháp - Hộ tịch", "… phong trào Hội Liên hiệp Phụ nữ"), a deadline glued to the name
before it ("Ủy ban MTTQ Việt Nam Tháng 10/2026"), and a partner's name shifted under the lead's.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from office_build import cell, cell_text, centred, convert, para, run, section, table, write_docx
from pdftotext_lang31_build import head_table, sign_table

OUT = Path(__file__).parent / "fixtures"


def grid(
    head: list[str], rows: list[tuple[str, ...]], widths: list[int], jcs: list[str], *, header_rows: int = 0
) -> str:
    """A ruled table: ``head`` its header (printed again on each page when ``header_rows``), a row of
    one title a group across the columns after the first."""
    out = ["".join(cell(cell_text(h, b=True, jc="center"), w) for h, w in zip(head, widths, strict=True))]
    for r in rows:
        if len(r) == 2:
            out.append(cell(cell_text(r[0], b=True, jc="center"), widths[0])
                       + cell(cell_text(r[1], b=True), sum(widths[1:]), span=len(widths) - 1))  # fmt: skip
            continue
        out.append("".join(cell(cell_text(t, jc=j), w) for t, w, j in zip(r, widths, jcs, strict=True)))
    return table(out, widths, ruled=True, header_rows=header_rows, split_rows=True)


COMMUNE_ROWS: list[tuple[str, ...]] = [
    ("I", "Rà soát, lập hồ sơ"),
    ("1", "Rà soát hiện trạng các tuyến đường giao thông nông thôn bị xuống cấp trên địa bàn xã",
     "Công chức Địa chính - Xây dựng", "Trước ngày 15/6/2026", "Danh mục tuyến đường"),
    ("2", "Tổng hợp ý kiến của Nhân dân các thôn, trình Chủ tịch Ủy ban nhân dân xã quyết định",
     "Công chức Tư pháp - Hộ tịch", "Tháng 7/2026", "Báo cáo tổng hợp"),
    ("3", "Tổ chức hội nghị phát động phong trào chung sức làm đường giao thông",
     "Hội Liên hiệp Phụ nữ xã", "Tháng 8/2026", "Kế hoạch phát động"),
    ("II", "Triển khai, giám sát"),
    ("4", "Vận động hội viên, đoàn viên góp ngày công làm đường tại các thôn",
     "Ủy ban MTTQ Việt Nam xã", "Tháng 10/2026", "Danh sách ngày công"),
    ("5", "Giám sát chất lượng công trình do cộng đồng thi công",
     "Ban Giám sát đầu tư của cộng đồng", "Quý IV/2026", "Biên bản giám sát"),
    ("6", "Sơ kết, đánh giá kết quả, đề xuất khen thưởng tập thể, cá nhân tiêu biểu",
     "Văn phòng HĐND và UBND xã", "Trước ngày 20/12/2026", "Báo cáo sơ kết"),
]


def commune(widths: list[int], rows: list[tuple[str, ...]] | None = None, owner_jc: str = "center") -> str:
    b = [head_table(("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"), "Số: 88/KH-UBND", "Tân Lập, ngày 02 tháng 6 năm 2026")]
    b.append(centred([("KẾ HOẠCH", {"b": True}),
                      ("Làm đường giao thông nông thôn theo phương châm Nhà nước và Nhân dân cùng làm năm 2026",
                       {"b": True})], after=200))  # fmt: skip
    b.append(para(run("Ủy ban nhân dân xã ban hành Kế hoạch làm đường giao thông nông thôn năm 2026 như sau:")))
    b.append(para(run("I. MỤC ĐÍCH, YÊU CẦU", b=True)))
    b.append(para(run("Phát huy vai trò làm chủ của Nhân dân; phân công rõ đơn vị thực hiện, thời hạn và sản phẩm.")))
    b.append(para(run("II. NHIỆM VỤ CỤ THỂ", b=True)))
    b.append(grid(["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn", "Sản phẩm"], rows or COMMUNE_ROWS, widths,
                  ["center", "both", owner_jc, "center", "left"]))  # fmt: skip
    b.append(para(run("III. TỔ CHỨC THỰC HIỆN", b=True)))
    b.append(para(run("Các bộ phận, đơn vị báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 05/12/2026.")))
    b.append(sign_table(["- Ủy ban nhân dân huyện (b/c);", "- Các thôn;", "- Lưu: VT."],
                        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lò Văn Sơn"]))  # fmt: skip
    b.append(section(False, title_page=False, footer=False))
    return "".join(b)


DISTRICT_ROWS: list[tuple[str, ...]] = [
    ("Rà soát, thống kê các di tích lịch sử - văn hóa xuống cấp cần tu bổ, tôn tạo", "Tháng 3/2027",
     "Phòng Văn hóa và Thông tin", "Phòng Tài nguyên và Môi trường"),
    ("Lập danh mục dự án tu bổ di tích giai đoạn 2027 - 2030, trình Chủ tịch Ủy ban nhân dân huyện",
     "Quý II/2027", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin"),
    ("Tổ chức hội nghị tuyên truyền về bảo vệ di sản văn hóa tại các xã, thị trấn", "Tháng 6/2027",
     "Trung tâm Văn hóa, Thông tin và Thể thao", "Ủy ban MTTQ Việt Nam huyện"),
    ("Kiểm tra việc quản lý, sử dụng nguồn thu phí tham quan tại các di tích", "Quý III/2027",
     "Thanh tra huyện", "Phòng Tài chính - Kế hoạch"),
    ("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện", "Trước ngày 15/12/2027",
     "Phòng Văn hóa và Thông tin", "Các cơ quan, đơn vị liên quan"),
]


def district(widths: list[int]) -> str:
    b = [head_table(("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SƠN"), "Số: 140/KH-UBND", "Đông Sơn, ngày 10 tháng 12 năm 2026")]
    b.append(centred([("KẾ HOẠCH", {"b": True}),
                      ("Bảo vệ và phát huy giá trị di tích lịch sử - văn hóa trên địa bàn huyện năm 2027",
                       {"b": True})], after=200))  # fmt: skip
    b.append(para(run("Ủy ban nhân dân huyện ban hành Kế hoạch bảo vệ di tích năm 2027 như sau:")))
    b.append(para(run("I. NHIỆM VỤ", b=True)))
    b.append(para(run("Các cơ quan, đơn vị thực hiện các nhiệm vụ sau:")))
    b.append(grid(["Nội dung", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp"], DISTRICT_ROWS, widths,
                  ["both", "center", "center", "center"]))  # fmt: skip
    b.append(para(run("II. TỔ CHỨC THỰC HIỆN", b=True)))
    b.append(para(run("Các cơ quan, đơn vị triển khai thực hiện nghiêm túc Kế hoạch này.")))
    b.append(sign_table(["- Ủy ban nhân dân tỉnh (b/c);", "- Các xã, thị trấn;", "- Lưu: VT."],
                        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Minh Đức"]))  # fmt: skip
    b.append(section(False, title_page=False, footer=False))
    return "".join(b)


PARTY_ROWS: list[tuple[str, ...]] = [
    ("Báo cáo sơ kết 6 tháng thực hiện Nghị quyết của Đảng ủy về xây dựng nông thôn mới kiểu mẫu", "Văn phòng Đảng ủy",
     "Trước ngày 10/6/2027"),
    ("Báo cáo kết quả kiểm tra, giám sát đối với tổ chức đảng và đảng viên", "Ủy ban Kiểm tra Đảng ủy",
     "Trước ngày 25/9/2027"),
    ("Báo cáo tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2027", "Ban Xây dựng Đảng",
     "Trước ngày 05/12/2027"),
]


def party(widths: list[int]) -> str:
    left = cell_text("ĐẢNG BỘ HUYỆN ĐÔNG SƠN\nĐẢNG ỦY XÃ ĐÔNG HÒA\n*\nSố 45-KH/ĐU", b=False, jc="center")
    right = cell_text("ĐẢNG CỘNG SẢN VIỆT NAM\nĐông Hòa, ngày 15 tháng 01 năm 2027", jc="center")
    b = [table([cell(left, 4200) + cell(right, 5000)], [4200, 5000], ruled=False)]
    b.append(centred([("KẾ HOẠCH", {"b": True}),
                      ("thực hiện chế độ báo cáo của Đảng ủy xã năm 2027", {"b": True})], after=200))  # fmt: skip
    b.append(para(run("Ban Thường vụ Đảng ủy xã ban hành Kế hoạch thực hiện chế độ báo cáo năm 2027 như sau:")))
    b.append(para(run("1. Các chi bộ trực thuộc báo cáo tình hình hoạt động về Văn phòng Đảng ủy trước ngày 20 "
                      "hằng tháng.")))  # fmt: skip
    b.append(para(run("2. Các bộ phận tham mưu chuẩn bị các báo cáo định kỳ của Đảng ủy theo lịch sau:")))
    b.append(grid(["Nội dung công việc", "Bộ phận tham mưu", "Thời gian"], PARTY_ROWS, widths,
                  ["both", "center", "center"]))  # fmt: skip
    b.append(table([cell(cell_text("Nơi nhận:\n- Ban Thường vụ Huyện ủy (b/c);\n- Các chi bộ trực thuộc;\n- Lưu VP.",
                                   jc="left"), 4400)
                    + cell(cell_text("T/M ĐẢNG ỦY\nBÍ THƯ\n\n\nLê Văn Hải", b=True, jc="center"), 4800)],
                   [4400, 4800], ruled=False))  # fmt: skip
    b.append(section(False, title_page=False, footer=False))
    return "".join(b)


def build(body: str, name: str, tmp: str) -> bytes:
    docx = Path(tmp) / f"{name}.docx"
    write_docx(docx, body, [], "")
    pdf = docx.with_suffix(".pdf")
    convert(docx, pdf)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout


def main() -> None:
    w = [int(a) for a in sys.argv[2:]] if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory() as tmp:
        plans = (
            ("pdftotext_layout_commune_glued_lang35", lambda: commune(w or [600, 3700, 2100, 1500, 1500])),
            ("pdftotext_layout_district_glued_lang35", lambda: district(w or [3400, 1500, 2100, 2100])),
            ("pdftotext_layout_party_reports_lang35", lambda: party(w or [4400, 2400, 2200])),
        )
        # (widths on the command line try one plan's layout: five for the first, four for the
        # second, three for the third)
        pick = {5: plans[:1], 4: plans[1:2], 3: plans[2:]}
        for name, make in pick[len(w)] if w else plans:
            body = make()
            text = build(body, name, tmp)
            if "--print" in sys.argv:
                print(text.decode("utf-8"))
            else:
                (OUT / f"{name}.txt").write_bytes(text)
                print(OUT / f"{name}.txt")


if __name__ == "__main__":
    main()
