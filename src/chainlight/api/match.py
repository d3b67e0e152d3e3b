"""`POST /match/{dataset}` and `GET /search/{dataset}` in yente's shapes, and `GET /algorithms`."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response

from chainlight.api import yente, yente_search
from chainlight.api.deps import ALL_SCOPES, LIST_CHECK_S, AppState, locked_state
from chainlight.api.limits import MAX_MATCH_QUERIES
from chainlight.errors import UsageError
from chainlight.resolve.types import Match
from chainlight.resolve.types import Query as NameQuery

if TYPE_CHECKING:
    from chainlight.resolve import Matcher

router = APIRouter(tags=["matching"])
State = Annotated[AppState, Depends(locked_state)]


ANSWER_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY  # keys and numbers as json.dumps takes them
TS_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?"


@router.post("/match/{dataset}", response_model=None)
def match(dataset: str, body: yente.EntityMatchQuery, request: Request,
          limit: Annotated[int, Query(ge=1, le=500)] = 5,
          threshold: Annotated[float | None, Query(ge=0, le=1)] = None,
          cutoff: Annotated[float | None, Query(ge=0, le=1, deprecated=True)] = None,
          algorithm: str = yente.DEFAULT_ALGORITHM,
          include_dataset: Annotated[list[str] | None, Query()] = None,
          exclude_dataset: Annotated[list[str] | None, Query()] = None,
          exclude_schema: Annotated[list[str] | None, Query()] = None,
          topics: Annotated[list[str] | None, Query()] = None,
          changed_since: Annotated[str | None, Query(pattern=TS_PATTERN)] = None,
          exclude_entity_ids: Annotated[list[str] | None, Query(max_length=50)] = None) -> Response:
    """Match entity examples (yente's EntityMatchQuery) against the lists in `dataset` ('default' = all).

    As yente: results scoring at or below `cutoff` (default: the threshold) are left out, `total` counts the
    results at or above `threshold`, and a lower threshold widens the candidates scored (limit x 10)."""
    # The answer written as JSON once (FastAPI would first walk it through jsonable_encoder), the plain ASGI
    # middlewares (app.py) and authorize's look-up without a thread: a request's CPU outside the matcher went
    # from about 8 ms to 2 (benchmarks/api).
    if request.query_params:
        yente_search.check_params(request.query_params.keys(), yente_search.MATCH_PARAMS, "/match")
    state: AppState = request.app.state.chainlight
    args = (dataset, body, limit, threshold, cutoff, algorithm, include_dataset, exclude_dataset, exclude_schema,
            topics, changed_since, exclude_entity_ids)
    matcher = computing_only(state, dataset, changed_since)
    if matcher is not None:
        # Without the state's lock: the requests of a worker share its core (the GIL passes between their
        # threads), so a name that takes 1 ms is not queued behind one that takes 13 (a Hanzi name, a firm's
        # name of common words).  Under the lock each waited for every request ahead of it: at concurrency 16
        # the slowest twentieth of the answers took two to three times the median (benchmarks/api).
        answer = _match(state, *args, matcher=matcher)
    else:
        with state.lock:
            answer = _match(state, *args)
    # orjson: the same JSON (UTF-8, no spaces) in a hundredth of json.dumps's time, which was a sixth of the
    # request's CPU (a float may be written in another notation, 0.00005 for 5e-05: the same number)
    return Response(orjson.dumps(answer, option=ANSWER_OPTIONS), media_type="application/json",
                    headers={"x-batch-size": str(len(answer["responses"]))})


def computing_only(state: AppState, dataset: str, changed_since: str | None) -> Matcher | None:
    """The matcher of all lists when a /match needs nothing but it and what is already in memory, so that it may
    run beside other requests without the state's lock (which guards the store's one connection): the index
    warm, the readings' dictionaries loaded (a first name in Hangul would load them: seconds), the entries
    and their dates read, the lists' periodic check not due (AppState.matcher), no filter or dataset name
    that reads the store.  Else None: the request takes the lock.  The matcher keeps its scratch arrays per
    thread (resolve/index.py) for this."""
    matcher = state._matchers.get("default")
    if (matcher is None or state.index_warming or not state.readings_warm or state._entries is None
            or changed_since is not None or yente.store_name(dataset) not in ALL_SCOPES
            or not yente.stamps_read(state) or time.monotonic() - state._lists_checked > LIST_CHECK_S):
        return None
    return matcher


def _match(state: AppState, dataset: str, body: yente.EntityMatchQuery, limit: int, threshold: float | None,
           cutoff: float | None, algorithm: str, include_dataset: list[str] | None,
           exclude_dataset: list[str] | None, exclude_schema: list[str] | None, topics: list[str] | None,
           changed_since: str | None, exclude_entity_ids: list[str] | None,
           matcher: Matcher | None = None) -> dict[str, Any]:
    """The answer to a /match: with the state's lock held, or given the `matcher` by `computing_only`."""
    _check_algorithm(algorithm)
    if body.config:
        raise UsageError(f"Invalid configuration parameter: {', '.join(sorted(body.config))} for algorithm "
                         f"{yente.DEFAULT_ALGORITHM} (it takes none)")
    if len(body.queries) > MAX_MATCH_QUERIES:
        raise UsageError(f"Too many queries in one batch (limit: {MAX_MATCH_QUERIES}; got {len(body.queries)})")
    examples = {k: ex for k, ex in body.queries.items() if ex is not None}
    if not examples:
        raise UsageError("No queries provided.")
    entries = state.entries()
    for key, example in examples.items():
        yente.check_example(key, example, entries)
    threshold = state.settings.match_threshold if threshold is None else threshold
    cutoff = threshold if cutoff is None else min(cutoff, threshold)
    state.refuse_while_reading(*(v for ex in examples.values() for values in ex.properties.values()
                                 for v in (values if isinstance(values, list) else [values]) if isinstance(v, str)))
    scope, within = _scope(state, dataset)
    keep = ResultFilter.of(state, [*(include_dataset or []), *within], exclude_dataset, exclude_schema, topics,
                           changed_since, exclude_entity_ids)
    matcher = matcher or state.matcher(scope)
    candidates = max(20, limit * yente.MATCH_CANDIDATES)
    responses: dict[str, Any] = {}
    known = yente.stamps(state)
    for key, example in examples.items():
        best: dict[str, Match] = {}
        for q in yente.to_queries(key, example):
            # cutoff: only what scores above it is kept, so what cannot reach it is not scored (exactly)
            for m in matcher.match(q, limit=candidates, at_least=cutoff):
                if m.entity_id not in best or m.score > best[m.entity_id].score:
                    best[m.entity_id] = m
        ranked = sorted((m for m in best.values() if m.score > cutoff and keep(_members(state, m), m)),
                        key=lambda m: (-m.score, m.entity_id))
        results = [yente.scored_result(m, _members(state, m), threshold, known, entries) for m in ranked[:limit]]
        responses[key] = {"status": 200, "results": results,
                          "total": {"value": sum(1 for m in ranked if m.score >= threshold), "relation": "eq"},
                          "query": yente.echoed_query(example)}
    return {"responses": responses, "matcher": _feature_docs(), "limit": limit}


