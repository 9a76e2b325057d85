"""Citations of other documents: ``Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị``.

Finds Party symbols (``57-NQ/TW``, ``01-KH/BCĐTW``) and State symbols (``51/KH-UBND``,
``30/2020/NĐ-CP``, ``66.4/2025/NQ-CP``), with the type word before them when written, the date
after them (``ngày 22/12/2024`` or ``ngày 22 tháng 12 năm 2024``) and the issuer (``của Bộ Chính
trị``). A mention whose type word disagrees with the symbol (``Nghị quyết số 57-KH/TW``) is
flagged, not corrected.
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

from ndq57.data import load
from ndq57.model import Citation, Warning


@functools.cache
def _types() -> tuple[list[tuple[str, list[str]]], dict[str, list[str]]]:
    data = load("doctypes")
    types = [(str(t["name"]), [str(a) for a in t["abbr"]]) for t in data["types"]]
    by_abbr: dict[str, list[str]] = {}
    for name, abbrs in types:
        for a in abbrs:
            by_abbr.setdefault(a, []).append(name)
    return types, by_abbr


@functools.cache
def _pattern() -> regex.Pattern[str]:
    data = load("doctypes")
    names = sorted({t for t, _ in _types()[0]}, key=len, reverse=True)
    suffixes = "|".join(regex.escape(s) for s in data["type_suffixes"])
    type_alt = "(?i:" + "|".join(regex.escape(n) for n in names) + ")"
    party = r"\d{1,6}[a-z]?-[\p{Lu}][\p{L}]{0,5}/[\p{Lu}Đ][\p{L}\d&]{0,15}(?:-[\p{Lu}Đ][\p{L}\d&]{0,15}){0,2}"
    state = (
        r"\d{1,6}[a-z]?(?:\.\d{1,3})?/(?:\d{4}/)?[\p{Lu}Đ][\p{L}\d&]{0,15}(?:-[\p{Lu}Đ\d][\p{L}\d&]{0,15}){1,3}"
        r"|\d{1,6}/\d{4}/(?:QH|UBTVQH)\d{1,2}"
    )
    date = (
        r"(?:\s*,\s*|\s+)(?:ban\s+hành\s+)?(?:ngày|ngay)\s+"
        r"(?:(?P<d1>\d{1,2})\s*[/.\-]\s*(?P<m1>\d{1,2})\s*[/.\-]\s*(?P<y1>\d{4})"
        r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))"
    )
    # the issuer stops before the next cited document ("... của Ban Thường vụ Tỉnh ủy và Nghị quyết số ...")
    next_cite = rf"(?!(?:và\s+|,\s*)?{type_alt}(?:\s+\p{{L}}+){{0,3}}\s+(?:(?i:số)|\d))"
    issuer = rf"(?:\s*,?\s+của\s+(?P<issuer>\p{{Lu}}[\p{{L}}\d&\-]*(?:\s+{next_cite}[\p{{L}}\d&\-]+){{0,12}}))?"
    return regex.compile(
        rf"(?:(?<!\p{{L}})(?P<type>{type_alt})(?:\s+(?i:{suffixes}))?\s+(?:(?i:số)\s*:?\s*)?)?"
        rf"(?<![\p{{L}}\d/.\-])(?P<num>{party}|{state})(?![\p{{L}}\d/])"
        rf"(?:{date})?{issuer}",
        regex.IGNORECASE * 0,
    )


def _issuer(raw: str | None) -> str | None:
    """The issuing unit after "của": a run of capitalised words and the lower-case words that
    belong inside unit names ("Ban Thường vụ Tỉnh ủy", "Văn phòng Trung ương Đảng").

    >>> _issuer("Bộ Chính trị trên địa bàn tỉnh")
    'Bộ Chính trị'
    >>> _issuer("Ban Thường vụ Tỉnh ủy về thực hiện")
    'Ban Thường vụ Tỉnh ủy'
    """
    if not raw:
        return None
    inner = set(load("doctypes")["issuer_words"])
    words: list[str] = []
    for w in regex.split(r"\s+", regex.split(r"[,;:()“”\"*]", raw)[0].strip()):
        if not w:
            break
        if w[:1].isupper() or w[:1].isdigit() or w in ("&", "-") or (words and w.lower() in inner):
            words.append(w)
            continue
        break
    while words and (words[-1] in ("&", "-", "và") or words[-1].lower() in ("về", "và")):
        words.pop()
    return " ".join(words) or None


def symbol_abbr(number: str) -> str | None:
    """The type abbreviation inside a symbol.

    >>> symbol_abbr("57-NQ/TW"), symbol_abbr("51/KH-UBND"), symbol_abbr("30/2020/NĐ-CP")
    ('NQ', 'KH', 'NĐ')
    """
    if regex.match(r"^\d+[a-z]?-", number):
        return number.split("-", 1)[1].split("/", 1)[0]
    parts = number.split("/")
    last = parts[-1]
    return last.split("-", 1)[0] if "-" in last else last.rstrip("0123456789") or None


def type_for_abbr(abbr: str | None) -> str | None:
    if not abbr:
        return None
    names = _types()[1].get(abbr)
    return names[0] if names else None


def find_citations(text: str, line_at: object, *, base_line: int = 0) -> tuple[list[Citation], list[Warning]]:
    """Citations in one paragraph. ``line_at(offset) -> line`` maps offsets to original lines."""
    if "/" not in text:
        return [], []
    out: list[Citation] = []
    warns: list[Warning] = []
    types = dict(_types()[0])
    for m in _pattern().finditer(text):
        num = m.group("num")
        typ = m.group("type")
        date = None
        d, mo, y = (
            (m.group("d1"), m.group("m1"), m.group("y1"))
            if m.group("d1")
            else (m.group("d2"), m.group("m2"), m.group("y2"))
        )
        line = line_at(m.start("num")) if callable(line_at) else base_line
        if d:
            try:
                date = dt.date(int(y), int(mo), int(d)).isoformat()
            except ValueError:
                warns.append(Warning("invalid_date", f"citation {num}: invalid date {d}/{mo}/{y}", line))
        abbr = symbol_abbr(num)
        mismatch = False
        if typ:
            typ = typ[0].upper() + typ[1:].lower() if typ.isupper() else typ
            canon = next((n for n in types if n.lower() == typ.lower()), typ)
            typ = canon
            expected = types.get(canon, [])
            known_abbr = abbr in _types()[1]
            if expected and known_abbr and abbr not in expected:
                mismatch = True
                warns.append(
                    Warning(
                        "citation_type_mismatch",
                        f"'{typ} số {num}': the symbol says {abbr} ({type_for_abbr(abbr)}), the type word says {typ}",
                        line,
                    )
                )
        inferred = typ or type_for_abbr(abbr)
        out.append(
            Citation(
                type=inferred,
                number=num,
                date=date,
                issuer=_issuer(m.group("issuer")),
                line=line,
                mention="full" if typ else "short",
                text=m.group(0).strip(),
                type_mismatch=mismatch,
            )
        )
    return out, warns
