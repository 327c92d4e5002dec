"""Compare VanPhong's ICS import with an independent expansion (recurring-ical-events).

Both sides are reduced to the same occurrences: (title, start, end, cancelled) in office
time — dates for all-day events — over one window. Used by the tests and printable as a table:
``python -m tests.ics_agreement`` prints the agreement per file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

CORPUS = Path(__file__).parent / "data" / "ics"
WINDOW = (datetime(1990, 1, 1), datetime(2036, 1, 1))
OFFICE = ZoneInfo("Asia/Ho_Chi_Minh")
NO_TITLE = "(Không có tiêu đề)"


def _moment(value):  # noqa: ANN001, ANN202
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(OFFICE).replace(tzinfo=None)
        return value
    return value


def independent(content: bytes) -> Counter:
    """Occurrences according to recurring-ical-events."""
    import recurring_ical_events
    from icalendar import Calendar

    from app.text import nfc

    calendar = Calendar.from_ical(content)
    found: Counter = Counter()
    wide = (WINDOW[0] - timedelta(days=2), WINDOW[1] + timedelta(days=2))
    for component in recurring_ical_events.of(calendar).between(*wide):
        start = _moment(component["DTSTART"].dt)
        end = _moment(component["DTEND"].dt) if "DTEND" in component else start
        if not isinstance(start, datetime):
            if isinstance(end, datetime):
                end = end.date()
            start, end = datetime.combine(start, time.min), datetime.combine(end, time.min)
        if not (start < WINDOW[1] and (end > WINDOW[0] or start == end >= WINDOW[0])):
            continue  # the window in office time, as the calendar reads it
        title = nfc(str(component.get("SUMMARY") or "")) or NO_TITLE
        cancelled = str(component.get("STATUS", "")).upper() == "CANCELLED"
        found[(title, start, end, cancelled)] += 1
    return found


def imported(session) -> Counter:  # noqa: ANN001
    """Occurrences of everything in the database, as the calendar shows them."""
    from app.services.calendar.read import entries_between

    found: Counter = Counter()
    for entry in entries_between(session, *WINDOW):
        found[(entry.title, entry.start, entry.end, entry.status == "cancelled")] += 1
    return found


@dataclass(frozen=True)
class Agreement:
    name: str
    expected: int
    matched: int
    missing: list  # in the independent expansion, not in ours
    extra: list  # in ours only

    @property
    def ratio(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def compare(name: str, theirs: Counter, ours: Counter) -> Agreement:
    common = theirs & ours
    return Agreement(name, sum(theirs.values()), sum(common.values()),
                     sorted((theirs - common).elements(), key=str), sorted((ours - common).elements(), key=str))


def agreement_of(path: Path, database_factory) -> Agreement:  # noqa: ANN001
    from app.services.admin.auth import SYSTEM
    from app.services.calendar.ics_import import import_ics

    content = path.read_bytes()
    db = database_factory(path.stem)
    try:
        with db.session() as session:
            import_ics(session=session, actor=SYSTEM, content=content)
            ours = imported(session)
    finally:
        db.dispose()
    return compare(path.name, independent(content), ours)


def main() -> None:  # pragma: no cover - a report for people
    import sys
    import tempfile

    from app.services.admin.database import open_app_database

    folder = Path(tempfile.mkdtemp(prefix="ics-agreement-"))
    paths = [Path(p) for p in sys.argv[1:]] or sorted(CORPUS.glob("*.ics"))
    total = matched = 0
    for path in paths:
        try:
            result = agreement_of(path, lambda stem: open_app_database(str(folder / f"{stem}.sqlite3")))
        except Exception as exc:  # noqa: BLE001
            print("FAILED", path.name, type(exc).__name__, str(exc)[:200])
            continue
        total, matched = total + result.expected, matched + result.matched
        print(f"{result.matched:6d}/{result.expected:<6d} {len(result.extra):4d} extra  {result.name}")
        for item in result.missing[:4]:
            print("     missing", item)
        for item in result.extra[:4]:
            print("     extra  ", item)
    print(f"agreement: {matched}/{total} = {100 * matched / max(total, 1):.2f}%")


if __name__ == "__main__":
    main()
