"""The frozen app (PyInstaller bundle) runs its own commands offscreen.

Opt-in, because building the bundle takes about a minute:
`make dist-test` (builds dist/ first), or VANPHONG_FROZEN_TEST=1 with
VANPHONG_FROZEN_BIN=path/to/vanphong for a bundle built already; with
VANPHONG_FROZEN_TEST=1 alone the test builds the bundle itself into a temp folder.
"""

from __future__ import annotations

import importlib.util
import os
import re
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
    # nothing listens on port 9: the bundled psycopg is loaded and reports the refused connection.
    # PSYCOPG_IMPL=binary: without it, psycopg whose bundled libpq cannot load falls back to
    # a system libpq through ctypes where there is one (as on a build machine) and hides it.
    result = run("--db", "postgresql+psycopg://vanphong:bi-mat@127.0.0.1:9/vanphong", "check",
                 PSYCOPG_IMPL="binary")
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and "bi-mat" not in result.stderr, result.stderr
    assert "vanphong:***@127.0.0.1:9/vanphong" in result.stderr
    assert "No module named" not in result.stderr, result.stderr  # what a bundle without it says
    assert "implementation" not in result.stderr, result.stderr  # "couldn't import ... 'binary' implementation"


def test_the_frozen_app_counts_working_days_across_the_vietnamese_public_holidays(run, tmp_path):
    # the bundle's holidays package carries Vietnam's calendar only (build/vanphong.spec)
    db = str(tmp_path / "office.sqlite3")
    tet = run("--db", db, "workdays", "add", "2026-02-13", "1")  # Friday before Tết Bính Ngọ
    assert tet.returncode == 0, tet.stderr
    assert tet.stdout.strip() == "2026-02-23"
    hung_kings = run("--db", db, "workdays", "add", "2026-04-24", "1")  # 26/4 is a Sunday: Monday off
    assert hung_kings.stdout.strip() == "2026-04-28", hung_kings.stderr


def _elf_needed():
    spec = importlib.util.spec_from_file_location("elf_needed", ROOT / "build" / "linux" / "elf_needed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _debian_package(soname: str) -> str:
    """The Debian package that holds a system library (ldconfig, then dpkg -S)."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found = re.search(rf"\s{re.escape(soname)} \(libc6,x86-64\) => (\S+)", cache)
    assert found, f"{soname}: not on this machine"
    path = str(Path(found.group(1)).resolve())
    for candidate in (path, path.replace("/usr/lib/", "/lib/", 1), path.replace("/lib/", "/usr/lib/", 1)):
        owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True).stdout
        if owner:
            return owner.split(":")[0]
    raise AssertionError(f"{soname}: no Debian package holds {path}")


def test_the_deb_depends_on_every_system_library_the_linux_bundle_links_to(frozen):
    """What the bundle leaves to the system (Qt's desktop libraries, and the OpenSSL,
    Kerberos, libtiff... that psycopg's and Pillow's libraries are relinked to) must come
    with the .deb's Depends, or the app fails to start on a desktop that lacks one."""
    elf_needed = _elf_needed()
    bundle = frozen.parent
    inside = {path.name for path in bundle.rglob("*")}
    wanted: dict[str, str] = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            for name in elf_needed.needed(path):
                if name not in inside:
                    wanted.setdefault(name, path.name)
    control = (ROOT / "build" / "linux" / "control.in").read_text(encoding="utf-8")
    depends = set(re.findall(r"[a-z0-9][a-z0-9.+-]+", control.split("Depends:")[1].split("Description:")[0]))
    missing = {f"{name} ({package}, for {wanted[name]})" for name in wanted
               if (package := _debian_package(name)) not in depends}
    assert not missing, f"not in build/linux/control.in's Depends: {sorted(missing)}"
