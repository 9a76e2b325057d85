"""Header and sign-off: issuer, number, place and date, type, title, subject, addressees,
distribution list and signer, for both the Party (HD 36-HD/VPTW) and State (NĐ 30/2020) layouts.

The two header columns often arrive flattened in any order, so the header is read as a set of
recognisers tried on each line from the top; the first line that none of them accepts, and that
is not part of a title, starts the body. The sign-off is read from the bottom up.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from typing import Any

from ndq57 import cache, cached_re
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.data import pattern as data_pattern
from ndq57.model import DateParts, Header, Signer, Warning
from ndq57.parse.layout import Line, owned_title, signer_rank_source
from ndq57.parse.sections import match_numbering, opens_attached_list
from ndq57.textutil import CompiledOnUse, PatternSource, alternation
from ndq57.textutil import mostly_upper as _mostly_upper
from ndq57.textutil import pattern_source as _source

# (a header line is asked several times whether it is upper case, and whether it is a motto)
mostly_upper = functools.lru_cache(maxsize=4096)(_mostly_upper)


@dataclass(slots=True)
class HeaderResult:
    header: Header
    body_start: int  # index into lines
    body_end: int  # index into lines (exclusive)
    cite_lines: list[Line] = field(default_factory=list)  # title and subject lines (may cite documents)
    appendix_start: int | None = None  # index into lines of an appendix after the sign-off (PHỤ LỤC)
    warnings: list[Warning] = field(default_factory=list)  # an impossible header date, an empty body


# the date of a header line and the place before it: doctypes.yaml header.date_line, header.place
# a place typed with a small letter inside its name ("Hà nội, ngày ..."): a few words from a
# capital, taken only with the comma before the date
_LOOSE_PLACE = r"(?-i:\p{Lu}[\p{L}\p{M}'\-]*(?:\s+[\p{L}\p{M}'\-]+){1,3})"


def _signed_mark(marks: list[str]) -> str:
    """The mark of the signature a web copy writes in brackets beside the signer's name (doctypes.yaml
    ``signed_marks``: a blank is any run of blanks, ", " a comma and maybe blanks)."""

    def words(part: str) -> str:
        return r"\s+".join(regex.escape(w) for w in part.split())

    alts = (r",\s*".join(words(p) for p in str(m).split(",")) for m in sorted(marks, key=len, reverse=True))
    # (helper 58: or in square brackets, "[daky] Nguyễn Văn An")
    return r"[(\[](?:" + "|".join(alts) + r")[)\]]"


# the pattern ``name`` of doctypes.yaml ``header``
_header_rx = functools.partial(data_pattern, "doctypes", "header")


@functools.cache
def _words() -> dict[str, Any]:
    """Words the header is read with (doctypes.yaml ``header_words``)."""
    words: dict[str, Any] = load("doctypes")["header_words"]
    return words


def __getattr__(name: str) -> regex.Pattern[str]:
    if name == "_APPENDIX":  # (a former module constant, which tests name)
        return _header_rx("appendix")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _rx() -> dict[str, regex.Pattern[str]]:
    """The header's line patterns by name, each compiled when first asked for (a document asks
    for some of them), from its source (:func:`_rx_sources`, kept between processes: built from
    the words of doctypes.yaml)."""
    sources = cache.kept(
        "header-rx",
        _rx_sources,
        data=["doctypes"],
        sources=[__file__],
    )
    return CompiledOnUse(sources)


def _rx_sources() -> dict[str, PatternSource]:
    """The source and the flags of each of :func:`_rx`'s patterns."""
    data = load("doctypes")
    h = data["header"]  # (the patterns' words)
    date_line, place = str(h["date_line"]), str(h["place"])
    signed = _signed_mark(data["signed_marks"])  # (the signature's mark beside a name)
    # a stamp's labelled line ("Thời gian ký: ...") or its time alone ("05.12.2026 16:42:10 +07:00")
    _STAMP = (
        r"^(?:" + alternation(data["stamp_labels"]) + r")\s*:"
        r"|^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+\-]\d{2}:?\d{2})?$"
    )
    headings = sorted(data["headings"], key=len, reverse=True)
    # a rank or a degree before the signer's name; (helper 80) degrees as abbreviations joined by full
    # stops ("PGS.TS", "PGS. TS.", "Ths."), ranks and degrees in words ("Bác sĩ")
    rank = signer_rank_source()
    auth = sorted(data["authorities"] + data["authorities_spelled"], key=len, reverse=True)
    type_alt = "|".join(regex.escape(str(t["name"])) for t in sorted(data["types"], key=lambda t: -len(t["name"])))
    return {
        # (OCR may read the "ố" as a zero or a capital O: "S0: 88/KH-UBND")
        "number": _source(str(h["number"])),
        "draft_round": _source(str(h["draft_round"])),
        "party_no": _source(
            # (a blank sequence number: dots, an ellipsis or a rule typed for it, "Số …-KH/ĐU")
            r"^(?P<seq>[\dA-Za-z.]*|[.…_]*)\s*[-–]\s*(?P<sym>[\p{Lu}][\p{L}]*\s*/\s*[\p{Lu}\d][\p{L}\d&\-–]*)$"
        ),
        "state_no": _source(
            # (a letter after the sequence: "12a/KH-UBND", a number given out between two others)
            # (or left blank: "Số: …/KH-UBND", "Số: ___/QĐ-UBND")
            r"^(?P<seq>[\d.]*(?<=\d)[a-zA-Z]?|[\d.]*|[.…_]*)\s*/\s*(?:(?P<year>\d{4})\s*/\s*)?"
            r"(?P<sym>[\p{Lu}][\p{L}\d&]*(?:\s*[-–/]\s*[\p{Lu}\d][\p{L}\d&]*(?:\.[\p{Lu}\d][\p{L}\d&]*)*)*)$"
        ),
        # (the comma glued to "ngày" too: "Hà Nội,ngày 5 tháng 12 năm 2026")
        # a place and date line at the end of another header line, after a blank
        "date_tail": _source(r"\s(?P<pd>" + place + r"\s*,\s*" + date_line + ")", regex.IGNORECASE),
        "place_date": _source(
            r"^(?:(?P<place>" + place + r")(?:\s*,\s*|\s+)|(?P<place>" + _LOOSE_PLACE + r")\s*,\s*)" + date_line,
            regex.IGNORECASE,
        ),
        # (or cut after the place's comma: "Hà Nội," / "" / "ngày 05 tháng 12 năm 2026")
        # (or later: "Hà Nội, ngày 05 tháng 12" / "" / "năm 2026")
        "date_head": _source(
            str(h["date_head_words"]) + "|^" + place + r"\s*,\s*$",
            regex.IGNORECASE,
        ),
        "date_only": _source(r"^" + date_line, regex.IGNORECASE),
        # (helper 80) the place's comma, then a date with no "ngày" before it, to the line's end
        "place_date_bare": _source(r"^(?P<place>" + place + r")\s*,\s*" + str(h["date_bare"]), regex.IGNORECASE),
        "heading": _source(r"^(?P<h>" + "|".join(regex.escape(h) for h in headings) + r")(?=\s|$|:)"),
        "subject": _source(str(h["subject"])),
        "kinh_gui": _source(str(h["kinh_gui"]), regex.IGNORECASE),
        "noi_nhan": _source(str(h["noi_nhan"]), regex.IGNORECASE),
        "authority": _source(r"^(?P<a>" + "|".join(regex.escape(a) for a in auth) + r")\s*(?P<rest>\p{Lu}.*)$"),
        # a personal name ("H'Hen Niê" too), after a rank or a degree ("Thiếu tướng", "TS.")
        "name": _source(
            r"^(?:(?P<rank>" + rank + r")\s*)?"
            r"(?P<n>\p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}*)?(?:\s+\p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}*)?){1,6})$"
        ),
        # (helper 52) a rank or a degree alone on its line, over the name ("Thiếu tướng")
        "rank_alone": _source(r"^(?:" + rank + r")$"),
        # what stands for the signature: "(Đã ký)", "[Chữ ký]", a copy's stamp ("SAO Y BẢN
        # CHÍNH"), and the lines a signed PDF's signature stamp leaves in its text ("Ký bởi: ...",
        # "Ngày ký: 05.03.2026 10:15:22")
        "signed": _source(str(h["signed_words"]) + "|" + _STAMP, regex.IGNORECASE),
        # the mark of the signature after a name ("Nguyễn Văn An (đã ký)")
        "signed_after": _source(r"\s" + signed + r"$", regex.IGNORECASE),
        # ... or before it ("(Đã ký) Nguyễn Văn An")
        "signed_before": _source(r"^" + signed + r"\s+(?=\p{Lu})", regex.IGNORECASE),
        # a line of a digital signature's stamp (doctypes.yaml stamp_labels), or its time alone
        "stamp": _source(_STAMP, regex.IGNORECASE),
        # a stamp's labelled line after the text of a header line
        "stamp_tail": _source(r"\s(?:" + alternation(data["stamp_labels"]) + r")\s*:", regex.IGNORECASE),
        # (helper 58) a stamp's lines a layout export set after the signer's name on its line ("Nguyễn
        # Văn An Ký bởi: ...", "Nguyễn Văn An 07.12.2026 09:15:22 +07:00", "... 2026-12-07T09:15:22+07:00"):
        # from its label or its time
        "stamp_after_name": _source(
            r"\s+(?:(?:" + alternation(data["stamp_labels"]) + r")\s*:.*"
            r"|\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+\-]\d{2}:?\d{2}|Z))?)$",
            regex.IGNORECASE,
        ),
        # a stamp line naming who signed ("Người ký: Lê Văn A")
        "stamp_name": _source(
            r"^(?:" + alternation(data["stamp_signer_labels"]) + r")\s*:\s*(?P<n>.+?)\s*\.?$",
            regex.IGNORECASE,
        ),
        "basis": _source(r"^(?:" + alternation(data["basis_openers"]) + r")(?!\w)"),
        "opener": _source(r"^(?:" + alternation(data["body_openers"]) + r")(?!\w)" + str(h["opener_day"])),
        "decision_authority": _source(r"^(?:" + alternation(data["decision_authorities"]) + r")(?!\w)"),
        "item": _source(r"^[-+•–]\s*"),
        "caption": _source(str(h["caption"]).replace("TYPES", type_alt)),
        "closing": _source(str(h["closing"]).replace("TYPES", type_alt)),
        "headline": _source(str(h["headline"]).replace("TYPES", type_alt)),
        "headline_lead": _source(str(h["headline_lead"]).replace("TYPES", type_alt)),
        "headline_lead_subject": _source(str(h["headline_lead_subject"]).replace("TYPES", type_alt)),
        "library_headline": _source(str(h["library_headline"]).replace("TYPES", type_alt)),
        "headline_news": _source(
            str(h["headline_news"])
            .replace("ISSUERS", alternation(data["header_words"]["headline_issuers"]))
            .replace("VERBS", alternation(data["header_words"]["headline_verbs"]))
        ),
        "numbered": _source(str(h["numbered"])),
        # (for _opener_words and _title_head_start)
        "attachment_opener": _source(r"^(?:" + alternation(str(w) for w in data["attachment_openers"]) + r")(?!\w)"),
        "title_head_start": _source(r"^(?:" + alternation(data["signer_title_heads"]) + r")(?:\s|$)"),
    }


# Line patterns tried only on lines that start as they must (most header and sign-off lines do
# not: the pattern is not called for them). Each answers as ``_rx()[name].match(line)``.
_ITEM_FIRST = frozenset("-+•–")
_NUMBERED_FIRST = frozenset("(IVXLCABDEGHĐP")  # (or a digit)
_KINH_GUI_FIRST = frozenset("Kk\u212a")  # (ignoring case: the Kelvin sign is a "k")
_SUBJECT_FIRST = frozenset('Vv(“"')


def _subject(t: str) -> regex.Match[str] | None:
    return _rx()["subject"].match(t) if t[:1] in _SUBJECT_FIRST else None


def _number(t: str) -> regex.Match[str] | None:
    return _rx()["number"].match(t) if t[:1] in "Ss5" else None  # (helper 58: "5ố", OCR's five for the "S")


def _kinh_gui(t: str) -> regex.Match[str] | None:
    """("Kính gửi", or an upper-case sender before "điện" and a colon)"""
    return _rx()["kinh_gui"].match(t) if t[:1] in _KINH_GUI_FIRST or ":" in t else None


def _item(t: str) -> regex.Match[str] | None:
    return _rx()["item"].match(t) if t[:1] in _ITEM_FIRST else None


def _unitem(t: str) -> str:
    """``t`` without its list mark."""
    return str(_rx()["item"].sub("", t, count=1)) if t[:1] in _ITEM_FIRST else t


@functools.cache
def _heading_firsts() -> frozenset[str]:
    return frozenset(str(h)[:1] for h in load("doctypes")["headings"])


def _heading(t: str) -> regex.Match[str] | None:
    """(a type heading: "KẾ HOẠCH", "THÔNG BÁO KẾT LUẬN")"""
    return _rx()["heading"].match(t) if t[:1] in _heading_firsts() else None


def _numbered(t: str) -> regex.Match[str] | None:
    return _rx()["numbered"].match(t) if t[:1] in _NUMBERED_FIRST or t[:1].isdigit() else None


@functools.lru_cache(maxsize=4096)
def _motto_key(up: str) -> str:
    """The motto compared without blanks and dashes (a PDF export may drop the dashes)."""
    return str(_MOTTO_GAPS.sub("", up))


_MOTTO_GAPS = regex.compile(r"[\s\-–—]+")


@functools.lru_cache(maxsize=16)
def _firsts(words: frozenset[str]) -> frozenset[str]:
    """The first characters of ``words``."""
    return frozenset(w[:1] for w in words)


def _is_motto(up: str, mottos: frozenset[str]) -> bool:
    """``up`` is a motto (see :func:`_motto_key`); a line that starts with a letter or a digit no
    motto starts with is none (most lines: not worth taking apart)."""
    first = up[:1]
    if first.isalnum() and first not in _firsts(mottos):
        return False
    return _motto_key(up) in mottos


# where a line holds two items of a list: a semicolon, then the next item's dash or capital
_LIST_SEP = regex.compile(r";\s+(?=\p{Lu})")
_DASHED_SEP = regex.compile(r";\s+[-–+•]\s+")


def _list_items(text: str) -> list[str]:
    """The items of a Nơi nhận list typed on one line, set apart by semicolons ("- Như trên; - Lưu:
    VT.", "Công an tỉnh; Bộ Chỉ huy quân sự tỉnh"); an item whose head a colon shares out ("Văn
    phòng: Tỉnh ủy; UBND tỉnh") is one. (The addressees of Kính gửi: :func:`_addressees`.)"""
    if ";" not in text:
        return [text]
    return [x for part in _DASHED_SEP.split(text) for x in ([part] if ":" in part else _LIST_SEP.split(part))]


@functools.cache
def _addressee_roles() -> tuple[str, ...]:
    """The office holders that open an addressee on a line of several (``addressee_roles``)."""
    return tuple(str(x) for x in load("doctypes")["addressee_roles"])


def _addressees(text: str) -> list[str]:
    """The addressees of one Kính gửi line: several set apart by semicolons, each a unit's name
    (not an office whose colon shares out the units after it: "Bộ trưởng các Bộ: Tài chính; Nội
    vụ", kept whole, up to the next office that shares out its own list or an office holder:
    "...; Chủ tịch Ủy ban nhân dân các tỉnh: ...", as on lines of their own)."""
    if ";" not in text.rstrip(" ;."):
        return [text]
    parts = [x for x in _LIST_SEP.split(text) if x.strip()]
    if ":" not in text:
        return parts
    items: list[str] = []
    for part in parts:
        if not items or ":" in part or part.startswith(_addressee_roles()):
            items.append(part)
        else:
            items[-1] = f"{items[-1]}; {part}"
    return items


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;")


@functools.lru_cache(maxsize=4096)
def _upper_clean(text: str) -> str:
    """``_clean(text)`` in upper case, as a header line is compared (several times)."""
    return _clean(text).upper()


def _type_from_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    data = load("doctypes")
    party = "/" in symbol and "-" not in symbol.split("/")[0]
    abbr = symbol.split("/")[0] if party else symbol.split("-")[0].split("/")[-1]
    abbr = abbr.strip()
    for t in data["types"]:
        if abbr in t["abbr"]:
            if t["name"] in _words()["not_from_symbol"]:
                continue
            return str(t["name"])
    return None


_BLANK_RUNS = regex.compile(r"\s+")


def _parse_number(rest: str, header: Header) -> bool:
    rx = _rx()
    rest = rest.strip().rstrip(".,;")
    day = f" {_words()['day']}"
    if day in rest and (at := rest.find(day)) > 0:
        # the date written after the number on its line ("Số 88/KH-UBND ngày 05/12/2026"): the
        # number (the date is read when no date line follows: :func:`_number_date`)
        return _parse_place_date(rest[at:].strip(), Header()) and _parse_number(rest[:at].rstrip(" ,"), header)
    if " " in rest and (rest[-1:].isupper() or rest[-1:] == ")") and (tail := _trailing_mark(rest)) is not None:
        # a mark printed after the number on its line ("Số: 07/CĐ-TTg HỎA TỐC")
        rest, (kind, word) = rest[: -len(tail)].rstrip(), _marks()[tail]
        if not _parse_number(rest, header):
            return False
        if kind == "draft":
            header.draft = True
        else:
            setattr(header, kind, word)
        return True
    m = rx["party_no"].match(rest)
    if m and "/" in m.group("sym"):
        seq = m.group("seq").strip()
        sym = _BLANK_RUNS.sub("", m.group("sym")).replace("–", "-")  # (a word processor's en dash)
        header.symbol = sym
        header.number = f"{seq}-{sym}" if seq and seq[0].isdigit() else None
        header.regime = header.regime or "party"
        return True
    m = rx["state_no"].match(rest)
    if m:
        seq = m.group("seq").strip().strip(".")
        sym = _BLANK_RUNS.sub("", m.group("sym")).replace("–", "-")
        header.symbol = sym
        # a legal normative document carries its year in the number: "06/2024/QĐ-UBND"
        year = f"{m.group('year')}/" if m.group("year") else ""
        header.number = f"{seq}/{year}{sym}" if seq and seq[0].isdigit() else None
        header.regime = header.regime or "state"
        return True
    return False


@functools.cache
def _marks() -> dict[Any, tuple[str, str]]:
    """The marks as written alone or in brackets, each with its kind and word (the first kind and
    word that read so, in the order of the data)."""
    marks = load("doctypes")["marks"]
    out: dict[Any, tuple[str, str]] = {}
    for kind in ("secrecy", "urgency", "circulation", "draft"):
        for word in marks[kind]:
            out.setdefault(word, (kind, word))
            out.setdefault(f"({word})", (kind, word))
    return out


def _trailing_mark(text: str) -> str | None:
    """The mark (``HỎA TỐC``, ``MẬT``, ``(DỰ THẢO)``) that ends ``text`` after a blank, as written."""
    for word in sorted(_marks(), key=len, reverse=True):
        if text.endswith(word) and text[-len(word) - 1 : -len(word)].isspace():
            return str(word)
    return None


_MARK_FIRSTS = frozenset("TMHKXLD(")  # (the first letters of the marks)


@functools.cache
def _marks_longest_first() -> tuple[str, ...]:
    return tuple(sorted((str(w) for w in _marks()), key=len, reverse=True))


