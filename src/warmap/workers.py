"""Worker processes that die with their parent.

``warmap ingest --jobs N`` analyses articles in N processes of ~300-450 MB each. If the
parent is killed outright (``kill -9``, the out-of-memory killer), nothing tells a
process pool's workers to stop, and they would stay for good. Each worker therefore asks
Linux to send it SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and, where
that is not available or the parent died before it was set, a watchdog thread checks
once a second that the parent is still the one it started with.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

__all__ = ["die_with_parent"]

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int, *, every: float = 1.0) -> None:
    """Make this process end when process ``parent`` (its parent) ends.

    Meant as a process pool's ``initializer`` (``initargs=(os.getpid(),)``).
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the watchdog does it
            pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch, args=(parent, every), name="warmap-parent-watchdog", daemon=True).start()


def _watch(parent: int, every: float) -> None:
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)
