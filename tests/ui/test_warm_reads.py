"""Each pane's first reads, run once behind the sign-in dialog (ui.panes.warm_reads)."""

from __future__ import annotations

import threading

from app.services.admin.auth import SYSTEM


def test_every_pane_names_the_reads_of_its_first_visit_and_each_runs_on_the_demo_office(demo_db, vp_app):
    from ui.panes import pane_specs

    first, *others = pane_specs()
    assert first.first_read is not None and first.warm is None  # read ahead by the opener: not twice
    reads = [first.first_read()]
    for spec in others:
        assert spec.warm is not None, spec.key
        warm = spec.warm(SYSTEM)
        assert warm, spec.key
        reads += warm
    for fn, kwargs in reads:
        with demo_db.session() as session:
            fn(session=session, **kwargs)  # no error: a warm read that failed would be skipped silently


def test_warm_reads_run_each_read_once_and_stop_when_asked(demo_db, vp_app, monkeypatch):
    from ui import panes

    ran: list[str] = []
    stop = threading.Event()

    def read(session, name: str) -> None:  # noqa: ANN001
        ran.append(name)
        if name == "b":
            stop.set()  # the sign-in asked for the database meanwhile

    def fails(session) -> None:  # noqa: ANN001
        ran.append("fails")
        raise RuntimeError("a warm read that fails is left to the visit")

    def spec(key: str, *reads: tuple) -> panes.PaneSpec:
        return panes.PaneSpec(key, key, f"{key}.svg", factory=lambda ctx: None, warm=lambda actor: list(reads))

    specs = [spec("x", (fails, {}), (read, {"name": "a"})), spec("y", (read, {"name": "b"})), spec("z", (read, {"name": "c"}))]
    monkeypatch.setattr(panes, "pane_specs", lambda: specs)
    panes.warm_reads(demo_db, SYSTEM)
    assert ran == ["fails", "a", "b", "c"]
    ran.clear()
    stop.clear()
    panes.warm_reads(demo_db, SYSTEM, stop=stop)
    assert ran == ["fails", "a", "b"]


def test_the_opener_warms_the_panes_after_opening_but_not_once_the_database_is_asked_for(demo_db, vp_app, monkeypatch):
    from ui import main, panes

    warmed = threading.Event()
    monkeypatch.setattr(panes, "warm_reads", lambda database, actor, stop: warmed.set())
    opener = main.Opener(str(demo_db.path))
    opener.start()
    assert warmed.wait(30)
    assert not opener.busy()
    opener().dispose()

    warmed.clear()
    asked = main.Opener(str(demo_db.path))
    database = asked()  # opened on this thread, as for a server database: nothing warmed after it
    asked.start()
    database.dispose()
    assert not warmed.wait(0.5)
