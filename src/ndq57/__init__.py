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

import sys
from typing import TYPE_CHECKING, Any

# The stage subpackage `ndq57.parse` (its __init__ is empty) is imported first, so that the
# function of the same name defined below is the attribute that stays: Python sets a package's
# attribute for a subpackage only when that subpackage is first imported.
import ndq57.parse  # noqa: F401  (see above)

if TYPE_CHECKING:
    from ndq57.model import Document
    from ndq57.options import Options


def parse(text: str, *, source: str | None = None, options: Options | None = None) -> Document:
    """Parse the text of one directive (see :func:`ndq57.pipeline.parse`)."""
    _load_pipeline()
    from ndq57 import pipeline

    return pipeline.parse(text, source=source, options=options or pipeline.DEFAULT_OPTIONS)


def parse_bytes(data: bytes, *, source: str | None = None, options: Options | None = None) -> Document:
    """Decode raw bytes and parse them (see :func:`ndq57.pipeline.parse_bytes`)."""
    _load_pipeline()
    from ndq57 import pipeline

    return pipeline.parse_bytes(data, source=source, options=options or pipeline.DEFAULT_OPTIONS)


def _load_pipeline() -> None:
    """Import :mod:`ndq57.pipeline` at first use (`ndq57 --version` need not load it), the
    methods of its dataclasses compiled once and kept between processes (see
    :class:`ndq57.cache.Code`)."""
    if "ndq57.pipeline" not in sys.modules:
        from ndq57.cache import CODE, paused_gc

        with CODE.generated(), paused_gc():
            import ndq57.pipeline  # noqa: F401


def __getattr__(name: str) -> Any:
    if name == "Options":
        from ndq57.options import Options

        return Options
    if name == "Document":
        from ndq57.model import Document

        return Document
    raise AttributeError(name)
