"""One row by its primary key, or :class:`~app.errors.NotFound` with the caller's message."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from app.errors import NotFound

Row = TypeVar("Row", bound=SQLModel)


def get_or_raise(session: Session, model: type[Row], ident: Any, message: str) -> Row:
    """``session.get(model, ident)``; NotFound(*message*) when there is no such row (or no *ident*)."""
    row = session.get(model, ident) if ident is not None else None
    if row is None:
        raise NotFound(message)
    return row
