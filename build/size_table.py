"""Size of a PyInstaller bundle by component, as a Markdown table (for the README).

    python3 build/size_table.py dist/vanphong [dist/windows/vanphong]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

COMPONENTS = [  # (component, pattern on the path inside _internal/, first match wins)
    ("ICU (Qt's Unicode library; Linux only)", r"(^|/)(lib)?icu(data|i18n|uc)"),
    ("Qt libraries", r"(^|/)(lib)?Qt6[A-Za-z]+\.(so|dll)"),
    ("Qt plugins and translations", r"^PySide6/(Qt/)?(plugins|translations)/"),
    ("PySide6/shiboken6 bindings", r"^(PySide6|shiboken6)/"),
    ("PostgreSQL driver (psycopg, libpq; on Windows its OpenSSL)", r"^psycopg"),
    ("Pillow (ReportLab's image library)", r"^(PIL|pillow)"),
    ("lxml (python-docx, openpyxl)", r"^lxml"),
    ("pydantic-core (SQLModel)", r"^pydantic"),
    ("Python runtime (interpreter, standard extension modules)",
     r"^(lib)?python3|^python3\.\d+/|^base_library\.zip|^[^/]+\.(pyd|dll)$|^lib-dynload/|^_[a-z0-9]+\."),
    ("Fonts, icons, translations, licences (resources/)", r"^resources/"),
    ("Other compiled libraries (SQLAlchemy, argon2, sqlite, C runtime, ...)", r"\.(so(\.\d+)*|dll|pyd)$"),
]


def table(bundle: Path) -> str:
    sizes: Counter[str] = Counter()
    internal = bundle / "_internal"
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        size = path.stat().st_size
        if not path.is_relative_to(internal):
            sizes["Executables (with all Python code, compressed)"] += size
            continue
        relative = path.relative_to(internal).as_posix()
        name = next((n for n, p in COMPONENTS if re.search(p, relative)), "Other data (Alembic scripts, holidays names, ...)")
        sizes[name] += size
    total = sum(sizes.values())
    rows = [f"| {name} | {size / 2**20:.1f} |" for name, size in sizes.most_common()]
    return "\n".join(["| Component | MiB |", "| --- | ---: |", *rows, f"| **Total** | **{total / 2**20:.1f}** |"])


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(f"{argument}\n\n{table(Path(argument))}\n")
