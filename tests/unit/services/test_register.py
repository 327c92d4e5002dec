"""The outgoing-document register: numbers per year and type, reservations, voids, two writers."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
from sqlmodel import select

from app.errors import Conflict, InvalidInput, NotFound
from app.rules.register import Authority, document_symbol, number_label, parse_number, signer_lines
from app.services.meetings import register
from db.models import Office, OutgoingDocument


def _office(session, kind="party", code="VPTU"):
    session.add(Office(name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng", place="Lâm Đồng", kind=kind,
                       code_suffix=code))
    session.commit()


def test_party_and_state_symbols_follow_hd36_and_decree_30():
    assert document_symbol(15, "GM", "VPTU", "party") == "15-GM/VPTU"
    assert document_symbol(3, "GM", "VP", "state") == "03/GM-VP"
    assert number_label("15-GM/VPTU", "party") == "Số 15-GM/VPTU"
    assert number_label("03/GM-VP", "state") == "Số: 03/GM-VP"
    assert parse_number("Số: 07/GM-VP") == 7
    with pytest.raises(ValueError):
        parse_number("GM")


def test_signer_lines_carry_the_authority_prefix_of_each_layout():
    assert signer_lines(Authority.BY_ORDER, body="Ban Thường vụ", signer_title="Chánh Văn phòng",
                        layout="party") == ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"]
    assert signer_lines("by_order", body="Ủy ban nhân dân", signer_title="Chánh Văn phòng",
                        layout="state")[0] == "TL. ỦY BAN NHÂN DÂN"
    assert signer_lines("for_chief", body="", signer_title="Phó Chánh Văn phòng", layout="party") == [
        "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    assert signer_lines("on_behalf", body="Ban Thường vụ", signer_title="Bí thư", layout="party")[0] == \
        "T/M BAN THƯỜNG VỤ"


def test_numbers_run_per_year_and_type_from_one(session, admin):
    _office(session)
    first = register.issue(session=session, actor=admin, type_code="GM", title="Mời họp BTV",
                           issued_on=date(2026, 3, 2))
    second = register.issue(session=session, actor=admin, type_code="gm", title="Mời họp BCH",
                            issued_on=date(2026, 3, 3))
    other_type = register.issue(session=session, actor=admin, type_code="TB", title="Kết luận",
                                issued_on=date(2026, 3, 3))
    next_year = register.issue(session=session, actor=admin, type_code="GM", title="Mời họp",
                               issued_on=date(2027, 1, 4))
    assert [first.number, second.number, other_type.number, next_year.number] == [1, 2, 1, 1]
    assert second.symbol == "02-GM/VPTU" and second.label == "Số 02-GM/VPTU"
    assert register.next_number(session=session, type_code="GM", year=2026) == 3
    assert register.peek_symbol(session=session, type_code="GM", year=2026) == "03-GM/VPTU"


def test_a_reserved_number_is_skipped_by_the_next_and_can_be_issued_by_hand(session, admin):
    _office(session, "state", "VP")
    held = register.reserve(session=session, actor=admin, type_code="GM", year=2026, title="Giữ cho BCH", count=2)
    assert [h.number for h in held] == [1, 2] and held[0].status == "reserved"
    auto = register.issue(session=session, actor=admin, type_code="GM", title="Mời họp", issued_on=date(2026, 5, 4))
    assert auto.number == 3 and auto.label == "Số: 03/GM-VP"
    used = register.issue(session=session, actor=admin, type_code="GM", title="Mời họp BCH",
                          issued_on=date(2026, 5, 5), number=2)
    assert used.id == held[1].id and used.status == "issued" and used.title == "Mời họp BCH"
    with pytest.raises(Conflict, match="đã được dùng"):
        register.issue(session=session, actor=admin, type_code="GM", title="Lần nữa", issued_on=date(2026, 5, 5),
                       number=3)


def test_a_voided_number_keeps_its_reason_and_is_never_given_again(session, admin):
    _office(session)
    entry = register.issue(session=session, actor=admin, type_code="TB", title="Sai", issued_on=date(2026, 3, 2))
    with pytest.raises(InvalidInput):
        register.void(session=session, actor=admin, entry_id=entry.id, reason="  ")
    voided = register.void(session=session, actor=admin, entry_id=entry.id, reason="Ban hành nhầm")
    assert voided.status == "void" and voided.void_reason == "Ban hành nhầm"
    assert register.issue(session=session, actor=admin, type_code="TB", title="Đúng",
                          issued_on=date(2026, 3, 2)).number == 2
    with pytest.raises(Conflict):
        register.void(session=session, actor=admin, entry_id=entry.id, reason="lần hai")


def test_an_unknown_type_or_a_viewer_is_refused_and_nothing_is_written(session, admin, viewer):
    _office(session)
    with pytest.raises(NotFound, match="GM"):
        register.issue(session=session, actor=admin, type_code="XYZ", title="x")
    with pytest.raises(PermissionError):
        register.reserve(session=session, actor=viewer, type_code="GM")
    assert session.exec(select(OutgoingDocument)).all() == []


def test_the_list_filters_by_year_and_type(session, admin):
    _office(session)
    for day, code in [(date(2026, 3, 2), "GM"), (date(2026, 3, 2), "TB"), (date(2025, 12, 1), "GM")]:
        register.issue(session=session, actor=admin, type_code=code, title="x", issued_on=day)
    assert len(register.list_entries(session=session)) == 3
    assert [(e.year, e.type_code) for e in register.list_entries(session=session, year=2026, type_code="GM")] == [
        (2026, "GM")]
    years = register.list_years(session=session)
    assert {2025, 2026} <= set(years) and years == sorted(years, reverse=True)


def _take_numbers(path: str, count: int, queue) -> None:  # noqa: ANN001
    from app.services.admin.auth import SYSTEM
    from app.services.admin.database import open_app_database

    db = open_app_database(path)
    taken = []
    with db.session() as session:
        for _ in range(count):
            taken.append(register.issue(session=session, actor=SYSTEM, type_code="GM", title="song song",
                                        issued_on=date(2026, 4, 1)).number)
    db.dispose()
    queue.put(taken)


def test_two_processes_taking_numbers_at_once_never_get_the_same_number(database, session):
    _office(session)
    path = str(database.path)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_take_numbers, args=(path, 15, queue)) for _ in range(2)]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    numbers = sorted(results[0] + results[1])
    assert numbers == list(range(1, 31))


def test_two_sessions_cannot_store_the_same_number(database, session, admin):
    _office(session)
    register.issue(session=session, actor=admin, type_code="GM", title="a", issued_on=date(2026, 4, 1), number=5)
    with database.session() as other, pytest.raises(Conflict):
        register.issue(session=other, actor=admin, type_code="GM", title="b", issued_on=date(2026, 4, 1), number=5)
