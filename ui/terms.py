"""The fixed vocabulary that app/ hands the UI in Vietnamese, translated for display.

app/ has no Qt, so its labels (event kinds, roles, statuses, half-days, weekdays, the
names of the settings …) are plain Vietnamese strings. They are listed here, marked for
lupdate in the context "Terms", and shown through :func:`term`. Anything else passed to
:func:`term` (a name typed by the office, a holiday name) comes back unchanged, so a call
site can hand it a label that may be either. tests/ui/test_translations.py checks that
every label of the app's tables is listed here.

Service error messages are not vocabulary: they stay Vietnamese (app.errors).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.translation import QT_TRANSLATE_NOOP

WEEKDAYS = (  # app.text.WEEKDAYS_VI
    QT_TRANSLATE_NOOP("Terms", "Thứ Hai"),
    QT_TRANSLATE_NOOP("Terms", "Thứ Ba"),
    QT_TRANSLATE_NOOP("Terms", "Thứ Tư"),
    QT_TRANSLATE_NOOP("Terms", "Thứ Năm"),
    QT_TRANSLATE_NOOP("Terms", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("Terms", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("Terms", "Chủ nhật"),
)

TERMS = (
    # app.services.admin.settings.CATALOGUE — the office's time zone
    QT_TRANSLATE_NOOP("Terms", "Múi giờ của cơ quan (ngày hôm nay, giờ hiện tại)"),
    # app.services.my_work.settings — the reminders of "Việc của tôi"
    QT_TRANSLATE_NOOP("Terms", "Việc của tôi: nhắc việc chuẩn bị họp đến hạn trong số ngày làm việc tới"),
    QT_TRANSLATE_NOOP("Terms", "Việc của tôi: còn nhắc việc quá hạn trong số ngày"),
    QT_TRANSLATE_NOOP("Terms", "Việc của tôi: nhắc công bố lịch công tác tuần sau trước Thứ Hai số ngày"),
    QT_TRANSLATE_NOOP("Terms", "Việc của tôi: nhắc lập lịch trực trước kỳ nghỉ lễ, Tết số ngày"),
    QT_TRANSLATE_NOOP("Terms", "Thông báo nhắc việc: nhắc lại sau số phút (0: tắt thông báo)"),
    # app.services.admin.auth.ROLE_LABELS — account roles
    QT_TRANSLATE_NOOP("Terms", "Quản trị"),
    QT_TRANSLATE_NOOP("Terms", "Văn thư"),
    QT_TRANSLATE_NOOP("Terms", "Lãnh đạo"),
    QT_TRANSLATE_NOOP("Terms", "Cán bộ, chuyên viên"),
    QT_TRANSLATE_NOOP("Terms", "Chỉ xem"),
    # app.services.org.edit.UNIT_KIND_LABELS
    QT_TRANSLATE_NOOP("Terms", "Cơ quan"),
    QT_TRANSLATE_NOOP("Terms", "Phòng, đơn vị"),
    QT_TRANSLATE_NOOP("Terms", "Cơ quan lãnh đạo"),
    *WEEKDAYS,
    # app.services.leave.absence_calendar.WEEKDAY_SHORT — column heads of the absence calendar
    QT_TRANSLATE_NOOP("Terms", "T2"),
    QT_TRANSLATE_NOOP("Terms", "T3"),
    QT_TRANSLATE_NOOP("Terms", "T4"),
    QT_TRANSLATE_NOOP("Terms", "T5"),
    QT_TRANSLATE_NOOP("Terms", "T6"),
    QT_TRANSLATE_NOOP("Terms", "T7"),
    QT_TRANSLATE_NOOP("Terms", "CN"),
    # app.rules.schedule.HALF_DAY_LABELS and app.services.calendar.read.time_label
    QT_TRANSLATE_NOOP("Terms", "Sáng"),
    QT_TRANSLATE_NOOP("Terms", "Chiều"),
    QT_TRANSLATE_NOOP("Terms", "Cả ngày"),
    QT_TRANSLATE_NOOP("Terms", "Cả buổi"),
    # app.services.calendar.events.KIND_LABELS — kinds of schedule entries
    QT_TRANSLATE_NOOP("Terms", "Họp, hội nghị"),
    QT_TRANSLATE_NOOP("Terms", "Đi cơ sở"),
    QT_TRANSLATE_NOOP("Terms", "Tiếp khách"),
    QT_TRANSLATE_NOOP("Terms", "Công tác"),
    QT_TRANSLATE_NOOP("Terms", "Khác"),
    # app.services.calendar.events.STATUS_LABELS and app.rules.schedule.CHANGE_LABELS
    QT_TRANSLATE_NOOP("Terms", "Dự kiến"),
    QT_TRANSLATE_NOOP("Terms", "Đã công bố"),
    QT_TRANSLATE_NOOP("Terms", "Điều chỉnh"),
    QT_TRANSLATE_NOOP("Terms", "Hoãn/hủy"),
    QT_TRANSLATE_NOOP("Terms", "Bổ sung"),
    QT_TRANSLATE_NOOP("Terms", "Đổi thời gian"),
    # app.services.calendar.workdays.KIND_LABELS — the office's own day changes
    QT_TRANSLATE_NOOP("Terms", "Nghỉ bù"),
    QT_TRANSLATE_NOOP("Terms", "Làm việc bù"),
    # app.rules.meetings.KIND_LABELS — kinds of meeting
    QT_TRANSLATE_NOOP("Terms", "Hội nghị Ban Chấp hành"),
    QT_TRANSLATE_NOOP("Terms", "Hội nghị Ban Thường vụ"),
    QT_TRANSLATE_NOOP("Terms", "Họp Thường trực"),
    QT_TRANSLATE_NOOP("Terms", "Đi làm việc cơ sở"),
    QT_TRANSLATE_NOOP("Terms", "Đi thăm, tặng quà"),
    QT_TRANSLATE_NOOP("Terms", "Giao ban, sơ kết, tổng kết"),
    QT_TRANSLATE_NOOP("Terms", "Cuộc họp khác"),
    # app.rules.meetings.DEPARTMENT_LABELS — who prepares a checklist item
    QT_TRANSLATE_NOOP("Terms", "Phòng Tổng hợp"),
    QT_TRANSLATE_NOOP("Terms", "Phòng Hành chính"),
    QT_TRANSLATE_NOOP("Terms", "Phòng Tài chính – Quản trị"),
    # app.rules.meeting_templates.RULE_LABELS — how a deadline is counted
    QT_TRANSLATE_NOOP("Terms", "ngày làm việc trước"),
    QT_TRANSLATE_NOOP("Terms", "phút trước khi bắt đầu"),
    QT_TRANSLATE_NOOP("Terms", "khi bắt đầu"),
    QT_TRANSLATE_NOOP("Terms", "ngày làm việc sau khi kết thúc"),
    # app.rules.protocol.ROLE_LABELS — roles at a meeting
    QT_TRANSLATE_NOOP("Terms", "Chủ trì"),
    QT_TRANSLATE_NOOP("Terms", "Đại biểu"),
    QT_TRANSLATE_NOOP("Terms", "Khách mời"),
    QT_TRANSLATE_NOOP("Terms", "Phục vụ"),
    # app.rules.leave.ROLE_LABELS — what a position means for leave approval
    QT_TRANSLATE_NOOP("Terms", "Chánh Văn phòng"),
    QT_TRANSLATE_NOOP("Terms", "Phó Chánh Văn phòng"),
    QT_TRANSLATE_NOOP("Terms", "Trưởng phòng"),
    QT_TRANSLATE_NOOP("Terms", "Phó Trưởng phòng"),
    QT_TRANSLATE_NOOP("Terms", "Chuyên viên"),
    QT_TRANSLATE_NOOP("Terms", "Nhân viên"),
    QT_TRANSLATE_NOOP("Terms", "Bí thư"),
    QT_TRANSLATE_NOOP("Terms", "Phó Bí thư Thường trực"),
    QT_TRANSLATE_NOOP("Terms", "Phó Bí thư"),
    QT_TRANSLATE_NOOP("Terms", "Ủy viên"),
    QT_TRANSLATE_NOOP("Terms", "Thường trực"),
    # app.rules.leave.HALF_DAY_LABELS and app.services.leave.read.DECISION_LABELS
    QT_TRANSLATE_NOOP("Terms", "sáng"),
    QT_TRANSLATE_NOOP("Terms", "chiều"),
    QT_TRANSLATE_NOOP("Terms", "Chờ ý kiến"),
    QT_TRANSLATE_NOOP("Terms", "Đồng ý"),
    QT_TRANSLATE_NOOP("Terms", "Không đồng ý"),
    QT_TRANSLATE_NOOP("Terms", "Không cần"),
    # app.services.admin.settings.CATALOGUE — the labels of the settings
    QT_TRANSLATE_NOOP("Terms", "Ngôn ngữ giao diện (vi/en)"),
    QT_TRANSLATE_NOOP("Terms", "Giao diện: light (sáng), dark (tối) hoặc system (theo máy)"),
    QT_TRANSLATE_NOOP("Terms", "Số bản sao lưu tự động được giữ"),
    QT_TRANSLATE_NOOP("Terms", "Lịch: giờ chia buổi sáng/chiều (HH:MM)"),
    QT_TRANSLATE_NOOP("Terms", "Lịch: giờ làm việc buổi sáng (HH:MM-HH:MM)"),
    QT_TRANSLATE_NOOP("Terms", "Lịch: giờ làm việc buổi chiều (HH:MM-HH:MM)"),
    QT_TRANSLATE_NOOP("Terms", "Lịch tuần in ra: nơi nhận (phân cách bằng dấu ;)"),
    QT_TRANSLATE_NOOP("Terms", "Lịch tuần in ra: thẩm quyền ký (trống: T/L BAN THƯỜNG VỤ nếu là cơ quan Đảng)"),
    QT_TRANSLATE_NOOP("Terms", "Số ngày nghỉ phép năm cơ bản (điều kiện bình thường)"),
    QT_TRANSLATE_NOOP("Terms", "Số ngày phép chưa nghỉ được chuyển sang năm sau (0 = không chuyển)"),
    QT_TRANSLATE_NOOP("Terms", "Số ngày nghỉ bù cho mỗi ngày trực vào ngày nghỉ (0 = không tính nghỉ bù)"),
    QT_TRANSLATE_NOOP("Terms", "Gửi giấy mời, tài liệu hội nghị Ban Chấp hành trước (ngày làm việc)"),
    QT_TRANSLATE_NOOP("Terms", "Gửi giấy mời, tài liệu hội nghị Ban Thường vụ trước (ngày làm việc)"),
    QT_TRANSLATE_NOOP("Terms", "Gửi giấy mời, tài liệu họp Thường trực trước (ngày làm việc)"),
    QT_TRANSLATE_NOOP("Terms", "Gửi tài liệu các vấn đề quan trọng, phức tạp trước (ngày làm việc)"),
    QT_TRANSLATE_NOOP("Terms", "Hoàn thành biên bản hội nghị sau khi kết thúc (ngày làm việc)"),
    QT_TRANSLATE_NOOP("Terms", "Chuẩn bị phòng tiếp khách trước (phút)"),
    QT_TRANSLATE_NOOP("Terms", "Trình tài liệu đi làm việc cơ sở trước (ngày làm việc)"),
    QT_TRANSLATE_NOOP("Terms", "Số lần ủy viên được vắng họp tối đa mỗi năm"),
    QT_TRANSLATE_NOOP("Terms", "Giờ hết hạn của việc tính theo ngày làm việc (HH:MM)"),
    QT_TRANSLATE_NOOP("Terms", "Loại văn bản của giấy mời (ký hiệu trong sổ văn bản đi)"),
    QT_TRANSLATE_NOOP("Terms", "Loại văn bản của biên bản hội nghị"),
    QT_TRANSLATE_NOOP("Terms", "Loại văn bản của thông báo kết luận"),
    QT_TRANSLATE_NOOP("Terms", "Loại văn bản của chương trình công tác tháng"),
    QT_TRANSLATE_NOOP("Terms", "Công bố chương trình công tác tháng trước ngày 1 của tháng (ngày)"),
    # app.rules.register.AUTHORITY_LABELS — how a document is signed
    QT_TRANSLATE_NOOP("Terms", "Chánh Văn phòng ký"),
    QT_TRANSLATE_NOOP("Terms", "Thừa lệnh (TL.) cơ quan lãnh đạo"),
    QT_TRANSLATE_NOOP("Terms", "Ký thay (KT.) Chánh Văn phòng"),
    QT_TRANSLATE_NOOP("Terms", "Thay mặt (T/M) cơ quan lãnh đạo"),
    # app.services.meetings.register.STATUS_LABELS — a number of the outgoing-document register
    QT_TRANSLATE_NOOP("Terms", "Giữ số"),
    QT_TRANSLATE_NOOP("Terms", "Đã ban hành"),
    QT_TRANSLATE_NOOP("Terms", "Hủy số"),
    # app.validation: the input limits the office can change
    QT_TRANSLATE_NOOP("Terms", "Độ dài tối đa của tên, tiêu đề (ký tự)"),
    QT_TRANSLATE_NOOP("Terms", "Độ dài tối đa của nội dung, ghi chú (ký tự)"),
    QT_TRANSLATE_NOOP("Terms", "Độ dài tối đa của chuỗi tìm kiếm (ký tự)"),
    # app.services.calendar.my_week: KIND_LABELS, ROLE_LABELS, STATUS_LABELS
    QT_TRANSLATE_NOOP("Terms", "Lịch công tác"),
    QT_TRANSLATE_NOOP("Terms", "Họp"),
    QT_TRANSLATE_NOOP("Terms", "Nghỉ"),
    QT_TRANSLATE_NOOP("Terms", "Trực"),
    QT_TRANSLATE_NOOP("Terms", "Dự"),
    QT_TRANSLATE_NOOP("Terms", "dự kiến"),
    QT_TRANSLATE_NOOP("Terms", "hoãn/hủy"),
    QT_TRANSLATE_NOOP("Terms", "đã duyệt"),
    QT_TRANSLATE_NOOP("Terms", "chờ duyệt"),
    QT_TRANSLATE_NOOP("Terms", "đã báo vắng"),
)


def term(label: str) -> str:
    """*label* from app/ in the interface language (unchanged when it is not vocabulary)."""
    return QCoreApplication.translate("Terms", label) if label else label


def shown_variants(sample: str) -> list[str]:
    """The texts *sample* (Vietnamese, e.g. "Thứ Năm 30/11/2026") may stand for on screen, for
    measuring a column: a vocabulary term translated, and a weekday name in it replaced by
    each weekday's translated name (so the widest, "Wednesday", is measured in English)."""
    for weekday in WEEKDAYS:
        if weekday in sample and term(weekday) != weekday:
            return [sample.replace(weekday, term(other)) for other in WEEKDAYS]
    return [term(sample)]
