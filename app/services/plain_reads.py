"""Reads of plain columns without the ORM's work around each statement.

``Session.execute`` hands a select of mapped columns to the ORM: an ORM context, the
session's execute events, the ORM's loading of the result — about half a millisecond per
statement whatever its rows, which was a quarter of the calendar's week read (two dozen
statements). A select of columns, no entity, needs none of it: :func:`rows` runs it on
the session's own connection (the same transaction), after flushing what the session
holds, as ``Session.execute`` does (its autoflush).

The rows come back as named tuples: reading a column of SQLAlchemy's ``Row`` by its name
costs microseconds each time, and building a week's entries reads a dozen columns of each of
a few hundred rows (two thirds of that building was the reading).
"""

from __future__ import annotations

import functools
from collections import namedtuple
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Executable
from sqlalchemy.orm import Session


def _connection(session: Session) -> Connection:
    if session.autoflush and (session.new or session.dirty or session.deleted):
        session.flush()  # what Session.execute would do first: the rows it holds are read too
    return session.connection()


@functools.lru_cache(maxsize=512)
def _row_type(names: tuple[str, ...]) -> Any:
    return namedtuple("PlainRow", names, rename=True)  # noqa: PYI024 - made at run time, one per statement


def rows(session: Session, statement: Executable, parameters: Mapping[str, Any] | None = None) -> Sequence[Any]:
    """The rows of a select of columns, as named tuples (a column by its name, or unpacked)."""
    result = _connection(session).execute(statement, parameters or {})
    make = _row_type(tuple(result.keys()))._make
    return [make(row) for row in result]
