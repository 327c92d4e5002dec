"""A recurrence rule in words, in the interface language.

app.rules.recurrence.describe() writes the Vietnamese sentence ("Hằng tháng vào ngày 25; gặp
ngày nghỉ thì chuyển sang ngày làm việc kế tiếp") for reports; this is the same sentence
built from translatable pieces, so the English window reads "Monthly on day 25; on a day
off, move to the next working day". In Vietnamese both give the same text (a test checks).
"""

from __future__ import annotations

from app.rules.recurrence import WorkdayShift, parse_rule
from ui.terms import term
from ui.translation import TranslationContext

RecurrenceText = TranslationContext("RecurrenceText")

WEEKDAYS = {"MO": "Thứ Hai", "TU": "Thứ Ba", "WE": "Thứ Tư", "TH": "Thứ Năm", "FR": "Thứ Sáu",
            "SA": "Thứ Bảy", "SU": "Chủ nhật"}  # translated through ui.terms


def _frequency(freq: str, interval: int) -> str:
    if interval == 1:
        every = {"DAILY": RecurrenceText.tr("Hằng ngày"), "WEEKLY": RecurrenceText.tr("Hằng tuần"),
                 "MONTHLY": RecurrenceText.tr("Hằng tháng"), "YEARLY": RecurrenceText.tr("Hằng năm")}
        return every.get(freq, RecurrenceText.tr("Hằng %1").replace("%1", "?"))
    every_n = {"DAILY": RecurrenceText.tr("%n ngày một lần", "", interval),
               "WEEKLY": RecurrenceText.tr("%n tuần một lần", "", interval),
               "MONTHLY": RecurrenceText.tr("%n tháng một lần", "", interval),
               "YEARLY": RecurrenceText.tr("%n năm một lần", "", interval)}
    return every_n.get(freq, f"{interval} ? " + RecurrenceText.tr("một lần"))


def _month_days(value: str) -> str:
    if value == "-1":
        return RecurrenceText.tr("vào ngày cuối tháng")
    return RecurrenceText.tr("vào ngày %1").replace("%1", value.replace("-1", RecurrenceText.tr("cuối tháng")))


def describe_rule(text: str, shift: WorkdayShift | str = WorkdayShift.KEEP) -> str:
    """The rule *text* (RFC 5545 RRULE, "" for none) and its day-off shift in words.

    Raises ValueError (Vietnamese message) for a rule that does not parse.
    """
    if not text:
        return RecurrenceText.tr("Không lặp")
    parts = parse_rule(text)
    interval = int(parts.get("INTERVAL", "1") or 1)
    words = [_frequency(parts.get("FREQ", ""), interval)]
    if "BYDAY" in parts:
        days = [term(WEEKDAYS.get(d[-2:], d))
                + (RecurrenceText.tr(" (thứ %1)").replace("%1", d[:-2]) if d[:-2] else "")
                for d in parts["BYDAY"].split(",")]
        words.append(RecurrenceText.tr("vào %1").replace("%1", ", ".join(days)))
    if "BYMONTHDAY" in parts:
        words.append(_month_days(parts["BYMONTHDAY"]))
    if "COUNT" in parts:
        count = parts["COUNT"]
        words.append(RecurrenceText.tr("%n lần", "", int(count)) if count.isdigit()
                     else count + " " + RecurrenceText.tr("lần"))
    if "UNTIL" in parts:
        until = parts["UNTIL"][:8]
        words.append(RecurrenceText.tr("đến ngày %1").replace("%1", f"{until[6:8]}/{until[4:6]}/{until[:4]}"))
    sentence = words[0] + (" " + ", ".join(words[1:]) if len(words) > 1 else "")
    shift = WorkdayShift(shift)
    if shift is WorkdayShift.NEXT:
        sentence += RecurrenceText.tr("; gặp ngày nghỉ thì chuyển sang ngày làm việc kế tiếp")
    elif shift is WorkdayShift.PREVIOUS:
        sentence += RecurrenceText.tr("; gặp ngày nghỉ thì chuyển về ngày làm việc liền trước")
    return sentence
