"""The project's corpus of bad inputs, through the command line and the services.

    python -m tests.robustness.bad_inputs          # prints the figures of the README

Every case is something a user should be told "no" to: a clear refusal (the services'
InvalidInput, Forbidden, Conflict, NotFound; the command line's one-line error and exit 2)
is the only right answer. The run counts internal errors (anything else: a traceback, the
command line's "lỗi nội bộ") and nonsense stored (a bad input accepted and written: the audit
log grew). It runs in one process on a copy of the demo office.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.errors import VanPhongError
from db.errors import DatabaseError

# -- the inputs ---------------------------------------------------------------------------------

HUGE = "x" * 100_000
# text no name or title may be: blank, invisible, controls, display tricks, too long
BAD_NAMES = ["", "   ", "\u200b", "\u200b\u200c\u200d\u2060", "\ufeff", "\u00ad\u00ad", "\u202eNguyễn Văn A",
             "Lê\u2066Văn\u2069", "Trần\x00Bình", "\x1b[31mĐỏ\x1b[0m", "Chuông\x07", "\x7fXóa", HUGE]
# (a tab, a line break or another Unicode space inside a name is not refused: it becomes one space)
# text no note or reason may be (blank is allowed there)
BAD_NOTES = ["\u200b\u200b", "\u202eghi chú", "a\x00b", "\x1b]0;title\x07", "\x08\x08", "x" * 1_000_000]
BAD_DATES = [date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(2101, 1, 1)]
# full-width digits (０-９) are not here: they are read as ASCII digits (tests/unit/test_validation.py)
BAD_DAY_TEXT = ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "٢٠٢٦-03-10", "२०२६-03-10",
                "2026-02-30", "2026-13-01", "", " ", "abc", "2026‐03‐10", "10/03/20266", "32/01/2026", "2026-03-10\x00",
                "1e9"]
BAD_WEEK_TEXT = ["0000-W01", "0001-W01", "9999-W52", "1899-W10", "2101-W10", "2026-W00", "2026-W54", "2026-W٠١",
                 "٢٠٢٦-W10", "2026W10", "2026-W1", " ", "W10", "2026-W10\x00", "2026-W10 ; DROP"]
BAD_MONTH_TEXT = ["0000-01", "0001-01", "9999-12", "1899-12", "2101-01", "2026-00", "2026-13", "2026-٠١",
                  "", "2026/03"]
BAD_YEAR_TEXT = ["0", "1", "9999", "-5", "1899", "2101", "٢٠٢٦", "abc", "99999999999999999999999"]
BAD_ID_TEXT = ["0", "-1", "9223372036854775808", "99999999999999999999999", "1e3", "abc", "١٢", "", "²",
               "18446744073709551616"]
BAD_N_TEXT = ["1000000000", "-1000000000", "99999999999999999999", "1e3", "١٠", "10001", ""]
BAD_IDS = [0, -1, 2**63, 2**70, 10**30]


@dataclass
class Tally:
    tried: int = 0
    refused: int = 0
    internal: list[str] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)


# -- running a case ---------------------------------------------------------------------------

class Office:
    """A private copy of the demo office."""

    def __init__(self, folder: Path) -> None:
        from app.demo.office import load_demo
        from app.services.admin.auth import SYSTEM
        from app.services.admin.database import open_app_database

        self.folder = folder
        self.path = folder / "office.sqlite3"
        self.database = open_app_database(str(self.path))
        with self.database.session() as session:
            self.ctx = load_demo(session=session, actor=SYSTEM, today=date(2026, 3, 2))
        self.actor = SYSTEM

    def audit_rows(self) -> int:
        from sqlmodel import func, select

        from db.models import AuditLog

        with self.database.session() as session:
            return int(session.exec(select(func.count()).select_from(AuditLog)).one())


def run_service(office: Office, tally: Tally, name: str, call: Callable[..., object]) -> None:
    tally.tried += 1
    before = office.audit_rows()
    try:
        with office.database.session() as session:
            call(session)
    except (VanPhongError, DatabaseError, PermissionError):
        tally.refused += 1
        return
    except Exception as exc:  # noqa: BLE001 - the point is to catch what should not happen
        tally.internal.append(f"{name}: {exc!r}"[:300])
        return
    tally.accepted.append(name)
    if office.audit_rows() != before:
        tally.stored.append(name)


def run_cli(office: Office, tally: Tally, name: str, argv: list[str], stdin: str = "") -> None:
    from app import cli

    tally.tried += 1
    before = office.audit_rows()
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(["--db", str(office.path), *argv])
            except SystemExit as exit_:  # argparse's usage error
                code = exit_.code if isinstance(exit_.code, int) else 2
    except Exception as exc:  # noqa: BLE001
        tally.internal.append(f"{name}: {exc!r}"[:300])
        return
    finally:
        sys.stdin = old_stdin
    message = err.getvalue()
    if "lỗi nội bộ" in message or "Traceback" in message:
        tally.internal.append(f"{name}: {message.strip()[:300]}")
    elif code == 0:
        tally.accepted.append(name)
        if office.audit_rows() != before:
            tally.stored.append(name)
    elif code == 2 and len(message.strip().splitlines()) >= 1:
        tally.refused += 1
    else:
        tally.internal.append(f"{name}: exit {code}: {message.strip()[:200]}")


# -- the corpus ---------------------------------------------------------------------------------

def service_cases(office: Office) -> list[tuple[str, Callable[..., object]]]:
    from app.services.calendar import events as calendar
    from app.services.calendar import workdays
    from app.services.calendar.event_input import EventInput
    from app.services.leave import requests as leave
    from app.services.leave import roster
    from app.services.leave.read import type_by_code
    from app.services.meetings import attendees
    from app.services.meetings import preparation as meetings
    from app.services.meetings.preparation import MeetingInput
    from app.services.org import edit as org
    from app.services.org.edit import PersonInput

    actor, people, units = office.actor, office.ctx.people, office.ctx.units
    hanh_chinh = office.ctx.staff_by_unit["hanh_chinh"]
    at = datetime(2026, 3, 10, 8)
    cases: list[tuple[str, Callable[..., object]]] = []

    def case(name: str, fn: Callable[..., object]) -> None:
        cases.append((name, fn))

    with office.database.session() as session:
        meeting_id = meetings.list_meetings(session=session, start=datetime(2026, 3, 2), end=datetime(2026, 3, 3))[0].id
        annual = type_by_code(session, "annual").id
    for text in BAD_NAMES:
        t = repr(text[:20])
        case(f"person name {t}", lambda s, text=text: org.create_person(session=s, actor=actor,
                                                                          data=PersonInput(full_name=text)))
        case(f"unit name {t}", lambda s, text=text: org.create_unit(session=s, actor=actor, name=text, parent_id=None))
        case(f"position title {t}", lambda s, text=text: org.create_position(session=s, actor=actor, role="staff",
                                                                             title=text))
        case(f"office name {t}", lambda s, text=text: org.save_office(session=s, actor=actor, name=text))
        case(f"event title {t}", lambda s, text=text: calendar.create_event(session=s, actor=actor,
                                                                            data=EventInput(text, at)))
        case(f"meeting title {t}", lambda s, text=text: meetings.create_meeting(
            session=s, actor=actor, data=MeetingInput("standing_committee", text, at, at.replace(hour=11))))
        case(f"guest name {t}", lambda s, text=text: attendees.add_guest(session=s, actor=actor,
                                                                         meeting_id=meeting_id, full_name=text))
        case(f"roster title {t}", lambda s, text=text: roster.create_roster(
            session=s, actor=actor, title=text, start=date(2026, 4, 30), end=date(2026, 5, 1)))
    for text in BAD_NOTES:
        t = repr(text[:20])
        case(f"person notes {t}", lambda s, text=text: org.create_person(
            session=s, actor=actor, data=PersonInput(full_name="Nguyễn Văn Hợp Lệ", notes=text)))
        case(f"leave reason {t}", lambda s, text=text: leave.file_request(
            session=s, actor=actor, today=date(2026, 3, 2), draft=leave.LeaveDraft(
                hanh_chinh[0], annual, date(2026, 6, 1), date(2026, 6, 1), reason=text)))
        case(f"event notes {t}", lambda s, text=text: calendar.create_event(
            session=s, actor=actor, data=EventInput("Họp giao ban", at, notes=text)))
        case(f"meeting location {t}", lambda s, text=text: meetings.create_meeting(
            session=s, actor=actor, data=MeetingInput("standing_committee", "Hội nghị", at, at.replace(hour=11),
                                                      location=text)))
        case(f"day override note {t}", lambda s, text=text: workdays.add_override(
            session=s, actor=actor, day=date(2026, 8, 15), kind="day_off", note=text))
    for day in BAD_DATES:
        moment = datetime.combine(day, datetime.min.time()).replace(hour=8)
        case(f"birth date {day}", lambda s, day=day: org.create_person(
            session=s, actor=actor, data=PersonInput(full_name="Phạm Văn Ngày", birth_date=day)))
        case(f"service start {day}", lambda s, day=day: org.create_person(
            session=s, actor=actor, data=PersonInput(full_name="Phạm Văn Ngày", service_start=day)))
        case(f"event at {day}", lambda s, m=moment: calendar.create_event(
            session=s, actor=actor, data=EventInput("Làm việc", m)))
        case(f"meeting at {day}", lambda s, m=moment: meetings.create_meeting(
            session=s, actor=actor, data=MeetingInput("standing_committee", "Hội nghị", m, m.replace(hour=11))))
        case(f"leave from {day}", lambda s, day=day: leave.file_request(
            session=s, actor=actor, today=date(2026, 3, 2), draft=leave.LeaveDraft(hanh_chinh[0], annual, day, day)))
        case(f"roster from {day}", lambda s, day=day: roster.create_roster(
            session=s, actor=actor, title="Lịch trực", start=day, end=day))
        case(f"delegation from {day}", lambda s, day=day: org.add_delegation(
            session=s, actor=actor, principal_id=people["deputy1"], acting_id=people["deputy2"], start_date=day,
            end_date=day))
        case(f"day override {day}", lambda s, day=day: workdays.add_override(
            session=s, actor=actor, day=day, kind="day_off"))
    for bad_id in BAD_IDS:
        case(f"person id {bad_id}", lambda s, i=bad_id: org.get_person(s, i))
        case(f"meeting id {bad_id}", lambda s, i=bad_id: attendees.list_attendees(session=s, meeting_id=i))
        case(f"leave of person {bad_id}", lambda s, i=bad_id: leave.file_request(
            session=s, actor=actor, today=date(2026, 3, 2), draft=leave.LeaveDraft(i, annual, date(2026, 6, 1),
                                                                                     date(2026, 6, 1))))
        case(f"person in unit {bad_id}", lambda s, i=bad_id: org.create_person(
            session=s, actor=actor, data=PersonInput(full_name="Đỗ Văn Mã", unit_id=i)))
        case(f"unit under {bad_id}", lambda s, i=bad_id: org.create_unit(session=s, actor=actor, name="Phòng Mới",
                                                                          parent_id=i))
    del units
    return cases


def cli_cases(folder: Path) -> list[tuple[str, list[str], str]]:
    pdf, xlsx = str(folder / "out.pdf"), str(folder / "out.xlsx")
    cases: list[tuple[str, list[str], str]] = []
    for text in BAD_DAY_TEXT:
        cases.append((f"workdays add {text!r}", ["workdays", "add", text, "1"], ""))
    for text in BAD_N_TEXT:
        cases.append((f"workdays add N={text!r}", ["workdays", "add", "2026-03-10", text], ""))
    for text in BAD_WEEK_TEXT:
        cases.append((f"list events --week {text!r}", ["list", "events", "--week", text], ""))
        cases.append((f"print week {text!r}", ["print", "week", text, "-o", pdf], ""))
        cases.append((f"publish week {text!r}", ["publish", "week", text], ""))
    for text in BAD_MONTH_TEXT:
        cases.append((f"print absences {text!r}", ["print", "absences", text, "-o", pdf], ""))
    for text in BAD_YEAR_TEXT:
        cases.append((f"export balances {text!r}", ["export", "balances", text, "-o", xlsx], ""))
    for text in BAD_ID_TEXT:
        for what in ("attendance", "nameplates", "checklist", "tally", "leave-form", "roster"):
            cases.append((f"print {what} {text!r}", ["print", what, text, "-o", pdf], ""))
    for note in BAD_NOTES:
        cases.append((f"publish note {note[:20]!r}", ["publish", "week", "2026-W10", "--note", note], ""))
    for name in BAD_NAMES:
        if name.strip():  # an empty user name is an argparse matter
            cases.append((f"user {name[:20]!r}", ["user", name, "--role", "clerk", "--password-stdin"],
                          "mat-khau-du-dai\n"))
    for target in ("x.txt", "x", "x.pdf", "/khong-co/thu-muc/x.sqlite3", str(folder)):
        cases.append((f"backup -o {target}", ["backup", "-o", target if target.startswith("/") else
                                              str(folder / target)], ""))
    for target in (str(folder / "x.txt"), "/khong-co/thu-muc/x.pdf", str(folder)):
        cases.append((f"print week -o {target}", ["print", "week", "2026-W10", "-o", target], ""))
    return cases


def run(folder: Path | None = None) -> Tally:
    own = folder is None
    folder = Path(tempfile.mkdtemp(prefix="vanphong-bad-")) if own else folder
    try:
        office = Office(folder)
        tally = Tally()
        for name, call in service_cases(office):
            run_service(office, tally, name, call)
        office.database.dispose()
        for name, argv, stdin in cli_cases(folder):
            run_cli(office, tally, name, argv, stdin)
        leftovers = [p.name for p in folder.glob("*.tmp")]
        if leftovers:
            tally.stored.append(f"temporary files left: {leftovers}")
        return tally
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)


# -- restore and damage ---------------------------------------------------------------------------

KILL_POINTS = ("saved", "checkpointed", "copied", "wal removed", "replaced")


def _people(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


def _damage(path: Path, seed: int) -> None:
    import random

    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 4, pages * 3 // 4):
        data[page * 4096:(page + 1) * 4096] = rng.randbytes(4096)
    path.write_bytes(bytes(data))


def restore_and_damage_cases(folder: Path) -> list[tuple[str, bool]]:
    """(case, handled as it should) for damaged files and restores killed at each step."""
    import subprocess
    import textwrap

    from app.services.admin import database as admin
    from db import backup as db_backup
    from db.engine import open_database

    template = Office(folder / "template")
    db_backup.daily_backup(template.database, today=datetime(2026, 3, 2))
    template.database.dispose()
    expected = _people(template.path)
    results: list[tuple[str, bool]] = []

    def fresh(name: str) -> Path:
        target = folder / name
        shutil.copytree(template.folder, target)
        return target / "office.sqlite3"

    for seed in (1, 2, 3):
        path = fresh(f"damaged{seed}")
        _damage(path, seed)
        before = path.read_bytes()
        database = open_database(str(path), create=False)
        report = admin.check(database)
        database.dispose()
        results.append((f"check reports damage {seed}", not report.ok and len(report.lines()) == 1))
        try:
            admin.open_app_database(str(path)).dispose()
            refused = False
        except db_backup.DamagedDatabase as exc:
            refused = exc.backup is not None
        results.append((f"damaged file {seed} refused, backup offered", refused and path.read_bytes() == before))
        code = subprocess.run([sys.executable, "-m", "app", "--db", str(path), "restore", "--latest"],
                              capture_output=True, text=True, timeout=300).returncode
        results.append((f"restore --latest on damaged file {seed}",
                        code == 0 and db_backup.full_check(path) == "ok" and _people(path) == expected))
    for step in KILL_POINTS:
        path = fresh(f"kill-{step.replace(' ', '-')}")
        backup = admin.backup(open_database(str(path)), path.parent / "backup.sqlite3")
        writer = textwrap.dedent(f"""
            import os, sqlite3
            c = sqlite3.connect({str(path)!r})
            c.execute("INSERT INTO person (full_name, search_key, gender, phone, email, is_standing_deputy, "
                      "active, notes) VALUES ('Người Mới', 'nguoi moi', '', '', '', 0, 1, '')")
            c.commit()
            os._exit(0)
        """)
        subprocess.run([sys.executable, "-c", writer], check=True, timeout=60)
        killer = textwrap.dedent(f"""
            import os
            from db import backup as b
            from db.engine import open_database
            b._reached = lambda name: os._exit(9) if name == {step!r} else None
            b.restore_from(open_database({str(path)!r}), {str(backup)!r})
        """)
        subprocess.run([sys.executable, "-c", killer], timeout=300, capture_output=True)
        whole = db_backup.full_check(path) == "ok" and _people(path) in (expected, expected + 1)
        results.append((f"restore killed after '{step}' leaves old or new whole", whole))
    return results


def main() -> int:
    tally = run()
    print(f"Bad inputs tried: {tally.tried}")
    print(f"Refused with a clear message: {tally.refused}")
    print(f"Internal errors: {len(tally.internal)}")
    print(f"Accepted: {len(tally.accepted)}; nonsense stored: {len(tally.stored)}")
    for line in tally.internal + [f"accepted: {a}" for a in tally.accepted] + [f"stored: {s}" for s in tally.stored]:
        print("  " + line)
    folder = Path(tempfile.mkdtemp(prefix="vanphong-restore-"))
    try:
        cases = restore_and_damage_cases(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    failed = [name for name, ok in cases if not ok]
    print(f"Restore and corruption cases: {len(cases)}, handled: {len(cases) - len(failed)}")
    for name in failed:
        print(f"  failed: {name}")
    return 0 if not (tally.internal or tally.accepted or tally.stored or failed) else 1


if __name__ == "__main__":
    sys.exit(main())
