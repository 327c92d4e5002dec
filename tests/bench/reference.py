"""The reference of a bench run: a bare PySide6 QMainWindow started, shown and painted.

Start-up figures run the same way — a fresh ``python -c`` process, its clock started by the
parent just before the spawn — so the ratio between them measures VanPhong, not the machine.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

from tests.bench.figures import BARE_MEMORY, BARE_WINDOW, Figure

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 7

# Each script prints "<seconds since the parent's clock> <peak RSS in KiB>" as its last line,
# the peak from peak_kib() (PEAK, which run_script puts before every script): the high-water
# mark of the process's own memory (VmHWM). Not getrusage's ru_maxrss: Linux carries a process's
# ru_maxrss across fork and exec, so a child started by the bench process reported the bench's
# own peak (590 MiB after it had built the big office in-process) instead of the app's.
PEAK = """
def peak_kib():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):  # not Linux: getrusage (in KiB there too, except on macOS)
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

BARE = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); w.grab()
print(time.time() - t0, peak_kib())
"""


@cache
def settings_home() -> str:
    """An empty settings folder (XDG_CONFIG_HOME) for the scripts of this bench run: the window
    restores its last pane, geometry and splitters from QSettings, and a user's ~/.config (or
    another run's) would decide which pane a start-up figure times and how big it paints."""
    folder = tempfile.mkdtemp(prefix="vanphong-bench-settings-")
    atexit.register(shutil.rmtree, folder, True)
    return folder


def run_script(script: str, *args: str, timeout: float = 300) -> tuple[float, float]:
    """(seconds, peak MiB) of one run of *script* in a fresh offscreen process, with settings of
    its own (:func:`settings_home`): the window opens on its first pane, as on a first start."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": settings_home()}
    out = subprocess.run([sys.executable, "-c", PEAK + script, repr(time.time()), *args], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=timeout)
    seconds, rss = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), float(rss) / 1024


def median_run(script: str, *args: str, repeat: int = REPEAT) -> tuple[float, float]:
    """Medians of *repeat* runs (time, peak memory)."""
    runs = [run_script(script, *args) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def reference_figures() -> list[Figure]:
    seconds, mib = median_run(BARE)
    return [Figure(BARE_WINDOW, f"reference: bare PySide6 QMainWindow started, shown, painted (median of {REPEAT})",
                   seconds * 1000, "ms"),
            Figure(BARE_MEMORY, "reference: peak memory of that bare window", mib, "MiB")]
