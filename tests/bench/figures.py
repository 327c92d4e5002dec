"""A benchmark figure, its budget, and the bench.json that `make bench` writes.

Budgets are upper bounds. A *ratio* budget is a multiple of the reference measured in the
same run (a bare PySide6 ``QMainWindow`` started, shown and painted; its peak memory for
memory figures), so a loaded machine slows both sides alike; a *value* budget is in the
figure's own unit (peak memory in MiB, which the machine's load does not change).
"""

from __future__ import annotations

import json
import platform
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

# The reference figures every ratio is taken against (keys in Figure.key).
BARE_WINDOW = "startup.bare_window"
BARE_MEMORY = "memory.bare_window"


@dataclass(frozen=True)
class Budget:
    limit: float
    kind: str = "ratio"  # "ratio" (× the reference of the same unit) or "value" (in the figure's unit)

    def text(self, unit: str) -> str:
        return f"≤ {self.limit:g}×" if self.kind == "ratio" else f"≤ {self.limit:g} {unit}"


@dataclass(frozen=True)
class Figure:
    key: str  # stable name, e.g. "pane.calendar.first_visit"
    label: str  # what a reader of the README sees
    value: float  # in *unit*
    unit: str = "ms"  # "ms", "s" or "MiB"
    budget: Budget | None = None


def ms(key: str, label: str, seconds: float, budget: Budget | None = None) -> Figure:
    """A time figure given in seconds, kept in milliseconds."""
    return Figure(key, label, seconds * 1000, "ms", budget)


def as_figure(module: str, item: Figure | tuple[str, float]) -> Figure:
    """Older benchmarks return (label, seconds): informational figures without a budget."""
    if isinstance(item, Figure):
        return item
    label, seconds = item
    return ms(f"{module}:{label}", label, seconds)


_TO_MS = {"ms": 1.0, "s": 1000.0}


def ratio(figure: Figure, references: dict[str, Figure]) -> float | None:
    """*figure* as a multiple of the reference of its kind (time or memory)."""
    if figure.unit in _TO_MS and BARE_WINDOW in references:
        ref = references[BARE_WINDOW]
        return figure.value * _TO_MS[figure.unit] / (ref.value * _TO_MS[ref.unit])
    if figure.unit == "MiB" and BARE_MEMORY in references:
        return figure.value / references[BARE_MEMORY].value
    return None


def within(figure: Figure, figure_ratio: float | None) -> bool | None:
    """True/False against the budget; None without one (or without the reference)."""
    if figure.budget is None:
        return None
    if figure.budget.kind == "ratio":
        return None if figure_ratio is None else figure_ratio <= figure.budget.limit
    return figure.value <= figure.budget.limit


def record(figure: Figure, references: dict[str, Figure]) -> dict:
    """One row of bench.json."""
    r = ratio(figure, references)
    return {"key": figure.key, "figure": figure.label, "value": round(figure.value, 3), "unit": figure.unit,
            "ratio": None if r is None else round(r, 3),
            "budget": None if figure.budget is None else {**asdict(figure.budget),
                                                          "text": figure.budget.text(figure.unit)},
            "ok": within(figure, r)}


def write_json(path: Path, rows: list[dict]) -> None:
    meta = {"python": sys.version.split()[0], "platform": platform.platform(), "machine": platform.machine()}
    try:
        import os

        meta["cpus"] = len(os.sched_getaffinity(0))
        meta["load_average"] = [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        pass
    path.write_text(json.dumps({"meta": meta, "figures": rows}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")


def mark(ok: bool | None) -> str:
    return {True: "✔", False: "✘", None: ""}[ok]


def table(rows: list[dict]) -> list[str]:
    """The figures as a text table for the terminal."""
    lines = [f"  {'figure':<78} {'value':>10}  {'ratio':>7}  {'budget':<10}"]
    for row in rows:
        r = "" if row["ratio"] is None else f"{row['ratio']:.2f}×"
        budget = row["budget"]["text"] if row["budget"] else ""
        lines.append(f"  {row['figure'][:78]:<78} {row['value']:>7.1f} {row['unit']:<3}{r:>7}  "
                     f"{budget:<10} {mark(row['ok'])}".rstrip())
    return lines
