"""The printed weekly schedule as plain rows: one source for the PDF, the print preview
(HTML), DOCX and XLSX, so every output carries the same content. The rows are gathered by
:func:`app.services.calendar.printouts.week_printout` (types in :mod:`app.reports.data.calendar`).
"""

from __future__ import annotations

from app.reports.data.calendar import (
    COLUMNS as COLUMNS,  # the renderers' names for the printed week
)
from app.reports.data.calendar import TITLE as TITLE
from app.reports.data.calendar import PrintedRow as PrintedRow
from app.reports.data.calendar import WeekPrintout as WeekPrintout


def rows_by_day(rows: list[PrintedRow]) -> list[list[PrintedRow]]:
    """The rows cut into one list per day (each starts with its ``first_of_day`` row)."""
    days: list[list[PrintedRow]] = []
    for row in rows:
        if row.first_of_day or not days:
            days.append([])
        days[-1].append(row)
    return days
