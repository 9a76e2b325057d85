"""The typed record that ``ndq57.parse`` returns.

Every class is a plain dataclass; :func:`to_dict` turns a tree of them into JSON-ready
dicts with stable, snake_case keys. Dates are ISO strings (``2025-07-15``) or, for
clock times, ISO date-times without a zone (``2025-07-11T11:00``).
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "ndq57/3"


@dataclass(frozen=True, slots=True)
class Fix:
    """One change the normaliser made, positioned in the original line."""

    rule: str
    original: str
    replacement: str
    line: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Warning:
    """Something a clerk should look at: a suspect slip, an invalid date, a symbol mismatch."""

    code: str
    message: str
    line: int | None = None


@dataclass(slots=True)
class Extraction:
    """How a PDF, DOCX or DOC file was read into text, and where each text line came from.

    ``lines`` holds runs of lines of that text (the lines every ``line`` field of the record
    counts, printed by ``ndq57 text FILE --extracted``): ``{"line": 12, "count": 3, "page": 2,
    "page_line": 5}`` (PDF), ``{"line": 1, "count": 4, "paragraph": 0}``, ``{"line": 9, "table":
    1, "row": 2}`` or ``{..., "cell": 1}``, ``{"line": 40, "footnote": 1}`` (DOCX, counted from 0).
    """

    format: str  # pdf | docx | doc | odt | rtf
    tool: str  # "pdf text layer" | "ocr" | "pdf text layer and ocr" | "docx" | "doc via soffice" (odt, rtf)
    pages: int | None
    lines: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Source:
    """Where the record was read from: the file, the hash of its bytes and the encoding they were decoded with."""

    path: str | None
    sha256: str
    encoding: str
    extraction: Extraction | None = None  # for PDF, DOCX and DOC input only
    looks_like_directive: bool = True  # header words, numbering, Vietnamese prose (ndq57.parse.directive)


@dataclass(slots=True)
class Signer:
    """The person who signs the document: name, title and the authority signed for, with the line of the name."""

    name: str | None
    title: str | None
    authority: str | None
    line: int | None = None


@dataclass(slots=True)
class DateParts:
    """The parts of the date of issue, each None where the text leaves it out."""

    year: int | None
    month: int | None
    day: int | None


@dataclass(slots=True)
class Header:
    """What the header and the sign-off say about the document itself."""

    regime: str | None = None  # "party" | "state" | None
    national_title: str | None = None
    issuer: str | None = None
    issuer_parent: str | None = None
    issuers: list[str] = field(default_factory=list)  # every issuer; several for a joint document
    number: str | None = None
    symbol: str | None = None
    type: str | None = None
    type_source: str | None = None  # "heading" | "symbol" | "form" | "caption" | "closing" | "attribute"
    title: str | None = None
    subject: str | None = None
    place: str | None = None
    date: str | None = None
    date_parts: DateParts | None = None
    recipients: list[str] = field(default_factory=list)
    distribution: list[str] = field(default_factory=list)
    signer: Signer | None = None
    secrecy: str | None = None
    urgency: str | None = None
    circulation: str | None = None
    draft: bool = False
    year: int | None = None
    month: int | None = None
    # (the two fields below are written only when set, so a record of one issuer reads as before)
    # every number of a joint document whose issuers each number it ("45/KHLT-SYT", "112/KHLT-SGDĐT"),
    # in the order of ``issuers``; ``number`` is the first
    numbers: list[str] | None = field(default=None, metadata={"omit_none": True})
    # every signer of a document two sign side by side (a joint document), left column first;
    # ``signer`` is the one who signs for the issuer the header names first
    signers: list[Signer] | None = field(default=None, metadata={"omit_none": True})


@dataclass(slots=True)
class Section:
    """One numbered part of the body (a heading or a numbered item), with its text and the parts under it."""

    label: str
    path: str
    level: int
    family: str
    heading: str | None
    line: int
    text: str
    children: list[Section] = field(default_factory=list)


@dataclass(slots=True)
class Footnote:
    """A footnote: its mark, its text, its line, and the lines where the body refers to it."""

    mark: str
    body: str
    line: int
    refs: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Citation:
    """A reference to another document (its type, number, date and issuer) found in the text."""

    type: str | None
    number: str
    date: str | None
    issuer: str | None
    line: int
    mention: str  # "full" (type word + number) | "short" (number alone, or a later repeat)
    text: str
    type_mismatch: bool = False


@dataclass(slots=True)
class Recurrence:
    """How a recurring deadline repeats: its frequency and the day, month or time it falls on."""

    # "daily" | "weekly" | "monthly" | "quarterly" (month = month of the quarter, 1-3) | "yearly" | "periodic"
    freq: str
    weekday: int | None = None  # 0 = Monday
    monthday: int | None = None
    month: int | None = None
    time: str | None = None  # "HH:MM"
    interval_months: int | None = None
    dates: list[str] | None = None  # yearly on several days: ["02-03", "05-19"] (MM-DD), month/monthday the first
    # (the two fields below are written only when set, so a record without them reads as before)
    # monthly on several days ("ngày 10 và 25 hằng tháng"): [10, 25], monthday the first
    monthdays: list[int] | None = field(default=None, metadata={"omit_none": True})
    # the week of the month of a monthly weekday (1-4, -1 the last): "thứ Hai tuần đầu tiên hằng tháng"
    week: int | None = field(default=None, metadata={"omit_none": True})


@dataclass(slots=True)
class Relative:
    """A deadline counted from an event ("within 10 days of signing"): the amount, the unit and the event."""

    amount: int
    unit: str  # "day" | "working_day" | "month" | "week" | "hour"
    anchor: str  # "signing" | "issue" | "receipt" | "effective" | other words
    resolved: bool


_FOLD_D = {ord("đ"): "d", ord("Đ"): "d"}


def fold(text: str) -> str:
    """Lower-case, accent-free form with single blanks, used to compare unit names.

    >>> fold("Sở Tài chính ĐẮK LẮK")
    'so tai chinh dak lak'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_D))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@functools.lru_cache(maxsize=4096)
