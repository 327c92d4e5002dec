"""The one person picker of the window: a combo box to type part of a name into, with or
without diacritics ("nguyen thanh" finds "Nguyễn Thành Trung"), used wherever a person is
chosen (meeting chair, event chair, leave applicant, handover, approver …).

The popup lists the matches; picking one shows the person's label (never the search key).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.text import fold

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 10


class _FoldedFilter(QSortFilterProxyModel):
    """Rows whose folded search key contains every folded word typed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        key = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return bool(key) and all(word in key for word in self.words)


class PersonPicker(QComboBox):
    """Pick a person (an id) by typing part of the name; *entries* are (id, label) pairs."""

    def __init__(self, entries: Iterable[tuple[int, str]], *, allow_empty: bool = False,
                 empty_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.people = QStandardItemModel(self)
        if allow_empty:
            empty = QStandardItem(empty_label or QCoreApplication.translate("PersonPicker", "— không chọn —"))
            empty.setData(None, Qt.ItemDataRole.UserRole)
            empty.setData("", SEARCH_ROLE)
            self.people.appendRow(empty)
        for person_id, label in entries:
            item = QStandardItem(label)
            item.setData(person_id, Qt.ItemDataRole.UserRole)
            item.setData(fold(label), SEARCH_ROLE)
            item.setToolTip(label)
            self.people.appendRow(item)
        self.setModel(self.people)
        self.matches = _FoldedFilter(self)
        self.matches.setSourceModel(self.people)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # editable (above)
        line.textEdited.connect(self.matches.set_text)
        completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]  # the stubs lack the overloaded signal's [QModelIndex] form
        line.setPlaceholderText(QCoreApplication.translate("PersonPicker", "Gõ tên để tìm (có dấu hoặc không)"))
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def _picked(self, index: QModelIndex) -> None:
        source = index
        while isinstance(proxy := source.model(), QAbstractProxyModel):  # the completer's proxy, then ours
            source = proxy.mapToSource(source)
        if source.isValid() and source.model() is self.people:
            self.setCurrentIndex(source.row())
            self.setEditText(self.itemText(source.row()))
            self.activated.emit(source.row())

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Entering the field selects its text: typing replaces it with a search."""
        super().focusInEvent(event)
        line = self.lineEdit()
        if line is not None:
            QTimer.singleShot(0, line.selectAll)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Leaving the field with a half-typed name: keep the chosen person's label."""
        super().focusOutEvent(event)
        if self.currentIndex() >= 0 and self.currentText() != self.itemText(self.currentIndex()):
            self.setEditText(self.itemText(self.currentIndex()))

    def person_id(self) -> int | None:
        return self.currentData(Qt.ItemDataRole.UserRole)

    def set_person(self, person_id: int | None) -> None:
        index = self.findData(person_id, Qt.ItemDataRole.UserRole)
        if index >= 0:
            self.setCurrentIndex(index)
