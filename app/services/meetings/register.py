"""The outgoing-document register (sổ đăng ký văn bản đi): next number, reserve, issue, void, list.

Numbers run per year and per document type (types are data: ``document_type``). A number is
taken inside the use case's transaction by one ``INSERT … SELECT max(number) + 1`` after
locking the type's row (``FOR UPDATE`` on PostgreSQL; SQLite's first write takes the file's
write lock, so the statement reads and writes under it). The unique constraint on
(year, type, number) is the last guard: two writers never print the same number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import cast, func, insert, literal, null
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from app.errors import Conflict, InvalidInput, NotFound
from app.rules.register import document_symbol, number_label
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.lookup import get_or_raise
from app.services.plain_reads import rows as plain_rows
from app.text import nfc
from db.models import DocumentType, Office, OutgoingDocument
from db.models.base import id_of, now_local

__all__ = [
    "STATUS_LABELS", "DocumentTypeInfo", "RegisterEntry", "document_types", "get_entry", "issue", "list_entries",
    "list_years", "next_number", "office_layout", "peek_symbol", "reserve", "take_number", "void",
]

STATUS_LABELS = {"reserved": "Giữ số", "issued": "Đã ban hành", "void": "Hủy số"}


@dataclass(frozen=True)
class DocumentTypeInfo:
    code: str
    name: str


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the register as the window, the CLI and the xlsx export show it."""

    id: int
    year: int
    type_code: str
    type_name: str
    number: int
    symbol: str
    label: str  # "Số 15-GM/VPTU" / "Số: 15/GM-VP"
    title: str
    status: str
    purpose: str
    meeting_id: int | None
    period: str
    issued_on: date | None
    void_reason: str
    created_by: str
    created_at: datetime

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


_OFFICE_LAYOUT = sa_select(col(Office.kind), col(Office.code_suffix)).order_by(col(Office.id)).limit(1)


def office_layout(session: Session) -> tuple[str, str]:
    """(layout, code) of the office: "party"/"state" and its abbreviation in symbols ("VPTU")."""
    found = plain_rows(session, _OFFICE_LAYOUT)
    if not found:
        return "party", ""
    return found[0].kind, found[0].code_suffix


def document_types(session: Session, *, active_only: bool = True) -> list[DocumentTypeInfo]:
    query = select(DocumentType).order_by(col(DocumentType.sort_order), col(DocumentType.code))
    if active_only:
        query = query.where(DocumentType.active)
    return [DocumentTypeInfo(t.code, t.name) for t in session.exec(query)]


def _type(session: Session, code: str, *, lock: bool = False) -> DocumentType:
    code = nfc(code)
    query = select(DocumentType).where(func.lower(DocumentType.code) == code.lower())
    if lock:
        query = query.with_for_update()
    row = session.exec(query).first()
    if row is None:
        known = ", ".join(t.code for t in session.exec(select(DocumentType).order_by(col(DocumentType.sort_order))))
        raise NotFound(f"Không có loại văn bản {code!r} (có: {known}).")
    return row


def _entry(row: OutgoingDocument, type_name: str, layout: str) -> RegisterEntry:
    return RegisterEntry(id_of(row), row.year, row.type_code, type_name, row.number, row.symbol,
                         number_label(row.symbol, layout), row.title, row.status, row.purpose, row.meeting_id,
                         row.period, row.issued_on, row.void_reason, row.created_by, row.created_at)


def next_number(*, session: Session, type_code: str, year: int | None = None) -> int:
    """The number the next document of this type would take (nothing is taken)."""
    kind = _type(session, type_code)
    year = year or now_local().year
    last = session.exec(select(func.max(OutgoingDocument.number)).where(
        OutgoingDocument.year == year, OutgoingDocument.type_code == kind.code)).one()
    return (last or 0) + 1


def peek_symbol(*, session: Session, type_code: str, year: int | None = None) -> str:
    """The symbol the next document of this type would carry ("16-GM/VPTU")."""
    layout, code = office_layout(session)
    kind = _type(session, type_code)
    return document_symbol(next_number(session=session, type_code=kind.code, year=year), kind.code, code, layout)


