"""Language data shipped with the package (``ndq57/data/*.yaml``), loaded once per process, lazily."""

from __future__ import annotations

import functools
import pkgutil  # (importlib.resources and what it imports would take longer than the loading)
from typing import Any

import yaml


@functools.cache
def load(name: str) -> Any:
    """Load ``ndq57/data/<name>.yaml`` (cached: the first call per process reads the file).

    >>> isinstance(load("doctypes"), dict)
    True
    """
    data = pkgutil.get_data(__package__, f"{name}.yaml")
    if data is None:  # a loader that cannot read package data
        raise FileNotFoundError(f"{__package__}/{name}.yaml")
    # the C loader (libyaml) when PyYAML was built with it: several times faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data.decode("utf-8"), Loader=loader)  # a safe loader: plain data only
