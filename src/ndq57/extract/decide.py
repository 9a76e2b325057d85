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

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import regex

from ndq57.data import load
from ndq57.extract.timex import TimeExpr

VERDICTS = ("deadline", "target", "citation", "past", "event", "period", "mention")
_PERIODS = ("month", "quarter", "half_year", "year")
_NEAR_PERIODS = frozenset({"this_week", "next_week", "this_month", "next_month"})
_DEADLINE_QUALIFIERS = ("before", "by", "through")


@functools.cache
def words() -> dict[str, regex.Pattern[str]]:
    """The word lists of ``data/deadline_words.yaml``, each compiled into a pattern."""
    w = load("deadline_words")

    def alt(key: str) -> str:
        return "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in sorted(w[key], key=len, reverse=True))

    def word(key: str) -> regex.Pattern[str]:
        return regex.compile(rf"(?<!\p{{L}})(?:{alt(key)})(?!\p{{L}})", regex.IGNORECASE)

    out = {
        key: word(key)
        for key in (
            "obligation",
            "past",
            "event",
            "target",
            "periodic_duty",
            "recipient_verbs",
        )
    }
    out["generic_done"] = regex.compile(rf"^\W*(?:{alt('generic_done')})(?!\p{{L}})", regex.IGNORECASE)
    out["list_intro"] = regex.compile(rf"(?<!\w)(?:{alt('list_intro')})\s*:?\s*$", regex.IGNORECASE)
    out["time_label"] = regex.compile(rf"(?<!\p{{L}})(?:{alt('time_labels')})[\s*_]*:[\s*_]*$", regex.IGNORECASE)
    out["done_verbs"] = regex.compile(rf"(?<!\p{{L}})(?:{alt('done_verbs')})(?!\p{{L}})", regex.IGNORECASE)
    return out


_PERIOD = regex.compile(r"(?<!\w)(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|niên\s+độ)(?!\w)", regex.IGNORECASE)
_QUOTE = regex.compile(r'"[^"\n]{1,400}"|“[^”\n]{1,400}”')
_CITED_SUBJECT = regex.compile(r"\s(?:của\s+[^;,]*?\s)?về\s", regex.IGNORECASE)
_TITLE_LEAD = regex.compile(r"(?:^|\s)(?:về|là|có\s+tên|với\s+chủ\s+đề)\s*$", regex.IGNORECASE)
_DA = regex.compile(r"(?:^|\s)đã\s", regex.IGNORECASE)
_DA_DANG_VUA = regex.compile(r"(?:^|\s)(?:đã|đang|vừa)\s", regex.IGNORECASE)
_FILLER = regex.compile(r"[\s*_\-+]*")
_COMMA_AFTER = regex.compile(r"[\s*_]*,")


@dataclass(frozen=True, slots=True)
class Context:
    """What the decision needs to know about the document."""

    doc_date: dt.date | None
    doc_floor: dt.date | None  # the earliest day the document can have been signed
    doc_year: int | None


def to_date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


