"""Calendar subcommands: `print week`, `export week`, `list events`, `import ics`, `publish week`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sqlmodel import Session

from app.commands.base import CliContext, CommandGroups, output_path, parse_date, parse_week, shown
from app.errors import InvalidInput
from app.rules.schedule import iso_week
from app.services.calendar import events as cal
from app.services.calendar import read as cal_read

HALVES = {"morning": "sáng", "afternoon": "chiều"}

GROUPS = {"thuong-truc": "standing", "lanh-dao-vp": "office"}


def register(groups: CommandGroups) -> None:
    p = groups.print_.add_parser("week", help="lịch công tác tuần ra PDF (A4 ngang)")
    _week_arguments(p, ".pdf")
    p.set_defaults(handler=_print_week)

    p = groups.export.add_parser("week", help="lịch công tác tuần ra .docx, .xlsx, .ics hoặc trang web .html")
    _week_arguments(p, ".docx|.xlsx|.ics|.html")
    p.add_argument("--per-leader", action="store_true",
                   help="mỗi lãnh đạo một tệp .ics trong thư mục -o DIR (đặt tên theo tên lãnh đạo)")
    p.set_defaults(handler=_export_week)

    p = groups.top.add_parser("publish", help="công bố lịch công tác tuần (lưu bản số N)")
    sub = p.add_subparsers(dest="what", metavar="WHAT", required=True, parser_class=groups.top._parser_class)
    week = sub.add_parser("week", help="công bố một tuần")
    week.add_argument("week", metavar="YYYY-Www")
    week.add_argument("--note", default="", help="ghi chú của bản công bố")
    week.set_defaults(handler=_publish_week)

    sub = groups.shared("import", help="nhập dữ liệu từ tệp")
    ics = sub.add_parser("ics", help="nhập lịch từ tệp iCalendar (.ics)")
    ics.add_argument("file", metavar="FILE")
    ics.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    ics.set_defaults(handler=_import_ics)

    groups.listers["events"] = _list_events


def _week_arguments(parser: argparse.ArgumentParser, suffixes: str) -> None:
    parser.add_argument("week", metavar="YYYY-Www", help="tuần ISO, ví dụ 2026-W10")
    parser.add_argument("-o", "--output", required=True, metavar=f"FILE{suffixes}")
    parser.add_argument("--leader", metavar="ID|TÊN", help="chỉ lịch của một lãnh đạo")
    parser.add_argument("--only", choices=sorted(GROUPS), help="chỉ lịch của Thường trực / Lãnh đạo Văn phòng")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="ngày ghi trên văn bản (mặc định: hôm nay)")


def _filter(args: argparse.Namespace, session: Session) -> cal.ScheduleFilter:
    leader = cal.resolve_leader(session, args.leader) if args.leader else None
    return cal.ScheduleFilter(leader_id=leader, group=GROUPS.get(args.only or "", ""))


def _print_week(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.week_pdf import write_week_pdf
    from app.services.calendar.printouts import week_printout

    monday = parse_week(args.week)
    target = output_path(args.output, ".pdf")
    day = parse_date(args.date) if args.date else None
    with ctx.session() as session:
        printout = week_printout(session, monday, _filter(args, session), day=day)
    write_week_pdf(printout, target)
    if printout.is_empty:
        print(f"Tuần {iso_week(monday)} chưa có lịch công tác: đã in lưới trống vào {target}")
    else:
        print(f"Đã in lịch tuần {iso_week(monday)} ({printout.entry_count} mục) vào {target}")
    return 0


def _export_week(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.week_export import FORMATS
    from app.services.calendar.printouts import export_week

    monday = parse_week(args.week)
    if args.per_leader:
        return _export_per_leader(args, ctx, monday)
    target = output_path(args.output, *FORMATS)
    day = parse_date(args.date) if args.date else None
    with ctx.session() as session:
        export_week(session, monday, target, _filter(args, session), day=day)
    print(f"Đã xuất lịch tuần {iso_week(monday)} vào {target}")
    return 0


def _export_per_leader(args: argparse.Namespace, ctx: CliContext, monday: date) -> int:
    from app.services.calendar.printouts import export_leader_calendars

    if args.leader or args.only:
        raise InvalidInput("--per-leader đã tách theo từng lãnh đạo: không dùng cùng --leader hay --only.")
    folder = Path(args.output).expanduser()
    if not folder.is_dir():
        raise InvalidInput(f"--per-leader cần -o là một thư mục có sẵn: {folder}")
    with ctx.session() as session:
        written = export_leader_calendars(session, monday, folder)
    for path in written:
        print(path)
    print(f"Đã xuất lịch tuần {iso_week(monday)} của {len(written)} lãnh đạo vào {folder}")
    return 0


def _publish_week(args: argparse.Namespace, ctx: CliContext) -> int:
    monday = parse_week(args.week)
    with ctx.session() as session:
        published = cal.publish_week(session=session, actor=ctx.actor, monday=monday, note=args.note)
    print(f"Đã công bố lịch tuần {iso_week(monday)}, bản số {published.version} ({published.entry_count} mục)")
    return 0


def _import_ics(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.calendar.ics_import import import_ics, preview_ics

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise InvalidInput(f"Không tìm thấy tệp: {source}")
    content = source.read_bytes()
    with ctx.session() as session:
        candidates = preview_ics(session, content)
        for c in candidates:
            when = c.start.strftime("%d/%m/%Y %H:%M") if c.start else "?"
            print("\t".join([when, c.title, c.location, c.note]))
        if args.dry_run:
            print(f"Xem trước: {sum(c.importable for c in candidates)}/{len(candidates)} mục sẽ được nhập hoặc cập nhật.")
            return 0
        result = import_ics(session=session, actor=ctx.actor, content=content)
    print(f"Đã nhập {len(result.created)} mục, cập nhật {len(result.updated)} mục, "
          f"{len(result.unchanged)} mục không đổi, bỏ qua {len(result.skipped)} mục.")
    return 0


def _list_events(ctx: CliContext, args: argparse.Namespace) -> list[tuple[object, ...]]:
    with ctx.session() as session:
        if args.week:
            schedule = cal.week(session, parse_week(args.week))
            return [(e.event_id, e.day.isoformat(), shown(args, e.half, HALVES), e.time_label,
                     e.title, "; ".join(x for x in (e.chair, e.leaders) if x), e.location,
                     shown(args, e.status, cal_read.STATUS_LABELS), e.amendment)
                    for e in schedule.entries]
        return [(e.id, e.start.isoformat(sep=" "), e.end.isoformat(sep=" "), e.title,
                 shown(args, e.kind, cal_read.KIND_LABELS), shown(args, e.status, cal_read.STATUS_LABELS), e.rrule)
                for e in cal.all_events(session)]
