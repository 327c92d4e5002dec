"""Entry point of the frozen app (PyInstaller): the same as the `vanphong` command.

A windowed Windows build has no console, so ``sys.stdout``/``sys.stderr`` are None there;
they are pointed at the null device so that ``print`` in the CLI cannot crash the GUI.
"""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _ensure_streams()
    from app.cli import main

    sys.exit(main())
