"""PySide6 user interface: main window, one sub-package per pane, dialogs, workers."""

import sys

if sys.version_info < (3, 12):  # pragma: no branch
    import ctypes

    # PySide6 6.12.0 on Python 3.11 returns None from every void method (setPen, setEnabled, …)
    # without taking a reference to it, so each call lowers None's reference count by one; a
    # few thousand calls later (one repaint of the org chart makes hundreds) the interpreter
    # aborts with "Fatal Python error: none_dealloc". Python 3.12 made None immortal (PEP 683)
    # and PySide6 now relies on it; give 3.11 the same: a reference count that cannot run out.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
