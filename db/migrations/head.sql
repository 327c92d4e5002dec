-- VanPhong: a new database at revision 0010
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0010');
CREATE TABLE app_user (
	id INTEGER NOT NULL, 
	username VARCHAR NOT NULL, 
	password_hash VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	person_id INTEGER, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_user_role CHECK (role IN ('admin', 'clerk', 'leader', 'staff', 'viewer')), 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL, 
	CONSTRAINT uq_user_username UNIQUE (username)
);
CREATE TABLE approval_acting_rule (
	id INTEGER NOT NULL, 
	approver_role VARCHAR NOT NULL, 
	acting_roles VARCHAR NOT NULL, 
	source VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_approval_acting_rule_roles CHECK (acting_roles <> ''), 
	CONSTRAINT uq_approval_acting_rule UNIQUE (approver_role)
);
INSERT INTO "approval_acting_rule" VALUES(1,'chief','deputy_chief','001 Điều 5');
INSERT INTO "approval_acting_rule" VALUES(2,'deputy_chief','deputy_chief,chief','001 Điều 18.3');
INSERT INTO "approval_acting_rule" VALUES(3,'standing_deputy_secretary','secretary','001 Điều 18.1');
CREATE TABLE approval_rule (
	id INTEGER NOT NULL, 
	requester_role VARCHAR NOT NULL, 
	from_days FLOAT NOT NULL, 
	approvers VARCHAR NOT NULL, 
	informed VARCHAR NOT NULL, 
	source VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_approval_rule_approvers CHECK (approvers <> ''), 
	CONSTRAINT ck_approval_rule_from_days CHECK (from_days > 0), 
	CONSTRAINT uq_approval_rule UNIQUE (requester_role, from_days)
);
INSERT INTO "approval_rule" VALUES(1,'chief',0.5,'standing_deputy_secretary','deputy_chief','001 Điều 18.1');
INSERT INTO "approval_rule" VALUES(2,'deputy_chief',0.5,'chief','','001 Điều 18.2');
INSERT INTO "approval_rule" VALUES(3,'deputy_chief',2.0,'chief,standing_body','','001 Điều 18.2');
INSERT INTO "approval_rule" VALUES(4,'head',0.5,'deputy_chief','','001 Điều 18.3');
INSERT INTO "approval_rule" VALUES(5,'deputy_head',0.5,'deputy_chief','','001 Điều 18.3');
INSERT INTO "approval_rule" VALUES(6,'specialist',0.5,'deputy_chief','','001 Điều 18.3');
INSERT INTO "approval_rule" VALUES(7,'staff',0.5,'deputy_chief','','001 Điều 18.3');
INSERT INTO "approval_rule" VALUES(8,'head',1.0,'deputy_chief,chief','','001 Điều 18.3');
INSERT INTO "approval_rule" VALUES(9,'deputy_head',1.0,'deputy_chief,chief','','001 Điều 18.3');
INSERT INTO "approval_rule" VALUES(10,'specialist',1.0,'deputy_chief,chief','','001 Điều 18.3');
INSERT INTO "approval_rule" VALUES(11,'staff',1.0,'deputy_chief,chief','','001 Điều 18.3');
CREATE TABLE "approval_step" (
	id INTEGER NOT NULL, 
	request_id INTEGER NOT NULL, 
	step_order INTEGER NOT NULL, 
	approver_role VARCHAR NOT NULL, 
	approver_id INTEGER, 
	acting_for_id INTEGER, 
	decided_by_user_id INTEGER, 
	decided_by VARCHAR NOT NULL, 
	decided_at DATETIME, 
	decision VARCHAR NOT NULL, 
	comment VARCHAR NOT NULL, 
	by_phone BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_approval_step_order UNIQUE (request_id, step_order), 
	CONSTRAINT ck_approval_step_decision CHECK (decision IN ('pending', 'approved', 'rejected', 'skipped')), 
	FOREIGN KEY(decided_by_user_id) REFERENCES app_user (id) ON DELETE SET NULL, 
	FOREIGN KEY(approver_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(request_id) REFERENCES leave_request (id) ON DELETE CASCADE, 
	FOREIGN KEY(acting_for_id) REFERENCES person (id) ON DELETE SET NULL
);
CREATE TABLE attendee (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	person_id INTEGER, 
	full_name VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	organisation VARCHAR NOT NULL, 
	rank INTEGER, 
	leader BOOLEAN NOT NULL, 
	role VARCHAR NOT NULL, 
	member BOOLEAN NOT NULL, 
	invitation_sent_at DATETIME, 
	invitation_via VARCHAR NOT NULL, 
	absence_notified_at DATETIME, 
	absence_reason VARCHAR NOT NULL, 
	absence_in_writing BOOLEAN NOT NULL, 
	permitted_by_standing BOOLEAN NOT NULL, 
	attendance VARCHAR NOT NULL, 
	attendance_reason VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, written_comments VARCHAR DEFAULT '' NOT NULL, invitation_number VARCHAR DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_attendee_attendance CHECK (attendance IN ('present', 'late', 'absent', '')), 
	CONSTRAINT ck_attendee_named CHECK (person_id IS NOT NULL OR full_name <> ''), 
	CONSTRAINT ck_attendee_role CHECK (role IN ('chair', 'delegate', 'guest', 'service')), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL, 
	CONSTRAINT uq_attendee_person UNIQUE (meeting_id, person_id)
);
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	username VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	target VARCHAR NOT NULL, 
	detail VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE body_member (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	body_id INTEGER NOT NULL, 
	title VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(body_id) REFERENCES unit (id) ON DELETE CASCADE, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE, 
	CONSTRAINT uq_body_member UNIQUE (person_id, body_id)
);
CREATE TABLE checklist_item (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	template_item_id INTEGER, 
	sort_order INTEGER NOT NULL, 
	department VARCHAR NOT NULL, 
	task VARCHAR NOT NULL, 
	rule VARCHAR NOT NULL, 
	number INTEGER NOT NULL, 
	due DATETIME NOT NULL, 
	owner_id INTEGER, 
	done_at DATETIME, 
	done_by VARCHAR NOT NULL, 
	done_by_user_id INTEGER, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_checklist_item_done CHECK ((done_at IS NULL) = (done_by = '')), 
	CONSTRAINT ck_checklist_item_rule CHECK (rule IN ('working_days_before', 'minutes_before', 'at_start', 'working_days_after', '')), 
	CONSTRAINT ck_checklist_item_number CHECK (number >= 0), 
	FOREIGN KEY(done_by_user_id) REFERENCES app_user (id) ON DELETE SET NULL, 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(owner_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(template_item_id) REFERENCES checklist_template_item (id) ON DELETE SET NULL
);
CREATE TABLE checklist_template (
	id INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_checklist_template_kind CHECK (kind IN ('executive_committee', 'standing_committee', 'standing_members', 'reception', 'field_visit', 'gift_visit', 'office_briefing', 'custom')), 
	CONSTRAINT uq_checklist_template_kind UNIQUE (kind)
);
INSERT INTO "checklist_template" VALUES(1,'executive_committee','Hội nghị Ban Chấp hành');
INSERT INTO "checklist_template" VALUES(2,'standing_committee','Hội nghị Ban Thường vụ');
INSERT INTO "checklist_template" VALUES(3,'standing_members','Họp Thường trực');
INSERT INTO "checklist_template" VALUES(4,'reception','Tiếp khách');
INSERT INTO "checklist_template" VALUES(5,'field_visit','Đi làm việc cơ sở');
INSERT INTO "checklist_template" VALUES(6,'gift_visit','Đi thăm, tặng quà');
INSERT INTO "checklist_template" VALUES(7,'office_briefing','Giao ban, sơ kết, tổng kết');
INSERT INTO "checklist_template" VALUES(8,'custom','Cuộc họp khác');
CREATE TABLE checklist_template_item (
	id INTEGER NOT NULL, 
	template_id INTEGER NOT NULL, 
	sort_order INTEGER NOT NULL, 
	department VARCHAR NOT NULL, 
	task VARCHAR NOT NULL, 
	rule VARCHAR NOT NULL, 
	amount INTEGER NOT NULL, 
	setting_key VARCHAR, 
	setting_offset INTEGER NOT NULL, 
	important_setting VARCHAR, 
	condition VARCHAR NOT NULL, 
	source VARCHAR NOT NULL, 
	"key" VARCHAR NOT NULL, 
	active BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_template_item_rule CHECK (rule IN ('working_days_before', 'minutes_before', 'at_start', 'working_days_after')), 
	CONSTRAINT ck_template_item_amount CHECK (amount >= 0), 
	FOREIGN KEY(template_id) REFERENCES checklist_template (id) ON DELETE CASCADE
);
INSERT INTO "checklist_template_item" VALUES(1,1,1,'tong_hop','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị','working_days_before',0,'meetings.invite_days.executive_committee',2,'meetings.invite_days.important','','003 §II.1.1','bch.th.vet_documents',1);
INSERT INTO "checklist_template_item" VALUES(2,1,2,'tong_hop','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo cáo, tờ trình, gợi ý thảo luận','working_days_before',0,'meetings.invite_days.executive_committee',1,'meetings.invite_days.important','','003 §II.1.1','bch.th.draft_invitation',1);
INSERT INTO "checklist_template_item" VALUES(3,1,3,'tong_hop','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)','working_days_before',1,NULL,0,NULL,'','003 §II.1.1','bch.th.minute_taker',1);
INSERT INTO "checklist_template_item" VALUES(4,1,4,'tong_hop','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết','at_start',0,NULL,0,NULL,'','003 §II.1.1','bch.th.discussion_summary',1);
INSERT INTO "checklist_template_item" VALUES(5,1,5,'tong_hop','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)','at_start',0,NULL,0,NULL,'','003 §II.1.1','bch.th.recording',1);
INSERT INTO "checklist_template_item" VALUES(6,1,6,'tong_hop','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)','working_days_after',0,'meetings.minutes_days',0,NULL,'','003 §II.1.1','bch.th.minutes',1);
INSERT INTO "checklist_template_item" VALUES(7,1,7,'tong_hop','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành','working_days_after',0,'meetings.minutes_days',3,NULL,'','003 §II.1.1','bch.th.final_documents',1);
INSERT INTO "checklist_template_item" VALUES(8,1,8,'hanh_chinh','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi qua thư điện tử)','working_days_before',0,'meetings.invite_days.executive_committee',0,'meetings.invite_days.important','','003 §II.1.2; 004 Điều 10.3, 11.2','bch.hc.invitations',1);
INSERT INTO "checklist_template_item" VALUES(9,1,9,'hanh_chinh','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)','working_days_before',1,NULL,0,NULL,'','003 §II.1.2','bch.hc.chair_folder',1);
INSERT INTO "checklist_template_item" VALUES(10,1,10,'hanh_chinh','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu','working_days_before',1,NULL,0,NULL,'','003 §II.1.2','bch.hc.video_line',1);
INSERT INTO "checklist_template_item" VALUES(11,1,11,'hanh_chinh','Kiểm tra tài liệu đã phát hành','minutes_before',60,NULL,0,NULL,'','003 §II.1.2','bch.hc.check_documents',1);
INSERT INTO "checklist_template_item" VALUES(12,1,12,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu','minutes_before',30,NULL,0,NULL,'','003 §II.1.2','bch.hc.reception',1);
INSERT INTO "checklist_template_item" VALUES(13,1,13,'hanh_chinh','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng','at_start',0,NULL,0,NULL,'','003 §II.1.2; 004 Điều 10.1, 11.1','bch.hc.attendance',1);
INSERT INTO "checklist_template_item" VALUES(14,1,14,'hanh_chinh','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị','at_start',0,NULL,0,NULL,'','003 §II.1.2','bch.hc.document_requests',1);
INSERT INTO "checklist_template_item" VALUES(15,1,15,'hanh_chinh','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được cho phép)','at_start',0,NULL,0,NULL,'','003 §II.1.2','bch.hc.it_support',1);
INSERT INTO "checklist_template_item" VALUES(16,1,16,'hanh_chinh','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị nếu có chỉ định) và xử lý tài liệu thu hồi','working_days_after',1,NULL,0,NULL,'','003 §II.1.2','bch.hc.retrieve_documents',1);
INSERT INTO "checklist_template_item" VALUES(17,1,17,'hanh_chinh','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)','working_days_after',0,'meetings.minutes_days',5,NULL,'','003 §II.1.2','bch.hc.issue_documents',1);
INSERT INTO "checklist_template_item" VALUES(18,1,18,'hanh_chinh','Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ','working_days_after',20,NULL,0,NULL,'','003 §II.1.2','bch.hc.file_dossier',1);
INSERT INTO "checklist_template_item" VALUES(19,1,19,'tai_chinh_quan_tri','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến','working_days_before',3,NULL,0,NULL,'','003 §II.1.3','bch.qt.layout',1);
INSERT INTO "checklist_template_item" VALUES(20,1,20,'tai_chinh_quan_tri','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','bch.qt.utilities',1);
INSERT INTO "checklist_template_item" VALUES(21,1,21,'tai_chinh_quan_tri','Phối hợp kiểm tra công tác an ninh, bảo vệ','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','bch.qt.security',1);
INSERT INTO "checklist_template_item" VALUES(22,1,22,'tai_chinh_quan_tri','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','bch.qt.room',1);
INSERT INTO "checklist_template_item" VALUES(23,1,23,'tai_chinh_quan_tri','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','bch.qt.remote_sites',1);
INSERT INTO "checklist_template_item" VALUES(24,1,24,'tai_chinh_quan_tri','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','bch.qt.lodging',1);
INSERT INTO "checklist_template_item" VALUES(25,1,25,'tai_chinh_quan_tri','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu','minutes_before',60,NULL,0,NULL,'','003 §II.1.3','bch.qt.name_plates',1);
INSERT INTO "checklist_template_item" VALUES(26,1,26,'tai_chinh_quan_tri','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định','minutes_before',30,NULL,0,NULL,'','003 §II.1.3','bch.qt.parking',1);
INSERT INTO "checklist_template_item" VALUES(27,1,27,'tai_chinh_quan_tri','Trực hệ thống âm thanh trong suốt thời gian hội nghị','at_start',0,NULL,0,NULL,'','003 §II.1.3','bch.qt.sound_desk',1);
INSERT INTO "checklist_template_item" VALUES(28,1,28,'tai_chinh_quan_tri','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)','at_start',0,NULL,0,NULL,'','003 §II.1.3','bch.qt.health',1);
INSERT INTO "checklist_template_item" VALUES(29,1,29,'tai_chinh_quan_tri','Phục vụ ăn nhẹ giữa giờ','at_start',0,NULL,0,NULL,'','003 §II.1.3','bch.qt.tea_break',1);
INSERT INTO "checklist_template_item" VALUES(30,1,30,'tai_chinh_quan_tri','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị','working_days_after',5,NULL,0,NULL,'','003 §II.1.3','bch.qt.allowances',1);
INSERT INTO "checklist_template_item" VALUES(31,2,1,'tong_hop','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị','working_days_before',0,'meetings.invite_days.standing_committee',2,'meetings.invite_days.important','','003 §II.1.1','btv.th.vet_documents',1);
INSERT INTO "checklist_template_item" VALUES(32,2,2,'tong_hop','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo cáo, tờ trình, gợi ý thảo luận','working_days_before',0,'meetings.invite_days.standing_committee',1,'meetings.invite_days.important','','003 §II.1.1','btv.th.draft_invitation',1);
INSERT INTO "checklist_template_item" VALUES(33,2,3,'tong_hop','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)','working_days_before',1,NULL,0,NULL,'','003 §II.1.1','btv.th.minute_taker',1);
INSERT INTO "checklist_template_item" VALUES(34,2,4,'tong_hop','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết','at_start',0,NULL,0,NULL,'','003 §II.1.1','btv.th.discussion_summary',1);
INSERT INTO "checklist_template_item" VALUES(35,2,5,'tong_hop','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)','at_start',0,NULL,0,NULL,'','003 §II.1.1','btv.th.recording',1);
INSERT INTO "checklist_template_item" VALUES(36,2,6,'tong_hop','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)','working_days_after',0,'meetings.minutes_days',0,NULL,'','003 §II.1.1','btv.th.minutes',1);
INSERT INTO "checklist_template_item" VALUES(37,2,7,'tong_hop','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành','working_days_after',0,'meetings.minutes_days',3,NULL,'','003 §II.1.1','btv.th.final_documents',1);
INSERT INTO "checklist_template_item" VALUES(38,2,8,'hanh_chinh','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi qua thư điện tử)','working_days_before',0,'meetings.invite_days.standing_committee',0,'meetings.invite_days.important','','003 §II.1.2; 004 Điều 10.3, 11.2','btv.hc.invitations',1);
INSERT INTO "checklist_template_item" VALUES(39,2,9,'hanh_chinh','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)','working_days_before',1,NULL,0,NULL,'','003 §II.1.2','btv.hc.chair_folder',1);
INSERT INTO "checklist_template_item" VALUES(40,2,10,'hanh_chinh','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu','working_days_before',1,NULL,0,NULL,'','003 §II.1.2','btv.hc.video_line',1);
INSERT INTO "checklist_template_item" VALUES(41,2,11,'hanh_chinh','Kiểm tra tài liệu đã phát hành','minutes_before',60,NULL,0,NULL,'','003 §II.1.2','btv.hc.check_documents',1);
INSERT INTO "checklist_template_item" VALUES(42,2,12,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu','minutes_before',30,NULL,0,NULL,'','003 §II.1.2','btv.hc.reception',1);
INSERT INTO "checklist_template_item" VALUES(43,2,13,'hanh_chinh','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng','at_start',0,NULL,0,NULL,'','003 §II.1.2; 004 Điều 10.1, 11.1','btv.hc.attendance',1);
INSERT INTO "checklist_template_item" VALUES(44,2,14,'hanh_chinh','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị','at_start',0,NULL,0,NULL,'','003 §II.1.2','btv.hc.document_requests',1);
INSERT INTO "checklist_template_item" VALUES(45,2,15,'hanh_chinh','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được cho phép)','at_start',0,NULL,0,NULL,'','003 §II.1.2','btv.hc.it_support',1);
INSERT INTO "checklist_template_item" VALUES(46,2,16,'hanh_chinh','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị nếu có chỉ định) và xử lý tài liệu thu hồi','working_days_after',1,NULL,0,NULL,'','003 §II.1.2','btv.hc.retrieve_documents',1);
INSERT INTO "checklist_template_item" VALUES(47,2,17,'hanh_chinh','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)','working_days_after',0,'meetings.minutes_days',5,NULL,'','003 §II.1.2','btv.hc.issue_documents',1);
INSERT INTO "checklist_template_item" VALUES(48,2,18,'hanh_chinh','Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ','working_days_after',20,NULL,0,NULL,'','003 §II.1.2','btv.hc.file_dossier',1);
INSERT INTO "checklist_template_item" VALUES(49,2,19,'tai_chinh_quan_tri','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến','working_days_before',3,NULL,0,NULL,'','003 §II.1.3','btv.qt.layout',1);
INSERT INTO "checklist_template_item" VALUES(50,2,20,'tai_chinh_quan_tri','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','btv.qt.utilities',1);
INSERT INTO "checklist_template_item" VALUES(51,2,21,'tai_chinh_quan_tri','Phối hợp kiểm tra công tác an ninh, bảo vệ','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','btv.qt.security',1);
INSERT INTO "checklist_template_item" VALUES(52,2,22,'tai_chinh_quan_tri','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','btv.qt.room',1);
INSERT INTO "checklist_template_item" VALUES(53,2,23,'tai_chinh_quan_tri','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','btv.qt.remote_sites',1);
INSERT INTO "checklist_template_item" VALUES(54,2,24,'tai_chinh_quan_tri','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','btv.qt.lodging',1);
INSERT INTO "checklist_template_item" VALUES(55,2,25,'tai_chinh_quan_tri','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu','minutes_before',60,NULL,0,NULL,'','003 §II.1.3','btv.qt.name_plates',1);
INSERT INTO "checklist_template_item" VALUES(56,2,26,'tai_chinh_quan_tri','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định','minutes_before',30,NULL,0,NULL,'','003 §II.1.3','btv.qt.parking',1);
INSERT INTO "checklist_template_item" VALUES(57,2,27,'tai_chinh_quan_tri','Trực hệ thống âm thanh trong suốt thời gian hội nghị','at_start',0,NULL,0,NULL,'','003 §II.1.3','btv.qt.sound_desk',1);
INSERT INTO "checklist_template_item" VALUES(58,2,28,'tai_chinh_quan_tri','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)','at_start',0,NULL,0,NULL,'','003 §II.1.3','btv.qt.health',1);
INSERT INTO "checklist_template_item" VALUES(59,2,29,'tai_chinh_quan_tri','Phục vụ ăn nhẹ giữa giờ','at_start',0,NULL,0,NULL,'','003 §II.1.3','btv.qt.tea_break',1);
INSERT INTO "checklist_template_item" VALUES(60,2,30,'tai_chinh_quan_tri','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị','working_days_after',5,NULL,0,NULL,'','003 §II.1.3','btv.qt.allowances',1);
INSERT INTO "checklist_template_item" VALUES(61,3,1,'tong_hop','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị','working_days_before',0,'meetings.invite_days.standing_members',2,'meetings.invite_days.important','','003 §II.1.1','tt.th.vet_documents',1);
INSERT INTO "checklist_template_item" VALUES(62,3,2,'tong_hop','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo cáo, tờ trình, gợi ý thảo luận','working_days_before',0,'meetings.invite_days.standing_members',1,'meetings.invite_days.important','','003 §II.1.1','tt.th.draft_invitation',1);
INSERT INTO "checklist_template_item" VALUES(63,3,3,'tong_hop','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)','working_days_before',1,NULL,0,NULL,'','003 §II.1.1','tt.th.minute_taker',1);
INSERT INTO "checklist_template_item" VALUES(64,3,4,'tong_hop','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết','at_start',0,NULL,0,NULL,'','003 §II.1.1','tt.th.discussion_summary',1);
INSERT INTO "checklist_template_item" VALUES(65,3,5,'tong_hop','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)','at_start',0,NULL,0,NULL,'','003 §II.1.1','tt.th.recording',1);
INSERT INTO "checklist_template_item" VALUES(66,3,6,'tong_hop','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)','working_days_after',0,'meetings.minutes_days',0,NULL,'','003 §II.1.1','tt.th.minutes',1);
INSERT INTO "checklist_template_item" VALUES(67,3,7,'tong_hop','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành','working_days_after',0,'meetings.minutes_days',3,NULL,'','003 §II.1.1','tt.th.final_documents',1);
INSERT INTO "checklist_template_item" VALUES(68,3,8,'hanh_chinh','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi qua thư điện tử)','working_days_before',0,'meetings.invite_days.standing_members',0,'meetings.invite_days.important','','003 §II.1.2; 004 Điều 10.3, 11.2','tt.hc.invitations',1);
INSERT INTO "checklist_template_item" VALUES(69,3,9,'hanh_chinh','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)','working_days_before',1,NULL,0,NULL,'','003 §II.1.2','tt.hc.chair_folder',1);
INSERT INTO "checklist_template_item" VALUES(70,3,10,'hanh_chinh','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu','working_days_before',1,NULL,0,NULL,'','003 §II.1.2','tt.hc.video_line',1);
INSERT INTO "checklist_template_item" VALUES(71,3,11,'hanh_chinh','Kiểm tra tài liệu đã phát hành','minutes_before',60,NULL,0,NULL,'','003 §II.1.2','tt.hc.check_documents',1);
INSERT INTO "checklist_template_item" VALUES(72,3,12,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu','minutes_before',30,NULL,0,NULL,'','003 §II.1.2','tt.hc.reception',1);
INSERT INTO "checklist_template_item" VALUES(73,3,13,'hanh_chinh','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng','at_start',0,NULL,0,NULL,'','003 §II.1.2; 004 Điều 10.1, 11.1','tt.hc.attendance',1);
INSERT INTO "checklist_template_item" VALUES(74,3,14,'hanh_chinh','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị','at_start',0,NULL,0,NULL,'','003 §II.1.2','tt.hc.document_requests',1);
INSERT INTO "checklist_template_item" VALUES(75,3,15,'hanh_chinh','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được cho phép)','at_start',0,NULL,0,NULL,'','003 §II.1.2','tt.hc.it_support',1);
INSERT INTO "checklist_template_item" VALUES(76,3,16,'hanh_chinh','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị nếu có chỉ định) và xử lý tài liệu thu hồi','working_days_after',1,NULL,0,NULL,'','003 §II.1.2','tt.hc.retrieve_documents',1);
INSERT INTO "checklist_template_item" VALUES(77,3,17,'hanh_chinh','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)','working_days_after',0,'meetings.minutes_days',5,NULL,'','003 §II.1.2','tt.hc.issue_documents',1);
INSERT INTO "checklist_template_item" VALUES(78,3,18,'hanh_chinh','Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ','working_days_after',20,NULL,0,NULL,'','003 §II.1.2','tt.hc.file_dossier',1);
INSERT INTO "checklist_template_item" VALUES(79,3,19,'tai_chinh_quan_tri','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến','working_days_before',3,NULL,0,NULL,'','003 §II.1.3','tt.qt.layout',1);
INSERT INTO "checklist_template_item" VALUES(80,3,20,'tai_chinh_quan_tri','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','tt.qt.utilities',1);
INSERT INTO "checklist_template_item" VALUES(81,3,21,'tai_chinh_quan_tri','Phối hợp kiểm tra công tác an ninh, bảo vệ','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','tt.qt.security',1);
INSERT INTO "checklist_template_item" VALUES(82,3,22,'tai_chinh_quan_tri','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','tt.qt.room',1);
INSERT INTO "checklist_template_item" VALUES(83,3,23,'tai_chinh_quan_tri','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','tt.qt.remote_sites',1);
INSERT INTO "checklist_template_item" VALUES(84,3,24,'tai_chinh_quan_tri','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)','working_days_before',1,NULL,0,NULL,'','003 §II.1.3','tt.qt.lodging',1);
INSERT INTO "checklist_template_item" VALUES(85,3,25,'tai_chinh_quan_tri','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu','minutes_before',60,NULL,0,NULL,'','003 §II.1.3','tt.qt.name_plates',1);
INSERT INTO "checklist_template_item" VALUES(86,3,26,'tai_chinh_quan_tri','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định','minutes_before',30,NULL,0,NULL,'','003 §II.1.3','tt.qt.parking',1);
INSERT INTO "checklist_template_item" VALUES(87,3,27,'tai_chinh_quan_tri','Trực hệ thống âm thanh trong suốt thời gian hội nghị','at_start',0,NULL,0,NULL,'','003 §II.1.3','tt.qt.sound_desk',1);
INSERT INTO "checklist_template_item" VALUES(88,3,28,'tai_chinh_quan_tri','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)','at_start',0,NULL,0,NULL,'','003 §II.1.3','tt.qt.health',1);
INSERT INTO "checklist_template_item" VALUES(89,3,29,'tai_chinh_quan_tri','Phục vụ ăn nhẹ giữa giờ','at_start',0,NULL,0,NULL,'','003 §II.1.3','tt.qt.tea_break',1);
INSERT INTO "checklist_template_item" VALUES(90,3,30,'tai_chinh_quan_tri','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị','working_days_after',5,NULL,0,NULL,'','003 §II.1.3','tt.qt.allowances',1);
INSERT INTO "checklist_template_item" VALUES(91,4,1,'tong_hop','Tham mưu giấy mời, thành phần tham dự tiếp khách, làm việc','working_days_before',2,NULL,0,NULL,'','003 §II.2.1','reception.th.invitation',1);
INSERT INTO "checklist_template_item" VALUES(92,4,2,'tong_hop','Chuẩn bị nội dung tài liệu làm việc (khi có yêu cầu)','working_days_before',1,NULL,0,NULL,'','003 §II.2.1','reception.th.documents',1);
INSERT INTO "checklist_template_item" VALUES(93,4,3,'hanh_chinh','Gửi giấy mời và tài liệu đến đại biểu dự làm việc','working_days_before',1,NULL,0,NULL,'','003 §II.2.2','reception.hc.invitations',1);
INSERT INTO "checklist_template_item" VALUES(94,4,4,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp khách','minutes_before',0,'meetings.reception_ready_minutes',0,NULL,'','003 §II.2.2','reception.hc.reception',1);
INSERT INTO "checklist_template_item" VALUES(95,4,5,'hanh_chinh','Phân công chuyên viên công nghệ thông tin quay phim, chụp hình làm tư liệu','at_start',0,NULL,0,NULL,'','003 §II.2.2','reception.hc.photos',1);
INSERT INTO "checklist_template_item" VALUES(96,4,6,'tai_chinh_quan_tri','Xây dựng kế hoạch đón tiếp khách chi tiết, phân công công chức phục vụ','working_days_before',2,NULL,0,NULL,'','003 §II.2.3','reception.qt.plan',1);
INSERT INTO "checklist_template_item" VALUES(97,4,7,'tai_chinh_quan_tri','Bố trí xe đưa đón, ăn nghỉ, tham quan cho khách (khi có yêu cầu)','working_days_before',1,NULL,0,NULL,'','003 §II.2.3','reception.qt.transport',1);
INSERT INTO "checklist_template_item" VALUES(98,4,8,'tai_chinh_quan_tri','Chuẩn bị phòng làm việc, khánh tiết','minutes_before',0,'meetings.reception_ready_minutes',0,NULL,'','003 §II.2.3','reception.qt.room_ready',1);
INSERT INTO "checklist_template_item" VALUES(99,4,9,'tai_chinh_quan_tri','Bố trí cờ các nước theo quy định (đoàn khách nước ngoài)','minutes_before',0,'meetings.reception_ready_minutes',0,NULL,'foreign_guests','003 §II.2.3','reception.qt.flags',1);
INSERT INTO "checklist_template_item" VALUES(100,5,1,'tong_hop','Tham mưu kế hoạch, thông báo thời gian, thành phần, chương trình, nội dung làm việc','working_days_before',0,'meetings.field_visit_documents_days',2,NULL,'','003 §II.3.1','field.th.plan',1);
INSERT INTO "checklist_template_item" VALUES(101,5,2,'tong_hop','Phối hợp địa phương, đơn vị chuẩn bị tài liệu làm việc và đề cương kết luận, trình lãnh đạo Văn phòng','working_days_before',0,'meetings.field_visit_documents_days',0,NULL,'','003 §II.3.1','field.th.documents',1);
INSERT INTO "checklist_template_item" VALUES(102,5,3,'tong_hop','Phân công chuyên viên tham gia đoàn để ghi chép nội dung làm việc','working_days_before',1,NULL,0,NULL,'','003 §II.3.1','field.th.note_taker',1);
INSERT INTO "checklist_template_item" VALUES(103,5,4,'tong_hop','Tham mưu thông báo kết luận buổi làm việc; theo dõi thực hiện kết luận','working_days_after',0,'meetings.minutes_days',0,NULL,'','003 §II.3.1','field.th.conclusions',1);
INSERT INTO "checklist_template_item" VALUES(104,5,5,'hanh_chinh','Phát hành thông báo đi làm việc đến các thành phần dự làm việc','working_days_before',0,'meetings.field_visit_documents_days',0,NULL,'','003 §II.3.2','field.hc.notice',1);
INSERT INTO "checklist_template_item" VALUES(105,5,6,'hanh_chinh','Phối hợp Phòng Tổng hợp in ấn tài liệu làm việc trình Thường trực, lãnh đạo Văn phòng','working_days_before',1,NULL,0,NULL,'','003 §II.3.2','field.hc.print_documents',1);
INSERT INTO "checklist_template_item" VALUES(106,5,7,'tai_chinh_quan_tri','Nắm thời gian, địa điểm, số lượng đoàn để bố trí phương tiện; liên hệ nơi ăn, nghỉ (nếu có)','working_days_before',2,NULL,0,NULL,'','003 §II.3.3','field.qt.transport',1);
INSERT INTO "checklist_template_item" VALUES(107,5,8,'tai_chinh_quan_tri','Hướng dẫn, kiểm tra nơi đến trang trí, maket, bảng tên, bố trí bàn ghế','working_days_before',1,NULL,0,NULL,'','003 §II.3.3','field.qt.venue',1);
INSERT INTO "checklist_template_item" VALUES(108,5,9,'tai_chinh_quan_tri','Cử cán bộ đi trước nắm tình hình hoặc đi theo đoàn làm nhiệm vụ hậu cần (khi cần)','working_days_before',1,NULL,0,NULL,'','003 §II.3.3','field.qt.advance_party',1);
INSERT INTO "checklist_template_item" VALUES(109,6,1,'tong_hop','Bố trí lịch đi thăm, tặng quà trong chương trình công tác tuần','working_days_before',3,NULL,0,NULL,'','003 §II.4.1','gift.th.schedule',1);
INSERT INTO "checklist_template_item" VALUES(110,6,2,'hanh_chinh','Phát hành thông báo đi thăm, tặng quà đến các thành phần cùng đi','working_days_before',2,NULL,0,NULL,'','003 §II.4.2','gift.hc.notice',1);
INSERT INTO "checklist_template_item" VALUES(111,6,3,'tai_chinh_quan_tri','Tham mưu thông báo thời gian, thành phần tham gia; cử công chức tham gia đoàn','working_days_before',2,NULL,0,NULL,'','003 §II.4.3','gift.qt.members',1);
INSERT INTO "checklist_template_item" VALUES(112,6,4,'tai_chinh_quan_tri','Chuẩn bị quà hoặc phối hợp chuẩn bị quà, tặng phẩm','working_days_before',1,NULL,0,NULL,'','003 §II.4.3','gift.qt.gifts',1);
INSERT INTO "checklist_template_item" VALUES(113,6,5,'tai_chinh_quan_tri','Bố trí phương tiện phục vụ','working_days_before',1,NULL,0,NULL,'','003 §II.4.3','gift.qt.vehicle',1);
INSERT INTO "checklist_template_item" VALUES(114,7,1,'hanh_chinh','Nhận báo cáo tháng của các phòng (gửi trước giao ban 02 ngày)','working_days_before',2,NULL,0,NULL,'','002 Điều 22.2','briefing.hc.reports',1);
INSERT INTO "checklist_template_item" VALUES(115,7,2,'hanh_chinh','Chuẩn bị chương trình, nội dung, tài liệu hội nghị','working_days_before',1,NULL,0,NULL,'','000 Điều 11.2','briefing.hc.programme',1);
INSERT INTO "checklist_template_item" VALUES(116,7,3,'hanh_chinh','Gửi giấy mời họp','working_days_before',1,NULL,0,NULL,'','000 Điều 11.2','briefing.hc.invitations',1);
INSERT INTO "checklist_template_item" VALUES(117,7,4,'tai_chinh_quan_tri','Chuẩn bị phòng họp, âm thanh','minutes_before',30,NULL,0,NULL,'','000 Điều 11','briefing.qt.room',1);
INSERT INTO "checklist_template_item" VALUES(118,7,5,'hanh_chinh','Ghi biên bản cuộc họp','at_start',0,NULL,0,NULL,'','000 Điều 11.2','briefing.hc.minute_taker',1);
INSERT INTO "checklist_template_item" VALUES(119,7,6,'hanh_chinh','Hoàn thành biên bản; tham mưu thông báo kết luận cuộc họp','working_days_after',0,'meetings.minutes_days',0,NULL,'','000 Điều 11.2; 002 Điều 19.2','briefing.hc.conclusions',1);
INSERT INTO "checklist_template_item" VALUES(120,8,1,'hanh_chinh','Gửi giấy mời, tài liệu','working_days_before',0,'meetings.invite_days.standing_members',0,NULL,'','','custom.hc.invitations',1);
INSERT INTO "checklist_template_item" VALUES(121,8,2,'tai_chinh_quan_tri','Chuẩn bị phòng họp','minutes_before',30,NULL,0,NULL,'','','custom.qt.room',1);
INSERT INTO "checklist_template_item" VALUES(122,8,3,'tong_hop','Hoàn thành biên bản, thông báo kết luận','working_days_after',0,'meetings.minutes_days',0,NULL,'','','custom.th.minutes',1);
CREATE TABLE day_override (
	id INTEGER NOT NULL, 
	day DATE NOT NULL, 
	kind VARCHAR NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_day_override_kind CHECK (kind IN ('day_off', 'working_day')), 
	CONSTRAINT uq_day_override_day UNIQUE (day)
);
CREATE TABLE delegation (
	id INTEGER NOT NULL, 
	principal_id INTEGER NOT NULL, 
	acting_id INTEGER NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE NOT NULL, 
	scope VARCHAR NOT NULL, 
	reason VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_delegation_dates CHECK (end_date >= start_date), 
	CONSTRAINT ck_delegation_distinct CHECK (principal_id <> acting_id), 
	FOREIGN KEY(acting_id) REFERENCES person (id) ON DELETE CASCADE, 
	FOREIGN KEY(principal_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE TABLE document (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	sort_order INTEGER NOT NULL, 
	title VARCHAR NOT NULL, 
	secret BOOLEAN NOT NULL, 
	copies INTEGER NOT NULL, 
	to_be_retrieved BOOLEAN NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_document_copies CHECK (copies >= 0), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE document_copy (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	attendee_id INTEGER NOT NULL, 
	copy_number INTEGER NOT NULL, 
	received_at DATETIME NOT NULL, 
	returned_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_document_copy_number CHECK (copy_number >= 1), 
	FOREIGN KEY(attendee_id) REFERENCES attendee (id) ON DELETE CASCADE, 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	CONSTRAINT uq_document_copy_attendee UNIQUE (document_id, attendee_id), 
	CONSTRAINT uq_document_copy_number UNIQUE (document_id, copy_number)
);
CREATE TABLE document_type (
	code VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	PRIMARY KEY (code), 
	CONSTRAINT ck_document_type_code CHECK (code <> '')
);
INSERT INTO "document_type" VALUES('GM','Giấy mời',1,1);
INSERT INTO "document_type" VALUES('TB','Thông báo',2,1);
INSERT INTO "document_type" VALUES('LCT','Lịch công tác',3,1);
INSERT INTO "document_type" VALUES('BB','Biên bản',4,1);
INSERT INTO "document_type" VALUES('CTr','Chương trình',5,1);
INSERT INTO "document_type" VALUES('KH','Kế hoạch',6,1);
INSERT INTO "document_type" VALUES('BC','Báo cáo',7,1);
CREATE TABLE duty_assignment (
	id INTEGER NOT NULL, 
	roster_id INTEGER NOT NULL, 
	day DATE NOT NULL, 
	person_id INTEGER NOT NULL, 
	manual BOOLEAN NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE RESTRICT, 
	FOREIGN KEY(roster_id) REFERENCES duty_roster (id) ON DELETE CASCADE, 
	CONSTRAINT uq_duty_assignment UNIQUE (roster_id, day, person_id)
);
CREATE TABLE duty_roster (
	id INTEGER NOT NULL, 
	title VARCHAR NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE NOT NULL, 
	per_day INTEGER NOT NULL, 
	note VARCHAR NOT NULL, 
	days VARCHAR NOT NULL, 
	pool VARCHAR NOT NULL, 
	created_by VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_duty_roster_dates CHECK (end_date >= start_date), 
	CONSTRAINT ck_duty_roster_per_day CHECK (per_day >= 1)
);
CREATE TABLE "event" (
	id INTEGER NOT NULL, 
	uid VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	start_at DATETIME NOT NULL, 
	end_at DATETIME NOT NULL, 
	all_day BOOLEAN NOT NULL, 
	half_day VARCHAR, 
	location VARCHAR NOT NULL, 
	chair_id INTEGER, 
	participants VARCHAR NOT NULL, 
	preparing_unit_id INTEGER, 
	preparing_text VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	recurring BOOLEAN NOT NULL, 
	rrule VARCHAR NOT NULL, 
	exdates VARCHAR NOT NULL, 
	workday_shift VARCHAR NOT NULL, 
	range_end DATETIME, 
	series_key VARCHAR NOT NULL, 
	series_id INTEGER, 
	recurrence_day DATE, 
	split_from_id INTEGER, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	updated_by VARCHAR NOT NULL, 
	tzid VARCHAR DEFAULT '' NOT NULL, 
	sequence INTEGER DEFAULT '0' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_event_workday_shift CHECK (workday_shift IN ('', 'next', 'previous')), 
	CONSTRAINT ck_event_status CHECK (status IN ('draft', 'published', 'changed', 'cancelled')), 
	CONSTRAINT ck_event_not_own_series CHECK (series_id IS NULL OR series_id <> id), 
	CONSTRAINT ck_event_all_or_half CHECK (NOT (all_day AND half_day IS NOT NULL)), 
	CONSTRAINT ck_event_exception_series CHECK (recurrence_day IS NULL OR series_id IS NOT NULL), 
	CONSTRAINT ck_event_half_day CHECK (half_day IS NULL OR half_day IN ('morning', 'afternoon')), 
	CONSTRAINT ck_event_kind CHECK (kind IN ('meeting', 'field_visit', 'reception', 'business_trip', 'other')), 
	CONSTRAINT ck_event_times CHECK (end_at >= start_at), 
	FOREIGN KEY(series_id) REFERENCES event (id) ON DELETE CASCADE, 
	FOREIGN KEY(chair_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(preparing_unit_id) REFERENCES unit (id) ON DELETE SET NULL, 
	FOREIGN KEY(split_from_id) REFERENCES event (id) ON DELETE SET NULL
);
CREATE TABLE event_leader (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(event_id) REFERENCES event (id) ON DELETE CASCADE, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE, 
	CONSTRAINT uq_event_leader UNIQUE (event_id, person_id)
);
CREATE TABLE event_unit (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(event_id) REFERENCES event (id) ON DELETE CASCADE, 
	FOREIGN KEY(unit_id) REFERENCES unit (id) ON DELETE CASCADE, 
	CONSTRAINT uq_event_unit UNIQUE (event_id, unit_id)
);
CREATE TABLE leave_request (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	leave_type_id INTEGER NOT NULL, 
	start_date DATE NOT NULL, 
	start_half VARCHAR NOT NULL, 
	end_date DATE NOT NULL, 
	end_half VARCHAR NOT NULL, 
	days FLOAT NOT NULL, 
	reason VARCHAR NOT NULL, 
	handover_id INTEGER, 
	contact VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	requester_role VARCHAR NOT NULL, 
	emergency BOOLEAN NOT NULL, 
	phone_approved_by_id INTEGER, 
	phone_approved_at DATETIME, 
	application_required BOOLEAN NOT NULL, 
	application_received BOOLEAN NOT NULL, 
	application_received_on DATE, 
	balance_override_note VARCHAR NOT NULL, 
	cancel_reason VARCHAR NOT NULL, 
	created_by VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	submitted_at DATETIME, 
	decided_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_leave_request_end_half CHECK (end_half IN ('morning', 'afternoon')), 
	CONSTRAINT ck_leave_request_start_half CHECK (start_half IN ('morning', 'afternoon')), 
	CONSTRAINT ck_leave_request_status CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'cancelled')), 
	CONSTRAINT ck_leave_request_days CHECK (days > 0), 
	CONSTRAINT ck_leave_request_dates CHECK (end_date >= start_date), 
	CONSTRAINT ck_leave_request_handover CHECK (handover_id IS NULL OR handover_id <> person_id), 
	FOREIGN KEY(handover_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(leave_type_id) REFERENCES leave_type (id) ON DELETE RESTRICT, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE RESTRICT, 
	FOREIGN KEY(phone_approved_by_id) REFERENCES person (id) ON DELETE SET NULL
);
CREATE TABLE "leave_type" (
	id INTEGER NOT NULL, 
	code VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	symbol VARCHAR NOT NULL, 
	paid BOOLEAN NOT NULL, 
	counts_against_annual BOOLEAN NOT NULL, 
	max_days FLOAT, 
	source VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	min_notice_days INTEGER DEFAULT '0' NOT NULL, 
	notice_refuses BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_leave_type_code UNIQUE (code), 
	CONSTRAINT ck_leave_type_max_days CHECK (max_days IS NULL OR max_days > 0)
);
INSERT INTO "leave_type" VALUES(1,'annual','Nghỉ phép năm','P',1,1,NULL,'Bộ luật Lao động 2019, Điều 113, 114',1,1,0,0);
INSERT INTO "leave_type" VALUES(2,'marriage','Nghỉ việc riêng: bản thân kết hôn','R',1,0,3.0,'Bộ luật Lao động 2019, Điều 115.1a',2,1,0,0);
INSERT INTO "leave_type" VALUES(3,'child_marriage','Nghỉ việc riêng: con kết hôn','R',1,0,1.0,'Bộ luật Lao động 2019, Điều 115.1b',3,1,0,0);
INSERT INTO "leave_type" VALUES(4,'bereavement','Nghỉ việc riêng: cha, mẹ, vợ/chồng, con chết','R',1,0,3.0,'Bộ luật Lao động 2019, Điều 115.1c',4,1,0,0);
INSERT INTO "leave_type" VALUES(5,'unpaid_family','Nghỉ không lương: ông bà, anh chị em ruột mất; cha mẹ, anh chị em ruột kết hôn','Ro',0,0,1.0,'Bộ luật Lao động 2019, Điều 115.2',5,1,0,0);
INSERT INTO "leave_type" VALUES(6,'unpaid','Nghỉ không hưởng lương','Ro',0,0,NULL,'Bộ luật Lao động 2019, Điều 115.3',6,1,0,0);
INSERT INTO "leave_type" VALUES(7,'sick','Nghỉ ốm','Ô',1,0,NULL,'Luật Bảo hiểm xã hội 2024',7,1,0,0);
INSERT INTO "leave_type" VALUES(8,'maternity','Nghỉ thai sản','TS',1,0,NULL,'Bộ luật Lao động 2019, Điều 139',8,1,0,0);
INSERT INTO "leave_type" VALUES(9,'other','Nghỉ khác','K',1,0,NULL,'',9,1,0,0);
INSERT INTO "leave_type" VALUES(10,'compensatory','Nghỉ bù (trực ngày nghỉ)','NB',1,0,NULL,'Quy định của cơ quan: trực ngày nghỉ được nghỉ bù',10,1,0,0);
CREATE TABLE "meeting" (
	id INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	start_at DATETIME NOT NULL, 
	end_at DATETIME NOT NULL, 
	location VARCHAR NOT NULL, 
	chair_id INTEGER, 
	event_id INTEGER, 
	important BOOLEAN NOT NULL, 
	foreign_guests BOOLEAN NOT NULL, 
	notes VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	personnel BOOLEAN DEFAULT 0 NOT NULL, 
	minute_taker_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_event_id_event FOREIGN KEY(event_id) REFERENCES event (id) ON DELETE SET NULL, 
	CONSTRAINT ck_meeting_times CHECK (end_at >= start_at), 
	CONSTRAINT ck_meeting_kind CHECK (kind IN ('executive_committee', 'standing_committee', 'standing_members', 'reception', 'field_visit', 'gift_visit', 'office_briefing', 'custom')), 
	CONSTRAINT fk_meeting_minute_taker_id_person FOREIGN KEY(minute_taker_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(chair_id) REFERENCES person (id) ON DELETE SET NULL
);
CREATE TABLE office (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	parent_body VARCHAR NOT NULL, 
	address VARCHAR NOT NULL, 
	place VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	code_suffix VARCHAR NOT NULL, uuid VARCHAR DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_office_kind CHECK (kind IN ('party', 'state'))
);
CREATE TABLE outgoing_document (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	type_code VARCHAR NOT NULL, 
	number INTEGER NOT NULL, 
	symbol VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	purpose VARCHAR NOT NULL, 
	meeting_id INTEGER, 
	period VARCHAR NOT NULL, 
	issued_on DATE, 
	void_reason VARCHAR NOT NULL, 
	created_by VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_outgoing_document_number CHECK (number >= 1), 
	CONSTRAINT ck_outgoing_document_status CHECK (status IN ('reserved', 'issued', 'void')), 
	CONSTRAINT ck_outgoing_document_void CHECK ((status = 'void') = (void_reason <> '')), 
	CONSTRAINT ck_outgoing_document_issued CHECK (status <> 'issued' OR issued_on IS NOT NULL), 
	FOREIGN KEY(type_code) REFERENCES document_type (code) ON DELETE RESTRICT, 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE SET NULL, 
	CONSTRAINT uq_outgoing_document_number UNIQUE (year, type_code, number)
);
CREATE TABLE oversight (
	id INTEGER NOT NULL, 
	deputy_id INTEGER NOT NULL, 
	unit_id INTEGER, 
	field VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_oversight_target CHECK (unit_id IS NOT NULL OR field <> ''), 
	FOREIGN KEY(deputy_id) REFERENCES person (id) ON DELETE CASCADE, 
	FOREIGN KEY(unit_id) REFERENCES unit (id) ON DELETE CASCADE
);
CREATE TABLE person (
	id INTEGER NOT NULL, 
	full_name VARCHAR NOT NULL, 
	search_key VARCHAR NOT NULL, 
	gender VARCHAR NOT NULL, 
	birth_date DATE, 
	phone VARCHAR NOT NULL, 
	email VARCHAR NOT NULL, 
	unit_id INTEGER, 
	position_id INTEGER, 
	is_standing_deputy BOOLEAN NOT NULL, 
	service_start DATE, 
	active BOOLEAN NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_person_gender CHECK (gender IN ('male', 'female', '')), 
	FOREIGN KEY(position_id) REFERENCES position (id) ON DELETE RESTRICT, 
	FOREIGN KEY(unit_id) REFERENCES unit (id) ON DELETE RESTRICT
);
CREATE TABLE position (
	id INTEGER NOT NULL, 
	role VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	rank INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_position_title UNIQUE (title)
);
CREATE TABLE schedule_week (
	id INTEGER NOT NULL, 
	week_start DATE NOT NULL, 
	version INTEGER NOT NULL, 
	published_at DATETIME NOT NULL, 
	published_by VARCHAR NOT NULL, 
	note VARCHAR NOT NULL, 
	snapshot VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_schedule_week_version CHECK (version >= 1), 
	CONSTRAINT uq_schedule_week_version UNIQUE (week_start, version)
);
CREATE TABLE setting (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE unit (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	short_name VARCHAR NOT NULL, 
	code VARCHAR, 
	kind VARCHAR NOT NULL, 
	parent_id INTEGER, 
	sort_order INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_unit_kind CHECK (kind IN ('office', 'department', 'body')), 
	CONSTRAINT ck_unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id), 
	FOREIGN KEY(parent_id) REFERENCES unit (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_unit_code UNIQUE (code)
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_unit_parent_id ON unit (parent_id);
CREATE INDEX ix_person_full_name ON person (full_name);
CREATE INDEX ix_person_position_id ON person (position_id);
CREATE INDEX ix_person_search_key ON person (search_key);
CREATE INDEX ix_person_unit_id ON person (unit_id);
CREATE INDEX ix_app_user_person_id ON app_user (person_id);
CREATE INDEX ix_body_member_body_id ON body_member (body_id);
CREATE INDEX ix_body_member_person_id ON body_member (person_id);
CREATE INDEX ix_delegation_acting_id ON delegation (acting_id);
CREATE INDEX ix_delegation_principal_id ON delegation (principal_id);
CREATE INDEX ix_oversight_deputy_id ON oversight (deputy_id);
CREATE INDEX ix_oversight_unit_id ON oversight (unit_id);
CREATE VIEW unit_ancestry AS
WITH RECURSIVE a(unit_id, ancestor_id) AS (
    SELECT id, parent_id FROM unit WHERE parent_id IS NOT NULL
    UNION
    SELECT a.unit_id, u.parent_id FROM a JOIN unit u ON u.id = a.ancestor_id
    WHERE u.parent_id IS NOT NULL
)
SELECT unit_id, ancestor_id FROM a;
CREATE TRIGGER unit_not_own_ancestor BEFORE UPDATE OF parent_id ON unit
WHEN EXISTS (SELECT 1 FROM unit_ancestry WHERE unit_id = NEW.parent_id AND ancestor_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'unit cannot be its own ancestor');
END;
CREATE INDEX ix_checklist_template_item_template_id ON checklist_template_item (template_id);
CREATE INDEX ix_attendee_meeting_id ON attendee (meeting_id);
CREATE INDEX ix_attendee_person_id ON attendee (person_id);
CREATE INDEX ix_checklist_item_done_by_user_id ON checklist_item (done_by_user_id);
CREATE INDEX ix_checklist_item_due ON checklist_item (due);
CREATE INDEX ix_checklist_item_meeting_id ON checklist_item (meeting_id);
CREATE INDEX ix_checklist_item_owner_id ON checklist_item (owner_id);
CREATE INDEX ix_checklist_item_template_item_id ON checklist_item (template_item_id);
CREATE INDEX ix_document_meeting_id ON document (meeting_id);
CREATE INDEX ix_document_copy_attendee_id ON document_copy (attendee_id);
CREATE INDEX ix_document_copy_document_id ON document_copy (document_id);
CREATE INDEX ix_duty_assignment_person_day ON duty_assignment (person_id, day);
CREATE INDEX ix_duty_assignment_roster_id ON duty_assignment (roster_id);
CREATE INDEX ix_leave_request_dates ON leave_request (start_date, end_date);
CREATE INDEX ix_leave_request_handover_id ON leave_request (handover_id);
CREATE INDEX ix_leave_request_leave_type_id ON leave_request (leave_type_id);
CREATE INDEX ix_leave_request_person_start ON leave_request (person_id, start_date);
CREATE INDEX ix_leave_request_phone_approved_by_id ON leave_request (phone_approved_by_id);
CREATE INDEX ix_leave_request_status ON leave_request (status);
CREATE INDEX ix_schedule_week_week_start ON schedule_week (week_start);
CREATE INDEX ix_event_leader_event_id ON event_leader (event_id);
CREATE INDEX ix_event_leader_person_id ON event_leader (person_id);
CREATE INDEX ix_event_unit_event_id ON event_unit (event_id);
CREATE INDEX ix_event_unit_unit_id ON event_unit (unit_id);
CREATE INDEX ix_leave_request_status_end ON leave_request (status, end_date, start_date);
CREATE INDEX ix_leave_request_end ON leave_request (end_date, start_date);
CREATE INDEX ix_event_recurring_start ON event (recurring, start_at);
CREATE INDEX ix_event_uid ON event (uid);
CREATE INDEX ix_event_preparing_unit_id ON event (preparing_unit_id);
CREATE INDEX ix_event_chair_id ON event (chair_id);
CREATE INDEX ix_event_start_at ON event (start_at);
CREATE INDEX ix_event_series_id ON event (series_id);
CREATE INDEX ix_event_split_from_id ON event (split_from_id);
CREATE INDEX ix_event_series_key ON event (series_key);
CREATE INDEX ix_event_range_end ON event (range_end);
CREATE INDEX ix_outgoing_document_year ON outgoing_document (year);
CREATE INDEX ix_outgoing_document_type_code ON outgoing_document (type_code);
CREATE INDEX ix_outgoing_document_meeting_id ON outgoing_document (meeting_id);
CREATE INDEX ix_meeting_event_id ON meeting (event_id);
CREATE INDEX ix_meeting_start_at ON meeting (start_at);
CREATE INDEX ix_meeting_chair_id ON meeting (chair_id);
CREATE INDEX ix_meeting_minute_taker_id ON meeting (minute_taker_id);
CREATE INDEX ix_approval_step_acting_for_id ON approval_step (acting_for_id);
CREATE INDEX ix_approval_step_decided_by_user_id ON approval_step (decided_by_user_id);
CREATE INDEX ix_approval_step_request_id ON approval_step (request_id);
CREATE INDEX ix_approval_step_approver_id ON approval_step (approver_id);
