"""The name index saved beside the store: reused while the lists stand, built again when one changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chainlight.cli import main
from chainlight.resolve import Query
from chainlight.resolve.saved_index import IndexStamp, index_path, lists_digest, load_or_build
from chainlight.store import Store
from tests.helpers.snapshots import snapshot, unpack

UN = "sanctions/un/consolidated.xml"


@pytest.fixture()
def un_store(tmp_path: Path) -> Path:
    db = tmp_path / "lists.duckdb"
    assert main(["--db", str(db), "-q", "ingest", "un-sc", str(snapshot(UN))]) == 0
    return db


def _top(store: Store, name: str) -> tuple[str, float]:
    matcher, _ = load_or_build(store, 0.7)
    best = matcher.match(Query("q", name), limit=1)[0]
    return best.entity_id, round(best.score, 6)


def test_built_once_then_loaded_with_the_same_answers(un_store: Path) -> None:
    with Store(un_store) as store:
        first, how = load_or_build(store, 0.7)
        assert how == "built"
        path = index_path(store)
        assert path is not None and path.is_file() and path.name == "lists.duckdb.matcher"
        again, how = load_or_build(store, 0.75)
        assert how == "loaded" and again.threshold == 0.75
        for name in ("조선광선은행", "KOREA KWANGSON BANKING CORP", "Ri Je-son"):
            a = [(m.entity_id, m.score) for m in first.match(Query("q", name), limit=3)]
            b = [(m.entity_id, m.score) for m in again.match(Query("q", name), limit=3)]
            assert a == b and a


def test_an_unchanged_reingest_keeps_the_index_and_a_changed_list_rebuilds_it(un_store: Path,
                                                                             tmp_path: Path) -> None:
    with Store(un_store) as store:
        load_or_build(store, 0.7)
        before = lists_digest(store)
    assert main(["--db", str(un_store), "-q", "ingest", "un-sc", str(snapshot(UN))]) == 0
    with Store(un_store) as store:
        assert lists_digest(store) == before
        assert load_or_build(store, 0.7)[1] == "loaded"
    # the same list less its last entity: a changed list, so the index is built again
    text = unpack(UN, tmp_path).read_text(encoding="utf-8")
    last = text.rindex("<ENTITY>")
    shorter = tmp_path / "shorter.xml"
    shorter.write_text(text[:last] + text[text.index("</ENTITY>", last) + len("</ENTITY>"):], encoding="utf-8")
    assert main(["--db", str(un_store), "-q", "ingest", "un-sc", str(shorter)]) == 0
    with Store(un_store) as store:
        digest, count = lists_digest(store)
        assert digest != before[0] and count == before[1] - 1
        matcher, how = load_or_build(store, 0.7)
        assert how == "built" and len(matcher.resolved) == count


def test_a_damaged_or_foreign_index_is_built_again(un_store: Path) -> None:
    with Store(un_store) as store:
        load_or_build(store, 0.7)
        path = index_path(store)
        assert path is not None
        path.write_bytes(b"not a pickle")
        assert load_or_build(store, 0.7)[1] == "built"
        sidecar = path.with_name(path.name + ".json")
        stamp = json.loads(sidecar.read_text())
        sidecar.write_text(json.dumps({**stamp, "keys": "keys-from-another-release"}))
        assert load_or_build(store, 0.7)[1] == "built"
        assert IndexStamp.read(sidecar) == IndexStamp(**stamp)
        assert not list(path.parent.glob("*.tmp"))


def test_a_store_in_memory_gets_a_fresh_matcher() -> None:
    with Store(":memory:") as store:
        assert index_path(store) is None
        assert lists_digest(store) == ("0000000000000000", 0)


def test_an_unwritable_folder_still_matches(un_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("chainlight.resolve.saved_index._save", refuse)
    with Store(un_store) as store:
        matcher, how = load_or_build(store, 0.7)
        assert how.startswith("built (not saved: Permission denied")
        assert matcher.match(Query("q", "KOREA KWANGSON BANKING CORP"), limit=1)


def test_match_command_saves_the_index_beside_the_store(un_store: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    queries = tmp_path / "q.csv"
    queries.write_text("query_id,name\nq1,조선광선은행\n", encoding="utf-8")
    for _ in range(2):
        assert main(["--db", str(un_store), "-q", "match", str(queries), "--format", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert rows[0]["entity_id"].startswith("un-")
    assert Path(str(un_store) + ".matcher").is_file()
    assert Path(str(un_store) + ".matcher.json").is_file()
