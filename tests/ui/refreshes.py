"""Counting a pane's full reloads (the change-set tests)."""

from __future__ import annotations


def count_refreshes(pane) -> list[int]:  # noqa: ANN001 - a ui.panes.Pane
    """Wrap *pane*'s refresh (reading everything again); the list grows by one per call."""
    calls: list[int] = []
    original = pane.refresh

    def counting() -> None:
        calls.append(1)
        original()

    pane.refresh = counting
    return calls
