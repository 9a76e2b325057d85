"""Build the round 44 (helper 91) PDFs in ``tests/fixtures/pages44/``: plans of our own wording whose
tasks stand in an appendix table too long for one page (all wording, units, numbers and dates
invented):

* ``lo_kh_appendix_pages_lang44_91.pdf`` — a province's Kế hoạch written as a DOCX (``office_build``'s
  hand-written WordprocessingML) and printed by LibreOffice: a portrait body, then the appendix in a
  landscape section whose ruled table of six columns runs over three pages, its header row repeated
  on each page (``w:tblHeader``), rows allowed to break (a task cell's text goes on at the top of
  the next page), a running header ``Phụ lục I – Kế hoạch số ...`` over the appendix's pages and the
  page number at their foot; its time column mixes ``Quý II/2027``, ``Thường xuyên``, ``Tháng 6 -
  9/2027``, ``Trước 30/11/2027``. Its ``pdftotext -layout`` and ``-raw`` texts (a user's export) are
  ``tests/fixtures/pdftotext_{layout,raw}_appendix_pages_lang44_91.txt``;
* ``chr_kh_appendix_pages_lang44_91.pdf`` — a department's Kế hoạch (``kh_appendix_pages_lang44_91.html``
  beside it) printed by headless Chromium: the appendix on landscape pages (a named ``@page``), its
  borderless table's header (``<thead>``) repeated on each page, a row broken by the page, the
  running header and the page number in the page's margin boxes; its ``pdftotext -raw`` text is
  ``tests/fixtures/pdftotext_raw_chr_appendix_pages_lang44_91.txt``;
* ``chr_kh_footer_pages_lang44_91.pdf`` — the same plan (``kh_footer_pages_lang44_91.html``) with
  its table's header row not repeated, row B.5's lead cut by the page (``lượng`` alone at the top
  of the next page), the running line at the foot, left, and ``- N -`` at the top; its
  ``pdftotext -layout`` and ``-raw`` texts are ``tests/fixtures/pdftotext_{layout,raw}_chr_footer_pages_lang44_91.txt``;
* ``lo_kh_norepeat_pages_lang44_91.pdf`` — a district's plan as a DOCX printed by LibreOffice whose
  ruled appendix table runs over two pages with its header row NOT repeated, a row broken in
  its task and owner cells, the running header and ``Trang N`` at the foot.

Needs Chromium, LibreOffice, poppler's ``pdftotext`` and the fonts named; the files are committed,
so the tests need none.

    python3 tests/pdf_pages_lang44_91_build.py
"""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from browser_print_lang35_build import chromium_print
from office_build import NS, centred, convert, field, para, replace_part, run, write_docx
from pdftotext_lang31_build import head_table, sign_table
from pdftotext_lang35_build import grid

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages44"

# ---------------------------------------------------------------- the province's plan (LibreOffice)

HEAD = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
WIDTHS = [700, 5200, 2300, 2700, 1700, 1900]

