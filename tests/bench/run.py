"""`make bench`: measure, write bench.json, print a table with ✔/✘ per budget.

First the reference of this run (a bare PySide6 ``QMainWindow``: start-up time and peak
memory), then every ``bench_*`` function of the ``tests/bench/bench_*.py`` modules; each
returns figures (tests.bench.figures.Figure, or ``(label, seconds)`` for figures without a
budget). ``python -m tests.bench.run WORD…`` runs only the benchmarks whose name contains a
WORD. The exit code is 1 when a benchmark broke or a budget was exceeded.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

import tests.bench as bench_package
from tests.bench.figures import Figure, as_figure, record, table, write_json

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "bench.json"


def _discover() -> list[tuple[str, Callable[[], list]]]:
    found = []
    for info in pkgutil.iter_modules(bench_package.__path__):
        if not info.name.startswith("bench_"):
            continue
        module = importlib.import_module(f"tests.bench.{info.name}")
        for name in sorted(dir(module)):
            if name.startswith("bench_") and callable(getattr(module, name)):
                found.append((f"{info.name}.{name}", getattr(module, name)))
    return found


def _compile_sources() -> None:
    """Byte-compile app/, db/ and ui/, as an installed VanPhong runs them (pip and PyInstaller
    ship .pyc files). Where PYTHONDONTWRITEBYTECODE is set (as on the development machines),
    every start-up figure would otherwise compile the project's sources again — work the bare
    window of the reference does not do and the installed app never does."""
    import compileall

    for folder in ("app", "db", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def main(argv: list[str]) -> int:
    import os

    from tests.bench.reference import reference_figures, settings_home

    os.environ["XDG_CONFIG_HOME"] = settings_home()  # the windows built here neither read nor write ~/.config
    _compile_sources()
    selected = argv[1:]
    print(f"VanPhong benchmarks — Python {sys.version.split()[0]}, {ROOT}")
    references = {f.key: f for f in reference_figures()}
    rows = [record(f, references) for f in references.values()]
    print("\n".join(table(rows)))
    failures = 0
    for name, func in _discover():
        if selected and not any(s in name for s in selected):
            continue
        started = time.perf_counter()
        try:
            figures: list[Figure] = [as_figure(name.split(".")[0], item) for item in func()]
        except Exception as exc:  # report and go on: one broken bench must not hide the others
            failures += 1
            print(f"{name}: FAILED {exc!r}")
            continue
        new = [record(f, references) for f in figures]
        rows.extend(new)
        print("\n".join(table(new)[1:]))
        print(f"  ({name} took {time.perf_counter() - started:.1f} s)")
    write_json(OUTPUT, rows)
    budgets = [row for row in rows if row["ok"] is not None]
    over = [row for row in budgets if not row["ok"]]
    print(f"\nBudgets: {len(budgets) - len(over)} of {len(budgets)} ✔ — written to {OUTPUT.name}")
    print("\n".join(table(budgets)))
    return 1 if failures or over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
