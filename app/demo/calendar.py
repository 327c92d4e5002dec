"""Demo schedule: about six weeks of a provincial Party committee's work around "today".

Recurring meetings (Thường trực weekly, office leadership twice a month, giao ban on day 25
moved off days off), BTV conferences, the next BCH conference, receptions, field visits, a
business trip, two deliberate conflicts and a day-off event; the current week is published,
then amended.  The BTV and BCH conferences are on :func:`conference_days`: the meetings demo
prepares those very meetings and links them to these entries, so each shows once.
Deterministic for a given ``ctx.today``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from app.rules.recurrence import monthly_on_day
from app.rules.schedule import ScheduleEntry, monday_of
from app.rules.workdays import WorkCalendar
from app.services.admin.auth import Actor
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.calendar.workdays import office_calendar

if TYPE_CHECKING:
    from app.demo.office import DemoContext  # imports this module: for the type only

FIELD_VISITS = [
    ("Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm", "Huyện ủy Lạc Dương"),
    ("Kiểm tra tiến độ dự án đường cao tốc Tân Phú – Bảo Lộc", "Huyện Bảo Lâm"),
    ("Làm việc với Đảng ủy xã Tà Nung về xây dựng nông thôn mới kiểu mẫu", "Xã Tà Nung, Đà Lạt"),
    ("Khảo sát mô hình sản xuất nông nghiệp ứng dụng công nghệ cao", "Huyện Đơn Dương"),
    ("Làm việc với Thành ủy Bảo Lộc về công tác chuẩn bị đại hội", "Thành ủy Bảo Lộc"),
    ("Kiểm tra công tác phòng, chống cháy rừng mùa khô", "Huyện Lâm Hà"),
    ("Thăm, tặng quà gia đình chính sách, hộ nghèo nhân dịp cuối năm", "Huyện Di Linh"),
    ("Làm việc với Đảng ủy Khu công nghiệp Lộc Sơn", "Thành phố Bảo Lộc"),
    ("Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa", "Quảng trường Lâm Viên, Đà Lạt"),
]
RECEPTIONS = [
    ("Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương", "Phòng khách Tỉnh ủy"),
    ("Tiếp Đại sứ Cộng hòa Pháp tại Việt Nam", "Phòng khách Tỉnh ủy"),
    ("Tiếp Đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số", "Hội trường Tỉnh ủy"),
    ("Tiếp Đoàn công tác Tỉnh ủy Ninh Thuận", "Phòng khách Tỉnh ủy"),
    ("Tiếp công dân định kỳ của Bí thư Tỉnh ủy", "Ban Tiếp công dân tỉnh"),
    ("Tiếp Đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư", "Phòng khách Tỉnh ủy"),
    ("Tiếp Đoàn cựu chiến binh Trung đoàn 812", "Phòng khách Tỉnh ủy"),
]
MEETINGS = [
    ("Dự Hội nghị tổng kết công tác ngành Nông nghiệp và Phát triển nông thôn", "Trung tâm Hội nghị tỉnh"),
    ("Họp Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Phòng họp Thường trực"),
    ("Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030", "Phòng họp số 2"),
    ("Họp Hội đồng Thi đua – Khen thưởng tỉnh", "Phòng họp số 1"),
    ("Làm việc với Đảng đoàn HĐND tỉnh về chuẩn bị kỳ họp", "Phòng họp Thường trực"),
    ("Dự Lễ khởi công dự án nhà ở xã hội phường 7", "Phường 7, Đà Lạt"),
    ("Nghe Ban Tuyên giáo và Dân vận báo cáo tình hình dư luận xã hội", "Phòng họp số 2"),
    ("Họp Tiểu ban Văn kiện Đại hội", "Phòng họp số 1"),
    ("Nghe Ủy ban Kiểm tra Tỉnh ủy báo cáo kết quả giám sát chuyên đề", "Phòng họp Thường trực"),
    ("Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở", "Phòng họp số 2"),
    ("Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt", "Phòng họp số 1"),
    ("Dự Hội nghị trực tuyến toàn quốc quán triệt nghị quyết của Bộ Chính trị", "Điểm cầu Tỉnh ủy"),
]


BTV_ROOM = "Phòng họp Ban Thường vụ, tầng 3"
BCH_TITLE = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng)"


@dataclass(frozen=True)
class ConferenceDays:
    """When the demo's BTV and BCH conferences are (shared with the meetings demo)."""

    btv: list[date]  # every four weeks around today, today's included
    bch: tuple[date, date]  # first and last day of the next BCH conference


