"""The office's time zone (setting office.timezone, default Asia/Ho_Chi_Minh) gives every
"today" and "now" of the app and the window, whatever the PC's clock zone (TZ)."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.errors import InvalidInput
from app.rules.schedule import monday_of
from app.services.admin import settings
from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from db.models.base import DEFAULT_TIMEZONE, now_local, set_office_tz, today_local


@pytest.fixture
def pc_zone():  # noqa: ANN201
    """Set the PC's clock zone (TZ) for the test; restore it and the office zone after."""
    old = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()
    set_office_tz(DEFAULT_TIMEZONE)


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_today_and_now_are_vietnams_whatever_the_pcs_zone(zone, pc_zone):
    pc_zone(zone)
    vietnam = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh"))
    assert today_local() == vietnam.date() or today_local() == (vietnam + timedelta(seconds=5)).date()
    assert abs(now_local() - vietnam.replace(tzinfo=None)) < timedelta(seconds=5)
    assert now_local().tzinfo is None  # stored naive, in office time


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_the_window_shows_the_offices_today(zone, pc_zone, demo_db, vp_app, qtbot):
    """Across the date line (PC at UTC-12, office at UTC+14: 26 hours apart, so the dates always
    differ) every pane's today is the office's."""
    from ui.calendar.pane import CalendarPane
    from ui.context import AppContext
    from ui.leave.pane import LeavePane

    pc_zone("Etc/GMT+12")
    with demo_db.session() as session:
        settings.set_value(session=session, actor=SYSTEM, key=settings.TIMEZONE_KEY, value="Etc/GMT-14")
    office_day = datetime.now(ZoneInfo("Etc/GMT-14")).date()
    assert date.today() != office_day
    ctx = AppContext(demo_db, SYSTEM)
    calendar, leave = CalendarPane(ctx), LeavePane(ctx)
    ctx.setParent(calendar)  # the context and its database thread end with the pane
    qtbot.addWidget(calendar)
    qtbot.addWidget(leave)
    assert calendar.monday == monday_of(office_day)
    assert leave.today == office_day
    pc_zone(zone)
    set_office_tz(DEFAULT_TIMEZONE)
    again = LeavePane(ctx)
    qtbot.addWidget(again)
    assert again.today == datetime.now(ZoneInfo(DEFAULT_TIMEZONE)).date()


def test_the_stored_zone_applies_when_the_database_opens(tmp_path, pc_zone):
    pc_zone("UTC")
    path = str(tmp_path / "office.sqlite3")
    database = open_app_database(path)
    with database.session() as session:
        settings.set_value(session=session, actor=SYSTEM, key=settings.TIMEZONE_KEY, value="Asia/Tokyo")
    database.dispose()
    set_office_tz(DEFAULT_TIMEZONE)
    database = open_app_database(path)
    try:
        assert today_local() == datetime.now(ZoneInfo("Asia/Tokyo")).date()
        assert abs(now_local() - datetime.now(ZoneInfo("Asia/Tokyo")).replace(tzinfo=None)) < timedelta(seconds=5)
    finally:
        database.dispose()


def test_an_unknown_zone_is_refused_with_a_clear_message(demo_db):
    with demo_db.session() as session, pytest.raises(InvalidInput, match="Asia/Ho_Chi_Minh"):
        settings.set_value(session=session, actor=SYSTEM, key=settings.TIMEZONE_KEY, value="Mars/Olympus")
    with demo_db.session() as session:
        assert settings.get(session, settings.TIMEZONE_KEY) == DEFAULT_TIMEZONE
