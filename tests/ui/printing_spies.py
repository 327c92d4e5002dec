"""Spies for the printing tests: which threads open a database session, and what a service
function returned or a renderer received, on which thread."""

from __future__ import annotations

import importlib
import threading

import pytest


@pytest.fixture
def sessions(monkeypatch):
    """The threads that opened a database session."""
    from db.engine import Database

    opened: list[int] = []
    original = Database.session

    def recorded(self):  # noqa: ANN001, ANN202
        opened.append(threading.get_ident())
        return original(self)

    monkeypatch.setattr(Database, "session", recorded)
    return opened


def spy(monkeypatch, target: str, calls: list) -> None:  # noqa: ANN001
    """Record (thread, first argument, result) of each call of *target* ("module.function")."""
    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    original = getattr(module, name)

    def recorded_call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        result = original(*args, **kwargs)
        calls.append((threading.get_ident(), args[0] if args else kwargs.get("session"), result))
        return result

    monkeypatch.setattr(module, name, recorded_call)
