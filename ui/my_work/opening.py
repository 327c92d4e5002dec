"""Opening what a "Việc của tôi" row is about in its own pane: the meeting's checklist, the
leave request to approve or whose application is owed, the week to publish, the duty roster."""

from __future__ import annotations

from typing import Any

from app.services.my_work.read import WorkItem, WorkKind


def open_item(window: Any, item: WorkItem) -> bool:
    """Show *item* in *window* (the main window: ``show_pane(key)``); False if it is gone."""
    if item.kind is WorkKind.CHECKLIST:
        pane = window.show_pane("meetings")
        if not pane.select_meeting(item.target_id):
            return False
        pane.tabs.setCurrentWidget(pane.checklist)
        return True
    if item.kind is WorkKind.APPROVAL:
        pane = window.show_pane("leave")
        pane.show_tab(pane.approvals)
        pane.approvals.refresh()
        return pane.approvals.select(item.target_id)
    if item.kind in (WorkKind.APPLICATION, WorkKind.CHASE):
        return window.show_pane("leave").show_request(item.target_id, item.day)
    if item.kind is WorkKind.SCHEDULE:
        pane = window.show_pane("calendar")
        pane.tabs.setCurrentIndex(0)  # the week
        pane.show_week(item.day)
        return True
    pane = window.show_pane("leave")  # a duty roster
    pane.show_tab(pane.rosters)
    if item.target_id is None:
        return True
    index = pane.rosters.rosters.findData(item.target_id)
    if index >= 0:
        pane.rosters.rosters.setCurrentIndex(index)
    return index >= 0
