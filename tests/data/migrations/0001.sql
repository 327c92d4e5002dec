-- VanPhong schema revision 0001: the demo office as written by commit
-- 829b0f8f47a858aad6e4e00746d9967bd73ba596 (2026-11-26). Made by
-- `python -m tests.robustness.migration_fixtures`; do not edit.
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
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
INSERT INTO "app_user" VALUES(1,'chanhvp','$argon2id$v=19$m=65536,t=3,p=4$3OH72KQCZnc322KSvBR/iw$55UG341UzuktWjQRKMJ46bKOZPMzn3jThsJ3k8ejQ18','leader',14,1,'2026-11-30 05:31:57.000000');
INSERT INTO "app_user" VALUES(2,'phochanhvp','$argon2id$v=19$m=65536,t=3,p=4$Mg0aiQSRglb1//tX+1ZCiA$4WWC+KWtNaSRoik2aNrkWZW8B7ct0Akdt9YZ+7myLLQ','leader',15,1,'2026-11-30 05:31:57.000000');
INSERT INTO "app_user" VALUES(3,'vanthu','$argon2id$v=19$m=65536,t=3,p=4$1ddoJy8GrwBeOVlxBTuPJg$5TAjaHqHhm3qP6wQxd48w1fbkGrDtKepig2XDBWuLJA','clerk',66,1,'2026-11-30 05:31:57.000000');
INSERT INTO "app_user" VALUES(4,'chuyenvien','$argon2id$v=19$m=65536,t=3,p=4$OfuVrBszk4c7327DUO4EcA$NQMHklxKJrgbUb9D0lBhC7I6zcSGUMYXsg0RyUpxGEQ','staff',56,1,'2026-11-30 05:31:58.000000');
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	username VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	target VARCHAR NOT NULL, 
	detail VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "audit_log" VALUES(1,'2026-11-30 05:31:55.000000','system','office.save','office','Văn phòng Tỉnh ủy');
