"""Balances, approval-rule edits, leave types, the absence calendar and duty rosters."""

from datetime import date

import pytest
from sqlalchemy import text
from sqlmodel import select

from app.errors import Conflict, Forbidden, InvalidInput
from app.rules.leave import DEFAULT_RULES
from app.services.admin import settings
from app.services.leave import requests as leave
from app.services.leave import roster as leave_roster
from app.services.leave.absence_calendar import absence_month
from app.services.leave.approval import list_rules, reset_rules, save_rule
from app.services.leave.balance import CARRY_OVER_KEY, balance_of, balances
from app.services.leave.read import get_request
from app.services.leave.types import DEFAULT_LEAVE_TYPES, ensure_defaults
from db.models import LeaveApprovalRule, LeaveType
from tests.unit.services.leave_office import small_office
from tests.unit.services.test_leave import TODAY, draft

MON = date(2026, 3, 9)


@pytest.fixture
def office(session):
    return small_office(session)


def approved(session, office, admin, who, start, end=None, **kw):
    request_id = leave.file_request(session=session, actor=admin, draft=draft(office, who, start, end, **kw),
                                    today=TODAY)
    while get_request(session, request_id).status == "submitted":
        leave.decide(session=session, actor=admin, request_id=request_id, approve=True, today=TODAY)
    return request_id


# -- balances -----------------------------------------------------------------------------

def test_a_balance_counts_approved_and_pending_annual_leave_only(session, office, admin):
    approved(session, office, admin, "spec1", MON, date(2026, 3, 11))  # 3 days
    approved(session, office, admin, "spec1", date(2026, 4, 6), kind="sick")  # does not count
    leave.file_request(session=session, actor=admin, draft=draft(office, "spec1", date(2026, 5, 4), end_half="morning"),
                       today=TODAY)
    b = balance_of(session=session, person_id=office.people["spec1"], year=2026)
    # spec1 started on 1/3/2021: five full years during 2026
    assert (b.entitlement, b.carried, b.taken, b.pending, b.other_taken) == (13, 0, 3, 0.5, 1)
    assert b.remaining == 9.5


def test_a_request_across_new_year_is_split_between_the_years(session, office, admin):
    approved(session, office, admin, "spec2", date(2026, 12, 30), date(2027, 1, 5))
    assert balance_of(session=session, person_id=office.people["spec2"], year=2026).taken == 2  # 30, 31 Dec
    assert balance_of(session=session, person_id=office.people["spec2"], year=2027).taken == 2  # 1/1 is a holiday


def test_nothing_carries_over_by_default_and_the_setting_carries_the_unused_days(session, office, admin):
    approved(session, office, admin, "spec2", date(2025, 3, 3), date(2025, 3, 7))  # 5 days in 2025
    assert balance_of(session=session, person_id=office.people["spec2"], year=2026).carried == 0
    settings.set_value(session=session, actor=admin, key=CARRY_OVER_KEY, value=5)
    assert balance_of(session=session, person_id=office.people["spec2"], year=2026).carried == 5


def test_leave_is_taken_from_the_carried_days_first(session, office, admin):
    # spec2 started 1/1/2024 and took nothing that year: 12 days carried into 2025, where the
    # 5 days taken came out of them, so all 12 days of 2025 carry into 2026.
    approved(session, office, admin, "spec2", date(2025, 3, 3), date(2025, 3, 7))
    settings.set_value(session=session, actor=admin, key=CARRY_OVER_KEY, value=20)
    assert balance_of(session=session, person_id=office.people["spec2"], year=2025).carried == 12
    assert balance_of(session=session, person_id=office.people["spec2"], year=2026).carried == 12
    approved(session, office, admin, "spec2", date(2025, 4, 6), date(2025, 4, 17))  # 8 more (7/4: Hùng Kings)
    assert balance_of(session=session, person_id=office.people["spec2"], year=2026).carried == 11  # 13 − 12 carried


def test_the_balances_table_lists_office_staff_in_protocol_order(session, office):
    rows = balances(session=session, year=2026)
    ids = [b.person_id for b in rows]
    assert office.people["sds"] not in ids  # the Thường trực is not office staff
    assert ids[0] == office.people["chief"]
    only_th = balances(session=session, year=2026, unit_id=office.units["tong_hop"])
    assert {b.person_id for b in only_th} == {office.people[k] for k in ("head_th", "spec1", "spec2")}


