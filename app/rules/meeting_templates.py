"""Meeting kinds and the default checklist templates, transcribed from regulation 003.

Regulation 003 (Quy chế phối hợp giữa các phòng trực thuộc Văn phòng Tỉnh ủy) splits the
preparation of every meeting between three departments — Tổng hợp, Hành chính and
Tài chính – Quản trị — item by item (§II.1 for BCH / BTV / Thường trực meetings, §II.2 guest
receptions, §II.3 field visits, §II.4 visits with gifts).  The office's own briefings and
reviews follow 000 Điều 11 and 002 Điều 19, 22.

Each :class:`TemplateItem` carries a due rule.  Numbers that come from a regulation are
not constants: an item names the *setting* its number is read from (the office edits it
in the app); :data:`DEFAULT_NUMBERS` holds the defaults of DOMAIN.md.  Numbers the
regulations do not give (when to clean the room, when to pay allowances) are the office's
editable defaults, marked "office default" below.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum


class MeetingKind(StrEnum):
    """What kind of meeting or activity the office prepares."""

    EXECUTIVE_COMMITTEE = "executive_committee"  # Hội nghị Ban Chấp hành (BCH)
    STANDING_COMMITTEE = "standing_committee"  # Hội nghị Ban Thường vụ (BTV)
    STANDING_MEMBERS = "standing_members"  # Họp Thường trực
    RECEPTION = "reception"  # Tiếp khách
    FIELD_VISIT = "field_visit"  # Đi làm việc với ngành, địa phương, cơ sở
    GIFT_VISIT = "gift_visit"  # Đi thăm, tặng quà
    OFFICE_BRIEFING = "office_briefing"  # Giao ban, sơ kết, tổng kết của Văn phòng
    CUSTOM = "custom"  # Cuộc họp khác

    @classmethod
    def parse(cls, value: MeetingKind | str) -> MeetingKind:
        """The kind for *value*, or ValueError with a message for a user."""
        try:
            return cls(value)
        except ValueError:
            raise ValueError(
                f"Loại cuộc họp không hợp lệ: {value!r}; chọn một trong: {', '.join(k.value for k in cls)}."
            ) from None


KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.EXECUTIVE_COMMITTEE: "Hội nghị Ban Chấp hành",
    MeetingKind.STANDING_COMMITTEE: "Hội nghị Ban Thường vụ",
    MeetingKind.STANDING_MEMBERS: "Họp Thường trực",
    MeetingKind.RECEPTION: "Tiếp khách",
    MeetingKind.FIELD_VISIT: "Đi làm việc cơ sở",
    MeetingKind.GIFT_VISIT: "Đi thăm, tặng quà",
    MeetingKind.OFFICE_BRIEFING: "Giao ban, sơ kết, tổng kết",
    MeetingKind.CUSTOM: "Cuộc họp khác",
}

# The leadership body whose members attend (and count for the quorum), by unit code.
KIND_BODY: dict[MeetingKind, str] = {
    MeetingKind.EXECUTIVE_COMMITTEE: "bch",
    MeetingKind.STANDING_COMMITTEE: "btv",
    MeetingKind.STANDING_MEMBERS: "thuong_truc",
}

# 004 Điều 10.1 (BCH) and 11.1 (BTV): at least 2/3 of the members must attend.
QUORUM_KINDS = frozenset({MeetingKind.EXECUTIVE_COMMITTEE, MeetingKind.STANDING_COMMITTEE})


class Department(StrEnum):
    """The departments regulation 003 shares the work between (unit codes of the org chart).

    A template item may name any other unit code the office uses.
    """

    TONG_HOP = "tong_hop"
    HANH_CHINH = "hanh_chinh"
    TAI_CHINH_QUAN_TRI = "tai_chinh_quan_tri"


DEPARTMENT_LABELS: dict[str, str] = {
    Department.TONG_HOP: "Phòng Tổng hợp",
    Department.HANH_CHINH: "Phòng Hành chính",
    Department.TAI_CHINH_QUAN_TRI: "Phòng Tài chính – Quản trị",
}


def department_label(code: str) -> str:
    """The Vietnamese name of a department code (the code itself if unknown)."""
    return DEPARTMENT_LABELS.get(code, code)


class DueRule(StrEnum):
    """How an item's deadline follows from the meeting's start or end."""

    WORKING_DAYS_BEFORE = "working_days_before"  # N working days before the start day
    MINUTES_BEFORE = "minutes_before"  # N minutes before the start
    AT_START = "at_start"  # when the meeting starts (tasks during the meeting)
    WORKING_DAYS_AFTER = "working_days_after"  # N working days after the end day


RULE_LABELS: dict[DueRule, str] = {
    DueRule.WORKING_DAYS_BEFORE: "ngày làm việc trước",
    DueRule.MINUTES_BEFORE: "phút trước khi bắt đầu",
    DueRule.AT_START: "khi bắt đầu",
    DueRule.WORKING_DAYS_AFTER: "ngày làm việc sau khi kết thúc",
}

# -- the numbers (each one an office setting; see app.services.meetings.preparation) ---------------

INVITE_DAYS_BCH = "meetings.invite_days.executive_committee"
INVITE_DAYS_BTV = "meetings.invite_days.standing_committee"
INVITE_DAYS_TT = "meetings.invite_days.standing_members"
INVITE_DAYS_IMPORTANT = "meetings.invite_days.important"
MINUTES_DAYS = "meetings.minutes_days"
RECEPTION_MINUTES = "meetings.reception_ready_minutes"
FIELD_DOCS_DAYS = "meetings.field_visit_documents_days"
ABSENCE_LIMIT = "meetings.absence_limit_per_year"

DEFAULT_NUMBERS: dict[str, int] = {
    INVITE_DAYS_BCH: 3,  # 003 §II.1.2; 004 Điều 10.3
    INVITE_DAYS_BTV: 2,  # 003 §II.1.2; 004 Điều 11.2
    INVITE_DAYS_TT: 2,  # 003 §II.1.2
    INVITE_DAYS_IMPORTANT: 5,  # 004 Điều 11.2: important, complex items
    MINUTES_DAYS: 7,  # 003 §II.1.1
    RECEPTION_MINUTES: 30,  # 003 §II.2.3
    FIELD_DOCS_DAYS: 3,  # 003 §II.3.1
    ABSENCE_LIMIT: 2,  # 004 Điều 10.1
}

# An item with this condition is only on the checklist of a reception of foreign guests.
CONDITION_FOREIGN_GUESTS = "foreign_guests"
CONDITIONS = ("", CONDITION_FOREIGN_GUESTS)


@dataclass(frozen=True)
class TemplateItem:
    """One task of a checklist template and the rule that dates it.

    The number of days or minutes is ``amount``, unless ``setting`` names an office setting:
    then it is that setting's value plus ``offset``.  When the meeting is marked important,
    an item with ``important_setting`` takes the larger of its number and that setting's.
    """

    department: str
    task: str
    rule: DueRule
    amount: int = 0
    setting: str | None = None
    offset: int = 0
    important_setting: str | None = None
    condition: str = ""
    source: str = ""  # the regulation article, e.g. "003 §II.1.2"
    key: str = ""  # stable code of a default item ("bch.hc.invitations")
    id: int | None = None  # the office's stored template item, when loaded from the DB

    def number(self, numbers: Mapping[str, int] | None = None, *, important: bool = False) -> int:
        """Days or minutes for this item, given the office's *numbers* (settings)."""
        values = {**DEFAULT_NUMBERS, **(numbers or {})}
        if self.setting:
            if self.setting not in values:
                raise ValueError(f"Thiếu thiết lập {self.setting} cho mục “{self.task}”.")
            value = int(values[self.setting]) + self.offset
        else:
            value = self.amount
        if important and self.important_setting:
            if self.important_setting not in values:
                raise ValueError(f"Thiếu thiết lập {self.important_setting} cho mục “{self.task}”.")
            value = max(value, int(values[self.important_setting]) + self.offset)
        if value < 0:
            raise ValueError(f"Số ngày, số phút của mục “{self.task}” không được âm.")
        return value


