"""What the DOCX and XLSX weeks share with each other: column widths measured from the text
they hold, the day and half-day groups of the grid, the content cell's status tag, and the
atomic write."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from app import files
from app.reports.week_content import COLUMNS, PrintedRow
from app.text import nfc

# An average character of Times New Roman 11 pt (bold headers and labels included), in mm,
# and a cell's left + right padding (Word's default 1.9 mm each side, a little spare).
CHAR_MM = 2.05
PADDING_MM = 4.4
# The PDF's proportions: the least share of the page a column gets, whatever its text.
PDF_WIDTHS = (21, 13, 19, 65, 47, 45, 28, 24)
FLOOR = 0.55


def atomic_write(path: str | os.PathLike[str], writer: Callable[[str], None]) -> Path:
    """Call *writer* with a temporary file name beside *path*, then rename it to *path*
    (app.files.atomic_write: stale temporaries cleared, errors name the user's path)."""
    return files.atomic_write(path, writer)


def groups(rows: Sequence[PrintedRow], first: Callable[[PrintedRow], bool]) -> list[tuple[int, int]]:
    """(first, last) row indexes of the runs that start where *first* is true."""
    spans: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        if first(row) or not spans:
            spans.append((i, i))
        else:
            spans[-1] = (spans[-1][0], i)
    return spans


def content_text(row: PrintedRow) -> str:
    """The content cell as text, its status tag first as the PDF prints it: "(Điều chỉnh) …"."""
    return (f"({row.mark}) " if row.mark else "") + nfc(row.content)


def column_texts(rows: Sequence[PrintedRow]) -> list[list[str]]:
    """Every cell's text, column by column, the header first."""
    columns: list[list[str]] = [[title] for title in COLUMNS]
    for row in rows:
        cells = list(row.cells())
        cells[3] = content_text(row)
        for index, text in enumerate(cells):
            columns[index].append(text)
    return columns


def content_widths(rows: Sequence[PrintedRow], total_mm: float) -> list[float]:
    """Column widths in mm summing to *total_mm*, measured from the text the columns hold.

    Each column first gets room for its longest word (a word is never broken) and at least
    a share of the PDF's proportions; what is left goes to the columns in proportion to the
    text they hold, so a long "Nội dung" wraps less and a column of short times stays narrow.
    """
    texts = column_texts(rows)
    pdf_total = sum(PDF_WIDTHS)
    floors = []
    weights = []
    for index, cells in enumerate(texts):
        longest_word = max((len(word) for text in cells for word in text.split()), default=1)
        floor = max(longest_word * CHAR_MM + PADDING_MM, FLOOR * total_mm * PDF_WIDTHS[index] / pdf_total)
        floors.append(floor)
        lines = [line for text in cells[1:] for line in text.split("\n") if line]
        weights.append(sum(len(line) for line in lines) or 1)
    spare = total_mm - sum(floors)
    if spare <= 0:
        scale = total_mm / sum(floors)
        return [f * scale for f in floors]
    weight_total = sum(weights)
    return [f + spare * w / weight_total for f, w in zip(floors, weights, strict=True)]


def wrapped_lines(text: str, width_mm: float, *, char_mm: float = CHAR_MM, padding_mm: float = PADDING_MM) -> int:
    """How many lines *text* takes in a column *width_mm* wide (a close estimate)."""
    per_line = max(1, int((width_mm - padding_mm) / char_mm))
    count = 0
    for line in (text or "").split("\n"):
        lines, length = 1, 0
        for word in line.split():
            if len(word) > per_line:  # a word longer than the column breaks over lines
                lines += (1 if length else 0) + math.ceil(len(word) / per_line) - 1
                length = len(word) % per_line or per_line
                continue
            needed = len(word) if length == 0 else length + 1 + len(word)
            if needed > per_line:
                lines, length = lines + 1, len(word)
            else:
                length = needed
        count += lines
    return max(count, 1)