def _scope(state: AppState, dataset: str) -> tuple[str, list[str]]:
    """The store dataset to match in, and a dataset its results must be in.  A dataset that entries of an FtM
    export name (us_ofac_sdn, from OpenSanctions) is matched over every list and filtered to the entries in it,
    as yente's include_dataset would: chainlight's own OFAC list and the export's OFAC entries alike."""
    name = yente.store_name(dataset)
    if name in ALL_SCOPES:
        return name, []
    public = yente.public_name(name)
    if public in _named_by_exports(state):
        return "default", [public]
    return name, []  # the matcher of a dataset the store lacks answers 404, naming it


_NAMED: list[tuple[dict[str, Any], frozenset[str]]] = []  # (the entities read, the datasets they name)


def _named_by_exports(state: AppState) -> frozenset[str]:
    """The datasets FtM-read entries name, read once per load of the lists."""
    entities = state.entities()
    if not _NAMED or _NAMED[0][0] is not entities:
        _NAMED[:] = [(entities, frozenset(d for e in entities.values() if e.properties.get("datasets")
                                          for d in yente.datasets_of(e)))]
    return _NAMED[0][1]


@lru_cache(maxsize=1)
def _feature_docs() -> dict[str, Any]:
    return yente.feature_docs()


@dataclass(frozen=True)
class ResultFilter:
    """yente's result filters, applied to a match's list entries (all of a merged body's members)."""

    include: frozenset[str]
    exclude: frozenset[str]
    schemata: frozenset[str]
    topics: frozenset[str]
    changed: frozenset[str] | None  # with changed_since: the entries whose content changed since then
    ids: frozenset[str]

    @classmethod
    def of(cls, state: AppState, include: list[str] | None, exclude: list[str] | None,
           schemata: list[str] | None, topics: list[str] | None, since: str | None,
           ids: list[str] | None) -> ResultFilter:
        def names(values: list[str] | None) -> frozenset[str]:
            return frozenset(yente.public_name(yente.store_name(v)) for v in values or [])

        changed = None
        if since:
            rows = state.store.con.execute("SELECT id FROM entities WHERE last_change >= CAST(? AS TIMESTAMP)",
                                           [since]).fetchall()
            changed = frozenset(r[0] for r in rows)
        return cls(names(include), names(exclude), frozenset(schemata or []), frozenset(topics or []), changed,
                   frozenset(ids or []))

    def __call__(self, members: list[Any], m: Match) -> bool:
        datasets: set[str | None] = {d for e in members for d in yente.datasets_of(e)} or {None}
        if self.include and not datasets & self.include:
            return False
        if self.exclude and datasets <= self.exclude:
            return False
        if m.schema in self.schemata:
            return False
        if self.topics and not {t for e in members for t in e.topics} & self.topics and not (
                "sanction" in self.topics and any(e.programs for e in members)):
            return False
        if self.ids and ({m.entity_id, *m.member_ids} & self.ids):
            return False
        return self.changed is None or bool({m.entity_id, *m.member_ids} & self.changed)


