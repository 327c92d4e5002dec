"""Work-arounds for defects of the Qt for Python release we pin (PySide6 6.12.0).

**None's reference count.** On Python 3.11, every call from Python to a C++ method returning
``void`` (``painter.setPen``, ``view.setColumnWidth``, ``label.setText`` …) takes one reference
from ``None`` and never gives it back: the 6.12.0 wheels return ``Py_None`` without a new
reference, which only Python ≥ 3.12 (where ``None`` is immortal, PEP 683) tolerates. A window
starts with some 50,000 references to ``None``; a Python item delegate spends hundreds of them
per repaint, and when the count reaches zero the interpreter aborts with "Fatal Python error:
none_dealloc". :func:`keep_none_alive` gives ``None`` the practically endless count that Python
3.12 gives it. ``tests/ui/test_pyside_workarounds.py`` notices when a PySide6 release no longer
needs this.
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL_SHARE = 1 << 40  # 2**40 calls: about 35 years at a million void calls a second


def keep_none_alive() -> None:
    """Make ``None`` outlive any number of leaked references (Python < 3.12 only; idempotent)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > IMMORTAL_SHARE:
        return
    # CPython 3.11: a PyObject starts with its Py_ssize_t reference count, and id() is its address.
    ctypes.c_ssize_t.from_address(id(None)).value += IMMORTAL_SHARE
