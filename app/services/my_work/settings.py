"""The reminder settings: how far ahead and how far back "Việc của tôi" looks (office settings,
changed in Thiết lập → Quy định), how often the tray reminds (0: never), and each account's own
switch for the tray notification."""

from __future__ import annotations

import json

from sqlmodel import Session

from app.errors import InvalidInput
from app.services.admin import settings
from app.services.admin.audit import write
from app.services.admin.auth import Actor
from app.services.admin.settings import SettingSpec
from db.models import Setting

CHECKLIST_DAYS_AHEAD = "reminders.checklist_days_ahead"
OVERDUE_DAYS = "reminders.overdue_days"
SCHEDULE_DAYS_BEFORE = "reminders.schedule_days_before"
ROSTER_DAYS_BEFORE = "reminders.roster_days_before"
TRAY_MINUTES = "reminders.tray_minutes"

settings.declare(
    SettingSpec(CHECKLIST_DAYS_AHEAD, "Việc của tôi: nhắc việc chuẩn bị họp đến hạn trong số ngày làm việc tới", 1,
                int, "003 §II.1 (phân công chuẩn bị hội nghị)", minimum=0, maximum=30),
    SettingSpec(OVERDUE_DAYS, "Việc của tôi: còn nhắc việc quá hạn trong số ngày", 30, int, minimum=1, maximum=366),
    SettingSpec(SCHEDULE_DAYS_BEFORE, "Việc của tôi: nhắc công bố lịch công tác tuần sau trước Thứ Hai số ngày", 3,
                int, minimum=0, maximum=6),
    SettingSpec(ROSTER_DAYS_BEFORE, "Việc của tôi: nhắc lập lịch trực trước kỳ nghỉ lễ, Tết số ngày", 14, int,
                "001 Điều 18 (lịch trực ngày nghỉ)", minimum=1, maximum=120),
    SettingSpec(TRAY_MINUTES, "Thông báo nhắc việc: nhắc lại sau số phút (0: tắt thông báo)", 15, int,
                minimum=0, maximum=1440),
)

_OWN_TRAY = "reminders.tray_off:"  # + the account's user name; stored only when switched off


def _own_key(actor: Actor) -> str:
    return _OWN_TRAY + actor.username


def tray_enabled(session: Session, actor: Actor) -> bool:
    """False if the office turned the tray reminder off (interval 0) or *actor* turned off their own."""
    if not settings.get(session, TRAY_MINUTES):
        return False
    return session.get(Setting, _own_key(actor)) is None


def set_own_tray(*, session: Session, actor: Actor, enabled: bool) -> bool:
    """Switch the tray reminder on or off for *actor*'s own account (anyone may, for themself)."""
    if not isinstance(enabled, bool):
        raise InvalidInput("Chọn bật hoặc tắt thông báo nhắc việc.")
    key = _own_key(actor)
    row = session.get(Setting, key)
    with write(session, actor, "reminders.tray", f"setting:{key}", "on" if enabled else "off"):
        if enabled and row is not None:
            session.delete(row)
        elif not enabled and row is None:
            session.add(Setting(key=key, value=json.dumps(True)))
    return enabled
