"""HTML pages as input (readers/html.py): a page saved from a web library or a portal, an office
suite's "web page" export. Fixtures in tests/fixtures/html (own wording), their golden summaries
in tests/fixtures/html/expected.json (regenerate with ``NDQ57_REGEN=1`` and review the diff)."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from ndq57.cli import cli
from ndq57.errors import DecodeError
from ndq57.pipeline import extracted_text, parse_bytes
from ndq57.readers import sniff

HTML = FIXTURES / "html"
EXPECTED = HTML / "expected.json"
PAGES = sorted(HTML.glob("*.html"))

HEAD = (
    "<table><tr><td><b>ỦY BAN NHÂN DÂN<br>XÃ TÂN HÒA</b></td>"
    "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
    "<tr><td>Số: 08/TB-UBND</td><td><i>Tân Hòa, ngày 04 tháng 5 năm 2027</i></td></tr></table>"
    "<p align=center><b>THÔNG BÁO</b></p><p align=center><b>Lịch trực phòng, chống thiên tai</b></p>"
)
SIGNOFF = (
    "<table><tr><td><p><b>Nơi nhận:</b><br>- Các thôn;<br>- Lưu: VT.</p></td>"
    "<td><p><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><b>Lò Văn Tâm</b></p></td></tr></table>"
)


def page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def summary(doc: dict) -> dict:
    h = doc["document"]
    return {
        "header": [h["issuer"], h["number"], h["type"], h["date"], h["place"], (h["signer"] or {}).get("name")],
        "distribution": h["distribution"],
        "sections": [s["path"] for s in doc["sections"]],
        "deadlines": [
            [d["due"], d["kind"], d["section"], sorted(f"{a['unit']} ({a['role']})" for a in d["assignees"])]
            for d in doc["deadlines"]
        ],
        "footnotes": [f["body"] for f in doc["footnotes"]],
        "tables": [
            [[r["kind"], r["label"], [c["text"] for c in r["cells"] if c["text"]]] for r in t["rows"]]
            for t in doc["tables"]
        ],
        "warnings": [w["code"] for w in doc["warnings"]],
        "extraction": [doc["source"]["encoding"], doc["source"]["extraction"]["tool"]],
    }


@pytest.fixture(scope="module")
def parsed() -> dict[str, dict]:
    return {p.name: parse_bytes(p.read_bytes(), source=p.name).to_dict() for p in PAGES}


def test_there_are_pages() -> None:
    assert {p.stem for p in PAGES} >= {"web_library_kh", "word_export_qd_cp1258", "portal_cv_breaks"}


def test_golden_summaries(parsed: dict[str, dict]) -> None:
    got = {name: summary(doc) for name, doc in parsed.items()}
    if os.environ.get("NDQ57_REGEN"):
        EXPECTED.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(EXPECTED.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- recognising a page


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_fixtures_are_pages(path) -> None:
    assert sniff(path.read_bytes()) == "html"


@pytest.mark.parametrize(
    "data",
    [
        b"<!doctype html>\n<p>x</p>",
        b"\xef\xbb\xbf<html><body>x</body></html>",
        b'<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">',
        "<p>Số 01</p>\n<p>Hà Nội</p>\n<div>1. Giao</div>".encode(),
        "<div>ỦY BAN<br>Số 01<br>...</div>".encode("utf-16"),
    ],
)
def test_pages_by_their_bytes(data: bytes) -> None:
    assert sniff(data) == "html"


@pytest.mark.parametrize(
    "data",
    [
        "<table><tr><td>ỦY BAN</td></tr></table>\n\n**KẾ HOẠCH**\n\n1. Giao Sở ...\n".encode(),
        '<div align="center">**ỦY BAN NHÂN DÂN**</div>\n\nSố: 01/KH\n\n1. Các thôn ra quân.\n'.encode(),
        b"<b>Note</b> plain text after a bold word, then more text without any block element at all",
        "Số 01/TB\n<p>a</p>".encode(),
    ],
)
def test_texts_with_tags_stay_text(data: bytes) -> None:
    assert sniff(data) is None


def test_a_converters_markdown_with_html_tables_stays_text() -> None:
    for name in ("pandoc_gfm_html_party_kh.txt", "web_sup_footnotes.txt", "damaged_html_breaks.txt"):
        assert sniff((FIXTURES / name).read_bytes()) is None, name


# ---------------------------------------------------------------- charsets


def test_a_declared_windows_1258_page() -> None:
    data = (HTML / "word_export_qd_cp1258.html").read_bytes()
    text = extracted_text(data)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Đinh Quang Thái" in text
    assert parse_bytes(data).source.extraction.tool == "html (cp1258)"


def test_a_cp1252_page_with_character_references() -> None:
    body = "<p>C&#7896;NG H&Ograve;A X&Atilde; H&#7896;I CH&#7910; NGH&#296;A VI&#7878;T NAM</p><p>S&#7889;: 08/TB</p>"
    data = page(body, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    assert extracted_text(data).splitlines() == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 08/TB"]


def test_a_page_declared_latin_1_whose_bytes_are_utf_8() -> None:
    data = page("<p>Hà Nội</p><p>Số 02</p>", '<meta charset="iso-8859-1">')
    assert extracted_text(data).splitlines() == ["Hà Nội", "Số 02"]


def test_an_undeclared_legacy_page_falls_back_as_the_text_decoder() -> None:
    data = b"<html><body>" + b"<p>H\xe0 N\xf4\xf2i</p><p>\xd0\xe0 N\xe3\xdeng</p>" * 5 + b"</body></html>"
    assert extracted_text(data).splitlines()[:2] == ["Hà Nội", "Đà Nẵng"]


# ---------------------------------------------------------------- what a browser shows


def test_scripts_styles_furniture_and_hidden_elements_are_left_out() -> None:
    body = (
        "<script>var x = 'Số 99';</script><nav><a>Trang chủ</a></nav><div class='breadcrumb'>Văn bản</div>"
        "<style>.an{display:none}</style><p class=an>nháp</p><p style='display: none'>ẩn</p>"
        "<p hidden>ẩn nữa</p><p>Số: 08/TB-UBND</p><footer>Bản quyền</footer>"
    )
    assert extracted_text(page(body)) == "Số: 08/TB-UBND\n"


def test_blocks_breaks_entities_and_no_break_spaces() -> None:
    body = "<div>Một&nbsp;hai &amp; ba<br/>bốn</div><h2>NĂM</h2><p>sáu\n   bảy</p><p>&nbsp;</p><p>tám</p>"
    assert extracted_text(page(body)) == "Một hai & ba\nbốn\nNĂM\nsáu bảy\n\ntám\n"


def test_header_and_signoff_tables_are_read_cell_by_cell() -> None:
    text = extracted_text(page(HEAD + "<p>1. Các thôn trực 24/24 giờ.</p>" + SIGNOFF))
    lines = text.split("\n")
    assert lines[:8] == [
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN HÒA",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "Số: 08/TB-UBND",
        "",
    ]
    assert "Nơi nhận:\n- Các thôn;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLò Văn Tâm\n" in text
    doc = parse_bytes(page(HEAD + "<p>1. Các thôn trực 24/24 giờ.</p>" + SIGNOFF))
    assert (doc.document.number, doc.document.date) == ("08/TB-UBND", "2027-05-04")
    assert doc.document.signer is not None and doc.document.signer.name == "Lò Văn Tâm"


def test_rowspan_and_colspan_as_the_docx_reader_reads_merged_cells() -> None:
    table = (
        "<table border=1><tr><th rowspan=2>TT</th><th rowspan=2>Nội dung</th><th colspan=2>Cơ quan</th>"
        "<th rowspan=2>Thời hạn</th></tr><tr><th>Chủ trì</th><th>Phối hợp</th></tr>"
        "<tr><td>1</td><td>Trực ban</td><td rowspan=2>Công an xã</td><td>Các thôn</td><td>Tháng 6/2027</td></tr>"
        "<tr><td>2</td><td>Kiểm tra<br>đê bao</td><td>Quân sự xã</td><td>Tháng 7/2027</td></tr></table>"
    )
    rows = [ln for ln in extracted_text(page(HEAD + table)).splitlines() if ln.startswith("|")]
    assert rows == [
        "| TT | Nội dung | Cơ quan |  | Thời hạn |",
        "|  |  | Chủ trì | Phối hợp |  |",
        "| 1 | Trực ban | Công an xã | Các thôn | Tháng 6/2027 |",
        "| 2 | Kiểm tra đê bao | Công an xã | Quân sự xã | Tháng 7/2027 |",
    ]
    doc = parse_bytes(page(HEAD + table + SIGNOFF))
    assert [(d.due, [a.unit for a in d.assignees if a.role == "lead"]) for d in doc.deadlines] == [
        ("2027-06-30", ["Công an xã"]),
        ("2027-07-31", ["Công an xã"]),
    ]


def test_footnote_marks_are_glued_to_their_word() -> None:
    body = (
        "<p>Thực hiện Chỉ thị số 05/CT-UBND <sup>1</sup>, các thôn trực ban<sup>[2]</sup>.</p>"
        "<p><sup>1</sup> Chỉ thị năm 2027.</p>"
    )
    assert extracted_text(page(body)).splitlines() == [
        "Thực hiện Chỉ thị số 05/CT-UBND[1], các thôn trực ban[2].",
        "[1] Chỉ thị năm 2027.",
    ]


def test_ordered_lists_get_the_labels_a_browser_draws() -> None:
    body = (
        "<ol type=I><li>MỤC ĐÍCH</li><li>NHIỆM VỤ<ol start=1><li><p>Các thôn trực ban.</p></li>"
        "<li>Công an xã tuần tra.</li></ol></li></ol><ol type=a><li>một</li><li>hai</li></ol><ul><li>ba</li></ul>"
    )
    assert extracted_text(page(body)).splitlines() == [
        "I. MỤC ĐÍCH",
        "II. NHIỆM VỤ",
        "1. Các thôn trực ban.",
        "2. Công an xã tuần tra.",
        "a) một",
        "b) hai",
        "- ba",
    ]


def test_a_decimal_list_inside_a_decimal_item_is_numbered_under_it() -> None:
    body = "<ol start=2><li>Nhiệm vụ<ol><li>Tuyên truyền.</li><li>Kiểm tra.</li></ol></li></ol>"
    assert extracted_text(page(body)).splitlines() == ["2. Nhiệm vụ", "2.1. Tuyên truyền.", "2.2. Kiểm tra."]


def test_origins_of_the_lines() -> None:
    doc = parse_bytes(page("<p>Số: 01/TB</p><p>Hà Nội</p>" + SIGNOFF))
    runs = doc.source.extraction.lines
    assert runs[0] == {"line": 1, "count": 2, "element": 0}
    assert {"line": 4, "count": 1, "table": 0, "row": 0, "cell": 0} in runs


def test_a_whole_site_is_cut_to_the_directive() -> None:
    doc = parse_bytes((HTML / "portal_cv_breaks.html").read_bytes())
    text = extracted_text((HTML / "portal_cv_breaks.html").read_bytes())
    assert text.startswith("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ LẠC GIANG\n") and text.endswith("Bùi Đức Khải\n")
    assert "CÁC VĂN BẢN KHÁC" not in text and "DANH MỤC" not in text
    assert [w.code for w in doc.warnings] == ["html_main_content"]


def test_a_page_that_is_only_the_directive_gives_no_warning() -> None:
    doc = parse_bytes(page(HEAD + "<p>1. Các thôn trực 24/24 giờ, báo cáo trước ngày 10/5/2027.</p>" + SIGNOFF))
    assert not any(w.code == "html_main_content" for w in doc.warnings)


# ---------------------------------------------------------------- errors and hostile pages


def test_a_page_without_text_is_a_clear_error(tmp_path) -> None:
    data = page("<script>var a = 1;</script><div><img src=x.png></div>")
    with pytest.raises(DecodeError, match="HTML page holds no text"):
        parse_bytes(data)
    path = tmp_path / "trong.html"
    path.write_bytes(data)
    res = CliRunner().invoke(cli, ["parse", str(path)], catch_exceptions=False)
    assert res.exit_code == 1
    assert res.stderr.strip().count("\n") == 0 and "HTML page holds no text" in res.stderr


def test_a_deeply_nested_page_is_read() -> None:
    data = page("<div>" * 1500 + "<p>Số: 01/TB</p>" + "</div>" * 1500 + "<p>Hà Nội</p>")
    assert extracted_text(data) == "Số: 01/TB\nHà Nội\n"


def test_a_long_page_is_read_whole() -> None:
    rows = "".join(f"<tr><td>{n}</td><td>Việc {n}</td><td>Thôn {n}</td><td>Tháng 6/2027</td></tr>" for n in range(800))
    paras = "".join(f"<p>{n}. Nội dung {n}.</p>" for n in range(800))
    text = extracted_text(page(paras + "<table>" + rows + "</table>"))
    assert text.count("\n") == 1601 and "| 799 | Việc 799 | Thôn 799 | Tháng 6/2027 |" in text


def test_unclosed_paragraphs_and_cells() -> None:
    body = "<p>một<p>hai<table><tr><td>a<td>b<td>c<tr><td>1<td>2<td>3</table><p>ba"
    assert extracted_text(page(body)).splitlines() == ["một", "hai", "", "| a | b | c |", "| 1 | 2 | 3 |", "", "ba"]


# ---------------------------------------------------------------- LibreOffice's web page export


def _deadlines(doc: dict) -> list[tuple]:
    return [
        (d["due"], d["section"], sorted(a["unit"] for a in d["assignees"] if a["role"] == "lead"))
        for d in doc["deadlines"]
    ]


@pytest.mark.parametrize("stem", ["tb_party", "kh_merged_stt", "khlt_joint"])
def test_libreoffice_web_page_reads_as_its_docx(parsed: dict[str, dict], stem: str) -> None:
    # tests/fixtures/html/lo_NAME.html: soffice --convert-to html of tests/fixtures/office/NAME.docx
    docx = parse_bytes((FIXTURES / "office" / f"{stem}.docx").read_bytes()).to_dict()
    page = parsed[f"lo_{stem}.html"]
    assert _deadlines(page) == _deadlines(docx)
    assert page["document"]["number"] == docx["document"]["number"]
    assert page["document"]["signer"]["name"] == docx["document"]["signer"]["name"]


# ---------------------------------------------------------------- a page laid out with a table; web archives


def test_a_page_laid_out_in_three_columns_is_no_task_table() -> None:
    directive = "".join(
        f"<p>{line}</p>"
        for line in (
            "ỦY BAN NHÂN DÂN XÃ AN HÒA",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 12/TB-UBND",
            "An Hòa, ngày 02 tháng 3 năm 2027",
            "1. Các thôn báo cáo trước ngày 10/3/2027.",
            "Nơi nhận:",
            "- Các thôn;",
            "TM. ỦY BAN NHÂN DÂN",
            "Lê Văn Bình",
        )
    )
    body = (
        "<table><tr><td><a>Trang chủ</a><br><a>Giới thiệu</a><br><a>Tin tức</a></td>"
        f"<td>{directive}</td><td><b>Liên kết</b><br>Cổng dịch vụ công<br>Thư điện tử</td></tr></table>"
    )
    doc = parse_bytes(page(body))
    assert not any(ln.startswith("|") for ln in extracted_text(page(body)).splitlines())
    assert doc.document.number == "12/TB-UBND" and [d.due for d in doc.deadlines] == ["2027-03-10"]
    assert [w.code for w in doc.warnings] == ["html_main_content"]


def test_a_web_archive_is_read_as_its_page() -> None:
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    html = page("<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Số: 05/TB-UBND</p>").decode()
    message = MIMEMultipart("related", type="text/html")
    message["From"] = "<Saved by Blink>"
    message.attach(MIMEText(html.replace("utf-8", "windows-1258"), "html", "utf-8"))  # (the part's charset rules)
    message.attach(MIMEImage(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "gif"))
    data = message.as_bytes()
    assert sniff(data) == "html"
    assert extracted_text(data) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/TB-UBND\n"
    assert parse_bytes(data).source.extraction.tool == "mhtml (utf-8)"


def test_text_in_a_legacy_font_named_by_the_style_sheet_or_the_element() -> None:
    # Word's web page of a document typed in .VnTime: the font in p.MsoNormal's rule and a span's class
    html = (
        '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
        '<style><!-- p.MsoNormal {font-family:".VnTime"} span.H {font-family:".VnTimeH"} --></style></head>'
        "<body><p class=MsoNormal><span class=H>Uû ban nh©n d©n</span></p>"
        "<p class=MsoNormal>Sè: 14/TB-UBND</p>"
        "<p class=MsoNormal><span style='font-family:\"Times New Roman\"'>H&agrave; N&#7897;i</span>, "
        "ngµy 05 th¸ng 3 n¨m 2027</p><p class=MsoNormal>1. C¸c th«n b¸o c¸o tr\xadíc ngµy 20/3/2027.</p></body></html>"
    )
    data = html.encode("cp1252")
    assert extracted_text(data).splitlines() == [
        "UỶ BAN NHÂN DÂN",
        "Số: 14/TB-UBND",
        "Hà Nội, ngày 05 tháng 3 năm 2027",
        "1. Các thôn báo cáo trước ngày 20/3/2027.",
    ]
    assert [w.code for w in parse_bytes(data).warnings][:1] == ["legacy_font"]


def test_the_reader_holds_no_vietnamese_words() -> None:
    from pathlib import Path

    from test_no_words_in_code import SRC, literals, vietnamese_words

    for name in ("readers/html.py", "readers/__init__.py"):
        source = Path(SRC, name).read_text(encoding="utf-8")
        assert [(line, w) for line, text in literals(source) for w in vietnamese_words(text)] == [], name


def test_a_site_page_without_the_national_title_is_cut_from_the_number_line() -> None:
    body = (
        "<div class=menu-trai><p>Trang chủ</p><p>Văn bản mới</p><p>Văn bản hết hiệu lực</p><p>Hỏi đáp pháp luật</p>"
        "<p>Tin tức pháp luật</p><p>Biểu mẫu</p></div>"
        "<div class=van-ban><p>Số: 41/TB-UBND</p><p>THÔNG BÁO</p><p>1. Các thôn báo cáo trước ngày 10/3/2027.</p>"
        "<p>Nơi nhận:</p><p>- Các thôn.</p></div><div class=lien-quan><p>Thông báo 40/TB-UBND năm 2027</p>"
        "<p>Thông báo 39/TB-UBND năm 2027</p><p>Thông báo 38/TB-UBND năm 2027</p></div>"
    )
    assert extracted_text(page(body)).splitlines()[0] == "Số: 41/TB-UBND"
    assert "Thông báo 40/TB-UBND năm 2027" not in extracted_text(page(body))


def test_a_page_of_lone_angle_brackets_is_read_as_text() -> None:
    # (each "<a" opening a tag never closed: the parser once scanned the rest of the page for each)
    data = b"<!doctype html><p>" + b"a<" * 30000 + b"</p><p>S\xe1\xbb\x91 01</p>"
    assert extracted_text(data) == "a<" * 30000 + "\nSố 01\n"
