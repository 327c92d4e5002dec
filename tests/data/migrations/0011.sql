-- VanPhong schema revision 0011: the demo office as written by commit
-- 55013f97459a89113d656cd615034dfd5ca1ae5e (2026-11-30). Made by
-- `python -m tests.robustness.migration_fixtures`; do not edit.
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0011');
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
INSERT INTO "app_user" VALUES(1,'chanhvp','$argon2id$v=19$m=65536,t=3,p=4$LWPP7PbyG8rxjpVtNjqXZg$JHzIsUhUzt1sZ3CjDwXWJaSpDbv8Urzi+q8iaxeF1Kc','leader',14,1,'2026-11-30 20:55:41.000000');
INSERT INTO "app_user" VALUES(2,'phochanhvp','$argon2id$v=19$m=65536,t=3,p=4$LWPP7PbyG8rxjpVtNjqXZg$JHzIsUhUzt1sZ3CjDwXWJaSpDbv8Urzi+q8iaxeF1Kc','leader',15,1,'2026-11-30 20:55:41.000000');
INSERT INTO "app_user" VALUES(3,'vanthu','$argon2id$v=19$m=65536,t=3,p=4$LWPP7PbyG8rxjpVtNjqXZg$JHzIsUhUzt1sZ3CjDwXWJaSpDbv8Urzi+q8iaxeF1Kc','clerk',66,1,'2026-11-30 20:55:41.000000');
INSERT INTO "app_user" VALUES(4,'chuyenvien','$argon2id$v=19$m=65536,t=3,p=4$LWPP7PbyG8rxjpVtNjqXZg$JHzIsUhUzt1sZ3CjDwXWJaSpDbv8Urzi+q8iaxeF1Kc','staff',56,1,'2026-11-30 20:55:41.000000');
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
	CONSTRAINT ck_approval_step_decision CHECK (decision IN ('pending', 'approved', 'rejected', 'skipped')), 
	CONSTRAINT uq_approval_step_order UNIQUE (request_id, step_order), 
	FOREIGN KEY(approver_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(decided_by_user_id) REFERENCES app_user (id) ON DELETE SET NULL, 
	FOREIGN KEY(request_id) REFERENCES leave_request (id) ON DELETE CASCADE, 
	FOREIGN KEY(acting_for_id) REFERENCES person (id) ON DELETE SET NULL
);
INSERT INTO "approval_step" VALUES(1,1,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-10-20 09:43:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(2,1,2,'chief',14,NULL,NULL,'chanhvp','2026-10-20 10:43:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(3,2,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-09-27 09:52:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(4,2,2,'chief',14,NULL,NULL,'chanhvp','2026-09-27 10:52:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(5,3,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-04-06 09:02:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(6,3,2,'chief',14,NULL,NULL,'chanhvp','2026-04-06 10:02:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(7,4,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-07-18 09:09:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(8,4,2,'chief',14,NULL,NULL,'chanhvp','2026-07-18 10:09:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(9,5,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-02-22 09:45:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(10,5,2,'chief',14,NULL,NULL,'chanhvp','2026-02-22 10:45:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(11,6,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-09-01 09:49:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(12,6,2,'chief',14,NULL,NULL,'chanhvp','2026-09-01 10:49:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(13,7,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-10-05 09:09:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(14,7,2,'chief',14,NULL,NULL,'chanhvp','2026-10-05 10:09:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(15,8,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-03-30 09:57:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(16,8,2,'chief',14,NULL,NULL,'chanhvp','2026-03-30 10:57:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(17,9,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-06-06 09:49:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(18,9,2,'chief',14,NULL,NULL,'chanhvp','2026-06-06 10:49:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(19,10,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-05-21 10:30:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(20,11,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-04-14 09:20:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(21,11,2,'chief',14,NULL,NULL,'chanhvp','2026-04-14 10:20:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(22,12,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-11-03 09:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(23,12,2,'chief',14,NULL,NULL,'chanhvp','2026-11-03 10:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(24,13,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-10-07 09:58:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(25,13,2,'chief',14,NULL,NULL,'chanhvp','2026-10-07 10:58:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(26,14,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-03-22 09:54:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(27,14,2,'chief',14,NULL,NULL,'chanhvp','2026-03-22 10:54:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(28,15,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-10-17 09:44:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(29,15,2,'chief',14,NULL,NULL,'chanhvp','2026-10-17 10:44:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(30,16,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-07-23 09:22:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(31,16,2,'chief',14,NULL,NULL,'chanhvp','2026-07-23 10:22:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(32,17,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-03-12 09:47:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(33,17,2,'chief',14,NULL,NULL,'chanhvp','2026-03-12 10:47:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(34,18,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-04-27 09:19:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(35,18,2,'chief',14,NULL,NULL,'chanhvp','2026-04-27 10:19:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(36,19,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-03-26 09:20:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(37,19,2,'chief',14,NULL,NULL,'chanhvp','2026-03-26 10:20:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(38,20,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-02-26 09:08:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(39,20,2,'chief',14,NULL,NULL,'chanhvp','2026-02-26 10:08:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(40,21,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-08-21 09:16:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(41,21,2,'chief',14,NULL,NULL,'chanhvp','2026-08-21 10:16:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(42,22,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-06-05 09:41:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(43,22,2,'chief',14,NULL,NULL,'chanhvp','2026-06-05 10:41:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(44,23,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-04-06 09:39:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(45,23,2,'chief',14,NULL,NULL,'chanhvp','2026-04-06 10:39:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(46,24,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-06-07 09:30:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(47,24,2,'chief',14,NULL,NULL,'chanhvp','2026-06-07 10:30:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(48,25,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-09-19 09:55:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(49,25,2,'chief',14,NULL,NULL,'chanhvp','2026-09-19 10:55:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(50,26,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-10-29 09:18:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(51,26,2,'chief',14,NULL,NULL,'chanhvp','2026-10-29 10:18:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(52,27,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-03-30 10:23:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(53,28,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-09-11 09:12:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(54,28,2,'chief',14,NULL,NULL,'chanhvp','2026-09-11 10:12:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(55,29,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-01-27 09:05:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(56,29,2,'chief',14,NULL,NULL,'chanhvp','2026-01-27 10:05:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(57,30,1,'deputy_chief',16,NULL,NULL,'system','2026-07-13 09:24:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(58,30,2,'chief',14,NULL,NULL,'chanhvp','2026-07-13 10:24:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(59,31,1,'deputy_chief',16,NULL,NULL,'system','2026-10-24 09:26:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(60,31,2,'chief',14,NULL,NULL,'chanhvp','2026-10-24 10:26:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(61,32,1,'deputy_chief',16,NULL,NULL,'system','2026-11-09 09:32:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(62,32,2,'chief',14,NULL,NULL,'chanhvp','2026-11-09 10:32:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(63,33,1,'deputy_chief',16,NULL,NULL,'system','2026-08-11 09:00:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(64,33,2,'chief',14,NULL,NULL,'chanhvp','2026-08-11 10:00:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(65,34,1,'deputy_chief',16,NULL,NULL,'system','2026-05-25 09:00:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(66,34,2,'chief',14,NULL,NULL,'chanhvp','2026-05-25 10:00:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(67,35,1,'deputy_chief',16,NULL,NULL,'system','2026-05-14 09:01:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(68,35,2,'chief',14,NULL,NULL,'chanhvp','2026-05-14 10:01:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(69,36,1,'deputy_chief',16,NULL,NULL,'system','2026-08-04 09:46:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(70,36,2,'chief',14,NULL,NULL,'chanhvp','2026-08-04 10:46:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(71,37,1,'deputy_chief',16,NULL,NULL,'system','2026-07-11 09:05:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(72,37,2,'chief',14,NULL,NULL,'chanhvp','2026-07-11 10:05:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(73,38,1,'deputy_chief',16,NULL,NULL,'system','2026-04-26 09:47:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(74,38,2,'chief',14,NULL,NULL,'chanhvp','2026-04-26 10:47:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(75,39,1,'deputy_chief',16,NULL,NULL,'system','2026-05-09 09:08:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(76,39,2,'chief',14,NULL,NULL,'chanhvp','2026-05-09 10:08:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(77,40,1,'deputy_chief',16,NULL,NULL,'system','2026-03-28 10:31:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(78,41,1,'deputy_chief',16,NULL,NULL,'system','2026-02-25 09:32:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(79,41,2,'chief',14,NULL,NULL,'chanhvp','2026-02-25 10:32:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(80,42,1,'deputy_chief',16,NULL,NULL,'system','2026-09-23 09:17:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(81,42,2,'chief',14,NULL,NULL,'chanhvp','2026-09-23 10:17:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(82,43,1,'deputy_chief',16,NULL,NULL,'system','2026-04-12 09:39:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(83,43,2,'chief',14,NULL,NULL,'chanhvp','2026-04-12 10:39:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(84,44,1,'deputy_chief',16,NULL,NULL,'system','2026-03-23 09:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(85,44,2,'chief',14,NULL,NULL,'chanhvp','2026-03-23 10:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(86,45,1,'deputy_chief',16,NULL,NULL,'system','2026-10-14 09:28:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(87,45,2,'chief',14,NULL,NULL,'chanhvp','2026-10-14 10:28:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(88,46,1,'deputy_chief',16,NULL,NULL,'system','2026-10-08 09:47:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(89,46,2,'chief',14,NULL,NULL,'chanhvp','2026-10-08 10:47:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(90,47,1,'deputy_chief',16,NULL,NULL,'system','2026-05-04 09:10:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(91,47,2,'chief',14,NULL,NULL,'chanhvp','2026-05-04 10:10:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(92,48,1,'deputy_chief',16,NULL,NULL,'system','2026-10-27 09:06:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(93,48,2,'chief',14,NULL,NULL,'chanhvp','2026-10-27 10:06:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(94,49,1,'deputy_chief',16,NULL,NULL,'system','2026-06-08 09:41:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(95,49,2,'chief',14,NULL,NULL,'chanhvp','2026-06-08 10:41:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(96,50,1,'deputy_chief',16,NULL,NULL,'system','2026-08-13 09:04:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(97,50,2,'chief',14,NULL,NULL,'chanhvp','2026-08-13 10:04:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(98,51,1,'deputy_chief',16,NULL,NULL,'system','2026-10-14 09:08:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(99,51,2,'chief',14,NULL,NULL,'chanhvp','2026-10-14 10:08:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(100,52,1,'deputy_chief',17,NULL,NULL,'system','2026-08-12 09:58:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(101,52,2,'chief',14,NULL,NULL,'chanhvp','2026-08-12 10:58:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(102,53,1,'deputy_chief',17,NULL,NULL,'system','2026-09-06 09:58:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(103,53,2,'chief',14,NULL,NULL,'chanhvp','2026-09-06 10:58:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(104,54,1,'deputy_chief',17,NULL,NULL,'system','2026-11-08 09:38:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(105,54,2,'chief',14,NULL,NULL,'chanhvp','2026-11-08 10:38:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(106,55,1,'deputy_chief',17,NULL,NULL,'system','2026-10-03 09:30:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(107,55,2,'chief',14,NULL,NULL,'chanhvp','2026-10-03 10:30:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(108,56,1,'deputy_chief',17,NULL,NULL,'system','2026-05-12 09:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(109,56,2,'chief',14,NULL,NULL,'chanhvp','2026-05-12 10:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(110,57,1,'deputy_chief',17,NULL,NULL,'system','2026-10-28 09:18:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(111,57,2,'chief',14,NULL,NULL,'chanhvp','2026-10-28 10:18:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(112,58,1,'deputy_chief',17,NULL,NULL,'system','2026-06-08 09:25:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(113,58,2,'chief',14,NULL,NULL,'chanhvp','2026-06-08 10:25:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(114,59,1,'deputy_chief',17,NULL,NULL,'system','2026-02-14 09:11:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(115,59,2,'chief',14,NULL,NULL,'chanhvp','2026-02-14 10:11:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(116,60,1,'deputy_chief',17,NULL,NULL,'system','2026-04-05 09:55:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(117,60,2,'chief',14,NULL,NULL,'chanhvp','2026-04-05 10:55:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(118,61,1,'deputy_chief',17,NULL,NULL,'system','2026-03-29 09:45:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(119,61,2,'chief',14,NULL,NULL,'chanhvp','2026-03-29 10:45:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(120,62,1,'deputy_chief',17,NULL,NULL,'system','2026-03-08 10:57:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(121,63,1,'deputy_chief',17,NULL,NULL,'system','2026-07-07 09:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(122,63,2,'chief',14,NULL,NULL,'chanhvp','2026-07-07 10:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(123,64,1,'deputy_chief',17,NULL,NULL,'system','2026-09-20 09:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(124,64,2,'chief',14,NULL,NULL,'chanhvp','2026-09-20 10:21:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(125,65,1,'deputy_chief',17,NULL,NULL,'system','2026-03-04 10:29:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(126,66,1,'deputy_chief',17,NULL,NULL,'system','2026-06-03 09:29:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(127,66,2,'chief',14,NULL,NULL,'chanhvp','2026-06-03 10:29:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(128,67,1,'deputy_chief',17,NULL,NULL,'system','2026-07-02 10:07:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(129,68,1,'deputy_chief',16,NULL,NULL,'system','2026-03-14 09:32:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(130,68,2,'chief',14,NULL,NULL,'chanhvp','2026-03-14 10:32:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(131,69,1,'deputy_chief',16,NULL,NULL,'system','2026-09-29 09:32:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(132,69,2,'chief',14,NULL,NULL,'chanhvp','2026-09-29 10:32:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(133,70,1,'deputy_chief',16,NULL,NULL,'system','2026-06-12 09:09:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(134,70,2,'chief',14,NULL,NULL,'chanhvp','2026-06-12 10:09:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(135,71,1,'deputy_chief',16,NULL,NULL,'system','2026-10-24 09:44:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(136,71,2,'chief',14,NULL,NULL,'chanhvp','2026-10-24 10:44:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(137,72,1,'deputy_chief',16,NULL,NULL,'system','2026-03-26 09:57:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(138,72,2,'chief',14,NULL,NULL,'chanhvp','2026-03-26 10:57:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(139,73,1,'deputy_chief',16,NULL,NULL,'system','2026-05-12 09:27:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(140,73,2,'chief',14,NULL,NULL,'chanhvp','2026-05-12 10:27:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(141,74,1,'deputy_chief',16,NULL,NULL,'system','2026-03-08 09:17:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(142,74,2,'chief',14,NULL,NULL,'chanhvp','2026-03-08 10:17:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(143,75,1,'deputy_chief',16,NULL,NULL,'system','2026-03-21 09:13:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(144,75,2,'chief',14,NULL,NULL,'chanhvp','2026-03-21 10:13:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(145,76,1,'deputy_chief',16,NULL,NULL,'system','2026-06-30 09:54:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(146,76,2,'chief',14,NULL,NULL,'chanhvp','2026-06-30 10:54:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(147,77,1,'deputy_chief',16,NULL,NULL,'system','2026-07-15 09:57:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(148,77,2,'chief',14,NULL,NULL,'chanhvp','2026-07-15 10:57:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(149,78,1,'deputy_chief',16,NULL,NULL,'system','2026-04-24 09:08:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(150,78,2,'chief',14,NULL,NULL,'chanhvp','2026-04-24 10:08:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(151,79,1,'deputy_chief',16,NULL,NULL,'system','2026-10-01 09:17:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(152,79,2,'chief',14,NULL,NULL,'chanhvp','2026-10-01 10:17:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(153,80,1,'chief',14,NULL,NULL,'chanhvp','2026-10-06 10:50:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(154,81,1,'chief',14,NULL,NULL,'chanhvp','2026-10-14 09:02:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(155,81,2,'standing_body',1,NULL,NULL,'system','2026-10-14 10:02:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(156,82,1,'chief',14,NULL,NULL,'chanhvp','2026-08-04 09:16:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(157,82,2,'standing_body',1,NULL,NULL,'system','2026-08-04 10:16:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(158,83,1,'chief',14,NULL,NULL,'chanhvp','2026-05-10 09:22:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(159,83,2,'standing_body',1,NULL,NULL,'system','2026-05-10 10:22:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(160,84,1,'chief',14,NULL,NULL,'chanhvp','2026-03-02 09:02:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(161,84,2,'standing_body',1,NULL,NULL,'system','2026-03-02 10:02:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(162,85,1,'chief',14,NULL,NULL,'chanhvp','2026-05-12 10:25:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(163,86,1,'chief',14,NULL,NULL,'chanhvp','2026-07-27 09:01:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(164,86,2,'standing_body',1,NULL,NULL,'system','2026-07-27 10:01:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(165,87,1,'standing_deputy_secretary',2,NULL,NULL,'system','2026-03-07 10:25:00.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(166,88,1,'deputy_chief',15,NULL,NULL,'',NULL,'pending','',0);
INSERT INTO "approval_step" VALUES(167,89,1,'deputy_chief',15,NULL,NULL,'',NULL,'pending','',0);
INSERT INTO "approval_step" VALUES(168,89,2,'chief',14,NULL,NULL,'',NULL,'pending','',0);
INSERT INTO "approval_step" VALUES(169,90,1,'deputy_chief',15,NULL,NULL,'',NULL,'pending','',0);
INSERT INTO "approval_step" VALUES(170,90,2,'chief',14,NULL,NULL,'',NULL,'pending','',0);
INSERT INTO "approval_step" VALUES(171,91,1,'chief',14,NULL,NULL,'',NULL,'pending','',0);
INSERT INTO "approval_step" VALUES(172,92,1,'deputy_chief',16,NULL,NULL,'system','2026-11-28 20:55:43.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(173,92,2,'chief',14,NULL,NULL,'',NULL,'pending','',0);
INSERT INTO "approval_step" VALUES(174,93,1,'deputy_chief',15,NULL,NULL,'phochanhvp','2026-11-29 20:55:43.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(175,93,2,'chief',14,NULL,NULL,'',NULL,'pending','',0);
INSERT INTO "approval_step" VALUES(176,94,1,'deputy_chief',17,NULL,NULL,'system','2026-11-27 20:55:43.000000','rejected','Trùng thời gian chuẩn bị Hội nghị Ban Chấp hành; đề nghị bố trí lùi lại.',0);
INSERT INTO "approval_step" VALUES(177,94,2,'chief',14,NULL,NULL,'',NULL,'skipped','',0);
INSERT INTO "approval_step" VALUES(178,95,1,'deputy_chief',16,NULL,NULL,'',NULL,'skipped','',0);
INSERT INTO "approval_step" VALUES(179,95,2,'chief',14,NULL,NULL,'',NULL,'skipped','',0);
INSERT INTO "approval_step" VALUES(180,96,1,'deputy_chief',17,NULL,NULL,'system','2026-11-23 20:55:43.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(181,96,2,'chief',14,NULL,NULL,'chanhvp','2026-11-23 20:55:43.000000','approved','Đồng ý',0);
INSERT INTO "approval_step" VALUES(182,97,1,'deputy_chief',16,NULL,NULL,'vanthu','2026-11-30 20:55:43.000000','approved','Đồng ý qua điện thoại: Lê Quang Sơn, 07:20 27/11/2026',1);
INSERT INTO "approval_step" VALUES(183,97,2,'chief',14,NULL,NULL,'vanthu','2026-11-30 20:55:43.000000','approved','Đồng ý qua điện thoại: Phạm Mỹ Linh, 07:45 27/11/2026',1);
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
INSERT INTO "attendee" VALUES(1,1,1,'Nguyễn Thành Trung','Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',1,1,'chair',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(2,1,2,'Nguyễn Thị Ánh','Phó Bí thư Thường trực Tỉnh ủy','Thường trực Tỉnh ủy',2,1,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(3,1,3,'Ngô Thị Minh Dung','Phó Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',3,1,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(4,1,4,'Lê Thị Thu Nhung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(5,1,5,'Phan Thị Thu Dung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(6,1,6,'Lý Hữu Vinh','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ','2026-10-02 15:30:00.000000','Đi công tác Trung ương',1,1,'absent','Đi công tác Trung ương','','','');
INSERT INTO "attendee" VALUES(7,1,7,'Nguyễn Thanh Hằng','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(8,1,8,'Ngô Thị Minh Oanh','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(9,1,9,'Nguyễn Thanh Vân','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(10,1,10,'Vũ Minh Quân','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(11,1,11,'Huỳnh Minh Hiếu','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(12,1,12,'Lê Ngọc Dung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(13,1,13,'Trần Thanh Loan','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(14,1,14,'Phạm Mỹ Linh','Chánh Văn phòng','Lãnh đạo Văn phòng',10,0,'delegate',0,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(15,1,15,'Bùi Thị Hạnh','Phó Chánh Văn phòng','Lãnh đạo Văn phòng',11,0,'delegate',0,'2026-10-01 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(16,2,1,'Nguyễn Thành Trung','Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',1,1,'chair',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(17,2,2,'Nguyễn Thị Ánh','Phó Bí thư Thường trực Tỉnh ủy','Thường trực Tỉnh ủy',2,1,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(18,2,3,'Ngô Thị Minh Dung','Phó Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',3,1,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(19,2,4,'Lê Thị Thu Nhung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(20,2,5,'Phan Thị Thu Dung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(21,2,6,'Lý Hữu Vinh','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ','2026-10-30 15:30:00.000000','Đi công tác Trung ương',1,1,'absent','Đi công tác Trung ương','','','');
INSERT INTO "attendee" VALUES(22,2,7,'Nguyễn Thanh Hằng','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(23,2,8,'Ngô Thị Minh Oanh','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(24,2,9,'Nguyễn Thanh Vân','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(25,2,10,'Vũ Minh Quân','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(26,2,11,'Huỳnh Minh Hiếu','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(27,2,12,'Lê Ngọc Dung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(28,2,13,'Trần Thanh Loan','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(29,2,14,'Phạm Mỹ Linh','Chánh Văn phòng','Lãnh đạo Văn phòng',10,0,'delegate',0,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(30,2,15,'Bùi Thị Hạnh','Phó Chánh Văn phòng','Lãnh đạo Văn phòng',11,0,'delegate',0,'2026-10-29 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(31,3,1,'Nguyễn Thành Trung','Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',1,1,'chair',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(32,3,2,'Nguyễn Thị Ánh','Phó Bí thư Thường trực Tỉnh ủy','Thường trực Tỉnh ủy',2,1,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(33,3,3,'Ngô Thị Minh Dung','Phó Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',3,1,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(34,3,4,'Lê Thị Thu Nhung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(35,3,5,'Phan Thị Thu Dung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(36,3,6,'Lý Hữu Vinh','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ','2026-11-27 15:30:00.000000','Đi công tác Trung ương',1,1,'absent','Đi công tác Trung ương','','','');
INSERT INTO "attendee" VALUES(37,3,7,'Nguyễn Thanh Hằng','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(38,3,8,'Ngô Thị Minh Oanh','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(39,3,9,'Nguyễn Thanh Vân','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'late','Dự buổi làm việc với Bộ Công an','','','');
INSERT INTO "attendee" VALUES(40,3,10,'Vũ Minh Quân','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(41,3,11,'Huỳnh Minh Hiếu','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(42,3,12,'Lê Ngọc Dung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(43,3,13,'Trần Thanh Loan','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(44,3,14,'Phạm Mỹ Linh','Chánh Văn phòng','Lãnh đạo Văn phòng',10,0,'delegate',0,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(45,3,15,'Bùi Thị Hạnh','Phó Chánh Văn phòng','Lãnh đạo Văn phòng',11,0,'delegate',0,'2026-11-26 15:30:00.000000','Hộp thư công vụ',NULL,'',0,0,'present','','','','');
INSERT INTO "attendee" VALUES(46,4,1,'Nguyễn Thành Trung','Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',1,1,'chair',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(47,4,2,'Nguyễn Thị Ánh','Phó Bí thư Thường trực Tỉnh ủy','Thường trực Tỉnh ủy',2,1,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(48,4,3,'Ngô Thị Minh Dung','Phó Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',3,1,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(49,4,4,'Lê Thị Thu Nhung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(50,4,5,'Phan Thị Thu Dung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(51,4,6,'Lý Hữu Vinh','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(52,4,7,'Nguyễn Thanh Hằng','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(53,4,8,'Ngô Thị Minh Oanh','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(54,4,9,'Nguyễn Thanh Vân','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(55,4,10,'Vũ Minh Quân','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(56,4,11,'Huỳnh Minh Hiếu','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(57,4,12,'Lê Ngọc Dung','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(58,4,13,'Trần Thanh Loan','Ủy viên Ban Thường vụ Tỉnh ủy','Ban Thường vụ Tỉnh ủy',4,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(59,4,14,'Phạm Mỹ Linh','Chánh Văn phòng','Lãnh đạo Văn phòng',10,0,'delegate',1,NULL,'','2026-11-30 09:00:00.000000','Học lớp bồi dưỡng cán bộ lãnh đạo',1,0,'','','','','');
INSERT INTO "attendee" VALUES(60,4,18,'Lý Ngọc Phương','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(61,4,19,'Phan Thanh Oanh','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(62,4,20,'Trần Mỹ Hoa','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(63,4,21,'Nguyễn Quang Nam','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(64,4,22,'Vũ Xuân Toàn','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(65,4,23,'Trần Thị Nga','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(66,4,24,'Nguyễn Văn Hải','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(67,4,25,'Nguyễn Thị Minh Linh','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(68,4,26,'Huỳnh Thị Thu Nhung','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(69,4,27,'Nguyễn Thị Linh','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(70,4,28,'Lê Thị Thu Loan','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(71,4,29,'Ngô Thị Thảo','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(72,4,30,'Lê Công Lộc','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(73,4,31,'Đỗ Trọng Long','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(74,4,32,'Ngô Hồng Thảo','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(75,4,33,'Trần Thu Oanh','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(76,4,34,'Võ Thị Phương','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(77,4,35,'Hồ Thanh Hằng','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(78,4,36,'Nguyễn Kim Phương','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(79,4,37,'Dương Thị Thu Hằng','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(80,4,38,'Lê Thị Oanh','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(81,4,39,'Đỗ Ngọc Lan','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(82,4,40,'Hồ Minh Nam','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(83,4,41,'Nguyễn Đức Cường','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(84,4,42,'Nguyễn Văn Phong','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(85,4,43,'Trần Thị Thu Yến','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(86,4,44,'Trần Thu Tâm','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(87,4,45,'Phạm Kim Yến','Tỉnh ủy viên','Ban Chấp hành Đảng bộ tỉnh',5,0,'delegate',1,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(88,4,NULL,'Trần Quốc Việt','Phó Trưởng ban Ban Tổ chức Trung ương','Ban Tổ chức Trung ương',NULL,0,'guest',0,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(89,4,NULL,'Lê Thị Kim Oanh','Chủ tịch Hội đồng nhân dân tỉnh','Hội đồng nhân dân tỉnh',NULL,0,'guest',0,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(90,5,1,'Nguyễn Thành Trung','Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',1,1,'chair',0,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(91,5,2,'Nguyễn Thị Ánh','Phó Bí thư Thường trực Tỉnh ủy','Thường trực Tỉnh ủy',2,1,'delegate',0,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(92,5,3,'Ngô Thị Minh Dung','Phó Bí thư Tỉnh ủy','Thường trực Tỉnh ủy',3,1,'delegate',0,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(93,5,NULL,'Khamphanh Phommathat','Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Champasak','Tỉnh Champasak',NULL,0,'guest',0,NULL,'',NULL,'',0,0,'','','','','');
INSERT INTO "attendee" VALUES(94,5,17,'Hoàng Anh Phong','Phó Chánh Văn phòng','Lãnh đạo Văn phòng',11,0,'service',0,NULL,'',NULL,'',0,0,'','','','','');
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	username VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	target VARCHAR NOT NULL, 
	detail VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "audit_log" VALUES(1,'2026-11-30 20:55:41.000000','system','office.save','office','Văn phòng Tỉnh ủy');
INSERT INTO "audit_log" VALUES(2,'2026-11-30 20:55:41.000000','system','position.create','position','Bí thư Tỉnh ủy');
INSERT INTO "audit_log" VALUES(3,'2026-11-30 20:55:41.000000','system','position.create','position','Phó Bí thư Thường trực Tỉnh ủy');
INSERT INTO "audit_log" VALUES(4,'2026-11-30 20:55:41.000000','system','position.create','position','Phó Bí thư Tỉnh ủy');
INSERT INTO "audit_log" VALUES(5,'2026-11-30 20:55:41.000000','system','position.create','position','Ủy viên Ban Thường vụ Tỉnh ủy');
INSERT INTO "audit_log" VALUES(6,'2026-11-30 20:55:41.000000','system','position.create','position','Tỉnh ủy viên');
INSERT INTO "audit_log" VALUES(7,'2026-11-30 20:55:41.000000','system','position.create','position','Chánh Văn phòng');
INSERT INTO "audit_log" VALUES(8,'2026-11-30 20:55:41.000000','system','position.create','position','Phó Chánh Văn phòng');
INSERT INTO "audit_log" VALUES(9,'2026-11-30 20:55:41.000000','system','position.create','position','Trưởng phòng');
INSERT INTO "audit_log" VALUES(10,'2026-11-30 20:55:41.000000','system','position.create','position','Phó Trưởng phòng');
INSERT INTO "audit_log" VALUES(11,'2026-11-30 20:55:41.000000','system','position.create','position','Chuyên viên chính');
INSERT INTO "audit_log" VALUES(12,'2026-11-30 20:55:41.000000','system','position.create','position','Chuyên viên');
INSERT INTO "audit_log" VALUES(13,'2026-11-30 20:55:41.000000','system','position.create','position','Nhân viên');
INSERT INTO "audit_log" VALUES(14,'2026-11-30 20:55:41.000000','system','unit.create','unit','Ban Chấp hành Đảng bộ tỉnh');
INSERT INTO "audit_log" VALUES(15,'2026-11-30 20:55:41.000000','system','unit.create','unit','Ban Thường vụ Tỉnh ủy');
INSERT INTO "audit_log" VALUES(16,'2026-11-30 20:55:41.000000','system','unit.create','unit','Thường trực Tỉnh ủy');
INSERT INTO "audit_log" VALUES(17,'2026-11-30 20:55:41.000000','system','unit.create','unit','Văn phòng Tỉnh ủy');
INSERT INTO "audit_log" VALUES(18,'2026-11-30 20:55:41.000000','system','unit.create','unit','Lãnh đạo Văn phòng');
INSERT INTO "audit_log" VALUES(19,'2026-11-30 20:55:41.000000','system','unit.create','unit','Phòng Tổng hợp');
INSERT INTO "audit_log" VALUES(20,'2026-11-30 20:55:41.000000','system','unit.create','unit','Phòng Hành chính');
INSERT INTO "audit_log" VALUES(21,'2026-11-30 20:55:41.000000','system','unit.create','unit','Phòng Tài chính – Quản trị');
INSERT INTO "audit_log" VALUES(22,'2026-11-30 20:55:41.000000','system','unit.create','unit','Phòng Cơ yếu – Công nghệ thông tin');
INSERT INTO "audit_log" VALUES(23,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thành Trung');
INSERT INTO "audit_log" VALUES(24,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thị Ánh');
INSERT INTO "audit_log" VALUES(25,'2026-11-30 20:55:41.000000','system','person.create','person','Ngô Thị Minh Dung');
INSERT INTO "audit_log" VALUES(26,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Thị Thu Nhung');
INSERT INTO "audit_log" VALUES(27,'2026-11-30 20:55:41.000000','system','person.update','person:4','Lê Thị Thu Nhung');
INSERT INTO "audit_log" VALUES(28,'2026-11-30 20:55:41.000000','system','person.create','person','Phan Thị Thu Dung');
INSERT INTO "audit_log" VALUES(29,'2026-11-30 20:55:41.000000','system','person.update','person:5','Phan Thị Thu Dung');
INSERT INTO "audit_log" VALUES(30,'2026-11-30 20:55:41.000000','system','person.create','person','Lý Hữu Vinh');
INSERT INTO "audit_log" VALUES(31,'2026-11-30 20:55:41.000000','system','person.update','person:6','Lý Hữu Vinh');
INSERT INTO "audit_log" VALUES(32,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thanh Hằng');
INSERT INTO "audit_log" VALUES(33,'2026-11-30 20:55:41.000000','system','person.update','person:7','Nguyễn Thanh Hằng');
INSERT INTO "audit_log" VALUES(34,'2026-11-30 20:55:41.000000','system','person.create','person','Ngô Thị Minh Oanh');
INSERT INTO "audit_log" VALUES(35,'2026-11-30 20:55:41.000000','system','person.update','person:8','Ngô Thị Minh Oanh');
INSERT INTO "audit_log" VALUES(36,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thanh Vân');
INSERT INTO "audit_log" VALUES(37,'2026-11-30 20:55:41.000000','system','person.update','person:9','Nguyễn Thanh Vân');
INSERT INTO "audit_log" VALUES(38,'2026-11-30 20:55:41.000000','system','person.create','person','Vũ Minh Quân');
INSERT INTO "audit_log" VALUES(39,'2026-11-30 20:55:41.000000','system','person.update','person:10','Vũ Minh Quân');
INSERT INTO "audit_log" VALUES(40,'2026-11-30 20:55:41.000000','system','person.create','person','Huỳnh Minh Hiếu');
INSERT INTO "audit_log" VALUES(41,'2026-11-30 20:55:41.000000','system','person.update','person:11','Huỳnh Minh Hiếu');
INSERT INTO "audit_log" VALUES(42,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Ngọc Dung');
INSERT INTO "audit_log" VALUES(43,'2026-11-30 20:55:41.000000','system','person.update','person:12','Lê Ngọc Dung');
INSERT INTO "audit_log" VALUES(44,'2026-11-30 20:55:41.000000','system','person.create','person','Trần Thanh Loan');
INSERT INTO "audit_log" VALUES(45,'2026-11-30 20:55:41.000000','system','person.update','person:13','Trần Thanh Loan');
INSERT INTO "audit_log" VALUES(46,'2026-11-30 20:55:41.000000','system','person.create','person','Phạm Mỹ Linh');
INSERT INTO "audit_log" VALUES(47,'2026-11-30 20:55:41.000000','system','person.create','person','Bùi Thị Hạnh');
INSERT INTO "audit_log" VALUES(48,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Quang Sơn');
INSERT INTO "audit_log" VALUES(49,'2026-11-30 20:55:41.000000','system','person.create','person','Hoàng Anh Phong');
INSERT INTO "audit_log" VALUES(50,'2026-11-30 20:55:41.000000','system','person.create','person','Lý Ngọc Phương');
INSERT INTO "audit_log" VALUES(51,'2026-11-30 20:55:41.000000','system','person.create','person','Phan Thanh Oanh');
INSERT INTO "audit_log" VALUES(52,'2026-11-30 20:55:41.000000','system','person.create','person','Trần Mỹ Hoa');
INSERT INTO "audit_log" VALUES(53,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Quang Nam');
INSERT INTO "audit_log" VALUES(54,'2026-11-30 20:55:41.000000','system','person.create','person','Vũ Xuân Toàn');
INSERT INTO "audit_log" VALUES(55,'2026-11-30 20:55:41.000000','system','person.create','person','Trần Thị Nga');
INSERT INTO "audit_log" VALUES(56,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Văn Hải');
INSERT INTO "audit_log" VALUES(57,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thị Minh Linh');
INSERT INTO "audit_log" VALUES(58,'2026-11-30 20:55:41.000000','system','person.create','person','Huỳnh Thị Thu Nhung');
INSERT INTO "audit_log" VALUES(59,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thị Linh');
INSERT INTO "audit_log" VALUES(60,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Thị Thu Loan');
INSERT INTO "audit_log" VALUES(61,'2026-11-30 20:55:41.000000','system','person.create','person','Ngô Thị Thảo');
INSERT INTO "audit_log" VALUES(62,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Công Lộc');
INSERT INTO "audit_log" VALUES(63,'2026-11-30 20:55:41.000000','system','person.create','person','Đỗ Trọng Long');
INSERT INTO "audit_log" VALUES(64,'2026-11-30 20:55:41.000000','system','person.create','person','Ngô Hồng Thảo');
INSERT INTO "audit_log" VALUES(65,'2026-11-30 20:55:41.000000','system','person.create','person','Trần Thu Oanh');
INSERT INTO "audit_log" VALUES(66,'2026-11-30 20:55:41.000000','system','person.create','person','Võ Thị Phương');
INSERT INTO "audit_log" VALUES(67,'2026-11-30 20:55:41.000000','system','person.create','person','Hồ Thanh Hằng');
INSERT INTO "audit_log" VALUES(68,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Kim Phương');
INSERT INTO "audit_log" VALUES(69,'2026-11-30 20:55:41.000000','system','person.create','person','Dương Thị Thu Hằng');
INSERT INTO "audit_log" VALUES(70,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Thị Oanh');
INSERT INTO "audit_log" VALUES(71,'2026-11-30 20:55:41.000000','system','person.create','person','Đỗ Ngọc Lan');
INSERT INTO "audit_log" VALUES(72,'2026-11-30 20:55:41.000000','system','person.create','person','Hồ Minh Nam');
INSERT INTO "audit_log" VALUES(73,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Đức Cường');
INSERT INTO "audit_log" VALUES(74,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Văn Phong');
INSERT INTO "audit_log" VALUES(75,'2026-11-30 20:55:41.000000','system','person.create','person','Trần Thị Thu Yến');
INSERT INTO "audit_log" VALUES(76,'2026-11-30 20:55:41.000000','system','person.create','person','Trần Thu Tâm');
INSERT INTO "audit_log" VALUES(77,'2026-11-30 20:55:41.000000','system','person.create','person','Phạm Kim Yến');
INSERT INTO "audit_log" VALUES(78,'2026-11-30 20:55:41.000000','system','body.members','unit:3','3 members');
INSERT INTO "audit_log" VALUES(79,'2026-11-30 20:55:41.000000','system','body.members','unit:2','13 members');
INSERT INTO "audit_log" VALUES(80,'2026-11-30 20:55:41.000000','system','body.members','unit:1','42 members');
INSERT INTO "audit_log" VALUES(81,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thu Nhung');
INSERT INTO "audit_log" VALUES(82,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Trọng Lộc');
INSERT INTO "audit_log" VALUES(83,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thị Thu Thảo');
INSERT INTO "audit_log" VALUES(84,'2026-11-30 20:55:41.000000','system','person.create','person','Đinh Hồng Hoa');
INSERT INTO "audit_log" VALUES(85,'2026-11-30 20:55:41.000000','system','person.create','person','Phan Thanh Yến');
INSERT INTO "audit_log" VALUES(86,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Đức Lộc');
INSERT INTO "audit_log" VALUES(87,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Hữu Khoa');
INSERT INTO "audit_log" VALUES(88,'2026-11-30 20:55:41.000000','system','person.create','person','Võ Quang Thắng');
INSERT INTO "audit_log" VALUES(89,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Xuân Bình');
INSERT INTO "audit_log" VALUES(90,'2026-11-30 20:55:41.000000','system','person.create','person','Dương Quang Thắng');
INSERT INTO "audit_log" VALUES(91,'2026-11-30 20:55:41.000000','system','person.create','person','Huỳnh Thị Hạnh');
INSERT INTO "audit_log" VALUES(92,'2026-11-30 20:55:41.000000','system','person.create','person','Đỗ Thành Hải');
INSERT INTO "audit_log" VALUES(93,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Mỹ Thảo');
INSERT INTO "audit_log" VALUES(94,'2026-11-30 20:55:41.000000','system','person.create','person','Đỗ Thị Dung');
INSERT INTO "audit_log" VALUES(95,'2026-11-30 20:55:41.000000','system','person.create','person','Hoàng Hữu Phúc');
INSERT INTO "audit_log" VALUES(96,'2026-11-30 20:55:41.000000','system','person.create','person','Hồ Đức Trung');
INSERT INTO "audit_log" VALUES(97,'2026-11-30 20:55:41.000000','system','person.create','person','Dương Hồng Hương');
INSERT INTO "audit_log" VALUES(98,'2026-11-30 20:55:41.000000','system','person.create','person','Phạm Quang Tuấn');
INSERT INTO "audit_log" VALUES(99,'2026-11-30 20:55:41.000000','system','person.create','person','Huỳnh Công Vinh');
INSERT INTO "audit_log" VALUES(100,'2026-11-30 20:55:41.000000','system','person.create','person','Huỳnh Minh Trung');
INSERT INTO "audit_log" VALUES(101,'2026-11-30 20:55:41.000000','system','person.create','person','Dương Xuân Hải');
INSERT INTO "audit_log" VALUES(102,'2026-11-30 20:55:41.000000','system','person.create','person','Hoàng Kim Hoa');
INSERT INTO "audit_log" VALUES(103,'2026-11-30 20:55:41.000000','system','person.create','person','Đỗ Hồng Lan');
INSERT INTO "audit_log" VALUES(104,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Thị Hạnh');
INSERT INTO "audit_log" VALUES(105,'2026-11-30 20:55:41.000000','system','person.create','person','Phạm Trọng Nam');
INSERT INTO "audit_log" VALUES(106,'2026-11-30 20:55:41.000000','system','person.create','person','Phạm Thanh Yến');
INSERT INTO "audit_log" VALUES(107,'2026-11-30 20:55:41.000000','system','person.create','person','Nguyễn Công Hải');
INSERT INTO "audit_log" VALUES(108,'2026-11-30 20:55:41.000000','system','person.create','person','Lý Thị Thu Linh');
INSERT INTO "audit_log" VALUES(109,'2026-11-30 20:55:41.000000','system','person.create','person','Võ Thị Thu Hương');
INSERT INTO "audit_log" VALUES(110,'2026-11-30 20:55:41.000000','system','person.create','person','Ngô Mỹ Dung');
INSERT INTO "audit_log" VALUES(111,'2026-11-30 20:55:41.000000','system','person.create','person','Huỳnh Trọng Bình');
INSERT INTO "audit_log" VALUES(112,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Anh Long');
INSERT INTO "audit_log" VALUES(113,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Minh Cường');
INSERT INTO "audit_log" VALUES(114,'2026-11-30 20:55:41.000000','system','person.create','person','Trần Mỹ Thảo');
INSERT INTO "audit_log" VALUES(115,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Thị Loan');
INSERT INTO "audit_log" VALUES(116,'2026-11-30 20:55:41.000000','system','person.create','person','Lê Hữu Khoa');
INSERT INTO "audit_log" VALUES(117,'2026-11-30 20:55:41.000000','system','person.create','person','Đinh Thị Tâm');
INSERT INTO "audit_log" VALUES(118,'2026-11-30 20:55:41.000000','system','person.standing_deputy','person:15','');
INSERT INTO "audit_log" VALUES(119,'2026-11-30 20:55:41.000000','system','oversight.set','person:15','Bùi Thị Hạnh');
INSERT INTO "audit_log" VALUES(120,'2026-11-30 20:55:41.000000','system','oversight.set','person:16','Lê Quang Sơn');
INSERT INTO "audit_log" VALUES(121,'2026-11-30 20:55:41.000000','system','oversight.set','person:17','Hoàng Anh Phong');
INSERT INTO "audit_log" VALUES(122,'2026-11-30 20:55:41.000000','system','delegation.create','person:17','Lê Quang Sơn 2026-11-29–2026-12-02');
INSERT INTO "audit_log" VALUES(123,'2026-11-30 20:55:41.000000','system','delegation.create','person:57','Nguyễn Mỹ Thảo 2026-11-30–2026-12-04');
INSERT INTO "audit_log" VALUES(124,'2026-11-30 20:55:41.000000','system','user.create','user:chanhvp','leader');
INSERT INTO "audit_log" VALUES(125,'2026-11-30 20:55:41.000000','system','user.create','user:phochanhvp','leader');
INSERT INTO "audit_log" VALUES(126,'2026-11-30 20:55:41.000000','system','user.create','user:vanthu','clerk');
INSERT INTO "audit_log" VALUES(127,'2026-11-30 20:55:41.000000','system','user.create','user:chuyenvien','staff');
INSERT INTO "audit_log" VALUES(128,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Thường trực Tỉnh ủy giao ban công tác tuần');
INSERT INTO "audit_log" VALUES(129,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Lãnh đạo Văn phòng nghe báo cáo công tác nửa tháng');
INSERT INTO "audit_log" VALUES(130,'2026-11-30 20:55:41.000000','system','event.create','event','Giao ban Văn phòng Tỉnh ủy tháng');
INSERT INTO "audit_log" VALUES(131,'2026-11-30 20:55:41.000000','system','event.create','event','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(132,'2026-11-30 20:55:41.000000','system','event.create','event','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(133,'2026-11-30 20:55:41.000000','system','event.create','event','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(134,'2026-11-30 20:55:41.000000','system','event.create','event','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(135,'2026-11-30 20:55:41.000000','system','event.create','event','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(136,'2026-11-30 20:55:41.000000','system','event.create','event','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(137,'2026-11-30 20:55:41.000000','system','event.create','event','Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng)');
INSERT INTO "audit_log" VALUES(138,'2026-11-30 20:55:41.000000','system','event.create','event','Đi công tác tại Hà Nội: làm việc với Văn phòng Trung ương Đảng');
INSERT INTO "audit_log" VALUES(139,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Ban Chỉ đạo chuyển đổi số tỉnh');
INSERT INTO "audit_log" VALUES(140,'2026-11-30 20:55:41.000000','system','event.create','event','Dự Hội nghị sơ kết công tác dân vận');
INSERT INTO "audit_log" VALUES(141,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp và làm việc với Đoàn giám sát của Ủy ban Kiểm tra Trung ương');
INSERT INTO "audit_log" VALUES(142,'2026-11-30 20:55:41.000000','system','event.create','event','Dự Lễ ra quân Tháng Thanh niên');
INSERT INTO "audit_log" VALUES(143,'2026-11-30 20:55:41.000000','system','event.create','event','Dự Lễ khởi công dự án nhà ở xã hội phường 7');
INSERT INTO "audit_log" VALUES(144,'2026-11-30 20:55:41.000000','system','event.create','event','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030');
INSERT INTO "audit_log" VALUES(145,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm');
INSERT INTO "audit_log" VALUES(146,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa');
INSERT INTO "audit_log" VALUES(147,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Tiểu ban Văn kiện Đại hội');
INSERT INTO "audit_log" VALUES(148,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra công tác phòng, chống cháy rừng mùa khô');
INSERT INTO "audit_log" VALUES(149,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương');
INSERT INTO "audit_log" VALUES(150,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn công tác Tỉnh ủy Ninh Thuận');
INSERT INTO "audit_log" VALUES(151,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở');
INSERT INTO "audit_log" VALUES(152,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số');
INSERT INTO "audit_log" VALUES(153,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm');
INSERT INTO "audit_log" VALUES(154,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra công tác phòng, chống cháy rừng mùa khô');
INSERT INTO "audit_log" VALUES(155,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương');
INSERT INTO "audit_log" VALUES(156,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt');
INSERT INTO "audit_log" VALUES(157,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa');
INSERT INTO "audit_log" VALUES(158,'2026-11-30 20:55:41.000000','system','event.create','event','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030');
INSERT INTO "audit_log" VALUES(159,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra tiến độ dự án đường cao tốc Tân Phú – Bảo Lộc');
INSERT INTO "audit_log" VALUES(160,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm');
INSERT INTO "audit_log" VALUES(161,'2026-11-30 20:55:41.000000','system','event.create','event','Dự Lễ khởi công dự án nhà ở xã hội phường 7');
INSERT INTO "audit_log" VALUES(162,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Đảng đoàn HĐND tỉnh về chuẩn bị kỳ họp');
INSERT INTO "audit_log" VALUES(163,'2026-11-30 20:55:41.000000','system','event.create','event','Dự Hội nghị tổng kết công tác ngành Nông nghiệp và Phát triển nông thôn');
INSERT INTO "audit_log" VALUES(164,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa');
INSERT INTO "audit_log" VALUES(165,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh');
INSERT INTO "audit_log" VALUES(166,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt');
INSERT INTO "audit_log" VALUES(167,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp công dân định kỳ của Bí thư Tỉnh ủy');
INSERT INTO "audit_log" VALUES(168,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đại sứ Cộng hòa Pháp tại Việt Nam');
INSERT INTO "audit_log" VALUES(169,'2026-11-30 20:55:41.000000','system','event.create','event','Khảo sát mô hình sản xuất nông nghiệp ứng dụng công nghệ cao');
INSERT INTO "audit_log" VALUES(170,'2026-11-30 20:55:41.000000','system','event.create','event','Dự Hội nghị trực tuyến toàn quốc quán triệt nghị quyết của Bộ Chính trị');
INSERT INTO "audit_log" VALUES(171,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư');
INSERT INTO "audit_log" VALUES(172,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Tiểu ban Văn kiện Đại hội');
INSERT INTO "audit_log" VALUES(173,'2026-11-30 20:55:41.000000','system','event.create','event','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030');
INSERT INTO "audit_log" VALUES(174,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Hội đồng Thi đua – Khen thưởng tỉnh');
INSERT INTO "audit_log" VALUES(175,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Thành ủy Bảo Lộc về công tác chuẩn bị đại hội');
INSERT INTO "audit_log" VALUES(176,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số');
INSERT INTO "audit_log" VALUES(177,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra công tác phòng, chống cháy rừng mùa khô');
INSERT INTO "audit_log" VALUES(178,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Đảng ủy Khu công nghiệp Lộc Sơn');
INSERT INTO "audit_log" VALUES(179,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn cựu chiến binh Trung đoàn 812');
INSERT INTO "audit_log" VALUES(180,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn công tác Tỉnh ủy Ninh Thuận');
INSERT INTO "audit_log" VALUES(181,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương');
INSERT INTO "audit_log" VALUES(182,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở');
INSERT INTO "audit_log" VALUES(183,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Tiểu ban Văn kiện Đại hội');
INSERT INTO "audit_log" VALUES(184,'2026-11-30 20:55:41.000000','system','event.create','event','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030');
INSERT INTO "audit_log" VALUES(185,'2026-11-30 20:55:41.000000','system','event.create','event','Dự Hội nghị trực tuyến toàn quốc quán triệt nghị quyết của Bộ Chính trị');
INSERT INTO "audit_log" VALUES(186,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Đảng ủy xã Tà Nung về xây dựng nông thôn mới kiểu mẫu');
INSERT INTO "audit_log" VALUES(187,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt');
INSERT INTO "audit_log" VALUES(188,'2026-11-30 20:55:41.000000','system','event.create','event','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030');
INSERT INTO "audit_log" VALUES(189,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Thành ủy Bảo Lộc về công tác chuẩn bị đại hội');
INSERT INTO "audit_log" VALUES(190,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Tiểu ban Văn kiện Đại hội');
INSERT INTO "audit_log" VALUES(191,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn cựu chiến binh Trung đoàn 812');
INSERT INTO "audit_log" VALUES(192,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Hội đồng Thi đua – Khen thưởng tỉnh');
INSERT INTO "audit_log" VALUES(193,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở');
INSERT INTO "audit_log" VALUES(194,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Đảng ủy Khu công nghiệp Lộc Sơn');
INSERT INTO "audit_log" VALUES(195,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương');
INSERT INTO "audit_log" VALUES(196,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa');
INSERT INTO "audit_log" VALUES(197,'2026-11-30 20:55:41.000000','system','event.create','event','Nghe Ủy ban Kiểm tra Tỉnh ủy báo cáo kết quả giám sát chuyên đề');
INSERT INTO "audit_log" VALUES(198,'2026-11-30 20:55:41.000000','system','event.create','event','Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở');
INSERT INTO "audit_log" VALUES(199,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp công dân định kỳ của Bí thư Tỉnh ủy');
INSERT INTO "audit_log" VALUES(200,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư');
INSERT INTO "audit_log" VALUES(201,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa');
INSERT INTO "audit_log" VALUES(202,'2026-11-30 20:55:41.000000','system','event.create','event','Tiếp Đoàn cựu chiến binh Trung đoàn 812');
INSERT INTO "audit_log" VALUES(203,'2026-11-30 20:55:41.000000','system','event.create','event','Khảo sát mô hình sản xuất nông nghiệp ứng dụng công nghệ cao');
INSERT INTO "audit_log" VALUES(204,'2026-11-30 20:55:41.000000','system','event.create','event','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030');
INSERT INTO "audit_log" VALUES(205,'2026-11-30 20:55:41.000000','system','event.create','event','Kiểm tra tiến độ dự án đường cao tốc Tân Phú – Bảo Lộc');
INSERT INTO "audit_log" VALUES(206,'2026-11-30 20:55:41.000000','system','calendar.publish','week:2026-11-23','version 1, 9 entries');
INSERT INTO "audit_log" VALUES(207,'2026-11-30 20:55:41.000000','system','calendar.publish','week:2026-11-30','version 1, 30 entries');
INSERT INTO "audit_log" VALUES(208,'2026-11-30 20:55:41.000000','system','event.update','event:40','Tiếp công dân định kỳ của Bí thư Tỉnh ủy');
INSERT INTO "audit_log" VALUES(209,'2026-11-30 20:55:41.000000','system','event.update','event:54','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương');
INSERT INTO "audit_log" VALUES(210,'2026-11-30 20:55:41.000000','system','event.cancel','event:43','Dự Hội nghị trực tuyến toàn quốc quán triệt nghị quyết của Bộ Chính trị');
INSERT INTO "audit_log" VALUES(211,'2026-11-30 20:55:41.000000','system','event.create','event','Làm việc với Sở Tài chính về dự toán ngân sách bổ sung');
INSERT INTO "audit_log" VALUES(212,'2026-11-30 20:55:42.000000','system','meeting.create','meeting','Hội nghị Ban Thường vụ Tỉnh ủy (phiên thường kỳ)');
INSERT INTO "audit_log" VALUES(213,'2026-11-30 20:55:42.000000','system','event.update','event:4','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(214,'2026-11-30 20:55:42.000000','system','attendee.add','meeting:1','1 người');
INSERT INTO "audit_log" VALUES(215,'2026-11-30 20:55:42.000000','system','attendee.invite','15 attendees','Hộp thư công vụ');
INSERT INTO "audit_log" VALUES(216,'2026-11-30 20:55:42.000000','system','event.update','event:4','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(217,'2026-11-30 20:55:42.000000','system','attendee.absence_notice','attendee:6','Đi công tác Trung ương');
INSERT INTO "audit_log" VALUES(218,'2026-11-30 20:55:42.000000','system','attendee.attendance','14 attendees','present');
INSERT INTO "audit_log" VALUES(219,'2026-11-30 20:55:42.000000','system','attendee.attendance','1 attendees','absent');
INSERT INTO "audit_log" VALUES(220,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:1','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội ');
INSERT INTO "audit_log" VALUES(221,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:2','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo c');
INSERT INTO "audit_log" VALUES(222,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:3','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến');
INSERT INTO "audit_log" VALUES(223,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:4','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không');
INSERT INTO "audit_log" VALUES(224,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:5','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo lu');
INSERT INTO "audit_log" VALUES(225,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:6','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)');
INSERT INTO "audit_log" VALUES(226,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:7','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn');
INSERT INTO "audit_log" VALUES(227,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:8','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh');
INSERT INTO "audit_log" VALUES(228,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:9','Phối hợp kiểm tra công tác an ninh, bảo vệ');
INSERT INTO "audit_log" VALUES(229,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:10','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục');
INSERT INTO "audit_log" VALUES(230,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:11','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầ');
INSERT INTO "audit_log" VALUES(231,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:12','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)');
INSERT INTO "audit_log" VALUES(232,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:13','Kiểm tra tài liệu đã phát hành');
INSERT INTO "audit_log" VALUES(233,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:14','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu');
INSERT INTO "audit_log" VALUES(234,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:15','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu');
INSERT INTO "audit_log" VALUES(235,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:16','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định');
INSERT INTO "audit_log" VALUES(236,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:17','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết');
INSERT INTO "audit_log" VALUES(237,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:18','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)');
INSERT INTO "audit_log" VALUES(238,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:19','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng');
INSERT INTO "audit_log" VALUES(239,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:20','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị');
INSERT INTO "audit_log" VALUES(240,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:21','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi đư');
INSERT INTO "audit_log" VALUES(241,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:22','Trực hệ thống âm thanh trong suốt thời gian hội nghị');
INSERT INTO "audit_log" VALUES(242,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:23','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)');
INSERT INTO "audit_log" VALUES(243,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:24','Phục vụ ăn nhẹ giữa giờ');
INSERT INTO "audit_log" VALUES(244,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:25','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội');
INSERT INTO "audit_log" VALUES(245,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:26','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị');
INSERT INTO "audit_log" VALUES(246,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:27','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)');
INSERT INTO "audit_log" VALUES(247,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:28','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành');
INSERT INTO "audit_log" VALUES(248,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:29','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật');
INSERT INTO "audit_log" VALUES(249,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:30','Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ');
INSERT INTO "audit_log" VALUES(250,'2026-11-30 20:55:42.000000','system','meeting.create','meeting','Hội nghị Ban Thường vụ Tỉnh ủy (phiên thường kỳ tháng trước)');
INSERT INTO "audit_log" VALUES(251,'2026-11-30 20:55:42.000000','system','event.update','event:5','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(252,'2026-11-30 20:55:42.000000','system','attendee.add','meeting:2','1 người');
INSERT INTO "audit_log" VALUES(253,'2026-11-30 20:55:42.000000','system','attendee.invite','15 attendees','Hộp thư công vụ');
INSERT INTO "audit_log" VALUES(254,'2026-11-30 20:55:42.000000','system','event.update','event:5','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(255,'2026-11-30 20:55:42.000000','system','attendee.absence_notice','attendee:21','Đi công tác Trung ương');
INSERT INTO "audit_log" VALUES(256,'2026-11-30 20:55:42.000000','system','attendee.attendance','14 attendees','present');
INSERT INTO "audit_log" VALUES(257,'2026-11-30 20:55:42.000000','system','attendee.attendance','1 attendees','absent');
INSERT INTO "audit_log" VALUES(258,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:31','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội ');
INSERT INTO "audit_log" VALUES(259,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:32','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo c');
INSERT INTO "audit_log" VALUES(260,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:33','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến');
INSERT INTO "audit_log" VALUES(261,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:34','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không');
INSERT INTO "audit_log" VALUES(262,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:35','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo lu');
INSERT INTO "audit_log" VALUES(263,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:36','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)');
INSERT INTO "audit_log" VALUES(264,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:37','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn');
INSERT INTO "audit_log" VALUES(265,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:38','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh');
INSERT INTO "audit_log" VALUES(266,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:39','Phối hợp kiểm tra công tác an ninh, bảo vệ');
INSERT INTO "audit_log" VALUES(267,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:40','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục');
INSERT INTO "audit_log" VALUES(268,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:41','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầ');
INSERT INTO "audit_log" VALUES(269,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:42','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)');
INSERT INTO "audit_log" VALUES(270,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:43','Kiểm tra tài liệu đã phát hành');
INSERT INTO "audit_log" VALUES(271,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:44','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu');
INSERT INTO "audit_log" VALUES(272,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:45','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu');
INSERT INTO "audit_log" VALUES(273,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:46','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định');
INSERT INTO "audit_log" VALUES(274,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:47','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết');
INSERT INTO "audit_log" VALUES(275,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:48','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)');
INSERT INTO "audit_log" VALUES(276,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:49','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng');
INSERT INTO "audit_log" VALUES(277,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:50','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị');
INSERT INTO "audit_log" VALUES(278,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:51','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi đư');
INSERT INTO "audit_log" VALUES(279,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:52','Trực hệ thống âm thanh trong suốt thời gian hội nghị');
INSERT INTO "audit_log" VALUES(280,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:53','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)');
INSERT INTO "audit_log" VALUES(281,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:54','Phục vụ ăn nhẹ giữa giờ');
INSERT INTO "audit_log" VALUES(282,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:55','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội');
INSERT INTO "audit_log" VALUES(283,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:56','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị');
INSERT INTO "audit_log" VALUES(284,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:57','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)');
INSERT INTO "audit_log" VALUES(285,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:58','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành');
INSERT INTO "audit_log" VALUES(286,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:59','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật');
INSERT INTO "audit_log" VALUES(287,'2026-11-30 20:55:42.000000','system','meeting.create','meeting','Hội nghị Ban Thường vụ Tỉnh ủy: cho ý kiến dự thảo Kế hoạch tổ chức Đại hội Đảng bộ các cấp');
INSERT INTO "audit_log" VALUES(288,'2026-11-30 20:55:42.000000','system','event.update','event:6','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(289,'2026-11-30 20:55:42.000000','system','attendee.add','meeting:3','1 người');
INSERT INTO "audit_log" VALUES(290,'2026-11-30 20:55:42.000000','system','attendee.invite','15 attendees','Hộp thư công vụ');
INSERT INTO "audit_log" VALUES(291,'2026-11-30 20:55:42.000000','system','event.update','event:6','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
INSERT INTO "audit_log" VALUES(292,'2026-11-30 20:55:42.000000','system','attendee.absence_notice','attendee:36','Đi công tác Trung ương');
INSERT INTO "audit_log" VALUES(293,'2026-11-30 20:55:42.000000','system','attendee.attendance','13 attendees','present');
INSERT INTO "audit_log" VALUES(294,'2026-11-30 20:55:42.000000','system','attendee.attendance','1 attendees','absent');
INSERT INTO "audit_log" VALUES(295,'2026-11-30 20:55:42.000000','system','attendee.attendance','1 attendees','late');
INSERT INTO "audit_log" VALUES(296,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:61','56');
INSERT INTO "audit_log" VALUES(297,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:62','56');
INSERT INTO "audit_log" VALUES(298,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:65','56');
INSERT INTO "audit_log" VALUES(299,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:87','56');
INSERT INTO "audit_log" VALUES(300,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:88','56');
INSERT INTO "audit_log" VALUES(301,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:61','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội ');
INSERT INTO "audit_log" VALUES(302,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:62','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo c');
INSERT INTO "audit_log" VALUES(303,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:63','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến');
INSERT INTO "audit_log" VALUES(304,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:64','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không');
INSERT INTO "audit_log" VALUES(305,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:65','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo lu');
INSERT INTO "audit_log" VALUES(306,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:66','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)');
INSERT INTO "audit_log" VALUES(307,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:67','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn');
INSERT INTO "audit_log" VALUES(308,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:68','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh');
INSERT INTO "audit_log" VALUES(309,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:69','Phối hợp kiểm tra công tác an ninh, bảo vệ');
INSERT INTO "audit_log" VALUES(310,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:70','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục');
INSERT INTO "audit_log" VALUES(311,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:71','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầ');
INSERT INTO "audit_log" VALUES(312,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:72','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)');
INSERT INTO "audit_log" VALUES(313,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:73','Kiểm tra tài liệu đã phát hành');
INSERT INTO "audit_log" VALUES(314,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:74','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu');
INSERT INTO "audit_log" VALUES(315,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:75','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu');
INSERT INTO "audit_log" VALUES(316,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:76','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định');
INSERT INTO "audit_log" VALUES(317,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:77','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết');
INSERT INTO "audit_log" VALUES(318,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:78','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)');
INSERT INTO "audit_log" VALUES(319,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:79','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng');
INSERT INTO "audit_log" VALUES(320,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:80','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị');
INSERT INTO "audit_log" VALUES(321,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:81','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi đư');
INSERT INTO "audit_log" VALUES(322,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:82','Trực hệ thống âm thanh trong suốt thời gian hội nghị');
INSERT INTO "audit_log" VALUES(323,'2026-11-30 20:55:42.000000','demo','checklist.tick','checklist_item:83','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)');
INSERT INTO "audit_log" VALUES(324,'2026-11-30 20:55:42.000000','system','document.add','meeting:3','Tờ trình về công tác cán bộ');
INSERT INTO "audit_log" VALUES(325,'2026-11-30 20:55:42.000000','system','document.add','meeting:3','Dự thảo Kế hoạch tổ chức Đại hội Đảng bộ các cấp');
INSERT INTO "audit_log" VALUES(326,'2026-11-30 20:55:42.000000','system','document.give','document:1','14 bản');
INSERT INTO "audit_log" VALUES(327,'2026-11-30 20:55:42.000000','system','document.return','document_copy:1','');
INSERT INTO "audit_log" VALUES(328,'2026-11-30 20:55:42.000000','system','document.return','document_copy:2','');
INSERT INTO "audit_log" VALUES(329,'2026-11-30 20:55:42.000000','system','document.return','document_copy:3','');
INSERT INTO "audit_log" VALUES(330,'2026-11-30 20:55:42.000000','system','document.return','document_copy:4','');
INSERT INTO "audit_log" VALUES(331,'2026-11-30 20:55:42.000000','system','document.return','document_copy:5','');
INSERT INTO "audit_log" VALUES(332,'2026-11-30 20:55:42.000000','system','document.return','document_copy:6','');
INSERT INTO "audit_log" VALUES(333,'2026-11-30 20:55:42.000000','system','document.return','document_copy:7','');
INSERT INTO "audit_log" VALUES(334,'2026-11-30 20:55:42.000000','system','document.return','document_copy:8','');
INSERT INTO "audit_log" VALUES(335,'2026-11-30 20:55:42.000000','system','document.return','document_copy:9','');
INSERT INTO "audit_log" VALUES(336,'2026-11-30 20:55:42.000000','system','document.return','document_copy:10','');
INSERT INTO "audit_log" VALUES(337,'2026-11-30 20:55:42.000000','system','document.return','document_copy:11','');
INSERT INTO "audit_log" VALUES(338,'2026-11-30 20:55:42.000000','system','meeting.create','meeting','Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng)');
INSERT INTO "audit_log" VALUES(339,'2026-11-30 20:55:42.000000','system','attendee.add','meeting:4','28 người');
INSERT INTO "audit_log" VALUES(340,'2026-11-30 20:55:42.000000','system','attendee.add_guest','meeting:4','Trần Quốc Việt');
INSERT INTO "audit_log" VALUES(341,'2026-11-30 20:55:42.000000','system','attendee.add_guest','meeting:4','Lê Thị Kim Oanh');
INSERT INTO "audit_log" VALUES(342,'2026-11-30 20:55:42.000000','system','event.update','event:10','Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng)');
INSERT INTO "audit_log" VALUES(343,'2026-11-30 20:55:42.000000','system','attendee.absence_notice','attendee:59','Học lớp bồi dưỡng cán bộ lãnh đạo');
INSERT INTO "audit_log" VALUES(344,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:91','56');
INSERT INTO "audit_log" VALUES(345,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:92','56');
INSERT INTO "audit_log" VALUES(346,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:95','56');
INSERT INTO "audit_log" VALUES(347,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:117','56');
INSERT INTO "audit_log" VALUES(348,'2026-11-30 20:55:42.000000','system','checklist.assign','checklist_item:118','56');
INSERT INTO "audit_log" VALUES(349,'2026-11-30 20:55:42.000000','system','document.add','meeting:4','Báo cáo tình hình kinh tế – xã hội quý I');
INSERT INTO "audit_log" VALUES(350,'2026-11-30 20:55:42.000000','system','event.create','event','Thường trực Tỉnh ủy tiếp Đoàn đại biểu tỉnh Champasak (Lào)');
INSERT INTO "audit_log" VALUES(351,'2026-11-30 20:55:42.000000','system','meeting.create','meeting','Thường trực Tỉnh ủy tiếp Đoàn đại biểu tỉnh Champasak (Lào)');
INSERT INTO "audit_log" VALUES(352,'2026-11-30 20:55:42.000000','system','event.update','event:80','Thường trực Tỉnh ủy tiếp Đoàn đại biểu tỉnh Champasak (Lào)');
INSERT INTO "audit_log" VALUES(353,'2026-11-30 20:55:42.000000','system','attendee.add','meeting:5','2 người');
INSERT INTO "audit_log" VALUES(354,'2026-11-30 20:55:42.000000','system','attendee.add_guest','meeting:5','Khamphanh Phommathat');
INSERT INTO "audit_log" VALUES(355,'2026-11-30 20:55:42.000000','system','event.update','event:80','Thường trực Tỉnh ủy tiếp Đoàn đại biểu tỉnh Champasak (Lào)');
INSERT INTO "audit_log" VALUES(356,'2026-11-30 20:55:42.000000','system','attendee.add','meeting:5','1 người');
INSERT INTO "audit_log" VALUES(357,'2026-11-30 20:55:42.000000','system','leave.submit','person:56','Nghỉ phép năm 2026-12-03–2026-12-03 (0,5)');
INSERT INTO "audit_log" VALUES(358,'2026-11-30 20:55:43.000000','system','leave.submit','person:49','Nghỉ phép năm 2026-12-08–2026-12-09 (2)');
INSERT INTO "audit_log" VALUES(359,'2026-11-30 20:55:43.000000','system','leave.submit','person:50','Nghỉ phép năm 2026-12-15–2026-12-15 (1)');
INSERT INTO "audit_log" VALUES(360,'2026-11-30 20:55:43.000000','system','leave.submit','person:16','Nghỉ phép năm 2026-12-09–2026-12-09 (1)');
INSERT INTO "audit_log" VALUES(361,'2026-11-30 20:55:43.000000','system','leave.submit','person:60','Nghỉ việc riêng: bản thân kết hôn 2026-12-14–2026-12-16 (3)');
INSERT INTO "audit_log" VALUES(362,'2026-11-30 20:55:43.000000','system','leave.approve','leave_request:92','Đồng ý');
INSERT INTO "audit_log" VALUES(363,'2026-11-30 20:55:43.000000','system','leave.submit','person:51','Nghỉ phép năm 2026-12-21–2026-12-23 (3)');
INSERT INTO "audit_log" VALUES(364,'2026-11-30 20:55:43.000000','phochanhvp','leave.approve','leave_request:93','Đồng ý');
INSERT INTO "audit_log" VALUES(365,'2026-11-30 20:55:43.000000','system','leave.submit','person:70','Nghỉ phép năm 2026-12-07–2026-12-10 (4)');
INSERT INTO "audit_log" VALUES(366,'2026-11-30 20:55:43.000000','system','leave.reject','leave_request:94','Trùng thời gian chuẩn bị Hội nghị Ban Chấp hành; đề nghị bố trí lùi lại.');
INSERT INTO "audit_log" VALUES(367,'2026-11-30 20:55:43.000000','system','leave.submit','person:62','Nghỉ phép năm 2026-12-25–2026-12-28 (2)');
INSERT INTO "audit_log" VALUES(368,'2026-11-30 20:55:43.000000','system','leave.cancel','leave_request:95','Thay đổi kế hoạch gia đình');
INSERT INTO "audit_log" VALUES(369,'2026-11-30 20:55:43.000000','system','leave.submit','person:69','Nghỉ phép năm 2026-11-27–2026-12-01 (3)');
INSERT INTO "audit_log" VALUES(370,'2026-11-30 20:55:43.000000','system','leave.approve','leave_request:96','Đồng ý');
INSERT INTO "audit_log" VALUES(371,'2026-11-30 20:55:43.000000','chanhvp','leave.approve','leave_request:96','Đồng ý');
INSERT INTO "audit_log" VALUES(372,'2026-11-30 20:55:43.000000','vanthu','leave.emergency','person:59','Đồng ý qua điện thoại: Lê Quang Sơn, 07:20 27/11/2026');
INSERT INTO "audit_log" VALUES(373,'2026-11-30 20:55:43.000000','vanthu','leave.phone_approval','leave_request:97','Đồng ý qua điện thoại: Phạm Mỹ Linh, 07:45 27/11/2026');
INSERT INTO "audit_log" VALUES(374,'2026-11-30 20:55:43.000000','system','roster.create','duty_roster','Lịch trực Tết Nguyên Đán Bính Ngọ 2026');
INSERT INTO "audit_log" VALUES(375,'2026-11-30 20:55:43.000000','system','roster.generate','duty_roster:1','31 người');
INSERT INTO "audit_log" VALUES(376,'2026-11-30 20:55:43.000000','system','roster.create','duty_roster','Lịch trực Tết Dương lịch 2027');
INSERT INTO "audit_log" VALUES(377,'2026-11-30 20:55:43.000000','system','roster.generate','duty_roster:2','31 người');
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
INSERT INTO "checklist_item" VALUES(1,1,31,0,'tong_hop','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị','working_days_before',4,'2026-09-29 17:00:00.000000',46,'2026-09-29 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(2,1,32,1,'tong_hop','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo cáo, tờ trình, gợi ý thảo luận','working_days_before',3,'2026-09-30 17:00:00.000000',46,'2026-09-30 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(3,1,49,18,'tai_chinh_quan_tri','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến','working_days_before',3,'2026-09-30 17:00:00.000000',67,'2026-09-30 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(4,1,38,7,'hanh_chinh','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi qua thư điện tử)','working_days_before',2,'2026-10-01 17:00:00.000000',57,'2026-10-01 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(5,1,33,2,'tong_hop','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)','working_days_before',1,'2026-10-02 17:00:00.000000',46,'2026-10-02 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(6,1,39,8,'hanh_chinh','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)','working_days_before',1,'2026-10-02 17:00:00.000000',57,'2026-10-02 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(7,1,40,9,'hanh_chinh','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu','working_days_before',1,'2026-10-02 17:00:00.000000',57,'2026-10-02 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(8,1,50,19,'tai_chinh_quan_tri','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh','working_days_before',1,'2026-10-02 17:00:00.000000',67,'2026-10-02 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(9,1,51,20,'tai_chinh_quan_tri','Phối hợp kiểm tra công tác an ninh, bảo vệ','working_days_before',1,'2026-10-02 17:00:00.000000',67,'2026-10-02 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(10,1,52,21,'tai_chinh_quan_tri','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục','working_days_before',1,'2026-10-02 17:00:00.000000',67,'2026-10-02 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(11,1,53,22,'tai_chinh_quan_tri','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu','working_days_before',1,'2026-10-02 17:00:00.000000',67,'2026-10-02 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(12,1,54,23,'tai_chinh_quan_tri','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)','working_days_before',1,'2026-10-02 17:00:00.000000',67,'2026-10-02 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(13,1,41,10,'hanh_chinh','Kiểm tra tài liệu đã phát hành','minutes_before',60,'2026-10-05 07:00:00.000000',57,'2026-10-05 05:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(14,1,55,24,'tai_chinh_quan_tri','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu','minutes_before',60,'2026-10-05 07:00:00.000000',67,'2026-10-05 05:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(15,1,42,11,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu','minutes_before',30,'2026-10-05 07:30:00.000000',57,'2026-10-05 05:30:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(16,1,56,25,'tai_chinh_quan_tri','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định','minutes_before',30,'2026-10-05 07:30:00.000000',67,'2026-10-05 05:30:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(17,1,34,3,'tong_hop','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết','at_start',0,'2026-10-05 08:00:00.000000',46,'2026-10-05 06:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(18,1,35,4,'tong_hop','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)','at_start',0,'2026-10-05 08:00:00.000000',46,'2026-10-05 06:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(19,1,43,12,'hanh_chinh','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng','at_start',0,'2026-10-05 08:00:00.000000',57,'2026-10-05 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(20,1,44,13,'hanh_chinh','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị','at_start',0,'2026-10-05 08:00:00.000000',57,'2026-10-05 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(21,1,45,14,'hanh_chinh','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được cho phép)','at_start',0,'2026-10-05 08:00:00.000000',57,'2026-10-05 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(22,1,57,26,'tai_chinh_quan_tri','Trực hệ thống âm thanh trong suốt thời gian hội nghị','at_start',0,'2026-10-05 08:00:00.000000',67,'2026-10-05 06:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(23,1,58,27,'tai_chinh_quan_tri','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)','at_start',0,'2026-10-05 08:00:00.000000',67,'2026-10-05 06:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(24,1,59,28,'tai_chinh_quan_tri','Phục vụ ăn nhẹ giữa giờ','at_start',0,'2026-10-05 08:00:00.000000',67,'2026-10-05 06:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(25,1,46,15,'hanh_chinh','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị nếu có chỉ định) và xử lý tài liệu thu hồi','working_days_after',1,'2026-10-06 17:00:00.000000',57,'2026-10-06 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(26,1,60,29,'tai_chinh_quan_tri','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị','working_days_after',5,'2026-10-12 17:00:00.000000',67,'2026-10-12 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(27,1,36,5,'tong_hop','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)','working_days_after',7,'2026-10-14 17:00:00.000000',46,'2026-10-14 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(28,1,37,6,'tong_hop','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành','working_days_after',10,'2026-10-19 17:00:00.000000',46,'2026-10-19 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(29,1,47,16,'hanh_chinh','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)','working_days_after',12,'2026-10-21 17:00:00.000000',57,'2026-10-21 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(30,1,48,17,'hanh_chinh','Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ','working_days_after',20,'2026-11-02 17:00:00.000000',57,'2026-11-02 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(31,2,31,0,'tong_hop','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị','working_days_before',4,'2026-10-27 17:00:00.000000',46,'2026-10-27 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(32,2,32,1,'tong_hop','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo cáo, tờ trình, gợi ý thảo luận','working_days_before',3,'2026-10-28 17:00:00.000000',46,'2026-10-28 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(33,2,49,18,'tai_chinh_quan_tri','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến','working_days_before',3,'2026-10-28 17:00:00.000000',67,'2026-10-28 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(34,2,38,7,'hanh_chinh','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi qua thư điện tử)','working_days_before',2,'2026-10-29 17:00:00.000000',57,'2026-10-29 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(35,2,33,2,'tong_hop','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)','working_days_before',1,'2026-10-30 17:00:00.000000',46,'2026-10-30 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(36,2,39,8,'hanh_chinh','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)','working_days_before',1,'2026-10-30 17:00:00.000000',57,'2026-10-30 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(37,2,40,9,'hanh_chinh','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu','working_days_before',1,'2026-10-30 17:00:00.000000',57,'2026-10-30 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(38,2,50,19,'tai_chinh_quan_tri','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh','working_days_before',1,'2026-10-30 17:00:00.000000',67,'2026-10-30 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(39,2,51,20,'tai_chinh_quan_tri','Phối hợp kiểm tra công tác an ninh, bảo vệ','working_days_before',1,'2026-10-30 17:00:00.000000',67,'2026-10-30 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(40,2,52,21,'tai_chinh_quan_tri','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục','working_days_before',1,'2026-10-30 17:00:00.000000',67,'2026-10-30 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(41,2,53,22,'tai_chinh_quan_tri','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu','working_days_before',1,'2026-10-30 17:00:00.000000',67,'2026-10-30 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(42,2,54,23,'tai_chinh_quan_tri','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)','working_days_before',1,'2026-10-30 17:00:00.000000',67,'2026-10-30 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(43,2,41,10,'hanh_chinh','Kiểm tra tài liệu đã phát hành','minutes_before',60,'2026-11-02 07:00:00.000000',57,'2026-11-02 05:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(44,2,55,24,'tai_chinh_quan_tri','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu','minutes_before',60,'2026-11-02 07:00:00.000000',67,'2026-11-02 05:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(45,2,42,11,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu','minutes_before',30,'2026-11-02 07:30:00.000000',57,'2026-11-02 05:30:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(46,2,56,25,'tai_chinh_quan_tri','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định','minutes_before',30,'2026-11-02 07:30:00.000000',67,'2026-11-02 05:30:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(47,2,34,3,'tong_hop','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết','at_start',0,'2026-11-02 08:00:00.000000',46,'2026-11-02 06:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(48,2,35,4,'tong_hop','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)','at_start',0,'2026-11-02 08:00:00.000000',46,'2026-11-02 06:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(49,2,43,12,'hanh_chinh','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng','at_start',0,'2026-11-02 08:00:00.000000',57,'2026-11-02 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(50,2,44,13,'hanh_chinh','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị','at_start',0,'2026-11-02 08:00:00.000000',57,'2026-11-02 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(51,2,45,14,'hanh_chinh','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được cho phép)','at_start',0,'2026-11-02 08:00:00.000000',57,'2026-11-02 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(52,2,57,26,'tai_chinh_quan_tri','Trực hệ thống âm thanh trong suốt thời gian hội nghị','at_start',0,'2026-11-02 08:00:00.000000',67,'2026-11-02 06:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(53,2,58,27,'tai_chinh_quan_tri','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)','at_start',0,'2026-11-02 08:00:00.000000',67,'2026-11-02 06:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(54,2,59,28,'tai_chinh_quan_tri','Phục vụ ăn nhẹ giữa giờ','at_start',0,'2026-11-02 08:00:00.000000',67,'2026-11-02 06:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(55,2,46,15,'hanh_chinh','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị nếu có chỉ định) và xử lý tài liệu thu hồi','working_days_after',1,'2026-11-03 17:00:00.000000',57,'2026-11-03 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(56,2,60,29,'tai_chinh_quan_tri','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị','working_days_after',5,'2026-11-09 17:00:00.000000',67,'2026-11-09 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(57,2,36,5,'tong_hop','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)','working_days_after',7,'2026-11-11 17:00:00.000000',46,'2026-11-11 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(58,2,37,6,'tong_hop','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành','working_days_after',10,'2026-11-16 17:00:00.000000',46,'2026-11-16 15:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(59,2,47,16,'hanh_chinh','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)','working_days_after',12,'2026-11-18 17:00:00.000000',57,'2026-11-18 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(60,2,48,17,'hanh_chinh','Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ','working_days_after',20,'2026-12-01 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(61,3,31,0,'tong_hop','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị','working_days_before',4,'2026-11-23 17:00:00.000000',56,'2026-11-23 15:00:00.000000','Huỳnh Thị Hạnh',NULL,'');
INSERT INTO "checklist_item" VALUES(62,3,32,1,'tong_hop','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo cáo, tờ trình, gợi ý thảo luận','working_days_before',3,'2026-11-25 17:00:00.000000',56,'2026-11-25 15:00:00.000000','Huỳnh Thị Hạnh',NULL,'');
INSERT INTO "checklist_item" VALUES(63,3,49,18,'tai_chinh_quan_tri','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến','working_days_before',3,'2026-11-25 17:00:00.000000',67,'2026-11-25 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(64,3,38,7,'hanh_chinh','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi qua thư điện tử)','working_days_before',2,'2026-11-26 17:00:00.000000',57,'2026-11-26 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(65,3,33,2,'tong_hop','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)','working_days_before',1,'2026-11-27 17:00:00.000000',56,'2026-11-27 15:00:00.000000','Huỳnh Thị Hạnh',NULL,'');
INSERT INTO "checklist_item" VALUES(66,3,39,8,'hanh_chinh','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)','working_days_before',1,'2026-11-27 17:00:00.000000',57,'2026-11-27 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(67,3,40,9,'hanh_chinh','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu','working_days_before',1,'2026-11-27 17:00:00.000000',57,'2026-11-27 15:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(68,3,50,19,'tai_chinh_quan_tri','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh','working_days_before',1,'2026-11-27 17:00:00.000000',67,'2026-11-27 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(69,3,51,20,'tai_chinh_quan_tri','Phối hợp kiểm tra công tác an ninh, bảo vệ','working_days_before',1,'2026-11-27 17:00:00.000000',67,'2026-11-27 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(70,3,52,21,'tai_chinh_quan_tri','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục','working_days_before',1,'2026-11-27 17:00:00.000000',67,'2026-11-27 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(71,3,53,22,'tai_chinh_quan_tri','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu','working_days_before',1,'2026-11-27 17:00:00.000000',67,'2026-11-27 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(72,3,54,23,'tai_chinh_quan_tri','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)','working_days_before',1,'2026-11-27 17:00:00.000000',67,'2026-11-27 15:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(73,3,41,10,'hanh_chinh','Kiểm tra tài liệu đã phát hành','minutes_before',60,'2026-11-30 07:00:00.000000',57,'2026-11-30 05:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(74,3,55,24,'tai_chinh_quan_tri','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu','minutes_before',60,'2026-11-30 07:00:00.000000',67,'2026-11-30 05:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(75,3,42,11,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu','minutes_before',30,'2026-11-30 07:30:00.000000',57,'2026-11-30 05:30:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(76,3,56,25,'tai_chinh_quan_tri','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định','minutes_before',30,'2026-11-30 07:30:00.000000',67,'2026-11-30 05:30:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(77,3,34,3,'tong_hop','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết','at_start',0,'2026-11-30 08:00:00.000000',46,'2026-11-30 06:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(78,3,35,4,'tong_hop','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)','at_start',0,'2026-11-30 08:00:00.000000',46,'2026-11-30 06:00:00.000000','Nguyễn Thu Nhung',NULL,'');
INSERT INTO "checklist_item" VALUES(79,3,43,12,'hanh_chinh','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng','at_start',0,'2026-11-30 08:00:00.000000',57,'2026-11-30 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(80,3,44,13,'hanh_chinh','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị','at_start',0,'2026-11-30 08:00:00.000000',57,'2026-11-30 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(81,3,45,14,'hanh_chinh','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được cho phép)','at_start',0,'2026-11-30 08:00:00.000000',57,'2026-11-30 06:00:00.000000','Đỗ Thành Hải',NULL,'');
INSERT INTO "checklist_item" VALUES(82,3,57,26,'tai_chinh_quan_tri','Trực hệ thống âm thanh trong suốt thời gian hội nghị','at_start',0,'2026-11-30 08:00:00.000000',67,'2026-11-30 06:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(83,3,58,27,'tai_chinh_quan_tri','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)','at_start',0,'2026-11-30 08:00:00.000000',67,'2026-11-30 06:00:00.000000','Hoàng Kim Hoa',NULL,'');
INSERT INTO "checklist_item" VALUES(84,3,59,28,'tai_chinh_quan_tri','Phục vụ ăn nhẹ giữa giờ','at_start',0,'2026-11-30 08:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(85,3,46,15,'hanh_chinh','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị nếu có chỉ định) và xử lý tài liệu thu hồi','working_days_after',1,'2026-12-01 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(86,3,60,29,'tai_chinh_quan_tri','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị','working_days_after',5,'2026-12-07 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(87,3,36,5,'tong_hop','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)','working_days_after',7,'2026-12-09 17:00:00.000000',56,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(88,3,37,6,'tong_hop','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành','working_days_after',10,'2026-12-14 17:00:00.000000',56,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(89,3,47,16,'hanh_chinh','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)','working_days_after',12,'2026-12-16 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(90,3,48,17,'hanh_chinh','Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ','working_days_after',20,'2026-12-28 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(91,4,1,0,'tong_hop','Theo dõi, đôn đốc các cơ quan, đơn vị chuẩn bị tài liệu; thẩm định tài liệu hội nghị','working_days_before',7,'2026-12-01 17:00:00.000000',56,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(92,4,2,1,'tong_hop','Tham mưu giấy mời, chương trình, bài phát biểu khai mạc, dự thảo kết luận, báo cáo, tờ trình, gợi ý thảo luận','working_days_before',6,'2026-12-02 17:00:00.000000',56,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(93,4,8,7,'hanh_chinh','Gửi giấy mời, chương trình và tài liệu hội nghị đến đại biểu (tài liệu mật không gửi qua thư điện tử)','working_days_before',5,'2026-12-03 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(94,4,19,18,'tai_chinh_quan_tri','Đề xuất maket phòng hội nghị trình lãnh đạo Văn phòng cho ý kiến','working_days_before',3,'2026-12-07 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(95,4,3,2,'tong_hop','Phân công công chức ghi biên bản hội nghị bằng hình thức đánh máy (kể cả thảo luận tổ)','working_days_before',1,'2026-12-09 17:00:00.000000',56,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(96,4,9,8,'hanh_chinh','Hình thành tài liệu phục vụ chủ trì hội nghị (phối hợp Phòng Tổng hợp)','working_days_before',1,'2026-12-09 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(97,4,10,9,'hanh_chinh','Phối hợp kỹ thuật VNPT kiểm tra đường truyền hội nghị trực tuyến; máy chiếu, màn chiếu','working_days_before',1,'2026-12-09 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(98,4,20,19,'tai_chinh_quan_tri','Kiểm tra hệ thống điện, nước, điều hòa, ánh sáng, âm thanh','working_days_before',1,'2026-12-09 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(99,4,21,20,'tai_chinh_quan_tri','Phối hợp kiểm tra công tác an ninh, bảo vệ','working_days_before',1,'2026-12-09 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(100,4,22,21,'tai_chinh_quan_tri','Vệ sinh phòng họp và môi trường xung quanh; bố trí bàn, ghế; hoa để bàn, để bục','working_days_before',1,'2026-12-09 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(101,4,23,22,'tai_chinh_quan_tri','Phối hợp VNPT phục vụ hội nghị trực tuyến; hướng dẫn, kiểm tra maket các điểm cầu','working_days_before',1,'2026-12-09 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(102,4,24,23,'tai_chinh_quan_tri','Chuẩn bị nơi ăn, nghỉ và đưa đón cán bộ dự hội nghị (nếu có)','working_days_before',1,'2026-12-09 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(103,4,11,10,'hanh_chinh','Kiểm tra tài liệu đã phát hành','minutes_before',60,'2026-12-10 06:30:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(104,4,25,24,'tai_chinh_quan_tri','Đối chiếu thành phần hội nghị để đặt biển tên đại biểu','minutes_before',60,'2026-12-10 06:30:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(105,4,12,11,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp đại biểu','minutes_before',30,'2026-12-10 07:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(106,4,26,25,'tai_chinh_quan_tri','Hướng dẫn, bố trí xe ô tô, xe máy của đại biểu đúng nơi quy định','minutes_before',30,'2026-12-10 07:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(107,4,4,3,'tong_hop','Tổng hợp ý kiến thảo luận tại tổ; dự kiến những vấn đề cần biểu quyết','at_start',0,'2026-12-10 07:30:00.000000',46,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(108,4,5,4,'tong_hop','Ghi âm theo yêu cầu của lãnh đạo Văn phòng (nếu có)','at_start',0,'2026-12-10 07:30:00.000000',46,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(109,4,13,12,'hanh_chinh','Thống kê đại biểu có mặt, vắng mặt, lý do vắng mặt; báo cáo Chánh Văn phòng','at_start',0,'2026-12-10 07:30:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(110,4,14,13,'hanh_chinh','Phục vụ yêu cầu khai thác tài liệu trong thời gian diễn ra hội nghị','at_start',0,'2026-12-10 07:30:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(111,4,15,14,'hanh_chinh','Phân công chuyên viên công nghệ thông tin hỗ trợ đại biểu; chụp hình ảnh (khi được cho phép)','at_start',0,'2026-12-10 07:30:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(112,4,27,26,'tai_chinh_quan_tri','Trực hệ thống âm thanh trong suốt thời gian hội nghị','at_start',0,'2026-12-10 07:30:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(113,4,28,27,'tai_chinh_quan_tri','Bảo vệ sức khỏe cán bộ (khi có yêu cầu)','at_start',0,'2026-12-10 07:30:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(114,4,29,28,'tai_chinh_quan_tri','Phục vụ ăn nhẹ giữa giờ','at_start',0,'2026-12-10 07:30:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(115,4,16,15,'hanh_chinh','Thu hồi tài liệu theo quy định (trong hội nghị theo chỉ đạo của chủ trì; sau hội nghị nếu có chỉ định) và xử lý tài liệu thu hồi','working_days_after',1,'2026-12-14 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(116,4,30,29,'tai_chinh_quan_tri','Chi, thanh toán chế độ cho đại biểu và phục vụ hội nghị','working_days_after',5,'2026-12-18 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(117,4,6,5,'tong_hop','Hoàn thành biên bản hội nghị (chuyển văn thư in, trình ký)','working_days_after',7,'2026-12-22 17:00:00.000000',56,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(118,4,7,6,'tong_hop','Hoàn thiện văn bản sau hội nghị: đôn đốc tiếp thu, thẩm định, trình ký ban hành','working_days_after',10,'2026-12-25 17:00:00.000000',56,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(119,4,17,16,'hanh_chinh','Rà soát, phát hành văn bản sau hội nghị (văn bản Mật theo quy định bảo vệ bí mật)','working_days_after',12,'2026-12-29 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(120,4,18,17,'hanh_chinh','Lập hồ sơ hội nghị đầy đủ, hoàn chỉnh, nộp lưu vào lưu trữ','working_days_after',20,'2027-01-11 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(121,5,91,0,'tong_hop','Tham mưu giấy mời, thành phần tham dự tiếp khách, làm việc','working_days_before',2,'2026-12-02 17:00:00.000000',46,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(122,5,96,5,'tai_chinh_quan_tri','Xây dựng kế hoạch đón tiếp khách chi tiết, phân công công chức phục vụ','working_days_before',2,'2026-12-02 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(123,5,92,1,'tong_hop','Chuẩn bị nội dung tài liệu làm việc (khi có yêu cầu)','working_days_before',1,'2026-12-03 17:00:00.000000',46,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(124,5,93,2,'hanh_chinh','Gửi giấy mời và tài liệu đến đại biểu dự làm việc','working_days_before',1,'2026-12-03 17:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(125,5,97,6,'tai_chinh_quan_tri','Bố trí xe đưa đón, ăn nghỉ, tham quan cho khách (khi có yêu cầu)','working_days_before',1,'2026-12-03 17:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(126,5,94,3,'hanh_chinh','Phối hợp Phòng Tài chính – Quản trị lễ tân, đón tiếp khách','minutes_before',30,'2026-12-04 09:00:00.000000',57,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(127,5,98,7,'tai_chinh_quan_tri','Chuẩn bị phòng làm việc, khánh tiết','minutes_before',30,'2026-12-04 09:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(128,5,99,8,'tai_chinh_quan_tri','Bố trí cờ các nước theo quy định (đoàn khách nước ngoài)','minutes_before',30,'2026-12-04 09:00:00.000000',67,NULL,'',NULL,'');
INSERT INTO "checklist_item" VALUES(129,5,95,4,'hanh_chinh','Phân công chuyên viên công nghệ thông tin quay phim, chụp hình làm tư liệu','at_start',0,'2026-12-04 09:30:00.000000',57,NULL,'',NULL,'');
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
INSERT INTO "delegation" VALUES(1,17,16,'2026-11-29','2026-12-02','Điều hành Phòng Tài chính – Quản trị','Đi công tác Hà Nội');
INSERT INTO "delegation" VALUES(2,57,58,'2026-11-30','2026-12-04','Ký thay văn bản hành chính','Học lớp bồi dưỡng');
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
INSERT INTO "document" VALUES(1,3,1,'Tờ trình về công tác cán bộ',1,15,1,'');
INSERT INTO "document" VALUES(2,3,2,'Dự thảo Kế hoạch tổ chức Đại hội Đảng bộ các cấp',0,20,0,'');
INSERT INTO "document" VALUES(3,4,1,'Báo cáo tình hình kinh tế – xã hội quý I',0,54,0,'');
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
INSERT INTO "document_copy" VALUES(1,1,31,1,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(2,1,32,2,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(3,1,33,3,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(4,1,42,4,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(5,1,35,5,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(6,1,37,6,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(7,1,41,7,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(8,1,43,8,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(9,1,34,9,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(10,1,38,10,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(11,1,40,11,'2026-11-30 07:45:00.000000','2026-11-30 11:30:00.000000');
INSERT INTO "document_copy" VALUES(12,1,39,12,'2026-11-30 07:45:00.000000',NULL);
INSERT INTO "document_copy" VALUES(13,1,44,13,'2026-11-30 07:45:00.000000',NULL);
INSERT INTO "document_copy" VALUES(14,1,45,14,'2026-11-30 07:45:00.000000',NULL);
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
INSERT INTO "duty_assignment" VALUES(1,1,'2026-02-14',57,0,'');
INSERT INTO "duty_assignment" VALUES(2,1,'2026-02-14',58,0,'');
INSERT INTO "duty_assignment" VALUES(3,1,'2026-02-15',59,0,'');
INSERT INTO "duty_assignment" VALUES(4,1,'2026-02-15',60,0,'');
INSERT INTO "duty_assignment" VALUES(5,1,'2026-02-16',61,0,'');
INSERT INTO "duty_assignment" VALUES(6,1,'2026-02-16',62,0,'');
INSERT INTO "duty_assignment" VALUES(7,1,'2026-02-17',63,0,'');
INSERT INTO "duty_assignment" VALUES(8,1,'2026-02-17',64,0,'');
INSERT INTO "duty_assignment" VALUES(9,1,'2026-02-18',65,0,'');
INSERT INTO "duty_assignment" VALUES(10,1,'2026-02-18',66,0,'');
INSERT INTO "duty_assignment" VALUES(11,1,'2026-02-19',46,0,'');
INSERT INTO "duty_assignment" VALUES(12,1,'2026-02-19',47,0,'');
INSERT INTO "duty_assignment" VALUES(13,1,'2026-02-20',48,0,'');
INSERT INTO "duty_assignment" VALUES(14,1,'2026-02-20',49,0,'');
INSERT INTO "duty_assignment" VALUES(15,1,'2026-02-21',50,0,'');
INSERT INTO "duty_assignment" VALUES(16,1,'2026-02-21',51,0,'');
INSERT INTO "duty_assignment" VALUES(17,1,'2026-02-22',52,0,'');
INSERT INTO "duty_assignment" VALUES(18,1,'2026-02-22',53,0,'');
INSERT INTO "duty_assignment" VALUES(19,2,'2027-01-01',57,0,'');
INSERT INTO "duty_assignment" VALUES(20,2,'2027-01-01',58,0,'');
INSERT INTO "duty_assignment" VALUES(21,2,'2027-01-02',59,0,'');
INSERT INTO "duty_assignment" VALUES(22,2,'2027-01-02',60,0,'');
INSERT INTO "duty_assignment" VALUES(23,2,'2027-01-03',61,0,'');
INSERT INTO "duty_assignment" VALUES(24,2,'2027-01-03',62,0,'');
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
INSERT INTO "duty_roster" VALUES(1,'Lịch trực Tết Nguyên Đán Bính Ngọ 2026','2026-02-14','2026-02-22',2,'','["2026-02-14", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22"]','[57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76]','system','2026-11-30 20:55:43.000000');
INSERT INTO "duty_roster" VALUES(2,'Lịch trực Tết Dương lịch 2027','2027-01-01','2027-01-03',2,'','["2027-01-01", "2027-01-02", "2027-01-03"]','[57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76]','system','2026-11-30 20:55:43.000000');
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
	CONSTRAINT ck_event_not_own_series CHECK (series_id IS NULL OR series_id <> id), 
	CONSTRAINT ck_event_workday_shift CHECK (workday_shift IN ('', 'next', 'previous')), 
	CONSTRAINT ck_event_kind CHECK (kind IN ('meeting', 'field_visit', 'reception', 'business_trip', 'other')), 
	CONSTRAINT ck_event_exception_series CHECK (recurrence_day IS NULL OR series_id IS NOT NULL), 
	CONSTRAINT ck_event_half_day CHECK (half_day IS NULL OR half_day IN ('morning', 'afternoon')), 
	CONSTRAINT ck_event_status CHECK (status IN ('draft', 'published', 'changed', 'cancelled')), 
	CONSTRAINT ck_event_all_or_half CHECK (NOT (all_day AND half_day IS NOT NULL)), 
	CONSTRAINT ck_event_times CHECK (end_at >= start_at), 
	FOREIGN KEY(series_id) REFERENCES event (id) ON DELETE CASCADE, 
	FOREIGN KEY(preparing_unit_id) REFERENCES unit (id) ON DELETE SET NULL, 
	FOREIGN KEY(chair_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(split_from_id) REFERENCES event (id) ON DELETE SET NULL
);
INSERT INTO "event" VALUES(1,'eee8c570a858489997ca87f5cda1c4d5','Họp Thường trực Tỉnh ủy giao ban công tác tuần','meeting','2026-09-21 08:00:00.000000','2026-09-21 10:30:00.000000',0,NULL,'Phòng họp Thường trực',1,'Các đồng chí Thường trực Tỉnh ủy; Chánh Văn phòng Tỉnh ủy',6,'','','published',1,'FREQ=WEEKLY;BYDAY=MO','["2026-10-05", "2026-11-02", "2026-11-30", "2026-12-28", "2027-01-25", "2027-02-22"]','next',NULL,'seee8c570a8584899',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(2,'4d4a13541124406c83d715eb814ead76','Họp Lãnh đạo Văn phòng nghe báo cáo công tác nửa tháng','meeting','2026-08-31 14:00:00.000000','2026-08-31 16:00:00.000000',0,NULL,'Phòng họp Văn phòng',14,'Lãnh đạo Văn phòng; Trưởng các phòng',6,'','','published',1,'FREQ=MONTHLY;BYMONTHDAY=1,15','[]','next',NULL,'s4d4a13541124406c',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(3,'067d890b9be24735a2a44c0309c49656','Giao ban Văn phòng Tỉnh ủy tháng','meeting','2026-08-25 08:00:00.000000','2026-08-25 11:00:00.000000',0,NULL,'Hội trường Văn phòng',14,'Lãnh đạo Văn phòng; trưởng, phó các phòng và đơn vị',6,'','','published',1,'FREQ=MONTHLY;BYMONTHDAY=25','[]','next',NULL,'s067d890b9be24735',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(4,'b9762163aea74023947531772da24392','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ','meeting','2026-10-05 08:00:00.000000','2026-10-05 11:30:00.000000',0,NULL,'Phòng họp Ban Thường vụ, tầng 3',1,'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu mời theo giấy triệu tập',6,'','','draft',0,'','[]','','2026-10-05 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:42.000000','system','',1);
INSERT INTO "event" VALUES(5,'09426274d4204c8a9613f1f7bdd6d258','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ','meeting','2026-11-02 08:00:00.000000','2026-11-02 11:30:00.000000',0,NULL,'Phòng họp Ban Thường vụ, tầng 3',1,'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu mời theo giấy triệu tập',6,'','','draft',0,'','[]','','2026-11-02 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:42.000000','system','',1);
INSERT INTO "event" VALUES(6,'1c14b3a1e3b744db8e3cade2d56c6357','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ','meeting','2026-11-30 08:00:00.000000','2026-11-30 11:30:00.000000',0,NULL,'Phòng họp Ban Thường vụ, tầng 3',1,'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu mời theo giấy triệu tập',6,'','','changed',0,'','[]','','2026-11-30 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:42.000000','system','',2);
INSERT INTO "event" VALUES(7,'b3ffa2d8fd70486e968ce33dbab6b4c2','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ','meeting','2026-12-28 08:00:00.000000','2026-12-28 11:30:00.000000',0,NULL,'Phòng họp Ban Thường vụ, tầng 3',1,'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu mời theo giấy triệu tập',6,'','','draft',0,'','[]','','2026-12-28 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(8,'a48250a94fc94bc0a32e6ba0cb82f74a','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ','meeting','2027-01-25 08:00:00.000000','2027-01-25 11:30:00.000000',0,NULL,'Phòng họp Ban Thường vụ, tầng 3',1,'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu mời theo giấy triệu tập',6,'','','draft',0,'','[]','','2027-01-25 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(9,'b751ccbdcad2479c9056a4485b526ce0','Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ','meeting','2027-02-22 08:00:00.000000','2027-02-22 11:30:00.000000',0,NULL,'Phòng họp Ban Thường vụ, tầng 3',1,'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu mời theo giấy triệu tập',6,'','','draft',0,'','[]','','2027-02-22 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(10,'fea6cd5fb2ff4cb2850f993eaaebe789','Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng)','meeting','2026-12-10 07:30:00.000000','2026-12-11 17:00:00.000000',0,NULL,'Hội trường Tỉnh ủy',1,'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh; đại biểu mời theo giấy triệu tập',6,'','','draft',0,'','[]','','2026-12-11 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:42.000000','system','',1);
INSERT INTO "event" VALUES(11,'ea14b87fa2a84741ac0972e42c4a4d2b','Đi công tác tại Hà Nội: làm việc với Văn phòng Trung ương Đảng','business_trip','2026-12-01 00:00:00.000000','2026-12-04 00:00:00.000000',1,NULL,'Hà Nội',6,'',8,'','','published',0,'','[]','','2026-12-04 00:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(12,'850549c851c84ce69fe88fd5694ceeef','Họp Ban Chỉ đạo chuyển đổi số tỉnh','meeting','2026-12-02 14:00:00.000000','2026-12-02 16:00:00.000000',0,NULL,'Phòng họp số 2',6,'Thành viên Ban Chỉ đạo',9,'','','published',0,'','[]','','2026-12-02 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(13,'23cfa36fa35e4f5d8260563b853508af','Dự Hội nghị sơ kết công tác dân vận','meeting','2026-12-02 14:00:00.000000','2026-12-02 16:30:00.000000',0,NULL,'Hội trường Tỉnh ủy',2,'Ban Dân vận các huyện, thành ủy',NULL,'Ban Tuyên giáo và Dân vận Tỉnh ủy','','published',0,'','[]','','2026-12-02 16:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(14,'57c54e1203674b828f90d610e9bef147','Tiếp và làm việc với Đoàn giám sát của Ủy ban Kiểm tra Trung ương','reception','2026-12-02 15:30:00.000000','2026-12-02 17:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',2,'',7,'','','published',0,'','[]','','2026-12-02 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(15,'42984f0a4e17492a9ebdc359036d0e65','Dự Lễ ra quân Tháng Thanh niên','meeting','2026-12-06 07:00:00.000000','2026-12-06 09:00:00.000000',0,NULL,'Quảng trường Lâm Viên',3,'Tỉnh đoàn; Văn phòng Tỉnh ủy',NULL,'Tỉnh đoàn Lâm Đồng','','published',0,'','[]','','2026-12-06 09:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(16,'53d712a9aefe4b339c7c15289221a752','Dự Lễ khởi công dự án nhà ở xã hội phường 7','meeting','2026-11-16 09:30:00.000000','2026-11-16 11:30:00.000000',0,NULL,'Phường 7, Đà Lạt',NULL,'Theo giấy mời',NULL,'Ban Nội chính Tỉnh ủy','','draft',0,'','[]','','2026-11-16 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(17,'e36511093b5440e385407b8555e5ccde','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030','meeting','2026-11-16 09:30:00.000000','2026-11-16 11:30:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Ban Nội chính Tỉnh ủy','','draft',0,'','[]','','2026-11-16 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(18,'7a62e1e1d39b4958add2abea14c547be','Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm','field_visit','2026-11-18 13:30:00.000000','2026-11-18 17:00:00.000000',0,'afternoon','Huyện ủy Lạc Dương',7,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-11-18 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(19,'081db516664e4fad92e2ce04549c7adb','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa','field_visit','2026-11-19 07:30:00.000000','2026-11-19 11:30:00.000000',0,'morning','Quảng trường Lâm Viên, Đà Lạt',5,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-11-19 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(20,'dbf113e37dd1404aa662de0e2fb9e083','Họp Tiểu ban Văn kiện Đại hội','meeting','2026-11-18 14:00:00.000000','2026-11-18 16:00:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Sở Nông nghiệp và Môi trường','','draft',0,'','[]','','2026-11-18 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(21,'8b2f53f9dae34235b58a52414859e6fd','Kiểm tra công tác phòng, chống cháy rừng mùa khô','field_visit','2026-11-18 07:30:00.000000','2026-11-18 11:30:00.000000',0,'morning','Huyện Lâm Hà',1,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-11-18 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(22,'d7e2990cc75b4cc5a996d25b0f8fd8c6','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương','reception','2026-11-19 14:00:00.000000','2026-11-19 17:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',5,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','draft',0,'','[]','','2026-11-19 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(23,'4d2d6f07ae4845feb5a95f6ded30a3a6','Tiếp Đoàn công tác Tỉnh ủy Ninh Thuận','reception','2026-11-18 14:00:00.000000','2026-11-18 17:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',3,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','draft',0,'','[]','','2026-11-18 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(24,'06627b3a80e54020ad675a464f8a8df0','Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở','meeting','2026-11-16 14:00:00.000000','2026-11-16 16:00:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Sở Nông nghiệp và Môi trường','','draft',0,'','[]','','2026-11-16 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(25,'b028ab7eec0b4abc9855cf151344d618','Tiếp Đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số','reception','2026-11-27 09:30:00.000000','2026-11-27 11:30:00.000000',0,NULL,'Hội trường Tỉnh ủy',5,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','published',0,'','[]','','2026-11-27 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(26,'70a4bfd74c6d4083a51de00be9267525','Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm','field_visit','2026-11-27 07:30:00.000000','2026-11-27 11:30:00.000000',0,'morning','Huyện ủy Lạc Dương',9,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-11-27 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(27,'6ea2a26e49b54004a55c0d40a614e515','Kiểm tra công tác phòng, chống cháy rừng mùa khô','field_visit','2026-11-23 13:30:00.000000','2026-11-23 17:00:00.000000',0,'afternoon','Huyện Lâm Hà',3,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-11-23 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(28,'4858d883ce684ca1a19ca8eea95e3bbe','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương','reception','2026-11-25 09:00:00.000000','2026-11-25 11:30:00.000000',0,NULL,'Phòng khách Tỉnh ủy',3,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','published',0,'','[]','','2026-11-25 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(29,'8c101283212c4e15aaffd612d2e19331','Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt','meeting','2026-11-23 09:30:00.000000','2026-11-23 11:30:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Ban Nội chính Tỉnh ủy','','published',0,'','[]','','2026-11-23 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(30,'cb1e5a0550934c0aa012a47e050fbbaa','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa','field_visit','2026-11-25 07:30:00.000000','2026-11-25 11:30:00.000000',0,'morning','Quảng trường Lâm Viên, Đà Lạt',1,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-11-25 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(31,'aa820a076b184d5cb901f622490b5991','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030','meeting','2026-11-26 08:30:00.000000','2026-11-26 10:30:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Ban Tổ chức Tỉnh ủy','','published',0,'','[]','','2026-11-26 10:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(32,'3bba3dd640f6451285a0758027288c56','Kiểm tra tiến độ dự án đường cao tốc Tân Phú – Bảo Lộc','field_visit','2026-12-04 13:30:00.000000','2026-12-04 17:00:00.000000',0,'afternoon','Huyện Bảo Lâm',4,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-12-04 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(33,'ed813dfdce374ab188a581994e5644ea','Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm','field_visit','2026-12-03 07:30:00.000000','2026-12-03 11:30:00.000000',0,'morning','Huyện ủy Lạc Dương',3,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-12-03 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(34,'653d3c246e76488b9901867d7d9c141c','Dự Lễ khởi công dự án nhà ở xã hội phường 7','meeting','2026-12-01 09:30:00.000000','2026-12-01 11:30:00.000000',0,NULL,'Phường 7, Đà Lạt',NULL,'Theo giấy mời',NULL,'Ban Nội chính Tỉnh ủy','','published',0,'','[]','','2026-12-01 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(35,'19b3aebb10e74e41a8ea38cfb9993b64','Làm việc với Đảng đoàn HĐND tỉnh về chuẩn bị kỳ họp','meeting','2026-12-02 14:00:00.000000','2026-12-02 16:00:00.000000',0,NULL,'Phòng họp Thường trực',NULL,'Theo giấy mời',NULL,'Sở Nội vụ','','published',0,'','[]','','2026-12-02 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(36,'f6aab40fa5ac497ebcfd37ee1aa22621','Dự Hội nghị tổng kết công tác ngành Nông nghiệp và Phát triển nông thôn','meeting','2026-12-03 14:00:00.000000','2026-12-03 16:00:00.000000',0,NULL,'Trung tâm Hội nghị tỉnh',NULL,'Theo giấy mời',NULL,'Sở Nội vụ','','published',0,'','[]','','2026-12-03 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(37,'20b170914926422fb55585fefbfa4a5e','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa','field_visit','2026-12-04 13:30:00.000000','2026-12-04 17:00:00.000000',0,'afternoon','Quảng trường Lâm Viên, Đà Lạt',7,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-12-04 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(38,'9084dfa14d0a462b9aac6e658a767921','Họp Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh','meeting','2026-12-02 09:30:00.000000','2026-12-02 11:30:00.000000',0,NULL,'Phòng họp Thường trực',NULL,'Theo giấy mời',NULL,'Sở Nông nghiệp và Môi trường','','published',0,'','[]','','2026-12-02 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(39,'c7f5ef6885464fa9b7371f83d53f9740','Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt','meeting','2026-12-02 14:00:00.000000','2026-12-02 16:00:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Ban Nội chính Tỉnh ủy','','published',0,'','[]','','2026-12-02 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(40,'d765c29f31cc431b8cae21949099c736','Tiếp công dân định kỳ của Bí thư Tỉnh ủy','reception','2026-12-01 14:00:00.000000','2026-12-01 17:00:00.000000',0,NULL,'Ban Tiếp công dân tỉnh',2,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','changed',0,'','[]','','2026-12-01 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',2);
INSERT INTO "event" VALUES(41,'cf995909401046f59378a6f2239ba8c0','Tiếp Đại sứ Cộng hòa Pháp tại Việt Nam','reception','2026-12-02 09:00:00.000000','2026-12-02 11:30:00.000000',0,NULL,'Phòng khách Tỉnh ủy',9,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','published',0,'','[]','','2026-12-02 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(42,'ed45b9a777e745bdac58dccf140cbc2f','Khảo sát mô hình sản xuất nông nghiệp ứng dụng công nghệ cao','field_visit','2026-12-03 13:30:00.000000','2026-12-03 17:00:00.000000',0,'afternoon','Huyện Đơn Dương',4,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-12-03 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(43,'c7c87b15111043c3a8d867edbd2860f2','Dự Hội nghị trực tuyến toàn quốc quán triệt nghị quyết của Bộ Chính trị','meeting','2026-12-01 08:00:00.000000','2026-12-01 10:00:00.000000',0,NULL,'Điểm cầu Tỉnh ủy',NULL,'Theo giấy mời',NULL,'Sở Nội vụ','','cancelled',0,'','[]','','2026-12-01 10:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',2);
INSERT INTO "event" VALUES(44,'b656c99b34234fec8bd62662dc4c2613','Tiếp Đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư','reception','2026-12-03 14:00:00.000000','2026-12-03 17:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',2,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','published',0,'','[]','','2026-12-03 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(45,'f6bcb700f61c4261bef168e94a7e30f0','Họp Tiểu ban Văn kiện Đại hội','meeting','2026-12-01 08:30:00.000000','2026-12-01 10:30:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Ban Tổ chức Tỉnh ủy','','published',0,'','[]','','2026-12-01 10:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(46,'f45cf22c11d74f2ba6e5414ce7b04fff','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030','meeting','2026-12-02 14:00:00.000000','2026-12-02 16:00:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Ban Nội chính Tỉnh ủy','','published',0,'','[]','','2026-12-02 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(47,'ab35dc3c20b846d8b4fc36c9a824c563','Họp Hội đồng Thi đua – Khen thưởng tỉnh','meeting','2026-12-02 08:00:00.000000','2026-12-02 10:00:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Sở Nội vụ','','published',0,'','[]','','2026-12-02 10:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(48,'8a8cd46a758241898b016097b1091045','Làm việc với Thành ủy Bảo Lộc về công tác chuẩn bị đại hội','field_visit','2026-12-04 07:30:00.000000','2026-12-04 11:30:00.000000',0,'morning','Thành ủy Bảo Lộc',9,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-12-04 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(49,'ef0869d2b1c544aa8a1cacab01db88ca','Tiếp Đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số','reception','2026-12-02 09:30:00.000000','2026-12-02 11:30:00.000000',0,NULL,'Hội trường Tỉnh ủy',2,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','published',0,'','[]','','2026-12-02 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(50,'bbb549c88b084e1d8ed81985722049e2','Kiểm tra công tác phòng, chống cháy rừng mùa khô','field_visit','2026-12-03 07:30:00.000000','2026-12-03 11:30:00.000000',0,'morning','Huyện Lâm Hà',9,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-12-03 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(51,'62e1f4063a7c4a509c87769ea0a58306','Làm việc với Đảng ủy Khu công nghiệp Lộc Sơn','field_visit','2026-12-03 07:30:00.000000','2026-12-03 11:30:00.000000',0,'morning','Thành phố Bảo Lộc',8,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','published',0,'','[]','','2026-12-03 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(52,'ca32b557e0e8430f8130dadba7f262d1','Tiếp Đoàn cựu chiến binh Trung đoàn 812','reception','2026-12-03 14:00:00.000000','2026-12-03 17:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',8,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','published',0,'','[]','','2026-12-03 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(53,'048f8496ff1d4ade84b0c244df999d51','Tiếp Đoàn công tác Tỉnh ủy Ninh Thuận','reception','2026-12-03 14:00:00.000000','2026-12-03 17:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',7,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','published',0,'','[]','','2026-12-03 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',1);
INSERT INTO "event" VALUES(54,'ff4414406cfb4654a80dab0ed2f59d73','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương','reception','2026-11-30 14:00:00.000000','2026-11-30 17:00:00.000000',0,NULL,'Hội trường lớn Tỉnh ủy',3,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','changed',0,'','[]','','2026-11-30 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',2);
INSERT INTO "event" VALUES(55,'f96263c536fb4c7d9b331c0cf2681717','Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở','meeting','2026-12-08 14:00:00.000000','2026-12-08 16:00:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Sở Nội vụ','','draft',0,'','[]','','2026-12-08 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(56,'4973416a39844a168f5f8d19cc4bf426','Họp Tiểu ban Văn kiện Đại hội','meeting','2026-12-08 09:30:00.000000','2026-12-08 11:30:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Ban Tổ chức Tỉnh ủy','','draft',0,'','[]','','2026-12-08 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(57,'8cf7f9aa13fd4d3faae03e75914554f3','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030','meeting','2026-12-09 09:00:00.000000','2026-12-09 11:00:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Sở Nông nghiệp và Môi trường','','draft',0,'','[]','','2026-12-09 11:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(58,'8f5b133477794767a99543cbcb45bba4','Dự Hội nghị trực tuyến toàn quốc quán triệt nghị quyết của Bộ Chính trị','meeting','2026-12-08 09:30:00.000000','2026-12-08 11:30:00.000000',0,NULL,'Điểm cầu Tỉnh ủy',NULL,'Theo giấy mời',NULL,'Ban Nội chính Tỉnh ủy','','draft',0,'','[]','','2026-12-08 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(59,'cdfb77b45c594da48df7aebaf48d581f','Làm việc với Đảng ủy xã Tà Nung về xây dựng nông thôn mới kiểu mẫu','field_visit','2026-12-07 07:30:00.000000','2026-12-07 11:30:00.000000',0,'morning','Xã Tà Nung, Đà Lạt',7,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-12-07 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(60,'df9fc12548964c35a66866c04e94fc61','Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt','meeting','2026-12-09 09:30:00.000000','2026-12-09 11:30:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Sở Nông nghiệp và Môi trường','','draft',0,'','[]','','2026-12-09 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(61,'1240977d6d3c4f2aac328774ea66b3e1','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030','meeting','2026-12-17 08:30:00.000000','2026-12-17 10:30:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Sở Nội vụ','','draft',0,'','[]','','2026-12-17 10:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(62,'aed2cd6cfea146d0a8d0ebb561b49d9e','Làm việc với Thành ủy Bảo Lộc về công tác chuẩn bị đại hội','field_visit','2026-12-17 13:30:00.000000','2026-12-17 17:00:00.000000',0,'afternoon','Thành ủy Bảo Lộc',8,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-12-17 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(63,'e2413f77cc4a43fb8c44d64d45b1471d','Họp Tiểu ban Văn kiện Đại hội','meeting','2026-12-14 08:00:00.000000','2026-12-14 10:00:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Sở Nông nghiệp và Môi trường','','draft',0,'','[]','','2026-12-14 10:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(64,'a40e0a485fa245298aa287a3691ab8a8','Tiếp Đoàn cựu chiến binh Trung đoàn 812','reception','2026-12-14 09:00:00.000000','2026-12-14 11:30:00.000000',0,NULL,'Phòng khách Tỉnh ủy',4,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','draft',0,'','[]','','2026-12-14 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(65,'9e8fff6f00c542e49de3263046dc5249','Họp Hội đồng Thi đua – Khen thưởng tỉnh','meeting','2026-12-14 14:00:00.000000','2026-12-14 16:00:00.000000',0,NULL,'Phòng họp số 1',NULL,'Theo giấy mời',NULL,'Sở Nông nghiệp và Môi trường','','draft',0,'','[]','','2026-12-14 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(66,'52faee1400714638921f522a3f56bec4','Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở','meeting','2026-12-18 08:00:00.000000','2026-12-18 10:00:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Ban Tổ chức Tỉnh ủy','','draft',0,'','[]','','2026-12-18 10:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(67,'5d60be03009e4be28f96ea3f64467767','Làm việc với Đảng ủy Khu công nghiệp Lộc Sơn','field_visit','2026-12-17 13:30:00.000000','2026-12-17 17:00:00.000000',0,'afternoon','Thành phố Bảo Lộc',2,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-12-17 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(68,'f6a201e655c94b449142e4c629d16ef9','Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương','reception','2026-12-14 14:00:00.000000','2026-12-14 17:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',2,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','draft',0,'','[]','','2026-12-14 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(69,'f203b8ece2404d1a80458a314c066b7f','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa','field_visit','2026-12-15 13:30:00.000000','2026-12-15 17:00:00.000000',0,'afternoon','Quảng trường Lâm Viên, Đà Lạt',9,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-12-15 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(70,'a68047243ee643e8b5605a09bd7ccc9e','Nghe Ủy ban Kiểm tra Tỉnh ủy báo cáo kết quả giám sát chuyên đề','meeting','2026-12-21 08:30:00.000000','2026-12-21 10:30:00.000000',0,NULL,'Phòng họp Thường trực',NULL,'Theo giấy mời',NULL,'Ban Tổ chức Tỉnh ủy','','draft',0,'','[]','','2026-12-21 10:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(71,'a5df74eb90bc4264953267937cfb82a7','Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở','meeting','2026-12-24 09:00:00.000000','2026-12-24 11:00:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Sở Nội vụ','','draft',0,'','[]','','2026-12-24 11:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(72,'4b6b337c91494084960e1de0e08b625f','Tiếp công dân định kỳ của Bí thư Tỉnh ủy','reception','2026-12-23 14:00:00.000000','2026-12-23 17:00:00.000000',0,NULL,'Ban Tiếp công dân tỉnh',4,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','draft',0,'','[]','','2026-12-23 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(73,'9a544805ba7f4c6f814fbe50f17aaa7f','Tiếp Đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư','reception','2026-12-21 14:00:00.000000','2026-12-21 17:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',3,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','draft',0,'','[]','','2026-12-21 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(74,'67935f08f19340e6beb0c68f78b5f01c','Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa','field_visit','2026-12-24 13:30:00.000000','2026-12-24 17:00:00.000000',0,'afternoon','Quảng trường Lâm Viên, Đà Lạt',2,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-12-24 17:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(75,'8809269768364d3e9f249613a4a34297','Tiếp Đoàn cựu chiến binh Trung đoàn 812','reception','2026-12-22 09:00:00.000000','2026-12-22 11:30:00.000000',0,NULL,'Phòng khách Tỉnh ủy',9,'Lãnh đạo Văn phòng; Phòng Hành chính',7,'','','draft',0,'','[]','','2026-12-22 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(76,'6007a758020647e69eb37de96907c727','Khảo sát mô hình sản xuất nông nghiệp ứng dụng công nghệ cao','field_visit','2026-12-23 07:30:00.000000','2026-12-23 11:30:00.000000',0,'morning','Huyện Đơn Dương',3,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-12-23 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(77,'6ff4e59e86734d7c8947e5d402bfee04','Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030','meeting','2026-12-25 08:00:00.000000','2026-12-25 10:00:00.000000',0,NULL,'Phòng họp số 2',NULL,'Theo giấy mời',NULL,'Ban Nội chính Tỉnh ủy','','draft',0,'','[]','','2026-12-25 10:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(78,'52e394b4dd6947039edb5e0413ee7d92','Kiểm tra tiến độ dự án đường cao tốc Tân Phú – Bảo Lộc','field_visit','2026-12-21 07:30:00.000000','2026-12-21 11:30:00.000000',0,'morning','Huyện Bảo Lâm',9,'Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng',6,'','','draft',0,'','[]','','2026-12-21 11:30:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(79,'421ef11dfab540b5aabf65ae779b7734','Làm việc với Sở Tài chính về dự toán ngân sách bổ sung','meeting','2026-12-04 14:00:00.000000','2026-12-04 16:00:00.000000',0,NULL,'Phòng họp số 1',NULL,'Lãnh đạo Văn phòng; Phòng Tổng hợp',NULL,'Sở Tài chính','','changed',0,'','[]','','2026-12-04 16:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:41.000000','2026-11-30 20:55:41.000000','system','',0);
INSERT INTO "event" VALUES(80,'4763cbbc7ae34377b250570bd5e60375','Thường trực Tỉnh ủy tiếp Đoàn đại biểu tỉnh Champasak (Lào)','reception','2026-12-04 09:30:00.000000','2026-12-04 11:00:00.000000',0,NULL,'Phòng khách Tỉnh ủy',1,'',7,'','','changed',0,'','[]','','2026-12-04 11:00:00.000000','',NULL,NULL,NULL,'2026-11-30 20:55:42.000000','2026-11-30 20:55:42.000000','system','',0);
CREATE TABLE event_leader (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(event_id) REFERENCES event (id) ON DELETE CASCADE, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE, 
	CONSTRAINT uq_event_leader UNIQUE (event_id, person_id)
);
INSERT INTO "event_leader" VALUES(1,1,2);
INSERT INTO "event_leader" VALUES(2,1,3);
INSERT INTO "event_leader" VALUES(3,1,14);
INSERT INTO "event_leader" VALUES(4,2,15);
INSERT INTO "event_leader" VALUES(5,2,16);
INSERT INTO "event_leader" VALUES(6,2,17);
INSERT INTO "event_leader" VALUES(7,3,15);
INSERT INTO "event_leader" VALUES(8,3,16);
INSERT INTO "event_leader" VALUES(9,3,17);
INSERT INTO "event_leader" VALUES(49,7,2);
INSERT INTO "event_leader" VALUES(50,7,3);
INSERT INTO "event_leader" VALUES(51,7,4);
INSERT INTO "event_leader" VALUES(52,7,5);
INSERT INTO "event_leader" VALUES(53,7,6);
INSERT INTO "event_leader" VALUES(54,7,7);
INSERT INTO "event_leader" VALUES(55,7,8);
INSERT INTO "event_leader" VALUES(56,7,9);
INSERT INTO "event_leader" VALUES(57,7,10);
INSERT INTO "event_leader" VALUES(58,7,11);
INSERT INTO "event_leader" VALUES(59,7,12);
INSERT INTO "event_leader" VALUES(60,7,13);
INSERT INTO "event_leader" VALUES(61,7,14);
INSERT INTO "event_leader" VALUES(62,8,2);
INSERT INTO "event_leader" VALUES(63,8,3);
INSERT INTO "event_leader" VALUES(64,8,4);
INSERT INTO "event_leader" VALUES(65,8,5);
INSERT INTO "event_leader" VALUES(66,8,6);
INSERT INTO "event_leader" VALUES(67,8,7);
INSERT INTO "event_leader" VALUES(68,8,8);
INSERT INTO "event_leader" VALUES(69,8,9);
INSERT INTO "event_leader" VALUES(70,8,10);
INSERT INTO "event_leader" VALUES(71,8,11);
INSERT INTO "event_leader" VALUES(72,8,12);
INSERT INTO "event_leader" VALUES(73,8,13);
INSERT INTO "event_leader" VALUES(74,8,14);
INSERT INTO "event_leader" VALUES(75,9,2);
INSERT INTO "event_leader" VALUES(76,9,3);
INSERT INTO "event_leader" VALUES(77,9,4);
INSERT INTO "event_leader" VALUES(78,9,5);
INSERT INTO "event_leader" VALUES(79,9,6);
INSERT INTO "event_leader" VALUES(80,9,7);
INSERT INTO "event_leader" VALUES(81,9,8);
INSERT INTO "event_leader" VALUES(82,9,9);
INSERT INTO "event_leader" VALUES(83,9,10);
INSERT INTO "event_leader" VALUES(84,9,11);
INSERT INTO "event_leader" VALUES(85,9,12);
INSERT INTO "event_leader" VALUES(86,9,13);
INSERT INTO "event_leader" VALUES(87,9,14);
INSERT INTO "event_leader" VALUES(101,14,5);
INSERT INTO "event_leader" VALUES(102,16,8);
INSERT INTO "event_leader" VALUES(103,17,9);
INSERT INTO "event_leader" VALUES(104,20,1);
INSERT INTO "event_leader" VALUES(105,24,3);
INSERT INTO "event_leader" VALUES(106,29,9);
INSERT INTO "event_leader" VALUES(107,31,3);
INSERT INTO "event_leader" VALUES(108,34,2);
INSERT INTO "event_leader" VALUES(109,35,3);
INSERT INTO "event_leader" VALUES(110,36,3);
INSERT INTO "event_leader" VALUES(111,38,4);
INSERT INTO "event_leader" VALUES(112,39,8);
INSERT INTO "event_leader" VALUES(113,43,8);
INSERT INTO "event_leader" VALUES(114,45,1);
INSERT INTO "event_leader" VALUES(115,46,9);
INSERT INTO "event_leader" VALUES(116,47,7);
INSERT INTO "event_leader" VALUES(117,55,8);
INSERT INTO "event_leader" VALUES(118,56,9);
INSERT INTO "event_leader" VALUES(119,57,4);
INSERT INTO "event_leader" VALUES(120,58,5);
INSERT INTO "event_leader" VALUES(121,60,9);
INSERT INTO "event_leader" VALUES(122,61,2);
INSERT INTO "event_leader" VALUES(123,63,8);
INSERT INTO "event_leader" VALUES(124,65,1);
INSERT INTO "event_leader" VALUES(125,66,9);
INSERT INTO "event_leader" VALUES(126,70,7);
INSERT INTO "event_leader" VALUES(127,71,8);
INSERT INTO "event_leader" VALUES(128,77,2);
INSERT INTO "event_leader" VALUES(129,4,2);
INSERT INTO "event_leader" VALUES(130,4,3);
INSERT INTO "event_leader" VALUES(131,4,4);
INSERT INTO "event_leader" VALUES(132,4,5);
INSERT INTO "event_leader" VALUES(133,4,7);
INSERT INTO "event_leader" VALUES(134,4,8);
INSERT INTO "event_leader" VALUES(135,4,9);
INSERT INTO "event_leader" VALUES(136,4,10);
INSERT INTO "event_leader" VALUES(137,4,11);
INSERT INTO "event_leader" VALUES(138,4,12);
INSERT INTO "event_leader" VALUES(139,4,13);
INSERT INTO "event_leader" VALUES(140,4,14);
INSERT INTO "event_leader" VALUES(141,4,15);
INSERT INTO "event_leader" VALUES(142,5,2);
INSERT INTO "event_leader" VALUES(143,5,3);
INSERT INTO "event_leader" VALUES(144,5,4);
INSERT INTO "event_leader" VALUES(145,5,5);
INSERT INTO "event_leader" VALUES(146,5,7);
INSERT INTO "event_leader" VALUES(147,5,8);
INSERT INTO "event_leader" VALUES(148,5,9);
INSERT INTO "event_leader" VALUES(149,5,10);
INSERT INTO "event_leader" VALUES(150,5,11);
INSERT INTO "event_leader" VALUES(151,5,12);
INSERT INTO "event_leader" VALUES(152,5,13);
INSERT INTO "event_leader" VALUES(153,5,14);
INSERT INTO "event_leader" VALUES(154,5,15);
INSERT INTO "event_leader" VALUES(155,6,2);
INSERT INTO "event_leader" VALUES(156,6,3);
INSERT INTO "event_leader" VALUES(157,6,4);
INSERT INTO "event_leader" VALUES(158,6,5);
INSERT INTO "event_leader" VALUES(159,6,7);
INSERT INTO "event_leader" VALUES(160,6,8);
INSERT INTO "event_leader" VALUES(161,6,9);
INSERT INTO "event_leader" VALUES(162,6,10);
INSERT INTO "event_leader" VALUES(163,6,11);
INSERT INTO "event_leader" VALUES(164,6,12);
INSERT INTO "event_leader" VALUES(165,6,13);
INSERT INTO "event_leader" VALUES(166,6,14);
INSERT INTO "event_leader" VALUES(167,6,15);
INSERT INTO "event_leader" VALUES(168,10,2);
INSERT INTO "event_leader" VALUES(169,10,3);
INSERT INTO "event_leader" VALUES(170,10,4);
INSERT INTO "event_leader" VALUES(171,10,5);
INSERT INTO "event_leader" VALUES(172,10,6);
INSERT INTO "event_leader" VALUES(173,10,7);
INSERT INTO "event_leader" VALUES(174,10,8);
INSERT INTO "event_leader" VALUES(175,10,9);
INSERT INTO "event_leader" VALUES(176,10,10);
INSERT INTO "event_leader" VALUES(177,10,11);
INSERT INTO "event_leader" VALUES(178,10,12);
INSERT INTO "event_leader" VALUES(179,10,13);
INSERT INTO "event_leader" VALUES(180,80,2);
INSERT INTO "event_leader" VALUES(181,80,3);
INSERT INTO "event_leader" VALUES(182,80,17);
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
INSERT INTO "leave_request" VALUES(1,46,1,'2026-10-26','morning','2026-10-29','afternoon',4.0,'Đưa con đi khám bệnh',51,'Điện thoại: 0952337485','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-10-19 08:43:00.000000','2026-10-19 08:43:00.000000','2026-10-20 10:43:00.000000');
INSERT INTO "leave_request" VALUES(2,46,1,'2026-09-28','morning','2026-09-29','afternoon',2.0,'Giải quyết việc gia đình',47,'Điện thoại: 0958243521','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-09-26 08:52:00.000000','2026-09-26 08:52:00.000000','2026-09-27 10:52:00.000000');
INSERT INTO "leave_request" VALUES(3,46,7,'2026-04-06','morning','2026-04-07','afternoon',2.0,'Sốt xuất huyết, điều trị theo chỉ định của bác sĩ',51,'Điện thoại: 0987209290','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-04-06 08:02:00.000000','2026-04-06 08:02:00.000000','2026-04-06 10:02:00.000000');
INSERT INTO "leave_request" VALUES(4,47,1,'2026-07-20','morning','2026-07-22','afternoon',3.0,'Đưa con đi khám bệnh',49,'Điện thoại: 0992040852','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-07-17 08:09:00.000000','2026-07-17 08:09:00.000000','2026-07-18 10:09:00.000000');
INSERT INTO "leave_request" VALUES(5,47,1,'2026-03-02','morning','2026-03-03','afternoon',2.0,'Nghỉ phép năm',46,'Điện thoại: 0942101315','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-02-21 08:45:00.000000','2026-02-21 08:45:00.000000','2026-02-22 10:45:00.000000');
INSERT INTO "leave_request" VALUES(6,47,1,'2026-09-03','morning','2026-09-04','afternoon',2.0,'Giải quyết việc gia đình',49,'Điện thoại: 0983001549','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-08-31 08:49:00.000000','2026-08-31 08:49:00.000000','2026-09-01 10:49:00.000000');
INSERT INTO "leave_request" VALUES(7,47,7,'2026-10-05','morning','2026-10-05','afternoon',1.0,'Viêm họng cấp',51,'Điện thoại: 0970102662','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-10-05 08:09:00.000000','2026-10-05 08:09:00.000000','2026-10-05 10:09:00.000000');
INSERT INTO "leave_request" VALUES(8,48,1,'2026-04-06','morning','2026-04-06','afternoon',1.0,'Sửa chữa nhà ở',51,'Điện thoại: 0969714268','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-03-29 08:57:00.000000','2026-03-29 08:57:00.000000','2026-03-30 10:57:00.000000');
INSERT INTO "leave_request" VALUES(9,48,1,'2026-06-10','morning','2026-06-11','afternoon',2.0,'Giải quyết việc gia đình',51,'Điện thoại: 0919482836','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-06-05 08:49:00.000000','2026-06-05 08:49:00.000000','2026-06-06 10:49:00.000000');
INSERT INTO "leave_request" VALUES(10,48,1,'2026-05-22','morning','2026-05-22','morning',0.5,'Đưa bố mẹ đi khám sức khỏe định kỳ',53,'Điện thoại: 0975099285','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-05-20 08:30:00.000000','2026-05-20 08:30:00.000000','2026-05-21 10:30:00.000000');
INSERT INTO "leave_request" VALUES(11,48,7,'2026-04-14','morning','2026-04-14','afternoon',1.0,'Sốt xuất huyết, điều trị theo chỉ định của bác sĩ',47,'Điện thoại: 0965085209','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-04-14 08:20:00.000000','2026-04-14 08:20:00.000000','2026-04-14 10:20:00.000000');
INSERT INTO "leave_request" VALUES(12,49,1,'2026-11-05','morning','2026-11-11','afternoon',5.0,'Giải quyết việc gia đình',53,'Điện thoại: 0941493586','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-11-02 08:21:00.000000','2026-11-02 08:21:00.000000','2026-11-03 10:21:00.000000');
INSERT INTO "leave_request" VALUES(13,49,1,'2026-10-12','morning','2026-10-14','afternoon',3.0,'Nghỉ phép năm',50,'Điện thoại: 0914883235','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-10-06 08:58:00.000000','2026-10-06 08:58:00.000000','2026-10-07 10:58:00.000000');
INSERT INTO "leave_request" VALUES(14,49,1,'2026-03-27','morning','2026-03-27','afternoon',1.0,'Đi du lịch cùng gia đình',48,'Điện thoại: 0958716462','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-21 08:54:00.000000','2026-03-21 08:54:00.000000','2026-03-22 10:54:00.000000');
INSERT INTO "leave_request" VALUES(15,50,1,'2026-10-26','morning','2026-10-26','afternoon',1.0,'Giải quyết việc gia đình',48,'Điện thoại: 0931253330','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-10-16 08:44:00.000000','2026-10-16 08:44:00.000000','2026-10-17 10:44:00.000000');
INSERT INTO "leave_request" VALUES(16,50,1,'2026-07-28','morning','2026-07-31','afternoon',4.0,'Đưa con đi khám bệnh',48,'Điện thoại: 0991351400','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-07-22 08:22:00.000000','2026-07-22 08:22:00.000000','2026-07-23 10:22:00.000000');
INSERT INTO "leave_request" VALUES(17,51,1,'2026-03-16','morning','2026-03-17','afternoon',2.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',46,'Điện thoại: 0940683748','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-11 08:47:00.000000','2026-03-11 08:47:00.000000','2026-03-12 10:47:00.000000');
INSERT INTO "leave_request" VALUES(18,51,1,'2026-04-28','morning','2026-04-29','afternoon',2.0,'Nghỉ phép năm',47,'Điện thoại: 0912873205','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-04-26 08:19:00.000000','2026-04-26 08:19:00.000000','2026-04-27 10:19:00.000000');
INSERT INTO "leave_request" VALUES(19,52,1,'2026-03-27','morning','2026-03-31','afternoon',3.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',55,'Điện thoại: 0943695643','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-25 08:20:00.000000','2026-03-25 08:20:00.000000','2026-03-26 10:20:00.000000');
INSERT INTO "leave_request" VALUES(20,52,1,'2026-02-27','morning','2026-02-27','afternoon',1.0,'Về quê thăm gia đình',46,'Điện thoại: 0924885461','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-02-25 08:08:00.000000','2026-02-25 08:08:00.000000','2026-02-26 10:08:00.000000');
INSERT INTO "leave_request" VALUES(21,52,1,'2026-08-25','morning','2026-08-27','afternoon',3.0,'Giải quyết việc gia đình',51,'Điện thoại: 0991808391','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-08-20 08:16:00.000000','2026-08-20 08:16:00.000000','2026-08-21 10:16:00.000000');
INSERT INTO "leave_request" VALUES(22,53,1,'2026-06-11','morning','2026-06-11','afternoon',1.0,'Đưa con đi khám bệnh',51,'Điện thoại: 0991582209','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-06-04 08:41:00.000000','2026-06-04 08:41:00.000000','2026-06-05 10:41:00.000000');
INSERT INTO "leave_request" VALUES(23,53,1,'2026-04-15','morning','2026-04-16','afternoon',2.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',50,'Điện thoại: 0978240083','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-04-05 08:39:00.000000','2026-04-05 08:39:00.000000','2026-04-06 10:39:00.000000');
INSERT INTO "leave_request" VALUES(24,54,1,'2026-06-11','morning','2026-06-15','afternoon',3.0,'Sửa chữa nhà ở',48,'Điện thoại: 0989997431','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-06-06 08:30:00.000000','2026-06-06 08:30:00.000000','2026-06-07 10:30:00.000000');
INSERT INTO "leave_request" VALUES(25,54,1,'2026-09-23','morning','2026-09-23','afternoon',1.0,'Đi du lịch cùng gia đình',55,'Điện thoại: 0987175261','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-09-18 08:55:00.000000','2026-09-18 08:55:00.000000','2026-09-19 10:55:00.000000');
INSERT INTO "leave_request" VALUES(26,54,7,'2026-10-29','morning','2026-10-29','afternoon',1.0,'Đau lưng, điều trị vật lý trị liệu',56,'Điện thoại: 0913820956','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-10-29 08:18:00.000000','2026-10-29 08:18:00.000000','2026-10-29 10:18:00.000000');
INSERT INTO "leave_request" VALUES(27,55,1,'2026-04-06','afternoon','2026-04-06','afternoon',0.5,'Đưa bố mẹ đi khám sức khỏe định kỳ',56,'Điện thoại: 0954131565','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-29 08:23:00.000000','2026-03-29 08:23:00.000000','2026-03-30 10:23:00.000000');
INSERT INTO "leave_request" VALUES(28,56,1,'2026-09-18','morning','2026-09-22','afternoon',3.0,'Về quê thăm gia đình',50,'Điện thoại: 0995769644','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-09-10 08:12:00.000000','2026-09-10 08:12:00.000000','2026-09-11 10:12:00.000000');
INSERT INTO "leave_request" VALUES(29,56,1,'2026-02-03','morning','2026-02-03','afternoon',1.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',49,'Điện thoại: 0990789182','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-01-26 08:05:00.000000','2026-01-26 08:05:00.000000','2026-01-27 10:05:00.000000');
INSERT INTO "leave_request" VALUES(30,57,1,'2026-07-20','morning','2026-07-21','afternoon',2.0,'Sửa chữa nhà ở',59,'Điện thoại: 0979235860','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-07-12 08:24:00.000000','2026-07-12 08:24:00.000000','2026-07-13 10:24:00.000000');
INSERT INTO "leave_request" VALUES(31,57,1,'2026-11-02','morning','2026-11-06','afternoon',5.0,'Đi du lịch cùng gia đình',64,'Điện thoại: 0916977091','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-10-23 08:26:00.000000','2026-10-23 08:26:00.000000','2026-10-24 10:26:00.000000');
INSERT INTO "leave_request" VALUES(32,57,7,'2026-11-09','morning','2026-11-11','afternoon',3.0,'Sốt xuất huyết, điều trị theo chỉ định của bác sĩ',66,'Điện thoại: 0913954382','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-11-09 08:32:00.000000','2026-11-09 08:32:00.000000','2026-11-09 10:32:00.000000');
INSERT INTO "leave_request" VALUES(33,58,1,'2026-08-12','morning','2026-08-14','afternoon',3.0,'Đi du lịch cùng gia đình',65,'Điện thoại: 0921128238','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-08-10 08:00:00.000000','2026-08-10 08:00:00.000000','2026-08-11 10:00:00.000000');
INSERT INTO "leave_request" VALUES(34,58,1,'2026-06-03','morning','2026-06-05','afternoon',3.0,'Nghỉ phép năm',57,'Điện thoại: 0979060595','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-05-24 08:00:00.000000','2026-05-24 08:00:00.000000','2026-05-25 10:00:00.000000');
INSERT INTO "leave_request" VALUES(35,59,1,'2026-05-19','morning','2026-05-19','afternoon',1.0,'Đưa con đi khám bệnh',57,'Điện thoại: 0957342044','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-05-13 08:01:00.000000','2026-05-13 08:01:00.000000','2026-05-14 10:01:00.000000');
INSERT INTO "leave_request" VALUES(36,60,1,'2026-08-13','morning','2026-08-19','afternoon',5.0,'Giải quyết việc gia đình',61,'Điện thoại: 0992790350','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-08-03 08:46:00.000000','2026-08-03 08:46:00.000000','2026-08-04 10:46:00.000000');
INSERT INTO "leave_request" VALUES(37,60,1,'2026-07-15','morning','2026-07-15','afternoon',1.0,'Sửa chữa nhà ở',61,'Điện thoại: 0963641990','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-07-10 08:05:00.000000','2026-07-10 08:05:00.000000','2026-07-11 10:05:00.000000');
INSERT INTO "leave_request" VALUES(38,61,1,'2026-05-04','morning','2026-05-05','afternoon',2.0,'Đưa con đi khám bệnh',57,'Điện thoại: 0913649574','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-04-25 08:47:00.000000','2026-04-25 08:47:00.000000','2026-04-26 10:47:00.000000');
INSERT INTO "leave_request" VALUES(39,61,1,'2026-05-11','morning','2026-05-13','afternoon',3.0,'Nghỉ phép năm',59,'Điện thoại: 0923690380','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-05-08 08:08:00.000000','2026-05-08 08:08:00.000000','2026-05-09 10:08:00.000000');
INSERT INTO "leave_request" VALUES(40,62,1,'2026-04-06','morning','2026-04-06','morning',0.5,'Giải quyết việc gia đình',60,'Điện thoại: 0924984606','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-27 08:31:00.000000','2026-03-27 08:31:00.000000','2026-03-28 10:31:00.000000');
INSERT INTO "leave_request" VALUES(41,62,1,'2026-03-02','morning','2026-03-05','afternoon',4.0,'Về quê thăm gia đình',60,'Điện thoại: 0972081096','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-02-24 08:32:00.000000','2026-02-24 08:32:00.000000','2026-02-25 10:32:00.000000');
INSERT INTO "leave_request" VALUES(42,63,1,'2026-09-25','morning','2026-09-30','afternoon',4.0,'Nghỉ phép năm',57,'Điện thoại: 0984143542','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-09-22 08:17:00.000000','2026-09-22 08:17:00.000000','2026-09-23 10:17:00.000000');
INSERT INTO "leave_request" VALUES(43,64,1,'2026-04-15','morning','2026-04-21','afternoon',5.0,'Giải quyết việc gia đình',58,'Điện thoại: 0966978300','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-04-11 08:39:00.000000','2026-04-11 08:39:00.000000','2026-04-12 10:39:00.000000');
INSERT INTO "leave_request" VALUES(44,64,1,'2026-03-24','morning','2026-03-24','afternoon',1.0,'Về quê thăm gia đình',63,'Điện thoại: 0958957012','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-22 08:21:00.000000','2026-03-22 08:21:00.000000','2026-03-23 10:21:00.000000');
INSERT INTO "leave_request" VALUES(45,64,1,'2026-10-16','morning','2026-10-19','afternoon',2.0,'Đưa con đi khám bệnh',58,'Điện thoại: 0910866927','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-10-13 08:28:00.000000','2026-10-13 08:28:00.000000','2026-10-14 10:28:00.000000');
INSERT INTO "leave_request" VALUES(46,64,7,'2026-10-08','morning','2026-10-09','afternoon',2.0,'Viêm họng cấp',62,'Điện thoại: 0984821913','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-10-08 08:47:00.000000','2026-10-08 08:47:00.000000','2026-10-08 10:47:00.000000');
INSERT INTO "leave_request" VALUES(47,65,1,'2026-05-11','morning','2026-05-15','afternoon',5.0,'Sửa chữa nhà ở',59,'Điện thoại: 0990313052','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-05-03 08:10:00.000000','2026-05-03 08:10:00.000000','2026-05-04 10:10:00.000000');
INSERT INTO "leave_request" VALUES(48,65,7,'2026-10-27','morning','2026-10-29','afternoon',3.0,'Đau lưng, điều trị vật lý trị liệu',58,'Điện thoại: 0944788112','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-10-27 08:06:00.000000','2026-10-27 08:06:00.000000','2026-10-27 10:06:00.000000');
INSERT INTO "leave_request" VALUES(49,66,1,'2026-06-12','morning','2026-06-15','afternoon',2.0,'Đưa con đi khám bệnh',57,'Điện thoại: 0934673988','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-06-07 08:41:00.000000','2026-06-07 08:41:00.000000','2026-06-08 10:41:00.000000');
INSERT INTO "leave_request" VALUES(50,66,1,'2026-08-17','morning','2026-08-21','afternoon',5.0,'Sửa chữa nhà ở',61,'Điện thoại: 0954113854','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-08-12 08:04:00.000000','2026-08-12 08:04:00.000000','2026-08-13 10:04:00.000000');
INSERT INTO "leave_request" VALUES(51,66,1,'2026-10-19','morning','2026-10-19','afternoon',1.0,'Sửa chữa nhà ở',63,'Điện thoại: 0928469383','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-10-13 08:08:00.000000','2026-10-13 08:08:00.000000','2026-10-14 10:08:00.000000');
INSERT INTO "leave_request" VALUES(52,67,1,'2026-08-17','morning','2026-08-20','afternoon',4.0,'Sửa chữa nhà ở',69,'Điện thoại: 0975252782','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-08-11 08:58:00.000000','2026-08-11 08:58:00.000000','2026-08-12 10:58:00.000000');
INSERT INTO "leave_request" VALUES(53,68,1,'2026-09-09','morning','2026-09-09','afternoon',1.0,'Về quê thăm gia đình',73,'Điện thoại: 0977198594','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-09-05 08:58:00.000000','2026-09-05 08:58:00.000000','2026-09-06 10:58:00.000000');
INSERT INTO "leave_request" VALUES(54,69,1,'2026-11-12','morning','2026-11-17','afternoon',4.0,'Sửa chữa nhà ở',75,'Điện thoại: 0997539565','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-11-07 08:38:00.000000','2026-11-07 08:38:00.000000','2026-11-08 10:38:00.000000');
INSERT INTO "leave_request" VALUES(55,69,1,'2026-10-07','morning','2026-10-09','afternoon',3.0,'Nghỉ phép năm',67,'Điện thoại: 0920212134','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-10-02 08:30:00.000000','2026-10-02 08:30:00.000000','2026-10-03 10:30:00.000000');
INSERT INTO "leave_request" VALUES(56,70,1,'2026-05-18','morning','2026-05-22','afternoon',5.0,'Đi du lịch cùng gia đình',72,'Điện thoại: 0948968558','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-05-11 08:21:00.000000','2026-05-11 08:21:00.000000','2026-05-12 10:21:00.000000');
INSERT INTO "leave_request" VALUES(57,70,1,'2026-10-30','morning','2026-11-03','afternoon',3.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',74,'Điện thoại: 0969697261','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-10-27 08:18:00.000000','2026-10-27 08:18:00.000000','2026-10-28 10:18:00.000000');
INSERT INTO "leave_request" VALUES(58,71,1,'2026-06-16','morning','2026-06-16','afternoon',1.0,'Giải quyết việc gia đình',68,'Điện thoại: 0996847517','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-06-07 08:25:00.000000','2026-06-07 08:25:00.000000','2026-06-08 10:25:00.000000');
INSERT INTO "leave_request" VALUES(59,71,1,'2026-02-23','morning','2026-02-24','afternoon',2.0,'Về quê thăm gia đình',70,'Điện thoại: 0923300854','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-02-13 08:11:00.000000','2026-02-13 08:11:00.000000','2026-02-14 10:11:00.000000');
INSERT INTO "leave_request" VALUES(60,72,1,'2026-04-10','morning','2026-04-13','afternoon',2.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',76,'Điện thoại: 0917964255','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-04-04 08:55:00.000000','2026-04-04 08:55:00.000000','2026-04-05 10:55:00.000000');
INSERT INTO "leave_request" VALUES(61,72,1,'2026-03-30','morning','2026-03-30','afternoon',1.0,'Đưa con đi khám bệnh',70,'Điện thoại: 0998893038','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-28 08:45:00.000000','2026-03-28 08:45:00.000000','2026-03-29 10:45:00.000000');
INSERT INTO "leave_request" VALUES(62,73,1,'2026-03-16','morning','2026-03-16','morning',0.5,'Về quê thăm gia đình',68,'Điện thoại: 0944486420','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-07 08:57:00.000000','2026-03-07 08:57:00.000000','2026-03-08 10:57:00.000000');
INSERT INTO "leave_request" VALUES(63,73,1,'2026-07-14','morning','2026-07-14','afternoon',1.0,'Về quê thăm gia đình',70,'Điện thoại: 0969992057','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-07-06 08:21:00.000000','2026-07-06 08:21:00.000000','2026-07-07 10:21:00.000000');
INSERT INTO "leave_request" VALUES(64,73,1,'2026-09-28','morning','2026-09-28','afternoon',1.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',69,'Điện thoại: 0935229164','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-09-19 08:21:00.000000','2026-09-19 08:21:00.000000','2026-09-20 10:21:00.000000');
INSERT INTO "leave_request" VALUES(65,74,1,'2026-03-09','morning','2026-03-09','morning',0.5,'Đi du lịch cùng gia đình',70,'Điện thoại: 0992341950','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-03 08:29:00.000000','2026-03-03 08:29:00.000000','2026-03-04 10:29:00.000000');
INSERT INTO "leave_request" VALUES(66,75,1,'2026-06-09','morning','2026-06-10','afternoon',2.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',73,'Điện thoại: 0973300691','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-06-02 08:29:00.000000','2026-06-02 08:29:00.000000','2026-06-03 10:29:00.000000');
INSERT INTO "leave_request" VALUES(67,76,1,'2026-07-07','morning','2026-07-07','morning',0.5,'Về quê thăm gia đình',75,'Điện thoại: 0922962457','approved','staff',0,NULL,NULL,0,0,NULL,'','','system','2026-07-01 08:07:00.000000','2026-07-01 08:07:00.000000','2026-07-02 10:07:00.000000');
INSERT INTO "leave_request" VALUES(68,77,1,'2026-03-16','morning','2026-03-17','afternoon',2.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',78,'Điện thoại: 0943152182','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-03-13 08:32:00.000000','2026-03-13 08:32:00.000000','2026-03-14 10:32:00.000000');
INSERT INTO "leave_request" VALUES(69,77,1,'2026-09-30','morning','2026-10-01','afternoon',2.0,'Đưa con đi khám bệnh',78,'Điện thoại: 0915047728','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-09-28 08:32:00.000000','2026-09-28 08:32:00.000000','2026-09-29 10:32:00.000000');
INSERT INTO "leave_request" VALUES(70,77,1,'2026-06-18','morning','2026-06-18','afternoon',1.0,'Đi du lịch cùng gia đình',79,'Điện thoại: 0950866682','approved','head',0,NULL,NULL,0,0,NULL,'','','system','2026-06-11 08:09:00.000000','2026-06-11 08:09:00.000000','2026-06-12 10:09:00.000000');
INSERT INTO "leave_request" VALUES(71,78,1,'2026-10-26','morning','2026-10-30','afternoon',5.0,'Đi du lịch cùng gia đình',79,'Điện thoại: 0983053207','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-10-23 08:44:00.000000','2026-10-23 08:44:00.000000','2026-10-24 10:44:00.000000');
INSERT INTO "leave_request" VALUES(72,78,1,'2026-03-30','morning','2026-04-02','afternoon',4.0,'Nghỉ phép năm',77,'Điện thoại: 0911058689','approved','deputy_head',0,NULL,NULL,0,0,NULL,'','','system','2026-03-25 08:57:00.000000','2026-03-25 08:57:00.000000','2026-03-26 10:57:00.000000');
INSERT INTO "leave_request" VALUES(73,79,1,'2026-05-19','morning','2026-05-25','afternoon',5.0,'Nghỉ phép năm',78,'Điện thoại: 0947893429','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-05-11 08:27:00.000000','2026-05-11 08:27:00.000000','2026-05-12 10:27:00.000000');
INSERT INTO "leave_request" VALUES(74,79,1,'2026-03-09','morning','2026-03-11','afternoon',3.0,'Đi du lịch cùng gia đình',82,'Điện thoại: 0969356699','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-07 08:17:00.000000','2026-03-07 08:17:00.000000','2026-03-08 10:17:00.000000');
INSERT INTO "leave_request" VALUES(75,80,1,'2026-03-26','morning','2026-03-27','afternoon',2.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',78,'Điện thoại: 0989087796','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-03-20 08:13:00.000000','2026-03-20 08:13:00.000000','2026-03-21 10:13:00.000000');
INSERT INTO "leave_request" VALUES(76,80,7,'2026-06-30','morning','2026-07-01','afternoon',2.0,'Viêm họng cấp',79,'Điện thoại: 0995994819','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-06-30 08:54:00.000000','2026-06-30 08:54:00.000000','2026-06-30 10:54:00.000000');
INSERT INTO "leave_request" VALUES(77,81,1,'2026-07-20','morning','2026-07-23','afternoon',4.0,'Về quê thăm gia đình',82,'Điện thoại: 0964957814','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-07-14 08:57:00.000000','2026-07-14 08:57:00.000000','2026-07-15 10:57:00.000000');
INSERT INTO "leave_request" VALUES(78,82,1,'2026-04-28','morning','2026-05-06','afternoon',5.0,'Đưa bố mẹ đi khám sức khỏe định kỳ',78,'Điện thoại: 0978011219','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-04-23 08:08:00.000000','2026-04-23 08:08:00.000000','2026-04-24 10:08:00.000000');
INSERT INTO "leave_request" VALUES(79,82,1,'2026-10-05','morning','2026-10-06','afternoon',2.0,'Sửa chữa nhà ở',78,'Điện thoại: 0922165911','approved','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-09-30 08:17:00.000000','2026-09-30 08:17:00.000000','2026-10-01 10:17:00.000000');
INSERT INTO "leave_request" VALUES(80,15,1,'2026-10-07','afternoon','2026-10-07','afternoon',0.5,'Giải quyết việc gia đình',16,'Điện thoại: 0941293420','approved','deputy_chief',0,NULL,NULL,0,0,NULL,'','','system','2026-10-05 08:50:00.000000','2026-10-05 08:50:00.000000','2026-10-06 10:50:00.000000');
INSERT INTO "leave_request" VALUES(81,15,1,'2026-10-19','morning','2026-10-21','afternoon',3.0,'Giải quyết việc gia đình',17,'Điện thoại: 0980076107','approved','deputy_chief',0,NULL,NULL,0,0,NULL,'','','system','2026-10-13 08:02:00.000000','2026-10-13 08:02:00.000000','2026-10-14 10:02:00.000000');
INSERT INTO "leave_request" VALUES(82,16,1,'2026-08-10','morning','2026-08-11','afternoon',2.0,'Sửa chữa nhà ở',15,'Điện thoại: 0985340587','approved','deputy_chief',0,NULL,NULL,0,0,NULL,'','','system','2026-08-03 08:16:00.000000','2026-08-03 08:16:00.000000','2026-08-04 10:16:00.000000');
INSERT INTO "leave_request" VALUES(83,16,1,'2026-05-18','morning','2026-05-19','afternoon',2.0,'Sửa chữa nhà ở',17,'Điện thoại: 0945871927','approved','deputy_chief',0,NULL,NULL,0,0,NULL,'','','system','2026-05-09 08:22:00.000000','2026-05-09 08:22:00.000000','2026-05-10 10:22:00.000000');
INSERT INTO "leave_request" VALUES(84,16,1,'2026-03-10','morning','2026-03-12','afternoon',3.0,'Giải quyết việc gia đình',15,'Điện thoại: 0964120482','approved','deputy_chief',0,NULL,NULL,0,0,NULL,'','','system','2026-03-01 08:02:00.000000','2026-03-01 08:02:00.000000','2026-03-02 10:02:00.000000');
INSERT INTO "leave_request" VALUES(85,17,1,'2026-05-13','morning','2026-05-13','morning',0.5,'Đưa con đi khám bệnh',16,'Điện thoại: 0982016466','approved','deputy_chief',0,NULL,NULL,0,0,NULL,'','','system','2026-05-11 08:25:00.000000','2026-05-11 08:25:00.000000','2026-05-12 10:25:00.000000');
INSERT INTO "leave_request" VALUES(86,17,7,'2026-07-27','morning','2026-07-29','afternoon',3.0,'Đau lưng, điều trị vật lý trị liệu',16,'Điện thoại: 0921954976','approved','deputy_chief',0,NULL,NULL,0,0,NULL,'','','system','2026-07-27 08:01:00.000000','2026-07-27 08:01:00.000000','2026-07-27 10:01:00.000000');
INSERT INTO "leave_request" VALUES(87,14,1,'2026-03-12','morning','2026-03-18','afternoon',5.0,'Đưa con đi khám bệnh',16,'Điện thoại: 0934422640','approved','chief',0,NULL,NULL,0,0,NULL,'','','system','2026-03-06 08:25:00.000000','2026-03-06 08:25:00.000000','2026-03-07 10:25:00.000000');
INSERT INTO "leave_request" VALUES(88,56,1,'2026-12-03','afternoon','2026-12-03','afternoon',0.5,'Đưa con đi khám bệnh',53,'Điện thoại: 0991124131','submitted','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-11-29 20:55:42.000000','2026-11-29 20:55:42.000000',NULL);
INSERT INTO "leave_request" VALUES(89,49,1,'2026-12-08','morning','2026-12-09','afternoon',2.0,'Đưa con đi khám bệnh',50,'Điện thoại: 0991514708','submitted','specialist',0,NULL,NULL,1,0,NULL,'','','system','2026-11-29 20:55:42.000000','2026-11-29 20:55:43.000000',NULL);
INSERT INTO "leave_request" VALUES(90,50,1,'2026-12-15','morning','2026-12-15','afternoon',1.0,'Nghỉ phép năm',46,'Điện thoại: 0940747833','submitted','specialist',0,NULL,NULL,0,0,NULL,'','','system','2026-11-29 20:55:43.000000','2026-11-29 20:55:43.000000',NULL);
INSERT INTO "leave_request" VALUES(91,16,1,'2026-12-09','morning','2026-12-09','afternoon',1.0,'Đi du lịch cùng gia đình',17,'Điện thoại: 0935940015','submitted','deputy_chief',0,NULL,NULL,0,0,NULL,'','','system','2026-11-30 20:55:43.000000','2026-11-30 20:55:43.000000',NULL);
INSERT INTO "leave_request" VALUES(92,60,2,'2026-12-14','morning','2026-12-16','afternoon',3.0,'Tổ chức lễ cưới',61,'Điện thoại: 0956054178','submitted','specialist',0,NULL,NULL,1,0,NULL,'','','system','2026-11-27 20:55:43.000000','2026-11-27 20:55:43.000000',NULL);
INSERT INTO "leave_request" VALUES(93,51,1,'2026-12-21','morning','2026-12-23','afternoon',3.0,'Giải quyết việc gia đình',52,'Điện thoại: 0996549582','submitted','specialist',0,NULL,NULL,1,0,NULL,'','','system','2026-11-28 20:55:43.000000','2026-11-28 20:55:43.000000',NULL);
INSERT INTO "leave_request" VALUES(94,70,1,'2026-12-07','morning','2026-12-10','afternoon',4.0,'Đi du lịch cùng gia đình',NULL,'Điện thoại: 0912485900','rejected','specialist',0,NULL,NULL,1,0,NULL,'','','system','2026-11-26 20:55:43.000000','2026-11-26 20:55:43.000000','2026-11-27 20:55:43.000000');
INSERT INTO "leave_request" VALUES(95,62,1,'2026-12-25','morning','2026-12-28','afternoon',2.0,'Giải quyết việc gia đình',NULL,'Điện thoại: 0969322337','cancelled','specialist',0,NULL,NULL,1,0,NULL,'','Thay đổi kế hoạch gia đình','system','2026-11-24 20:55:43.000000','2026-11-24 20:55:43.000000',NULL);
INSERT INTO "leave_request" VALUES(96,69,1,'2026-11-27','morning','2026-12-01','afternoon',3.0,'Về quê thăm gia đình',68,'Điện thoại: 0912 345 678','approved','deputy_head',0,NULL,NULL,1,0,NULL,'','','system','2026-11-22 20:55:43.000000','2026-11-22 20:55:43.000000','2026-11-23 20:55:43.000000');
INSERT INTO "leave_request" VALUES(97,59,7,'2026-11-27','morning','2026-12-01','afternoon',3.0,'Sốt cao, nhập viện theo dõi',58,'Bệnh viện Đa khoa tỉnh, phòng 304','approved','deputy_head',1,16,'2026-11-27 07:20:00.000000',1,0,NULL,'','','vanthu','2026-11-30 20:55:43.000000','2026-11-30 20:55:43.000000','2026-11-30 20:55:43.000000');
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
INSERT INTO "meeting" VALUES(1,'standing_committee','Hội nghị Ban Thường vụ Tỉnh ủy (phiên thường kỳ)','2026-10-05 08:00:00.000000','2026-10-05 11:30:00.000000','Phòng họp Ban Thường vụ, tầng 3',1,4,0,0,'','2026-11-30 20:55:41.000000',0,NULL);
INSERT INTO "meeting" VALUES(2,'standing_committee','Hội nghị Ban Thường vụ Tỉnh ủy (phiên thường kỳ tháng trước)','2026-11-02 08:00:00.000000','2026-11-02 11:30:00.000000','Phòng họp Ban Thường vụ, tầng 3',1,5,0,0,'','2026-11-30 20:55:42.000000',0,NULL);
INSERT INTO "meeting" VALUES(3,'standing_committee','Hội nghị Ban Thường vụ Tỉnh ủy: cho ý kiến dự thảo Kế hoạch tổ chức Đại hội Đảng bộ các cấp','2026-11-30 08:00:00.000000','2026-11-30 11:30:00.000000','Phòng họp Ban Thường vụ, tầng 3',1,6,0,0,'','2026-11-30 20:55:42.000000',0,NULL);
INSERT INTO "meeting" VALUES(4,'executive_committee','Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng)','2026-12-10 07:30:00.000000','2026-12-11 17:00:00.000000','Hội trường Tỉnh ủy',1,10,1,0,'','2026-11-30 20:55:42.000000',0,NULL);
INSERT INTO "meeting" VALUES(5,'reception','Thường trực Tỉnh ủy tiếp Đoàn đại biểu tỉnh Champasak (Lào)','2026-12-04 09:30:00.000000','2026-12-04 11:00:00.000000','Phòng khách Tỉnh ủy',1,80,0,1,'','2026-11-30 20:55:42.000000',0,NULL);
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
INSERT INTO "office" VALUES(1,'Văn phòng Tỉnh ủy','Tỉnh ủy Lâm Đồng','Số 36 Trần Phú, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng','Lâm Đồng','party','VPTU','41dcb578-092c-4ac0-b32b-16e70dfbecb7');
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
INSERT INTO "schedule_week" VALUES(1,'2026-11-23',1,'2026-11-30 20:55:41.000000','system','','[{"key": "seee8c570a8584899@2026-11-23", "day": "2026-11-23", "half": "morning", "start": "2026-11-23T08:00:00", "end": "2026-11-23T10:30:00", "time_label": "8h00", "title": "Họp Thường trực Tỉnh ủy giao ban công tác tuần", "kind": "meeting", "chair": "Đ/c Nguyễn Thành Trung", "leaders": "Đ/c Nguyễn Thị Ánh, Đ/c Ngô Thị Minh Dung, Đ/c Phạm Mỹ Linh", "participants": "Các đồng chí Thường trực Tỉnh ủy; Chánh Văn phòng Tỉnh ủy", "location": "Phòng họp Thường trực", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [1, 2, 3, 14], "event_id": 1, "rule_day": "2026-11-23"}, {"key": "e29", "day": "2026-11-23", "half": "morning", "start": "2026-11-23T09:30:00", "end": "2026-11-23T11:30:00", "time_label": "9h30", "title": "Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt", "kind": "meeting", "chair": "", "leaders": "Đ/c Nguyễn Thanh Vân", "participants": "Theo giấy mời", "location": "Phòng họp số 1", "preparing": "Ban Nội chính Tỉnh ủy", "status": "published", "leader_ids": [9], "event_id": 29, "rule_day": null}, {"key": "e27", "day": "2026-11-23", "half": "afternoon", "start": "2026-11-23T13:30:00", "end": "2026-11-23T17:00:00", "time_label": "Cả buổi", "title": "Kiểm tra công tác phòng, chống cháy rừng mùa khô", "kind": "field_visit", "chair": "Đ/c Ngô Thị Minh Dung", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Huyện Lâm Hà", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [3], "event_id": 27, "rule_day": null}, {"key": "e30", "day": "2026-11-25", "half": "morning", "start": "2026-11-25T07:30:00", "end": "2026-11-25T11:30:00", "time_label": "Cả buổi", "title": "Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa", "kind": "field_visit", "chair": "Đ/c Nguyễn Thành Trung", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Quảng trường Lâm Viên, Đà Lạt", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [1], "event_id": 30, "rule_day": null}, {"key": "s067d890b9be24735@2026-11-25", "day": "2026-11-25", "half": "morning", "start": "2026-11-25T08:00:00", "end": "2026-11-25T11:00:00", "time_label": "8h00", "title": "Giao ban Văn phòng Tỉnh ủy tháng", "kind": "meeting", "chair": "Đ/c Phạm Mỹ Linh", "leaders": "Đ/c Bùi Thị Hạnh, Đ/c Lê Quang Sơn, Đ/c Hoàng Anh Phong", "participants": "Lãnh đạo Văn phòng; trưởng, phó các phòng và đơn vị", "location": "Hội trường Văn phòng", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [14, 15, 16, 17], "event_id": 3, "rule_day": "2026-11-25"}, {"key": "e28", "day": "2026-11-25", "half": "morning", "start": "2026-11-25T09:00:00", "end": "2026-11-25T11:30:00", "time_label": "9h00", "title": "Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương", "kind": "reception", "chair": "Đ/c Ngô Thị Minh Dung", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Phòng khách Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [3], "event_id": 28, "rule_day": null}, {"key": "e31", "day": "2026-11-26", "half": "morning", "start": "2026-11-26T08:30:00", "end": "2026-11-26T10:30:00", "time_label": "8h30", "title": "Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030", "kind": "meeting", "chair": "", "leaders": "Đ/c Ngô Thị Minh Dung", "participants": "Theo giấy mời", "location": "Phòng họp số 2", "preparing": "Ban Tổ chức Tỉnh ủy", "status": "published", "leader_ids": [3], "event_id": 31, "rule_day": null}, {"key": "e26", "day": "2026-11-27", "half": "morning", "start": "2026-11-27T07:30:00", "end": "2026-11-27T11:30:00", "time_label": "Cả buổi", "title": "Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm", "kind": "field_visit", "chair": "Đ/c Nguyễn Thanh Vân", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Huyện ủy Lạc Dương", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [9], "event_id": 26, "rule_day": null}, {"key": "e25", "day": "2026-11-27", "half": "morning", "start": "2026-11-27T09:30:00", "end": "2026-11-27T11:30:00", "time_label": "9h30", "title": "Tiếp Đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số", "kind": "reception", "chair": "Đ/c Phan Thị Thu Dung", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Hội trường Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [5], "event_id": 25, "rule_day": null}]');
INSERT INTO "schedule_week" VALUES(2,'2026-11-30',1,'2026-11-30 20:55:41.000000','system','','[{"key": "e6", "day": "2026-11-30", "half": "morning", "start": "2026-11-30T08:00:00", "end": "2026-11-30T11:30:00", "time_label": "8h00", "title": "Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ", "kind": "meeting", "chair": "Đ/c Nguyễn Thành Trung", "leaders": "Đ/c Nguyễn Thị Ánh, Đ/c Ngô Thị Minh Dung, Đ/c Lê Thị Thu Nhung, Đ/c Phan Thị Thu Dung, Đ/c Lý Hữu Vinh, Đ/c Nguyễn Thanh Hằng, Đ/c Ngô Thị Minh Oanh, Đ/c Nguyễn Thanh Vân, Đ/c Vũ Minh Quân, Đ/c Huỳnh Minh Hiếu, Đ/c Lê Ngọc Dung, Đ/c Trần Thanh Loan, Đ/c Phạm Mỹ Linh", "participants": "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu mời theo giấy triệu tập", "location": "Phòng họp Ban Thường vụ, tầng 3", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], "event_id": 6, "rule_day": null}, {"key": "e40", "day": "2026-11-30", "half": "afternoon", "start": "2026-11-30T14:00:00", "end": "2026-11-30T17:00:00", "time_label": "14h00", "title": "Tiếp công dân định kỳ của Bí thư Tỉnh ủy", "kind": "reception", "chair": "Đ/c Nguyễn Thị Ánh", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Ban Tiếp công dân tỉnh", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [2], "event_id": 40, "rule_day": null}, {"key": "e54", "day": "2026-11-30", "half": "afternoon", "start": "2026-11-30T14:00:00", "end": "2026-11-30T17:00:00", "time_label": "14h00", "title": "Tiếp và làm việc với Đoàn công tác Ban Tổ chức Trung ương", "kind": "reception", "chair": "Đ/c Ngô Thị Minh Dung", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Phòng khách Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [3], "event_id": 54, "rule_day": null}, {"key": "e11", "day": "2026-12-01", "half": "morning", "start": "2026-12-01T00:00:00", "end": "2026-12-04T00:00:00", "time_label": "01–03/12", "title": "Đi công tác tại Hà Nội: làm việc với Văn phòng Trung ương Đảng", "kind": "business_trip", "chair": "Đ/c Lý Hữu Vinh", "leaders": "", "participants": "", "location": "Hà Nội", "preparing": "Phòng Tài chính – Quản trị", "status": "published", "leader_ids": [6], "event_id": 11, "rule_day": null}, {"key": "e43", "day": "2026-12-01", "half": "morning", "start": "2026-12-01T08:00:00", "end": "2026-12-01T10:00:00", "time_label": "8h00", "title": "Dự Hội nghị trực tuyến toàn quốc quán triệt nghị quyết của Bộ Chính trị", "kind": "meeting", "chair": "", "leaders": "Đ/c Ngô Thị Minh Oanh", "participants": "Theo giấy mời", "location": "Điểm cầu Tỉnh ủy", "preparing": "Sở Nội vụ", "status": "published", "leader_ids": [8], "event_id": 43, "rule_day": null}, {"key": "e45", "day": "2026-12-01", "half": "morning", "start": "2026-12-01T08:30:00", "end": "2026-12-01T10:30:00", "time_label": "8h30", "title": "Họp Tiểu ban Văn kiện Đại hội", "kind": "meeting", "chair": "", "leaders": "Đ/c Nguyễn Thành Trung", "participants": "Theo giấy mời", "location": "Phòng họp số 1", "preparing": "Ban Tổ chức Tỉnh ủy", "status": "published", "leader_ids": [1], "event_id": 45, "rule_day": null}, {"key": "e34", "day": "2026-12-01", "half": "morning", "start": "2026-12-01T09:30:00", "end": "2026-12-01T11:30:00", "time_label": "9h30", "title": "Dự Lễ khởi công dự án nhà ở xã hội phường 7", "kind": "meeting", "chair": "", "leaders": "Đ/c Nguyễn Thị Ánh", "participants": "Theo giấy mời", "location": "Phường 7, Đà Lạt", "preparing": "Ban Nội chính Tỉnh ủy", "status": "published", "leader_ids": [2], "event_id": 34, "rule_day": null}, {"key": "s4d4a13541124406c@2026-12-01", "day": "2026-12-01", "half": "afternoon", "start": "2026-12-01T14:00:00", "end": "2026-12-01T16:00:00", "time_label": "14h00", "title": "Họp Lãnh đạo Văn phòng nghe báo cáo công tác nửa tháng", "kind": "meeting", "chair": "Đ/c Phạm Mỹ Linh", "leaders": "Đ/c Bùi Thị Hạnh, Đ/c Lê Quang Sơn, Đ/c Hoàng Anh Phong", "participants": "Lãnh đạo Văn phòng; Trưởng các phòng", "location": "Phòng họp Văn phòng", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [14, 15, 16, 17], "event_id": 2, "rule_day": "2026-12-01"}, {"key": "e47", "day": "2026-12-02", "half": "morning", "start": "2026-12-02T08:00:00", "end": "2026-12-02T10:00:00", "time_label": "8h00", "title": "Họp Hội đồng Thi đua – Khen thưởng tỉnh", "kind": "meeting", "chair": "", "leaders": "Đ/c Nguyễn Thanh Hằng", "participants": "Theo giấy mời", "location": "Phòng họp số 1", "preparing": "Sở Nội vụ", "status": "published", "leader_ids": [7], "event_id": 47, "rule_day": null}, {"key": "e41", "day": "2026-12-02", "half": "morning", "start": "2026-12-02T09:00:00", "end": "2026-12-02T11:30:00", "time_label": "9h00", "title": "Tiếp Đại sứ Cộng hòa Pháp tại Việt Nam", "kind": "reception", "chair": "Đ/c Nguyễn Thanh Vân", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Phòng khách Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [9], "event_id": 41, "rule_day": null}, {"key": "e38", "day": "2026-12-02", "half": "morning", "start": "2026-12-02T09:30:00", "end": "2026-12-02T11:30:00", "time_label": "9h30", "title": "Họp Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "kind": "meeting", "chair": "", "leaders": "Đ/c Lê Thị Thu Nhung", "participants": "Theo giấy mời", "location": "Phòng họp Thường trực", "preparing": "Sở Nông nghiệp và Môi trường", "status": "published", "leader_ids": [4], "event_id": 38, "rule_day": null}, {"key": "e49", "day": "2026-12-02", "half": "morning", "start": "2026-12-02T09:30:00", "end": "2026-12-02T11:30:00", "time_label": "9h30", "title": "Tiếp Đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số", "kind": "reception", "chair": "Đ/c Nguyễn Thị Ánh", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Hội trường Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [2], "event_id": 49, "rule_day": null}, {"key": "e13", "day": "2026-12-02", "half": "afternoon", "start": "2026-12-02T14:00:00", "end": "2026-12-02T16:30:00", "time_label": "14h00", "title": "Dự Hội nghị sơ kết công tác dân vận", "kind": "meeting", "chair": "Đ/c Nguyễn Thị Ánh", "leaders": "", "participants": "Ban Dân vận các huyện, thành ủy", "location": "Hội trường Tỉnh ủy", "preparing": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "status": "published", "leader_ids": [2], "event_id": 13, "rule_day": null}, {"key": "e12", "day": "2026-12-02", "half": "afternoon", "start": "2026-12-02T14:00:00", "end": "2026-12-02T16:00:00", "time_label": "14h00", "title": "Họp Ban Chỉ đạo chuyển đổi số tỉnh", "kind": "meeting", "chair": "Đ/c Lý Hữu Vinh", "leaders": "", "participants": "Thành viên Ban Chỉ đạo", "location": "Phòng họp số 2", "preparing": "Phòng Cơ yếu – Công nghệ thông tin", "status": "published", "leader_ids": [6], "event_id": 12, "rule_day": null}, {"key": "e39", "day": "2026-12-02", "half": "afternoon", "start": "2026-12-02T14:00:00", "end": "2026-12-02T16:00:00", "time_label": "14h00", "title": "Làm việc với Sở Xây dựng về quy hoạch chung thành phố Đà Lạt", "kind": "meeting", "chair": "", "leaders": "Đ/c Ngô Thị Minh Oanh", "participants": "Theo giấy mời", "location": "Phòng họp số 1", "preparing": "Ban Nội chính Tỉnh ủy", "status": "published", "leader_ids": [8], "event_id": 39, "rule_day": null}, {"key": "e35", "day": "2026-12-02", "half": "afternoon", "start": "2026-12-02T14:00:00", "end": "2026-12-02T16:00:00", "time_label": "14h00", "title": "Làm việc với Đảng đoàn HĐND tỉnh về chuẩn bị kỳ họp", "kind": "meeting", "chair": "", "leaders": "Đ/c Ngô Thị Minh Dung", "participants": "Theo giấy mời", "location": "Phòng họp Thường trực", "preparing": "Sở Nội vụ", "status": "published", "leader_ids": [3], "event_id": 35, "rule_day": null}, {"key": "e46", "day": "2026-12-02", "half": "afternoon", "start": "2026-12-02T14:00:00", "end": "2026-12-02T16:00:00", "time_label": "14h00", "title": "Nghe báo cáo đề án phát triển du lịch tỉnh giai đoạn 2026–2030", "kind": "meeting", "chair": "", "leaders": "Đ/c Nguyễn Thanh Vân", "participants": "Theo giấy mời", "location": "Phòng họp số 2", "preparing": "Ban Nội chính Tỉnh ủy", "status": "published", "leader_ids": [9], "event_id": 46, "rule_day": null}, {"key": "e14", "day": "2026-12-02", "half": "afternoon", "start": "2026-12-02T15:30:00", "end": "2026-12-02T17:00:00", "time_label": "15h30", "title": "Tiếp và làm việc với Đoàn giám sát của Ủy ban Kiểm tra Trung ương", "kind": "reception", "chair": "Đ/c Nguyễn Thị Ánh", "leaders": "Đ/c Phan Thị Thu Dung", "participants": "", "location": "Phòng khách Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [2, 5], "event_id": 14, "rule_day": null}, {"key": "e50", "day": "2026-12-03", "half": "morning", "start": "2026-12-03T07:30:00", "end": "2026-12-03T11:30:00", "time_label": "Cả buổi", "title": "Kiểm tra công tác phòng, chống cháy rừng mùa khô", "kind": "field_visit", "chair": "Đ/c Nguyễn Thanh Vân", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Huyện Lâm Hà", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [9], "event_id": 50, "rule_day": null}, {"key": "e33", "day": "2026-12-03", "half": "morning", "start": "2026-12-03T07:30:00", "end": "2026-12-03T11:30:00", "time_label": "Cả buổi", "title": "Làm việc với Ban Thường vụ Huyện ủy Lạc Dương về tình hình thực hiện nhiệm vụ năm", "kind": "field_visit", "chair": "Đ/c Ngô Thị Minh Dung", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Huyện ủy Lạc Dương", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [3], "event_id": 33, "rule_day": null}, {"key": "e51", "day": "2026-12-03", "half": "morning", "start": "2026-12-03T07:30:00", "end": "2026-12-03T11:30:00", "time_label": "Cả buổi", "title": "Làm việc với Đảng ủy Khu công nghiệp Lộc Sơn", "kind": "field_visit", "chair": "Đ/c Ngô Thị Minh Oanh", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Thành phố Bảo Lộc", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [8], "event_id": 51, "rule_day": null}, {"key": "e42", "day": "2026-12-03", "half": "afternoon", "start": "2026-12-03T13:30:00", "end": "2026-12-03T17:00:00", "time_label": "Cả buổi", "title": "Khảo sát mô hình sản xuất nông nghiệp ứng dụng công nghệ cao", "kind": "field_visit", "chair": "Đ/c Lê Thị Thu Nhung", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Huyện Đơn Dương", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [4], "event_id": 42, "rule_day": null}, {"key": "e36", "day": "2026-12-03", "half": "afternoon", "start": "2026-12-03T14:00:00", "end": "2026-12-03T16:00:00", "time_label": "14h00", "title": "Dự Hội nghị tổng kết công tác ngành Nông nghiệp và Phát triển nông thôn", "kind": "meeting", "chair": "", "leaders": "Đ/c Ngô Thị Minh Dung", "participants": "Theo giấy mời", "location": "Trung tâm Hội nghị tỉnh", "preparing": "Sở Nội vụ", "status": "published", "leader_ids": [3], "event_id": 36, "rule_day": null}, {"key": "e53", "day": "2026-12-03", "half": "afternoon", "start": "2026-12-03T14:00:00", "end": "2026-12-03T17:00:00", "time_label": "14h00", "title": "Tiếp Đoàn công tác Tỉnh ủy Ninh Thuận", "kind": "reception", "chair": "Đ/c Nguyễn Thanh Hằng", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Phòng khách Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [7], "event_id": 53, "rule_day": null}, {"key": "e52", "day": "2026-12-03", "half": "afternoon", "start": "2026-12-03T14:00:00", "end": "2026-12-03T17:00:00", "time_label": "14h00", "title": "Tiếp Đoàn cựu chiến binh Trung đoàn 812", "kind": "reception", "chair": "Đ/c Ngô Thị Minh Oanh", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Phòng khách Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [8], "event_id": 52, "rule_day": null}, {"key": "e44", "day": "2026-12-03", "half": "afternoon", "start": "2026-12-03T14:00:00", "end": "2026-12-03T17:00:00", "time_label": "14h00", "title": "Tiếp Đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư", "kind": "reception", "chair": "Đ/c Nguyễn Thị Ánh", "leaders": "", "participants": "Lãnh đạo Văn phòng; Phòng Hành chính", "location": "Phòng khách Tỉnh ủy", "preparing": "Phòng Hành chính", "status": "published", "leader_ids": [2], "event_id": 44, "rule_day": null}, {"key": "e48", "day": "2026-12-04", "half": "morning", "start": "2026-12-04T07:30:00", "end": "2026-12-04T11:30:00", "time_label": "Cả buổi", "title": "Làm việc với Thành ủy Bảo Lộc về công tác chuẩn bị đại hội", "kind": "field_visit", "chair": "Đ/c Nguyễn Thanh Vân", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Thành ủy Bảo Lộc", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [9], "event_id": 48, "rule_day": null}, {"key": "e37", "day": "2026-12-04", "half": "afternoon", "start": "2026-12-04T13:30:00", "end": "2026-12-04T17:00:00", "time_label": "Cả buổi", "title": "Kiểm tra công tác chuẩn bị mùa du lịch lễ hội hoa", "kind": "field_visit", "chair": "Đ/c Nguyễn Thanh Hằng", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Quảng trường Lâm Viên, Đà Lạt", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [7], "event_id": 37, "rule_day": null}, {"key": "e32", "day": "2026-12-04", "half": "afternoon", "start": "2026-12-04T13:30:00", "end": "2026-12-04T17:00:00", "time_label": "Cả buổi", "title": "Kiểm tra tiến độ dự án đường cao tốc Tân Phú – Bảo Lộc", "kind": "field_visit", "chair": "Đ/c Lê Thị Thu Nhung", "leaders": "", "participants": "Đại diện các ban Đảng Tỉnh ủy; Lãnh đạo Văn phòng", "location": "Huyện Bảo Lâm", "preparing": "Phòng Tổng hợp", "status": "published", "leader_ids": [4], "event_id": 32, "rule_day": null}, {"key": "e15", "day": "2026-12-06", "half": "morning", "start": "2026-12-06T07:00:00", "end": "2026-12-06T09:00:00", "time_label": "7h00", "title": "Dự Lễ ra quân Tháng Thanh niên", "kind": "meeting", "chair": "Đ/c Ngô Thị Minh Dung", "leaders": "", "participants": "Tỉnh đoàn; Văn phòng Tỉnh ủy", "location": "Quảng trường Lâm Viên", "preparing": "Tỉnh đoàn Lâm Đồng", "status": "published", "leader_ids": [3], "event_id": 15, "rule_day": null}]');
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
CREATE INDEX ix_event_preparing_unit_id ON event (preparing_unit_id);
CREATE INDEX ix_event_series_id ON event (series_id);
CREATE INDEX ix_event_series_key ON event (series_key);
CREATE INDEX ix_event_recurring_start ON event (recurring, start_at);
CREATE INDEX ix_event_chair_id ON event (chair_id);
CREATE INDEX ix_event_range_end ON event (range_end);
CREATE INDEX ix_event_start_at ON event (start_at);
CREATE INDEX ix_event_uid ON event (uid);
CREATE INDEX ix_event_split_from_id ON event (split_from_id);
CREATE INDEX ix_outgoing_document_year ON outgoing_document (year);
CREATE INDEX ix_outgoing_document_type_code ON outgoing_document (type_code);
CREATE INDEX ix_outgoing_document_meeting_id ON outgoing_document (meeting_id);
CREATE INDEX ix_meeting_chair_id ON meeting (chair_id);
CREATE INDEX ix_meeting_start_at ON meeting (start_at);
CREATE INDEX ix_meeting_event_id ON meeting (event_id);
CREATE INDEX ix_meeting_minute_taker_id ON meeting (minute_taker_id);
CREATE INDEX ix_approval_step_acting_for_id ON approval_step (acting_for_id);
CREATE INDEX ix_approval_step_decided_by_user_id ON approval_step (decided_by_user_id);
CREATE INDEX ix_approval_step_approver_id ON approval_step (approver_id);
CREATE INDEX ix_approval_step_request_id ON approval_step (request_id);
CREATE INDEX ix_leave_request_application_due ON leave_request (start_date) WHERE application_required = 1 AND application_received IS 0;
CREATE INDEX ix_event_kind_start ON event (recurring, kind, start_at);
COMMIT;
