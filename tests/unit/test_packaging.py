"""The packaging sources in build/: tracked by git, and saying what the installers promise."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"


@pytest.mark.parametrize("relative", [
    "build/vanphong.spec", "build/launcher.py", "build/render_icon.py", "build/linux/make_deb.sh",
    "build/linux/vanphong.desktop", "build/linux/control.in", "build/windows/vanphong.iss",
    "build/windows/build.ps1",
])
def test_packaging_sources_in_build_are_not_ignored_by_git(relative):
    assert (ROOT / relative).is_file()
    result = subprocess.run(["git", "check-ignore", "-q", relative], cwd=ROOT, capture_output=True)
    assert result.returncode == 1, f"{relative} is ignored by .gitignore"


def test_build_output_is_ignored_by_git():
    for relative in (".pyinstaller/x", "dist/vanphong/vanphong", "dist/vanphong_0.1.0_amd64.deb"):
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


def test_the_windows_installer_is_per_user_without_administrator_rights():
    setup = _iss_section("Setup")
    assert re.search(r"^PrivilegesRequired=lowest$", setup, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{(autopf|userpf|localappdata)\}", setup, re.MULTILINE)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", setup, re.MULTILINE)  # no second copy of the version


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
