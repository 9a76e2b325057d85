"""Build the ``pdftotext -layout`` fixtures ``pdftotext_layout_*_lang43_87.txt`` (round 43, helper
87): plans of our own wording written as a DOCX (``office_build``'s hand-written WordprocessingML)
whose task tables have narrow cell margins (``MARGIN`` twentieths of a point a side), printed by
LibreOffice and read back with ``pdftotext -layout``. A justified task cell then reaches its
column's edge and the owner's cell starts one blank after it on most lines; a short cell may stand
one blank from both neighbours. Run ``python tests/pdftotext_lang43_87_build.py`` from the
repository (needs ``soffice`` and poppler's ``pdftotext``); the text files and the PDFs they were
read from (``tests/fixtures/tables43/lo_*.pdf``, a ruled table whose cells reach their rules) are
committed, so the tests need neither (``--print`` prints the texts instead).
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
NARROW = OUT / "tables43"  # the PDFs the texts were read from
MARGIN = 20  # (office_build's tables: 80)


def narrow(head: list[str], rows: list[tuple[str, ...]], widths: list[int], jcs: list[str], ruled: bool) -> str:
    """A task table with narrow cell margins: ``head`` its header row, then one row a task."""
    out = ["".join(cell(cell_text(h, b=True, jc="center"), w) for h, w in zip(head, widths, strict=True))]
    for r in rows:
        out.append("".join(cell(cell_text(t, jc=j), w) for t, w, j in zip(r, widths, jcs, strict=True)))
    xml = table(out, widths, ruled=ruled, split_rows=True)
    return xml.replace('w:w="80" w:type="dxa"/>', f'w:w="{MARGIN}" w:type="dxa"/>')


PROVINCE_ROWS: list[tuple[str, ...]] = [
    (
        "1",
        "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo có nhu cầu hỗ trợ nhà ở trên địa bàn tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Tháng 02/2027",
    ),
    (
        "2",
        "Hướng dẫn thiết kế mẫu nhà ở bảo đảm tiêu chí diện tích, chất lượng và tuổi thọ công trình",
        "Sở Xây dựng",
        "Trước ngày 15/3/2027",
    ),
    (
        "3",
        "Bố trí, phân bổ nguồn vốn ngân sách tỉnh đối ứng thực hiện chương trình xóa nhà tạm",
        "Sở Tài chính",
        "Quý II/2027",
    ),
    (
        "4",
        "Vận động doanh nghiệp, nhà hảo tâm đóng góp Quỹ Vì người nghèo các cấp",
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Thường xuyên",
    ),
    ("5", "Tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường", "Hằng quý"),
]


def province(widths: list[int], ruled: bool) -> str:
    b = [
        head_table(
            ("ỦY BAN NHÂN DÂN", "TỈNH NAM HÀ GIANG"), "Số: 205/KH-UBND", "Nam Hà Giang, ngày 20 tháng 01 năm 2027"
        )
    ]
    b.append(centred([("KẾ HOẠCH", {"b": True}),
                      ("Hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo năm 2027", {"b": True})], after=200))  # fmt: skip
    b.append(para(run("Ủy ban nhân dân tỉnh ban hành Kế hoạch hỗ trợ xóa nhà tạm năm 2027 như sau:")))
    b.append(para(run("I. NHIỆM VỤ CỤ THỂ", b=True)))
    b.append(narrow(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"], PROVINCE_ROWS, widths,
                    ["center", "both", "both", "both"], ruled))  # fmt: skip
    b.append(para(run("II. TỔ CHỨC THỰC HIỆN", b=True)))
    b.append(para(run("Các sở, ngành báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 10/12/2027.")))
    b.append(sign_table(["- Bộ Xây dựng (b/c);", "- Các sở, ngành;", "- Lưu: VT."],
                        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Văn Toàn"]))  # fmt: skip
    b.append(section(False, title_page=False, footer=False))
    return "".join(b)


def build(body: str, name: str, tmp: str) -> bytes:
    docx = Path(tmp) / f"{name}.docx"
    write_docx(docx, body, [], "")
    pdf = docx.with_suffix(".pdf")
    convert(docx, pdf)
    if "--print" not in sys.argv:
        NARROW.mkdir(exist_ok=True)
        (NARROW / f"lo_{name.removeprefix('pdftotext_layout_')}.pdf").write_bytes(pdf.read_bytes())
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    w = [int(a) for a in args] if args else None
    plans = (("pdftotext_layout_province_one_blank_lang43_87", lambda: province(w or [600, 4200, 2400, 1600], True)),)
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in plans:
            text = build(make(), name, tmp)
            if "--print" in sys.argv:
                print(text.decode("utf-8"))
            else:
                (OUT / f"{name}.txt").write_bytes(text)
                print(OUT / f"{name}.txt")


if __name__ == "__main__":
    main()
