"""What every meeting document shares: the office, the signer and his authority, the document
type each purpose takes its number from (settings: types are data), the default "Nơi nhận"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.rules.register import Authority, signer_lines
from app.services.admin import settings
from app.services.admin.settings import SettingSpec
from app.services.lookup import get_or_raise
from app.services.org.read import OfficeInfo, get_office
from db.models import Person, Position

settings.declare(
    SettingSpec("register.type.invitation", "Loại văn bản của giấy mời (ký hiệu trong sổ văn bản đi)", "GM", str,
                source="HD 36-HD/VPTW; NĐ 30/2020", minimum=None),
    SettingSpec("register.type.minutes", "Loại văn bản của biên bản hội nghị", "BB", str, minimum=None),
    SettingSpec("register.type.conclusions", "Loại văn bản của thông báo kết luận", "TB", str, minimum=None),
    SettingSpec("register.type.programme", "Loại văn bản của chương trình công tác tháng", "CTr", str,
                minimum=None),
)

BODY_NAMES = {"bch": "Ban Chấp hành", "btv": "Ban Thường vụ", "thuong_truc": "Thường trực"}


def document_type_for(session: Session, purpose: str) -> str:
    """The register's type code a document of this purpose takes ("GM" for an invitation)."""
    return str(settings.get(session, f"register.type.{purpose}"))


@dataclass(frozen=True)
class SignerChoice:
    """Who signs and how (the dialog's choice; None/"" fields take the defaults)."""

    authority: Authority | str = Authority.BY_ORDER
    body: str = ""  # the body signed for: "Ban Thường vụ"
    person_id: int | None = None  # default: the chief of office


@dataclass(frozen=True)
class SignerBlock:
    lines: tuple[str, ...]  # "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"
    name: str
    person_id: int | None


def person_with_role(session: Session, role: str) -> Person | None:
    """The first active person holding a position of *role* (chief, deputy_chief…)."""
    return session.exec(select(Person).join(Position, col(Person.position_id) == Position.id)
                        .where(Position.role == role, Person.active).order_by(col(Position.rank), col(Person.id))).first()


def signer_block(session: Session, choice: SignerChoice, *, default_body: str) -> SignerBlock:
    office = get_office(session)
    layout = office.kind if office else "party"
    person: Person | None
    if choice.person_id is not None:
        person = get_or_raise(session, Person, choice.person_id, f"Không có người mã {choice.person_id}.")
    else:
        person = person_with_role(session, "chief")
    position = session.get(Position, person.position_id) if person and person.position_id else None
    title = position.title if position else "Chánh Văn phòng"
    lines = signer_lines(choice.authority, body=choice.body or default_body, signer_title=title, layout=layout)
    return SignerBlock(tuple(lines), person.full_name if person else "", person.id if person else None)


def default_recipients(office: OfficeInfo | None, *, first: str = "Như trên") -> tuple[str, ...]:
    """Party: "- Như trên, - Lưu Văn phòng."; State (Decree 30): "- Như trên; - Lưu: VT."."""
    if office is not None and office.kind == "state":
        return (f"{first};", "Lưu: VT.")
    return (f"{first},", "Lưu Văn phòng.")
