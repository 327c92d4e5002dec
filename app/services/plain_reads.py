"""Reads of plain columns without the ORM's work around each statement.

``Session.execute`` hands a select of mapped columns to the ORM: an ORM context, the
session's execute events, the ORM's loading of the result — about half a millisecond per
statement whatever its rows, which was a quarter of the calendar's week read (two dozen
statements). A select of columns, no entity, needs none of it: :func:`rows` and
:func:`scalars` run it on the session's own connection (the same transaction), after
flushing what the session holds, as ``Session.execute`` does (its autoflush).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Executable
from sqlalchemy.orm import Session


def _connection(session: Session) -> Connection:
    if session.autoflush and (session.new or session.dirty or session.deleted):
        session.flush()  # what Session.execute would do first: the rows it holds are read too
    return session.connection()


def rows(session: Session, statement: Executable, parameters: Mapping[str, Any] | None = None) -> Sequence[Any]:
    """The rows (sqlalchemy Row: attributes by column name, or unpacked as tuples) of a select of columns."""
    return _connection(session).execute(statement, parameters or {}).all()


def scalars(session: Session, statement: Executable, parameters: Mapping[str, Any] | None = None) -> Sequence[Any]:
    """The first column of each row of a select."""
    return _connection(session).execute(statement, parameters or {}).scalars().all()
