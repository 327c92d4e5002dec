"""The office's checklist templates (one per meeting kind) and the numbers they read.

Templates are seeded by migration 0003 from app.rules.meeting_templates and edited here.
Every number of regulations 003/004 is an office setting declared below; a template item
that names a setting reads it each time a checklist is generated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlmodel import Session, col, select

from app.errors import InvalidInput, NotFound
from app.rules import meeting_templates as rules
from app.rules.meeting_templates import (
    CONDITIONS,
    DEFAULT_NUMBERS,
    DEFAULT_TEMPLATES,
    KIND_LABELS,
    DueRule,
    MeetingKind,
    TemplateItem,
)
from app.rules.meetings import DEFAULT_DEADLINE
from app.services.admin import settings
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.admin.settings import SettingSpec
from app.services.unit_of_work import unit_of_work
from app.text import nfc
from db.models import ChecklistTemplate, ChecklistTemplateItem
from db.models.base import id_of

DEADLINE_TIME = "meetings.deadline_time"

settings.declare(
    SettingSpec(rules.INVITE_DAYS_BCH, "Gửi giấy mời, tài liệu hội nghị Ban Chấp hành trước (ngày làm việc)",
                DEFAULT_NUMBERS[rules.INVITE_DAYS_BCH], int, "003 §II.1.2; 004 Điều 10.3", maximum=60),
    SettingSpec(rules.INVITE_DAYS_BTV, "Gửi giấy mời, tài liệu hội nghị Ban Thường vụ trước (ngày làm việc)",
                DEFAULT_NUMBERS[rules.INVITE_DAYS_BTV], int, "003 §II.1.2; 004 Điều 11.2", maximum=60),
    SettingSpec(rules.INVITE_DAYS_TT, "Gửi giấy mời, tài liệu họp Thường trực trước (ngày làm việc)",
                DEFAULT_NUMBERS[rules.INVITE_DAYS_TT], int, "003 §II.1.2", maximum=60),
    SettingSpec(rules.INVITE_DAYS_IMPORTANT, "Gửi tài liệu các vấn đề quan trọng, phức tạp trước (ngày làm việc)",
                DEFAULT_NUMBERS[rules.INVITE_DAYS_IMPORTANT], int, "004 Điều 11.2", maximum=60),
    SettingSpec(rules.MINUTES_DAYS, "Hoàn thành biên bản hội nghị sau khi kết thúc (ngày làm việc)",
                DEFAULT_NUMBERS[rules.MINUTES_DAYS], int, "003 §II.1.1", maximum=60),
    SettingSpec(rules.RECEPTION_MINUTES, "Chuẩn bị phòng tiếp khách trước (phút)",
                DEFAULT_NUMBERS[rules.RECEPTION_MINUTES], int, "003 §II.2.3", maximum=600),
    SettingSpec(rules.FIELD_DOCS_DAYS, "Trình tài liệu đi làm việc cơ sở trước (ngày làm việc)",
                DEFAULT_NUMBERS[rules.FIELD_DOCS_DAYS], int, "003 §II.3.1", maximum=60),
    SettingSpec(rules.ABSENCE_LIMIT, "Số lần ủy viên được vắng họp tối đa mỗi năm",
                DEFAULT_NUMBERS[rules.ABSENCE_LIMIT], int, "004 Điều 10.1", maximum=50),
    SettingSpec(DEADLINE_TIME, "Giờ hết hạn của việc tính theo ngày làm việc (HH:MM)",
                DEFAULT_DEADLINE.strftime("%H:%M"), str, minimum=None),
)


def numbers(session: Session) -> dict[str, int]:
    """The office's values of every number a template may name."""
    return {key: int(settings.get(session, key)) for key in DEFAULT_NUMBERS}


