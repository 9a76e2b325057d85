"""PDF, DOCX and scanned input: files built from a fixture text (tests/readers_build.py) give the
same record as the text itself; the real PDFs of ../shared/files score as well as their text copies."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path

import pytest

from conftest import FIXTURES, SHARED, load_yaml
from ndq57.pipeline import Options, extracted_text, parse_bytes
from ndq57.readers import sniff
from ndq57.readers.numbering import Numbering

FIXTURE = FIXTURES / "reader_kh_commune.txt"
BREAK_IN_PARAGRAPH = "với Công an xã rà soát, thống kê hồ sơ cần số hóa, hoàn thành trước ngày"


def _need_font() -> None:
    from readers_build import FONT_DIR

    if not (FONT_DIR / "DejaVuSans.ttf").exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the DejaVu fonts are missing at {FONT_DIR} (fonts-dejavu-core)")
        pytest.skip("DejaVu fonts not installed")


def summary(doc: dict) -> dict:
    """What must not depend on the file format: header facts, section tree, deadlines, owners, footnotes."""

    def tree(nodes: list[dict]) -> list:
        return [(n["path"], tree(n["children"])) for n in nodes]

    h = doc["document"]
    return {
        "header": (h["number"], h["date"], h["type"], h["place"], h["issuer"], (h["signer"] or {}).get("name")),
        "sections": tree(doc["sections"]),
        "deadlines": [
            (d["due"], d["kind"], d["section"], sorted((a["unit"], a["role"]) for a in d["assignees"]))
            for d in doc["deadlines"]
        ],
        "footnotes": [(f["mark"], f["body"]) for f in doc["footnotes"]],
    }


@pytest.fixture(scope="module")
def fixture() -> object:
    from readers_build import read_fixture

    return read_fixture(FIXTURE)


@pytest.fixture(scope="module")
def expected() -> dict:
    return summary(parse_bytes(FIXTURE.read_bytes(), source=FIXTURE.name).to_dict())


@pytest.fixture(scope="module")
def files(fixture: object, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from readers_build import build_docx, build_pdf

    folder = tmp_path_factory.mktemp("readers")
    out = {"docx": folder / "ke-hoach.docx"}
    out["docx"].write_bytes(build_docx(fixture))  # type: ignore[arg-type]
    from readers_build import FONT_DIR

    if (FONT_DIR / "DejaVuSans.ttf").exists():
        out["pdf"] = folder / "ke-hoach.pdf"
        out["pdf"].write_bytes(build_pdf(fixture, break_after=BREAK_IN_PARAGRAPH))  # type: ignore[arg-type]
        out["nfd"] = folder / "ke-hoach-nfd.pdf"
        out["nfd"].write_bytes(build_pdf(fixture, nfd=True, break_after=BREAK_IN_PARAGRAPH))  # type: ignore[arg-type]
        out["unruled"] = folder / "ke-hoach-unruled.pdf"
        out["unruled"].write_bytes(build_pdf(fixture, break_after=BREAK_IN_PARAGRAPH, ruled=False))  # type: ignore[arg-type]
    return out


def _parse(path: Path, **kw: object) -> dict:
    return parse_bytes(path.read_bytes(), source=str(path), options=Options(**kw)).to_dict()  # type: ignore[arg-type]


def test_sniff_by_content(files: dict[str, Path]) -> None:
    assert sniff(files["docx"].read_bytes()) == "docx"
    assert sniff(FIXTURE.read_bytes()) is None


def test_docx_gives_the_text_record(files: dict[str, Path], expected: dict) -> None:
    doc = _parse(files["docx"])
    assert summary(doc) == expected
    ext = doc["source"]["extraction"]
    assert ext["format"] == "docx" and doc["source"]["encoding"] == "docx"
    kinds = {k for run in ext["lines"] for k in run} - {"line", "count"}
    assert {"paragraph", "table", "row", "cell", "footnote"} <= kinds


@pytest.mark.parametrize("variant", ["pdf", "nfd", "unruled"])
def test_pdf_gives_the_text_record(files: dict[str, Path], expected: dict, variant: str) -> None:
    _need_font()
    doc = _parse(files[variant])
    assert summary(doc) == expected
    ext = doc["source"]["extraction"]
    assert ext["format"] == "pdf" and ext["pages"] == 2
    assert all({"line", "count", "page", "page_line"} == set(run) for run in ext["lines"])


def test_pdf_nfd_text_in_a_fixed_pitch_font() -> None:
    """Text typed with combining marks ("Unicode tổ hợp") set in a fixed-pitch font (a plain text
    file printed to PDF): each mark has a cell of its own after its letter, and no blank is read
    between the letter and the rest of its word ("quyế t")."""
    _need_font()
    from fpdf import FPDF

    from ndq57.pipeline import extracted_text
    from readers_build import FONT_DIR

    line = "Căn cứ Nghị quyết số 76/2026/NQ-HĐND ngày 14 tháng 4 năm 2026 của Hội đồng nhân dân"
    pdf = FPDF(format="A4", unit="mm")
    pdf.add_page()
    pdf.add_font("Mono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_font("Mono", size=10)
    pdf.cell(text=unicodedata.normalize("NFD", line))
    assert extracted_text(bytes(pdf.output())) == line + "\n"


def test_pdf_text_layout(files: dict[str, Path]) -> None:
    """Header columns in reading order, the page number dropped, the marker glued, table rows."""
    _need_font()
    from ndq57.pipeline import extracted_text

    lines = extracted_text(files["pdf"].read_bytes()).splitlines()
    assert lines[:6] == [
        "ỦY BAN NHÂN DÂN",
        "XÃ HÒA PHONG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 27/KH-UBND",
        "Hòa Phong, ngày 12 tháng 3 năm 2026",
    ]
    assert "tỉnh[1], Ủy ban nhân dân xã ban hành Kế hoạch số hóa hồ sơ như sau:" in lines
    assert "2" not in lines  # the page number
    assert "| 2 | Kiểm tra chất lượng dữ liệu | Công an xã | Tháng 11/2026 |" in lines
    assert lines[-3:] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Thạch"]


@pytest.mark.parametrize("align", ["L", "C", "J"])
def test_pdf_unruled_table_with_wrapped_cells(align: str) -> None:
    """A table drawn without borders, its cells wrapped over several lines: one pipe row per table
    row, each cell's lines joined; the paragraphs around it stay paragraphs."""
    _need_font()
    from ndq57.pipeline import extracted_text
    from readers_build import build_unruled_table_pdf

    rows = [
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của xã",
         "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Trước ngày 30/6/2026"],
        ["2", "Tổ chức tập huấn nghiệp vụ", "Phòng Văn hóa - Xã hội xã", "Quý III/2026"],
        ["3", "Kiểm tra việc thực hiện nhiệm vụ số hóa tại các thôn", "Công an xã", "Tháng 11/2026"],
    ]
    before = "Ủy ban nhân dân xã giao nhiệm vụ cho các cơ quan, đơn vị theo bảng dưới đây:"
    after = "Các cơ quan, đơn vị báo cáo kết quả trước ngày 15/12/2026."
    text = extracted_text(build_unruled_table_pdf(rows, [12, 70, 50, 38], before, after, align))
    lines = text.splitlines()
    assert lines[0] == before and lines[-1] == after
    assert lines[1:-1] == ["| " + " | ".join(row) + " |" for row in rows]