def take_number(session: Session, actor: Actor, *, type_code: str, year: int, title: str = "",
                status: str = "issued", issued_on: date | None = None, number: int | None = None,
                purpose: str = "", meeting_id: int | None = None, period: str = "") -> OutgoingDocument:
    """Take a number inside the caller's transaction (no commit).

    Without *number*: the next one of (year, type). With *number* (typed by the clerk before
    issuing): that number if it is free or was reserved and not used yet; otherwise Conflict.
    """
    kind = _type(session, type_code, lock=True)
    layout, code = office_layout(session)
    values: dict[str, Any] = {"title": nfc(title), "status": status, "purpose": purpose, "meeting_id": meeting_id,
              "period": period, "issued_on": issued_on, "created_by": actor.username}
    if number is not None:
        if number < 1:
            raise InvalidInput("Số văn bản phải là số nguyên dương.")
        symbol = document_symbol(number, kind.code, code, layout)
        row = session.exec(select(OutgoingDocument).where(
            OutgoingDocument.year == year, OutgoingDocument.type_code == kind.code,
            OutgoingDocument.number == number)).first()
        if row is not None:
            if row.status != "reserved" or status == "reserved":
                raise Conflict(f"{number_label(row.symbol, layout)} năm {year} đã được dùng "
                               f"({STATUS_LABELS[row.status].lower()}).")
            values["title"] = values["title"] or row.title  # a reservation's note stays if none is given
            for key, value in values.items():
                setattr(row, key, value)
        else:
            row = OutgoingDocument(year=year, type_code=kind.code, number=number, symbol=symbol, **values)
        session.add(row)
        session.flush()
        return row
    table = OutgoingDocument.__table__  # type: ignore[attr-defined]  # made by SQLModel for table=True
    last = (sa_select(func.coalesce(func.max(table.c.number), 0) + 1)
            .where(table.c.year == year, table.c.type_code == kind.code).scalar_subquery())
    columns = ["year", "type_code", "number", "symbol", "void_reason", "created_at", *values]
    given = {"year": year, "type_code": kind.code, "symbol": "", "void_reason": "", "created_at": now_local(),
             **values}
    # Typed values; PostgreSQL would take an untyped NULL in INSERT … SELECT for text.
    selected = [last if name == "number" else cast(null(), table.c[name].type) if given[name] is None
                else literal(given[name], type_=table.c[name].type) for name in columns]
    statement = insert(table).from_select(columns, sa_select(*selected)).returning(table.c.id)
    new_id = session.execute(statement).scalar_one()
    row = session.get(OutgoingDocument, new_id)
    assert row is not None  # inserted just above
    row.symbol = document_symbol(row.number, kind.code, code, layout)
    session.add(row)
    session.flush()
    return row


def _type_names(session: Session) -> dict[str, str]:
    return {t.code: t.name for t in session.exec(select(DocumentType))}


def _document(session: Session, entry_id: int) -> OutgoingDocument:
    return get_or_raise(session, OutgoingDocument, entry_id, f"Không có số văn bản mã {entry_id}.")


def get_entry(*, session: Session, entry_id: int) -> RegisterEntry:
    row = _document(session, entry_id)
    return _entry(row, _type_names(session).get(row.type_code, row.type_code), office_layout(session)[0])


def issue(*, session: Session, actor: Actor, type_code: str, title: str, issued_on: date | None = None,
          number: int | None = None, purpose: str = "", meeting_id: int | None = None,
          period: str = "") -> RegisterEntry:
    """Register a document issued today (or on *issued_on*) and return its number."""
    require(actor, Permission.MEETINGS_WRITE)
    issued_on = issued_on or now_local().date()
    with write(session, actor, "register.issue", type_code, nfc(title)):
        row = take_number(session, actor, type_code=type_code, year=issued_on.year, title=title,
                          issued_on=issued_on, number=number, purpose=purpose, meeting_id=meeting_id,
                          period=period)
    return get_entry(session=session, entry_id=id_of(row))


def reserve(*, session: Session, actor: Actor, type_code: str, year: int | None = None, title: str = "",
            count: int = 1) -> list[RegisterEntry]:
    """Hold the next *count* numbers (giữ số) for documents not yet drafted."""
    require(actor, Permission.MEETINGS_WRITE)
    if not 1 <= count <= 100:
        raise InvalidInput("Giữ từ 1 đến 100 số một lần.")
    year = year or now_local().year
    with write(session, actor, "register.reserve", type_code, f"{count} × {year}"):
        ids = [id_of(take_number(session, actor, type_code=type_code, year=year, title=title, status="reserved"))
               for _ in range(count)]
    return [get_entry(session=session, entry_id=i) for i in ids]


def void(*, session: Session, actor: Actor, entry_id: int, reason: str) -> RegisterEntry:
    """Void a number (hủy số) with the reason; the number is never given again."""
    require(actor, Permission.MEETINGS_WRITE)
    reason = " ".join(nfc(reason).split())
    if not reason:
        raise InvalidInput("Hãy ghi lý do hủy số.")
    row = _document(session, entry_id)
    if row.status == "void":
        raise Conflict(f"Số {row.symbol} đã bị hủy.")
    with write(session, actor, "register.void", f"outgoing_document:{entry_id}", reason):
        row.status, row.void_reason = "void", reason
        session.add(row)
    return get_entry(session=session, entry_id=entry_id)


def list_entries(*, session: Session, year: int | None = None, type_code: str | None = None,
                 meeting_id: int | None = None) -> list[RegisterEntry]:
    """The register, newest year first, then by type and number."""
    query = select(OutgoingDocument)
    if year is not None:
        query = query.where(OutgoingDocument.year == year)
    if type_code:
        query = query.where(OutgoingDocument.type_code == _type(session, type_code).code)
    if meeting_id is not None:
        query = query.where(OutgoingDocument.meeting_id == meeting_id)
    names = _type_names(session)
    layout = office_layout(session)[0]
    rows = session.exec(query.order_by(col(OutgoingDocument.year).desc(), col(OutgoingDocument.type_code),
                                       col(OutgoingDocument.number))).all()
    return [_entry(r, names.get(r.type_code, r.type_code), layout) for r in rows]


def list_years(*, session: Session) -> list[int]:
    years = set(session.exec(select(OutgoingDocument.year).distinct()).all())
    years.add(now_local().year)
    return sorted(years, reverse=True)
