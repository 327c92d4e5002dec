"""Leave types (phép năm, việc riêng, không lương, ốm, thai sản …): the defaults of the
Labour Code 2019 and the office's edits of them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from app.errors import Conflict, InvalidInput
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.leave.approval import insert_default_acting_rules, insert_default_rules
from app.services.lookup import get_or_raise
from app.services.unit_of_work import unit_of_work
from app.text import nfc
from db.models import LeaveActingRule, LeaveApprovalRule, LeaveType
from db.models.base import id_of


@dataclass(frozen=True)
class LeaveTypeInput:
    code: str
    name: str
    symbol: str = ""
    paid: bool = True
    counts_against_annual: bool = False
    max_days: float | None = None
    source: str = ""
    sort_order: int = 0
    active: bool = True
    min_notice_days: int = 0  # working days of notice before the start (Frappe HR #5036)
    notice_refuses: bool = False  # too short a notice: refused (True) or a warning (False)


COMPENSATORY_CODE = "compensatory"
MAX_NOTICE_DAYS = 250  # about a working year

# The same list as migration 0004 seeds (a test keeps them equal).
DEFAULT_LEAVE_TYPES: tuple[LeaveTypeInput, ...] = (
    LeaveTypeInput("annual", "Nghỉ phép năm", "P", True, True, None, "Bộ luật Lao động 2019, Điều 113, 114", 1),
    LeaveTypeInput("marriage", "Nghỉ việc riêng: bản thân kết hôn", "R", True, False, 3.0,
                   "Bộ luật Lao động 2019, Điều 115.1a", 2),
    LeaveTypeInput("child_marriage", "Nghỉ việc riêng: con kết hôn", "R", True, False, 1.0,
                   "Bộ luật Lao động 2019, Điều 115.1b", 3),
    LeaveTypeInput("bereavement", "Nghỉ việc riêng: cha, mẹ, vợ/chồng, con chết", "R", True, False, 3.0,
                   "Bộ luật Lao động 2019, Điều 115.1c", 4),
    LeaveTypeInput("unpaid_family", "Nghỉ không lương: ông bà, anh chị em ruột mất; cha mẹ, anh chị em ruột kết hôn",
                   "Ro", False, False, 1.0, "Bộ luật Lao động 2019, Điều 115.2", 5),
    LeaveTypeInput("unpaid", "Nghỉ không hưởng lương", "Ro", False, False, None, "Bộ luật Lao động 2019, Điều 115.3", 6),
    LeaveTypeInput("sick", "Nghỉ ốm", "Ô", True, False, None, "Luật Bảo hiểm xã hội 2024", 7),
    LeaveTypeInput("maternity", "Nghỉ thai sản", "TS", True, False, None, "Bộ luật Lao động 2019, Điều 139", 8),
    LeaveTypeInput("other", "Nghỉ khác", "K", True, False, None, "", 9),
    # migration 0010: taken from the days earned by duty on a day off (Frappe HR #5302)
    LeaveTypeInput(COMPENSATORY_CODE, "Nghỉ bù (trực ngày nghỉ)", "NB", True, False, None,
                   "Quy định của cơ quan: trực ngày nghỉ được nghỉ bù", 10),
)


def ensure_defaults(session: Session) -> bool:
    """Put back the default leave types and approval rules when their tables are empty
    (after `vanphong demo --force` cleared the office data). True if anything was added."""
    added = False
    with unit_of_work(session):
        if not session.exec(select(func.count()).select_from(LeaveType)).one():
            for item in DEFAULT_LEAVE_TYPES:
                session.add(LeaveType(**vars(item)))
            added = True
        if not session.exec(select(func.count()).select_from(LeaveApprovalRule)).one():
            insert_default_rules(session)
            added = True
        if not session.exec(select(func.count()).select_from(LeaveActingRule)).one():
            insert_default_acting_rules(session)
            added = True
    return added


def save_leave_type(*, session: Session, actor: Actor, data: LeaveTypeInput, type_id: int | None = None) -> int:
    """Create or change a leave type (admin)."""
    require(actor, Permission.SETTINGS_WRITE)
    code, name = nfc(data.code).lower(), nfc(data.name)
    if not code or any(ch.isspace() for ch in code):
        raise InvalidInput("Mã loại nghỉ không được để trống hay chứa khoảng trắng.")
    if not name:
        raise InvalidInput("Tên loại nghỉ không được để trống.")
    if data.max_days is not None and data.max_days <= 0:
        raise InvalidInput("Số ngày tối đa phải lớn hơn 0 (để trống nếu không giới hạn).")
    if not isinstance(data.min_notice_days, int) or not 0 <= data.min_notice_days <= MAX_NOTICE_DAYS:
        raise InvalidInput(f"Số ngày báo trước phải từ 0 đến {MAX_NOTICE_DAYS} ngày làm việc.")
    if type_id is None:
        row = LeaveType(code=code, name=name)
    else:
        row = get_or_raise(session, LeaveType, type_id, f"Không tìm thấy loại nghỉ số {type_id}.")
    same = session.exec(select(LeaveType).where(LeaveType.code == code)).first()
    if same is not None and same.id != type_id:
        raise Conflict(f"Đã có loại nghỉ mã {code}.")
    with write(session, actor, "leave_type.save", f"leave_type:{type_id or 'new'}", name):
        row.code, row.name, row.symbol = code, name, nfc(data.symbol)
        row.paid, row.counts_against_annual = data.paid, data.counts_against_annual
        row.max_days, row.source = data.max_days, nfc(data.source)
        row.sort_order, row.active = data.sort_order, data.active
        row.min_notice_days, row.notice_refuses = data.min_notice_days, data.notice_refuses
        session.add(row)
    return id_of(row)
