"""A human table of deadline rows (rich, imported lazily): sorted by due date, recurring last."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from ndq57.export.rows import recurrence_text, sort_key

TASK_CHARS = 80


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _due(row: Mapping[str, Any]) -> str:
    if row.get("due"):
        return str(row["due"]).replace("T", " ")
    if row.get("recurrence"):
        text = recurrence_text(row["recurrence"])
        return f"{text} (next {row['next_due'].replace('T', ' ')})" if row.get("next_due") else text
    rel = row.get("relative")
    if rel:
        return f"+{rel.get('amount')} {rel.get('unit')} from {rel.get('anchor')}"
    return "?"


def render(items: Iterable[Mapping[str, Any]], stream: TextIO, *, width: int | None = None) -> None:
    """Print a table with columns due, kind, unit(s), task, document number and section."""
    from rich.console import Console
    from rich.table import Table

    rows = sorted(items, key=sort_key)
    is_tty = bool(getattr(stream, "isatty", lambda: False)())
    console = Console(
        file=stream,
        width=width or (None if is_tty else 160),
        no_color=bool(os.environ.get("NO_COLOR")) or not is_tty,
        highlight=False,
        emoji=False,
        markup=False,
    )
    table = Table(show_lines=False, header_style="bold")
    table.add_column("due", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("unit(s)", overflow="fold", max_width=40)
    table.add_column("task", overflow="fold", max_width=60)
    table.add_column("document", overflow="fold", max_width=28)
    table.add_column("section", overflow="fold", max_width=16)
    for row in rows:
        table.add_row(
            _due(row),
            str(row.get("kind") or ""),
            str(row.get("units") or ""),
            _truncate(str(row.get("task") or row.get("phrase") or ""), TASK_CHARS),
            str(row.get("number") or row.get("path") or ""),
            str(row.get("section") or ""),
        )
    if rows:
        console.print(table)
    else:
        console.print("no deadlines found")
