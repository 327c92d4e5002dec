"""Every main dialog fits a 1280x800 screen at 150 % (853x533 logical pixels): it can be made that
small without cutting anything, and it opens no bigger than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

SMALL_SCREEN = (853, 533)


def _dialogs(ctx):  # noqa: ANN001, ANN202
    from app.services.org.read import load_org
    from ui.calendar.event_dialog import EventDialog
    from ui.calendar.workdays_dialog import WorkdaysDialog
    from ui.leave.request_dialog import RequestDialog
    from ui.leave.rules_dialog import LeaveSettingsDialog
    from ui.meetings.dialogs import MeetingDialog
    from ui.meetings.register_dialog import RegisterDialog
    from ui.meetings.templates_dialog import TemplatesDialog
    from ui.orgchart.dialogs import PersonDialog
    from ui.settings.dialog import SettingsDialog

    snapshot = ctx.read(load_org)
    return {
        "event": lambda: EventDialog(ctx),
        "meeting": lambda: MeetingDialog(list(snapshot.people.values())),
        "leave request": lambda: RequestDialog(ctx, snapshot),
        "leave rules": lambda: LeaveSettingsDialog(ctx),
        "settings": lambda: SettingsDialog(ctx),
        "person": lambda: PersonDialog(snapshot),
        "checklist templates": lambda: TemplatesDialog(ctx),
        "document register": lambda: RegisterDialog(ctx),
        "working days": lambda: WorkdaysDialog(ctx),
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_main_dialog_fits_a_1280x800_screen_at_150_percent(demo_db, vp_app, qtbot, lang):
    from ui.application import install_translation
    from ui.context import AppContext

    install_translation(QApplication.instance(), lang)
    try:
        ctx = AppContext(demo_db, __import__("app.services.admin.auth", fromlist=["SYSTEM"]).SYSTEM)
        too_big = {}
        for name, make in _dialogs(ctx).items():
            dialog = make()
            qtbot.addWidget(dialog)
            least = dialog.minimumSizeHint()
            if least.width() > SMALL_SCREEN[0] or least.height() > SMALL_SCREEN[1]:
                too_big[name] = (least.width(), least.height())
            free = dialog.screen().availableGeometry()
            assert dialog.width() <= free.width() and dialog.height() <= free.height(), name
        assert too_big == {}
        ctx.deleteLater()
    finally:
        install_translation(QApplication.instance(), "vi")
