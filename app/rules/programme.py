"""The Ban Thường vụ's monthly work programme (chương trình công tác tháng): when it is due.

004 Điều 11.1: the month's programme is announced on the last day of the month before. The
number of days before the 1st is the office's setting (default 1: the last day of the month).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["month_of", "next_month", "parse_month", "programme_due"]


def parse_month(text: str) -> date:
    """The first day of "YYYY-MM" (ValueError with a message for a user otherwise)."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"Tháng không hợp lệ: {text!r} (dạng đúng: 2026-12)")
    return date(int(match[1]), int(match[2]), 1)


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def programme_due(first: date, days_before: int = 1) -> date:
    """The day the programme of the month starting *first* must be announced."""
    if days_before < 0:
        raise ValueError("Số ngày công bố trước phải từ 0 trở lên.")
    return first.replace(day=1) - timedelta(days=days_before)
