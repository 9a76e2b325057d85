"""Exporters: each module has ``render(items, stream, **options)``; the CLI only picks one and formats.

``items`` is either one mapping (a single document: JSON object, one YAML document) or an iterable
of mappings (documents, error records or rows: a JSON array, a YAML stream, JSON Lines, CSV,
XLSX, iCalendar or a table). Iterables are consumed lazily, except by the table, which sorts.
The formats for people (table, csv, xlsx, ics) take ``lang`` (``vi`` or ``en``) and ``spec`` (the
row type, :class:`ndq57.export.rows.RowSpec`); ``xlsx`` writes to a binary stream.

The exporter modules are imported on first use (``ndq57 parse -f json`` need not load PyYAML or
rich), so importing this package is cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, NamedTuple


class Exporter(NamedTuple):
    name: str
    render: Callable[..., None]
    suffix: str  # file suffix for --out-dir
    rows_only: bool  # True: rows only (error records are reported on stderr, not written)
    binary: bool = False  # True: render writes bytes (xlsx)
    people: bool = False  # True: words for people, in the language of --lang


def _lazy(module: str) -> Callable[..., None]:
    """``render`` of ``ndq57.export.<module>``, imported at the first call."""

    def render(*args: Any, **kwargs: Any) -> None:
        real: Callable[..., None] = importlib.import_module(f"ndq57.export.{module}").render
        real(*args, **kwargs)

    render.__name__ = render.__qualname__ = f"{module}.render"
    return render


EXPORTERS: dict[str, Exporter] = {
    "yaml": Exporter("yaml", _lazy("yaml"), ".yaml", False),
    "json": Exporter("json", _lazy("json"), ".json", False),
    "jsonl": Exporter("jsonl", _lazy("jsonl"), ".jsonl", False),
    "csv": Exporter("csv", _lazy("csv"), ".csv", True, people=True),
    "xlsx": Exporter("xlsx", _lazy("xlsx"), ".xlsx", True, binary=True, people=True),
    "ics": Exporter("ics", _lazy("ics"), ".ics", True, people=True),
    "table": Exporter("table", _lazy("table"), ".txt", True, people=True),
}

DOCUMENT_FORMATS = ("yaml", "json", "jsonl")
DEADLINE_FORMATS = ("table", "json", "jsonl", "csv", "xlsx", "ics", "yaml")

__all__ = ["DEADLINE_FORMATS", "DOCUMENT_FORMATS", "EXPORTERS", "Exporter"]