class Evidence:
    """A time expression with the words around it; each fact is computed once, when a rule asks."""

    def __init__(
        self,
        expr: TimeExpr,
        text: str,
        clause_span: tuple[int, int],
        bold: bool,
        ctx: Context,
        cited: list[tuple[int, int]],
        others: list[TimeExpr],
    ) -> None:
        self.expr = expr
        self.text = text
        self.clause_start, self.clause_end = clause_span
        self.clause = text[self.clause_start : self.clause_end]
        self.bold = bold
        self.ctx = ctx
        self.cited = cited
        self.others = others
        self.q = expr.qualifier
        self.kind = expr.kind

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
        return bool(words()["obligation"].search(self.clause))

    @cached_property
    def opening(self) -> bool:
        """The expression opens its sentence and a comma follows ("Ngày 02/10/2026, ...")."""
        return _FILLER.fullmatch(self.local) is not None and _COMMA_AFTER.match(self.after) is not None

    # -- citations
    @cached_property
    def in_citation(self) -> bool:
        pos = self.expr.start
        return any(s <= pos < e for s, e in self.cited) or self._in_cited_title()

    def _in_cited_title(self) -> bool:
        """Inside the quoted title of a cited document: ``Nghị quyết số 07-NQ/TU về "... giai
        đoạn 2021-2025"``."""
        text, pos = self.text, self.expr.start
        q0 = max(text.rfind('"', 0, pos), text.rfind("“", 0, pos))
        if q0 < 0:
            return False
        m = _QUOTE.match(text, q0)
        if not m or m.end() <= pos:
            return False
        if _TITLE_LEAD.search(text[max(0, q0 - 160) : q0]) is None:
            return False
        return any(0 <= q0 - e <= 160 for _, e in self.cited)

    @cached_property
    def in_cited_subject(self) -> bool:
        """In the unquoted subject of a cited document, in the same phrase: ``Công điện số
        218/CĐ-TTg ngày 24/11/2025 của Thủ tướng Chính phủ về ... những tháng cuối năm 2025``."""
        pos = self.expr.start
        return any(
            e <= pos
            and pos - e <= 240
            and regex.search(r"[;,:.()\n]", self.text[e:pos]) is None
            and _CITED_SUBJECT.search(self.text, s, pos)
            for s, e in self.cited
        )


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the decision table: when ``test`` holds, the expression is ``verdict``."""

    name: str
    verdict: str
    test: Callable[[Evidence], bool]
    doc: str


# ------------------------------------------------------------------------------------ predicates


def _target_horizon(ev: Evidence) -> bool:
    if ev.kind not in ("year", "range") or ev.due is None:
        return False
    w = words()["target"]
    far = ev.ctx.doc_year is not None and ev.due.year >= ev.ctx.doc_year + 2
    if not (far or w.search(ev.before) or w.search(ev.expr.phrase)):
        return False
    period = ev.kind == "range" and _PERIOD.search(ev.before[-20:] + " " + ev.expr.phrase)
    return far or ev.kind != "range" or bool(period)


def _before_document(ev: Evidence) -> bool:
    return ev.due is not None and ev.ctx.doc_floor is not None and ev.due < ev.ctx.doc_floor


def _past_words(ev: Evidence) -> bool:
    w = words()["past"]
    return bool(w.search(ev.expr.phrase) or w.match(ev.after.lstrip(" ,")))


def _narrative_opening(ev: Evidence) -> bool:
    return ev.opening and not ev.bold and ev.q in (None, "on", "within") and ev.kind != "recurring"


def _narrated_past(ev: Evidence) -> bool:
    return _narrative_opening(ev) and _DA.search(ev.rest) is not None


def _narrated_date(ev: Evidence) -> bool:
    return _narrative_opening(ev) and ev.kind in ("date", "datetime") and ev.q in (None, "on")


def _period_reported(ev: Evidence) -> bool:
    """"báo cáo kết quả quý I năm 2026 ... trước ngày 25/3/2026": the period reported on."""
    return (
        ev.q is None
        and ev.kind in _PERIODS
        and not ev.bold
        and any(o is not ev.expr and o.qualifier in _DEADLINE_QUALIFIERS for o in ev.others)
    )


def _bare_recurrence(ev: Evidence) -> bool:
    rec = ev.expr.recurrence
    return ev.kind == "recurring" and (
        rec is None or (rec.weekday is None and rec.monthday is None and rec.time is None)
    )


def _periodic_duty(ev: Evidence) -> bool:
    """"định kỳ 6 tháng báo cáo Ban Bí thư": a report due every period."""
    rec = ev.expr.recurrence
    return (
        _bare_recurrence(ev)
        and rec is not None
        and bool(rec.interval_months)
        and bool(words()["periodic_duty"].search(ev.clause))
        and _DA_DANG_VUA.search(ev.clause) is None
    )


def _time_label(ev: Evidence) -> bool:
    """"Thời gian thực hiện: Quý III/2026" under a task."""
    return words()["time_label"].search(ev.text, max(0, ev.expr.start - 40), ev.expr.start) is not None


def _vague_unbound(ev: Evidence) -> bool:
    return ev.q in (*_DEADLINE_QUALIFIERS, "from_to") and ev.kind == "vague" and ev.due is None and not (
        ev.obligation or ev.bold
    )


def _within_year_unbound(ev: Evidence) -> bool:
    return ev.q == "within" and ev.kind == "year" and not (ev.obligation or ev.bold)


def _list_intro(ev: Evidence) -> bool:
    """"... ban hành Kế hoạch triển khai các nhiệm vụ quý IV năm 2026 như sau:": the sentence that
    opens the document's list names the period it covers."""
    return ev.q is None and not ev.bold and words()["list_intro"].search(ev.clause) is not None


def _narrated(ev: Evidence) -> bool:
    return not ev.bold and _DA.search(ev.clause) is not None


def _event_words(ev: Evidence) -> bool:
    return not ev.bold and words()["event"].search(ev.local[-60:]) is not None


