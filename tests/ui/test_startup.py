"""The first window is chosen from a stdlib read of the DB, before SQLAlchemy is imported."""

import subprocess
import sys
from pathlib import Path

from app.cli import _gui_only
from app.services.admin import auth, settings
from app.services.org import edit as org
from ui.startup import probe

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_file_means_first_run(tmp_path):
    info = probe(f"sqlite:///{tmp_path / 'none.sqlite3'}")
    assert info is not None and not info.has_users


def test_the_probe_reads_accounts_office_language_and_theme(database, admin):
    with database.session() as s:
        auth.create_user(session=s, actor=None, username="admin", password="matkhau1", role="admin")
        org.save_office(session=s, actor=admin, name="Văn phòng Tỉnh ủy")
        settings.set_value(session=s, actor=admin, key="ui.language", value="en")
        settings.set_value(session=s, actor=admin, key="ui.theme", value="dark")
    info = probe(database.url)
    assert info.has_users and info.office_name == "Văn phòng Tỉnh ủy"
    assert (info.language, info.theme) == ("en", "dark")


def test_a_file_that_is_not_a_database_is_left_to_the_full_open(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 4096)
    assert probe(f"sqlite:///{junk}") is None


def test_server_urls_are_not_probed():
    assert probe("postgresql+psycopg://u@localhost/db") is None


def test_only_global_options_open_the_window():
    assert _gui_only([]) is not None
    assert _gui_only(["--db", "x.sqlite3", "--lang", "en"]).lang == "en"
    assert _gui_only(["demo"]) is None
    assert _gui_only(["--version"]) is None
    assert _gui_only(["--lang", "fr"]) is None  # the full parser reports it


def test_the_window_path_imports_neither_sqlalchemy_nor_the_services():
    code = ("import sys, app.cli, ui.main; "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'app.services.admin.auth') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"
