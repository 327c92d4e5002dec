"""How a cell of the week and agenda tables is drawn: padded, its whole text wrapped to the
column's width (never cut with "…"), starting at the top so the texts of a row begin on one line;
a rule above the first row of each day and an accent bar beside today.

The text is measured and drawn with the same :class:`QTextLayout`, so a row fitted with
:meth:`CellDelegate.sizeHint` always has room for what :meth:`CellDelegate.paint` draws.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from db.models.base import today_local
from ui import tints
from ui.calendar.models import DAY_ROLE, FIRST_OF_DAY_ROLE

Index = QModelIndex | QPersistentModelIndex
PADDING = QMargins(5, 3, 5, 4)
ICON_GAP = 4
DAY_RULE = 2  # px, above the first row of a day
TODAY_BAR = 4  # px, beside today's date


def _lines(text: str) -> str:
    """*text* with its line breaks as the line separators a layout keeps (and a delegate's
    option.text already has)."""
    return text.replace("\n", "\u2028")


def wrapped_text(text: str, font: QFont, width: int, alignment: Qt.AlignmentFlag) -> tuple[QTextLayout, int]:
    """*text* laid out in lines of *width* (at word boundaries, inside a word only when it is
    longer than the line) and the height of those lines."""
    option = QTextOption(alignment)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(_lines(text), font)  # the model's line breaks stay breaks
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, int(height + 0.999)


class TextHeights:
    """How tall :func:`wrapped_text` lays out a text in a font and a width, remembered: a busy
    week repeats its places, leaders and units from row to row.

    While *keeping* (the first step of a fit: the rows in view), the layouts measured are kept
    too, for the paint that follows to draw them (:meth:`CellDelegate.paint`) instead of laying
    the same texts out again.
    """

    LIMIT = 10_000  # texts remembered before starting afresh
    KEPT = 400  # layouts kept before starting afresh (a screenful of a busy week is some 60 texts)

    def __init__(self) -> None:
        self._known: dict[tuple[str, str, int], int] = {}
        self._kept: dict[tuple[str, str, int], QTextLayout] = {}
        self.keeping = False

    def keep_layouts(self, keeping: bool) -> None:
        """Keep the layouts measured from now on, or stop keeping."""
        self.keeping = keeping

    def height(self, text: str, font: QFont, font_key: str, width: int) -> int:
        """The height of *text*'s lines in *font* (whose ``key()`` is *font_key*) at *width*."""
        key = (_lines(text), font_key, width)
        found = self._known.get(key)
        if found is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            layout, found = wrapped_text(key[0], font, width, Qt.AlignmentFlag.AlignLeft)
            self._known[key] = found
            if self.keeping:
                if len(self._kept) >= self.KEPT:
                    self._kept.clear()
                self._kept[key] = layout
        return found

    def kept_layout(self, text: str, font_key: str, width: int) -> QTextLayout | None:
        """*text* laid out left-aligned in the font of *font_key* at *width*, if kept."""
        return self._kept.get((_lines(text), font_key, width))


def starts_day(index: Index) -> bool:
    """Whether the row of *index* is the first of its day (the rows are in date order)."""
    if index.row() == 0:
        return True
    known = index.data(FIRST_OF_DAY_ROLE)  # the week's model knows it
    if known is not None:
        return bool(known)
    above = index.model().index(index.row() - 1, index.column(), index.parent())
    return above.data(DAY_ROLE) != index.data(DAY_ROLE)


class CellDelegate(QStyledItemDelegate):
    """Draws a cell as the module says. With *group_column* set, that column shows its text only
    on the first row of a day (the agenda: the date once, the day's entries under it)."""

    LAYOUTS = 800  # texts laid out for painting, remembered (a screenful of a busy week, painted again)

    def __init__(self, parent: QObject | None = None, *, group_column: int | None = None,
                 text_heights: TextHeights | None = None) -> None:
        super().__init__(parent)
        self.group_column = group_column
        self.text_heights = text_heights  # the view's, whose fit measured the texts: their layouts
        self._layouts: dict[tuple[str, str, int, int], QTextLayout] = {}

    def _laid_out(self, text: str, font: QFont, width: int, alignment: Qt.AlignmentFlag) -> QTextLayout:
        font_key = font.key()
        key = (text, font_key, width, alignment.value)
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) >= self.LAYOUTS:
                self._layouts.clear()
            kept = (self.text_heights.kept_layout(text, font_key, width)
                    if alignment == Qt.AlignmentFlag.AlignLeft and self.text_heights is not None else None)
            layout = self._layouts[key] = kept if kept is not None else wrapped_text(text, font, width, alignment)[0]
        return layout

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideNone
        if self.group_column is not None and index.column() == self.group_column and not starts_day(index):
            option.text = ""

    def _text_area(self, option: QStyleOptionViewItem) -> QRect:
        """Where the text goes in a cell: inside the padding, right of any icon."""
        area = option.rect.marginsRemoved(PADDING)
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            area.setLeft(area.left() + option.decorationSize.width() + ICON_GAP)
        return area

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        width = self._text_area(cell).width() if option.rect.width() > 0 else 10_000
        layout, height = wrapped_text(cell.text, cell.font, width, horizontal(cell))
        natural = int(max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())), default=0))
        if cell.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            natural += cell.decorationSize.width() + ICON_GAP
            height = max(height, cell.decorationSize.height())
        return QSize(natural + 1, height).grownBy(PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text, icon = cell.text, QIcon(cell.icon)
        has_icon = bool(cell.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration)
        area = self._text_area(cell)
        # background, selection and focus from the style, over the whole cell
        cell.text = ""
        cell.icon = QIcon()
        cell.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        painter.save()
        try:
            selected = bool(cell.state & QStyle.StateFlag.State_Selected)
            if has_icon:
                icon_rect = QRect(area.left() - cell.decorationSize.width() - ICON_GAP, area.top(),
                                  cell.decorationSize.width(), cell.decorationSize.height())
                icon.paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter,
                           QIcon.Mode.Selected if selected else QIcon.Mode.Normal)
            if text:
                layout = self._laid_out(text, cell.font, area.width(), horizontal(cell))
                role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
                painter.setPen(cell.palette.color(role))
                painter.setClipRect(option.rect)
                layout.draw(painter, QPointF(area.topLeft()))
            self._paint_marks(painter, option, index)
        finally:
            painter.restore()

    def _paint_marks(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        if index.row() > 0 and starts_day(index):
            painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), DAY_RULE), tints.rule_line(option.palette))
        if index.column() == 0 and index.data(DAY_ROLE) == today_local() and starts_day(index):
            painter.fillRect(QRect(rect.left(), rect.top(), TODAY_BAR, rect.height()),
                             option.palette.color(QPalette.ColorRole.Highlight))


def horizontal(option: QStyleOptionViewItem) -> Qt.AlignmentFlag:
    """The cell's horizontal alignment (the vertical one is always the top)."""
    return option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
