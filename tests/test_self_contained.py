"""A fresh clone passes its tests with nothing beside it: no test may open a file next to the repository."""

from __future__ import annotations

import pytest

from tests.conftest import REPO, OutsideRepositoryError, outside_repository
from tests.helpers.snapshots import SNAPSHOTS, snapshot_bytes


def test_opening_a_file_beside_the_repository_fails_the_test() -> None:
    beside = REPO.parent / "shared" / "data" / "SOURCES.md"
    with pytest.raises(OutsideRepositoryError, match="outside the repository"):
        open(beside, "rb")  # noqa: SIM115 - the audit hook refuses it before anything is opened
    assert outside_repository(str(beside)) == beside.resolve()


def test_files_in_the_repository_and_the_temporary_folder_are_allowed(tmp_path) -> None:
    assert outside_repository(REPO / "README.md") is None
    assert outside_repository(tmp_path / "x.csv") is None
    assert outside_repository(3) is None  # a file descriptor


def test_every_snapshot_has_its_source_named() -> None:
    sources = (SNAPSHOTS / "SOURCES.md").read_text(encoding="utf-8")
    files = [p for p in SNAPSHOTS.rglob("*") if p.is_file() and p.name != "SOURCES.md"]
    assert len(files) >= 10
    for path in files:
        relative = path.relative_to(SNAPSHOTS).as_posix()
        folder = relative.rsplit("/", 1)[0]
        assert relative in sources or folder in sources, f"{relative} is not in tests/snapshots/SOURCES.md"


def test_snapshots_are_small_and_compressed() -> None:
    total = sum(p.stat().st_size for p in SNAPSHOTS.rglob("*") if p.is_file())
    assert total < 4_000_000
    big = [p for p in SNAPSHOTS.rglob("*") if p.is_file() and p.stat().st_size > 50_000 and p.suffix != ".xz"]
    assert not big
    assert snapshot_bytes("sanctions/ofac/sdn.csv").endswith(b"\x1a")  # the published bytes, untouched
