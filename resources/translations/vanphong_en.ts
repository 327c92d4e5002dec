<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="31"/>
        <source>Giới thiệu VănPhòng</source>
        <translation>About VănPhòng</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="33"/>
        <source>&lt;p&gt;Sơ đồ tổ chức, lịch công tác tuần, chuẩn bị họp và nghỉ phép cho một văn phòng.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Org chart, weekly work calendar, meeting preparation and leave for one office.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="42"/>
        <source>Giấy phép của các thành phần đi kèm:</source>
        <translation>Licences of the bundled components:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="44"/>
        <source>Toàn văn các giấy phép: %1</source>
        <translation>Full licence texts: %1</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="216"/>
        <source>Báo vắng: %1</source>
        <translation>Absence notice: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="219"/>
        <source>Đã báo cáo bằng văn bản</source>
        <translation>Reported in writing</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="220"/>
        <source>Được Thường trực cho phép</source>
        <translation>Excused by the Standing members</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="221"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AbsenceModel</name>
    <message>
        <location filename="../../ui/leave/models.py" line="196"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="198"/>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="239"/>
        <source> (chờ duyệt)</source>
        <translation> (pending)</translation>
    </message>
</context>
<context>
    <name>AbsenceTab</name>
    <message>
        <location filename="../../ui/leave/absence_tab.py" line="44"/>
        <source>Chỉ người có vắng</source>
        <translation>Only people with absences</translation>
    </message>
    <message>
        <location filename="../../ui/leave/absence_tab.py" line="45"/>
        <source>Xem và in báo cáo tháng…</source>
        <translation>View and print the monthly report…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/absence_tab.py" line="46"/>
        <source>Lưu báo cáo ra PDF…</source>
        <translation>Save the report as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/absence_tab.py" line="54"/>
        <source>P: phép năm · R: việc riêng · Ro: không lương · Ô: ốm · TS: thai sản · K: khác · CT: công tác · V: vắng · ½: nửa ngày · ?: chờ duyệt · cột xám: ngày nghỉ</source>
        <translation>P: annual leave · R: personal leave · Ro: unpaid · Ô: sick · TS: maternity · K: other · CT: business trip · V: away · ½: half day · ?: pending · grey column: day off</translation>
    </message>
    <message>
        <location filename="../../ui/leave/absence_tab.py" line="83"/>
        <source>Tháng %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/leave/absence_tab.py" line="102"/>
        <source>Lưu báo cáo nghỉ phép tháng</source>
        <translation>Save the monthly leave report</translation>
    </message>
    <message>
        <location filename="../../ui/leave/absence_tab.py" line="103"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="163"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="163"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="163"/>
        <source>Cán bộ</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="164"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="168"/>
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="171"/>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="173"/>
        <source>Khóa / mở khóa</source>
        <translation>Lock / unlock</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="189"/>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="189"/>
        <source>Đã khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="207"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="208"/>
        <source>Mật khẩu mới cho %1:</source>
        <translation>New password for %1:</translation>
    </message>
