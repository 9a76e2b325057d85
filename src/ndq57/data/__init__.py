"""Language data shipped with the package (``ndq57/data/*.yaml``), loaded once per process, lazily.

A file read from YAML is also kept in the cache folder (:mod:`ndq57.cache`) under the hash of
its bytes, so that the next process reads it without the YAML parser (nor its import).
"""

from __future__ import annotations

import functools
import hashlib
import pkgutil  # (importlib.resources and what it imports would take longer than the loading)
import sys
from typing import Any

from ndq57 import __version__, cache


@functools.cache
def load(name: str) -> Any:
    """Load ``ndq57/data/<name>.yaml`` (cached: the first call per process reads the file).

    >>> isinstance(load("doctypes"), dict)
    True
    """
    data = pkgutil.get_data(__package__, f"{name}.yaml")
    if data is None:  # a loader that cannot read package data
        raise FileNotFoundError(f"{__package__}/{name}.yaml")
    key = hashlib.sha256(b"%s|%s|%s" % (data, __version__.encode(), sys.version.encode())).hexdigest()[:16]
    stored = f"data-{name}-{key}.marshal"
    got = cache.read(stored)
    if isinstance(got, tuple) and len(got) == 1:
        return got[0]
    value = _parse_yaml(data)
    cache.write(stored, (value,))  # plain data only: a file with dates, say, is not stored
    return value


@functools.cache
def pattern(name: str, section: str, key: str, flags: int = 0, *, engine: str = "regex") -> Any:
    """The pattern ``key`` of the mapping ``section`` of ``ndq57/data/<name>.yaml``, compiled once
    per process with the ``regex`` engine (``engine="re"``: the standard library's), through the
    project's compiled-pattern cache.

    >>> pattern("doctypes", "layout", "number_cell").match("Số: 12/KH-UBND") is not None
    True
    """
    if engine == "re":
        from ndq57 import cached_re as engine_module
    else:
        from ndq57 import cached_regex as engine_module  # type: ignore[no-redef]
    return engine_module.compile(str(load(name)[section][key]), flags)


def _parse_yaml(data: bytes) -> Any:
    import yaml  # imported only when a file is not in the cache

    # the C loader (libyaml) when PyYAML was built with it: several times faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data.decode("utf-8"), Loader=loader)  # a safe loader: plain data only
