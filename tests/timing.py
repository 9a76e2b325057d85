"""CPU time of a call, for the growth-ratio tests (never absolute-speed tests: speed is measured by
benchmarks/bench.py). Process CPU time with the garbage collector paused, best of a few runs, so
that other processes on a busy machine and collections of the test session's own heap do not
decide the ratio."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_cpu_time(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
    finally:
        if was_enabled:
            gc.enable()
    return best
