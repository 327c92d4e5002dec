"""Files appear whole or not at all: written to a temporary name beside the target, then renamed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.files import atomic_write


def save_atomically(path: str | os.PathLike[str], save: Callable[[str], object]) -> Path:
    """Call ``save(temporary_name)`` and rename the result to *path*; on failure remove it
    (app.files.atomic_write: stale temporaries cleared, an error names the user's path)."""
    return atomic_write(path, save)
