"""Translating outside a QObject, with plural forms.

pyside6-lupdate reads ``QCoreApplication.translate("Ctx", "text")`` but drops the plural
count unless it is an integer literal (a variable is taken for the old "encoding"
argument, a call such as ``len(rows)`` loses the whole message). It does read
``Prefix.tr("text", "", n)`` as a plural message in context ``Prefix``. So module-level
code names its context once::

    OrgChart = TranslationContext("OrgChart")
    OrgChart.tr("%n người", "", len(people))

The variable name and the context name must be the same: lupdate takes the context from
the name before ``.tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TranslationContext:
    """A named translation context with Qt's ``tr(text, disambiguation, n)`` signature."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """*text* translated in this context; ``%n`` becomes *n* (plural form chosen by the translation)."""
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate finds the calls by this name
    """Marks *source* for lupdate in *context* and returns it unchanged, as Qt's own does
    (PySide6's is typed as returning ``object``, so every label built from it would be)."""
    del context
    return source
