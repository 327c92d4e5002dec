"""`make bench`: print performance figures (not timed tests).

Runs the start-up benchmark here and every ``bench_*`` function of the
``tests/bench/bench_*.py`` modules; each returns ``[(label, seconds), ...]``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

import tests.bench as bench_package


def _discover() -> list[tuple[str, Callable[[], list[tuple[str, float]]]]]:
    found = []
    for info in pkgutil.iter_modules(bench_package.__path__):
        if not info.name.startswith("bench_"):
            continue
        module = importlib.import_module(f"tests.bench.{info.name}")
        for name in sorted(dir(module)):
            if name.startswith("bench_") and callable(getattr(module, name)):
                found.append((f"{info.name}.{name}", getattr(module, name)))
    return found


def main(argv: list[str]) -> int:
    selected = argv[1:]
    print(f"VanPhong benchmarks — Python {sys.version.split()[0]}, {Path.cwd()}")
    failures = 0
    for name, func in _discover():
        if selected and not any(s in name for s in selected):
            continue
        started = time.perf_counter()
        try:
            results = func()
        except Exception as exc:  # report and go on: one broken bench must not hide the others
            failures += 1
            print(f"{name}: FAILED {exc!r}")
            continue
        for label, seconds in results:
            print(f"  {label:<70} {seconds * 1000:10.1f} ms")
        print(f"  ({name} took {time.perf_counter() - started:.1f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
