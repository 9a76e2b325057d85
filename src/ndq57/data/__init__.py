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
    # the C loader (libyaml) when PyYAML was built with it: several times faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader: plain data only