_TH, _HC, _QT = Department.TONG_HOP, Department.HANH_CHINH, Department.TAI_CHINH_QUAN_TRI
_BEFORE, _MIN, _START, _AFTER = (DueRule.WORKING_DAYS_BEFORE, DueRule.MINUTES_BEFORE,
                                 DueRule.AT_START, DueRule.WORKING_DAYS_AFTER)


def _leadership_meeting(prefix: str, invite_setting: str) -> tuple[TemplateItem, ...]:
    """003 §II.1: a BCH conference, a BTV conference or a Thường trực meeting."""
    s = "003 §II.1"
    items = (
        # 1.1 Phòng Tổng hợp
        TemplateItem(_TH, "Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị",
                     _BEFORE, setting=invite_setting, offset=2, important_setting=INVITE_DAYS_IMPORTANT,
                     source=f"{s}.1", key="th.vet_documents"),  # office default: 2 days before sending
        TemplateItem(_TH, "Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, "
                     "báo cáo, tờ trình, gợi ý thảo luận", _BEFORE, setting=invite_setting, offset=1,
                     important_setting=INVITE_DAYS_IMPORTANT, source=f"{s}.1", key="th.draft_invitation"),
        TemplateItem(_TH, "Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)",
                     _BEFORE, amount=1, source=f"{s}.1", key="th.minute_taker"),
        TemplateItem(_TH, "Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết",
                     _START, source=f"{s}.1", key="th.discussion_summary"),
        TemplateItem(_TH, "Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)", _START,
                     source=f"{s}.1", key="th.recording"),
        TemplateItem(_TH, "Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)", _AFTER,
                     setting=MINUTES_DAYS, source=f"{s}.1", key="th.minutes"),
        TemplateItem(_TH, "Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành",
                     _AFTER, setting=MINUTES_DAYS, offset=3, source=f"{s}.1",
                     key="th.final_documents"),  # office default: 3 days after the minutes
        # 1.2 Phòng Hành chính
        TemplateItem(_HC, "Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi "
                     "qua thư điện tử)", _BEFORE, setting=invite_setting, important_setting=INVITE_DAYS_IMPORTANT,
                     source=f"{s}.2; 004 Điều 10.3, 11.2", key="hc.invitations"),
        TemplateItem(_HC, "Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)", _BEFORE,
                     amount=1, source=f"{s}.2", key="hc.chair_folder"),
        TemplateItem(_HC, "Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu",
                     _BEFORE, amount=1, source=f"{s}.2", key="hc.video_line"),
        TemplateItem(_HC, "Kiểm tra tài liệu đã phát hành", _MIN, amount=60, source=f"{s}.2",
                     key="hc.check_documents"),
        TemplateItem(_HC, "Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu", _MIN, amount=30,
                     source=f"{s}.2", key="hc.reception"),
        TemplateItem(_HC, "Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng",
                     _START, source=f"{s}.2; 004 Điều 10.1, 11.1", key="hc.attendance"),
        TemplateItem(_HC, "Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị", _START,
                     source=f"{s}.2", key="hc.document_requests"),
        TemplateItem(_HC, "Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được "
                     "cho phép)", _START, source=f"{s}.2", key="hc.it_support"),
        TemplateItem(_HC, "Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị "
                     "nếu có chỉ định) và xử lý tài liệu thu hồi", _AFTER, amount=1, source=f"{s}.2",
                     key="hc.retrieve_documents"),
        TemplateItem(_HC, "Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)",
                     _AFTER, setting=MINUTES_DAYS, offset=5, source=f"{s}.2",
                     key="hc.issue_documents"),  # office default: after the final documents
        TemplateItem(_HC, "Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ", _AFTER, amount=20,
                     source=f"{s}.2", key="hc.file_dossier"),  # office default
        # 1.3 Phòng Tài chính – Quản trị
        TemplateItem(_QT, "Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến", _BEFORE, amount=3,
                     source=f"{s}.3", key="qt.layout"),  # office default
        TemplateItem(_QT, "Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh", _BEFORE, amount=1,
                     source=f"{s}.3", key="qt.utilities"),
        TemplateItem(_QT, "Phối hợp kiểm tra công tác an ninh, bảo vệ", _BEFORE, amount=1, source=f"{s}.3",
                     key="qt.security"),
        TemplateItem(_QT, "Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục",
                     _BEFORE, amount=1, source=f"{s}.3", key="qt.room"),
        TemplateItem(_QT, "Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu",
                     _BEFORE, amount=1, source=f"{s}.3", key="qt.remote_sites"),
        TemplateItem(_QT, "Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)", _BEFORE, amount=1,
                     source=f"{s}.3", key="qt.lodging"),
        TemplateItem(_QT, "Đối chiếu thành phần hội nghị để đặt biển tên đại biểu", _MIN, amount=60,
                     source=f"{s}.3", key="qt.name_plates"),
        TemplateItem(_QT, "Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định", _MIN, amount=30,
                     source=f"{s}.3", key="qt.parking"),
        TemplateItem(_QT, "Trực hệ thống âm thanh trong suốt thời gian hội nghị", _START, source=f"{s}.3",
                     key="qt.sound_desk"),
        TemplateItem(_QT, "Bảo vệ sức khỏe cán bộ (khi có yêu cầu)", _START, source=f"{s}.3", key="qt.health"),
        TemplateItem(_QT, "Phục vụ ăn nhẹ giữa giờ", _START, source=f"{s}.3", key="qt.tea_break"),
        TemplateItem(_QT, "Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị", _AFTER, amount=5,
                     source=f"{s}.3", key="qt.allowances"),  # office default
    )
    return tuple(replace(item, key=f"{prefix}.{item.key}") for item in items)


