"""The command line: `vanphong` opens the window; subcommands work without one.

Every failure a user can cause prints one line on stderr and exits with 2.
The CLI is the composition root, so it alone may import `ui` (lazily).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from app import __version__
from app.commands import MODULES
from app.errors import VanPhongError
from db.errors import DatabaseError

if TYPE_CHECKING:
    from app.commands.base import CommandGroups

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi: {message}\n")


class _SilentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def build_parser() -> tuple[argparse.ArgumentParser, CommandGroups]:
    from app.commands.base import CommandGroups

    parser = _Parser(
        prog="vanphong",
        description="VănPhòng — sơ đồ tổ chức, lịch công tác, chuẩn bị họp, nghỉ phép. "
        "Không có lệnh con: mở cửa sổ chương trình.",
    )
    parser.add_argument("--version", action="version", version=f"VanPhong {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="tệp SQLite hoặc địa chỉ SQLAlchemy (mặc định: $VANPHONG_DB hoặc thư mục dữ liệu người dùng)")
    parser.add_argument("--lang", choices=["vi", "en"], default=None, help="ngôn ngữ giao diện")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    print_parser = top.add_parser("print", help="in ra PDF")
    print_ = print_parser.add_subparsers(dest="what", metavar="WHAT", required=True, parser_class=_Parser)
    export_parser = top.add_parser("export", help="xuất ra docx, xlsx, ics")
    export = export_parser.add_subparsers(dest="what", metavar="WHAT", required=True, parser_class=_Parser)
    groups = CommandGroups(top=top, print_=print_, export=export)
    for name in MODULES:
        importlib.import_module(name).register(groups)
    return parser, groups


def _gui_only(argv: list[str]) -> argparse.Namespace | None:
    """The global options when *argv* names no subcommand (the window opens), else None.

    Answering this without building the full parser keeps the command modules (and the
    services they import) out of the window's start-up.
    """
    light = _SilentParser(add_help=False)
    light.add_argument("--db")
    light.add_argument("--lang", choices=["vi", "en"])
    try:
        known, rest = light.parse_known_args(argv)
    except ValueError:  # let the full parser explain the mistake
        return None
    return known if not rest else None


def main(argv: Sequence[str] | None = None) -> int:
    code = _run(list(sys.argv[1:] if argv is None else argv))
    if argv is None:  # the program itself, about to exit (not a caller running commands in-process)
        # Python's shutdown runs the garbage collector over every object left (SQLAlchemy's and
        # pydantic's classes, Qt's wrappers, the rows read): half a second after `vanphong demo`
        # on a 2-core machine.  Frozen, they are still freed by their reference counts at exit;
        # only those collections, useless for a process about to end, are skipped.
        gc.freeze()
    return code


def _run(argv: list[str]) -> int:
    gui = _gui_only(argv)
    if gui is not None:
        from ui.main import run_gui  # the window: the only import of ui from app

        return run_gui(db=gui.db, lang=gui.lang)
    parser, _groups = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ui.main import run_gui  # the window: the only import of ui from app

        return run_gui(db=args.db, lang=args.lang)
    from app.commands.base import CliContext

    ctx = CliContext(location=args.db, lang=args.lang or "vi")
    try:
        return int(args.handler(args, ctx) or 0)
    except (VanPhongError, DatabaseError) as exc:
        print(f"vanphong: lỗi: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `vanphong list people | head`
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(f"vanphong: lỗi: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        log = _log_crash()
        print(f"vanphong: lỗi nội bộ: {exc!r} (chi tiết: {log})", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _log_crash() -> str:
    import tempfile
    import traceback
    from pathlib import Path

    from db.engine import default_data_dir

    for folder in (default_data_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "vanphong-error.log"
            with path.open("a", encoding="utf-8") as fh:
                traceback.print_exc(file=fh)
            return str(path)
        except OSError:
            continue
    return "-"


if __name__ == "__main__":
    sys.exit(main())
