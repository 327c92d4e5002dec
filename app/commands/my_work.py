"""`vanphong my-work --user NAME`: what waits for an account (Việc của tôi), grouped."""

from __future__ import annotations

import argparse
from datetime import datetime, time

from app.commands.base import CliContext, CommandGroups, parse_date
from app.services.admin import auth
from app.services.my_work.read import KIND_LABELS, MyWork, my_work
from app.text import format_date, weekday_vi
from db.models.base import now_local


def register(groups: CommandGroups) -> None:
    p = groups.top.add_parser("my-work", help="việc của một tài khoản: việc đến hạn, đơn chờ duyệt, đơn chưa nộp…")
    p.add_argument("--user", required=True, metavar="USERNAME", help="tên đăng nhập")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="xem vào ngày này (mặc định: hôm nay)")
    p.set_defaults(handler=_my_work)


def _my_work(args: argparse.Namespace, ctx: CliContext) -> int:
    now = now_local()
    if args.date:
        now = datetime.combine(parse_date(args.date), now.time() if parse_date(args.date) == now.date() else time(8))
    with ctx.session() as session:
        actor = auth.actor_for(session=session, username=args.user)
        work = my_work(session, actor, now=now)
    print(render(work))
    return 0


def render(work: MyWork) -> str:
    """The list as the command prints it: a heading, then each group with its items."""
    who = f"{work.person_name} ({work.username})" if work.person_name else work.username
    lines = [f"Việc của tôi — {who}, {weekday_vi(work.today)} {format_date(work.today)}: "
             f"{len(work.items)} việc" + (f", {work.overdue} quá hạn" if work.overdue else "")]
    if not work.items:
        lines.append("Không có việc nào cần làm.")
    for kind, items in work.groups:
        lines.append(f"{KIND_LABELS[kind]} ({len(items)})")
        lines += [f"  {'!' if i.overdue else ' '} {format_date(i.day)}  {i.text}" for i in items]
    return "\n".join(lines)