@dataclass(frozen=True)
class SearchFilters:
    """yente's /search filters, read from each body's traits: one of the countries, one of the topics, in one of the
    datasets (OpenSanctions' names or chainlight's), a target or not, of a schema that can match the one asked;
    and, as /match's, include_dataset, exclude_dataset, exclude_schema and changed_since."""
    countries: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    datasets: frozenset[str] = frozenset()
    target: bool | None = None
    schema: yente_search.SchemaFilter | None = None
    within: frozenset[str] = frozenset()  # an FtM export's dataset named in the path (_scope)
    result: ResultFilter | None = None

    def any(self) -> bool:
        return bool(self.countries or self.topics or self.datasets or self.within) or self.target is not None or (
            self.schema is not None and self.schema.asked is not None) or self.result is not None

    def keeps(self, t: yente_search.Traits, member_ids: list[str]) -> bool:
        if self.countries and not self.countries & t.countries:
            return False
        if self.topics and not self.topics & t.topics:
            return False
        if self.datasets and not self.datasets & t.datasets:
            return False
        if self.within and not self.within & t.datasets:
            return False
        if self.target is not None and t.target != self.target:
            return False
        if self.schema is not None and not self.schema.keeps(t.schema):
            return False
        r = self.result
        if r is None:
            return True
        if (r.include and not t.datasets & r.include) or (r.exclude and t.datasets and t.datasets <= r.exclude):
            return False
        if t.schema in r.schemata or (r.ids and r.ids & set(member_ids)):
            return False
        return r.changed is None or bool(r.changed & set(member_ids))


