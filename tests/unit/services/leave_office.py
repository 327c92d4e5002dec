"""A small office for the leave tests: built through the org services in a few milliseconds
(the full demo office takes seconds)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from app.services.admin.auth import SYSTEM, AccountRole, Actor
from app.services.leave.read import type_by_code
from app.services.org import edit as org
from app.services.org.edit import PersonInput


@dataclass
class Office:
    units: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)

    def leader(self, key: str) -> Actor:
        return Actor(username=key, role=AccountRole.LEADER, person_id=self.people[key])

    def staff(self, key: str) -> Actor:
        return Actor(username=key, role=AccountRole.STAFF, person_id=self.people[key])

    def clerk(self) -> Actor:
        return Actor(username="vanthu", role=AccountRole.CLERK, person_id=self.people["clerk"])


POSITIONS = {"standing_deputy_secretary": ("Phó Bí thư Thường trực Tỉnh ủy", 2), "chief": ("Chánh Văn phòng", 10),
             "deputy_chief": ("Phó Chánh Văn phòng", 11), "head": ("Trưởng phòng", 20),
             "specialist": ("Chuyên viên", 31), "staff": ("Nhân viên", 40)}

PEOPLE = [  # key, name, unit, role, service start
    ("sds", "Nguyễn Văn Thường", "thuong_truc", "standing_deputy_secretary", date(2000, 1, 1)),
    ("chief", "Trần Thị Chánh", "lanh_dao", "chief", date(2001, 1, 1)),
    ("deputy1", "Lê Văn Một", "lanh_dao", "deputy_chief", date(2005, 1, 1)),
    ("deputy2", "Phạm Thị Hai", "lanh_dao", "deputy_chief", date(2008, 1, 1)),
    ("head_th", "Hoàng Văn Trưởng", "tong_hop", "head", date(2010, 1, 1)),
    ("spec1", "Nguyễn Thị Ánh", "tong_hop", "specialist", date(2021, 3, 1)),
    ("spec2", "Đỗ Văn Bình", "tong_hop", "specialist", date(2024, 1, 1)),
    ("clerk", "Vũ Thị Văn Thư", "hanh_chinh", "staff", date(2019, 1, 1)),
    ("spec3", "Bùi Văn Cường", "hanh_chinh", "specialist", date(2015, 1, 1)),
    ("loner", "Đinh Văn Lẻ", "luu_tru", "specialist", date(2020, 1, 1)),
]


def small_office(session: Session) -> Office:
    """Office, Thường trực, office leadership, Tổng hợp (deputy1 oversees it, deputy1 is the standing
    deputy), Hành chính (deputy2 oversees it), and a unit nobody oversees."""
    o = Office()
    org.save_office(session=session, actor=SYSTEM, name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng",
                    place="Lâm Đồng")
    positions = {role: org.create_position(session=session, actor=SYSTEM, role=role, title=title, rank=rank)
                 for role, (title, rank) in POSITIONS.items()}
    o.units["thuong_truc"] = org.create_unit(session=session, actor=SYSTEM, name="Thường trực Tỉnh ủy",
                                             parent_id=None, kind="body", code="thuong_truc")
    o.units["office"] = org.create_unit(session=session, actor=SYSTEM, name="Văn phòng Tỉnh ủy", parent_id=None,
                                        kind="office", code="office")
    for code, name in [("lanh_dao", "Lãnh đạo Văn phòng"), ("tong_hop", "Phòng Tổng hợp"),
                       ("hanh_chinh", "Phòng Hành chính"), ("luu_tru", "Bộ phận Lưu trữ")]:
        o.units[code] = org.create_unit(session=session, actor=SYSTEM, name=name, parent_id=o.units["office"],
                                        code=code)
    for key, name, unit, role, start in PEOPLE:
        o.people[key] = org.create_person(session=session, actor=SYSTEM, data=PersonInput(
            full_name=name, unit_id=o.units[unit], position_id=positions[role], service_start=start))
    org.set_standing_deputy(session=session, actor=SYSTEM, person_id=o.people["deputy1"])
    org.set_oversight(session=session, actor=SYSTEM, deputy_id=o.people["deputy1"], unit_ids=[o.units["tong_hop"]])
    org.set_oversight(session=session, actor=SYSTEM, deputy_id=o.people["deputy2"], unit_ids=[o.units["hanh_chinh"]])
    o.types = {code: type_by_code(session, code).id for code in ("annual", "marriage", "sick", "unpaid")}
    return o
