"""One transaction and one audit-log row per write."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from app.errors import Conflict
from app.services.admin.auth import Actor
from db.models import AuditLog


@contextmanager
def write(session: Session, actor: Actor, action: str, target: str = "", detail: str = "") -> Iterator[None]:
    """Run the block as one transaction, then add the audit row and commit.

    On any error everything is rolled back: nothing half-written stays behind.
    A database constraint violation becomes a Conflict with a readable message.
    """
    try:
        yield
        session.flush()
        session.add(AuditLog(username=actor.username, action=action, target=target, detail=detail[:500]))
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict(_integrity_message(exc)) from exc
    except BaseException:
        session.rollback()
        raise


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig)
    if "own ancestor" in text or "ck_unit_not_own_parent" in text:
        return "Một đơn vị không thể nằm dưới chính nó hoặc đơn vị cấp dưới của nó."
    if "UNIQUE" in text.upper():
        return "Dữ liệu bị trùng với một bản ghi đã có."
    if "FOREIGN KEY" in text.upper():
        return "Bản ghi đang được dùng ở nơi khác hoặc tham chiếu tới bản ghi không tồn tại."
    if "CHECK" in text.upper():
        return "Dữ liệu không hợp lệ (vi phạm ràng buộc của cơ sở dữ liệu)."
    return f"Không lưu được: {text}"


def recent(*, session: Session, limit: int = 200) -> list[AuditLog]:
    return list(session.exec(select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)).all())
