"""The frozen app (PyInstaller bundle) runs its own commands offscreen.

Opt-in, because building the bundle takes about a minute:
`make dist-test` (builds dist/ first), or VANPHONG_FROZEN_TEST=1 with
VANPHONG_FROZEN_BIN=path/to/vanphong for a bundle built already; with
VANPHONG_FROZEN_TEST=1 alone the test builds the bundle itself into a temp folder.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from db.models.base import today_local

ROOT = Path(__file__).resolve().parents[2]

# Deselected from `make test` by the "frozen" marker (see pyproject's addopts);
# `make dist-test` selects exactly these.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.frozen,
]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """The frozen executable: VANPHONG_FROZEN_BIN, or a bundle built here."""
    given = os.environ.get("VANPHONG_FROZEN_BIN")
    if given:
        path = Path(given).resolve()
        assert path.is_file(), f"no frozen executable at {path}"
        return path
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", "build/vanphong.spec", "--noconfirm",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "work")],
                   cwd=ROOT, check=True, capture_output=True, timeout=900)
    return work / "dist" / "vanphong" / ("vanphong.exe" if sys.platform == "win32" else "vanphong")


@pytest.fixture
def run(frozen, tmp_path):
    """Run the frozen app in an empty folder with offscreen Qt and a private home."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("VANPHONG_DB", None)
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the source tree

    def _run(*args: str, **extra_env: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(frozen), *args], cwd=tmp_path, env={**env, **extra_env}, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)

    return _run


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_the_frozen_app_tells_its_version(run):
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"VanPhong {__version__}"


def test_the_frozen_app_fills_checks_and_pictures_a_demo_office(run, tmp_path):
    db = str(tmp_path / "office.sqlite3")
    demo = run("--db", db, "demo")
    assert demo.returncode == 0, demo.stderr
    assert "Đã nạp văn phòng mẫu" in demo.stdout

    check = run("--db", db, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Kết quả: tốt" in check.stdout  # migrations found and applied inside the bundle

    shot = tmp_path / "x.png"
    result = run("--db", db, "screenshot", "orgchart", "-o", str(shot))
    assert result.returncode == 0, result.stderr
    assert png_size(shot) == (1280, 800)
    from PIL import Image  # Pillow comes with ReportLab

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text and icons, not a blank window
    assert shot.stat().st_size > 20_000


def test_the_frozen_app_rejects_bad_input_with_exit_code_2(run, tmp_path):
    result = run("--db", str(tmp_path / "office.sqlite3"), "screenshot", "no-such-pane", "-o", "x.png")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def test_every_pane_and_printout_works_in_the_frozen_app(run, tmp_path):
    """Panes, PDFs (ReportLab + bundled fonts) and exports (docx templates, xlsx, ics)
    load modules and data files by name: the first place a bundle misses something."""
    db = str(tmp_path / "office.sqlite3")
    assert run("--db", db, "demo").returncode == 0
    listing = run("--db", db, "screenshot", "?", "-o", "x.png")  # the error lists the panes
    panes = listing.stderr.rsplit(":", 1)[-1].strip().split(", ")
    assert "orgchart" in panes and len(panes) >= 2, listing.stderr
    for pane in panes:
        shot = tmp_path / f"{pane}.png"
        result = run("--db", db, "screenshot", pane, "-o", str(shot))
        assert result.returncode == 0, f"{pane}: {result.stderr}"
        assert png_size(shot) == (1280, 800)
    year, week, _ = today_local().isocalendar()
    week_arg = f"{year}-W{week:02d}"
    pdf = tmp_path / "week.pdf"
    result = run("--db", db, "print", "week", week_arg, "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"
    for suffix, magic in ((".docx", b"PK"), (".xlsx", b"PK"), (".ics", b"BEGIN:VCALENDAR")):
        target = tmp_path / f"week{suffix}"
        result = run("--db", db, "export", "week", week_arg, "-o", str(target))
        assert result.returncode == 0, f"{suffix}: {result.stderr}"
        assert target.read_bytes().startswith(magic)


def test_the_frozen_app_writes_vietnamese_as_utf8_through_a_pipe_even_in_the_c_locale(run, tmp_path):
    """The bundle runs in Python's UTF-8 mode (spec option -X utf8): a frozen app ignores
    PYTHONUTF8, and without it the locale's encoding decides (ASCII here, the ANSI code
    page on Windows) and Vietnamese output dies with UnicodeEncodeError."""
    db = str(tmp_path / "office.sqlite3")
    demo = run("--db", db, "demo", LC_ALL="C", LANG="C")
    assert demo.returncode == 0, demo.stderr
    people = run("--db", db, "list", "people", LC_ALL="C", LANG="C")
    assert people.returncode == 0, people.stderr
    assert "Nguyễn" in people.stdout or "Trần" in people.stdout or "Lê" in people.stdout


def test_the_frozen_app_carries_the_postgresql_driver_and_chooses_it_by_the_url(run):
    # nothing listens on port 9: the bundled psycopg is loaded and reports the refused connection
    result = run("--db", "postgresql+psycopg://vanphong:bi-mat@127.0.0.1:9/vanphong", "check")
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and "bi-mat" not in result.stderr, result.stderr
    assert "vanphong:***@127.0.0.1:9/vanphong" in result.stderr
    assert "No module named" not in result.stderr, result.stderr  # what a bundle without it says
