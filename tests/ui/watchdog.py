"""A watchdog on the UI thread: how long each event handler keeps it busy.

The application of the UI tests (tests/ui/conftest.py) delivers every event through
:meth:`WatchedApplication.notify`; while a :class:`Watchdog` is armed, each outermost delivery
is timed in CPU time — the UI thread's own (``time.thread_time``) plus the database work it
waited for (``DatabaseThread.waited_cpu``) — not in wall time, which on a loaded machine counts
the time other processes had the processors.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from ui.db_thread import DatabaseThread


@dataclass
class Stall:
    seconds: float
    event: str
    receiver: str


@dataclass
class Watchdog:
    """Records every event handler busier than *limit* seconds of CPU."""

    limit: float = 0.1
    stalls: list[Stall] = field(default_factory=list)
    handled: int = 0
    worst: float = 0.0

    def record(self, seconds: float, kind: QEvent.Type, receiver: QObject) -> None:
        self.handled += 1
        self.worst = max(self.worst, seconds)
        if seconds > self.limit:
            try:
                name = f"{type(receiver).__name__} {receiver.objectName()!r}"
            except RuntimeError:  # the handler deleted it
                name = "(deleted)"
            self.stalls.append(Stall(seconds, kind.name, name))

    def report(self) -> str:
        return "; ".join(f"{s.receiver} {s.event}: {s.seconds * 1000:.0f} ms" for s in self.stalls)


class WatchedApplication(QApplication):
    """QApplication whose event deliveries an armed :class:`Watchdog` times."""

    watchdog: Watchdog | None = None
    _depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        watchdog = WatchedApplication.watchdog
        if watchdog is None or WatchedApplication._depth:
            return super().notify(receiver, event)
        kind = event.type()  # read before delivery: a handler may delete the event
        WatchedApplication._depth += 1
        started = time.thread_time() + DatabaseThread.waited_cpu
        try:
            return super().notify(receiver, event)
        finally:
            WatchedApplication._depth -= 1
            busy = time.thread_time() + DatabaseThread.waited_cpu - started
            watchdog.record(busy, kind, receiver)