@router.get("/search/{dataset}")
def search(dataset: str, state: State, request: Request, q: str = "",
           limit: Annotated[int, Query(ge=1, le=500)] = 10,
           offset: Annotated[int, Query(ge=0, le=yente_search.MAX_WINDOW)] = 0, schema: str | None = None,
           countries: Annotated[list[str] | None, Query()] = None,
           topics: Annotated[list[str] | None, Query()] = None,
           datasets: Annotated[list[str] | None, Query()] = None,
           target: bool | None = None, fuzzy: bool = False, simple: bool = False,
           sort: Annotated[list[str] | None, Query()] = None,
           facets: Annotated[list[str] | None, Query()] = None,
           include_dataset: Annotated[list[str] | None, Query()] = None,
           exclude_dataset: Annotated[list[str] | None, Query()] = None,
           exclude_schema: Annotated[list[str] | None, Query()] = None,
           changed_since: Annotated[str | None, Query(pattern=TS_PATTERN)] = None) -> Response:
    """Entity search (yente's SearchResponse).  With `q`: the same cross-script matcher, ranked by score, then the
    entries whose names contain `q` as written.  Without: every body the filters keep, by caption.  yente's
    filters keep the bodies that have them; `facets` counts values over all that the search keeps; `sort` orders
    them (`field:asc|desc`); a parameter yente does not take, or a facet or sort field not counted here, is a
    422 naming it.  `fuzzy` and `simple` answer alike: the search is always approximate, `q` always plain text."""
    del fuzzy, simple  # accepted, see above
    yente_search.check_params(request.query_params.keys())
    yente_search.check_window(limit, offset)
    counted = yente_search.check_facets(facets)
    order = yente_search.parse_sorts(sort)
    if schema is not None and state.entries().schema(schema) is None:
        raise UsageError(f"Invalid schema '{schema}'")  # yente's 400
    from chainlight.sources.countries import to_iso2_list

    codes = to_iso2_list(countries or [])
    narrowed = any(v for v in (include_dataset, exclude_dataset, exclude_schema, changed_since))
    wanted = SearchFilters(frozenset(codes), frozenset(topics or []),
                           frozenset(yente.public_name(yente.store_name(d)) for d in datasets or []),
                           target, schema=yente_search.SchemaFilter(schema),
                           result=ResultFilter.of(state, include_dataset, exclude_dataset, exclude_schema, None,
                                                  changed_since, None) if narrowed else None)
    answer = find(state, dataset, q, limit, offset, wanted, counted, order, country=codes[0] if codes else None)
    return Response(orjson.dumps(answer, option=ANSWER_OPTIONS), media_type="application/json")


def find(state: AppState, dataset: str, q: str, limit: int = 10, offset: int = 0,
         wanted: SearchFilters | None = None, counted: tuple[str, ...] = yente_search.DEFAULT_FACETS,
         order: list[yente_search.SortKey] | None = None, country: str | None = None) -> dict[str, Any]:
    """/search's answer (also the reconciliation's entity suggestions): the bodies `q` finds (all of them when it
    is blank) that `wanted` keeps, `counted` facets over them, `order`ed, the page at `offset`."""
    wanted = wanted or SearchFilters()
    if q.strip():
        state.refuse_while_reading(q)
    scope, within = _scope(state, dataset)
    if within:
        wanted = dataclasses.replace(wanted, within=frozenset(yente.public_name(d) for d in within))
    entries = state.entries()
    schema = wanted.schema.asked if wanted.schema is not None else None
    known = yente.stamps(state)
    entities = state.entities()
    matcher = state.matcher(scope)
    bodies: list[tuple[list[str], float | None]] = []
    if q.strip():
        query = NameQuery(id="search", name=q, schema=schema, country=country)
        # the matcher's best (at least 100, more behind a filter or a deep page, at most 500), then the entries
        # whose names hold q as written: total and facets count these
        want = limit + offset
        found = matcher.match(query, limit=min(500, max(100, want * (10 if wanted.any() else 1))))
        bodies = [(m.member_ids or [m.entity_id], m.score) for m in found]
        seen = {i for ids, _ in bodies for i in ids}
        bodies += [([i], 0.0) for i in _word_search(state, q, scope, yente_search.MAX_WINDOW, seen)]
    kept: list[tuple[yente_search.Traits, float | None]] = []
    ids_of: dict[str, list[str]] = {}

    def members(ids: list[str]) -> list[Any]:
        return [entities[i] for i in ids if i in entities]

    if q.strip():
        for ids, score in bodies:
            if found_members := members(ids):
                t = yente_search.traits(found_members, known, entries)
                if wanted.keeps(t, ids):
                    kept.append((t, score))
                    ids_of[t.id] = ids
    else:  # yente's match_all: the filters alone, over every body (listed by caption, then id)
        for t, ids in yente_search.listing(matcher.resolved, members, known, entries):
            if wanted.keeps(t, ids):
                kept.append((t, None))
                ids_of[t.id] = ids
    if order:
        kept = yente_search.sort_results(kept, order)
    results = []
    for t, score in kept[offset:offset + limit]:
        data = yente.entity_response(members(ids_of[t.id]), known, entries)
        if score is not None:
            data["score"] = score
        results.append(data)
    return {"results": results, "facets": yente_search.facet_counts([t for t, _ in kept], counted),
            "limit": limit, "offset": offset, "total": {"value": len(kept), "relation": "eq"}}


