"""Dialogs shown before the database is open take it as a value or as a function that opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from db.engine import Database

DatabaseSource = Union["Database", Callable[[], "Database"]]


def resolve(source: DatabaseSource) -> Database:
    """The database itself (opening it now if *source* is an opener)."""
    return source() if callable(source) else source
