"""Exporters: each module has ``render(items, stream, **options)``; the CLI only picks one and formats.

``items`` is either one mapping (a single document: JSON object, one YAML document) or an iterable
of mappings (documents, error records or deadline rows: a JSON array, a YAML stream, JSON Lines,
CSV, iCalendar or a table). Iterables are consumed lazily, except by the table, which sorts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ndq57.export import csv, ics, json, jsonl, table, yaml


@dataclass(frozen=True, slots=True)
class Exporter:
    name: str
    render: Callable[..., None]
    suffix: str  # file suffix for --out-dir
    rows_only: bool  # True: deadline rows only (error records are reported on stderr, not written)


EXPORTERS: dict[str, Exporter] = {
    "yaml": Exporter("yaml", yaml.render, ".yaml", False),
    "json": Exporter("json", json.render, ".json", False),
    "jsonl": Exporter("jsonl", jsonl.render, ".jsonl", False),
    "csv": Exporter("csv", csv.render, ".csv", True),
    "ics": Exporter("ics", ics.render, ".ics", True),
    "table": Exporter("table", table.render, ".txt", True),
}

DOCUMENT_FORMATS = ("yaml", "json", "jsonl")
DEADLINE_FORMATS = ("table", "json", "jsonl", "csv", "ics", "yaml")

__all__ = ["DEADLINE_FORMATS", "DOCUMENT_FORMATS", "EXPORTERS", "Exporter"]
