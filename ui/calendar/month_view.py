"""How a day of the month view is drawn: the date on top (today in an accent pill, a holiday's
name beside it), then one line per entry — time in bold, title cut to the cell's width, conflicts
in red with ⚠ — and "… và N mục khác" when the cell has no room for the rest. The full list is
in the tooltip and in the week (double-click)."""

from __future__ import annotations

from PySide6.QtCore import (
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.calendar.views import MonthDay, WeekEntry
from db.models.base import today_local
from ui import tints
from ui.calendar.models import MONTH_DAY_ROLE
from ui.terms import term
from ui.translation import TranslationContext

Index = QModelIndex | QPersistentModelIndex
MARGINS = QMargins(5, 3, 5, 3)
ENTRY_GAP = 2  # px between two entries
HANGING_INDENT = 10  # px: an entry's second line starts a little right of its time
CalendarModels = TranslationContext("CalendarModels")  # for the texts with a count


def more_text(count: int) -> str:
    return CalendarModels.tr("… và %n mục khác", "", count)


def lines_that_fit(entries: int, room: int) -> tuple[int, int]:
    """(entries shown, entries left for the "… và N mục khác" line) in *room* lines."""
    if entries <= room:
        return entries, 0
    shown = max(0, room - 1)
    return shown, entries - shown


class MonthDelegate(QStyledItemDelegate):
    """Paints a MonthDay (from MONTH_DAY_ROLE); other cells are painted as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        day: MonthDay | None = index.data(MONTH_DAY_ROLE)
        if day is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)

        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if not day.in_month and not selected:
            plain = tints.muted_text(palette)
        area = option.rect.marginsRemoved(MARGINS)
        painter.save()
        try:
            painter.setClipRect(option.rect)
            top = self._paint_date(painter, area, day, plain, palette, option.font)
            self._paint_entries(painter, QRect(area.left(), top, area.width(), area.bottom() - top + 1),
                                day, plain, selected, palette, option.font)
        finally:
            painter.restore()

    def _paint_date(self, painter: QPainter, area: QRect, day: MonthDay, colour: QColor, palette: QPalette,
                    font: QFont) -> int:
        """The day number (and a holiday's name); returns where the entries start."""
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        number = f"{day.day.day:02d}"
        width = metrics.horizontalAdvance(number) + 8
        pill = QRect(area.left(), area.top(), width, metrics.height())
        painter.setFont(bold)
        if day.day == today_local():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(pill, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(colour)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), number)
        if day.day_name:
            italic = QFont(font)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(colour)
            name_rect = QRect(pill.right() + 6, area.top(), area.right() - pill.right() - 6, metrics.height())
            name = QFontMetrics(italic).elidedText(day.day_name, Qt.TextElideMode.ElideRight, name_rect.width())
            painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        return pill.bottom() + 1 + 2

    def _paint_entries(self, painter: QPainter, area: QRect, day: MonthDay, plain: QColor, selected: bool,
                       palette: QPalette, font: QFont) -> None:
        entries = [e for e in day.entries if not e.cancelled]
        metrics = QFontMetrics(font)
        layouts = [entry_layout(e, font, area.width()) for e in entries]
        given = share_lines([layout.lineCount() for layout in layouts],
                            max(0, (area.height() - len(entries) * ENTRY_GAP) // metrics.lineSpacing()))
        gap, left = ENTRY_GAP, 0
        if given is None:  # not a line each: one line per entry, close together, and "… và N mục khác"
            shown, left = lines_that_fit(len(entries), max(0, area.height() // metrics.lineSpacing()))
            given, gap = [1] * shown, 0
        y = area.top()
        for entry, layout, lines in zip(entries, layouts, given, strict=False):
            painter.setPen(plain if selected else entry_ink(entry, plain, palette))
            draw_lines(painter, layout, lines, QPointF(area.left(), y), area.width(), metrics)
            y += lines * metrics.lineSpacing() + gap
        if left:
            painter.setFont(font)
            painter.setPen(plain if selected else tints.muted_text(palette))
            painter.drawText(QRect(area.left(), y, area.width(), metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(more_text(left), Qt.TextElideMode.ElideRight, area.width()))


def entry_layout(entry: WeekEntry, font: QFont, width: int) -> QTextLayout:
    """"⚠ 8h00 Title" wrapped to *width*: the time in bold, later lines indented a little."""
    time = ("⚠ " if entry.conflicts else "") + term(entry.time_label)
    layout = QTextLayout(f"{time} {entry.title}", font)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    time_range = QTextLayout.FormatRange()
    time_range.start, time_range.length, time_range.format = 0, len(time), bold
    layout.setFormats([time_range])
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        indent = 0 if line.lineNumber() == 0 else HANGING_INDENT
        line.setLineWidth(max(1, width - indent))
        line.setPosition(QPointF(indent, y))
        y += line.height()
    layout.endLayout()
    return layout


def draw_lines(painter: QPainter, layout: QTextLayout, lines: int, origin: QPointF, width: int,
               metrics: QFontMetrics) -> None:
    """The first *lines* lines of *layout*; the last one cut with "…" when text is left over."""
    lines = min(lines, layout.lineCount())
    cut = lines < layout.lineCount()
    for number in range(lines - 1 if cut else lines):
        layout.lineAt(number).draw(painter, origin)
    if not cut or lines == 0:
        return
    last = layout.lineAt(lines - 1)
    text = layout.text()
    bold_end = layout.formats()[0].length if layout.formats() else 0
    x, y = origin.x() + last.x(), origin.y() + last.y()
    left = width - int(last.x())
    start = last.textStart()
    if start < bold_end:  # the time is on this line: draw it bold, then the title cut to the rest
        bold = QFont(layout.font())
        bold.setBold(True)
        time = text[start:bold_end] + " "
        painter.setFont(bold)
        painter.drawText(QPointF(x, y + metrics.ascent()), time)
        x += QFontMetrics(bold).horizontalAdvance(time)
        left -= QFontMetrics(bold).horizontalAdvance(time)
        start = bold_end + 1
    painter.setFont(layout.font())
    if left > 0:
        painter.drawText(QPointF(x, y + metrics.ascent()),
                         metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, left))


def share_lines(needs: list[int], room: int) -> list[int] | None:
    """Lines for each entry of a cell with *room* lines: one each, then one more to each entry
    that wraps, round by round, while there is room. None when there is not a line for each."""
    if len(needs) > room:
        return None
    given = [1] * len(needs)
    spare = room - len(needs)
    while spare > 0:
        wanting = [i for i, need in enumerate(needs) if given[i] < need]
        if not wanting:
            break
        for i in wanting[:spare]:
            given[i] += 1
        spare -= min(spare, len(wanting))
    return given


def entry_ink(entry: WeekEntry, plain: QColor, palette: QPalette) -> QColor:
    """Red for a conflict, amber for a warning, the cell's colour otherwise."""
    if entry.conflict_level == "error":
        return tints.ink(tints.RED_INK, palette)
    if entry.conflict_level == "warning":
        return tints.ink(tints.AMBER_INK, palette)
    return plain