def _leading_mark(text: str) -> str | None:
    """The mark (``HỎA TỐC``, ``MẬT``) that opens ``text`` before a blank, as written."""
    for word in _marks_longest_first():
        if text.startswith(word) and text[len(word) : len(word) + 1].isspace():
            return str(word)
    return None


@functools.cache
def _stamps() -> frozenset[str]:
    """(helper 80) Stamps over the issuer the header keeps nothing of (doctypes.yaml ``header_stamps``)."""
    return frozenset(str(w) for w in load("doctypes")["header_stamps"])


def _mark(text: str) -> tuple[str, str] | None:
    return _marks().get(_upper_clean(text))


def _draft_with_round(text: str) -> tuple[str, str] | None:
    """(helper 80) A draft's mark with its round on its line ("DỰ THẢO 2", "Dự thảo lần 3"): the mark."""
    if len(text) > 24 or not text[-1:].isdigit():
        return None
    up = _upper_clean(text).strip("()")
    lead = _leading_mark(up)
    if lead is None or (mk := _marks()[lead])[0] != "draft":
        return None
    rest = up[len(lead) :].strip(" :-–")
    return mk if (rest.isdigit() and len(rest) <= 2) or _rx()["draft_round"].match(rest) else None


def _canon_place(place: str) -> str:
    place = _clean(place)
    last = place[:-1].split()[-1] if place.endswith(".") and place[:-1].strip() else None
    if last is not None and last not in _place_prefixes():
        place = place[:-1].rstrip()  # (helper 74: OCR's full stop for the place's comma, "Gia Lai. ngày ...")
    words = place.split(" ")
    if len(words) > 2 and words[0].isupper() and not words[-1].isupper():
        # an issuer's name in capitals read onto the date line of the other column ("HUYỆN ỦY
        # ĐÔNG SƠN Đông Sơn, ngày ..."): the place is the words after the capitals
        k = next(k for k, w in enumerate(words) if not w.isupper())
        if all(not w.isupper() for w in words[k:]) and all(len(w) > 1 and w.isalpha() for w in words[:k]):
            place = " ".join(words[k:])
    return place


@functools.cache
def _place_prefixes() -> frozenset[str]:
    """The abbreviations that open a place (doctypes.yaml ``place_prefixes``: "TP", "TX")."""
    return frozenset(str(p) for p in load("doctypes")["place_prefixes"])


def _unstamped(text: str) -> str:
    """``text`` without a signature stamp's line that a layout export set beside it, in the
    column after it ("Lạng Sơn, ngày 6 tháng 12 năm 2026 Cơ quan: Tỉnh Lạng Sơn")."""
    m = _rx()["stamp_tail"].search(text)
    return text[: m.start()].rstrip() if m else text


def _names_day(text: str) -> bool:
    """``text`` holds "ngày" in any case, as the date patterns (which ignore case) ask: a line
    without it is not tried with them."""
    return _words()["day"] in text.lower()


def _parse_place_date(text: str, header: Header) -> bool:
    rx = _rx()
    if not _names_day(text):
        return False
    if ":" in text:
        text = _unstamped(text)
    m = rx["place_date"].match(text) or rx["date_only"].match(text)
    if not m:
        return False
    place = m.group("place") if "place" in m.re.groupindex else None  # (date_only has no place)
    if place and place[:1] in _MARK_FIRSTS and (lead := _leading_mark(place)) is not None:
        # a mark printed before the place on its line ("HỎA TỐC Đặc khu Vân Đồn, ngày ...")
        kind, word = _marks()[lead]
        if kind == "draft":
            header.draft = True
        else:
            setattr(header, kind, word)
        place = place[len(lead) :]
    if place:
        header.place = _canon_place(place)
    d = int(m.group("d")) if m.group("d") else None
    mo = int(m.group("m")) if m.group("m") else None
    y = int(m.group("y").replace("O", "0").replace(" ", "")) if m.group("y") else None
    header.date_parts = DateParts(y, mo, d)
    header.year, header.month = y, mo
    if d and mo and y:
        import datetime as _dt

        try:
            header.date = _dt.date(y, mo, d).isoformat()
        except ValueError:
            header.date = None
    return True


def _parse_bare_place_date(text: str, header: Header) -> bool:
    """(helper 80) ``text`` is a header's place-and-date line with no "ngày" before the date ("Gia Lai,
    05 tháng 12 năm 2026", "Hà Nội, 5/12/2026"): its place and its date read into ``header``."""
    if len(text) > 60 or "," not in text or (not text[-1:].isdigit() and not text.endswith(".")):
        return False
    m = _rx()["place_date_bare"].match(text)
    if m is None:
        return False
    import datetime as _dt

    try:
        date = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return False
    header.place = _canon_place(m.group("place"))
    header.date_parts = DateParts(date.year, date.month, date.day)
    header.year, header.month, header.date = date.year, date.month, date.isoformat()
    return True


def parse_header(lines: list[Line]) -> HeaderResult:
    """Read the header from the top of ``lines`` and the sign-off from the bottom."""
    rx = _rx()
    party_titles, state_titles, titles = _national_titles()
    mottos = _mottos()
    # (the national title's line, found once: again only when the header's case was restored)
    national_at = _national_title_at(lines[:_PREAMBLE_SPAN], titles)
    restored = _case_restored(lines, titles, mottos, national_at)
    if restored is not lines:
        national_at = _national_title_at(restored[:_PREAMBLE_SPAN], titles)
    lines = restored
    h = Header()
    issuer_lines: list[str] = []
    title_parts: list[str] = []
    title_mixed = 0  # parts of the title not in capitals (counted as they come: not read again)
    subject_parts: list[str] = []
    cite_lines: list[Line] = []
    n = len(lines)
    i, site = _site_identity(lines, _header_start(lines, titles, national_at))
    seen_anchor = False  # saw something other than issuer lines (number, title, date...)
    state = ""  # "", "subject", "kinh_gui", "title"
    body_start = None
    gap = False  # a blank line since the last header line
    form: str | None = None  # "letter" (Kính gửi) or "telegram" ("... điện:"): the document's form
    date_line: int | None = None
    heading: str | None = None  # the type heading as written ("KẾ HOẠCH LIÊN TỊCH")
    taken: set[int] = set()  # lines read into one above them
    second_lines: list[str] = []  # a joint document's second issuer, over its own number
    second_issuers: list[list[str]] = []
    second_numbers: list[str | None] = []  # ... and each one's number
    while i < n:
        ln = lines[i]
        t = ln.text
        if t[:1] == "_" and t[-1:] == "_":
            t = t.strip("_ ")  # (a line in italics a web converter wrote with underscores: "_V/v ..._")
        if ln.kind == "star":
            h.regime = h.regime or "party"
            i += 1
            continue
        if i in taken:
            i += 1  # (read into a line above it: the rest of a date)
            continue
        if not seen_anchor and not issuer_lines and ln.kind == "text" and _upper_clean(t) in _copy_marks()[0]:
            i += 1  # (a copy's mark stamped over the header: "SAO Y BẢN CHÍNH", no issuer's line)
            continue
        if not seen_anchor and ln.kind == "text" and len(t) < 20 and _upper_clean(t).strip("()[] ") in _stamps():
            i += 1  # (helper 80) the original's stamp over or beside the issuer ("BẢN CHÍNH")
            continue
        if ln.kind in ("blank", "rule", "initials"):
            gap = True
            if ln.kind == "rule" and state == "title":
                state = "done_title"
            i += 1
            continue
        if ln.kind == "footnote" or (ln.kind == "text" and not any(c.isalnum() for c in ln.text)):
            i += 1  # a footnote body, or debris of a table border ("-", "|")
            continue
        if ln.kind == "text" and (":" in t or t[:1].isdigit()) and t[:1] in _SIGNED_FIRST and rx["stamp"].match(t):
            i += 1  # a digital signature's stamp printed among the header's cells
            continue
        skip = 0
        if (
            ln.kind == "text"
            and i + 1 < n
            and lines[i + 1].kind == "text"
            and not _anchor(t, titles, mottos, h)
            and _mark(t) is None  # ("HỎA TỐC" over the date line: a mark of its own)
        ):
            # a header item wrapped inside its table cell ("Số:" / "06/2024/QĐ-UBND", "Kon Tum,
            # ngày 25" / "tháng 01 năm 2024", "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM", "Hà" /
            # "Nội, ngày 29 tháng 3" / "năm 2019", "VỀ" / "VIỆC PHÊ DUYỆT ...")
            joined = t
            for k in (1, 2):
                if i + k >= n or lines[i + k].kind != "text":
                    break
                joined = f"{joined} {lines[i + k].text}"
                subject = _subject(joined) is not None and _subject(t) is None
                if subject or (
                    _anchor(joined, titles, mottos, h, joined=True) and not _issuer_over_date(t, lines[i + 1].text)
                ):
                    t, skip = joined, k
                    break
        elif (
            ln.kind == "text"
            and h.date_parts is None
            and (_names_day(t) or t.endswith(","))
            and rx["date_head"].search(t)
        ):
            # a date cut after "ngày" (or the place's comma) with a blank line before the rest (a
            # PDF text layer read without its layout: "Hà Nội, ngày" / "" / "tháng 8 năm 2025")
            k = i + 1
            while k < n and k <= i + 2 and lines[k].kind == "blank":
                k += 1
            if k < n and lines[k].kind == "text" and _parse_place_date(f"{t} {lines[k].text}", Header()):
                t, skip = f"{t} {lines[k].text}", k - i
        elif ln.kind == "text" and len(t) < 40 and t[:1] in "CĐcđ" and _title_start(_upper_clean(t), titles, mottos):
            # the national title or the motto cut by a blank line ("Độc lập - Tự do -" / "" /
            # "Hạnh phúc")
            k = i + 1
            while k < n and k <= i + 2 and lines[k].kind == "blank":
                k += 1
            if k < n and lines[k].kind == "text" and _anchor(f"{t} {lines[k].text}", titles, mottos, h):
                t, skip = f"{t} {lines[k].text}", k - i
        elif ln.kind == "text" and h.number is None and h.symbol is None and (m := _number(t)) and not m.group("rest"):
            # "Số:" alone, the number after a blank line (a PDF text layer read without its layout)
            k = i + 1
            while k < n and k <= i + 2 and lines[k].kind == "blank":
                k += 1
            if k < n and lines[k].kind == "text" and _parse_number(lines[k].text, Header()):
                t, skip = f"{t} {lines[k].text}", k - i
        if (
            not skip
            and ln.kind == "text"
            and h.date_parts is None
            and _names_day(t)
            and rx["date_head"].search(t)
            and (far := _date_rest_below(lines, i, t)) is not None
        ):
            # the rest of the date a few lines below, among the other column's cells (an OCR copy:
            # "Cần Thơ, ngày 18" / "Số: 157/KH-UBND" / "KẾ HOẠCH" / "tháng 11 năm 2025")
            t = f"{t} {lines[far].text}"
            taken.add(far)
        if (
            not skip
            and i + 1 < n
            and lines[i + 1].kind == "text"
            and lines[i + 1].text.lstrip(" *_").lower().startswith(_words()["telegram"])
            and mostly_upper(t)
            and _kinh_gui(f"{t} {lines[i + 1].text}") is not None
        ):
            # a telegram's sender above "điện:" on a line of its own ("THỦ TƯỚNG CHÍNH PHỦ" / "điện:")
            t, skip = f"{t} {lines[i + 1].text}", 1
        if h.type is None and not skip and ln.kind == "text" and len(t) < 40 and mostly_upper(t):
            # the type heading wrapped inside its bold span ("**KẾ" / "HOẠCH**") or spaced out
            # letter by letter ("K Ế H O Ạ C H")
            t, skip = _split_heading(t, lines, i)
        i += skip
        up = _upper_clean(t)
        if (
            not seen_anchor
            and 40 < len(t) <= 400
            and any(w in t for w in _words()["national_title"])  # (a national title's words in capitals)
            and (flat := _flat_header(t, h, titles)) is not None
        ):
            # the whole header flattened into one line (a copy out of a web page)
            issuer_lines.extend(flat)
            date_line = ln.no if h.date_parts is not None else date_line
            seen_anchor, state, gap = True, "", False
            i += 1
            continue
        if (
            not seen_anchor
            and issuer_lines
            and len(issuer_lines[-1].split()) == 1
            and len(t) < 100
            and mostly_upper(t)
            and not _numbered(t)
            and up not in titles
            and _number(t) is None  # (not "Số -CV/BCĐ", a blank number in capitals but one letter)
        ):
            # the issuer's name wrapped after its first word ("BỘ" / "KẾ HOẠCH VÀ ĐẦU TƯ", "THỦ" /
            # "TƯỚNG CHÍNH PHỦ"): not a type heading
            issuer_lines[-1] += " " + " ".join(t.split())
        elif (
            not seen_anchor
            and h.national_title is None
            and issuer_lines
            and up in party_titles
            and owned_title(issuer_lines[-1], up)
        ):
            # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH": the Youth Union's title ends
            # its committee's name in the left column (its own title stands in the right one)
            issuer_lines[-1] += " " + _clean(t)
            h.regime = "party"
        elif up in party_titles:
            h.national_title, h.regime, seen_anchor, state = _clean(t), "party", True, ""
        elif up in state_titles:
            h.national_title, h.regime, seen_anchor, state = _clean(t), "state", True, ""
        elif _is_motto(up, mottos):
            seen_anchor, state = True, ""
        elif (mk := _mark(t) or _draft_with_round(t)) is not None:
            kind, word = mk
            if kind == "draft":
                h.draft = True
                if i + 1 < n and _rx()["draft_round"].match(lines[i + 1].text.strip()):
                    i += 1  # (the draft's round under its mark: "DỰ THẢO" / "lần 2")
            else:
                setattr(h, kind, word)
        elif second_lines and (m := _number(t)) and _parse_number(m.group("rest"), second := Header()):
            # the second issuer's own number (a joint document's two blocks, each with its number):
            # the first issuer's number stays the document's, the other one is kept in ``numbers``
            second_issuers.append(second_lines)
            second_numbers.append(second.number)
            second_lines = []
            seen_anchor, state = True, ""
        elif (
            not second_lines
            and h.number is None
            and len(issuer_lines) == 1
            and (m := _number(t))
            and (two := _two_numbers(m.group("rest"), issuer_lines[0], h)) is not None
        ):
            # two numbers joined by one blank under two issuers joined so (a joint document's
            # header read by OCR): each issuer with its number
            issuer_lines[0] = two[0]
            second_issuers.append([two[1]])
            second_numbers.append(two[2])
            seen_anchor, state = True, ""
        elif (
            ((m := _number(t)) and _parse_number(m.group("rest"), h))
            or (h.date_parts is None and _parse_place_date(t, h))
            # (helper 80) no "ngày" before the date: under the national title or beside the number
            or (
                h.date_parts is None
                and (h.national_title is not None or h.number is not None)
                and _parse_bare_place_date(t, h)
            )
        ):
            if h.date_parts is not None and date_line is None:
                date_line = ln.no
            # (a subject wrapped past the date line of its column: "V/v triển khai ..." / "Quảng
            # Ngãi, ngày ..." / "hồ chứa nước ...": its tail may follow)
            wrapped = state == "subject" and date_line == ln.no and not subject_parts[-1].rstrip().endswith(".")
            seen_anchor, state = True, ("subject_wrap" if wrapped else "")
        elif (m := _subject(t)) is not None:
            subject = m.group("s")
            if (
                h.date_parts is None
                and _names_day(subject)
                and (dm := rx["date_tail"].search(subject))
                and _parse_place_date(dm.group("pd"), h)
            ):
                # the date line's cell copied onto the subject's line ("V/v triển khai kiểm kê Phú
                # Thọ, ngày 4 tháng 12 năm 2026"): the date, and the subject before it
                subject = subject[: dm.start()]
                date_line = date_line or ln.no
            subject_parts = [subject]
            cite_lines.append(ln)
            seen_anchor, state = True, "subject"
        elif (m := _kinh_gui(t)) is not None:
            first = _unitem(m.group("r").strip())
            if first:
                h.recipients.append(first)
            form = form or ("telegram" if _header_rx("telegram_sender").search(t[: m.start("r")]) else "letter")
            seen_anchor, state = True, "kinh_gui"
        elif state == "kinh_gui" and (
            _item(t)
            or (
                not gap
                # (a long addressee ends with the list's semicolon: "Bộ trưởng các Bộ: ...;")
                and (
                    len(t) < 100
                    or (len(t) < 300 and (t.endswith(";") or (h.recipients and h.recipients[-1].endswith(";"))))
                )
                # an addressee wrapped onto the next line, or the first one under "Kính gửi:" /
                # "... điện:" without a dash ("BỘ TRƯỞNG ... điện:" / "Chủ tịch Ủy ban nhân dân ..."),
                # or the next one of a list without dashes after a semicolon
                and (
                    not h.recipients
                    or not h.recipients[-1].rstrip().endswith((",", ".", ";"))
                    or (h.recipients[-1].rstrip().endswith(";") and t[:1].isupper())
                    # (a list of units wrapped after its comma: "... thị ủy, thành ủy," / "đảng ủy
                    # trực thuộc Tỉnh ủy."; or the next addressee's short name: "Sở Tài chính," /
                    # "Sở Nội vụ.")
                    or (
                        h.recipients[-1].rstrip().endswith(",")
                        and (t[:1].islower() or (t[:1].isupper() and len(t.split()) <= 10))
                    )
                )
                # an addressee wrapped onto the next line, not the first paragraph ("Thực hiện ...")
                and not (rx["basis"].match(t) or rx["opener"].match(t) or _numbered(t))
            )
        ):
            if (
                _item(t)
                or not h.recipients
                or h.recipients[-1].rstrip().endswith(";")
                or (h.recipients[-1].rstrip().endswith(",") and t[:1].isupper())
            ):
                h.recipients.append(_unitem(t))
            else:
                h.recipients[-1] += " " + t
        elif state in ("title", "subject", "done_title") and _decision_authority(t, lines, i):
            # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" above "Căn cứ ...": the authority, not the title
            state = "done_title"
        elif state in ("title", "subject", "done_title") and (
            rx["basis"].match(t)
            or (
                rx["opener"].match(t)
                and not mostly_upper(t)
                and (title_parts or subject_parts)
                # (after a subtitle in small letters, on the next line with no blank between, as
                # an OCR copy prints it: "Kết luận ... tại phiên họp thứ hai" / "Ngày 17/10/2025,
                # ..."; a subtitle's line that wants what follows runs on)
                and (not title_mixed or (not gap and _title_closed(title_parts[-1])))
                and all(mostly_upper(x) for x in subject_parts)
            )
        ):
            body_start = i
            break
        elif (
            (m := _heading(up)) is not None
            and h.type is None
            and len(t) < 120
            # (or the type alone on its line in small letters, as a web copy may print it: "Kế hoạch")
            and (mostly_upper(t) or (seen_anchor and up.strip(" *_#.:") == m.group("h")))
        ):
            name = m.group("h")
            heading = name
            h.type = _heading_type(name)
            h.type_source = "heading"
            rest = _clean(t[len(name) :])
            title_parts = [rest] if rest else []
            title_mixed = sum(not mostly_upper(x) for x in title_parts)
            seen_anchor, state = True, "title"
        elif (
            (state == "subject" and not (gap and _body_sentence(t)))
            or (state == "subject_wrap" and not gap and (t[:1].islower() or _open_end(subject_parts[-1])))
        ) and _continues_block(t, subject_parts):
            subject_parts.append(t)
            cite_lines.append(ln)
        elif (
            state == "title"
            and not _title_ended(lines, i, gap, title_mixed > 0)
            and _title_line(t, lines, i, first=not title_parts, prev=title_parts[-1] if title_parts else "")
        ):
            if mostly_upper(t) and title_mixed and not ln.bold:
                # the issuing authority under the title of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN
                # TỈNH", "BỘ TRƯỞNG BỘ NỘI VỤ"; NĐ 30/2020 Phụ lục I): not part of the title
                state = "done_title"
                i += 1
                continue
            title_parts.append(t)
            title_mixed += not mostly_upper(t)
            cite_lines.append(ln)
        elif (
            not seen_anchor
            and h.number is None
            and h.symbol is None
            and len(t) < 160
            and " S" in t
            and (cut := _issuer_with_number(t, h)) is not None
        ):
            # (helper 52) the number's cell joined to the issuer's last line ("ỦY BAN NHÂN DÂN
            # TỈNH A Số: 12/KH-UBND", a copy that flattened the column)
            issuer_lines.append(cut)
            seen_anchor, state = True, ""
        elif not seen_anchor and len(t) < 100 and not ln.md_heading and mostly_upper(t) and not _numbered(t):
            if (
                not issuer_lines  # (the first line only: "CỤC QUẢN LÝ" / "MẬT MÃ DÂN SỰ" is one name)
                and t[:1] in _MARK_FIRSTS
                and (lead := _leading_mark(t)) is not None
                and " " in t[len(lead) :].strip()
            ):
                # (helper 80) a mark printed before the issuer on its line ("KHẨN ỦY BAN NHÂN DÂN",
                # "MẬT BỘ CHỈ HUY QUÂN SỰ"): the mark, and the issuer's words after it
                kind, mark_word = _marks()[lead]
                if kind == "draft":
                    h.draft = True
                else:
                    setattr(h, kind, mark_word)
                t = t[len(lead) :].strip()
            word = t.strip(" *_")
            if word.isalpha() and issuer_lines and " " in issuer_lines[-1]:
                # (helper 74) a name's last word wrapped alone onto the next line of its cell (a web
                # copy: "UBND TỈNH GIA" / "LAI" / "VĂN PHÒNG"): the end of the line above
                issuer_lines[-1] += " " + word
            else:
                issuer_lines.append(" ".join(t.split()))  # a trailing comma joins the next line
        elif (
            h.number is not None
            and issuer_lines
            and h.type is None
            and not title_parts
            and len(t) < 100
            and mostly_upper(t)
            and not _numbered(t)
            and (second_lines or t.upper().startswith(_issuer_words("joint_units")))
            and _number_follows(lines, i)
        ):
            # a second issuer's block over its own number, after the first one's (a joint
            # document: "SỞ Y TẾ TỈNH A" / "Số: 45/KHLT-SYT" beside "SỞ GIÁO DỤC VÀ ĐÀO TẠO" /
            # "TỈNH A" / "Số: 112/KHLT-SGDĐT")
            second_lines.append(" ".join(t.split()))
        elif (
            h.number is None
            and h.type is None
            and len(t) < 100
            and mostly_upper(t)
            and not _numbered(t)
            and _number_follows(lines, i)
        ):
            # the issuer read after the right-hand column ("CỘNG HÒA ..." / "Hà Nội, ngày ..." /
            # "BỘ XÂY DỰNG" / "Số: 812/BXD-KHCN"): the lines over the number
            issuer_lines.append(" ".join(t.split()))
        elif (
            body_start is None
            and len(t) < 160
            and state != "done_title"
            and h.type is None
            and mostly_upper(t)
            and not _numbered(t)
        ):
            # an upper-case title without a type word ("KẾT LUẬN ..." handled above)
            title_parts.append(t)
            title_mixed += not mostly_upper(t)
            cite_lines.append(ln)
            state = "title"
        else:
            body_start = i
            break
        gap = False
        i += 1
    if body_start is None:
        body_start = n
    if h.date_parts is None and h.number is not None:
        _number_date(lines[:body_start], h)
    if not (site or issuer_lines or h.number or h.symbol or h.national_title or h.date_parts or h.type):
        body_start = _headline(lines, h)
    _issuer(issuer_lines, h, _joint_marked(heading, h.symbol))
    if site:
        _site_fields(site, h)
    if second_issuers and h.issuer:
        _second_issuers(second_issuers, second_numbers, h)
    # recipients: strip list debris; addressees typed on one line, set apart by semicolons
    # ("Kính gửi: Sở Tài chính; Sở Xây dựng; Ủy ban nhân dân các xã"), one by one
    h.recipients = [
        _clean(x.rstrip(",.;")) for r in h.recipients for x in _addressees(r) if _clean(x.rstrip(",.;"))
    ]
    if subject_parts:
        h.subject = _clean(" ".join(subject_parts))
    if title_parts:
        h.title = _clean(" ".join(title_parts))
        _title_identity(h)
        if h.issuer is None:
            # no issuer block, but the title names it: "CHƯƠNG TRÌNH / CỦA BAN THƯỜNG VỤ TỈNH ỦY"
            m = _header_rx("title_issuer").match(h.title)
            if m and len(m.group(1).split()) >= 2:
                h.issuer = _clean(m.group(1))
    lines = _signoff_case_restored(lines, body_start)
    body_end = _signoff(_without_copy(lines, _copy_block(lines, body_start)), body_start, h)
    if h.signer is None and (person := site.get("signer")) and _name_line(_clean(person)):
        # no sign-off in the text, but the library's attributes name the signer ("Người ký: ...")
        name, rank = _signer_name(_clean(person))
        h.signer = Signer(name, _with_rank("", rank), None, None)
    if h.number is None or h.date_parts is None or h.type is None:
        # a copy without its header cells: what names the document elsewhere
        _caption_identity(lines, body_end, h)
        _closing_identity(lines, body_start, body_end, h)
    if h.type is None:
        t2 = _type_from_symbol(h.symbol)
        if t2:
            h.type, h.type_source = t2, "symbol"
        elif h.subject and (h.recipients or h.symbol):
            h.type, h.type_source = _words()["letter"], "form"
        elif form is not None and not h.title:
            # no type heading, but the form of a letter ("Kính gửi:") or of a telegram
            h.type, h.type_source = (_words()["telegram_type"] if form == "telegram" else _words()["letter"]), "form"
    if h.type is None and h.symbol and h.subject:
        h.type, h.type_source = _words()["letter"], "form"
    if h.issuer and not h.issuers:
        h.issuers = [h.issuer]
    warnings = _check_date(h, date_line)
    if title_parts and not any(ln.kind == "text" for ln in lines[body_start:body_end]):
        warnings.append(
            Warning("empty_body", "no body text after the header: the whole text was read as the title", None)
        )
    appendix = _appendix_start(lines, body_end, h)
    if appendix is None and h.signer is None and body_end == n:
        # a copy without its sign-off: a document this one issues, printed after its last article
        # with no note under its title, opens where its heading stands
        appendix = _issued_unsigned(lines, body_start, h)
        if appendix is not None:
            body_end = appendix
    return HeaderResult(h, body_start, body_end, cite_lines, appendix, warnings)


