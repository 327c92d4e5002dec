"""Files appear whole or not at all: written to a temporary name beside the target, then renamed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def save_atomically(path: str | os.PathLike[str], save: Callable[[str], object]) -> Path:
    """Call ``save(temporary_name)`` and rename the result to *path*; on failure remove it."""
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        save(tmp_name)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
