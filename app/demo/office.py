"""The demo office: a Văn phòng Tỉnh ủy with its departments, leaders and staff.

`vanphong demo` and the first-run dialog call :func:`load_demo`. Each pane adds its
own demo data through a module listed in :data:`PANE_DEMOS` exposing
``fill(session, actor, ctx)``, called after the org chart exists.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import delete, event, update
from sqlmodel import Session, SQLModel, select

from app.errors import Conflict
from app.services.admin import auth
from app.services.admin.auth import Actor, Permission, require
from app.services.admin.database import is_empty
from app.services.org import edit as org
from app.services.org.edit import PersonInput
from app.services.unit_of_work import unit_of_work
from db.models.base import today_local

# Modules adding each pane's demo data, in order (calendar before meetings and leave).
PANE_DEMOS: list[str] = [
    "app.demo.calendar",
    "app.demo.meetings",
    "app.demo.leave",
]

DEMO_PASSWORD = "vanphong"

FAMILY = ["Nguyễn"] * 8 + ["Trần"] * 3 + ["Lê"] * 3 + ["Phạm"] * 2 + [
    "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương"]
MIDDLE = {"male": ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công", "Xuân", "Anh", "Trọng"],
          "female": ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Thị Minh", "Thị Thu", "Hồng", "Mỹ"]}
GIVEN = {"male": ["Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Sơn", "Long", "Quân", "Phong", "Thắng", "Cường",
                  "Khoa", "Bình", "Toàn", "Vinh", "Hiếu", "Trung", "Lộc", "Phúc", "Đạt"],
         "female": ["Lan", "Hương", "Hoa", "Mai", "Hạnh", "Thảo", "Trang", "Linh", "Hằng", "Nga", "Yến",
                    "Phương", "Huyền", "Nhung", "Loan", "Vân", "Dung", "Oanh", "Tâm", "Ánh"]}

POSITIONS = [  # role, title, protocol rank
    ("secretary", "Bí thư Tỉnh ủy", 1),
    ("standing_deputy_secretary", "Phó Bí thư Thường trực Tỉnh ủy", 2),
    ("deputy_secretary", "Phó Bí thư Tỉnh ủy", 3),
    ("member", "Ủy viên Ban Thường vụ Tỉnh ủy", 4),
    ("member", "Tỉnh ủy viên", 5),
    ("chief", "Chánh Văn phòng", 10),
    ("deputy_chief", "Phó Chánh Văn phòng", 11),
    ("head", "Trưởng phòng", 20),
    ("deputy_head", "Phó Trưởng phòng", 21),
    ("specialist", "Chuyên viên chính", 30),
    ("specialist", "Chuyên viên", 31),
    ("staff", "Nhân viên", 40),
]

DEPARTMENTS = [  # code, name, short name, number of specialists
    ("tong_hop", "Phòng Tổng hợp", "TH", 8),
    ("hanh_chinh", "Phòng Hành chính", "HC", 7),
    ("tai_chinh_quan_tri", "Phòng Tài chính – Quản trị", "TC-QT", 7),
    ("co_yeu_cntt", "Phòng Cơ yếu – Công nghệ thông tin", "CY-CNTT", 4),
]

BTV_PORTFOLIOS = [
    "Trưởng Ban Tổ chức Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Trưởng Ban Nội chính Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh",
    "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Giám đốc Công an tỉnh", "Bí thư Thành ủy Đà Lạt",
    "Trưởng Ban Chính sách, chiến lược Tỉnh ủy",
]


@dataclass
class DemoContext:
    """What the org part of the demo created, for the panes' demo modules."""

    today: date
    rng: random.Random
    units: dict[str, int] = field(default_factory=dict)  # code -> id
    positions: dict[str, int] = field(default_factory=dict)  # title -> id
    people: dict[str, int] = field(default_factory=dict)  # key ("chief", "deputy1", …) -> id
    staff_by_unit: dict[str, list[int]] = field(default_factory=dict)
    bodies: dict[str, list[int]] = field(default_factory=dict)  # "bch"/"btv"/"thuong_truc" -> ids


class _Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def person(self, gender: str | None = None) -> tuple[str, str]:
        gender = gender or self.rng.choice(["male", "female"])
        while True:
            name = f"{self.rng.choice(FAMILY)} {self.rng.choice(MIDDLE[gender])} {self.rng.choice(GIVEN[gender])}"
            if name not in self.used:
                self.used.add(name)
                return name, gender


def _add_person(session: Session, actor: Actor, ctx: DemoContext, names: _Names, unit: str, title: str,
                *, gender: str | None = None, age: tuple[int, int] = (28, 58)) -> int:
    name, gender = names.person(gender)
    rng = ctx.rng
    born = date(ctx.today.year - rng.randint(*age), rng.randint(1, 12), rng.randint(1, 28))
    start = date(max(born.year + 23, ctx.today.year - rng.randint(1, 30)), rng.randint(1, 12), 1)
    phone = "09" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return org.create_person(session=session, actor=actor, data=PersonInput(
        full_name=name, gender=gender, birth_date=born, phone=phone,
        email="", unit_id=ctx.units[unit], position_id=ctx.positions[title], service_start=start))


