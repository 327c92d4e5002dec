"""The Windows installer, installed and run under Wine (`make dist-windows-test`).

One scenario, in order, on the Wine prefix .wine/ that built it: the user's local app-data
folder is moved to a profile with Vietnamese letters and spaces (C:\\users\\Nguyễn Văn A\\...,
through the registry, as Windows' folder redirection does); the previous version's setup is
installed silently per user and fills a demo office in the default data folder; this
version's setup is installed over it; the installed console twin `vanphong-cli.exe` runs the
commands an office uses, through pipes; the uninstaller removes the program and keeps the data.

Needs: dist/windows/VanPhong-<version>-setup.exe (`make dist-windows`) and the previous
version's setup in .cache/windows/previous/ (`make windows-previous`); Wine and xvfb-run
(build/windows/tools.sh). Deselected from `make test` by the "windows" marker.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import struct
import subprocess
import time
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "windows"
PREFIX = Path(os.environ.get("WINEPREFIX", ROOT / ".wine"))
SETUP = ROOT / "dist" / "windows" / f"VanPhong-{__version__}-setup.exe"
PREVIOUS = os.environ.get("VANPHONG_WIN_PREVIOUS", "c29e9fb")

PROFILE = "Nguyễn Văn A"  # a user name with Vietnamese letters and a space
LOCAL = PREFIX / "drive_c" / "users" / PROFILE / "AppData" / "Local"
LOCAL_WIN = f"C:\\users\\{PROFILE}\\AppData\\Local"
APP_DIR = LOCAL / "Programs" / "VanPhong"
DATA_DIR = LOCAL / "VanPhong"
DB = DATA_DIR / "vanphong.sqlite3"
SHELL_FOLDERS = ("HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders",
                 "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Shell Folders")
UNINSTALL_KEY = ("HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
                 "{3307113C-5016-434A-8E5B-88D0CF3F6445}_is1")

pytestmark = [pytest.mark.slow, pytest.mark.windows]

ENV = {**{k: v for k, v in os.environ.items() if k not in ("VANPHONG_DB", "PYTHONPATH", "DISPLAY")},
       "WINEPREFIX": str(PREFIX), "WINEARCH": "win64", "WINEDEBUG": "-all",
       "WINEDLLOVERRIDES": "mscoree,mshtml=", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def winpath(path: Path) -> str:
    """The Windows path of a file inside the prefix's drive C: (or Z: for the rest)."""
    path = path.resolve()
    drive_c = (PREFIX / "drive_c").resolve()
    if path.is_relative_to(drive_c):
        return "C:\\" + "\\".join(path.relative_to(drive_c).parts)
    return "Z:" + str(path).replace("/", "\\")