</context>
<context>
    <name>ActingTab</name>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="184"/>
        <source>Người phê duyệt vắng mặt</source>
        <translation>Absent approver</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="186"/>
        <source>Được duyệt thay %1</source>
        <translation>May approve instead %1</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="187"/>
        <source>Căn cứ</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="188"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/pane.py" line="112"/>
        <source>Tìm trong %n tuần (gõ không dấu cũng được)…</source>
        <translation>
            <numerusform>Search %n week (diacritics optional)…</numerusform>
            <numerusform>Search %n weeks (diacritics optional)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="175"/>
        <source>Không thực hiện được</source>
        <translation>Could not complete the action</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="131"/>
        <source>Sáng</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="131"/>
        <source>Tối</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="131"/>
        <source>Theo hệ thống</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="136"/>
        <source>Ngôn ngữ (áp dụng khi mở lại)</source>
        <translation>Language (applies after restart)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="137"/>
        <source>Giao diện</source>
        <translation>Appearance</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="48"/>
        <source>Không có đơn nào chờ đồng chí cho ý kiến.</source>
        <translation>No requests await your decision.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="52"/>
        <source>Ý kiến (bắt buộc khi không đồng ý)</source>
        <translation>Comment (required when rejecting)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="53"/>
        <source>Đồng ý</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="55"/>
        <source>Không đồng ý</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="73"/>
        <source>Tài khoản này không phê duyệt đơn nghỉ.</source>
        <translation>This account does not approve leave requests.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="84"/>
        <source>Quản trị: mọi đơn đang chờ ý kiến (%1).</source>
        <translation>Administrator: every request awaiting a decision (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="86"/>
        <source>Đơn đang chờ đồng chí cho ý kiến: %1.</source>
        <translation>Requests awaiting your decision: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="133"/>
        <source>Vượt số ngày được nghỉ</source>
        <translation>Over the leave entitlement</translation>
    </message>
    <message>
        <location filename="../../ui/leave/approvals_tab.py" line="134"/>
        <source>Vẫn duyệt? Việc duyệt vượt mức sẽ được ghi lại.</source>
        <translation>Approve anyway? Approving beyond the entitlement is recorded.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="299"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="300"/>
        <source>Đến muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="301"/>
        <source>Vắng mặt</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="317"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="318"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="319"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="320"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="322"/>
        <source>Vắng trong năm</source>
        <translation>Absences this year</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/models.py" line="332"/>
        <source> — quá %n lần</source>
        <translation>
            <numerusform> — more than %n time</numerusform>
            <numerusform> — more than %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/models.py" line="338"/>
        <source>Ủy viên không được vắng quá %n lần mỗi năm (004 Điều 10.1).</source>
        <translation>
            <numerusform>Members may not be absent more than %n time a year (004 Article 10.1).</numerusform>
            <numerusform>Members may not be absent more than %n times a year (004 Article 10.1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="254"/>
        <source>Có mặt (C)</source>
        <translation>Present (C)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="255"/>
        <source>Đến muộn (M)</source>
        <translation>Late (M)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="256"/>
        <source>Vắng mặt (V)…</source>
        <translation>Absent (V)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="257"/>
        <source>Xóa điểm danh</source>
        <translation>Clear attendance</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="258"/>
        <source>Điểm danh những người còn lại</source>
        <translation>Mark everyone else present</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="286"/>
        <source>Có mặt %1 · Đến muộn %2 · Vắng %3 · Chưa điểm danh %4 (tổng %5)</source>
        <translation>Present %1 · Late %2 · Absent %3 · Not yet marked %4 (total %5)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="292"/>
        <source>Loại cuộc họp này không cần tính số ủy viên tham dự.</source>
        <translation>This kind of meeting has no quorum.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="295"/>
        <source>ĐỦ 2/3 ủy viên: có mặt %1/%2 (cần %3)</source>
        <translation>QUORUM (2/3 of members): %1/%2 present (%3 needed)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="296"/>
        <source>CHƯA ĐỦ 2/3 ủy viên: có mặt %1/%2 (cần %3)</source>
        <translation>NO QUORUM (2/3 of members): %1/%2 present (%3 needed)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="299"/>
        <source> — chưa mời: %1</source>
        <translation> — not invited: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="311"/>
        <source>Lý do vắng mặt</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="311"/>
        <source>Lý do đến muộn</source>
        <translation>Reason for being late</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="272"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="273"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="274"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="275"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="276"/>
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="277"/>
        <source>Báo vắng trước</source>
        <translation>Absence notice</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="285"/>
        <source> — được Thường trực cho phép</source>
        <translation> — excused by the Standing members</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="286"/>
        <source> — chưa được cho phép</source>
        <translation> — not excused</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="78"/>
        <source>Chọn một cuộc họp ở danh sách bên trái.</source>
        <translation>Pick a meeting in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="79"/>
        <source>Cuộc họp chưa có đại biểu nào.
Ở thẻ “Đại biểu, giấy mời”, bấm “Thêm cả cơ quan lãnh đạo”, “Thêm một đơn vị…” hoặc “Thêm người…”.</source>
        <translation>The meeting has no attendees yet.
On the “Attendees, invitations” tab, click “Add a whole leadership body”, “Add a unit…” or “Add people…”.</translation>
    </message>
</context>
<context>
    <name>AttendeesTab</name>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="125"/>
        <source>Thêm cả cơ quan lãnh đạo</source>
        <translation>Add a whole leadership body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="129"/>
        <source>Thêm một đơn vị…</source>
        <translation>Add a unit…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="130"/>
        <source>Thêm người…</source>
        <translation>Add people…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="131"/>
        <source>Thêm khách mời…</source>
        <translation>Add guest…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="135"/>
        <source>Vai trò…</source>
        <translation>Role…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="136"/>
        <source>Đã gửi giấy mời…</source>
        <translation>Invitation sent…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="137"/>
        <source>Báo vắng trước…</source>
        <translation>Absence notice…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="138"/>
        <source>Hủy báo vắng</source>
        <translation>Withdraw absence notice</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="139"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/attendee_tabs.py" line="153"/>
        <source>%n người; đã gửi giấy mời %1; báo vắng trước %2.</source>
        <translation>
            <numerusform>%n person; invitations sent: %1; absence notices: %2.</numerusform>
            <numerusform>%n people; invitations sent: %1; absence notices: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="175"/>
        <source>Thêm cả đơn vị</source>
        <translation>Add a whole unit</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="183"/>
        <source>Thêm người vào danh sách</source>
        <translation>Add people to the list</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="203"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_tabs.py" line="203"/>
        <source>Vai trò tại cuộc họp</source>
        <translation>Role at the meeting</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../../ui/leave/models.py" line="141"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="143"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="144"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="145"/>
        <source>Được nghỉ</source>
        <translation>Entitled</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="146"/>
        <source>Chuyển sang</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="147"/>
        <source>Đã nghỉ</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="148"/>
        <source>Chờ duyệt</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="149"/>
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="150"/>
        <source>Nghỉ khác</source>
        <translation>Other leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="151"/>
        <source>Nghỉ bù được</source>
        <translation>Comp. earned</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="152"/>
        <source>Nghỉ bù còn</source>
        <translation>Comp. left</translation>
    </message>
</context>
<context>
    <name>BalancesTab</name>
    <message>
        <location filename="../../ui/leave/balances_tab.py" line="42"/>
        <source>Tìm theo tên…</source>
        <translation>Find by name…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/balances_tab.py" line="44"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/balances_tab.py" line="58"/>
        <source>Được nghỉ: 12 ngày (Bộ luật Lao động 2019, Điều 113) cộng 1 ngày cho mỗi 5 năm công tác (Điều 114), tính theo tỷ lệ trong năm đầu. Còn lại = được nghỉ + chuyển sang − đã nghỉ − chờ duyệt. Chỉ tính các loại nghỉ trừ vào phép năm.</source>
        <translation>Entitled: 12 days (Labour Code 2019, Article 113) plus 1 day for every 5 years of service (Article 114), pro rata in the first year. Remaining = entitled + carried over − taken − pending. Only leave types counted against annual leave are included.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/balances_tab.py" line="63"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/leave/balances_tab.py" line="83"/>
        <source>Xuất số ngày phép</source>
        <translation>Export leave balances</translation>
    </message>
    <message>
        <location filename="../../ui/leave/balances_tab.py" line="84"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CalendarHeader</name>
    <message>
        <location filename="../../ui/calendar/header.py" line="26"/>
        <source>Lịch công tác tháng %1/%2</source>
        <translation>Work calendar, %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/header.py" line="30"/>
        <source>Lịch công tác từ %1 đến %2</source>
        <translation>Work calendar from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/header.py" line="32"/>
        <source>Lịch công tác tuần %1 (từ %2 đến %3)</source>
        <translation>Work calendar, week %1 (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/header.py" line="42"/>
        <source>Chưa công bố.</source>
        <translation>Not published.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/header.py" line="44"/>
        <source>Đã công bố bản %1 lúc %2 (%3).</source>
        <translation>Version %1 published %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/header.py" line="48"/>
        <source>Có %n điều chỉnh, bổ sung sau khi công bố.</source>
        <translation>
            <numerusform>%n change since publication.</numerusform>
            <numerusform>%n changes since publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/header.py" line="52"/>
        <source>⚠ %n trùng lịch hoặc vắng mặt.</source>
        <translation>
            <numerusform>⚠ %n clash or absence.</numerusform>
            <numerusform>⚠ %n clashes or absences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/header.py" line="64"/>
        <source>… và %n cảnh báo khác (xem chú thích từng dòng).</source>
        <translation>
            <numerusform>… and %n more warning (see the row notes).</numerusform>
            <numerusform>… and %n more warnings (see the row notes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarLinkRow</name>
    <message>
        <location filename="../../ui/meetings/event_link.py" line="127"/>
        <location filename="../../ui/meetings/event_link.py" line="150"/>
        <source>Xem trên lịch tuần</source>
        <translation>Show in the week</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/event_link.py" line="139"/>
        <source>Lịch công tác: &lt;i&gt;chưa có trên lịch&lt;/i&gt;</source>
        <translation>Work calendar: &lt;i&gt;not on the calendar&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/event_link.py" line="140"/>
        <source>Gắn với lịch…</source>
        <translation>Link to the calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/event_link.py" line="144"/>
        <source>Lịch công tác: &lt;b&gt;tuần %1&lt;/b&gt; (%2 – %3)</source>
        <translation>Work calendar: &lt;b&gt;week %1&lt;/b&gt; (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>CalendarModels</name>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="75"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="75"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="75"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="75"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="75"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="75"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="75"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="94"/>
        <source>Trạng thái: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="96"/>
        <source>Sau khi công bố: %1</source>
        <translation>After publication: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="98"/>
        <source>Lịch định kỳ</source>
        <translation>Recurring entry</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="115"/>
        <source>Chủ trì: %1</source>
        <translation>Chair: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="115"/>
        <source>Dự: %1</source>
        <translation>Attending: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="61"/>
        <location filename="../../ui/calendar/models/lists.py" line="97"/>
        <location filename="../../ui/calendar/models/schedule.py" line="137"/>
        <location filename="../../ui/calendar/models/schedule.py" line="354"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="137"/>
        <source>Buổi</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="63"/>
        <location filename="../../ui/calendar/models/schedule.py" line="137"/>
        <location filename="../../ui/calendar/models/schedule.py" line="354"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="64"/>
        <location filename="../../ui/calendar/models/schedule.py" line="137"/>
        <location filename="../../ui/calendar/models/schedule.py" line="354"/>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="137"/>
        <location filename="../../ui/calendar/models/schedule.py" line="354"/>
        <source>Chủ trì/Lãnh đạo</source>
        <translation>Chair/Leaders</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="137"/>
        <source>Thành phần</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="138"/>
        <location filename="../../ui/calendar/models/schedule.py" line="354"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="138"/>
        <source>Đơn vị chuẩn bị</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="226"/>
        <source>Hoãn/hủy</source>
        <translation>Postponed/cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="228"/>
        <source> (dự kiến)</source>
        <translation> (tentative)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="313"/>
        <source>Tuần %1</source>
        <translation>Week %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/models/schedule.py" line="325"/>
        <location filename="../../ui/calendar/month_view.py" line="43"/>
        <source>… và %n mục khác</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/schedule.py" line="354"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="60"/>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="65"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="76"/>
        <source>Nghỉ lễ, Tết</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="77"/>
        <source>Nghỉ bù (cơ quan)</source>
        <translation>Day off in lieu (office)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="78"/>
        <source>Làm việc bù</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="79"/>
        <source>Cuối tuần</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="80"/>
        <source>Ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="98"/>
        <source>Thứ</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="99"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="100"/>
        <source>Tên, ghi chú</source>
        <translation>Name, notes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/lists.py" line="90"/>
        <source> — của cơ quan</source>
        <translation> — the office’s own</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <location filename="../../ui/calendar/printing.py" line="52"/>
        <source>Xem trước lịch công tác tuần</source>
        <translation>Preview of the week’s work calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/printing.py" line="61"/>
        <source>Xuất lịch công tác tuần</source>
        <translation>Export the week’s work calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/printing.py" line="131"/>
        <source>Đã xuất %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="178"/>
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="179"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="181"/>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="186"/>
        <source>Xem lịch của:</source>
        <translation>Show the schedule of:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="245"/>
        <source>Tất cả lãnh đạo</source>
        <translation>All leaders</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="246"/>
        <source>Thường trực</source>
        <translation>Standing members</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="247"/>
        <source>Lãnh đạo Văn phòng</source>
        <translation>Office leadership</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="276"/>
        <location filename="../../ui/calendar/pane.py" line="457"/>
        <source>◀ Tuần trước</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="277"/>
        <location filename="../../ui/calendar/pane.py" line="458"/>
        <source>Tuần trước (Alt+←, Page Up)</source>
        <translation>Previous week (Alt+←, Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="278"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="279"/>
        <location filename="../../ui/calendar/pane.py" line="459"/>
        <source>Tuần sau ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="280"/>
        <location filename="../../ui/calendar/pane.py" line="460"/>
        <source>Tuần sau (Alt+→, Page Down)</source>
        <translation>Next week (Alt+→, Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="281"/>
        <source>Thêm lịch…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="282"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="283"/>
        <source>Hoãn/hủy</source>
        <translation>Postpone/cancel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="284"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="285"/>
        <source>Công bố tuần…</source>
        <translation>Publish week…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="286"/>
        <source>Thay đổi…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="287"/>
        <source>Xem trước khi in…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="289"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="290"/>
        <source>Xuất…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="291"/>
        <source>Nhập .ics…</source>
        <translation>Import .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="292"/>
        <source>Ngày làm việc…</source>
        <translation>Working days…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="413"/>
        <source>Tuần này chưa có lịch công tác nào.</source>
        <translation>This week has no entries yet.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="415"/>
        <source>Bấm “Thêm lịch…” (Ctrl+N) để thêm.</source>
        <translation>Click “Add entry…” (Ctrl+N) to add one.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="416"/>
        <source>Xem tuần khác bằng “◀ Tuần trước”, “Tuần sau ▶” (Alt+←, Alt+→).</source>
        <translation>See other weeks with “◀ Previous week”, “Next week ▶” (Alt+←, Alt+→).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="420"/>
        <source>Không có lịch nào khớp “%1” trong những tuần này.
Thử ít chữ hơn; gõ không dấu cũng được.</source>
        <translation>No entry in these weeks matches “%1”.
Try fewer words; typing without accents works too.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="422"/>
        <source>Không có lịch công tác nào trong những tuần này.</source>
        <translation>There are no entries in these weeks.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="452"/>
        <source>◀ Tháng trước</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="453"/>
        <source>Tháng trước (Alt+←, Page Up)</source>
        <translation>Previous month (Alt+←, Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="454"/>
        <source>Tháng sau ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="455"/>
        <source>Tháng sau (Alt+→, Page Down)</source>
        <translation>Next month (Alt+→, Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="495"/>
        <source>sửa</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="506"/>
        <source>hoãn/hủy</source>
        <translation>postpone or cancel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="509"/>
        <source>xóa</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="520"/>
        <source>Bạn muốn %1 «%2»?</source>
        <translation>Do you want to %1 «%2»?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/pane.py" line="527"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="53"/>
        <source>Công bố lịch tuần</source>
        <translation>Publish the week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="54"/>
        <source>Công bố lịch tuần từ %1 (bản số %2). Ghi chú (không bắt buộc):</source>
        <translation>Publish the week from %1 (version %2). Note (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="212"/>
        <source>Nhập lịch iCalendar</source>
        <translation>Import an iCalendar file</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="213"/>
        <source>Lịch iCalendar (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/viewing.py" line="29"/>
        <source>Màn hình sảnh</source>
        <translation>Lobby screen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/viewing.py" line="31"/>
        <source>Trình chiếu lịch tuần đã công bố toàn màn hình (màn hình sảnh, TV)</source>
        <translation>Show the published week full screen (lobby screen, TV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/viewing.py" line="34"/>
        <source>Lịch từng lãnh đạo…</source>
        <translation>Each leader&apos;s calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/viewing.py" line="36"/>
        <source>Xuất mỗi lãnh đạo một tệp .ics vào một thư mục</source>
        <translation>Export one .ics file per leader into a folder</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/viewing.py" line="51"/>
        <source>Màn hình sảnh chiếm toàn màn hình và chỉ thoát được bằng phím Esc cùng tài khoản, mật khẩu quản trị. Mở màn hình sảnh?</source>
        <translation>The lobby screen fills the whole screen and closes only with the Esc key and an administrator&apos;s account and password. Open the lobby screen?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/viewing.py" line="71"/>
        <source>Chọn thư mục ghi lịch từng lãnh đạo</source>
        <translation>Choose the folder for the leaders&apos; calendars</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/my_week.py" line="150"/>
        <source>Lịch của tôi</source>
        <translation>My week</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="69"/>
        <source>Thay đổi của lịch tuần từ %1</source>
        <translation>Changes to the week from %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="73"/>
        <source>Bản số %1 — %2 (%3)</source>
        <translation>Version %1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="86"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="89"/>
        <source>So với:</source>
        <translation>Compared with:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="104"/>
        <source>Tuần này chưa được công bố.</source>
        <translation>This week has not been published.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/dialogs.py" line="109"/>
        <source>%n thay đổi so với bản số %1.</source>
        <translation>
            <numerusform>%n change since version %1.</numerusform>
            <numerusform>%n changes since version %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="111"/>
        <source>Không có thay đổi so với bản số %1.</source>
        <translation>No changes since version %1.</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="40"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="42"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="44"/>
        <source>Vừa cửa sổ</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="45"/>
        <source>Cỡ thật</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="47"/>
        <source>Xuất PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="48"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="49"/>
        <source>In sơ đồ…</source>
        <translation>Print chart…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="117"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="117"/>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="118"/>
        <source>Xuất sơ đồ tổ chức</source>
        <translation>Export org chart</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_tab.py" line="127"/>
        <source>Đã xuất sơ đồ ra %1</source>
        <translation>Chart exported to %1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="150"/>
        <source>Công việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="150"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="151"/>
        <source>Người thực hiện</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="152"/>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="152"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="55"/>
        <source>&lt;span style=&apos;background:%1;color:%2&apos;&gt;&amp;nbsp;Quá hạn&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3;color:%4&apos;&gt;&amp;nbsp;Đến hạn trong 1 ngày làm việc&amp;nbsp;&lt;/span&gt; — đánh dấu ô vuông khi xong việc.</source>
        <translation>&lt;span style=&apos;background:%1;color:%2&apos;&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3;color:%4&apos;&gt;&amp;nbsp;Due within 1 working day&amp;nbsp;&lt;/span&gt; — tick the box when a task is done.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="63"/>
        <source>Giao cho…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="64"/>
        <source>Ghi chú…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="65"/>
        <source>Thêm việc…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="66"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="67"/>
        <source>Xóa việc</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="68"/>
        <source>Cập nhật theo mẫu</source>
        <translation>Update from template</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="69"/>
        <source>Soạn biên bản…</source>
        <translation>Draft the minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="87"/>
        <source>Chọn một cuộc họp ở danh sách bên trái.</source>
        <translation>Pick a meeting in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="88"/>
        <source>Cuộc họp chưa có việc cần làm nào.
Bấm “Cập nhật theo mẫu” để lấy danh mục việc của loại cuộc họp, hoặc “Thêm việc…”.</source>
        <translation>The meeting has no tasks yet.
Click “Update from template” to take the task list of its kind of meeting, or “Add task…”.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="137"/>
        <source>Giao việc: %1</source>
        <translation>Assign task: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/checklist_tab.py" line="163"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConclusionsDialog</name>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="242"/>
        <source>Thông báo kết luận — %1</source>
        <translation>Conclusion notice — %1</translation>
    </message>
</context>
<context>
    <name>CopyModel</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="378"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="379"/>
        <source>Bản số</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="380"/>
        <source>Người nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="381"/>
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="382"/>
        <source>Trả lúc</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="64"/>
        <source>Thêm ủy quyền</source>
        <translation>Add delegation</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="70"/>
        <source>(chọn người làm thay)</source>
        <translation>(choose who acts)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="78"/>
        <source>Ví dụ: Ký thay văn bản hành chính</source>
        <translation>For example: signs administrative documents on their behalf</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="84"/>
        <source>Người ủy quyền</source>
        <translation>Delegating</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="84"/>
        <source>Người làm thay</source>
        <translation>Acting</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="85"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="85"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="86"/>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="86"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="98"/>
        <source>Hãy chọn người làm thay.</source>
        <translation>Choose who acts.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="100"/>
        <source>Một người không thể ủy quyền cho chính mình.</source>
        <translation>A person cannot delegate to themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="102"/>
        <source>Ngày kết thúc phải từ ngày bắt đầu trở đi.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../ui/display/window.py" line="64"/>
        <source>VănPhòng — Lịch công tác tuần</source>
        <translation>VănPhòng — Weekly schedule</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="107"/>
        <source>LỊCH CÔNG TÁC TUẦN</source>
        <translation>WEEKLY WORK SCHEDULE</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="172"/>
        <source>Chưa đọc được lịch công tác: %1
Đang thử lại…</source>
        <translation>Could not read the schedule: %1
Trying again…</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="211"/>
        <source>Đang tải lịch công tác…</source>
        <translation>Loading the schedule…</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="224"/>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="245"/>
        <source>Tài liệu hội nghị</source>
        <translation>Meeting document</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="251"/>
        <source>Tài liệu Mật (không gửi qua thư điện tử)</source>
        <translation>Confidential document (not sent by e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="253"/>
        <source>Phải thu hồi sau khi dùng</source>
        <translation>Must be returned after use</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="257"/>
        <source>Tên tài liệu</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="258"/>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="261"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="358"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="359"/>
        <location filename="../../ui/meetings/models.py" line="360"/>
        <source>Mật</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="361"/>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="362"/>
        <source>Thu hồi</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="364"/>
        <source>Đã phát</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="365"/>
        <source>Chưa trả</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="363"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="39"/>
        <source>Chỉ các bản chưa thu hồi (cả cuộc họp)</source>
        <translation>Only copies not yet returned (whole meeting)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="60"/>
        <source>Thêm tài liệu…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="61"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="62"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="63"/>
        <source>Phát cho…</source>
        <translation>Hand out to…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="64"/>
        <source>Phát cho mọi người có mặt</source>
        <translation>Hand out to everyone present</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="73"/>
        <source>Đã trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="74"/>
        <source>Chưa trả</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="75"/>
        <source>Hủy phát (phát nhầm)</source>
        <translation>Undo hand-out (given by mistake)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/documents_tab.py" line="107"/>
        <source>Chưa thu hồi: %n bản</source>
        <translation>
            <numerusform>Not returned: %n copy</numerusform>
            <numerusform>Not returned: %n copies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/documents_tab.py" line="145"/>
        <source>Phát “%1” cho</source>
        <translation>Hand out “%1” to</translation>
    </message>
</context>
<context>
    <name>DutyDayDialog</name>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="166"/>
        <source>Người trực %1</source>
        <translation>On duty %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="42"/>
        <source>Giờ cụ thể</source>
        <translation>Set times</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="43"/>
        <source>Cả buổi sáng</source>
        <translation>Whole morning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="44"/>
        <source>Cả buổi chiều</source>
        <translation>Whole afternoon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="45"/>
        <source>Cả ngày (một hoặc nhiều ngày)</source>
        <translation>All day (one or more days)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="82"/>
        <source>Thêm lịch công tác</source>
        <translation>Add calendar entry</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="82"/>
        <source>Sửa lịch công tác</source>
        <translation>Edit calendar entry</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="131"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="133"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="140"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="177"/>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="178"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="179"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="180"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="181"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="182"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="183"/>
        <source>Thành phần</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="184"/>
        <source>Đơn vị chuẩn bị</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="185"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="190"/>
        <source>Lãnh đạo dự</source>
        <translation>Leaders attending</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="192"/>
        <source>Đơn vị tham dự</source>
        <translation>Units attending</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="203"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="204"/>
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="290"/>
        <source>(lịch mới)</source>
        <translation>(new entry)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="300"/>
        <source>Không trùng lịch.</source>
        <translation>No clashes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/event_dialog.py" line="306"/>
        <source>… và %n cảnh báo khác</source>
        <translation>
            <numerusform>… and %n more warning</numerusform>
            <numerusform>… and %n more warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="311"/>
        <source>Lịch này bị trùng:
%1

Vẫn lưu?</source>
        <translation>This entry clashes:
%1

Save anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="312"/>
        <source>Trùng lịch</source>
        <translation>Clash</translation>
    </message>
</context>
<context>
    <name>EventLinkBox</name>
    <message>
        <location filename="../../ui/meetings/event_link.py" line="46"/>
        <source>Gắn với lịch công tác đã có trong ngày (không tạo lịch mới)</source>
        <translation>Link to an entry already on the calendar that day (no new entry)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/event_link.py" line="51"/>
        <source>&lt;i&gt;Ngày này chưa có lịch nào để gắn.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No entry on this day to link to.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/event_link.py" line="73"/>
        <source> (đã có cuộc họp)</source>
        <translation> (has a meeting)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/event_link.py" line="75"/>
        <source> (đã hoãn/hủy)</source>
        <translation> (postponed/cancelled)</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/display/exit_dialog.py" line="19"/>
        <source>Thoát màn hình trình chiếu</source>
        <translation>Leave the lobby screen</translation>
    </message>
    <message>
        <location filename="../../ui/display/exit_dialog.py" line="34"/>
        <source>Chỉ quản trị viên mới thoát được màn hình này.</source>
        <translation>Only an administrator can leave this screen.</translation>
    </message>
    <message>
        <location filename="../../ui/display/exit_dialog.py" line="35"/>
        <source>Tài khoản quản trị:</source>
        <translation>Administrator account:</translation>
    </message>
    <message>
        <location filename="../../ui/display/exit_dialog.py" line="36"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/display/exit_dialog.py" line="43"/>
        <source>Nhập tài khoản và mật khẩu quản trị.</source>
        <translation>Enter an administrator&apos;s account and password.</translation>
    </message>
    <message>
        <location filename="../../ui/display/exit_dialog.py" line="46"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../ui/export_files.py" line="92"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/export_files.py" line="93"/>
        <source>Đã ghi %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_files.py" line="94"/>
        <source>Đã ghi vào thư mục %1</source>
        <translation>Saved into the folder %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_files.py" line="101"/>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/export_files.py" line="104"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="33"/>
        <source>Thiết lập lần đầu</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="35"/>
        <source>Chào mừng đến với VănPhòng. Hãy nhập tên cơ quan và tạo tài khoản quản trị.</source>
        <translation>Welcome to VănPhòng. Enter the name of your office and create an administrator account.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="37"/>
        <source>Văn phòng Tỉnh ủy</source>
        <translation>Văn phòng Tỉnh ủy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>Ví dụ: Tỉnh ủy Lâm Đồng</source>
        <translation>For example: Tỉnh ủy Lâm Đồng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="42"/>
        <source>Địa danh ghi trên văn bản, ví dụ: Lâm Đồng</source>
        <translation>Place name printed on documents, for example: Lâm Đồng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="44"/>
        <source>Cơ quan Đảng (HD 36-HD/VPTW)</source>
        <translation>Party office (HD 36-HD/VPTW)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="45"/>
        <source>Cơ quan Nhà nước (Nghị định 30/2020)</source>
        <translation>State office (Decree 30/2020)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="54"/>
        <source>Nạp văn phòng mẫu để dùng thử</source>
        <translation>Load a demo office to try the app</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="63"/>
        <source>Tên cơ quan</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="64"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="65"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="66"/>
        <source>Loại cơ quan</source>
        <translation>Office type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="67"/>
        <source>Tên đăng nhập quản trị</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="68"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="69"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="89"/>
        <source>Hai mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="197"/>
        <source>Thêm khách mời</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="203"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="204"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="205"/>
        <source>Cơ quan, đơn vị</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="206"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="81"/>
        <source>Hướng dẫn sử dụng VănPhòng</source>
        <translation>VănPhòng user guide</translation>
    </message>
</context>
<context>
    <name>HalfDayCombo</name>
    <message>
        <location filename="../../ui/leave/widgets.py" line="58"/>
        <source>Sáng</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../ui/leave/widgets.py" line="59"/>
        <source>Chiều</source>
        <translation>Afternoon</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="181"/>
        <source>Nhập lịch từ %1</source>
        <translation>Import entries from %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/dialogs.py" line="189"/>
        <source>%1 trong %n mục có thể nhập.</source>
        <translation>
            <numerusform>%1 of %n item can be imported.</numerusform>
            <numerusform>%1 of %n items can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="192"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="193"/>
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="117"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="117"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="118"/>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="118"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="119"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/orgchart/models.py" line="273"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="274"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="275"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="276"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="277"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="278"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="279"/>
        <source>Ngày vào cơ quan</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="280"/>
        <source>Lỗi / ghi chú</source>
        <translation>Errors / notes</translation>
    </message>
</context>
<context>
    <name>ImportStaffDialog</name>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="43"/>
        <source>Nhập danh sách cán bộ từ Excel</source>
        <translation>Import staff from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="44"/>
        <source>Tệp .xlsx có dòng tiêu đề gồm các cột: họ và tên, chức vụ, đơn vị, điện thoại, email, ngày vào cơ quan (dd/mm/yyyy). Đơn vị và chức vụ phải có sẵn trong danh mục.</source>
        <translation>An .xlsx file with a header row and the columns: full name, position, unit, phone, email, date joined (dd/mm/yyyy). Units and positions must already exist.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="48"/>
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="50"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="65"/>
        <source>Đọc lại các ô kiểu ngày theo ngày/tháng (đổi chỗ ngày và tháng)</source>
        <translation>Read the date cells again day first (swap day and month)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="68"/>
        <source>Tôi đã đối chiếu các ngày trên với bản gốc</source>
        <translation>I have checked these dates against the original</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="78"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="99"/>
        <source>Chọn tệp Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="100"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/import_dialog.py" line="141"/>
        <source>%n dòng hợp lệ, %1 dòng lỗi.</source>
        <translation>
            <numerusform>%n valid row, %1 with errors.</numerusform>
            <numerusform>%n valid rows, %1 with errors.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="143"/>
        <source>Chỉ các dòng hợp lệ được nhập; sửa tệp rồi chọn lại nếu muốn nhập đủ.</source>
        <translation>Only the valid rows are imported; fix the file and choose it again to import them all.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/import_dialog.py" line="145"/>
        <source>Tệp không có dòng dữ liệu nào.</source>
        <translation>The file has no data rows.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/import_dialog.py" line="148"/>
        <source>Nhập %n cán bộ</source>
        <translation>
            <numerusform>Import %n staff member</numerusform>
            <numerusform>Import %n staff members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message numerus="yes">
        <location filename="../../ui/meetings/dialogs.py" line="231"/>
        <source>Đã gửi giấy mời cho %n người</source>
        <translation>
            <numerusform>Invitation sent to %n person</numerusform>
            <numerusform>Invitations sent to %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="236"/>
        <source>Cách gửi</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="237"/>
        <source>Thời gian gửi</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="74"/>
        <source>Giấy mời — %1</source>
        <translation>Invitation — %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="80"/>
        <source>Số kế tiếp trong sổ văn bản đi; sửa được trước khi phát hành</source>
        <translation>The next number in the outgoing-document register; can be changed before issuing</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="87"/>
        <source>Mặc định: Tài liệu gửi kèm theo giấy mời.</source>
        <translation>Default: Documents enclosed with the invitation.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="89"/>
        <source>Ví dụ: đồng chí … , Phòng Hành chính, điện thoại …</source>
        <translation>E.g. comrade …, Administration Department, phone …</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="90"/>
        <source>Mỗi đại biểu một giấy mời (bỏ chọn: một giấy kèm danh sách)</source>
        <translation>One letter per invitee (unticked: one letter with the list)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="93"/>
        <source>Mỗi dòng một nơi nhận; để trống: Như trên, Lưu Văn phòng.</source>
        <translation>One recipient a line; empty: as above, office file copy.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="96"/>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="97"/>
        <source>Ngày ký:</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="98"/>
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="99"/>
        <source>Tài liệu:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="100"/>
        <source>Liên hệ:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="103"/>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="104"/>
        <source>Lưu bản nháp…</source>
        <translation>Save draft…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="106"/>
        <source>Số để trống, không lấy số</source>
        <translation>Number left blank; no number is taken</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="108"/>
        <source>Phát hành và lưu…</source>
        <translation>Issue and save…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="110"/>
        <source>Lấy số trong sổ văn bản đi, ghi nhận đã gửi giấy mời cho các đại biểu</source>
        <translation>Take the number from the outgoing-document register and record the invitations as sent</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="177"/>
        <source>Việc cần làm</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="187"/>
        <source>Phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="188"/>
        <source>Công việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="189"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>LeaveDays</name>
    <message>
        <location filename="../../ui/leave/models.py" line="57"/>
        <source>%1 (buổi sáng)</source>
        <translation>%1 (morning)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="57"/>
        <source>%1 (buổi chiều)</source>
        <translation>%1 (afternoon)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="60"/>
        <source>%1 (chiều)</source>
        <translation>%1 (afternoon)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="62"/>
        <source>%1 (sáng)</source>
        <translation>%1 (morning)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/leave/models.py" line="69"/>
        <source>%1 ngày làm việc</source>
        <translation>
            <numerusform>%1 working day</numerusform>
            <numerusform>%1 working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeavePane</name>
    <message>
        <location filename="../../ui/leave/pane.py" line="92"/>
        <source>Đơn xin nghỉ</source>
        <translation>Leave requests</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="93"/>
        <location filename="../../ui/leave/pane.py" line="227"/>
        <source>Chờ tôi duyệt</source>
        <translation>Awaiting my approval</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="94"/>
        <source>Số ngày phép</source>
        <translation>Leave balances</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="95"/>
        <source>Lịch vắng mặt</source>
        <translation>Absence calendar</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="96"/>
        <source>Lịch trực</source>
        <translation>Duty rosters</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="106"/>
        <source>Xin nghỉ…</source>
        <translation>Request leave…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="110"/>
        <source>Ghi nhận nghỉ đột xuất…</source>
        <translation>Record emergency leave…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="113"/>
        <source>Quy tắc nghỉ phép…</source>
        <translation>Leave rules…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="117"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="118"/>
        <source>Làm mới (F5, menu Xem)</source>
        <translation>Refresh (F5, View menu)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/pane.py" line="214"/>
        <source>Đơn xin nghỉ giấy chưa nộp Bộ phận Lưu trữ (Điều 18): %1</source>
        <translation>Written leave applications not yet filed with the archive (Article 18): %1</translation>
    </message>
</context>
<context>
    <name>LeaveRules</name>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="50"/>
        <source>— không —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="59"/>
        <source>%1 vắng: %2 duyệt thay</source>
        <translation>%1 away: %2 may approve instead</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="66"/>
        <source>%1, từ %2 ngày: %3</source>
        <translation>%1, from %2 days: %3</translation>
    </message>
</context>
<context>
    <name>LeaveSettingsDialog</name>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="307"/>
        <source>Quy tắc nghỉ phép</source>
        <translation>Leave rules</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="312"/>
        <source>Thẩm quyền phê duyệt</source>
        <translation>Approval authority</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="313"/>
        <source>Duyệt thay khi vắng</source>
        <translation>Approving for an absent approver</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="314"/>
        <source>Loại nghỉ</source>
        <translation>Leave type</translation>
    </message>
</context>
<context>
    <name>LeaveStatus</name>
    <message>
        <location filename="../../ui/leave/models.py" line="34"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="35"/>
        <source>Chờ duyệt</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="36"/>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="37"/>
        <source>Không duyệt</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="38"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="42"/>
        <source>Đăng nhập VănPhòng</source>
        <translation>Sign in to VănPhòng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="54"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="55"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="80"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../ui/menu_bar.py" line="52"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="52"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="52"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="52"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="53"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="60"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="63"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="66"/>
        <source>Toàn màn hình</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="71"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/menu_bar.py" line="74"/>
        <source>Mục lục hướng dẫn</source>
        <translation>Guide contents</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>CSDL: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Người dùng: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Sao lưu…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Thiết lập…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Với máy chủ PostgreSQL, hãy sao lưu bằng pg_dump.</source>
        <translation>For a PostgreSQL server, back up with pg_dump.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Sao lưu cơ sở dữ liệu</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Tệp SQLite (*.sqlite3)</source>
        <translation>SQLite files (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Vắng hôm nay: %1</source>
        <translation>Away today: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>chưa có</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Sao lưu gần nhất: %1</source>
        <translation>Last backup: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDates</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="52"/>
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="52"/>
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="53"/>
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="53"/>
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="54"/>
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="54"/>
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="55"/>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="86"/>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="86"/>
        <source>Sửa, dời cuộc họp</source>
        <translation>Edit, reschedule meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="103"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="105"/>
        <source>Có nội dung quan trọng, phức tạp (gửi tài liệu sớm hơn)</source>
        <translation>Important, complex matters (send documents earlier)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="106"/>
        <source>Có khách nước ngoài (bố trí cờ)</source>
        <translation>Foreign guests (arrange flags)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="109"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="110"/>
        <source>Tên cuộc họp</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="111"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="112"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="113"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="114"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="117"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="123"/>
        <source>Lịch công tác</source>
        <translation>Work calendar</translation>
    </message>
</context>
<context>
    <name>MeetingLinks</name>
    <message>
        <location filename="../../ui/calendar/meeting_link.py" line="38"/>
        <source>Mở chuẩn bị họp</source>
        <translation>Open meeting preparation</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_link.py" line="110"/>
        <source>Có hồ sơ chuẩn bị họp (bấm đúp hoặc chuột phải: Mở chuẩn bị họp)</source>
        <translation>Has a meeting preparation file (double-click or right-click: Open meeting preparation)</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="77"/>
        <source>Ngày giờ</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="78"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="79"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="80"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>MeetingPaperwork</name>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="27"/>
        <source>Giấy mời…</source>
        <translation>Invitation…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="31"/>
        <source>Biên bản…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="32"/>
        <source>Thông báo kết luận…</source>
        <translation>Conclusion notice…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="34"/>
        <source>Chương trình công tác tháng…</source>
        <translation>Monthly work programme…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="40"/>
        <source>Sổ đăng ký văn bản đi…</source>
        <translation>Outgoing-document register…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="43"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="45"/>
        <source>Giấy mời, biên bản, thông báo kết luận, chương trình tháng, sổ đăng ký văn bản đi</source>
        <translation>Invitations, minutes, conclusion notices, monthly programme, outgoing-document register</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="61"/>
        <source>Hãy chọn một cuộc họp.</source>
        <translation>Select a meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paperwork.py" line="103"/>
        <source>Soạn chương trình…</source>
        <translation>Draft the programme…</translation>
    </message>
</context>
<context>
    <name>MeetingPrinting</name>
    <message>
        <location filename="../../ui/meetings/printing.py" line="30"/>
        <source>Danh sách đại biểu</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/printing.py" line="31"/>
        <source>Biển tên đại biểu</source>
        <translation>Name plates</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/printing.py" line="32"/>
        <source>Bảng phân công chuẩn bị</source>
        <translation>Preparation assignments</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/printing.py" line="33"/>
        <source>Báo cáo điểm danh</source>
        <translation>Attendance report</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/printing.py" line="54"/>
        <source>Cuộc họp chưa có đại biểu nào.</source>
        <translation>The meeting has no attendees yet.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/printing.py" line="65"/>
        <source>Xem trước khi in — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/printing.py" line="115"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/printing.py" line="117"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MeetingWarnings</name>
    <message>
        <location filename="../../ui/meetings/meeting_warnings.py" line="49"/>
        <source>Mời toàn bộ ủy viên %1 (số người: %2)</source>
        <translation>Invite every member of the %1 (people: %2)</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <location filename="../../ui/meetings/pane.py" line="134"/>
        <source>Sắp tới và hôm nay</source>
        <translation>Today and upcoming</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="135"/>
        <source>Đã qua</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="136"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="168"/>
        <source>Việc cần làm</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="169"/>
        <source>Đại biểu, giấy mời</source>
        <translation>Attendees, invitations</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="171"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="173"/>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="181"/>
        <source>Hiện:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="236"/>
        <source>Cuộc họp mới…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="240"/>
        <source>Sửa, dời lịch…</source>
        <translation>Edit, reschedule…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="243"/>
        <location filename="../../ui/meetings/pane.py" line="556"/>
        <source>Xóa cuộc họp</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="246"/>
        <source>Hoãn/hủy</source>
        <translation>Call off</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="248"/>
        <source>Hoãn/hủy cuộc họp: lịch công tác của nó được đánh dấu hoãn/hủy</source>
        <translation>Call off the meeting: its calendar entry is marked postponed/cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="250"/>
        <source>Mẫu danh mục việc…</source>
        <translation>Task list templates…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="258"/>
        <source>Xem trước khi in…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="259"/>
        <source>In ngay…</source>
        <translation>Print now…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="260"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="263"/>
        <source>In, xuất PDF</source>
        <translation>Print, export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="455"/>
        <source>Chưa có cuộc họp nào đã qua.
Chọn “Sắp tới và hôm nay” hoặc “Tất cả” ở trên.</source>
        <translation>No past meetings yet.
Choose “Today and upcoming” or “All” above.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="456"/>
        <source>Không có cuộc họp nào sắp tới.</source>
        <translation>No upcoming meetings.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="457"/>
        <source>Chưa có cuộc họp nào.</source>
        <translation>No meetings yet.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="459"/>
        <source>Bấm “Cuộc họp mới…” (Ctrl+N) để bắt đầu chuẩn bị một cuộc họp.</source>
        <translation>Click “New meeting…” (Ctrl+N) to start preparing one.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="465"/>
        <source>&lt;i&gt;Chọn một cuộc họp ở danh sách bên trái để xem việc cần làm, đại biểu, điểm danh và tài liệu.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pick a meeting in the list on the left to see its tasks, attendees, attendance and documents.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="467"/>
        <source>&lt;i&gt;Chưa có cuộc họp nào. Bấm “Cuộc họp mới…” để bắt đầu chuẩn bị.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No meetings yet. Click “New meeting…” to start preparing one.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/pane.py" line="474"/>
        <source>%n việc quá hạn</source>
        <translation>
            <numerusform>%n task overdue</numerusform>
            <numerusform>%n tasks overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="476"/>
        <source> · quan trọng</source>
        <translation> · important</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="476"/>
        <source> · khách nước ngoài</source>
        <translation> · foreign guests</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="480"/>
        <source>chủ trì: %1</source>
        <translation>chair: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/pane.py" line="481"/>
        <source>đã xong %1/%n việc</source>
        <translation>
            <numerusform>%1/%n task done</numerusform>
            <numerusform>%1/%n tasks done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="517"/>
        <source>Hoãn/hủy cuộc họp</source>
        <translation>Call off meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="518"/>
        <source>Hoãn/hủy “%1”? Lịch công tác sẽ ghi là hoãn/hủy; việc chuẩn bị vẫn được giữ lại.</source>
        <translation>Call off “%1”? The calendar entry will read postponed/cancelled; the preparation is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="544"/>
        <source>Ngày của cuộc họp chưa có lịch công tác nào để gắn.</source>
        <translation>The meeting’s day has no calendar entry to link to.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="546"/>
        <source>Gắn với lịch công tác</source>
        <translation>Link to the work calendar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pane.py" line="557"/>
        <source>Xóa “%1” cùng danh mục việc, đại biểu và tài liệu?</source>
        <translation>Delete “%1” with its tasks, attendees and documents?</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="156"/>
        <source>Biên bản — %1</source>
        <translation>Minutes — %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="159"/>
        <source>Hạn hoàn thành biên bản: %1 (003 §II.1.1)</source>
        <translation>Minutes due: %1 (003 §II.1.1)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="161"/>
        <source>Họp về tổ chức, cán bộ: Chánh Văn phòng ghi biên bản</source>
        <translation>Personnel meeting: the chief of office takes the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="164"/>
        <source>(chưa phân công)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="169"/>
        <source>Lưu người ghi biên bản</source>
        <translation>Save the minute taker</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="174"/>
        <source>Người ghi biên bản:</source>
        <translation>Minute taker:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="186"/>
        <source>Ý kiến bằng văn bản của đồng chí vắng mặt (004 Điều 10.4, 11.4)</source>
        <translation>Written comments of the absent member (004 Art. 10.4, 11.4)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="187"/>
        <source>Lưu ý kiến</source>
        <translation>Save comments</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="191"/>
        <source>Vắng mặt:</source>
        <translation>Absent:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="192"/>
        <source>Ý kiến gửi bằng văn bản:</source>
        <translation>Written comments:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="211"/>
        <source>Hãy chọn một đồng chí vắng mặt.</source>
        <translation>Select an absent member.</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="207"/>
        <source>Chuyển %1 sang đơn vị khác</source>
        <translation>Transfer %1 to another unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="215"/>
        <source>(giữ chức vụ hiện tại: %1)</source>
        <translation>(keep current position: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="217"/>
        <source>Đơn vị mới</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="218"/>
        <source>Chức vụ mới</source>
        <translation>New position</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="226"/>
        <source>Hãy chọn đơn vị hoặc chức vụ khác với hiện tại.</source>
        <translation>Choose a unit or position different from the current one.</translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="270"/>
        <source>Chuyển đơn vị %1</source>
        <translation>Move unit %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="275"/>
        <source>(cấp cao nhất)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="277"/>
        <source>Trực thuộc</source>
        <translation>Under</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="284"/>
        <source>Đơn vị đã trực thuộc đơn vị này.</source>
        <translation>The unit is already under this unit.</translation>
    </message>
</context>
<context>
    <name>MyWeekModel</name>
    <message>
        <location filename="../../ui/calendar/models/my_week.py" line="24"/>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/my_week.py" line="24"/>
        <source>Buổi</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/my_week.py" line="25"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/my_week.py" line="25"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/my_week.py" line="26"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/my_week.py" line="26"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models/my_week.py" line="27"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MyWeekTab</name>
    <message>
        <location filename="../../ui/calendar/my_week.py" line="59"/>
        <source>In lịch tuần (PDF)…</source>
        <translation>Print the week (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/my_week.py" line="68"/>
        <source>Lịch của:</source>
        <translation>Schedule of:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/my_week.py" line="109"/>
        <source>Tài khoản này chưa gắn với cán bộ nào: quản trị viên gắn tài khoản với cán bộ trong Thiết lập → Tài khoản.</source>
        <translation>This account is not linked to a person: an administrator links accounts to people in Settings → Accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/my_week.py" line="121"/>
        <source>Lịch của: %1</source>
        <translation>Schedule of: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/my_week.py" line="122"/>
        <source>%n lượt công tác, họp</source>
        <translation>
            <numerusform>%n engagement or meeting</numerusform>
            <numerusform>%n engagements and meetings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/my_week.py" line="123"/>
        <source>; nghỉ %1 ngày</source>
        <translation>; %1 day(s) on leave</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/my_week.py" line="125"/>
        <source>; trực %n ngày</source>
        <translation>
            <numerusform>; %n day on duty</numerusform>
            <numerusform>; %n days on duty</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/my_week.py" line="133"/>
        <source>In lịch tuần của một người</source>
        <translation>Print a person&apos;s week</translation>
    </message>
</context>
<context>
    <name>MyWorkList</name>
    <message>
        <location filename="../../ui/my_work/models.py" line="30"/>
        <source>Đơn nghỉ chờ tôi duyệt</source>
        <translation>Leave requests waiting for my approval</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="31"/>
        <source>Việc chuẩn bị họp đến hạn</source>
        <translation>Meeting preparation tasks due</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="32"/>
        <source>Đơn xin nghỉ của tôi chưa nộp</source>
        <translation>My written leave applications not filed yet</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="33"/>
        <source>Đơn xin nghỉ giấy cần thu</source>
        <translation>Written leave applications to collect</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="34"/>
        <source>Lịch công tác tuần cần công bố</source>
        <translation>Weekly schedules to publish</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="35"/>
        <source>Lịch trực ngày lễ cần lập</source>
        <translation>Holiday duty rosters to prepare</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="52"/>
        <source>%1 xin nghỉ %2 ngày</source>
        <translation>%1 asks for %2 day(s) of leave</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="56"/>
        <source>Nộp đơn xin nghỉ giấy (%1 ngày)</source>
        <translation>File the written leave application (%1 day(s))</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="58"/>
        <source>Thu đơn xin nghỉ giấy của %1 (%2 ngày)</source>
        <translation>Collect the written leave application of %1 (%2 day(s))</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="62"/>
        <source>Công bố lịch công tác tuần %1</source>
        <translation>Publish the weekly schedule %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/my_work/models.py" line="63"/>
        <source>Công bố lịch tuần %1: %n thay đổi</source>
        <translation>
            <numerusform>Publish the schedule of %1: %n change</numerusform>
            <numerusform>Publish the schedule of %1: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="65"/>
        <source>Lập lịch trực %1</source>
        <translation>Prepare the duty roster for %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/my_work/models.py" line="66"/>
        <source>%1: %n ngày chưa đủ người trực</source>
        <translation>
            <numerusform>%1: %n day short of people on duty</numerusform>
            <numerusform>%1: %n days short of people on duty</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="82"/>
        <source>%1 — quá hạn</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="114"/>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="114"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/models.py" line="114"/>
        <source>Liên quan</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>MyWorkPane</name>
    <message>
        <location filename="../../ui/my_work/pane.py" line="45"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="47"/>
        <source>Nhắc tôi bằng thông báo trên khay hệ thống</source>
        <translation>Remind me with a system tray notification</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="76"/>
        <source>Không có việc nào cần làm.

Việc chuẩn bị họp đến hạn của phòng anh/chị, đơn nghỉ chờ anh/chị duyệt, đơn xin nghỉ giấy chưa nộp và lịch cần công bố sẽ hiện ở đây.</source>
        <translation>Nothing to do.

Meeting preparation tasks of your department that fall due, leave requests waiting for your approval, written leave applications not filed yet and schedules to publish will show here.</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="83"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="96"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="98"/>
        <source>Làm mới (F5, menu Xem)</source>
        <translation>Refresh (F5, View menu)</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="120"/>
        <source>&lt;b&gt;Việc của %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Tasks of %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="122"/>
        <source>Không có việc nào cần làm.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/my_work/pane.py" line="124"/>
        <source>%n việc</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/my_work/pane.py" line="126"/>
        <source>, %n việc quá hạn</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="127"/>
        <source>. Bấm đúp vào một dòng để mở.</source>
        <translation>. Double-click a row to open it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/my_work/pane.py" line="135"/>
        <source>Nhắc mỗi %n phút khi có việc mới.</source>
        <translation>
            <numerusform>Reminds every %n minute when there is something new.</numerusform>
            <numerusform>Reminds every %n minutes when there is something new.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="136"/>
        <source>Văn phòng đã tắt thông báo nhắc việc (Thiết lập → Quy định).</source>
        <translation>The office has turned reminders off (Settings → Rules).</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/pane.py" line="155"/>
        <source>Không mở được việc này: có thể nó vừa được làm xong hoặc đã bị xóa. Bấm “Làm mới” để cập nhật danh sách.</source>
        <translation>This item could not be opened: it may have just been done or deleted. Click “Refresh” to update the list.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="224"/>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="237"/>
        <source>(không gắn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="240"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="241"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="242"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="243"/>
        <source>Cán bộ</source>
        <translation>Staff member</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="45"/>
        <source>Cơ quan Đảng (HD 36-HD/VPTW): &quot;ĐẢNG CỘNG SẢN VIỆT NAM&quot;</source>
        <translation>Party office (HD 36-HD/VPTW): &quot;ĐẢNG CỘNG SẢN VIỆT NAM&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="46"/>
        <source>Cơ quan Nhà nước (Nghị định 30/2020): Quốc hiệu, Tiêu ngữ</source>
        <translation>State office (Decree 30/2020): national title and motto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="49"/>
        <source>Tên cơ quan</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="50"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="51"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="52"/>
        <source>Địa danh (trên văn bản)</source>
        <translation>Place name (on documents)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="53"/>
        <source>Ký hiệu cơ quan (số văn bản)</source>
        <translation>Office code (document numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="54"/>
        <source>Thể thức văn bản</source>
        <translation>Document format</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="56"/>
        <source>SƠ ĐỒ TỔ CHỨC %1</source>
        <translation>ORGANISATION CHART OF %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="64"/>
        <source>Vắng: %1</source>
        <translation>Away: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="64"/>
        <source>không rõ lý do</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="67"/>
        <source>%1 làm thay</source>
        <translation>%1 acting</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="74"/>
        <source>Vắng %1 – %2</source>
        <translation>Away %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="81"/>
        <location filename="../../ui/orgchart/chart_layout.py" line="132"/>
        <location filename="../../ui/orgchart/chart_layout.py" line="255"/>
        <location filename="../../ui/orgchart/chart_layout.py" line="318"/>
        <location filename="../../ui/orgchart/chart_layout.py" line="319"/>
        <source>VẮNG</source>
        <translation>AWAY</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="90"/>
        <source>Cập nhật ngày %1</source>
        <translation>Updated %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/chart_layout.py" line="118"/>
        <source>%n ủy viên</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/chart_layout.py" line="127"/>
        <source> và %n người khác</source>
        <translation>
            <numerusform> and %n other</numerusform>
            <numerusform> and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="129"/>
        <source>Vắng hôm nay: %1</source>
        <translation>Away today: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="142"/>
        <source>CƠ QUAN LÃNH ĐẠO</source>
        <translation>LEADERSHIP BODIES</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="175"/>
        <source>Lĩnh vực: %1</source>
        <translation>Areas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="177"/>
        <source>THƯỜNG TRỰC</source>
        <translation>STANDING</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="190"/>
        <source>LÃNH ĐẠO VĂN PHÒNG</source>
        <translation>OFFICE LEADERSHIP</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="247"/>
        <source>Chưa có trưởng phòng</source>
        <translation>No head yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/chart_layout.py" line="248"/>
        <source>%n người</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/chart_layout.py" line="251"/>
        <source>%n người khác vắng hôm nay</source>
        <translation>
            <numerusform>%n other away today</numerusform>
            <numerusform>%n others away today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/chart_layout.py" line="253"/>
        <source>%n người vắng hôm nay</source>
        <translation>
            <numerusform>%n person away today</numerusform>
            <numerusform>%n people away today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="256"/>
        <source>%1 VẮNG</source>
        <translation>%1 AWAY</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="258"/>
        <source>Phụ trách: %1</source>
        <translation>Overseen by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="312"/>
        <source>Lãnh đạo, chỉ đạo – báo cáo</source>
        <translation>Leads, directs – reports</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="313"/>
        <source>Phó Chánh Văn phòng phụ trách (lĩnh vực ghi trong ô)</source>
        <translation>Deputy Chief of Office in charge (areas written in the box)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_layout.py" line="314"/>
        <source>Vắng hôm nay và người làm thay</source>
        <translation>Away today, and who is acting</translation>
    </message>
</context>
<context>
    <name>OrgChartExport</name>
    <message>
        <location filename="../../ui/orgchart/chart_export.py" line="40"/>
        <source>Thư mục không tồn tại: %1</source>
        <translation>The folder does not exist: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_export.py" line="44"/>
        <source>Không ghi được vào %1: %2</source>
        <translation>Cannot write to %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_export.py" line="55"/>
        <source>Không ghi được %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_export.py" line="88"/>
        <source>Không ghi được ảnh %1</source>
        <translation>Cannot write the image %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/chart_export.py" line="113"/>
        <source>Không ghi được tệp PDF %1</source>
        <translation>Cannot write the PDF file %1</translation>
    </message>
</context>
<context>
    <name>OrgChartPane</name>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="69"/>
        <source>Tìm cán bộ (gõ không dấu cũng được)…</source>
        <translation>Find staff (diacritics optional)…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="71"/>
        <source>Hiện cả người đã nghỉ</source>
        <translation>Show former staff too</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="110"/>
        <source>Cây tổ chức</source>
        <translation>Organisation tree</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="111"/>
        <source>Sơ đồ</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="118"/>
        <source>Xuất sơ đồ</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="132"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="191"/>
        <source>Không có thẻ %1; chọn một trong: %2</source>
        <translation>No tab %1; choose one of: %2</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="297"/>
        <source>Không có ai khớp “%1”.
Thử ít chữ hơn, hoặc đánh dấu “Hiện cả người đã nghỉ”.</source>
        <translation>Nobody matches “%1”.
Try fewer letters, or tick “Show former staff too”.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="299"/>
        <source>Chưa có đơn vị nào.
Dùng thực đơn “Đơn vị” để thêm đơn vị, hoặc “Nhập từ Excel…”.</source>
        <translation>No units yet.
Use the “Unit” menu to add one, or “Import from Excel…”.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="303"/>
        <source>Chọn một cán bộ hoặc một đơn vị trong cây bên trái để xem chức vụ, đơn vị, phân công phụ trách và ủy quyền. Gõ vào ô tìm (Ctrl+F) để tìm theo tên, gõ không dấu cũng được.</source>
        <translation>Pick a staff member or a unit in the tree on the left to see the position, unit, oversight and delegations. Type in the search box (Ctrl+F) to find a name; typing without accents works too.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="307"/>
        <source>Bấm “Thêm cán bộ…” (Ctrl+N) để thêm người, thực đơn “Đơn vị” để thêm đơn vị, “Nhập từ Excel…” để nhập cả danh sách.</source>
        <translation>Click “Add staff member…” (Ctrl+N) to add a person, the “Unit” menu to add a unit, “Import from Excel…” to import a whole list.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="339"/>
        <source>Hôm nay (%1) không ai vắng.</source>
        <translation>Nobody is away today (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="328"/>
        <source>vắng</source>
        <translation>away</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="332"/>
        <source> — %1 làm thay</source>
        <translation> — %1 acting</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="342"/>
        <source>Vắng hôm nay (%1): </source>
        <translation>Away today (%1): </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/pane.py" line="347"/>
        <source>… và %n người khác</source>
        <translation>
            <numerusform>… and %n other</numerusform>
            <numerusform>… and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/pane.py" line="348"/>
        <source>xem tất cả %n người</source>
        <translation>
            <numerusform>see the %n person</numerusform>
            <numerusform>see all %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="360"/>
        <source>Vắng hôm nay (%1)</source>
        <translation>Away today (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="379"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="379"/>
        <source> (thường trực)</source>
        <translation> (standing)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="380"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="381"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="381"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="381"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="382"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="383"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="384"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="385"/>
        <source>Ngày vào cơ quan</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="386"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="387"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="387"/>
        <source>Đã thôi công tác</source>
        <translation>Left the office</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="391"/>
        <source>Thành viên</source>
        <translation>Member of</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="395"/>
        <source>Phụ trách</source>
        <translation>Oversees</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="401"/>
        <source>; %1 làm thay</source>
        <translation>; %1 acting</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="402"/>
        <source>Vắng hôm nay</source>
        <translation>Away today</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="405"/>
        <source>Ủy quyền</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="419"/>
        <source>&lt;p&gt;&lt;i&gt;Đã ngừng hoạt động&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Discontinued&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/pane.py" line="422"/>
        <source>&lt;p&gt;Lãnh đạo Văn phòng phụ trách: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Overseen by: %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/pane.py" line="426"/>
        <source>&lt;p&gt;%n thành viên&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n member&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n members&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="40"/>
        <source>Bản ghi này đã bị hoàn tác nên không còn nữa.</source>
        <translation>This record was undone and no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="166"/>
        <source>Thêm cán bộ %1</source>
        <translation>Add staff member %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="180"/>
        <source>Sửa thông tin %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="193"/>
        <source>Cho %1 công tác trở lại</source>
        <translation>Reinstate %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="193"/>
        <source>Cho %1 thôi công tác</source>
        <translation>Mark %1 as having left</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="210"/>
        <source>Chuyển %1 sang đơn vị khác</source>
        <translation>Transfer %1 to another unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="228"/>
        <source>Đặt Phó Chánh Văn phòng thường trực</source>
        <translation>Set the standing Deputy Chief of Office</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="243"/>
        <source>Thêm đơn vị %1</source>
        <translation>Add unit %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="258"/>
        <source>Đổi tên %1 thành %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="271"/>
        <source>Chuyển đơn vị %1</source>
        <translation>Move unit %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="285"/>
        <source>Hoạt động trở lại: %1</source>
        <translation>Reactivate: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="285"/>
        <source>Ngừng hoạt động: %1</source>
        <translation>Discontinue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="301"/>
        <source>Phân công phụ trách cho %1</source>
        <translation>Assign oversight to %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="332"/>
        <source>Ủy quyền của %1</source>
        <translation>Delegation by %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/commands.py" line="346"/>
        <source>Xóa ủy quyền của %1</source>
        <translation>Remove delegation by %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/commands.py" line="366"/>
        <source>Nhập %n cán bộ từ %1</source>
        <translation>
            <numerusform>Import %n staff member from %1</numerusform>
            <numerusform>Import %n staff members from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgEditActions</name>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="58"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="61"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="66"/>
        <source>Thêm cán bộ…</source>
        <translation>Add staff member…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="67"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="68"/>
        <source>Chuyển đơn vị…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="69"/>
        <location filename="../../ui/orgchart/edit_actions.py" line="132"/>
        <source>Thôi công tác</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="70"/>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="71"/>
        <source>Đổi tên đơn vị…</source>
        <translation>Rename unit…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="72"/>
        <source>Chuyển đơn vị trực thuộc…</source>
        <translation>Move unit under…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="73"/>
        <location filename="../../ui/orgchart/edit_actions.py" line="137"/>
        <source>Ngừng hoạt động</source>
        <translation>Discontinue</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="74"/>
        <source>Phân công phụ trách…</source>
        <translation>Assign oversight…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="75"/>
        <source>PCVP thường trực…</source>
        <translation>Standing Deputy Chief…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="76"/>
        <source>Thêm ủy quyền…</source>
        <translation>Add delegation…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="77"/>
        <source>Xóa ủy quyền…</source>
        <translation>Remove delegation…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="78"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="80"/>
        <source>Cán bộ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="81"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="83"/>
        <source>Phân công</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="131"/>
        <source>Cho công tác trở lại</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/edit_actions.py" line="136"/>
        <source>Hoạt động trở lại</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../ui/orgchart/models.py" line="95"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="96"/>
        <source>Chức vụ / ghi chú</source>
        <translation>Position / notes</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="133"/>
        <source>Vắng</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="136"/>
        <source> — %1 làm thay</source>
        <translation> — %1 acting</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="156"/>
        <source>PCVP thường trực</source>
        <translation>Standing Deputy Chief</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/models.py" line="157"/>
        <source>đã nghỉ</source>
        <translation>left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/models.py" line="167"/>
        <source>%n ủy viên</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/models.py" line="169"/>
        <source>%n người</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OversightDialog</name>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="33"/>
        <source>Phân công phụ trách: %1</source>
        <translation>Oversight: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="47"/>
        <source>Mỗi dòng một lĩnh vực, ví dụ: Văn thư – lưu trữ</source>
        <translation>One area per line, for example: Records and archives</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="48"/>
        <source>Phòng, đơn vị</source>
        <translation>Departments, units</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="49"/>
        <source>Lĩnh vực</source>
        <translation>Areas</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../ui/orgchart/__init__.py" line="26"/>
        <source>Sơ đồ tổ chức</source>
        <translation>Org chart</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/__init__.py" line="16"/>
        <source>Chuẩn bị họp</source>
        <translation>Meeting preparation</translation>
    </message>
    <message>
        <location filename="../../ui/leave/__init__.py" line="17"/>
        <source>Nghỉ phép</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/__init__.py" line="16"/>
        <source>Lịch công tác</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location filename="../../ui/my_work/__init__.py" line="16"/>
        <source>Việc của tôi</source>
        <translation>My tasks</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="66"/>
        <source>Số kế tiếp trong sổ văn bản đi; sửa được trước khi phát hành</source>
        <translation>The next number in the outgoing-document register; can be changed before issuing</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="71"/>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="72"/>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="76"/>
        <source>Mỗi dòng một nơi nhận; để trống: mặc định</source>
        <translation>One recipient a line; empty: the default</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="78"/>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="79"/>
        <source>Lưu bản nháp…</source>
        <translation>Save draft…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="82"/>
        <source>Phát hành và lưu…</source>
        <translation>Issue and save…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="84"/>
        <source>Lấy số trong sổ văn bản đi rồi lưu văn bản</source>
        <translation>Take the number from the outgoing-document register, then save the document</translation>
    </message>
</context>
<context>
    <name>PaperFiles</name>
    <message>
        <location filename="../../ui/meetings/paper_files.py" line="36"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_files.py" line="37"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_files.py" line="38"/>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <location filename="../../ui/pdf_print.py" line="41"/>
        <source>Không mở được bản in: %1</source>
        <translation>Cannot open the printout: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="162"/>
        <source>Chưa có máy in</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="163"/>
        <source>Máy tính này chưa cài máy in nào, nên chưa in được.

Hãy cài máy in (Windows: Cài đặt → Bluetooth và thiết bị → Máy in và máy quét), hoặc xuất bản in ra tệp PDF rồi in tệp đó ở máy khác.</source>
        <translation>This computer has no printer installed, so nothing can be printed yet.

Install a printer (Windows: Settings → Bluetooth &amp; devices → Printers &amp; scanners), or export the printout to a PDF file and print that file on another computer.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="158"/>
        <source>Sửa thông tin cán bộ</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="158"/>
        <source>Thêm cán bộ</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="165"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="165"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="165"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="176"/>
        <source>(chưa xếp đơn vị)</source>
        <translation>(no unit yet)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="179"/>
        <source>(chưa có chức vụ)</source>
        <translation>(no position yet)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="185"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="185"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="186"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="186"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="187"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="187"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="188"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="188"/>
        <source>Ngày vào cơ quan</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="189"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/person_picker.py" line="56"/>
        <source>— không chọn —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="77"/>
        <source>Gõ tên để tìm (có dấu hoặc không)</source>
        <translation>Type a name to search (with or without accents)</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../ui/meetings/dialogs.py" line="279"/>
        <source>Lọc theo tên (gõ không dấu cũng được)…</source>
        <translation>Filter by name (diacritics optional)…</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="267"/>
        <source>Chương trình công tác tháng</source>
        <translation>Monthly work programme</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/paper_dialogs.py" line="273"/>
        <source>Tháng:</source>
        <translation>Month:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/paper_dialogs.py" line="284"/>
        <source>Công bố ngày %1 (004 Điều 11.1); %n hoạt động trong lịch</source>
        <translation>
            <numerusform>Announced on %1 (004 Art. 11.1); %n activity in the calendar</numerusform>
            <numerusform>Announced on %1 (004 Art. 11.1); %n activities in the calendar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceBox</name>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="27"/>
        <source>Không lặp</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="28"/>
        <source>Hằng ngày làm việc (Thứ Hai – Thứ Sáu)</source>
        <translation>Every working day (Monday – Friday)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="29"/>
        <source>Hằng tuần, cùng thứ</source>
        <translation>Weekly, same weekday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="30"/>
        <source>Hằng tháng vào ngày…</source>
        <translation>Monthly on day…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="31"/>
        <source>Quy tắc RRULE…</source>
        <translation>RRULE rule…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="32"/>
        <source>giữ nguyên ngày</source>
        <translation>keep the date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="33"/>
        <source>chuyển sang ngày làm việc kế tiếp</source>
        <translation>move to the next working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="34"/>
        <source>chuyển về ngày làm việc liền trước</source>
        <translation>move to the previous working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="45"/>
        <source>Lặp lại</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="58"/>
        <source>Kết thúc vào ngày</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="71"/>
        <source>Kiểu lặp</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="72"/>
        <source>Gặp ngày nghỉ thì</source>
        <translation>On a day off</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/recurrence_box.py" line="77"/>
        <source>RRULE</source>
        <translation>RRULE</translation>
    </message>
</context>
<context>
    <name>RecurrenceText</name>
    <message>
        <location filename="../../ui/recurrence_text.py" line="23"/>
        <source>Hằng ngày</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="23"/>
        <source>Hằng tuần</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="24"/>
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="24"/>
        <source>Hằng năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="25"/>
        <source>Hằng %1</source>
        <translation>Every %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_text.py" line="26"/>
        <source>%n ngày một lần</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_text.py" line="27"/>
        <source>%n tuần một lần</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_text.py" line="28"/>
        <source>%n tháng một lần</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_text.py" line="29"/>
        <source>%n năm một lần</source>
        <translation>
            <numerusform>Every %n year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="30"/>
        <source>một lần</source>
        <translation>each</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="35"/>
        <source>vào ngày cuối tháng</source>
        <translation>on the last day of the month</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="36"/>
        <source>vào ngày %1</source>
        <translation>on day %1</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="36"/>
        <source>cuối tháng</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="45"/>
        <source>Không lặp</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="51"/>
        <source> (thứ %1)</source>
        <translation> (#%1)</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="53"/>
        <source>vào %1</source>
        <translation>on %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_text.py" line="58"/>
        <source>%n lần</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="59"/>
        <source>lần</source>
        <translation>times</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="62"/>
        <source>đến ngày %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="66"/>
        <source>; gặp ngày nghỉ thì chuyển sang ngày làm việc kế tiếp</source>
        <translation>; on a day off, move to the next working day</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_text.py" line="68"/>
        <source>; gặp ngày nghỉ thì chuyển về ngày làm việc liền trước</source>
        <translation>; on a day off, move to the previous working day</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="56"/>
        <source>Sổ đăng ký văn bản đi</source>
        <translation>Outgoing-document register</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="76"/>
        <source>Lấy số…</source>
        <translation>Take a number…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="77"/>
        <source>Giữ số…</source>
        <translation>Reserve numbers…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="78"/>
        <source>Hủy số…</source>
        <translation>Void number…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="84"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="92"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="94"/>
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="112"/>
        <source>Số kế tiếp: %1</source>
        <translation>Next number: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="119"/>
        <source>Lấy số</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="119"/>
        <source>Trích yếu nội dung văn bản:</source>
        <translation>Summary of the document:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="125"/>
        <source>Đã lấy %1</source>
        <translation>Took %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="128"/>
        <source>Giữ số</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="128"/>
        <source>Giữ bao nhiêu số?</source>
        <translation>How many numbers to reserve?</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="139"/>
        <source>Hãy chọn số cần hủy.</source>
        <translation>Select the number to void.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="141"/>
        <source>Hủy số</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="142"/>
        <source>Lý do hủy số %1:</source>
        <translation>Reason for voiding %1:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="154"/>
        <source>Xuất sổ văn bản đi</source>
        <translation>Export the outgoing-document register</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="155"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="39"/>
        <source>Số và ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="40"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="41"/>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="42"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="43"/>
        <source>Lý do hủy</source>
        <translation>Reason voided</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/register_dialog.py" line="44"/>
        <source>Người lấy số</source>
        <translation>Taken by</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="40"/>
        <source>Việc của tôi: %n việc</source>
        <translation>
            <numerusform>My tasks: %n task</numerusform>
            <numerusform>My tasks: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="42"/>
        <source>Việc của tôi: %n việc mới</source>
        <translation>
            <numerusform>My tasks: %n new task</numerusform>
            <numerusform>My tasks: %n new tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="46"/>
        <source>%n việc quá hạn</source>
        <translation>
            <numerusform>%n overdue task</numerusform>
            <numerusform>%n overdue tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="66"/>
        <source>VănPhòng — Việc của tôi</source>
        <translation>VănPhòng — My tasks</translation>
    </message>
</context>
<context>
    <name>RemoveDelegationDialog</name>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="110"/>
        <source>Xóa ủy quyền</source>
        <translation>Remove delegation</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="118"/>
        <source>%1 → %2 làm thay, %3 – %4</source>
        <translation>%1 → %2 acting, %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="127"/>
        <source>Không có ủy quyền nào đang hoặc sắp có hiệu lực.</source>
        <translation>No delegation is in force or coming up.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="137"/>
        <source>Hãy chọn một ủy quyền.</source>
        <translation>Choose a delegation.</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="61"/>
        <source>Người xin nghỉ</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="62"/>
        <source>Loại nghỉ</source>
        <translation>Leave type</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="63"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="64"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="65"/>
        <source>Người xử lý công việc thay</source>
        <translation>Handover to</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="66"/>
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="67"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="68"/>
        <source>Người lập</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="72"/>
        <source>Đồng ý qua điện thoại</source>
        <translation>Approved by phone</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="74"/>
        <source>Đơn giấy</source>
        <translation>Written request</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="75"/>
        <source>đã nhận ngày %1</source>
        <translation>received on %1</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="76"/>
        <source>chưa nộp — cần bổ sung</source>
        <translation>not yet submitted — still needed</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="78"/>
        <source>Duyệt vượt mức</source>
        <translation>Approved beyond entitlement</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="80"/>
        <source>Lý do hủy</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="86"/>
        <source> (làm thay %1)</source>
        <translation> (acting for %1)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="91"/>
        <source>Đơn số %1</source>
        <translation>Request no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="92"/>
        <source>Các bước phê duyệt</source>
        <translation>Approval steps</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="61"/>
        <source>Ghi nhận nghỉ đột xuất</source>
        <translation>Record emergency leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="61"/>
        <source>Đơn xin nghỉ</source>
        <translation>Leave request</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="93"/>
        <source>Điện thoại, địa chỉ khi cần liên hệ</source>
        <translation>Phone or address while away</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="96"/>
        <source>Người xin nghỉ</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="97"/>
        <source>Loại nghỉ</source>
        <translation>Leave type</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="98"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="99"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="100"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="101"/>
        <source>Người xử lý công việc thay</source>
        <translation>Handover to</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="102"/>
        <source>Liên hệ khi nghỉ</source>
        <translation>Contact while away</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="111"/>
        <source>Lãnh đạo đồng ý qua điện thoại</source>
        <translation>Leader approved by phone</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="112"/>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="123"/>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="123"/>
        <source>Gửi duyệt</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="129"/>
        <source>Lưu nháp</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="172"/>
        <source>Hãy chọn người xin nghỉ và loại nghỉ.</source>
        <translation>Choose the employee and the leave type.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="182"/>
        <source>&lt;b&gt;Số ngày nghỉ:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Leave:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="184"/>
        <source> — nghỉ trên 1 ngày: cần có đơn xin nghỉ phép</source>
        <translation> — more than 1 day: a written leave request is needed</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="188"/>
        <source> (làm thay %1)</source>
        <translation> (acting for %1)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="190"/>
        <source>&lt;b&gt;Người phê duyệt:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Approvers:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="192"/>
        <source>&lt;b&gt;Người phê duyệt:&lt;/b&gt; không cần phê duyệt</source>
        <translation>&lt;b&gt;Approvers:&lt;/b&gt; no approval needed</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="194"/>
        <source>&lt;b&gt;Thông báo cho:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notify:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="197"/>
        <source>&lt;b&gt;Phép năm %1:&lt;/b&gt; được nghỉ %2, đã nghỉ %3, chờ duyệt %4, còn %5</source>
        <translation>&lt;b&gt;Annual leave %1:&lt;/b&gt; entitled %2, taken %3, pending %4, remaining %5</translation>
    </message>
    <message>
        <location filename="../../ui/leave/request_dialog.py" line="202"/>
        <source>&lt;b&gt;Nghỉ bù (trực ngày nghỉ):&lt;/b&gt; được %1, đã dùng %2, còn %3</source>
        <translation>&lt;b&gt;Compensatory leave (duty on days off):&lt;/b&gt; earned %1, used %2, left %3</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../ui/leave/models.py" line="105"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="106"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="108"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="109"/>
        <source>Loại nghỉ</source>
        <translation>Leave type</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="110"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="111"/>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="113"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="115"/>
        <source>Chờ ý kiến</source>
        <translation>Awaiting</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="116"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="91"/>
        <source>đột xuất</source>
        <translation>emergency</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="93"/>
        <source>chờ đơn giấy</source>
        <translation>written application due</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="95"/>
        <source>duyệt vượt mức</source>
        <translation>approved beyond entitlement</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="135"/>
        <source>Tìm theo tên (gõ không dấu cũng được)…</source>
        <translation>Find by name (diacritics optional)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="141"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="144"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="154"/>
        <source>Không có đơn nào với bộ lọc đang chọn.
Bấm “Xin nghỉ…” (Ctrl+N) để làm đơn; bỏ chọn “Tháng” hoặc chọn “Mọi trạng thái” để xem thêm.</source>
        <translation>No requests match the filter.
Click “Request leave…” (Ctrl+N) to apply; untick “Month” or choose “Any status” to see more.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="161"/>
        <source>Xem và in đơn…</source>
        <translation>View and print request…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="162"/>
        <source>Lưu đơn ra PDF…</source>
        <translation>Save request as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="163"/>
        <source>Hủy đơn…</source>
        <translation>Cancel request…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="164"/>
        <source>Gửi duyệt</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="165"/>
        <source>Đã nhận đơn giấy</source>
        <translation>Written request received</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="167"/>
        <source>Ghi nhận đồng ý qua điện thoại…</source>
        <translation>Record approval by phone…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/leave/requests_tab.py" line="252"/>
        <source>Đang hiện %n đơn mới nhất — xem thêm</source>
        <translation>
            <numerusform>Showing the %n newest request — show more</numerusform>
            <numerusform>Showing the %n newest requests — show more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="314"/>
        <source>Lưu đơn xin nghỉ</source>
        <translation>Save the leave request</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="315"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="323"/>
        <source>Hủy đơn xin nghỉ</source>
        <translation>Cancel the leave request</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="324"/>
        <source>Lý do hủy đơn số %1:</source>
        <translation>Reason for cancelling request no. %1:</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="344"/>
        <source>Đồng ý qua điện thoại</source>
        <translation>Approved by phone</translation>
    </message>
    <message>
        <location filename="../../ui/leave/requests_tab.py" line="345"/>
        <source>Đơn số %1: lãnh đạo đã đồng ý qua điện thoại</source>
        <translation>Request %1: the leader who approved by phone</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="61"/>
        <source>Lập lịch trực</source>
        <translation>Create duty roster</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="67"/>
        <source>Tự chọn ngày</source>
        <translation>Choose days</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="81"/>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="81"/>
        <source>Bỏ chọn</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="90"/>
        <source>Kỳ nghỉ</source>
        <translation>Holiday period</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="91"/>
        <source>Tên lịch trực</source>
        <translation>Roster name</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="95"/>
        <source>Từ ngày – đến ngày</source>
        <translation>From – to</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="96"/>
        <source>Số người trực mỗi ngày</source>
        <translation>People on duty per day</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="97"/>
        <source>Ngày trực</source>
        <translation>Duty days</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="98"/>
        <source>Người trực (luân phiên)</source>
        <translation>People on duty (in rotation)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="101"/>
        <source>Lập và phân công</source>
        <translation>Create and assign</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="120"/>
        <source>Lịch trực</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_dialogs.py" line="125"/>
        <source>Lịch trực %1 %2</source>
        <translation>Duty roster %1 %2</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/leave/models.py" line="255"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="256"/>
        <source>Thứ</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="257"/>
        <source>Ngày lễ</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="258"/>
        <source>Người trực</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="260"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/leave/models.py" line="259"/>
        <source>— chưa phân công —</source>
        <translation>— not assigned —</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="44"/>
        <source>Lập lịch trực…</source>
        <translation>Create duty roster…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="45"/>
        <source>Phân công lại tự động</source>
        <translation>Reassign automatically</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="46"/>
        <source>Sửa ngày…</source>
        <translation>Edit day…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="47"/>
        <source>Xem và in…</source>
        <translation>View and print…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="48"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="49"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="63"/>
        <source>Chưa có lịch trực nào được chọn.
Bấm “Lập lịch trực…” để lập lịch trực ngày nghỉ, ngày lễ.</source>
        <translation>No duty roster chosen.
Click “Create duty roster…” to draw up the duty roster for weekends and holidays.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="106"/>
        <source>Chưa có lịch trực. Bấm “Lập lịch trực…” để lập cho kỳ nghỉ lễ, Tết.</source>
        <translation>No duty roster yet. Click “Create duty roster…” to make one for a holiday period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/leave/roster_tab.py" line="109"/>
        <source>%n ngày trực, %1 người mỗi ngày.</source>
        <translation>
            <numerusform>%n duty day, %1 on duty per day.</numerusform>
            <numerusform>%n duty days, %1 on duty per day.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="112"/>
        <source>Còn thiếu người: %1.</source>
        <translation>Short of people: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="113"/>
        <source>✎: phân công bằng tay (giữ nguyên khi phân công lại).</source>
        <translation>✎: assigned by hand (kept when reassigning).</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="140"/>
        <source>Lưu lịch trực</source>
        <translation>Save the duty roster</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="141"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="148"/>
        <source>Xóa lịch trực</source>
        <translation>Delete the duty roster</translation>
    </message>
    <message>
        <location filename="../../ui/leave/roster_tab.py" line="149"/>
        <source>Xóa “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="74"/>
        <source>Quy định</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="74"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="74"/>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="114"/>
        <location filename="../../ui/settings/dialog.py" line="75"/>
        <source>Căn cứ</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="109"/>
        <source>Người xin nghỉ</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="110"/>
        <source>Từ số ngày</source>
        <translation>From days</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="112"/>
        <source>Người phê duyệt %1</source>
        <translation>Approver %1</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="113"/>
        <source>Thông báo cho</source>
        <translation>Notify</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="116"/>
        <source>Lưu quy tắc</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="117"/>
        <source>Thêm thành quy tắc mới</source>
        <translation>Add as a new rule</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="118"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="119"/>
        <source>Khôi phục mặc định (Điều 18)</source>
        <translation>Restore defaults (Article 18)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="162"/>
        <source>Khôi phục mặc định</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="163"/>
        <source>Thay mọi quy tắc bằng quy định tại Điều 18 của quy chế?</source>
        <translation>Replace every rule with those of Article 18 of the regulation?</translation>
    </message>
</context>
<context>
    <name>ScheduleBoard</name>
    <message>
        <location filename="../../ui/display/board.py" line="24"/>
        <source>Buổi</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="25"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="26"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="27"/>
        <source>Chủ trì/Lãnh đạo</source>
        <translation>Chair/Leaders</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="28"/>
        <source>Thành phần</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="29"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="227"/>
        <source>(tiếp theo)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="229"/>
        <source>không có lịch</source>
        <translation>nothing scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="231"/>
        <source>HÔM NAY</source>
        <translation>TODAY</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="62"/>
        <source>Lịch định kỳ</source>
        <translation>Recurring entry</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="63"/>
        <source>Đây là lịch định kỳ. Bạn muốn %1:</source>
        <translation>This is a recurring entry. What do you want to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="65"/>
        <source>Chỉ buổi này</source>
        <translation>Only this occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="66"/>
        <source>Buổi này và các buổi sau</source>
        <translation>This and following occurrences</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="67"/>
        <source>Tất cả các buổi</source>
        <translation>All occurrences</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/event_dialog.py" line="68"/>
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="266"/>
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="270"/>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="271"/>
        <source>Quy định</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="273"/>
        <source>Giao diện</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="276"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>StandingDeputyDialog</name>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="144"/>
        <source>Phó Chánh Văn phòng thường trực</source>
        <translation>Standing Deputy Chief of Office</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="149"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="151"/>
        <source>Người này làm thay Chánh Văn phòng khi Chánh Văn phòng vắng mặt.</source>
        <translation>This person acts for the Chief of Office when the Chief is away.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/link_dialogs.py" line="153"/>
        <source>Phó Chánh Văn phòng</source>
        <translation>Deputy Chief of Office</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/main.py" line="130"/>
        <source>Tệp dữ liệu bị hỏng (%1); VănPhòng không ghi gì vào tệp này.

Khôi phục bản sao lưu tự động tốt gần nhất (%2, lúc %3)? Tệp hỏng được giữ lại trong thư mục sao lưu.</source>
        <translation>The data file is damaged (%1); VănPhòng writes nothing to it.

Restore the newest good automatic backup (%2, taken %3)? The damaged file is kept in the backup folder.</translation>
    </message>
</context>
<context>
    <name>TemplateItemDialog</name>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="75"/>
        <source>Mục trong mẫu</source>
        <translation>Template item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="88"/>
        <source>(số cố định ở trên)</source>
        <translation>(the fixed number above)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="94"/>
        <source>Chỉ khi có khách nước ngoài</source>
        <translation>Only when there are foreign guests</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="96"/>
        <source>Phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="96"/>
        <source>Công việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="97"/>
        <source>Cách tính hạn</source>
        <translation>Deadline rule</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="97"/>
        <source>Số ngày / phút</source>
        <translation>Days / minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="98"/>
        <source>Lấy số theo thiết lập</source>
        <translation>Take the number from the setting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="98"/>
        <source>Cộng thêm</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="99"/>
        <source>Căn cứ</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>TemplateModel</name>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="52"/>
        <source>Phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="53"/>
        <source>Công việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="54"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="55"/>
        <source>Căn cứ</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="63"/>
        <source> (khách nước ngoài)</source>
        <translation> (foreign guests)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="70"/>
        <source>* theo thiết lập: %1</source>
        <translation>* from the setting: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="130"/>
        <source>Mẫu danh mục công việc chuẩn bị họp</source>
        <translation>Meeting preparation task templates</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="139"/>
        <source>Loại cuộc họp:</source>
        <translation>Kind of meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="142"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="142"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="142"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="143"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="143"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="144"/>
        <location filename="../../ui/meetings/templates_dialog.py" line="202"/>
        <source>Khôi phục mặc định</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="154"/>
        <source>* số lấy theo thiết lập của cơ quan (Thiết lập → Quy định).</source>
        <translation>* number taken from the office’s settings (Settings → Rules).</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/templates_dialog.py" line="203"/>
        <source>Thay mẫu này bằng mẫu mặc định theo Quy chế 003?</source>
        <translation>Replace this template with the default one from Regulation 003?</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/terms.py" line="39"/>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="40"/>
        <source>Văn thư</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="41"/>
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="42"/>
        <source>Cán bộ, chuyên viên</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="43"/>
        <source>Chỉ xem</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="45"/>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="46"/>
        <source>Phòng, đơn vị</source>
        <translation>Department, unit</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="47"/>
        <source>Cơ quan lãnh đạo</source>
        <translation>Leadership body</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="20"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="21"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="22"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="23"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="24"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="25"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="26"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="31"/>
        <source>Múi giờ của cơ quan (ngày hôm nay, giờ hiện tại)</source>
        <translation>Office time zone (today, current time)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="33"/>
        <source>Việc của tôi: nhắc việc chuẩn bị họp đến hạn trong số ngày làm việc tới</source>
        <translation>My tasks: remind of meeting preparation tasks due within this many working days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="34"/>
        <source>Việc của tôi: còn nhắc việc quá hạn trong số ngày</source>
        <translation>My tasks: keep reminding of overdue tasks for this many days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="35"/>
        <source>Việc của tôi: nhắc công bố lịch công tác tuần sau trước Thứ Hai số ngày</source>
        <translation>My tasks: remind to publish next week&apos;s schedule this many days before its Monday</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="36"/>
        <source>Việc của tôi: nhắc lập lịch trực trước kỳ nghỉ lễ, Tết số ngày</source>
        <translation>My tasks: remind to prepare the duty roster this many days before a holiday break</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="37"/>
        <source>Thông báo nhắc việc: nhắc lại sau số phút (0: tắt thông báo)</source>
        <translation>Reminder notifications: repeat every this many minutes (0: off)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="50"/>
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="51"/>
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="52"/>
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="53"/>
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54"/>
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55"/>
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56"/>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58"/>
        <source>Sáng</source>
        <translation>AM</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59"/>
        <source>Chiều</source>
        <translation>PM</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="60"/>
        <source>Cả ngày</source>
        <translation>All day</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="61"/>
        <source>Cả buổi</source>
        <translation>Half day</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="63"/>
        <source>Họp, hội nghị</source>
        <translation>Meeting, conference</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="64"/>
        <source>Đi cơ sở</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="65"/>
        <source>Tiếp khách</source>
        <translation>Receiving visitors</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="66"/>
        <source>Công tác</source>
        <translation>Business trip</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="67"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="69"/>
        <source>Dự kiến</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="70"/>
        <source>Đã công bố</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="71"/>
        <source>Điều chỉnh</source>
        <translation>Amended</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="72"/>
        <source>Hoãn/hủy</source>
        <translation>Postponed/cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="73"/>
        <source>Bổ sung</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="74"/>
        <source>Đổi thời gian</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="76"/>
        <source>Nghỉ bù</source>
        <translation>Day off in lieu</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="77"/>
        <source>Làm việc bù</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="79"/>
        <source>Hội nghị Ban Chấp hành</source>
        <translation>Executive Committee conference</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="80"/>
        <source>Hội nghị Ban Thường vụ</source>
        <translation>Standing Committee conference</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="81"/>
        <source>Họp Thường trực</source>
        <translation>Standing members meeting</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="82"/>
        <source>Đi làm việc cơ sở</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="83"/>
        <source>Đi thăm, tặng quà</source>
        <translation>Visits and gifts</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="84"/>
        <source>Giao ban, sơ kết, tổng kết</source>
        <translation>Briefing, review</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="85"/>
        <source>Cuộc họp khác</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="87"/>
        <source>Phòng Tổng hợp</source>
        <translation>General Affairs Department</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="88"/>
        <source>Phòng Hành chính</source>
        <translation>Administration Department</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="89"/>
        <source>Phòng Tài chính – Quản trị</source>
        <translation>Finance and Facilities Department</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="91"/>
        <source>ngày làm việc trước</source>
        <translation>working days before</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="92"/>
        <source>phút trước khi bắt đầu</source>
        <translation>minutes before the start</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="93"/>
        <source>khi bắt đầu</source>
        <translation>at the start</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="94"/>
        <source>ngày làm việc sau khi kết thúc</source>
        <translation>working days after the end</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="96"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="97"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="98"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="99"/>
        <source>Phục vụ</source>
        <translation>Support staff</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="101"/>
        <source>Chánh Văn phòng</source>
        <translation>Chief of Office</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="102"/>
        <source>Phó Chánh Văn phòng</source>
        <translation>Deputy Chief of Office</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="103"/>
        <source>Trưởng phòng</source>
        <translation>Head of department</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="104"/>
        <source>Phó Trưởng phòng</source>
        <translation>Deputy head of department</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="105"/>
        <source>Chuyên viên</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="106"/>
        <source>Nhân viên</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="107"/>
        <source>Bí thư</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="108"/>
        <source>Phó Bí thư Thường trực</source>
        <translation>Standing Deputy Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="109"/>
        <source>Phó Bí thư</source>
        <translation>Deputy Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="110"/>
        <source>Ủy viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="111"/>
        <source>Thường trực</source>
        <translation>Standing members</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="113"/>
        <source>sáng</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="114"/>
        <source>chiều</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="115"/>
        <source>Chờ ý kiến</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="116"/>
        <source>Đồng ý</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="117"/>
        <source>Không đồng ý</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="118"/>
        <source>Không cần</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="120"/>
        <source>Ngôn ngữ giao diện (vi/en)</source>
        <translation>Interface language (vi/en)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="121"/>
        <source>Giao diện: light (sáng), dark (tối) hoặc system (theo máy)</source>
        <translation>Appearance: light, dark or system</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="122"/>
        <source>Số bản sao lưu tự động được giữ</source>
        <translation>Number of automatic backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="123"/>
        <source>Lịch: giờ chia buổi sáng/chiều (HH:MM)</source>
        <translation>Calendar: time dividing morning and afternoon (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="124"/>
        <source>Lịch: giờ làm việc buổi sáng (HH:MM-HH:MM)</source>
        <translation>Calendar: morning working hours (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="125"/>
        <source>Lịch: giờ làm việc buổi chiều (HH:MM-HH:MM)</source>
        <translation>Calendar: afternoon working hours (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="126"/>
        <source>Lịch tuần in ra: nơi nhận (phân cách bằng dấu ;)</source>
        <translation>Printed week: recipients (separated by ;)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="127"/>
        <source>Lịch tuần in ra: thẩm quyền ký (trống: T/L BAN THƯỜNG VỤ nếu là cơ quan Đảng)</source>
        <translation>Printed week: signing authority (empty: T/L BAN THƯỜNG VỤ for a Party office)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="128"/>
        <source>Số ngày nghỉ phép năm cơ bản (điều kiện bình thường)</source>
        <translation>Basic annual leave days (normal working conditions)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="129"/>
        <source>Số ngày phép chưa nghỉ được chuyển sang năm sau (0 = không chuyển)</source>
        <translation>Unused leave days carried over to next year (0 = none)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="130"/>
        <source>Số ngày nghỉ bù cho mỗi ngày trực vào ngày nghỉ (0 = không tính nghỉ bù)</source>
        <translation>Days of compensatory leave per day of duty on a day off (0 = none)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="131"/>
        <source>Gửi giấy mời, tài liệu hội nghị Ban Chấp hành trước (ngày làm việc)</source>
        <translation>Send invitations and documents for Executive Committee conferences ahead (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="132"/>
        <source>Gửi giấy mời, tài liệu hội nghị Ban Thường vụ trước (ngày làm việc)</source>
        <translation>Send invitations and documents for Standing Committee conferences ahead (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="133"/>
        <source>Gửi giấy mời, tài liệu họp Thường trực trước (ngày làm việc)</source>
        <translation>Send invitations and documents for Standing members meetings ahead (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="134"/>
        <source>Gửi tài liệu các vấn đề quan trọng, phức tạp trước (ngày làm việc)</source>
        <translation>Send documents on important, complex matters ahead (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="135"/>
        <source>Hoàn thành biên bản hội nghị sau khi kết thúc (ngày làm việc)</source>
        <translation>Finish the conference minutes after the end (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="136"/>
        <source>Chuẩn bị phòng tiếp khách trước (phút)</source>
        <translation>Prepare the reception room ahead (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="137"/>
        <source>Trình tài liệu đi làm việc cơ sở trước (ngày làm việc)</source>
        <translation>Submit field visit documents ahead (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="138"/>
        <source>Số lần ủy viên được vắng họp tối đa mỗi năm</source>
        <translation>Maximum meeting absences per member per year</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="139"/>
        <source>Giờ hết hạn của việc tính theo ngày làm việc (HH:MM)</source>
        <translation>Deadline time of tasks counted in working days (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="140"/>
        <source>Loại văn bản của giấy mời (ký hiệu trong sổ văn bản đi)</source>
        <translation>Document type of invitations (abbreviation in the outgoing-document register)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="141"/>
        <source>Loại văn bản của biên bản hội nghị</source>
        <translation>Document type of meeting minutes</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="142"/>
        <source>Loại văn bản của thông báo kết luận</source>
        <translation>Document type of conclusion notices</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="143"/>
        <source>Loại văn bản của chương trình công tác tháng</source>
        <translation>Document type of the monthly work programme</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="144"/>
        <source>Công bố chương trình công tác tháng trước ngày 1 của tháng (ngày)</source>
        <translation>Announce the monthly work programme this many days before the 1st of the month</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="146"/>
        <source>Chánh Văn phòng ký</source>
        <translation>Signed by the chief of office</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="147"/>
        <source>Thừa lệnh (TL.) cơ quan lãnh đạo</source>
        <translation>By order (TL.) of the leadership body</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="148"/>
        <source>Ký thay (KT.) Chánh Văn phòng</source>
        <translation>For (KT.) the chief of office</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="149"/>
        <source>Thay mặt (T/M) cơ quan lãnh đạo</source>
        <translation>On behalf (T/M) of the leadership body</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="151"/>
        <source>Giữ số</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="152"/>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="153"/>
        <source>Hủy số</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="155"/>
        <source>Độ dài tối đa của tên, tiêu đề (ký tự)</source>
        <translation>Maximum length of names and titles (characters)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="156"/>
        <source>Độ dài tối đa của nội dung, ghi chú (ký tự)</source>
        <translation>Maximum length of contents and notes (characters)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="157"/>
        <source>Độ dài tối đa của chuỗi tìm kiếm (ký tự)</source>
        <translation>Maximum length of a search query (characters)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="159"/>
        <source>Lịch công tác</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="160"/>
        <source>Họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="161"/>
        <source>Nghỉ</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="162"/>
        <source>Trực</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="163"/>
        <source>Dự</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="164"/>
        <source>dự kiến</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="165"/>
        <source>hoãn/hủy</source>
        <translation>postponed/cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="166"/>
        <source>đã duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="167"/>
        <source>chờ duyệt</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="168"/>
        <source>đã báo vắng</source>
        <translation>absence notified</translation>
    </message>
</context>
<context>
    <name>TypesTab</name>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="225"/>
        <source>Hưởng lương</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="226"/>
        <source>Trừ vào phép năm</source>
        <translation>Counts against annual leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="227"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="231"/>
        <source>không giới hạn</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="237"/>
        <source>không yêu cầu</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="238"/>
        <source>Từ chối đơn báo trước không đủ (nếu không: chỉ cảnh báo)</source>
        <translation>Refuse requests with too short a notice (otherwise only warn)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="240"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="241"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="242"/>
        <source>Ký hiệu chấm công</source>
        <translation>Timesheet code</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="243"/>
        <source>Tối đa mỗi lần (ngày)</source>
        <translation>Maximum per request (days)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="244"/>
        <source>Báo trước ít nhất (ngày làm việc)</source>
        <translation>Minimum notice (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="246"/>
        <source>Căn cứ</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="247"/>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="252"/>
        <source>Lưu loại nghỉ</source>
        <translation>Save leave type</translation>
    </message>
    <message>
        <location filename="../../ui/leave/rules_dialog.py" line="253"/>
        <source>Thêm thành loại mới</source>
        <translation>Add as a new type</translation>
    </message>
</context>
<context>
    <name>UnitCombo</name>
    <message>
        <location filename="../../ui/leave/widgets.py" line="74"/>
        <source>Toàn Văn phòng</source>
        <translation>Whole office</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="234"/>
        <source>Đổi tên đơn vị</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="234"/>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="241"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="242"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="250"/>
        <source>(cấp cao nhất)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="251"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="252"/>
        <source>Trực thuộc</source>
        <translation>Under</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="263"/>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name cannot be empty.</translation>
    </message>
</context>
<context>
    <name>WeekDrag</name>
    <message>
        <location filename="../../ui/calendar/week_drag.py" line="204"/>
        <source> (cả buổi)</source>
        <translation> (half day)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_drag.py" line="207"/>
        <source>Chuyển «%1» sang %2?</source>
        <translation>Move «%1» to %2?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_drag.py" line="210"/>
        <source>Chỉ buổi này; các buổi khác của lịch định kỳ giữ nguyên.</source>
        <translation>Only this occurrence; the other occurrences of the recurring entry stay as they are.</translation>
    </message>
</context>
<context>
    <name>WorkdaysDialog</name>
    <message>
        <location filename="../../ui/calendar/workdays_dialog.py" line="150"/>
        <source>Ngày làm việc, ngày nghỉ</source>
        <translation>Working days and days off</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/workdays_dialog.py" line="153"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WorkdaysWidget</name>
    <message>
        <location filename="../../ui/calendar/workdays_dialog.py" line="73"/>
        <source>Ghi chú, ví dụ: theo Thông báo số …</source>
        <translation>Note, for example: per Notice no. …</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/workdays_dialog.py" line="74"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/workdays_dialog.py" line="76"/>
        <source>Bỏ ngày điều chỉnh đã chọn</source>
        <translation>Remove the selected change</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/workdays_dialog.py" line="83"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/workdays_dialog.py" line="117"/>
        <source>%n ngày làm việc trong năm.</source>
        <translation>
            <numerusform>%n working day in the year.</numerusform>
            <numerusform>%n working days in the year.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/workdays_dialog.py" line="137"/>
        <source>Chỉ bỏ được ngày điều chỉnh của cơ quan (dòng in đậm).</source>
        <translation>Only the office’s own changes (rows in bold) can be removed.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="49"/>
        <source>Mặc định: cơ quan lãnh đạo của cuộc họp</source>
        <translation>Default: the meeting&apos;s leadership body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="51"/>
        <source>Chánh Văn phòng (mặc định)</source>
        <translation>Chief of office (default)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="56"/>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="57"/>
        <source>Thay mặt/thừa lệnh:</source>
        <translation>On behalf of / by order of:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="58"/>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
</context>
</TS>