@functools.cache
def _open_ends() -> frozenset[str]:
    return frozenset(str(w) for w in load("doctypes")["subject_open_ends"])


def _title_closed(text: str) -> bool:
    """The title's line ``text`` may be its last: it ends on no word that wants what follows and
    no comma ("... tại phiên họp thứ hai", not "... ngày 01/9/2026 của")."""
    return not _open_end(text) and not text.rstrip().endswith(",")


def _open_end(text: str) -> bool:
    """``text`` ends with a word that wants what follows ("... Nghị quyết số 57-NQ/TW của")."""
    words = text.split()
    return bool(words) and words[-1].lower() in _open_ends()


def _title_start(up: str, titles: frozenset[str], mottos: frozenset[str]) -> bool:
    """``up`` (a line in upper case) is the start of a national title or of the motto, not the
    whole of it ("CỘNG HÒA XÃ HỘI", "ĐỘC LẬP - TỰ DO -")."""
    if len(up) < 8 or up in titles:
        return False
    key = _motto_key(up)
    return any(t.startswith(up) for t in titles) or any(m.startswith(key) and m != key for m in mottos)


def _flat_header(t: str, h: Header, titles: frozenset[str]) -> list[str] | None:
    """A header flattened into one line ("ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM Độc lập - Tự do - Hạnh phúc Số: 415/KH-UBND X, ngày 04 tháng 12 năm 2026"): the national
    title, the number and the date read into ``h``; the issuer's words before the title returned
    (as its one line). None, and ``h`` untouched, when ``t`` is not such a line: a national title
    inside it, and a number or a date line after it."""
    up = t.upper()
    at = next((k for title in titles if (k := up.find(title)) >= 0), -1)
    if at < 0 or (not _names_day(t) and _words()["number_upper"] not in up):
        return None
    title = next(title for title in titles if up.find(title) == at)
    rest = t[at + len(title) :]
    for motto in load("doctypes")["mottos"]:
        # (the motto right after the title: cut by its words, whatever the dashes and blanks)
        words = [w for w in str(motto).split() if w not in "-–—"]
        if rest.lstrip()[: len(words[0])].upper() == words[0].upper():
            m = regex.match(r"\s*" + r"[\s\-–—]*".join(regex.escape(w) for w in words), rest, regex.I)
            if m is not None:
                rest = rest[m.end() :]
    probe = Header()
    no = _header_rx("number_in").search(rest)
    if no is not None and not _parse_number(no.group(1), probe):
        no = None
    dm = _rx()["date_tail"].search(" " + rest)
    if no is None and dm is None:
        return None
    if no is not None:
        _parse_number(no.group(1), h)
        # a V/v subject between the number and the date
        between = rest[no.end() : (dm.start() - 1 if dm is not None and dm.start() > no.end() else len(rest))]
        if (sm := _subject(between.strip())) is not None and sm.group("s").strip():
            h.subject = _clean(sm.group("s"))
    if dm is not None:
        _parse_place_date(dm.group("pd"), h)
    h.national_title = _clean(t[at : at + len(title)])
    h.regime = h.regime or ("party" if title.startswith(tuple(_words()["party_titles"])) else "state")
    issuer = _clean(t[:at].strip(" *"))
    return [issuer] if issuer else []


_DATE_REST_SPAN = 5  # lines below a cut date line where its rest may stand, among other cells


def _date_rest_below(lines: list[Line], i: int, t: str) -> int | None:
    """The line, among the few below ``lines[i]`` (a date line cut after its day: ``t``), that
    holds the rest of its date alone ("tháng 11 năm 2025"), the other column's cells between them."""
    for k in range(i + 2, min(len(lines), i + 2 + _DATE_REST_SPAN)):
        nxt = lines[k]
        if nxt.kind == "text" and len(nxt.text) < 30 and _parse_place_date(f"{t} {nxt.text}", Header()):
            return k
    return None


def _issuer_over_date(t: str, nxt: str) -> bool:
    """``t`` is an issuer's line in capitals over a whole date line of the other column ("BAN TỔ
    CHỨC" / "Gia Lai, ngày 7 tháng 12 năm 2026"), not the start of a place wrapped in its cell
    ("Hà" / "Nội, ngày ...")."""
    return " " in t.strip() and mostly_upper(t) and _names_day(nxt) and _parse_place_date(nxt, Header())


def _headline(lines: list[Line], h: Header) -> int:
    """A directive posted as a news article, without its header cells: the headline over it names
    it ("Thông báo kết luận số 12-TB/TU ngày 05/3/2027 của Ban Thường vụ Tỉnh ủy về ...", "Thông
    báo kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra ..."): its type and title, and the
    number, date and issuer it cites. The body opens after it and after the posting's date and
    time under it, or over it (0 when the text opens with no such headline)."""
    first = next((k for k, ln in enumerate(lines[:3]) if ln.kind == "text"), None)
    if first is None:
        return 0
    dated = _posted(lines[first].text)
    if dated:
        # (the posting's date over the headline: "08:30 10/05/2027" / "UBND tỉnh chỉ đạo ...")
        first = next((k for k in range(first + 1, min(first + 3, len(lines))) if lines[k].kind == "text"), None)
        if first is None:
            return 0
    t = lines[first].text
    if not (20 <= len(t) <= 300) or mostly_upper(t):
        return 0
    if (m := _rx()["headline"].match(t)) is None:
        return _news_headline(lines, first, h, dated)
    h.type, h.type_source = _heading_type(m.group("type").upper()), "heading"
    title = _clean(m.group("title"))
    cited = _header_rx("headline_identity").search(title)
    if cited is not None and _fill_number(cited.group("no").rstrip(",;"), h):
        _date_cited(cited["d"], cited["m"], cited["y"], h)
        if cited["issuer"]:
            h.issuer = _clean(cited["issuer"])
        # (its number and date are fields; so is its issuer, when the title opens with it: "Kế hoạch
        # số 14/KH-UBND ngày ... của UBND xã về ..." titled "Về ...")
        end = cited.end("issuer") if cited["issuer"] and not title[: cited.start()].strip() else cited.end("y")
        title = _clean(title[: cited.start()] + title[end:])
    h.title = title[:1].upper() + title[1:]
    body = first + 1
    while body < len(lines) and body <= first + 3:
        ln = lines[body]
        if ln.kind == "text" and not _posting_line(ln.text):
            break
        body += 1
    if h.number is None and h.symbol is None and body < len(lines) and lines[body].kind == "text":
        # (the lead cites it: "Ngày 22/4/2027, Ban Thường vụ Huyện ủy ban hành Thông báo kết luận
        # số 86-TB/HU ...", of the headline's type)
        _lead_identity(lines[body].text, h)
    return body


# a date in figures ("12/02/2027", "5.3.2026"): day, month, year
_FIGURES_DATE = regex.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_SITE_LINES = 16  # a library page's heading and attributes stand within so many lines of the top


def _site_identity(lines: list[Line], i: int) -> tuple[int, dict[str, str]]:
    """A legal library's page read without the directive's header cells: its heading naming the
    type and number ("Kế hoạch 57/KH-UBND năm 2027 về ...") and its attributes ("Số hiệu: ...",
    "Nơi ban hành: ...", "Ngày ban hành: 12/02/2027") over the text: the line where the text opens
    (``i`` when there are none) and what they name (``number``, ``issuer``, ``date``)."""
    fields = load("doctypes")["header_words"]["attribute_fields"]
    attribute, headline = _header_rx("attribute"), _rx()["library_headline"]
    found = i
    named: dict[str, str] = {}
    k = i
    span = _SITE_LINES
    # (helper 58) a page's notice or a stray mark over its attributes ("Đang tải văn bản...", "#"):
    # a few short lines in small letters, skipped when an attribute follows them
    j = i
    while j < min(len(lines), i + 6) and (
        lines[j].kind != "text"
        or (len(lines[j].text) <= 40 and not mostly_upper(lines[j].text) and not attribute.match(lines[j].text))
    ):
        j += 1
    if i < j < len(lines) and lines[j].kind == "text" and attribute.match(lines[j].text):
        k = i = j
    while k < len(lines) and k < i + span:
        ln = lines[k]
        k += 1
        if ln.kind not in ("text", "table"):
            continue
        t = ln.text
        if t.count(":") >= 2 and len(pairs := _attribute_pairs(t)) >= 2:
            # (helper 58) two attributes or more side by side on one line, or in a table's row
            for label, value in pairs:
                if (field_name := fields.get(label)) is not None and value:
                    named.setdefault(str(field_name), value)
        elif ln.kind == "table":
            continue
        elif (m := attribute.match(t)) is not None:
            value = m["value"]
            if value is None:
                # (helper 58) the label alone, its value in the next cell on a line of its own
                # ("Số hiệu:" / "|" / "45/KH-UBND"): the page's cells one under the other, two
                # lines each
                span = 3 * _SITE_LINES
                v = k
                while v < len(lines) and v < k + 3 and lines[v].kind != "text":
                    v += 1
                if v < len(lines) and v < k + 3 and attribute.match(lines[v].text) is None:
                    value, k = lines[v].text.strip(" *_"), v + 1
            field_name = fields.get(m["label"])
            if field_name is not None and value:
                named.setdefault(str(field_name), value)
        elif k - 1 == i and (m := headline.match(t)) is not None and not mostly_upper(t):
            named.setdefault("number", m["no"])
            if m["d"]:
                named.setdefault("date", f"{m['d']}/{m['m']}/{m['y']}")
        else:
            break
        found = k
    return (found, named) if found > i else (i, {})


def _attribute_pairs(t: str) -> list[tuple[str, str]]:
    """(helper 58) The attributes of a library's page side by side on the line ``t``, each label
    with the text up to the next one ("Số hiệu: 45/KH-UBND Loại văn bản: Kế hoạch", "| Số hiệu: |
    45/KH-UBND | Loại văn bản: | Kế hoạch |")."""
    found = list(_header_rx("attribute_in").finditer(t))
    if not found:
        return []
    ends = [m.start() for m in found[1:]] + [len(t)]
    return [(m["label"], t[m.end() : end].strip(" |*_\t")) for m, end in zip(found, ends, strict=True)]


def _site_fields(named: dict[str, str], h: Header) -> None:
    """The number, date, issuer and type a library's page names (:func:`_site_identity`), for
    those the text's own header did not give."""
    if "number" in named:
        _fill_number(named["number"].rstrip(" .,;"), h)
    day = _FIGURES_DATE.fullmatch(named.get("date", ""))
    if day is not None and h.date_parts is None:
        _date_cited(day[1], day[2], day[3], h)
    if "issuer" in named and h.issuer is None:
        h.issuer = _clean(named["issuer"])
    if "type" in named and h.type is None:
        # "Loại văn bản: Công văn": a type the language data knows, as it writes it
        kind = _heading_type(_clean(named["type"]).upper())
        if kind in _type_names():
            h.type, h.type_source = kind, "attribute"


@functools.cache
def _type_names() -> frozenset[str]:
    return frozenset(str(t["name"]) for t in load("doctypes")["types"])


def _posting_line(text: str) -> bool:
    """A line a news page prints under a headline: the posting's date and time (with its other
    items: "| Lượt xem: 1.245"), or those items alone ("Chia sẻ", "Chia sẻ | In bài")."""
    return _posted(text) or (len(text) <= _POSTING_CHARS and _header_rx("posted_items").match(text) is not None)


_POSTING_CHARS = 250  # a news page's posting line is short (its pattern is tried on short lines only)


def _posted(text: str) -> bool:
    """A news page's posting line: its date and time, maybe with its other items."""
    return len(text) <= _POSTING_CHARS and _header_rx("posted").match(text) is not None


