"""The texts above and below the calendar views: the title, the publication status and the
list of conflicts (Vietnamese source strings, translated in context "CalendarHeader").
Their colours follow the palette: call again after a switch to the dark one."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.services.calendar.events import WeekSchedule
from app.text import format_date, format_datetime
from ui import tints
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
        parts.append(f"<span style='color:{tints.ink(tints.RED_INK).name()}'>" + CalendarHeader.tr(
            "⚠ %n trùng lịch hoặc vắng mặt.", "", len(errors)) + "</span>")
    if schedule.filter_label:
        parts.append(escape(schedule.filter_label) + ".")
    return " ".join(parts)


def conflicts_html(schedule: WeekSchedule) -> str:
    """The first conflicts of the week, one per line ("" when there is none)."""
    warning, error = tints.ink(tints.AMBER_INK).name(), tints.ink(tints.RED_INK).name()
    lines = [f"<span style='color:{warning if c.is_warning else error}'>⚠ {escape(c.message)}</span>"
             for c in schedule.conflicts[:MAX_CONFLICT_LINES]]
    if len(schedule.conflicts) > MAX_CONFLICT_LINES:
        lines.append(CalendarHeader.tr("… và %n cảnh báo khác (xem chú thích từng dòng).", "",
                                       len(schedule.conflicts) - MAX_CONFLICT_LINES))
    return "<br/>".join(lines)


def conflict_box_style() -> str:
    """The box under the week: a light red tint over the window colour, so it reads in either palette."""
    background, border = QColor(tints.RED_TINT), QColor(tints.RED_TINT)
    background.setAlpha(30)
    border.setAlpha(130)
    return (f"QLabel {{ background: {tints.css(background)}; border: 1px solid {tints.css(border)};"
            " padding: 4px; }")


def programme_due_html(due: list, monday: date) -> str:
    """The Ban Thường vụ's monthly programme when its announcement day falls in this week
    (004 Điều 11.1), as a due item after the week's status; *due* from
    ``app.services.meetings.programme.due_status``."""
    items = [d for d in due if monday <= d.due <= monday + timedelta(days=6)]
    return "".join(f" <b>{escape(d.text)}</b>" for d in items)