def _reception() -> tuple[TemplateItem, ...]:
    """003 §II.2: receiving guests of the Thường trực."""
    s = "003 §II.2"
    items = (
        TemplateItem(_TH, "Tham mưu giấy mời, thành phần tham dự tiếp khách, làm việc", _BEFORE, amount=2,
                     source=f"{s}.1", key="th.invitation"),
        TemplateItem(_TH, "Chuẩn bị nội dung tài liệu làm việc (khi có yêu cầu)", _BEFORE, amount=1,
                     source=f"{s}.1", key="th.documents"),
        TemplateItem(_HC, "Gửi giấy mời và tài liệu đến đại biểu dự làm việc", _BEFORE, amount=1,
                     source=f"{s}.2", key="hc.invitations"),
        TemplateItem(_HC, "Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp khách", _MIN,
                     setting=RECEPTION_MINUTES, source=f"{s}.2", key="hc.reception"),
        TemplateItem(_HC, "Phân công chuyên viên công nghệ thông tin quay phim, chụp hình làm tư liệu", _START,
                     source=f"{s}.2", key="hc.photos"),
        TemplateItem(_QT, "Xây dựng kế hoạch đón tiếp khách chi tiết, phân công công chức phục vụ", _BEFORE,
                     amount=2, source=f"{s}.3", key="qt.plan"),  # office default
        TemplateItem(_QT, "Bố trí xe đưa đón, ăn nghỉ, tham quan cho khách (khi có yêu cầu)", _BEFORE, amount=1,
                     source=f"{s}.3", key="qt.transport"),
        TemplateItem(_QT, "Chuẩn bị phòng làm việc, khánh tiết", _MIN, setting=RECEPTION_MINUTES,
                     source=f"{s}.3", key="qt.room_ready"),
        TemplateItem(_QT, "Bố trí cờ các nước theo quy định (đoàn khách nước ngoài)", _MIN,
                     setting=RECEPTION_MINUTES, condition=CONDITION_FOREIGN_GUESTS, source=f"{s}.3",
                     key="qt.flags"),
    )
    return tuple(replace(item, key=f"reception.{item.key}") for item in items)


