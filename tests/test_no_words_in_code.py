"""Vietnamese words live in the package's data files (ndq57/data/*.yaml), not in Python code.

The modules listed in CLEAN have had theirs moved out: a string literal of one of them (outside
docstrings and comments) that holds a Vietnamese word fails this test. A word is a run of two to
seven letters (the length of a Vietnamese syllable) with a vowel and a letter of the Vietnamese
alphabet that English lacks (đ, ơ, ư, ă, â, ê, ô, or a tone mark) and two letters apart from their
marks; a letter alone (``[a-zđ]``, a list label), one letter with its tones ("ỳýỷỹỵ"), the contents
of a regex character class and a longer run (an alphabet) are no word. The
values of a module's ``RULE_DOCS`` (what its rules mean, for ``ndq57 explain``: English with quoted
examples) are documentation, like docstrings.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "ndq57"

# the modules cleaned of Vietnamese words (paths under src/ndq57)
CLEAN = [
    "model.py",
    "textutil.py",
    "register/serve.py",
    "readers/docx.py",
    "readers/pdf.py",
    "readers/legacy_fonts.py",
    "parse/tables.py",
    "parse/flow_tables.py",
    "extract/owners.py",
    "parse/unmarked.py",
    "extract/table_tasks.py",
    "parse/citations.py",
    "parse/sections.py",
    "parse/layout.py",
    "parse/header.py",
    "extract/units.py",
    "parse/ocr_tables.py",
]

_VI_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VI = set(_VI_LOWER + _VI_LOWER.upper())
_VOWELS = set("aeiouy" + _VI_LOWER.replace("đ", ""))
_CLASS = re.compile(r"(?<!\\)\[(?:\\.|[^\]\\])*\]")  # a regex character class
_RUN = re.compile(r"[^\W\d_]+")  # a run of letters


def vietnamese_words(text: str) -> list[str]:
    """The Vietnamese words of a string literal.

    >>> vietnamese_words(r"(?:\\d{1,2}|[a-zđ])\\)\\s+(?i:của)")
    ['của']
    >>> vietnamese_words("abcdđeghiklmnopqrstuvxy đ Đ đĐ ỳýỷỹỵ")
    []
    """
    text = _CLASS.sub(" ", text)
    return [
        w
        for w in _RUN.findall(text)
        if 2 <= len(w) <= 7
        and any(c in _VI for c in w)
        and any(c in _VOWELS for c in w.lower())
        and len({_base(c) for c in w.lower()}) > 1
    ]


def _base(letter: str) -> str:
    """A letter without its marks ("ỹ" -> "y", "đ" -> "d")."""
    return "d" if letter == "đ" else unicodedata.normalize("NFD", letter)[0]


def literals(source: str) -> list[tuple[int, str]]:
    """The string literals of a module's source with their lines, docstrings and ``RULE_DOCS`` left
    out."""
    tree = ast.parse(source)
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "RULE_DOCS" for t in node.targets):
            docs.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


@pytest.mark.parametrize("path", CLEAN)
def test_no_vietnamese_words_in_code(path: str) -> None:
    found = [
        f"{path}:{line}: {word}"
        for line, value in literals((SRC / path).read_text(encoding="utf-8"))
        for word in vietnamese_words(value)
    ]
    assert not found, "Vietnamese words in code (move them to ndq57/data/*.yaml):\n" + "\n".join(found)


def test_a_word_in_code_is_found() -> None:
    source = 'RULE_DOCS = {"r": "(\'Cả năm\')"}\n\ndef f() -> str:\n    """Trả về."""\n    return "các " + r"[a-zđ]"\n'
    assert [w for _, v in literals(source) for w in vietnamese_words(v)] == ["các"]