def wine(*args: str, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """A Windows program under Wine; stdin from /dev/null and output through pipes (CPython
    under Wine dies on a regular-file standard handle)."""
    return subprocess.run(["wine", *args], stdin=subprocess.DEVNULL, capture_output=True,
                          env=env or ENV, timeout=timeout)


def out(result: subprocess.CompletedProcess) -> str:
    return result.stdout.decode("utf-8", errors="replace")


def err(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8", errors="replace")


def cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return wine(winpath(APP_DIR / "vanphong-cli.exe"), *args, timeout=timeout)


def wait_for_wine() -> None:
    subprocess.run(["wineserver", "-w"], env=ENV, timeout=300, check=True)


def install(setup: Path, log: Path) -> None:
    """A silent per-user install; setup.exe wants a display even when silent."""
    result = subprocess.run(["xvfb-run", "-a", "wine", str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES",
                             "/NORESTART", "/CURRENTUSER", f"/LOG={winpath(log)}"],
                            stdin=subprocess.DEVNULL, capture_output=True, env=ENV, timeout=600)
    wait_for_wine()
    assert result.returncode == 0, log.read_text(encoding="utf-8", errors="replace")[-3000:] if log.exists() else err(result)


def reg_values(key: str, tmp: Path) -> dict[str, str] | None:
    """The string values of a registry key, exported to a .reg file (UTF-16: exact, where
    `reg query` output through a pipe would go through a code page)."""
    file = tmp / "export.reg"
    file.unlink(missing_ok=True)
    if wine("reg", "export", key, winpath(file), "/y").returncode != 0 or not file.exists():
        return None
    text = file.read_text(encoding="utf-16").replace("\\\r\n  ", "").replace("\\\n  ", "")
    values = {}
    for line in text.splitlines():
        match = re.match(r'^"((?:[^"\\]|\\.)*)"=(.*)$', line)
        if not match:
            continue
        name, data = match.group(1), match.group(2)
        if data.startswith('"'):
            values[name] = data[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        elif data.startswith("hex(2):"):  # REG_EXPAND_SZ: UTF-16LE bytes
            raw = bytes(int(b, 16) for b in data[7:].replace(",", " ").split())
            values[name] = raw.decode("utf-16-le").rstrip("\0")
    return values


def import_reg(text: str, tmp: Path) -> None:
    file = tmp / "shell-folders.reg"
    file.write_text("Windows Registry Editor Version 5.00\r\n\r\n" + text, encoding="utf-16")
    result = wine("reg", "import", winpath(file))
    assert result.returncode == 0, out(result) + err(result)


def reg_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\") + '"'


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return unicodedata.normalize("NFC", "".join(page.extract_text() for page in PdfReader(str(path)).pages))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return struct.unpack(">II", data[16:24])


def schema_revision(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def head_of(tree: str) -> str:
    """The newest migration revision of the source at git revision *tree*."""
    names = subprocess.run(["git", "ls-tree", "--name-only", f"{tree}:db/migrations/versions"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    revisions, parents = set(), set()
    for name in names:
        if not name.endswith(".py"):
            continue
        source = subprocess.run(["git", "show", f"{tree}:db/migrations/versions/{name}"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout
        revisions |= set(re.findall(r"^revision(?:: str)? = ['\"]([^'\"]+)", source, re.MULTILINE))
        parents |= set(re.findall(r"^down_revision(?:: [^=]+)? = ['\"]([^'\"]+)", source, re.MULTILINE))
    (head,) = revisions - parents
    return head


@pytest.fixture(scope="module")
def state(tmp_path_factory):
    """Shared facts of the scenario, filled in as it goes."""
    assert SETUP.is_file(), f"no {SETUP}: run make dist-windows"
    previous = sorted((CACHE / "previous").glob("*/VanPhong-*-setup.exe"))
    commit = subprocess.run(["git", "rev-parse", "--short=7", PREVIOUS], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    previous = [p for p in previous if p.parent.name == commit]
    assert previous, f"no previous setup for {PREVIOUS}: run make windows-previous"
    tmp = tmp_path_factory.mktemp("windows")
    saved = {key: (reg_values(key, tmp) or {}).get("Local AppData") for key in SHELL_FOLDERS}
    # a clean slate: no VanPhong left from an earlier run in this prefix
    wine("reg", "delete", UNINSTALL_KEY, "/f")
    shutil.rmtree(PREFIX / "drive_c" / "users" / PROFILE, ignore_errors=True)
    (LOCAL / "Temp").mkdir(parents=True)
    (PREFIX / "drive_c" / "users" / PROFILE / "Documents").mkdir(parents=True)
    import_reg("".join(f"[{key.replace('HKCU', 'HKEY_CURRENT_USER')}]\r\n\"Local AppData\"={reg_string(LOCAL_WIN)}\r\n\r\n"
                       for key in SHELL_FOLDERS), tmp)
    yield {"tmp": tmp, "previous": previous[-1], "previous_commit": commit}
    wait_for_wine()
    for key, value in saved.items():
        if value is None:
            wine("reg", "delete", key, "/v", "Local AppData", "/f")
        else:
            wine("reg", "add", key, "/v", "Local AppData", "/t",
                 "REG_EXPAND_SZ" if "%" in value else "REG_SZ", "/d", value, "/f")
    wait_for_wine()


def test_the_previous_version_installs_per_user_in_a_vietnamese_profile_and_keeps_an_office(state):
    install(state["previous"], state["tmp"] / "install-previous.log")
    assert (APP_DIR / "vanphong-cli.exe").is_file(), "not installed under %LOCALAPPDATA%\\Programs"
    demo = cli("demo")  # no --db: the default data folder, appdirs' %LOCALAPPDATA%\VanPhong
    assert demo.returncode == 0, out(demo) + err(demo)
    assert "Đã nạp văn phòng mẫu" in out(demo)
    assert DB.is_file(), f"the demo office is not in {DATA_DIR}"
    people = cli("list", "people")
    assert people.returncode == 0, err(people)
    state["people"] = out(people)
    state["previous_revision"] = schema_revision(DB)


def test_the_new_setup_upgrades_in_place_and_the_first_start_backs_up_and_migrates(state):
    install(SETUP, state["tmp"] / "install.log")
    version = cli("--version")
    assert version.returncode == 0, err(version)
    assert out(version).strip() == f"VanPhong {__version__}"
    assert not list(APP_DIR.glob("unins001.*")), "a second uninstaller: the upgrade did not go in place"
    assert schema_revision(DB) == state["previous_revision"]  # installing touches no data
    people = cli("list", "people")  # the first start that opens the database migrates it
    assert people.returncode == 0, err(people)
    assert out(people) == state["people"]  # the office's data came through the upgrade
    assert schema_revision(DB) == head_of("HEAD")
    if state["previous_revision"] != head_of("HEAD"):
        assert list((DATA_DIR / "backups").glob(f"before-{state['previous_revision']}-*.sqlite3"))
    check = cli("check")
    assert check.returncode == 0, out(check) + err(check)
    assert "Kết quả: tốt" in out(check)
    # the data folder by its long name, as the user and --db see it (not the 8.3 "NGUY~1")
    assert f"{LOCAL_WIN}\\VanPhong\\vanphong.sqlite3" in out(check), out(check)


def test_the_app_list_shows_the_name_version_and_publisher(state):
    entry = reg_values(UNINSTALL_KEY, state["tmp"])
    assert entry is not None, "no uninstall entry in HKCU (a per-user install)"
    assert entry.get("DisplayVersion") == __version__
    assert entry.get("Publisher") == "VanPhong"
    assert entry.get("DisplayName", "").startswith("VănPhòng"), entry
    assert entry.get("InstallLocation", "").rstrip("\\").endswith(f"{PROFILE}\\AppData\\Local\\Programs\\VanPhong")
    assert (APP_DIR / "LICENSE.txt").is_file()


def test_vietnamese_output_goes_through_a_pipe_as_utf8(state):
    result = cli("list", "people")
    assert result.returncode == 0, err(result)
    text = out(result)
    assert unicodedata.normalize("NFC", text) == text
    assert re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text)


def test_the_printouts_carry_the_stored_vietnamese_back(state):
    documents = PREFIX / "drive_c" / "users" / PROFILE / "Documents"
    year, week, _ = date.today().isocalendar()
    week_pdf = documents / "Lịch tuần này.pdf"
    result = cli("print", "week", f"{year}-W{week:02d}", "-o", winpath(week_pdf))
    assert result.returncode == 0, err(result)
    assert "LỊCH CÔNG TÁC" in pdf_text(week_pdf).upper()

    meetings = [line.split("\t") for line in out(cli("list", "meetings")).splitlines()]
    assert meetings
    people = {row[1] for row in (line.split("\t") for line in state["people"].splitlines()) if len(row) > 1}
    for meeting in meetings:  # the first meeting with named attendees
        names = {}
        for printout in ("attendance", "nameplates"):
            target = documents / f"{printout} {meeting[0]}.pdf"
            result = cli("print", printout, meeting[0], "-o", winpath(target))
            assert result.returncode == 0, err(result)
            names[printout] = {name for name in people if name in pdf_text(target)}
        if names["attendance"]:
            break
    # the stored names (NFC, as the database keeps them) come back out of both PDFs
    assert len(names["attendance"]) >= 3, f"no stored names in the attendance sheet: {sorted(people)[:5]}"
    assert names["nameplates"] and names["nameplates"] <= names["attendance"]


def test_every_pane_renders_at_150_percent_scaling(state):
    shots = ROOT / "dist" / "windows" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    listing = cli("screenshot", "?", "-o", "x.png")
    panes = err(listing).rsplit(":", 1)[-1].strip().split(", ")
    assert "orgchart" in panes, err(listing)
    env = {**ENV, "QT_SCALE_FACTOR": "1.5"}
    for pane in panes:
        target = shots / f"{pane}.png"
        result = wine(winpath(APP_DIR / "vanphong-cli.exe"), "screenshot", pane, "-o", winpath(target), env=env)
        assert result.returncode == 0, f"{pane}: {err(result)}"
        # the bundled fonts load from the installed folder under the Vietnamese profile (else
        # every letter is a box)
        assert "phông chữ" not in err(result), err(result)
        assert png_size(target)[0] >= 1280
        from PIL import Image

        with Image.open(target) as image:
            colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 50, f"{pane}: a blank picture"


def test_a_database_path_with_vietnamese_letters_and_spaces_works(state):
    folder = PREFIX / "drive_c" / "users" / PROFILE / "Documents" / "Văn phòng Đảng ủy"
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "dữ liệu thử.sqlite3"
    result = cli("--db", winpath(db), "demo")
    assert result.returncode == 0, err(result)
    assert db.is_file()
    check = cli("--db", winpath(db), "check")
    assert check.returncode == 0 and "Kết quả: tốt" in out(check), out(check) + err(check)


def test_the_postgresql_driver_is_bundled_and_chosen_by_the_url(state):
    # nothing listens on port 9: the driver is loaded and reports the refused connection
    result = cli("--db", "postgresql+psycopg://vanphong:bi-mat@127.0.0.1:9/vanphong", "check", timeout=120)
    assert result.returncode == 2, out(result) + err(result)
    message = err(result)
    assert message.count("\n") == 1 and "bi-mat" not in message, message
    assert "No module named" not in message, message  # what a bundle without the driver says
    assert "vanphong:***@127.0.0.1:9/vanphong" in message


def test_a_second_start_on_the_same_database_hands_over_to_the_open_window(state):
    # the windowed vanphong.exe, as the Start menu starts it (offscreen: its sign-in dialog waits)
    first = subprocess.Popen(["wine", winpath(APP_DIR / "vanphong.exe")], stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    try:
        deadline = time.monotonic() + 240
        while not list(DATA_DIR.glob("vanphong-*.lock")) and time.monotonic() < deadline:
            assert first.poll() is None, f"the window exited with {first.returncode}"
            time.sleep(1)
        assert list(DATA_DIR.glob("vanphong-*.lock")), "the first start took no instance lock"
        time.sleep(5)  # past taking the lock: listening for the next start
        second = cli(timeout=240)  # no subcommand: the window, again on the same database
        assert second.returncode == 0, err(second)
        assert "VănPhòng đang mở với cơ sở dữ liệu này" in err(second)
        assert first.poll() is None, "the first window closed"
    finally:
        first.kill()
        first.wait(timeout=60)
        wait_for_wine()


def test_uninstall_removes_the_program_and_keeps_the_office_data(state):
    before = DB.read_bytes()
    uninstaller = APP_DIR / "unins000.exe"
    assert uninstaller.is_file()
    result = subprocess.run(["xvfb-run", "-a", "wine", str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES",
                             "/NORESTART"], stdin=subprocess.DEVNULL, capture_output=True, env=ENV, timeout=600)
    wait_for_wine()
    assert result.returncode == 0, err(result)
    assert not (APP_DIR / "vanphong.exe").exists()
    assert not (APP_DIR / "_internal").exists()
    assert DB.read_bytes() == before
    assert reg_values(UNINSTALL_KEY, state["tmp"]) is None
