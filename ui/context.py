"""The window's link to the domain: the open database, the signed-in user, change signals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlmodel import Session

from app.errors import VanPhongError
from app.services import changes as change_sets
from app.services.admin.auth import Actor, Permission
from app.services.changes import Changes
from db.engine import Database
from db.errors import DatabaseError
from ui.db_thread import DatabaseThread, Job

T = TypeVar("T")
_NOT_READ = object()


class AppContext(QObject):
    """Shared by every pane. Panes call services through :meth:`call` and listen to
    :attr:`data_changed`, which carries the :class:`~app.services.changes.Changes` of each write
    (the rows it changed, by table, as the database committed them: nobody names them by hand)."""

    data_changed = Signal(object)

    def __init__(self, database: Database, actor: Actor, parent: QObject | None = None, *,
                 read_ahead: dict[tuple, Any] | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.db = DatabaseThread(self)  # every database call of the window runs there
        # results read before the window existed (while the sign-in dialog waited), by read_key;
        # each is used once, and none after a change
        self._read_ahead = dict(read_ahead or {})
        self.data_changed.connect(self._forget_read_ahead)  # a method, not a lambda holding self: the
        # connection would keep the context (and its database thread) alive for ever
        self._batch: list[Changes] | None = None  # changes held back by batch()

    def _forget_read_ahead(self, _changes: object) -> None:
        self._read_ahead.clear()

    def session(self) -> Session:
        return self.database.session()

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    def _with_session(self, fn: Callable[..., T], kwargs: dict[str, Any]) -> Callable[[], T]:
        def job() -> T:
            with self.session() as session:
                return fn(session=session, **kwargs)

        return job

    def read(self, fn: Callable[..., T], /, **kwargs: Any) -> T:
        """Run a read-only service function with a fresh session on the database thread and
        wait for it (for short reads whose result is needed at once)."""
        if self._read_ahead:
            try:
                return self._read_ahead.pop(read_key(fn, kwargs))
            except (KeyError, TypeError):  # not read ahead (or arguments that cannot be a key)
                pass
        return self.db.run(self._with_session(fn, kwargs))

    def read_later(self, fn: Callable[..., T], /, *, done: Callable[[T], None], key: str | None = None,
                   failed: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Job:
        """Run a read-only service function on the database thread; *done(result)* is called on
        the UI thread (*failed(error)* if it raised; by default a user or database error is
        shown in a dialog). A newer read with the same *key* supersedes the older one. A result
        read ahead (while the sign-in dialog waited) is delivered at once."""
        if self._read_ahead or self.deliver_at_once:
            try:
                value = self._read_ahead.pop(read_key(fn, kwargs)) if self._read_ahead else _NOT_READ
            except (KeyError, TypeError):
                value = _NOT_READ
            if value is not _NOT_READ or self.deliver_at_once:
                return self._deliver_now(fn, kwargs, value, done, key, failed or self._report)
        return self.db.submit(self._with_session(fn, kwargs), done, on_error=failed or self._report, key=key)

    # The UI tests that check what a pane shows set this (tests/ui/conftest.py): each read_later
    # still runs on the database thread, but the caller waits and *done* runs before it returns,
    # so a test reads the pane right after an action. The stall tests keep it off.
    deliver_at_once = False

    def _deliver_now(self, fn: Callable[..., T], kwargs: dict[str, Any], value: Any,
                     done: Callable[[T], None], key: str | None, failed: Callable[[BaseException], None]) -> Job:
        job = Job(done, failed, key)
        if key is not None and (older := self.db.latest(key)) is not None:
            older.cancel()
        try:
            if value is _NOT_READ:
                value = self.db.run(self._with_session(fn, kwargs))
        except Exception as exc:  # noqa: BLE001 - reported as a read_later would
            failed(exc)
            return job
        done(value)
        return job

    def wait_idle(self) -> None:
        """Process events until every read_later has been delivered (tests, benchmarks)."""
        self.db.wait_idle()

    def _report(self, exc: BaseException) -> None:
        if not isinstance(exc, (VanPhongError, DatabaseError)):
            raise exc
        show_error(None, str(exc))

    def call(self, fn: Callable[..., T], /, **kwargs: Any) -> T:
        """Run a write service as the signed-in user (on the database thread, waited for),
        then announce what it changed."""
        kwargs = {"actor": self.actor, **kwargs}
        written: list[Changes] = []  # what committed, even if the call then raised

        def job() -> T:
            with self.session() as session:
                try:
                    return fn(session=session, **kwargs)
                finally:
                    written.append(change_sets.take(session))

        try:
            return self.db.run(job)
        finally:
            self.announce(written[0] if written else change_sets.NONE)

    def try_call(self, parent: QWidget | None, fn: Callable[..., T], /, **kwargs: Any) -> tuple[bool, T | None]:
        """Like :meth:`call`, but a user error is shown in a dialog; returns (ok, result)."""
        try:
            return True, self.call(fn, **kwargs)
        except (VanPhongError, DatabaseError) as exc:
            show_error(parent, str(exc))
            return False, None

    def announce(self, changes: Changes) -> None:
        """Tell the panes what changed (at the end of the current :meth:`batch`, if any)."""
        if not changes:
            return
        if self._batch is not None:
            self._batch.append(changes)
        else:
            self.data_changed.emit(changes)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Announce the writes of the block once, when it ends, even if it raised (a command of
        several writes: the panes reload once, and a half-done edit shows as it is)."""
        if self._batch is not None:  # nested: the outer batch announces
            yield
            return
        self._batch = []
        try:
            yield
        finally:
            held, self._batch = self._batch, None
            if held:
                merged = change_sets.NONE
                for changes in held:
                    merged = merged | changes
                self.data_changed.emit(merged)


def read_key(fn: Callable[..., Any], kwargs: dict[str, Any]) -> tuple:
    """What identifies a read: the function and its keyword arguments."""
    return (fn, tuple(sorted(kwargs.items())))


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A modal warning with the message as the service wrote it (Vietnamese)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("AppContext", "Không thực hiện được"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()
