"""The org chart pane: who is away today on top, then two tabs — the tree with search and a
details panel ("Cây tổ chức"), and the graphical chart ("Sơ đồ"). Edits go through the
undo stack of :class:`OrgEditActions`."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.services.admin.auth import Permission
from app.services.org import edit as org
from app.text import format_date
from db.models.base import today_local
from ui import tints
from ui.context import AppContext
from ui.empty_hint import EmptyHint
from ui.orgchart.chart_tab import ChartTab
from ui.orgchart.edit_actions import MenuButtonAction, OrgEditActions
from ui.orgchart.models import ID_ROLE, KIND_ROLE, OrgTreeModel
from ui.panes import CALENDAR, LEAVE, ORG, Pane

if TYPE_CHECKING:
    from sqlmodel import Session

SMALL_GROUP = 3  # position groups this small open expanded
AWAY_NAMED = 8  # people the away strip names; the rest are counted, listed in full on demand
ALL_AWAY = "away:all"  # the strip's link to the full list


OrgRead = tuple[org.OrgSnapshot, dict[int, org.Absence], dict[int, int]]  # what read_org returns


def read_org(session: Session, today: date) -> OrgRead:
    """The snapshot, who is away *today*, and who acts for each of them (the services decide)."""
    snapshot = org.load_org(session)
    return snapshot, *org.acting_on(session, today, snapshot.people)


class OrgChartPane(Pane):
    TABS = ("tree", "chart")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.snapshot: org.OrgSnapshot | None = None
        self.away: dict[int, org.Absence] = {}
        self.acting: dict[int, int] = {}
        self._chart_dirty = True
        self._loaded = False
        # the chart is read first, on the database thread while the widgets are made (a read
        # delivered at once, read ahead at sign-in, waits in _arrived until they are)
        self._built = False
        self._arrived: tuple[date, OrgRead] | None = None
        self.refresh()

        self.search = QLineEdit()
        self.search.setObjectName("orgSearch")
        self.search.setPlaceholderText(self.tr("Tìm cán bộ (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Hiện cả người đã nghỉ"))
        self.show_inactive.setObjectName("showInactive")
        self.model = OrgTreeModel(self)  # filters itself by the search (no proxy: see its docstring)
        self.tree = QTreeView()
        self.tree.setObjectName("orgTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_hint = EmptyHint(self.tree, self._empty_tree_text)
        self.details = QTextBrowser()
        self.details.setObjectName("orgDetails")
        self.details.setOpenLinks(False)
        self.away_label = QLabel()
        self.away_label.setObjectName("awayToday")
        self.away_label.setWordWrap(True)
        self.away_label.setTextFormat(Qt.TextFormat.RichText)
        self.away_label.linkActivated.connect(self._on_away_link)
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
        self.chart_tab = ChartTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("orgTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Cây tổ chức"))
        self.tabs.addTab(self.chart_tab, self.tr("Sơ đồ"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.away_label)
        layout.addWidget(self.tabs, 1)

        self.edit = OrgEditActions(self)
        export_menu = QMenu(self.tr("Xuất sơ đồ"), self)
        for action in (self.chart_tab.png_action, self.chart_tab.pdf_action, self.chart_tab.print_action):
            export_menu.addAction(action)
        self.export_action = MenuButtonAction(export_menu, self)

        self.search.textChanged.connect(self._on_search)
        self.show_inactive.toggled.connect(lambda _checked: self.refresh())
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.doubleClicked.connect(lambda _index: self.edit.edit.trigger())
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tabs.currentChanged.connect(lambda _i: self._update_chart())
        self.chart_tab.ensure_current = lambda: self._update_chart(even_hidden=True)
        self.chart_tab.selected.connect(self.select)
        self.chart_tab.activated.connect(self._show_in_tree)
        self._find_action = QAction(self.tr("Tìm"), self)
        self._find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self._find_action.triggered.connect(self._focus_search)
        self.addAction(self._find_action)
        self._built = True
        if self._arrived is not None:
            today, result = self._arrived
            self._arrived = None
            self._show(today, *result)

    # -- pane API -------------------------------------------------------------------

    def today(self) -> date:
        """The day whose absences are shown (tests pin it)."""
        return today_local()

    def tables(self) -> frozenset[str]:
        return ORG | LEAVE | CALENDAR

    def toolbar_actions(self) -> list[QAction]:
        return [*self.edit.toolbar_actions(), self.export_action]

    def menu_actions(self) -> dict[str, list[QAction]]:
        e, chart = self.edit, self.chart_tab
        return {"file": [chart.print_action, chart.pdf_action, chart.png_action, e.import_staff],
                "edit": [e.undo, e.redo, self._find_action, e.add_person, e.edit, e.people_menu, e.units_menu,
                         e.links_menu],
                "view": [chart.zoom_in_action, chart.zoom_out_action, chart.fit_action, chart.actual_action]}

    def refresh(self) -> None:
        """Read the chart on the database thread; :meth:`_show` lays it out when it arrives."""
        today = self.today()
        self.ctx.read_later(read_org, today=today, key=f"orgchart-{id(self)}",
                            done=lambda result: self._deliver(today, result))

    def _deliver(self, today: date, result: OrgRead) -> None:
        if self._built:
            self._show(today, *result)
        else:  # read before the widgets were made (__init__ shows it once they are)
            self._arrived = today, result

    def _show(self, today: date, snapshot: org.OrgSnapshot, away: dict[int, org.Absence],
              acting: dict[int, int]) -> None:
        current = self.current_item()
        expanded = self._expanded_paths() if self._loaded else None
        self.snapshot, self.away, self.acting = snapshot, away, acting
        self.model.load(self.snapshot, self.away, acting=self.acting, show_inactive=self.show_inactive.isChecked())
        if self.search.text():
            self.tree.expandAll()
        elif expanded is None:
            self._expand_defaults()
        else:
            for path in expanded:
                self.tree.expand(self.model.find_path(path))
        if not self._loaded:
            self.tree.resizeColumnToContents(0)
        self._loaded = True
        self._show_away(today)
        if current is None or not self.select(*current):
            self._on_current(self.tree.currentIndex(), QModelIndex())
        self._chart_dirty = True
        self._update_chart()

    def screenshot_tabs(self) -> list[str]:
        return list(self.TABS)

    def prepare_screenshot(self, tab: str | None = None) -> None:
        """Select the chief so the details panel is filled; *tab* picks "tree" or "chart"."""
        if tab is not None and tab not in self.TABS:
            raise InvalidInput(self.tr("Không có thẻ %1; chọn một trong: %2").replace("%1", tab)
                               .replace("%2", ", ".join(self.TABS)))
        self.tabs.setCurrentIndex(self.TABS.index(tab or "tree"))
        if self.snapshot:
            chiefs = self.snapshot.with_role("chief")
            if chiefs:
                self.select("person", chiefs[0].id)
                self.tree.scrollToTop()

    # -- tree -----------------------------------------------------------------------

    def _expand_defaults(self) -> None:
        """The office open down to its small position groups; leadership bodies one level (BCH's big
        group of members stays closed)."""
        snap = self.snapshot
        if snap is None:  # nothing read yet: no tree
            return

        def walk(parent: QModelIndex, under_office: bool) -> None:
            for index, node in self.model.children_of(parent):
                if node.kind == "unit" and node.id is not None:
                    unit = snap.units[node.id]
                    office = under_office or unit.kind != "body"
                    if office or not parent.isValid():
                        self.tree.expand(index)
                    if office:
                        walk(index, True)
                elif node.kind == "position" and under_office and len(node.children) <= SMALL_GROUP:
                    self.tree.expand(index)

        walk(QModelIndex(), False)

    def _expanded_paths(self) -> list[tuple]:
        paths: list[tuple] = []

        def walk(parent: QModelIndex) -> None:
            for index, node in self.model.children_of(parent):
                if self.tree.isExpanded(index):
                    paths.append(node.path())
                    walk(index)

        walk(QModelIndex())
        return paths

    def _on_search(self, text: str) -> None:
        current = self.current_item()
        self.model.set_query(text)  # a new set of rows: nothing expanded, nothing current
        if text:
            self.tree.expandAll()
        else:
            self._expand_defaults()
        if current is None or not self.select(*current):
            self._on_current(QModelIndex(), QModelIndex())

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.edit.context_menu(self.tree)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- selection and details ------------------------------------------------------

    def current_item(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def select(self, kind: str, item_id: int | None) -> bool:
        if item_id is None:
            return False
        index = self.model.find(kind, item_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _show_in_tree(self, kind: str, item_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.select(kind, item_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        snap = self.snapshot
        person = unit = None
        if current.isValid() and snap is not None:
            kind, item_id = current.data(KIND_ROLE), current.data(ID_ROLE)
            person = snap.people.get(item_id) if kind == "person" else None
            unit = snap.units.get(item_id) if kind == "unit" else None
        self.edit.update_for(person, unit)
        if person is not None:
            self.details.setHtml(self._person_html(person.id))
            self.chart_tab.select("person", person.id)
        elif unit is not None:
            self.details.setHtml(self._unit_html(unit.id))
            self.chart_tab.select("unit", unit.id)
        else:
            self.details.setHtml(self._nothing_chosen_html())

    def _empty_tree_text(self) -> str:
        if self.search.text().strip():
            return self.tr("Không có ai khớp “%1”.\nThử ít chữ hơn, hoặc đánh dấu “Hiện cả người đã nghỉ”.") \
                .replace("%1", self.search.text().strip())
        return self.tr("Chưa có đơn vị nào.\nDùng thực đơn “Đơn vị” để thêm đơn vị, hoặc “Nhập từ Excel…”.")

    def _nothing_chosen_html(self) -> str:
        """What the details panel says before a person or unit is chosen."""
        text = self.tr("Chọn một cán bộ hoặc một đơn vị trong cây bên trái để xem chức vụ, đơn vị, "
                       "phân công phụ trách và ủy quyền. Gõ vào ô tìm (Ctrl+F) để tìm theo tên, gõ không dấu "
                       "cũng được.")
        if self.ctx.can(Permission.ORG_WRITE):
            text += "<br><br>" + self.tr("Bấm “Thêm cán bộ…” (Ctrl+N) để thêm người, thực đơn “Đơn vị” để thêm "
                                         "đơn vị, “Nhập từ Excel…” để nhập cả danh sách.")
        return f"<p style='color:{tints.label_text(self.details.palette()).name()}'>{text}</p>"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "tree"):
            # the details' labels are coloured for the palette (light or dark)
            self._on_current(self.tree.currentIndex(), QModelIndex())

    def _away_entries(self) -> list[str]:
        """One rich-text entry per person away today: those someone acts for (the leaders whose
        work is handed over) first, then the others in the order the services gave."""
        snap = self.snapshot
        assert snap is not None
        entries: list[tuple[bool, str]] = []
        for person_id, absence in self.away.items():
            person = snap.people.get(person_id)
            if person is None:
                continue
            acting = snap.people.get(self.acting.get(person_id, -1))
            reason = absence.reason or self.tr("vắng")
            text = (f"<b>{html.escape(person.full_name)}</b> ({html.escape(person.position_title)}): "
                    f"{html.escape(reason)}")
            if acting:
                text += html.escape(self.tr(" — %1 làm thay").replace("%1", acting.full_name))
            entries.append((acting is None, text))
        entries.sort(key=lambda entry: entry[0])  # stable: the order within each kind stays
        return [text for _, text in entries]

    def _show_away(self, today: date) -> None:
        if not self.away or self.snapshot is None:
            self.away_label.setText(self.tr("Hôm nay (%1) không ai vắng.").replace("%1", format_date(today)))
            return
        entries = self._away_entries()
        heading = self.tr("Vắng hôm nay (%1): ").replace("%1", format_date(today))
        if len(entries) <= AWAY_NAMED:
            self.away_label.setText(heading + "; ".join(entries))
            return
        rest = len(entries) - AWAY_NAMED
        more = self.tr("… và %n người khác", "", rest)
        link = self.tr("xem tất cả %n người", "", len(entries))
        self.away_label.setText(heading + "; ".join(entries[:AWAY_NAMED])
                                + f" {html.escape(more)} (<a href='{ALL_AWAY}'>{html.escape(link)}</a>)")

    def _on_away_link(self, link: str) -> None:
        if link == ALL_AWAY:
            self.show_all_away()

    def show_all_away(self) -> QDialog:
        """Everyone away today, in a window of its own (the strip names only the first few)."""
        dialog = QDialog(self)
        dialog.setObjectName("allAwayDialog")
        dialog.setWindowTitle(self.tr("Vắng hôm nay (%1)").replace("%1", format_date(self.today())))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QTextBrowser()
        text.setObjectName("allAwayList")
        text.setHtml("<ol>" + "".join(f"<li>{entry}</li>" for entry in self._away_entries()) + "</ol>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(self.window().width() // 2, self.window().height() * 2 // 3)
        dialog.open()
        return dialog

    def _person_html(self, person_id: int) -> str:
        snap = self.snapshot
        assert snap is not None  # a person is shown from the snapshot read
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
            (self.tr("Trạng thái"), "" if p.active else self.tr("Đã thôi công tác")),
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
            acting = snap.people.get(self.acting.get(person_id, -1))
            text = f"{absence.reason} ({format_date(absence.start)} – {format_date(absence.end)})"
            if acting:
                text += self.tr("; %1 làm thay").replace("%1", acting.full_name)
            rows.append((self.tr("Vắng hôm nay"), text))
        for d in snap.delegations:
            if d.principal_id == person_id and d.end_date >= self.today() and d.acting_id in snap.people:
                rows.append((self.tr("Ủy quyền"), f"{snap.people[d.acting_id].full_name}: {format_date(d.start_date)}"
                             f" – {format_date(d.end_date)} {d.scope}"))
        label = tints.label_text(self.details.palette()).name()
        body = "".join(f"<tr><td style='color:{label};padding-right:12px'>{html.escape(k)}</td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in rows if v)
        return f"<h3>{html.escape(p.full_name)}</h3><table>{body}</table>"

    def _unit_html(self, unit_id: int) -> str:
        snap = self.snapshot
        assert snap is not None  # a unit is shown from the snapshot read
        unit = snap.units[unit_id]
        people = snap.people_in(unit_id)
        lines = [f"<h3>{html.escape(unit.name)}</h3>"]
        if not unit.active:
            lines.append(self.tr("<p><i>Đã ngừng hoạt động</i></p>"))
        overseers = [snap.people[d].full_name for d in snap.overseers_of(unit_id) if d in snap.people]
        if overseers:
            lines.append(self.tr("<p>Lãnh đạo Văn phòng phụ trách: %1</p>")
                         .replace("%1", html.escape(", ".join(overseers))))
        if unit.kind == "body":
            members = [snap.people[m] for m in snap.members.get(unit_id, []) if m in snap.people]
            lines.append(self.tr("<p>%n thành viên</p>", "", len(members)))
            people = sorted(members, key=lambda p: p.rank)
        lines.append("<ol>" + "".join(f"<li>{html.escape(p.full_name)} — {html.escape(p.position_title)}</li>"
                                      for p in people) + "</ol>")
        return "".join(lines)

    # -- chart ----------------------------------------------------------------------

    def _update_chart(self, *, even_hidden: bool = False) -> None:
        """Rebuild the chart if it is out of date and showing (or about to be exported)."""
        showing = even_hidden or self.tabs.currentWidget() is self.chart_tab
        if self._chart_dirty and showing and self.snapshot is not None:
            self._chart_dirty = False
            self.chart_tab.show_org(self.snapshot, self.away, self.acting, self.today())
            current = self.current_item()
            if current is not None:
                self.chart_tab.select(*current)
