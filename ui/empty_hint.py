"""What an empty view says: a message over the viewport of a list or table with nothing in it,
telling what to do next ("Bấm Cuộc họp mới… (Ctrl+N) để tạo cuộc họp")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    """Shown over *view* while it is empty (no rows, or *is_empty* says so); *text* may be a
    function, asked again each time (the hint can depend on the filter or the user's rights)."""

    def __init__(self, view: QAbstractItemView, text: str | Callable[[], str], *,
                 is_empty: Callable[[], bool] | None = None) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self.view, self._text, self._is_empty = view, text, is_empty
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_hint)
        self.update_hint()

    def empty(self) -> bool:
        if self._is_empty is not None:
            return self._is_empty()
        return self.view.model().rowCount() == 0

    def update_hint(self, *_args: object) -> None:
        shown = self.empty()
        if shown:
            self.setText(self._text() if callable(self._text) else self._text)
        self.setVisible(shown and self._place())

    def _place(self) -> bool:
        """Put the hint in the free space under the rows (a week keeps its empty day rows);
        False if too little is left."""
        area = self.view.viewport().rect().adjusted(24, 16, -24, -16)
        rows = self.view.model().rowCount()
        if rows:
            last = self.view.visualRect(self.view.model().index(rows - 1, 0))
            area.setTop(max(area.top(), last.bottom() + 16))
        self.setGeometry(area)
        return area.height() >= self.fontMetrics().height() * 2

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.empty():
            self.setVisible(self._place())
        return False
