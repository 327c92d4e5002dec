import pytest

from app.errors import InvalidInput
from app.services.admin import settings


def test_an_unset_setting_reads_its_default(session):
    assert settings.get(session, "backup.keep") == 10


def test_a_stored_setting_overrides_the_default_and_is_audited(session, admin):
    settings.set_value(session=session, actor=admin, key="backup.keep", value="20")
    assert settings.get(session, "backup.keep") == 20
    from app.services.admin.audit import recent

    assert recent(session=session)[0].action == "setting.set"


def test_out_of_range_values_are_refused_with_the_settings_label(session, admin):
    with pytest.raises(InvalidInput, match="sao lưu"):
        settings.set_value(session=session, actor=admin, key="backup.keep", value=0)


def test_only_administrators_change_settings(session, viewer):
    with pytest.raises(PermissionError):
        settings.set_value(session=session, actor=viewer, key="backup.keep", value=5)


def test_theme_and_language_accept_only_their_choices(session, admin):
    settings.set_value(session=session, actor=admin, key="ui.theme", value="dark")
    assert settings.get(session, "ui.theme") == "dark"
    with pytest.raises(InvalidInput):
        settings.set_value(session=session, actor=admin, key="ui.theme", value="pink")
    with pytest.raises(InvalidInput):
        settings.set_value(session=session, actor=admin, key="ui.language", value="fr")
