"""List matches of each distinct query kept per matcher version, so that a party named again - in the same
run under another party's query, or in the next file an importer screens - is not matched again.

The matcher's answer to a query depends on the query's name, schema, country, birth date and address, on the
result limit and the least score asked for (`at_least`: an answer asked with one lacks what scores under it,
so it is kept under a key of its own, and one kept without is never read for it, nor the other way), and on
the matcher: its lists, its scorer, its key-building, its readings, its threshold and its
code.  `matcher_version` puts all of those in one string (the code as a digest of the resolve package's files,
so that a change nobody versioned still misses the cache); `MatchCache` keeps answers under it in a DuckDB
table (`match_cache`, store migration 006, or a file of its own), and rows of any other version are dropped
when new answers are written, so the table holds one matcher's answers.  A cached answer is the matcher's
answer as it gave it (every field of each Match, floats written as Python writes them back exactly), with
the asking query's id put in.

Both engines use it the same way: the screen asks the cache on the driver and sends only the queries it
lacks to the matcher (forked workers, or Spark's executors).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from chainlight.resolve.types import Match, Query

DDL = """CREATE TABLE IF NOT EXISTS match_cache (
    version VARCHAR NOT NULL,  -- matcher_version(): lists, scorer, keys, readings, threshold, code
    query VARCHAR NOT NULL,    -- query_key(): the query's fields, the limit and at_least, as JSON
    answers VARCHAR NOT NULL   -- the matches as JSON, each Match's fields but its query id
)"""

_MATCH_FIELDS = [f.name for f in fields(Match) if f.name != "query_id"]


def query_key(query: Query, limit: int, at_least: float = 0.0) -> str:
    """Everything of a query the matcher reads, the limit and the least score asked for (written only when
    there is one, so that keys asked without stay as they were): equal keys get equal answers."""
    key: list[object] = [query.name, query.schema, query.country, query.birth_date, query.address, limit]
    if at_least:
        key.append(at_least)
    return json.dumps(key, ensure_ascii=False)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The resolve package's files (code and data), hashed: the matcher's code as it runs here."""
    import chainlight.resolve as resolve

    root = Path(resolve.__file__).parent
    h = hashlib.sha1()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def entities_digest(entities: Iterable[Any]) -> str:
    """The lists a matcher was built from, when no store stamps them: every entity as written, in id order."""
    h = hashlib.sha1()
    for e in sorted(entities, key=lambda e: str(e.id)):
        h.update(repr(e).encode())
    return h.hexdigest()[:16]


def matcher_version(matcher: Any, lists: str) -> str | None:
    """The version a matcher's answers are kept under, or None for a matcher that does not say what it is
    (a test's stand-in): then nothing is cached."""
    from chainlight.resolve.versions import READINGS_VERSION

    try:
        scorer, keys, threshold = matcher.scorer, matcher.keys, float(matcher.threshold)
    except (AttributeError, TypeError, ValueError):
        return None
    return f"{scorer}+{keys}+{READINGS_VERSION}+t{threshold!r}+lists:{lists}+code:{code_digest()}"


def _dump(matches: Sequence[Match]) -> str:
    rows = []
    for m in matches:
        d = asdict(m)
        rows.append({k: d[k] for k in _MATCH_FIELDS})
    return json.dumps(rows, ensure_ascii=False, default=float)


def _load(text: str, query_id: str) -> list[Match]:
    return [Match(query_id=query_id, **d) for d in json.loads(text)]


class MatchCache:
    """Answers by query key, under one matcher version, in a DuckDB connection's `match_cache` table."""

    def __init__(self, con: duckdb.DuckDBPyConnection, version: str) -> None:
        self.con = con
        self.version = version
        self.hits = 0
        self.misses = 0
        con.execute(DDL)

    @classmethod
    def open(cls, path: Path, version: str) -> MatchCache:
        """A cache in a DuckDB file of its own (benchmarks, runs without a store)."""
        return cls(duckdb.connect(str(path)), version)

    def get(self, keys: Iterable[str]) -> dict[str, str]:
        """The kept answers (as JSON) of those keys that have them."""
        wanted = pa.table({"query": pa.array(sorted(set(keys)), pa.string())})
        self.con.register("_match_cache_keys", wanted)
        try:
            rows = self.con.execute("""SELECT c.query, c.answers FROM match_cache c
                JOIN _match_cache_keys k ON k.query = c.query WHERE c.version = ?""", [self.version]).fetchall()
        finally:
            self.con.unregister("_match_cache_keys")
        return dict(rows)

    def put(self, answers: Mapping[str, Sequence[Match]]) -> None:
        """Keep new answers; answers of other matcher versions go."""
        new = pa.table({"query": pa.array(list(answers), pa.string()),
                        "answers": pa.array([_dump(ms) for ms in answers.values()], pa.string())})
        self.con.register("_match_cache_new", new)
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute("DELETE FROM match_cache WHERE version <> ?", [self.version])
            self.con.execute("""INSERT INTO match_cache SELECT ?, n.query, n.answers FROM _match_cache_new n
                WHERE NOT EXISTS (SELECT 1 FROM match_cache c WHERE c.version = ? AND c.query = n.query)""",
                             [self.version, self.version])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self.con.unregister("_match_cache_new")