def _lead_identity(text: str, h: Header, posted: str | None = None) -> bool:
    """The number, date and issuer the lead under a headline cites, of the headline's type (of any
    type when the headline named none); a day and month without the year ("Ngày 5/3, ...") are of
    the year of the ``posted`` line (of the year before, when they fall after it); a lead opening
    with the issuer ("UBND tỉnh vừa ban hành Kế hoạch số ...") names the day after the number, or
    no date is read. False when the lead cites none."""
    lead = _rx()["headline_lead"].match(text) or _rx()["headline_lead_subject"].match(text)
    if lead is None or (h.type is not None and _heading_type(lead["type"].upper()) != h.type):
        return False
    year = lead["y"]
    if lead["d"] is not None and year is None:
        on = _FIGURES_DATE.search(posted or "")
        if on is None:
            return False
        late = (int(lead["m"]), int(lead["d"])) > (int(on[2]), int(on[1]))
        year = str(int(on[3]) - late)
    if _fill_number(lead["no"], h):
        if lead["d"] is not None and year is not None:
            _date_cited(lead["d"], lead["m"], year, h)
        h.issuer = _clean(lead["issuer"])
        if h.type is None:
            h.type, h.type_source = _heading_type(lead["type"].upper()), "heading"
        return True
    return False


def _news_headline(lines: list[Line], first: int, h: Header, dated: bool) -> int:
    """A headline in the words of the news, its issuer the subject of a verb of issuing ("Ban
    Thường vụ Đảng ủy xã kết luận về công tác thu ngân sách"): the issuer, when the posting's date
    line stands under it or over it (``dated``: a news page's sign), and what the lead under it
    cites; the body opens after the headline and the date line (0 when the text opens with no such
    headline)."""
    m = _rx()["headline_news"].match(lines[first].text)
    if m is None:
        return _reported(lines, first, h, dated)
    body = first + 1
    while body < len(lines) and lines[body].kind != "text":
        body += 1
    if body < len(lines) and body <= first + 2 and _posted(lines[body].text):
        body += 1
    elif not dated:
        return 0
    while body < len(lines) and body <= first + 4 and (lines[body].kind != "text" or _posting_line(lines[body].text)):
        body += 1
    h.issuer = _clean(m["issuer"])
    if body < len(lines) and lines[body].kind == "text":
        _lead_identity(lines[body].text, h)
    return body


def _reported(lines: list[Line], first: int, h: Header, dated: bool) -> int:
    """A news article in its own words (its headline no title of the directive: "Tăng cường phòng,
    chống dịch bệnh ...") over its posting's date line, whose lead reports that a directive was
    issued ("Ngày 5/3, UBND tỉnh ban hành Kế hoạch số 41/KH-UBND về ..."): the type, number, date
    and issuer the lead names (the headline is not the directive's title: none is read); the body
    opens after the posting line (0 when the lead cites no directive)."""
    above = (lines[k].text for k in range(first - 1, -1, -1) if lines[k].kind == "text")
    posted = next(above, None) if dated else None
    body = first + 1
    while body < len(lines) and body <= first + 4 and (lines[body].kind != "text" or _posting_line(lines[body].text)):
        if lines[body].kind == "text" and posted is None and _posted(lines[body].text):
            posted = lines[body].text
        body += 1
    if posted is None or body >= len(lines) or lines[body].kind != "text":
        return 0
    return body if _lead_identity(lines[body].text, h, posted) else 0


def _date_cited(day: str, month: str, year: str, h: Header) -> None:
    """The header's date from a day, month and year cited in figures (a caption, a headline)."""
    _parse_place_date(_words()["date_format"].format(d=day, m=month, y=year), h)


def _number_date(head: list[Line], h: Header) -> None:
    """The date written after the number on its line ("Số 88/KH-UBND ngày 05/12/2026"), for a
    header with no date line."""
    for ln in head:
        day = f" {_words()['day']}"
        if day in ln.text and ln.kind == "text" and (m := _number(ln.text)) is not None:
            rest = m.group("rest")
            _parse_place_date(rest[rest.find(day) :].strip(), h)
            return


def _issued_unsigned(lines: list[Line], body_start: int, h: Header) -> int | None:
    """The heading of a document issued with this one (:func:`issued_with`), in a copy that lost
    the sign-off between them: an upper-case type heading on its line after an article."""
    if not h.title or h.type is None:
        return None
    firsts = _heading_firsts()
    article = False
    for i in range(body_start, len(lines)):
        ln = lines[i]
        t = ln.text.strip(" *_#")
        if ln.kind != "text" or not t:
            continue
        if t.startswith(tuple(_words()["article"])):
            article = True
        elif article and t[:1] in firsts and len(t) < 120 and mostly_upper(t) and _issued_heading(lines, i, h):
            return i
    return None


def _title_ended(lines: list[Line], i: int, gap: bool, mixed: bool) -> bool:
    """A mixed-case paragraph after a blank line under the title is the body: a second one
    ("KẾ HOẠCH" / "Tổ chức ..." / "" / "Giao ..."), or a sentence or a clause ("KẾ HOẠCH" / "" /
    "Tăng cường .... năm 2026.", "NGHỊ QUYẾT" / "" / "Hội nghị ... họp ngày ...,"). ``mixed``:
    a part of the title so far is not in capitals."""
    ln = lines[i]
    if not gap or mostly_upper(ln.text) or ln.bold:
        return False
    if mixed:
        return True
    para = []
    for nxt in lines[i : i + 8]:
        if nxt.kind != "text":
            break
        para.append(nxt.text)
    text = " ".join(para).rstrip()
    return text.endswith((".", ",", ";", ":")) or len(text) > 240


def _check_date(h: Header, line: int | None) -> list[Warning]:
    """A header date that is no date ("ngày 14 tháng 13 năm 2026", "ngày 31 tháng 2"): kept as
    far as it holds (the year, the month), with a warning; never an error."""
    dp = h.date_parts
    if dp is None:
        return []
    written = f"{dp.day or '..'}/{dp.month or '..'}/{dp.year}"
    where = f"line {line}: " if line is not None else ""
    if dp.year is not None and not 1900 <= dp.year <= 2100:
        h.date_parts, h.date, h.year, h.month = None, None, None, None
        return [Warning("invalid_date", f"{where}header date {written}: year {dp.year} out of range; ignored", line)]
    if dp.month is not None and not 1 <= dp.month <= 12:
        h.date_parts = DateParts(dp.year, None, None)
        h.date, h.month = None, None
        return [Warning("invalid_date", f"{where}header date {written}: no month {dp.month}; kept the year", line)]
    if dp.day is not None and dp.month is not None and dp.year is not None and h.date is None:
        h.date_parts = DateParts(dp.year, dp.month, None)
        return [Warning("invalid_date", f"{where}header date {written}: no such day; kept the month", line)]
    return []


def _caption_identity(lines: list[Line], body_end: int, h: Header) -> None:
    """An attachment names the document it belongs to ("PHỤ LỤC" / "(Kèm theo Công văn số
    174/CV-BCĐ ngày 02 tháng 12 năm 2025 của Ban Chỉ đạo)"): that is this document, when its own
    header cells are missing."""
    rx = _rx()
    for i in range(body_end, len(lines)):
        ln = lines[i]
        if ln.kind != "text" or not _header_rx("attached_note", regex.IGNORECASE).match(ln.text):
            continue
        text = ln.text
        if i + 1 < len(lines) and lines[i + 1].kind == "text":
            text = f"{text} {lines[i + 1].text}"
        m = rx["caption"].search(text)
        if m is None:
            continue
        if not _fill_number(m.group("no"), h):
            continue
        if h.date_parts is None:
            d, mo, y = regex.findall(r"\d+", m.group("date"))
            _date_cited(d, mo, y, h)
        if h.type is None:
            h.type, h.type_source = _heading_type(m.group("type").upper()), "caption"
        return


def _closing_identity(lines: list[Line], body_start: int, body_end: int, h: Header) -> None:
    """The closing formula of a resolution names its type and date ("Nghị quyết này đã được Hội
    đồng nhân dân ... thông qua ngày 10 tháng 12 năm 2024"), when the header does not."""
    rx = _rx()
    tail = [ln.text for ln in lines[max(body_start, body_end - 40) : body_end] if ln.kind == "text"]
    m = rx["closing"].search(" ".join(tail))
    if m is None:
        return
    if h.type is None:
        h.type, h.type_source = _heading_type(m.group("type").upper()), "closing"
    if h.date_parts is None:
        _parse_place_date(m.group("date"), h)


@functools.cache
def _appendix_form() -> regex.Pattern[str]:
    """A table or form of an appendix alone on its line, with its number ("Biểu 01", "Mẫu số 02";
    ``appendix_forms`` in tables.yaml)."""
    words = alternation(str(w) for w in load("tables")["appendix_forms"])
    code = r"(?:/[\p{Lu}\d][\p{Lu}\d\-.]*)?"  # ("Mẫu số 01/BC")
    number = load("doctypes")["header"]["form_number"]
    return regex.compile(rf"^[\s*_#]*(?:{words}){number}{code}[\s*_:.]*$")


def _appendix_heading(t: str) -> bool:
    """``_header_rx("appendix").match(t)``: "PHỤ LỤC" and "Phụ lục" hold "ỤC" and "ục", a line without them
    is not tried."""
    return _appendix_letters().search(t) is not None and _header_rx("appendix").match(t) is not None


@functools.cache
def _appendix_letters() -> cached_re.Pattern[str]:
    """The letters of :func:`_appendix_heading` as one pattern of the standard library's engine
    (it finds plain words fastest)."""
    return cached_re.compile("|".join(cached_re.escape(w) for w in _words()["appendix_letters"]))


def _listed_attachment(lines: list[Line], i: int) -> bool:
    """Line ``i`` titles a list of tasks attached after the sign-off ("DANH MỤC CÁC NHIỆM VỤ ...":
    ``attached_lists`` in doctypes.yaml), in capitals, maybe over two lines ("DANH MỤC" / "CÁC
    NHIỆM VỤ TRỌNG TÂM")."""
    t = lines[i].text.strip(" *_#")
    if len(t) > 200 or not mostly_upper(t):
        return False
    if i + 1 < len(lines) and lines[i + 1].kind == "text" and len(t) < 40:
        t = f"{t} {lines[i + 1].text.strip(' *_#')}"
    return opens_attached_list(t)


def _form_heading(t: str) -> bool:
    """A form's label alone on its line (:func:`_appendix_form`; a short line only)."""
    return len(t) < 40 and _appendix_form().match(t) is not None


def _appendix_start(lines: list[Line], body_end: int, h: Header) -> int | None:
    """An appendix printed after the signer (``PHỤ LỤC`` on a line of its own): its tables hold
    tasks with deadlines, so it belongs to the body although it follows the sign-off."""
    after = h.signer.line if h.signer else None
    first = after is not None  # (the first line of text after the signer's)
    for i in range(body_end, len(lines)):
        ln = lines[i]
        if after is not None and ln.no <= after:
            continue
        if ln.kind != "text":
            continue
        if _appendix_heading(ln.text) or _form_heading(ln.text):
            return i
        if first and _listed_attachment(lines, i) and _attached_body(lines, i) is not None:
            # "DANH MỤC CÁC NHIỆM VỤ ..." over "(Kèm theo Thông báo số ...)", first after the
            # signer: a list of tasks attached without a "PHỤ LỤC" heading (parse.sections: a
            # part "Phụ lục")
            return i
        first = False
        if _heading(ln.text.strip(" *_#")) and mostly_upper(ln.text) and _attached_body(lines, i, h) is not None:
            # its title and note open the attached document's own part (parse.sections)
            return i
    return None


@functools.cache
def _opener_words() -> tuple[regex.Pattern[str], frozenset[str], tuple[str, ...]]:
    """The headings that open an attachment (``attachment_openers``), the first signs a line that
    opens one can start with (theirs, those of the national titles and the type headings, and
    markdown's), and the national titles."""
    data = load("doctypes")
    words = [str(w) for w in data["attachment_openers"]]
    titles = tuple(str(t).upper() for group in data["national_titles"].values() for t in group)
    rx = _rx()["attachment_opener"]
    starts = frozenset(w[:1] for w in [*words, *titles]) | _heading_firsts() | frozenset("*_#")
    return rx, starts, titles


def _attachment_openers(lines: list[Line], lo: int, h: Header | None = None) -> list[int]:
    """The lines from ``lo`` on that open something attached after the sign-off: an appendix
    ("PHỤ LỤC II", "Phụ lục 1", "PHỤ LỤC KÈM THEO"), a list or a form ("DANH MỤC ...", "BIỂU SỐ
    02"), a document issued with this one ("KẾ HOẠCH" over "(Ban hành kèm theo ...)"), or a
    second national header. (A line is tried only when its first letter can open one.)"""
    rx, starts, titles = _opener_words()
    small = _words()["appendix_letters"][0]
    found: list[int] = []
    # (the lines whose first sign may open one, picked out first: most lines' signs cannot)
    for i in [k for k in range(lo, len(lines)) if lines[k].text[:1] in starts]:
        ln = lines[i]
        if ln.kind != "text":
            continue
        t = ln.text
        if t[:1] in "*_#":
            t = t.strip(" *_#")
            if t[:1] not in starts:
                continue
        if not (t[1:2].isupper() or small in t):
            # (an opener is upper case from its second letter, but "Phụ lục")
            continue
        if _appendix_heading(t) or (
            len(t) < 200
            and mostly_upper(t)
            and (
                rx.match(t) is not None
                or any(title in t for title in titles)
                or (_heading(t) is not None and _attached_body(lines, i, h) is not None)
            )
        ):
            found.append(i)
    return found


def issued_with(heading: str, h: Header) -> bool:
    """The type heading ``heading`` ("KẾ HOẠCH") opens a document this one issues, as its title
    says ("QUYẾT ĐỊNH" / "Ban hành Kế hoạch cải cách hành chính năm 2027"): attached after the
    sign-off even when no note under its title ties it to this one (``(Ban hành kèm theo ...)``)."""
    if not h.title or h.type is None or (m := _heading(heading)) is None:
        return False
    kind = _heading_type(m.group("h"))
    named = regex.search(r"(?<!\w)" + regex.escape(kind) + r"(?!\w)", h.title, regex.IGNORECASE)
    return kind != h.type and named is not None


def _issued_heading(lines: list[Line], i: int, h: Header) -> bool:
    """Line ``i`` is the heading of a document this one issues (:func:`issued_with`), written as
    such: the type alone in capitals, or before a title in small letters ("KẾ HOẠCH" / "KẾ HOẠCH
    Cải cách ..."), not a chapter's heading under its label ("Chương I" / "QUY ĐỊNH CHUNG")."""
    t = lines[i].text.strip(" *_#")
    m = _heading(t)
    if m is None or (mostly_upper(t[m.end() :]) and t[m.end() :].strip(" *_.:")):
        return False
    k = i - 1
    while k >= 0 and lines[k].kind != "text":
        k -= 1
    if k >= 0 and _header_rx("part_label").match(lines[k].text):
        return False
    return issued_with(t, h)


def _attached_body(lines: list[Line], i: int, h: Header | None = None) -> int | None:
    """A document attached after the sign-off (NĐ 30/2020: ``KẾ HOẠCH`` / its name / ``(Ban hành
    kèm theo Quyết định số ...)``): its body starts after the note that ties it to this one, or
    (no note) after its heading, when the title of this one names it (:func:`issued_with`)."""
    if h is not None and _issued_heading(lines, i, h):
        return i + 1
    seen = 0
    for j in range(i + 1, min(len(lines), i + 12)):
        ln = lines[j]
        if ln.kind != "text":
            continue
        seen += 1
        if seen > 5:
            return None
        if _header_rx("attached_note", regex.IGNORECASE).match(ln.text):
            for k in range(j, min(len(lines), j + 4)):
                if lines[k].kind == "text" and ")" in lines[k].text:
                    return k + 1
            return j + 1
    return None


@functools.cache
def _spaced_headings() -> dict[str, str]:
    """The type headings by their letters without blanks ("KẾHOẠCH": "KẾ HOẠCH")."""
    return {"".join(str(x).split()): str(x) for x in load("doctypes")["headings"]}


def _number_follows(lines: list[Line], i: int) -> bool:
    """The number line ("Số: ...") comes within the next few lines after ``lines[i]``, only
    upper-case lines (an issuer's), the Party star, the motto and the date line between."""
    for ln in lines[i + 1 : i + 6]:
        if ln.kind in ("blank", "star", "rule"):
            continue
        if ln.kind != "text":
            return False
        t = ln.text.strip()
        if (m := _number(t)) is not None:
            return _parse_number(m.group("rest"), Header())
        if (_names_day(t) and _parse_place_date(t, Header())) or _is_motto(_upper_clean(t), _mottos()):
            continue  # (the right-hand column's motto or date line between: a text layer's interleaved columns)
        if not mostly_upper(t) or _numbered(t) or _heading(_upper_clean(t)) is not None:
            return False
    return False


@functools.cache
def _national_titles() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The national titles in capitals: the party's, the state's, and both."""
    data = load("doctypes")
    party = frozenset(t.upper() for t in data["national_titles"]["party"])
    state = frozenset(t.upper() for t in data["national_titles"]["state"])
    return party, state, party | state


@functools.cache
def _mottos() -> frozenset[str]:
    return frozenset(_motto_key(m.upper()) for m in load("doctypes")["mottos"])


def _split_heading(t: str, lines: list[Line], i: int) -> tuple[str, int]:
    """A type heading line ``t`` at ``lines[i]`` read whole: (the heading, the lines it took
    after the first); ``(t, 0)`` when it is none of the forms."""
    words = t.split()
    if len(words) >= 4 and all(len(w) == 1 for w in words):
        heading = _spaced_headings().get("".join(words).upper())
        if heading is not None:
            return heading, 0
    if _heading(_upper_clean(t)) is None and i + 1 < len(lines) and lines[i + 1].kind == "text":
        joined = f"{t} {lines[i + 1].text}"
        m = _heading(_upper_clean(joined))
        if m is not None and m.end() > len(_clean(t)) + 1 and mostly_upper(lines[i + 1].text):
            return joined, 1
    return t, 0


@functools.cache
def _type_name_forms() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The types' names (doctypes.yaml ``types``), each with its upper-case form, in their order;
    and the upper-case forms alone (one ``str.startswith`` tries them all)."""
    names = tuple((str(t["name"]), str(t["name"]).upper()) for t in load("doctypes")["types"])
    return names, tuple(up for _, up in names)


def _heading_type(heading: str) -> str:
    """The type a heading names: the longest type's name it opens with ("THÔNG TƯ LIÊN TỊCH" is a
    Thông tư liên tịch, "KẾ HOẠCH PHỐI HỢP" a Kế hoạch)."""
    names, uppers = _type_name_forms()
    if not heading.startswith(uppers):
        return heading.capitalize()
    best = max((name for name, up in names if _opens_with(heading, up)), key=len, default=None)
    return best if best is not None else heading.capitalize()


def _opens_with(text: str, words: str) -> bool:
    return text.startswith(words) and text[len(words) : len(words) + 1] in ("", " ")


_SUBJECT_WRAP = 80  # a subject's cell wraps its lines shorter than this


def _body_sentence(t: str) -> bool:
    """After a blank line under a subject, ``t`` opens the body, not the subject's next line: a
    sentence in a capital that ends with its stop or runs longer than a header's cell (a library's
    copy: "Về việc ..." / "" / "Ủy ban nhân dân tỉnh đề nghị ...")."""
    return t[:1].isupper() and not mostly_upper(t) and (len(t) > _SUBJECT_WRAP or t.rstrip(" *_").endswith("."))


def _continues_block(t: str, parts: list[str]) -> bool:
    if len(parts) >= 5 or len(t) > 110:
        return False
    prev = parts[-1].rstrip() if parts else ""
    if (_numbered(t) and not _cited_after(t, prev)) or _item(t):
        # (helper 74: a cited number after "số" on the line above is no item: "V/v triển khai Kết
        # luận số" / "123-KL/TW ngày 15/11/2026 của Ban Bí thư")
        return False
    return bool(t[:1].islower() or (prev and prev[-1] not in ".;:"))


