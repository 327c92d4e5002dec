"""The English translation: the .qm loads and shows, the .ts is complete and matches the
source (so a new string cannot slip in untranslated), and Vietnamese comes back."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from app.resources import resource_path
from ui.application import install_translation

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "vanphong_en.ts")
QM = resource_path("translations", "vanphong_en.qm")
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")

# Translation calls on something other than a literal: each translates a constant marked
# for lupdate with QT_TRANSLATE_NOOP (or is one of the helpers that do so).
DYNAMIC = {
    ("ui/calendar/dialogs.py", "self.HEADERS[section]"),
    ("ui/calendar/event_dialog.py", "label"),
    ("ui/calendar/models/my_week.py", "COLUMNS[section]"),
    ("ui/calendar/models/schedule.py", "text"),
    ("ui/calendar/recurrence_box.py", "label"),
    ("ui/display/board.py", "title"),
    ("ui/leave/models.py", "STATUS_TEXT.get(status, status)"),
    ("ui/meetings/models.py", "self.HEADERS[section]"),
    ("ui/meetings/models.py", "column.header"),  # the meetings list's titles, marked in its Column specs
    ("ui/meetings/models.py", "STATUS_TEXT[status]"),
    ("ui/meetings/models.py", "WEEKDAY_SHORT[moment.weekday()]"),
    ("ui/meetings/pane.py", "title"),
    ("ui/meetings/printing.py", "PRINTOUTS[kind][0]"),
    ("ui/orgchart/models.py", "self.HEADERS[section]"),
    ("ui/panes.py", "self.title"),
    ("ui/table_model.py", "header"),
    ("ui/terms.py", "label"),
    ("ui/translation.py", "text"),
}


def ts_messages() -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(TS).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def translations(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def source_messages() -> tuple[set[tuple[str, str, bool]], set[tuple[str, str]]]:
    """(context, source, plural) of every literal translation in ui/, and the non-literal calls.

    The context is what Qt uses at run time: the enclosing class for self.tr(), the named
    context of QCoreApplication.translate / QT_TRANSLATE_NOOP / a TranslationContext.
    """
    found: set[tuple[str, str, bool]] = set()
    dynamic: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "ui").rglob("*.py")):
        _collect(path, found, dynamic)
    return found, dynamic


def _collect(path: Path, found: set[tuple[str, str, bool]], dynamic: set[tuple[str, str]]) -> None:
    relative = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    contexts = {node.targets[0].id: node.value.args[0].value for node in tree.body
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "TranslationContext"}

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "tr" and isinstance(func, ast.Attribute):
            owner = ast.unparse(func.value)
            context, args = (cls if owner == "self" else contexts.get(owner, owner)), node.args
        elif name == "QT_TRANSLATE_NOOP" or (
                name == "translate" and ast.unparse(func).endswith("QCoreApplication.translate")):
            if not isinstance(node.args[0], ast.Constant):
                dynamic.add((relative, ast.unparse(node.args[1])))
                return
            context, args = node.args[0].value, node.args[1:]
        else:
            return
        if isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            found.add((context, args[0].value, len(args) >= 3))
        else:
            dynamic.add((relative, ast.unparse(args[0])))

    visit(tree, None)


@pytest.fixture
def english(vp_app):  # noqa: ANN001, ANN201
    """The application with the English translation installed; Vietnamese again afterwards."""
    install_translation(vp_app, "en")
    yield vp_app
    install_translation(vp_app, "vi")


def test_the_compiled_english_translation_loads():
    translator = QTranslator()
    assert translator.load(str(QM))
    assert not translator.isEmpty()
    assert translator.language() == "en_US"


def test_with_english_installed_the_navigation_reads_in_english(english, database, window_on):
    window = window_on(database)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Org chart", "Work calendar", "Meeting preparation", "Leave", "My tasks"]
    assert QLocale().language() == QLocale.Language.English


def test_switching_back_to_vietnamese_restores_vietnamese(vp_app, database, window_on):
    install_translation(vp_app, "en")
    assert QCoreApplication.translate("Panes", "Nghỉ phép") == "Leave"
    install_translation(vp_app, "vi")
    window = window_on(database)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Sơ đồ tổ chức", "Lịch công tác", "Chuẩn bị họp", "Nghỉ phép", "Việc của tôi"]
    assert window.nav.item(0).data(Qt.ItemDataRole.UserRole) == "orgchart"
    assert QLocale().language() == QLocale.Language.Vietnamese


def test_plural_forms_follow_the_count_in_english_and_not_in_vietnamese(english):
    from ui.orgchart.chart_layout import OrgChart

    assert OrgChart.tr("%n người", "", 1) == "1 person"
    assert OrgChart.tr("%n người", "", 3) == "3 people"
    install_translation(english, "vi")
    assert OrgChart.tr("%n người", "", 3) == "3 người"


def test_app_vocabulary_is_shown_in_english_and_data_stays_as_typed(english):
    from ui.terms import term

    assert term("Chánh Văn phòng") == "Chief of Office"
    assert term("Hội nghị Ban Thường vụ") == "Standing Committee conference"
    assert term("Nguyễn Văn An") == "Nguyễn Văn An"


def test_every_message_is_translated_with_its_placeholders_and_tags():
    problems = []
    for (context, source), message in ts_messages().items():
        forms = translations(message)
        expected = 2 if message.get("numerus") == "yes" else 1
        if message.find("translation").get("type") or len(forms) != expected or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in forms:
            if (set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source))
                    or sorted(TAG.findall(text)) != sorted(TAG.findall(source))
                    or text[:1].isspace() != source[:1].isspace() or text.count("\n") != source.count("\n")):
                problems.append(f"{context}: {source!r} → {text!r}")
    assert problems == []


def test_the_ts_file_holds_exactly_the_strings_of_the_source():
    found, dynamic = source_messages()
    messages = ts_messages()
    in_source = {(context, source): plural for context, source, plural in found}
    missing = sorted(key for key in in_source if key not in messages)
    stale = sorted(key for key in messages if key not in in_source)
    numerus = sorted(key for key, plural in in_source.items()
                     if key in messages and plural != (messages[key].get("numerus") == "yes"))
    assert (missing, stale, numerus) == ([], [], []), "run `make translations` and translate the new strings"
    assert dynamic <= DYNAMIC, "translate literals only (lupdate cannot read a variable)"


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    target = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(target)], check=True)
    assert target.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_every_label_the_app_hands_the_ui_is_listed_in_the_terms():
    import importlib
    import pkgutil

    import app.services
    from app import text
    from app.rules import leave, meeting_templates, meetings, protocol, schedule
    from app.services.admin import auth, settings
    from app.services.calendar import events as calendar
    from app.services.calendar import my_week, workdays
    from app.services.calendar.read import time_label
    from app.services.leave import absence_calendar as leave_calendar
    from app.services.leave import read as leave_read
    from app.services.org import edit as org
    from ui.terms import TERMS

    for module in pkgutil.walk_packages(app.services.__path__, "app.services."):  # settings are declared at import
        importlib.import_module(module.name)
    tables = [auth.ROLE_LABELS, org.UNIT_KIND_LABELS, calendar.KIND_LABELS, calendar.STATUS_LABELS,
              schedule.CHANGE_LABELS, schedule.HALF_DAY_LABELS, workdays.KIND_LABELS, meetings.KIND_LABELS,
              meetings.DEPARTMENT_LABELS, meeting_templates.RULE_LABELS, protocol.ROLE_LABELS,
              leave.ROLE_LABELS, leave.HALF_DAY_LABELS, leave_read.DECISION_LABELS, my_week.KIND_LABELS,
              my_week.ROLE_LABELS, my_week.STATUS_LABELS]
    labels = {label for table in tables for label in table.values()}
    labels |= set(text.WEEKDAYS_VI) | set(leave_calendar.WEEKDAY_SHORT)
    labels |= {spec.label for spec in settings.CATALOGUE.values()}
    moment = datetime(2026, 3, 2, 8)
    labels |= {time_label(moment, moment, all_day=True, half_day=None),
               time_label(moment, moment.replace(hour=11), all_day=False, half_day="morning")}
    assert sorted(labels - set(TERMS)) == []


def test_translated_texts_built_in_the_ui_read_like_the_apps_in_vietnamese(vp_app):
    from app.rules.leave import HalfDay
    from app.rules.recurrence import describe
    from app.services.leave.read import period_text as app_period
    from ui.leave.models import period_text
    from ui.recurrence_text import describe_rule

    for rule in ("", "FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=MONTHLY;BYMONTHDAY=25", "FREQ=MONTHLY;BYDAY=-1FR",
                 "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=WEEKLY;INTERVAL=2;COUNT=10", "FREQ=YEARLY;UNTIL=20271231T235959Z"):
        for shift in ("", "next", "previous"):
            assert describe_rule(rule, shift) == describe(rule, shift)
    first, last = date(2026, 3, 2), date(2026, 3, 4)
    for start, end in ((first, first), (first, last)):
        for halves in ((HalfDay.MORNING, HalfDay.MORNING), (HalfDay.MORNING, HalfDay.AFTERNOON),
                       (HalfDay.AFTERNOON, HalfDay.MORNING), (HalfDay.AFTERNOON, HalfDay.AFTERNOON)):
            if start == end and halves == (HalfDay.AFTERNOON, HalfDay.MORNING):
                continue
            request = SimpleNamespace(start=start, start_half=halves[0], end=end, end_half=halves[1])
            assert period_text(request) == app_period(start, halves[0], end, halves[1])


def test_lupdate_reads_the_sources_as_the_committed_ts_does(tmp_path):
    """`make translations` run now would change no message (only line numbers): a source text
    lupdate reads differently (say a plural it does not see as one) shows up here, not at the
    next person's `make translations`."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes(TS.read_bytes())
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-source-language", "vi_VN",
                    "-target-language", "en_US", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)

    def messages(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None, list[str]]]:
        root = ElementTree.parse(path).getroot()
        return {(context.findtext("name"), message.findtext("source")):
                (message.get("numerus"), message.find("translation").get("type"), translations(message))
                for context in root.iter("context") for message in context.iter("message")}

    before, after = messages(TS), messages(fresh)
    changed = sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))
    assert changed == [], "run `make translations` and translate what it marks unfinished"