def test_docx_numbering_rules() -> None:
    """Word's rules: %1.%2. labels, letters, restarts below a higher level, a start override."""
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = f"""<w:numbering xmlns:w="{w}">
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%4."/>
          <w:lvlRestart w:val="0"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="6"><w:abstractNumId w:val="1"/>
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
    </w:numbering>"""
    num = Numbering(etree.fromstring(xml))
    seq = [("5", 0), ("5", 1), ("5", 1), ("5", 2), ("5", 2), ("5", 3), ("5", 0), ("5", 1), ("5", 3), ("6", 0), ("6", 0)]
    assert [num.label(n, lv) for n, lv in seq] == ["1.", "1.1.", "1.2.", "a)", "b)", "I.", "2.", "2.1.", "II.", "7.", "8."]
    assert num.label("0", 0) is None


def test_legacy_docx_run_is_converted(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    run = d.add_paragraph().add_run("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    run.font.name = ".VnTime"
    d.add_paragraph("Số: 05/TB-UBND")
    path = tmp_path / "legacy.docx"
    d.save(str(path))
    from ndq57.pipeline import extracted_text

    assert extracted_text(path.read_bytes()).startswith("Cộng hoà xã hội chủ nghĩa Việt Nam\n")


@pytest.fixture(scope="module")
def scan(fixture: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first page of the fixture as an image-only PDF, with a red stamp over the signature area."""
    _need_font()
    import pypdfium2 as pdfium
    from fpdf import FPDF
    from PIL import Image, ImageChops, ImageDraw

    from readers_build import build_pdf

    pdf = pdfium.PdfDocument(build_pdf(fixture))  # type: ignore[arg-type]
    image = pdf[0].render(scale=300 / 72).to_pil().convert("RGB")
    stamp = Image.new("RGB", image.size, (255, 255, 255))
    ImageDraw.Draw(stamp).ellipse((1350, 120, 2100, 870), outline=(220, 30, 30), width=20)
    image = ImageChops.multiply(image, stamp)  # ink over print, as a stamp on paper
    folder = tmp_path_factory.mktemp("scan")
    out = FPDF(format="A4", unit="mm")
    out.add_page()
    out.image(image, x=0, y=0, w=210, h=297)  # (the image itself: the same stream as through a PNG file)
    path = folder / "scan.pdf"
    path.write_bytes(bytes(out.output()))
    return path


def test_scan_is_refused_in_one_line_with_no_ocr(scan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ndq57.cli import main

    with pytest.raises(SystemExit) as ex:  # (the command, run in this process)
        main(["parse", "--no-ocr", str(scan)])
    out, err = capsys.readouterr()
    assert ex.value.code == 1 and out == ""
    assert err.count("\n") == 1
    assert f"{scan}: scanned PDF: no text layer; run without --no-ocr to read them with Tesseract" in err


def test_scan_is_refused_in_one_line_without_tesseract(
    scan: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """By default a scan is read by OCR when Tesseract is installed; when it is not, the scan is
    refused in one line that says what to install. ``--ocr`` then fails the same way."""
    from ndq57.cli import main
    from ndq57.readers import ocr

    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    for args in (["parse", str(scan)], ["parse", "--ocr", str(scan)]):
        with pytest.raises(SystemExit) as ex:
            main(args)
        out, err = capsys.readouterr()
        assert ex.value.code == 1 and out == "" and err.count("\n") == 1
        assert f"{scan}: " in err and "apt-get install tesseract-ocr tesseract-ocr-vie" in err


def test_a_scanned_page_beside_a_text_layer_is_left_out_and_named(
    files: dict[str, Path], scan: Path, expected: dict, tmp_path: Path
) -> None:
    """A directive whose pages have a text layer, with one page scanned after them (a signed page,
    an appendix), is read from its text when OCR is refused (``--no-ocr``); the warning names the
    page left out and the remedy. A scan alone is refused (above)."""
    import pypdfium2 as pdfium

    whole = pdfium.PdfDocument(files["pdf"].read_bytes())
    whole.import_pages(pdfium.PdfDocument(scan.read_bytes()))
    mixed = tmp_path / "mixed.pdf"
    whole.save(str(mixed))
    doc = _parse(mixed, ocr=False)
    assert summary(doc) == expected
    assert doc["source"]["extraction"]["pages"] == 3
    [warning] = [w for w in doc["warnings"] if w["code"] == "pages_not_read"]
    assert warning["message"] == "scanned page 3 without a text layer: not read; run without --no-ocr to read them with Tesseract"


def test_scan_is_read_with_ocr(scan: Path, expected: dict) -> None:
    """Tesseract writes the page's text layer, laid out as a searchable scan's: the header's
    columns and the task table's rows with their owners read as from the text (the footnote's
    small marks are lost by the OCR)."""
    from ndq57.readers.ocr import tesseract

    if tesseract() is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but Tesseract with the Vietnamese model is not installed")
        pytest.skip("tesseract with the 'vie' model is not installed")
    doc = _parse(scan)  # (by default: Tesseract is installed)
    assert doc["source"]["extraction"]["tool"] == "ocr"
    h = doc["document"]
    assert (h["number"], h["date"], h["type"]) == ("27/KH-UBND", "2026-03-12", "Kế hoạch")
    assert [s["path"] for s in doc["sections"]][:2] == ["I", "II"]
    assert "2026-04-15" in [d["due"] for d in doc["deadlines"]]
    got = summary(doc)
    assert {k: got[k] for k in ("header", "sections", "deadlines")} == {
        k: expected[k] for k in ("header", "sections", "deadlines")
    }


OFFICE_FORMATS = ("doc", "odt", "rtf")


@pytest.fixture(scope="module")
def office_parsed(
    fixture: object, expected: dict, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Future[tuple[Path, dict]]]:
    """The fixture's DOCX saved by LibreOffice itself as each office format, as an office saves it,
    and each file parsed (read back through LibreOffice by ndq57): the three LibreOffice runs of
    each step run side by side, since each mostly waits (~1 s of CPU for ~3 s of wall). A format
    maps to its (file made, record), or to the error its test raises. (``expected`` first: the
    parse of the text has loaded what the threads' parses share.)"""
    from ndq57.readers.doc import soffice
    from readers_build import build_docx

    exe = soffice()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but LibreOffice is not installed (libreoffice-writer-nogui)")
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("office")
    src = folder / "ke-hoach.docx"
    src.write_bytes(build_docx(fixture, page_breaks=False))  # type: ignore[arg-type]

    def made_and_parsed(fmt: str) -> tuple[Path, dict]:
        out = folder / fmt
        profile = "file://" + str(folder / f"profile-{fmt}")
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", str(out), str(src)]
        subprocess.run(cmd, capture_output=True, timeout=120, check=False)
        made = out / f"ke-hoach.{fmt}"
        assert made.exists(), f"LibreOffice did not write the .{fmt} file"
        return made, _parse(made)

    with ThreadPoolExecutor(len(OFFICE_FORMATS)) as pool:
        futures = {fmt: pool.submit(made_and_parsed, fmt) for fmt in OFFICE_FORMATS}
        wait(futures.values())
    return futures


@pytest.mark.parametrize("fmt", OFFICE_FORMATS)
def test_office_formats_are_read_through_libreoffice(
    office_parsed: dict[str, Future[tuple[Path, dict]]], expected: dict, fmt: str
) -> None:
    """A Word 97-2003, an OpenDocument and an RTF file (each made from the fixture's DOCX by
    LibreOffice itself, as an office saves it) give the same record as the text; .ci/run installs
    LibreOffice so that CI runs this."""
    made, doc = office_parsed[fmt].result()  # (the fixture's error, if making or reading it failed)
    assert sniff(made.read_bytes()) == fmt
    assert doc["source"]["extraction"]["format"] == fmt
    assert doc["source"]["extraction"]["tool"] == f"{fmt} via soffice"
    assert summary(doc) == expected


# the smallest files of each kind that sniff as it (the OpenDocument one: a ZIP whose first
# member "mimetype" names a text document)
def _odt_bytes() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("fmt", "data", "what"),
    [
        ("doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "a Word 97-2003 .doc file"),
        ("odt", None, "an OpenDocument .odt file"),
        ("rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0 K\\u7871 ho\\u7841ch}", "an RTF file"),
    ],
)
def test_office_file_without_libreoffice_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fmt: str, data: bytes | None, what: str
) -> None:
    from ndq57.cli import main

    path = tmp_path / f"old.{fmt}"
    path.write_bytes(_odt_bytes() if data is None else data)
    assert sniff(path.read_bytes()) == fmt
    # a PATH where no LibreOffice can be found, whether or not this machine has one (the command
    # run in this process: its one line is the same, without a fresh interpreter each)
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-bin"))
    with pytest.raises(SystemExit) as ex:
        main(["parse", str(path)])
    assert ex.value.code == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{what} needs LibreOffice" in err and err.count("\n") == 1


def test_zip_files_that_are_not_documents_are_not_office_files() -> None:
    import io
    import zipfile

    def zipped(members: dict[str, str]) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for name, text in members.items():
                zf.writestr(name, text)
        return buf.getvalue()

    # a spreadsheet and a presentation of OpenDocument, an ordinary archive, a broken ZIP
    assert sniff(zipped({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"})) is None
    assert sniff(zipped({"mimetype": "application/vnd.oasis.opendocument.presentation", "content.xml": "<x/>"})) is None
    assert sniff(zipped({"a.txt": "Kế hoạch"})) is None
    assert sniff(b"PK\x03\x04" + b"\0" * 100) is None
    # a text template is a text
    assert sniff(zipped({"mimetype": "application/vnd.oasis.opendocument.text-template", "content.xml": "<x/>"})) == "odt"
    assert sniff(_odt_bytes()) == "odt"


# ---------------------------------------------------------------- the real PDFs

REAL = ("02", "04", "05", "06")


def _score(folder: Path, docs: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(folder), str(docs),
         "--ndq57", str(Path(sys.executable).with_name("ndq57")), "--json", str(folder / "score.json")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "TOTAL" in out.stdout
    return json.loads((folder / "score.json").read_text(encoding="utf-8"))


def _score_in_process(folder: Path, docs: Path) -> dict:
    """The rows score.py gives, by its own comparison on records parsed here (as
    tests/test_corpus.py reads the corpus): the texts need no process of their own each."""
    spec = importlib.util.spec_from_file_location("ndq57_score_readers", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rows = []
    for name, gold in score.load_gold(folder).items():
        path = docs / name
        rows.append(score.score_doc(name, gold, parse_bytes(path.read_bytes(), source=str(path)).to_dict(), False))
    return {"rows": rows}


def test_real_pdfs_score_as_well_as_their_text(tmp_path: Path) -> None:
    files = SHARED / "files"
    if not all((files / f"{n}.pdf").exists() for n in REAL):
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the real PDF files are missing at {files}")
        pytest.skip(f"real PDF files not found at {files}")
    import yaml

    pdf_gold, text_gold = tmp_path / "pdf", tmp_path / "text"
    pdf_gold.mkdir()
    text_gold.mkdir()
    for n in REAL:
        gold = load_yaml(SHARED / "corpus" / f"{n}.yaml")
        (text_gold / f"{n}.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
        gold["text_file"] = f"{n}.pdf"
        (pdf_gold / f"{n}.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    from_pdf = _score_in_process(pdf_gold, files)
    # score.py itself, running the ndq57 command, on the first PDF: the row it gives is the one
    # read here (the others are read in this process, not by a fresh ndq57 each)
    first = tmp_path / "first"
    first.mkdir()
    (first / f"{REAL[0]}.yaml").write_bytes((pdf_gold / f"{REAL[0]}.yaml").read_bytes())
    assert _score(first, files)["rows"] == from_pdf["rows"][:1]
    from_text = _score_in_process(text_gold, SHARED / "corpus")
    for got, base in zip(from_pdf["rows"], from_text["rows"], strict=True):
        name = got["doc"]
        assert got["found"] >= base["found"], name
        assert got["extra"] <= base["extra"], name
        assert got["meta_ok"] >= base["meta_ok"], name
        assert got["sec_score"] >= base["sec_score"], name
        assert got["fn_ok"] >= base["fn_ok"], name


@pytest.mark.parametrize("angle", [90, -90])
def test_pdf_page_printed_turned(angle: int) -> None:
    """A page whose text runs up or down the sheet (a landscape appendix printed turned) is read
    upright, its ruled table as rows; a note printed along the margin at another angle is left out."""
    _need_font()
    from ndq57.pipeline import extracted_text
    from readers_build import build_turned_table_pdf

    lines = extracted_text(build_turned_table_pdf(angle)).splitlines()
    assert lines == [
        "PHỤ LỤC DANH MỤC NHIỆM VỤ",
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |",
        "| 1 | Rà soát quy chế phối hợp | Phòng Nội vụ | Quý II/2026 |",
        "| 2 | Tập huấn kỹ năng số | Phòng Văn hóa và Thông tin | Tháng 6/2026 |",
    ]


def test_pdf_two_documents_keep_their_headers(fixture: object) -> None:
    """A decision and the plan it attaches in one PDF, each opening with the same header at the
    same place: the headers are no running header; the page number on the second page of each is
    still dropped."""
    _need_font()
    import io

    import pypdfium2 as pdfium

    from ndq57.pipeline import extracted_text
    from readers_build import build_pdf

    one = build_pdf(fixture, break_after=BREAK_IN_PARAGRAPH)  # type: ignore[arg-type]
    both, other = pdfium.PdfDocument(one), pdfium.PdfDocument(one)
    both.import_pages(other)
    out = io.BytesIO()
    both.save(out)
    lines = extracted_text(out.getvalue()).splitlines()
    assert lines.count("ỦY BAN NHÂN DÂN") == 2 and lines.count("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 2
    assert "2" not in lines


def test_pdf_footnote_cut_by_the_page() -> None:
    """A footnote too long for its page's foot ends at the next page's foot: the end joins the
    footnote (not the text), and the bodies are written after the sentence that runs over."""
    _need_font()
    from ndq57.pipeline import extracted_text
    from readers_build import build_cut_footnote_pdf

    lines = extracted_text(build_cut_footnote_pdf()).splitlines()
    end = lines.index("báo cáo Ban Thường vụ Đảng ủy trước ngày 15/7/2026.")
    assert lines[end + 1] == "" and lines[end + 2].startswith("[1] Hướng dẫn số 12-HD/BTCTU")
    assert lines[end + 4].startswith("xét kết nạp đảng viên") and lines[end + 5] == ""


@pytest.mark.parametrize("note_size", [12, 13])
def test_pdf_footnote_under_its_separator_and_before_the_signoff(note_size: int) -> None:
    """A footnote hardly smaller than the text (12 points under 13), or of its size with a raised
    mark, is told by the short rule a word processor draws above it; a page's footnotes are
    written before its sign-off, which stays whole (Nơi nhận, then the signer). A ligature glyph
    ("ﬁ") reads as its letters (PDFium decomposes it)."""
    _need_font()
    from ndq57.pipeline import extracted_text, parse_bytes
    from readers_build import build_separated_note_pdf

    data = build_separated_note_pdf(note_size=note_size)
    lines = extracted_text(data).splitlines()
    start = lines.index("Nơi nhận:")
    assert lines[start - 3 : start] == ["", "[1] Kế hoạch số 09/KH-UBND ngày 10/01/2027 về chuyển đổi số cấp xã.", ""]
    assert lines[start + 4 :] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vũ Thị Lan Anh"]
    assert "hợp, báo cáo (file PDF) Ủy ban nhân dân xã trước ngày 31/3/2027." in lines  # (PDFium: the letters)
    doc = parse_bytes(data, source="ke-hoach.pdf").to_dict()
    assert [f["body"] for f in doc["footnotes"]] == ["Kế hoạch số 09/KH-UBND ngày 10/01/2027 về chuyển đổi số cấp xã."]
    assert doc["document"]["signer"]["name"] == "Vũ Thị Lan Anh"


@pytest.mark.parametrize("width", [8, 10])
def test_pdf_unruled_table_narrow_number_column(width: int) -> None:
    """A number column too narrow for its heading breaks 'STT' over two or three lines, the line
    under the header also ending a wrapped heading ('Thời gian hoàn' over 'thành'): one header
    row, and the rows keep their numbers."""
    _need_font()
    from ndq57.pipeline import extracted_text
    from readers_build import build_unruled_table_pdf

    rows = [
        ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Rà soát danh mục thủ tục hành chính thuộc thẩm quyền của xã", "Văn phòng Ủy ban nhân dân xã",
         "Trước ngày 30/6/2026"],
        ["2", "Tổ chức tập huấn nghiệp vụ", "Công chức Văn hóa - Xã hội", "Quý III/2026"],
    ]  # fmt: skip
    before = "Ủy ban nhân dân xã giao nhiệm vụ cho các cơ quan, đơn vị theo bảng dưới đây:"
    after = "Các cơ quan, đơn vị báo cáo kết quả trước ngày 15/12/2026."
    text = extracted_text(build_unruled_table_pdf(rows, [width, 80, 48, 30], before, after))
    pipe = [ln for ln in text.splitlines() if ln.startswith("| ")]
    assert pipe[0] == "| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành |"
    assert [ln.split(" | ")[0] for ln in pipe[1:]] == ["| 1", "| 2"]


@pytest.mark.parametrize("beside", [True, False])
def test_pdf_joint_signers_side_by_side(beside: bool) -> None:
    """Two signers printed side by side (a joint plan), Nơi nhận beside them or under them: each
    signer's block reads whole, one after the other, never merged line by line into one signer;
    the record's signer is the right-hand one, as a text export gives it."""
    _need_font()
    from ndq57.pipeline import extracted_text
    from readers_build import build_joint_signoff_pdf

    data = build_joint_signoff_pdf(beside)
    lines = extracted_text(data).splitlines()
    front = lines.index("TM. BAN THƯỜNG TRỰC")
    assert lines[front : front + 4] == ["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM HUYỆN", "CHỦ TỊCH", "Lê Thị Hồng Vân"]
    state = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert lines[state : state + 4] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Đình Khoa"]
    assert not any(ln.startswith("| ") for ln in lines)  # no table made of the sign-off
    h = parse_bytes(data, source="khlt.pdf").to_dict()["document"]
    assert h["signer"] == {
        "name": "Nguyễn Đình Khoa", "title": "PHÓ CHỦ TỊCH", "authority": "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
        "line": h["signer"]["line"],
    }  # fmt: skip
    assert h["distribution"] == ["Thường trực Huyện ủy (b/c)", "Các thôn", "Lưu: VT"]
    assert h["issuers"] == ["ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", "ỦY BAN MTTQ VIỆT NAM HUYỆN ĐÔNG SƠN"]


# ---------------------------------------------------------------- PDFs of other producers

PRINTED = FIXTURES / "printed"


@pytest.fixture(scope="module")
def printed() -> dict[str, dict]:
    """The committed PDFs of tests/fixtures/printed (made by ``python tests/readers_build.py``)
    and the text each was made from, parsed once."""
    out = {}
    for name, text in (("web_kh", "reader_web_kh"), ("scan_tb", "reader_scan_tb")):
        out[name] = _parse(PRINTED / f"{name}.pdf")
        out[text] = parse_bytes((FIXTURES / f"{text}.txt").read_bytes(), source=f"{text}.txt").to_dict()
    return out


def test_printed_files_stay_small() -> None:
    assert sum(p.stat().st_size for p in PRINTED.glob("*.pdf")) < 200_000


def test_web_page_printed_by_a_browser(printed: dict[str, dict]) -> None:
    """A directive on a web page printed by Chromium (Skia's PDF: the header as a borderless table,
    the browser's date, title, address and ``1/2`` in the margins of every page, a ``<sup>``
    footnote mark, the task table over two pages with its header row repeated) gives the record
    of its text."""
    doc = printed["web_kh"]
    assert summary(doc) == summary(printed["reader_web_kh"])
    assert doc["source"]["extraction"]["pages"] == 2
    text = extracted_text((PRINTED / "web_kh.pdf").read_bytes())
    assert "file://" not in text and " PM" not in text and not any(ln.endswith(" 1/2") for ln in text.splitlines())
    assert text.startswith("SỞ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG\nTỈNH TÂN LĨNH\nCỘNG HÒA")
    assert "tỉnh[1], Sở Nông\n" in text and "\n[1] Chỉ thị về tăng cường" in text
    assert text.count("| STT | Nhiệm vụ |") == 1


def test_searchable_scan_reads_its_text_layer(printed: dict[str, dict]) -> None:
    """A scan with Tesseract's invisible text layer (fed 1.5° askew, speckled; its second page
    blank) is read from that layer, without OCR: its lines turned level, its words as wide as in
    print (the header's columns and the task table's cells kept apart) and the table's rules read
    as letters dropped. The footnote's marks, lost by the OCR, are not recovered."""
    doc, text = printed["scan_tb"], printed["reader_scan_tb"]
    assert doc["source"]["extraction"]["tool"] == "pdf text layer"
    assert [w["code"] for w in doc["warnings"]] == ["blank_scan_page"]  # page 2: only its number
    got, want = summary(doc), summary(text)
    assert {k: got[k] for k in ("header", "sections", "deadlines")} == {
        k: want[k] for k in ("header", "sections", "deadlines")
    }


@pytest.mark.parametrize("margins", [True, False])
def test_browser_margin_lines_are_told_by_their_print(margins: bool) -> None:
    """The time of printing and the address in a page's margins, in small print, are dropped;
    a time and an address in the text, at its size, stay (the first and last lines of the page)."""
    _need_font()
    from readers_build import build_margin_pdf

    assert extracted_text(build_margin_pdf(margins)).splitlines() == [
        "Thời gian: 08:00 15/9/2026, tại Hội trường Ủy ban nhân dân xã.",
        "Các đơn vị chuẩn bị báo cáo theo đề cương gửi kèm.",
        "Tài liệu đăng tại https://xaphuloc.example.vn/tai-lieu",
    ]