def match_distinct(queries: Sequence[Query], limit: int, answer: Any, cache: MatchCache | None = None,
                   at_least: float = 0.0) -> list[list[Match]]:
    """Each query's matches, in order, asking `answer` (a list of queries -> their matches, in order, each
    asked with `limit` and `at_least`) only for the distinct queries the cache lacks; their answers are kept
    in it, under keys that say `at_least`."""
    keys = [query_key(q, limit, at_least) for q in queries]
    kept = cache.get(keys) if cache is not None else {}
    todo: dict[str, Query] = {}
    for q, k in zip(queries, keys, strict=True):
        if k not in kept and k not in todo:
            todo[k] = q
    new = dict(zip(todo, answer(list(todo.values())), strict=True)) if todo else {}
    if cache is not None:
        cache.hits += len(keys) - len(todo)
        cache.misses += len(todo)
        if new:
            cache.put(new)
    out: list[list[Match]] = []
    for q, k in zip(queries, keys, strict=True):
        if k in new:
            out.append([m if m.query_id == q.id else _with_id(m, q.id) for m in new[k]])
        else:
            out.append(_load(kept[k], q.id))
    return out


def _with_id(m: Match, query_id: str) -> Match:
    from dataclasses import replace

    return replace(m, query_id=query_id)


CLUSTER_DDL = """CREATE TABLE IF NOT EXISTS cluster_cache (
    version VARCHAR NOT NULL,  -- cluster_version(): the clustering function and the resolve package's code
    names VARCHAR NOT NULL,    -- names_digest() of the screen's distinct mentions, in their order
    ids VARCHAR NOT NULL,      -- each mention's party id, in that order, as JSON
    kept_at TIMESTAMP NOT NULL
)"""

CLUSTERINGS_KEPT = 4  # the latest clusterings kept per version (a few files screened in turn)


def cluster_version(cluster: Any) -> str | None:
    """The version a clustering is kept under: the project's own `cluster_parties` and its code, or None
    for any other function (a test's stand-in), which is never cached."""
    from chainlight.resolve import cluster_parties

    if cluster is not cluster_parties:
        return None
    return f"cluster_parties+code:{code_digest()}"


def names_digest(mentions: Sequence[tuple[str, str | None, str | None]]) -> str:
    """The (name, country, address) mentions a clustering was asked for, in order."""
    return hashlib.sha1(json.dumps(list(mentions), ensure_ascii=False).encode()).hexdigest()


class ClusterCache:
    """Party ids of a whole set of mentions: the clustering of one set depends on every name in it, so it is
    kept whole, for the next screen of the same parties (a file screened again after the lists changed)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, version: str) -> None:
        self.con = con
        self.version = version
        self.hit = False
        con.execute(CLUSTER_DDL)

    def get(self, digest: str) -> list[str] | None:
        row = self.con.execute("SELECT ids FROM cluster_cache WHERE version = ? AND names = ? LIMIT 1",
                               [self.version, digest]).fetchone()
        self.hit = row is not None
        return list(json.loads(row[0])) if row is not None else None

    def put(self, digest: str, ids: Sequence[str]) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM cluster_cache WHERE version <> ? OR names = ?", [self.version, digest])
            self.con.execute("INSERT INTO cluster_cache VALUES (?, ?, ?, now())",
                             [self.version, digest, json.dumps(list(ids), ensure_ascii=False)])
            self.con.execute(f"""DELETE FROM cluster_cache WHERE names NOT IN (SELECT names FROM cluster_cache
                ORDER BY kept_at DESC LIMIT {CLUSTERINGS_KEPT})""")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
