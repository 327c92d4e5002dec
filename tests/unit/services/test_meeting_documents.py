from datetime import datetime

import pytest

from app.errors import Conflict, InvalidInput
from app.services.meetings import attendees, documents
from app.services.meetings import preparation as meetings
from app.services.meetings.documents import DocumentInput
from app.services.meetings.preparation import MeetingInput
from tests.meeting_office import demo_office_copy


@pytest.fixture
def meeting(tmp_path_factory, tmp_path, admin):
    database, ctx = demo_office_copy(tmp_path_factory, tmp_path / "office.sqlite3")
    with database.session() as session:
        meeting_id = meetings.create_meeting(session=session, actor=admin, data=MeetingInput(
            "standing_committee", "Hội nghị", datetime(2026, 3, 10, 8), datetime(2026, 3, 10, 11)))
        attendees.add_body(session=session, actor=admin, meeting_id=meeting_id, body_id=ctx.units["thuong_truc"])
        ids = [a.id for a in attendees.list_attendees(session=session, meeting_id=meeting_id)]
        yield session, meeting_id, ids
    database.dispose()


def test_copies_are_numbered_and_limited_to_the_copies_printed(meeting, admin):
    session, meeting_id, ids = meeting
    doc = documents.add_document(session=session, actor=admin, meeting_id=meeting_id,
                                 data=DocumentInput("Tờ trình", secret=True, copies=2, to_be_retrieved=True))
    assert documents.give_copies(session=session, actor=admin, document_id=doc, attendee_ids=ids[:2]) == 2
    assert documents.give_copies(session=session, actor=admin, document_id=doc, attendee_ids=ids[:2]) == 0
    with pytest.raises(Conflict, match="chỉ có 2 bản"):
        documents.give_copies(session=session, actor=admin, document_id=doc, attendee_ids=[ids[2]])
    copies = documents.list_copies(session=session, meeting_id=meeting_id)
    assert [c.copy_number for c in copies] == [1, 2]
    with pytest.raises(Conflict):
        documents.update_document(session=session, actor=admin, document_id=doc,
                                  data=DocumentInput("Tờ trình", copies=1))


def test_the_not_yet_retrieved_list_only_holds_copies_to_be_retrieved(meeting, admin):
    session, meeting_id, ids = meeting
    secret = documents.add_document(session=session, actor=admin, meeting_id=meeting_id,
                                    data=DocumentInput("Tờ trình nhân sự", secret=True, copies=5, to_be_retrieved=True))
    open_doc = documents.add_document(session=session, actor=admin, meeting_id=meeting_id,
                                      data=DocumentInput("Báo cáo", copies=5))
    for doc in (secret, open_doc):
        documents.give_copies(session=session, actor=admin, document_id=doc, attendee_ids=ids)
    outstanding = documents.outstanding_copies(session=session, meeting_id=meeting_id)
    assert len(outstanding) == 3 and {c.document_id for c in outstanding} == {secret}
    documents.return_copy(session=session, actor=admin, copy_id=outstanding[0].id, at=datetime(2026, 3, 10, 11, 5))
    assert len(documents.outstanding_copies(session=session, meeting_id=meeting_id)) == 2
    info = {d.id: d for d in documents.list_documents(session=session, meeting_id=meeting_id)}
    assert (info[secret].given, info[secret].returned, info[secret].outstanding) == (3, 1, 2)
    with pytest.raises(Conflict):
        documents.delete_document(session=session, actor=admin, document_id=secret)
    documents.undo_return(session=session, actor=admin, copy_id=outstanding[0].id)
    assert len(documents.outstanding_copies(session=session, meeting_id=meeting_id)) == 3
    documents.take_back_copy(session=session, actor=admin, copy_id=outstanding[0].id)
    assert len(documents.outstanding_copies(session=session, meeting_id=meeting_id)) == 2


def test_documents_are_validated(meeting, admin):
    session, meeting_id, _ids = meeting
    with pytest.raises(InvalidInput):
        documents.add_document(session=session, actor=admin, meeting_id=meeting_id, data=DocumentInput(" "))
    with pytest.raises(InvalidInput):
        documents.add_document(session=session, actor=admin, meeting_id=meeting_id,
                               data=DocumentInput("X", copies=-1))
