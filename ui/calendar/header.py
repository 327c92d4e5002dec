"""The texts above and below the calendar views: the title, the publication status and the
list of conflicts (Vietnamese source strings, translated in context "CalendarHeader")."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.calendar import WeekSchedule
from app.text import format_date, format_datetime
from ui.translation import TranslationContext

MAX_CONFLICT_LINES = 5
CalendarHeader = TranslationContext("CalendarHeader")  # for the texts with a count


def view_title(tab: int, monday: date, agenda_weeks: int) -> str:
    """"Lịch công tác tuần 10 (từ … đến …)", the month, or the agenda's range."""
    if tab == 1:
        middle = monday + timedelta(days=3)
        return (QCoreApplication.translate("CalendarHeader", "Lịch công tác tháng %1/%2")
                .replace("%1", str(middle.month)).replace("%2", str(middle.year)))
    if tab == 2:
        last = monday + timedelta(weeks=agenda_weeks, days=-1)
        return (QCoreApplication.translate("CalendarHeader", "Lịch công tác từ %1 đến %2")
                .replace("%1", format_date(monday)).replace("%2", format_date(last)))
    return (QCoreApplication.translate("CalendarHeader", "Lịch công tác tuần %1 (từ %2 đến %3)")
            .replace("%1", str(monday.isocalendar()[1])).replace("%2", format_date(monday))
            .replace("%3", format_date(monday + timedelta(days=6))))


def status_html(schedule: WeekSchedule) -> str:
    """Published or not, how many amendments and conflicts, which filter."""
    parts = []
    published = schedule.published
    if published is None:
        parts.append(QCoreApplication.translate("CalendarHeader", "Chưa công bố."))
    else:
        parts.append(QCoreApplication.translate("CalendarHeader", "Đã công bố bản %1 lúc %2 (%3).")
                     .replace("%1", str(published.version)).replace("%2", format_datetime(published.published_at))
                     .replace("%3", escape(published.published_by)))
        if schedule.changes:
            parts.append(CalendarHeader.tr("Có %n điều chỉnh, bổ sung sau khi công bố.", "", len(schedule.changes)))
    errors = [c for c in schedule.conflicts if not c.is_warning]
    if errors:
        parts.append("<span style='color:#b91c1c'>" + CalendarHeader.tr(
            "⚠ %n trùng lịch hoặc vắng mặt.", "", len(errors)) + "</span>")
    if schedule.filter_label:
        parts.append(escape(schedule.filter_label) + ".")
    return " ".join(parts)


def conflicts_html(schedule: WeekSchedule) -> str:
    """The first conflicts of the week, one per line ("" when there is none)."""
    lines = [f"<span style='color:{'#92400e' if c.is_warning else '#b91c1c'}'>⚠ {escape(c.message)}</span>"
             for c in schedule.conflicts[:MAX_CONFLICT_LINES]]
    if len(schedule.conflicts) > MAX_CONFLICT_LINES:
        lines.append(CalendarHeader.tr("… và %n cảnh báo khác (xem chú thích từng dòng).", "",
                                       len(schedule.conflicts) - MAX_CONFLICT_LINES))
    return "<br/>".join(lines)
