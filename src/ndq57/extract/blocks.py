"""Labelled task blocks: a task written as fields rather than as a sentence.

Plans and programmes often give each task as a block of labelled lines::

    3. Tập huấn kỹ năng số cho cán bộ xã
    - Đơn vị chủ trì: Sở Nội vụ.
    - Đơn vị phối hợp: Sở Khoa học và Công nghệ, UBND các xã.
    - Thời gian thực hiện: Quý III/2026.
    - Sản phẩm: 02 lớp tập huấn.

or as lettered items (``a) Nhiệm vụ: …`` / ``b) Cơ quan thực hiện: - Đơn vị chủ trì: … - Đơn vị phối
hợp: …`` / ``c) Thời gian thực hiện: …``), or several fields in one paragraph. This module finds
the fields (the labels are read by their key words, in ``data/task_fields.yaml``) and groups them
into one :class:`LabelledTask` per task: the section that holds the fields, or its parent when
the fields are themselves the lettered items of a task.

A label that comes again starts the next task, inside one paragraph too: a copy that lost its line
ends holds the fields of many tasks in one paragraph ("a) … Cơ quan chủ trì: … Thời gian: … b) …
Cơ quan chủ trì: …"), and each group of fields is a task of its own, starting at the item mark
that ends the last field of the task before (:attr:`LabelledTask.start`; a mark of the section's
own family, "b)" after "a)", names the sibling item: :attr:`LabelledTask.label`). Fields that are
no task's ("Kinh phí:", "Ghi chú:") only end the value before them; a label alone over its
sub-fields ("- Đơn vị thực hiện:" / "+ Chủ trì: …") does not end the task.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field

from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.model import Section
from ndq57.parse.layout import Block
from ndq57.parse.sections import SectionTree

FIELD_KEYS = ("task", "lead", "coordinate", "director", "time", "product")


@dataclass(slots=True)
class Field:
    key: str  # task | lead | coordinate | director | time | product | other (time_with_owner, event: while grouping)
    label: str  # as written, without the colon
    value: str
    block: int  # index of the block
    start: int  # offset of the value in the block's text
    end: int
    label_start: int = 0  # offset of the label (with its list mark)


@dataclass(slots=True)
class LabelledTask:
    section: Section | None  # the section holding the task (None: a block with no numbering)
    blocks: list[int] = field(default_factory=list)  # the paragraph stating it (if any), then its fields
    fields: list[Field] = field(default_factory=list)
    # where the task starts in its first block: 0, or, when one paragraph holds the fields of
    # several tasks (a copy that lost its line ends), where the previous task's fields end
    start: int = 0
    # the label of the item mark it starts with there ("b" of "b) ..."), when that item's line end
    # was lost: a sibling of its section
    label: str | None = None

    def holds(self, block: int, offset: int) -> bool:
        """Whether the task runs from before ``offset`` of ``block`` on (of the tasks sharing a
        paragraph, the last that does holds the offset)."""
        return self.blocks[0] < block or self.start <= offset

    def values(self, key: str) -> list[Field]:
        return [f for f in self.fields if f.key == key]

    @property
    def has_owner(self) -> bool:
        return any(f.key in ("lead", "coordinate", "director") for f in self.fields)


@functools.cache
def _label_re() -> regex.Pattern[str]:
    """A label at the start of a paragraph or after a list mark: up to eight words and a colon."""
    return regex.compile(
        r"(?:^|(?<=[\n.])\s*|(?<=\s)(?=[-+•]\s))"
        r"(?:[-+•]\s*|[a-zđ][).]\s*|\(?\d{1,2}\)\s*)?"
        r"(?P<label>\p{Lu}[\p{L}\s,]{1,60}?)\s*:\s*"
        # after a semicolon the next field may start in lower case ("...; cơ quan phối hợp: ..."),
        # and after a bracket that opens the fields of a task ("... (cơ quan chủ trì: Sở Nội vụ;
        # thời gian: quý II/2026)")
        r"|(?<=[;(\[])\s*(?P<label>\p{L}[\p{L}\s,]{1,60}?)\s*:\s*"
        # after a comma, the next field of fields already begun ("Chủ trì: Sở Nội vụ, phối hợp: Sở
        # Tài chính, Thời gian: tháng 10/2026"; see fields_of)
        # (in lower case after its first letter, on one line: "UBND các xã, phường" / "Thời hạn: ..."
        # is a value, then a label of its own line)
        r"|(?<=,)[ \t]*(?P<label>\p{L}[\p{Ll} \t]{1,40}?)[ \t]*:\s*"
    )


@functools.cache
def _keys() -> list[tuple[str, regex.Pattern[str]]]:
    data = load("task_fields")
    out: list[tuple[str, regex.Pattern[str]]] = []
    for key in data["order"]:
        words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in data[key])
        out.append((key, regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.IGNORECASE)))
    return out


def _key_of(label: str) -> str | None:
    words = label.split()
    if not 1 <= len(words) <= 8:
        return None
    for key, pattern in _keys():
        if pattern.search(label):
            return key
    return None


# what a label's match may hold before its colon (see _label_re): blanks, a list mark of at most
# four characters ("(12)"), the label (a letter and up to sixty more), blanks
_LABEL_MAX = 61
_MARK_MAX = 4


def _label_matches(text: str) -> Iterator[regex.Match[str]]:
    """What ``_label_re().finditer(text)`` yields, found sooner: every match ends on a colon and
    the blanks after it, and starts a few characters before that colon (:func:`_reach_back`), so
    each colon is searched for from there to its blanks instead of the whole text being tried."""
    pattern = _label_re()
    n = len(text)
    pos = 0  # where the next match may start (the end of the last one)
    colon = text.find(":")
    while colon >= 0:
        end = colon + 1
        while end < n and text[end].isspace():  # (every blank of the pattern's \s is one of str's)
            end += 1
        m = pattern.search(text, max(pos, _reach_back(text, colon)), end)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = colon + 1  # a match that starts before this colon holds it: there is none
        colon = text.find(":", pos)


def _reach_back(text: str, colon: int) -> int:
    """No match of :func:`_label_re` whose colon is at ``colon`` starts before this offset: the
    blanks before the colon, the longest label, then blanks and at most a list mark."""
    p = colon
    while p > 0 and text[p - 1].isspace():
        p -= 1
    p -= _LABEL_MAX
    marks = 0
    while p > 0:
        if not text[p - 1].isspace():
            if marks == _MARK_MAX:
                break
            marks += 1
        p -= 1
    return max(p, 0)


_LONG_VALUE = 600  # characters; a field's value is a few lines at most
_VALUE_END = regex.compile(r"[.;!?](?=\s+\p{Lu})|\n")


def fields_of(text: str, block: int = 0, marked: str | None = None) -> list[Field]:
    """The labelled fields of one paragraph, in order.

    >>> [(f.key, f.value) for f in fields_of("- Đơn vị chủ trì: Sở Nội vụ. - Thời gian thực hiện: Quý III/2026.")]
    [('lead', 'Sở Nội vụ'), ('time', 'Quý III/2026')]
    """
    found: list[tuple[str, str, int, int]] = []  # key, label, label start, value start
    if ":" not in text:  # every label ends with a colon
        return []
    # (``marked``: the same text with line ends where labels may start, read for the labels only)
    src = text if marked is None else marked
    for m in _label_matches(src):
        key = _key_of(m.group("label"))
        if key is None:
            continue
        if found and m.start() < found[-1][3]:
            continue
        if m.start() > 0 and src[m.start() - 1] == "," and not found:
            continue  # a label after a comma only goes on from fields already begun
        found.append((key, " ".join(m.group("label").split()), m.start(), m.end()))
    out: list[Field] = []
    for i, (key, label, lstart, vstart) in enumerate(found):
        vend = found[i + 1][2] if i + 1 < len(found) else len(text)
        if vend - vstart > _LONG_VALUE:
            # a field's value ends with its sentence, not with a paragraph that lost its line ends
            end = _VALUE_END.search(text, vstart + 1, vend)
            vend = end.start() + 1 if end is not None else vend
        value = text[vstart:vend].strip(" \n;.-+•")
        if vend < len(text) and value.endswith(","):  # "Sở Nội vụ, phối hợp: ...": the comma joins fields
            value = value[:-1].rstrip()
        # "b) Cơ quan thực hiện: - Đơn vị chủ trì: ..." - a container label with nothing of its own
        if not value:
            continue
        out.append(Field(key, label, value, block, vstart, vstart + len(value), lstart))
    return out


def labelled_tasks(blocks: list[Block], tree: SectionTree, parents: dict[int, Section | None]) -> list[LabelledTask]:
    """The labelled task blocks of a document, in order.

    A task's fields follow the paragraph that states it ("- Ra mắt trợ lý ảo ..." then "Đơn vị chủ
    trì: ..."), or stand under its section heading; a field that comes again ("Đơn vị chủ trì"
    twice) starts the next task.
    """
    order: list[LabelledTask] = []
    current: LabelledTask | None = None
    opener: tuple[int, Section | None] | None = None  # the last paragraph with no field
    for bi, (blk, sec) in enumerate(zip(blocks, tree.owner, strict=True)):
        if blk.kind != "para":
            current, opener = None, None
            continue
        found = fields_of(blk.text, bi, _with_line_ends(blk))
        if found and all(f.key == "other" for f in found):
            # "- Kinh phí: ..." between the fields of a task: still that task; "Yêu cầu: ..." alone
            # is no field of a task, nor the paragraph stating one
            if current is None or current.section is not sec:
                current, opener = None, None
            continue
        unit = sec
        if found and sec is not None and sec.family in ("letter", "paren") and _opens_with_label(sec):
            # "a) Nhiệm vụ: ..." / "b) Cơ quan thực hiện: ..." are the fields of their parent task
            unit = parents.get(id(sec)) or sec
        if not found:
            if current is not None and current.section is sec and _container_label(blk.text):
                continue  # "- Đơn vị thực hiện:" over "+ Chủ trì: ..." / "+ Phối hợp: ...": the same task
            current = None
            opener = (bi, sec)
            continue
        keys = {f.key for f in found}
        if current is None or current.section is not unit or keys & {f.key for f in current.fields}:
            current = LabelledTask(unit)
            order.append(current)
            if opener is not None and opener[1] is sec and opener[0] == bi - 1:
                current.blocks.append(opener[0])
            opener = None
        current.blocks.append(bi)
        groups = _groups(found, blk.text)
        current.fields.extend(groups[0][0])
        for group, start in groups[1:]:
            # one paragraph holding the fields of several tasks: each group of fields is a task
            current = LabelledTask(unit, [bi], group, start, _sibling_label(blk.text, start, unit))
            order.append(current)
    out: list[LabelledTask] = []
    for t in order:
        if any(f.key in ("time_with_owner", "event") for f in t.fields):
            # a bare "Thời gian:" is a task's time in a block naming its owner and no place
            # (beside a place, a month or a quarter to hold it in is still the task's time: "Đơn vị
            # chủ trì: Sở Nội vụ; Thời gian: tháng 7/2026; Địa điểm: ..."; a day is the event's)
            event = any(f.key == "event" for f in t.fields)
            # (an inspection team's field, "Thành phần đoàn: ...", tells whose work it is as an owner's does)
            owned = t.has_owner or any(f.key == "team" for f in t.fields)
            kept = [
                f
                for f in t.fields
                if f.key != "event"
                and (f.key != "time_with_owner" or (owned and not (event and _event_day(f.value))))
            ]
            t.fields = [_as_time(f) if f.key == "time_with_owner" else f for f in kept]
        if any(f.key == "team" for f in t.fields):
            # the team's members own nothing: the field only ends the value before it
            t.fields = [_as_other(f) if f.key == "team" else f for f in t.fields]
        if t.fields and (t.has_owner or len({f.key for f in t.fields} - {"other"}) >= 2):
            out.append(t)
    return out


# where the statement of the next task starts inside the last field of a task: a sentence end, then
# an item's mark ("... Sản phẩm: Báo cáo. 2. Số hóa hồ sơ ... Cơ quan chủ trì: ...")
_NEXT_ITEM = regex.compile(r"(?<=[.;:!?])\s+(?=(?:\d{1,3}(?:\.\d{1,2})*[.)]|[a-zđ]\)|\(\d{1,2}\)|[-+•–])\s)")


# ... or, with no stop before it, a number or a letter mark before a capital
_NEXT_ITEM_BARE = regex.compile(r"(?<=\S)\s+(?=(?:\d{1,3}\.|[a-zđ]\))\s+\p{Lu})")


def _groups(found: list[Field], text: str) -> list[tuple[list[Field], int]]:
    """The fields of one paragraph cut into the groups of its tasks: a label that comes again
    ("Cơ quan chủ trì" a second time) starts the next task, with the words stating it when the
    field before ends on an item's mark; each group with where its task starts (the first: 0)."""
    out: list[tuple[list[Field], int]] = [([], 0)]
    seen: set[str] = set()
    for f in found:
        if f.key in seen and f.key != "other":  # ("Kinh phí:" then "Ghi chú:": one task's)
            start = f.label_start
            prev = out[-1][0][-1] if out[-1][0] else None
            if prev is not None:
                cut = None
                for m in _NEXT_ITEM.finditer(text, prev.start, prev.end):
                    cut = m
                if cut is None:  # "... Sản phẩm: Báo cáo 2. Số hóa ...": the mark with no stop before it
                    for m in _NEXT_ITEM_BARE.finditer(text, prev.start, prev.end):
                        cut = m
                if cut is not None and cut.start() > prev.start:
                    start = cut.end()
                    value = text[prev.start : cut.start()].rstrip(" \n;.-+•")
                    out[-1][0][-1] = Field(
                        prev.key, prev.label, value, prev.block, prev.start, prev.start + len(value), prev.label_start
                    )
            out.append(([], start))
            seen = set()
        out[-1][0].append(f)
        seen.add(f.key)
    return out


