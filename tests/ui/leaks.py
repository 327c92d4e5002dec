"""What a UI test must not leave behind (STYLE.md §6, as napari's ``_dangling_*`` fixtures).

A UI test that leaves a thread running, a task in a thread pool or a window open makes the
tests after it flaky: the thread or the task delivers into a later test, the window takes
its events. :func:`snapshot` records what runs before a test and :func:`leftovers` names
what the test added and did not end, after letting the test's own cleanup finish (pending
events, ``deleteLater``, garbage collection, a short wait for threads that are stopping).
The autouse fixture ``nothing_left_behind`` in tests/ui/conftest.py fails the test with
that list.
"""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

# Qt's own shared top-level helpers: one instance kept for the whole application, created by
# the first tooltip, not by the test
QT_SHARED_WINDOWS = frozenset({"QTipLabel"})


@dataclass(frozen=True)
class Snapshot:
    """The threads, QThreads and top-level widgets alive at one moment."""

    threads: frozenset[int]
    qthreads: frozenset[int]
    windows: frozenset[int]


def _address(widget: QWidget) -> int:
    return Shiboken.getCppPointer(widget)[0]


def _running_qthreads() -> dict[int, QThread]:
    return {id(obj): obj for obj in gc.get_objects()
            if isinstance(obj, QThread) and Shiboken.isValid(obj) and obj.isRunning()}


def _windows() -> dict[int, QWidget]:
    return {_address(w): w for w in QApplication.topLevelWidgets()
            if type(w).__name__ not in QT_SHARED_WINDOWS and w.metaObject().className() not in QT_SHARED_WINDOWS}


def snapshot() -> Snapshot:
    """What runs now (before a test)."""
    return Snapshot(frozenset(t.ident or 0 for t in threading.enumerate()),
                    frozenset(_running_qthreads()), frozenset(_windows()))


def _settle() -> None:
    """Let the test's cleanup finish: events, deferred deletes, unreferenced objects."""
    for _ in range(2):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def leftovers(before: Snapshot, *, wait: float = 1.0) -> list[str]:
    """What was started or opened since *before* and still runs or shows, after the cleanup;
    threads and pool tasks get *wait* seconds to end."""
    _settle()
    found: list[str] = []
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(int(wait * 1000)):
        found.append(f"{pool.activeThreadCount()} task(s) still running in the global QThreadPool")
    deadline = time.monotonic() + wait
    new_threads = [t for t in threading.enumerate() if t.ident not in before.threads]
    for thread in new_threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    found += [f"thread {t.name!r} still running" for t in new_threads if t.is_alive()]
    found += [f"QThread {type(t).__name__} still running" for key, t in _running_qthreads().items()
              if key not in before.qthreads]
    found += [f"top-level widget {type(w).__name__} {w.objectName() or w.windowTitle()!r} "
              f"({'shown' if w.isVisible() else 'hidden'}, not deleted)"
              for key, w in _windows().items() if key not in before.windows]
    return found


def close_leftovers(before: Snapshot) -> None:
    """Close and delete the windows a failed test left, so the tests after it start clean."""
    for key, widget in _windows().items():
        if key not in before.windows:
            widget.close()
            widget.deleteLater()
    _settle()
