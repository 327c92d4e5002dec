"""Crash harness: kill a writer process at random moments and check what the database kept.

    python -m tests.robustness.crash --db PATH --trials N [--seed S]

PATH is created with the demo office if it does not exist.  Each trial starts a writer
(``--writer``) that runs composite use cases in a loop (meeting create / move / cancel /
delete, leave filing with its chain, a decision, publishing a week) and reports the last
audit row of every use case it saw committed; the harness kills it with SIGKILL after a
random delay after its first commit, then opens the file and counts:

* corrupt: the file fails ``PRAGMA integrity_check`` or ``foreign_key_check``, or does not open;
* lost: a use case the writer saw committed is not in the file;
* partial: a broken invariant: a meeting of the writer without its calendar entry, its
  checklist or its ``meeting.create`` audit row; a submitted request without its approval
  chain; an entity of the writer without the audit row of its write.

It prints one line: ``trials=N corrupt=C lost=L partial=P``.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import func, select

from app.demo.office import load_demo
from app.errors import VanPhongError
from app.rules.meeting_templates import MeetingKind
from app.services.admin.auth import SYSTEM
from app.services.admin.database import is_empty, open_app_database
from app.services.calendar.publish import publish_week
from app.services.leave import requests as leave
from app.services.leave.approval import decide
from app.services.leave.read import type_by_code
from app.services.meetings import preparation as meetings
from app.services.meetings.preparation import MeetingInput
from db.engine import open_database
from db.models import AuditLog, LeaveRequest, Meeting, Person

TITLE = "Họp kiểm thử sự cố"  # the writer's meetings: "<TITLE> #<n>"
REASON = "kiểm thử sự cố"  # the writer's leave requests
DEMO_TODAY = date(2026, 3, 2)


@dataclass
class Tally:
    trials: int = 0
    corrupt: int = 0
    lost: int = 0
    partial: int = 0
    writes: int = 0  # use cases the writers saw committed

    def line(self) -> str:
        return f"trials={self.trials} corrupt={self.corrupt} lost={self.lost} partial={self.partial}"


# -- the writer (a child process) ------------------------------------------------------------

def writer(path: str, seed: int) -> None:
    """Run use cases until killed; after each commit print ``ok <last audit id>``."""
    rng = random.Random(seed)
    database = open_database(path)
    with database.session() as session:
        people = list(session.exec(select(Person.id).where(Person.active)).all())
        annual = type_by_code(session, "annual").id
    counter = [rng.randrange(10**6)]

    def mine(session, model, column, pattern: str) -> list[int]:  # noqa: ANN001
        return list(session.exec(select(model.id).where(column.like(pattern))).all())

    def create(session) -> None:  # noqa: ANN001
        counter[0] += 1
        start = datetime.combine(DEMO_TODAY + timedelta(days=rng.randrange(60)), datetime.min.time()).replace(
            hour=rng.choice([8, 9, 14, 15]))
        meetings.create_meeting(session=session, actor=SYSTEM, data=MeetingInput(
            rng.choice(list(MeetingKind)), f"{TITLE} #{counter[0]}", start, start + timedelta(hours=2),
            "Phòng họp", rng.choice(people)))

    def move(session) -> None:  # noqa: ANN001
        ids = mine(session, Meeting, Meeting.title, f"{TITLE}%")
        if ids:
            start = datetime(2026, 5, 4, 8) + timedelta(days=rng.randrange(30), hours=rng.randrange(8))
            meetings.move_meeting(session=session, actor=SYSTEM, meeting_id=rng.choice(ids),
                                  start=start, end=start + timedelta(hours=1))

    def cancel(session) -> None:  # noqa: ANN001
        ids = mine(session, Meeting, Meeting.title, f"{TITLE}%")
        if ids:
            meetings.cancel_meeting(session=session, actor=SYSTEM, meeting_id=rng.choice(ids))

    def delete(session) -> None:  # noqa: ANN001
        ids = mine(session, Meeting, Meeting.title, f"{TITLE}%")
        if ids:
            meetings.delete_meeting(session=session, actor=SYSTEM, meeting_id=rng.choice(ids))

    def file(session) -> None:  # noqa: ANN001
        start = date(2027, 1, 4) + timedelta(days=rng.randrange(300))
        leave.file_request(session=session, actor=SYSTEM, today=DEMO_TODAY, draft=leave.LeaveDraft(
            rng.choice(people), annual, start, start, reason=REASON))

    def approve(session) -> None:  # noqa: ANN001
        ids = list(session.exec(select(LeaveRequest.id).where(LeaveRequest.reason == REASON,
                                                               LeaveRequest.status == "submitted")).all())
        if ids:
            decide(session=session, actor=SYSTEM, request_id=rng.choice(ids), approve=True, comment="Đồng ý",
                   override_balance=True, today=DEMO_TODAY)

    def publish(session) -> None:  # noqa: ANN001
        publish_week(session=session, actor=SYSTEM, monday=DEMO_TODAY + timedelta(weeks=rng.randrange(6)))

    actions: list[Callable] = [create, create, create, move, cancel, delete, file, file, approve, publish]
    print("ready", flush=True)
    while True:
        with database.session() as session:
            try:
                rng.choice(actions)(session)
            except VanPhongError:
                continue
            last = session.exec(select(func.max(AuditLog.id))).one()
        print(f"ok {last}", flush=True)


# -- the checks ------------------------------------------------------------------------------

def check(path: str, committed: int) -> tuple[bool, bool, int]:
    """(corrupt, lost, broken invariants) of the file after a crash."""
    import sqlite3

    try:
        conn = sqlite3.connect(path)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return True, False, 0
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                return True, False, 0
            last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0
            return False, last < committed, _broken(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True, False, 0


def _broken(conn) -> int:  # noqa: ANN001
    q = lambda sql, *args: conn.execute(sql, args).fetchall()  # noqa: E731
    broken = 0
    for meeting_id, title, event_id in q("SELECT id, title, event_id FROM meeting WHERE title LIKE ?", f"{TITLE}%"):
        if event_id is None or not q("SELECT 1 FROM event WHERE id = ?", event_id):
            broken += 1  # without its entry
        if not q("SELECT 1 FROM checklist_item WHERE meeting_id = ?", meeting_id):
            broken += 1  # without its checklist
        if not q("SELECT 1 FROM audit_log WHERE action = 'meeting.create' AND detail = ?", title):
            broken += 1  # without its audit row
    for (title,) in q("SELECT title FROM event WHERE title LIKE ?", f"{TITLE}%"):
        if not q("SELECT 1 FROM audit_log WHERE action = 'event.create' AND detail = ?", title):
            broken += 1  # an entry without its audit row
        if not q("SELECT 1 FROM audit_log WHERE action = 'meeting.create' AND detail = ?", title):
            broken += 1  # an entry whose meeting was never written
    for request_id, status in q("SELECT id, status FROM leave_request WHERE reason = ?", REASON):
        if status != "draft" and not q("SELECT 1 FROM approval_step WHERE request_id = ?", request_id):
            broken += 1  # without its chain
    for person_id, requests in q("SELECT person_id, count(*) FROM leave_request WHERE reason = ? "
                                 "GROUP BY person_id", REASON):
        filed = q("SELECT count(*) FROM audit_log WHERE action = 'leave.submit' AND target = ?",
                  f"person:{person_id}")[0][0]
        broken += max(0, requests - filed)  # requests without the audit row of their filing
    return broken


# -- the harness -----------------------------------------------------------------------------

def prepare(path: str) -> None:
    """Create the demo office at *path* unless a database is already there."""
    database = open_app_database(path)
    try:
        with database.session() as session:
            if is_empty(session):
                load_demo(session=session, actor=SYSTEM, today=DEMO_TODAY)
    finally:
        database.dispose()


def trial(path: str, rng: random.Random, tally: Tally, *, longest: float) -> None:
    """One writer, forked from this process (its imports are done: it starts at once), killed."""
    seed = rng.randrange(10**9)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        sys.stdout = os.fdopen(write_end, "w")
        try:
            writer(path, seed)
        finally:
            os._exit(0)
    os.close(write_end)
    lines: list[str] = []
    with os.fdopen(read_end) as stream:
        if stream.readline().strip() != "ready":
            os.waitpid(pid, 0)
            raise SystemExit("the writer did not start")
        first = threading.Event()

        def read() -> None:
            for line in stream:
                lines.append(line)
                first.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        first.wait(timeout=300)  # the random moment counts from its first commit, however loaded the machine
        time.sleep(rng.uniform(0.0, longest))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reader.join()
    committed = max((int(line.split()[1]) for line in lines if line.startswith("ok ")), default=0)
    tally.writes += sum(line.startswith("ok ") for line in lines)
    corrupt, lost, broken = check(path, committed)
    tally.trials += 1
    tally.corrupt += corrupt
    tally.lost += lost
    tally.partial += broken


def run(path: str, trials: int, seed: int, longest: float = 2.0) -> Tally:
    prepare(path)
    rng = random.Random(seed)
    tally = Tally()
    for _ in range(trials):
        trial(path, rng, tally, longest=longest)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.robustness.crash", description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the SQLite file (created with the demo office if absent)")
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--longest", type=float, default=2.0, help="longest time before the kill, in seconds")
    parser.add_argument("--writer", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.writer:
        writer(args.db, args.seed)
        return 0
    print(run(str(Path(args.db)), args.trials, args.seed, args.longest).line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
