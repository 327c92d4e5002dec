"""What may be stored: one place that checks every text, date and number before it reaches the
database, whatever service, import or command it comes through.

- Text (every string column of every table but the audit log and the settings' JSON): NFC;
  no control characters (names: not even a line break or a tab) nor the bidirectional
  override and isolate characters that make a name display as something else; not blank
  once the invisible characters (zero-width spaces, joiners, BOM, soft hyphen) are removed;
  at most ``input.max_name_length`` characters for a name or a title and
  ``input.max_text_length`` for any other text (settings the office may change).
- Dates: from 1 January 1900 to 31 December 2100 (:data:`MIN_DATE`, :data:`MAX_DATE`).
- Ids and numbers sent to the database: within SQLite's 64-bit integers.
- Search: LIKE wildcards are escaped by the callers (``contains(..., autoescape=True)``) and a
  query is cut to ``search.max_query_length`` characters.

Errors are :class:`app.errors.InvalidInput` with a Vietnamese message naming the field, raised
before anything is written (the unit of work rolls back).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.errors import InvalidInput
from app.services.admin.settings import SettingSpec, declare
from app.text import fold
from app.text import (
    spreadsheet_safe as spreadsheet_safe,  # the renderers' (pure) helper, re-exported
)

MIN_DATE, MAX_DATE = date(1900, 1, 1), date(2100, 12, 31)
MIN_INT, MAX_INT = -(2**63), 2**63 - 1  # SQLite INTEGER

NAME_LENGTH_KEY = "input.max_name_length"
TEXT_LENGTH_KEY = "input.max_text_length"
QUERY_LENGTH_KEY = "search.max_query_length"
declare(
    SettingSpec(NAME_LENGTH_KEY, "Độ dài tối đa của tên, tiêu đề (ký tự)", 300, int, minimum=20, maximum=2000),
    SettingSpec(TEXT_LENGTH_KEY, "Độ dài tối đa của nội dung, ghi chú (ký tự)", 20000, int, minimum=200,
                maximum=1_000_000),
    SettingSpec(QUERY_LENGTH_KEY, "Độ dài tối đa của chuỗi tìm kiếm (ký tự)", 200, int, minimum=10, maximum=2000),
)

# bidirectional embeddings, overrides and isolates: LRE RLE PDF LRO RLO, LRI RLI FSI PDI
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e")
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# columns that hold a name or a title: one line, the shorter limit
NAME_COLUMNS = frozenset({"full_name", "name", "short_name", "title", "username", "code", "symbol", "place",
                          "parent_body", "position_title", "organisation", "phone", "email", "location"})
LABELS = {"full_name": "Họ và tên", "name": "Tên", "short_name": "Tên viết tắt", "title": "Tiêu đề",
          "username": "Tên đăng nhập", "code": "Mã", "symbol": "Ký hiệu", "notes": "Ghi chú", "note": "Ghi chú",
          "reason": "Lý do", "comment": "Ý kiến", "content": "Nội dung", "address": "Địa chỉ", "phone": "Điện thoại",
          "email": "Thư điện tử", "location": "Địa điểm", "participants": "Thành phần", "contact": "Liên hệ",
          "place": "Địa danh", "organisation": "Cơ quan", "description": "Mô tả", "birth_date": "Ngày sinh",
          "service_start": "Ngày vào cơ quan", "start_date": "Ngày bắt đầu", "end_date": "Ngày kết thúc",
          "start_at": "Thời gian bắt đầu", "end_at": "Thời gian kết thúc", "day": "Ngày", "due": "Hạn",
          "range_end": "Ngày kết thúc lặp lại", "week_start": "Tuần"}
SKIPPED_TABLES = frozenset({"audit_log", "setting", "alembic_version"})
SKIPPED_COLUMNS = frozenset({"password_hash", "days", "pool", "snapshot", "exdates"})  # hashes, JSON


def label(column: str) -> str:
    return LABELS.get(column, "Nội dung")


def text_problem(value: str, *, one_line: bool) -> str:
    """Why *value* may not be stored ("" if it may), on character grounds only."""
    for ch in value:
        if ch in BIDI_CONTROLS:
            return f"có ký tự điều khiển hướng chữ (U+{ord(ch):04X}) làm tên hiển thị sai"
        if unicodedata.category(ch) == "Cc" and (one_line or ch not in "\n\r\t"):
            shown = {"\n": "xuống dòng", "\t": "tab"}.get(ch, f"U+{ord(ch):04X}")
            return f"có ký tự điều khiển ({shown})"
    if value.strip() and not visible(value).strip():
        return "chỉ gồm ký tự vô hình"
    return ""


def visible(value: str) -> str:
    """*value* without the invisible characters (zero-width space, joiners, BOM, soft hyphen …)."""
    return "".join(ch for ch in value if ch not in INVISIBLE and unicodedata.category(ch) != "Cf")


def clean_text(value: str | None, *, field: str = "Nội dung", one_line: bool = True, max_length: int = 300,
               required: bool = False) -> str:
    """*value* NFC-normalised and stripped, or InvalidInput naming *field*."""
    text = unicodedata.normalize("NFC", value or "").strip()
    problem = text_problem(text, one_line=one_line)
    if problem:
        raise InvalidInput(f"{field} {problem}.")
    if len(text) > max_length:
        raise InvalidInput(f"{field} dài {len(text):,} ký tự; tối đa {max_length:,}.".replace(",", "."))
    if required and not text:
        raise InvalidInput(f"{field} không được để trống.")
    return text


def ascii_digits(text: str) -> str:
    """Full-width digits (０-９) as ASCII; any other non-ASCII digit is refused by the caller's pattern."""
    return text.translate(FULL_WIDTH_DIGITS)


