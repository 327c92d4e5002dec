"""What subcommand modules receive: the parser groups and the run context."""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.errors import InvalidInput
from app.services.admin.auth import SYSTEM, Actor
from app.validation import MAX_INT, ascii_digits, check_date, check_year
from db.engine import Database


@dataclass
class CommandGroups:
    """Sub-parser collections a module adds to: top level, `print`, `export`, `list`.

    Their parsers are of app.cli's own ArgumentParser subclass (hence `Any`: no import of app.cli here).
    """

    top: argparse._SubParsersAction[Any]
    print_: argparse._SubParsersAction[Any]
    export: argparse._SubParsersAction[Any]
    listers: dict[str, object] = field(default_factory=dict)  # name -> fn(ctx, args) -> rows
    _shared: dict[str, argparse._SubParsersAction[Any]] = field(default_factory=dict)

    def shared(self, name: str, help: str) -> argparse._SubParsersAction[Any]:
        """The sub-commands of a top-level command several modules add to (`vanphong import ics`,
        `vanphong import staff`): created by the first module that asks, then shared."""
        if name not in self._shared:
            parser = self.top.add_parser(name, help=help)
            self._shared[name] = parser.add_subparsers(dest="what", metavar="WHAT", required=True,
                                                       parser_class=self.top._parser_class)
        return self._shared[name]


@dataclass
class CliContext:
    """The database, opened and migrated on first use, and the acting user (the CLI is admin)."""

    location: str | None
    lang: str = "vi"
    actor: Actor = SYSTEM
    _database: Database | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            from app.services.admin.database import open_app_database

            self._database = open_app_database(self.location)
        return self._database

    def session(self) -> Session:
        return self.database.session()

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.ASCII)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$|^(\d{1,2})/(\d{1,2})/(\d{4})$", re.ASCII)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$", re.ASCII)
_INTEGER = re.compile(r"^[+-]?\d{1,20}$", re.ASCII)


def _typed(text: str) -> str:
    """What the user typed, stripped, full-width digits as ASCII (other scripts' digits are refused)."""
    return ascii_digits(text.strip())


def shown(args: object, code: object, labels: Mapping[Any, str]) -> str:
    """What `list` prints for a coded value: its Vietnamese label, or the code with --codes."""
    value = getattr(code, "value", code)
    if getattr(args, "codes", False):
        return "" if value is None else str(value)
    return str(labels.get(code, labels.get(value, value)) or "")


def parse_week(text: str) -> date:
    """The Monday of ISO week "YYYY-Www" (e.g. 2026-W10), in 1900–2100."""
    match = _WEEK.match(_typed(text))
    if not match:
        raise InvalidInput(f"Tuần không hợp lệ: {text!r} (dạng đúng: 2026-W10)")
    year, week = check_year(int(match[1])), int(match[2])
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise InvalidInput(f"Năm {year} không có tuần {week}.") from exc


def parse_date(text: str) -> date:
    """A date given as YYYY-MM-DD (or dd/mm/yyyy), in 1900–2100."""
    match = _DAY.match(_typed(text))
    try:
        if not match:
            raise ValueError(text)
        year, month, day = (int(match[1]), int(match[2]), int(match[3])) if match[1] else (
            int(match[6]), int(match[5]), int(match[4]))
        result = date(year, month, day)
    except ValueError as exc:
        raise InvalidInput(f"Ngày không hợp lệ: {text!r} (dạng đúng: 2026-03-10)") from exc
    check_date(result)
    return result


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) of "YYYY-MM", in 1900–2100."""
    match = _MONTH.match(_typed(text))
    if not match or not 1 <= int(match[2]) <= 12:
        raise InvalidInput(f"Tháng không hợp lệ: {text!r} (dạng đúng: 2026-03)")
    return check_year(int(match[1])), int(match[2])


def parse_int(text: str, low: int, high: int, what: str = "Số") -> int:
    """An integer typed on the command line, within [low, high]."""
    typed = _typed(text)
    if not _INTEGER.match(typed):
        raise InvalidInput(f"{what} không phải số nguyên: {text!r}")
    value = int(typed)
    if not low <= value <= high:
        raise InvalidInput(f"{what} phải từ {low} đến {high}: {text!r}")
    return value


def record_id(text: str, what: str = "Mã số") -> int:
    """A record id typed on the command line: 1 … 2^63−1 (SQLite's integers)."""
    return parse_int(text, 1, MAX_INT, what)


def output_path(text: str, *suffixes: str) -> Path:
    """Where to write an output file; its folder must exist and the suffix must fit."""
    path = Path(text).expanduser()
    if suffixes and path.suffix.lower() not in suffixes:
        raise InvalidInput(f"Tệp ra phải có đuôi {' hoặc '.join(suffixes)}: {text}")
    if not path.parent.resolve().is_dir():
        raise InvalidInput(f"Thư mục không tồn tại: {path.parent}")
    if path.is_dir():
        raise InvalidInput(f"{path} là một thư mục.")
    return path
