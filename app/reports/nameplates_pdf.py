"""Name plates (biển tên đại biểu) matched to the attendee list (003 §II.1.3).

One A4 landscape sheet per attendee, folded in half along its long middle into a tent
that stands on the table.  The lower half carries the name (large, bold) with the title
(smaller) beneath; the upper half carries the same text turned upside down, so once
folded the plate reads the right way up from both sides — to the audience and to the
chair's table facing it.  This is the paper tent offices print themselves; a faint dashed
line marks the fold.  No page numbers: they would show on the plate.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.files import atomic_write
from app.reports.data.meetings import AttendeeInfo, MeetingPrintout
from app.reports.pdf import register_fonts
from app.text import nfc

PAGE = landscape(A4)
SIDE_MARGIN = 15 * mm
NAME_MAX, NAME_MIN = 66.0, 30.0  # points
TITLE_MAX, TITLE_MIN = 26.0, 14.0


def fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest font size in [smallest, largest] at which *text* fits *width*."""
    natural = stringWidth(text, font, 1) or 1
    return max(smallest, min(largest, width / natural))


def split_line(text: str, font: str, size: float, width: float) -> list[str]:
    """*text* on one line if it fits, else on two balanced lines (split between words)."""
    if stringWidth(text, font, size) <= width or " " not in text:
        return [text]
    words = text.split()
    best = min(range(1, len(words)), key=lambda i: max(stringWidth(" ".join(words[:i]), font, size),
                                                        stringWidth(" ".join(words[i:]), font, size)))
    return [" ".join(words[:best]), " ".join(words[best:])]


def fit_lines(text: str, font: str, width: float, largest: float, smallest: float) -> tuple[list[str], float]:
    """*text* on one line at the largest size in [smallest, largest] that fits *width*; a text
    that does not fit at *smallest* goes on two balanced lines, shrunk further if a line is
    still too long (a very long name never runs off the plate)."""
    size = fit_size(text, font, width, largest, smallest)
    lines = split_line(text, font, size, width)
    if len(lines) > 1:
        size = min(largest, width / max(stringWidth(line, font, 1) or 1 for line in lines))
    elif stringWidth(text, font, size) > width:
        size = width / (stringWidth(text, font, 1) or 1)
    return lines, size


def _draw_half(canvas: Canvas, attendee: AttendeeInfo, width: float, half: float) -> None:
    """Name and title centred in a half-page of *width* × *half* whose origin is its lower-left corner."""
    usable = width - 2 * SIDE_MARGIN
    name = nfc(attendee.full_name)
    title = nfc(attendee.title)
    name_lines, name_size = fit_lines(name, "Serif-Bold", usable, NAME_MAX, NAME_MIN)
    title_lines, title_size = fit_lines(title, "Serif", usable, TITLE_MAX, TITLE_MIN) if title else ([], 0.0)
    gap = 0.45 * name_size if title_lines else 0
    block = len(name_lines) * name_size * 1.1 + gap + len(title_lines) * title_size * 1.2
    room = half - 2 * SIDE_MARGIN
    if block > room:  # a long name and a long title: shrink both to stay inside the half
        scale = room / block
        name_size, title_size, gap, block = name_size * scale, title_size * scale, gap * scale, room
    # The block sits a little above the middle of the half: the lower edge rests on the table.
    top = min(half - SIDE_MARGIN, half / 2 + block / 2 + 6 * mm)
    canvas.setFillColor(colors.black)
    canvas.setFont("Serif-Bold", name_size)
    baseline = top - name_size * 0.8
    for number, line in enumerate(name_lines):
        if number:
            baseline -= name_size * 1.1
        canvas.drawCentredString(width / 2, baseline, line)
    canvas.setFont("Serif", title_size or TITLE_MIN)
    y = baseline - gap - title_size
    for line in title_lines:
        canvas.drawCentredString(width / 2, y, line)
        y -= title_size * 1.2


def draw_nameplate(canvas: Canvas, attendee: AttendeeInfo, page: tuple[float, float] = PAGE) -> None:
    """One plate: the lower half upright, the upper half turned 180°, and the fold line."""
    width, height = page
    half = height / 2
    _draw_half(canvas, attendee, width, half)
    canvas.saveState()
    canvas.translate(width, height)
    canvas.rotate(180)
    _draw_half(canvas, attendee, width, half)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#b0b0b0"))
    canvas.setLineWidth(0.4)
    canvas.setDash(4, 4)
    canvas.line(8 * mm, half, width - 8 * mm, half)
    canvas.restoreState()


def write_nameplates(printout: MeetingPrintout, path: str | os.PathLike[str],
                     attendees: Sequence[AttendeeInfo] | None = None) -> Path:
    """Write one plate per attendee (protocol order) to *path*, atomically."""
    register_fonts()
    people = list(printout.attendees if attendees is None else attendees)
    if not people:
        raise ValueError("Cuộc họp chưa có đại biểu nào để in biển tên.")
    target = Path(path)
    def write(tmp_name: str) -> None:
        canvas = Canvas(tmp_name, pagesize=PAGE)
        canvas.setTitle(nfc(f"Biển tên đại biểu — {printout.meeting.title}"))
        canvas.setAuthor("VanPhong")
        for attendee in people:
            draw_nameplate(canvas, attendee)
            canvas.showPage()
        canvas.save()

    return atomic_write(target, write)
