"""Office settings: every number from the regulations is data with a default.

Each setting is declared once in :data:`CATALOGUE` (key, Vietnamese label, default,
type); the settings dialog lists them; services read them with :func:`get`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from app.errors import InvalidInput
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.plain_reads import rows as plain_rows
from app.services.read_cache import cached
from app.services.unit_of_work import unit_of_work
from db.models import Setting
from db.models.base import DEFAULT_TIMEZONE, set_office_tz

TIMEZONE_KEY = "office.timezone"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    default: Any
    kind: type = int
    source: str = ""  # the regulation article the default comes from
    minimum: int | None = 0
    maximum: int | None = None


CATALOGUE: dict[str, SettingSpec] = {}


def declare(*specs: SettingSpec) -> None:
    """Register settings (each pane declares its own at import)."""
    for spec in specs:
        CATALOGUE[spec.key] = spec


declare(
    SettingSpec("ui.language", "Ngôn ngữ giao diện (vi/en)", "vi", str, minimum=None),
    SettingSpec("ui.theme", "Giao diện: light (sáng), dark (tối) hoặc system (theo máy)", "light", str,
                minimum=None),
    SettingSpec("backup.keep", "Số bản sao lưu tự động được giữ", 10, int, minimum=1, maximum=1000),
    SettingSpec(TIMEZONE_KEY, "Múi giờ của cơ quan (ngày hôm nay, giờ hiện tại)", DEFAULT_TIMEZONE, str,
                minimum=None),
)


_ALL_STORED = sa_select(col(Setting.key), col(Setting.value))


def _stored(session: Session) -> dict[str, str]:
    """Every stored setting's JSON text, from one query per transaction (a use case reads
    dozens of settings, most of them never stored: each would be a query of its own)."""
    return cached(session, "settings", frozenset({"setting"}),
                  lambda: {row.key: row.value for row in plain_rows(session, _ALL_STORED)})


def get(session: Session, key: str) -> Any:
    """The stored value of *key*, or its declared default."""
    spec = CATALOGUE.get(key)
    text = _stored(session).get(key)
    if text is None:
        if spec is None:
            raise KeyError(key)
        return spec.default
    return json.loads(text)


def all_values(session: Session) -> dict[str, Any]:
    stored = {key: json.loads(text) for key, text in _stored(session).items()}
    return {key: stored.get(key, spec.default) for key, spec in CATALOGUE.items()}


def validate(key: str, value: Any) -> Any:
    spec = CATALOGUE.get(key)
    if spec is None:
        raise InvalidInput(f"Không có thiết lập {key}.")
    try:
        value = spec.kind(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"{spec.label}: giá trị không hợp lệ ({value}).") from exc
    if key == "ui.theme" and value not in ("light", "dark", "system"):
        raise InvalidInput(f"{spec.label}: chọn light, dark hoặc system.")
    if key == "ui.language" and value not in ("vi", "en"):
        raise InvalidInput(f"{spec.label}: chọn vi hoặc en.")
    if key == TIMEZONE_KEY:
        value = value.strip()
        try:
            ZoneInfo(value)
        except (ValueError, ZoneInfoNotFoundError) as exc:
            raise InvalidInput(f"{spec.label}: không có múi giờ \"{value}\" (ví dụ: Asia/Ho_Chi_Minh).") from exc
    if spec.kind in (int, float):
        if spec.minimum is not None and value < spec.minimum:
            raise InvalidInput(f"{spec.label}: phải từ {spec.minimum} trở lên.")
        if spec.maximum is not None and value > spec.maximum:
            raise InvalidInput(f"{spec.label}: không được quá {spec.maximum}.")
    return value


def set_value(*, session: Session, actor: Actor, key: str, value: Any) -> Any:
    """Store a setting after checking its type and bounds."""
    require(actor, Permission.SETTINGS_WRITE)
    value = validate(key, value)
    with write(session, actor, "setting.set", f"setting:{key}", json.dumps(value, ensure_ascii=False)):
        row = session.get(Setting, key) or Setting(key=key, value="null")
        row.value = json.dumps(value, ensure_ascii=False)
        session.add(row)
    if key == TIMEZONE_KEY:
        set_office_tz(value)
    return value


def set_values(*, session: Session, actor: Actor, values: dict[str, Any]) -> dict[str, Any]:
    """Store several settings in one transaction (one audit row each): all of them, or, if one
    is invalid, none. Returns the stored values."""
    require(actor, Permission.SETTINGS_WRITE)
    checked = {key: validate(key, value) for key, value in values.items()}
    with unit_of_work(session):
        return {key: set_value(session=session, actor=actor, key=key, value=value) for key, value in checked.items()}


def apply_office_timezone(session: Session) -> str:
    """Take the office's time zone from its setting (at start-up, after opening the DB)."""
    name: str = get(session, TIMEZONE_KEY)
    try:
        set_office_tz(name)
    except (ValueError, ZoneInfoNotFoundError):
        name = DEFAULT_TIMEZONE
        set_office_tz(name)
    return name
