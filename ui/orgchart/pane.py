"""The org chart pane: the tree with search and a details panel, and who is away today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import org
from app.text import format_date
from ui.context import AppContext
from ui.orgchart.models import ID_ROLE, KIND_ROLE, FoldedFilterProxy, OrgTreeModel
from ui.panes import Pane


class OrgChartPane(Pane):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.snapshot: org.OrgSnapshot | None = None
        self.away: dict[int, org.Absence] = {}

        self.search = QLineEdit()
        self.search.setObjectName("orgSearch")
        self.search.setPlaceholderText(self.tr("Tìm cán bộ (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Hiện cả người đã nghỉ"))
        self.model = OrgTreeModel(self)
        self.proxy = FoldedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("orgTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.details = QTextBrowser()
        self.details.setObjectName("orgDetails")
        self.details.setOpenLinks(False)
        self.away_label = QLabel()
        self.away_label.setObjectName("awayToday")
        self.away_label.setWordWrap(True)
        self.away_label.setStyleSheet("QLabel { background: rgba(249, 115, 22, 40); "  # a tint: reads in both palettes
                                      "border: 1px solid rgba(249, 115, 22, 150); padding: 4px; }")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.show_inactive)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.tree)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.away_label)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self._on_search)
        self.show_inactive.toggled.connect(lambda _checked: self.refresh())
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self._find_action = QAction(self.tr("Tìm"), self)
        self._find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self._find_action.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(self._find_action)
        self.refresh()

    def topics(self) -> frozenset[str]:
        return frozenset({"org", "leave", "calendar"})

    def refresh(self) -> None:
        current = self.current_item()
        today = date.today()
        self.snapshot = self.ctx.read(org.load_org)
        self.away = self.ctx.read(lambda session: org.away_on(session, today))
        self.model.load(self.snapshot, self.away, show_inactive=self.show_inactive.isChecked())
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(0)
        self._show_away(today)
        if current is not None:
            self.select(*current)

    def _show_away(self, today: date) -> None:
        snap = self.snapshot
        if not self.away or snap is None:
            self.away_label.setText(self.tr("Hôm nay (%1) không ai vắng.").replace("%1", format_date(today)))
            return
        parts = []
        for person_id, absence in self.away.items():
            person = snap.people.get(person_id)
            if person is None:
                continue
            acting = snap.people.get(absence.acting_id) if absence.acting_id else None
            text = f"<b>{person.full_name}</b> ({person.position_title}): {absence.reason or self.tr('vắng')}"
            if acting:
                text += self.tr(" — %1 làm thay").replace("%1", acting.full_name)
            parts.append(text)
        self.away_label.setText(self.tr("Vắng hôm nay (%1): ").replace("%1", format_date(today)) + "; ".join(parts))

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(1)

    # -- selection and details ------------------------------------------------------

    def current_item(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def select(self, kind: str, item_id: int) -> bool:
        source = self.model.find(kind, item_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.snapshot is None:
            self.details.clear()
            return
        kind, item_id = current.data(KIND_ROLE), current.data(ID_ROLE)
        if kind == "person":
            self.details.setHtml(self._person_html(item_id))
        elif kind == "unit":
            self.details.setHtml(self._unit_html(item_id))
        else:
            self.details.clear()

    def _person_html(self, person_id: int) -> str:
        snap = self.snapshot
        p = snap.people[person_id]
        rows = [
            (self.tr("Chức vụ"), p.position_title + (self.tr(" (thường trực)") if p.is_standing_deputy else "")),
            (self.tr("Đơn vị"), p.unit_name),
            (self.tr("Giới tính"), {"male": self.tr("Nam"), "female": self.tr("Nữ")}.get(p.gender, "")),
            (self.tr("Ngày sinh"), format_date(p.birth_date) if p.birth_date else ""),
            (self.tr("Điện thoại"), p.phone),
            (self.tr("E-mail"), p.email),
            (self.tr("Ngày vào cơ quan"), format_date(p.service_start) if p.service_start else ""),
            (self.tr("Ghi chú"), p.notes),
        ]
        bodies = [snap.units[b].name for b, members in snap.members.items() if person_id in members]
        if bodies:
            rows.append((self.tr("Thành viên"), ", ".join(bodies)))
        overseen = snap.overseen_by(person_id)
        if overseen:
            names = [snap.units[o.unit_id].name for o in overseen if o.unit_id] + [o.field for o in overseen if o.field]
            rows.append((self.tr("Phụ trách"), ", ".join(names)))
        absence = self.away.get(person_id)
        if absence:
            acting = snap.people.get(absence.acting_id) if absence.acting_id else None
            text = f"{absence.reason} ({format_date(absence.start)} – {format_date(absence.end)})"
            if acting:
                text += self.tr("; %1 làm thay").replace("%1", acting.full_name)
            rows.append((self.tr("Vắng hôm nay"), text))
        delegations = [d for d in snap.delegations if d.principal_id == person_id and d.end_date >= date.today()]
        for d in delegations:
            rows.append((self.tr("Ủy quyền"), f"{snap.people[d.acting_id].full_name}: {format_date(d.start_date)} – "
                         f"{format_date(d.end_date)} {d.scope}"))
        body = "".join(f"<tr><td style='color:#555;padding-right:12px'>{k}</td><td>{v}</td></tr>" for k, v in rows if v)
        return f"<h3>{p.full_name}</h3><table>{body}</table>"

    def _unit_html(self, unit_id: int) -> str:
        snap = self.snapshot
        unit = snap.units[unit_id]
        people = snap.people_in(unit_id)
        lines = [f"<h3>{unit.name}</h3>"]
        overseers = [snap.people[d].full_name for d in snap.overseers_of(unit_id) if d in snap.people]
        if overseers:
            lines.append(self.tr("<p>Lãnh đạo Văn phòng phụ trách: %1</p>").replace("%1", ", ".join(overseers)))
        if unit.kind == "body":
            members = [snap.people[m] for m in snap.members.get(unit_id, []) if m in snap.people]
            lines.append(self.tr("<p>%1 thành viên</p>").replace("%1", str(len(members))))
            people = sorted(members, key=lambda p: p.rank)
        lines.append("<ol>" + "".join(f"<li>{p.full_name} — {p.position_title}</li>" for p in people) + "</ol>")
        return "".join(lines)

    def prepare_screenshot(self) -> None:
        """Select the chief so the screenshot shows a filled details panel."""
        if self.snapshot:
            chiefs = self.snapshot.with_role("chief")
            if chiefs:
                self.select("person", chiefs[0].id)
