"""Fault injection for the unit-of-work tests and the crash harness: make the k-th write
statement of a use case raise, and compare every table before and after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

import db.models  # noqa: F401  (every table in the metadata)

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class Boom(Exception):
    """The injected fault."""


@contextmanager
def fail_after_write(engine: Engine, k: int) -> Iterator[list[int]]:
    """Raise :class:`Boom` right after the *k*-th write statement (1-based) runs.

    Yields a one-item list holding the number of write statements seen so far."""
    seen = [0]

    def after(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            seen[0] += 1
            if seen[0] == k:
                raise Boom(f"fault after write {k}: {statement[:60]}")

    event.listen(engine, "after_cursor_execute", after)
    try:
        yield seen
    finally:
        event.remove(engine, "after_cursor_execute", after)


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    with engine.connect() as conn:
        return {table.name: sorted((tuple(row) for row in conn.execute(select(table))), key=repr)
                for table in SQLModel.metadata.sorted_tables}


def changed_tables(before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    return [name for name in before if before[name] != after.get(name)]
