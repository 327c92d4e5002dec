"""ui.lazy_page: a tab's page is built the first time it is shown or asked for, once."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget

from ui.lazy_page import add_lazy_tab


def _tabs(qtbot, built: list[str]):  # noqa: ANN001, ANN202 - qtbot fixture
    tabs = QTabWidget()
    qtbot.addWidget(tabs)

    def factory(name: str):  # noqa: ANN202
        def build() -> QLabel:
            built.append(name)
            return QLabel(name)
        return build

    first = add_lazy_tab(tabs, "Một", QLabel, factory("one"))
    second = add_lazy_tab(tabs, "Hai", QLabel, factory("two"))
    return tabs, first, second


def test_only_the_shown_tab_is_built_and_the_other_when_the_user_opens_it(qtbot) -> None:  # noqa: ANN001
    built: list[str] = []
    tabs, _first, second = _tabs(qtbot, built)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert built == ["one"]
    assert second.built() is None
    tabs.setCurrentIndex(1)
    assert built == ["one", "two"]
    assert second.built() is not None and second.built().text() == "two"
    assert second.page._layout.indexOf(second.get()) == 0  # the content fills its page


def test_asking_for_a_hidden_tab_builds_it_once_and_tells_who_waited(qtbot) -> None:  # noqa: ANN001
    built: list[str] = []
    _tabs_widget, _first, second = _tabs(qtbot, built)
    told: list[str] = []
    second.page.when_built(lambda content: told.append(content.text()))
    assert second.get() is second.get()
    assert built == ["two"] and told == ["two"]
    second.page.when_built(lambda content: told.append("again " + content.text()))
    assert told == ["two", "again two"]