def conference_days(today: date, workcal: WorkCalendar) -> ConferenceDays:
    day = workcal.next_working_day(today)
    btv = [workcal.next_working_day(day + timedelta(weeks=4 * k)) for k in range(-2, 4)]
    first = workcal.add_working_days(day, 8)
    return ConferenceDays(btv, (first, workcal.add_working_days(first, 1)))


def fill(session: Session, actor: Actor, ctx: DemoContext) -> None:
    """Add the demo schedule to the demo office built in :mod:`app.demo.office`."""
    p, u, rng = ctx.people, ctx.units, ctx.rng
    workcal = office_calendar(session)
    this_monday = monday_of(ctx.today)
    first_monday = this_monday - timedelta(weeks=2)
    secretary, standing, deputy_sec = p["secretary"], p["standing_deputy_secretary"], p["deputy_secretary"]
    chief, deputies = p["chief"], [p["deputy1"], p["deputy2"], p["deputy3"]]
    btv = [p[f"btv{i}"] for i in range(1, 11)]
    # A BTV member goes on a business trip this week (see below): he takes no ordinary entries
    traveller = btv[2]
    leaders = [secretary, standing, deputy_sec, *[pid for pid in btv[:6] if pid != traveller]]

    def add(title: str, start: datetime, end: datetime | None = None, **kw: Any) -> int:
        return cal.create_event(session=session, actor=actor, data=EventInput(title=title, start=start, end=end, **kw))

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute))

    conferences = conference_days(ctx.today, workcal)
    # Recurring meetings (004 Điều 12: Thường trực weekly; 000 Điều 11: office leaders twice a month;
    # 002 Điều 19.2: giao ban monthly on day 25, moved to the next working day when it is a day off).
    # No Thường trực meeting on the morning of a BTV conference.
    add("Họp Thường trực Tỉnh ủy giao ban công tác tuần", at(first_monday - timedelta(weeks=8), 8),
        at(first_monday - timedelta(weeks=8), 10, 30), rrule="FREQ=WEEKLY;BYDAY=MO", workday_shift="next",
        exdates=[d for d in conferences.btv if d.weekday() == 0],
        chair_id=secretary, leader_ids=[standing, deputy_sec, chief],
        participants="Các đồng chí Thường trực Tỉnh ủy; Chánh Văn phòng Tỉnh ủy", location="Phòng họp Thường trực",
        preparing_unit_id=u["tong_hop"])
    consult_start = date(first_monday.year, first_monday.month, 1) - timedelta(days=62)
    add("Họp Lãnh đạo Văn phòng nghe báo cáo công tác nửa tháng", at(consult_start, 14), at(consult_start, 16),
        rrule="FREQ=MONTHLY;BYMONTHDAY=1,15", workday_shift="next", chair_id=chief, leader_ids=deputies,
        participants="Lãnh đạo Văn phòng; Trưởng các phòng", location="Phòng họp Văn phòng",
        preparing_unit_id=u["tong_hop"])
    giao_ban_start = date(consult_start.year, consult_start.month, 25)
    add("Giao ban Văn phòng Tỉnh ủy tháng", at(giao_ban_start, 8), at(giao_ban_start, 11),
        rrule=monthly_on_day(25), workday_shift="next", chair_id=chief, leader_ids=deputies,
        participants="Lãnh đạo Văn phòng; trưởng, phó các phòng và đơn vị", location="Hội trường Văn phòng",
        preparing_unit_id=u["tong_hop"])

    # BTV conferences about monthly (004 Điều 11), and the next BCH conference (004 Điều 10)
    fixed = set()
    for day in conferences.btv:
        fixed.add(add("Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ", at(day, 8), at(day, 11, 30), chair_id=secretary,
            leader_ids=[standing, deputy_sec, *btv, chief],
            participants="Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu mời theo giấy triệu tập",
            location=BTV_ROOM, preparing_unit_id=u["tong_hop"], kind="meeting"))
    bch_first, bch_last = conferences.bch
    fixed.add(add(BCH_TITLE, at(bch_first, 7, 30), at(bch_last, 17), chair_id=secretary,
                  leader_ids=[standing, deputy_sec, *btv, chief],
                  participants="Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh; đại biểu mời theo giấy triệu tập",
                  location="Hội trường Tỉnh ủy", preparing_unit_id=u["tong_hop"], kind="meeting"))

    # A BTV member's business trip, and a meeting booked for him during it (a conflict); the
    # meetings demo has him report his absence from the BTV conferences ("Đi công tác Trung ương")
    trip_start = workcal.next_working_day(this_monday + timedelta(days=1))
    trip_end = trip_start + timedelta(days=2)
    add("Đi công tác tại Hà Nội: làm việc với Văn phòng Trung ương Đảng", at(trip_start, 0), at(trip_end, 0),
        all_day=True, kind="business_trip", chair_id=traveller, location="Hà Nội",
        preparing_unit_id=u["tai_chinh_quan_tri"])
    add("Họp Ban Chỉ đạo chuyển đổi số tỉnh", at(trip_start + timedelta(days=1), 14),
        at(trip_start + timedelta(days=1), 16), chair_id=traveller, location="Phòng họp số 2",
        preparing_unit_id=u["co_yeu_cntt"], participants="Thành viên Ban Chỉ đạo")
    # The standing deputy secretary in two places at once (a conflict), in the afternoon: the
    # mornings are the conferences' (conference_days)
    wednesday = workcal.next_working_day(this_monday + timedelta(days=2))
    add("Dự Hội nghị sơ kết công tác dân vận", at(wednesday, 14), at(wednesday, 16, 30),
        chair_id=standing, location="Hội trường Tỉnh ủy", participants="Ban Dân vận các huyện, thành ủy",
        preparing_text="Ban Tuyên giáo và Dân vận Tỉnh ủy")
    add("Tiếp và làm việc với Đoàn giám sát của Ủy ban Kiểm tra Trung ương", at(wednesday, 15, 30),
        at(wednesday, 17), chair_id=standing, leader_ids=[btv[1]], kind="reception",
        location="Phòng khách Tỉnh ủy", preparing_unit_id=u["hanh_chinh"])
    # A Sunday ceremony (a warning: a day off)
    sunday = this_monday + timedelta(days=6)
    add("Dự Lễ ra quân Tháng Thanh niên", at(sunday, 7), at(sunday, 9), chair_id=deputy_sec,
        location="Quảng trường Lâm Viên", participants="Tỉnh đoàn; Văn phòng Tỉnh ủy",
        preparing_text="Tỉnh đoàn Lâm Đồng")

    # The ordinary days: receptions, field visits, meetings on working days; a leader gets at
    # most one of them per half-day and never where the fixed meetings already put him
    for week in range(6):
        monday = first_monday + timedelta(weeks=week)
        taken = {(pid, day, half) for e in cal.week(session, monday).entries for day, half in _halves(e)
                 for pid in e.leader_ids}
        pool = ([("reception", *r) for r in RECEPTIONS] + [("field_visit", *f) for f in FIELD_VISITS]
                + [("meeting", *m) for m in MEETINGS])
        rng.shuffle(pool)
        for kind, title, place in pool[:24 if monday == this_monday else 9]:
            day = monday + timedelta(days=rng.randint(0, 4))
            half = "afternoon" if rng.random() < 0.45 else "morning"
            free = [pid for pid in leaders if (pid, day, half) not in taken]
            if not workcal.is_working_day(day) or not free:
                continue
            leader = rng.choice(free)
            taken.add((leader, day, half))
            start = at(day, 14, 0) if half == "afternoon" else at(day, rng.choice([8, 9]), rng.choice([0, 30]))
            if kind == "reception":
                add(title, start, chair_id=leader, kind=kind, location=place,
                    participants="Lãnh đạo Văn phòng; Phòng Hành chính", preparing_unit_id=u["hanh_chinh"])
            elif kind == "field_visit":
                add(title, start, half_day=half, chair_id=leader, kind=kind, location=place,
                    participants="Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng",
                    preparing_unit_id=u["tong_hop"])
            else:
                add(title, start, start + timedelta(hours=2), leader_ids=[leader], kind=kind, location=place,
                    participants="Theo giấy mời", preparing_text=rng.choice(["Sở Nông nghiệp và Môi trường",
                                                                             "Ban Tổ chức Tỉnh ủy", "Sở Nội vụ",
                                                                             "Ban Nội chính Tỉnh ủy"]))

    # Publish last week and this week, then amend this week (điều chỉnh, bổ sung)
    cal.publish_week(session=session, actor=actor, monday=this_monday - timedelta(weeks=1))
    cal.publish_week(session=session, actor=actor, monday=this_monday)
    _amend(session, actor, this_monday, workcal, keep=fixed)


