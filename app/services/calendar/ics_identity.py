"""Globally unique iCalendar UIDs: ``<event id>@<office uuid>.vanphong``.

Each office has a UUID made when it is created (the migration gave existing offices one).
An event made here has a random hex id and goes out as ``<id>@<office uuid>.vanphong``; an
imported event keeps the UID it came with, so it goes back out under that UID, and a file
this office exported finds its own rows again when it comes back.
"""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from db.models import Office

SUFFIX = ".vanphong"
_LOCAL = re.compile(r"[0-9a-f]{32}")


def office_uuid(session: Session) -> str:
    """The office's UUID ("" before the office is set up)."""
    office = session.exec(select(Office).order_by(col(Office.id))).first()
    return office.uuid if office is not None else ""


def export_uid(row_uid: str, office: str) -> str:
    """The UID an event row goes out under."""
    if _LOCAL.fullmatch(row_uid) and office:
        return f"{row_uid}@{office}{SUFFIX}"
    return row_uid


def local_id(uid: str, office: str) -> str | None:
    """The row uid behind a UID this office gave out (None for anyone else's)."""
    tail = f"@{office}{SUFFIX}"
    if office and uid.endswith(tail) and _LOCAL.fullmatch(uid[:-len(tail)]):
        return uid[:-len(tail)]
    return None