def _field_visit() -> tuple[TemplateItem, ...]:
    """003 §II.3: the Thường trực visits and works with a sector, a locality, a unit."""
    s = "003 §II.3"
    items = (
        TemplateItem(_TH, "Tham mưu kế hoạch, thông báo thời gian, thành phần, chương trình, nội dung làm việc",
                     _BEFORE, setting=FIELD_DOCS_DAYS, offset=2, source=f"{s}.1",
                     key="th.plan"),  # office default: before the documents
        TemplateItem(_TH, "Phối hợp địa phương, đơn vị chuẩn bị tài liệu làm việc và đề cương kết luận, trình "
                     "lãnh đạo Văn phòng", _BEFORE, setting=FIELD_DOCS_DAYS, source=f"{s}.1",
                     key="th.documents"),
        TemplateItem(_TH, "Phân công chuyên viên tham gia đoàn để ghi chép nội dung làm việc", _BEFORE, amount=1,
                     source=f"{s}.1", key="th.note_taker"),
        TemplateItem(_TH, "Tham mưu thông báo kết luận buổi làm việc; theo dõi thực hiện kết luận", _AFTER,
                     setting=MINUTES_DAYS, source=f"{s}.1", key="th.conclusions"),
        TemplateItem(_HC, "Phát hành thông báo đi làm việc đến các thành phần dự làm việc", _BEFORE,
                     setting=FIELD_DOCS_DAYS, source=f"{s}.2", key="hc.notice"),
        TemplateItem(_HC, "Phối hợp Phòng Tổng hợp in ấn tài liệu làm việc trình Thường trực, lãnh đạo Văn phòng",
                     _BEFORE, amount=1, source=f"{s}.2", key="hc.print_documents"),
        TemplateItem(_QT, "Nắm thời gian, địa điểm, số lượng đoàn để bố trí phương tiện; liên hệ nơi ăn, nghỉ "
                     "(nếu có)", _BEFORE, amount=2, source=f"{s}.3", key="qt.transport"),
        TemplateItem(_QT, "Hướng dẫn, kiểm tra nơi đến trang trí, maket, bảng tên, bố trí bàn ghế", _BEFORE,
                     amount=1, source=f"{s}.3", key="qt.venue"),
        TemplateItem(_QT, "Cử cán bộ đi trước nắm tình hình hoặc đi theo đoàn làm nhiệm vụ hậu cần (khi cần)",
                     _BEFORE, amount=1, source=f"{s}.3", key="qt.advance_party"),
    )
    return tuple(replace(item, key=f"field.{item.key}") for item in items)


