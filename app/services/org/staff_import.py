"""Importing staff from an .xlsx sheet: read and check every row, show a preview with a
per-row error report, then write all valid rows in one transaction with one audit row.

Columns (headers matched ignoring diacritics, case and punctuation; order free; a title
row above the headers is fine): họ và tên, chức vụ, đơn vị, điện thoại, email,
ngày vào cơ quan. Units and positions must already exist; they are matched by name
(units also by short name) on a folded key: dashes (- – —), case and spacing do not matter,
accents do when they tell two names apart (the accent-free form is used only when it is
unique). The start dates are read as one column (:mod:`app.services.org.staff_dates`):
a column mixing real dates and text, or text dates that read both ways, gives warnings the
user confirms before anything is written. Names typed in capitals are offered in title case,
e-mails are lower-cased.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, select

from app.errors import InvalidInput, NotFound
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.lookup import get_or_raise
from app.services.org.edit import PersonInput
from app.services.org.staff_dates import read_date_column
from app.text import fold, nfc
from db.models import Person, Position, Unit
from db.models.base import id_of, today_local

HEADERS: dict[str, tuple[str, ...]] = {  # field -> accepted headers, folded
    "full_name": ("ho va ten", "ho ten", "ho va ten can bo", "ten can bo"),
    "position": ("chuc vu", "chuc danh"),
    "unit": ("don vi", "phong", "phong ban", "don vi cong tac"),
    "phone": ("dien thoai", "so dien thoai", "sdt", "dtdd"),
    "email": ("email", "e mail", "thu dien tu", "dia chi email"),
    "service_start": ("ngay vao co quan", "ngay vao", "ngay vao lam viec"),
}
REQUIRED = ("full_name", "position", "unit")
COLUMN_LABELS = {"full_name": "họ và tên", "position": "chức vụ", "unit": "đơn vị", "phone": "điện thoại",
                 "email": "email", "service_start": "ngày vào cơ quan"}
HEADER_SEARCH_ROWS = 10
_DASHES = re.compile(r"\s*[-‐‑‒–—―−]\s*")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


@dataclass
class ImportRow:
    """One data row of the sheet, what it resolved to, and what is wrong with it."""

    row: int  # the spreadsheet's row number
    full_name: str = ""
    position_title: str = ""
    unit_name: str = ""
    phone: str = ""
    email: str = ""
    service_start: date | None = None
    unit_id: int | None = None
    position_id: int | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # changes made to what was typed (not errors)

    @property
    def ok(self) -> bool:
        return not self.errors

    def person_input(self) -> PersonInput:
        return PersonInput(full_name=self.full_name, phone=self.phone, email=self.email, unit_id=self.unit_id,
                           position_id=self.position_id, service_start=self.service_start)


@dataclass
class StaffImportPreview:
    source: str  # the file's name, for messages and the audit log
    rows: list[ImportRow]
    warnings: list[str] = field(default_factory=list)  # to confirm before importing
    real_dates_swapped: bool = False  # the user chose to read the real dates day/month back
    mixed_dates: bool = False  # the date column mixes real dates and text

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def error_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.error_rows

    def report(self) -> list[str]:
        """One line per row with errors: "Dòng 5: …; …"."""
        return [f"Dòng {r.row}: {'; '.join(r.errors)}" for r in self.error_rows]

    def notes(self) -> list[str]:
        """One line per valid row something was changed in: "Dòng 5: …"."""
        return [f"Dòng {r.row}: {'; '.join(r.notes)}" for r in self.valid_rows if r.notes]


# -- reading ----------------------------------------------------------------------

def _header_key(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    folded = " ".join(_NOT_WORD.sub(" ", fold(value)).split())
    return next((key for key, names in HEADERS.items() if folded in names), None)


def _read_rows(path: Path) -> list[tuple[int, tuple[object, ...]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.is_file():
        raise InvalidInput(f"Không tìm thấy tệp: {path}")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InvalidInput(f"{path.name} không phải là tệp Excel .xlsx đọc được ({exc}).") from exc
    try:
        sheet = workbook.worksheets[0]
        return [(number, row) for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()


def _find_header(rows: list[tuple[int, tuple[object, ...]]]) -> tuple[int, dict[str, int]]:
    for index, (_number, row) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for col, value in enumerate(row):
            key = _header_key(value)
            if key is not None and key not in columns:
                columns[key] = col
        if "full_name" in columns and len(columns) >= 2:
            missing = [COLUMN_LABELS[k] for k in REQUIRED if k not in columns]
            if missing:
                raise InvalidInput(f"Thiếu cột: {', '.join(missing)}.")
            return index, columns
    raise InvalidInput("Không tìm thấy dòng tiêu đề (cần các cột: "
                       + ", ".join(COLUMN_LABELS.values()) + ").")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return nfc(str(value))


def _phone(value: object) -> str:
    text = _text(value)
    if isinstance(value, int | float) and len(text) == 9 and not text.startswith("0"):
        text = "0" + text  # Excel dropped the leading zero of a 10-digit number
    return text


def name_key(text: str) -> str:
    """The key unit and position names are matched on: NFC, case-folded, one kind of dash,
    single spaces ("Phòng Tài chính-Quản trị" = "phòng tài chính – quản trị")."""
    return " ".join(_DASHES.sub(" – ", nfc(text)).casefold().split())


def _title_case(name: str) -> str:
    """"NGUYỄN VĂN AN" -> "Nguyễn Văn An" (a name typed all in capitals)."""
    return " ".join(word[:1].upper() + word[1:].lower() for word in name.split())


# -- checking ---------------------------------------------------------------------

class _Names:
    """Names matched on :func:`name_key`, then — only if that finds nothing — without accents."""

    def __init__(self) -> None:
        self.exact: dict[str, set[int]] = {}
        self.loose: dict[str, set[int]] = {}

    def add(self, name: str, item_id: int) -> None:
        if name.strip():
            self.exact.setdefault(name_key(name), set()).add(item_id)
            self.loose.setdefault(fold(name_key(name)), set()).add(item_id)

    def find(self, name: str) -> list[int]:
        """The ids of the items called *name*."""
        found = self.exact.get(name_key(name)) or self.loose.get(fold(name_key(name))) or set()
        return sorted(found)


class _Catalogue:
    """Units, positions and existing staff, keyed for matching."""

    def __init__(self, session: Session) -> None:
        self.units = _Names()
        for unit in session.exec(select(Unit).where(Unit.active)).all():
            self.units.add(unit.name, id_of(unit))
            self.units.add(unit.short_name, id_of(unit))
        self.positions = _Names()
        for position in session.exec(select(Position)).all():
            self.positions.add(position.title, id_of(position))
        self.existing = {(p.search_key, p.unit_id) for p in session.exec(select(Person).where(Person.active)).all()}

    def unit(self, name: str) -> tuple[int | None, str]:
        found = self.units.find(name)
        if not found:
            return None, f"Không có đơn vị “{name}”"
        if len(found) > 1:
            return None, f"Có nhiều đơn vị tên “{name}”"
        return found[0], ""


def _check_row(row: ImportRow, cells: dict[str, object], cat: _Catalogue, today: date,
               seen: dict[tuple[str, int | None], int]) -> None:
    if not row.full_name:
        row.errors.append("Thiếu họ và tên")
    elif row.full_name == row.full_name.upper() and row.full_name != row.full_name.lower():
        titled = _title_case(row.full_name)
        row.notes.append(f"tên viết hoa “{row.full_name}” đổi thành “{titled}”")
        row.full_name = titled
    if not row.position_title:
        row.errors.append("Thiếu chức vụ")
    else:
        positions = cat.positions.find(row.position_title)
        if not positions:
            row.errors.append(f"Không có chức vụ “{row.position_title}” trong danh mục")
        elif len(positions) > 1:
            row.errors.append(f"Có nhiều chức vụ tên “{row.position_title}”")
        else:
            row.position_id = positions[0]
    if not row.unit_name:
        row.errors.append("Thiếu đơn vị")
    else:
        row.unit_id, problem = cat.unit(row.unit_name)
        if problem:
            row.errors.append(problem)
    if row.email and row.email != row.email.lower():
        row.email = row.email.lower()
    if row.service_start is not None and row.service_start > today:
        row.errors.append("Ngày vào cơ quan ở tương lai")
    if row.full_name:
        try:
            cleaned = row.person_input().clean(today)
        except InvalidInput as exc:
            row.errors.append(str(exc).rstrip("."))
        else:
            row.full_name, row.phone, row.email = cleaned.full_name, cleaned.phone, cleaned.email
        key = (fold(row.full_name), row.unit_id)
        if row.unit_id is not None and key in cat.existing:
            row.errors.append(f"{row.full_name} đã có trong {row.unit_name}")
        elif key in seen:
            row.errors.append(f"Trùng với dòng {seen[key]}")
        else:
            seen[key] = row.row


def preview_staff_import(*, session: Session, path: str | Path, today: date | None = None,
                         real_dates_swapped: bool = False) -> StaffImportPreview:
    """Read and check the sheet; write nothing. A file that cannot be read raises InvalidInput.

    *real_dates_swapped*: the user says the cells stored as real dates were typed day first
    and read month first by the spreadsheet; their day and month are exchanged back.
    """
    path = Path(path)
    today = today or today_local()
    rows = _read_rows(path)
    header, columns = _find_header(rows)
    cat = _Catalogue(session)
    data: list[tuple[int, dict[str, object]]] = []
    for number, values in rows[header + 1:]:
        cells = {key: values[col] if col < len(values) else None for key, col in columns.items()}
        if not all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
            data.append((number, cells))
    dates = read_date_column(COLUMN_LABELS["service_start"].capitalize(),
                             [(n, c["service_start"]) for n, c in data
                              if c.get("service_start") not in (None, "")
                              and not (isinstance(c["service_start"], str) and not c["service_start"].strip())],
                             real_dates_swapped=real_dates_swapped)
    result: list[ImportRow] = []
    seen: dict[tuple[str, int | None], int] = {}
    for number, cells in data:
        row = ImportRow(number, full_name=_text(cells.get("full_name")), position_title=_text(cells.get("position")),
                        unit_name=_text(cells.get("unit")), phone=_phone(cells.get("phone")),
                        email=_text(cells.get("email")), service_start=dates.dates.get(number))
        if number in dates.errors:
            row.errors.append(dates.errors[number])
        _check_row(row, cells, cat, today, seen)
        result.append(row)
    return StaffImportPreview(path.name, result, dates.warnings, real_dates_swapped, dates.mixed)


# -- writing ----------------------------------------------------------------------

def commit_staff_import(*, session: Session, actor: Actor, preview: StaffImportPreview,
                        all_or_nothing: bool = False, warnings_confirmed: bool = False) -> list[int]:
    """Write every valid row in one transaction with one audit row; returns the new ids.

    With *all_or_nothing*, any row with an error means nothing is written. A preview with
    warnings (dates that may be read wrongly) is written only once *warnings_confirmed*.
    """
    require(actor, Permission.ORG_WRITE)
    if preview.warnings and not warnings_confirmed:
        raise InvalidInput("Bảng có ngày tháng cần xác nhận trước khi nhập: " + " ".join(preview.warnings))
    if all_or_nothing and preview.error_rows:
        raise InvalidInput(f"Có {len(preview.error_rows)} dòng lỗi; không nhập dòng nào.")
    valid = preview.valid_rows
    if not valid:
        raise InvalidInput("Không có dòng hợp lệ nào để nhập.")
    people: list[Person] = []
    with write(session, actor, "person.import", "person", f"{len(valid)} người từ {preview.source}"):
        for row in valid:
            data = row.person_input().clean()
            if session.get(Unit, data.unit_id) is None or session.get(Position, data.position_id) is None:
                raise NotFound(f"Dòng {row.row}: đơn vị hoặc chức vụ không còn nữa; hãy xem lại bản xem trước.")
            person = Person(**vars(data), search_key=fold(data.full_name))
            session.add(person)
            people.append(person)
    return [id_of(p) for p in people]


def remove_imported_staff(*, session: Session, actor: Actor, person_ids: list[int]) -> None:
    """Undo an import: delete those people in one transaction with one audit row."""
    require(actor, Permission.ORG_WRITE)
    with write(session, actor, "person.import.undo", "person", f"{len(person_ids)} người"):
        for person_id in person_ids:
            session.delete(get_or_raise(session, Person, person_id, f"Không tìm thấy cán bộ có mã {person_id}."))
