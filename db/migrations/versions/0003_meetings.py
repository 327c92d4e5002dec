"""meetings: meetings, checklists, attendees, documents; the default checklist templates

The seed below is a frozen copy of app.rules.meeting_templates.DEFAULT_TEMPLATES as of this
revision (migrations do not import the app; tests/unit/db/test_meetings_migration.py checks
the copy). Later changes to the defaults need a new migration.

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26 00:47:15.899458
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0003'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Regulation 003 §II.1: the same tasks for BCH, BTV and Thường trực meetings; INVITE stands for
# the kind's own invitation setting and keys get the kind's prefix.
INVITE = object()
LEADERSHIP = [
    ('tong_hop', 'Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị', 'working_days_before', 0, INVITE, 2, 'meetings.invite_days.important', '', '003 §II.1.1', 'th.vet_documents'),
    ('tong_hop', 'Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo cáo, tờ trình, gợi ý thảo luận', 'working_days_before', 0, INVITE, 1, 'meetings.invite_days.important', '', '003 §II.1.1', 'th.draft_invitation'),
    ('tong_hop', 'Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)', 'working_days_before', 1, None, 0, None, '', '003 §II.1.1', 'th.minute_taker'),
    ('tong_hop', 'Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết', 'at_start', 0, None, 0, None, '', '003 §II.1.1', 'th.discussion_summary'),
    ('tong_hop', 'Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)', 'at_start', 0, None, 0, None, '', '003 §II.1.1', 'th.recording'),
    ('tong_hop', 'Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)', 'working_days_after', 0, 'meetings.minutes_days', 0, None, '', '003 §II.1.1', 'th.minutes'),
    ('tong_hop', 'Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành', 'working_days_after', 0, 'meetings.minutes_days', 3, None, '', '003 §II.1.1', 'th.final_documents'),
    ('hanh_chinh', 'Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi qua thư điện tử)', 'working_days_before', 0, INVITE, 0, 'meetings.invite_days.important', '', '003 §II.1.2; 004 Điều 10.3, 11.2', 'hc.invitations'),
    ('hanh_chinh', 'Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)', 'working_days_before', 1, None, 0, None, '', '003 §II.1.2', 'hc.chair_folder'),
    ('hanh_chinh', 'Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu', 'working_days_before', 1, None, 0, None, '', '003 §II.1.2', 'hc.video_line'),
    ('hanh_chinh', 'Kiểm tra tài liệu đã phát hành', 'minutes_before', 60, None, 0, None, '', '003 §II.1.2', 'hc.check_documents'),
    ('hanh_chinh', 'Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu', 'minutes_before', 30, None, 0, None, '', '003 §II.1.2', 'hc.reception'),
    ('hanh_chinh', 'Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng', 'at_start', 0, None, 0, None, '', '003 §II.1.2; 004 Điều 10.1, 11.1', 'hc.attendance'),
    ('hanh_chinh', 'Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị', 'at_start', 0, None, 0, None, '', '003 §II.1.2', 'hc.document_requests'),
    ('hanh_chinh', 'Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được cho phép)', 'at_start', 0, None, 0, None, '', '003 §II.1.2', 'hc.it_support'),
    ('hanh_chinh', 'Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị nếu có chỉ định) và xử lý tài liệu thu hồi', 'working_days_after', 1, None, 0, None, '', '003 §II.1.2', 'hc.retrieve_documents'),
    ('hanh_chinh', 'Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)', 'working_days_after', 0, 'meetings.minutes_days', 5, None, '', '003 §II.1.2', 'hc.issue_documents'),
    ('hanh_chinh', 'Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ', 'working_days_after', 20, None, 0, None, '', '003 §II.1.2', 'hc.file_dossier'),
    ('tai_chinh_quan_tri', 'Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến', 'working_days_before', 3, None, 0, None, '', '003 §II.1.3', 'qt.layout'),
    ('tai_chinh_quan_tri', 'Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh', 'working_days_before', 1, None, 0, None, '', '003 §II.1.3', 'qt.utilities'),
    ('tai_chinh_quan_tri', 'Phối hợp kiểm tra công tác an ninh, bảo vệ', 'working_days_before', 1, None, 0, None, '', '003 §II.1.3', 'qt.security'),
    ('tai_chinh_quan_tri', 'Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục', 'working_days_before', 1, None, 0, None, '', '003 §II.1.3', 'qt.room'),
    ('tai_chinh_quan_tri', 'Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu', 'working_days_before', 1, None, 0, None, '', '003 §II.1.3', 'qt.remote_sites'),
    ('tai_chinh_quan_tri', 'Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)', 'working_days_before', 1, None, 0, None, '', '003 §II.1.3', 'qt.lodging'),
    ('tai_chinh_quan_tri', 'Đối chiếu thành phần hội nghị để đặt biển tên đại biểu', 'minutes_before', 60, None, 0, None, '', '003 §II.1.3', 'qt.name_plates'),
    ('tai_chinh_quan_tri', 'Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định', 'minutes_before', 30, None, 0, None, '', '003 §II.1.3', 'qt.parking'),
    ('tai_chinh_quan_tri', 'Trực hệ thống âm thanh trong suốt thời gian hội nghị', 'at_start', 0, None, 0, None, '', '003 §II.1.3', 'qt.sound_desk'),
    ('tai_chinh_quan_tri', 'Bảo vệ sức khỏe cán bộ (khi có yêu cầu)', 'at_start', 0, None, 0, None, '', '003 §II.1.3', 'qt.health'),
    ('tai_chinh_quan_tri', 'Phục vụ ăn nhẹ giữa giờ', 'at_start', 0, None, 0, None, '', '003 §II.1.3', 'qt.tea_break'),
    ('tai_chinh_quan_tri', 'Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị', 'working_days_after', 5, None, 0, None, '', '003 §II.1.3', 'qt.allowances'),
]
LEADERSHIP_KINDS = {
    'executive_committee': ('bch', 'meetings.invite_days.executive_committee'),
    'standing_committee': ('btv', 'meetings.invite_days.standing_committee'),
    'standing_members': ('tt', 'meetings.invite_days.standing_members'),
}
OTHER_KINDS: dict[str, list[tuple[object, ...]]] = {
    'reception': [
        ('tong_hop', 'Tham mưu giấy mời, thành phần tham dự tiếp khách, làm việc', 'working_days_before', 2, None, 0, None, '', '003 §II.2.1', 'reception.th.invitation'),
        ('tong_hop', 'Chuẩn bị nội dung tài liệu làm việc (khi có yêu cầu)', 'working_days_before', 1, None, 0, None, '', '003 §II.2.1', 'reception.th.documents'),
        ('hanh_chinh', 'Gửi giấy mời và tài liệu đến đại biểu dự làm việc', 'working_days_before', 1, None, 0, None, '', '003 §II.2.2', 'reception.hc.invitations'),
        ('hanh_chinh', 'Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp khách', 'minutes_before', 0, 'meetings.reception_ready_minutes', 0, None, '', '003 §II.2.2', 'reception.hc.reception'),
        ('hanh_chinh', 'Phân công chuyên viên công nghệ thông tin quay phim, chụp hình làm tư liệu', 'at_start', 0, None, 0, None, '', '003 §II.2.2', 'reception.hc.photos'),
        ('tai_chinh_quan_tri', 'Xây dựng kế hoạch đón tiếp khách chi tiết, phân công công chức phục vụ', 'working_days_before', 2, None, 0, None, '', '003 §II.2.3', 'reception.qt.plan'),
        ('tai_chinh_quan_tri', 'Bố trí xe đưa đón, ăn nghỉ, tham quan cho khách (khi có yêu cầu)', 'working_days_before', 1, None, 0, None, '', '003 §II.2.3', 'reception.qt.transport'),
        ('tai_chinh_quan_tri', 'Chuẩn bị phòng làm việc, khánh tiết', 'minutes_before', 0, 'meetings.reception_ready_minutes', 0, None, '', '003 §II.2.3', 'reception.qt.room_ready'),
        ('tai_chinh_quan_tri', 'Bố trí cờ các nước theo quy định (đoàn khách nước ngoài)', 'minutes_before', 0, 'meetings.reception_ready_minutes', 0, None, 'foreign_guests', '003 §II.2.3', 'reception.qt.flags'),
    ],
    'field_visit': [
        ('tong_hop', 'Tham mưu kế hoạch, thông báo thời gian, thành phần, chương trình, nội dung làm việc', 'working_days_before', 0, 'meetings.field_visit_documents_days', 2, None, '', '003 §II.3.1', 'field.th.plan'),
        ('tong_hop', 'Phối hợp địa phương, đơn vị chuẩn bị tài liệu làm việc và đề cương kết luận, trình lãnh đạo Văn phòng', 'working_days_before', 0, 'meetings.field_visit_documents_days', 0, None, '', '003 §II.3.1', 'field.th.documents'),
        ('tong_hop', 'Phân công chuyên viên tham gia đoàn để ghi chép nội dung làm việc', 'working_days_before', 1, None, 0, None, '', '003 §II.3.1', 'field.th.note_taker'),
        ('tong_hop', 'Tham mưu thông báo kết luận buổi làm việc; theo dõi thực hiện kết luận', 'working_days_after', 0, 'meetings.minutes_days', 0, None, '', '003 §II.3.1', 'field.th.conclusions'),
        ('hanh_chinh', 'Phát hành thông báo đi làm việc đến các thành phần dự làm việc', 'working_days_before', 0, 'meetings.field_visit_documents_days', 0, None, '', '003 §II.3.2', 'field.hc.notice'),
        ('hanh_chinh', 'Phối hợp Phòng Tổng hợp in ấn tài liệu làm việc trình Thường trực, lãnh đạo Văn phòng', 'working_days_before', 1, None, 0, None, '', '003 §II.3.2', 'field.hc.print_documents'),
        ('tai_chinh_quan_tri', 'Nắm thời gian, địa điểm, số lượng đoàn để bố trí phương tiện; liên hệ nơi ăn, nghỉ (nếu có)', 'working_days_before', 2, None, 0, None, '', '003 §II.3.3', 'field.qt.transport'),
        ('tai_chinh_quan_tri', 'Hướng dẫn, kiểm tra nơi đến trang trí, maket, bảng tên, bố trí bàn ghế', 'working_days_before', 1, None, 0, None, '', '003 §II.3.3', 'field.qt.venue'),
        ('tai_chinh_quan_tri', 'Cử cán bộ đi trước nắm tình hình hoặc đi theo đoàn làm nhiệm vụ hậu cần (khi cần)', 'working_days_before', 1, None, 0, None, '', '003 §II.3.3', 'field.qt.advance_party'),
    ],
    'gift_visit': [
        ('tong_hop', 'Bố trí lịch đi thăm, tặng quà trong chương trình công tác tuần', 'working_days_before', 3, None, 0, None, '', '003 §II.4.1', 'gift.th.schedule'),
        ('hanh_chinh', 'Phát hành thông báo đi thăm, tặng quà đến các thành phần cùng đi', 'working_days_before', 2, None, 0, None, '', '003 §II.4.2', 'gift.hc.notice'),
        ('tai_chinh_quan_tri', 'Tham mưu thông báo thời gian, thành phần tham gia; cử công chức tham gia đoàn', 'working_days_before', 2, None, 0, None, '', '003 §II.4.3', 'gift.qt.members'),
        ('tai_chinh_quan_tri', 'Chuẩn bị quà hoặc phối hợp chuẩn bị quà, tặng phẩm', 'working_days_before', 1, None, 0, None, '', '003 §II.4.3', 'gift.qt.gifts'),
        ('tai_chinh_quan_tri', 'Bố trí phương tiện phục vụ', 'working_days_before', 1, None, 0, None, '', '003 §II.4.3', 'gift.qt.vehicle'),
    ],
    'office_briefing': [
        ('hanh_chinh', 'Nhận báo cáo tháng của các phòng (gửi trước giao ban 02 ngày)', 'working_days_before', 2, None, 0, None, '', '002 Điều 22.2', 'briefing.hc.reports'),
        ('hanh_chinh', 'Chuẩn bị chương trình, nội dung, tài liệu hội nghị', 'working_days_before', 1, None, 0, None, '', '000 Điều 11.2', 'briefing.hc.programme'),
        ('hanh_chinh', 'Gửi giấy mời họp', 'working_days_before', 1, None, 0, None, '', '000 Điều 11.2', 'briefing.hc.invitations'),
        ('tai_chinh_quan_tri', 'Chuẩn bị phòng họp, âm thanh', 'minutes_before', 30, None, 0, None, '', '000 Điều 11', 'briefing.qt.room'),
        ('hanh_chinh', 'Ghi biên bản cuộc họp', 'at_start', 0, None, 0, None, '', '000 Điều 11.2', 'briefing.hc.minute_taker'),
        ('hanh_chinh', 'Hoàn thành biên bản; tham mưu thông báo kết luận cuộc họp', 'working_days_after', 0, 'meetings.minutes_days', 0, None, '', '000 Điều 11.2; 002 Điều 19.2', 'briefing.hc.conclusions'),
    ],
    'custom': [
        ('hanh_chinh', 'Gửi giấy mời, tài liệu', 'working_days_before', 0, 'meetings.invite_days.standing_members', 0, None, '', '', 'custom.hc.invitations'),
        ('tai_chinh_quan_tri', 'Chuẩn bị phòng họp', 'minutes_before', 30, None, 0, None, '', '', 'custom.qt.room'),
        ('tong_hop', 'Hoàn thành biên bản, thông báo kết luận', 'working_days_after', 0, 'meetings.minutes_days', 0, None, '', '', 'custom.th.minutes'),
    ],
}
TEMPLATE_NAMES = {
    'executive_committee': 'Hội nghị Ban Chấp hành',
    'standing_committee': 'Hội nghị Ban Thường vụ',
    'standing_members': 'Họp Thường trực',
    'reception': 'Tiếp khách',
    'field_visit': 'Đi làm việc cơ sở',
    'gift_visit': 'Đi thăm, tặng quà',
    'office_briefing': 'Giao ban, sơ kết, tổng kết',
    'custom': 'Cuộc họp khác',
}


def seed_rows() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The checklist_template and checklist_template_item rows of the defaults."""
    templates: list[dict[str, object]] = []
    items: list[dict[str, object]] = []
    for template_id, (kind, name) in enumerate(TEMPLATE_NAMES.items(), start=1):
        templates.append({"id": template_id, "kind": kind, "name": name})
        if kind in LEADERSHIP_KINDS:
            prefix, invite = LEADERSHIP_KINDS[kind]
            rows: list[tuple[object, ...]] = [(*r[:4], invite if r[4] is INVITE else r[4], *r[5:9], f"{prefix}.{r[9]}") for r in LEADERSHIP]
        else:
            rows = OTHER_KINDS[kind]
        for order, (department, task, rule, amount, setting, offset, important, condition, source, key) \
                in enumerate(rows, start=1):
            items.append({"template_id": template_id, "sort_order": order, "department": department,
                          "task": task, "rule": rule, "amount": amount, "setting_key": setting,
                          "setting_offset": offset, "important_setting": important, "condition": condition,
                          "source": source, "key": key, "active": True})
    return templates, items


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('checklist_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("kind IN ('executive_committee', 'standing_committee', 'standing_members', 'reception', 'field_visit', 'gift_visit', 'office_briefing', 'custom')", name='ck_checklist_template_kind'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', name='uq_checklist_template_kind')
    )
    op.create_table('checklist_template_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('department', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('task', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('setting_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('setting_offset', sa.Integer(), nullable=False),
    sa.Column('important_setting', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('condition', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("rule IN ('working_days_before', 'minutes_before', 'at_start', 'working_days_after')", name='ck_template_item_rule'),
    sa.CheckConstraint('amount >= 0', name='ck_template_item_amount'),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_template.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('checklist_template_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_template_item_template_id'), ['template_id'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('start_at', sa.DateTime(), nullable=False),
    sa.Column('end_at', sa.DateTime(), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('important', sa.Boolean(), nullable=False),
    sa.Column('foreign_guests', sa.Boolean(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('executive_committee', 'standing_committee', 'standing_members', 'reception', 'field_visit', 'gift_visit', 'office_briefing', 'custom')", name='ck_meeting_kind'),
    sa.CheckConstraint('end_at >= start_at', name='ck_meeting_times'),
    sa.ForeignKeyConstraint(['chair_id'], ['person.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_chair_id'), ['chair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_start_at'), ['start_at'], unique=False)

    op.create_table('attendee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('leader', sa.Boolean(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member', sa.Boolean(), nullable=False),
    sa.Column('invitation_sent_at', sa.DateTime(), nullable=True),
    sa.Column('invitation_via', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('absence_notified_at', sa.DateTime(), nullable=True),
    sa.Column('absence_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('absence_in_writing', sa.Boolean(), nullable=False),
    sa.Column('permitted_by_standing', sa.Boolean(), nullable=False),
    sa.Column('attendance', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('attendance_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("attendance IN ('present', 'late', 'absent', '')", name='ck_attendee_attendance'),
    sa.CheckConstraint("person_id IS NOT NULL OR full_name <> ''", name='ck_attendee_named'),
    sa.CheckConstraint("role IN ('chair', 'delegate', 'guest', 'service')", name='ck_attendee_role'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'person_id', name='uq_attendee_person')
    )
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendee_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendee_person_id'), ['person_id'], unique=False)

    op.create_table('checklist_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('template_item_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('department', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('task', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due', sa.DateTime(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('done_by_user_id', sa.Integer(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("(done_at IS NULL) = (done_by = '')", name='ck_checklist_item_done'),
    sa.CheckConstraint("rule IN ('working_days_before', 'minutes_before', 'at_start', 'working_days_after', '')", name='ck_checklist_item_rule'),
    sa.CheckConstraint('number >= 0', name='ck_checklist_item_number'),
    sa.ForeignKeyConstraint(['done_by_user_id'], ['app_user.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['template_item_id'], ['checklist_template_item.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_item_done_by_user_id'), ['done_by_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_item_due'), ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_item_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_item_template_item_id'), ['template_item_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('secret', sa.Boolean(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('to_be_retrieved', sa.Boolean(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint('copies >= 0', name='ck_document_copies'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('document_copy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('attendee_id', sa.Integer(), nullable=False),
    sa.Column('copy_number', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('copy_number >= 1', name='ck_document_copy_number'),
    sa.ForeignKeyConstraint(['attendee_id'], ['attendee.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('document_id', 'attendee_id', name='uq_document_copy_attendee'),
    sa.UniqueConstraint('document_id', 'copy_number', name='uq_document_copy_number')
    )
    with op.batch_alter_table('document_copy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_copy_attendee_id'), ['attendee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_copy_document_id'), ['document_id'], unique=False)

    # ### end Alembic commands ###
    templates, items = seed_rows()
    template_table = sa.table("checklist_template", sa.column("id", sa.Integer), sa.column("kind", sa.String),
                              sa.column("name", sa.String))
    item_table = sa.table(
        "checklist_template_item",
        *(sa.column(name, sa.Integer) for name in ("template_id", "sort_order", "amount", "setting_offset")),
        *(sa.column(name, sa.String) for name in ("department", "task", "rule", "setting_key",
                                                  "important_setting", "condition", "source", "key")),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(template_table, templates)
    op.bulk_insert(item_table, items)


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('document_copy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_copy_document_id'))
        batch_op.drop_index(batch_op.f('ix_document_copy_attendee_id'))

    op.drop_table('document_copy')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_meeting_id'))

    op.drop_table('document')
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_item_template_item_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_item_owner_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_item_due'))
        batch_op.drop_index(batch_op.f('ix_checklist_item_done_by_user_id'))

    op.drop_table('checklist_item')
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendee_person_id'))
        batch_op.drop_index(batch_op.f('ix_attendee_meeting_id'))

    op.drop_table('attendee')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_start_at'))
        batch_op.drop_index(batch_op.f('ix_meeting_event_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_chair_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('checklist_template_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_template_item_template_id'))

    op.drop_table('checklist_template_item')
    op.drop_table('checklist_template')
    # ### end Alembic commands ###
