"""Synthetic meeting printouts (no database) for the report tests and benchmarks."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.rules.meetings import AttendanceStatus, DueState, MeetingKind
from app.rules.protocol import ROLE_LABELS, AttendeeRole
from app.services.meetings.attendees import AttendeeInfo, QuorumStatus, Tally
from app.services.meetings.checklist import ChecklistEntry
from app.services.meetings.preparation import MeetingInfo
from app.services.meetings.printouts import MeetingPrintout
from app.services.org.read import OfficeInfo

OFFICE = OfficeInfo(1, "Văn phòng Tỉnh ủy", "Tỉnh ủy Lâm Đồng", "", "Lâm Đồng", "party", "VPTU")
NAMES = ["Nguyễn Văn Đức", "Trần Thị Ánh Tuyết", "Lê Hoàng Ưng", "Phạm Thị Ngọc Hằng", "Hồ Sỹ Quyết",
         "Đặng Thị Mỹ Duyên", "Võ Văn Thưởng", "Huỳnh Thị Ẩn", "Dương Trọng Nghĩa", "Bùi Thị Ỷ Lan"]
TITLES = ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
          "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Tỉnh ủy viên"]


def attendee(number: int, *, status: AttendanceStatus | None = None) -> AttendeeInfo:
    name = NAMES[number % len(NAMES)] + ("" if number < len(NAMES) else f" {number}")
    return AttendeeInfo(number, 1, number, name, TITLES[number % len(TITLES)], "Ban Chấp hành Đảng bộ tỉnh",
                        number, False, AttendeeRole.DELEGATE, ROLE_LABELS[AttendeeRole.DELEGATE], True, None, "",
                        None, "", False, False, status, "Đi công tác" if status is AttendanceStatus.ABSENT else "",
                        "", 3 if status is AttendanceStatus.ABSENT else 0, status is AttendanceStatus.ABSENT)


def printout(attendees: int = 12, *, kind: MeetingKind = MeetingKind.EXECUTIVE_COMMITTEE) -> MeetingPrintout:
    start = datetime(2026, 3, 12, 7, 30)
    meeting = MeetingInfo(1, kind, "Hội nghị Ban Chấp hành", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng)",
                          start, start + timedelta(hours=9), "Hội trường Tỉnh ủy", 1, NAMES[0], None, True, False,
                          "", 3, 1, 1)
    people = [attendee(i, status=AttendanceStatus.ABSENT if i == 2 else AttendanceStatus.PRESENT)
              for i in range(attendees)]
    due = datetime(2026, 3, 9, 17)
    checklist = [
        ChecklistEntry(1, 1, "tong_hop", "Phòng Tổng hợp", "Tham mưu giấy mời, chương trình, dự thảo kết luận",
                       "working_days_before", 4, due - timedelta(days=1), 5, "Huỳnh Thị Hạnh",
                       datetime(2026, 3, 6, 15), "Huỳnh Thị Hạnh", "", 1, DueState.DONE),
        ChecklistEntry(2, 1, "hanh_chinh", "Phòng Hành chính", "Gửi giấy mời, chương trình và tài liệu hội nghị",
                       "working_days_before", 3, due, 6, "Đỗ Thành Hải", None, "", "Tài liệu mật gửi bản giấy", 2,
                       DueState.OVERDUE),
        ChecklistEntry(3, 1, "tai_chinh_quan_tri", "Phòng Tài chính – Quản trị",
                       "Đối chiếu thành phần hội nghị để đặt biển tên đại biểu", "minutes_before", 60,
                       start - timedelta(hours=1), 7, "Hoàng Kim Hoa", None, "", "", 3, DueState.LATER),
    ]
    members = len(people)
    present = members - 1
    quorum = QuorumStatus(True, members, present, (2 * members + 2) // 3, present * 3 >= members * 2)
    tally = Tally(members, present, 0, 1, 0, quorum, [p for p in people if p.attendance is AttendanceStatus.ABSENT])
    return MeetingPrintout(OFFICE, meeting, people, checklist, tally, datetime(2026, 3, 10, 9, 15))
