"""Is this time expression a deadline? A table of named rules over the evidence around it.

Every time expression of the body (:mod:`ndq57.extract.timex`) is read with the words around it
into an :class:`Evidence`; the rules of :data:`RULES` are tried in order and the first whose
predicate holds gives the verdict:

* ``deadline`` — a time limit of an obligation;
* ``target`` — a horizon or goal ("đến năm 2030 đạt ...", a programme's span);
* ``citation`` — the date of a cited document;
* ``past`` — a period that is over ("thời gian qua", a day before the document was signed);
* ``event`` — the date of a meeting, a ceremony, a narrated fact;
* ``period`` — a span that is neither due nor a goal: a term of office, an eligibility window,
  a reference instant, an effective date, a reporting period;
* ``mention`` — a time named with no obligation attached.

The rule's name goes into the record (``Deadline.rule``) and into ``ndq57 parse --explain``, so
that every decision can be traced, as ftfy's explanations trace its repairs. Words live in
``data/deadline_words.yaml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.extract.timex import TimeExpr, find_time_expressions, list_gap, names_school_term, work_before
from ndq57.textutil import LETTER_LABEL, CompiledOnUse, PatternSource, alternation
from ndq57.textutil import pattern_source as _source

# an item's label before the words a pattern reads ("2.1.", "a)", "(ii)"), and a part's ("II.", "III-")
_ITEM_LABEL = r"\d{1,2}(?:\.\d{1,2})*[.)]|" + LETTER_LABEL
_PART_LABEL = r"[IVXLC]{1,6}[.\-]"

VERDICTS = ("deadline", "target", "citation", "past", "event", "period", "mention")
_PERIODS = ("month", "quarter", "half_year", "year")
_NEAR_PERIODS = frozenset({"this_week", "next_week", "this_month", "next_month"})
# (helper 55) ... and a part of one, or of the document's year or the next ("đầu tuần sau", "cuối
# tháng này", "cuối năm nay"; a part of a month with no number is one of these two)
_NEAR_PARTS = frozenset({"part_of_week", "part_of_year+this", "part_of_year+next"})
_DEADLINE_QUALIFIERS = ("before", "by", "through")


@functools.cache
def words() -> Mapping[str, regex.Pattern[str]]:
    """The word lists of ``data/deadline_words.yaml``, each compiled into a pattern (the first time
    it is asked for: a document needs some of them only). The patterns' sources are kept in the
    cache: a fresh process does not build them again (~3 ms)."""
    from ndq57 import cache

    sources = cache.kept(
        "decide-words", _word_sources, data=["deadline_words", "tables", "timewords"], sources=[__file__]
    )
    return CompiledOnUse(sources)


def _word_sources() -> dict[str, PatternSource]:
    """The sources of :func:`words`' patterns."""
    w = load("deadline_words")

    def alt(key: str) -> str:
        return "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in sorted(w[key], key=len, reverse=True))

    def word(key: str) -> PatternSource:
        return _source(rf"(?<!\p{{L}})(?:{alt(key)})(?!\p{{L}})", regex.IGNORECASE)

    def right_before(key: str, between: int) -> PatternSource:
        """The words of ``key``, then at most ``between`` words, right before the time."""
        return _source(rf"(?<!\p{{L}})(?:{alt(key)})(?:\s+\p{{L}}+){{0,{between}}}[\s*_]*$", regex.IGNORECASE)

    out = {
        key: word(key)
        for key in (
            "past",
            "event",
            "peak_span",
            "target",
            "periodic_duty",
            "recipient_verbs",
            "term_words",
            "window_words",
            "effective_words",
            "start_words",
            "ready_words",
            "goal_headings",
            "report_words",
            "announce_verbs",
            "groundbreaking",
            "review_words",
            "review_not_with",
            "done_told",
            "year_part_start",
            "review_agreed",
            "review_praise",
            "as_of_not_with",
            "open_closed_by",
            "event_work_verbs",
            "budget_spent",
            "budget_words",
            "dissolution",
            "transition_gate",
            "tenure_words",
            "paper_term_words",
            "lasting_words",
            "held_before_must",
            "life_words",
            "label_states",
            "column_not_for",
        )
    }
    # (helper 72) a day of work's lead, opening the day a next day is listed after
    out["work_day_lead"] = _source(rf"[\s*_]*(?:{alt('work_day_leads')})(?!\p{{L}})", regex.IGNORECASE)
    out["colon_label_openers"] = _source(rf"[\s*_]*(?:{alt('colon_label_openers')})(?!\p{{L}})", regex.IGNORECASE)
    out["same_time_openers"] = _source(rf"[\s*_]*(?:{alt('same_time_openers')})(?!\p{{L}})", regex.IGNORECASE)
    out["obligation"] = _obligation(w, alt("obligation"))
    out["execution_article"] = _source(str(w["execution_article"]), regex.IGNORECASE)
    out["benefit_words"] = _source(str(w["benefit_words"]), regex.IGNORECASE)
    # a verb of completion right before the expression ("dự kiến hoàn thành năm 2027")
    out["done_right_before"] = _source(rf"(?<!\p{{L}})(?:{alt('done_verbs')})[\s,]*$", regex.IGNORECASE)
    out["action_starts"] = _source(rf"(?:{alt('action_starts')})(?!\p{{L}})", regex.IGNORECASE)
    out["generic_done"] = _source(rf"^\W*(?:{alt('generic_done')})(?!\p{{L}})", regex.IGNORECASE)
    out["relay"] = _source(rf"[\W_]*(?:{alt('relay_openers')})(?!\p{{L}})", regex.IGNORECASE)
    out["list_intro"] = _source(rf"(?<!\w)(?:{alt('list_intro')})\s*:?\s*$", regex.IGNORECASE)
    # (the whole period after the label: "Thời gian: cả năm 2027", "Thời gian thực hiện: suốt năm 2027")
    whole = rf"(?:(?:{alt('whole_period')})\s+)?"
    out["time_label"] = _source(
        rf"(?<!\p{{L}})(?:{alt('time_labels')})[\s*_]*:[\s*_]*{whole}$", regex.IGNORECASE
    )
    # ... and the bare time word as a label, for a period only ("Thời gian: quý I/2027", not a
    # meeting's "Thời gian: 8 giờ ngày ...")
    out["period_time_label"] = _source(
        rf"(?<!\p{{L}})(?:{alt('period_time_labels')})[\s*_]*:[\s*_]*{whole}$", regex.IGNORECASE
    )
    # ("Hạn cuối nhận hồ sơ: 17 giờ ngày ...": the limit's word, what is due, then the colon)
    out["deadline_label"] = _source(
        rf"(?<!\p{{L}})(?:{alt('deadline_labels')})(?!\p{{L}})[^:;.\n]{{0,50}}:[\s*_]*$", regex.IGNORECASE
    )
    # (helper 56) a line of a Giấy mời that opens with the bare time label, up to the expression
    # ("Thời gian: 02 ngày, từ ngày ..."; in one sentence: no sentence ends between)
    out["meeting_time_line"] = _source(
        rf"(?:(?<![^\n])|(?<=[.!?;][ \t*_]))[\s*_#>|\-+•–]*(?:\d{{1,2}}[.)][\s*_]*)?"
        rf"(?:{alt('period_time_labels')})[\s*_]*:(?:(?![.!?;]\s)[^\n])*$",
        regex.IGNORECASE,
    )
    # the label of an event's time ("Thời gian tổ chức Hội nghị sơ kết: 8 giờ 00, ngày ...")
    out["event_time_label"] = _source(
        rf"(?<!\p{{L}})(?:{alt('event_time_labels')})(?!\p{{L}})[^:;.\n]{{0,60}}:[\s*_]*$", regex.IGNORECASE
    )
    # (helper 103) a thing's state after "đã" ("lúa đã chín"), right after it
    out["da_state"] = _source(rf"\s*(?:{alt('da_states')})(?!\p{{L}})", regex.IGNORECASE)
    # (helper 103) a rule in the passive before an event ("Hồ sơ phải được thẩm định trước khi nghiệm thu")
    out["event_rule_passive"] = _source(rf"(?<!\p{{L}})(?:{alt('event_rule_passive')})(?!\p{{L}})", regex.IGNORECASE)
    # ... an event told as a clause after its lead ("khi nghiệm thu"), not the holding of one ("khi tổ chức")
    held = alternation(load("timewords")["events"]["held_verbs"])
    out["event_clause"] = _source(
        rf"(?<!\p{{L}})(?:{alt('event_clause_leads')})\s+(?!(?:{held})(?!\p{{L}}))", regex.IGNORECASE
    )
    # (helper 103) a ceremony's holding as the work ("Tổ chức lễ phát động ... vào lúc 7 giờ ngày ...")
    out["ceremony_held"] = _source(rf"(?<!\p{{L}})(?:{alt('ceremony_held')})(?!\p{{L}})", regex.IGNORECASE)
    # a forecast's words, not put by a condition ("khi có mưa lớn")
    out["forecast"] = _source(
        rf"(?<!(?<!\p{{L}})(?:{alt('forecast_conditions')})\s+)(?<!\p{{L}})(?:{alt('forecast')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    out["done_verbs"] = word("done_verbs")
    out["title_done_before"] = _source(rf"(?<!\p{{L}})(?:{alt('title_done_verbs')})[\s,]*$", regex.IGNORECASE)
    # a term word right before the expression ("nhiệm kỳ 2026 - 2031"), not further back ("quy
    # hoạch nhiệm kỳ hiện tại ... trong Quý I")
    # (not the second syllable of another word: "hoạt động ngoại khóa trước Tết Nguyên đán")
    out["term_before"] = _source(
        rf"(?<!(?<!\p{{L}})(?:{alt('term_not_after')})\s+)(?<!\p{{L}})(?:{alt('term_words')})[\s,:]*$", regex.IGNORECASE
    )
    # (helper 84) a part of a term before its word ("vào cuối nhiệm kỳ", "trong năm đầu nhiệm kỳ")
    ev_words = load("timewords")["events"]
    parts = "|".join(
        regex.escape(x).replace(r"\ ", r"\s+")
        for x in sorted(ev_words["term_end_words"] + ev_words["term_parts"], key=len, reverse=True)
    )
    out["term_part"] = _source(rf"(?<!\p{{L}})(?:{parts})\s+(?:{alt('term_words')})(?!\p{{L}})", regex.IGNORECASE)
    out["instant"] = _source(rf"(?<!\p{{L}})(?:{alt('instant_words')})[\s*_:]*$", regex.IGNORECASE)
    # the span of a report's figures: "chốt số liệu ...", "số liệu báo cáo ... tính từ ..." before it
    out["data_period"] = _source(
        rf"(?<!\p{{L}})(?:(?:{alt('data_closing')})|(?:{alt('data_nouns')})(?!\p{{L}})[^;:()\n]{{0,40}}?"
        rf"(?<!\p{{L}})(?:{alt('data_counting')}))(?!\p{{L}})[^;()\n]*$",
        regex.IGNORECASE,
    )
    # (helper 95) the span of a report named as its clause's label ("Kỳ báo cáo: từ ngày ... đến ...")
    out["report_span"] = _source(
        rf"[\s*_#>|\-+•]*(?:(?:{_ITEM_LABEL}|{_PART_LABEL})[\s*_]*)?(?:{alt('report_span')})(?!\p{{L}})"
        rf"(?:[\s,]+(?!(?:{alt('report_span_not')})(?!\p{{L}}))[^\s;:()\n]+){{0,6}}?"
        rf"[\s*_]*(?::|(?:{alt('report_span_links')})(?!\p{{L}}))?[\s*_]*$",
        regex.IGNORECASE,
    )
    out["covered"] = _source(
        rf"(?<!\p{{L}})(?:{alt('covered_verbs')})\s+(?:{alt('results_nouns')})(?!\p{{L}})[^;:()\n]{{0,100}}$",
        regex.IGNORECASE,
    )
    out["regime_title"] = _source(
        rf"^[\s*_#>|\-+•]*(?:(?:{_ITEM_LABEL}|{_PART_LABEL})[\s*_]*)?"
        rf"(?:{alt('regime_words')})(?!\p{{L}})[\s*_]*$",
        regex.IGNORECASE,
    )
    out["regime_list_end"] = _source(
        rf"(?<!\p{{L}})(?:{alt('regime_list_end')})[\s*_]*:[\s*_]*$", regex.IGNORECASE
    )
    out["target_lead"] = _source(rf"(?<!\p{{L}})(?:{alt('target_lead')})[\s*_:,]*$", regex.IGNORECASE)
    out["greeted"] = _source(
        rf"(?<!\p{{L}})(?:{alt('greeting_words')})(?:\s+(?:{alt('greeting_between')}))?(?:\s+(?:dịp|ngày|lễ))*\s*$",
        regex.IGNORECASE,
    )
    out["finish_verbs"] = word("finish_verbs")
    # the link between times listed as one line's label ("Tháng 9, tháng 10:", "Tháng 5 và tháng 6:")
    out["label_list_link"] = _source(
        rf"[\s*_]*(?:[,;\-–]|(?:{alt('label_list_links')})(?!\p{{L}}))[\s*_]*", regex.IGNORECASE
    )
    # "Bước 2 (" right before the time, after a list mark at most
    out["step_label"] = _source(
        rf"(?:{alt('step_labels')})\s+(?:\d{{1,2}}|[IVX]{{1,4}})[\s*_]*\(\s*", regex.IGNORECASE
    )
    # a step of the work by its number anywhere ("hoàn thành giai đoạn 1 trong năm 2026": a phase,
    # no horizon)
    # (helper 109) a programme named with the goal word ("Chương trình mục tiêu quốc gia"): no goal
    out["target_in_names"] = _source(rf"(?<!\p{{L}})(?:{alt('target_in_names')})(?!\p{{L}})", regex.IGNORECASE)
    out["numbered_step"] = _source(
        rf"(?<!\p{{L}})(?:{alt('step_labels')})\s+(?:\d{{1,2}}|[IVX]{{1,4}})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE
    )
    out["spill"] = _source(
        rf"(?<!\p{{L}})(?:{alt('spill_refusals')})(?:\s+\p{{L}}+){{0,4}}?\s+(?:{alt('spill_verbs')})[\s*_]*$",
        regex.IGNORECASE,
    )
    # a crop season named right before its years ("vụ Đông Xuân | 2026 - 2027", "vụ Hè Thu năm | 2026")
    out["crop_season"] = _source(
        rf"(?<!\p{{L}})(?:{alt('crop_seasons')})(?:\s+(?:{alt('year_words')}))?[\s*_]*$", regex.IGNORECASE
    )
    # an estimate's words right before the period ("Ước thực hiện | năm 2026 đạt 102% kế hoạch")
    out["estimate"] = right_before("estimate_words", 2)
    out["periodic_meetings"] = right_before("periodic_meetings", 3)
    out["periodic_meetings_noun"] = _source(
        rf"(?<!\p{{L}})(?:{alt('periodic_meetings_nouns')})\s+(?:{alt('periodic_meetings')})(?:\s+\p{{L}}+){{0,3}}[\s*_]*$",
        regex.IGNORECASE,
    )
    out["estimate_opener"] = _source(rf"(?<!\p{{L}})(?:{alt('estimate_openers')})[\s*_]*$", regex.IGNORECASE)
    # a count of years, then the span in brackets ("kết quả 5 năm (2021 - 2026)")
    out["years_counted"] = _source(
        rf"(?<![\p{{L}}\p{{N}}])\d{{1,2}}\s+(?:{alt('year_words')})\s*\(\s*$", regex.IGNORECASE
    )
    # the end of a validity right before the time ("có thời hạn | đến ngày ...", "Hạn sử dụng thẻ | đến ...")
    out["validity"] = right_before("validity_words", 6)
    # a budget's year right after its word ("Kinh phí thực hiện | năm 2026")
    out["budget"] = right_before("budget_words", 4)
    # (helper 96) an achievement right before the period it was earned in ("có thành tích | trong năm học ...")
    out["achievement"] = right_before("achievement_words", 6)
    # (helper 109) a figure had as of the time, then its comparison and a number ("có tỷ lệ giải ngân |
    # đến ngày 31/10/2026 | dưới 50%")
    out["measured"] = right_before("measured_words", 6)
    out["measured_compare"] = _source(
        rf"^[\s,]*(?:{alt('measured_compare')})\s+\d", regex.IGNORECASE
    )
    out["greeting_done"] = word("greeting_done")
    out["toward"] = _source(rf"(?<!\p{{L}})(?:{alt('toward_words')})\s*$", regex.IGNORECASE)
    out["open"] = _source(rf"^(?:{alt('open_words')})(?!\p{{L}})", regex.IGNORECASE)
    out["open_after"] = _source(rf"^[\s,]*(?:{alt('open_after')})(?!\p{{L}})", regex.IGNORECASE)
    # a verb of review and the results it looks at, then the period, with no more than a few words
    # between them ("đánh giá kết quả thực hiện nhiệm vụ trong 5 tháng đầu năm 2026")
    out["reviewed"] = _source(
        rf"(?<!\p{{L}})(?:{alt('review_verbs')})\s+(?:{alt('results_nouns')})(?!\p{{L}})[^;:()\n]{{0,60}}$",
        regex.IGNORECASE,
    )
    # a state told right after the day reached ("đến ngày 30/4/2026, đã có 45/50 xã hoàn thành")
    out["as_of_state"] = _source(
        rf"^[\s,:;]*(?:[\p{{L}}]+\s+){{0,3}}?(?:{alt('as_of_state')})\s", regex.IGNORECASE
    )
    # a figure opening the clause as its subject ("Tỷ lệ hộ nghèo | đến cuối năm 2026 giảm xuống ...")
    out["goal_subject"] = _source(
        rf"^[\s*_\-+•]*(?:(?:{_ITEM_LABEL})[\s*_]*)?(?:{alt('goal_subjects')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    # (helper 108) a noun a cycle right after it qualifies ("nhiệm vụ hằng năm")
    out["cycle_nouns"] = _source(rf"(?<!\p{{L}})(?:{alt('cycle_nouns')})[\s*_]*$", regex.IGNORECASE)
    # an item opening with its owner ("2.2. UBND các xã, phường phủ sóng 5G ..."): a unit's head
    # word (the tables' list, less the words of many alone), then at least two words of work
    heads = [h for h in load("tables")["unit_heads"] if h not in w["owner_heads_not"]]

    def opening(words: list[str]) -> PatternSource:
        return _source(
            rf"^[\s*_\-+•]*(?:(?:{_ITEM_LABEL})[\s*_]*)?(?:{alternation(words)})(?!\p{{L}})(?:[\s,]+[\p{{L}}\p{{N}}]+){{2}}",
            regex.IGNORECASE,
        )

    out["owner_opening"] = opening(heads)
    # (helper 110) the same, less the words of many that open a passive rule's thing ("các công trình")
    out["passive_owner_opening"] = opening([h for h in heads if h not in w["passive_heads_not"]])
    out["operative_heading"] = _source(rf"(?:^|\|\s)(?:{alt('operative_headings')})(?!\p{{L}})", regex.IGNORECASE)
    # a heading that opens with the words of a part telling the situation or the results
    out["results_heading"] = _source(
        rf"[\s*_]*(?:{alt('results_headings')})(?!\p{{L}})", regex.IGNORECASE
    )
    out["goal_figure"] = _source(
        rf"\d\s*%|(?<!\p{{L}})(?:{alt('goal_figures')})(?!\p{{L}})", regex.IGNORECASE
    )
    out["goal_reach"] = _source(
        rf"(?<!\p{{L}})(?:{alt('goal_reach')})\s+(?:khoảng\s+)?\d+(?:[.,]\d+)?\s*%[\s,]*$", regex.IGNORECASE
    )
    # (helper 100) ... with what the share is of after its "%" ("đạt 30% lực lượng lao động"), in a
    # clause that says it is a goal (its lead or its share's word: "phấn đấu", "tỷ lệ")
    out["goal_reach_base"] = _source(
        rf"(?<!\p{{L}})(?:{alt('goal_reach')})\s+(?:khoảng\s+)?\d+(?:[.,]\d+)?\s*%"
        rf"\s+(?:{alt('goal_base')})[\s,]*$",
        regex.IGNORECASE,
    )
    out["goal_said"] = _source(
        rf"(?<!\p{{L}})(?:{alt('target_lead')}|{alt('goal_subjects')})(?!\p{{L}})", regex.IGNORECASE
    )
    # the word of a cycle's period ("định kỳ hằng năm"), from the time words
    periodic = "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in load("timewords")["recurrence"]["periodic"])
    out["periodic_lead"] = _source(rf"(?:{periodic})\s", regex.IGNORECASE)
    # (the event's place may come between: "Ngày hội được tổ chức tại các khu dân cư từ ngày ...")
    out["held_passive"] = _source(
        rf"(?<!\p{{L}})(?:{alt('event')}|{alt('held_events')})(?!\p{{L}})[^.;:\n]{{0,60}}?(?<!\p{{L}})"
        rf"(?:{alt('held_passive')})(?:\s+(?:{alt('held_places')})\s[^.;:,()\n]{{0,50}}?)?\s*$",
        regex.IGNORECASE,
    )
    # (helper 53) the issuer's publication told in the passive, its place after it ("Kết quả được
    # công bố trên Cổng thông tin điện tử tỉnh trước ngày ...")
    out["published_passive"] = _source(
        rf"(?<!\p{{L}})(?:{alt('published_passive')})(?:\s+(?:{alt('published_after')}))?"
        rf"(?:\s+(?:{alt('published_places')})\s[^.;:,()\n]{{0,60}}?)?[\s*_]*$",
        regex.IGNORECASE,
    )
    # (helper 105) a limit of another document told again: its noun opening the clause, the document
    # cited ("theo Kế hoạch số ..."), "là" right before the time
    out["restated_limit"] = _source(
        rf"^[^\p{{L}}]*+(?:{alt('restated_limit_nouns')})(?!\p{{L}})[^.;:\n]{{0,160}}?(?<!\p{{L}})"
        rf"(?:{alt('restated_limit_cited')})(?:\s+\p{{L}}+){{1,3}}\s+(?:{alt('restated_limit_number')})(?!\p{{L}})"
        rf"[^.;:\n]{{0,160}}?(?<!\p{{L}})(?:{alt('restated_limit_link')})[\s*_]*$",
        regex.IGNORECASE,
    )
    # ((helper 89) not a noun's kind: "văn bản chỉ đạo", "Ban Chỉ đạo")
    out["published_asked"] = _source(
        rf"(?<!\p{{L}})(?<!(?<!\p{{L}})(?:{alt('asked_nominal_heads')})\s+(?:(?:{alt('asked_nominal_between')})\s*+)?)"
        rf"(?:{alt('published_asked')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    # (helper 66) a meeting's papers told as sent, the noun opening the clause, the time at its end
    out["papers_sent"] = _source(
        rf"^[^\p{{L}}]*+(?:{alt('papers_nouns')})(?!\p{{L}})[^.;:\n]{{0,80}}?(?<!\p{{L}})"
        rf"(?:{alt('papers_sent_passive')})(?!\p{{L}})(?!\s+(?:{alt('papers_sent_not_after')})(?!\p{{L}}))"
        rf"[^.;:\n]{{0,120}}$",
        regex.IGNORECASE,
    )
    out["course_attended"] = _source(
        rf"(?<!\p{{L}})(?:{alt('course_attend')})\s+(?:\p{{L}}+\s+){{0,2}}?(?:{alt('course_words')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    out["goal_opener"] = _source(
        rf"^[\s*_\-+•]*(?:(?:{_ITEM_LABEL})[\s*_]*)?"
        rf"(?:(?:{alt('goal_openers')})[\s*_:,]*)?$",
        regex.IGNORECASE,
    )
    # (helper 100) a closing bracket with its clause going on in small letters, not with its aim
    # ("... cấp huyện (trước ngày 01/7/2025) ban hành"; not "... (trước ngày 15/3/2026) để tổng hợp")
    out["bracket_goes_on"] = _source(
        rf"\s*\)[ \t]*(?!(?i:{alt('aim_openers')})(?!\p{{L}}))\p{{Ll}}"
    )
    out["condition"] = word("condition_words")
    out["condition_then"] = word("condition_then")
    # (helper 44) "... mà dự án chưa ..." right after a length (or inside its words)
    out["condition_missed"] = _source(
        rf"[\s,]*(?<!\p{{L}})(?:{alt('condition_link')})\s+(?:\p{{L}}+\s+){{0,4}}?(?:{alt('condition_negations')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    out["condition_negation"] = _source(
        rf"^[\s,]*(?:[\p{{L}}]+\s+){{0,2}}?(?:{alt('condition_negations')})(?!\p{{L}})", regex.IGNORECASE
    )
    lead, told = alt("overdue_leads"), alt("overdue_told")
    out["overdue_told"] = _source(rf"^[\s*_]*+[.;,]?\s*+(?:(?:{lead})[\s,]++)?(?:{told})(?!\p{{L}})", regex.I)
    out["lapse"] = _source(rf"(?<!\p{{L}})(?:{alt('lapse_words')})[\s*_]*$", regex.IGNORECASE)
    out["retrospective"] = _source(rf"^[\s,]*(?:{alt('retrospective_after')})(?!\p{{L}})", regex.IGNORECASE)
    # a document cited by its type and name, the date closing the mention ("Luật Đất đai ngày ...")
    out["named_document"] = _source(
        rf"(?<!\p{{L}})(?:{alt('law_types')})\s+(?:số\s+)?\p{{Lu}}[^;:()\n]{{0,140}}?[\s,]*$"
    )
    # a comma, then a word that opens a clause for another owner ("..., riêng UBND các xã ...")
    out["contrast_split"] = _source(rf",[ \t]*(?=(?:{alt('contrast_openers')})\s)", regex.IGNORECASE)
    # an event noun right after a verb that organises it ("tổ chức hội nghị sơ kết"), or inside a noun that
    # names no event ("quy chế làm việc")
    out["organised_event"] = _source(
        rf"(?<!\p{{L}})(?:(?:{alt('event_organise')})\s+(?:{alt('event')})|{alt('event_word_nouns')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    # after an event and its time, the body asked to organise it: "| ) do Văn phòng tham mưu tổ
    # chức", "| , do Sở Nội vụ chủ trì tổ chức" (its name, a few words, then the verb)
    out["organised_by"] = _source(
        rf"^[\s)\]]*,?\s*(?:{alt('organiser_leads')})\s+(?:\p{{Lu}}|(?:{alt('organiser_many')})\s)[^.;:()\n]{{0,60}}?(?<!\p{{L}})"
        rf"(?:(?:{alt('organiser_roles')})\s+)?(?:{alt('event_organise')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    # a report or draft due at a session: the verb, its recipient, "tại" and the session, then the
    # time right after the session's name ("trình Chính phủ tại Phiên họp thường kỳ tháng 12")
    out["session_delivery"] = _source(
        rf"(?<!\p{{L}})(?:{alt('session_delivery')})(?!\p{{L}})[^.;:()\n]{{0,80}}?(?<!\p{{L}})tại\s+"
        rf"(?:{alt('session_nouns')})(?!\p{{L}})[^.;:()\n,]{{0,60}}(?:\(\s*)?$",
        regex.IGNORECASE,
    )
    # a session of the work's body the work is done at ("tổ chức sinh hoạt chuyên đề vào kỳ sinh hoạt |
    # tháng 3/2027", "báo cáo tại phiên họp thường kỳ | tháng 6/2027")
    out["on_session"] = _source(
        rf"(?<!\p{{L}})(?:{alt('session_leads')})\s+(?:{alt('session_nouns')})(?:\s+\p{{L}}+){{0,3}}\s*$",
        regex.IGNORECASE,
    )
    out["session_purpose"] = _source(
        # (in brackets too: "trước ngày 30/9/2026 (để tổng hợp báo cáo Chính phủ tại Phiên họp ...)")
        rf"\s*+[,(]?\s*+(?:{alt('session_purpose')})\s[^.;:()\n]{{0,60}}", regex.IGNORECASE
    )
    # ... and the session's own time and day after it ("... tại phiên họp thường kỳ tháng 12 (dự kiến ")
    out["session_purpose_long"] = _source(
        rf"\s*+,?\s*+(?:{alt('session_purpose')})\s[^.;:()\n]{{0,140}}\(\s*+(?:(?:{alt('session_day_leads')})\s+)?",
        regex.IGNORECASE,
    )
    out["session_noun"] = _source(rf"(?<!\p{{L}})(?:{alt('session_nouns')})(?!\p{{L}})", regex.IGNORECASE)
    out["purpose"] = _source(rf"(?<!\p{{L}})(?:{alt('purpose_words')})\s[^.;:()\n]{{0,50}}$", regex.IGNORECASE)
    out["lead_in_purpose"] = _source(
        rf"(?<!\p{{L}})(?:{alt('lead_in_purpose')})(?!\p{{L}})[^.;:()\n]{{0,100}}$", regex.IGNORECASE
    )
    # (helper 47) the aim opening a lead-in, with no request of its own before the time ("Để bảo đảm
    # ... trong dịp Tết ..."), and the request after it (", Bộ Y tế đề nghị ...")
    out["aim_opening"] = _source(
        rf"[\s*_]*(?:{alt('aim_openers')})\s(?:(?!(?<!\p{{L}})(?:{alt('aim_requests')})(?!\p{{L}}))[^.;:()\n])*$",
        regex.IGNORECASE,
    )
    out["aim_request"] = _source(rf",[^.;:()\n]*?(?<!\p{{L}})(?:{alt('aim_requests')})(?!\p{{L}})", regex.IGNORECASE)
    out["session_heard"] = _source(
        rf"(?<!\p{{L}})(?:{alt('session_heard')})\s+(?:[^.;:()\n]{{0,40}}?\s)?(?:{alt('session_delivery')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    # a heading naming the tasks of a period: "2. Nhiệm vụ trọng tâm quý III/2026" (the words up to
    # the expression, in one line with no sentence mark)
    out["task_heading"] = _source(
        rf"^[\s*_#]*(?:(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]|[a-zđ]\)|[IVXLC]{{1,6}}[.\-])[\s*_]*)?"
        rf"(?:{alt('task_headings')})(?!\p{{L}})[^.;:!?\n]{{0,60}}$",
        regex.IGNORECASE,
    )
    # (helper 171) a heading naming a phase by its number, then its time alone: "1. Giai đoạn 1: từ tháng
    # 02/2027 đến hết tháng 6/2027", "Đợt 2 (quý III/2027)"
    out["phase_heading"] = _source(
        rf"^[\s*_#]*(?:(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]|[a-zđ]\)|[IVXLC]{{1,6}}[.\-]|[-+•])[\s*_]*)?"
        rf"(?:{alt('step_labels')})[ \t]+(?:\d{{1,2}}|[IVX]{{1,4}})[\s*_]*[:.(–-]?[\s*_]*$",
        regex.IGNORECASE,
    )
    # (helper 85) the words after the unit that prepares a document's events, the work it prepares
    out["office_prepares"] = _source(rf"(?<!\p{{L}})(?:{alt('office_prepares')})(?!\p{{L}})", regex.IGNORECASE)
    out["office_prepared_work"] = _source(rf"[\s*_]*(?:{alt('office_prepared_work')})(?!\p{{L}})", regex.IGNORECASE)
    # (helper 85) a week by its number opening a heading, its days in brackets after it: "Tuần 1 ("
    out["week_heading"] = _source(
        rf"[\s*_#]*(?:(?:\d{{1,2}}[.)]|[IVXLC]{{1,6}}[.\-]|[a-zđ]\))[\s*_]*)?"
        rf"(?:{alt('week_labels')})[ \t]+\d{{1,2}}[ \t]*\([ \t]*",
        regex.IGNORECASE,
    )
    # a statement of what the day is ("| là ngày Luật có hiệu lực"), not a limit ("| là hạn cuối ...")
    out["statement"] = _source(
        rf"^[\s*_]*(?:{alt('statement_is')})\s+(?!(?:{alt('statement_limit')})(?!\p{{L}}))", regex.IGNORECASE
    )
    # a transitional provision after the time: "| thì tiếp tục giải quyết theo ...", "| mà chưa
    # giải quyết xong thì tiếp tục ..." (within one phrase)
    out["transition_then"] = _source(
        rf"^[^.;:,\n]{{0,60}}?(?<!\p{{L}})(?:{alt('transition_link')})\s+(?:\p{{L}}+\s+){{0,2}}?"
        rf"(?:{alt('transition_then')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    going_on = rf"^[\s*_]*(?:{alt('transition_continue')})(?!\p{{L}})"
    out["transition_continue"] = _source(going_on, regex.IGNORECASE)
    out["transition_past"] = word("transition_past")
    # ("| được tiếp tục giải quyết theo quy định cũ": the old rules named within a few words)
    out["transition_rules"] = _source(
        going_on + rf"[^.;:,\n]{{0,40}}?(?<!\p{{L}})"
        rf"(?:{alt('transition_rules')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    out["transition_until"] = right_before("transition_until", 3)
    # money granted, its word before ("Kinh phí thực hiện được cấp | trong quý II")
    out["budget_granted"] = _source(
        rf"(?<!\p{{L}})(?:{alt('budget_words')})(?!\p{{L}})[^.;:,\n]{{0,60}}?(?<!\p{{L}})"
        rf"(?:{alt('budget_granted')}|(?:{alt('budget_source')})(?:\s+\p{{L}}+){{1,4}}?\s+(?:{alt('budget_granted_by')}))"
        rf"(?:\s+\p{{L}}+){{0,2}}[\s*_]*$",
        regex.IGNORECASE,
    )
    # (helper 102) the words a heading may open with before the units whose items follow
    out["unit_heading_leads"] = _source(
        rf"[\s*_]*+(?:{alt('unit_heading_leads')})(?!\p{{L}})[\s*_]*+", regex.IGNORECASE
    )
    # (helper 104) a unit's accountability to its superior, after the unit's name
    out["accountable"] = _source(rf"[\s*_]*+(?:{alt('accountable')})(?!\p{{L}})", regex.IGNORECASE)
    # (helper 102) a budget word opening the sentence, after its number or bullet ("3. Dự toán ...")
    out["budget_opens"] = _source(
        rf"[\s*_]*+(?:(?:\d{{1,2}}[.)])++\s*+|[-+•]\s*+|\p{{Ll}}\)\s*+)?[\s*_]*+(?:{alt('budget_words')})(?!\p{{L}})",
        regex.IGNORECASE,
    )
    out["dissolution_before"] = right_before("dissolution", 3)
    # (helper 44) a post's, a sanction's or a ban's span: its words, then at most twelve words (the
    # post, the person, "là"), right before the time
    out["tenure"] = _source(
        rf"(?<!\p{{L}})(?:{alt('tenure_words')})(?!\p{{L}})((?:[\s,:]+\p{{L}}+){{0,12}})[\s,:*_]*$", regex.IGNORECASE
    )
    # (helper 98) a permit's, a land allocation's or a warranty's span: its words, at most eight
    # words, "là" or a colon right before the time
    out["paper_term"] = _source(
        rf"(?<!\p{{L}})(?:{alt('paper_term_words')})(?!\p{{L}})(?:[\s,]+\p{{L}}+){{0,8}}?\s*+"
        rf"(?:(?<!\p{{L}})(?:{alt('paper_term_links')})(?!\p{{L}})|:)[\s*_]*$",
        regex.IGNORECASE,
    )
    # (helper 50) a body's life or a benefit's span: its words, at most eight words, right before the
    # time; a support or a cut at a rate ("hỗ trợ 50% lãi suất", "cho vay với lãi suất 0%")
    tok = r"[^\s,;:()]+"
    out["lasting"] = _source(
        rf"(?<!\p{{L}})(?<!(?<!\p{{L}})(?:{alt('lasting_not_after')})\s+)(?:{alt('lasting_words')})(?!\p{{L}})"
        rf"(?:\s+{tok}){{0,8}}[\s*_]*$"
        rf"|(?:{w['benefit_words']})(?:\s+{tok}){{0,4}}?\s+(?:\d[\d.,]*\s*%|[^\s,;:()/]+/{tok})"
        rf"(?:\s+{tok}){{0,8}}[\s*_]*$",
        regex.IGNORECASE,
    )
    # (helper 44) a heading (innermost first, joined by "|") or an item's label naming what a
    # resolution covers ("phạm vi điều chỉnh và đối tượng áp dụng", "2. Đối tượng áp dụng: ...")
    out["scope_heading"] = _source(
        rf"(?:^|\|)[\s*_]*(?:{alt('scope_headings')})(?!\p{{L}})([^|]*)", regex.IGNORECASE
    )
    # (... not one that names the body's tasks too: "Thành phần và nhiệm vụ của Ban Chỉ đạo")
    out["operative_words"] = word("operative_headings")
    out["scope_label"] = _source(
        rf"^[\s*_\-+•–]*(?:\d{{1,3}}[.)]\s*|[a-zđ][).]\s*)?[\s*_]*(?:{alt('scope_headings')})[\s*_]*:", regex.IGNORECASE
    )
    out["cycle_session"] = _source(rf"(?<!\p{{L}})(?:{alt('cycle_session')})(?!\p{{L}})", regex.IGNORECASE)
    out["legal_basis"] = _source(rf"^[\s*_\-+]*(?:{alt('legal_basis')})(?!\p{{L}})", regex.IGNORECASE)
    return out


def _obligation(w: dict[str, Any], words_alt: str) -> PatternSource:
    """The words of obligation, not where one is a syllable of a noun ("chương trình", "công
    trình", "giao thông", "thư ký": data obligation_compounds): the syllables before it or after it."""
    before: list[str] = []
    tails: list[str] = []
    after: dict[str, list[str]] = {}
    for compound in w["obligation_compounds"]:
        parts = compound.split()
        for k in range(1, len(parts)):
            head, tail = " ".join(parts[:k]), " ".join(parts[k:])
            if tail in w["obligation"]:
                before.append(head)
                tails.append(tail)
            if head in w["obligation"]:
                after.setdefault(head, []).append(tail)

    # (looked at once the word is found, behind it: "chương trình" read back from its end)
    not_before = rf"(?<!(?<!\p{{L}})(?:{alternation(before)})\s+(?:{alternation(tails)}))" if before else ""
    # ... and after it, only for the word that heads the noun: "giao thông" is no "giao", but
    # "phát hành thông báo", "gửi thông báo" are work
    not_after = "".join(
        rf"(?!(?<=(?<!\p{{L}}){alternation([head])})\s+(?:{alternation(tl)})(?!\p{{L}}))"
        for head, tl in after.items()
    )
    return _source(
        rf"(?<!\p{{L}})(?:{words_alt})(?!\p{{L}}){not_after}{not_before}", regex.IGNORECASE
    )


_PERIOD = regex.compile(r"(?<!\w)(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|niên\s+độ)(?!\w)", regex.IGNORECASE)
_OPEN_QUOTE = regex.compile('["“]')
_QUOTE = regex.compile(r'"[^"\n]{1,400}"|“[^”\n]{1,400}”')
_PHRASE_BREAK = regex.compile(r"[;,:.()\n]")
_CITED_SUBJECT = regex.compile(r"\s(?:của\s+[^;,]*?\s)?về\s", regex.IGNORECASE)
_TITLE_LEAD = regex.compile(r"(?:^|\s)(?:về|là|có\s+tên|với\s+chủ\s+đề)\s*$", regex.IGNORECASE)
_DA = regex.compile(r"(?:^|\s)đã\s", regex.IGNORECASE)
_OF_ISSUER = regex.compile(r"(?<!\p{L})của\s", regex.IGNORECASE)
_UNTIL = regex.compile(r"(?:cho\s+)?(?:đến|tới)(?!\p{L})", regex.IGNORECASE)
_ABOUT = regex.compile(r"(?<!\p{L})về(?!\p{L})|[\"“]", regex.IGNORECASE)
_DA_DANG_VUA = regex.compile(r"(?:^|\s)(?:đã|đang|vừa)\s", regex.IGNORECASE)
# what may come before an expression that opens its clause: blanks, marks, an item's label ("8.")
_FILLER = regex.compile(
    rf"[\s*_\-+•]*(?:(?:{_ITEM_LABEL}|{_PART_LABEL})[\s*_]*)?"
)
_COMMA_AFTER = regex.compile(r"[\s*_]*,")
# a line joined to the one above it with no mark between ("... năm 2021 Ngày 01/3/2021, ..."): a
# word, blanks, and the expression opens with a capital
_JOINED = regex.compile(r"[\p{L}\p{N}][^\S\n]+$")
# "từ năm 2026" (the year work starts, its qualifier not kept for a year)
# (also "ngay từ đầu năm 2027": right from then, a start)
_FROM_WORD = regex.compile(r"(?:(?:kể|ngay)\s+)?từ(?!\p{L})|bắt\s+đầu(?!\p{L})", regex.IGNORECASE)
# the end of a sentence, after the expression
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=[\p{Lu}\d])|\n")


@dataclass(frozen=True, slots=True)
class Context:
    """What the decision needs to know about the document."""

    doc_date: dt.date | None
    doc_floor: dt.date | None  # the earliest day the document can have been signed
    doc_year: int | None
    # (helper 56) the document's type as its header names it ("Giấy mời"), when known
    doc_type: str | None = None


def to_date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


_CLAUSE_TEXT = "clause text"  # the keys of an Evidence's clause memo: the clause itself,
_QUALIFIED = "qualified"  # how many of its expressions carry a deadline qualifier,
_STARTS = "starts"  # where its expressions start,
_MEMBERS = "members"  # and their ids


class Cited:
    """The spans of the citations in a paragraph, in order (they do not overlap), with their
    starts and ends to bisect: a paragraph may cite hundreds of documents."""

    def __init__(self, spans: list[tuple[int, int]], text: str = "") -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.text = text
        self._quotes: list[int] | None = None

    def quote_before(self, pos: int) -> int:
        """The offset of the last opening quote ('"' or '“') before ``pos`` in the paragraph, or -1."""
        if self._quotes is None:
            quoted = '"' in self.text or "“" in self.text
            self._quotes = [m.start() for m in _OPEN_QUOTE.finditer(self.text)] if quoted else []
        i = bisect.bisect_left(self._quotes, pos)
        return self._quotes[i - 1] if i else -1


_T = TypeVar("_T")


class cached_property(Generic[_T]):
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every read before
    the value is cached): the first read stores the value in the instance, later reads find it
    there without calling this descriptor."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Evidence:
    """A time expression with the words around it; each fact is computed once, when a rule asks."""

    def __init__(
        self,
        expr: TimeExpr,
        text: str,
        clause_span: tuple[int, int],
        bold: bool,
        ctx: Context,
        cited: Cited,
        others: list[TimeExpr],
        headings: str = "",
        heading: bool = False,
        time_field: bool = False,
        clause_memo: dict[Any, Any] | None = None,
    ) -> None:
        self.expr = expr
        self.text = text
        self.clause_start, self.clause_end = clause_span
        self.bold = bold
        self.ctx = ctx
        self.cited = cited
        self.others = others
        self.headings = headings  # the headings of the enclosing sections, innermost first
        self.heading = heading  # the whole paragraph is bold (a heading): bold is no signal there
        self.time_field = time_field  # inside the time field of a labelled task block
        self.q = expr.qualifier
        self.kind = expr.kind
        # what the patterns found in the clause, shared by the expressions of one clause (a
        # clause may hold hundreds of them: each reading it whole would take the square)
        self._clause_memo: dict[Any, Any] = {} if clause_memo is None else clause_memo

    @cached_property
    def clause(self) -> str:
        got = self._clause_memo.get(_CLAUSE_TEXT)
        if not isinstance(got, str):
            got = self._clause_memo[_CLAUSE_TEXT] = self.text[self.clause_start : self.clause_end]
        return got

    def previous_in_clause(self, back: int = 1) -> TimeExpr | None:
        """The expression of the clause right before this one (``back`` = 2: the one before that;
        the clause's starts found once: ``others`` is the same list, in text order, for every
        expression of the clause)."""
        memo = self._clause_memo
        if _STARTS not in memo:
            memo[_STARTS] = [o.start for o in self.others]
        k = bisect.bisect_left(memo[_STARTS], self.expr.start) - back
        return self.others[k] if k >= 0 else None

    def next_in_clause(self) -> TimeExpr | None:
        """The expression of the clause right after this one (found as :meth:`previous_in_clause`)."""
        memo = self._clause_memo
        if _STARTS not in memo:
            memo[_STARTS] = [o.start for o in self.others]
        k = bisect.bisect_right(memo[_STARTS], self.expr.start)
        return self.others[k] if k < len(self.others) else None

    def others_with_deadline_qualifier(self) -> int:
        """How many other expressions of the clause say 'trước', 'chậm nhất'... (counted once per
        clause: ``others`` is the same list for every expression of the clause)."""
        memo = self._clause_memo
        if _QUALIFIED not in memo:
            memo[_QUALIFIED] = sum(1 for o in self.others if o.qualifier in _DEADLINE_QUALIFIERS)
            memo[_MEMBERS] = {id(o) for o in self.others}
        n = int(memo[_QUALIFIED])
        if id(self.expr) in memo[_MEMBERS] and self.expr.qualifier in _DEADLINE_QUALIFIERS:
            n -= 1
        return n

    def clause_has(self, pattern: Any) -> bool:
        """``pattern`` occurs in the clause (found once per clause)."""
        got = self._clause_memo.get(pattern)
        if got is None:
            got = self._clause_memo[pattern] = pattern.search(self.clause) is not None
        return bool(got)

    # -- the words around the expression
    @cached_property
    def before(self) -> str:
        return self.text[max(self.clause_start, self.expr.start - 80) : self.expr.start]

    @cached_property
    def after(self) -> str:
        return self.text[self.expr.end : self.expr.end + 60]

    @cached_property
    def local(self) -> str:
        """The clause up to the expression."""
        return self.clause[: max(0, self.expr.start - self.clause_start)]

    @cached_property
    def rest(self) -> str:
        """The clause after the expression."""
        return self.clause[max(0, self.expr.end - self.clause_start) :]

    @cached_property
    def due(self) -> dt.date | None:
        return to_date(self.expr.due)

    @cached_property
    def obligation(self) -> bool:
        return self.clause_has(words()["obligation"])

    @cached_property
    def opening(self) -> bool:
        """The expression opens its sentence and a comma follows ("Ngày 02/10/2026, ...")."""
        return _FILLER.fullmatch(self.local) is not None and _COMMA_AFTER.match(self.after) is not None

    @cached_property
    def joined_opening(self) -> bool:
        """The expression opens a sentence whose line was joined to the line above it (a title with
        no full stop: "... năm 2021 Ngày 01/3/2021, UBND tỉnh ...")."""
        phrase = self.expr.phrase
        return (
            phrase[:1].isupper()
            and _JOINED.search(self.local) is not None
            and _COMMA_AFTER.match(self.after) is not None
        )

    @cached_property
    def sentence_rest(self) -> str:
        """The sentence after the expression (past the clause: "...; trong đó ... đã hoàn thành.")."""
        end = self.expr.end + 400
        m = _SENTENCE_END.search(self.text, self.expr.end, end)
        return self.text[self.expr.end : m.start() if m else end]

    # -- citations
    @cached_property
    def in_citation(self) -> bool:
        pos = self.expr.start
        i = bisect.bisect_right(self.cited.starts, pos) - 1
        if i >= 0 and pos < self.cited.ends[i]:
            return not self._after_issuer(self.cited.starts[i])
        return self._in_cited_title()

    def _after_issuer(self, start: int) -> bool:
        """A time limit the citation's issuer ran into: "Triển khai Nghị quyết số 57-NQ/TW ... của
        Bộ Chính trị trong năm 2026", "sơ kết Nghị quyết số 06-NQ/ĐU ... của Đảng ủy xã vào ngày
        25/8/2026" (after "của" and its issuer, no "về" naming a subject)."""
        if self.q not in ("within", "before", "by", "through", "on") or _UNTIL.match(self.expr.phrase):
            return False  # ("... phê duyệt Chiến lược ... đến năm 2025": the cited text's horizon)
        last = -1
        for m in _OF_ISSUER.finditer(self.text, start, self.expr.start):
            last = m.end()
        return last >= 0 and _ABOUT.search(self.text, last, self.expr.start) is None

    def _in_cited_title(self) -> bool:
        """Inside the quoted title of a cited document: ``Nghị quyết số 07-NQ/TU về "... giai
        đoạn 2021-2025"``."""
        text, pos = self.text, self.expr.start
        if self.cited.text is text:
            q0 = self.cited.quote_before(pos)
        else:
            q0 = max(text.rfind('"', 0, pos), text.rfind("“", 0, pos))
        if q0 < 0:
            return False
        m = _QUOTE.match(text, q0)
        if not m or m.end() <= pos:
            return False
        if _TITLE_LEAD.search(text[max(0, q0 - 160) : q0]) is None:
            return False
        return any(0 <= q0 - e <= 160 for _, e in self._cited_near(q0, 160))

    @cached_property
    def in_cited_subject(self) -> bool:
        """In the unquoted subject of a cited document, in the same phrase: ``Công điện số
        218/CĐ-TTg ngày 24/11/2025 của Thủ tướng Chính phủ về ... những tháng cuối năm 2025``."""
        pos = self.expr.start
        return any(
            e <= pos
            and pos - e <= 240
            and _PHRASE_BREAK.search(self.text, e, pos) is None
            and _CITED_SUBJECT.search(self.text, s, pos)
            for s, e in self._cited_near(pos, 240)
        )

    def _cited_near(self, pos: int, reach: int) -> list[tuple[int, int]]:
        """The citations that end between ``pos - reach`` and ``pos``, in order."""
        lo = bisect.bisect_left(self.cited.ends, pos - reach)
        hi = bisect.bisect_right(self.cited.ends, pos)
        return self.cited.spans[lo:hi]


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the decision table: when ``test`` holds, the expression is ``verdict``; ``weight``
    is how sure the rule is (the prior of a deadline's confidence)."""

    name: str
    verdict: str
    test: Callable[[Evidence], bool]
    doc: str
    weight: float = 0.5


# ------------------------------------------------------------------------------------ predicates


def _target_horizon(ev: Evidence) -> bool:
    if ev.kind in ("date", "month", "quarter", "half_year") and ev.q in ("through", "until", "by"):
        # "Phấn đấu đến ngày 31/12/2026, 100% cơ quan kết nối liên thông": a goal by a day, as by a
        # year; "Phấn đấu đến tháng 9/2026 hoàn thành việc số hóa" finishes a work, a deadline
        return (
            words()["target_lead"].search(ev.before) is not None
            and words()["open_closed_by"].search(ev.rest[:40]) is None
        )
    if ev.kind not in ("year", "range") or ev.due is None:
        return False
    w = words()["target"]
    doc_year = ev.ctx.doc_year
    far = doc_year is not None and ev.due.year >= doc_year + 2
    if far and doc_year is not None and ev.expr.rule in ("school_year", "school_term"):
        # (helper 72) one school year is as far as the year it opens in: "các trường triển khai ...
        # trong năm học 2027 - 2028" (signed in 2026) is work in that school year, no horizon
        start = to_date(ev.expr.start_date)
        far = start is None or start.year >= doc_year + 2
    led = ev.q in ("through", "until", "by") and words()["target_lead"].search(ev.before) is not None
    # (a numbered step, "giai đoạn 1", is no horizon word: blanked, the offsets kept)
    # (nor a programme's name with the goal word in it: "Chương trình mục tiêu quốc gia năm 2026")
    before = words()["numbered_step"].sub(lambda m: " " * len(m.group()), ev.before)
    before = words()["target_in_names"].sub(lambda m: " " * len(m.group()), before)
    if not (far or led or w.search(before) or w.search(ev.expr.phrase)):
        return False
    if (
        far
        and not w.search(before)
        and not w.search(ev.rest[:60])
        and ev.q in (None, "from_to")
        and words()["done_right_before"].search(ev.local) is not None
    ):
        # the span of the work a verb right before it names: "Sở Nội vụ thực hiện từ năm 2026 đến
        # năm 2028", "dự kiến hoàn thành năm 2028" (no goal word before it)
        return False
    verbs = words()["done_verbs"] if ev.q == "before" else words()["finish_verbs"]
    if (
        far
        and ev.kind == "year"
        and ev.q in ("before", "by", "within")
        and not w.search(before)
        and not w.search(ev.rest[:60])
        and (verbs.search(ev.local) or verbs.search(ev.expr.phrase))
        and words()["goal_reach"].search(ev.local) is None
    ):
        # a work to finish before or in a far year, no goal word near: "Sở Giáo dục và Đào tạo
        # hoàn thành việc sắp xếp trường lớp trước năm 2028" (due by the year as written, as
        # "trước tháng 6/2026" is by that month's last day), "hoàn thành ... chậm nhất năm 2028",
        # "hoàn thành ... trong năm 2028"; not "trở thành ... trước năm 2030"
        return False
    if not (far or led) and ev.q in (None, "within") and not w.search(ev.expr.phrase):
        # the goal word is further back than a verb of completion: "Viện Chiến lược ... hoàn thành
        # đề tài trong năm 2026" is work due then, not a horizon
        last = max(m.end() for m in w.finditer(before))
        if words()["done_verbs"].search(ev.before, last) is not None:
            return False
    period = ev.kind == "range" and (_period_right_before(ev.before) or _PERIOD.search(ev.expr.phrase))
    return far or ev.kind != "range" or bool(period)


_PERIOD_TAIL = regex.compile(r"[\s*_(:]*")


def _period_right_before(before: str) -> bool:
    """(helper 94) A period's word right before a range names a span ("giai đoạn 2026 - 2027",
    "nhiệm kỳ: 2026 - 2031"); a phase's own name between them makes the range its schedule, the
    work done then, as a longer name or a phase's number already did ("Giai đoạn chuẩn bị: từ ngày
    01/4/2026 đến ngày 30/6/2026" as "Giai đoạn thực hành diễn tập: từ ngày ..."). The last 20
    characters only, as before."""
    tail = before[-20:]
    last = None
    for m in _PERIOD.finditer(tail):
        last = m
    return last is not None and _PERIOD_TAIL.fullmatch(tail, last.end()) is not None


def _goal_figure(ev: Evidence) -> bool:
    """"Đến hết năm 2026, 100% hồ sơ được số hóa", "Trong quý II/2026, tỷ lệ ... đạt 80%": a time
    opening its clause (alone or after a goal word), then a figure to reach, no work to finish."""
    if ev.due is None or _before_document(ev):
        return False  # (a period over when signed: the figures are results)
    if ev.q not in ("until", "through", "within", "on", None) and not (ev.q == "by" and _UNTIL.match(ev.expr.phrase)):
        return False  # ("đến cuối năm 2026": "until" reads "by" for a vague period)
    w = words()
    if w["goal_reach"].search(ev.local[-40:]) is not None:
        return True  # "phải đạt 90% trong năm 2025": the figure right before the time
    if w["goal_reach_base"].search(ev.local[-80:]) is not None and w["goal_said"].search(ev.local) is not None:
        return True  # "phấn đấu tỷ lệ ... đạt 30% lực lượng lao động vào cuối năm 2027": its base between
    if not ev.bold and w["goal_subject"].match(ev.local) is not None and w["obligation"].search(ev.local) is None:
        # the figure is the clause's subject, its level after the time ("Tỷ lệ hộ nghèo đến cuối
        # năm 2026 giảm xuống dưới 1%")
        return _figure_without_work(ev.rest[:60])
    if ev.bold or ev.q == "on":
        return False
    # (helper 56) ... or after its subject and a goal's lead ("Trung tâm Y tế phấn đấu trong quý
    # II/2027 đạt 80% ...": the owner's target, as the corpus records owned targets)
    if w["goal_opener"].match(ev.local) is None and w["target_lead"].search(ev.local[-40:]) is None:
        return False
    return _figure_without_work(ev.rest[:100])


def _figure_without_work(rest: str) -> bool:
    """A figure to reach in ``rest`` (the clause after the time) with no work to finish before it."""
    w = words()
    figure = w["goal_figure"].search(rest)
    if figure is None or w["open_closed_by"].search(rest) is not None:
        return False
    # no work asked for before the figure ("Trong năm 2026, Sở Y tế tổ chức tiêm chủng đạt tỷ lệ 95%")
    goal_words = load("deadline_words")["goal_not_work"]
    return all(
        " ".join(m.group().lower().split()) in goal_words
        for m in w["obligation"].finditer(rest, 0, figure.start())
    )


def _before_document(ev: Evidence) -> bool:
    return ev.due is not None and ev.ctx.doc_floor is not None and ev.due < ev.ctx.doc_floor


def _past_words(ev: Evidence) -> bool:
    w = words()["past"]
    return bool(w.search(ev.expr.phrase) or w.match(ev.after.lstrip(" ,")))


def _narrative_opening(ev: Evidence) -> bool:
    # (or a span over by the signing: "Từ đêm 12/9 đến sáng 14/9/2026, trên địa bàn đã xảy ra ...")
    over = ev.q == "from_to" and ev.due is not None and ev.ctx.doc_date is not None and ev.due <= ev.ctx.doc_date
    return ev.opening and not ev.bold and (ev.q in (None, "on", "within") or over) and ev.kind != "recurring"


def _narrated_past(ev: Evidence) -> bool:
    return _narrative_opening(ev) and _DA.search(ev.rest) is not None


def _results_told(ev: Evidence) -> bool:
    """(helper 53) A time opening a sentence in a part that tells the results ("I. KẾT QUẢ ĐẠT
    ĐƯỢC" / "Trong quý I/2026, Sở Nội vụ tổ chức 03 lớp tập huấn ...", "Từ ngày 01/6/2026 đến ngày
    30/6/2026, Đoàn kiểm tra ... kiểm tra 12 xã"): what was done then, told without "đã" (a copy
    without its date too); not a time after the signing, nor a clause that asks for work."""
    if not _narrative_opening(ev) and not (ev.opening and not ev.bold and ev.q == "from_to"):
        return False
    if ev.kind == "recurring" or not ev.headings or not results_headings(ev.headings):
        return False
    doc = ev.ctx.doc_date
    if doc is not None and (ev.due is None or (ev.due > doc and not _period_under_way(ev, doc))):
        return False
    return words()["published_asked"].search(ev.clause) is None


def _report_result(ev: Evidence) -> bool:
    """(helper 89) In a report (``results_doc_types``), in a part that tells the results ("I. KẾT QUẢ
    ĐẠT ĐƯỢC"), a time over or under way at the signing, wherever it stands in its sentence ("UBND xã
    ban hành 25 văn bản trong năm 2026", "hoàn thành chi trả trước ngày 15/10/2026" in a report of
    November): what was done, told without "đã"; not when the clause asks for work."""
    if ev.bold or ev.kind == "recurring" or ev.due is None or not ev.headings:
        return False
    doc = ev.ctx.doc_date
    if doc is None or ev.ctx.doc_type not in load("deadline_words")["results_doc_types"]:
        return False
    if not (ev.due < doc or _period_under_way(ev, doc)) or not results_headings(ev.headings):
        return False
    return words()["published_asked"].search(ev.clause) is None


def _report_cycle(ev: Evidence) -> bool:
    """(helper 105) In a report (``results_doc_types``), in a part that tells the results ("I. KẾT QUẢ
    THỰC HIỆN"), a cycle ("Hằng tháng, các chi bộ duy trì sinh hoạt ...", "Hằng quý, Ban Thường vụ
    nghe báo cáo ..."): the way the work was done, told; no duty, unless the clause asks for it."""
    if ev.bold or ev.kind != "recurring" or not ev.headings:
        return False
    if ev.ctx.doc_type not in load("deadline_words")["results_doc_types"] or not results_headings(ev.headings):
        return False
    return not ev.clause_has(words()["published_asked"])  # (read once per clause)


def _limit_restated(ev: Evidence) -> bool:
    """(helper 105) In a report (``results_doc_types``), a limit another document set, told again
    ("Thời hạn bàn giao ... theo Kế hoạch số 215/KH-UBND là trước ngày 30/6/2027"): a mention, unless
    the clause asks for the work after it ("..., đề nghị các xã bảo đảm tiến độ")."""
    if ev.bold or ev.ctx.doc_type not in load("deadline_words")["results_doc_types"]:
        return False
    w = words()
    # (the noun opens the clause, so no asking word comes before it; its own words may hold one:
    # "bàn giao")
    return w["restated_limit"].search(ev.local) is not None and w["published_asked"].search(ev.rest) is None


def _period_under_way(ev: Evidence, doc: dt.date) -> bool:
    """(helper 56) A year, a quarter or a month the document is signed in ("Trong năm 2026, UBND
    tỉnh ban hành 15 kế hoạch ..." in a report of December 2026): begun before the signing."""
    if ev.kind not in ("year", "half_year", "quarter", "month") or ev.q not in (None, "within") or ev.due is None:
        return False
    # ((helper 89) and a half of it: "Trong 6 tháng đầu năm, ..." in a report of late June)
    months = {"month": 1, "quarter": 3, "half_year": 6}.get(ev.kind, 12)
    return dt.date(ev.due.year, max(1, ev.due.month - months + 1), 1) <= doc


def _narrated_date(ev: Evidence) -> bool:
    return (
        _narrative_opening(ev)
        and ev.kind in ("date", "datetime")
        and ev.q in (None, "on")
        and not _scheduled_work(ev)
    )


def _scheduled_work(ev: Evidence) -> bool:
    """"Ngày 20/3/2026, các đơn vị nộp hồ sơ về Sở Nội vụ" in a plan signed before that day: work
    set for the day, not a day told (no issuing, holding or signing after it, no 'đã')."""
    doc = ev.ctx.doc_date
    rest = ev.rest[:80]
    return (
        doc is not None
        and ev.due is not None
        and ev.due > doc
        and ev.obligation
        and words()["obligation"].search(rest) is not None
        and words()["announce_verbs"].search(rest) is None
        and _DA_DANG_VUA.search(ev.rest) is None
    )


def _announced_date(ev: Evidence) -> bool:
    """"... Ngày 01/3/2021, UBND tỉnh ban hành Công văn ...": a day that opens a sentence joined to
    the line above, its subject then issuing, holding or signing something."""
    return (
        not ev.bold
        and ev.kind in ("date", "datetime")
        and ev.q in (None, "on")
        and ev.joined_opening
        and words()["announce_verbs"].search(ev.rest[:80]) is not None
    )


def _narrated_span(ev: Evidence) -> bool:
    """"Từ ngày 1.1 đến ngày 6.7, UBND tỉnh giao 833 nhiệm vụ ...; ... đã hoàn thành": in a text with
    no date of its own (a news report), a span opening a sentence told in the past is over."""
    return (
        ev.ctx.doc_floor is None
        and not ev.bold
        and ev.kind == "range"
        and (ev.opening or ev.joined_opening)
        and _DA.search(ev.sentence_rest) is not None
    )


def _period_reported(ev: Evidence) -> bool:
    """"báo cáo kết quả quý I năm 2026 ... trước ngày 25/3/2026": the period reported on."""
    return (
        ev.q is None
        and ev.kind in _PERIODS
        and not ev.bold
        and ev.others_with_deadline_qualifier() > 0
    )


_SITUATION_KINDS = ("vague", *_PERIODS)
_EXPLICIT_DAY = ("date", "datetime")


def _situation_period(ev: Evidence) -> bool:
    """"báo cáo tình hình ... trong dịp Tết Nguyên đán ... trước ngày 12/02/2027": the period a
    report tells of (the object of its verb, "trong ..."), the report due by the explicit day that
    follows it in the clause; not a second term. A school term ("báo cáo tình hình ... trong học kỳ I
    năm học 2026 - 2027 trước ngày 15/02/2027") the same."""
    term = ev.kind == "range" and ev.expr.rule.startswith("school_term")  # ("trong học kỳ I năm học ...")
    if ev.bold or not (term or (ev.q == "within" and ev.kind in _SITUATION_KINDS)):
        return False
    after = ev.next_in_clause()
    # (helper 47) or by a time that recurs ("báo cáo tình hình ... trong dịp Tết về Bộ Y tế trước 10
    # giờ hằng ngày": a report each day of the period)
    if after is None or after.qualifier not in ("before", "by") or after.kind not in (*_EXPLICIT_DAY, "recurring"):
        return False
    near = ev.text[max(ev.clause_start, ev.expr.start - 130) : ev.expr.start]
    return words()["covered"].search(near) is not None


_AND_THEN = regex.compile(r"[\s*_]*(?:và|,)[\s*_]*", regex.IGNORECASE)


def _then_every(ev: Evidence) -> bool:
    """"báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 11 năm 2026 và hằng tháng": a first report by a
    day, then one every period (the cycle joined right after a time limit, in a clause of reporting)."""
    if ev.kind != "recurring" or not ev.clause_has(words()["recipient_verbs"]):
        return False
    return any(
        o.end <= ev.expr.start
        and o.qualifier in _DEADLINE_QUALIFIERS
        and _AND_THEN.fullmatch(ev.text, o.end, ev.expr.start) is not None
        for o in ev.others
    )


def _bare_recurrence(ev: Evidence) -> bool:
    rec = ev.expr.recurrence
    return (
        ev.kind == "recurring"
        and (rec is None or (rec.weekday is None and rec.monthday is None and rec.time is None))
        # ("vào ngày làm việc cuối cùng của tháng", "vào tuần thứ 2 hằng tháng": a day or a week
        # named, which the record's calendar fields cannot hold, of work asked for in the clause)
        and not (ev.expr.rule in _NAMED_CYCLE_RULES and ev.clause_has(words()["obligation"]))
    )


_NAMED_CYCLE_RULES = ("recur_period_day", "recur_month_week", "recur_quarter_week", "recur_quarter_own_week")


def _periodic_duty(ev: Evidence) -> bool:
    """"định kỳ 6 tháng báo cáo Ban Bí thư": a report due every period."""
    rec = ev.expr.recurrence
    return (
        _bare_recurrence(ev)
        and rec is not None
        and bool(rec.interval_months)
        and ev.clause_has(words()["periodic_duty"])
        and not ev.clause_has(_DA_DANG_VUA)
    )


@functools.cache
def _times_words() -> regex.Pattern[str]:
    """The word of a count per period ("lần" of "03 tháng một lần", "02 lần/năm")."""
    times = "|".join(regex.escape(w) for w in load("timewords")["frequency"]["times"])
    return regex.compile(rf"(?<!\p{{L}})(?:{times})(?!\p{{L}})", regex.IGNORECASE)


def _counted_times(phrase: str) -> bool:
    return _times_words().search(phrase) is not None


def _counted_duty(ev: Evidence) -> bool:
    """(helper 102) A count per period in a clause of work ("..., kiểm tra việc thực hiện hương ước
    03 lần/năm.", "tham mưu kiểm tra, giám sát 03 lần/năm đối với ..."): how often the work asked
    for is done is its cycle (not a body's meetings, that rule's; nor when another cycle of the
    clause says when: "mỗi quý một lần vào tuần đầu của tháng cuối quý")."""
    w = words()
    return (
        _counted_times(ev.expr.phrase)
        # ((helper 105) or right after a verb of work: "phát sóng 02 lần/tuần chuyên mục ...")
        and (w["obligation"].search(ev.local) is not None or work_before(ev.local, len(ev.local)))
        and not _periodic_meeting(ev)
        and not any(o is not None and o.kind == "recurring" for o in (ev.previous_in_clause(), ev.next_in_clause()))
    )


def _periodic_meeting(ev: Evidence) -> bool:
    """(helper 97) "Ban Chấp hành họp thường kỳ 03 tháng một lần", "Các chi bộ sinh hoạt định kỳ mỗi
    quý một lần": a body's meeting that its rules make come back, the verb right before the cycle."""
    return (
        _bare_recurrence(ev)
        and ev.expr.recurrence is not None
        # (a count per period, "03 tháng một lần", "02 lần/năm": a rule of how often it meets; a bare
        # "định kỳ mỗi quý" after a meeting may only tell of it)
        and _counted_times(ev.expr.phrase)
        and words()["periodic_meetings"].search(ev.local[-40:]) is not None
        and words()["periodic_meetings_noun"].search(ev.local[-50:]) is None
        and not ev.clause_has(_DA_DANG_VUA)
        # ("sinh hoạt mỗi quý một lần vào tuần đầu của tháng cuối quý": the later cycle says when)
        and not any(o is not ev.expr and o.kind == "recurring" for o in ev.others)
    )


def _ongoing_work(ev: Evidence) -> bool:
    """(helper 92) "..., nhiệm vụ thường xuyên;", "..., thực hiện thường xuyên.": work said to go on,
    closing its clause (read by ``deadlines._inline_ongoing``)."""
    return ev.expr.rule == "ongoing_closing"


def _time_label(ev: Evidence) -> bool:
    """"Thời gian thực hiện: Quý III/2026" under a task; "Hạn cuối nhận hồ sơ: 17 giờ ngày ..."; a
    period after the bare word ("Giao Khối dân vận. Thời gian: quý I/2027")."""
    w, start = words(), ev.expr.start
    return (
        w["time_label"].search(ev.text, max(0, start - 40), start) is not None
        or w["deadline_label"].search(ev.text, max(0, start - 70), start) is not None
        or (
            # (helper 78) ... or a cycle with no day ("Ủy ban Kiểm tra Tỉnh ủy chủ trì; thời gian: hằng
            # năm"): the task comes back each period (a meeting's cycle names its weekday or hour)
            ((ev.kind in _PERIODS and ev.due is not None) or (_bare_recurrence(ev) and not _told_before(ev)))
            and w["period_time_label"].search(ev.text, max(0, start - 20), start) is not None
        )
    )


def _told_before(ev: Evidence) -> bool:
    """(helper 78) A story told in the sentence before the expression ("Năm 2025, Ủy ban Kiểm tra đã
    kiểm tra ...; thời gian: hằng năm"): "đã", "đang", "vừa" since the sentence's start."""
    start = ev.expr.start
    lo = max(0, start - _TOLD_REACH)  # (a sentence of many clauses is not read back to its start for each)
    sentence = max(lo, max(ev.text.rfind(c, lo, start) for c in ".!?\n") + 1)
    return _DA_DANG_VUA.search(ev.text, sentence, start) is not None


_TOLD_REACH = 1000  # characters looked back for a story told in the sentence before the expression


def _vague_unbound(ev: Evidence) -> bool:
    return ev.q in (*_DEADLINE_QUALIFIERS, "from_to") and ev.kind == "vague" and ev.due is None and not (
        ev.obligation or ev.bold
    )


def _event_limit(ev: Evidence) -> bool:
    """A limit set by a named event, with no date ("trước khi nghiệm thu", "ngay sau khi nước rút")."""
    return ev.kind == "vague" and ev.expr.rule == "event" and ev.due is None and not ev.bold


def _event_limit_told(ev: Evidence) -> bool:
    """(helper 103) "Sở Xây dựng đã kiểm tra chất lượng công trình trước khi nghiệm thu": work before
    an event told as done ("đã" in the clause before it), no term."""
    if not _event_limit(ev):
        return False
    return _da_told(ev.local)


def _da_told(local: str) -> bool:
    """(helper 103) "đã" in ``local`` that tells work done, not a thing's state ("thu hoạch lúa đã chín
    trước khi bão đổ bộ")."""
    states = words()["da_state"]
    return any(states.match(local, m.end()) is None for m in _DA.finditer(local))


def _event_limit_rule(ev: Evidence) -> bool:
    """(helper 103) "Hồ sơ phải được thẩm định trước khi nghiệm thu": a rule in the passive, its clause
    opening with no unit, that puts work before an event: a condition stated, nobody's term."""
    if not _event_limit(ev) or words()["event_clause"].search(ev.expr.phrase) is None:
        return False
    # (its own part after a semicolon: "Sở Xây dựng hướng dẫn ...; các công trình bị hư hỏng phải được
    # kiểm định trước khi bàn giao")
    semicolon = ev.local.rfind(";")
    part = ev.local[semicolon + 1 :]
    # (after a semicolon, "các" alone opens the rule's thing, no owner: data passive_heads_not)
    before = ev.text[max(0, ev.clause_start - _SEMICOLON_LOOK) : ev.clause_start]
    after = semicolon >= 0 or before.rstrip().endswith(";")
    opening = words()["passive_owner_opening" if after else "owner_opening"]
    return words()["event_rule_passive"].search(part) is not None and opening.match(part) is None


_SEMICOLON_LOOK = 8  # (characters before a clause looked at for the semicolon that opens it)


def _owner_awaits_event(ev: Evidence) -> bool:
    """(helper 103) "Sở Xây dựng kiểm tra chất lượng công trình trước khi nghiệm thu", "Trung tâm
    Khuyến nông hướng dẫn ... trước khi bão đổ bộ": a limit set by a named event, with no date, in an
    item that opens with its owner and then its work is that owner's vague term whatever its verb
    (not a story told: "đã")."""
    return (
        _event_limit(ev)
        # ((or "ngay sau khi lũ rút": right after an event told as a clause)
        and (
            ev.q in (*_DEADLINE_QUALIFIERS, "from_to")
            or (ev.q == "on" and words()["event_clause"].search(ev.expr.phrase) is not None)
        )
        and not ev.obligation  # (read as before, by the qualifier; bold: _event_limit)
        and words()["owner_opening"].match(ev.local) is not None
        and not _da_told(ev.local)
    )


def _within_year_unbound(ev: Evidence) -> bool:
    return ev.q == "within" and ev.kind == "year" and not (ev.obligation or ev.bold or _owner_opens_item(ev))


def _owner_opens_item(ev: Evidence) -> bool:
    """"2.2. UBND các xã, phường phủ sóng 5G đến thôn, bản trong năm 2027" under "Nhiệm vụ và giải
    pháp": an item of the operative part that opens with its owner, then its work, is asked of it
    whatever its verb (not a year already begun before the signing's, nor a story told: "đã")."""
    doc, due = ev.ctx.doc_date, ev.due
    if doc is None or due is None or due < doc or ev.expr.year_inferred:
        return False
    w = words()
    return (
        w["operative_heading"].search(ev.headings) is not None
        and w["owner_opening"].match(ev.local) is not None
        and _DA.search(ev.local) is None
    )


def _list_intro(ev: Evidence) -> bool:
    """"... ban hành Kế hoạch triển khai các nhiệm vụ quý IV năm 2026 như sau:": the sentence that
    opens the document's list names the period it covers."""
    return ev.q is None and not ev.bold and ev.clause_has(words()["list_intro"])


def _narrated(ev: Evidence) -> bool:
    return not ev.bold and ev.clause_has(_DA)


# an inline item opening a clause ("**(3)** nguồn lực ..."), and the lead-in of a list of results
# ("... đã đạt kết quả nổi bật: **(1)** ...")
_INLINE_ITEM = regex.compile(r"[\s*_]*\(\d{1,2}\)")
_RESULTS_LEAD = regex.compile(
    r"(?<!\p{L})đã\s+(?:đạt|có|thu\s+được|tạo)[^.!?;]{0,80}?(?<!\p{L})(?:kết\s+quả|thành\s+tựu|chuyển\s+biến)"
    r"[^.!?;]{0,60}:[\s*_]*$",
    regex.IGNORECASE,
)


def _results_listed(ev: Evidence) -> bool:
    """"... đã đạt kết quả nổi bật: (1) ...; (3) nguồn lực ... bảo đảm ... trong năm 2026": an item
    of a list of results told as achieved, not a task (its clause has no "đã" of its own)."""
    if ev.bold or _INLINE_ITEM.match(ev.clause) is None:
        return False
    head = ev.text[max(0, ev.clause_start - 2000) : ev.clause_start]
    first = head.rfind("(1)")
    return first > 0 and _RESULTS_LEAD.search(head[max(0, first - 300) : first]) is not None


def _session_purpose(ev: Evidence) -> bool:
    """"trình Thủ tướng Chính phủ trước ngày 20/10/2026 để báo cáo tại Phiên họp Chính phủ thường
    kỳ tháng 10/2026": the session the work is for, after its limit, is no second term."""
    if ev.q not in (None, "on"):
        return False
    prev = ev.previous_in_clause()
    if prev is None or prev.end > ev.expr.start:
        return False
    if prev.qualifier not in _DEADLINE_QUALIFIERS or prev.due is None:
        # (the session's month read between them: "... tại phiên họp thường kỳ tháng 12 (dự kiến ...)")
        return _session_day_after_purpose(ev, ev.previous_in_clause(2))
    if words()["session_purpose"].fullmatch(ev.text, prev.end, ev.expr.start) is None:
        return _session_day_after_purpose(ev, prev)
    return words()["session_noun"].search(ev.text, prev.end, ev.expr.end) is not None


def _session_day_after_purpose(ev: Evidence, limit: TimeExpr | None) -> bool:
    """"gửi báo cáo trước 16 giờ ngày 11/12/2026 để tổng hợp, báo cáo Thủ tướng tại phiên họp
    thường kỳ tháng 12 (dự kiến ngày 14/12/2026)": the session's day, in brackets after the session,
    is no second term of the work the limit before it is for."""
    if limit is None or limit.qualifier not in _DEADLINE_QUALIFIERS or limit.due is None or ev.kind != "date":
        return False
    if limit.end > ev.expr.start or ev.text.rfind("(", max(0, ev.expr.start - 24), ev.expr.start) < 0:
        return False
    w = words()
    if w["session_purpose_long"].fullmatch(ev.text, limit.end, ev.expr.start) is None:
        return False
    return w["session_noun"].search(ev.text, limit.end, ev.expr.start) is not None


def _spill(ev: Evidence) -> bool:
    """"hoàn thành trong tháng 9/2026, không để kéo dài sang tháng 10/2026": a time the work must
    not run into, no limit of its own."""
    return ev.q is None and words()["spill"].search(ev.local[-80:]) is not None


def _opens_list(text: str) -> bool:
    """``text`` ends with a colon, blanks and emphasis marks after it (read from its end: a search
    over the whole paragraph for every time expression in it would be quadratic on one long line).

    >>> _opens_list("Bộ Tài chính đề nghị: ** "), _opens_list("đề nghị: các sở.")
    (True, False)
    """
    return text.rstrip(" \t\n\r*_").endswith(":")


def _lead_in_purpose(ev: Evidence) -> bool:
    """"..., để chuẩn bị báo cáo Chính phủ tại Phiên họp thường kỳ tháng 12/2026, Bộ Tài chính đề
    nghị:": the occasion the issuer prepares for, in the lead-in of the list of what it asks; the
    terms are the items'."""
    return (
        ev.q in (None, "on", "within")
        and _opens_list(ev.text)
        and words()["lead_in_purpose"].search(ev.local[-120:]) is not None
    )


def _lead_in_aim(ev: Evidence) -> bool:
    """"Để bảo đảm công tác khám bệnh, chữa bệnh trong dịp Tết Nguyên đán ..., Bộ Y tế đề nghị các
    đơn vị thực hiện một số nội dung sau:", "Để kịp thời báo cáo Thủ tướng Chính phủ trong tháng
    01/2027, Bộ Nội vụ đề nghị:": a time inside the aim that opens a list's lead-in, before the
    request: the occasion, or the issuer's own term; the items give the addressees' (helper 47)."""
    w = words()
    return (
        ev.q in (None, "on", "within")
        and _opens_list(ev.text)
        and w["aim_opening"].fullmatch(ev.local) is not None
        and w["aim_request"].match(ev.rest) is not None
    )


def _purpose(ev: Evidence) -> bool:
    """"tháo gỡ vướng mắc để có thể triển khai trong năm 2026": the time of the aim."""
    return ev.q in (None, "within") and words()["purpose"].search(ev.local[-80:]) is not None


def _event_words(ev: Evidence) -> bool:
    """A meeting or an event named before the time: when it takes place, not a due time, unless
    the clause asks for it to be organised ("tổ chức hội nghị sơ kết vào tháng 6/2026")."""
    w = words()
    if ev.bold or w["event"].search(ev.local[-60:]) is None:
        return False
    before = w["organised_event"].sub(lambda m: " " * len(m.group()), ev.local[-100:])
    return w["event"].search(before[-60:]) is not None


def _event_organised_by(ev: Evidence) -> bool:
    """"Hội nghị sơ kết 6 tháng (tháng 7/2027) do Văn phòng tham mưu tổ chức": an event, its time,
    then the body asked to organise it: a task due then (not an event told of)."""
    return (
        ev.kind in _PERIODS
        and ev.due is not None
        and ev.q in (None, "on", "within")
        and words()["organised_by"].match(ev.rest) is not None
        and _event_words(ev)
        and _DA.search(ev.clause) is None
    )


def _session_delivery(ev: Evidence) -> bool:
    """"báo cáo Chính phủ tại Phiên họp thường kỳ tháng 12 năm 2026": a report due at a session of
    the body it goes to, in that session's month (a past one, "Trên cơ sở báo cáo tại phiên họp
    tháng 10", is read before: told, or before the document); the session's day, expected or not,
    after it ("trình HĐND xã tại kỳ họp thứ 6 (dự kiến ngày 25/12/2026)")."""
    return (
        (ev.q is None or (ev.q == "on" and ev.kind == "date"))
        and ev.due is not None
        # ((helper 72) or the session's own words with its time: "trình HĐND tỉnh tại kỳ họp thứ 6 (kỳ
        # họp thường lệ giữa năm 2027)")
        and (ev.kind in ("month", "quarter", "date") or (ev.kind == "vague" and ev.expr.rule == "event"))
        and words()["session_delivery"].search(ev.local[-200:]) is not None
        and words()["session_heard"].search(ev.local[-240:]) is None
    )


def _on_session(ev: Evidence) -> bool:
    """"Các chi bộ tổ chức sinh hoạt chuyên đề vào kỳ sinh hoạt tháng 3/2027": the month of the
    session the work is done at, in a clause of obligation (not a report heard at one: "Trên cơ sở
    báo cáo ... tại Phiên họp thường kỳ tháng 12, Chính phủ ...")."""
    return (
        ev.q is None
        and ev.kind in ("month", "quarter")
        and ev.due is not None
        and ev.obligation
        and words()["on_session"].search(ev.local[-60:]) is not None
        and words()["session_heard"].search(ev.local[-240:]) is None
    )


def _near_period_request(ev: Evidence) -> bool:
    """"Tuần tới, Sở Tài chính tổ chức kiểm tra ...", "trình ... phương án tháng sau"."""
    return (
        ev.q is None
        and ev.due is not None
        and (
            ev.expr.rule.split("+")[0] in _NEAR_PERIODS
            or ev.expr.rule in _NEAR_PARTS
            or (ev.expr.rule == "part_of_month" and not any(c.isdigit() for c in ev.expr.phrase))
        )
        and (ev.obligation or ev.clause_has(words()["recipient_verbs"]))
        and not ev.clause_has(_DA_DANG_VUA)
    )


def _period_done(ev: Evidence) -> bool:
    """"hoàn thành các nhiệm vụ 6 tháng cuối năm 2025"; not a period the work starts in
    ("thực hiện từ tháng 01/2027", "triển khai kể từ quý III/2027": no end is set)."""
    return (
        ev.q is None
        and ev.kind in ("half_year", "month", "quarter", "vague")
        and ev.obligation
        and ev.due is not None
        and words()["done_verbs"].search(ev.local) is not None
        and not _starts_from(ev)
    )


_OPENING_PERIODS = ("half_year", "month", "quarter", "vague", "year")


def _period_opens_clause(ev: Evidence) -> bool:
    """A period that opens the clause, followed by what to do in it: "cuối năm 2026 sơ kết, báo
    cáo Ban Thường vụ"."""
    # one school year ("Năm học 2026-2027, ..."), a span, is read as a year
    # (or a term of one: "Học kỳ I năm học 2026 - 2027, ...")
    one_school_year = ev.kind == "range" and ev.expr.rule in ("school_year", "school_term") and ev.q == "from_to"
    if not ((ev.q is None and ev.kind in _OPENING_PERIODS) or one_school_year) or not ev.obligation:
        return False
    if ev.due is None or _FILLER.fullmatch(ev.local) is None:
        return False  # (opens the clause, after an item's label at most)
    pos = ev.expr.end
    text = ev.text
    while pos < len(text) and text[pos] in " ,:*_":
        pos += 1
    w = words()
    if ev.kind not in ("year", "range") and w["obligation"].match(text, pos) is not None:
        return True
    # its subject first, then work to finish or to hand in: "Năm 2026, Sở Nội vụ hoàn thành việc sắp
    # xếp ...", "Quý III/2026, Sở Tư pháp trình UBND tỉnh ..." (not a state: "đã", a goal word)
    rest = text[pos : min(ev.clause_end, pos + 60)]
    return (
        (
            w["open_closed_by"].search(rest) is not None
            or w["recipient_verbs"].search(rest) is not None
            or w["review_words"].search(rest) is not None
        )
        and _DA_DANG_VUA.search(rest) is None
        and w["target"].search(rest) is None
        and w["review_not_with"].search(rest) is None
    )


_LABEL_COLON = regex.compile(r"[\s*_]*:[\s*_]*")
_STEP_CLOSE = regex.compile(r"\s*\)")
_STEP_LABEL_MAX = 40  # characters of a step's label before its time ("Giai đoạn II (")


_SENTENCE_BEFORE = regex.compile(r"[.;!?]\s+$")


def label_line_start(text: str, start: int) -> int:
    """Where the line of a time at ``start`` opens: after a line break, or after a sentence's end
    when the time opens with a capital ("... đầu năm. Tháng 10/2026: ...": lines with no list mark
    joined into one paragraph); looked for in a few characters only."""
    lo = max(0, start - _STEP_LABEL_MAX - 8)
    line = text.rfind("\n", lo, start) + 1
    if start < len(text) and text[start].isupper() and _FILLER.fullmatch(text, line, start) is None:
        m = _SENTENCE_BEFORE.search(text, max(line, start - 4), start)
        if m is not None:
            return int(m.end())
    return line


_LABEL_LIST_MAX = 6  # times listed as one label ("Tháng 9, tháng 10 và tháng 11: ...")


def _last_of_label_list(ev: Evidence, line: int) -> bool:
    """"- Tháng 9, tháng 10: Kiểm tra ...": the last of the times listed as a line's label (joined
    by commas, dashes or "và"), the first of them opening the line: the work is due by the last."""
    link = words()["label_list_link"]
    after = ev.expr
    for back in range(1, _LABEL_LIST_MAX):
        prev = ev.previous_in_clause(back)
        if prev is None or prev.end > after.start or prev.kind != ev.kind or prev.qualifier is not None:
            return False
        if link.fullmatch(ev.text, prev.end, after.start) is None:
            return False
        if _FILLER.fullmatch(ev.text, label_line_start(ev.text, prev.start), prev.start) is not None:
            return True
        after = prev
    return False


def _period_label(ev: Evidence) -> bool:
    """A time standing as the label of a line, then the work due by it: "- Quý I/2026: Sở Khoa
    học và Công nghệ hoàn thành khảo sát", "Tháng 12/2026: Hoàn thành triển khai ..." (a roadmap)."""
    if ev.kind not in ("date", "datetime", "month", "quarter", "half_year", "year", "range") or ev.due is None:
        return False
    end = ev.expr.end
    # (a line of its own inside a paragraph of lines with no list marks: "Tháng 9/2026: ...\nTháng
    # 10/2026: ..."; the line's start looked for in a few characters only)
    line = label_line_start(ev.text, ev.expr.start)
    if _FILLER.fullmatch(ev.text, line, ev.expr.start) is None and not _last_of_label_list(ev, line):
        # ("Bước 2 (tháng 10/2026): ...": a step's time in brackets, as its label; the bracket
        # looked for in a few characters only: the engine would search the rest of the text for it)
        lead = _FILLER.match(ev.text, line, ev.expr.start)
        if (
            lead is None
            or ev.expr.start - lead.end() > _STEP_LABEL_MAX
            or words()["step_label"].fullmatch(ev.text, lead.end(), ev.expr.start) is None
        ):
            return False  # (opens the paragraph, after its list mark at most)
        close = _STEP_CLOSE.match(ev.text, end, end + 16)
        if close is None:
            return False
        end = close.end()
    m = _LABEL_COLON.match(ev.text, end)
    if m is None or ":" not in m.group():
        return False
    after = ev.text[m.end() : m.end() + 160]
    w = words()
    if w["review_not_with"].search(after) or w["target"].search(after):
        return False  # a yearly figure to reach ("- Năm 2027: đạt 70% ..."): a goal
    if w["action_starts"].match(after):
        return True
    # (helper 81) the work's owner opening it: its name holds no work ("Sở Xây dựng có 12 kỹ sư"),
    # the words after it tell whether work is due ("Sở Tài chính quyết toán kinh phí") or a state
    # (the clause of the work: its first 60 characters up to a stop)
    head = after[: _LABEL_CLAUSE.match(after).end()]
    owner_end = _label_owner_end(after, head)
    work = after[owner_end:] if owner_end else after
    if w["obligation"].search(work) or w["done_verbs"].search(work):
        return True
    return owner_end > 0 and _label_owner_work(ev, head, owner_end)


_LABEL_CLAUSE = regex.compile(r"[^.;:!?\n]{0,60}")  # (matches everywhere, the empty string at least)


def _label_owner_end(after: str, head: str) -> int:
    """(helper 81) Where the unit that opens a time label's work ``after`` (its clause ``head``) ends
    (0 if none opens it)."""
    if words()["owner_opening"].match(after) is None:
        return 0  # (cheap: a unit's head word opens it)
    from ndq57.extract.units import find_units

    found = find_units(head)
    if not found or _FILLER.fullmatch(head, 0, found[0].start) is None:
        return 0
    return found[0].end


def _label_owner_work(ev: Evidence, head: str, pos: int) -> bool:
    """(helper 81) "- Quý IV/2027: Sở Tài chính quyết toán kinh phí", "Tháng 3/2027: UBND các xã lập
    danh sách": the work after a time's label opens with its owner (ending at ``pos``), whatever its
    verb; not a state or a figure told of the owner ("Năm 2027: Sở Y tế có 50 bác sĩ"), nor a time
    already past. ``head`` is the work's clause."""
    doc, due = ev.ctx.doc_date, ev.due
    if due is None or (doc is not None and (due < doc or ev.expr.year_inferred)):
        return False
    if _DA_DANG_VUA.search(head) is not None:
        return False
    while pos < len(head) and head[pos] in " *_":
        pos += 1
    return pos < len(head) and words()["label_states"].match(head, pos) is None


_YEARS_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\d{1,2}\s*$")


def _term_of_office(ev: Evidence) -> bool:
    """"nhiệm kỳ 2026 - 2031", "Đại hội ... khóa XV": a term, not a due date."""
    if ev.expr.rule == "event" and ev.q in _DEADLINE_QUALIFIERS:
        return False  # a congress named by its term, a limit before it ("trước Đại hội ... nhiệm kỳ 2030 - 2035")
    w = words()
    if ev.expr.rule == "event" and ev.q in ("on", "within") and w["term_part"].search(ev.expr.phrase):
        return False  # (helper 84) a part of the term as the limit: "vào cuối nhiệm kỳ 2025 - 2030"
    if w["term_words"].search(ev.expr.phrase):
        return True
    # (the term right before a limit names the work: "sơ kết giữa nhiệm kỳ vào quý II/2028")
    return ev.q not in (*_DEADLINE_QUALIFIERS, "on", "within") and bool(w["term_before"].search(ev.before[-20:]))


def _span_of_years(ev: Evidence) -> bool:
    """"Chiến lược 10 năm 2021 - 2030", "5 năm 2026 - 2030", "kết quả 5 năm (2021 - 2026)": a span
    counted in years."""
    if ev.kind != "range":
        return False
    if ev.expr.phrase[:3].lower() == "năm" and _YEARS_BEFORE.search(ev.before) is not None:
        return True
    return ev.before.rstrip()[-1:] == "(" and words()["years_counted"].search(ev.before) is not None


def _crop_season(ev: Evidence) -> bool:
    """"vụ Đông Xuân 2026 - 2027", "vụ Hè Thu năm 2026": the years name a crop season (as a
    school year's do), not a term; the season's work is due by the dates it gives."""
    return ev.kind in ("range", "year") and words()["crop_season"].search(ev.before[-40:]) is not None


def _estimate(ev: Evidence) -> bool:
    """"Ước thực hiện năm 2026 đạt 102% kế hoạch", "ước tính cả năm 2026": the period an estimate
    of results is made for, not a term."""
    return (
        ev.q in (None, "within", "on")
        and ev.kind in _PERIODS
        and not ev.bold
        and words()["estimate"].search(ev.local[-40:]) is not None
    )


def _estimate_opening(ev: Evidence) -> bool:
    """(helper 53) "Ước đến ngày 31/12/2026, giải ngân vốn đầu tư công đạt 95% kế hoạch": the day an
    estimate's figure is given for, the estimate's word alone opening the sentence before it."""
    if ev.bold or ev.due is None or ev.kind == "recurring" or ev.q not in (None, "within", "on", "by", "through"):
        return False
    m = words()["estimate_opener"].search(ev.local[-30:])
    if m is None:
        return False
    head = ev.local[: len(ev.local) - len(ev.local[-30:]) + m.start()]
    return _FILLER.fullmatch(head) is not None and _COMMA_AFTER.match(ev.after) is not None


def _toward(ev: Evidence) -> bool:
    """"tiến tới Đại hội đại biểu toàn quốc": toward an event, not before it."""
    lead = ev.before + ev.expr.phrase[:3]
    return ev.kind == "vague" and ev.due is None and words()["toward"].search(lead) is not None


_FIRST_DIGIT = regex.compile(r"\d")


def _greeted_day(ev: Evidence) -> bool:
    """"tổ chức các hoạt động chào mừng ngày 26/3", "nhân dịp ngày 20/10": the day celebrated, not
    a day the work is due by (unless a work is finished for it: "hoàn thành ... chào mừng ...")."""
    if ev.kind not in ("date", "datetime") or ev.q not in (None, "on"):
        return False
    digit = _FIRST_DIGIT.search(ev.expr.phrase)
    head = ev.expr.phrase[: digit.start()] if digit else ""
    return (
        words()["greeted"].search(ev.before + head) is not None
        and words()["greeting_done"].search(ev.local) is None
    )


def _held_event(ev: Evidence) -> bool:
    """"Hội nghị ... họp từ ngày 10/4 đến ngày 12/4/2026 tại ...": when an event takes place; "Hội
    nghị sẽ được tổ chức trong tháng 6/2026": one said to be held, nobody asked to hold it."""
    if not ev.bold and ev.q in (None, "on", "within", "from_to") and words()["held_passive"].search(ev.local[-100:]):
        return True
    if (
        ev.bold
        or ev.kind not in ("date", "datetime", "range")
        or ev.q not in (None, "on", "from_to")
        or words()["obligation"].search(ev.local) is not None
        # ("HĐND tỉnh thông qua Nghị quyết ... tại kỳ họp ... (dự kiến ngày ...)": the session the work is due at)
        or _session_delivery(ev)
    ):
        return False
    at = _found_before(ev, words()["event"], 80)  # (the event's word, in the text)
    if at is None or _in_peak_span(ev, at):
        return False
    # a verb of work before the event's word: the event is what the work is about ("Báo tỉnh tuyên
    # truyền về Lễ kỷ niệm từ ngày ... đến ngày ...")
    return words()["event_work_verbs"].search(ev.text, max(ev.clause_start, at - 120), at) is None


@functools.cache
def _meeting_doc_types() -> frozenset[str]:
    return frozenset(load("deadline_words")["meeting_doc_types"])


def _invitation_time(ev: Evidence) -> bool:
    """(helper 56) "Thời gian: 14 giờ 00, ngày 17/12/2026" in a Giấy mời: the line that gives the
    meeting's time, not a term (a limit written there, "trước ..." or "chậm nhất ...", still is)."""
    if ev.bold or ev.ctx.doc_type not in _meeting_doc_types() or ev.q in ("before", "by"):
        return False
    start = ev.expr.start
    line = ev.text.rfind("\n", 0, start) + 1
    return words()["meeting_time_line"].search(ev.text, max(line, start - 160), start) is not None


def _held_before(ev: Evidence) -> bool:
    """(helper 50) "Đại hội chi bộ được tổ chức trước Đại hội Đảng bộ xã": an event said to be held
    before another, the order of events, nobody asked to hold it (not "phải được tổ chức xong trước
    ...", asked for)."""
    if ev.bold or ev.q != "before" or not ev.clause_has(words()["event"]):
        return False
    w = words()
    local = ev.local
    if len(local) > _HELD_REACH:
        return False  # (the event opens the clause and its passive verb ends right before the time)
    m = w["held_passive"].search(local)
    return (
        m is not None
        # (the event the clause's subject: nothing but an item's label before it, not "Sở Nội vụ chuẩn
        # bị nội dung để Hội nghị được tổ chức trước ngày ...", work asked for it)
        and _LABEL_ONLY.fullmatch(local, 0, m.start()) is not None
        and w["held_before_must"].search(local) is None
        and w["held_before_must"].search(ev.expr.phrase) is None
    )


_LABEL_ONLY = regex.compile(r"[^\p{L}]*+(?:\p{L}\)[^\p{L}]*+)?")
# (the longest clause before the time :func:`_held_before` may read: an item's label, the event's
# words, sixty characters, the passive verb and its place; a longer one is not read to its end for
# each time of a long clause)
_HELD_REACH = 300


def _published_told(ev: Evidence) -> bool:
    """(helper 53) "Kết quả xét tuyển được công bố trước ngày 15/3/2027", "Dự thảo được đăng tải
    trên Cổng thông tin điện tử tỉnh từ ngày ... đến ngày ...": the issuer tells when it publishes,
    nobody is asked (not when the clause asks for it: "phải được công khai", "đề nghị ...")."""
    if ev.bold or ev.kind in ("recurring", "relative"):
        return False
    w = words()
    return w["published_passive"].search(ev.local[-110:]) is not None and w["published_asked"].search(ev.local) is None


def _papers_sent(ev: Evidence) -> bool:
    """(helper 66) "Tài liệu hội nghị được gửi qua Hệ thống quản lý văn bản trước ngày 18/12/2026" in
    a Giấy mời: the organiser's own sending of the meeting's papers, told; nobody invited is asked
    (not "Bài tham luận được gửi về Văn phòng ...", the invited's, nor "Đề nghị các đồng chí nghiên
    cứu tài liệu trước ngày ...")."""
    if ev.bold or ev.kind in ("recurring", "relative") or ev.ctx.doc_type not in _meeting_doc_types():
        return False
    w = words()
    return w["papers_sent"].search(ev.local) is not None and w["published_asked"].search(ev.local) is None


def _course_attended(ev: Evidence) -> bool:
    """(helper 53) "Triệu tập ... tham dự lớp bồi dưỡng từ ngày 14/12/2026 đến ngày 18/12/2026": the
    days of a course its learners attend, no work asked by then (not "mở lớp bồi dưỡng ...", nor a
    limit: "... tham dự lớp tập huấn, gửi danh sách trước ngày ...")."""
    return (
        not ev.bold
        and ev.kind in ("date", "datetime", "range")
        and ev.q in (None, "on", "from_to")
        and words()["course_attended"].search(ev.local[-120:]) is not None
        and not ev.obligation
    )


_CLAUSE_END = regex.compile(r"[.;:!?\n]")


_LISTED_DAYS = ("day_list", "counted_days", "restated_span")  # (timex rules of days listed or spanned)


def _event_days(ev: Evidence) -> bool:
    """"Trong 2 ngày (15 và 16/7/2026), Ban Chấp hành họp Hội nghị ...", "Hội nghị diễn ra trong 2
    ngày 15 và 16/7/2026": the days an event is held on, listed, with no work asked for before them."""
    if ev.bold or ev.kind != "range" or not ev.expr.rule.startswith(_LISTED_DAYS) or ev.q not in (None, "within"):
        return False
    w = words()
    if w["obligation"].search(ev.local) is not None:
        return False
    end = _CLAUSE_END.search(ev.after)
    return w["event"].search(ev.local[-80:]) is not None or (
        w["event"].search(ev.after[: 100 if end is None else min(end.start(), 100)]) is not None
    )


def _in_peak_span(ev: Evidence, at: int) -> bool:
    """(helper 110) The event's word at ``at`` is the peak of a span the work is done in ("Tăng cường
    giám sát trong cao điểm mùa mưa từ tháng 6 đến tháng 10/2027"): the time is the work's."""
    peak = words()["peak_span"].search(ev.text, max(ev.clause_start, at - _PEAK_REACH), ev.expr.start)
    return peak is not None and peak.start() <= at < peak.end()


_PEAK_REACH = 32  # characters of the words of a peak span before its event word


def _found_before(ev: Evidence, pattern: regex.Pattern[str], width: int) -> int | None:
    """Where ``pattern`` is first found in the last ``width`` characters of the clause before the
    expression (an offset in the text), or None."""
    near = ev.local[-width:]
    m = pattern.search(near)
    return None if m is None else ev.expr.start - len(near) + m.start()


def _event_time_label(ev: Evidence) -> bool:
    """"Thời gian tổ chức Hội nghị: 08 giờ 00, ngày 20/3/2026", "Thời gian khai mạc: ...": the time
    a label gives an event, not a term (the obligation word "tổ chức" is the label's)."""
    return (
        not ev.bold
        and ev.kind in ("date", "datetime", "range")
        and ev.q in (None, "on", "from_to")
        and words()["event_time_label"].search(ev.text, max(0, ev.expr.start - 120), ev.expr.start) is not None
    )


def _ceremony_time(ev: Evidence) -> bool:
    """(helper 103) "Tổ chức lễ phát động ... vào lúc 7 giờ ngày 01/3/2027 tại ...": the hour a
    ceremony is held, with no limit word, is when it takes place (not "trước ngày ...": a term; a day
    alone, "tổ chức lễ kỷ niệm ngày 26/3/2026", stays the owner's term as before)."""
    return (
        not ev.bold
        and ev.kind == "datetime"
        and ev.q in (None, "on")
        and words()["ceremony_held"].search(ev.local) is not None
    )


def _forecast(ev: Evidence) -> bool:
    """"Dự báo từ đêm 7/12 đến ngày 9/12/2026, ... có mưa to": the span or day a forecast gives the
    weather for, in a clause that asks for no work."""
    return (
        not ev.bold
        and ev.kind in ("date", "datetime", "range")
        and ev.q in (None, "on", "from_to", "through")
        and ev.clause_has(words()["forecast"])
        and not ev.obligation
    )


_LOWER = regex.compile(r"\p{Ll}")
_CAPS_WORD = regex.compile(r"\p{Lu}{2,}")
_LINE_OR_NOTE = regex.compile(r"[\n(]")


def _caps_title(ev: Evidence) -> bool:
    """"KẾT QUẢ THỰC HIỆN ... 6 THÁNG ĐẦU NĂM 2026", "BIỂU TỔNG HỢP ... QUÝ III NĂM 2026": a period
    in a title written in capitals (of a report, an appendix, a table) names what the title is
    about, not a term; a time alone on its line (a table's time cell) or with "TRƯỚC" keeps its rule."""
    if ev.kind not in _PERIODS or ev.q is not None or not ev.expr.phrase.isupper():
        return False
    start = max(ev.text.rfind("\n", 0, ev.expr.start) + 1, ev.expr.start - 300)
    # the rest of its line, up to a note in brackets ("(Kèm theo Kế hoạch số ...)")
    end = _LINE_OR_NOTE.search(ev.text, ev.expr.end, ev.expr.end + 300)
    if _LOWER.search(ev.text, ev.expr.end, end.start() if end else ev.expr.end + 300) is not None:
        return False
    head = ev.text[start : ev.expr.start]
    # the title's words in capitals before it, past a label in small letters ("Phụ lục IV BIỂU ...");
    # not the tasks of a period ("NHIỆM VỤ TRỌNG TÂM QUÝ III/2026") nor work done then ("... HOÀN
    # THÀNH QUÝ III/2026")
    past = next((i + 1 for i in range(len(head) - 1, -1, -1) if head[i].islower()), 0)
    return (
        len(_CAPS_WORD.findall(head, past)) >= 3
        and words()["title_done_before"].search(head) is None
        and not _task_heading(ev)
    )


def _groundbreaking(ev: Evidence) -> bool:
    """"Dự án khởi công ngày 15/4/2026, ...": the day work starts on a site is no due day (unless
    asked for: "yêu cầu khởi công trước ngày ...")."""
    return (
        not ev.bold
        and ev.kind in ("date", "datetime", "month")
        and ev.q in (None, "on")
        and words()["groundbreaking"].search(ev.local[-40:]) is not None
        and words()["obligation"].search(ev.local) is None
    )


def _done_at(ev: Evidence) -> bool:
    """"dự kiến hoàn thành năm 2027", "xong tháng 9/2026": the period a verb of completion names
    right before it, with no qualifier; not in a title in capitals ("DANH MỤC NHIỆM VỤ TRIỂN KHAI
    NĂM 2026" over an appendix)."""
    return (
        ev.q is None
        and not ev.expr.phrase.isupper()
        and ev.due is not None
        and ev.kind in ("year", "half_year", "quarter", "month", "date", "datetime", "vague")
        and words()["done_right_before"].search(ev.local) is not None
        and _FROM_WORD.match(ev.expr.phrase) is None
    )


def _window(ev: Evidence) -> bool:
    """"có đủ tuổi đảng từ ngày 01/12 ... đến hết tháng 02": who qualifies, not when to act."""
    return (
        ev.q in ("through", "from_to", "before", None)
        and ev.clause_has(words()["window_words"])
        and not ev.bold
        and words()["obligation"].search(ev.local) is None
        and _window_word(ev.clause)
    )


def _achievement(ev: Evidence) -> bool:
    """(helper 96) "khen thưởng tập thể có thành tích xuất sắc trong năm học 2025 - 2026": the period
    an achievement was earned in (its word right before, at most six words between), who is rewarded,
    not a term; not after a limit word ("... có thành tích xuất sắc trước ngày 10/6" keeps its term)."""
    return (
        ev.q in ("within", "from_to", "on", None)
        and not ev.bold
        and words()["achievement"].search(ev.before) is not None
    )


def _measured(ev: Evidence) -> bool:
    """(helper 109) "Các chủ đầu tư có tỷ lệ giải ngân đến ngày 31/10/2026 dưới 50% phải báo cáo giải
    trình": the day a figure is measured at, in a condition that picks whom the work falls on (the
    words of having a figure right before, a comparison and a number right after), not a term."""
    return (
        ev.q in ("through", "until", "by", "within", None)
        and not ev.bold
        and words()["measured"].search(ev.before) is not None
        and words()["measured_compare"].match(ev.rest) is not None
    )


_PREV_WORD = regex.compile(r"(\p{L}+)[\s*_]*$")


def _window_word(clause: str) -> bool:
    """A window word of the clause that is not the end of another word ("thí sinh trước ngày ...")."""
    not_after = set(load("deadline_words")["window_not_after"])
    for m in words()["window_words"].finditer(clause):
        prev = _PREV_WORD.search(clause, max(0, m.start() - 16), m.start())
        if prev is None or prev.group(1).lower() not in not_after:
            return True
    return False


def _data_period(ev: Evidence) -> bool:
    """"Thời gian chốt số liệu tính từ ngày 15/12 năm trước đến ngày 14/6": the span a report's
    figures cover; the report itself is due by another date."""
    if ev.q in ("before", "by") or ev.bold:
        return False
    if words()["data_period"].search(ev.before) is not None:
        return True
    # (helper 95) "Kỳ báo cáo: từ ngày ... đến ngày ...": the clause opens with the span's label
    return words()["report_span"].match(ev.local) is not None


def _period_covered(ev: Evidence) -> bool:
    """"tổng hợp tình hình ... từ ngày 01/7/2025 đến ngày 30/11/2026" in a letter of November 2026:
    the span a report covers, begun before the document was signed, not a term to work in."""
    if ev.kind != "range" or ev.bold or ev.ctx.doc_date is None:
        return False
    start = to_date(ev.expr.start_date)
    return start is not None and start < ev.ctx.doc_date and words()["covered"].search(ev.local) is not None


_AS_OF = regex.compile(r"(?<!\p{L})tính\s*$", regex.IGNORECASE)


def _reference_instant(ev: Evidence) -> bool:
    """"tại thời điểm 0 giờ ngày 01/4/2026", "tính đến ngày 10/11/2026": the instant a count or a
    state refers to."""
    if ev.q in ("through", "by") and ev.expr.phrase[:3].lower() in ("đến", "tới") and _AS_OF.search(ev.before):
        return True
    return ev.q in (None, "on") and words()["instant"].search(ev.before) is not None


_FROM = regex.compile(r"^(?:kể\s+|bắt\s+đầu\s+|tính\s+|ngay\s+)?từ(?!\p{L})", regex.IGNORECASE)


def _starts_from(ev: Evidence) -> bool:
    """"từ ngày 01/7/2026", "kể từ ngày ...": a start, not an end."""
    return ev.q is None and _FROM.match(ev.expr.phrase) is not None


def _ready_from(ev: Evidence) -> bool:
    """"chuẩn bị ... bảo đảm để chính quyền ... chính thức hoạt động từ ngày 01/7/2026": the work
    must be done by the day it starts."""
    return (
        _starts_from(ev)
        and ev.kind in ("date", "datetime")
        and words()["start_words"].search(ev.local[-40:]) is not None
        and ev.clause_has(words()["ready_words"])
    )


def _effective(ev: Evidence) -> bool:
    """"có hiệu lực thi hành từ ngày 01/7/2026", "áp dụng từ ...", "được áp dụng kể từ năm học
    2026 - 2027": when a rule starts to apply; "được áp dụng đến hết ngày 31/12/2030": when it stops."""
    if ev.q in ("through", "until"):
        return _effective_end_rx().search(ev.local[-40:]) is not None
    if ev.q in (None, "on"):
        return words()["effective_words"].search(ev.local[-50:]) is not None
    # its start ("Quy chế này được áp dụng kể từ năm học 2026 - 2027")
    return _FROM_WORD.match(ev.expr.phrase) is not None and _effective_end_rx().search(ev.local[-40:]) is not None


def _validity_end(ev: Evidence) -> bool:
    """"Giấy phép có thời hạn đến ngày 30/6/2028", "Hạn sử dụng thẻ đến ngày 31/12/2026": when a
    paper stops being valid, not a term for work (no other word of obligation before it)."""
    if ev.q not in ("through", "until", "by") or ev.bold:
        return False
    at = _found_before(ev, words()["validity"], 60)  # (the validity's words, in the text)
    if at is None:
        return False
    return words()["obligation"].search(ev.text, max(ev.clause_start, at - 200), at) is None


def _budget_year(ev: Evidence) -> bool:
    """"Kinh phí thực hiện năm 2026 là 500 triệu đồng", "bố trí dự toán ngân sách năm 2027": the
    year of a budget, not a term (unless the money is to be spent or settled in it)."""
    return (
        ev.kind == "year"
        and ev.q is None
        and not ev.bold
        and words()["budget"].search(ev.local[-60:]) is not None
        and not ev.clause_has(words()["budget_spent"])
        and not ev.clause_has(words()["finish_verbs"])
    )


@functools.cache
def _effective_end_rx() -> regex.Pattern[str]:
    """The effective words right before the expression ("được áp dụng | đến hết ngày ...")."""
    w = load("deadline_words")["effective_words"]
    alt = "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in sorted(w, key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})(?:{alt})[\s*_]*$", regex.IGNORECASE)



def _open_period(ev: Evidence) -> bool:
    """"từ nay đến hết năm 2026", "năm 2026 và các năm tiếp theo": open-ended."""
    w = words()
    opens = w["open"].match(ev.expr.phrase) is not None
    if opens and ev.due is not None and (w["open_closed_by"].search(ev.clause) is not None or _time_label(ev)):
        # "Từ nay đến ngày 30/6/2026, tập trung hoàn thành ...": finished by then; so is the term a
        # task's time label gives ("Thời gian thực hiện: Từ nay đến tháng 6/2027")
        return False
    if opens and ev.due is not None and ev.kind in ("date", "datetime") and ev.obligation:
        return False  # (work to carry out up to a named day: "triển khai ... từ nay đến ngày 31/12/2026")
    return opens or w["open_after"].match(ev.after) is not None


def _retrospective(ev: Evidence) -> bool:
    """"Sau 6 tháng triển khai, ...": a point counted from the start, to look back — unless the
    clause asks for a review then ("Sau 2 năm triển khai, Sở Nội vụ tổ chức sơ kết ...")."""
    return (
        ev.kind == "relative"
        and ev.expr.phrase[:3].lower() == "sau"
        and words()["retrospective"].match(ev.after) is not None
        and not _review_asked(ev)
    )


def _review_asked(ev: Evidence) -> bool:
    """The clause asks for a review ("sơ kết", "tổng kết") and states no goal, nothing done."""
    w = words()
    return (
        ev.clause_has(w["review_words"])
        and not ev.clause_has(w["review_not_with"])
        and not ev.clause_has(_DA_DANG_VUA)
    )


def _review_year(ev: Evidence) -> bool:
    """"Năm 2028, UBND tỉnh tổng kết ...", "tổ chức sơ kết vào năm 2028": a review to hold in that
    year, however far ahead — not "tổng kết năm 2025" (the year reviewed)."""
    if ev.kind != "year" or ev.q not in (None, "on", "within") or _before_document(ev) or not _review_asked(ev):
        return False
    w = words()["review_words"]
    if not ev.local.strip(" *_-+•.,;:()0123456789"):  # the year opens the clause: the review after it
        return w.search(ev.rest[:80]) is not None
    if ev.q is None and ev.before.rstrip().endswith("(") and _BRACKET_ENDS_LINE.match(ev.text, ev.expr.end):
        # the year in brackets closing the item ("tổ chức sơ kết giữa nhiệm kỳ (năm 2028)."): when
        # the review is held, not the year it looks back on
        return w.search(ev.local[-60:]) is not None
    return ev.q is not None and w.search(ev.local[-60:]) is not None


def _goal_section(ev: Evidence) -> bool:
    """Inside "Mục tiêu", "Mục đích, yêu cầu", "Quan điểm": goals, not tasks."""
    return bool(ev.headings) and not ev.bold and goal_headings(ev.headings)


def _results_section(ev: Evidence) -> bool:
    """A term with no date ("được xử lý trong vòng 48 giờ", "kịp thời") in a part that tells the
    situation or the results ("I. TÌNH HÌNH DỊCH BỆNH", "1. Kết quả đạt được", "Đánh giá chung"):
    how things went, not work asked for."""
    return ev.kind in ("relative", "vague") and not ev.bold and bool(ev.headings) and results_headings(ev.headings)


@functools.lru_cache(maxsize=256)
def results_headings(headings: str) -> bool:
    """Whether one of the headings around a paragraph (innermost first, lower case, joined by
    " | ") opens with the words of a part telling the situation or the results (read once)."""
    return any(words()["results_heading"].match(h) is not None for h in headings.split(" | "))


@functools.lru_cache(maxsize=256)
def goal_headings(headings: str) -> bool:
    """Whether the headings around a paragraph (innermost first, lower case) name a part that
    states aims (asked for each expression and item under them: read once)."""
    return words()["goal_headings"].search(headings[:120]) is not None


def scope_part(headings: str, text: str) -> bool:
    """(helper 44) Whether a paragraph says whom or what a resolution covers, not who does what: a
    heading around it opens with the words of scope ("Điều 1. Đối tượng áp dụng" over "1. Các hợp
    tác xã ..."), or the paragraph is labelled by them ("2. Đối tượng áp dụng: các hợp tác xã ...")."""
    w = words()
    if w["scope_label"].match(text) is not None:
        return True
    m = w["scope_heading"].search(headings[:200])
    return m is not None and w["operative_words"].search(m.group(1)) is None


def _cited_by_name(ev: Evidence) -> bool:
    """"Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "Căn cứ ... ngày ...": the date
    of a document cited by its name."""
    if ev.q not in (None, "on") or ev.kind not in ("date", "datetime"):
        return False
    w = words()
    window = ev.text[max(ev.clause_start, ev.expr.start - 160) : ev.expr.start]
    return w["named_document"].search(window) is not None or (
        w["legal_basis"].match(ev.clause) is not None and words()["obligation"].search(ev.local[8:]) is None
    )


_PERMISSION = regex.compile(r"^[\s,]*(?:có\s+thể|được\s+phép|không\s+bắt\s+buộc)(?!\p{L})", regex.IGNORECASE)
_SCHOOL_YEAR = regex.compile(r"^(?:của\s+)?năm\s+học(?!\p{L})", regex.IGNORECASE)
_REPORT_NOUN = regex.compile(r"(?<!\p{L})(?:tổng\s+kết|sơ\s+kết|báo\s+cáo|đánh\s+giá)\s*$", regex.IGNORECASE)


def _permission(ev: Evidence) -> bool:
    """"cuối năm có thể bù giờ ...": what may be done then, not what must."""
    return _PERMISSION.match(ev.after) is not None


def _school_year(ev: Evidence) -> bool:
    """"dữ liệu của năm học 2024 - 2025", "sơ kết học kỳ I năm học 2026 - 2027": a school year or
    a term of one named, not a term to meet."""
    return (
        ev.q in (None, "from_to")
        and (
            _SCHOOL_YEAR.match(ev.expr.phrase) is not None
            or (ev.expr.rule == "school_term" and names_school_term(ev.expr.phrase))
        )
        # "Năm học 2026-2027, các trường hoàn thành ...": the school year to do the work in
        # ((helper 59) unless a limit of its clause says when: "Học kỳ II, các trường hoàn thành
        # kiểm tra trước ngày 25/5/2027", the term only the frame of the dated work)
        and not (
            ev.expr.rule in ("school_year", "school_term")
            and _period_opens_clause(ev)
            and ev.others_with_deadline_qualifier() == 0
        )
        # (and the term under a task's time label: "Thời gian thực hiện: học kỳ II năm học 2026 - 2027")
        and not (
            ev.expr.rule in ("school_year", "school_term")
            and words()["time_label"].search(ev.text, max(0, ev.expr.start - 40), ev.expr.start) is not None
        )
    )


def _period_of_report(ev: Evidence) -> bool:
    """"xây dựng video clip tổng kết năm 2025", "báo cáo quý III": the period a review covers."""
    return ev.q is None and ev.kind in _PERIODS and _REPORT_NOUN.search(ev.local) is not None


def _reviewed_period(ev: Evidence) -> bool:
    """"Thống nhất đánh giá kết quả ... trong 5 tháng đầu năm 2026" in a notice signed in May: the
    period a review looks back over, begun before the document was signed, not a term."""
    doc, due = ev.ctx.doc_date, ev.due
    if doc is None or due is None or ev.q not in (None, "within") or ev.kind not in (*_PERIODS, "range"):
        return False
    w = words()
    m = w["reviewed"].search(ev.local)
    if m is None:
        return False
    agreed = (
        w["review_agreed"].search(ev.local[max(0, m.start() - 30) : m.start()]) is not None
        or w["review_praise"].match(ev.local, m.start()) is not None
    )
    if not agreed and w["list_intro"].search(ev.rest.rstrip(" .;")) is None:
        return False  # (a review asked for: due then)
    start = to_date(ev.expr.start_date)
    if start is None:  # a month alone, a quarter: from its first month; a year and its first months: from January
        months = {"month": 1, "quarter": 3, "half_year": 6}.get(ev.kind, 12)
        first = 1 if words()["year_part_start"].search(ev.expr.phrase) else due.month - months + 1
        start = dt.date(due.year, max(first, 1), 1)
    return start <= doc


def _done_told(ev: Evidence) -> bool:
    """"Các sở, ngành đã hoàn thành việc rà soát trước ngày 15/4/2026": the work is told as done by
    then (a result), not asked for."""
    if ev.q not in (*_DEADLINE_QUALIFIERS, "until", "within", None):
        return False
    # in the words right before it, not beyond a comma ("Các đơn vị đã hoàn thành, báo cáo trước ...")
    # nor inside a closed bracket ("hoàn thành quy hoạch (đã được phê duyệt tại ...) trong năm 2027")
    local = ev.local
    w = words()
    m = w["done_told"].search(local, max(local.rfind(","), local.rfind(")")) + 1)
    # ... and no work asked for after it ("Các dự án đã được phê duyệt phải khởi công trước ngày ...")
    if m is not None:
        return w["as_of_not_with"].search(local, m.end()) is None
    # (helper 78) ... or opening its sentence, the work told as done after the comma ("Trước Đại hội
    # Đảng bộ xã, các chi bộ đã hoàn thành kiểm điểm"), with no work asked for in it
    if not ev.opening or ev.q not in _DEADLINE_QUALIFIERS:
        return False
    m = w["done_told"].search(ev.rest)
    return m is not None and w["as_of_not_with"].search(ev.rest) is None


def _as_of(ev: Evidence) -> bool:
    """"Đến ngày 30/4/2026, đã có 45/50 xã hoàn thành": the day a state is told at, not a term."""
    return (
        ev.q in ("until", "through")
        and ev.kind in ("date", "datetime", "month")
        and words()["as_of_state"].match(ev.rest) is not None
        and words()["as_of_not_with"].search(ev.rest[:100]) is None
    )


def _condition_on_term(ev: Evidence) -> bool:
    """"Nếu đến ngày 30/6/2026 chưa hoàn thành thì ...", "Quá ngày 15/6/2026, ...": a term named in a
    condition on missing it, or passed, not one set here."""
    if ev.bold:
        return False
    if ev.kind == "relative":
        return _condition_on_length(ev)
    if ev.due is None:
        return False
    w = words()
    if ev.q != "by" and w["lapse"].search(ev.before[-24:]) is not None:
        return True  # (not "không quá ngày ...", a limit)
    local = ev.local
    cut = local.rfind(",") + 1
    # (the negation read in the few words after the term: unbounded, its words were looked for to the
    # clause's end at every term)
    return w["condition"].search(local, cut) is not None and w["condition_negation"].match(ev.rest, 0, 80) is not None


def _condition_on_length(ev: Evidence) -> bool:
    """(helper 44) "Sau 03 năm kể từ ngày Nghị quyết có hiệu lực mà dự án chưa có quyết định ... thì",
    "trường hợp quá 12 tháng kể từ ngày được giao vốn mà chưa giải ngân thì ...": a length counted
    from an event, in a condition on work missed by its end, or passed; not a term set here."""
    w = words()
    if ev.q != "by" and w["lapse"].search(ev.before[-24:]) is not None:
        return True
    # (the work missed after the length, or read into its event's words, then what follows: "thì")
    missed = w["condition_missed"].match(ev.text, ev.expr.end, ev.expr.end + 60) is not None or (
        w["condition_missed"].search(ev.expr.phrase) is not None
    )
    return missed and w["condition_then"].search(ev.sentence_rest) is not None


def _statement(ev: Evidence) -> bool:
    """"Ngày 01/7/2026 là ngày Luật có hiệu lực thi hành": what the day is, told of it (not "Ngày
    30/6/2026 là hạn cuối cùng ...", a limit)."""
    return (
        ev.q in (None, "on")
        and not ev.bold
        and ev.kind in ("date", "datetime", "month")  # (a year: "Kinh phí năm 2027 là ...", a budget's)
        and words()["statement"].match(ev.rest) is not None
    )


def _transitional(ev: Evidence) -> bool:
    """"Hồ sơ đã nộp trước ngày 01/7/2026 thì tiếp tục giải quyết theo quy định cũ": what was done
    before a day goes on under the old rules (a transitional provision), not a term."""
    w = words()
    if ev.bold or ev.kind == "range" or not ev.clause_has(w["transition_gate"]):
        return False
    rest, local = ev.rest, ev.local
    found = (
        # ("Trụ sở cũ tiếp tục sử dụng đến hết ngày 31/12/2026")
        (ev.q in ("through", "until") and w["transition_until"].search(local[-80:]) is not None)
        or w["transition_then"].match(rest) is not None
        or w["transition_rules"].match(rest) is not None
        or (
            w["transition_continue"].match(rest) is not None
            and w["transition_past"].search(local, local.rfind(",") + 1) is not None
        )
    )
    return found and not _done_told(ev)  # (work told as done: that rule's)


def _budget_granted(ev: Evidence) -> bool:
    """"Kinh phí thực hiện được cấp trong quý II/2026": when money comes, the budget the subject.
    (helper 102) By a limit too when the budget opens the sentence ("Dự toán ngân sách năm 2027
    được giao trước ngày 31/12/2026"): a higher body's term, not the reader's."""
    if ev.bold or not ev.clause_has(words()["budget_words"]):
        return False
    if ev.q not in ("within", "on", None) and not (
        ev.q in ("before", "by") and words()["budget_opens"].match(ev.clause) is not None
    ):
        return False
    local = ev.local
    return words()["budget_granted"].search(local, max(local.rfind(",") + 1, len(local) - 120)) is not None


def _dissolution(ev: Evidence) -> bool:
    """"Ban Chỉ đạo tự giải thể sau ngày 31/12/2026", "chấm dứt hoạt động từ ngày 01/10/2026": when a
    body or a rule ends, not a term (not "giải thể trước ngày ...", asked for)."""
    if ev.bold or ev.q in _DEADLINE_QUALIFIERS or ev.q == "within" or not ev.clause_has(words()["dissolution"]):
        return False
    return words()["dissolution_before"].search(ev.local[-80:]) is not None


_GAP_ONLY = regex.compile(r"[\s,]*")
_TENURE_KINDS = frozenset({"relative", "date", "range", "month", "year"})


def _tenure(ev: Evidence) -> bool:
    """(helper 44) "Thời hạn bổ nhiệm là 05 năm, kể từ ngày 01/12/2026", "không được nâng lương trong
    thời hạn 12 tháng kể từ ...", "Kéo dài thời gian giữ chức vụ ... đến ngày 30/6/2027": how long a
    post, a sanction or a ban lasts, not a term for work (not a limit: "bàn giao trước ngày ..."); the
    day that ends a length so told right after it ("..., tính từ ngày 01/12/2026 đến ngày 30/11/2031")
    too."""
    if ev.bold or ev.q in ("before", "by") or ev.kind not in _TENURE_KINDS:
        return False
    if not ev.clause_has(words()["tenure_words"]):
        return False
    start = ev.expr.start
    prev = ev.previous_in_clause()
    if prev is not None and prev.end <= start and _GAP_ONLY.fullmatch(ev.text, prev.end, start) is not None:
        start = prev.start  # (the length before it, then its end: read from the length)
    near = ev.text[max(ev.clause_start, start - 160) : start]
    m = words()["tenure"].search(near)
    if m is None or words()["obligation"].search(m.group(1)) is not None:
        return False
    # (no work asked of it right before, in the same phrase: "Các sở rà soát thời hạn giữ chức vụ ...
    # trong tháng 12/2026"; not a unit's name before a comma: "ông X, Phó Giám đốc Sở Xây dựng, không
    # được bổ nhiệm ...")
    tail = _AFTER_PUNCT.search(near, max(0, m.start() - 30), m.start())
    return tail is None or words()["obligation"].search(tail.group(0)) is None


def _paper_term(ev: Evidence) -> bool:
    """(helper 98) "Giấy phép xây dựng có thời hạn khởi công là 12 tháng kể từ ngày được cấp",
    "Thời hạn sử dụng đất là 50 năm kể từ ngày ...": how long a permit, a land allocation or a
    warranty runs, told of it with "là" or a colon, not a term for work."""
    if ev.bold or ev.q in ("before", "by") or ev.kind not in _TENURE_KINDS:
        return False
    if not ev.clause_has(words()["paper_term_words"]):
        return False
    near = ev.text[max(ev.clause_start, ev.expr.start - 160) : ev.expr.start]
    return words()["paper_term"].search(near) is not None


_AFTER_PUNCT = regex.compile(r"[^,;:()]*$")
_LASTING_KINDS = frozenset({"relative", "range", "date", "month", "year"})


def _lasting(ev: Evidence) -> bool:
    """(helper 50) "Tổ công tác hoạt động trong thời gian 06 tháng kể từ ngày thành lập", "được miễn
    tiền thuê đất trong thời gian 05 năm kể từ ...", "Hỗ trợ 50% lãi suất trong thời gian 36 tháng kể
    từ ngày giải ngân": how long a body works or a benefit runs, no term for work (no word of
    obligation in the clause before it: "Tổ công tác hoàn thành nhiệm vụ trong thời gian 06 tháng ..."
    is one; not a limit: "trước ngày ...")."""
    if ev.bold or ev.q in ("before", "by") or ev.kind not in _LASTING_KINDS:
        return False
    w = words()
    if not (ev.clause_has(w["lasting_words"]) or ev.clause_has(w["benefit_words"])):
        return False
    local = ev.local
    m = w["lasting"].search(local[-120:])
    if m is None or w["obligation"].search(local) is not None:
        return False
    # (a benefit's span only as a length: "danh sách hộ được hỗ trợ đến hết ngày ..." is a list's
    # term; a body's life by its days too: "Tổ công tác hoạt động đến hết ngày ...")
    return ev.kind == "relative" or w["life_words"].match(m.group(0)) is not None


def _cycle_session(ev: Evidence) -> bool:
    """(helper 44) "hằng năm báo cáo Hội đồng nhân dân tỉnh tại kỳ họp cuối năm": a session with no
    year after a yearly cycle in the clause is the session of each year: the cycle is the deadline."""
    if ev.kind != "vague" or ev.bold or _ANY_YEAR.search(ev.expr.phrase) is not None:
        return False
    if words()["cycle_session"].search(ev.expr.phrase) is None:
        return False
    return any(
        o.end <= ev.expr.start and o.recurrence is not None and o.recurrence.freq == "yearly" for o in ev.others
    )


_ANY_YEAR = regex.compile(r"(?<!\p{N})\d{4}(?!\p{N})")


def _late_deadline(ev: Evidence) -> bool:
    """Due before the document's date but asked for ("báo cáo trước ngày 15/3/2026" in a reminder
    signed later): still a deadline, now overdue."""
    return (
        _before_document(ev)
        and ev.q in ("before", "by")
        and not _years_back(ev)
        and ev.obligation
        and not ev.clause_has(_DA_DANG_VUA)
        and not ev.clause_has(words()["past"])
        and not _report_result(ev)
    )


def _bracketed_past(ev: Evidence) -> bool:
    """(helper 100) A day past when signed, alone in brackets inside its clause, which goes on after
    it: it dates the noun before it ("rà soát văn bản do UBND cấp huyện (trước ngày 01/7/2025) ban
    hành" -- the documents the districts issued before they were dissolved), no work asked by then.
    Not a bracket closing its clause ("... gửi về Sở (trước ngày 15/3/2026)."): a late limit."""
    return (
        ev.q in ("before", "by")
        and _before_document(ev)
        and ev.before.rstrip(" \t").endswith("(")
        and words()["bracket_goes_on"].match(ev.text, ev.expr.end) is not None
    )


def _years_back(ev: Evidence) -> bool:
    """(helper 98) A day far before the document's date ("vi phạm ... trước ngày 01/7/2014" in a plan
    of 2027): a cut-off the work is about, not a term asked for."""
    doc = ev.ctx.doc_date
    if ev.due is None or doc is None:
        return False
    return (doc - ev.due).days > int(load("deadline_words")["late_deadline_max_days"])


_ITEM_MARK = regex.compile(r"^[\s*_]*(?:[-+•–]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ][).]\s*)?")


def _opens_with_work(clause: str) -> bool:
    """The clause opens with a verb of work ("Lập ...", "Phối hợp ...", "Tổ chức ...")."""
    m = _ITEM_MARK.match(clause)
    rest = clause[m.end() if m else 0 :].lstrip(" *_")
    return words()["action_starts"].match(rest) is not None


# (or a further cycle of a list, its word spelt amiss: "định kỳ hàng ngày, hàng tuân")
_CYCLE_FOLLOWERS = regex.compile(
    r"^\s*(?:$|[.;:)(]|,?\s*(?:để|theo|và|hoặc|gửi|về)(?!\p{L})|,\s*(?:hằng|hàng|mỗi)\s)", regex.IGNORECASE
)


# (the clause ends right after the cycle)
_CLAUSE_ENDS = regex.compile(r"[\s*_]*(?:$|[.;])")


def _owner_work_cycle(ev: Evidence) -> bool:
    """(helper 108) An item that opens with its owner, then its work, and ends with the cycle, the
    only time of its clause: "3. Ủy ban Kiểm tra Tỉnh ủy tham mưu ... kiểm tra, giám sát việc thực
    hiện Chỉ thị ... hằng năm." (not a cycle that qualifies a noun before "hoặc", "đối với" ...)."""
    w = words()
    return (
        _CLAUSE_ENDS.match(ev.after) is not None
        and ev.previous_in_clause() is None
        and w["owner_opening"].match(ev.clause) is not None
        and w["obligation"].search(ev.local) is not None
        and w["cycle_nouns"].search(ev.local) is None
        and not _periodic_meeting(ev)
    )


def _recurring_duty(ev: Evidence) -> bool:
    """A duty that comes back, with no day: "Hằng năm, Trung tâm tổ chức ...", "định kỳ hằng quý
    tổng hợp báo cáo ...", "báo cáo cấp có thẩm quyền hằng năm." — not a cycle that only qualifies
    a noun ("xếp loại chất lượng hằng năm đối với ...", "trợ cấp hằng tháng được ...")."""
    if not _bare_recurrence(ev) or ev.clause_has(_DA_DANG_VUA):
        return False
    w = words()
    if ev.opening:
        # "Hằng năm, ..." opening its clause, with work in the rest of it; (helper 108) or the rest
        # opening with its verb of work ("- Hằng năm, lựa chọn mô hình tiêu biểu để biểu dương ...")
        return w["obligation"].search(ev.rest) is not None or _opens_with_work(ev.rest.lstrip(" ,*_"))
    pos = ev.expr.end
    at = pos + (1 if ev.text[pos : pos + 1] == " " else 0)
    if w["obligation"].match(ev.text, at):
        return True  # "định kỳ hằng năm báo cáo Ban Bí thư", "định kỳ hàng năm công bố ..."
    if w["periodic_lead"].match(ev.expr.phrase) is not None and w["action_starts"].match(ev.text, at):
        return True  # "định kỳ hằng ngày, hằng tuần đưa tin về ...", "định kỳ hằng quý kiểm tra ..."
    if ev.before.rstrip().endswith("(") and ev.after.lstrip().startswith(")"):
        # "... báo cáo UBND tỉnh tình hình thực hiện Kế hoạch (định kỳ hằng năm)."
        return w["obligation"].search(ev.local) is not None
    if _counted_duty(ev):
        return True
    if _CYCLE_FOLLOWERS.match(ev.after) is None:
        return False
    reported = w["report_words"].search(" ".join(ev.local.split()[-10:]))
    # "báo cáo cấp có thẩm quyền hằng năm.", or an item that opens with its verb and ends with the
    # cycle: "- Lập kế hoạch ... và tổ chức diễn tập phương án ứng phó sự cố hàng năm."
    if reported is not None or _opens_with_work(ev.clause):
        return True
    if _owner_work_cycle(ev):
        return True
    # "định kỳ hằng năm" closing a clause of work ("có trách nhiệm ... rà soát, bổ sung quy hoạch
    # ... định kỳ hằng năm theo đúng quy định"): "định kỳ" says how often the work is done
    return w["periodic_lead"].match(ev.expr.phrase) is not None and w["obligation"].search(ev.local) is not None


def _daily_duty(ev: Evidence) -> bool:
    """"theo dõi, cập nhật tình hình dịch bệnh hằng ngày": a verb of reporting or keeping watch
    before "hằng ngày" (timex ``recur_daily_duty``) makes a daily duty — not one told as done, nor
    one whose report the same paragraph gives with its time ("cập nhật ... hằng ngày, báo cáo ...
    trước 16 giờ hằng ngày": one duty, the one with the time)."""
    rec = ev.expr.recurrence
    if not ev.expr.rule.startswith("recur_daily_duty") or rec is None or rec.time is not None:
        return False
    if ev.clause_has(_DA_DANG_VUA):
        return False
    return not any(o.recurrence is not None and o.recurrence.freq == "daily" and o.recurrence.time for o in ev.others)


def _unsaid_cycle(ev: Evidence) -> bool:
    """"định kỳ" alone: periodic, how often unsaid."""
    rec = ev.expr.recurrence
    return (
        ev.kind == "recurring"
        and rec is not None
        and rec.freq == "periodic"
        and not rec.interval_months
        and rec.monthday is None
    )


def _cycle_said_later(ev: Evidence) -> bool:
    """"Định kỳ báo cáo ... hằng năm (trước ngày 15 tháng 11)": the later expression says when."""
    return _unsaid_cycle(ev) and any(o is not ev.expr and o.kind == "recurring" for o in ev.others)


_RESTATE_GAP = regex.compile(r"[\s,:(\-–]*")


_RESTATE_BREAK = regex.compile(r"[.;\n]")
_RESTATE_REACH = 300  # characters: the same sentence


def _cycle_restated(ev: Evidence) -> bool:
    """"định kỳ hằng tháng (trước ngày 20 hằng tháng)", "Hằng tháng, Sở ... báo cáo ... trước ngày 20
    hằng tháng": a cycle with no day, the same cycle with its day after it in the clause — one
    deadline, the second."""
    rec = ev.expr.recurrence
    if ev.kind != "recurring" or rec is None or rec.monthday is not None or rec.weekday is not None:
        return False
    if rec.week is not None:
        return False  # (session 44) a week of the cycle is its own time ("vào tuần thứ hai hằng tháng")
    # (the sentence's end, looked for once and near: a clause may hold many cycles)
    limit = min(len(ev.text), ev.expr.end + _RESTATE_REACH)
    brk = _RESTATE_BREAK.search(ev.text, ev.expr.end, limit)
    reach = brk.start() if brk is not None else limit
    for o in ev.others:
        r = o.recurrence
        if (
            o.start >= ev.expr.end
            and r is not None
            and r.freq == rec.freq
            and r.interval_months == rec.interval_months
            and (r.monthday is not None or r.weekday is not None)
            and (o.start < reach or _RESTATE_GAP.fullmatch(ev.text, ev.expr.end, o.start) is not None)
        ):
            return True
    return False


def _regime_title(ev: Evidence) -> bool:
    """"2. Chế độ báo cáo định kỳ", "II. THỰC HIỆN CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ": the name of a reporting
    regime, a heading (its items give the days)."""
    if not _unsaid_cycle(ev):
        return False
    if words()["regime_title"].match(ev.local) is not None:
        return True
    # a heading in capitals that names the regime (the words up to the cycle have no small letter)
    return _LOWER.search(ev.local) is None and _regime_word(ev.local)


def _regime_word(text: str) -> bool:
    low = " ".join(text.lower().split())
    return any(w in low for w in load("deadline_words")["regime_words"])


def _regime_listed(ev: Evidence) -> bool:
    """"b) Thực hiện báo cáo định kỳ về Sở Nội vụ, cụ thể:", "Các đơn vị báo cáo định kỳ hằng quý, 6
    tháng, năm như sau:": a cycle with no day opening a list whose lines give each report its day
    (one deadline each, not one more for the line)."""
    if not (_unsaid_cycle(ev) or (_bare_recurrence(ev) and ev.clause_has(words()["report_words"]))):
        return False
    return words()["regime_list_end"].search(ev.text[-40:]) is not None


def _periodic_report(ev: Evidence) -> bool:
    """"thực hiện chế độ báo cáo định kỳ", "định kỳ báo cáo UBND tỉnh": a report due every period."""
    if not _unsaid_cycle(ev) or ev.clause_has(_DA_DANG_VUA):
        return False
    w = words()
    near = " ".join(ev.local.split()[-3:])
    pos = ev.expr.end + (1 if ev.text[ev.expr.end : ev.expr.end + 1] == " " else 0)
    return w["report_words"].search(near) is not None or w["periodic_duty"].match(ev.text, pos) is not None


# (or the days themselves: "Trong 2 ngày (05 và 06/3/2026)")
_RESTATED = regex.compile(
    r"^\s*\(\s*(?:(?:từ|ngày|đến|trước)(?!\p{L})|\d{1,2}(?:\s*[/.\-]\s*\d{1,2})*\s*(?:[,\-–]|và))", regex.IGNORECASE
)
_ROADMAP_OPEN = regex.compile(r"\(\s*(?:\p{Ll}+\s+){0,2}$")


def _duration_restated(ev: Evidence) -> bool:
    """"trong 10 ngày làm việc (từ ngày 20/11 đến ngày 03/12/2026)": a length, the dates follow."""
    return ev.kind == "relative" and _RESTATED.match(ev.after) is not None


_SAME_TIME_MAX = 160  # characters from the opening bracket of a restatement to the expression in it


def _same_time_restated(ev: Evidence) -> bool:
    """(session 44) "Từ ngày 25/01/2027 đến hết ngày 24/02/2027 (tức từ ngày 18 tháng Chạp … đến hết
    ngày 19 tháng Giêng năm Đinh Mùi)", "trước ngày 10/02/2027 (nhằm ngày mùng 5 Tết)": the same
    time told again in brackets, in the other calendar or words, right after the time it restates
    (that one is read; this one is no second deadline)."""
    start, text = ev.expr.start, ev.text
    opening = text.rfind("(", max(0, start - _SAME_TIME_MAX), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    before = ev.previous_in_clause()
    if before is None or before.end > opening or text[before.end : opening].strip(" \t*_,"):
        return False
    if words()["same_time_openers"].match(text, opening + 1, start) is not None:
        return True
    # (helper 100) or with no word, the same day alone in the other calendar: "trước ngày 01/01/2027
    # (ngày 24 tháng 11 năm Bính Ngọ)"
    return (
        not text[opening + 1 : start].strip(" \t*_")
        and ev.expr.due is not None
        and ev.expr.due == before.due
        and ev.after.lstrip(" \t*_")[:1] == ")"
    )


def _months_so_far(ev: Evidence) -> bool:
    """"Đánh giá kết quả 9 tháng năm 2026", "sơ kết 6 tháng năm 2027": the months of a year from
    January, named without "đầu", the period a report covers (a limit is written "trước", "chậm nhất")."""
    return ev.expr.rule == "months_of_year" and ev.q not in _DEADLINE_QUALIFIERS


def _historic_span(ev: Evidence) -> bool:
    """"Kỷ niệm 97 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2027)": a span that opens ten years
    or more before the document is an anniversary or a history, not work to do."""
    start, doc = to_date(ev.expr.start_date), ev.ctx.doc_date
    return ev.kind == "range" and start is not None and doc is not None and start.year <= doc.year - 10


def _roadmap_range(ev: Evidence) -> bool:
    """"3. Xây dựng cơ sở dữ liệu quy hoạch (2026 - 2030)": an item's span given in parentheses (one
    over before the document, "(2021 - 2025)", is a past window). Not days listed with no work
    asked (helper 53: "Chủ tịch UBND tỉnh dự Kỳ họp ... (cả ngày 08 và 09/12/2026)", an event's days)."""
    return (
        ev.kind == "range"
        and _ROADMAP_OPEN.search(ev.before) is not None
        and ev.after.lstrip()[:1] == ")"
        and not _before_document(ev)
        and not (ev.expr.rule.startswith(_LISTED_DAYS) and not ev.obligation)
    )


_HEADING_END = regex.compile(r"[\s*_]*:?[\s*_]*$")
_BRACKET_ENDS_LINE = regex.compile(r"\s*\)[\s*_]*[.;]?[\s*_]*(?:\n|$)")
_ITEM_OPENS = regex.compile(r"\s*(?:[-+•–]|\d{1,2}(?:\.\d{1,2})*[.)]|\p{Ll}\))\s")
_TERM_KINDS = ("date", "month", "quarter", "half_year", "year")
_BRACKET_PART = regex.compile(r"\([^()\n]{2,80};\s*$")  # ("(Phòng Nội vụ; ": the owner, then the time)
_DASH_PART = regex.compile(r"\S\s+[-–]\s+$")  # ("... - Phòng Nội vụ - ": the item's parts)
_PART_ENDS_LINE = regex.compile(r"[\s*_]*[.;]?[\s*_]*(?:\n|$)")


def _bracketed_term(ev: Evidence) -> bool:
    """"- Tổ chức tập huấn cho cán bộ y tế tuyến xã (quý I/2027).": a day or a period alone in
    brackets closing an item's line, after the work (or after its owner: "(Phòng Văn hóa - Thông
    tin; Quý II/2027)"), or the last of an item's parts joined by dashes ("Khảo sát ... - Phòng Nội
    vụ - tháng 9/2027."): when it is due (a past one is read before)."""
    if ev.q is not None or ev.kind not in _TERM_KINDS or ev.due is None or ev.heading:
        return False
    start = ev.expr.start
    if _ROADMAP_OPEN.search(ev.before) is not None or _BRACKET_PART.search(ev.text, max(0, start - 90), start):
        closes = _BRACKET_ENDS_LINE.match(ev.text, ev.expr.end) is not None
        return closes and (ev.obligation or _ITEM_OPENS.match(ev.text) is not None)
    return (
        _DASH_PART.search(ev.before) is not None
        and _PART_ENDS_LINE.match(ev.text, ev.expr.end) is not None
        and _ITEM_OPENS.match(ev.text) is not None
    )


# (the work of an item, then a colon, right before the time: "- Xây dựng dự thảo Đề án: ")
_WORK_THEN_COLON = regex.compile(r"\p{L}[^:\n]{2,160}?[\p{L}\d)][\s*_]*:[\s*_]*$")
_LINE_REACH = 200  # characters looked back for the item's line start


def _colon_term(ev: Evidence) -> bool:
    """"- Xây dựng dự thảo Đề án: tháng 4/2026;", "b) Triển khai thí điểm tại 05 xã: Quý III/2026.":
    the steps of a schedule, each an item's work, a colon, then its day or period alone to the end
    of the line (a past one is read before; a label of a time, an event's or a period's, too)."""
    if ev.q is not None or ev.kind not in _TERM_KINDS or ev.due is None or ev.heading:
        return False
    m = _item_alone_with(ev)
    start, text = ev.expr.start, ev.text
    return (
        m is not None
        and _WORK_THEN_COLON.fullmatch(text, m.end(), start) is not None
        and words()["colon_label_openers"].match(text, m.end(), start) is None
    )


def _item_alone_with(ev: Evidence) -> regex.Match[str] | None:
    """The label opening the list item whose line the expression ends, alone after it to the line's
    end (within :data:`_LINE_REACH` characters of the line's start); None otherwise."""
    start, text = ev.expr.start, ev.text
    if _PART_ENDS_LINE.match(text, ev.expr.end) is None:
        return None
    line = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    if line == 0 and start > _LINE_REACH:
        return None
    return _ITEM_OPENS.match(text, line)


# (the work of an item in small letters, a space, then its time as a column's value: "+ Đợt 1: nạo
# vét kênh mương nội đồng Tháng 3/2027", a list whose times a word processor set at a tab stop, the
# gap gone with the repair of the spaces)
_WORK_THEN_COLUMN = regex.compile(r"\p{L}[^\n]{2,160}?[\p{Ll}\d)][\s*_]+")
_COLUMN_KINDS = ("month", "quarter", "half_year")


def _column_term(ev: Evidence) -> bool:
    """"+ Đợt 1: nạo vét kênh mương nội đồng Tháng 3/2027", "- Nộp hồ sơ về Sở 15/4/2027": the
    steps of a schedule, each an item's work, then its period with a capital (as no period inside
    a sentence is written) or its whole date, alone to the end of the line and the only time of
    the line; not the period a report, a plan or figures named in the item cover ("- Lịch công
    tác Tháng 4/2027")."""
    if ev.q is not None or ev.due is None or ev.heading:
        return False
    start, text = ev.expr.start, ev.text
    first = text[start]
    if not ((ev.kind in _COLUMN_KINDS and first.isupper()) or (ev.kind == "date" and first.isdigit())):
        return False
    m = _item_alone_with(ev)
    if m is None or _WORK_THEN_COLUMN.fullmatch(text, m.end(), start) is None:
        return False
    before = ev.previous_in_clause()
    if before is not None and before.end > m.start():
        return False  # (the last of the line's times: "... ngày 30/4/2027 và 01/5/2027")
    return words()["column_not_for"].search(text, m.end(), start) is None


def _task_heading(ev: Evidence) -> bool:
    """"2. Nhiệm vụ trọng tâm quý III/2026": a heading line naming the tasks of a month, quarter or
    half-year (the items below it are due then; a year is the plan's, not a deadline)."""
    if ev.kind not in ("month", "quarter", "half_year") or ev.due is None or len(ev.text) > 160:
        return False
    head = ev.text[: ev.expr.start]
    return _HEADING_END.fullmatch(ev.text, ev.expr.end) is not None and words()["task_heading"].search(head) is not None


# (helper 82, 85) a heading line that is a period alone, numbered or not: "2. Năm 2028", "III. NĂM
# 2029:", "Tháng 1", "QUÝ II NĂM 2027", "6 tháng cuối năm"
_PERIOD_HEADING_LABEL = regex.compile(r"[\s*_#]*(?:(?:\d{1,2}[.)]|[IVXLC]{1,6}[.\-]|[a-zđ]\))[\s*_]*)?")
_PERIOD_HEADING_KINDS = ("year", "month", "quarter", "half_year")
_PERIOD_HEADING_MAX = 60  # (the longest such line: a week's heading with its days)
_PERIOD_HEADING_ALL = frozenset((*_PERIOD_HEADING_KINDS, "range"))


def period_heading_shape(text: str, start: int, end: int, kind: str, qualifier: str | None) -> bool:
    """Whether ``text`` is the heading of a period alone, its time at ``start:end``: a year, a month,
    a quarter or a half-year with no word before it but a list's label ("2. Năm 2028", "Tháng 1",
    "QUÝ II NĂM 2027:"), or a week by its number, its days in brackets ("Tuần 1 (từ 05/01 đến
    09/01/2027)"); a colon may close it."""
    if len(text) > _PERIOD_HEADING_MAX:
        return False
    if kind in _PERIOD_HEADING_KINDS and qualifier is None:
        if _PERIOD_HEADING_LABEL.fullmatch(text, 0, start) is None:
            return False
        if not (text[start].isupper() or text[start].isdigit()):
            return False  # (a wrapped sentence's end: "... trong" / "tháng 3")
    elif kind == "range" and qualifier == "from_to":
        close = _STEP_CLOSE.match(text, end)
        if close is None or words()["week_heading"].fullmatch(text, 0, start) is None:
            return False
        end = close.end()
    else:
        return False
    return _HEADING_END.fullmatch(text, end) is not None


def _period_heading(ev: Evidence) -> bool:
    """"2. Năm 2028", "Quý I", "Tuần 1 (từ 05/01 đến 09/01/2027)" over "- Sở Y tế triển khai ...": a
    heading that is a period alone, the work of the items below due then (``deadlines._items_below``
    keeps it only when the items below give work with no time of their own; otherwise it is read as
    the rules after it read it). A year's heading is numbered; a shorter period's not over before
    the document was signed (a report's months told). Not in a part that states aims."""
    if len(ev.text) > _PERIOD_HEADING_MAX or ev.kind not in _PERIOD_HEADING_ALL or ev.due is None:
        return False
    if not period_heading_shape(ev.text, ev.expr.start, ev.expr.end, ev.kind, ev.q):
        return False
    if ev.kind == "year":
        if _YEAR_LABEL.match(ev.text) is None:
            return False
    elif ev.ctx.doc_date is not None and (ev.due < ev.ctx.doc_date or _begun_in_report(ev, ev.ctx.doc_date)):
        return False
    return not goal_headings(ev.headings) and not (ev.kind != "year" and results_headings(ev.headings))


_PERIOD_MONTHS = {"month": 1, "quarter": 3, "half_year": 6}


def _begun_in_report(ev: Evidence, doc: dt.date) -> bool:
    """(helper 85) A period under way when a report was signed ("6 tháng cuối năm" in a Báo cáo of
    December): the period its results are told of."""
    if ev.ctx.doc_type not in load("deadline_words")["results_doc_types"] or ev.due is None:
        return False
    months = _PERIOD_MONTHS.get(ev.kind)
    if months is None:
        start = to_date(ev.expr.start_date)
        return start is None or start <= doc
    return dt.date(ev.due.year, ev.due.month - months + 1, 1) <= doc


_YEAR_LABEL = regex.compile(r"[\s*_#]*(?:\d{1,2}[.)]|[IVXLC]{1,6}[.\-]|[a-zđ]\))")


def period_alone(text: str, doc_date: dt.date | None, default_year: int | None, years: bool = True) -> bool:
    """(helper 85) A line of its own that is the heading of a period alone (:func:`period_heading_shape`),
    no label before it ("Quý I", "Tuần 1 (từ 05/01 đến 09/01/2027)"), its time read once; a year
    alone ("NĂM 2027") only with ``years``."""
    t = text.strip()
    exprs = find_time_expressions(t, doc_date=doc_date, default_year=default_year)[0]
    return (
        len(exprs) == 1
        and (years or exprs[0].kind != "year")
        and period_heading_shape(t, exprs[0].start, exprs[0].end, exprs[0].kind, exprs[0].qualifier)
    )


def decide_after(ev: Evidence, name: str) -> Rule:
    """The first rule of :data:`RULES` after the one named ``name`` that holds, else :data:`DEFAULT`."""
    seen = False
    for test, rule in _TESTS:
        if seen and test(ev):
            return rule
        seen = seen or rule.name == name
    return DEFAULT


def _phase_heading(ev: Evidence) -> bool:
    """"1. Giai đoạn 1: từ tháng 02/2027 đến hết tháng 6/2027": a heading line naming a phase by its
    number, then its time alone: the end of the phase, by which the items below are done (they
    own it, see ``deadlines._items_below``)."""
    if ev.kind not in ("month", "quarter", "half_year", "date", "range") or ev.due is None or len(ev.text) > 160:
        return False
    head = ev.text[: ev.expr.start]
    return words()["phase_heading"].match(head) is not None and _HEADING_END.fullmatch(ev.text, ev.expr.end) is not None


def _deadline_qualifier(ev: Evidence) -> bool:
    return ev.q in (*_DEADLINE_QUALIFIERS, "from_to")


def _on_obligation(ev: Evidence) -> bool:
    return ev.q == "on" and ev.obligation


def _listed_after_limit(ev: Evidence) -> bool:
    """A day listed after a day a limit governs ("trước ngày 15/6/2027 và 15/12/2027"): under the
    same limit."""
    if ev.q is not None or ev.due is None:
        return False
    prev = ev.previous_in_clause()
    if prev is None:
        return False
    if ev.kind in ("date", "datetime"):
        if prev.kind not in ("date", "datetime") or not (
            prev.qualifier in _DEADLINE_QUALIFIERS
            # ((helper 72) or a day of work listed after a day of work: "kiểm tra hồ đập trong đêm
            # 10/12/2026 và sáng 11/12/2026", "vào ngày 10/12 và ngày 11/12/2026")
            or (prev.qualifier == "on" and ev.obligation and words()["work_day_lead"].match(prev.phrase) is not None)
        ):
            return False
    # a period listed after a period to do the work in ("trong tuần đầu tháng 8 và tuần cuối tháng
    # 9/2026"): the same kind, under the same "trong"
    elif prev.qualifier != "within" or not (
        (ev.kind in ("month", "quarter", "vague") and prev.kind == ev.kind)
        # (a later year after a part of a year: "trong quý IV/2026 và năm 2027")
        or (ev.kind == "year" and prev.kind in ("month", "quarter", "half_year") and str(prev.due) < str(ev.expr.due))
    ):
        return False
    # (joined by the list separator of the time grammar: ", ", " và ", ", hoặc ")
    return prev.end < ev.expr.start and list_gap().fullmatch(ev.text, prev.end, ev.expr.start) is not None


RULES: tuple[Rule, ...] = (
    Rule("cited_document", "citation", lambda ev: ev.in_citation, "inside a citation or a cited title"),
    Rule("cited_subject", "citation", lambda ev: ev.in_cited_subject, "in the subject of a cited document"),
    Rule("cited_by_name", "citation", _cited_by_name, "the date of a document cited by its name"),
    Rule("time_field", "deadline", lambda ev: ev.time_field, "in the time field of a labelled task block", 0.85),
    Rule("term_of_office", "period", _term_of_office, "a term of office ('nhiệm kỳ 2026 - 2031')"),
    Rule("crop_season", "period", _crop_season, "the years of a crop season ('vụ Đông Xuân 2026 - 2027')"),
    Rule("estimate", "mention", _estimate, "the period of an estimate ('Ước thực hiện năm 2026 đạt ...')"),
    Rule("estimate_opening", "mention", _estimate_opening, "the day of an estimate ('Ước đến ngày ..., ... đạt')"),
    Rule("span_of_years", "period", _span_of_years, "a span counted in years ('5 năm 2026 - 2030')"),
    Rule("open_period", "period", _open_period, "open-ended ('từ nay đến ...', '... và các năm tiếp theo')"),
    Rule("months_so_far", "period", _months_so_far, "the months of a year so far ('kết quả 9 tháng năm 2026')"),
    Rule("same_time_restated", "mention", _same_time_restated, "the same time again in brackets ('(tức ngày …)')"),
    Rule("toward_event", "mention", _toward, "toward an event ('tiến tới Đại hội')"),
    Rule("historic_span", "period", _historic_span, "a span from decades back ('(03/02/1930 - 03/02/2027)')"),
    Rule("period_heading", "deadline", _period_heading, "a heading, a period alone ('2. Năm 2028', 'Quý I')", 0.6),
    Rule("roadmap_range", "deadline", _roadmap_range, "an item's span in parentheses ('(2026 - 2030)')", 0.6),
    Rule("review_year", "deadline", _review_year, "a review to hold in a year ('sơ kết vào năm 2028')", 0.6),
    Rule("target_horizon", "target", _target_horizon, "a far year, or a goal or horizon word before it"),
    Rule("goal_figure", "target", _goal_figure, "a time opening its clause, then a figure ('Đến hết năm 2026, 100%')"),
    Rule("reference_instant", "period", _reference_instant, "the instant a count refers to ('thời điểm ...')"),
    Rule("school_year", "period", _school_year, "a school year named ('năm học 2024 - 2025')"),
    Rule("statement", "mention", _statement, "what a day is, told of it ('Ngày 01/7/2026 là ngày ...')"),
    Rule("transitional", "mention", _transitional, "a transitional provision ('đã nộp trước ... thì tiếp tục')"),
    Rule("budget_granted", "period", _budget_granted, "when money comes ('Kinh phí được cấp trong quý II')"),
    Rule("dissolution", "period", _dissolution, "when a body ends ('tự giải thể sau ngày ...')"),
    Rule("overdue_told", "past", lambda ev: words()["overdue_told"].match(ev.after) is not None, "told as missed"),
    Rule("bracketed_past", "mention", _bracketed_past, "a day past when signed, in brackets after a noun"),
    Rule("late_deadline", "deadline", _late_deadline, "asked for by a day already past when signed", 0.7),
    Rule("condition_on_term", "mention", _condition_on_term, "a term in a condition ('nếu đến ngày ... chưa')"),
    Rule("done_told", "past", _done_told, "work told as done by then ('đã hoàn thành ... trước ngày ...')"),
    Rule("as_of", "past", _as_of, "the day a state is told at ('đến ngày ..., đã có ...')"),
    Rule("before_document", "past", _before_document, "due before the document was signed"),
    Rule("past_words", "past", _past_words, "a retrospective word ('thời gian qua', 'đã đạt')"),
    Rule("retrospective", "mention", _retrospective, "a point to look back from ('Sau 6 tháng triển khai')"),
    Rule("narrated_past", "past", _narrated_past, "opens a sentence that tells what was done ('đã')"),
    Rule("results_listed", "past", _results_listed, "an item of a list of results achieved ('đã đạt kết quả: (1)')"),
    Rule("spill_refused", "mention", _spill, "a time the work must not run into ('không để kéo dài sang ...')"),
    Rule("lead_in_purpose", "mention", _lead_in_purpose, "the occasion a list's lead-in prepares for ('để chuẩn bị')"),
    Rule("lead_in_aim", "mention", _lead_in_aim, "the aim opening a list's lead-in ('Để bảo đảm ..., ... đề nghị:')"),
    Rule("purpose", "mention", _purpose, "the time of the work's aim ('để có thể triển khai trong năm 2026')"),
    Rule("session_purpose", "mention", _session_purpose, "the session a limit's work is for ('để báo cáo tại ...')"),
    Rule("narrated_date", "event", _narrated_date, "a day opening a sentence ('Ngày 02/10/2026, ...')"),
    Rule("announced_date", "event", _announced_date, "a day opening a joined line, then 'ban hành', 'tổ chức' ..."),
    Rule("narrated_span", "past", _narrated_span, "an undated text's span opening a sentence told in the past"),
    Rule("results_told", "past", _results_told, "a time opening a sentence in a part telling results"),
    Rule("report_result", "past", _report_result, "a time over by a report's signing, in its results part"),
    Rule("report_cycle", "past", _report_cycle, "a cycle told in a report's results part ('Hằng tháng, ...')"),
    Rule("limit_restated", "mention", _limit_restated, "a report's restating of another document's limit"),
    Rule("ready_from", "deadline", _ready_from, "the day something starts, with work to have it ready", 0.6),
    Rule("effective_date", "period", _effective, "when a rule takes effect ('có hiệu lực từ ngày ...')"),
    Rule("data_period", "period", _data_period, "the span a report's figures cover ('chốt số liệu từ ... đến ...')"),
    Rule("period_covered", "period", _period_covered, "a span begun before signing that a report covers"),
    Rule("measured", "mention", _measured, "the day a figure is measured at ('có tỷ lệ ... đến ngày ... dưới 50%')"),
    Rule("achievement", "period", _achievement, "the period an achievement was earned in ('có thành tích trong ...')"),
    Rule("window", "period", _window, "an eligibility or counting window ('đủ tuổi đảng từ ... đến ...')"),
    Rule("paper_term", "period", _paper_term, "how long a permit, land or a warranty runs ('... là 12 tháng')"),
    Rule("tenure", "period", _tenure, "how long a post, a sanction or a ban lasts ('Thời hạn bổ nhiệm là 05 năm')"),
    Rule("lasting", "period", _lasting, "how long a body works or a benefit runs ('hoạt động trong thời gian ...')"),
    Rule("cycle_session", "mention", _cycle_session, "the session of each year a yearly cycle names"),
    Rule("validity_end", "period", _validity_end, "when a paper stops being valid ('có thời hạn đến ngày ...')"),
    Rule("budget_year", "period", _budget_year, "the year of a budget ('Kinh phí thực hiện năm 2026 là ...')"),
    Rule("event_time_label", "event", _event_time_label, "after a label of an event's time ('Thời gian khai mạc:')"),
    Rule("invitation_time", "event", _invitation_time, "the meeting's time in a Giấy mời ('Thời gian: 14 giờ ...')"),
    Rule("held_event", "event", _held_event, "when a meeting or event takes place"),
    Rule("held_before", "event", _held_before, "an event said to be held before another ('được tổ chức trước ...')"),
    Rule("published_told", "event", _published_told, "the issuer's publication told ('Kết quả được công bố ...')"),
    Rule("papers_sent", "event", _papers_sent, "a meeting's papers told as sent ('Tài liệu được gửi ...')"),
    Rule("course_attended", "event", _course_attended, "the days of a course attended ('tham dự lớp ... từ ...')"),
    Rule("event_days", "event", _event_days, "the days an event is held on ('Trong 2 ngày 15 và 16/7, ... họp')"),
    Rule("forecast", "event", _forecast, "the span a weather forecast covers ('Dự báo từ ... đến ...')"),
    Rule("caps_title", "mention", _caps_title, "a period in a title in capitals ('BÁO CÁO ... NĂM 2026')"),
    Rule("greeted_day", "event", _greeted_day, "a day celebrated ('chào mừng ngày 26/3', 'nhân dịp ngày 20/10')"),
    Rule("groundbreaking", "event", _groundbreaking, "the day work starts on a site ('khởi công ngày ...')"),
    Rule("goal_section", "target", lambda ev: _goal_section(ev) and ev.due is not None, "in a part that states aims"),
    Rule("goal_section_vague", "mention", _goal_section, "in a part that states aims, with no date"),
    Rule("period_reported", "mention", _period_reported, "the period a report covers, due by another date"),
    Rule("situation_period", "mention", _situation_period, "'báo cáo tình hình trong dịp ...', due by a later day"),
    Rule("period_of_report", "mention", _period_of_report, "the period a review covers ('tổng kết năm 2025')"),
    Rule("reviewed_period", "mention", _reviewed_period, "a period under way that a review looks back over"),
    Rule("permission", "mention", _permission, "what may be done then ('có thể')"),
    Rule("period_label", "deadline", _period_label, "a time as a line's label, then the work ('Quý I/2026: ...')", 0.6),
    Rule("phase_heading", "deadline", _phase_heading, "a phase's heading, its time ('Giai đoạn 1: từ ...')", 0.6),
    Rule("task_heading", "deadline", _task_heading, "a heading naming a period's tasks ('Nhiệm vụ quý III/2026')", 0.6),
    Rule("time_label", "deadline", _time_label, "after a label such as 'Thời gian thực hiện:'", 0.8),
    # (helper 92) "..., nhiệm vụ thường xuyên;", "..., thực hiện thường xuyên.": ongoing work closing its clause
    Rule("ongoing_work", "deadline", _ongoing_work, "work said to go on, closing its clause", 0.5),
    Rule("results_section", "mention", _results_section, "a term with no date in a part telling the results"),
    Rule("cycle_restated", "mention", _cycle_restated, "a cycle whose day follows it in brackets"),
    Rule("cycle_said_later", "mention", _cycle_said_later, "'định kỳ' whose cycle another expression gives"),
    Rule("regime_title", "mention", _regime_title, "the name of a reporting regime ('Chế độ báo cáo định kỳ')"),
    Rule("regime_listed", "mention", _regime_listed, "'định kỳ' opening a list of reports with their days"),
    Rule("periodic_report", "deadline", _periodic_report, "'báo cáo định kỳ': a report every period", 0.55),
    Rule("unsaid_cycle", "mention", _unsaid_cycle, "'định kỳ' alone, with no report"),
    Rule("daily_duty", "deadline", _daily_duty, "'hằng ngày' after a verb of reporting or watching", 0.55),
    Rule("periodic_duty", "deadline", _periodic_duty, "'định kỳ 6 tháng' with a reporting duty", 0.6),
    Rule("recurring_duty", "deadline", _recurring_duty, "'hằng năm', 'định kỳ hằng quý' with a duty", 0.55),
    Rule("then_every", "deadline", _then_every, "a cycle after a first limit ('trước ngày ... và hằng tháng')", 0.55),
    Rule("periodic_meeting", "deadline", _periodic_meeting, "'họp 03 tháng một lần': a body's meetings", 0.55),
    Rule("bare_recurrence", "mention", _bare_recurrence, "how often, with no day and no duty"),
    Rule("recurring", "deadline", lambda ev: ev.kind == "recurring", "a recurring day, weekday or time", 0.7),
    Rule("duration_restated", "mention", _duration_restated, "a length whose dates follow in parentheses"),
    Rule("relative", "deadline", lambda ev: ev.kind == "relative", "a term counted from an event", 0.6),
    Rule("event_limit_told", "past", _event_limit_told, "work before an event told as done ('đã ... trước khi ...')"),
    Rule("event_limit_rule", "mention", _event_limit_rule, "a rule in the passive before an event ('phải được ...')"),
    Rule("owner_awaits_event", "deadline", _owner_awaits_event, "an owner's work before or right after an event", 0.55),
    Rule("vague_unbound", "mention", _vague_unbound, "a vague time with no obligation"),
    Rule("deadline_qualifier", "deadline", _deadline_qualifier, "trước, chậm nhất, đến hết, từ ... đến", 0.7),
    Rule("listed_after_limit", "deadline", _listed_after_limit, "a day after a limited day ('trước ngày A, B')", 0.65),
    Rule("within_year_unbound", "mention", _within_year_unbound, "'trong năm 2026' with no obligation"),
    Rule("within", "deadline", lambda ev: ev.q == "within", "trong ... (a period to do it in)", 0.55),
    Rule("list_intro", "mention", _list_intro, "the period of the sentence that opens the list ('như sau:')"),
    Rule("narrated", "event", _narrated, "a clause in the past ('đã')"),
    Rule("done_at", "deadline", _done_at, "a verb of completion right before it ('dự kiến hoàn thành năm 2027')", 0.55),
    Rule("session_delivery", "deadline", _session_delivery, "a report due at a session ('trình ... tại Kỳ họp')", 0.55),
    Rule("on_session", "deadline", _on_session, "the month of the session the work is at ('vào kỳ họp tháng 6')", 0.55),
    Rule("bracketed_term", "deadline", _bracketed_term, "a time alone in brackets ending an item ('(quý I)')", 0.6),
    Rule("colon_term", "deadline", _colon_term, "a time alone after an item's work and a colon ('...: tháng 4')", 0.6),
    Rule("column_term", "deadline", _column_term, "a period with a capital ending an item ('... Tháng 4')", 0.55),
    Rule("ceremony_time", "event", _ceremony_time, "the hour a ceremony is held ('tổ chức lễ ... vào lúc 7 giờ ...')"),
    Rule(
        "event_organised_by", "deadline", _event_organised_by, "an event, its time, who organises it ('do ...')", 0.55
    ),
    Rule("event_words", "event", _event_words, "a meeting or event before it"),
    Rule("bold", "deadline", lambda ev: ev.bold and not ev.heading, "printed in bold, inside a paragraph", 0.65),
    Rule("on_obligation", "deadline", _on_obligation, "'vào ...' in a clause of obligation", 0.55),
    Rule("near_period_request", "deadline", _near_period_request, "this or next week or month, asking for work", 0.5),
    Rule("period_done", "deadline", _period_done, "'hoàn thành ... 6 tháng cuối năm'", 0.5),
    Rule("period_opens_clause", "deadline", _period_opens_clause, "a period opening a clause of work", 0.5),
)

DEFAULT = Rule("no_signal", "mention", lambda ev: True, "no sign of an obligation")


# (each rule beside its test: the loop reads no attribute per rule)
_TESTS: tuple[tuple[Callable[[Evidence], bool], Rule], ...] = tuple((rule.test, rule) for rule in RULES)


def decide(ev: Evidence) -> Rule:
    """The first rule of :data:`RULES` that holds, else :data:`DEFAULT`."""
    for test, rule in _TESTS:
        if test(ev):
            return rule
    return DEFAULT
