"""Shared column helpers for the tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
OFFICE_TZ = ZoneInfo(DEFAULT_TIMEZONE)  # the default; the office's setting may name another
_office_tz = [OFFICE_TZ]


def office_tz() -> ZoneInfo:
    """The office's time zone (setting office.timezone, default Asia/Ho_Chi_Minh): every "today"
    and "now" of the app is taken there, whatever the PC's clock zone."""
    return _office_tz[0]


def set_office_tz(name: str) -> ZoneInfo:
    """Make *name* (an IANA zone such as "Asia/Ho_Chi_Minh") the office's time zone."""
    _office_tz[0] = ZoneInfo(name)
    return _office_tz[0]


def now_local() -> datetime:
    """Current office time, naive, as stored in the DB."""
    return datetime.now(office_tz()).replace(tzinfo=None, microsecond=0)


def today_local() -> date:
    """Today's date in the office."""
    return datetime.now(office_tz()).date()


def datetime_field(*, nullable: bool = False, default_factory: Callable[[], datetime] | None = None,
                   index: bool = False) -> Any:  # a pydantic FieldInfo typed as Any by sqlmodel
    """A naive local datetime column (sqlmodel would otherwise demand aware datetimes)."""
    from sqlalchemy import Column, DateTime
    from sqlmodel import Field

    column = Column(DateTime(), nullable=nullable, index=index)
    if default_factory is not None:
        return Field(default_factory=default_factory, sa_column=column)
    return Field(default=None, sa_column=column)
