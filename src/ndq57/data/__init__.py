"""Language data shipped with the package (``ndq57/data/*.yaml``), loaded once per process, lazily."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.cache
def load(name: str) -> Any:
    """Load ``ndq57/data/<name>.yaml`` (cached: the first call per process reads the file).

    >>> isinstance(load("doctypes"), dict)
    True
    """
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
