"""Phrase cases for the header's date line, the sign-off and the header (tests/cases/header.yaml)."""

from __future__ import annotations

import pytest
import yaml

import ndq57
from conftest import CASES

_TOP = (
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 88/KH-UBND\n"
)
_BODY = "\nKẾ HOẠCH\nKiểm tra công tác năm 2026\n\nI. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả.\n\n"
_NOI_NHAN = "Nơi nhận:\n- Lưu: VT.\n"


def _cases(group: str) -> list[object]:
    data = yaml.safe_load((CASES / "header.yaml").read_text(encoding="utf-8"))
    return [pytest.param(c, id=f"{group}:{c['input'][:40]}") for c in data[group]]


@pytest.mark.parametrize("case", _cases("place_date"))
def test_place_date(case: dict) -> None:
    h = ndq57.parse(_TOP + case["input"] + "\n" + _BODY).document
    assert {"place": h.place, "date": h.date} == case["expected"]


@pytest.mark.parametrize("case", _cases("signoff"))
def test_signoff(case: dict) -> None:
    text = _TOP + "Gia Lai, ngày 5 tháng 12 năm 2026\n" + _BODY + _NOI_NHAN + case["input"] + "\n"
    s = ndq57.parse(text).document.signer
    got = None if s is None or s.name is None else {"authority": s.authority, "title": s.title, "name": s.name}
    assert got == case["expected"]


@pytest.mark.parametrize("case", _cases("header"))
def test_header(case: dict) -> None:
    h = ndq57.parse(case["input"] + "\n\nI. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả.\n").document
    assert {k: getattr(h, k) for k in case["expected"]} == case["expected"]
