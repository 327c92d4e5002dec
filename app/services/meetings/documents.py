"""Meeting documents and the copies handed out: who received which copy, who returned it,
and which copies still have to be retrieved (003 §II.1.2: "thu hồi tài liệu theo quy định")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from app.errors import Conflict, InvalidInput
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.lookup import get_or_raise
from app.services.meetings.checklist import meeting_row
from app.text import nfc
from db.models import Attendee, Document, DocumentCopy
from db.models.base import id_of, now_local

MAX_COPIES = 10_000


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    meeting_id: int
    title: str
    secret: bool
    copies: int
    to_be_retrieved: bool
    notes: str
    given: int  # copies handed out
    returned: int

    @property
    def outstanding(self) -> int:
        """Copies handed out and not back yet."""
        return self.given - self.returned


@dataclass(frozen=True)
class CopyInfo:
    id: int
    document_id: int
    document_title: str
    secret: bool
    to_be_retrieved: bool
    attendee_id: int
    attendee_name: str
    copy_number: int
    received_at: datetime
    returned_at: datetime | None


@dataclass
class DocumentInput:
    title: str
    secret: bool = False
    copies: int = 0
    to_be_retrieved: bool = False
    notes: str = ""

    def clean(self) -> DocumentInput:
        title = " ".join(nfc(self.title).split())
        if not title:
            raise InvalidInput("Tên tài liệu không được để trống.")
        if isinstance(self.copies, bool) or not isinstance(self.copies, int) or not 0 <= self.copies <= MAX_COPIES:
            raise InvalidInput(f"Số bản phải là số nguyên từ 0 đến {MAX_COPIES}.")
        return DocumentInput(title, bool(self.secret), self.copies, bool(self.to_be_retrieved), nfc(self.notes))


def _document(session: Session, document_id: int) -> Document:
    return get_or_raise(session, Document, document_id, f"Không tìm thấy tài liệu có mã {document_id}.")


def _copies(session: Session, document_id: int) -> list[DocumentCopy]:
    return list(session.exec(select(DocumentCopy).where(DocumentCopy.document_id == document_id)
                             .order_by(col(DocumentCopy.copy_number))).all())


def list_documents(*, session: Session, meeting_id: int) -> list[DocumentInfo]:
    meeting_row(session, meeting_id)
    docs = session.exec(select(Document).where(Document.meeting_id == meeting_id)
                        .order_by(col(Document.sort_order), col(Document.id))).all()
    result = []
    for d in docs:
        copies = _copies(session, id_of(d))
        result.append(DocumentInfo(id_of(d), d.meeting_id, d.title, d.secret, d.copies, d.to_be_retrieved, d.notes,
                                   len(copies), sum(1 for c in copies if c.returned_at is not None)))
    return result


def list_copies(*, session: Session, meeting_id: int, document_id: int | None = None) -> list[CopyInfo]:
    """Copies handed out at a meeting (of one document if given), by document then copy number."""
    stmt = (select(DocumentCopy, Document, Attendee)
            .join(Document, col(DocumentCopy.document_id) == Document.id)
            .join(Attendee, col(DocumentCopy.attendee_id) == Attendee.id)
            .where(Document.meeting_id == meeting_id)
            .order_by(col(Document.sort_order), col(Document.id), col(DocumentCopy.copy_number)))
    if document_id is not None:
        stmt = stmt.where(Document.id == document_id)
    return [CopyInfo(id_of(c), id_of(d), d.title, d.secret, d.to_be_retrieved, id_of(a), a.full_name, c.copy_number,
                     c.received_at, c.returned_at) for c, d, a in session.exec(stmt).all()]


def outstanding_copies(*, session: Session, meeting_id: int) -> list[CopyInfo]:
    """Copies of documents marked "to be retrieved" that have not come back."""
    return [c for c in list_copies(session=session, meeting_id=meeting_id)
            if c.to_be_retrieved and c.returned_at is None]


def add_document(*, session: Session, actor: Actor, meeting_id: int, data: DocumentInput) -> int:
    require(actor, Permission.MEETINGS_WRITE)
    meeting_row(session, meeting_id)
    data = data.clean()
    last = session.exec(select(Document.sort_order).where(Document.meeting_id == meeting_id)
                        .order_by(col(Document.sort_order).desc())).first() or 0
    row = Document(meeting_id=meeting_id, sort_order=last + 1, **vars(data))
    with write(session, actor, "document.add", f"meeting:{meeting_id}", data.title):
        session.add(row)
    return id_of(row)


def update_document(*, session: Session, actor: Actor, document_id: int, data: DocumentInput) -> int:
    require(actor, Permission.MEETINGS_WRITE)
    row = _document(session, document_id)
    data = data.clean()
    given = len(_copies(session, document_id))
    if data.copies < given:
        raise Conflict(f"Đã phát {given} bản; số bản không thể ít hơn.")
    with write(session, actor, "document.update", f"document:{document_id}", data.title):
        for key, value in vars(data).items():
            setattr(row, key, value)
        session.add(row)
    return document_id


def delete_document(*, session: Session, actor: Actor, document_id: int) -> None:
    require(actor, Permission.MEETINGS_WRITE)
    row = _document(session, document_id)
    if row.to_be_retrieved and any(c.returned_at is None for c in _copies(session, document_id)):
        raise Conflict(f"Tài liệu “{row.title}” còn bản chưa thu hồi.")
    with write(session, actor, "document.delete", f"document:{document_id}", row.title):
        session.delete(row)


def give_copies(*, session: Session, actor: Actor, document_id: int, attendee_ids: list[int],
                at: datetime | None = None) -> int:
    """Hand the next free numbered copies to these attendees (those who have one are skipped)."""
    require(actor, Permission.MEETINGS_WRITE)
    doc = _document(session, document_id)
    copies = _copies(session, document_id)
    holders = {c.attendee_id for c in copies}
    wanted = [aid for aid in dict.fromkeys(attendee_ids) if aid not in holders]
    for aid in wanted:
        attendee = session.get(Attendee, aid)
        if attendee is None or attendee.meeting_id != doc.meeting_id:
            raise InvalidInput("Người nhận không có trong danh sách đại biểu của cuộc họp.")
    if len(copies) + len(wanted) > doc.copies:
        raise Conflict(f"Tài liệu “{doc.title}” chỉ có {doc.copies} bản; đã phát {len(copies)}.")
    used = {c.copy_number for c in copies}
    numbers = (n for n in range(1, doc.copies + 1) if n not in used)
    when = (at or now_local()).replace(microsecond=0)
    with write(session, actor, "document.give", f"document:{document_id}", f"{len(wanted)} bản"):
        for aid, number in zip(wanted, numbers, strict=False):
            session.add(DocumentCopy(document_id=document_id, attendee_id=aid, copy_number=number,
                                     received_at=when))
    return len(wanted)


def _copy(session: Session, copy_id: int) -> DocumentCopy:
    return get_or_raise(session, DocumentCopy, copy_id, f"Không tìm thấy bản tài liệu có mã {copy_id}.")


def return_copy(*, session: Session, actor: Actor, copy_id: int, at: datetime | None = None) -> int:
    """Record that a copy came back."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _copy(session, copy_id)
    with write(session, actor, "document.return", f"document_copy:{copy_id}"):
        row.returned_at = (at or now_local()).replace(microsecond=0)
        session.add(row)
    return copy_id


def undo_return(*, session: Session, actor: Actor, copy_id: int) -> int:
    require(actor, Permission.MEETINGS_WRITE)
    row = _copy(session, copy_id)
    with write(session, actor, "document.unreturn", f"document_copy:{copy_id}"):
        row.returned_at = None
        session.add(row)
    return copy_id


def take_back_copy(*, session: Session, actor: Actor, copy_id: int) -> None:
    """Undo handing a copy out (a copy given by mistake)."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _copy(session, copy_id)
    with write(session, actor, "document.ungive", f"document_copy:{copy_id}"):
        session.delete(row)
