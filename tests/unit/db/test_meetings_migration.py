import importlib.util
from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.rules.meeting_templates import DEFAULT_TEMPLATES, KIND_LABELS, MeetingKind
from db.migrate import MIGRATIONS_DIR
from db.models import (
    Attendee,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Meeting,
    MeetingChecklistItem,
)


def _migration():
    path = MIGRATIONS_DIR / "versions" / "0003_meetings.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_rows(kind):
    return [(str(t.department), t.task, t.rule.value, t.amount, t.setting, t.offset, t.important_setting,
             t.condition, t.source, t.key) for t in DEFAULT_TEMPLATES[kind]]


def test_the_migration_seeds_exactly_the_default_templates():
    templates, items = _migration().seed_rows()
    assert [(t["kind"], t["name"]) for t in templates] == [(k.value, KIND_LABELS[k]) for k in MeetingKind]
    for template in templates:
        seeded = [(i["department"], i["task"], i["rule"], i["amount"], i["setting_key"], i["setting_offset"],
                   i["important_setting"], i["condition"], i["source"], i["key"])
                  for i in items if i["template_id"] == template["id"]]
        assert seeded == _as_rows(MeetingKind(template["kind"])), template["kind"]


def test_a_new_database_holds_the_seeded_templates(session):
    kinds = {t.kind for t in session.exec(select(ChecklistTemplate)).all()}
    assert kinds == {k.value for k in MeetingKind}
    total = len(session.exec(select(ChecklistTemplateItem)).all())
    assert total == sum(len(items) for items in DEFAULT_TEMPLATES.values())


def test_a_meeting_cannot_end_before_it_starts(session):
    session.add(Meeting(kind="custom", title="X", start_at=datetime(2026, 3, 10, 8), end_at=datetime(2026, 3, 10, 7)))
    with pytest.raises(IntegrityError, match="ck_meeting_times"):
        session.flush()


def test_a_done_item_must_say_who_did_it(session):
    meeting = Meeting(kind="custom", title="X", start_at=datetime(2026, 3, 10, 8), end_at=datetime(2026, 3, 10, 9))
    session.add(meeting)
    session.flush()
    session.add(MeetingChecklistItem(meeting_id=meeting.id, department="hanh_chinh", task="Y",
                                     due=datetime(2026, 3, 9, 17), done_at=datetime(2026, 3, 9, 9)))
    with pytest.raises(IntegrityError, match="ck_checklist_item_done"):
        session.flush()


def _meeting(session):
    meeting = Meeting(kind="custom", title="X", start_at=datetime(2026, 3, 10, 8), end_at=datetime(2026, 3, 10, 9))
    session.add(meeting)
    session.flush()
    return meeting.id


def test_an_attendee_is_a_person_or_a_named_guest(session):
    session.add(Attendee(meeting_id=_meeting(session), full_name="", role="guest"))
    with pytest.raises(IntegrityError, match="ck_attendee_named"):
        session.flush()


def test_an_attendee_role_is_one_of_the_four(session):
    session.add(Attendee(meeting_id=_meeting(session), full_name="Khách", role="boss"))
    with pytest.raises(IntegrityError, match="ck_attendee_role"):
        session.flush()
