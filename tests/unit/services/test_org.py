"""The org chart's write services: permissions, one audit row per write, rollback,
unit cycles, delegations and who acts for whom."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.services.admin.audit import write
from app.services.org import edit as org
from app.services.org import read as org_read
from app.services.org.edit import PersonInput
from db.models import AuditLog, Delegation, Person, Unit

DAY = date(2026, 3, 2)


@pytest.fixture
def office(session, admin):
    """A small office: chief, two deputies (one standing), one department with a head and a specialist."""
    ids: dict[str, int] = {}
    for key, role, title, rank in [("chief_pos", "chief", "Chánh Văn phòng", 10),
                                   ("deputy_pos", "deputy_chief", "Phó Chánh Văn phòng", 11),
                                   ("head_pos", "head", "Trưởng phòng", 20),
                                   ("specialist_pos", "specialist", "Chuyên viên", 31)]:
        ids[key] = org.create_position(session=session, actor=admin, role=role, title=title, rank=rank)
    ids["office"] = org.create_unit(session=session, actor=admin, name="Văn phòng Tỉnh ủy", parent_id=None,
                                    kind="office", code="office")
    ids["leaders"] = org.create_unit(session=session, actor=admin, name="Lãnh đạo Văn phòng",
                                     parent_id=ids["office"])
    ids["th"] = org.create_unit(session=session, actor=admin, name="Phòng Tổng hợp", parent_id=ids["office"],
                                code="tong_hop")
    for key, name, unit, pos in [("chief", "Phạm Mỹ Linh", "leaders", "chief_pos"),
                                 ("deputy1", "Bùi Thị Hạnh", "leaders", "deputy_pos"),
                                 ("deputy2", "Lê Quang Sơn", "leaders", "deputy_pos"),
                                 ("head", "Nguyễn Văn Hải", "th", "head_pos"),
                                 ("specialist", "Trần Thu Trang", "th", "specialist_pos")]:
        ids[key] = org.create_person(session=session, actor=admin, data=PersonInput(
            full_name=name, unit_id=ids[unit], position_id=ids[pos]))
    org.set_standing_deputy(session=session, actor=admin, person_id=ids["deputy1"])
    return ids


def audit_count(session) -> int:
    return session.exec(select(func.count()).select_from(AuditLog)).one()


def writes(o: dict[str, int]) -> list[tuple[str, object, dict]]:
    """Every write service with arguments that succeed on the *office* fixture."""
    return [
        ("create_unit", org.create_unit, {"name": "Phòng Hành chính", "parent_id": o["office"]}),
        ("rename_unit", org.rename_unit, {"unit_id": o["th"], "name": "Phòng Tổng hợp – Thi đua"}),
        ("move_unit", org.move_unit, {"unit_id": o["th"], "parent_id": None}),
        ("set_unit_active", org.set_unit_active, {"unit_id": o["leaders"], "active": True}),
        ("create_position", org.create_position, {"role": "staff", "title": "Nhân viên"}),
        ("create_person", org.create_person, {"data": PersonInput("Đỗ Thành Nam", unit_id=o["th"])}),
        ("update_person", org.update_person,
         {"person_id": o["specialist"], "data": PersonInput("Trần Thu Trang", phone="0912 345 678",
                                                            unit_id=o["th"], position_id=o["specialist_pos"])}),
        ("move_person", org.move_person, {"person_id": o["specialist"], "unit_id": o["leaders"]}),
        ("set_person_active", org.set_person_active, {"person_id": o["specialist"], "active": False}),
        ("delete_person", org.delete_person, {"person_id": o["specialist"]}),
        ("set_standing_deputy", org.set_standing_deputy, {"person_id": o["deputy2"]}),
        ("set_oversight", org.set_oversight,
         {"deputy_id": o["deputy1"], "unit_ids": [o["th"]], "fields_": ["Tổng hợp", "Thi đua"]}),
        ("add_delegation", org.add_delegation,
         {"principal_id": o["head"], "acting_id": o["specialist"], "start_date": DAY, "end_date": DAY}),
        ("save_office", org.save_office, {"name": "Văn phòng Tỉnh ủy"}),
    ]


@pytest.mark.parametrize("index", range(14))
def test_each_write_adds_exactly_one_audit_row(session, admin, office, index):
    name, fn, kwargs = writes(office)[index]
    before = audit_count(session)
    fn(session=session, actor=admin, **kwargs)
    assert audit_count(session) == before + 1, name


@pytest.mark.parametrize("index", range(14))
def test_a_viewer_is_refused_every_write_and_nothing_changes(session, viewer, office, index):
    name, fn, kwargs = writes(office)[index]
    before = audit_count(session)
    with pytest.raises(Forbidden) as caught:
        fn(session=session, actor=viewer, **kwargs)
    assert isinstance(caught.value, PermissionError), name
    assert audit_count(session) == before


def test_a_failing_write_rolls_back_everything_it_did(session, admin, office):
    before = audit_count(session)
    with pytest.raises(RuntimeError), write(session, admin, "person.create"):
        session.add(Person(full_name="Nửa Chừng", search_key="nua chung"))
        session.flush()
        raise RuntimeError("boom")
    assert session.exec(select(Person).where(Person.full_name == "Nửa Chừng")).first() is None
    assert audit_count(session) == before


def test_a_constraint_violation_becomes_a_conflict_and_leaves_nothing(session, admin, office):
    before = audit_count(session)
    units = session.exec(select(func.count()).select_from(Unit)).one()
    with pytest.raises(Conflict, match="trùng"):
        org.create_unit(session=session, actor=admin, name="Phòng khác", parent_id=None, code="tong_hop")
    assert session.exec(select(func.count()).select_from(Unit)).one() == units
    assert audit_count(session) == before


def test_set_oversight_replaces_units_and_fields_in_one_transaction(session, admin, office):
    org.set_oversight(session=session, actor=admin, deputy_id=office["deputy1"], unit_ids=[office["th"]],
                      fields_=["Tổng hợp"])
    org.set_oversight(session=session, actor=admin, deputy_id=office["deputy1"], unit_ids=[],
                      fields_=["Văn thư – lưu trữ", "Văn thư – lưu trữ", " "])
    rows = org.load_org(session).overseen_by(office["deputy1"])
    assert [(o.unit_id, o.field) for o in rows] == [(None, "Văn thư – lưu trữ")]


def test_a_unit_cannot_move_under_its_own_sub_unit(session, admin, office):
    with pytest.raises(Conflict, match="chính nó"):
        org.move_unit(session=session, actor=admin, unit_id=office["office"], parent_id=office["th"])
    with pytest.raises(Conflict):
        org.move_unit(session=session, actor=admin, unit_id=office["th"], parent_id=office["th"])
    assert session.get(Unit, office["office"]).parent_id is None


def test_the_database_itself_refuses_a_unit_cycle(session, office):
    with pytest.raises(IntegrityError, match="own ancestor"):
        session.execute(text("UPDATE unit SET parent_id = :child WHERE id = :top"),
                        {"child": office["th"], "top": office["office"]})
    session.rollback()
    with pytest.raises(IntegrityError):
        session.execute(text("UPDATE unit SET parent_id = id WHERE id = :top"), {"top": office["office"]})
    session.rollback()


def test_a_delegation_cannot_end_before_it_starts(session, admin, office):
    with pytest.raises(InvalidInput, match="Ngày kết thúc"):
        org.add_delegation(session=session, actor=admin, principal_id=office["head"], acting_id=office["specialist"],
                           start_date=DAY, end_date=DAY - timedelta(days=1))
    session.add(Delegation(principal_id=office["head"], acting_id=office["specialist"], start_date=DAY,
                           end_date=DAY - timedelta(days=1)))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_overlapping_delegations_and_self_delegation_are_refused(session, admin, office):
    org.add_delegation(session=session, actor=admin, principal_id=office["head"], acting_id=office["specialist"],
                       start_date=DAY, end_date=DAY + timedelta(days=3))
    with pytest.raises(Conflict, match="đã có ủy quyền"):
        org.add_delegation(session=session, actor=admin, principal_id=office["head"],
                           acting_id=office["deputy2"], start_date=DAY + timedelta(days=2),
                           end_date=DAY + timedelta(days=5))
    with pytest.raises(InvalidInput, match="chính mình"):
        org.add_delegation(session=session, actor=admin, principal_id=office["head"], acting_id=office["head"],
                           start_date=DAY, end_date=DAY)


def test_who_acts_for_follows_a_delegation_only_while_it_runs(session, admin, office):
    delegation = org.add_delegation(session=session, actor=admin, principal_id=office["head"],
                                    acting_id=office["specialist"], start_date=DAY, end_date=DAY + timedelta(days=1),
                                    scope="Ký thay", reason="Đi công tác")
    assert org.who_acts_for(session, office["head"], DAY).id == office["specialist"]
    assert org.who_acts_for(session, office["head"], DAY + timedelta(days=2)) is None
    assert org.away_on(session, DAY)[office["head"]].reason == "Đi công tác"
    org.remove_delegation(session=session, actor=admin, delegation_id=delegation)
    assert org.who_acts_for(session, office["head"], DAY) is None


def test_the_standing_deputy_acts_for_an_absent_chief_with_no_named_substitute(session, office, monkeypatch):
    def chief_on_leave(_session, start, end):
        return [org.Absence(office["chief"], DAY, DAY, "Nghỉ phép", acting_id=None, source="leave")]

    monkeypatch.setattr(org_read, "ABSENCE_SOURCES", [*org_read.ABSENCE_SOURCES, chief_on_leave])
    assert org.who_acts_for(session, office["chief"], DAY).id == office["deputy1"]
    assert org.who_acts_for(session, office["deputy2"], DAY) is None  # not away


def test_the_snapshot_describes_each_person_as_reading_that_person_alone_does(session, admin, office):
    org.update_person(session=session, actor=admin, person_id=office["head"], data=PersonInput(
        full_name="Nguyễn Văn Hải", unit_id=office["th"], position_id=office["head_pos"], gender="male",
        birth_date=date(1980, 5, 17), phone="0912 345 678", email="hai@vptu.vn", service_start=date(2005, 9, 1),
        notes="Phụ trách thi đua"))
    org.create_person(session=session, actor=admin, data=PersonInput(full_name="Đỗ Minh", unit_id=None,
                                                                     position_id=None))
    org.set_person_active(session=session, actor=admin, person_id=office["specialist"], active=False)
    snapshot = org.load_org(session)
    assert len(snapshot.people) == 6
    for person_id, person in snapshot.people.items():
        assert person == org.get_person(session, person_id)
    assert snapshot.units[office["th"]].name == "Phòng Tổng hợp"
    assert snapshot.positions[office["head_pos"]].title == "Trưởng phòng"


def test_only_a_deputy_chief_can_be_the_standing_deputy_and_deactivating_clears_it(session, admin, office):
    with pytest.raises(InvalidInput, match="Phó Chánh Văn phòng"):
        org.set_standing_deputy(session=session, actor=admin, person_id=office["head"])
    org.set_person_active(session=session, actor=admin, person_id=office["deputy1"], active=False)
    assert not org.get_person(session, office["deputy1"]).is_standing_deputy


def test_a_unit_with_active_staff_cannot_be_deactivated(session, admin, office):
    with pytest.raises(Conflict, match="còn cán bộ"):
        org.set_unit_active(session=session, actor=admin, unit_id=office["th"], active=False)
    for key in ("head", "specialist"):
        org.set_person_active(session=session, actor=admin, person_id=office[key], active=False)
    org.set_unit_active(session=session, actor=admin, unit_id=office["th"], active=False)
    assert not session.get(Unit, office["th"]).active


def test_people_are_stored_nfc_and_found_without_diacritics(session, admin, office):
    decomposed = "Nguye\u0302\u0303n Va\u0306n An"  # NFD input
    person_id = org.create_person(session=session, actor=admin, data=PersonInput(decomposed, unit_id=office["th"]))
    assert org.get_person(session, person_id).full_name == "Nguyễn Văn An"
    assert [p.full_name for p in org.search_people(session, "nguyen van")] == ["Nguyễn Văn Hải", "Nguyễn Văn An"]


@pytest.mark.parametrize("data, message", [
    (PersonInput(" "), "Họ và tên"),
    (PersonInput("Lê An", email="khong-hop-le"), "e-mail"),
    (PersonInput("Lê An", phone="abc"), "điện thoại"),
    (PersonInput("Lê An", birth_date=date(2999, 1, 1)), "tương lai"),
    (PersonInput("Lê An", birth_date=date(1990, 1, 1), service_start=date(1980, 1, 1)), "trước ngày sinh"),
])
def test_bad_person_input_is_refused_with_a_vietnamese_message(session, admin, office, data, message):
    before = audit_count(session)
    with pytest.raises(InvalidInput, match=message):
        org.create_person(session=session, actor=admin, data=data)
    assert audit_count(session) == before


def test_unknown_ids_are_reported_as_not_found(session, admin, office):
    with pytest.raises(NotFound):
        org.update_person(session=session, actor=admin, person_id=9999, data=PersonInput("Lê An"))
    with pytest.raises(NotFound):
        org.move_person(session=session, actor=admin, person_id=office["head"], unit_id=9999)
    with pytest.raises(NotFound):
        org.remove_delegation(session=session, actor=admin, delegation_id=9999)
