"""Leave subcommands: `list leave`, `print leave-form`, `print roster`, `print absences`,
`export balances`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.commands.base import (
    CliContext,
    CommandGroups,
    output_path,
    parse_month,
    parse_week,
    record_id,
    shown,
)
from app.errors import InvalidInput
from app.rules.leave import HALF_DAY_LABELS
from app.services.leave import read as leave_read  # noqa: F401 - registers approved leave as an absence source
from app.validation import check_year

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.reports.leave_doc import Printout


def register(groups: CommandGroups) -> None:
    p = groups.print_.add_parser("leave-form", help="đơn xin nghỉ phép của một đơn (PDF)")
    p.add_argument("request_id", metavar="REQUEST_ID", type=_positive_int)
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=_print_form)

    p = groups.print_.add_parser("roster", help="lịch trực ngày lễ, Tết (PDF)")
    p.add_argument("roster_id", metavar="ROSTER_ID", type=_positive_int)
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=_print_roster)

    p = groups.print_.add_parser("absences", help="tình hình nghỉ phép, vắng mặt trong tháng (PDF)")
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("--unit", metavar="CODE", help="mã đơn vị (mặc định: toàn Văn phòng)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=_print_absences)

    p = groups.export.add_parser("balances", help="số ngày phép năm của từng người (xlsx)")
    p.add_argument("year", metavar="YEAR", type=_positive_int)
    p.add_argument("--unit", metavar="CODE", help="mã đơn vị (mặc định: toàn Văn phòng)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=_export_balances)

    groups.listers["leave"] = _list_leave
    groups.listers["rosters"] = _list_rosters


def _positive_int(text: str) -> int:
    try:
        return record_id(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _unit_id(session: Session, code: str | None) -> int | None:
    if code is None:
        return None
    from sqlmodel import select

    from db.models import Unit

    unit: Unit | None = session.exec(select(Unit).where(Unit.code == code)).first()
    if unit is None:
        raise InvalidInput(f"Không có đơn vị mã {code!r} (xem `vanphong list units`).")
    return unit.id


def _write_printout(ctx: CliContext, output: str, build: Callable[[Session], Printout]) -> int:
    """Build a printout from the database and write it as a PDF at *output*."""
    from app.reports.leave_doc import write_pdf

    target = output_path(output, ".pdf")
    with ctx.session() as session:
        printout = build(session)
    write_pdf(printout, target)
    print(f"Đã lưu {target}")
    return 0


def _print_form(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.leave import leave_form_printout
    from app.services.leave.printouts import leave_form_data

    return _write_printout(ctx, args.output, lambda session: leave_form_printout(
        leave_form_data(session=session, request_id=args.request_id)))


def _print_roster(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.leave import roster_printout
    from app.services.leave.printouts import roster_data

    return _write_printout(ctx, args.output, lambda session: roster_printout(
        roster_data(session=session, roster_id=args.roster_id)))


def _print_absences(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.leave import absence_report_printout
    from app.services.leave.printouts import absence_report_data

    year, month = parse_month(args.month)
    return _write_printout(ctx, args.output, lambda session: absence_report_printout(absence_report_data(
        session=session, year=year, month=month, unit_id=_unit_id(session, args.unit))))


def _export_balances(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.leave_xlsx import export_balances
    from app.services.leave.balance import balances
    from app.services.org.read import get_office

    check_year(args.year)
    target = output_path(args.output, ".xlsx")
    with ctx.session() as session:
        rows = balances(session=session, year=args.year, unit_id=_unit_id(session, args.unit))
        office = get_office(session)
    export_balances(rows, args.year, target, office.name if office else "")
    print(f"Đã lưu {target} ({len(rows)} người)")
    return 0


def _list_leave(ctx: CliContext, args: argparse.Namespace) -> list[tuple[object, ...]]:
    from datetime import timedelta

    start = end = None
    if args.week:
        start = parse_week(args.week)
        end = start + timedelta(days=6)
    with ctx.session() as session:
        requests = leave_read.list_requests(session, start=start, end=end)
    rows: list[tuple[object, ...]] = []
    for r in sorted(requests, key=lambda r: r.id):
        waiting = r.current_step.approver_name if r.current_step else ""
        rows.append((r.id, r.person_name, r.leave_type_code if args.codes else r.leave_type_name, r.start.isoformat(),
                     shown(args, r.start_half, HALF_DAY_LABELS), r.end.isoformat(),
                     shown(args, r.end_half, HALF_DAY_LABELS), f"{r.days:g}",
                     shown(args, r.status, leave_read.STATUS_LABELS), waiting,
                     "chờ đơn" if r.application_due else ""))
    return rows


def _list_rosters(ctx: CliContext, args: argparse.Namespace) -> list[tuple[object, ...]]:
    from app.services.leave.roster import list_rosters

    with ctx.session() as session:
        return [(r.id, r.title, r.start.isoformat(), r.end.isoformat(), r.days, r.assigned)
                for r in list_rosters(session=session)]
