"""Core subcommands: demo, check, backup, restore, workdays, list, screenshot, users."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.base import CliContext, CommandGroups, output_path, parse_date, parse_int, shown
from app.demo import office as demo
from app.errors import InvalidInput
from app.services.admin import auth
from app.services.admin import database as admin
from app.services.calendar.workdays import office_calendar
from app.services.org import edit as org
from app.validation import check_date
from db.engine import Database


def register(groups: CommandGroups) -> None:
    top = groups.top
    p = top.add_parser("demo", help="nạp văn phòng mẫu vào cơ sở dữ liệu trống")
    p.add_argument("--force", action="store_true", help="xóa dữ liệu hiện có rồi nạp lại")
    p.set_defaults(handler=_demo)

    p = top.add_parser("check", help="kiểm tra toàn vẹn và phiên bản lược đồ")
    p.set_defaults(handler=_check)

    p = top.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=_backup)

    p = top.add_parser("restore", help="khôi phục từ bản sao lưu")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", metavar="FILE", nargs="?")
    which.add_argument("--latest", action="store_true", help="bản sao lưu tự động tốt gần nhất")
    p.set_defaults(handler=_restore)

    p = top.add_parser("migrate", help="nâng cấp lược đồ dữ liệu; --to REV hạ cấp về phiên bản cũ (mất dữ liệu)")
    p.add_argument("--to", metavar="REV", help="phiên bản lược đồ đích (mặc định: mới nhất)")
    p.add_argument("--yes", action="store_true", help="đồng ý hạ cấp dù dữ liệu các phiên bản sau bị xóa")
    p.set_defaults(handler=_migrate)

    p = top.add_parser("workdays", help="tính ngày làm việc")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=top._parser_class)
    add = sub.add_parser("add", help="ngày làm việc thứ N sau (N < 0: trước) một ngày")
    add.add_argument("day", metavar="YYYY-MM-DD")
    add.add_argument("n", metavar="N", type=_int_arg)
    add.set_defaults(handler=_workdays_add)

    p = top.add_parser("list", help="liệt kê dữ liệu (dòng phân cách bằng tab, mã ở đầu)")
    p.add_argument("what", metavar="people|units|events|meetings|leave")
    p.add_argument("--week", metavar="YYYY-Www")
    p.add_argument("--codes", action="store_true",
                   help="in mã (standing_committee, annual, morning…) thay cho tên tiếng Việt")
    p.set_defaults(handler=_list, listers=groups.listers)
    groups.listers["people"] = _list_people
    groups.listers["units"] = _list_units

    p = top.add_parser("user", help="tạo tài khoản")
    p.add_argument("username")
    p.add_argument("--role", default="staff", choices=[r.value for r in auth.AccountRole])
    p.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ stdin")
    p.set_defaults(handler=_user)

    p = top.add_parser("screenshot", help="chụp một màn hình (không mở cửa sổ) ra PNG")
    p.add_argument("pane", metavar="PANE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png")
    p.add_argument("--size", default="1280x800", metavar="WxH")
    p.add_argument("--tab", metavar="TAB", help="thẻ của màn hình (ví dụ orgchart: tree, chart)")
    p.set_defaults(handler=_screenshot)


MAX_WORKING_DAYS = 10_000  # about forty years either way


def _int_arg(text: str) -> int:
    try:
        return parse_int(text, -MAX_WORKING_DAYS, MAX_WORKING_DAYS, "Số ngày làm việc")
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _demo(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.session() as session:
        result = demo.load_demo(session=session, actor=ctx.actor, force=args.force)
    with ctx.session() as session:
        people = len(org.load_org(session).people)
    print(f"Đã nạp văn phòng mẫu: {people} người, {len(result.units)} đơn vị.")
    return 0


def _check(args: argparse.Namespace, ctx: CliContext) -> int:
    from db.engine import open_database

    database = open_database(ctx.location, create=False)  # read as it is: neither migrated nor repaired
    try:
        report = admin.check(database)
    finally:
        database.dispose()
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


BACKUP_SUFFIXES = (".sqlite3", ".sqlite", ".db", ".bak")


def _backup(args: argparse.Namespace, ctx: CliContext) -> int:
    target = output_path(args.output, *BACKUP_SUFFIXES)
    path = admin.backup(ctx.database, target)
    print(f"Đã sao lưu vào {path}")
    return 0


def _restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from db.backup import verify_sqlite_file
    from db.engine import open_database

    database = open_database(ctx.location)  # not migrated: the file may be too damaged to open
    try:
        if args.latest:
            source = admin.latest_good_backup(database)
        else:
            source = Path(args.file)
            if not source.is_file():
                raise InvalidInput(f"Không tìm thấy tệp sao lưu: {source}")
        verify_sqlite_file(source.resolve())  # before touching anything
        saved = admin.restore(database, source)
    finally:
        database.dispose()
    print(f"Đã khôi phục từ {source}" + (f"; dữ liệu cũ lưu tại {saved}" if saved else ""))
    return 0


def _migrate(args: argparse.Namespace, ctx: CliContext) -> int:
    from db import migrate
    from db.backup import ensure_sound
    from db.engine import open_database

    database = open_database(ctx.location, create=False)  # migrated here, not by opening
    try:
        ensure_sound(database)
        chain = migrate.revision_chain()
        current = migrate.current_revision(database)
        target = args.to.strip() if args.to else chain[-1]
        if target not in chain:
            raise InvalidInput(f"Không có phiên bản lược đồ {target[:40]!r}; các phiên bản: {', '.join(chain)}.")
        if current in chain and chain.index(target) < chain.index(current):
            return _downgrade(database, current, target, confirmed=args.yes)
        if migrate.upgrade(database, target=target):
            print(f"Đã nâng cấp lược đồ từ {current or '(trống)'} lên {target}.")
        else:
            print(f"Lược đồ đã ở phiên bản {target}.")
        return 0
    finally:
        database.dispose()


def _downgrade(database: Database, current: str, target: str, *, confirmed: bool) -> int:
    """Going down drops what later versions added: say what, and go only when confirmed."""
    from db import migrate

    losses = migrate.downgrade_losses(database, target)
    lost = "; ".join(loss.describe() for loss in losses) or "không có dòng nào trong các bảng và cột bị bỏ"
    print(f"Cảnh báo: hạ cấp lược đồ từ {current} xuống {target} xóa dữ liệu các phiên bản sau đã thêm: {lost}.",
          file=sys.stderr)
    if not confirmed:
        raise InvalidInput("Chưa hạ cấp: chạy lại với --yes để đồng ý (một bản sao lưu được tạo trước).")
    saved = migrate.downgrade(database, target)
    print(f"Đã hạ cấp lược đồ xuống {target}" + (f"; bản sao lưu: {saved}" if saved else "")
          + ". Phiên bản VanPhong này sẽ nâng cấp lại khi mở tệp.")
    return 0


def _workdays_add(args: argparse.Namespace, ctx: CliContext) -> int:
    day = parse_date(args.day)
    with ctx.session() as session:
        cal = office_calendar(session)
    try:
        result = cal.add_working_days(day, args.n)
    except (ValueError, OverflowError) as exc:
        raise InvalidInput(f"Không tính được {args.n} ngày làm việc từ {day:%d/%m/%Y}: ngoài lịch.") from exc
    check_date(result, "Kết quả")
    print(result.isoformat())
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    lister = args.listers.get(args.what)
    if lister is None:
        raise InvalidInput(f"Không liệt kê được {args.what!r}; chọn một trong: {', '.join(sorted(args.listers))}")
    for row in lister(ctx, args):
        print("\t".join("" if v is None else str(v) for v in row))
    return 0


def _list_people(ctx: CliContext, args: argparse.Namespace) -> list[tuple[object, ...]]:
    with ctx.session() as session:
        snapshot = org.load_org(session)
    people = sorted(snapshot.people.values(), key=lambda p: (p.rank, p.id))
    return [(p.id, p.full_name, p.position_title, p.unit_name, p.phone, p.email,
             "" if p.active else "nghỉ") for p in people]


def _list_units(ctx: CliContext, args: argparse.Namespace) -> list[tuple[object, ...]]:
    with ctx.session() as session:
        snapshot = org.load_org(session)
    return [(u.id, u.name, shown(args, u.kind, org.UNIT_KIND_LABELS), u.parent_id or "", u.code or "",
             "" if u.active else "ngừng")
            for u in sorted(snapshot.units.values(), key=lambda u: u.id)]


def _user(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.password_stdin:
        raise InvalidInput("Hãy đưa mật khẩu qua stdin với --password-stdin.")
    password = sys.stdin.readline().rstrip("\n")
    with ctx.session() as session:
        auth.create_user(session=session, actor=ctx.actor, username=args.username,
                         password=password, role=args.role)
    print(f"Đã tạo tài khoản {args.username}")
    return 0


def _screenshot(args: argparse.Namespace, ctx: CliContext) -> int:
    target = output_path(args.output, ".png")
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise InvalidInput(f"Kích thước không hợp lệ: {args.size!r} (dạng đúng: 1280x800)") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise InvalidInput("Kích thước phải từ 200 đến 8000 điểm ảnh mỗi chiều.")
    from ui.screenshot import render_pane  # composition root: ui only here

    render_pane(ctx.database, args.pane, target, (width, height), lang=ctx.lang, tab=args.tab)
    print(f"Đã lưu {target}")
    return 0
