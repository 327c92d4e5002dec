"""`vanphong screenshot` shows a pane as a person sees it: after the short timers a layout
starts (a wrapped tree re-measures its rows 50 ms after its columns settle)."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QTimer

from ui import screenshot


def test_the_screenshot_waits_for_the_timers_a_layout_starts(qapp):
    fired = []
    idle = SimpleNamespace(ctx=SimpleNamespace(wait_idle=lambda: None))
    QTimer.singleShot(50, lambda: fired.append("rows re-measured"))
    screenshot._settle(idle)
    assert fired == ["rows re-measured"]
