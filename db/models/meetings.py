"""Tables of meeting preparation: meetings, checklist templates and items, attendees,
documents and the copies handed out (regulation 003)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.models.base import datetime_field, now_local
from db.models.org import fk

MEETING_KINDS = ("executive_committee", "standing_committee", "standing_members", "reception",
                 "field_visit", "gift_visit", "office_briefing", "custom")
DUE_RULES = ("working_days_before", "minutes_before", "at_start", "working_days_after")
ATTENDEE_ROLES = ("chair", "delegate", "guest", "service")
ATTENDANCE = ("present", "late", "absent")


def _in(column: str, values: tuple[str, ...], *, empty: bool = False) -> str:
    allowed = ", ".join(f"'{v}'" for v in (*values, *([""] if empty else [])))
    return f"{column} IN ({allowed})"


class Meeting(SQLModel, table=True):
    """A meeting (or reception, field visit…) the office prepares."""

    __table_args__ = (
        CheckConstraint(_in("kind", MEETING_KINDS), name="ck_meeting_kind"),
        CheckConstraint("end_at >= start_at", name="ck_meeting_times"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    title: str
    start_at: datetime = datetime_field(index=True)
    end_at: datetime = datetime_field()
    location: str = ""
    chair_id: int | None = fk("person.id", ondelete="SET NULL")
    # The meeting's entry in the work calendar (app.services.meetings.calendar_link keeps them in
    # step); deleting the entry unlinks the meeting.
    event_id: int | None = fk("event.id", ondelete="SET NULL")
    important: bool = False  # 004 Điều 11.2: important, complex items → documents 5 days before
    foreign_guests: bool = False  # 003 §II.2.3: flags of the guests' countries
    # 003 §II.1.1: for a personnel (tổ chức, cán bộ) meeting the chief of office takes the minutes
    personnel: bool = False
    minute_taker_id: int | None = fk("person.id", ondelete="SET NULL")
    notes: str = ""
    created_at: datetime = datetime_field(default_factory=now_local)


class ChecklistTemplate(SQLModel, table=True):
    """The office's editable checklist for one meeting kind."""

    __tablename__ = "checklist_template"
    __table_args__ = (
        CheckConstraint(_in("kind", MEETING_KINDS), name="ck_checklist_template_kind"),
        UniqueConstraint("kind", name="uq_checklist_template_kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    name: str


class ChecklistTemplateItem(SQLModel, table=True):
    """A task of a template with its due rule (app.rules.meeting_templates.TemplateItem)."""

    __tablename__ = "checklist_template_item"
    __table_args__ = (
        CheckConstraint(_in("rule", DUE_RULES), name="ck_template_item_rule"),
        CheckConstraint("amount >= 0", name="ck_template_item_amount"),
    )

    id: int | None = Field(default=None, primary_key=True)
    template_id: int = fk("checklist_template.id", ondelete="CASCADE", nullable=False)
    sort_order: int = 0
    department: str  # unit code: tong_hop, hanh_chinh, tai_chinh_quan_tri, …
    task: str
    rule: str
    amount: int = 0
    setting_key: str | None = None  # the number comes from this office setting (+ setting_offset)
    setting_offset: int = 0
    important_setting: str | None = None
    condition: str = ""  # "" or "foreign_guests"
    source: str = ""  # regulation article
    key: str = ""  # stable code of a default item
    active: bool = True


class MeetingChecklistItem(SQLModel, table=True):
    """A dated, owned task of one meeting."""

    __tablename__ = "checklist_item"
    __table_args__ = (
        CheckConstraint(_in("rule", DUE_RULES, empty=True), name="ck_checklist_item_rule"),
        CheckConstraint("number >= 0", name="ck_checklist_item_number"),
        CheckConstraint("(done_at IS NULL) = (done_by = '')", name="ck_checklist_item_done"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = fk("meeting.id", ondelete="CASCADE", nullable=False)
    template_item_id: int | None = fk("checklist_template_item.id", ondelete="SET NULL")
    sort_order: int = 0
    department: str
    task: str
    rule: str = ""  # copied from the template ("" = a fixed deadline typed by hand)
    number: int = 0  # days or minutes used for the due date
    due: datetime = datetime_field(index=True)
    owner_id: int | None = fk("person.id", ondelete="SET NULL")
    done_at: datetime | None = datetime_field(nullable=True)
    done_by: str = ""  # who ticked it (the account's person name, else its user name)
    done_by_user_id: int | None = fk("app_user.id", ondelete="SET NULL")
    notes: str = ""


class Attendee(SQLModel, table=True):
    """Someone invited to a meeting: a person of the org chart or an outside guest.

    Name, title and organisation are copied when added, so an old attendance sheet
    prints as it was.
    """

    __table_args__ = (
        CheckConstraint(_in("role", ATTENDEE_ROLES), name="ck_attendee_role"),
        CheckConstraint(_in("attendance", ATTENDANCE, empty=True), name="ck_attendee_attendance"),
        CheckConstraint("person_id IS NOT NULL OR full_name <> ''", name="ck_attendee_named"),
        UniqueConstraint("meeting_id", "person_id", name="uq_attendee_person"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = fk("meeting.id", ondelete="CASCADE", nullable=False)
    person_id: int | None = fk("person.id", ondelete="SET NULL")
    full_name: str
    title: str = ""
    organisation: str = ""
    rank: int | None = None  # protocol rank (position rank); None for outside guests
    leader: bool = False  # Thường trực: listed first
    role: str = "delegate"  # chair | delegate | guest | service
    member: bool = False  # a member of the meeting's body: counts for the quorum
    invitation_sent_at: datetime | None = datetime_field(nullable=True)
    invitation_via: str = ""  # hộp thư công vụ, giấy mời, điện thoại, …
    absence_notified_at: datetime | None = datetime_field(nullable=True)
    absence_reason: str = ""
    absence_in_writing: bool = False  # 004 Điều 10.1: reported in writing
    permitted_by_standing: bool = False  # … and permitted by the Thường trực
    attendance: str = ""  # "" (not taken) | present | late | absent
    attendance_reason: str = ""
    written_comments: str = ""  # 004 Điều 10.4, 11.4: an absent member's written comments on the drafts
    invitation_number: str = ""  # the register's symbol of the giấy mời sent ("15-GM/VPTU")
    notes: str = ""


class Document(SQLModel, table=True):
    """A meeting document: how many copies, secret (Mật), to be retrieved after use."""

    __table_args__ = (CheckConstraint("copies >= 0", name="ck_document_copies"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = fk("meeting.id", ondelete="CASCADE", nullable=False)
    sort_order: int = 0
    title: str
    secret: bool = False
    copies: int = 0
    to_be_retrieved: bool = False
    notes: str = ""


class DocumentCopy(SQLModel, table=True):
    """One numbered copy of a document handed to an attendee, and when it came back."""

    __tablename__ = "document_copy"
    __table_args__ = (
        UniqueConstraint("document_id", "copy_number", name="uq_document_copy_number"),
        UniqueConstraint("document_id", "attendee_id", name="uq_document_copy_attendee"),
        CheckConstraint("copy_number >= 1", name="ck_document_copy_number"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = fk("document.id", ondelete="CASCADE", nullable=False)
    attendee_id: int = fk("attendee.id", ondelete="CASCADE", nullable=False)
    copy_number: int
    received_at: datetime = datetime_field(default_factory=now_local)
    returned_at: datetime | None = datetime_field(nullable=True)
