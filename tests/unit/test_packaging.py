"""The packaging sources in build/: tracked by git, and saying what the installers promise."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"


@pytest.mark.parametrize("relative", [
    "build/vanphong.spec", "build/launcher.py", "build/render_icon.py", "build/linux/make_deb.sh",
    "build/linux/vanphong.desktop", "build/linux/control.in", "build/windows/vanphong.iss",
    "build/windows/build.ps1", "build/windows/build.sh", "build/windows/tools.sh", "build/windows/env.sh",
    "build/windows/previous.sh", "build/windows/Vietnamese.isl", "build/windows/license.txt",
    "build/windows/stubs/icuuc.c", "build/windows/stubs/bcryptprimitives.c", "build/linux/elf_needed.py",
])
def test_packaging_sources_in_build_are_not_ignored_by_git(relative):
    assert (ROOT / relative).is_file()
    result = subprocess.run(["git", "check-ignore", "-q", relative], cwd=ROOT, capture_output=True)
    assert result.returncode == 1, f"{relative} is ignored by .gitignore"


def test_build_output_is_ignored_by_git():
    for relative in (".pyinstaller/x", "dist/vanphong/vanphong", "dist/vanphong_0.1.0_amd64.deb",
                     ".wine/drive_c/x", ".cache/windows/python311/python.exe", "dist/windows/VanPhong-0.1.0-setup.exe"):
        result = subprocess.run(["git", "check-ignore", "-q", relative], cwd=ROOT, capture_output=True)
        assert result.returncode == 0, f"{relative} would be committed"


def test_the_desktop_entry_names_the_app_in_vietnamese_under_office():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(BUILD / "linux" / "vanphong.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "VănPhòng"
    assert section["Type"] == "Application"
    assert "Office" in section["Categories"].split(";")
    assert section["Exec"] == "vanphong"
    assert section["Icon"] == "vanphong"
    assert section["Terminal"] == "false"


def test_the_deb_script_is_executable_and_installs_into_opt():
    script = BUILD / "linux" / "make_deb.sh"
    assert os.access(script, os.X_OK)
    text = script.read_text(encoding="utf-8")
    assert "/opt/vanphong" in text and "usr/bin/vanphong" in text
    assert "@VERSION@" in (BUILD / "linux" / "control.in").read_text(encoding="utf-8")


def _iss() -> str:
    return (BUILD / "windows" / "vanphong.iss").read_text(encoding="utf-8-sig")


def _iss_section(name: str) -> str:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", _iss(), re.MULTILINE | re.DOTALL)
    return match.group(1) if match else ""


def test_the_windows_installer_is_per_user_without_administrator_rights_and_all_users_when_elevated():
    setup = _iss_section("Setup")
    assert re.search(r"^PrivilegesRequired=lowest$", setup, re.MULTILINE)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=.*commandline", setup, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{code:DefaultDir\}$", setup, re.MULTILINE)
    code = _iss_section("Code")
    function = code[code.index("function DefaultDir"):code.index("end;")]
    assert "IsAdminInstallMode" in function
    assert "{commonpf64}\\VanPhong" in function and "{localappdata}\\Programs\\VanPhong" in function
    assert re.search(r"^AppVersion=\{#AppVersion\}$", setup, re.MULTILINE)  # no second copy of the version
    assert re.search(r"^AppPublisher=\S", setup, re.MULTILINE)


def test_the_windows_installer_speaks_vietnamese_first_and_english():
    languages = _iss_section("Languages")
    names = re.findall(r'^Name: "(\w+)"', languages, re.MULTILINE)
    assert names == ["vietnamese", "english"]
    isl = (BUILD / "windows" / "Vietnamese.isl").read_bytes()
    assert isl.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte order mark, as Inno Setup reads it
    text = isl.decode("utf-8-sig")
    assert unicodedata.normalize("NFC", text) == text
    keys = re.findall(r"^(\w+)=", text, re.MULTILINE)
    assert len(keys) == len(set(keys)) > 250
    assert "LanguageID=$042A" in text and "ButtonCancel=Hủy" in text
    for name in ("DataKept", "AppComment"):  # the script's own messages in both languages
        assert f"vietnamese.{name}=" in _iss() and f"english.{name}=" in _iss()


def test_the_windows_installer_shows_the_licences_of_the_app_and_its_components():
    assert re.search(r"^LicenseFile=.*license\.txt$", _iss_section("Setup"), re.MULTILINE)
    text = (BUILD / "windows" / "license.txt").read_text(encoding="utf-8-sig")
    for component in ("VănPhòng", "Python", "Qt", "LGPL-3.0", "Liberation", "psycopg", "ReportLab"):
        assert component in text


def test_the_windows_installer_makes_start_menu_and_optional_desktop_shortcuts():
    icons = _iss_section("Icons")
    assert "{autoprograms}" in icons
    assert re.search(r"\{autodesktop\}.*Tasks: desktopicon", icons)
    assert "desktopicon" in _iss_section("Tasks")


def test_the_windows_uninstaller_never_deletes_the_users_data():
    code_lines = [line for line in _iss().splitlines() if not line.lstrip().startswith(";")]
    code = "\n".join(code_lines).lower()
    assert "[uninstalldelete]" not in code
    assert "{localappdata}\\vanphong" not in code  # where appdirs keeps the DB and backups
    for deleting in ("deltree", "deletefile", "removedir"):  # nothing in [Code] deletes files
        assert deleting not in _iss_section("Code").lower()
    # [InstallDelete] clears only the old bundle inside {app}
    assert re.findall(r'Name: "([^"]+)"', _iss_section("InstallDelete")) == ["{app}\\_internal"]


def test_the_version_lives_in_app_init_only():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'attr = "app.__version__"' in pyproject
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_the_licence_texts_of_qt_ship_with_the_resources():
    from app.resources import resource_path

    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        text = resource_path("licenses", name).read_text(encoding="utf-8")
        assert "GNU" in text and "Version 3" in text
    assert resource_path("fonts", "LICENSE-Liberation.txt").is_file()


def test_ci_and_a_new_user_install_the_system_libraries_with_one_script():
    script = BUILD / "linux" / "install-system-libs.sh"
    assert script.stat().st_mode & 0o111, "the script is executable"
    assert "build/linux/install-system-libs.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "build/linux/install-system-libs.sh" in readme and ".venv/bin/vanphong" in readme
    assert "libxcb-cursor0" in script.read_text(encoding="utf-8")


def _ci_with_stand_ins(tmp_path: Path, makefile: str) -> subprocess.CompletedProcess:
    """.ci/run as it is, in a folder whose Makefile and install scripts are stand-ins."""
    for relative in (".ci/run", "build/linux/install-system-libs.sh", "build/windows/tools.sh"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / ".ci" / "run").write_text((ROOT / ".ci" / "run").read_text(encoding="utf-8"), encoding="utf-8")
    for script in ("build/linux/install-system-libs.sh", "build/windows/tools.sh"):
        (tmp_path / script).write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
        (tmp_path / script).chmod(0o755)
    (tmp_path / "Makefile").write_text(makefile, encoding="utf-8")
    return subprocess.run(["bash", str(tmp_path / ".ci" / "run")], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)


LINUX_STAGES = "venv icons test test-postgres test-office dist-test dist-windows-test:\n\t@echo stage $@\n"


def test_ci_fails_with_one_clear_line_when_the_windows_build_in_the_background_fails(tmp_path):
    result = _ci_with_stand_ins(tmp_path, LINUX_STAGES + (
        "windows-prepare:\n\t@echo 'tools.sh: the Inno Setup compiler could not be had' >&2; exit 1\n"
        "dist-windows windows-previous:\n\t@echo built\n"))
    assert result.returncode == 1
    assert "stage dist-test" in result.stdout and "stage dist-windows-test" not in result.stdout
    assert "tools.sh: the Inno Setup compiler could not be had" in result.stderr  # the log's tail
    assert "FAILED: the Windows installer build in the background failed" in result.stderr


def test_ci_stops_the_windows_build_in_the_background_when_a_linux_suite_fails(tmp_path):
    marker = f"vanphong-ci-test-{os.getpid()}"
    result = _ci_with_stand_ins(tmp_path, (
        "SHELL := /bin/bash\n"
        f"windows-prepare:\n\t@exec -a {marker} sleep 300\n"
        "venv icons:\n\t@echo stage $@\n"
        "test:\n\t@echo failing; exit 2\n"))
    assert result.returncode == 2 and "FAILED (exit 2)" in result.stderr
    still_running = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True)
    assert still_running.stdout == "", "the background build outlived .ci/run"


def test_ci_runs_the_windows_test_after_the_linux_suites_and_the_background_build(tmp_path):
    result = _ci_with_stand_ins(tmp_path, LINUX_STAGES + (
        "windows-prepare dist-windows windows-previous:\n\t@echo built $@\n"))
    assert result.returncode == 0, result.stderr
    stages = re.findall(r"^stage (\S+)$", result.stdout, re.MULTILINE)
    assert stages == ["venv", "icons", "test", "test-postgres", "test-office", "dist-test", "dist-windows-test"]
    assert "setups built" in result.stdout  # the background build's own timings, printed
    assert re.search(r"\[\d+m\d\ds total, \d+m\d\ds this stage\] make dist-windows-test passed", result.stdout)


def _load_elf_needed():
    import importlib.util

    spec = importlib.util.spec_from_file_location("elf_needed", BUILD / "linux" / "elf_needed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_linux_build_renames_a_library_a_binary_links_to_in_place(tmp_path):
    """build/linux/elf_needed.py, which relinks psycopg's and Pillow's libraries to the system's
    OpenSSL, Kerberos, libtiff...: the shorter name replaces the old one, the file keeps its size,
    and a longer name is refused (it would overwrite the next string)."""
    import _ctypes  # a real extension module: links to libffi.so.8 and libc.so.6

    elf_needed = _load_elf_needed()
    binary = tmp_path / "ctypes.so"
    binary.write_bytes(Path(_ctypes.__file__).read_bytes())
    size, before = binary.stat().st_size, elf_needed.needed(binary)
    assert "libffi.so.8" in before and "libc.so.6" in before and "libnothing.so.1" not in before

    renamed = elf_needed.rename_needed(binary, {"libffi.so.8": "libffi.so", "libnothing.so.1": "libno.so"})
    assert renamed == ["libffi.so.8"]
    after = [("libffi.so" if name == "libffi.so.8" else name) for name in before]
    assert elf_needed.needed(binary) == after
    assert binary.stat().st_size == size
    with pytest.raises(ValueError, match="longer"):
        elf_needed.rename_needed(binary, {"libc.so.6": "libc-longer.so.6"})
    assert elf_needed.needed(binary) == after