@functools.cache
def _word_families() -> frozenset[str]:
    """The families numbered by a word that open a document's body ("Chương I", "Mục 1", "Điều 1"):
    their names in the output (numbering.yaml ``family_names``)."""
    names = load("numbering")["family_names"]
    return frozenset({"chapter", str(names["muc"]), str(names["tieumuc"]), "article"})


def _cited_after(t: str, prev: str) -> bool:
    """``t`` opens with a cited document's number and symbol that ``prev``, the line above it in a
    title or a subject, wants ("... Nghị quyết số" / "57-NQ/TW ngày 22/12/2024 của ..."): no item."""
    return bool(prev) and t[:1].isdigit() and _open_end(prev) and _header_rx("cited_symbol").match(t) is not None


def _title_line(t: str, lines: list[Line], i: int, first: bool = False, prev: str = "") -> bool:
    if (_numbered(t) and not _cited_after(t, prev)) or _item(t):
        return False
    if (num := match_numbering(t)) is not None and num.family in _word_families():
        return False  # ("Mục 1. NHIỆM VỤ CHUNG" under the title: the body's first part)
    # the first line under the type word may be a whole unwrapped subtitle
    if len(t) > (320 if first and not t.rstrip().endswith(".") else 160):
        return False
    if mostly_upper(t) or lines[i].bold:
        return True
    stripped = t.rstrip()
    if stripped.endswith((":", ";")):
        return False
    # a mixed-case subtitle ("Tại Phiên họp ...", "thực hiện Nghị quyết ...") directly under the title
    return not (stripped.endswith(".") and len(stripped) > 80)


_PREAMBLE_SPAN = 40  # lines at the top of a file where a web page's preamble may stand


def _national_title_at(top: list[Line], titles: frozenset[str]) -> int | None:
    """The index of the first line of ``top`` that is a national title, alone or joined with
    the next line ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"); None if none is."""
    # (a line joined with the next one is no shorter than the line: a line as long as the
    # longest title is not joined to be looked up; nor one that is not the first words of a title:
    # the joined line starts with the line's words)
    longest, heads = _national_title_heads(titles if isinstance(titles, frozenset) else frozenset(titles))
    for j, ln in enumerate(top):
        if ln.kind != "text":
            continue
        up = _upper_clean(ln.text)
        if up in titles:
            return j
        if len(up) >= longest or (up and up not in heads):
            continue
        nxt = top[j + 1].text if j + 1 < len(top) and top[j + 1].kind == "text" else ""
        if nxt and _clean(f"{up} {nxt.upper()}") in titles:
            return j
    return None


@functools.lru_cache(maxsize=4)
def _national_title_heads(titles: frozenset[str]) -> tuple[int, frozenset[str]]:
    """The length of the longest of ``titles``, and their first words (one word or more, blanks
    between them as :func:`_clean` leaves them)."""
    heads: set[str] = set()
    for t in titles:
        words = t.split()
        heads.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return max(map(len, titles), default=0), frozenset(heads)


_CASE_SPAN = 16  # lines after the national title where a header written in small letters may go on


def _case_restored(
    lines: list[Line], titles: frozenset[str], mottos: frozenset[str], at: int | None = -1
) -> list[Line]:
    """``lines`` with a header that an OCR or an export wrote in small letters ("ủy ban nhân dân"
    / "cộng hòa xã hội chủ nghĩa việt nam" / "số: 77/kh-ubnd" / "quảng trị, ngày ...") in the
    case of a header: its issuer, national title, motto and type heading in capitals, the number's
    symbol in capitals, the place's words capitalised. A header whose national title is in
    capitals is left as it is (the same list). ``at``: the national title's line when known (that
    of :func:`_national_title_at`; -1: not known)."""
    k = _national_title_at(lines[:_PREAMBLE_SPAN], titles) if at == -1 else at
    if k is None or _mostly_upper(lines[k].text):
        return lines
    out = list(lines)
    heading = False  # (the type heading read: the title's first line starts with a capital)
    for j in range(min(len(lines), k + _CASE_SPAN)):
        ln = lines[j]
        if ln.kind != "text":
            continue
        if heading:
            text, last = ln.text[:1].upper() + ln.text[1:], True
        else:
            text, last = _restored_line(ln.text, titles, mottos, j < k)
        if len(text) == len(ln.text):  # (the line's offsets kept)
            out[j] = replace(ln, text=text)
        if last:
            if _kinh_gui(ln.text) is not None:
                _addressee_lines(out, j + 1)
            break
        heading = _heading(_upper_clean(text)) is not None and text == text.upper()
    return out


_SIGNOFF_CASE_SPAN = 30  # lines at the end of a text where a sign-off in small letters may stand


def _signoff_case_restored(lines: list[Line], body_start: int) -> list[Line]:
    """``lines`` with a sign-off an OCR or an export wrote in small letters ("kt. chủ tịch" /
    "phó chủ tịch" / "" / "nguyễn văn an") in the case of a sign-off: the authority's line and the
    title's lines under it in capitals, the name's words capitalised. Only a line wholly in small
    letters that starts with an authority is one (the same list when there is none)."""
    rx = _rx()
    lo = max(body_start, len(lines) - _SIGNOFF_CASE_SPAN)
    for j in range(len(lines) - 1, lo - 1, -1):
        if lines[j].kind != "text":
            continue
        t = lines[j].text.strip()
        if len(t) > 80 or not t[:1].isalpha() or t != t.lower():
            continue
        am = rx["authority"].match(t.upper())
        if am is None or not am.group("rest")[:1].isalpha():
            continue
        prev = lines[j - 1] if j > 0 else None
        if prev is not None and prev.kind == "text" and not (prev.text.rstrip()[-1:] in ".;:" or _item(prev.text)):
            continue  # (a line of a paragraph wrapped there: "... đề nghị" / "thay mặt các ...")
        out = list(lines)
        k = j
        # the authority and the titles under it, up to a blank line or a line not in small letters
        while k < len(lines) and lines[k].kind == "text":
            u = lines[k].text
            if u != u.lower() or len(u) > 80 or any(c.isdigit() for c in u) or rx["signed"].match(u.strip()):
                break
            out[k] = replace(lines[k], text=u.upper())
            k += 1
        # the name under them, in small letters: its words capitalised
        for m in range(k, min(len(lines), k + 4)):
            u = lines[m].text.strip()
            if lines[m].kind != "text" or not u or rx["signed"].match(u):
                continue
            words = lines[m].text.split(" ")
            if u == u.lower() and 2 <= len(u.split()) <= 6 and all(w.isalpha() for w in u.split()):
                out[m] = replace(lines[m], text=" ".join(w[:1].upper() + w[1:] for w in words))
            break
        return out
    return lines


def _restored_line(t: str, titles: frozenset[str], mottos: frozenset[str], above: bool) -> tuple[str, bool]:
    """A header line ``t`` written in small letters in the case of a header (see
    :func:`_case_restored`), and whether it ends the header (the type heading, the addressees);
    ``above``: the line stands above the national title (an issuer's line)."""
    up = _upper_clean(t)
    if up in titles or _is_motto(up, mottos):
        return t.upper(), False
    m = _heading(up)
    if m is not None and m.end() == len(up):
        return t.upper(), False
    cap = t[:1].upper() + t[1:]
    if (m := _number(cap)) is not None:
        rest = m.group("rest")
        if _parse_number(rest.upper(), Header()):
            return cap[: m.start("rest")] + rest.upper(), False
    if _subject(cap) is not None:
        return cap, False
    if (kg := _kinh_gui(t)) is not None:
        at = kg.start("r")
        return cap[:at] + _restored_addressees(t[at:]), True
    place, comma, date = t.partition(",")
    if comma and _names_day(date):
        # the place's words capitalised; a commune's level word kept in small letters ("xã Tân
        # Phú", as the place pattern reads it)
        words = place.split(" ")
        titled = [w[:1].upper() + w[1:] for w in words]
        for name in (" ".join(words[:1] + titled[1:]), " ".join(titled)):
            if _parse_place_date(name + comma + date, Header()):
                return name + comma + date, False
    if above or (len(t) < 80 and not any(c.isdigit() for c in t)):
        return t.upper(), False  # (an issuer's line)
    return t, False


@functools.cache
def _addressee_heads() -> tuple[tuple[str, bool], ...]:
    """The heads of addressees' names (``addressee_heads`` in doctypes.yaml), longest first."""
    heads = load("doctypes")["addressee_heads"]
    return tuple(sorted(((str(k), bool(v)) for k, v in heads.items()), key=lambda kv: -len(kv[0])))


def _addressee_lines(lines: list[Line], j: int) -> None:
    """In place: the addressees listed under "kính gửi:" in small letters, one a line after a dash
    ("- sở tài chính;"), in the case of a header (:func:`_restored_addressees`), up to a blank
    line or a line that is not one of them."""
    while j < len(lines) and lines[j].kind == "text":
        t = lines[j].text
        if t[:1] not in "-+•" or t != t.lower():
            break
        body = t[1:]
        lines[j] = replace(lines[j], text=t[:1] + _restored_addressees(body))
        j += 1


def _restored_addressees(text: str) -> str:
    """Addressees written in small letters ("sở tài chính; ủy ban nhân dân các xã.") in the case
    of a header: each one (between semicolons) starts with a capital, a known head in its written
    case, the name after a head that takes one capitalised ("Sở Tài chính; Ủy ban nhân dân các
    xã."). Lengths are kept.

    >>> _restored_addressees("sở tài chính; ủy ban nhân dân các xã.")
    'Sở Tài chính; Ủy ban nhân dân các xã.'
    """
    out: list[str] = []
    for part in text.split(";"):
        lead = len(part) - len(part.lstrip())
        body = part[lead:]
        low = body.lower()
        for head, named in _addressee_heads():
            if low.startswith(head.lower()) and low[len(head) : len(head) + 1] in (" ", ""):
                rest = body[len(head) :]
                if named and rest[:1] == " " and rest[1:2].isalpha():
                    rest = " " + rest[1:2].upper() + rest[2:]
                body = head + rest
                break
        else:
            body = body[:1].upper() + body[1:]
        out.append(part[:lead] + body)
    return ";".join(out)


def _header_start(lines: list[Line], titles: frozenset[str], at: int | None = -1) -> int:
    """Where the header starts: 0, or after a preamble that a web library put above the document
    (its title, a table of metadata: "Số hiệu: | 31/TB-VPCP | Loại văn bản: | Thông báo |"). The
    header is the national title and the upper-case issuer lines above it. ``at``: the national
    title's line when known (that of :func:`_national_title_at`; -1: not known)."""
    k = _national_title_at(lines[:_PREAMBLE_SPAN], titles) if at == -1 else at
    if k is None:
        return 0
    s = k
    while s > 0:
        prev = lines[s - 1]
        issuer_like = prev.kind == "text" and len(prev.text) < 100 and mostly_upper(prev.text)
        debris = prev.kind == "text" and not any(c.isalnum() for c in prev.text)  # a lone "-"
        # (helper 80) a mark typed in small letters over the issuer ("Dự thảo", "Dự thảo lần 2")
        marked = prev.kind == "text" and len(prev.text) < 25 and (_mark(prev.text) or _draft_with_round(prev.text))
        if prev.kind in ("blank", "rule", "star") or issuer_like or debris or marked:
            s -= 1
            continue
        break
    while s < k and lines[s].kind != "text":
        s += 1
    before = lines[:s]
    if any(ln.kind == "star" for ln in before):
        return 0
    for ln in before:
        if ln.kind != "text":
            continue
        t = ln.text
        # (an e-mail's greeting above a forwarded document, "Kính gửi anh chị," or "Kính gửi:
        # Quý đơn vị,", is no header item)
        greeting = t[-1:] == ","
        if _subject(t) or (_kinh_gui(t) and not greeting) or _anchor(t, titles, frozenset(), Header()):
            return 0  # a header item: the header starts above, in another order
        if t[:1] in "Ss" and (m := _number(t)) is not None and not m.group("rest").strip(" :"):
            # (helper 74) the number's label alone, its number on the next line (a text layer read
            # column by column: "Số:" / "123/KH-UBND" over the national title): a header item too
            return 0
    return s if any(ln.kind in ("text", "table") for ln in before) else 0


def _fill_number(text: str, h: Header) -> bool:
    """Read a number and symbol named outside the header cells (a caption, the title) and give
    them to ``h`` when it has neither; False when ``text`` is no number."""
    probe = Header()
    if not _parse_number(text, probe):
        return False
    if h.number is None and h.symbol is None:
        h.number, h.symbol, h.regime = probe.number, probe.symbol, h.regime or probe.regime
    return True


def _issuer_with_number(t: str, h: Header) -> str | None:
    """The issuer's line before a number joined to it ("SỞ TÀI CHÍNH Số: 12/KH-STC"): the
    issuer's words, the number read into ``h``; None (``h`` untouched) for any other line."""
    m = _header_rx("second_number").search(t)
    if m is None:
        return None
    head = " ".join(t[: m.start()].split())
    if len(head) < 4 or not head.isupper() or _numbered(head) or not mostly_upper(t[: m.start()]):
        return None
    rest = t[m.start() :].strip()
    no = _number(rest)
    return head if no is not None and _parse_number(no.group("rest"), h) else None


def _title_identity(h: Header) -> None:
    """A document printed without its header cells names itself in the title: "CHỈ THỊ / CỦA THỦ
    TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC ...". Fills only what the
    header did not give."""
    if h.title is None or (h.number and h.date_parts):
        return
    m = _header_rx("title_identity").match(h.title)
    if m is None:
        return
    if not _fill_number(m.group("no"), h):
        return
    if h.date_parts is None:
        _parse_place_date(m.group("date"), h)
    if h.issuer is None and m.group("issuer"):
        h.issuer = _clean(m.group("issuer"))


def _anchor(t: str, titles: frozenset[str], mottos: frozenset[str], h: Header, joined: bool = False) -> bool:
    """``t`` is a header item that stands on its own: national title, motto, number, place and date."""
    rx = _rx()
    up = _upper_clean(t)
    if up in titles or _is_motto(up, mottos):
        return True
    if (m := _number(t)) is not None and _parse_number(m.group("rest"), Header()):
        return True
    if ":" in t and h.date_parts is None and _names_day(t):
        t = _unstamped(t)
    if h.date_parts is None and _names_day(t) and (rx["place_date"].match(t) or rx["date_only"].match(t)):
        # a title joined with a date line is not a date line: the place is short, the date whole
        return not joined or _header_rx("joined_date", regex.IGNORECASE).search(t) is not None
    return False


def _decision_authority(t: str, lines: list[Line], i: int) -> bool:
    """An upper-case authority line right above the legal bases of a decision."""
    rx = _rx()
    if len(t) > 120 or not rx["decision_authority"].match(t) or not mostly_upper(t):
        return False
    for ln in lines[i + 1 : i + 4]:
        if ln.kind == "text":
            return bool(rx["basis"].match(ln.text))
    return False


def _joint_marked(heading: str | None, symbol: str | None) -> bool:
    """The document says it is joint: its type heading ("KẾ HOẠCH LIÊN TỊCH") or its symbol's
    type ("KHLT", "TTLT"). (Not "PHỐI HỢP": one office under its parent issues those too.)"""
    if heading is not None and _words()["joint"] in heading:
        return True
    kind = (symbol or "").split("/")[0].split("-")[0]
    return len(kind) > 2 and kind.endswith("LT")


@functools.cache
def _joint_units() -> tuple[str, ...]:
    """The units a joint document's issuers start with (doctypes.yaml ``joint_units``)."""
    return tuple(str(u) for u in load("doctypes")["joint_units"])


_JOINT_SEP = regex.compile(r"\s+[-–]\s+")  # (units side by side on one line, a dash between them)


def _joint_issuers(issuer_lines: list[str], marked: bool = False) -> list[str] | None:
    """Issuers of a joint document: units side by side on one line ("ỦY BAN NHÂN DÂN TỈNH A -
    ỦY BAN MTTQ VIỆT NAM TỈNH A"), or units that share the locality line under them ("ỦY BAN
    NHÂN DÂN" / "ỦY BAN MTTQ VIỆT NAM" / "TỈNH A"), or, in a document ``marked`` as joint, units
    one under the other ("TỈNH ĐOÀN A" / "SỞ Y TẾ TỈNH A"); else ``None``."""
    units = _joint_units()

    def unit(t: str) -> bool:
        return t.upper().startswith(units)

    if len(issuer_lines) == 1 or (len(issuer_lines) == 2 and _header_rx("locality").match(issuer_lines[1])):
        parts = [p.strip() for p in _JOINT_SEP.split(issuer_lines[0])]
        if len(parts) >= 2 and all(unit(p) for p in parts):
            where = issuer_lines[1] if len(issuer_lines) == 2 else ""
            return [_clean(p if _header_rx("locality_in").search(p) else f"{p} {where}") for p in parts]
    if (
        len(issuer_lines) >= 3
        and _header_rx("locality").match(issuer_lines[-1])
        and all(unit(t) and not _unlocated(t) for t in issuer_lines[:-1])
    ):
        return [_clean(f"{t} {issuer_lines[-1]}") for t in issuer_lines[:-1]]
    if marked and 2 <= len(issuer_lines) <= 4 and all(unit(t) for t in issuer_lines):
        return [_clean(t) for t in issuer_lines]
    return None


def _two_numbers(rest: str, line: str, h: Header) -> tuple[str, str, str | None] | None:
    """A number line's ``rest`` holding two numbers joined by one blank ("45/KHLT-SYT Số:
    112/KHLT-SGDĐT") under an issuers' ``line`` holding two units joined so: the first issuer,
    the second one and its number, the first number read into ``h``; None when either line holds
    one item."""
    cut = _header_rx("second_number").search(rest)
    if cut is None or (cells := _two_cells(line)) is None:
        return None
    other = Header()
    if not _parse_number(rest[cut.end() - 1 :], other) or not _parse_number(rest[: cut.start()], Header()):
        return None
    _parse_number(rest[: cut.start()], h)
    return cells[0], cells[1], other.number


def _two_cells(line: str) -> tuple[str, str] | None:
    """An issuers' line holding two units joined by one blank ("SỞ Y TẾ TỈNH A SỞ GIÁO DỤC VÀ ĐÀO
    TẠO TỈNH A"): cut before the second unit's head (doctypes ``joint_units``), after the first
    one's locality when several heads could open it; None when it cannot be told."""
    if len(line) > 200:
        return None
    units = tuple(str(u).strip() for u in load("doctypes")["joint_units"])
    up = line.upper()
    if not up.startswith(units):
        return None
    cuts = [p for p in range(1, len(line)) if line[p - 1] == " " and up.startswith(units, p)]
    located = [p for p in cuts if _header_rx("locality_in").search(line[:p])]
    at = located[0] if located else (cuts[0] if len(cuts) == 1 else None)
    return None if at is None else (line[:at].strip(), line[at:].strip())


