"""Start-up: process start to the first painted main window (offscreen)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.office import large_office

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 5

BARE = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); w.grab()
print(time.time() - t0)
"""

# What `vanphong` paints first: the sign-in dialog (the DB is probed with sqlite3 only).
FIRST_WINDOW = """
import time, sys
t0 = float(sys.argv[1])
import app.cli
from db.location import raw_url
from ui.application import ensure_application
app_ = ensure_application("vi")
from ui.startup import probe
info = probe(raw_url(sys.argv[2]))
from ui.dialogs.login import LoginDialog
d = LoginDialog(lambda: None, info.office_name); d.show(); d.grab()
print(time.time() - t0)
"""

VANPHONG = """
import time, sys
t0 = float(sys.argv[1])
from ui.application import ensure_application
app = ensure_application("vi")
from app.services.admin.database import open_app_database
from app.services.admin.auth import SYSTEM
from ui.context import AppContext
from ui.main_window import MainWindow
db = open_app_database(sys.argv[2])
w = MainWindow(AppContext(db, SYSTEM)); w.resize(1280, 800); w.show(); w.grab()
print(time.time() - t0)
"""


def _measure(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    samples = []
    for _ in range(REPEAT):
        out = subprocess.run([sys.executable, "-c", script, repr(time.time()), *args], env=env, cwd=ROOT,
                             capture_output=True, text=True, check=True)
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def bench_startup() -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.sqlite3"
        subprocess.run([sys.executable, "-m", "app", "--db", str(demo), "demo"], cwd=ROOT, check=True,
                       capture_output=True)
        big = large_office(Path(tmp) / "big.sqlite3", people=1000)
        big.dispose()
        return [
            ("start-up, bare PySide6 QMainWindow (median of 5)", _measure(BARE)),
            ("start-up to the painted sign-in dialog, demo office (median of 5)",
             _measure(FIRST_WINDOW, str(demo))),
            ("start-up to the painted main window (DB opened), demo office (median of 5)",
             _measure(VANPHONG, str(demo))),
            ("start-up to the painted main window, 1,000-person office (median of 5)",
             _measure(VANPHONG, str(Path(tmp) / "big.sqlite3"))),
        ]


def bench_pane_switch() -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.services.admin.auth import SYSTEM
    from ui.application import ensure_application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = ensure_application("vi")
    with tempfile.TemporaryDirectory() as tmp:
        db = large_office(Path(tmp) / "big.sqlite3", people=1000)
        window = MainWindow(AppContext(db, SYSTEM))
        window.resize(1280, 800)
        window.show()
        results = []
        for spec in window.specs:
            started = time.perf_counter()
            window.show_pane(spec.key)
            window.grab()
            results.append((f"first switch to pane '{spec.key}' incl. paint (1,000 staff)", time.perf_counter() - started))
        first = window.specs[0].key
        started = time.perf_counter()
        for spec in window.specs:
            window.show_pane(spec.key)
            window.grab()
        window.show_pane(first)
        n = len(window.specs) + 1
        results.append(("later pane switch incl. paint, mean", (time.perf_counter() - started) / n))
        started = time.perf_counter()
        window.panes[first].refresh()
        results.append((f"refresh of '{first}' (1,000 staff)", time.perf_counter() - started))
        window.close()
        db.dispose()
        app.processEvents()
    return results
