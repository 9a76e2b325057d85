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
    assert set(doc.to_dict()) == set(schema["required"])
    assert set(schema["properties"]) == set(schema["required"]) | {"text"}


def test_builtin_document_validates(validator):
    doc = parse(BUILTIN)
    assert errors(validator, doc.to_dict()) == []
    assert errors(validator, doc.to_dict(include_text=True)) == []
    assert doc.deadlines  # the sample really exercises the deadline part of the schema


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "encodings").glob("*.txt")), ids=lambda p: p.name
)
def test_fixture_output_validates(validator, path):
    doc = parse_bytes(path.read_bytes(), source=str(path), options=Options())
    assert errors(validator, doc.to_dict()) == []


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