def check_date(value: date | datetime, field: str = "Ngày") -> None:
    day = value.date() if isinstance(value, datetime) else value
    if not MIN_DATE <= day <= MAX_DATE:
        raise InvalidInput(f"{field} {day.isoformat()} nằm ngoài khoảng cho phép "
                           f"({MIN_DATE:%d/%m/%Y}–{MAX_DATE:%d/%m/%Y}).")


def check_year(year: int, field: str = "Năm") -> int:
    if not MIN_DATE.year <= year <= MAX_DATE.year:
        raise InvalidInput(f"{field} {year} nằm ngoài khoảng {MIN_DATE.year}–{MAX_DATE.year}.")
    return year


def check_id(value: int, field: str = "Mã số") -> int:
    if not 1 <= value <= MAX_INT:
        raise InvalidInput(f"{field} {value} không hợp lệ (từ 1 đến {MAX_INT}).")
    return value


def search_query(session: Session, query: str | None) -> str:
    """A search query cut to the setting's length (the callers escape LIKE wildcards)."""
    from app.services.admin import settings

    limit = int(settings.get(session, QUERY_LENGTH_KEY))
    return (query or "")[:limit]


MAX_QUERY_WORDS = 10


def search_words(session: Session, query: str | None) -> list[str]:
    """The words a search matches, each folded (diacritics and case ignored: "nguyen" finds
    "Nguyễn"): *query* cut as :func:`search_query` cuts it, at most MAX_QUERY_WORDS words."""
    return fold(search_query(session, query)).split()[:MAX_QUERY_WORDS]


# -- the one place: every flush and every statement ------------------------------------------

def _limits(session: Session) -> tuple[int, int]:
    cached = session.info.get("input_limits")
    if cached is None:
        from app.services.admin import settings

        with session.no_autoflush:
            cached = (int(settings.get(session, NAME_LENGTH_KEY)), int(settings.get(session, TEXT_LENGTH_KEY)))
        session.info["input_limits"] = cached
    return cached


def check_row(obj: Any, name_limit: int, text_limit: int) -> None:
    """Normalise and check the text and date columns of one row about to be written."""
    mapper = inspect(obj).mapper
    if mapper.local_table.name in SKIPPED_TABLES:
        return
    for column in mapper.columns:
        key = column.key
        if key in SKIPPED_COLUMNS:
            continue
        value = getattr(obj, key, None)
        if value is None:
            continue
        if isinstance(value, str):
            one_line = key in NAME_COLUMNS
            normal = unicodedata.normalize("NFC", value)
            problem = text_problem(normal, one_line=one_line)
            if problem:
                raise InvalidInput(f"{label(key)} {problem}.")
            limit = name_limit if one_line else text_limit
            if len(normal) > limit:
                raise InvalidInput(f"{label(key)} dài {len(normal):,} ký tự; tối đa {limit:,}.".replace(",", "."))
            if normal != value:
                setattr(obj, key, normal)
        elif isinstance(value, date):
            check_date(value, label(key) if key in LABELS else "Ngày")


@event.listens_for(Session, "before_flush")
def _check_before_flush(session: Session, _context: object, _instances: object) -> None:
    if not session.new and not session.dirty:
        return
    name_limit, text_limit = _limits(session)
    for obj in (*session.new, *session.dirty):
        check_row(obj, name_limit, text_limit)


def _ints(parameters: Any) -> Iterator[int]:
    if isinstance(parameters, dict):
        yield from (v for v in parameters.values() if isinstance(v, int) and not isinstance(v, bool))
    elif isinstance(parameters, list | tuple):
        for item in parameters:
            if isinstance(item, dict | list | tuple):
                yield from _ints(item)
            elif isinstance(item, int) and not isinstance(item, bool):
                yield item


@event.listens_for(Engine, "before_cursor_execute")
def _check_integers(_conn: object, _cursor: object, statement: str, parameters: Any, _context: object,
                    _executemany: bool) -> None:
    for value in _ints(parameters):
        if not MIN_INT <= value <= MAX_INT:
            raise InvalidInput(f"Số {value} quá lớn (mã số và số lượng tối đa {MAX_INT}).")