def load_demo(*, session: Session, actor: Actor, force: bool = False, today: date | None = None,
              seed: int = 2026) -> DemoContext:
    """Fill the database with the demo office, in one transaction (all of it or, on any error,
    nothing). Refuses a non-empty DB unless *force*."""
    require(actor, Permission.SETTINGS_WRITE)
    # argon2 takes a quarter of a second of CPU and releases the GIL: hashed meanwhile, once (the
    # demo accounts share the password the README publishes)
    with ThreadPoolExecutor(max_workers=1) as hashing:
        password_hash = hashing.submit(auth.hash_password, DEMO_PASSWORD)
        with unit_of_work(session), _rows_kept(session):
            if not is_empty(session):
                if not force:
                    raise Conflict("Cơ sở dữ liệu đã có dữ liệu; dùng --force để xóa và nạp lại văn phòng mẫu.")
                clear_office_data(session)
            return _fill(session, actor, today or today_local(), seed, password_hash)


@contextmanager
def _rows_kept(session: Session) -> Iterator[None]:
    """Keep every row the load writes or reads in memory until it ends.

    The session's identity map holds unchanged rows weakly: a service that wrote a row and
    returned its id let it go, and the next service reading that id went back to the database
    (about 670 of the load's 3,100 statements).  Only what is cached changes, not what is written.
    """
    kept: list[object] = []

    def keep(_session: Session, instance: object) -> None:
        kept.append(instance)

    hooks = ("pending_to_persistent", "loaded_as_persistent")
    for hook in hooks:
        event.listen(session, hook, keep)
    try:
        yield
    finally:
        for hook in hooks:
            event.remove(session, hook, keep)


