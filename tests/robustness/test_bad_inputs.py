"""The corpus of bad inputs (tests/robustness/bad_inputs.py) and the rules of app/validation.py."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.validation import BIDI_CONTROLS, INVISIBLE, clean_text, spreadsheet_safe
from tests.robustness import bad_inputs


def test_every_bad_input_of_the_corpus_is_refused_with_a_clear_message_and_nothing_stored(tmp_path):
    tally = bad_inputs.run(tmp_path)
    assert tally.tried >= 300
    assert (tally.internal, tally.accepted, tally.stored) == ([], [], [])
    assert tally.refused == tally.tried


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_a_text_is_either_refused_or_stored_clean(text):
    try:
        stored = clean_text(text, one_line=True)
    except InvalidInput as exc:
        assert str(exc).startswith("Nội dung")
        return
    assert stored == unicodedata.normalize("NFC", stored) == stored.strip()
    assert not any(unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS for ch in stored)
    assert not stored or any(ch not in INVISIBLE and unicodedata.category(ch) != "Cf" and not ch.isspace()
                             for ch in stored)


def test_a_cell_that_would_run_as_a_formula_is_quoted():
    assert [spreadsheet_safe(v) for v in ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "Nguyễn", 5)] == [
        "'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "Nguyễn", 5]
