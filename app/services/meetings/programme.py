"""The Ban Thường vụ's monthly work programme: gathered from the work calendar's entries of the
month, numbered from the register, due on the last day of the month before (004 Điều 11.1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from app.rules.programme import month_of, next_month, programme_due
from app.rules.register import blank_symbol, document_symbol, number_label
from app.services.admin import settings
from app.services.admin.settings import SettingSpec
from app.services.calendar.read import entries_between
from app.services.meetings import register
from app.services.meetings.paper_common import (
    SignerChoice,
    default_recipients,
    document_type_for,
    signer_block,
)
from app.services.org.read import OfficeInfo, get_office
from app.services.plain_reads import rows as plain_rows
from app.text import weekday_vi
from db.models import OutgoingDocument
from db.models.base import now_local

__all__ = ["ProgrammeDue", "ProgrammeOptions", "ProgrammePaper", "ProgrammeRow", "due_status", "period_of",
           "programme_paper"]

settings.declare(
    SettingSpec("programme.days_before", "Công bố chương trình công tác tháng trước ngày 1 của tháng (ngày)", 1,
                int, source="004 Điều 11.1", minimum=0, maximum=15),
)


def period_of(first: date) -> str:
    return f"{first.year}-{first.month:02d}"


@dataclass(frozen=True)
class ProgrammeRow:
    day: date
    weekday: str
    time_label: str
    title: str
    chair: str
    participants: str
    location: str
    preparing: str


@dataclass(frozen=True)
class ProgrammeOptions:
    number: int | None = None
    day: date | None = None  # date of the document (default: its due day)
    signer: SignerChoice = field(default_factory=SignerChoice)
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgrammePaper:
    office: OfficeInfo | None
    number_label: str
    day: date
    year: int
    month: int
    due: date
    rows: tuple[ProgrammeRow, ...]
    signer_lines: tuple[str, ...]
    signer_name: str
    recipients: tuple[str, ...]


def programme_paper(*, session: Session, first: date, options: ProgrammeOptions | None = None) -> ProgrammePaper:
    """The programme of the month starting *first*: every entry of the calendar not called off."""
    options = options or ProgrammeOptions()
    first = month_of(first)
    after = next_month(first)
    entries = entries_between(session, datetime.combine(first, datetime.min.time()),
                              datetime.combine(after, datetime.min.time()))
    rows = tuple(ProgrammeRow(e.day, weekday_vi(e.day), e.time_label, e.title,
                              "; ".join(x for x in (e.chair, e.leaders) if x), e.participants, e.location, e.preparing)
                 for e in entries if not e.cancelled)
    office = get_office(session)
    layout, code = register.office_layout(session)
    type_code = document_type_for(session, "programme")
    symbol = (document_symbol(options.number, type_code, code, layout) if options.number
              else blank_symbol(type_code, code, layout))
    due = programme_due(first, int(settings.get(session, "programme.days_before")))
    signer = signer_block(session, options.signer, default_body="Ban Thường vụ")
    return ProgrammePaper(office, number_label(symbol, layout), options.day or due, first.year, first.month, due,
                          rows, signer.lines, signer.name,
                          options.recipients or default_recipients(office, first="Các đồng chí Tỉnh ủy viên"))


@dataclass(frozen=True)
class ProgrammeDue:
    """The programme of the coming month as a due item of the meetings pane and the calendar."""

    period: str  # "2026-12"
    month: int
    year: int
    due: date
    issued_label: str  # "Số 03-CTr/VPTU" once issued, else ""
    overdue: bool

    @property
    def text(self) -> str:
        state = f"đã ban hành {self.issued_label}" if self.issued_label else (
            "quá hạn, chưa ban hành" if self.overdue else "chưa ban hành")
        return (f"Chương trình công tác tháng {self.month}/{self.year}: công bố ngày "
                f"{self.due:%d/%m/%Y} (004 Điều 11.1) — {state}")


_ISSUED = (sa_select(col(OutgoingDocument.period), col(OutgoingDocument.symbol))
           .where(col(OutgoingDocument.purpose) == "programme", col(OutgoingDocument.status) == "issued",
                  col(OutgoingDocument.period).in_(bindparam("periods", expanding=True)))
           .order_by(col(OutgoingDocument.id)))


def _issued_labels(session: Session, firsts: list[date], layout: str) -> dict[date, str]:
    """The number of the issued programme of each month starting on one of *firsts* (one statement)."""
    symbols: dict[str, str] = {}
    for period, symbol in plain_rows(session, _ISSUED, {"periods": [period_of(first) for first in firsts]}):
        symbols.setdefault(period, symbol)
    return {first: number_label(symbols[period_of(first)], layout) if period_of(first) in symbols else ""
            for first in firsts}


def due_status(*, session: Session, today: date | None = None) -> list[ProgrammeDue]:
    """The programmes to announce: this month's while it is not issued (overdue), and next month's."""
    today = today or now_local().date()
    days_before = int(settings.get(session, "programme.days_before"))
    layout = register.office_layout(session)[0]
    months = [month_of(today), next_month(month_of(today))]
    labels = _issued_labels(session, months, layout)
    result = []
    for first in months:
        due = programme_due(first, days_before)
        label = labels[first]
        if first == month_of(today) and label:
            continue  # this month's is out: only next month's is still to come
        result.append(ProgrammeDue(period_of(first), first.month, first.year, due, label, not label and today > due))
    return result
