"""The JSON Schema in src/ndq57/data/schema.json against real parse output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

from ndq57.pipeline import Options, parse, parse_bytes  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "src" / "ndq57" / "data" / "schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# A small invented directive with a header, sections, deadlines of several kinds and a footnote.
BUILTIN = """ỦY BAN NHÂN DÂN
TỈNH KON TUM

Số: 19/CV-UBND
V/v triển khai số hóa hồ sơ đất đai

Kon Tum, ngày 04 tháng 5 năm 2026

Kính gửi: Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã.

Thực hiện Nghị quyết số 12/NQ-CP ngày 10/01/2026 của Chính phủ¹, Ủy ban nhân dân tỉnh có ý kiến như sau:

1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính hoàn thành số hoá hồ sơ trước ngày 30/6/2026.
a) Ủy ban nhân dân các xã báo cáo tiến độ trước 10 giờ thứ Sáu hằng tuần.
b) Trong thời hạn 10 ngày làm việc kể từ ngày nhận văn bản, các đơn vị gửi danh sách đầu mối.

2. Phấn đấu đến năm 2030 hoàn thành cơ sở dữ liệu đất đai toàn tỉnh.

¹ Về chuyển đổi số quốc gia.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Thị Hạnh
"""


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator, record) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(record)]


def test_schema_is_draft_2020_12_and_names_every_top_level_key(validator):
    schema = validator.schema
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    doc = parse(BUILTIN)
    record = schema["$defs"]["record"]
    assert set(doc.to_dict()) == set(record["required"])
    assert set(record["properties"]) == set(record["required"]) | {"text"}
    assert schema["oneOf"] == [{"$ref": "#/$defs/record"}, {"$ref": "#/$defs/error_record"}]


def test_builtin_document_validates(validator):
    doc = parse(BUILTIN)
    assert errors(validator, doc.to_dict()) == []
    assert errors(validator, doc.to_dict(include_text=True)) == []
    assert doc.deadlines  # the sample really exercises the deadline part of the schema


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "encodings").glob("*.txt")), ids=lambda p: p.name
)
def test_fixture_output_validates(validator, path):
    # A fixture with a golden record is validated through it: tests/test_golden.py holds the parse
    # output equal to that record (the file's name as its source), so the fixtures are parsed once
    # in the suite, there. The others (the encodings, a fixture whose golden is not written yet)
    # are parsed here.
    golden = path.with_name(path.stem + ".expected.json")
    if golden.exists():
        record = json.loads(golden.read_text(encoding="utf-8"))
    else:
        record = parse_bytes(path.read_bytes(), source=str(path), options=Options()).to_dict()
    assert errors(validator, record) == []


def test_schema_rejects_broken_records(validator):
    good = parse(BUILTIN).to_dict()
    broken = json.loads(json.dumps(good))
    broken["deadlines"][0]["due"] = "30/6/2026"
    assert errors(validator, broken)
    broken = json.loads(json.dumps(good))
    broken["sections"][0]["children"] = [{"label": "x"}]
    assert errors(validator, broken)
    broken = json.loads(json.dumps(good))
    broken["unexpected"] = 1
    assert errors(validator, broken)
    broken = json.loads(json.dumps(good))
    del broken["source"]["sha256"]
    assert errors(validator, broken)


# ---------------------------------------------------------------- every output, error records included


def test_error_records_follow_the_schema(validator):
    from ndq57.batch import error_record
    from ndq57.errors import DecodeError, InputError

    for exc in (InputError("no such file"), DecodeError("not a text document: it is a PDF file"), KeyError("x")):
        assert errors(validator, error_record("in/a.txt", exc)) == []
    assert errors(validator, error_record("-", OSError(5, "Input/output error"))) == []
    assert errors(validator, {"source": {"path": "a"}, "error": {"kind": "bogus", "message": "m"}})
    assert errors(validator, {"source": {"path": "a"}, "error": {"kind": "input"}})
    assert errors(validator, {"source": {"path": "a"}, "error": {"kind": "input", "message": "m"}, "x": 1})


def test_every_parse_output_follows_the_schema(validator, tmp_path):
    """JSON Lines, a JSON array, a YAML stream and --out-dir files of a folder with good and bad
    inputs (error records among them): every record validates."""
    import yaml
    from click.testing import CliRunner

    from ndq57.cli import cli

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(BUILTIN, encoding="utf-8")
    (folder / "sub" / "b.md").write_text(BUILTIN.replace("19/CV-UBND", "20/CV-UBND"), encoding="utf-8")
    (folder / "readme.txt").write_text("Notes about this folder, in English.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\n")

    def run(*args: str) -> str:
        res = CliRunner().invoke(cli, [*args, "-j", "1", "-q"], catch_exceptions=False)
        assert res.exit_code == 1, res.stderr  # two inputs fail
        return res.stdout

    streams = {
        "jsonl": [json.loads(x) for x in run("parse", str(folder)).splitlines()],
        "json": json.loads(run("parse", str(folder), "-f", "json")),
        "yaml": list(yaml.safe_load_all(run("parse", str(folder), "-f", "yaml"))),
    }
    for fmt, records in streams.items():
        assert len(records) == 5, fmt
        assert sum("error" in r for r in records) == 2, fmt
        for record in records:
            assert errors(validator, record) == [], (fmt, record)
    assert [r["source"]["looks_like_directive"] for r in streams["jsonl"] if "error" not in r] == [True, False, True]
    out = tmp_path / "out"
    run("parse", str(folder), "--out-dir", str(out))
    files = sorted(out.rglob("*.json"))
    assert len(files) == 3
    for f in files:
        assert errors(validator, json.loads(f.read_text(encoding="utf-8"))) == []
    # error records inside deadlines output are the same records
    res = CliRunner().invoke(cli, ["deadlines", str(folder), "-f", "jsonl", "-j", "1", "-q"])
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    errs = [r for r in recs if "error" in r]
    assert len(errs) == 2 and all(errors(validator, r) == [] for r in errs)