PROVINCE_ROWS: list[tuple[str, ...]] = [
    ("I", "Rà soát, hoàn thiện quy hoạch và cơ chế"),
    ("1", "Rà soát hiện trạng các công trình cấp nước sinh hoạt tập trung nông thôn, phân loại theo mức độ "
     "hoạt động bền vững, tương đối bền vững, kém bền vững và không hoạt động; đề xuất phương án xử lý "
     "đối với từng nhóm công trình", "Sở Nông nghiệp và Môi trường", "UBND các huyện, thị xã, thành phố",
     "Quý II/2027", "Báo cáo rà soát"),
    ("2", "Xây dựng quy định giá tiêu thụ nước sạch sinh hoạt nông thôn áp dụng trên địa bàn tỉnh, bảo đảm "
     "tính đúng, tính đủ chi phí và khả năng chi trả của người dân vùng khó khăn", "Sở Tài chính",
     "Sở Nông nghiệp và Môi trường; Sở Tư pháp", "Trước 30/11/2027", "Quyết định của UBND tỉnh"),
    ("3", "Hướng dẫn chuyển giao công trình cấp nước sau đầu tư cho đơn vị quản lý, khai thác theo hình thức "
     "giao, cho thuê hoặc chuyển nhượng có thời hạn", "Sở Nông nghiệp và Môi trường", "Sở Tài chính",
     "Tháng 6 - 9/2027", "Văn bản hướng dẫn"),
    ("II", "Đầu tư, nâng cấp và quản lý công trình"),
    ("4", "Nâng cấp, mở rộng mạng lưới đường ống của các công trình cấp nước liên xã vùng ven biển, ưu tiên "
     "các thôn thường xuyên bị xâm nhập mặn trong mùa khô, bảo đảm nguồn nước ổn định cho sinh hoạt của "
     "người dân và các trường học, trạm y tế trên địa bàn", "UBND các huyện ven biển",
     "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Quý III/2027", "Công trình hoàn thành"),
    ("5", "Kiểm tra chất lượng nước tại các công trình cấp nước tập trung theo quy chuẩn kỹ thuật quốc gia, "
     "công khai kết quả trên Cổng thông tin điện tử của tỉnh", "Sở Y tế",
     "Trung tâm Kiểm soát bệnh tật tỉnh; UBND các xã", "Thường xuyên", "Thông báo kết quả"),
    ("6", "Lắp đặt thiết bị đo đếm, giám sát lưu lượng và chất lượng nước trực tuyến tại các công trình có "
     "công suất từ 500 m3/ngày đêm trở lên, kết nối dữ liệu về hệ thống giám sát chung của tỉnh",
     "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Sở Khoa học và Công nghệ",
     "Trước ngày 31/10/2027", "Hệ thống giám sát"),
    ("7", "Xây dựng kế hoạch cấp nước an toàn cho các công trình cấp nước tập trung do tỉnh quản lý, tổ chức "
     "diễn tập ứng phó sự cố ô nhiễm nguồn nước tại ít nhất 02 công trình", "Công ty Cổ phần Cấp nước tỉnh",
     "Sở Nông nghiệp và Môi trường; Công an tỉnh", "Tháng 8/2027", "Kế hoạch được phê duyệt"),
    ("8", "Kiểm tra, giám sát việc vận hành, bảo dưỡng công trình cấp nước của các tổ hợp tác, ban quản lý "
     "thôn, xử lý dứt điểm các công trình xuống cấp, hư hỏng kéo dài; báo cáo kết quả về Sở Nông nghiệp "
     "và Môi trường để tổng hợp", "UBND các huyện, thị xã, thành phố", "Phòng Kinh tế các huyện", "Hằng quý",
     "Báo cáo kiểm tra"),
    ("III", "Truyền thông và tổng hợp"),
    ("9", "Tuyên truyền nâng cao nhận thức của người dân về sử dụng nước sạch tiết kiệm, bảo vệ công trình "
     "cấp nước và nguồn nước", "Báo và Phát thanh, Truyền hình tỉnh", "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn",
     "Thường xuyên", "Chuyên mục, tin bài"),
    ("10", "Tổng hợp kết quả thực hiện Kế hoạch năm 2027, đề xuất nhiệm vụ năm 2028", "Sở Nông nghiệp và Môi trường",
     "Các sở, ngành liên quan", "Tháng 12/2027", "Báo cáo UBND tỉnh"),
]  # fmt: skip

RUNNING = "Phụ lục I – Kế hoạch số 112/KH-UBND ngày 15/3/2027 của UBND tỉnh Trà Lĩnh"


def ruled(head: list[str], rows: list[tuple[str, ...]], widths: list[int], *, repeat: bool) -> str:
    """A ruled task table (``pdftotext_lang35_build.grid``): the number and the time columns centred,
    the task justified; ``repeat``: its header row printed again on each page."""
    jcs = ["center", "both"] + ["center"] * (len(widths) - 2)
    return grid(head, rows, widths, jcs, header_rows=1 if repeat else 0)


