"""Phrase cases (tests/cases/units.yaml), lookups and robustness for ndq57.extract.units."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CASE_GROUPS, CASES, case_params, load_yaml
from ndq57.extract.units import (
    KINDS,
    ROLES,
    assign_roles,
    canonical_unit,
    find_units,
    tone_new,
    unit_matches,
    with_members,
)

GROUPS = CASE_GROUPS


def _load() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = load_yaml(CASES / "units.yaml")
    return data


def _params() -> list[Any]:
    return case_params("units")


def test_case_file_size() -> None:
    data = _load()
    assert sum(len(v) for v in data.values()) >= 60
    assert all(data.get(g) for g in GROUPS)


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    text = case["input"]
    if "units" in case:
        got_units = [u.unit for u in find_units(text)]
        assert got_units == case["units"]
    if "expected" in case:
        roles = assign_roles(text)
        got = [(r.unit.unit, r.role) for r in roles]
        want = [(e["unit"], e["role"]) for e in case["expected"]]
        assert got == want, f"{got} != {want}; rules {[r.rule for r in roles]}"
        for r, e in zip(roles, case["expected"], strict=True):
            for key in ("rule", "kind", "raw"):
                if key in e:
                    actual = r.rule if key == "rule" else getattr(r.unit, key)
                    assert actual == e[key], f"{key}: {actual!r} != {e[key]!r} for {r}"
    for name in case.get("absent", []):
        assert name not in [u.unit for u in find_units(text)]


@pytest.mark.parametrize("case", [c for g in ("real", "synthetic", "negative") for c in _load()[g]])
def test_invariants(case: dict[str, Any]) -> None:
    text = case["input"]
    units = find_units(text)
    last = -1
    for u in units:
        assert u.raw == text[u.start : u.end]
        assert u.start >= last, "overlap or disorder"
        last = u.end
        assert u.kind in KINDS
        assert u.raw == u.raw.strip()
        for m in u.members:
            assert m.raw == text[m.start : m.end]
            assert u.start <= m.start < m.end <= u.end
            assert m.kind in KINDS
    for r in assign_roles(text):
        assert r.role in ROLES
        assert r.rule


# ---------------------------------------------------------------------------- lists and persons


def test_enumeration_members() -> None:
    text = "Yêu cầu các Bộ: Công Thương; Tài chính; Khoa học và Công nghệ khẩn trương sửa đổi thông tư."
    (u,) = find_units(text)
    assert u.unit == "Các Bộ: Công Thương; Tài chính; Khoa học và Công nghệ"
    assert [(m.unit, m.raw, m.kind) for m in u.members] == [
        ("Bộ Công Thương", "Công Thương", "state"),
        ("Bộ Tài chính", "Tài chính", "state"),
        ("Bộ Khoa học và Công nghệ", "Khoa học và Công nghệ", "state"),
    ]
    roles = with_members(assign_roles(text))
    assert [(r.unit.unit, r.role, r.rule) for r in roles] == [
        ("Các Bộ: Công Thương; Tài chính; Khoa học và Công nghệ", "assigned", "yeu_cau"),
        ("Bộ Công Thương", "assigned", "yeu_cau+member"),
        ("Bộ Tài chính", "assigned", "yeu_cau+member"),
        ("Bộ Khoa học và Công nghệ", "assigned", "yeu_cau+member"),
    ]
    assert len({r.group for r in roles}) == 1


def test_enumeration_members_take_the_prefix() -> None:
    (u,) = find_units("UBND các xã: Ea Sol, Ea Hiao và Cư Prao huy động lực lượng ứng phó")
    assert u.unit == "Ủy ban nhân dân các xã: Ea Sol, Ea Hiao và Cư Prao"
    assert [m.unit for m in u.members] == [
        "Ủy ban nhân dân xã Ea Sol",
        "Ủy ban nhân dân xã Ea Hiao",
        "Ủy ban nhân dân xã Cư Prao",
    ]
    (d,) = find_units("Các đảng ủy: UBND tỉnh, Công an tỉnh chủ trì")
    assert [m.unit for m in d.members] == ["Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Công an tỉnh"]
    assert all(not u.members for u in find_units("Các sở, ban, ngành; UBND các xã, phường"))


def test_committee_lists_are_one_unit_with_members() -> None:
    # "các huyện ủy, thành ủy": one unit as written, each committee a member of it (its normal form)
    (u,) = find_units("Ban Thường vụ các huyện ủy, thị ủy, thành ủy lãnh đạo quán triệt.")
    assert (u.raw, u.unit) == ("Ban Thường vụ các huyện ủy, thị ủy, thành ủy",) * 2
    assert [(m.unit, m.raw) for m in u.members] == [
        ("Ban Thường vụ Huyện ủy", "huyện ủy"),
        ("Ban Thường vụ Thị ủy", "thị ủy"),
        ("Ban Thường vụ Thành ủy", "thành ủy"),
    ]
    # with a noun that is no committee of its own, the list stays without members
    (v,) = find_units("Các huyện ủy, đảng ủy trực thuộc báo cáo.")
    assert not v.members


def test_a_list_over_semicolons_is_one_group() -> None:
    roles = assign_roles(
        "Đề nghị các sở, ban, ngành; UBND các xã, phường; các doanh nghiệp nhà nước thuộc tỉnh báo cáo kết quả; "
        "Sở Tài chính tổng hợp."
    )
    assert [(r.unit.unit, r.role, r.group) for r in roles] == [
        ("Các sở, ban, ngành", "assigned", 0),
        ("Ủy ban nhân dân các xã, phường", "assigned", 0),
        ("Các doanh nghiệp nhà nước", "assigned", 0),
        ("Sở Tài chính", "assigned", 1),
    ]


def test_person_raw_keeps_lead_appositive_and_charge() -> None:
    text = "Giao đồng chí Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia chỉ đạo"
    (r,) = assign_roles(text)
    assert r.unit.raw == "đồng chí Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia"
    assert (r.unit.unit, r.unit.kind, r.role) == ("Bộ trưởng Bộ Tài chính", "person", "director")
    (p,) = find_units("Phó Chủ tịch UBND tỉnh phụ trách khối văn hóa - xã hội trực tiếp chỉ đạo")
    assert p.raw == "Phó Chủ tịch UBND tỉnh phụ trách khối văn hóa - xã hội"


# ------------------------------------------------------------------------------- tone and forms


def test_tone_styles_give_the_same_units() -> None:
    old = "Giao Uỷ ban nhân dân tỉnh chủ trì, phối hợp Sở Văn hoá, Thể thao và Du lịch"
    new = "Giao Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Văn hóa, Thể thao và Du lịch"
    assert [(r.unit.unit, r.role) for r in assign_roles(old)] == [(r.unit.unit, r.role) for r in assign_roles(new)]


def test_case_insensitive_and_nfd() -> None:
    text = "GIAO VĂN PHÒNG TỈNH ỦY CHỦ TRÌ, PHỐI HỢP VỚI SỞ TÀI CHÍNH"
    assert [(r.unit.unit, r.role) for r in assign_roles(text)] == [
        ("Văn phòng Tỉnh ủy", "lead"),
        ("Sở Tài chính", "coordinate"),
    ]
    nfd = unicodedata.normalize("NFD", "Đề nghị Sở Khoa học và Công nghệ chủ trì")
    got = assign_roles(nfd)
    assert [(r.unit.unit, r.role) for r in got] == [("Sở Khoa học và Công nghệ", "lead")]
    assert got[0].unit.raw == nfd[got[0].unit.start : got[0].unit.end]
    assert unicodedata.normalize("NFC", got[0].unit.raw) == "Sở Khoa học và Công nghệ"


def test_tone_new() -> None:
    assert tone_new("Uỷ ban, hoá, toà, khoẻ") == "Ủy ban, hóa, tòa, khỏe"
    assert tone_new("hoàn thành, quý, thuế") == "hoàn thành, quý, thuế"


def test_longest_match_wins() -> None:
    units = find_units("Văn phòng Ủy ban nhân dân tỉnh và Ban Thường vụ Tỉnh ủy")
    assert [u.unit for u in units] == ["Văn phòng Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy"]


def test_party_committee_of_ubnd_is_not_ubnd() -> None:
    assert [u.unit for u in find_units("Đảng ủy UBND tỉnh")] == ["Đảng ủy Ủy ban nhân dân tỉnh"]
    assert canonical_unit("Đảng ủy UBND tỉnh") != canonical_unit("UBND tỉnh")


def test_symbols_are_not_units() -> None:
    assert find_units("Số 01-TB/BCĐ, Số: 138/KH-UBND, 19334-CV/VPTW, 71/NQ-CP") == []


# ---------------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Uỷ ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh"),
        ("UBND", "Ủy ban nhân dân"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở KHCN", "Sở Khoa học và Công nghệ"),
        ("Sở NN&MT", "Sở Nông nghiệp và Môi trường"),
        ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("UBMTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("BCĐ tỉnh", "Ban Chỉ đạo tỉnh"),
        ("- Văn phòng Tỉnh uỷ,", "Văn phòng Tỉnh ủy"),
        ("*Sở Tài chính*", "Sở Tài chính"),
        ("Các cq tham mưu, giúp việc của Tỉnh ủy", "Các cơ quan tham mưu, giúp việc Tỉnh ủy"),
        ("Đảng ủy UBND tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"),
        ("Thường trực Tỉnh ủy (b/c)", "Thường trực Tỉnh ủy"),
        ("Thủ tướng", "Thủ tướng Chính phủ"),
        ("Hợp tác xã Nông nghiệp Ea Kar", "Hợp tác xã Nông nghiệp Ea Kar"),
        ("  Viện   Hàn lâm  ", "Viện Hàn lâm"),
        ("Phòng Kinh tế hoá", "Phòng Kinh tế hóa"),
    ],
)
def test_canonical_unit(raw: str, want: str) -> None:
    assert canonical_unit(raw) == want


@pytest.mark.parametrize(
    ("query", "unit", "raw", "want"),
    [
        ("so khcn", "Sở Khoa học và Công nghệ", None, True),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ", None, True),
        ("khoa hoc", "Sở Khoa học và Công nghệ", None, True),
        ("UBND", "Ủy ban nhân dân tỉnh", None, True),
        ("ubnd tinh", "Ủy ban nhân dân tỉnh", None, True),
        ("uỷ ban nhân dân", "Ủy ban nhân dân tỉnh", None, True),
        ("văn phòng tỉnh ủy", "Văn phòng Tỉnh ủy", None, True),
        ("van phong tinh uy", "Văn phòng Tỉnh ủy", None, True),
        ("VPTU", "Văn phòng Tỉnh ủy", None, True),
        ("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, True),
        ("dang uy ubnd", "Đảng ủy Ủy ban nhân dân tỉnh", None, True),
        ("gia lai", "Ủy ban nhân dân tỉnh", "UBND tỉnh Gia Lai", True),
        ("văn phòng tỉnh ủy", "Sở Tài chính", None, False),
        ("so tai chinh", "Sở Khoa học và Công nghệ", None, False),
        ("hdnd", "Ủy ban nhân dân tỉnh", None, False),
        ("", "Sở Tài chính", None, False),
        ("   ", "Sở Tài chính", None, False),
        ("uy", "Sở Tài chính", None, False),
    ],
)
def test_unit_matches(query: str, unit: str, raw: str | None, want: bool) -> None:
    assert unit_matches(query, unit, raw) is want


# ------------------------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("Sở Ủy ban nhân dân tỉnh (qua *) ,;.-/&\n giao chủ trì phối hợp UBND KH&CN Bộ trưởng đ/c: các Thủ")
        ),
        max_size=300,
    )
)
def test_never_raises_vocabulary(text: str) -> None:
    for u in find_units(text):
        assert u.raw == text[u.start : u.end]
    assign_roles(text)
    canonical_unit(text)
    unit_matches(text, "Sở Tài chính", text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_any_text(text: str) -> None:
    for u in find_units(text):
        assert u.raw == text[u.start : u.end]
    assign_roles(text)
    canonical_unit(text)
    unit_matches(text, "Ủy ban nhân dân tỉnh")


@pytest.mark.parametrize(
    "chunk",
    [
        "1" * 1000,
        "/." * 500,
        "Sở " * 300,
        "các sở, " * 150,
        "Ban " * 250,
        "(Sở Tài chính) " * 70,
        "Ban Chỉ đạo về " + "phát triển, " * 100,
        "Giao UBND tỉnh chủ trì, phối hợp với Sở Y tế; " * 25,
        "Bộ trưởng, Thủ trưởng " * 60,
        "các Bộ: Tài chính, " * 60,
        "đề nghị các sở; UBND các xã; " * 40,
        "đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa - " * 20,
        "Kết luận số 12-KL/TW ngày 3/4/2026 của " * 30,
    ],
)
def test_repeated_chunks_read_like_their_parts(chunk: str) -> None:
    """8 times the text gives 8 times the roles (or the one list that the whole run makes); how the
    time grows is measured by benchmarks/bench.py, not here."""
    small, big = assign_roles(chunk * 2), assign_roles(chunk * 16)
    assert len(big) == 8 * len(small) or len(big) == len(small) <= 1, (len(small), len(big))


def test_cheap_rejection() -> None:
    assert find_units("không có đơn vị nào ở đây cả") == []
    assert assign_roles("") == []


@pytest.mark.parametrize(
    "text",
    [
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ báo cáo UBND tỉnh",
        "Giao Sở Tài chính² chủ trì, phối hợp\u200cvới Sở Nội vụ",  # characters the engines read apart
        "Sở Y tế\x1cchủ trì; Sở Xây dựng\u203fphối hợp với Sở Công Thương",
    ],
)
def test_trigger_scan_engines_agree(text: str) -> None:
    """The role triggers found with the standard library's engine (a text of characters both
    engines read alike) or with ``regex`` (any other text) are those ``regex`` finds."""
    from ndq57.extract import units

    t = units._triggers()
    folded = units._fold(text)[0]
    want = [m.span() for m in t.pattern.finditer(folded)]
    assert [m.span() for m in t.scan.finditer(folded)] == want or not units._engines_agree().issuperset(folded)
    assert [(h.start, h.end) for h in units._hits(folded, [])] == want


def test_engines_differ_is_the_set() -> None:
    """``_engines_differ`` finds a character exactly when it is outside ``_engines_agree``: on every
    character of the first planes and on texts that mix them."""
    from ndq57.extract import units

    agree, differ = units._engines_agree(), units._engines_differ()
    for code in range(0x30000):
        c = chr(code)
        assert (differ.search(c) is None) == (c in agree), hex(code)
    for text in ("Sở Y tế chủ trì", "Sở Y tế\x1cchủ trì", "phối\u203fhợp", "", "a\u0130b", "ſ"):
        assert (differ.search(text) is None) == agree.issuperset(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="oOuUqQaàáảãạÀÉẹyỳýỷỹỵỴ hx1_,", max_size=30))
def test_tone_new_pair_gate(text: str) -> None:
    """``tone_new`` (which changes only a text with "o" or "u" before a toned vowel) is the tone
    pattern applied to the whole text."""
    from ndq57.extract import units

    assert tone_new(text) == units._tone_re().sub(units._move_tone, text)
