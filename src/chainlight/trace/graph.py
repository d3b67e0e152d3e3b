"""The supply graph: resolved parties as nodes, dated weighted flows of classified goods as edges.

Every shipper, consignee, notify party, supplier, buyer, seller and manufacturer mention is resolved once
(`cluster_parties`), so the same processor written in Chinese script on one bill of lading and in pinyin on
another is one node, and a listing's seller reaches the consignees and buyers it is by resolution, not by
exact strings.  Records that cannot become flows are counted in `skipped` with a reason, never dropped.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Protocol

from chainlight.errors import Problem
from chainlight.model.product import Classification
from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.resolve.types import PartyName

ClusterFn = Callable[[Sequence[PartyName]], dict[str, str]]


class ClassifierLike(Protocol):
    def classify_many(self, items: Iterable[tuple[str, str, str | None]]) -> list[Classification]: ...


@dataclass
class Party:
    id: str
    names: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    addresses: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # PartyName keys: "shipment:BL-1:shipper"

    @property
    def name(self) -> str:
        return self.names.most_common(1)[0][0] if self.names else self.id

    @property
    def country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None


@dataclass
class Flow:
    """One shipment line as an edge: `kg` of `category` goods left `source` for `target` on `date`."""

    id: str
    source: str
    target: str
    date: date
    kg: float | None
    category: str
    classification: Classification
    shipment: Shipment


@dataclass
class DeclaredLink:
    """A supplier relationship the user declared, without dates or weights: reachability, not mass."""

    supplier_id: str
    source: str
    target: str | None
    categories: frozenset[str]
    supplier: Supplier


@dataclass
class SupplyGraph:
    parties: dict[str, Party] = field(default_factory=dict)
    flows: list[Flow] = field(default_factory=list)  # sorted by date
    flow_by_id: dict[str, Flow] = field(default_factory=dict)
    inbound: dict[str, list[Flow]] = field(default_factory=lambda: defaultdict(list))
    outbound: dict[str, list[Flow]] = field(default_factory=lambda: defaultdict(list))
    declared: list[DeclaredLink] = field(default_factory=list)
    declared_in: dict[str, list[DeclaredLink]] = field(default_factory=lambda: defaultdict(list))
    mention_party: dict[str, str] = field(default_factory=dict)  # PartyName key -> party id
    classifications: dict[str, Classification] = field(default_factory=dict)  # "listing:ID" -> ...
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    known_hs: frozenset[str] | None = None
    _inbound_dates: dict[str, list[date]] = field(default_factory=dict)  # bisect keys, built on first use

    def party_of(self, key: str) -> Party | None:
        pid = self.mention_party.get(key)
        return self.parties.get(pid) if pid else None

    def inputs_between(self, party: str, start: date, end: date) -> list[Flow]:
        """Flows that arrived at `party` on a day in [start, end] (the inbound list is date-sorted)."""
        flows = self.inbound.get(party, [])
        dates = self._inbound_dates.get(party)
        if dates is None or len(dates) != len(flows):
            dates = self._inbound_dates[party] = [f.date for f in flows]
        return flows[bisect.bisect_left(dates, start):bisect.bisect_right(dates, end)]

    def merge_parties(self, into: Mapping[str, str]) -> None:
        """Make each party `p` in `into` part of party `into[p]`: names, places, mentions, flows and declared
        links move to it (parties that resolve to the same listed entity are one node).  A flow whose two
        ends become one party is no longer a flow: counted in `skipped`, as at build time."""
        if not into:
            return
        for old, new in into.items():
            merge_party(self.parties[new], self.parties.pop(old))
        self.mention_party = {k: into.get(v, v) for k, v in self.mention_party.items()}
        kept: list[Flow] = []
        for f in self.flows:
            f.source, f.target = into.get(f.source, f.source), into.get(f.target, f.target)
            if f.source == f.target:
                self.skip(SAME_PARTY, f.shipment.origin, "consignee_name",
                          f"shipment {f.id}: shipper and consignee resolve to one listed entity")
                self.flow_by_id.pop(f.id, None)
            else:
                kept.append(f)
        self.flows = kept
        self.inbound, self.outbound = defaultdict(list), defaultdict(list)
        for f in kept:
            self.inbound[f.target].append(f)
            self.outbound[f.source].append(f)
        self._inbound_dates = {}
        self.declared_in = defaultdict(list)
        for link in self.declared:
            link.source = into.get(link.source, link.source)
            link.target = into.get(link.target, link.target) if link.target else None
            if link.target is not None:
                self.declared_in[link.target].append(link)

    def skip(self, reason: str, origin: str | None, field_name: str | None, message: str) -> None:
        self.skipped[reason] += 1
        path, line = split_origin(origin)
        self.problems.append(Problem(path, line, field_name, message))


SAME_PARTY = "shipment: shipper and consignee are the same party (not traced)"


def merge_party(into: Party, other: Party) -> None:
    into.names.update(other.names)
    into.countries.update(other.countries)
    into.addresses += [a for a in other.addresses if a not in into.addresses]
    into.mentions += other.mentions


def split_origin(origin: str | None) -> tuple[str, int | None]:
    """"shipments.csv:12" -> ("shipments.csv", 12); records built in code have no origin."""
    if not origin:
        return "<records>", None
    path, _, line = origin.rpartition(":")
    if path and line.isdigit():
        return path, int(line)
    return origin, None


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def party_mentions(shipments: Sequence[Shipment], suppliers: Sequence[Supplier],
                   listings: Sequence[Listing]) -> list[PartyName]:
    """Every party named in the user's records, keyed by record and role."""
    out: list[PartyName] = []

    def add(key: str, name: str | None, country: str | None = None, address: str | None = None) -> None:
        if name and name.strip():
            out.append(PartyName(key, name.strip(), _lower(country), address))

    for s in shipments:
        add(f"shipment:{s.shipment_id}:shipper", s.shipper_name, s.shipper_country, s.shipper_address)
        add(f"shipment:{s.shipment_id}:consignee", s.consignee_name, s.consignee_country, s.consignee_address)
        add(f"shipment:{s.shipment_id}:notify", s.notify_party)
    for p in suppliers:
        add(f"supplier:{p.supplier_id}:supplier", p.name, p.country, p.address)
        add(f"supplier:{p.supplier_id}:buyer", p.buyer_name)
    for li in listings:
        add(f"listing:{li.listing_id}:seller", li.seller_name, li.seller_country, li.seller_address)
        add(f"listing:{li.listing_id}:manufacturer", li.manufacturer_name)
    return out