def _gift_visit() -> tuple[TemplateItem, ...]:
    """003 §II.4: the Thường trực visits and brings gifts."""
    s = "003 §II.4"
    items = (
        TemplateItem(_TH, "Bố trí lịch đi thăm, tặng quà trong chương trình công tác tuần", _BEFORE, amount=3,
                     source=f"{s}.1", key="th.schedule"),  # office default
        TemplateItem(_HC, "Phát hành thông báo đi thăm, tặng quà đến các thành phần cùng đi", _BEFORE, amount=2,
                     source=f"{s}.2", key="hc.notice"),  # office default
        TemplateItem(_QT, "Tham mưu thông báo thời gian, thành phần tham gia; cử công chức tham gia đoàn",
                     _BEFORE, amount=2, source=f"{s}.3", key="qt.members"),
        TemplateItem(_QT, "Chuẩn bị quà hoặc phối hợp chuẩn bị quà, tặng phẩm", _BEFORE, amount=1,
                     source=f"{s}.3", key="qt.gifts"),
        TemplateItem(_QT, "Bố trí phương tiện phục vụ", _BEFORE, amount=1, source=f"{s}.3", key="qt.vehicle"),
    )
    return tuple(replace(item, key=f"gift.{item.key}") for item in items)


def _office_briefing() -> tuple[TemplateItem, ...]:
    """000 Điều 11.2: the administration department prepares the office's briefings and reviews."""
    items = (
        TemplateItem(_HC, "Nhận báo cáo tháng của các phòng (gửi trước giao ban 02 ngày)", _BEFORE, amount=2,
                     source="002 Điều 22.2", key="hc.reports"),
        TemplateItem(_HC, "Chuẩn bị chương trình, nội dung, tài liệu hội nghị", _BEFORE, amount=1,
                     source="000 Điều 11.2", key="hc.programme"),
        TemplateItem(_HC, "Gửi giấy mời họp", _BEFORE, amount=1, source="000 Điều 11.2", key="hc.invitations"),
        TemplateItem(_QT, "Chuẩn bị phòng họp, âm thanh", _MIN, amount=30, source="000 Điều 11",
                     key="qt.room"),  # office default
        TemplateItem(_HC, "Ghi biên bản cuộc họp", _START, source="000 Điều 11.2", key="hc.minute_taker"),
        TemplateItem(_HC, "Hoàn thành biên bản; tham mưu thông báo kết luận cuộc họp", _AFTER,
                     setting=MINUTES_DAYS, source="000 Điều 11.2; 002 Điều 19.2", key="hc.conclusions"),
    )
    return tuple(replace(item, key=f"briefing.{item.key}") for item in items)


def _custom() -> tuple[TemplateItem, ...]:
    """Any other meeting: the minimum every meeting needs (office default)."""
    items = (
        TemplateItem(_HC, "Gửi giấy mời, tài liệu", _BEFORE, setting=INVITE_DAYS_TT, key="hc.invitations"),
        TemplateItem(_QT, "Chuẩn bị phòng họp", _MIN, amount=30, key="qt.room"),
        TemplateItem(_TH, "Hoàn thành biên bản, thông báo kết luận", _AFTER, setting=MINUTES_DAYS,
                     key="th.minutes"),
    )
    return tuple(replace(item, key=f"custom.{item.key}") for item in items)


DEFAULT_TEMPLATES: dict[MeetingKind, tuple[TemplateItem, ...]] = {
    MeetingKind.EXECUTIVE_COMMITTEE: _leadership_meeting("bch", INVITE_DAYS_BCH),
    MeetingKind.STANDING_COMMITTEE: _leadership_meeting("btv", INVITE_DAYS_BTV),
    MeetingKind.STANDING_MEMBERS: _leadership_meeting("tt", INVITE_DAYS_TT),
    MeetingKind.RECEPTION: _reception(),
    MeetingKind.FIELD_VISIT: _field_visit(),
    MeetingKind.GIFT_VISIT: _gift_visit(),
    MeetingKind.OFFICE_BRIEFING: _office_briefing(),
    MeetingKind.CUSTOM: _custom(),
}
