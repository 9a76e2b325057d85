"""Preloaded by the forkserver that starts the batch workers (:func:`ndq57.batch._mp_context`).

The workers must never see Ctrl-C (the parent handles it once and ends the pool): the signal's
disposition is set here, in the forkserver, before it forks them, so a worker interrupted while
it starts (before ``_init_worker`` runs) does not print a traceback either.
"""

from __future__ import annotations

import signal

import ndq57.pipeline  # noqa: F401  (what every worker needs, loaded once in the forkserver)

signal.signal(signal.SIGINT, signal.SIG_IGN)
