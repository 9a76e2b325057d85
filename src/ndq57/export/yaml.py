"""YAML: one document for a single mapping, a ``---`` separated stream for many (PyYAML, lazily)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any, TextIO


@functools.cache
def _dumper() -> Any:
    import yaml

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    class Dumper(base):  # type: ignore[misc, valid-type]
        def ignore_aliases(self, data: Any) -> bool:  # never &id001 / *id001: shared values are written out
            return True

    return Dumper


def _dump(obj: Any, dumper: Any) -> str:
    import yaml

    text: str = yaml.dump(obj, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
    return text


def render(items: Mapping[str, Any] | Iterable[Mapping[str, Any]], stream: TextIO, *, as_list: bool = False) -> None:
    """Write YAML, keeping key order and Vietnamese letters as they are.

    A mapping is one YAML document; an iterable is a ``---`` separated stream of documents, or with
    ``as_list`` one sequence (written item by item).

    >>> import io
    >>> out = io.StringIO(); render({"b": "Hà Nội", "a": 1}, out); print(out.getvalue(), end="")
    b: Hà Nội
    a: 1
    >>> out = io.StringIO(); render(iter([{"a": 1}, {"a": 2}]), out); print(out.getvalue(), end="")
    ---
    a: 1
    ---
    a: 2
    >>> out = io.StringIO(); render(iter([{"a": 1}, {"a": 2}]), out, as_list=True); print(out.getvalue(), end="")
    - a: 1
    - a: 2
    """
    dumper = _dumper()
    if isinstance(items, Mapping):
        stream.write(_dump(dict(items), dumper))
        return
    empty = True
    for item in items:
        empty = False
        if as_list:
            stream.write(_dump([dict(item)], dumper))
        else:
            stream.write("---\n")
            stream.write(_dump(dict(item), dumper))
    if empty and as_list:
        stream.write("[]\n")
