"""Tables of the outgoing-document register (sổ đăng ký văn bản đi): the document types the
office issues and one row per number taken, reserved or voided.

Numbers run per year from 01 January and per type (HD 36-HD/VPTW; Decree 30/2020 Appendix I);
the unique constraint on (year, type, number) is what makes two writers never share a number.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.models.base import datetime_field, now_local
from db.models.org import fk

REGISTER_STATUSES = ("reserved", "issued", "void")
# What a number was taken for; "" for a document typed elsewhere and only registered here.
REGISTER_PURPOSES = ("", "invitation", "minutes", "conclusions", "programme")


class DocumentType(SQLModel, table=True):
    """A type of outgoing document and its abbreviation (GM Giấy mời, TB Thông báo, …)."""

    __tablename__ = "document_type"
    __table_args__ = (CheckConstraint("code <> ''", name="ck_document_type_code"),)

    code: str = Field(primary_key=True)  # the abbreviation in the symbol: GM, TB, LCT, BB, CTr
    name: str
    sort_order: int = 0
    active: bool = True


class OutgoingDocument(SQLModel, table=True):
    """One number of the register: reserved, issued (with its date) or void (with a reason)."""

    __tablename__ = "outgoing_document"
    __table_args__ = (
        UniqueConstraint("year", "type_code", "number", name="uq_outgoing_document_number"),
        CheckConstraint("number >= 1", name="ck_outgoing_document_number"),
        CheckConstraint("status IN ('reserved', 'issued', 'void')", name="ck_outgoing_document_status"),
        CheckConstraint("(status = 'void') = (void_reason <> '')", name="ck_outgoing_document_void"),
        CheckConstraint("status <> 'issued' OR issued_on IS NOT NULL", name="ck_outgoing_document_issued"),
    )

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    type_code: str = Field(sa_column=Column(String, ForeignKey("document_type.code", ondelete="RESTRICT"),
                                            nullable=False, index=True))
    number: int
    symbol: str  # as printed after "Số": "15-GM/VPTU" (Party) or "15/GM-VP" (State)
    title: str = ""  # trích yếu: what the document is about
    status: str = "reserved"
    purpose: str = ""
    meeting_id: int | None = fk("meeting.id", ondelete="SET NULL")
    period: str = ""  # the month of a monthly programme: "2026-12"
    issued_on: date | None = None
    void_reason: str = ""
    created_by: str = ""
    created_at: datetime = datetime_field(default_factory=now_local)
