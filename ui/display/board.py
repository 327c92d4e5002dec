"""The schedule board of the lobby display: the printout's rows laid out in pages that fit
the screen, and painted with type sized for reading from a few metres.

Each day starts with a band across the screen ("THỨ HAI — 23/11/2026", its holiday name);
its entries follow, one row each, with the half-day (Sáng / Chiều) on the left. A day that
goes on over the next page repeats its band there, marked "(tiếp theo)". Today's band and
rows are tinted and the current half-day stands out with a bar on the left; amendments carry
the printout's mark above the content; cancelled entries are struck through.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.reports.week_content import PrintedRow, rows_by_day
from ui.translation import QT_TRANSLATE_NOOP

# (title, share of the width); the printout's "Đơn vị chuẩn bị" is left to the paper.
COLUMNS = ((QT_TRANSLATE_NOOP("ScheduleBoard", "Buổi"), 0.075),
           (QT_TRANSLATE_NOOP("ScheduleBoard", "Thời gian"), 0.095),
           (QT_TRANSLATE_NOOP("ScheduleBoard", "Nội dung"), 0.35),
           (QT_TRANSLATE_NOOP("ScheduleBoard", "Chủ trì/Lãnh đạo"), 0.2),
           (QT_TRANSLATE_NOOP("ScheduleBoard", "Thành phần"), 0.155),
           (QT_TRANSLATE_NOOP("ScheduleBoard", "Địa điểm"), 0.125))
FONT_FAMILY = "Liberation Sans"

COLORS = {
    "background": "#ffffff", "text": "#111111", "muted": "#555555", "grid": "#9aa5b1",
    "head": "#0b3d91", "head_text": "#ffffff", "band": "#dfe7f3", "band_off": "#e4e4e4",
    "today_band": "#ffc928", "today_row": "#fff7dc", "now_row": "#ffe9a8", "now_bar": "#d84315",
    "mark": "#b71c1c", "cancelled": "#777777",
}


def body_pixels(screen_height: int) -> int:
    """The body type size for a screen *screen_height* pixels high: about 1/40 of it, so a
    1080-line TV gets 27 px letters (readable from 3 m on a 43–55 inch screen)."""
    return max(14, round(screen_height / 40))


@dataclass(frozen=True)
class Block:
    """One painted line of the board: a day band or an entry row."""

    kind: str  # "band" | "row"
    row: PrintedRow
    height: int
    show_half: bool = False
    continued: bool = False
    empty: bool = False  # a band standing for a day with no entry


def _font(pixels: int, *, bold: bool = False, italic: bool = False, strike: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    font.setStrikeOut(strike)
    return font


class BoardStyle:
    """Fonts and measures for one body size."""

    def __init__(self, pixels: int) -> None:
        self.pixels = pixels
        self.pad = max(4, pixels // 3)
        self.body = _font(pixels)
        self.bold = _font(pixels, bold=True)
        self.band = _font(round(pixels * 1.08), bold=True)
        self.mark = _font(round(pixels * 0.85), bold=True)
        self.head = _font(round(pixels * 0.85), bold=True)

    def text_height(self, font: QFont, text: str, width: int) -> int:
        if not text:
            return 0
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, max(10, width), 100000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return rect.height()

    def header_height(self) -> int:
        return QFontMetrics(self.head).height() + 2 * self.pad

    def band_height(self) -> int:
        return QFontMetrics(self.band).height() + 2 * self.pad


def column_rects(width: int) -> list[tuple[int, int]]:
    """(x, width) of each column for a board *width* pixels wide."""
    result, x = [], 0
    for index, (_title, share) in enumerate(COLUMNS):
        w = width - x if index == len(COLUMNS) - 1 else round(width * share)
        result.append((x, w))
        x += w
    return result


def _cell_texts(row: PrintedRow) -> list[str]:
    return [row.half_label, row.time, row.content, row.leaders, row.participants, row.location]


def cell_font(style: BoardStyle, row: PrintedRow, column: int) -> QFont:
    """The content in bold (struck through, not bold, when cancelled); other cells plain."""
    return _font(style.pixels, strike=row.cancelled, bold=column == 2 and not row.cancelled)


def row_height(style: BoardStyle, row: PrintedRow, width: int) -> int:
    columns = column_rects(width)
    inner = [w - 2 * style.pad for _x, w in columns]
    heights = [style.text_height(style.bold, row.half_label, inner[0])]
    for index, (text, w) in enumerate(zip(_cell_texts(row), inner, strict=True)):
        if index:
            heights.append(style.text_height(cell_font(style, row, index), text, w))
    if row.mark:
        heights[2] += QFontMetrics(style.mark).height()
    line = QFontMetrics(style.body).height()
    return max(line, *heights) + 2 * style.pad


def paginate(rows: list[PrintedRow], style: BoardStyle, width: int, height: int) -> list[list[Block]]:
    """The rows cut into pages of at most *height* pixels (below the column header).

    A day with no entry at all is its band alone ("không có lịch"); a day that runs over a
    page repeats its band on the next one.
    """
    room = height - style.header_height()
    band = style.band_height()
    pages: list[list[Block]] = [[]]
    used = 0
    for day in rows_by_day(rows):
        if all(row.empty for row in day):
            if pages[-1] and used + band > room:
                pages.append([])
                used = 0
            pages[-1].append(Block("band", day[0], band, empty=True))
            used += band
            continue
        for index, row in enumerate(day):
            need = row_height(style, row, width)
            has_band = index > 0 and pages[-1][-1].kind == "row" and pages[-1][-1].row.day == row.day
            if pages[-1] and used + need + (0 if has_band else band) > room:
                pages.append([])
                used, has_band = 0, False
            if not has_band:
                pages[-1].append(Block("band", row, band, continued=index > 0))
                used += band
            first_on_page = pages[-1][-1].kind == "band"
            pages[-1].append(Block("row", row, need, show_half=row.first_of_half or first_on_page))
            used += need
    return [page for page in pages if page] or [[]]


def page_of_day(pages: list[list[Block]], day: date) -> int:
    """The first page showing *day* (0 if none does)."""
    for index, page in enumerate(pages):
        if any(block.row.day == day for block in page):
            return index
    return 0


class ScheduleBoard(QWidget):
    """Paints one page of blocks; the window decides which page and when."""

    resized = Signal()  # the pages must be cut again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayBoard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.style_ = BoardStyle(20)
        self.blocks: list[Block] = []
        self.today: date | None = None
        self.half: str = ""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resized.emit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(800, 600)

    def show_blocks(self, blocks: list[Block], style: BoardStyle, today: date, half: str) -> None:
        self.blocks, self.style_, self.today, self.half = blocks, style, today, half
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(COLORS["background"]))
            y = self._paint_header(painter)
            for block in self.blocks:
                if block.kind == "band":
                    self._paint_band(painter, block, y)
                else:
                    self._paint_row(painter, block, y)
                y += block.height
        finally:
            painter.end()

    def _paint_header(self, painter: QPainter) -> int:
        s = self.style_
        height = s.header_height()
        painter.fillRect(0, 0, self.width(), height, QColor(COLORS["head"]))
        painter.setFont(s.head)
        painter.setPen(QColor(COLORS["head_text"]))
        for (x, w), (title, _share) in zip(column_rects(self.width()), COLUMNS, strict=True):
            painter.drawText(QRect(x + s.pad, 0, w - 2 * s.pad, height),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             QCoreApplication.translate("ScheduleBoard", title))
        return height

    def _paint_band(self, painter: QPainter, block: Block, y: int) -> None:
        s, row = self.style_, block.row
        today = row.day == self.today
        colour = COLORS["today_band"] if today else (COLORS["band"] if row.working else COLORS["band_off"])
        painter.fillRect(0, y, self.width(), block.height, QColor(colour))
        weekday, _, day = row.day_label.partition("\n")
        text = f"{weekday.upper()} — {day}"
        if row.day_note:
            text += f" ({row.day_note})"
        if block.continued:
            text += " " + QCoreApplication.translate("ScheduleBoard", "(tiếp theo)")
        if block.empty:
            text += " — " + QCoreApplication.translate("ScheduleBoard", "không có lịch")
        if today:
            text = QCoreApplication.translate("ScheduleBoard", "HÔM NAY") + " · " + text
        painter.setFont(s.band)
        painter.setPen(QColor(COLORS["text"]))
        painter.drawText(QRect(s.pad, y, self.width() - 2 * s.pad, block.height),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.setPen(QPen(QColor(COLORS["grid"]), 1))
        painter.drawLine(0, y + block.height - 1, self.width(), y + block.height - 1)

    def _paint_row(self, painter: QPainter, block: Block, y: int) -> None:
        s, row = self.style_, block.row
        today = row.day == self.today
        now = today and row.half == self.half
        if today:
            painter.fillRect(0, y, self.width(), block.height, QColor(COLORS["now_row" if now else "today_row"]))
        if now:
            painter.fillRect(0, y, max(6, s.pad), block.height, QColor(COLORS["now_bar"]))
        flags = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        colour = QColor(COLORS["cancelled" if row.cancelled else "text"])
        texts = _cell_texts(row)
        for index, (x, w) in enumerate(column_rects(self.width())):
            rect = QRect(x + s.pad, y + s.pad, w - 2 * s.pad, block.height - 2 * s.pad)
            if index == 0:
                if block.show_half:
                    painter.setFont(s.bold)
                    painter.setPen(QColor(COLORS["text"]))
                    painter.drawText(rect, flags, texts[0])
                continue
            if index == 2 and row.mark:
                painter.setFont(s.mark)
                painter.setPen(QColor(COLORS["mark"]))
                painter.drawText(rect, flags, row.mark.upper())
                rect.setTop(rect.top() + QFontMetrics(s.mark).height())
            painter.setFont(cell_font(s, row, index))
            painter.setPen(colour)
            painter.drawText(rect, flags, texts[index] if not row.empty or index != 2 else "—")
        painter.setPen(QPen(QColor(COLORS["grid"]), 1))
        left = 0 if block.show_half else column_rects(self.width())[1][0]  # the half-day cell runs on
        painter.drawLine(left, y, self.width(), y)
