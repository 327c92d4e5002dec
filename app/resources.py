"""One way to find bundled resources, frozen (PyInstaller) or not."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The `resources/` folder: beside the code, or inside the PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under `resources/`, e.g. resource_path("fonts", "LiberationSerif-Regular.ttf")."""
    return resources_root().joinpath(*parts)
