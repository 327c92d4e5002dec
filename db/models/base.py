"""Shared column helpers for the tables."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def now_local() -> datetime:
    """Current office time (Asia/Ho_Chi_Minh), naive, as stored in the DB."""
    return datetime.now(OFFICE_TZ).replace(tzinfo=None, microsecond=0)


def datetime_field(*, nullable: bool = False, default_factory=None, index: bool = False):
    """A naive local datetime column (sqlmodel would otherwise demand aware datetimes)."""
    from sqlalchemy import Column, DateTime
    from sqlmodel import Field

    column = Column(DateTime(), nullable=nullable, index=index)
    if default_factory is not None:
        return Field(default_factory=default_factory, sa_column=column)
    return Field(default=None, sa_column=column)
