"""Importing events from an iCalendar (.ics) file: from a phone or another calendar.

:func:`preview_ics` reads the file and says, for each event, what would be created (and
why one would be skipped); :func:`import_ics` creates the chosen ones through the ordinary
:func:`app.services.calendar.events.create_event`, so validation and auditing are the same.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from app.errors import InvalidInput, VanPhongError
from app.rules.recurrence import format_rule, parse_rule
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.events import KIND_LABELS, EventInput, create_event
from app.services.calendar.read import office_hours
from app.text import nfc
from db.models import Event

OFFICE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MAX_BYTES = 20 * 1024 * 1024
_KIND_BY_LABEL = {label: kind for kind, label in KIND_LABELS.items()}


@dataclass(frozen=True)
class IcsCandidate:
    """One VEVENT of the file, as it would be imported."""

    uid: str
    data: EventInput | None
    title: str
    start: datetime | None
    end: datetime | None
    all_day: bool
    location: str
    recurring: bool
    problem: str = ""  # why it will be skipped ("" = it will be imported)

    @property
    def importable(self) -> bool:
        return not self.problem and self.data is not None


@dataclass(frozen=True)
class ImportResult:
    created: list[int] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (title, reason)


def _local(value) -> datetime | date:  # noqa: ANN001
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(OFFICE_TZ)
        return value.replace(tzinfo=None, second=0, microsecond=0)
    return value


def _rule_text(component) -> str:  # noqa: ANN001
    rule = component.get("rrule")
    if rule is None:
        return ""
    parts = parse_rule(rule.to_ical().decode())
    until = parts.get("UNTIL", "")
    if until.endswith("Z"):
        moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=ZoneInfo("UTC"))
        parts["UNTIL"] = moment.astimezone(OFFICE_TZ).strftime("%Y%m%dT%H%M%S")
    return format_rule(parts)


def _exdates(component) -> list[date]:  # noqa: ANN001
    raw = component.get("exdate")
    if raw is None:
        return []
    found = []
    for group in raw if isinstance(raw, list) else [raw]:
        for item in group.dts:
            value = _local(item.dt)
            found.append(value.date() if isinstance(value, datetime) else value)
    return found


def _text(component, name: str) -> str:  # noqa: ANN001
    value = component.get(name)
    return nfc(str(value)) if value is not None else ""


def read_ics(content: bytes) -> list:
    """The VEVENT components of an iCalendar file; InvalidInput if it is not one."""
    from icalendar import Calendar

    if len(content) > MAX_BYTES:
        raise InvalidInput("Tệp lịch quá lớn (tối đa 20 MB).")
    try:
        calendar = Calendar.from_ical(content)
    except (ValueError, IndexError, KeyError) as exc:
        raise InvalidInput(f"Tệp không phải lịch iCalendar (.ics) hợp lệ: {exc}") from exc
    return list(calendar.walk("VEVENT"))


def _candidate(component, known: set[str]) -> IcsCandidate:  # noqa: ANN001
    uid = _text(component, "uid")
    title = _text(component, "summary") or "(Không có tiêu đề)"
    location = _text(component, "location")
    if component.get("recurrence-id") is not None:
        return IcsCandidate(uid, None, title, None, None, False, location, False,
                            "Buổi sửa riêng của một chuỗi lặp: chưa hỗ trợ nhập.")
    start_prop = component.get("dtstart")
    if start_prop is None:
        return IcsCandidate(uid, None, title, None, None, False, location, False, "Thiếu thời gian bắt đầu.")
    start = _local(start_prop.dt)
    all_day = not isinstance(start, datetime)
    end_prop = component.get("dtend")
    if end_prop is not None:
        end = _local(end_prop.dt)
    elif component.get("duration") is not None:
        end = start + component.get("duration").dt
    else:
        end = None
    if all_day:
        last = (end - timedelta(days=1)) if isinstance(end, date) and end > start else start
        start_dt, end_dt = datetime.combine(start, time.min), datetime.combine(last, time.min)
    else:
        start_dt, end_dt = start, end if isinstance(end, datetime) else None
    categories = component.get("categories")
    labels = [str(c) for c in categories.cats] if categories is not None and hasattr(categories, "cats") else []
    kind = next((_KIND_BY_LABEL[label] for label in labels if label in _KIND_BY_LABEL), "meeting")
    status = "cancelled" if str(component.get("status", "")).upper() == "CANCELLED" else None
    try:
        rule = _rule_text(component)
    except ValueError as exc:
        return IcsCandidate(uid, None, title, start_dt, end_dt, all_day, location, True, str(exc))
    data = EventInput(title=title, start=start_dt, end=end_dt, kind=kind, all_day=all_day, location=location,
                      notes=_text(component, "description"), rrule=rule, exdates=_exdates(component),
                      status=status, uid=uid)
    problem = ""
    if uid and (uid in known or uid.endswith("@vanphong")):
        problem = "Đã có trong lịch (trùng mã UID)."
    return IcsCandidate(uid, data, title, start_dt, end_dt, all_day, location, bool(rule), problem)


def preview_ics(session: Session, content: bytes) -> list[IcsCandidate]:
    """What importing *content* would do, event by event (nothing is written)."""
    components = read_ics(content)
    uids = {nfc(str(c.get("uid"))) for c in components if c.get("uid") is not None}
    known = set(session.exec(select(Event.uid).where(Event.uid.in_(sorted(uids))))) if uids else set()
    hours = office_hours(session)
    result = []
    for component in components:
        candidate = _candidate(component, known)
        if candidate.uid:
            known.add(candidate.uid)  # the same UID twice in one file: import it once
        if candidate.importable:
            try:
                candidate.data.clean(hours, session)
            except VanPhongError as exc:
                candidate = IcsCandidate(candidate.uid, None, candidate.title, candidate.start, candidate.end,
                                         candidate.all_day, candidate.location, candidate.recurring, str(exc))
        result.append(candidate)
    result.sort(key=lambda c: (c.start or datetime.max, c.title))
    return result


def import_ics(*, session: Session, actor: Actor, content: bytes,
               uids: Collection[str] | None = None) -> ImportResult:
    """Create the importable events of *content* (only those whose UID is in *uids*, if given)."""
    require(actor, Permission.CALENDAR_WRITE)
    result = ImportResult()
    for candidate in preview_ics(session, content):
        if uids is not None and candidate.uid not in uids:
            continue
        if not candidate.importable:
            result.skipped.append((candidate.title, candidate.problem))
            continue
        result.created.append(create_event(session=session, actor=actor, data=candidate.data))
    return result