def _second_issuers(blocks: list[list[str]], numbers: list[str | None], h: Header) -> None:
    """A joint document whose issuers each print their own block and number: the issuers in the
    order they stand, the first one's number the document's, every one's in ``numbers`` (when
    each issuer has one)."""
    names = list(h.issuers) or [h.issuer or ""]
    own = [h.number] if len(names) == 1 else []
    for block, number in zip(blocks, numbers, strict=True):
        other = Header()
        _issuer(block, other)
        if other.issuer and other.issuer not in names:
            names.append(other.issuer)
            own.append(number)
    if len(names) > 1:
        h.issuers = names
        h.issuer = " - ".join(names)
        if len(own) == len(names) and all(own) and len(set(own)) == len(own):
            h.numbers = [str(x) for x in own]


def _unlocated(t: str) -> bool:
    """``t`` names a unit that takes no locality, a ministry (doctypes ``joint_unlocated``): it
    shares no locality line with the units beside it.

    >>> _unlocated("BỘ QUỐC PHÒNG"), _unlocated("BỘ CHỈ HUY QUÂN SỰ"), _unlocated("SỞ Y TẾ")
    (True, False, False)
    """
    up = t.upper()
    return up.startswith(_issuer_words("joint_unlocated")) and not up.startswith(_issuer_words("joint_located"))


@functools.cache
def _issuer_words(key: str) -> tuple[str, ...]:
    """The words of the issuer's list ``key`` in doctypes.yaml (``issuer_closers``, ``issuer_heads``,
    ...), read once, as the tuple ``str.startswith`` and ``str.endswith`` take."""
    return tuple(load("doctypes")[key])


def _locality_word_end(t: str) -> bool:
    """``t`` ends with a locality's word, its name on the next line ("ỦY BAN NHÂN DÂN TỈNH" /
    "QUẢNG NINH"): one name wrapped."""
    words = t.split()
    for n in (1, 2):
        tail = " ".join(words[-n:])
        if len(words) > n and (m := _header_rx("locality").match(tail)) is not None and m.end() == len(tail):
            return True
    return False


def _closed_name(t: str, k: int) -> bool:
    """``t``, the ``k``-th line of an issuer block, closes a unit's whole name: a locality line
    under a name ("ỦY BAN NHÂN DÂN" / "TỈNH X"), or, as the first line, a name that ends with its
    locality or the nation's name ("SỞ Y TẾ TỈNH X", "HỘI NÔNG DÂN VIỆT NAM"), so that a unit
    named on the next line is under it."""
    if k >= 2:
        return _header_rx("locality").match(t) is not None
    if len(t.split()) < 3:
        return False
    return _header_rx("locality_in").search(t) is not None or t.rstrip().endswith(_issuer_words("issuer_closers"))


def _siblings(t: str, u: str) -> bool:
    """Two whole names of the same kind one under the other ("SỞ Y TẾ TỈNH X" / "SỞ NỘI VỤ TỈNH
    X"): units side by side (a joint document), not a unit under its parent (which a national
    body's name would be: "BẢO HIỂM XÃ HỘI VIỆT NAM" / "BẢO HIỂM XÃ HỘI TỈNH X")."""
    if t.split()[0] != u.split()[0] or t.rstrip().endswith(_issuer_words("issuer_closers")):
        return False
    return all(_header_rx("locality_in").search(x) for x in (t, u))


def _lower_unit(lines: list[str], j: int) -> bool:
    """``lines[j]`` opens the name of a unit under the whole name on the line above it."""
    above, line = lines[j - 1], lines[j]
    if _siblings(above, line):
        return False
    heads = _issuer_words("issuer_lower_heads")
    # (helper 74: or by its level's word alone, the province's own body: "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG
    # TỈNH" / "ỦY BAN KIỂM TRA")
    located = _header_rx("locality_in").search(above) is not None or _header_rx("level_end").search(above) is not None
    closed = located and not _header_rx("wrapped_name").search(f"{above}\n{line}")
    return (closed and line.startswith(heads)) or _unit_under(above, line)


def _unit_under(t: str, u: str) -> bool:
    """``u`` names a unit that stands under a whole name ``t`` whatever ``t``'s last words are
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI" / "TRƯỜNG THPT CHU VĂN AN"; doctypes ``issuer_units_under``):
    ``t`` of three words or more, not cut after a link word or a locality's word, and ``u`` no
    locality line nor a name's second half ("… MÔI" / "TRƯỜNG TỈNH X")."""
    if len(t.split()) >= 2 and u.startswith(f"{t} ") and not _header_rx("locality").match(u[len(t) + 1 :]):
        return True  # (a unit named after the one above it: "KHO BẠC NHÀ NƯỚC" / "KHO BẠC NHÀ NƯỚC KHU VỰC XIII")
    if len(t.split()) < 3 or _header_rx("wrapped_name").search(f"{t}\n{u}") or _locality_word_end(t):
        return False
    head = next((w for w in _issuer_words("issuer_units_under") if u.startswith(w)), None)
    return head is not None and not _header_rx("locality").match(u[len(head) :].lstrip())


def _name_lines(issuer_lines: list[str], parents: tuple[str, ...]) -> list[str]:
    """The lines of an issuer block, one unit's name a line where a wrap cut it: a line that opens
    with a link word (doctypes ``issuer_links``: "BAN CHỈ ĐẠO TRUNG ƯƠNG" / "VỀ PHÁT TRIỂN KHOA
    HỌC, ...") joined to the line above, and a parent's whole name cut over the first two lines
    ("BAN CHẤP HÀNH" / "TRUNG ƯƠNG" / "BAN TỔ CHỨC") joined into one."""
    links = _issuer_words("issuer_links")
    out = list(issuer_lines[:1])
    for t in issuer_lines[1:]:
        if t.startswith(links):
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    if len(out) >= 3 and not out[0].upper().startswith(parents):
        both = f"{out[0]} {out[1]}"
        if both.upper() in parents or f"{both} " in parents:
            out[:2] = [both]
    return out


@functools.cache
def _province_names() -> tuple[str, ...]:
    """The provinces' names in capitals (slips.yaml ``place_names``): a name may hold a word that
    opens a unit's name ("HẢI PHÒNG")."""
    return tuple(" ".join(str(p).upper().split()) for p in load("slips")["place_names"])


def _flattened_levels(line: str, parents: tuple[str, ...], heads: tuple[str, ...]) -> list[str] | None:
    """A parent and the unit under it that a converter wrote on one line of a flattened header cell
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TỈNH ỦY X BAN TUYÊN GIÁO VÀ DÂN
    VẬN"): split before the first word that opens a unit's name (``issuer_heads``) after the
    parent's locality and at least one word of its name, outside a province's name, with two
    words or more after it; None when the line is one name."""
    up = line.upper()
    if not up.startswith(parents) or (loc := _header_rx("locality_in").search(up)) is None:
        return None
    at = up.find(" ", loc.end())  # (the locality's name: one word at least)
    while at > 0:
        rest = up[at + 1 :]
        if (
            rest.startswith(heads)
            and len(rest.split()) >= 2
            and not any((k := up.find(p)) >= 0 and k < at + 1 < k + len(p) for p in _province_names() if " " in p)
        ):
            return [line[:at].strip(), line[at + 1 :].strip()]
        at = up.find(" ", at + 1)
    return None


def _without_role(issuer_lines: list[str]) -> list[str]:
    """The issuer block without the role a body holds for a steering committee (doctypes.yaml
    ``issuer_roles``: "CƠ QUAN THƯỜNG TRỰC") when the block names the committee
    (``issuer_role_bodies``), on a line of its own or after the role: the committee is the issuer.

    >>> _without_role(["TỈNH ỦY X", "CƠ QUAN THƯỜNG TRỰC", "BAN CHỈ ĐẠO 57"])
    ['TỈNH ỦY X', 'BAN CHỈ ĐẠO 57']
    >>> _without_role(["CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO 57"])
    ['BAN CHỈ ĐẠO 57']
    >>> _without_role(["SỞ NỘI VỤ", "CƠ QUAN THƯỜNG TRỰC"])
    ['SỞ NỘI VỤ', 'CƠ QUAN THƯỜNG TRỰC']
    >>> _without_role(["SỞ NỘI VỤ", "CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO 57"])
    ['SỞ NỘI VỤ', 'CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO 57']
    >>> _without_role(["SỞ NỘI VỤ", "CƠ QUAN THƯỜNG TRỰC", "BAN CHỈ ĐẠO 57"])
    ['SỞ NỘI VỤ', 'CƠ QUAN THƯỜNG TRỰC', 'BAN CHỈ ĐẠO 57']
    """
    roles = _issuer_words("issuer_roles")
    if not any(t.upper().startswith(roles) for t in issuer_lines):
        return issuer_lines
    bodies = _issuer_words("issuer_role_bodies")
    out: list[str] = []
    for k, t in enumerate(issuer_lines):
        up = _upper_clean(t)
        role = next((r for r in roles if up.startswith(r)), None)
        if role is None:
            out.append(t)
            continue
        rest = _clean(t)[len(role) :].strip()
        if k and _role_holder(issuer_lines[k - 1], bodies):
            return issuer_lines  # (the agency that holds the role above it: as written)
        if rest.upper().startswith(bodies):
            out.append(rest)  # ("CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO 57")
        elif rest or not any(x.upper().startswith(bodies) for x in issuer_lines):
            out.append(t)
    return out or issuer_lines


def _role_holder(above: str, bodies: tuple[str, ...]) -> bool:
    """``above``, the line over a steering committee's role, names a unit that holds the role
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"): a unit's name, not the committee's nor a body that sets one up
    (doctypes.yaml ``issuer_role_owners``)."""
    up = above.upper()
    return up.startswith(_issuer_words("issuer_heads")) and not up.startswith(
        (*bodies, *_issuer_words("issuer_role_owners"))
    )


def _issuer(issuer_lines: list[str], h: Header, marked: bool = False) -> None:
    if not issuer_lines:
        return
    joint = _joint_issuers(issuer_lines, marked)
    if joint is not None:
        h.issuers = joint
        h.issuer = " - ".join(joint)
        return
    parents = _issuer_words("issuer_parents")
    issuer_lines = _without_role(_name_lines(issuer_lines, parents))
    heads = _issuer_words("issuer_heads")
    if len(issuer_lines) == 1 and (levels := _flattened_levels(issuer_lines[0], parents, heads)) is not None:
        issuer_lines = levels
    first = issuer_lines[0]
    below = next(
        (
            k
            for k in range(1, len(issuer_lines))
            if (
                (_closed_name(issuer_lines[k - 1], k) and issuer_lines[k].startswith(heads))
                or (k == 1 and _unit_under(first, issuer_lines[1]))
            )
            and not _siblings(issuer_lines[k - 1], issuer_lines[k])
        ),
        None,
    )
    if below is not None and not first.upper().startswith(parents):
        # a unit under its parent, the parent's name closed by its locality ("BAN CHỈ HUY ..." /
        # "TỈNH X" / "VĂN PHÒNG THƯỜNG TRỰC")
        h.issuer_parent = _clean(" ".join(issuer_lines[:below]))
        h.issuer = _clean(" ".join(issuer_lines[below:]))
        return
    if len(issuer_lines) >= 2 and first.upper().startswith(parents):
        second = issuer_lines[1]
        if (
            _header_rx("locality").match(second)
            and len(issuer_lines) == 2
            and not _header_rx("provincial_body").match(second)
        ):
            # a unit named with its locality on the next line ("ỦY BAN NHÂN DÂN" / "TỈNH X",
            # "BỘ CHỈ HUY QUÂN SỰ" / "TỈNH X"): one name, no parent
            h.issuer = f"{first} {second}"
            return
        # the parent's name may run over several lines ("ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN TỔ QUỐC
        # VIỆT NAM" / "BAN THƯỜNG TRỰC"): the issuer starts at the first line that opens a unit name
        k = next((j for j in range(1, len(issuer_lines)) if issuer_lines[j].upper().startswith(heads)), 0)
        if not k and (_header_rx("wrapped_name").search(f"{first}\n{second}") or _locality_word_end(first)):
            # one name wrapped at "và" or a comma ("BỘ KHOA HỌC VÀ" / "CÔNG NGHỆ", "BỘ VĂN HÓA, THỂ
            # THAO" / "VÀ DU LỊCH"): no unit under a parent
            h.issuer = _clean(" ".join(issuer_lines))
            return
        k = k or 1
        # a third level: a unit under the one named at ``k``, whose name is whole on its line
        # ("ĐẢNG BỘ TỈNH X" / "ĐẢNG ỦY XÃ Y" / "CHI BỘ THÔN 3", "UBND TỈNH X" / "SỞ Y TẾ" / "TRUNG
        # TÂM Y TẾ KHU VỰC Z"): the issuer is the lowest
        k = next((j for j in range(len(issuer_lines) - 1, k, -1) if _lower_unit(issuer_lines, j)), k)
        h.issuer_parent = _clean(" ".join(issuer_lines[:k]))
        h.issuer = _clean(" ".join(issuer_lines[k:]))
        if _upper_clean(h.issuer) in _issuer_words("issuer_organs"):
            # the body's own organ named alone under it ("ĐẢNG BỘ TỈNH X" / "BAN CHẤP HÀNH"): the
            # organ of that body (the lowest level above it, when that is a whole name under its
            # own parent: "ĐẢNG BỘ TỈNH X" / "ĐẢNG ỦY XÃ Y" / "BAN CHẤP HÀNH"), named with it
            above = issuer_lines[k - 1]
            whole = _header_rx("locality_in").search(above) and above.upper().startswith(heads)
            at = k - 1 if k >= 2 and whole else 0
            h.issuer = f"{h.issuer} {_clean(' '.join(issuer_lines[at:k]))}"
            h.issuer_parent = _clean(" ".join(issuer_lines[:at])) or None
    else:
        h.issuer = _clean(" ".join(issuer_lines))


def _joined_title(t: str) -> bool:
    """``t`` is a signer's title line typed in small letters: two offices joined by "kiêm" ("Phó
    Bí thư Thường trực kiêm Chủ tịch HĐND", "kiêm Chủ tịch UBND xã" under "PHÓ BÍ THƯ"), or one
    that opens with a title's head ("Phó Chủ tịch", "Giám đốc": a Word export that dropped the
    capitals its font drew); short, no digit, no sentence's end."""
    if len(t) > 80 or not (t[:1].isupper() or t[:4] in _words()["concurrent_open"]) or t[-1:] in ".,;:":
        return False
    if any(c.isdigit() for c in t) or _item(t) is not None:
        return False
    if _header_rx("joined_title").search(t) is not None:
        return True
    return len(t) <= 60 and _title_head_start().match(t.upper()) is not None


@functools.cache
def _title_head_start() -> regex.Pattern[str]:
    """A line opening with a signer's title's head (``signer_title_heads``) as a whole word."""
    return _rx()["title_head_start"]


@functools.cache
def _title_tails() -> frozenset[str]:
    """The ends of a signer's title typed in small letters on a line of their own (upper case)."""
    return frozenset(str(t).upper() for t in load("doctypes")["signer_title_tails"])


def _title_tail(t: str) -> bool:
    """``t`` is the end of a signer's title on a line of its own ("Thường trực" under "PHÓ CHỦ
    TỊCH", "Phụ trách" under "PHÓ GIÁM ĐỐC"), a full stop typed after it or not."""
    return len(t) <= 21 and t.rstrip(".").upper() in _title_tails()


def _tailed_title(t: str) -> bool:
    """``t`` is a title in capitals with its end in small letters on the same line ("PHÓ CHỦ TỊCH
    Thường trực", "PHÓ GIÁM ĐỐC Phụ trách."): the title's head, then one of ``signer_title_tails``."""
    if len(t) > 80 or not t[:1].isupper():
        return False
    words = t.rstrip(".").split()
    return any(
        _title_tail(" ".join(words[-n:])) and mostly_upper(" ".join(words[:-n]))
        for n in (1, 2, 3)
        if len(words) > n + 1 and words[-n][:1].isupper() and not mostly_upper(" ".join(words[-n:]))
    ) and _item(t) is None


def _small_authority(rest: str) -> bool:
    """The rest of an authority's line typed in small letters ("KT. Chủ tịch", "TM. Ủy ban nhân
    dân"): a short name or title, no digit, no sentence's end."""
    return (
        len(rest) <= 60
        and rest[:1].isupper()
        and rest[-1:] not in ".,;:"
        and not any(c.isdigit() for c in rest)
        and len(rest.split()) <= 10
    )


def _item_rest(t: str) -> bool:
    """``t``, a line in capitals and small letters under a Nơi nhận item that ends with a comma,
    may be the rest of the item ("HĐND tỉnh (b/c);"): not a line of the sign-off typed in small
    letters (an authority, a title, the signature's mark or stamp, the signer's name); a title's
    words before the list's comma or semicolon are an addressee's ("Chánh Văn phòng UBND tỉnh;")."""
    rx = _rx()
    listed = t.rstrip().endswith((";", ","))
    return not (
        rx["authority"].match(t)
        or (not listed and (_joined_title(t) or _title_head_start().match(t.upper())))
        or rx["signed"].match(t)
        or rx["stamp"].match(t)
        or _name_line(t)
    )


def _signoff_title(t: str) -> bool:
    """A line of the signer's block: an authority (``TM. ỦY BAN NHÂN DÂN``, ``K/T TRƯỞNG BAN``)
    or a short upper-case title (``PHÓ TRƯỞNG BAN``)."""
    rx = _rx()
    t = t.strip()
    if (am := rx["authority"].match(t)) is not None and mostly_upper(am.group("rest")):
        return True
    return len(t) < 60 and mostly_upper(t) and not _item(t) and not _numbered(t)


# the characters the "signed" pattern (ignoring case) can start with: a line that starts with
# another one is not tried
_SIGNED_FIRST = frozenset("([đĐkK\u212acCnNtTsSbBeEdDrRlL0123456789")


def _may_be_signed(t: str) -> bool:
    """``t`` starts with a character the "signed" pattern can start with: those of
    :data:`_SIGNED_FIRST`, the long s (the engine, ignoring case, takes it for an "s") and a digit
    of any script (the stamp's time). A line that does not is not tried."""
    first = t[:1]
    return first in _SIGNED_FIRST or first == "\u017f" or first.isdecimal()


def _unmarked(text: str) -> str:
    """A name's line without a full stop typed after it, or the mark of the signature a web copy
    writes beside it ("Nguyễn Văn An (đã ký)"), or a signature stamp's text set after it."""
    t = text.strip()
    if ":" in t and (m := _rx()["stamp_after_name"].search(t)) is not None and m.start() > 0:
        t = t[: m.start()]  # (helper 58) a stamp's text set after the name on its line
    if t.endswith(")") and (m := _rx()["signed_after"].search(t)) is not None:
        t = t[: m.start()].rstrip()
    elif t[:1] in "([" and (m := _rx()["signed_before"].match(t)) is not None:
        t = t[m.end() :]
    if t.endswith(".") and not t.endswith(".."):
        t = t[:-1].rstrip()
    return t


@functools.cache
def _name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Family names, title words in capitals and a unit's first words (doctypes.yaml)."""
    data = load("doctypes")
    return (
        frozenset(str(w).upper() for w in data["signer_surnames"]),
        frozenset(data["signer_title_words"]),
        frozenset(data["stamp_unit_words"]),
    )


def _name_line(text: str) -> bool:
    """``text`` is a line holding a personal name alone: "Lê Thị Thu Hà", with a full stop after
    it, or typed in capitals ("LÊ THỊ THU HÀ": three words or more, a family name first, no word
    of a title; not "HÀ NỘI", "CAO BẰNG")."""
    t = _unmarked(text)
    if _rx()["name"].match(t):
        return True
    words = t.split()
    if not 3 <= len(words) <= 6 or not mostly_upper(t):
        return False
    surnames, titles, _ = _name_words()
    return (
        words[0] in surnames
        and not any(w in titles for w in words)
        and all(w.replace("'", "").isalpha() and w.isupper() for w in words)
    )