def _word_search(state: AppState, q: str, dataset: str, limit: int, seen: set[str]) -> list[str]:
    datasets = state.datasets_in(dataset)
    sql = ("SELECT DISTINCT entity_id FROM statements WHERE prop IN ('name', 'alias', 'weakAlias') "
           "AND value ILIKE ? ESCAPE '\\'")
    pattern = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    params: list[Any] = [pattern]
    if datasets:  # the store's datasets (an FtM ingest's entries carry the export's own in their statements)
        sql += " AND entity_id IN (SELECT id FROM entities WHERE dataset IN (SELECT unnest(?)))"
        params.append(datasets)
    rows = state.store.con.execute(sql + " ORDER BY entity_id LIMIT ?", [*params, limit + len(seen)]).fetchall()
    return [r[0] for r in rows if r[0] not in seen][:limit]


@router.get("/algorithms")
def algorithms() -> dict[str, Any]:
    """yente's AlgorithmResponse: each algorithm with its features documented (`features`, and `docs` as
    earlier clients read them) and its `config` options (none).  yente's own names are listed too: a client
    that asks for logic-v1 or name-based is answered by the one scorer chainlight runs, which they name."""
    features = yente.feature_docs()
    own = [{"name": n, "description": d, "config": {}, "features": features, "docs": features}
           for n, d in yente.ALGORITHMS.items()]
    aliases = [{"name": n, "description": f"yente's name, accepted so that its clients work unchanged: scored by "
                                         f"{yente.DEFAULT_ALGORITHM}", "config": {}, "features": features,
                "docs": features} for n in sorted(YENTE_ALGORITHMS - {"best", "default"})]
    return {"algorithms": own + aliases, "default": yente.DEFAULT_ALGORITHM, "best": yente.DEFAULT_ALGORITHM}


def _in_datasets(members: list[Any], within: list[str]) -> bool:
    wanted = {yente.public_name(d) for d in within}
    return any(wanted & set(yente.datasets_of(e)) for e in members)


def _members(state: AppState, m: Match) -> list[Any]:
    entities = state.entities()
    return [entities[i] for i in m.member_ids if i in entities]


YENTE_ALGORITHMS = frozenset({"best", "default", "logic-v1", "logic-v2", "regression-v1", "name-based",
                              "name-qualified"})


def _check_algorithm(name: str) -> None:
    # yente's own names map to the one scorer chainlight runs, so unchanged clients keep working.
    if name in yente.ALGORITHMS or name in YENTE_ALGORITHMS:
        return
    raise UsageError(f"unknown algorithm '{name}'; GET /algorithms lists them")
