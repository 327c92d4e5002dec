"""Giấy mời for a meeting: the data of the letter(s), and issuing them — the number comes from
the outgoing-document register and the invitees are marked sent with it, in one transaction
(003 §II.1.2: invitations, programme and documents go out on time; HD 36 / Decree 30 layout).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlmodel import Session, col, select

from app.errors import InvalidInput
from app.rules.meetings import KIND_BODY, AttendeeRole
from app.rules.register import blank_symbol, document_symbol, number_label
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.meetings import register
from app.services.meetings.attendees import AttendeeInfo, list_attendees
from app.services.meetings.documents import list_documents
from app.services.meetings.paper_common import (
    BODY_NAMES,
    SignerChoice,
    default_recipients,
    document_type_for,
    signer_block,
)
from app.services.meetings.preparation import get_meeting
from app.services.meetings.printouts import when_text
from app.services.org.read import OfficeInfo, get_office
from app.text import nfc
from db.models import Attendee
from db.models.base import id_of, now_local

__all__ = ["Addressee", "InvitationOptions", "InvitationPaper", "invitation_paper", "issue_invitations"]


@dataclass(frozen=True)
class Addressee:
    attendee_id: int | None
    name: str
    title: str
    organisation: str

    @property
    def line(self) -> str:
        """"Đồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ"."""
        extra = ", ".join(x for x in (self.title, self.organisation) if x)
        return f"Đồng chí {self.name}" + (f", {extra}" if extra else "")


@dataclass(frozen=True)
class InvitationOptions:
    """What the clerk may change before issuing (defaults: everything from the meeting)."""

    number: int | None = None  # None: the register's next number
    day: date | None = None  # date of the letter (default today)
    content: str = ""  # default: the meeting's notes, else its title
    documents_note: str = ""  # default: "Tài liệu gửi kèm" when the meeting has documents
    contact: str = ""
    per_invitee: bool = True  # one letter per invitee, or one letter with the list
    attendee_ids: tuple[int, ...] | None = None  # default: every attendee but service staff
    signer: SignerChoice = field(default_factory=SignerChoice)
    recipients: tuple[str, ...] = ()  # default: "Như trên", "Lưu Văn phòng"


@dataclass(frozen=True)
class InvitationPaper:
    """Everything a giấy mời shows (one letter, or one per addressee)."""

    office: OfficeInfo | None
    meeting_id: int
    number_label: str  # "Số 15-GM/VPTU", "Số: 15/GM-VP"
    day: date
    subject: str  # the meeting's title, under "GIẤY MỜI"
    addressees: tuple[Addressee, ...]
    per_invitee: bool
    when: str  # "08 giờ 00, Thứ Ba, ngày 10/03/2026"
    location: str
    content: str
    documents: tuple[str, ...]
    documents_note: str
    contact: str
    signer_lines: tuple[str, ...]
    signer_name: str
    recipients: tuple[str, ...]


def _invitees(attendees: list[AttendeeInfo], ids: tuple[int, ...] | None) -> list[AttendeeInfo]:
    people = [a for a in attendees if a.role is not AttendeeRole.SERVICE]
    if ids is None:
        return people
    wanted = set(ids)
    chosen = [a for a in people if a.id in wanted]
    if len(chosen) != len(wanted):
        raise InvalidInput("Có đại biểu không thuộc cuộc họp này.")
    return chosen


def invitation_paper(*, session: Session, meeting_id: int, options: InvitationOptions | None = None) -> InvitationPaper:
    """The giấy mời as it will be printed; without a number it is a draft ("Số      -GM/VPTU")."""
    options = options or InvitationOptions()
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    office = get_office(session)
    layout, code = register.office_layout(session)
    invitees = _invitees(list_attendees(session=session, meeting_id=meeting_id), options.attendee_ids)
    if not invitees:
        raise InvalidInput("Cuộc họp chưa có đại biểu nào để mời.")
    day = options.day or now_local().date()
    type_code = document_type_for(session, "invitation")
    symbol = (document_symbol(options.number, type_code, code, layout) if options.number
              else blank_symbol(type_code, code, layout))  # a draft: the number is written when issued
    documents = tuple(d.title for d in list_documents(session=session, meeting_id=meeting_id))
    body = BODY_NAMES.get(KIND_BODY.get(meeting.kind, ""), "")
    default_body = body or ("Chủ tịch" if layout == "state" else "Ban Thường vụ")
    signer = signer_block(session, options.signer, default_body=default_body)
    return InvitationPaper(
        office=office, meeting_id=meeting_id,
        number_label=number_label(symbol, layout),
        day=day, subject=meeting.title,
        addressees=tuple(Addressee(a.id, a.full_name, a.title, a.organisation) for a in invitees),
        per_invitee=options.per_invitee, when=when_text(meeting.start, meeting.end), location=meeting.location,
        content=nfc(options.content) or meeting.notes or meeting.title,
        documents=documents,
        documents_note=nfc(options.documents_note) or ("Tài liệu gửi kèm theo giấy mời." if documents else ""),
        contact=nfc(options.contact), signer_lines=signer.lines, signer_name=signer.name,
        recipients=options.recipients or default_recipients(office))


@dataclass(frozen=True)
class IssuedInvitations:
    entry: register.RegisterEntry
    paper: InvitationPaper
    marked: int  # invitees marked sent


def issue_invitations(*, session: Session, actor: Actor, meeting_id: int,
                      options: InvitationOptions | None = None) -> IssuedInvitations:
    """Take the giấy mời's number from the register and mark its invitees sent with it.

    One transaction: if the number is taken or an invitee is gone, nothing is written.
    """
    require(actor, Permission.MEETINGS_WRITE)
    options = options or InvitationOptions()
    paper = invitation_paper(session=session, meeting_id=meeting_id, options=options)
    type_code = document_type_for(session, "invitation")
    sent_at = now_local()
    with write(session, actor, "meeting.invitations.issue", f"meeting:{meeting_id}",
               f"{len(paper.addressees)} invitees"):
        row = register.take_number(session, actor, type_code=type_code, year=paper.day.year,
                                   title=f"Giấy mời {paper.subject}", issued_on=paper.day, number=options.number,
                                   purpose="invitation", meeting_id=meeting_id)
        ids = [a.attendee_id for a in paper.addressees]
        for attendee in session.exec(select(Attendee).where(col(Attendee.id).in_(ids))):
            attendee.invitation_sent_at = sent_at
            attendee.invitation_via = "Giấy mời"
            attendee.invitation_number = row.symbol
            session.add(attendee)
        entry_id = id_of(row)
    entry = register.get_entry(session=session, entry_id=entry_id)
    return IssuedInvitations(entry, replace(paper, number_label=entry.label), len(ids))
