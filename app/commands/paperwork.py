"""Meeting paperwork and the outgoing-document register on the command line:

    vanphong print invitation|minutes|conclusions MEETING_ID -o FILE.pdf|.docx [--number N] [--issue] [--list]
    vanphong print programme YYYY-MM -o FILE.pdf|.docx [--number N] [--issue]
    vanphong register list [--year YYYY] [--type TYPE]
    vanphong register next TYPE [--year YYYY]
    vanphong register reserve TYPE [--count N] [--title TEXT]
    vanphong register void ENTRY_ID --reason TEXT
    vanphong register export -o FILE.xlsx [--year YYYY] [--type TYPE]
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, overload

from app.commands.base import CliContext, CommandGroups, output_path
from app.commands.meetings import meeting_id_arg
from app.errors import InvalidInput

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.reports.leave_doc import Printout
    from app.services.meetings.register import RegisterEntry

PAPERS = {
    "invitation": "giấy mời dự họp (.pdf hoặc .docx; --issue: lấy số và ghi đã gửi)",
    "minutes": "biên bản hội nghị (bản thảo .docx để ghi diễn biến, hoặc .pdf)",
    "conclusions": "thông báo kết luận sau cuộc họp (.docx hoặc .pdf)",
}


def register(groups: CommandGroups) -> None:
    for name, help_text in PAPERS.items():
        p = groups.print_.add_parser(name, help=help_text)
        p.add_argument("meeting_id", metavar="MEETING_ID")
        p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|.docx")
        p.add_argument("--number", metavar="N", help="số văn bản (mặc định: số kế tiếp trong sổ khi --issue)")
        p.add_argument("--issue", action="store_true", help="lấy số từ sổ văn bản đi và ghi nhận đã phát hành")
        if name == "invitation":
            p.add_argument("--list", action="store_true",
                           help="một giấy mời kèm danh sách (mặc định: mỗi người một giấy)")
        p.set_defaults(handler=_print_paper, paper=name)
    p = groups.print_.add_parser("programme", help="chương trình công tác tháng của Ban Thường vụ (.pdf hoặc .docx)")
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|.docx")
    p.add_argument("--number", metavar="N")
    p.add_argument("--issue", action="store_true", help="lấy số từ sổ văn bản đi")
    p.set_defaults(handler=_print_programme)
    top = groups.top.add_parser("register", help="sổ đăng ký văn bản đi")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=groups.top._parser_class)
    p = sub.add_parser("list", help="các số đã lấy, giữ, hủy (tab-separated)")
    _filters(p)
    p.set_defaults(handler=_list)
    p = sub.add_parser("next", help="số kế tiếp của một loại văn bản (không lấy số)")
    p.add_argument("type_code", metavar="TYPE")
    p.add_argument("--year", metavar="YYYY")
    p.set_defaults(handler=_next)
    p = sub.add_parser("reserve", help="giữ số")
    p.add_argument("type_code", metavar="TYPE")
    p.add_argument("--count", default="1", metavar="N")
    p.add_argument("--title", default="")
    p.add_argument("--year", metavar="YYYY")
    p.set_defaults(handler=_reserve)
    p = sub.add_parser("void", help="hủy một số (ghi lý do)")
    p.add_argument("entry_id", metavar="ENTRY_ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=_void)
    p = sub.add_parser("export", help="xuất sổ ra .xlsx")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    _filters(p)
    p.set_defaults(handler=_export)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", metavar="YYYY")
    parser.add_argument("--type", dest="type_code", metavar="TYPE")


@overload
def positive(text: str, what: str) -> int: ...
@overload
def positive(text: str | None, what: str) -> int | None: ...
def positive(text: str | None, what: str) -> int | None:
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise InvalidInput(f"{what} phải là số nguyên dương: {text!r}") from None
    if value < 1:
        raise InvalidInput(f"{what} phải là số nguyên dương: {text!r}")
    return value


def _year(text: str | None) -> int | None:
    year = positive(text, "Năm")
    if year is not None and not 1900 <= year <= 2999:
        raise InvalidInput(f"Năm không hợp lệ: {text!r}")
    return year


def _print_paper(args: argparse.Namespace, ctx: CliContext) -> int:
    meeting_id = meeting_id_arg(args.meeting_id)
    target = output_path(args.output, ".pdf", ".docx")
    number = positive(args.number, "Số văn bản")
    from app.reports.meeting_papers import write_paper

    with ctx.session() as session:
        if args.paper == "invitation":
            printout, note = _invitation(session, ctx, args, meeting_id, number)
        else:
            printout, note = _after_meeting(session, ctx, args, meeting_id, number)
    path = write_paper(printout, target)
    print(f"Đã lưu {path}{note}")
    return 0


def _invitation(session: Session, ctx: CliContext, args: argparse.Namespace, meeting_id: int,
                number: int | None) -> tuple[Printout, str]:
    from app.reports.meeting_papers import invitation_printout
    from app.services.meetings import invitations

    options = invitations.InvitationOptions(number=number, per_invitee=not args.list)
    if args.issue:
        issued = invitations.issue_invitations(session=session, actor=ctx.actor, meeting_id=meeting_id,
                                               options=options)
        return invitation_printout(issued.paper), f" ({issued.entry.label}, {issued.marked} đại biểu)"
    paper = invitations.invitation_paper(session=session, meeting_id=meeting_id, options=options)
    return invitation_printout(paper), ""


def _after_meeting(session: Session, ctx: CliContext, args: argparse.Namespace, meeting_id: int,
                   number: int | None) -> tuple[Printout, str]:
    from app.reports.meeting_minutes import conclusions_printout, minutes_printout
    from app.services.meetings import minutes
    from app.services.meetings.preparation import get_meeting

    note = ""
    if args.issue:
        title = ("Biên bản " if args.paper == "minutes" else "Thông báo kết luận ") + get_meeting(
            session=session, meeting_id=meeting_id).title
        entry = minutes.issue_paper(session=session, actor=ctx.actor, purpose=args.paper, meeting_id=meeting_id,
                                    title=title, number=number)
        number, note = entry.number, f" ({entry.label})"
    options = minutes.PaperOptions(number=number)
    if args.paper == "minutes":
        return minutes_printout(minutes.minutes_paper(session=session, meeting_id=meeting_id, options=options)), note
    return conclusions_printout(minutes.conclusions_paper(session=session, meeting_id=meeting_id,
                                                          options=options)), note


def _print_programme(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.meeting_papers import write_paper
    from app.reports.programme_doc import programme_printout
    from app.rules.programme import parse_month
    from app.services.meetings import minutes, programme

    try:
        first = parse_month(args.month)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    target = output_path(args.output, ".pdf", ".docx")
    number = positive(args.number, "Số văn bản")
    note = ""
    with ctx.session() as session:
        if args.issue:
            entry = minutes.issue_paper(session=session, actor=ctx.actor, purpose="programme",
                                        period=programme.period_of(first), number=number,
                                        title=f"Chương trình công tác tháng {first.month}/{first.year}")
            number, note = entry.number, f" ({entry.label})"
        paper = programme.programme_paper(session=session, first=first,
                                          options=programme.ProgrammeOptions(number=number))
    path = write_paper(programme_printout(paper), target)
    print(f"Đã lưu {path} ({len(paper.rows)} hoạt động, công bố ngày {paper.due:%d/%m/%Y}){note}")
    return 0


def _rows(ctx: CliContext, args: argparse.Namespace) -> list[RegisterEntry]:
    from app.services.meetings import register as register_service

    with ctx.session() as session:
        return register_service.list_entries(session=session, year=_year(args.year), type_code=args.type_code)


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    for e in _rows(ctx, args):
        print("\t".join(str(v) for v in (e.id, e.year, e.type_code, e.number, e.symbol, e.status,
                                          e.issued_on.isoformat() if e.issued_on else "", e.title,
                                          e.meeting_id or "", e.void_reason)))
    return 0


def _next(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.meetings import register as register_service

    year = _year(args.year)
    with ctx.session() as session:
        print(register_service.peek_symbol(session=session, type_code=args.type_code, year=year))
    return 0


def _reserve(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.meetings import register as register_service

    count = positive(args.count, "Số lượng")
    with ctx.session() as session:
        held = register_service.reserve(session=session, actor=ctx.actor, type_code=args.type_code,
                                        year=_year(args.year), title=args.title, count=count)
    for entry in held:
        print(f"{entry.id}\t{entry.symbol}")
    return 0


def _void(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.meetings import register as register_service

    entry_id = positive(args.entry_id, "Mã số văn bản")
    with ctx.session() as session:
        entry = register_service.void(session=session, actor=ctx.actor, entry_id=entry_id, reason=args.reason)
    print(f"Đã hủy {entry.label}")
    return 0


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.register_xlsx import export_register
    from app.services.org.read import get_office

    target = output_path(args.output, ".xlsx")
    rows = _rows(ctx, args)
    with ctx.session() as session:
        office = get_office(session)
    path = export_register(rows, target, office_name=office.name if office else "")
    print(f"Đã lưu {path} ({len(rows)} dòng)")
    return 0