def _stamp_person(name: str) -> bool:
    """The name a signature's stamp gives is a person's, not a unit's ("Ủy Ban Nhân Dân ...")."""
    return _rx()["name"].match(name) is not None and name.split()[0] not in _name_words()[2]


def _signer_name(text: str) -> tuple[str, list[str]]:
    """The signer's name on its line, and the rank or degree written before it (as a list of
    one, or empty): "Thiếu tướng Trần Văn A" is ("Trần Văn A", ["Thiếu tướng"])."""
    t = _unmarked(text)
    m = _rx()["name"].match(t)
    if m is None or not m.group("rank"):
        return t, []
    return m.group("n"), [m.group("rank")]


def _with_rank(title: str, rank: list[str]) -> str | None:
    """The signer's title with the rank read before the name: "PHÓ GIÁM ĐỐC, Đại tá"."""
    return ", ".join([*([title] if title else []), *rank]) or None


def _authority_cut(block: list[str], title_lines: list[str], authority: str, names: list[str]) -> tuple[list[str], str]:
    """The title lines and the authority of a sign-off whose body's name a wrap cut after the
    authority's word ("TM. ỦY BAN" / "NHÂN DÂN" / "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN" / "DÂN" /
    "CHỦ TỊCH"): a short line in capitals right under an authority's line goes on it when another
    authority's line follows it (no title stands between two authorities) or when the two make
    the start of the issuer's name (``names``); otherwise both unchanged. ``block``: the sign-off's
    authority and title lines, top down."""
    rx = _rx()
    for i in range(len(block) - 1):
        am = rx["authority"].match(block[i])
        t = block[i + 1]
        if am is None or t not in title_lines or len(t.split()) > 3 or not mostly_upper(t) or rx["authority"].match(t):
            continue
        rest = _clean(am.group("rest")).upper()
        joined = f"{rest} {_clean(t).upper()}"
        if not (
            (i + 2 < len(block) and rx["authority"].match(block[i + 2]) is not None)
            or any(n.upper().startswith(joined) and n[len(joined) : len(joined) + 1] in ("", " ") for n in names)
        ):
            continue
        this = f"{am.group('a')} {rest}"
        if this not in authority:
            continue
        authority = authority.replace(this, f"{am.group('a')} {joined}", 1)
        title_lines = [*title_lines[: title_lines.index(t)], *title_lines[title_lines.index(t) + 1 :]]
    return title_lines, authority


def _authority_wrapped(title_lines: list[str], authority: str, above: str) -> tuple[list[str], str]:
    """The title lines and the authority of a sign-off whose authority a wrap cut ("K/T TRƯỞNG" /
    "BAN" / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM"): the
    first title line goes on the authority ``above`` it when the deputy's title under it names the
    same office (its words after the first one open with that line, or with the authority's last
    word and that line); otherwise both unchanged."""
    cut = title_lines[0].split()
    deputy = title_lines[1].split()[1:]
    last = authority.split()[-1].rstrip(",")
    if len(cut) > 3 or not mostly_upper(title_lines[0]) or not (
        deputy[: len(cut)] == cut or deputy[: len(cut) + 1] == [last, *cut]
    ):
        return title_lines, authority
    comma = "," if above.rstrip(" *_").endswith(",") and not authority.endswith(",") else ""
    return title_lines[1:], f"{authority}{comma} {_clean(title_lines[0])}"


def _item_follows(lines: list[Line], j: int) -> bool:
    """The next text line after ``lines[j]`` is a list item."""
    for ln in lines[j + 1 : j + 3]:
        if ln.kind == "text":
            return _item(ln.text) is not None
    return False


_COPY_SPAN = 40  # lines at the end of a text where a certified copy's mark may stand


@functools.cache
def _copy_marks() -> tuple[frozenset[str], frozenset[str]]:
    """The copy marks, and their first three letters."""
    marks = frozenset(str(m) for m in load("doctypes")["copy_marks"])
    return marks, frozenset(m[:3] for m in marks)


def _copy_block(lines: list[Line], body_start: int) -> int | None:
    """Where a certified copy's block opens after the document (the copying office's name over
    "SAO Y" / "SAO LỤC" / "TRÍCH SAO", then its own number, place and date, signer and Nơi
    nhận): its mark on a line of its own, a number or a date line of its own under it. The
    sign-off is read above it. ``None`` when there is none."""
    marks, starts = _copy_marks()
    n = len(lines)
    tail = "\n".join(ln.text for ln in lines[max(body_start, n - _COPY_SPAN) :])
    if "SAO" not in tail and "Sao" not in tail:
        return None  # (every mark holds the word)
    # (the block ends the text: its mark stands among the last lines)
    for i in range(n - 1, max(body_start, n - _COPY_SPAN), -1):
        ln = lines[i]
        t = ln.text
        if len(t) > 80 or ln.kind != "text":
            continue
        if t[:1] in "SBTsbt*_" and t.lstrip(" *_")[:3].upper() in starts and _upper_clean(t.strip(" *_")) in marks:
            pass
        elif not ("SAO" in t and mostly_upper(t) and _upper_clean(t.strip(" *_")).endswith(tuple(marks))):
            # (or after the copying office's name on its line: "ỦY BAN NHÂN DÂN XÃ X   SAO Y BẢN CHÍNH")
            continue
        below = [x.text for x in lines[i + 1 : i + 10] if x.kind == "text"][:6]
        if not any(
            # (the copy's number, or its number and its place and date on one line, its two
            # columns joined: "Số 312-BS/TU Gia Lai, ngày ...")
            (
                (m := _number(x)) is not None
                and (
                    _parse_number(m.group("rest"), Header())
                    or _parse_number(m.group("rest").split(" ", 1)[0], Header())
                )
            )
            or _parse_place_date(x, Header())
            for x in below
        ):
            continue
        # the lines a layout export printed beside the mark and under it, which the split of its
        # two columns put above it (the copying office's name, its number, its Nơi nhận on the
        # left; the mark, the date and the signer on the right): from the mark's line on
        # (a run of the sign-off's two columns may go on into the copy's: the copy's lines are
        # those from the mark's line on, wherever the split put them)
        top = next(k for k in range(max(body_start + 1, n - _COPY_SPAN), i + 1) if lines[k].no >= ln.no)
        # the copying office's name above its mark (upper-case lines, not the signer's name; the
        # Party's star under it), or the copy's number printed above the mark
        start = top
        k = top - 1
        while k > body_start and top - k <= 5:
            prev = lines[k]
            if prev.kind == "star" or (prev.kind in ("blank", "rule") and start == top):
                k -= 1
                continue
            t = prev.text
            copy_no = (m := _number(t)) is not None and _parse_number(m.group("rest"), Header())
            office = mostly_upper(t) and not _name_line(t) and not _rx()["authority"].match(t)
            if prev.kind != "text" or len(t) > 80 or not (copy_no or office):
                # (a blank line or the rule above it closes the block: the sign-off's lines are above)
                break
            start = k
            k -= 1
        return start
    return None


def _without_copy(lines: list[Line], start: int | None) -> list[Line]:
    """``lines`` without a certified copy's block (where :func:`_copy_block` says it starts): the
    lines before it, and those of the sign-off's right-hand column that the split of a layout
    export's columns put after the copy's first lines (printed above them)."""
    if start is None:
        return lines
    first = lines[start].no
    return lines[:start] + [x for x in lines[start:] if x.no < first]


_DEBRIS_CHAR = regex.compile(r"[^\p{L}\p{M}\s.,&()\-–]")


def _stamp_debris(t: str) -> bool:
    """An OCR copy's reading of the round stamp or the signature between the signer's title and
    name: a short line with signs no title holds ("ee ;", "/ÿ/ NHÂN DÂN 8\\"), or with no word of
    three letters."""
    t = t.strip()
    if not t or len(t) > 40:
        return False
    if _DEBRIS_CHAR.search(t) is None:
        return not any(len(w) >= 3 and w.isalpha() for w in t.split())
    return _rx()["authority"].match(t) is None  # ("T/M BAN THƯỜNG VỤ" is no debris)


def _stamp_line_name(line: Line) -> str | None:
    """The person a digital signature's stamp line names ("Ký bởi: Lê Văn A", "Người ký: Lê Văn
    A"), or None for any other line."""
    t = line.text.strip()
    if line.kind != "text" or t[:1] not in _SIGNED_FIRST:
        return None
    sm = _rx()["stamp_name"].match(t)
    return sm.group("n") if sm is not None and _stamp_person(sm.group("n")) else None


def _top_stamp_name(lines: list[Line], body_start: int) -> tuple[int, str] | None:
    """The person a digital signature's stamp names in the header's lines ("Ký bởi: Lê Văn A"
    above the issuer, as a signed PDF's first page prints it): (its line's index, the name)."""
    for j in range(min(body_start, len(lines), 40)):
        if (name := _stamp_line_name(lines[j])) is not None:
            return j, name
    return None


def _signoff_foot(lines: list[Line], body_start: int) -> int | None:
    """The line after the last title line of a sign-off that ends the text with no name under it
    ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), a stamp's lines below it skipped."""
    rx = _rx()
    for j in range(len(lines) - 1, body_start, -1):
        ln = lines[j]
        t = ln.text.strip()
        if ln.kind != "text" or (t[:1] in _SIGNED_FIRST and rx["signed"].match(t)):
            continue
        am = rx["authority"].match(t)
        upper_title = len(t) < 80 and mostly_upper(t) and not _item(t) and not _numbered(t)
        return j + 1 if (am and mostly_upper(am.group("rest"))) or upper_title else None
    return None


# a signing authority inside a line of the sign-off, after a blank
_INNER_AUTHORITY = regex.compile(r"(?<=\S)\s+(?=(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.)\s*\p{Lu})")
_ON_BEHALF = ("TM.", "T/M")  # an authority that another one may follow in the same column


def _two_names(name: str, evidence: bool) -> tuple[str, str] | None:
    """Two personal names joined by one blank ("Lê Minh Khoa Nguyễn Thị Hồng Vân"): split before
    a family name into two of two to four words, the most even split. Five words are read as two
    names only with ``evidence`` (the title lines above are two columns too)."""
    words = name.split()
    if len(words) < (5 if evidence else 6) or len(words) > 8:
        return None
    surnames = _name_words()[0]
    best: tuple[int, int] | None = None
    for k in range(2, len(words) - 1):
        if 2 <= k <= 4 and 2 <= len(words) - k <= 4 and words[k].upper() in surnames:
            score = abs(2 * k - len(words))
            if best is None or score < best[0]:
                best = (score, k)
    if best is None:
        return None
    return " ".join(words[: best[1]]), " ".join(words[best[1] :])


def _column_split(t: str, two: bool = False) -> tuple[str, str] | None:
    """A sign-off line holding two columns joined by one blank: split before its second
    authority ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN TM. ỦY BAN NHÂN DÂN", "BÍ THƯ KT. CHỦ TỊCH"), not
    before one that signs within the first ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH") unless the
    block is known to hold ``two`` signers."""
    m = _INNER_AUTHORITY.search(t)
    if m is None:
        return None
    left, right = t[: m.start()].strip(), t[m.end() :].strip()
    first = _rx()["authority"].match(left)
    nested = first is not None and first.group("a").startswith(_ON_BEHALF) and not right.startswith(_ON_BEHALF)
    return None if nested and not two else (left, right)


@functools.cache
def _title_heads() -> regex.Pattern[str]:
    heads = alternation(load("doctypes")["signer_title_heads"])
    return regex.compile(str(load("doctypes")["header"]["title_head_gap"]) + r"(?=(?:" + heads + r")\b)")


def _title_split(t: str) -> tuple[str, str] | None:
    """Two titles joined by one blank ("BÍ THƯ PHÓ GIÁM ĐỐC", "CHỦ TỊCH PHÓ CHỦ TỊCH"): split
    before the first word a title opens with that does not go on a deputy's title."""
    m = _title_heads().search(t)
    return (t[: m.start()].strip(), t[m.end() :].strip()) if m is not None else None


_Side = tuple[str | None, list[str], str]  # a signer's authority, title lines and name


def _joint_signer(block: list[tuple[int, str]], name: str, lead: str | None) -> tuple[_Side, _Side, bool] | None:
    """Two signers side by side whose names a copy joined with one blank: the one who signs
    (authority, title lines, name), the other one, and whether the one who signs stands left; or
    None when ``name`` is one person's. ``block``: the signer's lines above the name, top down,
    each with its line in the original (a layout step that split a line into its two columns
    gives both the line's number). The one who signs for the lead issuer ``lead`` (the header
    names it first), else the right-hand one (where the lead signs: NĐ 30/2020, HD 36-HD/VPTW)."""
    if len(name.split()) < 5:
        return None  # (two names of two words at least, five words in all)
    rx = _rx()
    texts = [t for _, t in block]
    nos = [no for no, _ in block]
    # the columns read one after the other (a layout step split each line: "TM. A" / "BÍ THƯ" /
    # "TM. B" / "KT. CHỦ TỊCH", the line numbers going back where the right-hand one opens)
    back = next((r for r in range(1, len(nos)) if nos[r] < nos[r - 1]), None)
    # or each line's two parts one after the other ("TM. A" / "KT. GIÁM ĐỐC", one line's number)
    paired = any(nos[r] == nos[r - 1] for r in range(1, len(nos)))
    if back is None and not paired:
        back = _second_block(texts)
    splits = [_column_split(t) for t in texts]
    names = _two_names(name, back is not None or paired or any(sp is not None for sp in splits))
    if names is None:
        return None
    left: list[str] = []
    right: list[str] = []

    def wants_title(col: list[str]) -> bool:
        # (a column that ends with an authority still needs the title under it)
        return bool(col) and rx["authority"].match(col[-1]) is not None

    if back is not None:
        left, right = texts[:back], texts[back:]
    else:
        r = 0
        while r < len(texts):
            t = texts[r]
            if r + 1 < len(texts) and nos[r + 1] == nos[r]:
                left.append(t)
                right.append(texts[r + 1])
                r += 2
                continue
            r += 1
            if (sp := _column_split(t, two=True)) is not None:
                left.append(sp[0])
                right.append(sp[1])
            elif wants_title(left) and not wants_title(right):
                left.append(t)
            elif wants_title(left) and (titles := _title_split(t)) is not None:
                left.append(titles[0])
                right.append(titles[1])
            else:
                right.append(t)
    def side(col: list[str], person: str) -> _Side:
        auth = [t for t in col if (am := rx["authority"].match(t)) is not None and mostly_upper(am.group("rest"))]
        return " ".join(_clean(t) for t in auth) or None, [t for t in col if t not in auth], person

    # the one who signs for the lead issuer, named first in the header; else the right-hand one
    on_left = _signs_for(left, lead) and not _signs_for(right, lead)
    one, other = side(left, names[0]), side(right, names[1])
    return (one, other, True) if on_left else (other, one, False)


def _block_signer(block: list[str], name_text: str, line: int | None) -> Signer:
    """The signer of a block of authority and title lines (top down) over the name ``name_text``:
    the other signer of a joint document."""
    rx = _rx()
    units = tuple(str(u) for u in load("doctypes")["joint_units"])
    auth: list[str] = []
    titles: list[str] = []
    named = False  # the last authority's body named on the lines under it
    for r, t in enumerate(block):
        if (am := rx["authority"].match(t)) is not None and mostly_upper(am.group("rest")):
            auth.append(_clean(t))
        elif (
            auth
            and not titles
            and r + 1 < len(block)
            and (t.upper().startswith(units) or (named and _header_rx("locality").match(t) is not None))
        ):
            # the body's name (and its locality) under the authority: "TM. BAN THƯỜNG TRỰC" / "ỦY
            # BAN MTTQ VIỆT NAM" / "XÃ" / "CHỦ TỊCH"
            auth[-1] += " " + _clean(t)
            named = True
        else:
            titles.append(_signed_title(t))
    name, rank = _signer_name(name_text)
    return Signer(name, _with_rank(_clean(" ".join(titles)), rank), " ".join(auth) or None, line)


def _signed_title(t: str) -> str:
    """A title line as the sign-off prints it: one typed in small letters ("Phó Chủ tịch", "kiêm
    Chủ tịch HĐND xã") in capitals."""
    return t.rstrip(".").upper() if _joined_title(t) or _title_tail(t) or _tailed_title(t) else t


def _second_block(texts: list[str]) -> int | None:
    """Where the second of two signers' blocks typed one after the other opens in ``texts`` (their
    authority and title lines): at the last authority under a title line, or beside another one
    it cannot sign within ("TM. A" / "BÍ THƯ" / "TM. B" / "KT. CHỦ TỊCH"); None for one block."""
    rx = _rx()
    return next(
        (
            r
            for r in range(len(texts) - 1, 0, -1)
            if rx["authority"].match(texts[r]) is not None
            and (rx["authority"].match(texts[r - 1]) is None or _column_split(f"{texts[r - 1]} {texts[r]}"))
        ),
        None,
    )


def _block_above(lines: list[Line], top: int) -> tuple[int, list[str], int] | None:
    """The signer's block that ends right above line ``top`` (another signer's block): the index
    of its name, its authority and title lines top down, and the index of its first line."""
    rx = _rx()
    k = top - 1
    while k > 0 and lines[k].kind == "blank" and top - k <= 4:
        k -= 1
    if lines[k].kind != "text" or len(lines[k].text.strip()) > 40 or not _name_line(lines[k].text.strip()):
        return None
    at, first = k, k
    block: list[str] = []
    k -= 1
    while k > 0 and at - k <= 8:
        ln = lines[k]
        t = ln.text.strip()
        if ln.kind in ("blank", "initials") or (ln.kind == "text" and rx["signed"].match(t)):
            k -= 1
            continue
        am = rx["authority"].match(t) if ln.kind == "text" else None
        if ln.kind != "text" or not ((am and mostly_upper(am.group("rest"))) or (len(t) < 80 and mostly_upper(t))):
            break
        if _item(t) or _numbered(t):
            break
        block.insert(0, t)
        first = k
        k -= 1
    return (at, block, first) if block else None


def _signs_for(block: list[str], issuer: str | None) -> bool:
    """The authority lines of ``block`` sign for ``issuer``: they name the unit it opens with ("TM.
    BAN THƯỜNG VỤ TỈNH ĐOÀN" for "TỈNH ĐOÀN BÌNH PHƯỚC", "TM. ỦY BAN NHÂN DÂN" for "ỦY BAN NHÂN
    DÂN TỈNH X"), or the start of its name."""
    if not issuer:
        return False
    up = issuer.upper()
    unit = max((str(u) for u in load("doctypes")["joint_units"] if up.startswith(str(u))), key=len, default=None)
    rx = _rx()
    for t in block:
        if (am := rx["authority"].match(t)) is None:
            continue
        rest = _clean(am.group("rest")).upper()
        # (the unit the issuer opens with, or the authority's body is the issuer's name cut
        # short: "TM. BAN THƯỜNG VỤ" for "BAN THƯỜNG VỤ TỈNH ĐOÀN X")
        if (unit is not None and unit.strip() in t.upper()) or (len(rest.split()) >= 2 and up.startswith(rest)):
            return True
    return False