INSERT INTO "audit_log" VALUES(2,'2026-11-30 05:31:56.000000','system','position.create','position','Bí thư Tỉnh ủy');
INSERT INTO "audit_log" VALUES(3,'2026-11-30 05:31:56.000000','system','position.create','position','Phó Bí thư Thường trực Tỉnh ủy');
INSERT INTO "audit_log" VALUES(4,'2026-11-30 05:31:56.000000','system','position.create','position','Phó Bí thư Tỉnh ủy');
INSERT INTO "audit_log" VALUES(5,'2026-11-30 05:31:56.000000','system','position.create','position','Ủy viên Ban Thường vụ Tỉnh ủy');
INSERT INTO "audit_log" VALUES(6,'2026-11-30 05:31:56.000000','system','position.create','position','Tỉnh ủy viên');
INSERT INTO "audit_log" VALUES(7,'2026-11-30 05:31:56.000000','system','position.create','position','Chánh Văn phòng');
INSERT INTO "audit_log" VALUES(8,'2026-11-30 05:31:56.000000','system','position.create','position','Phó Chánh Văn phòng');
INSERT INTO "audit_log" VALUES(9,'2026-11-30 05:31:56.000000','system','position.create','position','Trưởng phòng');
INSERT INTO "audit_log" VALUES(10,'2026-11-30 05:31:56.000000','system','position.create','position','Phó Trưởng phòng');
INSERT INTO "audit_log" VALUES(11,'2026-11-30 05:31:56.000000','system','position.create','position','Chuyên viên chính');
INSERT INTO "audit_log" VALUES(12,'2026-11-30 05:31:56.000000','system','position.create','position','Chuyên viên');
INSERT INTO "audit_log" VALUES(13,'2026-11-30 05:31:56.000000','system','position.create','position','Nhân viên');
INSERT INTO "audit_log" VALUES(14,'2026-11-30 05:31:56.000000','system','unit.create','unit','Ban Chấp hành Đảng bộ tỉnh');
INSERT INTO "audit_log" VALUES(15,'2026-11-30 05:31:56.000000','system','unit.create','unit','Ban Thường vụ Tỉnh ủy');
INSERT INTO "audit_log" VALUES(16,'2026-11-30 05:31:56.000000','system','unit.create','unit','Thường trực Tỉnh ủy');
INSERT INTO "audit_log" VALUES(17,'2026-11-30 05:31:56.000000','system','unit.create','unit','Văn phòng Tỉnh ủy');
INSERT INTO "audit_log" VALUES(18,'2026-11-30 05:31:56.000000','system','unit.create','unit','Lãnh đạo Văn phòng');
INSERT INTO "audit_log" VALUES(19,'2026-11-30 05:31:56.000000','system','unit.create','unit','Phòng Tổng hợp');
INSERT INTO "audit_log" VALUES(20,'2026-11-30 05:31:56.000000','system','unit.create','unit','Phòng Hành chính');
INSERT INTO "audit_log" VALUES(21,'2026-11-30 05:31:56.000000','system','unit.create','unit','Phòng Tài chính – Quản trị');
INSERT INTO "audit_log" VALUES(22,'2026-11-30 05:31:56.000000','system','unit.create','unit','Phòng Cơ yếu – Công nghệ thông tin');
INSERT INTO "audit_log" VALUES(23,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thành Trung');
INSERT INTO "audit_log" VALUES(24,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thị Ánh');
INSERT INTO "audit_log" VALUES(25,'2026-11-30 05:31:56.000000','system','person.create','person','Ngô Thị Minh Dung');
INSERT INTO "audit_log" VALUES(26,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Thị Thu Nhung');
INSERT INTO "audit_log" VALUES(27,'2026-11-30 05:31:56.000000','system','person.update','person:4','Lê Thị Thu Nhung');
INSERT INTO "audit_log" VALUES(28,'2026-11-30 05:31:56.000000','system','person.create','person','Phan Thị Thu Dung');
INSERT INTO "audit_log" VALUES(29,'2026-11-30 05:31:56.000000','system','person.update','person:5','Phan Thị Thu Dung');
INSERT INTO "audit_log" VALUES(30,'2026-11-30 05:31:56.000000','system','person.create','person','Lý Hữu Vinh');
INSERT INTO "audit_log" VALUES(31,'2026-11-30 05:31:56.000000','system','person.update','person:6','Lý Hữu Vinh');
INSERT INTO "audit_log" VALUES(32,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thanh Hằng');
INSERT INTO "audit_log" VALUES(33,'2026-11-30 05:31:56.000000','system','person.update','person:7','Nguyễn Thanh Hằng');
INSERT INTO "audit_log" VALUES(34,'2026-11-30 05:31:56.000000','system','person.create','person','Ngô Thị Minh Oanh');
INSERT INTO "audit_log" VALUES(35,'2026-11-30 05:31:56.000000','system','person.update','person:8','Ngô Thị Minh Oanh');
INSERT INTO "audit_log" VALUES(36,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thanh Vân');
INSERT INTO "audit_log" VALUES(37,'2026-11-30 05:31:56.000000','system','person.update','person:9','Nguyễn Thanh Vân');
INSERT INTO "audit_log" VALUES(38,'2026-11-30 05:31:56.000000','system','person.create','person','Vũ Minh Quân');
INSERT INTO "audit_log" VALUES(39,'2026-11-30 05:31:56.000000','system','person.update','person:10','Vũ Minh Quân');
INSERT INTO "audit_log" VALUES(40,'2026-11-30 05:31:56.000000','system','person.create','person','Huỳnh Minh Hiếu');
INSERT INTO "audit_log" VALUES(41,'2026-11-30 05:31:56.000000','system','person.update','person:11','Huỳnh Minh Hiếu');
INSERT INTO "audit_log" VALUES(42,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Ngọc Dung');
INSERT INTO "audit_log" VALUES(43,'2026-11-30 05:31:56.000000','system','person.update','person:12','Lê Ngọc Dung');
INSERT INTO "audit_log" VALUES(44,'2026-11-30 05:31:56.000000','system','person.create','person','Trần Thanh Loan');
INSERT INTO "audit_log" VALUES(45,'2026-11-30 05:31:56.000000','system','person.update','person:13','Trần Thanh Loan');
INSERT INTO "audit_log" VALUES(46,'2026-11-30 05:31:56.000000','system','person.create','person','Phạm Mỹ Linh');
INSERT INTO "audit_log" VALUES(47,'2026-11-30 05:31:56.000000','system','person.create','person','Bùi Thị Hạnh');
INSERT INTO "audit_log" VALUES(48,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Quang Sơn');
INSERT INTO "audit_log" VALUES(49,'2026-11-30 05:31:56.000000','system','person.create','person','Hoàng Anh Phong');
INSERT INTO "audit_log" VALUES(50,'2026-11-30 05:31:56.000000','system','person.create','person','Lý Ngọc Phương');
INSERT INTO "audit_log" VALUES(51,'2026-11-30 05:31:56.000000','system','person.create','person','Phan Thanh Oanh');
INSERT INTO "audit_log" VALUES(52,'2026-11-30 05:31:56.000000','system','person.create','person','Trần Mỹ Hoa');
INSERT INTO "audit_log" VALUES(53,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Quang Nam');
INSERT INTO "audit_log" VALUES(54,'2026-11-30 05:31:56.000000','system','person.create','person','Vũ Xuân Toàn');
INSERT INTO "audit_log" VALUES(55,'2026-11-30 05:31:56.000000','system','person.create','person','Trần Thị Nga');
INSERT INTO "audit_log" VALUES(56,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Văn Hải');
INSERT INTO "audit_log" VALUES(57,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thị Minh Linh');
INSERT INTO "audit_log" VALUES(58,'2026-11-30 05:31:56.000000','system','person.create','person','Huỳnh Thị Thu Nhung');
INSERT INTO "audit_log" VALUES(59,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thị Linh');
INSERT INTO "audit_log" VALUES(60,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Thị Thu Loan');
INSERT INTO "audit_log" VALUES(61,'2026-11-30 05:31:56.000000','system','person.create','person','Ngô Thị Thảo');
INSERT INTO "audit_log" VALUES(62,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Công Lộc');
INSERT INTO "audit_log" VALUES(63,'2026-11-30 05:31:56.000000','system','person.create','person','Đỗ Trọng Long');
INSERT INTO "audit_log" VALUES(64,'2026-11-30 05:31:56.000000','system','person.create','person','Ngô Hồng Thảo');
INSERT INTO "audit_log" VALUES(65,'2026-11-30 05:31:56.000000','system','person.create','person','Trần Thu Oanh');
INSERT INTO "audit_log" VALUES(66,'2026-11-30 05:31:56.000000','system','person.create','person','Võ Thị Phương');
INSERT INTO "audit_log" VALUES(67,'2026-11-30 05:31:56.000000','system','person.create','person','Hồ Thanh Hằng');
INSERT INTO "audit_log" VALUES(68,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Kim Phương');
INSERT INTO "audit_log" VALUES(69,'2026-11-30 05:31:56.000000','system','person.create','person','Dương Thị Thu Hằng');
INSERT INTO "audit_log" VALUES(70,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Thị Oanh');
INSERT INTO "audit_log" VALUES(71,'2026-11-30 05:31:56.000000','system','person.create','person','Đỗ Ngọc Lan');
INSERT INTO "audit_log" VALUES(72,'2026-11-30 05:31:56.000000','system','person.create','person','Hồ Minh Nam');
INSERT INTO "audit_log" VALUES(73,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Đức Cường');
INSERT INTO "audit_log" VALUES(74,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Văn Phong');
INSERT INTO "audit_log" VALUES(75,'2026-11-30 05:31:56.000000','system','person.create','person','Trần Thị Thu Yến');
INSERT INTO "audit_log" VALUES(76,'2026-11-30 05:31:56.000000','system','person.create','person','Trần Thu Tâm');
INSERT INTO "audit_log" VALUES(77,'2026-11-30 05:31:56.000000','system','person.create','person','Phạm Kim Yến');
INSERT INTO "audit_log" VALUES(78,'2026-11-30 05:31:56.000000','system','body.members','unit:3','3 members');
INSERT INTO "audit_log" VALUES(79,'2026-11-30 05:31:56.000000','system','body.members','unit:2','13 members');
INSERT INTO "audit_log" VALUES(80,'2026-11-30 05:31:56.000000','system','body.members','unit:1','42 members');
INSERT INTO "audit_log" VALUES(81,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thu Nhung');
INSERT INTO "audit_log" VALUES(82,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Trọng Lộc');
INSERT INTO "audit_log" VALUES(83,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thị Thu Thảo');
INSERT INTO "audit_log" VALUES(84,'2026-11-30 05:31:56.000000','system','person.create','person','Đinh Hồng Hoa');
INSERT INTO "audit_log" VALUES(85,'2026-11-30 05:31:56.000000','system','person.create','person','Phan Thanh Yến');
INSERT INTO "audit_log" VALUES(86,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Đức Lộc');
INSERT INTO "audit_log" VALUES(87,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Hữu Khoa');
INSERT INTO "audit_log" VALUES(88,'2026-11-30 05:31:56.000000','system','person.create','person','Võ Quang Thắng');
INSERT INTO "audit_log" VALUES(89,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Xuân Bình');
INSERT INTO "audit_log" VALUES(90,'2026-11-30 05:31:56.000000','system','person.create','person','Dương Quang Thắng');
INSERT INTO "audit_log" VALUES(91,'2026-11-30 05:31:56.000000','system','person.create','person','Huỳnh Thị Hạnh');
INSERT INTO "audit_log" VALUES(92,'2026-11-30 05:31:56.000000','system','person.create','person','Đỗ Thành Hải');
INSERT INTO "audit_log" VALUES(93,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Mỹ Thảo');
INSERT INTO "audit_log" VALUES(94,'2026-11-30 05:31:56.000000','system','person.create','person','Đỗ Thị Dung');
INSERT INTO "audit_log" VALUES(95,'2026-11-30 05:31:56.000000','system','person.create','person','Hoàng Hữu Phúc');
INSERT INTO "audit_log" VALUES(96,'2026-11-30 05:31:56.000000','system','person.create','person','Hồ Đức Trung');
INSERT INTO "audit_log" VALUES(97,'2026-11-30 05:31:56.000000','system','person.create','person','Dương Hồng Hương');
INSERT INTO "audit_log" VALUES(98,'2026-11-30 05:31:56.000000','system','person.create','person','Phạm Quang Tuấn');
INSERT INTO "audit_log" VALUES(99,'2026-11-30 05:31:56.000000','system','person.create','person','Huỳnh Công Vinh');
INSERT INTO "audit_log" VALUES(100,'2026-11-30 05:31:56.000000','system','person.create','person','Huỳnh Minh Trung');
INSERT INTO "audit_log" VALUES(101,'2026-11-30 05:31:56.000000','system','person.create','person','Dương Xuân Hải');
INSERT INTO "audit_log" VALUES(102,'2026-11-30 05:31:56.000000','system','person.create','person','Hoàng Kim Hoa');
INSERT INTO "audit_log" VALUES(103,'2026-11-30 05:31:56.000000','system','person.create','person','Đỗ Hồng Lan');
INSERT INTO "audit_log" VALUES(104,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Thị Hạnh');
INSERT INTO "audit_log" VALUES(105,'2026-11-30 05:31:56.000000','system','person.create','person','Phạm Trọng Nam');
INSERT INTO "audit_log" VALUES(106,'2026-11-30 05:31:56.000000','system','person.create','person','Phạm Thanh Yến');
INSERT INTO "audit_log" VALUES(107,'2026-11-30 05:31:56.000000','system','person.create','person','Nguyễn Công Hải');
INSERT INTO "audit_log" VALUES(108,'2026-11-30 05:31:56.000000','system','person.create','person','Lý Thị Thu Linh');
INSERT INTO "audit_log" VALUES(109,'2026-11-30 05:31:56.000000','system','person.create','person','Võ Thị Thu Hương');
INSERT INTO "audit_log" VALUES(110,'2026-11-30 05:31:56.000000','system','person.create','person','Ngô Mỹ Dung');
INSERT INTO "audit_log" VALUES(111,'2026-11-30 05:31:56.000000','system','person.create','person','Huỳnh Trọng Bình');
INSERT INTO "audit_log" VALUES(112,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Anh Long');
INSERT INTO "audit_log" VALUES(113,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Minh Cường');
INSERT INTO "audit_log" VALUES(114,'2026-11-30 05:31:56.000000','system','person.create','person','Trần Mỹ Thảo');
INSERT INTO "audit_log" VALUES(115,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Thị Loan');
INSERT INTO "audit_log" VALUES(116,'2026-11-30 05:31:56.000000','system','person.create','person','Lê Hữu Khoa');
INSERT INTO "audit_log" VALUES(117,'2026-11-30 05:31:56.000000','system','person.create','person','Đinh Thị Tâm');
INSERT INTO "audit_log" VALUES(118,'2026-11-30 05:31:56.000000','system','person.standing_deputy','person:15','');
INSERT INTO "audit_log" VALUES(119,'2026-11-30 05:31:56.000000','system','oversight.set','person:15','Bùi Thị Hạnh');
INSERT INTO "audit_log" VALUES(120,'2026-11-30 05:31:56.000000','system','oversight.set','person:16','Lê Quang Sơn');
INSERT INTO "audit_log" VALUES(121,'2026-11-30 05:31:56.000000','system','oversight.set','person:17','Hoàng Anh Phong');
INSERT INTO "audit_log" VALUES(122,'2026-11-30 05:31:56.000000','system','delegation.create','person:17','Lê Quang Sơn 2026-11-28–2026-12-01');
INSERT INTO "audit_log" VALUES(123,'2026-11-30 05:31:56.000000','system','delegation.create','person:57','Nguyễn Mỹ Thảo 2026-11-29–2026-12-03');
INSERT INTO "audit_log" VALUES(124,'2026-11-30 05:31:57.000000','system','user.create','user:chanhvp','leader');
INSERT INTO "audit_log" VALUES(125,'2026-11-30 05:31:57.000000','system','user.create','user:phochanhvp','leader');
INSERT INTO "audit_log" VALUES(126,'2026-11-30 05:31:57.000000','system','user.create','user:vanthu','clerk');
INSERT INTO "audit_log" VALUES(127,'2026-11-30 05:31:58.000000','system','user.create','user:chuyenvien','staff');
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
INSERT INTO "body_member" VALUES(1,1,3,'');
INSERT INTO "body_member" VALUES(2,2,3,'');
INSERT INTO "body_member" VALUES(3,3,3,'');
INSERT INTO "body_member" VALUES(4,1,2,'');
INSERT INTO "body_member" VALUES(5,2,2,'');
INSERT INTO "body_member" VALUES(6,3,2,'');
INSERT INTO "body_member" VALUES(7,4,2,'');
INSERT INTO "body_member" VALUES(8,5,2,'');
INSERT INTO "body_member" VALUES(9,6,2,'');
INSERT INTO "body_member" VALUES(10,7,2,'');
INSERT INTO "body_member" VALUES(11,8,2,'');
INSERT INTO "body_member" VALUES(12,9,2,'');
INSERT INTO "body_member" VALUES(13,10,2,'');
INSERT INTO "body_member" VALUES(14,11,2,'');
INSERT INTO "body_member" VALUES(15,12,2,'');
INSERT INTO "body_member" VALUES(16,13,2,'');
INSERT INTO "body_member" VALUES(17,1,1,'');
INSERT INTO "body_member" VALUES(18,2,1,'');
INSERT INTO "body_member" VALUES(19,3,1,'');
INSERT INTO "body_member" VALUES(20,4,1,'');
INSERT INTO "body_member" VALUES(21,5,1,'');
INSERT INTO "body_member" VALUES(22,6,1,'');
INSERT INTO "body_member" VALUES(23,7,1,'');
INSERT INTO "body_member" VALUES(24,8,1,'');
INSERT INTO "body_member" VALUES(25,9,1,'');
INSERT INTO "body_member" VALUES(26,10,1,'');
INSERT INTO "body_member" VALUES(27,11,1,'');
INSERT INTO "body_member" VALUES(28,12,1,'');
INSERT INTO "body_member" VALUES(29,13,1,'');
INSERT INTO "body_member" VALUES(30,14,1,'');
INSERT INTO "body_member" VALUES(31,18,1,'');
INSERT INTO "body_member" VALUES(32,19,1,'');
INSERT INTO "body_member" VALUES(33,20,1,'');
INSERT INTO "body_member" VALUES(34,21,1,'');
INSERT INTO "body_member" VALUES(35,22,1,'');
INSERT INTO "body_member" VALUES(36,23,1,'');
INSERT INTO "body_member" VALUES(37,24,1,'');
INSERT INTO "body_member" VALUES(38,25,1,'');
INSERT INTO "body_member" VALUES(39,26,1,'');
INSERT INTO "body_member" VALUES(40,27,1,'');
INSERT INTO "body_member" VALUES(41,28,1,'');
INSERT INTO "body_member" VALUES(42,29,1,'');
INSERT INTO "body_member" VALUES(43,30,1,'');
INSERT INTO "body_member" VALUES(44,31,1,'');
INSERT INTO "body_member" VALUES(45,32,1,'');
INSERT INTO "body_member" VALUES(46,33,1,'');
INSERT INTO "body_member" VALUES(47,34,1,'');
INSERT INTO "body_member" VALUES(48,35,1,'');
INSERT INTO "body_member" VALUES(49,36,1,'');
INSERT INTO "body_member" VALUES(50,37,1,'');
INSERT INTO "body_member" VALUES(51,38,1,'');
INSERT INTO "body_member" VALUES(52,39,1,'');
INSERT INTO "body_member" VALUES(53,40,1,'');
INSERT INTO "body_member" VALUES(54,41,1,'');
INSERT INTO "body_member" VALUES(55,42,1,'');
INSERT INTO "body_member" VALUES(56,43,1,'');
INSERT INTO "body_member" VALUES(57,44,1,'');
INSERT INTO "body_member" VALUES(58,45,1,'');
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
INSERT INTO "delegation" VALUES(1,17,16,'2026-11-28','2026-12-01','Điều hành Phòng Tài chính – Quản trị','Đi công tác Hà Nội');
INSERT INTO "delegation" VALUES(2,57,58,'2026-11-29','2026-12-03','Ký thay văn bản hành chính','Học lớp bồi dưỡng');
CREATE TABLE office (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	parent_body VARCHAR NOT NULL, 
	address VARCHAR NOT NULL, 
	place VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	code_suffix VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_office_kind CHECK (kind IN ('party', 'state'))
);
INSERT INTO "office" VALUES(1,'Văn phòng Tỉnh ủy','Tỉnh ủy Lâm Đồng','Số 36 Trần Phú, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng','Lâm Đồng','party','VPTU');
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
INSERT INTO "oversight" VALUES(1,15,6,'');
INSERT INTO "oversight" VALUES(2,15,NULL,'Tham mưu tổng hợp');
INSERT INTO "oversight" VALUES(3,15,NULL,'Chương trình công tác');
INSERT INTO "oversight" VALUES(4,15,NULL,'Thi đua – khen thưởng');
INSERT INTO "oversight" VALUES(5,16,7,'');
INSERT INTO "oversight" VALUES(6,16,9,'');
INSERT INTO "oversight" VALUES(7,16,NULL,'Văn thư – lưu trữ');
INSERT INTO "oversight" VALUES(8,16,NULL,'Chuyển đổi số');
INSERT INTO "oversight" VALUES(9,16,NULL,'Cơ yếu');
INSERT INTO "oversight" VALUES(10,17,8,'');
INSERT INTO "oversight" VALUES(11,17,NULL,'Tài chính – tài sản');
INSERT INTO "oversight" VALUES(12,17,NULL,'Lễ tân, khánh tiết');
INSERT INTO "oversight" VALUES(13,17,NULL,'Xe ô tô');
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
INSERT INTO "person" VALUES(1,'Nguyễn Thành Trung','nguyen thanh trung','male','1970-11-28','0999869879','',3,1,0,'2022-04-01',1,'');
INSERT INTO "person" VALUES(2,'Nguyễn Thị Ánh','nguyen thi anh','female','1975-02-10','0970753645','',3,2,0,'1999-02-01',1,'');
INSERT INTO "person" VALUES(3,'Ngô Thị Minh Dung','ngo thi minh dung','female','1977-12-11','0984472940','',3,3,0,'2023-09-01',1,'');
INSERT INTO "person" VALUES(4,'Lê Thị Thu Nhung','le thi thu nhung','female','1980-07-19','0916897684','',2,4,0,'2008-08-01',1,'Trưởng Ban Tổ chức Tỉnh ủy');
INSERT INTO "person" VALUES(5,'Phan Thị Thu Dung','phan thi thu dung','female','1973-01-19','0908196727','',2,4,0,'2018-03-01',1,'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy');
INSERT INTO "person" VALUES(6,'Lý Hữu Vinh','ly huu vinh','male','1971-08-23','0948648876','',2,4,0,'1996-09-01',1,'Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy');
INSERT INTO "person" VALUES(7,'Nguyễn Thanh Hằng','nguyen thanh hang','female','1981-01-05','0978753477','',2,4,0,'2005-10-01',1,'Trưởng Ban Nội chính Tỉnh ủy');
INSERT INTO "person" VALUES(8,'Ngô Thị Minh Oanh','ngo thi minh oanh','female','1971-01-27','0971784726','',2,4,0,'2016-06-01',1,'Phó Chủ tịch Thường trực UBND tỉnh');
INSERT INTO "person" VALUES(9,'Nguyễn Thanh Vân','nguyen thanh van','female','1976-02-07','0927010798','',2,4,0,'2002-07-01',1,'Chủ tịch Ủy ban MTTQ tỉnh');
INSERT INTO "person" VALUES(10,'Vũ Minh Quân','vu minh quan','male','1980-10-02','0945205997','',2,4,0,'2003-09-01',1,'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh');
INSERT INTO "person" VALUES(11,'Huỳnh Minh Hiếu','huynh minh hieu','male','1972-03-20','0984162294','',2,4,0,'1997-12-01',1,'Giám đốc Công an tỉnh');
INSERT INTO "person" VALUES(12,'Lê Ngọc Dung','le ngoc dung','female','1969-04-13','0961055008','',2,4,0,'2025-02-01',1,'Bí thư Thành ủy Đà Lạt');
INSERT INTO "person" VALUES(13,'Trần Thanh Loan','tran thanh loan','female','1976-02-16','0992298369','',2,4,0,'2011-10-01',1,'Trưởng Ban Chính sách, chiến lược Tỉnh ủy');
INSERT INTO "person" VALUES(14,'Phạm Mỹ Linh','pham my linh','female','1971-12-03','0903208073','',5,6,0,'2008-07-01',1,'');
INSERT INTO "person" VALUES(15,'Bùi Thị Hạnh','bui thi hanh','female','1974-09-07','0922264686','',5,7,1,'2000-09-01',1,'');
INSERT INTO "person" VALUES(16,'Lê Quang Sơn','le quang son','male','1979-03-09','0964725877','',5,7,0,'2011-08-01',1,'');
INSERT INTO "person" VALUES(17,'Hoàng Anh Phong','hoang anh phong','male','1971-02-28','0901756820','',5,7,0,'2019-04-01',1,'');
INSERT INTO "person" VALUES(18,'Lý Ngọc Phương','ly ngoc phuong','female','1969-11-19','0931948939','',1,5,0,'2000-09-01',1,'');
INSERT INTO "person" VALUES(19,'Phan Thanh Oanh','phan thanh oanh','female','1982-02-26','0962105218','',1,5,0,'2017-02-01',1,'');
INSERT INTO "person" VALUES(20,'Trần Mỹ Hoa','tran my hoa','female','1977-06-06','0910646001','',1,5,0,'2017-05-01',1,'');
INSERT INTO "person" VALUES(21,'Nguyễn Quang Nam','nguyen quang nam','male','1983-11-18','0957990659','',1,5,0,'2007-06-01',1,'');
INSERT INTO "person" VALUES(22,'Vũ Xuân Toàn','vu xuan toan','male','1983-11-12','0946450604','',1,5,0,'2006-09-01',1,'');
INSERT INTO "person" VALUES(23,'Trần Thị Nga','tran thi nga','female','1973-06-19','0985380129','',1,5,0,'1997-01-01',1,'');
INSERT INTO "person" VALUES(24,'Nguyễn Văn Hải','nguyen van hai','male','1970-06-20','0940692566','',1,5,0,'2005-11-01',1,'');
INSERT INTO "person" VALUES(25,'Nguyễn Thị Minh Linh','nguyen thi minh linh','female','1982-03-18','0988642300','',1,5,0,'2025-11-01',1,'');
INSERT INTO "person" VALUES(26,'Huỳnh Thị Thu Nhung','huynh thi thu nhung','female','1978-06-05','0912808458','',1,5,0,'2005-10-01',1,'');
INSERT INTO "person" VALUES(27,'Nguyễn Thị Linh','nguyen thi linh','female','1971-01-08','0926538453','',1,5,0,'2004-09-01',1,'');
INSERT INTO "person" VALUES(28,'Lê Thị Thu Loan','le thi thu loan','female','1969-08-26','0943262705','',1,5,0,'2004-10-01',1,'');
INSERT INTO "person" VALUES(29,'Ngô Thị Thảo','ngo thi thao','female','1984-05-12','0942108394','',1,5,0,'2008-12-01',1,'');
INSERT INTO "person" VALUES(30,'Lê Công Lộc','le cong loc','male','1970-11-22','0911265844','',1,5,0,'2020-09-01',1,'');
INSERT INTO "person" VALUES(31,'Đỗ Trọng Long','do trong long','male','1981-05-10','0952630976','',1,5,0,'2008-05-01',1,'');
INSERT INTO "person" VALUES(32,'Ngô Hồng Thảo','ngo hong thao','female','1970-01-06','0922018051','',1,5,0,'2015-09-01',1,'');
INSERT INTO "person" VALUES(33,'Trần Thu Oanh','tran thu oanh','female','1982-10-20','0915711649','',1,5,0,'2018-03-01',1,'');
INSERT INTO "person" VALUES(34,'Võ Thị Phương','vo thi phuong','female','1971-08-04','0935795111','',1,5,0,'2008-09-01',1,'');
INSERT INTO "person" VALUES(35,'Hồ Thanh Hằng','ho thanh hang','female','1979-03-11','0985576523','',1,5,0,'2012-09-01',1,'');
INSERT INTO "person" VALUES(36,'Nguyễn Kim Phương','nguyen kim phuong','female','1973-10-13','0979264515','',1,5,0,'2019-03-01',1,'');
INSERT INTO "person" VALUES(37,'Dương Thị Thu Hằng','duong thi thu hang','female','1982-09-21','0952814497','',1,5,0,'2017-04-01',1,'');
INSERT INTO "person" VALUES(38,'Lê Thị Oanh','le thi oanh','female','1976-11-14','0978836550','',1,5,0,'2015-02-01',1,'');
INSERT INTO "person" VALUES(39,'Đỗ Ngọc Lan','do ngoc lan','female','1978-09-23','0959967750','',1,5,0,'2017-03-01',1,'');
INSERT INTO "person" VALUES(40,'Hồ Minh Nam','ho minh nam','male','1978-06-01','0978495183','',1,5,0,'2001-04-01',1,'');
INSERT INTO "person" VALUES(41,'Nguyễn Đức Cường','nguyen duc cuong','male','1979-08-07','0924196898','',1,5,0,'2006-11-01',1,'');
INSERT INTO "person" VALUES(42,'Nguyễn Văn Phong','nguyen van phong','male','1973-01-06','0983755559','',1,5,0,'2008-12-01',1,'');
INSERT INTO "person" VALUES(43,'Trần Thị Thu Yến','tran thi thu yen','female','1978-01-21','0907547354','',1,5,0,'2010-03-01',1,'');
INSERT INTO "person" VALUES(44,'Trần Thu Tâm','tran thu tam','female','1985-07-28','0988479188','',1,5,0,'2023-12-01',1,'');
INSERT INTO "person" VALUES(45,'Phạm Kim Yến','pham kim yen','female','1975-03-03','0948861930','',1,5,0,'2008-03-01',1,'');
INSERT INTO "person" VALUES(46,'Nguyễn Thu Nhung','nguyen thu nhung','female','1972-09-05','0947285568','',6,8,0,'2009-04-01',1,'');
INSERT INTO "person" VALUES(47,'Nguyễn Trọng Lộc','nguyen trong loc','male','1971-03-24','0990044224','',6,9,0,'2021-03-01',1,'');
INSERT INTO "person" VALUES(48,'Nguyễn Thị Thu Thảo','nguyen thi thu thao','female','1988-12-02','0926978043','',6,9,0,'2011-03-01',1,'');
INSERT INTO "person" VALUES(49,'Đinh Hồng Hoa','dinh hong hoa','female','1988-11-24','0952807001','',6,10,0,'2012-03-01',1,'');
INSERT INTO "person" VALUES(50,'Phan Thanh Yến','phan thanh yen','female','1978-01-06','0916632337','',6,10,0,'2009-04-01',1,'');
INSERT INTO "person" VALUES(51,'Lê Đức Lộc','le duc loc','male','1989-12-14','0934789713','',6,11,0,'2012-06-01',1,'');
INSERT INTO "person" VALUES(52,'Nguyễn Hữu Khoa','nguyen huu khoa','male','1980-11-20','0912363608','',6,11,0,'2003-03-01',1,'');
INSERT INTO "person" VALUES(53,'Võ Quang Thắng','vo quang thang','male','1979-06-13','0987457212','',6,11,0,'2025-08-01',1,'');
INSERT INTO "person" VALUES(54,'Lê Xuân Bình','le xuan binh','male','1983-11-19','0985417758','',6,11,0,'2024-12-01',1,'');
INSERT INTO "person" VALUES(55,'Dương Quang Thắng','duong quang thang','male','2001-02-19','0987916979','',6,11,0,'2024-02-01',1,'');
INSERT INTO "person" VALUES(56,'Huỳnh Thị Hạnh','huynh thi hanh','female','1992-03-01','0912840019','',6,11,0,'2022-07-01',1,'');
INSERT INTO "person" VALUES(57,'Đỗ Thành Hải','do thanh hai','male','1979-08-08','0973638560','',7,8,0,'2015-12-01',1,'');
INSERT INTO "person" VALUES(58,'Nguyễn Mỹ Thảo','nguyen my thao','female','1979-04-25','0979678073','',7,9,0,'2022-10-01',1,'');
INSERT INTO "person" VALUES(59,'Đỗ Thị Dung','do thi dung','female','1979-03-10','0954690598','',7,9,0,'2018-09-01',1,'');
INSERT INTO "person" VALUES(60,'Hoàng Hữu Phúc','hoang huu phuc','male','1991-04-19','0927611660','',7,10,0,'2023-09-01',1,'');
INSERT INTO "person" VALUES(61,'Hồ Đức Trung','ho duc trung','male','1994-06-03','0903817805','',7,10,0,'2017-03-01',1,'');
INSERT INTO "person" VALUES(62,'Dương Hồng Hương','duong hong huong','female','1996-11-21','0941214304','',7,11,0,'2019-01-01',1,'');
INSERT INTO "person" VALUES(63,'Phạm Quang Tuấn','pham quang tuan','male','1980-12-18','0989837085','',7,11,0,'2020-09-01',1,'');
INSERT INTO "person" VALUES(64,'Huỳnh Công Vinh','huynh cong vinh','male','2000-04-02','0968179223','',7,11,0,'2025-07-01',1,'');
INSERT INTO "person" VALUES(65,'Huỳnh Minh Trung','huynh minh trung','male','1978-06-13','0927105129','',7,11,0,'2017-11-01',1,'');
INSERT INTO "person" VALUES(66,'Dương Xuân Hải','duong xuan hai','male','1981-06-06','0912061769','',7,11,0,'2010-09-01',1,'');
INSERT INTO "person" VALUES(67,'Hoàng Kim Hoa','hoang kim hoa','female','1970-01-21','0916349992','',8,8,0,'2017-04-01',1,'');
INSERT INTO "person" VALUES(68,'Đỗ Hồng Lan','do hong lan','female','1993-06-24','0979137298','',8,9,0,'2020-12-01',1,'');
INSERT INTO "person" VALUES(69,'Nguyễn Thị Hạnh','nguyen thi hanh','female','1993-10-17','0964079426','',8,9,0,'2016-03-01',1,'');
INSERT INTO "person" VALUES(70,'Phạm Trọng Nam','pham trong nam','male','1999-04-27','0916477447','',8,10,0,'2022-08-01',1,'');
INSERT INTO "person" VALUES(71,'Phạm Thanh Yến','pham thanh yen','female','1976-03-04','0903346352','',8,10,0,'2006-09-01',1,'');
INSERT INTO "person" VALUES(72,'Nguyễn Công Hải','nguyen cong hai','male','1983-06-21','0939848864','',8,11,0,'2008-07-01',1,'');
INSERT INTO "person" VALUES(73,'Lý Thị Thu Linh','ly thi thu linh','female','1997-09-10','0993426927','',8,11,0,'2024-12-01',1,'');
INSERT INTO "person" VALUES(74,'Võ Thị Thu Hương','vo thi thu huong','female','1983-05-24','0985846388','',8,11,0,'2024-10-01',1,'');
INSERT INTO "person" VALUES(75,'Ngô Mỹ Dung','ngo my dung','female','1991-06-25','0930686695','',8,11,0,'2014-09-01',1,'');
INSERT INTO "person" VALUES(76,'Huỳnh Trọng Bình','huynh trong binh','male','1991-12-28','0913327967','',8,12,0,'2014-01-01',1,'');
INSERT INTO "person" VALUES(77,'Lê Anh Long','le anh long','male','1977-01-18','0913617958','',9,8,0,'2023-02-01',1,'');
INSERT INTO "person" VALUES(78,'Lê Minh Cường','le minh cuong','male','1984-01-04','0952761138','',9,9,0,'2007-02-01',1,'');
INSERT INTO "person" VALUES(79,'Trần Mỹ Thảo','tran my thao','female','1999-02-12','0977186210','',9,10,0,'2022-03-01',1,'');
INSERT INTO "person" VALUES(80,'Lê Thị Loan','le thi loan','female','1987-01-15','0910626148','',9,10,0,'2010-06-01',1,'');
INSERT INTO "person" VALUES(81,'Lê Hữu Khoa','le huu khoa','male','1997-01-28','0994461351','',9,11,0,'2021-10-01',1,'');
INSERT INTO "person" VALUES(82,'Đinh Thị Tâm','dinh thi tam','female','1978-10-09','0999439828','',9,11,0,'2015-07-01',1,'');
CREATE TABLE position (
	id INTEGER NOT NULL, 
	role VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	rank INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_position_title UNIQUE (title)
);
INSERT INTO "position" VALUES(1,'secretary','Bí thư Tỉnh ủy',1);
INSERT INTO "position" VALUES(2,'standing_deputy_secretary','Phó Bí thư Thường trực Tỉnh ủy',2);
INSERT INTO "position" VALUES(3,'deputy_secretary','Phó Bí thư Tỉnh ủy',3);
INSERT INTO "position" VALUES(4,'member','Ủy viên Ban Thường vụ Tỉnh ủy',4);
INSERT INTO "position" VALUES(5,'member','Tỉnh ủy viên',5);
INSERT INTO "position" VALUES(6,'chief','Chánh Văn phòng',10);
INSERT INTO "position" VALUES(7,'deputy_chief','Phó Chánh Văn phòng',11);
INSERT INTO "position" VALUES(8,'head','Trưởng phòng',20);
INSERT INTO "position" VALUES(9,'deputy_head','Phó Trưởng phòng',21);
INSERT INTO "position" VALUES(10,'specialist','Chuyên viên chính',30);
INSERT INTO "position" VALUES(11,'specialist','Chuyên viên',31);
INSERT INTO "position" VALUES(12,'staff','Nhân viên',40);
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
INSERT INTO "unit" VALUES(1,'Ban Chấp hành Đảng bộ tỉnh','BCH','bch','body',NULL,1,1);
INSERT INTO "unit" VALUES(2,'Ban Thường vụ Tỉnh ủy','BTV','btv','body',1,0,1);
INSERT INTO "unit" VALUES(3,'Thường trực Tỉnh ủy','TT','thuong_truc','body',2,0,1);
INSERT INTO "unit" VALUES(4,'Văn phòng Tỉnh ủy','VPTU','office','office',NULL,2,1);
INSERT INTO "unit" VALUES(5,'Lãnh đạo Văn phòng','LĐVP','lanh_dao','department',4,0,1);
INSERT INTO "unit" VALUES(6,'Phòng Tổng hợp','TH','tong_hop','department',4,1,1);
INSERT INTO "unit" VALUES(7,'Phòng Hành chính','HC','hanh_chinh','department',4,2,1);
INSERT INTO "unit" VALUES(8,'Phòng Tài chính – Quản trị','TC-QT','tai_chinh_quan_tri','department',4,3,1);
INSERT INTO "unit" VALUES(9,'Phòng Cơ yếu – Công nghệ thông tin','CY-CNTT','co_yeu_cntt','department',4,4,1);
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
COMMIT;