_BRACKETED = re.compile(r"^(?P<outer>[^()（）]+?)\s*[(（](?P<inner>[^()（）]+)[)）]\s*$")


def _script(text: str) -> str:
    """"latin" or "cjk" (Hanzi, Hangul, kana): enough to tell a translation from a qualifier like (HK)."""
    return "cjk" if any(ord(c) >= 0x1100 for c in text if c.isalpha()) else "latin"


def bracketed_names(name: str) -> tuple[str, str] | None:
    """"Pingdu Xiyue Lash Crafts Co., Ltd. (平度市…有限公司)" -> both names, when the bracket holds the same
    party's name in another script.  Suppliers lists often write a firm so; a qualifier in the same script
    ("Golden Bridge Trading (HK)") is not split."""
    m = _BRACKETED.match(name.strip())
    if not m:
        return None
    outer, inner = m.group("outer").strip(), m.group("inner").strip()
    if len(outer) < 2 or len(inner) < 2 or _script(outer) == _script(inner):
        return None
    return outer, inner


def cluster_distinct(mentions: Sequence[PartyName], cluster: ClusterFn) -> dict[str, str]:
    """Cluster each distinct (name, country, address) once: a million shipment lines name far fewer parties.

    A name with its translation in brackets is also clustered as its two parts, and whatever the parts
    resolve to is one party (union-find over the resolver's ids)."""
    distinct: dict[tuple[str, str | None], PartyName] = {}
    for m in mentions:  # the resolver reads name and country; case, punctuation and spacing do not separate
        distinct.setdefault(name_key(m.name, m.country), PartyName(f"d{len(distinct)}", m.name, m.country,
                                                                   m.address))
    queries = list(distinct.values())
    aliases: list[tuple[str, ...]] = []
    for d in list(queries):
        parts = bracketed_names(d.name)
        if parts:
            keys: tuple[str, ...] = (d.key, f"{d.key}#0", f"{d.key}#1")
            queries += [PartyName(keys[1], parts[0], d.country, d.address),
                        PartyName(keys[2], parts[1], d.country, d.address)]
            aliases.append(keys)
    ids = cluster(queries) if queries else {}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x] = parent.get(parent[x], parent[x])
        return x

    for keys in aliases:
        roots = sorted({find(ids[k]) for k in keys if k in ids})
        for r in roots[1:]:
            parent[r] = roots[0]
    return {m.key: find(ids[k]) if (k := distinct[name_key(m.name, m.country)].key) in ids else f"party:{m.key}"
            for m in mentions}


_NOT_WORD = re.compile(r"[\W_]+")


def name_key(name: str, country: str | None) -> tuple[str, str | None]:
    """Exact-normalised key: "QINGDAO HAOYUE LASH CO., LTD." and "Qingdao Haoyue Lash Co Ltd" are one query
    to the resolver (NFKC, case-folded, punctuation and spacing collapsed; CJK and Hangul kept as written)."""
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", name).casefold()).strip(), country


def _lower(value: str | None) -> str | None:
    return value.strip().lower() if value and value.strip() else None


def build_graph(shipments: Sequence[Shipment], suppliers: Sequence[Supplier], listings: Sequence[Listing], *,
                classifier: ClassifierLike, cluster: ClusterFn, known_hs: frozenset[str] | None = None) -> SupplyGraph:
    """`known_hs`: codes of the HS nomenclature (4 and 6 digits); declared codes outside it are reported."""
    graph = SupplyGraph(known_hs=known_hs)
    mentions = party_mentions(shipments, suppliers, listings)
    graph.mention_party = cluster_distinct(mentions, cluster)
    for m in mentions:
        pid = graph.mention_party.setdefault(m.key, f"party:{m.key}")  # an unclustered mention is its own party
        party = graph.parties.setdefault(pid, Party(pid))
        party.names[m.name] += 1
        party.mentions.append(m.key)
        if m.country:
            party.countries[m.country] += 1
        if m.address and m.address not in party.addresses:
            party.addresses.append(m.address)
    _classify_records(graph, shipments, suppliers, listings, classifier)
    for s in shipments:
        flow = _flow(graph, s)
        if flow is not None:
            graph.flows.append(flow)
    graph.flows.sort(key=lambda f: (f.date, f.id))
    for f in graph.flows:
        graph.flow_by_id[f.id] = f
        graph.inbound[f.target].append(f)
        graph.outbound[f.source].append(f)
    for p in suppliers:
        _declare(graph, p)
    for group in party_cycles(graph):
        names = " -> ".join(graph.parties[g].name for g in group[:4])
        graph.skip("shipments: cycle between parties (traced in time order, each party once per path)", None,
                   None, f"parties ship to each other in a loop: {names}")
    return graph


def _classify_records(graph: SupplyGraph, shipments: Sequence[Shipment], suppliers: Sequence[Supplier],
                      listings: Sequence[Listing], classifier: ClassifierLike) -> None:
    """Classify every text once; keys are "<record type>:<id>"."""
    items: list[tuple[str, str, str | None]] = []
    items += [(f"shipment:{s.shipment_id}", s.description or "", s.hs_code) for s in shipments]
    for p in suppliers:  # a supplier of several products is classified once per product
        products = supplier_products(p)
        items += [(f"supplier:{p.supplier_id}", *products[0])]
        items += [(f"supplier:{p.supplier_id}#{i}", text, hs) for i, (text, hs) in enumerate(products[1:], 1)]
    items += [(f"listing:{li.listing_id}", " ".join(filter(None, [li.title, li.category, li.description])),
               None) for li in listings]
    # classify each distinct (text, declared code) once: a million shipment lines repeat few descriptions
    first: dict[tuple[str, str | None], str] = {}
    for key, text, hs in items:
        first.setdefault((text, hs), key)
    by_first = {c.id: c for c in classifier.classify_many([(k, t, h) for (t, h), k in first.items()])}
    for key, text, hs in items:
        c = by_first[first[(text, hs)]]
        graph.classifications[key] = c if c.id == key else replace(c, id=key)


def supplier_products(p: Supplier) -> list[tuple[str, str | None]]:
    """(text, declared code) of each product a supplier declares: "false eyelashes; lash glue" with HS
    "670419;350691" is two products, paired in order; one text with several codes is that text under each
    code; texts and codes that do not pair are classified from the texts alone."""
    return split_products(p.products, p.hs_codes)


def split_products(products: str | None, hs_codes: str | None) -> list[tuple[str, str | None]]:
    """supplier_products on the two fields (the columnar screen reads them from a table)."""
    texts = [t.strip() for t in (products or "").split(";") if t.strip()] or [products or ""]
    codes = [c.strip() for c in (hs_codes or "").replace(",", ";").split(";") if c.strip()]
    if len(texts) == len(codes):
        return list(zip(texts, codes, strict=True))
    if len(texts) == 1:
        return [(texts[0], c) for c in codes] or [(texts[0], None)]
    return [(t, None) for t in texts]


def supplier_classes(graph: SupplyGraph, supplier_id: str) -> list[Classification]:
    """The classification of each product of a declared supplier (see supplier_products)."""
    out = [graph.classifications[f"supplier:{supplier_id}"]]
    while (c := graph.classifications.get(f"supplier:{supplier_id}#{len(out)}")) is not None:
        out.append(c)
    return out


def _flow(graph: SupplyGraph, s: Shipment) -> Flow | None:
    day = parse_date(s.date)
    if day is None:
        graph.skip("shipment: missing or invalid date (not traced)", s.origin, "date",
                   f"shipment {s.shipment_id}: date {s.date!r} is not an ISO date; it cannot be placed in time")
        return None
    if (s.weight_kg is not None and s.weight_kg < 0) or (s.quantity is not None and s.quantity < 0):
        field_name = "weight_kg" if s.weight_kg is not None and s.weight_kg < 0 else "quantity"
        graph.skip("shipment: negative quantity (not traced)", s.origin, field_name,
                   f"shipment {s.shipment_id}: negative {field_name}")
        return None
    source = graph.mention_party.get(f"shipment:{s.shipment_id}:shipper")
    target = graph.mention_party.get(f"shipment:{s.shipment_id}:consignee")
    if source is None or target is None:
        graph.skip("shipment: missing shipper or consignee (not traced)", s.origin, "shipper_name",
                   f"shipment {s.shipment_id}: shipper or consignee is empty")
        return None
    if source == target:
        graph.skip(SAME_PARTY, s.origin,
                   "consignee_name", f"shipment {s.shipment_id}: shipper and consignee resolve to one party")
        return None
    cls = graph.classifications[f"shipment:{s.shipment_id}"]
    _note_product_problems(graph, s, cls)
    if s.weight_kg is None:
        graph.skip("shipment: missing weight (traced, left out of mass balance)", s.origin, "weight_kg",
                   f"shipment {s.shipment_id}: no weight_kg; it links parties but adds no kg")
    return Flow(s.shipment_id, source, target, day, s.weight_kg, cls.risk_category, cls, s)


def _note_product_problems(graph: SupplyGraph, s: Shipment, cls: Classification) -> None:
    code = "".join(c for c in (s.hs_code or "") if c.isdigit())
    if s.hs_code and not _known_code(graph, code, cls):
        graph.skip("shipment: unknown HS code (classified from the description)", s.origin, "hs_code",
                   f"shipment {s.shipment_id}: HS code {s.hs_code!r} is not in the HS nomenclature; classified "
                   f"as {cls.risk_category} from its description")
    if cls.risk_category == "unknown":
        graph.skip("shipment: unclassified product (traced, carries nothing)", s.origin, "description",
                   f"shipment {s.shipment_id}: description {s.description!r} names no known product")


def _known_code(graph: SupplyGraph, code: str, cls: Classification) -> bool:
    if len(code) < 4:
        return False
    if graph.known_hs is not None:
        return code[:6] in graph.known_hs or (len(code) == 4 and code in graph.known_hs)
    # without the nomenclature, trust a code the classifier could describe or confirm from the text
    return cls.hs_description is not None or cls.risk_category != "unknown"


def _declare(graph: SupplyGraph, p: Supplier) -> None:
    source = graph.mention_party.get(f"supplier:{p.supplier_id}:supplier")
    if source is None:
        graph.skip("supplier: empty name (not traced)", p.origin, "name", f"supplier {p.supplier_id}: no name")
        return
    target = graph.mention_party.get(f"supplier:{p.supplier_id}:buyer")
    cats = frozenset(c.risk_category for c in supplier_classes(graph, p.supplier_id) if c.risk_category != "unknown")
    link = DeclaredLink(p.supplier_id, source, target, cats, p)
    graph.declared.append(link)
    if target is not None:
        graph.declared_in[target].append(link)


def party_cycles(graph: SupplyGraph) -> list[list[str]]:
    """Groups of parties that ship to each other in a loop (strongly connected, iterative Tarjan).

    Cycles are legal in trade (returns, traders swapping stock); the trace follows them in time order and
    cuts a party that repeats on a path, and the screen reports how many loops it met.
    """
    succ: dict[str, set[str]] = defaultdict(set)
    for f in graph.flows:
        succ[f.source].add(f.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    for start in list(succ):
        if start in index:
            continue
        work = [(start, iter(sorted(succ[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(succ.get(nxt, ())))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    out.append(sorted(group))
    return out
