"""List matches kept per matcher version (score/match_cache.py): a screen with the cache gives the same
findings.csv, byte for byte, as one without it, asks the matcher for each distinct query once, and asks it
nothing the next time; another matcher version misses and replaces the kept answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from chainlight.resolve.types import Match, Query
from chainlight.score.batch_screen import BatchScreener, run_batch
from chainlight.score.match_cache import (
    CLUSTERINGS_KEPT,
    ClusterCache,
    MatchCache,
    cluster_version,
    match_distinct,
    matcher_version,
    names_digest,
    query_key,
)
from chainlight.score.screen import default_classifier, default_cluster, default_matcher
from chainlight.settings import get_settings

DEMO = Path(__file__).resolve().parents[2] / "src" / "chainlight" / "data" / "demo"


class Counting:
    """The real matcher, counting the queries it is asked."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.asked: list[Query] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def match(self, query: Query, limit: int = 5) -> list[Match]:
        self.asked.append(query)
        return list(self.inner.match(query, limit))

    def match_many(self, queries: list[Query], limit: int = 5, workers: int = 1) -> list[list[Match]]:
        self.asked += queries
        return list(self.inner.match_many(queries, limit, workers=workers))


def _screen(inp: Any, out: Path, matcher: Any, cache: duckdb.DuckDBPyConnection | None) -> BatchScreener:
    import pyarrow as pa

    def table(records: list[Any]) -> pa.Table | None:
        rows = [{k: v for k, v in r.to_dict().items() if k != "extra"} for r in records]
        return pa.Table.from_pylist(rows) if rows else None

    b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods, matcher=matcher,
                      classifier=default_classifier(), cluster=default_cluster())
    if cache is not None:
        b.keep_matches(cache)
    run_batch(b, table(inp.shipments), table(inp.listings), out, suppliers=table(inp.suppliers))
    return b


def test_a_cached_screen_writes_the_same_findings_and_asks_nothing_again(tmp_path: Path) -> None:
    from benchmarks.trace.scenario import generate

    inp, _ = generate(1500, 2)
    real = default_matcher(inp.entities, get_settings())
    _screen(inp, tmp_path / "plain.csv", real, None)
    con = duckdb.connect(str(tmp_path / "cache.duckdb"))
    first = Counting(real)
    b1 = _screen(inp, tmp_path / "first.csv", first, con)
    keys = {query_key(q, 3) for q in first.asked}
    assert first.asked and len(keys) == len(first.asked)  # each distinct query once
    assert b1.match_cache is not None and b1.match_cache.misses == len(first.asked)
    again = Counting(real)
    b2 = _screen(inp, tmp_path / "again.csv", again, con)
    assert again.asked == [] and b2.match_cache is not None and b2.match_cache.hits == b1.match_cache.misses
    # the same mentions: the parties of the first screen, not clustered again
    assert b1.cluster_cache is not None and not b1.cluster_cache.hit
    assert b2.cluster_cache is not None and b2.cluster_cache.hit and b2.parties.keys() == b1.parties.keys()
    plain = (tmp_path / "plain.csv").read_bytes()
    assert plain == (tmp_path / "first.csv").read_bytes() == (tmp_path / "again.csv").read_bytes()
    assert con.execute("SELECT count(*) FROM match_cache").fetchone() == (len(keys),)


