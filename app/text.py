"""Vietnamese text helpers: NFC storage and diacritics-insensitive matching."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str | None) -> str:
    """Return *text* stripped and NFC-normalised ("" for None)."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", text).strip()


def fold(text: str | None) -> str:
    """Fold *text* for searching: no diacritics, "đ" as "d", case-folded.

    >>> fold("Nguyễn Văn Đức")
    'nguyen van duc'
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.casefold().split())


def matches(query: str, *haystacks: str | None) -> bool:
    """True if every word of *query* occurs (folded) in one of *haystacks*."""
    words = fold(query).split()
    if not words:
        return True
    text = " ".join(fold(h) for h in haystacks if h)
    return all(w in text for w in words)


WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def weekday_vi(day: date) -> str:
    """Vietnamese weekday name: "Thứ Hai" … "Chủ nhật"."""
    return WEEKDAYS_VI[day.weekday()]


def format_date(day: date) -> str:
    """dd/mm/yyyy, the way Vietnamese documents write dates."""
    return day.strftime("%d/%m/%Y")


def format_datetime(moment: datetime) -> str:
    """HH:MM dd/mm/yyyy."""
    return moment.strftime("%H:%M %d/%m/%Y")


def spreadsheet_safe(value: Any) -> Any:
    """A cell value that no spreadsheet runs as a formula: text starting with = + - @ (or a tab,
    a carriage return) gets a leading apostrophe-like quote (OWASP CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
