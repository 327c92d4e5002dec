"""Where the boxes and lines of the graphical org chart go.

:func:`layout_chart` turns an org snapshot into plain primitives (boxes with their text
already wrapped, polylines, frames and free text) in chart coordinates. The scene and the
PNG/PDF exports paint exactly these primitives (chart_paint.py), so they look the same.

The drawing: the leadership bodies (BCH → BTV → Thường trực) in a column on the left;
the office on the right — the chief above the deputy chiefs (the standing deputy first and
marked), then the departments with their heads and staff counts. Solid lines show who
leads and who reports; a dashed line in a deputy's colour runs to each department that
deputy oversees (001 Điều 5, 000 Điều 3), with the deputy's fields written in their box.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.org.read import Absence, OrgSnapshot, PersonInfo, UnitInfo
from app.text import fold, format_date
from ui.orgchart.chart_parts import (
    ChartBox,
    ChartFrame,
    ChartLayout,
    ChartLine,
    ChartText,
    equalise,
    make_box,
)
from ui.orgchart.chart_style import (
    AWAY_FILL,
    DEPUTY_COLOURS,
    INK,
    PARTY_RED,
    line_height,
    text_width,
)
from ui.translation import TranslationContext

OrgChart = TranslationContext("OrgChart")  # the chart's texts, with plural forms

MARGIN = 28.0
FRAME_PAD = 16.0
CHIEF_W, DEPUTY_W, DEPT_W, BODY_W = 240.0, 210.0, 195.0, 232.0
DEPUTY_GAP, DEPT_GAP, COLUMN_GAP = 24.0, 28.0, 56.0
DEPTS_PER_ROW = 5


class _Builder:
    def __init__(self, snap: OrgSnapshot, away: dict[int, Absence], acting: dict[int, int], today: date) -> None:
        self.snap, self.away, self.acting, self.today = snap, away, acting, today
        office = snap.office
        self.out = ChartLayout(title=QCoreApplication.translate("OrgChart", "SƠ ĐỒ TỔ CHỨC %1").replace("%1", (office.name if office else "").upper()))

    # -- text of the boxes ----------------------------------------------------------

    def _away_lines(self, person: PersonInfo) -> list[tuple[str, str]]:
        absence = self.away.get(person.id)
        if absence is None:
            return []
        lines = [(QCoreApplication.translate("OrgChart", "Vắng: %1").replace("%1", absence.reason or QCoreApplication.translate("OrgChart", "không rõ lý do")), "away")]
        acting = self.snap.people.get(self.acting.get(person.id, -1))
        if acting is not None:
            lines.append((QCoreApplication.translate("OrgChart", "%1 làm thay").replace("%1", acting.full_name), "away"))
        return lines

    def _person_tooltip(self, person: PersonInfo) -> str:
        parts = [person.full_name, person.position_title, person.unit_name, person.phone, person.email]
        absence = self.away.get(person.id)
        if absence is not None:
            parts.append(QCoreApplication.translate("OrgChart", "Vắng %1 – %2").replace("%1", format_date(absence.start))
                         .replace("%2", format_date(absence.end)))
        return "\n".join(p for p in parts if p)

    def person_box(self, person: PersonInfo, width: float, extra: Sequence[tuple[str, str]] = (), **style: Any) -> ChartBox:
        content = [(person.position_title.upper(), "caption"), (person.full_name, "name"), *extra,
                   *self._away_lines(person)]
        badge = QCoreApplication.translate("OrgChart", "VẮNG") if person.id in self.away else ""
        return make_box("person", person.id, width, content, badge=badge,
                        tooltip=self._person_tooltip(person), **style)

    # -- the parts ------------------------------------------------------------------

    def title(self) -> float:
        office = self.snap.office
        self.out.texts.append(ChartText(MARGIN, MARGIN, 0.0, self.out.title, "title"))
        sub = [office.parent_body if office else "", QCoreApplication.translate("OrgChart", "Cập nhật ngày %1").replace("%1", format_date(self.today))]
        y = MARGIN + line_height("title") + 2
        self.out.texts.append(ChartText(MARGIN, y, 0.0, " · ".join(s for s in sub if s), "subtitle"))
        return y + line_height("subtitle") + 18

    def bodies(self, top: float) -> tuple[float, float, ChartBox | None]:
        """The leadership bodies column; returns its right edge, bottom and the box the office links to."""
        snap = self.snap
        order: list[UnitInfo] = []

        def visit(unit: UnitInfo) -> None:
            order.append(unit)
            for child in snap.children(unit.id):
                if child.kind == "body" and child.active:
                    visit(child)

        for unit in sorted(snap.units.values(), key=lambda u: (u.sort_order, u.id)):
            parent = snap.units.get(unit.parent_id) if unit.parent_id else None
            if unit.kind == "body" and unit.active and (parent is None or parent.kind != "body"):
                visit(unit)
        if not order:
            return MARGIN - COLUMN_GAP, top, None
        x = MARGIN + FRAME_PAD
        y = top + 26
        boxes: list[ChartBox] = []
        for unit in order:
            members = [snap.people[m] for m in snap.members.get(unit.id, []) if m in snap.people]
            members = sorted((p for p in members if p.active), key=lambda p: (p.rank, fold(p.full_name)))
            content = [(unit.name, "unit"), (OrgChart.tr("%n ủy viên", "", len(members)), "small")]
            if _is_standing_members(unit) or not snap.children(unit.id):
                for person in members:
                    content.append((person.full_name, "member"))
                    content.append((person.position_title, "small"))
                    content.extend(self._away_lines(person))
            else:  # members not listed: name who is away
                away = [p.full_name for p in members if p.id in self.away]
                if away:
                    names = ", ".join(away[:3]) + (OrgChart.tr(" và %n người khác", "", len(away) - 3)
                                                   if len(away) > 3 else "")
                    content.append((QCoreApplication.translate("OrgChart", "Vắng hôm nay: %1").replace("%1", names),
                                    "away"))
            box = make_box("unit", unit.id, BODY_W, content, fill="#fef2f2", border=PARTY_RED,
                           badge=QCoreApplication.translate("OrgChart", "VẮNG") if any(p.id in self.away for p in members) else "",
                           tooltip=", ".join(p.full_name for p in members))
            box.x, box.y = x, y
            if boxes and boxes[-1].item_id == unit.parent_id:
                self.out.lines.append(ChartLine([(box.cx, boxes[-1].bottom), (box.cx, box.y)], PARTY_RED))
            boxes.append(box)
            y = box.bottom + 30
        self.out.boxes.extend(boxes)
        bottom = boxes[-1].bottom + FRAME_PAD
        self.out.frames.append(ChartFrame(MARGIN, top, BODY_W + 2 * FRAME_PAD, bottom - top,
                                          QCoreApplication.translate("OrgChart", "CƠ QUAN LÃNH ĐẠO"), border="#fca5a5", fill="#fffbfb"))
        link = next((b for b in boxes if _is_standing_members(snap.units[b.item_id])), boxes[-1])
        return MARGIN + BODY_W + 2 * FRAME_PAD, bottom, link

    def office(self, left: float, top: float) -> tuple[float, float, ChartBox | None]:
        """The office: leaders, departments, lines. Returns its right edge, bottom and the chief's box."""
        snap = self.snap
        chiefs = sorted(snap.with_role("chief"), key=lambda p: p.id)
        chief = chiefs[0] if chiefs else None
        deputies = sorted(snap.with_role("deputy_chief"), key=lambda p: (not p.is_standing_deputy, p.rank, p.id))
        colours = {d.id: DEPUTY_COLOURS[i % len(DEPUTY_COLOURS)] for i, d in enumerate(deputies)}
        departments = self._departments({p.id for p in [*chiefs, *deputies]}, [d.id for d in deputies])

        n_cols = max(1, min(len(departments), DEPTS_PER_ROW))
        rows = [departments[i:i + DEPTS_PER_ROW] for i in range(0, len(departments), DEPTS_PER_ROW)]
        spine_room = 40.0 if len(rows) > 1 else 0.0
        grid_w = n_cols * DEPT_W + (n_cols - 1) * DEPT_GAP
        deps_w = len(deputies) * DEPUTY_W + max(0, len(deputies) - 1) * DEPUTY_GAP
        frame_w = max(deps_w, CHIEF_W) + 2 * FRAME_PAD
        inner_w = max(grid_w, frame_w)
        cx = left + spine_room + inner_w / 2

        # the leaders, in a frame
        y = top + 26
        chief_box = None
        if chief is not None:
            chief_box = self.person_box(chief, CHIEF_W, fill="#eff6ff", border_width=2.0)
            chief_box.x, chief_box.y = cx - CHIEF_W / 2, y
            self.out.boxes.append(chief_box)
            y = chief_box.bottom + 44
        deputy_boxes = []
        for deputy in deputies:
            fields_ = [o.field for o in snap.overseen_by(deputy.id) if o.field]
            extra = [(QCoreApplication.translate("OrgChart", "Lĩnh vực: %1").replace("%1", "; ".join(fields_)), "small")] if fields_ else []
            box = self.person_box(deputy, DEPUTY_W, extra, accent=colours[deputy.id],
                                  tag=QCoreApplication.translate("OrgChart", "THƯỜNG TRỰC") if deputy.is_standing_deputy else "",
                                  border_width=2.4 if deputy.is_standing_deputy else 1.2)
            deputy_boxes.append(box)
        equalise(deputy_boxes)
        for i, box in enumerate(deputy_boxes):
            box.x, box.y = cx - deps_w / 2 + i * (DEPUTY_W + DEPUTY_GAP), y
        self.out.boxes.extend(deputy_boxes)
        if chief_box is not None and deputy_boxes:
            mid = (chief_box.bottom + y) / 2
            self._fan((cx, chief_box.bottom), mid, deputy_boxes)
        leaders_bottom = max([b.bottom for b in deputy_boxes] + ([chief_box.bottom] if chief_box else [y]))
        frame_bottom = leaders_bottom + FRAME_PAD
        self.out.frames.append(ChartFrame(cx - frame_w / 2, top, frame_w, frame_bottom - top,
                                          QCoreApplication.translate("OrgChart", "LÃNH ĐẠO VĂN PHÒNG")))

        # the departments, in rows
        lane = {d.id: frame_bottom + 14 + 9 * i for i, d in enumerate(deputies)}
        bus_y = frame_bottom + 14 + 9 * len(deputies) + 12
        row_top = bus_y + 30
        grid_x = cx - grid_w / 2
        dept_boxes: list[tuple[int, ChartBox]] = []  # (row, box)
        for r, row in enumerate(rows):
            boxes = [self._department_box(unit, colours) for unit in row]
            equalise(boxes)
            for j, box in enumerate(boxes):
                box.x, box.y = grid_x + j * (DEPT_W + DEPT_GAP), row_top
                dept_boxes.append((r, box))
            self.out.boxes.extend(boxes)
            row_top = boxes[0].bottom + 64
        self._department_links(dept_boxes, rows, cx, frame_bottom, bus_y, grid_x - 40)
        self._oversight_links(deputy_boxes, dept_boxes, lane, colours, len(deputies), cx)
        bottom = max([frame_bottom] + [b.bottom for _r, b in dept_boxes])
        return cx + inner_w / 2, bottom, chief_box

    def _departments(self, leader_ids: set[int], deputy_order: list[int]) -> list[UnitInfo]:
        snap = self.snap
        offices = sorted((u for u in snap.units.values() if u.kind == "office" and u.active),
                         key=lambda u: (u.sort_order, u.id))
        if offices:
            candidates = [u for u in snap.children(offices[0].id) if u.active and u.kind == "department"]
        else:
            candidates = [u for u in snap.children(None) if u.active and u.kind == "department"]
        result = []
        for unit in candidates:
            people = snap.people_in(unit.id)
            if people and all(p.id in leader_ids for p in people):
                continue  # "Lãnh đạo Văn phòng": drawn as the leaders' frame
            result.append(unit)

        def order(unit: UnitInfo) -> tuple[int, int, str]:
            overseers = [deputy_order.index(d) for d in snap.overseers_of(unit.id) if d in deputy_order]
            return (min(overseers) if overseers else len(deputy_order), unit.sort_order, unit.name)

        return sorted(result, key=order)

    def _subtree_people(self, unit_id: int) -> list[PersonInfo]:
        people = list(self.snap.people_in(unit_id))
        for child in self.snap.children(unit_id):
            if child.active:
                people.extend(self._subtree_people(child.id))
        return people

    def _department_box(self, unit: UnitInfo, colours: dict[int, str]) -> ChartBox:
        people = self._subtree_people(unit.id)
        head = next((p for p in self.snap.people_in(unit.id) if p.role == "head"), None)
        content = [(unit.name, "unit")]
        if head is not None:
            content.append((f"{head.position_title}: {head.full_name}", "body"))
            content.extend(self._away_lines(head))
        else:
            content.append((QCoreApplication.translate("OrgChart", "Chưa có trưởng phòng"), "small"))
        content.append((OrgChart.tr("%n người", "", len(people)), "small"))
        others = [p for p in people if p.id in self.away and (head is None or p.id != head.id)]
        if others:
            content.append((OrgChart.tr("%n người khác vắng hôm nay", "", len(others))
                            if head is not None and head.id in self.away
                            else OrgChart.tr("%n người vắng hôm nay", "", len(others)), "away"))
        overseers = [d for d in self.snap.overseers_of(unit.id) if d in colours]
        badge = QCoreApplication.translate("OrgChart", "VẮNG") if head is not None and head.id in self.away else (
            QCoreApplication.translate("OrgChart", "%1 VẮNG").replace("%1", str(len(others))) if others else "")
        names = [self.snap.people[d].full_name for d in overseers]
        tooltip = unit.name + ("\n" + QCoreApplication.translate("OrgChart", "Phụ trách: %1").replace("%1", ", ".join(names)) if names else "")
        return make_box("unit", unit.id, DEPT_W, content, accent=colours[overseers[0]] if overseers else "",
                        badge=badge, tooltip=tooltip)

    # -- lines ----------------------------------------------------------------------

    def _fan(self, start: tuple[float, float], mid: float, targets: list[ChartBox]) -> None:
        """Solid lines from *start* down to a bus at *mid*, then down into each target."""
        xs = [b.cx for b in targets]
        self.out.lines.append(ChartLine([start, (start[0], mid)]))
        self.out.lines.append(ChartLine([(min([*xs, start[0]]), mid), (max([*xs, start[0]]), mid)]))
        for b in targets:
            self.out.lines.append(ChartLine([(b.cx, mid), (b.cx, b.y)]))

    def _department_links(self, dept_boxes: list[tuple[int, ChartBox]], rows: list, cx: float,
                          frame_bottom: float, bus_y: float, spine_x: float) -> None:
        if not dept_boxes:
            return
        first_row = [b for r, b in dept_boxes if r == 0]
        self._fan((cx, frame_bottom), bus_y, first_row)
        if len(rows) > 1:
            last_bus = 0.0
            for r in range(1, len(rows)):
                row = [b for rr, b in dept_boxes if rr == r]
                last_bus = row[0].y - 26
                self.out.lines.append(ChartLine([(spine_x, last_bus), (row[-1].cx, last_bus)]))
                for b in row:
                    self.out.lines.append(ChartLine([(b.cx, last_bus), (b.cx, b.y)]))
            self.out.lines.append(ChartLine([(spine_x, bus_y), (first_row[0].cx, bus_y)]))
            self.out.lines.append(ChartLine([(spine_x, bus_y), (spine_x, last_bus)]))

    def _oversight_links(self, deputy_boxes: list[ChartBox], dept_boxes: list[tuple[int, ChartBox]],
                         lane: dict[int, float], colours: dict[int, str], n_deputies: int, trunk_x: float) -> None:
        by_unit = {b.item_id: (r, b) for r, b in dept_boxes}
        for k, dep in enumerate(deputy_boxes):
            for o in self.snap.overseen_by(dep.item_id):
                if o.unit_id not in by_unit:
                    continue
                r, target = by_unit[o.unit_id]
                overseers = [d for d in self.snap.overseers_of(o.unit_id) if d in colours]
                entry = target.cx + 36 + 10 * overseers.index(dep.item_id)
                exit_x = dep.cx + (28 if abs(dep.cx - trunk_x) < 2 else 0)  # keep off the solid trunk
                points = [(exit_x, dep.bottom), (exit_x, lane[dep.item_id])]
                if r == 0:
                    points += [(entry, lane[dep.item_id]), (entry, target.y)]
                else:
                    channel = target.x - DEPT_GAP / 2 + (k - (n_deputies - 1) / 2) * 4
                    approach = target.y - 12 - 3 * k
                    points += [(channel, lane[dep.item_id]), (channel, approach), (entry, approach), (entry, target.y)]
                self.out.lines.append(ChartLine(points, colours[dep.item_id], dashed=True, width=1.6))

    def legend(self, top: float) -> float:
        x, y = MARGIN, top
        items = [  # (line colour, dashed) or None for the away pill, label
            ((INK, False), QCoreApplication.translate("OrgChart", "Lãnh đạo, chỉ đạo – báo cáo")),
            ((DEPUTY_COLOURS[0], True), QCoreApplication.translate("OrgChart", "Phó Chánh Văn phòng phụ trách (lĩnh vực ghi trong ô)")),
            (None, QCoreApplication.translate("OrgChart", "Vắng hôm nay và người làm thay")),
        ]
        for sample, label in items:
            if sample is None:
                pill = make_box("legend", 0, text_width("badge", QCoreApplication.translate("OrgChart", "VẮNG")) + 12, [], fill=AWAY_FILL,
                                border=AWAY_FILL, badge=QCoreApplication.translate("OrgChart", "VẮNG"))
                pill.x, pill.y, pill.h = x + 2, y + 1, 12
                self.out.boxes.append(pill)
                x += pill.w + 10
            else:
                line_colour, dashed = sample
                self.out.lines.append(ChartLine([(x, y + 7), (x + 36, y + 7)], line_colour, dashed=dashed,
                                                width=1.6 if dashed else 1.4))
                x += 44
            self.out.texts.append(ChartText(x, y, 0.0, label, "legend"))
            x += text_width("legend", label) + 30
        return y + line_height("legend")


def _is_standing_members(unit: UnitInfo) -> bool:
    return unit.code == "thuong_truc" or fold(unit.name).startswith("thuong truc")


def layout_chart(snap: OrgSnapshot, away: dict[int, Absence], acting: dict[int, int], today: date) -> ChartLayout:
    """The whole chart for *snap* with who is *away* today and who acts for them (person → person)."""
    builder = _Builder(snap, away, acting, today)
    top = builder.title()
    bodies_right, bodies_bottom, link = builder.bodies(top)
    office_right, office_bottom, chief_box = builder.office(bodies_right + COLUMN_GAP, top)
    if link is not None and chief_box is not None:
        mid = bodies_right + COLUMN_GAP / 2
        y0, y1 = link.y + min(link.h / 2, 40), chief_box.y + chief_box.h / 2
        builder.out.lines.append(ChartLine([(link.x + link.w, y0), (mid, y0), (mid, y1), (chief_box.x, y1)],
                                           PARTY_RED))
    bottom = builder.legend(max(bodies_bottom, office_bottom) + 28)
    out = builder.out
    text_right = max(t.x + text_width(t.style, t.text) for t in out.texts)
    out.width = max(office_right, text_right) + MARGIN
    out.height = bottom + MARGIN
    return out