# -- approval rules are data ------------------------------------------------------------------

def test_the_migration_seeds_the_default_rules(session):
    seeded = {(r.requester_role, r.from_days, r.approvers, r.informed) for r in list_rules(session)}
    expected = {(r.requester.value, r.from_days, tuple(a.value for a in r.approvers),
                 tuple(i.value for i in r.informed)) for r in DEFAULT_RULES}
    assert seeded == expected


def test_a_rule_edit_takes_effect_on_the_next_request(session, office, admin):
    rule = next(r for r in list_rules(session) if r.requester_role == "specialist" and r.from_days == 1)
    save_rule(session=session, actor=admin, rule_id=rule.id, requester_role="specialist", from_days=3,
              approvers=["deputy_chief", "chief"])
    preview = leave.preview_request(session=session, draft=draft(office, "spec1", MON, date(2026, 3, 10)), today=TODAY)
    assert [s.role.value for s in preview.chain] == ["deputy_chief"]  # 2 days: under the new threshold
    save_rule(session=session, actor=admin, requester_role="specialist", from_days=2,
              approvers=["deputy_chief", "chief", "standing_deputy_secretary"])
    preview = leave.preview_request(session=session, draft=draft(office, "spec1", MON, date(2026, 3, 10)), today=TODAY)
    assert [s.role.value for s in preview.chain] == ["deputy_chief", "chief", "standing_deputy_secretary"]
    reset_rules(session=session, actor=admin)
    preview = leave.preview_request(session=session, draft=draft(office, "spec1", MON, date(2026, 3, 10)), today=TODAY)
    assert [s.role.value for s in preview.chain] == ["deputy_chief", "chief"]


def test_a_bad_rule_is_refused_with_a_message(session, admin):
    with pytest.raises(InvalidInput, match="tự phê duyệt"):
        save_rule(session=session, actor=admin, requester_role="chief", from_days=1, approvers=["chief"])
    with pytest.raises(InvalidInput, match="Chức vụ không hợp lệ"):
        save_rule(session=session, actor=admin, requester_role="boss", from_days=1, approvers=["chief"])
    with pytest.raises(Conflict, match="Đã có quy tắc"):
        save_rule(session=session, actor=admin, requester_role="chief", from_days=0.5, approvers=["secretary"])


def test_only_an_admin_edits_the_rules(session, office, viewer):
    for actor in (viewer, office.leader("chief"), office.clerk()):
        with pytest.raises(Forbidden):
            save_rule(session=session, actor=actor, requester_role="staff", from_days=3, approvers=["chief"])


# -- leave types --------------------------------------------------------------------------------

def test_the_migration_seeds_the_same_leave_types_as_the_code(session):
    rows = session.execute(text("SELECT code, name, symbol, paid, counts_against_annual, max_days, source, "
                                "sort_order FROM leave_type ORDER BY sort_order")).all()
    assert [tuple(r) for r in rows] == [
        (t.code, t.name, t.symbol, t.paid, t.counts_against_annual, t.max_days, t.source, t.sort_order)
        for t in DEFAULT_LEAVE_TYPES]


def test_personal_leave_with_pay_follows_article_115(session):
    limits = {t.code: t.max_days for t in DEFAULT_LEAVE_TYPES}
    assert (limits["marriage"], limits["child_marriage"], limits["bereavement"]) == (3, 1, 3)
    assert [t.code for t in DEFAULT_LEAVE_TYPES if t.counts_against_annual] == ["annual"]


def test_emptied_defaults_are_put_back(session):
    session.execute(text("DELETE FROM leave_type"))
    session.execute(text("DELETE FROM approval_rule"))
    session.commit()
    assert ensure_defaults(session)
    assert len(session.exec(select(LeaveType)).all()) == len(DEFAULT_LEAVE_TYPES)
    assert len(session.exec(select(LeaveApprovalRule)).all()) == len(DEFAULT_RULES)
    assert not ensure_defaults(session)


# -- absence calendar ------------------------------------------------------------------------------