def sect(landscape: bool, header: bool) -> str:
    """A section's properties: A4, landscape or not, with the running header (``rId5``) or none, and
    the page number footer (``rId6``)."""
    size = (
        '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if landscape else '<w:pgSz w:w="11906" w:h="16838"/>'
    )
    margins = '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/>'
    refs = ('<w:headerReference w:type="default" r:id="rId5"/>' if header else "") + (
        '<w:footerReference w:type="default" r:id="rId6"/>'
    )
    return f"<w:sectPr>{refs}{size}{margins}</w:sectPr>"


def header_xml(line: str) -> str:
    body = para(run(line, i=True, size=22), jc="right", indent=False, after=0)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>{body}</w:hdr>'


def footer_xml(prefix: str) -> str:
    body = para((run(prefix, size=22) if prefix else "") + field("PAGE", "1"), jc="center", indent=False, after=0)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}>{body}</w:ftr>'


def province() -> str:
    b = [head_table(("ỦY BAN NHÂN DÂN", "TỈNH TRÀ LĨNH"), "Số: 112/KH-UBND", "Trà Lĩnh, ngày 15 tháng 3 năm 2027")]
    b.append(centred([("KẾ HOẠCH", {"b": True}),
                      ("Bảo đảm cấp nước sạch sinh hoạt nông thôn năm 2027", {"b": True})], after=200))  # fmt: skip
    b.append(para(run("I. MỤC ĐÍCH, YÊU CẦU", b=True)))
    b.append(para(run("1. Nâng tỷ lệ hộ dân nông thôn được sử dụng nước sạch đáp ứng quy chuẩn; phấn đấu đến "
                      "năm 2030 đạt 70% số hộ.")))  # fmt: skip
    b.append(para(run("2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành từng nhiệm vụ.")))
    b.append(para(run("II. NHIỆM VỤ CỤ THỂ", b=True)))
    b.append(para(run("Các sở, ngành, địa phương thực hiện các nhiệm vụ tại Phụ lục I kèm theo Kế hoạch này.")))
    b.append(para(run("III. TỔ CHỨC THỰC HIỆN", b=True)))
    b.append(para(run("Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày "
                      "15/12/2027 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")))  # fmt: skip
    b.append(sign_table(["- Bộ Nông nghiệp và Môi trường (b/c);", "- Các sở, ngành;", "- UBND các huyện, thị xã, "
                         "thành phố;", "- Lưu: VT, KT."],
                        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Hữu Thành"]))  # fmt: skip
    b.append(para(run(""), indent=False, after=0, extra=sect(False, False)))
    b.append(centred([("Phụ lục I", {"b": True}),
                      ("DANH MỤC NHIỆM VỤ BẢO ĐẢM CẤP NƯỚC SẠCH NÔNG THÔN NĂM 2027", {"b": True}),
                      ("(Kèm theo Kế hoạch số 112/KH-UBND ngày 15/3/2027 của UBND tỉnh Trà Lĩnh)", {"i": True})],
                     after=120))  # fmt: skip
    b.append(ruled(HEAD, PROVINCE_ROWS, WIDTHS, repeat=True))
    b.append(sect(True, True))
    return "".join(b)


# ---------------------------------------------------------------- the district's plan (no repeated header)

DISTRICT_HEAD = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
DISTRICT_WIDTHS = [700, 6400, 2800, 2800, 1800]

DISTRICT_ROWS: list[tuple[str, ...]] = [
    ("1", "Điều tra, cập nhật danh sách người cao tuổi, người khuyết tật, trẻ em có hoàn cảnh đặc biệt "
     "khó khăn trên địa bàn huyện để làm căn cứ thực hiện chính sách trợ giúp xã hội", "Phòng Văn hóa - Xã hội",
     "UBND các xã, thị trấn", "Quý II/2027"),
    ("2", "Chi trả trợ cấp xã hội hằng tháng qua tài khoản cá nhân của đối tượng bảo trợ xã hội",
     "Phòng Văn hóa - Xã hội", "Bưu điện huyện; UBND các xã, thị trấn", "Thường xuyên"),
    ("3", "Tổ chức khám sức khỏe định kỳ, tư vấn chăm sóc sức khỏe tại nhà cho người cao tuổi từ đủ 80 "
     "tuổi trở lên và người khuyết tật đặc biệt nặng sống một mình", "Trung tâm Y tế huyện",
     "Hội Người cao tuổi huyện", "Tháng 6 - 9/2027"),
    ("4", "Rà soát, hỗ trợ sửa chữa nhà ở cho hộ có người khuyết tật, người cao tuổi cô đơn đang ở nhà "
     "tạm, nhà dột nát; lập danh sách đề nghị hỗ trợ từ Quỹ Vì người nghèo huyện, Quỹ Bảo trợ trẻ em và "
     "các nguồn xã hội hóa, ưu tiên các hộ ở thôn đặc biệt khó khăn, vùng thường xuyên bị ngập lụt; "
     "tổng hợp kết quả báo cáo Ủy ban nhân dân huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
     "Phòng Kinh tế - Hạ tầng; UBND các xã, thị trấn", "Trước 30/11/2027"),
    ("5", "Kiểm tra việc thực hiện chính sách trợ giúp xã hội tại các xã, thị trấn", "Thanh tra huyện",
     "Phòng Văn hóa - Xã hội", "Tháng 10/2027"),
    ("6", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện", "Phòng Văn hóa - Xã hội",
     "Các cơ quan, đơn vị liên quan", "Trước ngày 15/12/2027"),
]  # fmt: skip


def district() -> str:
    b = [head_table(("ỦY BAN NHÂN DÂN", "HUYỆN KIM THÀNH"), "Số: 64/KH-UBND", "Kim Thành, ngày 02 tháng 4 năm 2027")]
    b.append(centred([("KẾ HOẠCH", {"b": True}),
                      ("Thực hiện chính sách trợ giúp xã hội trên địa bàn huyện năm 2027", {"b": True})],
                     after=200))  # fmt: skip
    b.append(para(run("I. MỤC ĐÍCH, YÊU CẦU", b=True)))
    b.append(para(run("Bảo đảm các đối tượng bảo trợ xã hội được hưởng đầy đủ, kịp thời các chính sách.")))
    b.append(para(run("II. NỘI DUNG THỰC HIỆN", b=True)))
    b.append(para(run("Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.")))
    b.append(sign_table(["- UBND tỉnh (b/c);", "- Các phòng, ban, ngành huyện;", "- Lưu: VT."],
                        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đỗ Minh Khang"]))  # fmt: skip
    b.append(para(run(""), indent=False, after=0, extra=sect(False, False)))
    b.append(centred([("Phụ lục", {"b": True}),
                      ("NHIỆM VỤ THỰC HIỆN CHÍNH SÁCH TRỢ GIÚP XÃ HỘI NĂM 2027", {"b": True}),
                      ("(Kèm theo Kế hoạch số 64/KH-UBND ngày 02/4/2027 của UBND huyện Kim Thành)", {"i": True})],
                     after=120))  # fmt: skip
    b.append(ruled(DISTRICT_HEAD, DISTRICT_ROWS, DISTRICT_WIDTHS, repeat=False))
    b.append(sect(True, True))
    return "".join(b)


def docx_pdf(body: str, running: str, foot: str, name: str, tmp: str) -> Path:
    docx = Path(tmp) / f"{name}.docx"
    write_docx(docx, body, [], "")
    replace_part(docx, "word/header1.xml", header_xml(running))
    replace_part(docx, "word/footer1.xml", footer_xml(foot))
    pdf = docx.with_suffix(".pdf")
    convert(docx, pdf)
    (PAGES / f"lo_{name}.pdf").write_bytes(pdf.read_bytes())
    return pdf


# ---------------------------------------------------------------- the department's plan (Chromium)

CHR_HEAD = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
CHR_ROWS: list[tuple[str, ...]] = [
    ("A", "NHIỆM VỤ CHUNG"),
    ("1", "Rà soát, sắp xếp lại mạng lưới trường mầm non, phổ thông bảo đảm quy mô hợp lý, thuận lợi cho "
     "học sinh đến trường, nhất là ở vùng đồng bào dân tộc thiểu số", "Phòng Kế hoạch - Tài chính",
     "Phòng Tổ chức cán bộ; UBND các huyện", "Quý II/2027"),
    ("2", "Bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý, giáo viên theo chuẩn nghề nghiệp",
     "Phòng Giáo dục phổ thông", "Trường Cao đẳng Sư phạm tỉnh", "Tháng 6 - 9/2027"),
    ("3", "Kiểm tra công tác bảo đảm an toàn trường học, phòng chống đuối nước cho học sinh trong dịp hè",
     "Thanh tra Sở", "Công an tỉnh; Phòng Giáo dục và Đào tạo các huyện", "Thường xuyên"),
    ("B", "NHIỆM VỤ TRỌNG TÂM"),
    ("4", "Xây dựng đề án phát triển đội ngũ giáo viên dạy ngoại ngữ và tin học các cấp học giai đoạn 2027 - "
     "2030, trong đó xác định rõ nhu cầu tuyển dụng, đào tạo lại, bồi dưỡng nâng chuẩn theo từng năm học "
     "và từng địa bàn; đề xuất cơ chế thu hút giáo viên về công tác tại các xã vùng sâu, vùng xa, vùng "
     "đặc biệt khó khăn của tỉnh; lấy ý kiến các sở, ngành, địa phương trước khi trình Ủy ban nhân dân tỉnh",
     "Phòng Tổ chức cán bộ", "Sở Nội vụ; Sở Tài chính", "Trước 30/11/2027"),
    ("5", "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh các môn văn hóa lớp 9 và lớp 12", "Phòng Khảo thí và Quản "
     "lý chất lượng", "Các trường trung học phổ thông", "Tháng 3/2028"),
    ("6", "Hoàn thành sửa chữa, nâng cấp phòng học xuống cấp trước khi bước vào năm học mới 2027 - 2028",
     "Phòng Kế hoạch - Tài chính", "UBND các huyện, thành phố", "Trước ngày 31/8/2027"),
    ("7", "Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh", "Văn phòng Sở", "Các phòng chuyên môn",
     "Tháng 12/2027"),
]  # fmt: skip

CHR_RUNNING = "Phụ lục I – Kế hoạch số 87/KH-SGDĐT ngày 20/3/2027 của Sở Giáo dục và Đào tạo"

# the margin boxes: the running header over the page and its number at the foot; or (``footer``) the
# running line at the foot, left, and the number between dashes at the top
CHR_BOXES = (
    '@top-right { content: "%s"; font: italic 10pt "DejaVu Serif"; }\n'
    '  @bottom-center { content: counter(page); font: 11pt "DejaVu Serif"; }'
)
CHR_FOOT_BOXES = (
    '@bottom-left { content: "%s"; font: italic 10pt "DejaVu Serif"; }\n'
    '  @top-center { content: "- " counter(page) " -"; font: 11pt "DejaVu Serif"; }'
)
CHR_STYLE = """
@page { size: A4; margin: 20mm 18mm 20mm 25mm; }
@page land { size: A4 landscape; margin: 22mm 15mm 18mm 20mm;
  %s }
body { font-family: "DejaVu Serif"; font-size: 13pt; }
table { border-collapse: collapse; }
td, th { padding: 3px 6px; vertical-align: top; }
.h td { text-align: center; }
.land { page: land; break-before: page; }
.tasks td:nth-child(1), .tasks td:nth-child(3), .tasks td:nth-child(4), .tasks td:nth-child(5) { text-align: center; }
.tasks td:nth-child(2) { text-align: justify; }
.group td { font-weight: bold; }
"""


def chr_html(*, footer: bool = False) -> str:
    """The department's plan; ``footer``: its table's header row not repeated (no ``<thead>``), the
    running line at the foot of the page and the page's number between dashes at its top."""
    e = html.escape
    rows = []
    for r in CHR_ROWS:
        if len(r) == 2:
            rows.append(
                f'<tr class="group"><td>{e(r[0])}</td><td colspan="4" style="text-align:left">{e(r[1])}</td></tr>'
            )
        else:
            rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    head = "".join(f"<th>{e(h)}</th>" for h in CHR_HEAD)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Kế hoạch 87/KH-SGDĐT</title>
<style>{CHR_STYLE % ((CHR_FOOT_BOXES if footer else CHR_BOXES) % CHR_RUNNING)}</style></head><body>
<table class="h" width="100%"><tr><td><b>UBND TỈNH TRÀ LĨNH<br>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b><br>Số: 87/KH-SGDĐT</td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br><i>Trà Lĩnh, ngày 20 tháng 3 năm 2027</i></td></tr></table>
<p style="text-align:center"><b>KẾ HOẠCH<br>Nâng cao chất lượng đội ngũ và cơ sở vật chất trường học năm 2027</b></p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>Giao rõ đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành từng nhiệm vụ.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>Các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ tại Phụ lục I kèm theo Kế hoạch này.</p>
<table class="h" width="100%"><tr><td width="50%" style="text-align:left"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Các phòng, đơn vị thuộc Sở;<br>- Lưu: VT.</td><td><b>GIÁM ĐỐC</b><br><br><br><b>Vũ Thị Hồng Nhung</b></td></tr></table>
<div class="land">
<p style="text-align:center"><b>Phụ lục I<br>NHIỆM VỤ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ VÀ CƠ SỞ VẬT CHẤT NĂM 2027</b><br><i>(Kèm theo Kế hoạch số 87/KH-SGDĐT ngày 20/3/2027 của Sở Giáo dục và Đào tạo)</i></p>
<table class="tasks" width="100%"><colgroup><col width="5%"><col width="47%"><col width="16%"><col width="18%"><col width="14%"></colgroup>
{f"<tr>{head}</tr>" if footer else f"<thead><tr>{head}</tr></thead>"}
<tbody>
{chr(10).join(rows)}
</tbody></table>
</div>
</body></html>
"""


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = docx_pdf(province(), RUNNING, "", "kh_appendix_pages_lang44_91", tmp)
        for mode in ("layout", "raw"):
            text = subprocess.run(["pdftotext", f"-{mode}", str(pdf), "-"], check=True, capture_output=True).stdout
            (FIXTURES / f"pdftotext_{mode}_appendix_pages_lang44_91.txt").write_bytes(text)
        docx_pdf(district(), "Phụ lục – Kế hoạch số 64/KH-UBND của UBND huyện Kim Thành", "Trang ",
                 "kh_norepeat_pages_lang44_91", tmp)  # fmt: skip
    page = PAGES / "kh_appendix_pages_lang44_91.html"
    page.write_text(chr_html(), encoding="utf-8")
    chromium_print(page, PAGES / "chr_kh_appendix_pages_lang44_91.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(PAGES / "chr_kh_appendix_pages_lang44_91.pdf"), "-"],
                          check=True, capture_output=True).stdout  # fmt: skip
    (FIXTURES / "pdftotext_raw_chr_appendix_pages_lang44_91.txt").write_bytes(text)
    page = PAGES / "kh_footer_pages_lang44_91.html"
    page.write_text(chr_html(footer=True), encoding="utf-8")
    chromium_print(page, PAGES / "chr_kh_footer_pages_lang44_91.pdf")
    for mode in ("layout", "raw"):
        text = subprocess.run(["pdftotext", f"-{mode}", str(PAGES / "chr_kh_footer_pages_lang44_91.pdf"), "-"],
                              check=True, capture_output=True).stdout  # fmt: skip
        (FIXTURES / f"pdftotext_{mode}_chr_footer_pages_lang44_91.txt").write_bytes(text)
    for p in sorted(PAGES.glob("*.pdf")):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
