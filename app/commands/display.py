"""`vanphong display`: the weekly schedule full screen on a lobby TV or monitor."""

from __future__ import annotations

import argparse
from datetime import date

from app.commands.base import CliContext, CommandGroups, parse_week
from app.errors import InvalidInput


def register(groups: CommandGroups) -> None:
    p = groups.top.add_parser(
        "display", help="trình chiếu lịch công tác tuần toàn màn hình (màn hình sảnh, TV); Esc + mật khẩu quản trị để thoát")
    p.add_argument("--week", default="current", metavar="current|next|YYYY-Www",
                   help="tuần hiện tại (mặc định), tuần sau, hoặc một tuần cố định")
    p.add_argument("--screen", type=int, metavar="N", help="màn hình số N (0 là màn hình chính)")
    p.add_argument("--draft", action="store_true",
                   help="tuần chưa công bố: hiện bản dự thảo (ghi rõ) thay vì thông báo chưa công bố")
    p.add_argument("--page-seconds", type=float, default=20, metavar="S", help="số giây mỗi trang (mặc định 20)")
    p.add_argument("--poll-seconds", type=float, default=30, metavar="S",
                   help="số giây giữa hai lần kiểm tra bản công bố mới (mặc định 30)")
    p.add_argument("--screenshot", metavar="FILE.png", help="không mở cửa sổ: vẽ màn hình ra ảnh PNG rồi thoát")
    p.add_argument("--size", default="1920x1080", metavar="WxH", help="cỡ ảnh của --screenshot (mặc định 1920x1080)")
    p.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="thời điểm coi là \"bây giờ\" cho --screenshot")
    p.set_defaults(handler=_display)


def _display(args: argparse.Namespace, ctx: CliContext) -> int:
    week = args.week if args.week in ("current", "next") else parse_week(args.week)
    if args.page_seconds < 3 or args.poll_seconds < 2:
        raise InvalidInput("--page-seconds phải từ 3 giây, --poll-seconds từ 2 giây trở lên.")
    if args.screenshot:
        return _screenshot(args, ctx, week)
    from ui.display.run import run_display, screen_count  # composition root: ui only here

    if args.screen is not None:
        count = screen_count()
        if not 0 <= args.screen < count:
            raise InvalidInput(f"Không có màn hình số {args.screen}: máy có {count} màn hình (0–{count - 1}).")
    database = ctx.database  # opened and migrated before the window shows
    return run_display(database, week=week, screen=args.screen, show_draft=args.draft,
                       page_seconds=args.page_seconds, poll_seconds=args.poll_seconds, lang=ctx.lang)


def _screenshot(args: argparse.Namespace, ctx: CliContext, week: str | date) -> int:
    import os
    from datetime import datetime

    from app.commands.base import output_path

    target = output_path(args.screenshot, ".png")
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError as exc:
        raise InvalidInput(f"Cỡ không hợp lệ: {args.size!r} (dạng đúng: 1920x1080)") from exc
    try:
        at = datetime.fromisoformat(args.at) if args.at else None
    except ValueError as exc:
        raise InvalidInput(f"Thời điểm không hợp lệ: {args.at!r} (dạng đúng: 2026-11-25T09:00)") from exc
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    database = ctx.database
    from ui.display.run import render_display  # composition root: ui only here

    render_display(database, str(target), size=(width, height), week=week, at=at, show_draft=args.draft,
                   lang=ctx.lang)
    print(f"Đã vẽ màn hình sảnh ({width}x{height}) vào {target}")
    return 0
