"""The fast paths of the extractors find what the plain patterns find: each is checked against
the pattern it stands for, on generated text made of the pieces the patterns look at.

(Example counts: where half the examples reach every line and branch of ndq57 that the full count
reaches, under several seeds (coverage.py, measured for the test-time issue), the count was
halved; each run draws new examples, so the runs together still cover more.)"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ndq57 import cached_regex as regex
from ndq57.extract import blocks, deadlines, timex

PIECES = [
    "Đơn vị chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm", "Nhiệm vụ", ":", ": ", " :", ";",
    "; ", ".", ". ", "!", "?", "\n", "\n\n", " ", "  ", "\t", "\u00a0", "\u2028", "- ", "+ ", "• ", "a) ", "b. ",
    "(1) ", "12) ", "Sở Nội vụ", "UBND tỉnh", "quý III/2026", "15.7", "1.2", "“", '"', "(", ")", ",", "đã ",
    "Đang ", "vừa", "VỪA ", "ngày 15/7", "năm", "NĂM", "tháng", "Quý", "phiên họp", "PHİÊN", "hội nghị", "ß",
    "ngay sau khi", "Chủ nhật", "Định kỳ", "x", "K", "ſ", "7", "²",
]

text_of_pieces = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=40).map("".join)

# labelled lines: a list mark, a label of one to eight words, blanks, a colon, a value
MARKS = ["", "- ", "+  ", "•", "a) ", "đ. ", "(3) ", "12)", "\n", ". ", "; ", "  "]
WORDS = ["Đơn", "vị", "chủ", "trì", "phối", "hợp", "Thời", "gian", "thực", "hiện", "Sản", "phẩm", "Cơ", "quan", "x,"]
label_line = st.tuples(
    st.sampled_from(MARKS),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=16).map(" ".join),
    st.sampled_from(["", " ", "   ", "\t"]),
    st.sampled_from([": ", ":", " :  ", ":\n"]),
    st.sampled_from(["Sở Nội vụ", "Quý III/2026.", "", "UBND tỉnh; "]),
).map("".join)
labelled_text = st.lists(label_line | st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(labelled_text | text_of_pieces)
@example("Thời gian thực hiện dự án xây dựng: Quý III/2026")
@example("x. (12) Đơn vị chủ trì phối hợp thực hiện nhiệm vụ trong năm kế hoạch : Sở")  # the longest label
@example("- Đơn vị chủ trì thực hiện nhiệm vụ được giao :  Sở Nội vụ. (12)   Sản phẩm cuối cùng: báo cáo")
def test_label_windows_find_what_the_label_pattern_finds(text: str) -> None:
    want = [(m.span(), m.group("label")) for m in blocks._label_re().finditer(text)]
    assert [(m.span(), m.group("label")) for m in blocks._label_matches(text)] == want


@settings(max_examples=150, deadline=None)
@given(text_of_pieces)
def test_clause_splits_are_the_split_pattern_matches(text: str) -> None:
    want = [m.span() for m in deadlines._clause_split().finditer(text)]
    assert [m.span() for m in deadlines._clause_splits(text)] == want


@settings(max_examples=150, deadline=None)
@given(text_of_pieces)
def test_narrated_test_answers_as_the_blank_or_start_pattern(text: str) -> None:
    plain = regex.compile(r"(?:^|\s)(?:đã|đang|vừa)\s", regex.IGNORECASE)
    assert (deadlines._NARRATED.search(text) is None) == (plain.search(text) is None)


@settings(max_examples=150, deadline=None)
@given(text_of_pieces)
def test_precheck_in_steps_answers_as_the_one_pattern(text: str) -> None:
    assert timex._may_hold_time(text) == (timex._precheck().search(text) is not None)


def test_precheck_in_steps_finds_each_calendar_word_alone() -> None:
    """Each calendar word (every variant, in a line of other words) passes the syllables test by
    its own syllables: none is lost from the syllables grouped by the one looked for first."""
    for w in timex._precheck_words():
        for v in timex._variants(w):
            for text in (v, f"Các đơn vị báo cáo {v.upper()} về Sở", v.replace(" ", "  ")):
                assert timex._may_hold_time(text) == (timex._precheck().search(text) is not None), text


TIME_PIECES = [
    "trong", "Trong thời gian", "thời gian dự kiến", "thời kỳ", "cho", "cho đến hết", "định hướng", "quyết định",
    "nhiệm kỳ", "nhiệm vụ", "hoàn thành", "hoàn thành trước", "năm", "năm học", "năm 2026", "mục tiêu", "không",
    "không quá", "dự kiến", "hạn chót", "tại", "ngày 15/7/2026", "tháng 7", "quý III", "10 ngày", "2026 - 2030",
    "định kỳ hằng tháng", "thứ Hai tuần tới", " ", "  ", ", ", ": ", "; ", ". ", "\n", "Sở Nội vụ", "báo cáo",
    "tại Quyết định", "trong các", "từ ngày", "đến hết", "Đến", "TRƯỚC", "vào lúc", "kể từ", "sau", "Tết", "kỳ họp",
]
time_text = st.lists(st.sampled_from(TIME_PIECES), max_size=20).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(time_text)
def test_a_start_with_no_qualifier_word_takes_the_rules_of_its_word(text: str) -> None:
    """Where a word that may open the qualifier chain opens none, or none that a word some rule
    starts with follows (:func:`timex._chain_before_rule`), the rules that start with it match as
    the whole grammar does there: the same span, rule and groups."""
    starts = timex._Starts(text)
    for pos, key in zip(starts._starts, starts._keys, strict=True):
        if key is None or not timex._chained(key) or timex._chain_gate().match(text, pos) is not None:
            continue
        whole = timex._pattern().match(text, pos)
        rules = timex._unchained_pattern_for(key)
        got = rules.match(text, pos) if rules is not None else None
        assert (whole is None) == (got is None), (text, pos)
        if whole is not None and got is not None:
            assert (whole.span(), whole.lastgroup) == (got.span(), got.lastgroup)
            assert {k: v for k, v in whole.groupdict().items() if v is not None} == {
                k: v for k, v in got.groupdict().items() if v is not None
            }


NUMBER_PIECES = [
    "16", "8", "08", "2026", "15/7", "15/7/2026", "7-2026", "16 giờ", "16giờ", "16 GIỜ", "16h", "16H30", "8h30'",
    "14:00", "14 :00", "9g30", "10 ngày", "ngày", "Thứ Hai", "thứ 6", "chủ nhật", "sáng", "chiều", "tháng", "năm",
    "hằng tuần", "hằng tháng", "hàng năm", "lần/năm", " ", "  ", ", ", "/", ".", "-", "\n", "h", "g", ":", "²",
    "1. ", "(2) ", "15%", ";", ")", "123", "2025/NĐ-CP", "15.000", "từ", "đến", "–", "tới",
]
number_text = st.lists(st.sampled_from(NUMBER_PIECES), max_size=16).map("".join) | st.lists(
    st.sampled_from(NUMBER_PIECES), max_size=16
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(number_text)
@example("trước 16 giờ thứ Sáu, ngày 20/11/2026")
@example("lúc 8h30 ngày 15/7 hằng tháng; ngày 15 hằng tháng; 14:00 thứ 2 hằng tuần")
def test_a_number_with_no_time_ahead_takes_the_rules_that_need_none(text: str) -> None:
    """At a number that cannot begin a time of day, the grammar less the rules that must start
    with one matches as the grammar of a number does: the same span, rule and groups; and each of
    those rules alone matches nowhere there."""
    starts = timex._Starts(text)
    for pos, key in zip(starts._starts, starts._keys, strict=True):
        if key != timex._NUMBER or timex._time_ahead().match(text, pos) is not None:
            continue
        for name in timex._TIME_LED:
            assert timex._rule_pattern(name).match(text, pos) is None, (text, pos, name)
        whole = timex._pattern_for(key).match(text, pos)
        got = timex._untimed_number_pattern().match(text, pos)
        assert (whole is None) == (got is None), (text, pos)
        if whole is not None and got is not None:
            assert (whole.span(), whole.lastgroup) == (got.span(), got.lastgroup)
            assert {k: v for k, v in whole.groupdict().items() if v is not None} == {
                k: v for k, v in got.groupdict().items() if v is not None
            }


WORD_PIECES = [
    "ngày", "NGÀY", "Ngày", "tháng", "THÁNG", "trước", "TRƯỚC", "hạn", "Quý", "QUÝ", "Thứ", "chủ nhật", "15", "7/2026",
    "²", "³", "_", "__", "_15", "ngày_", "ſ", "ſau", "µ", "K", "ß", "İ", "ı", "Σ", "ς", "\u0345", "ǅ", "Ǆ", "ﬀ", "½", "Ⅳ",
    "١٢", "–", "“", "…", "≥", "\u00a0", " ", "  ", ", ", ".", "/", "\n", "x", "trongtháng", "tháng7", "7tháng",
]
word_text = st.lists(st.sampled_from(WORD_PIECES) | st.text(max_size=4), max_size=24).map("".join)


@settings(max_examples=250, deadline=None)
@given(word_text | time_text)
@example("Trước NGÀY 15_7 và tháng² ngày_ ſau µ")
def test_candidate_words_of_the_folded_copy_are_those_read_word_by_word(text: str) -> None:
    """The numbers and words of the word file found in the case-folded copy are those found word
    by word, with the same kinds and keys, wherever the copy is used."""
    got = timex._folded_candidates(text)
    if got is not None:
        assert got == timex._word_candidates(text, timex._word_kinds()), text


@settings(max_examples=200, deadline=None)
@given(number_text)
@example("1. ngày 15/7; 2) từ 15.7 - 20.8; 15%, 3/, 15/2025/NĐ-CP, 12.000 người, 123 ngày")
def test_a_number_no_rule_starts_with_matches_no_rule(text: str) -> None:
    """Where the number test says no rule starts ("1. ", "15%", "15/2025"), neither the grammar
    nor any of its rules alone matches."""
    starts = timex._Starts(text)
    for pos, key in zip(starts._starts, starts._keys, strict=True):
        if key != timex._NUMBER or timex._NO_RULE_AT_NUMBER.match(text, pos) is None:
            continue
        assert timex._pattern().match(text, pos) is None, (text, pos)
        for name, _ in timex._rule_table()[1]:
            assert timex._rule_pattern(name).match(text, pos) is None, (text, pos, name)


@settings(max_examples=100, deadline=None)
@given(time_text | number_text)
@example("Trong các năm qua, và của công: trước ngày 15/7/2026; tại Quyết định số 15/2025; từ 1. đến 2)")
def test_the_starts_hold_every_place_the_grammar_matches_at(text: str) -> None:
    """Wherever the whole grammar matches, :class:`timex._Starts` has a start (a number, or a word
    some rule or the qualifier chain starts with) and finds the same match there."""
    starts = timex._Starts(text)
    keys = dict(zip(starts._starts, starts._keys, strict=True))
    whole = timex._pattern()
    for pos in range(len(text)):
        m = whole.match(text, pos)
        if m is None:
            continue
        assert pos in keys, (text, pos)
        got = timex._Starts(text).next_match(pos)
        assert got is not None and (got.span(), got.lastgroup) == (m.span(), m.lastgroup), (text, pos)


def _chain_cats_by_every_key(chain: str) -> list[str]:
    """The qualifier categories of a chain, every qualifier word tried at each word (longest first)."""
    w = timex._words()
    s = timex._key(chain.replace(":", " "))
    cats: list[str] = []
    i = 0
    while i < len(s):
        if s[i] == " ":
            i += 1
            continue
        for k in w.qualifier_keys:
            if s.startswith(k, i) and (i + len(k) == len(s) or s[i + len(k)] == " "):
                cats.append(w.qualifier_cat[k])
                i += len(k)
                break
        else:
            j = s.find(" ", i)
            i = len(s) if j < 0 else j
    return cats


QUALIFIER_PIECES = [*timex._words().qualifier_keys, "Trong", "TRƯỚC", "trướcc", "x", ":", " ", "  ", "\t", "nay", "đến"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUALIFIER_PIECES), max_size=8).map(" ".join))
@example("chậm nhất là trước: trong thời hạn")
def test_chain_categories_read_by_first_word_as_by_every_key(chain: str) -> None:
    assert timex._chain_cats(chain) == _chain_cats_by_every_key(chain)


@settings(max_examples=100, deadline=None)
@given(text_of_pieces, st.integers(min_value=0, max_value=300), st.sampled_from([".", "\n", ";", ",", "x"]))
def test_last_mark_answers_as_rfind(text: str, end: int, char: str) -> None:
    """The role reader's last full stop, line end or semicolon before a unit (a binary search over the
    places found once) is where ``str.rfind`` from the text's start finds it."""
    from ndq57.extract.units import _LastMark

    marks = _LastMark(text)
    assert marks.last(char, end) == text.rfind(char, 0, end)
    assert marks.last(char, len(text)) == text.rfind(char)


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@settings(max_examples=100, deadline=None)
@given(spans, st.integers(-2, 95), st.integers(-2, 95))
def test_span_searches_answer_as_reading_all(found: list[tuple[int, int]], lo: int, hi: int) -> None:
    """The unit finder's and the time grammar's searches over sorted places answer as the loops over
    every place they replace: a span holding a place, a place between two, the expressions starting
    in a span."""
    from ndq57.extract.timex import _Near, _Raw
    from ndq57.extract.units import _between, _Spans

    assert _Spans(found).holds(lo) == any(a < lo < b for a, b in found)
    places = sorted({a for a, _ in found})
    assert _between(places, lo, hi) == any(lo < p < hi for p in places)
    raws = [_Raw(a, b, "date", None, None, "date") for a, b in sorted(found)]
    near = _Near(raws)
    assert near.starting(lo, hi) == [r for r in raws if lo <= r.start < hi]


def _slip_inputs() -> list[str]:
    from conftest import CASES, load_yaml, yaml_strings

    return sorted(set(yaml_strings(load_yaml(CASES / "slips.yaml"))))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_slip_inputs()), min_size=1, max_size=12), st.sampled_from(["\n", " ", "\n\n", " ; "]))
def test_later_slip_rounds_near_the_fixes_read_as_whole_rounds(pieces: list[str], sep: str) -> None:
    """A round of slips after the first reads only near the fixes before it: the text and its fixes
    and suspects are those of rounds that read the whole text."""
    from ndq57.parse import normalize as nz

    text = sep.join(pieces)
    near = nz.normalize(text)
    whole = nz._near_edits
    try:
        nz._near_edits = lambda t, edits: [(0, len(t))]  # type: ignore[assignment]
        full = nz.normalize(text)
    finally:
        nz._near_edits = whole  # type: ignore[assignment]
    assert near.text == full.text
    assert near.fixes == full.fixes
    assert sorted((w.message, w.line) for w in near.suspects) == sorted((w.message, w.line) for w in full.suspects)
