"""Shared column helpers for the tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Protocol
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


class _Keyed(Protocol):
    id: int | None


def id_of(row: _Keyed) -> int:
    """The primary key of a row already flushed (SQLModel types every ``id`` as ``int | None``)."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id yet: it was never flushed")
    return row.id


def stored_id(value: int | None) -> int:
    """An id read back from the database: never NULL there, though SQLModel types ids ``int | None``."""
    if value is None:
        raise ValueError("an id read from the database is missing")
    return value
