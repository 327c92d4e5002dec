"""Import staff from an .xlsx sheet: pick the file, look at the preview with its per-row
errors, then import the valid rows. The dialog itself writes nothing: the pane runs the
import (one transaction, undoable) only after the user accepts. When the dates of the sheet
may be read wrongly (real dates mixed with text, dates that read both ways) the warnings
show above the table and the import waits until the user ticks that they checked them; the
real dates can be read back day/month with a second tick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import VanPhongError
from app.services.org import staff_import as org_import
from app.services.org.staff_import import StaffImportPreview
from ui import tints
from ui.context import AppContext
from ui.orgchart.models import ImportPreviewModel
from ui.screen_fit import resize_within_screen


class ImportStaffDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: StaffImportPreview | None = None
        self.setObjectName("importStaffDialog")
        self.setWindowTitle(self.tr("Nhập danh sách cán bộ từ Excel"))
        hint = QLabel(self.tr("Tệp .xlsx có dòng tiêu đề gồm các cột: họ và tên, chức vụ, đơn vị, điện thoại, "
                              "email, ngày vào cơ quan (dd/mm/yyyy). Đơn vị và chức vụ phải có sẵn trong "
                              "danh mục."))
        hint.setWordWrap(True)
        self.path_label = QLabel(self.tr("Chưa chọn tệp."))
        self.path_label.setObjectName("importPath")
        choose = QPushButton(self.tr("Chọn tệp…"))
        choose.setObjectName("chooseFile")
        choose.clicked.connect(self.choose_file)
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.warnings = QLabel()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("padding: 6px; border: 1px solid " + tints.ink(tints.RED_INK).name())
        self.swap_dates = QCheckBox(self.tr("Đọc lại các ô kiểu ngày theo ngày/tháng (đổi chỗ ngày và tháng)"))
        self.swap_dates.setObjectName("swapDates")
        self.swap_dates.toggled.connect(self._reload)
        self.confirm_dates = QCheckBox(self.tr("Tôi đã đối chiếu các ngày trên với bản gốc"))
        self.confirm_dates.setObjectName("confirmDates")
        self.confirm_dates.toggled.connect(self._update_button)
        for widget in (self.warnings, self.swap_dates, self.confirm_dates):
            widget.hide()
        self.path: str | Path | None = None
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.path_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(self.swap_dates)
        layout.addWidget(self.confirm_dates)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 960, 560)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp Excel"), str(Path.home()),
                                              self.tr("Bảng tính Excel (*.xlsx)"))
        if path:
            self.load(path)

    def _reload(self) -> None:
        if self.path is not None:
            self.load(self.path, keep_choices=True)

    def _update_button(self) -> None:
        preview = self.preview
        valid = len(preview.valid_rows) if preview is not None else 0
        confirmed = preview is not None and (not preview.warnings or self.confirm_dates.isChecked())
        self.import_button.setEnabled(valid > 0 and confirmed)

    def load(self, path: str | Path, *, keep_choices: bool = False) -> bool:
        """Read and check *path*; show the preview or the reason it cannot be read."""
        self.path = path
        self.path_label.setText(str(path))
        if not keep_choices:
            for box in (self.swap_dates, self.confirm_dates):
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        self.confirm_dates.setChecked(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = self.ctx.read(org_import.preview_staff_import, path=path,
                                         real_dates_swapped=self.swap_dates.isChecked())
        except VanPhongError as exc:
            self.preview = None
            self.model.set_rows([])
            self.summary.setText(str(exc))
            self.summary.setStyleSheet("color: " + tints.ink(tints.RED_INK).name())
            self.import_button.setEnabled(False)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        preview = self.preview
        self.model.set_rows(preview.rows)
        self.table.resizeColumnsToContents()
        valid, errors = len(preview.valid_rows), len(preview.error_rows)
        text = self.tr("%n dòng hợp lệ, %1 dòng lỗi.", "", valid).replace("%1", str(errors))
        if errors and valid:
            text += " " + self.tr("Chỉ các dòng hợp lệ được nhập; sửa tệp rồi chọn lại nếu muốn nhập đủ.")
        elif not preview.rows:
            text = self.tr("Tệp không có dòng dữ liệu nào.")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: " + tints.ink(tints.RED_INK).name() if errors else "")
        self.import_button.setText(self.tr("Nhập %n cán bộ", "", valid))
        self.warnings.setText("\n".join(preview.warnings))
        mixed = preview.mixed_dates or preview.real_dates_swapped
        self.warnings.setVisible(bool(preview.warnings))
        self.confirm_dates.setVisible(bool(preview.warnings))
        self.swap_dates.setVisible(mixed)
        self._update_button()
        return True
