"""ndq57: a faithful, machine-readable record of a Vietnamese administrative directive.

    >>> import ndq57
    >>> doc = ndq57.parse("1. Giao Sở Tài chính báo cáo trước ngày 15/3/2026.")
    >>> doc.deadlines[0].due
    '2026-03-15'

The public API is :func:`parse` (text), :func:`parse_bytes` (raw bytes, with encoding
detection) and the dataclasses in :mod:`ndq57.model`.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Document", "Options", "__version__", "parse", "parse_bytes"]

# Bound eagerly: the stage subpackage `ndq57.parse` would otherwise shadow the function of
# the same name as soon as any stage module is imported. The pipeline module itself only
# imports other modules; patterns and data files are compiled and loaded at first use.
from ndq57.model import Document
from ndq57.pipeline import Options, parse, parse_bytes
