"""Render README.md's performance table from bench.json (`make bench-readme`).

The table sits between the ``<!-- bench:start -->`` and ``<!-- bench:end -->`` lines.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.bench.figures import mark

ROOT = Path(__file__).resolve().parents[2]
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def _value(row: dict) -> str:
    if row["unit"] == "ms" and row["value"] >= 1000:
        return f"{row['value'] / 1000:.2f} s"
    return f"{row['value']:.1f} {row['unit']}" if row["value"] < 100 else f"{row['value']:.0f} {row['unit']}"


def render(data: dict) -> str:
    meta = data.get("meta", {})
    lines = [START, "",
             f"Measured by `make bench` (Python {meta.get('python', '?')}, {meta.get('cpus', '?')} cores, "
             f"load average {', '.join(str(x) for x in meta.get('load_average', [])) or '?'}; offscreen Qt). "
             "Ratios are to the bare window of the same run.", "",
             "| Figure | Value | Ratio | Budget | |", "| --- | ---: | ---: | --- | --- |"]
    for row in data["figures"]:
        ratio = "" if row["ratio"] is None else f"{row['ratio']:.2f}×"
        budget = row["budget"]["text"] if row["budget"] else ""
        lines.append(f"| {row['figure']} | {_value(row)} | {ratio} | {budget} | {mark(row['ok'])} |")
    lines += ["", END]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else ROOT / "bench.json"
    if not source.exists():
        print(f"readme_table: {source} not found; run `make bench` first", file=sys.stderr)
        return 2
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"readme_table: README.md has no {START} … {END} block", file=sys.stderr)
        return 2
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(head + render(json.loads(source.read_text(encoding="utf-8"))) + tail, encoding="utf-8")
    print(f"README.md: performance table rendered from {source.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
