"""Reads a use case repeats, answered once per transaction.

A composite use case (the demo office, a meeting with its calendar entry and invitations, a
leave request with its approval chain) asks the same small questions many times: a setting,
the directory of names.  :func:`cached` keeps the answer in ``session.info`` until the
transaction ends, or until a flush writes a row of one of the tables it was read from, so an
answer is never older than what this session wrote and never outlives the transaction (another
process may change the data between two transactions of a long-lived session).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from app.services.changes import bulk_write_table

T = TypeVar("T")
_CACHE = "vanphong.read_cache"  # session.info: key -> (tables it depends on, answer)


def cached(session: Session, key: str, tables: frozenset[str], load: Callable[[], T]) -> T:
    """*load()*'s answer, read at most once per transaction while none of *tables* is written."""
    cache: dict[str, tuple[frozenset[str], Any]] = session.info.setdefault(_CACHE, {})
    entry = cache.get(key)
    if entry is None:
        entry = cache[key] = (tables, load())
    return entry[1]


@event.listens_for(Session, "after_transaction_end")
def _transaction_ended(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the session's own transaction, not a flush's subtransaction
        session.info.pop(_CACHE, None)


@event.listens_for(Session, "before_flush")
def _flushing(session: Session, flush_context: object, instances: object) -> None:
    cache = session.info.get(_CACHE)
    if not cache:
        return
    _forget_reads_of(cache, {getattr(row, "__tablename__", "") for row in (*session.new, *session.dirty,
                                                                          *session.deleted)})


@event.listens_for(Session, "do_orm_execute")
def _bulk_write(state: ORMExecuteState) -> None:
    """An UPDATE or DELETE statement (not a row flushed) may change what a cached read saw."""
    name = bulk_write_table(state)
    cache = state.session.info.get(_CACHE)
    if name is None or not cache:
        return
    _forget_reads_of(cache, {name} if name else None)


def _forget_reads_of(cache: dict[str, tuple[frozenset[str], Any]], written: set[str] | None) -> None:
    """Drop the answers read from any of the *written* tables (None: a table not known, all of them)."""
    for key in [k for k, (tables, _answer) in cache.items() if written is None or tables & written]:
        del cache[key]
