"""The calendar pane's "Lịch của tôi" tab: the signed-in user's week, a person picker for
clerks, and the one-page printout written on a worker."""

from datetime import date, datetime

import pytest
from pypdf import PdfReader

from app.services.admin.auth import SYSTEM, AccountRole, Actor
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.org import edit as org

MONDAY = date(2026, 3, 2)


@pytest.fixture
def office_db(database):
    with database.session() as s:
        position = org.create_position(session=s, actor=SYSTEM, role="chief", title="Chánh Văn phòng", rank=10)
        deputy_pos = org.create_position(session=s, actor=SYSTEM, role="deputy_chief", title="Phó Chánh Văn phòng",
                                         rank=20)
        chief = org.create_person(session=s, actor=SYSTEM, data=org.PersonInput(
            full_name="Lê Minh Đức", position_id=position))
        deputy = org.create_person(session=s, actor=SYSTEM, data=org.PersonInput(
            full_name="Phạm Thu Hà", position_id=deputy_pos))
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Giao ban Văn phòng", start=datetime(2026, 3, 3, 8), chair_id=chief))
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Tiếp công dân", start=datetime(2026, 3, 4, 14), chair_id=deputy))
    database.people = {"chief": chief, "deputy": deputy}  # type: ignore[attr-defined]
    return database


@pytest.fixture
def tab_for(vp_app, qtbot):
    from ui.calendar.pane import CalendarPane
    from ui.context import AppContext

    def make(database, actor):  # noqa: ANN001, ANN202
        pane = CalendarPane(AppContext(database, actor))
        qtbot.addWidget(pane)
        pane.resize(1300, 800)
        pane.show()
        pane.show_week(MONDAY)
        pane.tabs.setCurrentWidget(pane.my_week.parentWidget())  # its tab page (built when first opened)
        return pane

    return make


def _contents(tab):
    model = tab.model
    return [model.index(r, 3).data() for r in range(model.rowCount()) if model.index(r, 3).data() != "—"]


def test_a_leader_sees_their_own_week(office_db, tab_for, qtmodeltester):
    leader = Actor("duc", AccountRole.LEADER, person_id=office_db.people["chief"])
    pane = tab_for(office_db, leader)
    tab = pane.my_week
    qtmodeltester.check(tab.model)
    assert tab.picker is None
    assert _contents(tab) == ["Giao ban Văn phòng"]
    assert "Lê Minh Đức" in tab.who.text()
    assert tab.model.rowCount() == 7  # a free day keeps its row
    assert tab.model.index(0, 0).data() == "Thứ Hai\n02/03/2026"


def test_a_clerk_picks_whose_week_to_see(office_db, tab_for):
    pane = tab_for(office_db, Actor("vanthu", AccountRole.CLERK))
    tab = pane.my_week
    assert tab.picker is not None
    tab.picker.set_person(office_db.people["deputy"])
    assert _contents(tab) == ["Tiếp công dân"]
    tab.picker.set_person(office_db.people["chief"])
    assert _contents(tab) == ["Giao ban Văn phòng"]


def test_an_account_without_a_person_is_told_so(office_db, tab_for):
    pane = tab_for(office_db, Actor("xem", AccountRole.VIEWER))
    tab = pane.my_week
    assert tab.model.rowCount() == 0 and not tab.print_button.isEnabled()
    assert "chưa gắn với cán bộ" in tab.who.text()


def test_the_printout_is_written_on_a_worker(office_db, tab_for, qtbot, tmp_path):
    leader = Actor("duc", AccountRole.LEADER, person_id=office_db.people["chief"])
    pane = tab_for(office_db, leader)
    target = tmp_path / "lich-cua-toi.pdf"
    with qtbot.waitSignal(pane.export_finished, timeout=15000) as blocker:
        pane.my_week.write_pdf(str(target))
    assert blocker.args == [str(target)]
    reader = PdfReader(target)
    assert len(reader.pages) == 1 and "Giao ban Văn phòng" in reader.pages[0].extract_text()
