"""Read side of the org chart: a detached snapshot of units, people and their links,
plus who is away on a day and who acts for them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from app.reports.data.org import OfficeInfo as OfficeInfo  # the printouts' type, re-exported
from app.services.lookup import get_or_raise
from app.services.plain_reads import rows as plain_rows
from app.text import fold
from db.models import BodyMember, Delegation, Office, Oversight, Person, Position, Unit
from db.models.base import id_of, stored_id


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    short_name: str
    code: str | None
    kind: str
    parent_id: int | None
    sort_order: int
    active: bool


@dataclass(frozen=True)
class PositionInfo:
    id: int
    role: str
    title: str
    rank: int


@dataclass(frozen=True)
class PersonInfo:
    id: int
    full_name: str
    gender: str
    birth_date: date | None
    phone: str
    email: str
    unit_id: int | None
    unit_name: str
    position_id: int | None
    position_title: str
    role: str
    rank: int
    is_standing_deputy: bool
    service_start: date | None
    active: bool
    notes: str
    search_key: str = ""  # app.text.fold(full_name), folded when read (not on the UI thread)


@dataclass(frozen=True)
class OversightInfo:
    id: int
    deputy_id: int
    unit_id: int | None
    field: str


@dataclass(frozen=True)
class DelegationInfo:
    id: int
    principal_id: int
    acting_id: int
    start_date: date
    end_date: date
    scope: str
    reason: str


@dataclass(frozen=True)
class Absence:
    """A person away on some days, why, and who handles their work."""

    person_id: int
    start: date
    end: date
    reason: str
    acting_id: int | None = None
    source: str = "delegation"  # delegation | leave | trip


@lru_cache(maxsize=4096)
def _name_order(full_name: str) -> tuple[str, str]:
    """How a name sorts: by the given name (the last word), then the whole name, accent-blind
    (folded once per name: the org tree sorts every unit's people, a thousand names)."""
    return fold(full_name.split()[-1] if full_name else ""), fold(full_name)


@dataclass
class OrgSnapshot:
    office: OfficeInfo | None
    units: dict[int, UnitInfo]
    positions: dict[int, PositionInfo]
    people: dict[int, PersonInfo]
    members: dict[int, list[int]] = field(default_factory=dict)  # body id -> person ids
    oversight: list[OversightInfo] = field(default_factory=list)
    delegations: list[DelegationInfo] = field(default_factory=list)
    # unit id -> its people in the tree's order (inactive ones included): sorted once, by
    # load_org on the database thread, not on the UI thread each time a unit is drawn
    _by_unit: dict[int | None, list[PersonInfo]] | None = field(default=None, repr=False, compare=False)

    def sort_people(self) -> None:
        by_unit: dict[int | None, list[PersonInfo]] = {}
        for person in sorted(self.people.values(), key=lambda p: (p.rank, *_name_order(p.full_name))):
            by_unit.setdefault(person.unit_id, []).append(person)
        self._by_unit = by_unit

    def children(self, unit_id: int | None) -> list[UnitInfo]:
        return sorted(
            (u for u in self.units.values() if u.parent_id == unit_id),
            key=lambda u: (u.sort_order, u.name),
        )

    def people_in(self, unit_id: int, *, include_inactive: bool = False) -> list[PersonInfo]:
        if self._by_unit is None:
            self.sort_people()
        assert self._by_unit is not None  # sorted just now
        return [p for p in self._by_unit.get(unit_id, ()) if p.active or include_inactive]

    def head_of(self, unit_id: int) -> PersonInfo | None:
        people = self.people_in(unit_id)
        return people[0] if people else None

    def overseen_by(self, deputy_id: int) -> list[OversightInfo]:
        return [o for o in self.oversight if o.deputy_id == deputy_id]

    def overseers_of(self, unit_id: int) -> list[int]:
        return [o.deputy_id for o in self.oversight if o.unit_id == unit_id]

    def with_role(self, role: str) -> list[PersonInfo]:
        return [p for p in self.people.values() if p.role == role and p.active]


def _office(row: Office) -> OfficeInfo:
    return OfficeInfo(id_of(row), row.name, row.parent_body, row.address, row.place, row.kind, row.code_suffix)


def get_office(session: Session) -> OfficeInfo | None:
    row = session.exec(select(Office).order_by(col(Office.id))).first()
    return _office(row) if row else None


def person_info(person: Person, unit: Unit | None, position: Position | None) -> PersonInfo:
    return PersonInfo(
        id=id_of(person),
        full_name=person.full_name,
        gender=person.gender,
        birth_date=person.birth_date,
        phone=person.phone,
        email=person.email,
        unit_id=person.unit_id,
        unit_name=unit.name if unit else "",
        position_id=person.position_id,
        position_title=position.title if position else "",
        role=position.role if position else "staff",
        rank=position.rank if position else 1000,
        is_standing_deputy=person.is_standing_deputy,
        service_start=person.service_start,
        active=person.active,
        notes=person.notes,
        search_key=_name_order(person.full_name)[1],
    )


# The person's columns the snapshot reads (not the ORM rows: a thousand of them cost more to build
# than to read) — in PersonInfo's order but for the unit's and position's names
_PERSON_COLUMNS = tuple(col(c) for c in (
    Person.id, Person.full_name, Person.gender, Person.birth_date, Person.phone, Person.email, Person.unit_id,
    Person.position_id, Person.is_standing_deputy, Person.service_start, Person.active, Person.notes))


def load_org(session: Session) -> OrgSnapshot:
    """Everything the org chart shows, as plain data (read column by column, no ORM rows)."""
    units = {stored_id(i): UnitInfo(stored_id(i), name, short, code, kind, parent, order, active)
             for i, name, short, code, kind, parent, order, active in session.execute(sa_select(*(col(c) for c in (
                 Unit.id, Unit.name, Unit.short_name, Unit.code, Unit.kind, Unit.parent_id, Unit.sort_order,
                 Unit.active))))}
    positions = {stored_id(i): PositionInfo(stored_id(i), role, title, rank)
                 for i, role, title, rank in session.exec(select(Position.id, Position.role, Position.title,
                                                                 Position.rank))}
    people: dict[int, PersonInfo] = {}
    for (person_id, full_name, gender, birth_date, phone, email, unit_id, position_id, standing, service_start,
         active, notes) in session.execute(sa_select(*_PERSON_COLUMNS)):
        unit = units.get(unit_id) if unit_id is not None else None
        position = positions.get(position_id) if position_id is not None else None
        people[person_id] = PersonInfo(
            person_id, full_name, gender, birth_date, phone, email, unit_id, unit.name if unit else "",
            position_id, position.title if position else "", position.role if position else "staff",
            position.rank if position else 1000, standing, service_start, active, notes,
            _name_order(full_name)[1])
    members: dict[int, list[int]] = {}
    for body_id, member_id in session.exec(select(BodyMember.body_id, BodyMember.person_id)
                                           .order_by(col(BodyMember.id))):
        members.setdefault(body_id, []).append(member_id)
    oversight = [OversightInfo(stored_id(i), deputy, unit_id, subject) for i, deputy, unit_id, subject in session.exec(
        select(Oversight.id, Oversight.deputy_id, Oversight.unit_id, Oversight.field).order_by(col(Oversight.id)))]
    delegations = [DelegationInfo(*d) for d in session.execute(sa_select(*(col(c) for c in (
        Delegation.id, Delegation.principal_id, Delegation.acting_id, Delegation.start_date, Delegation.end_date,
        Delegation.scope, Delegation.reason))).order_by(col(Delegation.start_date)))]
    snapshot = OrgSnapshot(get_office(session), units, positions, people, members, oversight, delegations)
    snapshot.sort_people()
    return snapshot


def get_person(session: Session, person_id: int) -> PersonInfo:
    person = get_or_raise(session, Person, person_id, f"Không tìm thấy cán bộ có mã {person_id}.")
    return person_info(person, session.get(Unit, person.unit_id) if person.unit_id else None,
                       session.get(Position, person.position_id) if person.position_id else None)


def search_people(session: Session, query: str, *, include_inactive: bool = False) -> list[PersonInfo]:
    """People whose name matches *query* ignoring diacritics and case ("nguyen van" → "Nguyễn Văn").
    % and _ are letters here, not wildcards; the query is cut to the setting search.max_query_length."""
    from app.validation import search_words

    words = search_words(session, query)
    stmt = select(Person)
    for word in words:
        stmt = stmt.where(col(Person.search_key).contains(word, autoescape=True))
    if not include_inactive:
        stmt = stmt.where(Person.active)
    units = {u.id: u for u in session.exec(select(Unit)).all()}
    positions = {p.id: p for p in session.exec(select(Position)).all()}
    found = [person_info(p, units.get(p.unit_id), positions.get(p.position_id)) for p in session.exec(stmt).all()]
    return sorted(found, key=lambda p: (p.rank, fold(p.full_name)))


# -- absences ---------------------------------------------------------------------

AbsenceSource = Callable[[Session, date, date], list[Absence]]
ABSENCE_SOURCES: list[AbsenceSource] = []


def absence_source(func: AbsenceSource) -> AbsenceSource:
    """Register a provider of absences (delegations here; leave and trips in their modules)."""
    ABSENCE_SOURCES.append(func)
    return func


_DELEGATIONS_BETWEEN = (
    sa_select(col(Delegation.principal_id), col(Delegation.start_date), col(Delegation.end_date),
              col(Delegation.reason), col(Delegation.scope), col(Delegation.acting_id))
    .where(col(Delegation.start_date) <= bindparam("end"), col(Delegation.end_date) >= bindparam("start")))


@absence_source
def _delegation_absences(session: Session, start: date, end: date) -> list[Absence]:
    return [Absence(d.principal_id, d.start_date, d.end_date, d.reason or d.scope, d.acting_id)
            for d in plain_rows(session, _DELEGATIONS_BETWEEN, {"start": start, "end": end})]


# Modules that register absence sources (approved leave, business trips on the calendar).
# Imported on first use so every caller — window, CLI or a bare service call — sees the
# same absences, whatever else happens to be imported.
ABSENCE_SOURCE_MODULES = ("app.services.leave.read", "app.services.calendar.read")


def absences_between(session: Session, start: date, end: date) -> list[Absence]:
    """Every known absence overlapping [start, end], from every registered source."""
    import importlib

    for name in ABSENCE_SOURCE_MODULES:
        importlib.import_module(name)
    found: list[Absence] = []
    for source in ABSENCE_SOURCES:
        found.extend(source(session, start, end))
    return found


def away_on(session: Session, day: date) -> dict[int, Absence]:
    """Who is away on *day* (person id → absence)."""
    result: dict[int, Absence] = {}
    for absence in absences_between(session, day, day):
        current = result.get(absence.person_id)
        if current is None or (current.acting_id is None and absence.acting_id is not None):
            result[absence.person_id] = absence
    return result


def _acting_id(person_id: int, absence: Absence, role: str, standing_id: int | None) -> int | None:
    """The rule: a delegation or an absence naming a substitute decides; otherwise the chief of
    office is replaced by the standing deputy (001 Điều 5; 000 Điều 3.2)."""
    if absence.acting_id is not None:
        return absence.acting_id
    if role == "chief" and standing_id is not None and standing_id != person_id:
        return standing_id
    return None


def _standing_deputy_id(session: Session) -> int | None:
    return session.exec(select(Person.id).where(Person.is_standing_deputy, Person.active)
                        .order_by(col(Person.id))).first()


def who_acts_for(session: Session, person_id: int, day: date, *,
                 away: dict[int, Absence] | None = None) -> PersonInfo | None:
    """Who acts for *person_id* on *day*, or None if they are not away (see :func:`_acting_id`;
    *away*: :func:`away_on` of that day, when the caller asks for several people)."""
    absence = (away_on(session, day) if away is None else away).get(person_id)
    if absence is None:
        return None
    role, standing_id = "", None
    if absence.acting_id is None:
        role = get_person(session, person_id).role
        standing_id = _standing_deputy_id(session) if role == "chief" else None
    acting_id = _acting_id(person_id, absence, role, standing_id)
    return get_person(session, acting_id) if acting_id is not None else None


def acting_on(session: Session, day: date, people: dict[int, PersonInfo]) -> tuple[dict[int, Absence], dict[int, int]]:
    """Who is away on *day* and who acts for each of them (person id → acting person id), the
    absences read once for everyone; *people* as in :func:`load_org`."""
    away = away_on(session, day)
    standing_id = min((p.id for p in people.values() if p.is_standing_deputy and p.active), default=None)
    acting = {}
    for person_id, absence in away.items():
        person = people.get(person_id)
        acting_id = _acting_id(person_id, absence, person.role if person else "", standing_id)
        if acting_id is not None:
            acting[person_id] = acting_id
    return away, acting
