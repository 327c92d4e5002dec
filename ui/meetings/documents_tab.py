"""The documents tab: documents of the meeting (secret, copies, to be retrieved), the copies
handed out and returned, and the copies not yet retrieved (003 §II.1.2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.auth import Permission
from app.services.meetings import attendees, documents
from app.services.meetings.documents import DocumentInfo
from app.services.meetings.preparation import MeetingInfo
from ui import tints
from ui.columns import set_widths
from ui.context import AppContext
from ui.flow_layout import FlowLayout
from ui.meetings.attendee_tabs import table_view
from ui.meetings.dialogs import DocumentDialog, PickDialog
from ui.meetings.models import CopyModel, DocumentModel


class DocumentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingInfo | None = None
        self.documents = DocumentModel(self)
        self.copies = CopyModel(self)
        self.doc_view = table_view(self.documents, "documentTable")
        self.copy_view = table_view(self.copies, "copyTable")
        self.outstanding_only = QCheckBox(self.tr("Chỉ các bản chưa thu hồi (cả cuộc họp)"))
        self.outstanding_only.setObjectName("outstandingOnly")
        self.outstanding_label = QLabel()
        self.outstanding_label.setObjectName("outstandingLabel")
        writer = ctx.can(Permission.MEETINGS_WRITE)

        def row(*specs: tuple[str, object, str]) -> FlowLayout:
            layout = FlowLayout()  # wraps when the window is narrow
            for text, slot, name in specs:
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(slot)
                button.setEnabled(writer)
                layout.addWidget(button)
            layout.addStretch(1)
            return layout

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.doc_view)
        top_layout.addLayout(row((self.tr("Thêm tài liệu…"), self.add, "addDocument"),
                                 (self.tr("Sửa…"), self.edit, "editDocument"),
                                 (self.tr("Xóa"), self.delete, "deleteDocument"),
                                 (self.tr("Phát cho…"), self.give, "giveCopies"),
                                 (self.tr("Phát cho mọi người có mặt"), self.give_present, "givePresent")))
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.outstanding_label, 1)
        header.addWidget(self.outstanding_only)
        bottom_layout.addLayout(header)
        bottom_layout.addWidget(self.copy_view)
        bottom_layout.addLayout(row((self.tr("Đã trả lại"), self.returned, "copyReturned"),
                                    (self.tr("Chưa trả"), self.not_returned, "copyNotReturned"),
                                    (self.tr("Hủy phát (phát nhầm)"), self.take_back, "copyTakeBack")))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.doc_view.selectionModel().currentRowChanged.connect(lambda *_: self.load_copies())
        self.outstanding_only.toggled.connect(lambda _on: self.load_copies())

    def set_meeting(self, meeting: MeetingInfo | None) -> None:
        self.meeting = meeting
        self.refresh()

    def refresh(self) -> None:
        current = self.current_document()
        rows = self.ctx.read(documents.list_documents, meeting_id=self.meeting.id) if self.meeting else []
        self.documents.set_rows(rows)
        set_widths(self.doc_view, (300, 45, 55, 60, 60))
        row = self.documents.row_of(current.id) if current else (0 if rows else -1)
        if row >= 0:
            self.doc_view.selectRow(row)
        self.load_copies()

    def current_document(self) -> DocumentInfo | None:
        return self.documents.row_at(self.doc_view.currentIndex())

    def load_copies(self) -> None:
        if self.meeting is None:
            self.copies.set_rows([])
            self.outstanding_label.clear()
            return
        outstanding = self.ctx.read(documents.outstanding_copies, meeting_id=self.meeting.id)
        self.outstanding_label.setText(self.tr("Chưa thu hồi: %n bản", "", len(outstanding)))
        red = tints.ink(tints.RED_INK).name()
        self.outstanding_label.setStyleSheet(f"QLabel {{ color: {red}; font-weight: bold; }}" if outstanding else "")
        if self.outstanding_only.isChecked():
            self.copies.set_rows(outstanding)
        else:
            doc = self.current_document()
            self.copies.set_rows(self.ctx.read(documents.list_copies, meeting_id=self.meeting.id, document_id=doc.id)
                             if doc else [])
        set_widths(self.copy_view, (220, 55, 160, 120))

    def add(self) -> None:
        if self.meeting is None:
            return
        dialog = DocumentDialog(parent=self)
        if dialog.exec():
            self.ctx.try_call(self, documents.add_document, meeting_id=self.meeting.id,
                              data=dialog.data())

    def edit(self) -> None:
        doc = self.current_document()
        if doc is None:
            return
        dialog = DocumentDialog(doc, parent=self)
        if dialog.exec():
            self.ctx.try_call(self, documents.update_document, document_id=doc.id,
                              data=dialog.data())

    def delete(self) -> None:
        doc = self.current_document()
        if doc is not None:
            self.ctx.try_call(self, documents.delete_document, document_id=doc.id)

    def give(self) -> None:
        doc = self.current_document()
        if doc is None or self.meeting is None:
            return
        people = self.ctx.read(attendees.list_attendees, meeting_id=self.meeting.id)
        dialog = PickDialog(self.tr("Phát “%1” cho").replace("%1", doc.title),
                            [(a.id, f"{a.full_name} — {a.title}") for a in people], parent=self)
        if dialog.exec() and dialog.selected():
            self.ctx.try_call(self, documents.give_copies, document_id=doc.id,
                              attendee_ids=dialog.selected())

    def give_present(self) -> None:
        doc = self.current_document()
        if doc is None or self.meeting is None:
            return
        people = self.ctx.read(attendees.list_attendees, meeting_id=self.meeting.id)
        ids = [a.id for a in people if a.attendance is not None and a.attendance.value in ("present", "late")]
        self.ctx.try_call(self, documents.give_copies, document_id=doc.id, attendee_ids=ids)

    def _selected_copies(self) -> list[int]:
        rows = sorted({i.row() for i in self.copy_view.selectionModel().selectedRows()})
        return [self.copies.rows[r].id for r in rows]

    def returned(self) -> None:
        for copy_id in self._selected_copies():
            self.ctx.try_call(self, documents.return_copy, copy_id=copy_id)

    def not_returned(self) -> None:
        for copy_id in self._selected_copies():
            self.ctx.try_call(self, documents.undo_return, copy_id=copy_id)

    def take_back(self) -> None:
        for copy_id in self._selected_copies():
            self.ctx.try_call(self, documents.take_back_copy, copy_id=copy_id)