def written_unit(canonical: str, raw: str) -> str:
    """The owner as the text names it (``raw``), or the normal form where the text names it by a
    part that a shared head word completes (``các Bộ: Y tế, Xây dựng`` -> ``Bộ Y tế``).

    >>> written_unit("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"), written_unit("Bộ Y tế", "Y tế")
    ('Sở GD&ĐT', 'Bộ Y tế')
    >>> written_unit("Ban Tổ chức Huyện ủy", "Tổ chức")
    'Ban Tổ chức Huyện ủy'
    >>> written_unit("Các sở, ban, ngành", " các sở, ban, ngành tỉnh ")
    'các sở, ban, ngành tỉnh'
    """
    written = " ".join(raw.split())
    if not written:
        return canonical
    full, part = fold(canonical), fold(written)
    if len(full) > len(part) and (full.endswith(" " + part) or f" {part} " in full):
        return canonical  # (also a part the committee after the list completes: "Ban Tổ chức Huyện ủy")
    return written


@dataclass(slots=True)
class Assignee:
    """An owner of a task: a unit, a person or a group, with the role the text gives it.

    ``unit`` is the owner as written (what a clerk finds on the paper), ``canonical`` its normal
    form (aliases and abbreviations resolved: what tasks are grouped and tracked by)."""

    unit: str = field(init=False)  # as written, completed by a shared head word (written_unit)
    canonical: str  # normal form (canonical unit name, or the person's title)
    role: str  # lead | coordinate | assigned | director | supervisor | report_to
    raw: str  # as written, exactly
    kind: str = "unit"  # unit | person | group
    rule: str = ""  # the rule that chose this owner and role

    def __post_init__(self) -> None:
        self.unit = written_unit(self.canonical, self.raw)


@dataclass(slots=True)
class Deadline:
    """A time limit the text sets, with the phrase that sets it, its owners and the tasks it bounds."""

    id: str
    phrase: str
    kind: str
    qualifier: str | None
    due: str | None
    start: str | None
    recurrence: Recurrence | None
    relative: Relative | None
    section: str | None
    line: int
    task: str
    assignees: list[Assignee] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    confidence: float = 0.5
    bold: bool = False
    task_ids: list[str] = field(default_factory=list)  # the tasks this deadline is the time limit of
    rule: str = ""  # the rule that decided it is a deadline