_MARK = regex.compile(r"\(?(?P<label>\d{1,2}|[a-zđ])[.)]\s")
_FAMILY_OF_MARK = {"letter": r"[a-zđ]\)", "decimal": r"\d{1,2}\.", "paren": r"\(\d{1,2}\)"}


def _sibling_label(text: str, start: int, sec: Section | None) -> str | None:
    """The label of the item mark at ``start`` when it is of the family of ``sec`` ("b)" after the
    fields of "a) ..."): the task is that sibling item, whose line end was lost."""
    if sec is None or sec.family not in _FAMILY_OF_MARK:
        return None
    m = _MARK.match(text, start)
    if m is None or not regex.fullmatch(_FAMILY_OF_MARK[sec.family], text[start : m.end()].rstrip()):
        return None
    return str(m.group("label"))


@functools.cache
def _event_day_rx() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in load("task_fields")["event_day"])
    return regex.compile(
        rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|\d{{1,2}}h", regex.IGNORECASE
    )


def _event_day(value: str) -> bool:
    """The value names a day or an hour ("ngày 20/3/2026", "8 giờ 00", "20/3/2026")."""
    return _event_day_rx().search(value) is not None


def _as_other(f: Field) -> Field:
    return Field("other", f.label, f.value, f.block, f.start, f.end, f.label_start)


