"""A tab's page built the first time it is needed: a pane with several tabs shows one of them on
its first visit, so the others wait until the user opens them (or the pane asks for them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget):
    """The page a tab widget holds; *factory* builds its content (a widget without a parent) when
    the page is first shown or when :meth:`content` is first asked for, whichever comes first."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self._content: QWidget | None = None
        self._built_callbacks: list[Callable[[QWidget], None]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The page's content, built now if it was not yet."""
        if self._content is None:
            assert self._factory is not None
            factory, self._factory = self._factory, None
            self._content = factory()
            self._layout.addWidget(self._content)
            for callback in self._built_callbacks:
                callback(self._content)
            self._built_callbacks.clear()
        return self._content

    def when_built(self, callback: Callable[[QWidget], None]) -> None:
        """Call *callback* with the content once it exists (now, if it already does)."""
        if self._content is not None:
            callback(self._content)
        else:
            self._built_callbacks.append(callback)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.content()
        super().showEvent(event)


class Lazy(Generic[W]):
    """A typed handle on a :class:`LazyPage`: ``page.get()`` is the built content as a *W*."""

    def __init__(self, page: LazyPage, kind: type[W]) -> None:
        self.page, self.kind = page, kind

    def get(self) -> W:
        content = self.page.content()
        assert isinstance(content, self.kind)
        return content

    def built(self) -> W | None:
        """The content if it is built, else None (a refresh need not build a hidden tab)."""
        return self.get() if self.page.is_built() else None


def add_lazy_tab(tabs: QTabWidget, label: str, kind: type[W], factory: Callable[[], W]) -> Lazy[W]:
    """Add a tab to *tabs* whose page *factory* builds on first show; returns its typed handle."""
    page = LazyPage(factory)
    tabs.addTab(page, label)
    return Lazy(page, kind)
