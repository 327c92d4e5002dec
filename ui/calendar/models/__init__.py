"""Qt models of the calendar pane (every one passes pytest-qt's model tester)."""

from ui.calendar.models.lists import ChangesModel, DaysOffModel, FoldedFilterProxy
from ui.calendar.models.schedule import (
    AMENDED,
    CONFLICT,
    DAY_ROLE,
    ENTRY_ROLE,
    FIRST_OF_DAY_ROLE,
    MONTH_DAY_ROLE,
    OFF_DAY,
    WARNING,
    AgendaModel,
    MonthModel,
    WeekModel,
    WeekRow,
    entry_tooltip,
)

__all__ = [
    "AMENDED", "CONFLICT", "DAY_ROLE", "ENTRY_ROLE", "FIRST_OF_DAY_ROLE", "MONTH_DAY_ROLE", "OFF_DAY", "WARNING", "AgendaModel", "ChangesModel",
    "DaysOffModel", "FoldedFilterProxy", "MonthModel", "WeekModel", "WeekRow", "entry_tooltip",
]
