"""Word's automatic numbering: the labels a reader sees ("1.", "1.2.", "a)", "I.") that are not in
the paragraph text of a DOCX file, resolved from ``word/numbering.xml`` by Word's rules.

* A paragraph is numbered by its own ``w:numPr`` (``w:numId``, ``w:ilvl``) or by the one of its
  paragraph style (followed through ``w:basedOn``); ``w:numId`` 0 switches numbering off.
* A ``w:num`` instance points to a ``w:abstractNum`` (which may itself point to a numbering style
  through ``w:numStyleLink``) and may override levels (``w:lvlOverride``: ``w:startOverride``
  and/or a whole ``w:lvl``; one with its own ``w:start`` restarts the list there too).
* Each level has ``w:start``, ``w:numFmt`` (decimal, decimalZero, lowerLetter, upperLetter,
  lowerRoman, upperRoman, bullet, none ...), ``w:lvlText`` (``%1.%2.``: the counters of levels 1
  and 2), ``w:lvlRestart`` and ``w:isLgl`` (every counter in decimal).
* Counters belong to the abstract numbering, so two lists built on one definition continue each
  other, unless an instance overrides the start (it restarts the list the first time it is used).
  A paragraph at level L advances L and resets the levels below it (those whose ``w:lvlRestart``
  allows it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ndq57.readers.numbering import format_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# the bullets a list label keeps (the Symbol font's round bullet is "•", its plus and minus signs,
# written at private-use code points, "+" and "-"); any other glyph of a bullet level (Wingdings'
# arrows, diamonds, squares and ticks, Courier's "o", a picture bullet) is read as a dash, the
# bullet the text of a directive is typed with
_BULLETS = {"\uf0b7": "•", "•": "•", "-": "-", "+": "+", "–": "-", "\uf02d": "-", "\uf02b": "+", "\uff0b": "+"}


def _val(el: Any, tag: str) -> str | None:
    child = el.find(_W + tag) if el is not None else None
    return None if child is None else child.get(_W + "val")


@dataclass(slots=True)
class Level:
    """One level of a list definition (``w:lvl``): its first number, format, label text and restart."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart (1-based level), 0 = never
    legal: bool = False
    suffix: str = "tab"


def _level(el: Any, base: Level | None = None) -> Level:
    lv = Level() if base is None else Level(base.start, base.fmt, base.text, base.restart, base.legal, base.suffix)
    if (v := _val(el, "start")) is not None and v.lstrip("-").isdigit():
        lv.start = int(v)
    if (v := _val(el, "numFmt")) is not None or (v := _alternate_format(el)) is not None:
        lv.fmt = v
    if el.find(_W + "lvlText") is not None:
        lv.text = _val(el, "lvlText") or ""
    if (v := _val(el, "lvlRestart")) is not None and v.isdigit():
        lv.restart = int(v)
    if el.find(_W + "isLgl") is not None:
        lv.legal = _val(el, "isLgl") not in ("0", "false")
    if (v := _val(el, "suff")) is not None:
        lv.suffix = v
    return lv


def _alternate_format(el: Any) -> str | None:
    """A level's format written twice (``mc:AlternateContent``, Word 2010+): a custom format of
    zero-padded numbers (``w:format="001, 002, 003, ..."``) as ``zero3``, else the fallback's."""
    for alt in el:
        if not (isinstance(alt.tag, str) and alt.tag.endswith("}AlternateContent")):
            continue
        for branch in alt:
            fmt = branch.find(_W + "numFmt")
            if fmt is None:
                continue
            value = fmt.get(_W + "val")
            if value != "custom":
                return str(value) if value else None
            first = (fmt.get(_W + "format") or "").split(",")[0].strip()
            if first.isdigit() and first.startswith("0") and int(first) == 1:
                return f"zero{len(first)}"
    return None


@dataclass(slots=True)
class _Abstract:
    """An abstract list definition (``w:abstractNum``): its levels by number."""

    levels: dict[int, Level]


@dataclass(slots=True)
class _Instance:
    """A list instance (``w:num``): the definition it uses and the levels and starts it overrides."""

    abstract: str
    overrides: dict[int, Level] = field(default_factory=dict)
    start_overrides: dict[int, int] = field(default_factory=dict)