@dataclass(slots=True)
class Task:
    """One thing to do, with its owners and deadlines ("6 rõ": who, what, by when)."""

    id: str  # "t1", "t2", ... in document order
    key: str  # stable across re-parses of the same text: a hash of the section path and the task text
    section: str | None  # section path ("III.2.b", "Phụ lục I.2.6")
    line: int  # first original line
    end_line: int  # last original line
    text: str  # what is to be done
    owners: list[Assignee] = field(default_factory=list)
    deadlines: list[str] = field(default_factory=list)  # ids of its deadlines, zero or more
    product: str | None = None  # "Sản phẩm" / "Kết quả"
    read_as: str = "sentence"  # sentence | block | table | inherited
    rule: str = ""  # the rule that made it a task


@dataclass(slots=True)
class TableCell:
    """The text of one cell of a table row, with the first line it starts on."""

    text: str
    line: int  # first original line of the cell


@dataclass(slots=True)
class TableRow:
    """One row of a table: its kind (header, group, task...), its cells and where it stands in the table."""

    kind: str  # header | group | task | continuation | other
    cells: list[TableCell]
    line: int
    label: str | None = None  # the row's number (STT) or a group's label ("I", "A")
    end_line: int | None = None  # last original line of the row
    path: str | None = None  # the row's place in the table: group labels and its own ("A.II.2.6")
    group: str | None = None  # the title of the innermost group row above it ("Nhiệm vụ giao Bộ …")


@dataclass(slots=True)
class Table:
    """A table of the document (an appendix task table, a schedule), rebuilt from its export."""

    id: str  # "tb1", ...
    export: str  # pipe | cell_lines | grid | simple | tsv | layout | paragraphs | html
    line: int
    end_line: int
    columns: list[str]  # role of each column: index | task | lead | coordinate | time | product | note | other
    header: list[str]  # the header cells as written
    rows: list[TableRow] = field(default_factory=list)
    section: str | None = None  # the appendix or section that holds it
    # original lines among the table's that are no part of it: a page's footnotes printed between
    # two pages of its rows (a pdftotext -layout copy)
    page_lines: list[int] | None = field(default=None, metadata={"omit_none": True})


@dataclass(slots=True)
class Target:
    """A horizon or goal year (``đến năm 2030``): not an obligation with a due date."""

    phrase: str
    kind: str
    due: str | None
    section: str | None
    line: int


@dataclass(slots=True)
class Decision:
    """How one time expression of the body was read: the verdict and the rule that gave it
    (``ndq57 explain``). Not part of the record."""

    line: int
    phrase: str
    kind: str
    verdict: str  # deadline | target | citation | past | event | period | mention
    rule: str
    section: str | None
    deadline: str | None = None  # the deadline's id when the verdict is "deadline"


@dataclass(slots=True)
class UnitIndexEntry:
    """One owner of the document, with its roles, and the sections and deadlines that name it."""

    unit: str
    roles: list[str]
    sections: list[str]
    deadlines: list[str]


@dataclass(slots=True)
class Document:
    """The whole record of one directive."""

    schema: str
    source: Source
    document: Header
    sections: list[Section]
    footnotes: list[Footnote]
    citations: list[Citation]
    tasks: list[Task]
    deadlines: list[Deadline]
    targets: list[Target]
    tables: list[Table]
    assignees: list[UnitIndexEntry]
    fixes: list[Fix]
    warnings: list[Warning]
    text: str = field(default="", repr=False)
    decisions: list[Decision] = field(default_factory=list, repr=False)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        out = to_dict(self)
        assert isinstance(out, dict)
        out.pop("decisions", None)
        if not include_text:
            out.pop("text", None)
        if out["source"].get("extraction") is None:
            out["source"].pop("extraction", None)  # text input: the record stays as it was
        return out


@functools.cache
def _fields_of(cls: type) -> tuple[tuple[str, bool], ...]:
    """The fields of a dataclass, in order: name, and whether a None is left out."""
    return tuple((f.name, bool(f.metadata.get("omit_none"))) for f in dataclasses.fields(cls))


def to_dict(obj: Any) -> Any:
    """Convert dataclasses (recursively) into dicts, keeping field order.

    >>> to_dict(Fix("r", "a", "b", 1, 0, 1))["replacement"]
    'b'
    """
    cls: Any = type(obj)
    if cls is str or obj is None or cls is int or cls is bool or cls is float:  # (most values: at once)
        return obj
    if hasattr(cls, "__dataclass_fields__") and not isinstance(obj, type):
        return {
            name: to_dict(value)
            for name, omit_none in _fields_of(cls)
            if (value := getattr(obj, name)) is not None or not omit_none
        }
    if isinstance(obj, list | tuple):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj
