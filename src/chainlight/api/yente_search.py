"""What yente's `GET /search/{dataset}` does besides finding a name: list the entities a filter keeps when `q` is
empty, count facets over the whole result set, sort, and refuse what it does not understand.

The parameters and shapes are those of yente's search route and response models (opensanctions/yente,
`routers/search.py`, `data/common.py`: SearchResponse, SearchFacet, SearchFacetItem, read 2026-12): facets
`{name: {label, values: [{name, label, count}]}}` with countries, topics and datasets by default; `sort` as
`field` or `field:asc|desc`, missing values last.  Each body (one entity on several lists) is described once by
its `Traits`, kept per load of the lists, so that listing all of OFAC + UN reads no FtM form twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn

from fastapi.exceptions import RequestValidationError

from chainlight.api import yente

if TYPE_CHECKING:
    from chainlight.api.entries import Entries
    from chainlight.model.entity import Entity

# yente's /search parameters.  `fuzzy` and `simple` are accepted: chainlight's search is always approximate (it
# reads across scripts and spellings) and takes `q` as plain text, so both answer alike (docs/api.md).
SEARCH_PARAMS = frozenset({"q", "schema", "countries", "topics", "datasets", "limit", "offset", "fuzzy", "simple",
                           "sort", "target", "facets", "include_dataset", "exclude_dataset", "exclude_schema",
                           "changed_since"})
MATCH_PARAMS = frozenset({"limit", "threshold", "cutoff", "algorithm", "include_dataset", "exclude_dataset",
                          "exclude_schema", "topics", "changed_since", "exclude_entity_ids"})
FACET_LABELS = {"countries": "Countries", "topics": "Topics", "datasets": "Data sources", "schema": "Entity types",
                "genders": "Genders"}
UNCOUNTED_FACETS = frozenset({"names", "identifiers"})  # yente's facets chainlight does not count
DEFAULT_FACETS = ("countries", "topics", "datasets")
MAX_FACET_VALUES = 1000  # yente asks its index for at most 1,000 values a facet
# where the results of one search stop: offset + limit past it is refused (an ElasticSearch index's default
# result window, which yente works within), so no search walks or sorts more than this many bodies' pages
MAX_WINDOW = 10_000
SORT_FIELDS = frozenset({"caption", "id", "schema", "first_seen", "last_seen", "last_change", "score", "_score"})


def reject(param: str, value: Any, message: str) -> NoReturn:
    """A 422 in FastAPI's own shape (`detail`: [{loc, msg, type}]), naming the parameter."""
    raise RequestValidationError([{"type": "value_error", "loc": ("query", param), "msg": message,
                                   "input": value}])


def check_params(names: Iterable[str], known: frozenset[str] = SEARCH_PARAMS, route: str = "/search") -> None:
    """A parameter yente does not take would be silently ignored by FastAPI: refuse it instead, so a misspelt
    filter (`country=ru`, `treshold=0.9`) does not answer as if it had not been asked."""
    for name in names:
        if name not in known:
            reject(name, name, f"unknown parameter '{name}'; {route} takes {', '.join(sorted(known))}")


def check_window(limit: int, offset: int) -> None:
    if limit + offset > MAX_WINDOW:
        reject("offset", offset, f"offset + limit may be at most {MAX_WINDOW} (got {offset + limit})")


def check_facets(facets: list[str] | None) -> tuple[str, ...]:
    if facets is None:
        return DEFAULT_FACETS
    for name in facets:
        if name in UNCOUNTED_FACETS:
            reject("facets", name, f"facet '{name}' is not counted by chainlight; it counts "
                                   f"{', '.join(FACET_LABELS)}")
        if name not in FACET_LABELS:
            reject("facets", name, f"unknown facet '{name}'; facets are {', '.join(FACET_LABELS)}")
    return tuple(dict.fromkeys(facets))


@dataclass(frozen=True)
class SortKey:
    field: str
    descending: bool


def parse_sorts(values: list[str] | None) -> list[SortKey]:
    """yente's `field:order` (order asc by default); a field chainlight cannot sort by is refused."""
    keys = []
    for value in values or []:
        field, _, order = value.partition(":")
        order = order or "asc"
        if field not in SORT_FIELDS:
            reject("sort", value, f"cannot sort by '{field}'; sort by {', '.join(sorted(SORT_FIELDS - {'_score'}))}")
        if order not in ("asc", "desc"):
            reject("sort", value, f"sort order '{order}' is neither asc nor desc")
        keys.append(SortKey("score" if field == "_score" else field, order == "desc"))
    return keys


@dataclass(frozen=True)
class Traits:
    """What /search's filters, facets and sorts read of a body: its entries' FtM forms and dates, as the answer
    shows them (yente.entity_response)."""

    id: str
    caption: str
    schema: str
    countries: frozenset[str]
    topics: frozenset[str]
    datasets: frozenset[str]
    genders: frozenset[str]
    target: bool
    first_seen: str | None
    last_seen: str | None
    last_change: str | None

    @classmethod
    def of(cls, response: Mapping[str, Any]) -> Traits:
        props = response.get("properties") or {}
        countries = frozenset(str(c).lower() for p in yente.COUNTRY_PROPS for c in props.get(p) or [])
        return cls(id=response["id"], caption=response.get("caption") or "", schema=response.get("schema") or "",
                   countries=countries, topics=frozenset(props.get("topics") or []),
                   datasets=frozenset(response.get("datasets") or []),
                   genders=frozenset(str(g).lower() for g in props.get("gender") or []),
                   target=bool(response.get("target")), first_seen=response.get("first_seen"),
                   last_seen=response.get("last_seen"), last_change=response.get("last_change"))

    def values(self, facet: str) -> Iterable[str]:
        if facet == "schema":
            return (self.schema,)
        found: frozenset[str] = getattr(self, facet)
        return found


_TRAITS: list[tuple[object, dict[tuple[str, ...], Traits]]] = []  # (the entities read, traits by members' ids)


def traits(members: list[Entity], known: yente.Stamps | None, entries: Entries) -> Traits:
    """A body's traits, worked out once per load of the lists (a new load starts a new table)."""
    if not _TRAITS or _TRAITS[0][0] is not entries.entities:
        _TRAITS[:] = [(entries.entities, {})]
    table = _TRAITS[0][1]
    key = tuple(m.id for m in members)
    found = table.get(key)
    if found is None:
        found = table[key] = Traits.of(yente.entity_response(members, known, entries))
    return found


Listing = list[tuple[Traits, list[str]]]  # every body's traits and its entries' ids, by caption then id
_LISTING: list[tuple[object, object, Listing]] = []  # (the matcher's table, the entities read, the listing)


def listing(table: Any, members_of: Any, known: yente.Stamps | None, entries: Entries) -> Listing:
    """Every body of a matcher's table (ListedTable.bodies) with its traits, in the order an empty search lists
    them, made once per matcher and load of the lists: a page of 15,000 bodies then filters a sorted list."""
    if not _LISTING or _LISTING[0][0] is not table or _LISTING[0][1] is not entries.entities:
        made = []
        for ids in table.bodies():
            members = members_of(ids)
            if members:
                made.append((traits(members, known, entries), ids))
        made.sort(key=lambda item: (item[0].caption.casefold(), item[0].id))
        _LISTING[:] = [(table, entries.entities, made)]
    return _LISTING[0][2]


@dataclass(frozen=True)
class SchemaFilter:
    """yente keeps the entities whose schema can match the one asked (FtM's `matchable_schemata`, and the schema
    itself), and for a schema that is not matchable (Thing) its descendants.  followthemoney is imported only when
    a search names a schema (the server does not load it otherwise)."""

    asked: str | None

    def keeps(self, schema: str) -> bool:
        return self.asked is None or schema == self.asked or schema in _matching(self.asked)


@cache
def _matching(name: str) -> frozenset[str]:
    from followthemoney import model

    schema = model.get(name)
    if schema is None:
        return frozenset()
    names = {s.name for s in schema.matchable_schemata}
    if not schema.matchable:
        names |= {s.name for s in schema.descendants}
    return frozenset(names)


def facet_counts(kept: list[Traits], facets: tuple[str, ...]) -> dict[str, Any]:
    """yente's facets: each value's count over every result the search keeps (not just the page), most first."""
    from chainlight.sources.countries import country_name

    out: dict[str, Any] = {}
    for facet in facets:
        counts: Counter[str] = Counter(v for t in kept for v in t.values(facet) if v)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_FACET_VALUES]
        label = (lambda v: country_name(v) or v.upper()) if facet == "countries" else (lambda v: v)
        out[facet] = {"label": FACET_LABELS[facet],
                      "values": [{"name": name, "label": label(name), "count": n} for name, n in ranked]}
    return out


def sort_results(items: list[tuple[Traits, float | None]], keys: list[SortKey]) -> list[tuple[Traits, float | None]]:
    """Sorted by each key in turn, as yente's index sorts: missing values last whatever the order (a stable sort
    from the last key to the first, each pass putting the missing after the present)."""
    for key in reversed(keys):
        def value(item: tuple[Traits, float | None], field: str = key.field) -> Any:
            if field == "score":
                return item[1]
            found = getattr(item[0], field)
            return found.casefold() if field == "caption" and found else found  # as a reader orders names

        present = [i for i in items if value(i) not in (None, "")]
        missing = [i for i in items if value(i) in (None, "")]
        items = sorted(present, key=value, reverse=key.descending) + missing
    return items
