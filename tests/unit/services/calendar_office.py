"""The smallest office the calendar's printouts need: a party office (its name and place head
every printout) with one unit and its chief (who chairs, and signs the week's schedule). Built
through the org services in a few milliseconds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from app.services.admin.auth import Actor
from app.services.org import edit as org

CHIEF_NAME = "Nguyễn Thị Ánh Tuyết"


@dataclass(frozen=True)
class ChiefOffice:
    chief: int
    unit: int


def party_office_with_chief(session: Session, actor: Actor) -> ChiefOffice:
    org.save_office(session=session, actor=actor, name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng",
                    place="Lâm Đồng", kind="party")
    position = org.create_position(session=session, actor=actor, role="chief", title="Chánh Văn phòng", rank=10)
    unit = org.create_unit(session=session, actor=actor, name="Phòng Tổng hợp", parent_id=None)
    chief = org.create_person(session=session, actor=actor, data=org.PersonInput(
        full_name=CHIEF_NAME, unit_id=unit, position_id=position))
    return ChiefOffice(chief=chief, unit=unit)
