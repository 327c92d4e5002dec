"""One transaction and one audit-log row per write."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlmodel import Session, col, select

from app.services.admin.auth import Actor
from app.services.unit_of_work import unit_of_work
from db.models import AuditLog


@contextmanager
def write(session: Session, actor: Actor, action: str, target: str = "", detail: str = "") -> Iterator[None]:
    """Run the block in the use case's unit of work, with its audit row in the same transaction.

    Outermost, it commits once at the end; inside another write it joins that one (see
    :mod:`app.services.unit_of_work`).  On any error everything is rolled back: nothing
    half-written stays behind.  A database constraint violation becomes a Conflict.
    """
    with unit_of_work(session):
        yield
        session.add(AuditLog(username=actor.username, action=action, target=target, detail=detail[:500]))


def recent(*, session: Session, limit: int = 200) -> list[AuditLog]:
    return list(session.exec(select(AuditLog).order_by(col(AuditLog.id).desc()).limit(limit)).all())