def _fill(session: Session, actor: Actor, today: date, seed: int, password_hash: Future[str]) -> DemoContext:
    ctx = DemoContext(today=today, rng=random.Random(seed))
    names = _Names(ctx.rng)
    org.save_office(session=session, actor=actor, name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng",
                    address="Số 36 Trần Phú, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng", place="Lâm Đồng",
                    kind="party", code_suffix="VPTU")
    for role, title, rank in POSITIONS:
        ctx.positions[title] = org.create_position(session=session, actor=actor, role=role, title=title, rank=rank)
    u = ctx.units
    u["bch"] = org.create_unit(session=session, actor=actor, name="Ban Chấp hành Đảng bộ tỉnh", parent_id=None,
                               kind="body", short_name="BCH", code="bch", sort_order=1)
    u["btv"] = org.create_unit(session=session, actor=actor, name="Ban Thường vụ Tỉnh ủy", parent_id=u["bch"],
                               kind="body", short_name="BTV", code="btv")
    u["thuong_truc"] = org.create_unit(session=session, actor=actor, name="Thường trực Tỉnh ủy",
                                       parent_id=u["btv"], kind="body", short_name="TT", code="thuong_truc")
    u["office"] = org.create_unit(session=session, actor=actor, name="Văn phòng Tỉnh ủy", parent_id=None,
                                  kind="office", short_name="VPTU", code="office", sort_order=2)
    u["lanh_dao"] = org.create_unit(session=session, actor=actor, name="Lãnh đạo Văn phòng", parent_id=u["office"],
                                    short_name="LĐVP", code="lanh_dao", sort_order=0)
    for order, (code, name, short, _n) in enumerate(DEPARTMENTS, start=1):
        u[code] = org.create_unit(session=session, actor=actor, name=name, parent_id=u["office"],
                                  short_name=short, code=code, sort_order=order)

    p = ctx.people
    p["secretary"] = _add_person(session, actor, ctx, names, "thuong_truc", "Bí thư Tỉnh ủy", gender="male", age=(52, 58))
    p["standing_deputy_secretary"] = _add_person(session, actor, ctx, names, "thuong_truc",
                                                 "Phó Bí thư Thường trực Tỉnh ủy", age=(50, 58))
    p["deputy_secretary"] = _add_person(session, actor, ctx, names, "thuong_truc", "Phó Bí thư Tỉnh ủy", age=(48, 57))
    thuong_truc = [p["secretary"], p["standing_deputy_secretary"], p["deputy_secretary"]]
    btv = list(thuong_truc)
    for i, portfolio in enumerate(BTV_PORTFOLIOS):
        pid = _add_person(session, actor, ctx, names, "btv", "Ủy viên Ban Thường vụ Tỉnh ủy", age=(45, 58))
        person = org.get_person(session, pid)
        org.update_person(session=session, actor=actor, person_id=pid,
                          data=PersonInput(**{**vars(PersonInput.of(person)), "notes": portfolio}))
        p[f"btv{i + 1}"] = pid
        btv.append(pid)
    p["chief"] = _add_person(session, actor, ctx, names, "lanh_dao", "Chánh Văn phòng", age=(45, 56))
    for i in range(1, 4):
        p[f"deputy{i}"] = _add_person(session, actor, ctx, names, "lanh_dao", "Phó Chánh Văn phòng", age=(42, 56))
    bch = [*list(btv), p["chief"]]
    for _ in range(28):
        bch.append(_add_person(session, actor, ctx, names, "bch", "Tỉnh ủy viên", age=(40, 58)))
    ctx.bodies = {"thuong_truc": thuong_truc, "btv": btv, "bch": bch}
    for code, members in ctx.bodies.items():
        org.set_body_membership(session=session, actor=actor, body_id=u[code], person_ids=members)

    for code, _name, _short, n_staff in DEPARTMENTS:
        ids = [_add_person(session, actor, ctx, names, code, "Trưởng phòng", age=(38, 56))]
        p[f"head_{code}"] = ids[0]
        for _ in range(1 if n_staff < 6 else 2):
            ids.append(_add_person(session, actor, ctx, names, code, "Phó Trưởng phòng", age=(33, 55)))
            p.setdefault(f"deputy_head_{code}", ids[-1])
        for j in range(n_staff):
            title = "Chuyên viên chính" if j < 2 else ("Nhân viên" if j == n_staff - 1 and code == "tai_chinh_quan_tri" else "Chuyên viên")
            ids.append(_add_person(session, actor, ctx, names, code, title, age=(24, 50)))
        ctx.staff_by_unit[code] = ids

    org.set_standing_deputy(session=session, actor=actor, person_id=p["deputy1"])
    org.set_oversight(session=session, actor=actor, deputy_id=p["deputy1"], unit_ids=[u["tong_hop"]],
                      fields_=["Tham mưu tổng hợp", "Chương trình công tác", "Thi đua – khen thưởng"])
    org.set_oversight(session=session, actor=actor, deputy_id=p["deputy2"], unit_ids=[u["hanh_chinh"], u["co_yeu_cntt"]],
                      fields_=["Văn thư – lưu trữ", "Chuyển đổi số", "Cơ yếu"])
    org.set_oversight(session=session, actor=actor, deputy_id=p["deputy3"], unit_ids=[u["tai_chinh_quan_tri"]],
                      fields_=["Tài chính – tài sản", "Lễ tân, khánh tiết", "Xe ô tô"])
    today = ctx.today
    org.add_delegation(session=session, actor=actor, principal_id=p["deputy3"], acting_id=p["deputy2"],
                       start_date=today - timedelta(days=1), end_date=today + timedelta(days=2),
                       scope="Điều hành Phòng Tài chính – Quản trị", reason="Đi công tác Hà Nội")
    org.add_delegation(session=session, actor=actor, principal_id=p["head_hanh_chinh"],
                       acting_id=p["deputy_head_hanh_chinh"], start_date=today, end_date=today + timedelta(days=4),
                       scope="Ký thay văn bản hành chính", reason="Học lớp bồi dưỡng")
    _demo_accounts(session, actor, ctx, password_hash)
    for module_name in PANE_DEMOS:
        importlib.import_module(module_name).fill(session, actor, ctx)
    return ctx


def _demo_accounts(session: Session, actor: Actor, ctx: DemoContext, password_hash: Future[str]) -> None:
    accounts = [("chanhvp", "leader", "chief"), ("phochanhvp", "leader", "deputy1"),
                ("vanthu", "clerk", None), ("chuyenvien", "staff", None)]
    clerk = ctx.staff_by_unit["hanh_chinh"][-1]
    specialist = ctx.staff_by_unit["tong_hop"][-1]
    existing = {row.username for row in auth.list_users(session=session)}
    for username, role, key in accounts:
        if username in existing:
            continue
        person_id = ctx.people[key] if key else (clerk if role == "clerk" else specialist)
        auth.create_user(session=session, actor=actor, username=username, password=DEMO_PASSWORD,
                         role=role, person_id=person_id, password_hash=password_hash.result())


def clear_office_data(session: Session) -> None:
    """Delete every row except accounts, settings and the schema version (demo --force), as part
    of the caller's unit of work."""
    from db.models import Unit, User

    # accounts, settings and the office's own editable rules survive a reload
    keep = {"app_user", "setting", "alembic_version", "checklist_template", "checklist_template_item",
            "approval_rule", "leave_type"}
    for user in session.exec(select(User)).all():
        user.person_id = None
        session.add(user)
    session.flush()
    session.execute(update(Unit).values(parent_id=None))  # unit.parent_id is ON DELETE RESTRICT
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name not in keep:
            session.execute(delete(table))
