"""One window per user and database: a second `vanphong` focuses the first and exits.

The guard is a QLockFile in the user's data folder (it outlives no crash: Qt treats the lock
of a process that is gone as stale). The first instance also listens on a QLocalServer;
a second instance finds the lock taken, sends "activate" to that server and exits without
ever opening the database. Both names are derived from the user and the database, so two
offices' files (``--db``) can be open side by side, and two users of one PC never meet.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500
CONNECT_ATTEMPTS = 6  # the first instance may be between taking the lock and listening


def instance_key(database_url: str, user: str | None = None) -> str:
    """A short name, the same for one user and one database, different otherwise."""
    user = user if user is not None else _user_name()
    digest = hashlib.sha256(f"{user}\0{database_url}".encode()).hexdigest()[:20]
    return f"vanphong-{digest}"


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


class SingleInstance(QObject):
    """The guard of one running window. Keep it alive as long as the window lives.

    ``acquire()`` returns True for the first instance (which then emits :attr:`activated`
    whenever a later start asks it to come to the front) and False for a later one (after
    it has told the first instance to come forward).
    """

    activated = Signal()

    def __init__(self, key: str, lock_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.lock_path = Path(lock_folder) / f"{key}.lock"
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    def acquire(self) -> bool:
        with contextlib.suppress(OSError):  # QLockFile reports it below
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # held for hours: only a dead owner makes it stale
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                self.notify_running_instance()
                return False
            # no permission or an odd file system: run unguarded rather than not at all
            print(f"vanphong: không tạo được tệp khóa {self.lock_path}", file=sys.stderr)
        else:
            self._lock = lock
        self._listen()
        return True

    def notify_running_instance(self) -> bool:
        """Ask the instance holding the lock to come to the front. True if it heard."""
        _allow_foreground_switch()
        for _ in range(CONNECT_ATTEMPTS):
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                socket.write(ACTIVATE)
                socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                socket.disconnectFromServer()
                return True
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- the first instance's server ------------------------------------------------------

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.key)  # a socket file left by a crashed instance
        if not server.listen(self.key):
            print(f"vanphong: không mở được kênh {self.key}: {server.errorString()}", file=sys.stderr)
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activated.emit()


def bring_to_front(widget: QWidget | None) -> None:
    """Show *widget* un-minimised, raised and active (as far as the desktop allows)."""
    if widget is None:
        return
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    widget.raise_()
    widget.activateWindow()


def _allow_foreground_switch() -> None:
    """Windows refuses focus to a process the user did not click; allow the running one."""
    if sys.platform == "win32":
        import ctypes

        ASFW_ANY = -1
        ctypes.windll.user32.AllowSetForegroundWindow(ASFW_ANY)  # type: ignore[attr-defined]  # ctypes.windll exists on Windows only (checked above)
