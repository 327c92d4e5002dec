"""One use case, one transaction: a write context that nests.

Every write of the services runs inside :func:`unit_of_work`.  The outermost one owns the
transaction: it commits when its block ends and rolls everything back when anything in it
raises.  An inner one (a service that calls another service, the demo loader that calls many)
joins the outer transaction: it only flushes, so the database sees one commit per use case
and a failure anywhere leaves nothing of it behind.

An inner block that raised dooms the whole unit of work even if a caller caught the error:
the outermost block then rolls back and raises :class:`UnitOfWorkFailed` instead of
committing half a use case.

What a committed unit of work wrote is recorded on the session (:mod:`app.services.changes`):
the caller of a use case asks ``changes.take(session)`` for its change set.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.errors import Conflict
from app.services import changes  # noqa: F401 - records what each committed transaction wrote

_DEPTH = "vanphong.uow_depth"
_DOOMED = "vanphong.uow_doomed"


class UnitOfWorkFailed(RuntimeError):
    """An inner step failed and its error was swallowed; the use case was rolled back."""


def depth(session: Session) -> int:
    """How many units of work are open on *session* (0: none, 1: the outermost...)."""
    return int(session.info.get(_DEPTH, 0))


@contextmanager
def unit_of_work(session: Session) -> Iterator[Session]:
    """Run the block as (part of) one transaction; see the module's docstring."""
    level = depth(session)
    session.info[_DEPTH] = level + 1
    if level == 0:
        session.info[_DOOMED] = False
    try:
        yield session
        session.flush()
        if level == 0:
            if session.info.get(_DOOMED):
                raise UnitOfWorkFailed("Một bước của thao tác bị lỗi; không có gì được lưu.")
            session.commit()
    except IntegrityError as exc:
        _fail(session, level)
        raise Conflict(integrity_message(exc)) from exc
    except BaseException:
        _fail(session, level)
        raise
    finally:
        session.info[_DEPTH] = level


def _fail(session: Session, level: int) -> None:
    if level == 0:
        session.rollback()
        session.info[_DOOMED] = False
    else:
        session.info[_DOOMED] = True


def integrity_message(exc: IntegrityError) -> str:
    """A database constraint violation in words a clerk can act on."""
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
