"""At start a damaged file is refused and the newest good automatic backup is offered."""

import contextlib
from datetime import datetime

from PySide6.QtWidgets import QMessageBox

from db import backup as db_backup
from tests.unit.db.test_damage_and_restore import damage, people


def test_a_damaged_file_at_start_offers_the_newest_good_backup_and_restores_it(vp_app, demo_db, monkeypatch):
    from ui.main import Opener, offer_restore

    db_backup.daily_backup(demo_db, today=datetime(2026, 3, 2))
    path = demo_db.path
    demo_db.dispose()
    damage(path)
    opener = Opener(str(path))
    try:
        opener()
    except RuntimeError as exc:
        assert "bị hỏng" in str(exc)
    asked = []

    def answer(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert offer_restore(None, opener)
    assert "auto-20260302.sqlite3" in asked[0]
    opener().dispose()
    assert people(path) == 82


def test_declining_the_offer_leaves_the_damaged_file_untouched(vp_app, demo_db, monkeypatch):
    from ui.main import Opener, offer_restore

    db_backup.daily_backup(demo_db, today=datetime(2026, 3, 2))
    path = demo_db.path
    demo_db.dispose()
    damage(path)
    before = path.read_bytes()
    opener = Opener(str(path))
    with contextlib.suppress(RuntimeError):
        opener()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert not offer_restore(None, opener)
    assert path.read_bytes() == before
