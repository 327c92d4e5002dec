"""PySide6's import hook must not keep the source of every module imported after it (ui/__init__.py)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import ui  # noqa: F401 - replaces the hook's source scan


@pytest.fixture
def module_folder(tmp_path: Path):  # noqa: ANN201 - a generator fixture
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("plain_module_after_pyside", "qt_module_after_pyside"):
        sys.modules.pop(name, None)


def test_a_module_imported_after_pyside_leaves_no_source_in_linecache(module_folder: Path) -> None:
    path = module_folder / "plain_module_after_pyside.py"
    path.write_text("ANSWER = 42\n", encoding="utf-8")
    linecache.checkcache()
    __import__("plain_module_after_pyside")  # the import statement's way, through the hook
    assert str(path) not in linecache.cache


def test_pyside_still_tells_modules_that_use_it_from_the_others(module_folder: Path) -> None:
    (module_folder / "plain_module_after_pyside.py").write_text("ANSWER = 42\n", encoding="utf-8")
    (module_folder / "qt_module_after_pyside.py").write_text("from PySide6.QtCore import Qt\n", encoding="utf-8")
    __import__("plain_module_after_pyside")  # the import statement's way, through the hook
    __import__("qt_module_after_pyside")
    feature = sys.modules["PySide6.support.feature"]
    assert feature._mod_uses_pyside(sys.modules["qt_module_after_pyside"])
    assert not feature._mod_uses_pyside(sys.modules["plain_module_after_pyside"])