def deadline_time(session: Session) -> time:
    """When a "N working days before/after" task is due on its day (setting, default 17:00)."""
    text = str(settings.get(session, DEADLINE_TIME)).strip()
    try:
        hours, minutes = (int(x) for x in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        return DEFAULT_DEADLINE


# -- reading ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateItemInfo:
    id: int
    sort_order: int
    department: str
    task: str
    rule: DueRule
    amount: int
    setting_key: str | None
    setting_offset: int
    important_setting: str | None
    condition: str
    source: str
    key: str
    number: int  # the number with today's settings

    def as_rule(self) -> TemplateItem:
        return TemplateItem(self.department, self.task, self.rule, self.amount, self.setting_key,
                            self.setting_offset, self.important_setting, self.condition, self.source,
                            self.key, self.id)


def _template(session: Session, kind: MeetingKind) -> ChecklistTemplate:
    """The office's template for *kind*, created from the defaults if it is missing."""
    row = session.exec(select(ChecklistTemplate).where(ChecklistTemplate.kind == kind.value)).first()
    if row is None:
        row = ChecklistTemplate(kind=kind.value, name=KIND_LABELS[kind])
        session.add(row)
        session.flush()
        _insert_defaults(session, id_of(row), kind)
    return row


def _insert_defaults(session: Session, template_id: int, kind: MeetingKind) -> None:
    for order, item in enumerate(DEFAULT_TEMPLATES[kind], start=1):
        session.add(ChecklistTemplateItem(
            template_id=template_id, sort_order=order, department=str(item.department), task=item.task,
            rule=item.rule.value, amount=item.amount, setting_key=item.setting, setting_offset=item.offset,
            important_setting=item.important_setting, condition=item.condition, source=item.source,
            key=item.key))
    session.flush()


def _rows(session: Session, template_id: int) -> list[ChecklistTemplateItem]:
    return list(session.exec(
        select(ChecklistTemplateItem)
        .where(ChecklistTemplateItem.template_id == template_id, ChecklistTemplateItem.active)
        .order_by(col(ChecklistTemplateItem.sort_order), col(ChecklistTemplateItem.id))).all())


def template_items(session: Session, kind: MeetingKind | str) -> tuple[TemplateItem, ...]:
    """The active items of the office's template for *kind*, as rule objects (with ids).

    Creates the template from the defaults if the office has none (inside the caller's
    transaction).
    """
    kind = MeetingKind.parse(kind)
    template = _template(session, kind)
    return tuple(_info(row, {}).as_rule() for row in _rows(session, id_of(template)))


def _info(row: ChecklistTemplateItem, values: dict[str, int]) -> TemplateItemInfo:
    info = TemplateItemInfo(id_of(row), row.sort_order, row.department, row.task, DueRule(row.rule), row.amount,
                            row.setting_key, row.setting_offset, row.important_setting, row.condition,
                            row.source, row.key, 0)
    try:
        number = info.as_rule().number(values)
    except ValueError:
        number = row.amount
    return TemplateItemInfo(**{**vars(info), "number": number})


def list_template(*, session: Session, kind: MeetingKind | str) -> list[TemplateItemInfo]:
    """The active items of the template for *kind*, in order, with their current numbers."""
    kind = MeetingKind.parse(kind)
    row = session.exec(select(ChecklistTemplate).where(ChecklistTemplate.kind == kind.value)).first()
    if row is None:  # wiped (demo --force) or never seeded: seed the defaults again
        with unit_of_work(session):
            row = _template(session, kind)
    values = numbers(session)
    return [_info(r, values) for r in _rows(session, id_of(row))]


# -- editing ---------------------------------------------------------------------------

@dataclass
class TemplateItemInput:
    """What a user types for a template item."""

    department: str
    task: str
    rule: DueRule | str
    amount: int = 0
    setting_key: str | None = None
    setting_offset: int = 0
    important_setting: str | None = None
    condition: str = ""
    source: str = ""

    def clean(self) -> TemplateItemInput:
        task, department = nfc(self.task), nfc(self.department)
        if not task:
            raise InvalidInput("Nội dung công việc không được để trống.")
        if not department:
            raise InvalidInput("Hãy chọn phòng thực hiện.")
        try:
            rule = DueRule(self.rule)
        except ValueError:
            raise InvalidInput(f"Cách tính hạn không hợp lệ: {self.rule}") from None
        if isinstance(self.amount, bool) or not isinstance(self.amount, int) or self.amount < 0:
            raise InvalidInput("Số ngày, số phút phải là số nguyên không âm.")
        if rule in (DueRule.WORKING_DAYS_BEFORE, DueRule.WORKING_DAYS_AFTER) and self.amount > 250:
            raise InvalidInput("Số ngày làm việc không được quá 250.")
        for key in (self.setting_key, self.important_setting):
            if key and key not in DEFAULT_NUMBERS:
                raise InvalidInput(f"Không có thiết lập {key}.")
        if self.condition not in CONDITIONS:
            raise InvalidInput(f"Điều kiện không hợp lệ: {self.condition}")
        return TemplateItemInput(department, task, rule, self.amount, self.setting_key or None,
                                 int(self.setting_offset), self.important_setting or None, self.condition,
                                 nfc(self.source))


def add_template_item(*, session: Session, actor: Actor, kind: MeetingKind | str,
                      data: TemplateItemInput) -> int:
    """Add a task at the end of the template for *kind*."""
    require(actor, Permission.MEETINGS_WRITE)
    kind = MeetingKind.parse(kind)
    data = data.clean()
    with write(session, actor, "template.add_item", f"template:{kind.value}", data.task):
        template = _template(session, kind)
        last = max((r.sort_order for r in _rows(session, id_of(template))), default=0)
        row = ChecklistTemplateItem(template_id=id_of(template), sort_order=last + 1, **_fields(data))
        session.add(row)
    return id_of(row)


def _fields(data: TemplateItemInput) -> dict[str, Any]:
    return {"department": data.department, "task": data.task, "rule": DueRule(data.rule).value,
            "amount": data.amount, "setting_key": data.setting_key, "setting_offset": data.setting_offset,
            "important_setting": data.important_setting, "condition": data.condition, "source": data.source}


def _item(session: Session, item_id: int) -> ChecklistTemplateItem:
    row = session.get(ChecklistTemplateItem, item_id)
    if row is None or not row.active:
        raise NotFound(f"Không tìm thấy mục mẫu có mã {item_id}.")
    return row


def update_template_item(*, session: Session, actor: Actor, item_id: int, data: TemplateItemInput) -> int:
    """Change a template item; meetings already prepared keep their checklist until regenerated."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _item(session, item_id)
    data = data.clean()
    with write(session, actor, "template.update_item", f"template_item:{item_id}", data.task):
        for key, value in _fields(data).items():
            setattr(row, key, value)
        session.add(row)
    return item_id


def remove_template_item(*, session: Session, actor: Actor, item_id: int) -> None:
    """Take an item out of its template (kept inactive: checklists made from it keep their link)."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _item(session, item_id)
    with write(session, actor, "template.remove_item", f"template_item:{item_id}", row.task):
        row.active = False
        session.add(row)


def move_template_item(*, session: Session, actor: Actor, item_id: int, step: int) -> None:
    """Move an item *step* places up (negative) or down (positive) in its template."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _item(session, item_id)
    with write(session, actor, "template.move_item", f"template_item:{item_id}", str(step)):
        rows = _rows(session, row.template_id)
        index = next(i for i, r in enumerate(rows) if r.id == item_id)
        target = max(0, min(len(rows) - 1, index + step))
        rows.insert(target, rows.pop(index))
        for order, r in enumerate(rows, start=1):
            r.sort_order = order
            session.add(r)


def reset_template(*, session: Session, actor: Actor, kind: MeetingKind | str) -> None:
    """Replace the office's template for *kind* by the defaults of regulation 003."""
    require(actor, Permission.MEETINGS_WRITE)
    kind = MeetingKind.parse(kind)
    with write(session, actor, "template.reset", f"template:{kind.value}"):
        template = _template(session, kind)
        for row in _rows(session, id_of(template)):
            row.active = False
            session.add(row)
        session.flush()
        _insert_defaults(session, id_of(template), kind)
