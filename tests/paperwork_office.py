"""Helpers of the paperwork tests: read a DOCX or PDF back as NFC text."""

from __future__ import annotations

import unicodedata
from pathlib import Path


def docx_text(path: Path) -> str:
    """Every paragraph of the body and of every table cell (nested), NFC, one per line."""
    from docx import Document

    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]

    def cells(table) -> None:  # noqa: ANN001
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    cells(inner)

    for table in document.tables:
        cells(table)
    return unicodedata.normalize("NFC", "\n".join(lines))


def pdf_text(path: Path) -> str:
    """All pages' text, NFC, with runs of white space folded to one space."""
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def btv_meeting(session) -> int:  # noqa: ANN001
    """The demo office's first Ban Thường vụ meeting that has attendees."""
    from app.rules.meetings import MeetingKind
    from app.services.meetings.attendees import list_attendees
    from app.services.meetings.preparation import list_meetings

    for meeting in list_meetings(session=session):
        if meeting.kind is MeetingKind.STANDING_COMMITTEE and list_attendees(session=session, meeting_id=meeting.id):
            return meeting.id
    raise AssertionError("the demo office has no BTV meeting with attendees")
