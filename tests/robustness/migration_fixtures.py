"""Build the migration fixtures: one database per earlier schema revision, written by the
version of VanPhong whose newest revision it was.

    python -m tests.robustness.migration_fixtures [--out tests/data/migrations] [--only REV ...]

For every revision before the head, the newest commit of the repository's history whose
head was that revision is exported (``git archive``) and its own ``vanphong demo`` fills a
new database: the rows are the ones that version wrote, in the schema its migrations made.
The file is checked against the schema today's migrations give at that revision (tables
and columns), then dumped as SQL text (``tests/data/migrations/<rev>.sql``, reviewable in a
diff and loaded with ``sqlite3.executescript``).  ``tests/unit/db/test_migration_fixtures.py``
upgrades each to the head and checks that every row is kept.

Run it when a migration is added (the fixture of the revision that stopped being the head
is then missing and the test says so).  A commit whose demo fails is skipped for the next
older one of the same revision.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from db.migrate import revision_chain, schema_at

REPO = Path(__file__).resolve().parents[2]
VERSIONS = "db/migrations/versions"
DEFAULT_OUT = REPO / "tests" / "data" / "migrations"
_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)
CANDIDATES_PER_REVISION = 4


@dataclass(frozen=True)
class Candidate:
    revision: str
    commit: str
    date: str


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True,
                          text=True).stdout


def _head_of(commit: str, blobs: dict[str, tuple[str, str | None]]) -> str | None:
    """The head revision of the migrations folder at *commit* (None before it existed)."""
    listing = _git("ls-tree", commit, f"{VERSIONS}/")
    revisions: set[str] = set()
    parents: set[str] = set()
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        blob = meta.split()[2]
        if not path.endswith(".py"):
            continue
        if blob not in blobs:
            source = _git("cat-file", "blob", blob)
            rev, down = _REVISION.search(source), _DOWN.search(source)
            blobs[blob] = (rev.group(1) if rev else "", down.group(1) if down and down.group(1) else None)
        rev, down = blobs[blob]
        if rev:
            revisions.add(rev)
        if down:
            parents.add(down)
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def candidates() -> dict[str, list[Candidate]]:
    """Commits of HEAD's history by the head revision they had, newest first."""
    blobs: dict[str, tuple[str, str | None]] = {}
    found: dict[str, list[Candidate]] = {}
    for line in _git("log", "--format=%H %cs", "HEAD").splitlines():
        commit, day = line.split()
        head = _head_of(commit, blobs)
        if head is not None:
            found.setdefault(head, []).append(Candidate(head, commit, day))
    return found


def chain() -> list[str]:
    """Today's revisions, oldest first."""
    return revision_chain()


def _schema(path: Path) -> dict[str, set[str]]:
    """The tables and columns of the file at *path* (compared with :func:`db.migrate.schema_at`)."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def _written_by(candidate: Candidate, scratch: Path) -> Path | None:
    """The database *candidate*'s own `vanphong demo` writes, or None if it fails."""
    tree = scratch / candidate.commit[:12]
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", candidate.commit], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    db_path = scratch / f"{candidate.revision}-{candidate.commit[:12]}.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(scratch / "home"), "XDG_DATA_HOME": str(scratch / "home" / "data")}
    env.pop("VANPHONG_DB", None)
    code = ("import sys; from app.cli import main; "
            f"sys.exit(main(['--db', {str(db_path)!r}, 'demo']))")
    run = subprocess.run([sys.executable, "-c", code], cwd=tree, env=env, capture_output=True, text=True,
                         timeout=600)
    if run.returncode != 0:
        print(f"  {candidate.commit[:12]}: demo failed: {(run.stderr or run.stdout).strip().splitlines()[-1:]}")
        return None
    return db_path


def _taken_down_to(revision: str, scratch: Path) -> Path:
    """Today's demo office, taken down to *revision* by the migrations' own downgrades."""
    from app.services.admin.database import open_app_database
    from db.migrate import downgrade

    path = scratch / f"{revision}-downgraded.sqlite3"
    run = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(path), "demo"], cwd=REPO,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                         timeout=600)
    if run.returncode != 0:
        raise SystemExit(f"today's demo failed: {run.stderr.strip()}")
    database = open_app_database(str(path), create=False)
    try:
        downgrade(database, revision, backup=False)
    finally:
        database.dispose()
    return path


def _dump(path: Path, candidate: Candidate, target: Path) -> None:
    with sqlite3.connect(path) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        lines = list(conn.iterdump())
    assert revision == candidate.revision, (revision, candidate)
    how = ("written by today's demo and taken down to it by the migrations' downgrades (no version\n"
           "-- had it as its newest revision), at commit"
           if candidate.date == "downgraded" else "the demo office as written by commit")
    header = (f"-- VanPhong schema revision {candidate.revision}: {how}\n"
              f"-- {candidate.commit} ({candidate.date}). Made by\n"
              "-- `python -m tests.robustness.migration_fixtures`; do not edit.\n")
    target.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def build(out: Path, only: list[str] | None = None) -> int:
    revisions = chain()[:-1]  # every revision before the head
    wanted = [r for r in revisions if not only or r in only]
    found = candidates()
    out.mkdir(parents=True, exist_ok=True)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="vanphong-fixtures-") as tmp:
        scratch = Path(tmp)
        for revision in wanted:
            expected = schema_at(revision)
            made = False
            for candidate in found.get(revision, [])[:CANDIDATES_PER_REVISION]:
                print(f"{revision}: demo of {candidate.commit[:12]} ({candidate.date})", flush=True)
                path = _written_by(candidate, scratch)
                if path is None:
                    continue
                if _schema(path) != expected:
                    print(f"  {candidate.commit[:12]}: its schema is not today's {revision}; next commit")
                    continue
                _dump(path, candidate, out / f"{revision}.sql")
                made = True
                break
            if not made:  # merged with another migration in one step: no version ever stopped there
                print(f"{revision}: no version had it as its newest; today's demo taken down to it", flush=True)
                path = _taken_down_to(revision, scratch)
                if _schema(path) != expected:
                    print(f"{revision}: the downgrade does not give its schema", file=sys.stderr)
                    failures += 1
                    continue
                _dump(path, Candidate(revision, _git("rev-parse", "HEAD").strip(), "downgraded"),
                      out / f"{revision}.sql")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", metavar="REV")
    args = parser.parse_args(argv)
    return build(args.out, args.only)


if __name__ == "__main__":
    sys.exit(main())
