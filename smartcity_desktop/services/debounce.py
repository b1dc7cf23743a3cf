# SPDX-License-Identifier: GPL-3.0-or-later
"""Run a callback once, some time after the last of a burst of requests, on one long-lived thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Debouncer:
    """``schedule(delay)`` (re)sets the deadline; the callback runs on this object's own thread.

    One thread serves every request: scheduling after each edit costs a lock and a notify,
    not a new thread (a threading.Timer per edit made single edits slow on busy laptops).
    """

    def __init__(self, callback: Callable[[], None], name: str = "debouncer") -> None:
        self._callback = callback
        self._cond = threading.Condition()
        self._deadline: float | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def schedule(self, delay: float) -> None:
        with self._cond:
            self._deadline = time.monotonic() + max(0.0, delay)
            self._cond.notify()

    def cancel(self) -> None:
        """Forget a pending run (a run already under way finishes)."""
        with self._cond:
            self._deadline = None

    @property
    def pending(self) -> bool:
        return self._deadline is not None

    def stop(self) -> None:
        """End the thread after any run under way; pending runs are dropped."""
        with self._cond:
            self._stopped = True
            self._deadline = None
            self._cond.notify()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=30)

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._stopped and (self._deadline is None or self._deadline > time.monotonic()):
                    timeout = None if self._deadline is None else self._deadline - time.monotonic()
                    self._cond.wait(timeout)
                if self._stopped:
                    return
                self._deadline = None
            self._callback()