def _near_period_request(ev: Evidence) -> bool:
    """"Tuần tới, Sở Tài chính tổ chức kiểm tra ...", "trình ... phương án tháng sau"."""
    return (
        ev.q is None
        and ev.due is not None
        and ev.expr.rule.split("+")[0] in _NEAR_PERIODS
        and (ev.obligation or bool(words()["recipient_verbs"].search(ev.clause)))
        and _DA_DANG_VUA.search(ev.clause) is None
    )


def _period_done(ev: Evidence) -> bool:
    """"hoàn thành các nhiệm vụ 6 tháng cuối năm 2025"."""
    return (
        ev.q is None
        and ev.kind in ("half_year", "month", "quarter", "vague")
        and ev.obligation
        and ev.due is not None
        and words()["done_verbs"].search(ev.local) is not None
    )


def _period_opens_clause(ev: Evidence) -> bool:
    """A period that opens the clause, followed by what to do in it: "cuối năm 2026 sơ kết, báo
    cáo Ban Thường vụ"."""
    if not (ev.q is None and ev.kind in ("half_year", "month", "quarter", "vague") and ev.obligation):
        return False
    if ev.due is None or ev.local.strip(" ,;:-+*_"):
        return False
    pos = ev.expr.end
    text = ev.text
    while pos < len(text) and text[pos] in " ,:*_":
        pos += 1
    return words()["obligation"].match(text, pos) is not None


RULES: tuple[Rule, ...] = (
    Rule("cited_document", "citation", lambda ev: ev.in_citation, "inside a citation or a cited title"),
    Rule("cited_subject", "citation", lambda ev: ev.in_cited_subject, "in the subject of a cited document"),
    Rule("target_horizon", "target", _target_horizon, "a far year, or a goal or horizon word before it"),
    Rule("before_document", "past", _before_document, "due before the document was signed"),
    Rule("past_words", "past", _past_words, "a retrospective word ('thời gian qua', 'đã đạt')"),
    Rule("narrated_past", "past", _narrated_past, "opens a sentence that tells what was done ('đã')"),
    Rule("narrated_date", "event", _narrated_date, "a day opening a sentence ('Ngày 02/10/2026, ...')"),
    Rule("period_reported", "mention", _period_reported, "the period a report covers, due by another date"),
    Rule("periodic_duty", "deadline", _periodic_duty, "'định kỳ 6 tháng' with a reporting duty"),
    Rule("bare_recurrence", "mention", _bare_recurrence, "how often, with no day and no duty"),
    Rule("recurring", "deadline", lambda ev: ev.kind == "recurring", "a recurring day, weekday or time"),
    Rule("relative", "deadline", lambda ev: ev.kind == "relative", "a term counted from an event"),
    Rule("time_label", "deadline", _time_label, "after a label such as 'Thời gian thực hiện:'"),
    Rule("vague_unbound", "mention", _vague_unbound, "a vague time with no obligation"),
    Rule("deadline_qualifier", "deadline", lambda ev: ev.q in (*_DEADLINE_QUALIFIERS, "from_to"), "trước, chậm nhất"),
    Rule("within_year_unbound", "mention", _within_year_unbound, "'trong năm 2026' with no obligation"),
    Rule("within", "deadline", lambda ev: ev.q == "within", "trong ... (a period to do it in)"),
    Rule("list_intro", "mention", _list_intro, "the period of the sentence that opens the list ('như sau:')"),
    Rule("narrated", "event", _narrated, "a clause in the past ('đã')"),
    Rule("event_words", "event", _event_words, "a meeting or event before it"),
    Rule("bold", "deadline", lambda ev: ev.bold, "printed in bold"),
    Rule("on_obligation", "deadline", lambda ev: ev.q == "on" and ev.obligation, "'vào ...' in a clause of obligation"),
    Rule("near_period_request", "deadline", _near_period_request, "this or next week or month, asking for work"),
    Rule("period_done", "deadline", _period_done, "'hoàn thành ... 6 tháng cuối năm'"),
    Rule("period_opens_clause", "deadline", _period_opens_clause, "a period opening a clause of work"),
)

DEFAULT = Rule("no_signal", "mention", lambda ev: True, "no sign of an obligation")


def decide(ev: Evidence) -> Rule:
    """The first rule of :data:`RULES` that holds, else :data:`DEFAULT`."""
    for rule in RULES:
        if rule.test(ev):
            return rule
    return DEFAULT
