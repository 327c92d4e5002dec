"""PySide6 user interface: main window, one sub-package per pane, dialogs, workers."""

import sys
from types import ModuleType

import PySide6


def _uses_pyside(module: ModuleType) -> bool:
    """Whether *module* has taken anything from PySide6 into its namespace."""
    for value in list(vars(module).values()):
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name.startswith("PySide6"):
            return True
    return False


def _skip_source_scan() -> None:
    """PySide6's import hook (for ``from __feature__ import snake_case``, which VanPhong does not
    use) reads the whole source of every module imported after PySide6 to see whether it names
    PySide6, and linecache keeps it: 25 MiB and about 0.3 s of CPU for SQLAlchemy, pydantic,
    holidays and the app behind the sign-in dialog. Answer from the module's namespace instead."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010 - a private of PySide6


assert PySide6  # imported for its import hook, replaced below
_skip_source_scan()
