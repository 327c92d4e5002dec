"""What a write changed: the rows it added, updated or deleted, by table.

Every service write runs in :func:`app.services.unit_of_work.unit_of_work`; nothing in it names
what it changed.  The session records it instead: each flush adds the rows it wrote, each bulk
statement (``UPDATE``/``DELETE``/``INSERT`` without objects) its table with the ids unknown.
What a transaction recorded counts once it commits and is forgotten if it rolls back, so the
caller of a use case asks :func:`take` afterwards and gets exactly what reached the database
(Anki's ``OpChanges`` is the model; here the change set is gathered, not written by hand).

The audit log is written by every write and says nothing about what a view shows, so it is left
out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session

_PENDING = "vanphong.changes.pending"  # session.info: this transaction's rows, not yet committed
_COMMITTED = "vanphong.changes.committed"  # session.info: committed since the last take()

# written by every write (its audit row): not a change anything shows
IGNORED_TABLES = frozenset({"audit_log"})

# table -> ids of the changed rows, or None when a bulk statement changed rows not known by id
_Rows = dict[str, set[Any] | None]


@dataclass(frozen=True)
class Changes:
    """The rows one use case changed, by table name; ``None`` for a table means "some rows"."""

    rows: Mapping[str, frozenset[Any] | None] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.rows)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether any of *tables* changed."""
        return not self.tables.isdisjoint(tables)

    def ids(self, table: str) -> frozenset[Any] | None:
        """The changed rows' ids of *table*: empty if it did not change, None if not known (a bulk
        statement changed some of its rows)."""
        if table not in self.rows:
            return frozenset()
        return self.rows[table]

    def only(self, tables: Iterable[str]) -> bool:
        """Whether the change is confined to *tables* (and not empty)."""
        return bool(self.rows) and self.tables <= frozenset(tables)

    def __or__(self, other: Changes) -> Changes:
        merged: _Rows = {}
        _merge(merged, self.rows)
        _merge(merged, other.rows)
        return _frozen(merged)


NONE = Changes()


def take(session: Session) -> Changes:
    """The rows committed by *session* since the last call (then forgotten)."""
    committed: _Rows | None = session.info.pop(_COMMITTED, None)
    return _frozen(committed) if committed else NONE


def _frozen(rows: Mapping[str, Iterable[Any] | None]) -> Changes:
    return Changes({table: None if ids is None else frozenset(ids) for table, ids in rows.items()})


def _merge(into: _Rows, rows: Mapping[str, Iterable[Any] | None]) -> None:
    for table, ids in rows.items():
        if ids is None or (table in into and into[table] is None):
            into[table] = None
        else:
            known = into.setdefault(table, set())
            assert known is not None
            known.update(ids)


def _record(session: Session, table: str, ident: Any | None, *, some: bool = False) -> None:
    if not table or table in IGNORED_TABLES:
        return
    pending: _Rows = session.info.setdefault(_PENDING, {})
    if some:
        pending[table] = None
    elif table not in pending:
        pending[table] = {ident}
    elif (ids := pending[table]) is not None:
        ids.add(ident)


def _identity(row: object) -> Any:
    key = inspect(row).mapper.primary_key_from_instance(row)
    return key[0] if len(key) == 1 else tuple(key)


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, flush_context: object) -> None:
    for row in (*session.new, *session.deleted):
        _record(session, getattr(row, "__tablename__", ""), _identity(row))
    for row in session.dirty:
        if session.is_modified(row, include_collections=False):
            _record(session, getattr(row, "__tablename__", ""), _identity(row))


def bulk_write_table(state: ORMExecuteState) -> str | None:
    """The table an UPDATE, DELETE or INSERT statement (not a flush of rows) writes, "" when it
    cannot be told; None for a statement that writes nothing."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return None
    return str(getattr(getattr(state.statement, "table", None), "name", ""))


@event.listens_for(Session, "do_orm_execute")
def _bulk_write(state: ORMExecuteState) -> None:
    name = bulk_write_table(state)
    if name is not None:
        _record(state.session, name, None, some=True)


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    pending: _Rows | None = session.info.pop(_PENDING, None)
    if pending:
        _merge(session.info.setdefault(_COMMITTED, {}), pending)


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop(_PENDING, None)
