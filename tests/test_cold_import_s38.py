"""Cold import: the docstring signatures of dataclasses written without ``inspect.signature``
(:meth:`ndq57.cache.Code.signature_text`), and the DOCX numbering machinery left out of a
plain-text parse. No timing here: each saving is checked by what it gives or leaves out."""

from __future__ import annotations

import abc
import dataclasses
import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

import ndq57
from ndq57 import cache

SRC = Path(__file__).resolve().parents[1] / "src"


def _ndq57_dataclasses() -> list[type]:
    found: list[type] = []
    for info in pkgutil.walk_packages(ndq57.__path__, "ndq57."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # (an optional dependency missing)
            continue
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == info.name:
                found.append(value)
    return found


def test_signature_text_is_inspects_for_every_dataclass_of_ndq57() -> None:
    classes = _ndq57_dataclasses()
    assert len(classes) > 80
    for cls in classes:
        assert cache.Code.signature_text(cls) == str(inspect.signature(cls)), cls.__qualname__


class _Meta(abc.ABCMeta):
    pass


def _classes() -> list[type]:
    """Stand-ins for the forms a dataclass takes (defined afresh at each call: a class is made
    into a dataclass once)."""

    class Plain:
        what: str
        when: str | None = None
        owners: list[str] = dataclasses.field(default_factory=list)
        share: float = 0.5

    class KeywordOnly:
        what: str
        _: dataclasses.KW_ONLY
        rule: str = ""
        line: int

    class SelfNamed:
        self: str
        other: int = 3

    class Hidden:
        shown: str
        kept: str = dataclasses.field(init=False, default="x")
        order: ClassVar[int] = 1

    class Typed:  # (annotations that are no strings: made by inspect)
        pass

    Typed.__annotations__ = {"count": int, "name": str}

    class Abstract(metaclass=_Meta):
        what: str = "x"

    class Empty:
        pass

    return [Plain, KeywordOnly, SelfNamed, Hidden, Typed, Abstract, Empty]


@pytest.mark.parametrize("index", range(len(_classes())))
def test_docstrings_are_the_ones_dataclasses_writes(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    plain = dataclasses.dataclass(_classes()[index])
    with cache.Code().generated():
        assert not isinstance(vars(dataclasses)["inspect"], type(inspect))  # (the stand-in)
        kept = dataclasses.dataclass(_classes()[index])
        kept_slots = dataclasses.dataclass(slots=True, frozen=True)(_classes()[index])
    assert vars(dataclasses)["inspect"] is inspect  # (the module is as it was after the block)
    assert kept.__doc__ == plain.__doc__ == kept_slots.__doc__
    assert kept.__doc__ == plain.__name__ + str(inspect.signature(plain)).replace(" -> None", "")
    text = cache.Code.signature_text(kept)
    assert text is None or text == str(inspect.signature(kept))


def test_signature_text_leaves_the_unusual_to_inspect() -> None:
    Plain, KeywordOnly, _, _, Typed, Abstract, Empty = (dataclasses.dataclass(c) for c in _classes())
    assert cache.Code.signature_text(Plain) == (
        "(what: 'str', when: 'str | None' = None, owners: 'list[str]' = <factory>, share: 'float' = 0.5) -> None"
    )
    assert cache.Code.signature_text(KeywordOnly) == "(what: 'str', *, rule: 'str' = '', line: 'int') -> None"
    assert cache.Code.signature_text(Typed) is None  # (not strings)
    assert cache.Code.signature_text(Abstract) is None  # (another metaclass)
    assert cache.Code.signature_text(Empty) == "() -> None"

    class Own:
        def __init__(self, *args: str) -> None:
            pass

    assert cache.Code.signature_text(Own) is None  # (*args)
    assert cache.Code.signature_text(dataclasses.dataclass(init=False)(Own)) is None


def test_plain_text_parse_leaves_the_docx_numbering_out(tmp_path: Path) -> None:
    """A plain-text parse numbers sections with ``to_roman`` alone; the DOCX numbering definitions
    are read (and their module imported) with the DOCX reader; their names stay where they were.
    ``parse FILE`` searches no folder: no ``fnmatch``."""
    f = tmp_path / "plan.txt"
    f.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n\nSố: 12/KH-UBND\n\nHòa Bình, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
        "Rà soát nhà tạm\n\nI. NHIỆM VỤ\n\n1. Giao Sở Xây dựng chủ trì, báo cáo UBND tỉnh trước ngày 30/6/2026.\n",
        encoding="utf-8",
    )
    script = (
        "import sys\nfrom ndq57.cli import main\ntry:\n    main(['parse', sys.argv[1], '-f', 'json'])\n"
        "except SystemExit as e:\n    assert e.code == 0, e.code\nprint('\\x00' + ' '.join(sorted(sys.modules)))"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run([sys.executable, "-c", script, str(f)], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out, _, listed = proc.stdout.rpartition("\x00")
    mods = listed.split()
    assert [d["due"] for d in json.loads(out)["deadlines"]] == ["2026-06-30"]
    assert "ndq57.readers.numbering" in mods and "ndq57.readers.word_numbering" not in mods
    assert "fnmatch" not in mods

    from ndq57.readers import numbering, word_numbering

    assert numbering.Numbering is word_numbering.Numbering and numbering.Level is word_numbering.Level
    assert numbering.format_number(4, "upperRoman") == numbering.to_roman(4) == "IV"
    with pytest.raises(AttributeError):
        numbering.no_such_name  # noqa: B018
