"""The window's one database thread (STYLE.md §4, as Anki serialises collection access).

Every database call of the window runs on one single-thread executor. A job's result comes
back by a signal to a QObject owned by the main thread, which calls the job's callback there;
a newer job with the same *key* supersedes the older one (cancelled if not started, its
result dropped otherwise). Workers never touch widgets.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

T = TypeVar("T")


@dataclass(eq=False)
class Job:
    """One piece of database work; :meth:`cancel` drops its result."""

    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    key: str | None
    cancelled: bool = False
    future: Future | None = field(default=None, repr=False)

    def cancel(self) -> None:
        """Drop the result; a job not started yet returns at once when its turn comes."""
        self.cancelled = True


class DatabaseThread(QObject):
    """Runs callables one at a time on its own thread; see the module docstring."""

    # CPU seconds that callers of run() waited for, all instances together: the UI thread's
    # stall while it waits is this work (tests/ui/watchdog.py adds it to the thread's own time)
    waited_cpu: float = 0.0

    _finished = Signal(object)  # (job, ok, value), emitted on the worker, delivered on the owner's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefix = f"vanphong-db-{id(self):x}"
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._prefix)
        self._latest: dict[str, Job] = {}
        self._pending = 0
        self._finished.connect(self._deliver)
        # the thread ends with its owner (the window's context): a closed window leaves none running
        executor = self._executor
        self.destroyed.connect(lambda _obj=None: executor.shutdown(wait=False, cancel_futures=True))

    def submit(self, fn: Callable[[], T], on_done: Callable[[T], None], *,
               on_error: Callable[[BaseException], None] | None = None, key: str | None = None) -> Job:
        """Run *fn* on the database thread; *on_done(result)* (or *on_error(exc)*) on this one."""
        job = Job(on_done, on_error, key)
        if key is not None:
            older = self._latest.get(key)
            if older is not None:
                older.cancel()
            self._latest[key] = job
        self._pending += 1
        job.future = self._executor.submit(self._run, job, fn)
        return job

    def latest(self, key: str) -> Job | None:
        """The job last submitted with *key*, if its result is not delivered yet."""
        return self._latest.get(key)

    def run(self, fn: Callable[[], T]) -> T:
        """Run *fn* on the database thread and wait for its result (for short writes and reads
        whose result the caller needs at once). On the database thread itself, it just runs."""
        if threading.current_thread().name.startswith(self._prefix):
            return fn()
        return self._executor.submit(self._timed, fn).result()

    @classmethod
    def _timed(cls, fn: Callable[[], T]) -> T:
        started = time.thread_time()
        try:
            return fn()
        finally:
            cls.waited_cpu += time.thread_time() - started

    def _run(self, job: Job, fn: Callable[[], Any]) -> None:
        if job.cancelled:
            self._finished.emit((job, True, None))
            return
        try:
            value, ok = fn(), True
        except Exception as exc:  # noqa: BLE001 - handed to the main thread as it is
            value, ok = exc, False
        self._finished.emit((job, ok, value))

    def _deliver(self, payload: tuple[Job, bool, Any]) -> None:
        job, ok, value = payload
        self._pending -= 1
        if job.key is not None and self._latest.get(job.key) is job:
            del self._latest[job.key]
        if job.cancelled:
            return
        if ok:
            job.on_done(value)
        elif job.on_error is not None:
            job.on_error(value)
        else:
            raise value

    def pending(self) -> int:
        """Jobs submitted whose result has not been delivered yet (cancelled ones included)."""
        return self._pending

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Process events until every submitted job is delivered (tests, benchmarks, closing)."""
        deadline = time.monotonic() + timeout
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._pending:
                time.sleep(0.001)

    def shutdown(self) -> None:
        """Cancel what has not started, wait for what runs."""
        for job in list(self._latest.values()):
            job.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)
