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
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.reports.pdf import register_fonts
from app.services.meetings.attendees import AttendeeInfo
from app.services.meetings.printouts import MeetingPrintout
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


def _draw_half(canvas: Canvas, attendee: AttendeeInfo, width: float, half: float) -> None:
    """Name and title centred in a half-page of *width* × *half* whose origin is its lower-left corner."""
    usable = width - 2 * SIDE_MARGIN
    name = nfc(attendee.full_name)
    title = nfc(attendee.title)
    name_size = fit_size(name, "Serif-Bold", usable, NAME_MAX, NAME_MIN)
    title_size = fit_size(title, "Serif", usable, TITLE_MAX, TITLE_MIN) if title else 0
    title_lines = split_line(title, "Serif", title_size, usable) if title else []
    gap = 0.45 * name_size if title_lines else 0
    block = name_size + gap + len(title_lines) * title_size * 1.2
    # The block sits a little above the middle of the half: the lower edge rests on the table.
    top = half / 2 + block / 2 + 6 * mm
    canvas.setFillColor(colors.black)
    canvas.setFont("Serif-Bold", name_size)
    baseline = top - name_size * 0.8
    canvas.drawCentredString(width / 2, baseline, name)
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
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        canvas = Canvas(tmp_name, pagesize=PAGE)
        canvas.setTitle(nfc(f"Biển tên đại biểu — {printout.meeting.title}"))
        canvas.setAuthor("VanPhong")
        for attendee in people:
            draw_nameplate(canvas, attendee)
            canvas.showPage()
        canvas.save()
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
