"""A writer killed at random moments leaves a sound file: nothing corrupt, nothing it saw
committed lost, no use case half-written (the README quotes 100 trials of
``python -m tests.robustness.crash``)."""

from __future__ import annotations

import shutil

from tests.robustness.crash import Tally, run


def test_killing_a_writer_at_random_moments_leaves_no_corrupt_lost_or_partial_write(tmp_path, _demo_template):
    template, _ctx = _demo_template
    path = tmp_path / "crash.sqlite3"
    shutil.copyfile(template, path)
    tally = run(str(path), trials=3, seed=11, longest=1.5)
    assert tally.writes > 0, "the writers committed nothing before being killed"
    assert (tally.trials, tally.corrupt, tally.lost, tally.partial) == (3, 0, 0, 0)


def test_the_summary_is_one_line_of_counts():
    assert Tally(100, 0, 1, 2).line() == "trials=100 corrupt=0 lost=1 partial=2"