def _as_time(f: Field) -> Field:
    return Field("time", f.label, f.value, f.block, f.start, f.end, f.label_start)


def _with_line_ends(blk: Block) -> str | None:
    """The text of a block with the line ends it was joined at put back (as many characters):
    a label opening a line of its own ("Đơn vị chủ trì: Sở Nội vụ" / "Thời gian: Tháng 11/2026",
    lines the layout joined into one paragraph) is read as at a paragraph's start. None: no
    line was joined."""
    text = blk.text
    if len(blk.line_map) < 2 or ":" not in text:
        return None
    chars = list(text)
    for off, _ in blk.line_map[1:]:
        if 0 < off <= len(chars) and chars[off - 1] == " ":
            chars[off - 1] = "\n"
    return "".join(chars)


_CONTAINER = regex.compile(r"[\s*_]*(?:[-+•–]\s*)?(?P<label>\p{Lu}[\p{L}\s]{1,60}?)[\s*_]*:[\s*_]*")


def _container_label(text: str) -> bool:
    """A paragraph that is only a field's label, its value in the fields below ("- Đơn vị thực
    hiện:" over "+ Chủ trì: ...")."""
    m = _CONTAINER.fullmatch(text) if len(text) < 80 and text.rstrip(" *_").endswith(":") else None
    return m is not None and _key_of(m.group("label")) is not None


def _opens_with_label(sec: Section) -> bool:
    """ "a) Nhiệm vụ: ...", "b) Cơ quan thực hiện:": the item is a field (not "a) Rà soát ...
    Cơ quan chủ trì: ...", a task with its fields after it)."""
    head = sec.heading or sec.text.split("\n", 1)[0]
    if ":" in head:
        for m in _label_matches(head):
            if _key_of(m.group("label")) is not None:
                return not head[: m.start()].strip(" *_")
    return _key_of(head.rstrip(" :")) is not None