def test_kept_answers_are_the_matchers_own_and_versions_do_not_mix(tmp_path: Path) -> None:
    from benchmarks.trace.scenario import generate

    inp, _ = generate(300, 1)
    matcher = default_matcher(inp.entities, get_settings())
    names = [e.names[0].value for e in inp.entities[:5]] + ["Korea Songi Trading", "조선광선은행", "Qingdao Lash Co"]
    # the same name twice under two ids: asked once, each answer carrying its own query's id
    queries = [Query(f"q{i}", n, None, "kp" if i % 2 else None) for i, n in enumerate(names)]
    queries.append(Query("dup", names[0], None, None))
    fresh = [matcher.match(q, 3) for q in queries]
    con = duckdb.connect()
    version = matcher_version(matcher, "lists-a")
    assert version is not None
    asked: list[int] = []

    def answer(todo: list[Query]) -> list[list[Match]]:
        asked.append(len(todo))
        return [matcher.match(q, 3) for q in todo]

    cache = MatchCache(con, version)
    assert match_distinct(queries, 3, answer, cache) == fresh
    assert asked == [len(queries) - 1]
    assert match_distinct(queries, 3, answer, MatchCache(con, version)) == fresh  # from the table: the same
    assert asked == [len(queries) - 1] and any(fresh)
    # another version (other lists) misses, and its answers replace the old ones
    other = MatchCache(con, str(matcher_version(matcher, "lists-b")))
    assert match_distinct(queries, 3, answer, other) == fresh and asked[-1] == len(queries) - 1
    assert con.execute("SELECT DISTINCT version FROM match_cache").fetchall() == [(other.version,)]
    # a stand-in matcher that does not say what it is is never cached, nor a stand-in clustering
    assert matcher_version(object(), "lists-a") is None
    assert cluster_version(lambda names: {}) is None and cluster_version(default_cluster()) is not None


def test_a_clustering_is_kept_whole_and_only_the_latest_few(tmp_path: Path) -> None:
    con = duckdb.connect()
    cache = ClusterCache(con, "v1")
    for i in range(CLUSTERINGS_KEPT + 2):
        cache.put(names_digest([(f"Firm {i}", "cn", None)]), [f"party:firm-{i}"])
    assert cache.get(names_digest([("Firm 0", "cn", None)])) is None  # the oldest went
    last = CLUSTERINGS_KEPT + 1
    assert cache.get(names_digest([(f"Firm {last}", "cn", None)])) == [f"party:firm-{last}"] and cache.hit
    assert cache.get(names_digest([(f"Firm {last}", "kp", None)])) is None  # another country: other mentions
    assert con.execute("SELECT count(*) FROM cluster_cache").fetchone() == (CLUSTERINGS_KEPT,)
    ClusterCache(con, "v2").put(names_digest([("Firm 9", "cn", None)]), ["party:firm-9"])
    assert con.execute("SELECT DISTINCT version FROM cluster_cache").fetchall() == [("v2",)]


def test_the_columnar_screen_keeps_matches_in_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chainlight.cli import main
    from chainlight.store import Store

    monkeypatch.chdir(tmp_path)
    assert main(["--quiet", "--db", "chainlight.duckdb", "demo"]) == 0
    for kind in ("listings", "shipments", "suppliers"):
        pq.write_table(pacsv.read_csv(DEMO / f"{kind}.csv"), tmp_path / f"{kind}.parquet")
    args = ["--quiet", "screen", "--columnar", "--listings", "listings.parquet", "--shipments", "shipments.parquet",
            "--suppliers", "suppliers.parquet", "--out"]
    assert main([*args, "one"]) == 0
    with Store(tmp_path / "chainlight.duckdb") as store:
        kept = store.con.execute("SELECT count(*), count(DISTINCT version) FROM match_cache").fetchone()
        assert kept is not None and kept[0] > 10 and kept[1] == 1
        hits = store.con.execute("SELECT count(*) FROM match_cache WHERE answers <> '[]'").fetchone()
        assert hits is not None and hits[0] > 0  # the demo's listed exporters among them
        assert json.loads(store.con.execute("SELECT answers FROM match_cache WHERE answers <> '[]' LIMIT 1")
                          .fetchone()[0])[0]["entity_id"]  # type: ignore[index]
        assert store.con.execute("SELECT count(*) FROM cluster_cache").fetchone() == (1,)
    assert main([*args, "two"]) == 0
    assert (tmp_path / "one" / "findings.csv").read_bytes() == (tmp_path / "two" / "findings.csv").read_bytes()
    monkeypatch.setattr("chainlight.pipeline.MATCH_CACHE", False)
    assert main([*args, "three"]) == 0
    assert (tmp_path / "one" / "findings.csv").read_bytes() == (tmp_path / "three" / "findings.csv").read_bytes()