def test_the_month_grid_marks_leave_half_days_pending_and_days_off(session, office, admin):
    approved(session, office, admin, "spec1", MON, date(2026, 3, 10), handover="spec2")
    leave.file_request(session=session, actor=admin, draft=draft(office, "spec2", date(2026, 3, 12),
                                                                 start_half="afternoon"), today=TODAY)
    month = absence_month(session=session, year=2026, month=3, unit_id=office.units["tong_hop"])
    rows = {r.person_id: r for r in month.rows}
    spec1, spec2 = rows[office.people["spec1"]], rows[office.people["spec2"]]
    assert [c.text for c in spec1.cells[8:10]] == ["P", "P"]
    assert spec1.leave_days == 2
    assert spec2.cells[11].text == "½P?" and spec2.cells[11].pending
    assert not month.days[6].working and month.days[6].weekday == "T7"
    assert [r.person_id for r in month.absent_on(MON)] == [office.people["spec1"]]


# -- duty rosters ------------------------------------------------------------------------------------

TET = (date(2026, 2, 14), date(2026, 2, 22))


def test_a_roster_defaults_to_the_days_off_of_its_period(session, office, admin):
    roster_id = leave_roster.create_roster(session=session, actor=admin, title="Lịch trực Tết", start=date(2026, 2, 12),
                                           end=TET[1])
    days = [d.day for d in leave_roster.get_roster(session=session, roster_id=roster_id).days]
    assert days == [date(2026, 2, d) for d in range(14, 23)]


def test_the_rotation_skips_people_on_leave_and_balances_the_year(session, office, admin):
    pool = [office.people[k] for k in ("spec1", "spec2", "spec3", "clerk")]
    first = leave_roster.create_roster(session=session, actor=admin, title="Tết Dương lịch", start=date(2026, 1, 1),
                                       end=date(2026, 1, 1), pool=pool[:2])
    leave_roster.generate_rotation(session=session, actor=admin, roster_id=first)
    approved(session, office, admin, "spec3", date(2026, 2, 12), date(2026, 2, 13))
    leave.file_request(session=session, actor=admin, draft=draft(office, "clerk", date(2026, 2, 23)), today=TODAY)
    roster_id = leave_roster.create_roster(session=session, actor=admin, title="Tết", start=date(2026, 2, 13),
                                           end=date(2026, 2, 23), days=[date(2026, 2, 13), date(2026, 2, 14),
                                                                       date(2026, 2, 23)], pool=pool)
    roster = leave_roster.generate_rotation(session=session, actor=admin, roster_id=roster_id)
    by_day = {d.day: [p.person_id for p in d.people] for d in roster.days}
    assert office.people["spec3"] not in by_day[date(2026, 2, 13)]
    assert office.people["clerk"] not in by_day[date(2026, 2, 23)]
    first_duty = leave_roster.get_roster(session=session, roster_id=first).days[0].people[0].person_id
    assert first_duty not in by_day[date(2026, 2, 13)] + by_day[date(2026, 2, 14)]


def test_a_day_set_by_hand_survives_a_new_rotation(session, office, admin):
    pool = [office.people[k] for k in ("spec1", "spec2", "spec3")]
    roster_id = leave_roster.create_roster(session=session, actor=admin, title="Tết", start=TET[0], end=TET[1],
                                           pool=pool)
    leave_roster.set_day(session=session, actor=admin, roster_id=roster_id, day=TET[0],
                         person_ids=[office.people["head_th"]])
    roster = leave_roster.generate_rotation(session=session, actor=admin, roster_id=roster_id)
    first = roster.days[0]
    assert [(p.person_id, p.manual) for p in first.people] == [(office.people["head_th"], True)]
    assert roster.short_days == []


def test_someone_on_leave_cannot_be_put_on_duty_by_hand(session, office, admin):
    approved(session, office, admin, "spec1", date(2026, 2, 13))
    roster_id = leave_roster.create_roster(session=session, actor=admin, title="Tết", start=date(2026, 2, 13),
                                           end=TET[1], days=[date(2026, 2, 13)])
    with pytest.raises(Conflict, match="nghỉ phép"):
        leave_roster.set_day(session=session, actor=admin, roster_id=roster_id, day=date(2026, 2, 13),
                             person_ids=[office.people["spec1"]])


def test_staff_and_viewers_cannot_make_rosters(session, office, viewer):
    for actor in (viewer, office.staff("spec1")):
        with pytest.raises(Forbidden):
            leave_roster.create_roster(session=session, actor=actor, title="Tết", start=TET[0], end=TET[1])
