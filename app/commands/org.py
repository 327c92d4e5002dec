"""Org chart subcommands: `vanphong import staff FILE.xlsx [--dry-run] [--skip-invalid]`."""

from __future__ import annotations

import argparse

from app.commands.base import CliContext, CommandGroups
from app.errors import InvalidInput
from app.services.org import staff_import as org_import


def register(groups: CommandGroups) -> None:
    sub = groups.shared("import", help="nhập dữ liệu từ tệp")
    staff = sub.add_parser("staff", help="nhập danh sách cán bộ từ tệp .xlsx (họ và tên, chức vụ, đơn vị, "
                                         "điện thoại, email, ngày vào cơ quan)")
    staff.add_argument("file", metavar="FILE.xlsx")
    staff.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    staff.add_argument("--skip-invalid", action="store_true",
                       help="nhập các dòng hợp lệ, bỏ qua dòng lỗi (mặc định: có lỗi thì không nhập gì)")
    staff.add_argument("--confirm-dates", action="store_true",
                       help="xác nhận đã xem các cảnh báo về ngày tháng (cột trộn ô ngày và ô chữ, ngày hiểu "
                            "được hai cách) và nhập như bản xem trước")
    staff.add_argument("--dates-swapped", action="store_true",
                       help="các ô kiểu ngày đã bị bảng tính đọc theo tháng/ngày: đổi lại ngày và tháng")
    staff.set_defaults(handler=_import_staff)


def _import_staff(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.session() as session:
        preview = org_import.preview_staff_import(session=session, path=args.file,
                                                  real_dates_swapped=args.dates_swapped)
    for line in preview.report():
        print(line)
    for line in preview.notes():
        print(line)
    for line in preview.warnings:
        print(f"Cảnh báo: {line}")
    valid, errors = len(preview.valid_rows), len(preview.error_rows)
    if not preview.rows:
        raise InvalidInput(f"{preview.source} không có dòng dữ liệu nào.")
    if args.dry_run:
        print(f"Kiểm tra {preview.source}: {valid} dòng hợp lệ, {errors} dòng lỗi"
              + (f", {len(preview.warnings)} cảnh báo về ngày tháng cần xác nhận (--confirm-dates)"
                 if preview.warnings else "") + "; chưa ghi gì.")
        if errors:
            raise InvalidInput(f"Có {errors} dòng lỗi (xem danh sách ở trên).")
        return 0
    if errors and not args.skip_invalid:
        raise InvalidInput(f"Có {errors} dòng lỗi; không nhập dòng nào (sửa tệp, hoặc dùng --skip-invalid).")
    if preview.warnings and not args.confirm_dates:
        raise InvalidInput("Ngày tháng trong bảng cần xác nhận (xem cảnh báo ở trên); không nhập dòng nào. "
                           "Xem lại rồi chạy với --confirm-dates (thêm --dates-swapped nếu các ô kiểu ngày "
                           "bị đảo ngày và tháng).")
    with ctx.session() as session:
        ids = org_import.commit_staff_import(session=session, actor=ctx.actor, preview=preview,
                                             warnings_confirmed=args.confirm_dates)
    print(f"Đã nhập {len(ids)} cán bộ từ {preview.source}" + (f"; bỏ qua {errors} dòng lỗi." if errors else "."))
    return 0
