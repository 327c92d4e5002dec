"""Meeting subcommands: `vanphong print attendance|nameplates|checklist|tally MEETING_ID -o FILE.pdf`
and `vanphong list meetings [--week YYYY-Www]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from app.commands.base import CliContext, CommandGroups, output_path, parse_week, record_id, shown
from app.errors import InvalidInput

PRINTOUTS = {
    "attendance": "danh sách đại biểu (ký tên)",
    "nameplates": "biển tên đại biểu (A4 ngang, gập đôi)",
    "checklist": "bảng phân công chuẩn bị cuộc họp",
    "tally": "báo cáo tình hình đại biểu dự họp",
}


def register(groups: CommandGroups) -> None:
    for name, help_text in PRINTOUTS.items():
        p = groups.print_.add_parser(name, help=help_text)
        p.add_argument("meeting_id", metavar="MEETING_ID")
        p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
        p.set_defaults(handler=_print, printout=name)
    groups.listers["meetings"] = _list_meetings


def meeting_id_arg(text: str) -> int:
    """A meeting id typed on the command line: a positive integer (within SQLite's integers)."""
    return record_id(text, "Mã cuộc họp")


def _writer(name: str) -> Callable[..., Path]:
    if name == "attendance":
        from app.reports.attendance_pdf import write_attendance_sheet

        return write_attendance_sheet
    if name == "tally":
        from app.reports.attendance_pdf import write_tally

        return write_tally
    if name == "nameplates":
        from app.reports.nameplates_pdf import write_nameplates

        return write_nameplates
    from app.reports.checklist_pdf import write_checklist

    return write_checklist


def _print(args: argparse.Namespace, ctx: CliContext) -> int:
    meeting_id = meeting_id_arg(args.meeting_id)
    target = output_path(args.output, ".pdf")
    from app.services.meetings.printouts import meeting_printout

    with ctx.session() as session:
        printout = meeting_printout(session=session, meeting_id=meeting_id,
                                    with_checklist=args.printout == "checklist",
                                    with_tally=args.printout == "tally")
    if args.printout in ("attendance", "nameplates") and not printout.attendees:
        raise InvalidInput(f"Cuộc họp {meeting_id} chưa có đại biểu nào.")
    try:
        path = _writer(args.printout)(printout, target)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc
    print(f"Đã lưu {path}")
    return 0


def _list_meetings(ctx: CliContext, args: argparse.Namespace) -> list[tuple[object, ...]]:
    from app.services.meetings import preparation as meetings

    start = end = None
    if args.week:
        monday = parse_week(args.week)
        start = datetime.combine(monday, datetime.min.time())
        end = start + timedelta(days=7)
    with ctx.session() as session:
        rows = meetings.list_meetings(session=session, start=start, end=end)
    from app.rules.meeting_templates import KIND_LABELS

    return [(m.id, f"{m.start:%Y-%m-%d %H:%M}", f"{m.end:%Y-%m-%d %H:%M}", shown(args, m.kind, KIND_LABELS),
             m.title, m.location,
             m.chair_name, f"{m.done}/{m.total}", m.overdue) for m in rows]