@functools.cache
def _glued_noi_nhan_rx() -> regex.Pattern[str]:
    """A line holding something, then the Nơi nhận label (the header's own pattern, unanchored)."""
    return regex.compile(r"^(?P<head>.+?)\s+" + _rx()["noi_nhan"].pattern.lstrip("^"), regex.IGNORECASE)


def _glued_noi_nhan(t: str) -> tuple[str, regex.Match[str]] | None:
    """A personal name and the Nơi nhận label on one line ("Lê Văn An Nơi nhận:"): the name, and
    the label's match (its ``r`` group: the list's first item written on the line, if any)."""
    m = _glued_noi_nhan_rx().match(t)
    if m is None or not _name_line(m.group("head")):
        return None
    r = _rx()["noi_nhan"].match(t[m.end("head") :].lstrip())
    return (m.group("head").strip(), r) if r is not None else None


def _list_goes_on(lines: list[Line], j: int, last: str) -> bool:
    """The Nơi nhận list goes on at line ``j`` over the blank lines before it (a page break and
    its page number inside the list): its last item so far is not the last one (it ends with
    ";" or ","; the list's last item ends with a full stop) and an item follows within a few
    lines."""
    if not last.rstrip().endswith((";", ",")):
        return False
    for k in range(j, min(j + 3, len(lines))):
        if lines[k].kind == "text":
            return _item(lines[k].text) is not None
    return False


_TITLED_NAME_SPAN = 60  # lines at the end of a text where a title and a name on one line may stand


def _titled_name(t: str) -> tuple[str, str] | None:
    """A signer's title in capitals and the name after it on one line (a copy that flattened the
    column: "PHÓ CHỦ TỊCH Nguyễn Văn A", "GIÁM ĐỐC Thiếu tướng Lê Văn C"): (title, name), or None."""
    if len(t) > 80 or not t[:1].isupper() or t.isupper() or _item(t) is not None:
        return None
    words = t.split()
    k = next((i for i, w in enumerate(words) if not w.isupper()), len(words))  # (where the capitals end)
    if k == 0 or k > len(words) - 2:
        return None
    head, name = " ".join(words[:k]), " ".join(words[k:])
    if _title_head_start().match(head) is None or _rx()["authority"].match(head) is not None:
        return None
    return (head, name) if _signoff_title(head) and _name_line(name) else None


def _ranked_names(lines: list[Line], lo: int) -> tuple[list[Line], dict[int, str]]:
    """``lines`` with a signer's rank or degree alone on its line joined to the name under it
    ("Thiếu tướng" / "Lê Văn C"), and a title and a name on one line cut (the name left on the
    line): the lines, and each cut title by the index of its name's line. Lines from ``lo`` on."""
    ranks = _rx()["rank_alone"]
    titled: dict[int, str] = {}
    out = lines
    for j in range(lo, len(lines)):
        ln = lines[j]
        if ln.kind != "text" or not ln.text[:1].isupper():
            continue
        t = ln.text.strip()
        under = lines[j + 1] if j + 1 < len(lines) else None
        if len(t) <= 13 and ranks.match(t) and under is not None and under.kind == "text" and _name_line(under.text):
            out = list(out) if out is lines else out
            out[j + 1] = replace(lines[j + 1], text=f"{t} {lines[j + 1].text.strip()}")
            out[j] = replace(ln, text="", kind="blank")
        elif t[1:2].isupper() and " " in t and (cut := _titled_name(t)) is not None:
            out = list(out) if out is lines else out
            out[j] = replace(ln, text=cut[1])
            titled[j] = cut[0]
    return out, titled


def _signoff(lines: list[Line], body_start: int, h: Header) -> int:
    """Read Nơi nhận and the signer from the bottom; return where the body ends."""
    rx = _rx()
    n = len(lines)
    # (helper 52) a rank on a line of its own over the name; a title and the name on one line
    lines, titled_names = _ranked_names(lines, max(body_start, n - _TITLED_NAME_SPAN))
    body_end = n
    # Nơi nhận: the last one in the document.
    nn = None
    noi_nhan = rx["noi_nhan"].match
    first = None
    for j in range(n - 1, body_start - 1, -1):
        ln = lines[j]
        # ("Nơi nhận" ignoring case: what the pattern asks of the first letter, checked first)
        # (or in italics written with underscores: "_Nơi nhận:_", "__Nơi nhận: __")
        t = ln.text if ln.text[:1] != "_" else ln.text.lstrip("_")
        if t.startswith(("N", "n")) and ln.kind == "text" and (first := noi_nhan(t)):
            nn = j
            break
        if ln.kind == "text" and ":" in t and len(t) <= 400 and (glued := _glued_noi_nhan(t)) is not None:
            # the signer's name and "Nơi nhận:" on one line (an OCR copy that read the name at
            # the foot of the right column with the left column's head): the name alone on its
            # line, the list under it
            lines = list(lines)
            lines[j] = replace(ln, text=glued[0])
            nn, first = j, glued[1]
            break
    dist_end = None
    sign_lines: list[int] = []  # the signer's title lines met inside the Nơi nhận list
    if nn is not None:
        body_end = nn
        items: list[str] = []
        if first and first.group("r").strip(" _"):
            items.append(_unitem(first.group("r").strip(" _")))
        j = nn + 1
        blanks = 0
        while j < n:
            ln = lines[j]
            if ln.kind in ("blank", "rule", "star"):
                blanks += 1
                j += 1
                if blanks > 1 and items and not _list_goes_on(lines, j, items[-1]):
                    break
                continue
            if ln.kind == "footnote" and items:
                break  # (the last page's footnotes printed under the list: their lines are none of it)
            if ln.kind != "text":
                j += 1
                continue
            t = ln.text
            prev_t = lines[j - 1].text
            if item := _item(t):
                items.append(t[item.end() :])  # (what _unitem leaves of it)
            elif (
                items
                and (
                    t[:1].islower()
                    or not items[-1].rstrip().endswith((",", ".", ";"))
                    # (an item wrapped after a comma before a capital: "- Thường trực Tỉnh ủy," /
                    # "HĐND tỉnh (b/c);", not a line of the sign-off under the list)
                    or (items[-1].rstrip().endswith(",") and _item_rest(t))
                )
                and not mostly_upper(t)
            ):
                items[-1] += " " + t
            elif not items and _signoff_title(t):
                # the signer's column read into the list by a text export ("Nơi nhận:" / "K/T
                # TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN" / "- Thường trực ...")
                sign_lines.append(j)
            elif not items and sign_lines and sign_lines[-1] == j - 1 and _title_tail(t) and mostly_upper(prev_t):
                sign_lines.append(j)  # (... and the end of its title in small letters: "Thường trực")
            elif items and _signoff_title(t) and _item_follows(lines, j):
                # ... line by line in turn with the list's items ("- Như trên;" / "TM. ỦY BAN NHÂN
                # DÂN" / "- Lưu: VT." / "CHỦ TỊCH"): the list goes on
                sign_lines.append(j)
            else:
                break
            blanks = 0
            j += 1
        dist_end = j
        # (items an OCR copy ran into one line: "- Như trên; - Lưu: VT.")
        h.distribution = [c for x in items for r in _list_items(x) if (c := _clean(r.rstrip(",.;")))]
    # Signer: the last personal name near the end, with the title lines above it.
    def titled(k: int) -> bool:
        # (a title, an authority or a stand-in for the signature on line k)
        t = lines[k].text.strip()
        if _title_tail(t):
            # ("Thường trực" under "PHÓ CHỦ TỊCH": the end of a title in capitals right above)
            k -= 1
            while k >= 0 and lines[k].kind != "text":
                k -= 1
            return k >= 0 and mostly_upper(lines[k].text) and not _item(lines[k].text)
        return (
            mostly_upper(lines[k].text)
            or t == _words()["concurrent"]
            or _joined_title(t)
            or _tailed_title(t)
            or rx["signed"].match(t) is not None
        )

    def scan(hi: int, lo: int) -> int | None:
        for j in range(hi, lo - 1, -1):
            ln = lines[j]
            if ln.kind != "text":
                continue
            t = ln.text.strip()
            if t[:1] in _SIGNED_FIRST and rx["signed"].match(t):
                continue
            # (helper 58: or longer with a stamp's text after the name, which _name_line leaves out)
            if (len(t) <= 40 or (":" in t and len(_unmarked(t)) <= 40)) and _name_line(t) and not _item(t):
                # must have a title or authority line within the few lines above
                k = j - 1
                while k >= lo and lines[k].kind != "text":
                    k -= 1
                if (k >= lo and titled(k)) or j in titled_names:
                    return j
                if k > lo and j - k <= 3 and _stamp_debris(lines[k].text):
                    # (what OCR made of the stamp right above the name: the title above it)
                    k -= 1
                    while k >= lo and lines[k].kind != "text":
                        k -= 1
                    if k >= lo and titled(k):
                        return j
        return None

    name_idx = None
    lowest = body_start
    for op in _attachment_openers(lines, body_start + 1, h):
        # the body ends where an attachment opens, whatever its length: the signer above it
        # (each line looked at once: down to the opener before, at most 60 lines)
        name_idx = scan(op - 1, max(lowest, op - 60))
        if name_idx is not None and (
            sum(1 for j in range(name_idx + 1, op) if lines[j].kind == "text") <= 5
            or (nn is not None and name_idx < nn < op)
        ):
            # (the sign-off closes the body: nothing but a few lines, or the Nơi nhận list, between
            # the name and what is attached; a name in a list of the body is not it)
            break
        name_idx = None
        lowest = op
    if name_idx is None:
        name_idx = scan(n - 1, max(body_start, n - 60))
    if name_idx is None and nn is not None and dist_end is not None:
        # a long document attached after the sign-off: the signer stands next to Nơi nhận
        name_idx = scan(min(n - 1, dist_end + 25), max(body_start, nn - 25))
    if name_idx is None and not sign_lines and nn is not None and dist_end is not None:
        # the signer's titles read before "Nơi nhận:" and the name after the list ("KT. CHỦ TỊCH"
        # / "PHÓ CHỦ TỊCH" / "Nơi nhận:" / "- ..." / "Nguyễn Văn A"): a text export of the two
        # columns that took the titles first
        k = nn - 1
        while k > body_start and lines[k].kind == "blank" and nn - k <= 2:
            k -= 1  # (a blank line or two between them)
        last = k
        if (
            k - 1 > body_start
            and lines[k].kind == lines[k - 1].kind == "text"
            and _title_tail(lines[k].text.strip())
            and _signoff_title(lines[k - 1].text)
        ):
            k -= 1  # (the end of the title in small letters under it: "PHÓ CHỦ TỊCH" / "Thường trực")
        while k > body_start and lines[k].kind == "text" and _signoff_title(lines[k].text):
            k -= 1
        if k < last and (
            last == nn - 1
            # (set apart by a blank line: an authority or a title's head among them, not any line in capitals)
            or any(
                rx["authority"].match(t := lines[j].text.strip()) or _title_head_start().match(t)
                for j in range(k + 1, last + 1)
            )
        ):
            sign_lines = list(range(k + 1, last + 1))
            body_end = k + 1
    if name_idx is None and sign_lines and dist_end is not None:
        # the signer's column read after the list ("Nơi nhận:" / "TM. ỦY BAN NHÂN DÂN" / "- Như
        # trên;" ... / "Nguyễn Văn A"): the name right after the list
        name_idx = next(
            (
                j
                for j in range(dist_end, min(n, dist_end + 4))
                if lines[j].kind == "text" and _name_line(lines[j].text)
            ),
            None,
        )
        if name_idx is not None:
            block = [lines[j].text.strip() for j in sign_lines]
            nxt = next((j for j in range(name_idx + 1, min(n, name_idx + 4)) if lines[j].kind == "text"), None)
            partner: Signer | None = None  # the other signer of two (a joint document)
            if (
                nxt is not None
                and _name_line(lines[nxt].text)
                and (second := _second_block(block)) is not None
            ):
                # two signers' columns (a joint document) read before their names: the one who signs
                # for the lead issuer, else the right-hand one (the second)
                lead = h.issuers[0] if len(h.issuers) > 1 else None
                if _signs_for(block[second:], lead) or not _signs_for(block[:second], lead):
                    partner = _block_signer(block[:second], lines[name_idx].text, lines[name_idx].no)
                    block, name_idx = block[second:], nxt
                else:
                    partner = _block_signer(block[second:], lines[nxt].text, lines[nxt].no)
                    block = block[:second]
            auth = [t for t in block if (am := rx["authority"].match(t)) and mostly_upper(am.group("rest"))]
            name, rank = _signer_name(lines[name_idx].text)
            h.signer = Signer(
                name,
                _with_rank(_clean(" ".join(t.upper() if _title_tail(t) else t for t in block if t not in auth)), rank),
                " ".join(_clean(t) for t in auth) or None,
                lines[name_idx].no,
            )
            if partner is not None:
                # (the left-hand column read first)
                left_first = partner.line is not None and partner.line < (h.signer.line or 0)
                h.signers = [partner, h.signer] if left_first else [h.signer, partner]
            return body_end
    stamp_name: str | None = None
    if name_idx is None:
        # no name typed under the title: the person a digital signature's stamp names ("Người
        # ký: Lê Văn A", "Đã ký: Lê Văn A"), its title lines above it
        for j in range(n - 1, max(body_start, n - 60) - 1, -1):
            if (stamped := _stamp_line_name(lines[j])) is not None:
                name_idx, stamp_name = j, stamped
                break
    walk = name_idx  # (the signer's title lines are read upwards from above this line)
    if name_idx is None and (top := _top_stamp_name(lines, body_start)) is not None:
        # no name at the foot, but a signature's stamp above the header names the person: the
        # title lines the sign-off ends with are theirs
        walk = _signoff_foot(lines, body_start)
        if walk is None and nn is not None:
            walk = _signoff_foot(lines[:nn], body_start)  # (the titles above a Nơi nhận list that ends the text)
        if walk is not None:
            name_idx, stamp_name = top
    if name_idx is None or walk is None:
        return body_end
    title_lines: list[str] = []
    authority: str | None = None
    sign_block: list[tuple[int, str]] = []  # the signer's authority and title lines, top down
    k = walk - 1
    first_sign = walk
    floor = body_start  # (above the Nơi nhận list: the signer's lines found there only)
    while k >= floor:
        ln = lines[k]
        if ln.kind in ("blank", "initials", "rule", "star"):
            k -= 1
            continue
        if ln.kind != "text":
            break
        t = ln.text.strip()
        if (_may_be_signed(t) and rx["signed"].match(t)) or (not sign_block and walk - k <= 3 and _stamp_debris(t)):
            # (a stand-in for the signature, or what OCR made of the stamp right above the name)
            first_sign = k
            k -= 1
            continue
        am = rx["authority"].match(t)
        if am and (mostly_upper(am.group("rest")) or _small_authority(am.group("rest"))):
            this = f"{am.group('a')} {_clean(am.group('rest')).upper()}"
            authority = f"{this} {authority}" if authority else this
            sign_block.insert(0, (ln.no, t))
            first_sign = k
            k -= 1
            continue
        if (
            (len(t) < 80 and mostly_upper(t) and not _item(t))
            or t == _words()["concurrent"]
            or _joined_title(t)
            or _tailed_title(t)
            or (not title_lines and authority is None and _title_tail(t))
        ):
            title_lines.insert(0, t)
            sign_block.insert(0, (ln.no, t))
            first_sign = k
            k -= 1
            continue
        if sign_lines and nn is not None and dist_end is not None and nn < k < dist_end and _item(t):
            k -= 1  # (an item of the Nơi nhận list read line by line in turn with the signer's)
            continue
        if nn is not None and dist_end is not None and nn <= k < dist_end and authority is None:
            # the name under the Nơi nhận list, the titles (or the authority) above "Nơi nhận:"
            # (a text export that took the signer's column first): go on above the list, for
            # the signer's lines only
            above = nn - 1
            while above > body_start and lines[above].kind == "text" and _signoff_title(lines[above].text):
                t = lines[above].text.strip()
                am = rx["authority"].match(t)
                if am is None and title_lines:
                    break
                above -= 1
            if above < nn - 1:
                k, floor = nn - 1, above + 1
                body_end = min(body_end, above + 1)
                continue
        break
    if authority is not None and title_lines:
        names = [x for x in (h.issuer, h.issuer_parent, *h.issuers) if x]
        title_lines, authority = _authority_cut([t for _, t in sign_block], title_lines, authority, names)
    if authority is not None and len(title_lines) >= 2 and len(sign_block) > len(title_lines):
        title_lines, authority = _authority_wrapped(title_lines, authority, sign_block[-len(title_lines) - 1][1])
    if not title_lines and authority is not None:
        # "Q. BỘ TRƯỞNG" right above the name: an acting head signs in his own title ("Q." is his
        # authority, the acting head's: kept as both); under another's authority ("TM. ỦY BAN
        # NHÂN DÂN" / "Q. CHỦ TỊCH") the title only
        if authority.startswith("Q. "):
            head, sep, acting = authority, "Q.", authority[3:]
        else:
            head, sep, acting = authority.rpartition(" Q. ")
        if sep and acting:
            title_lines, authority = [f"Q. {acting}"], head or None
    name, rank = _signer_name(stamp_name or lines[name_idx].text)
    lead = h.issuers[0] if len(h.issuers) > 1 else None
    beside: tuple[Signer, bool] | None = None  # the other signer of two, and whether it stands left
    if (joint := _joint_signer(sign_block, name, lead)) is not None:
        # two signers side by side joined by one blank (a joint document's sign-off flattened):
        # the one who signs for the lead issuer
        (authority, title_lines, name), (o_auth, o_titles, o_name), on_left = joint
        o_title = _clean(" ".join(_signed_title(t) for t in o_titles)) or None
        beside = Signer(o_name, o_title, o_auth, lines[name_idx].no), not on_left
    elif lead is not None and (other := _block_above(lines, first_sign)):
        # the two signers' blocks one after the other (a text export of the two columns): the one
        # above (the left-hand column) signs for the lead issuer unless the one below does
        at, other_block, other_first = other
        if not _signs_for([t for _, t in sign_block], lead) and _signs_for(other_block, lead):
            below = _block_signer([t for _, t in sign_block], stamp_name or lines[name_idx].text, lines[name_idx].no)
            beside = below, False
            first_sign = other_first
            auth = [t for t in other_block if (am := rx["authority"].match(t)) and mostly_upper(am.group("rest"))]
            authority = " ".join(_clean(t) for t in auth) or None
            title_lines = [t for t in other_block if t not in auth]
            (name, rank), name_idx = _signer_name(lines[at].text), at
        else:
            beside = _block_signer(other_block, lines[at].text, lines[at].no), True
    # (a title typed in small letters, "Phó Chủ tịch", "kiêm Chủ tịch HĐND xã": in capitals, as
    # the sign-off prints it)
    if name_idx in titled_names and beside is None:
        title_lines.append(titled_names[name_idx])  # (the title on the name's line)
    title_lines = [_signed_title(t) for t in title_lines]
    h.signer = Signer(name, _with_rank(_clean(" ".join(title_lines)), rank), authority, lines[name_idx].no)
    if beside is not None and beside[0].name and beside[0].name != h.signer.name:
        h.signers = [beside[0], h.signer] if beside[1] else [h.signer, beside[0]]
    if first_sign < body_end and first_sign >= body_start:
        body_end = first_sign
    return body_end
