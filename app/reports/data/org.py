"""The office as the printouts' headers show it (filled by :mod:`app.services.org.read`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OfficeInfo:
    id: int
    name: str
    parent_body: str
    address: str
    place: str
    kind: str  # party | state
    code_suffix: str