class Numbering:
    """The numbering definitions of one document and the counters of a reading pass.

    ``label(num_id, ilvl)`` is called for each numbered paragraph in document order and returns
    its label ("2.1.", "b)", "-"), or None when the paragraph is not numbered.
    """

    def __init__(self, numbering_xml: Any | None, styles: StyleNumbering | None = None) -> None:
        self.abstracts: dict[str, _Abstract] = {}
        self.instances: dict[str, _Instance] = {}
        self.styles = styles
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, str]] = set()  # (numId, level) restarted by a start override
        self.style_levels: dict[tuple[str, str], int] = {}  # (abstractNumId, style) -> the level naming it
        if numbering_xml is None:
            return
        for ab in numbering_xml.iter(_W + "abstractNum"):
            levels = {int(lv.get(_W + "ilvl", "0")): _level(lv) for lv in ab.findall(_W + "lvl")}
            link = _val(ab, "numStyleLink")
            key = ab.get(_W + "abstractNumId", "")
            for lv in ab.findall(_W + "lvl"):
                if (style := _val(lv, "pStyle")) and (ilvl := lv.get(_W + "ilvl", "0")).isdigit():
                    self.style_levels.setdefault((key, style), int(ilvl))
            self.abstracts[key] = _Abstract(levels)
            if link and styles is not None:
                styles.links[key] = link
        for num in numbering_xml.iter(_W + "num"):
            inst = _Instance(_val(num, "abstractNumId") or "")
            for ov in num.findall(_W + "lvlOverride"):
                ilvl = int(ov.get(_W + "ilvl", "0"))
                if (v := _val(ov, "startOverride")) is not None and v.lstrip("-").isdigit():
                    inst.start_overrides[ilvl] = int(v)
                lvl_el = ov.find(_W + "lvl")
                if lvl_el is not None:
                    base = self._abstract_levels(inst.abstract).get(ilvl)
                    inst.overrides[ilvl] = _level(lvl_el, base)
                    if ilvl not in inst.start_overrides and (v := _val(lvl_el, "start")) and v.lstrip("-").isdigit():
                        # a whole level given again with its start: the list restarts there, as
                        # with w:startOverride (a second list of a definition numbered afresh)
                        inst.start_overrides[ilvl] = int(v)
            self.instances[num.get(_W + "numId", "")] = inst

    def _abstract_levels(self, key: str, depth: int = 0) -> dict[int, Level]:
        ab = self.abstracts.get(key)
        if ab is None:
            return {}
        if not ab.levels and self.styles is not None and depth < 3:
            # w:numStyleLink: the definition lives with the numbering style's own w:num
            style = self.styles.links.get(key)
            num_id = self.styles.style_num.get(style or "", (None, 0))[0]
            inst = self.instances.get(num_id or "")
            if inst is not None and inst.abstract != key:
                return self._abstract_levels(inst.abstract, depth + 1)
        return ab.levels

    def style_level(self, num_id: str, style: str) -> int:
        """The level of a paragraph numbered through its style, which names no level: the level
        of the list that names the style (``w:lvl/w:pStyle``), else the first."""
        inst = self.instances.get(num_id)
        return 0 if inst is None else self.style_levels.get((inst.abstract, style), 0)

    def _resolve(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        inst = self.instances.get(num_id)
        if inst is None:
            return None
        levels = dict(self._abstract_levels(inst.abstract))
        levels.update(inst.overrides)
        return inst.abstract, levels

    def label(self, num_id: str, ilvl: int) -> str | None:
        if num_id in ("", "0"):
            return None
        found = self._resolve(num_id)
        if found is None:
            return None
        key, levels = found
        lvl = levels.get(ilvl)
        if lvl is None:
            return None
        inst = self.instances[num_id]
        counters = self.counters.setdefault(key, {})
        if ilvl in inst.start_overrides and (num_id, str(ilvl)) not in self.started:
            self.started.add((num_id, str(ilvl)))
            counters[ilvl] = inst.start_overrides[ilvl]
            for deeper in [k for k in counters if k > ilvl]:
                del counters[deeper]
        elif ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = inst.start_overrides.get(ilvl, lvl.start)
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and ilvl <= restart - 1):
                del counters[deeper]
        if lvl.fmt == "bullet":
            return _BULLETS.get(lvl.text.strip(), "-")
        text = lvl.text
        for k in range(9):
            token = f"%{k + 1}"
            if token not in text:
                continue
            other = levels.get(k, Level())
            value = counters.get(k, inst.start_overrides.get(k, other.start))
            fmt = "decimal" if (lvl.legal and k != ilvl) else other.fmt
            text = text.replace(token, format_number(value, fmt))
        return text.strip()


@dataclass(slots=True)
class StyleNumbering:
    """Numbering that paragraph styles carry (``w:style/w:pPr/w:numPr``, through ``w:basedOn``)."""

    # style id -> (numId, ilvl); ilvl None when the style names none: the level that names the
    # style (w:lvl/w:pStyle), else 0 (see Numbering.style_level)
    style_num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # abstractNumId -> numbering style id

    @classmethod
    def from_styles(cls, styles_xml: Any | None) -> StyleNumbering:
        out = cls()
        if styles_xml is None:
            return out
        raw: dict[str, tuple[str | None, int | None, str | None]] = {}
        for st in styles_xml.iter(_W + "style"):
            sid = st.get(_W + "styleId", "")
            ppr = st.find(_W + "pPr")
            numpr = ppr.find(_W + "numPr") if ppr is not None else None
            own_num = _val(numpr, "numId") if numpr is not None else None
            own_lvl = _val(numpr, "ilvl") if numpr is not None else None
            raw[sid] = (own_num, int(own_lvl) if own_lvl and own_lvl.isdigit() else None, _val(st, "basedOn"))
        for sid in raw:
            num_id, ilvl, base = raw[sid]
            seen = {sid}
            while (num_id is None or ilvl is None) and base and base not in seen:
                seen.add(base)
                b_num, b_ilvl, base2 = raw.get(base, (None, None, None))
                num_id = num_id if num_id is not None else b_num
                ilvl = ilvl if ilvl is not None else b_ilvl
                base = base2
            if num_id is not None:
                out.style_num[sid] = (num_id, ilvl)
        return out
