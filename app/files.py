"""Writing an output file whole or not at all, with errors that name the user's path."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.errors import InvalidInput

STALE_SECONDS = 600  # a temporary copy older than this was left by a killed run


def remove_stale_temporaries(target: Path, *, older_than: float = STALE_SECONDS) -> None:
    """Delete the ``NAME.xxxx.tmp`` files a killed earlier write of *target* left beside it."""
    limit = time.time() - older_than
    try:
        for stale in target.parent.glob(f"{target.name}.*.tmp"):
            if stale.stat().st_mtime < limit:
                stale.unlink(missing_ok=True)
    except OSError:
        pass


def atomic_write(path: str | os.PathLike[str], writer: Callable[[str], object]) -> Path:
    """Call *writer* with a temporary file name beside *path*, then rename it to *path*: the file
    appears whole or not at all. An OS error names *path*, not the temporary file."""
    target = Path(path)
    remove_stale_temporaries(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise InvalidInput(f"Không ghi được tệp {target}: {exc.strerror or exc}") from exc
    try:
        writer(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInput(f"Không ghi được tệp {target}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