def _amend(session: Session, actor: Actor, monday: date, workcal: WorkCalendar, keep: set[int]) -> None:
    """Move, relocate and cancel an entry each (not the conferences, which the meetings demo prepares)."""
    entries = [e for e in cal.week(session, monday).entries
               if e.rule_day is None and not e.cancelled and e.event_id not in keep]
    singles = [e for e in entries if e.kind in ("reception", "meeting") and not e.conflicts]
    if len(singles) >= 3:
        moved, relocated, cancelled = singles[0], singles[1], singles[2]
        data = cal.event_input(session, moved.event_id)
        assert data.end is not None  # an existing entry always has its end
        shift = timedelta(days=1) if workcal.is_working_day(data.start.date() + timedelta(days=1)) else timedelta(hours=6)
        cal.update_event(session=session, actor=actor, event_id=moved.event_id,
                         data=replace(data, start=data.start + shift, end=data.end + shift))
        data = cal.event_input(session, relocated.event_id)
        cal.update_event(session=session, actor=actor, event_id=relocated.event_id,
                         data=replace(data, location="Hội trường lớn Tỉnh ủy"))
        cal.cancel_event(session=session, actor=actor, event_id=cancelled.event_id)
    friday = monday + timedelta(days=4)
    cal.create_event(session=session, actor=actor, data=EventInput(
        title="Làm việc với Sở Tài chính về dự toán ngân sách bổ sung", start=datetime.combine(friday, time(14)),
        end=datetime.combine(friday, time(16)), kind="meeting", location="Phòng họp số 1",
        participants="Lãnh đạo Văn phòng; Phòng Tổng hợp", preparing_text="Sở Tài chính"))


def _halves(entry: ScheduleEntry) -> list[tuple[date, str]]:
    """Every (day, half-day) an entry covers, for a conference lasting days as for a meeting."""
    found = []
    day = entry.start.date()
    while datetime.combine(day, time.min) < entry.end:
        for half, (first, last) in (("morning", (time.min, time(12))), ("afternoon", (time(12), time.max))):
            if entry.start < datetime.combine(day, last) and entry.end > datetime.combine(day, first):
                found.append((day, half))
        day += timedelta(days=1)
    return found
