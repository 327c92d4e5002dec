"""The demo office can be loaded again over itself (`vanphong demo --force`)."""

from __future__ import annotations

import pytest

from app.errors import Conflict
from app.services import org
from app.services.demo import load_demo
from tests.conftest import DEMO_TODAY


def test_demo_force_replaces_the_office_even_with_nested_units(demo_db, admin):
    with demo_db.session() as session:
        before = org.load_org(session)
        with pytest.raises(Conflict, match="--force"):
            load_demo(session=session, actor=admin, today=DEMO_TODAY)
        load_demo(session=session, actor=admin, today=DEMO_TODAY, force=True)
        after = org.load_org(session)
    assert len(after.people) == len(before.people) == 82
    assert sorted(u.name for u in after.units.values()) == sorted(u.name for u in before.units.values())
