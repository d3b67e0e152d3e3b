"""Screen each kind of record: collect its signals, decide, and say why in one sentence."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from chainlight.model.finding import EvidenceStep, Finding
from chainlight.model.product import Classification
from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.resolve.types import Match, Query
from chainlight.score.chain import chain_signals, has_inputs, upstream_sources_without_inputs
from chainlight.score.declared import judge, rebuttal_step, undated_step
from chainlight.score.low_signals import (
    goods_sources,
    inputs_step,
    other_goods_tainted,
    rebutted_prior_steps,
    root_counterparty,
    upstream_clean,
)
from chainlight.score.places import find_places
from chainlight.score.risk_v1 import RiskModel
from chainlight.score.same_entity import merged_matches, same_listed
from chainlight.score.signals import (
    Signal,
    camp_claim_signals,
    dol_signals,
    dprk_origin,
    entity_claim_signals,
    list_hit_signals,
    location_signals,
    origin_signals,
    prior_signals,
    query_country,
)
from chainlight.score.stages import ScreenSetup
from chainlight.score.verdict import Verdict, decide, finding
from chainlight.trace.graph import Party, SupplyGraph, supplier_classes
from chainlight.trace.mass_balance import Root, TaintIndex
from chainlight.trace.products import carried, feeds, heading, hs_feeds, label
from chainlight.trace.upstream import Hop, Tracer

ROOT_KINDS = frozenset({"dprk", "xinjiang", "wro", "forced_labour"})
UNLINKED_SELLER = "listing: seller matches no party in shipments, suppliers or lists (screened on listing data only)"


class RecordScreener:
    def __init__(self, graph: SupplyGraph, setup: ScreenSetup) -> None:
        self.graph, self.setup = graph, setup
        self.settings, self.model, self.policies = setup.settings, setup.model, setup.policies
        ev = setup.evidence
        self.entities = {e.id: e for e in ev.entities}
        self.claims, self.priors, self.goods = list(ev.claims), list(ev.priors), list(ev.goods)
        self.matcher: Any = setup.stages.matcher
        self._signals: dict[str, list[Signal]] = {}
        self.matches: dict[str, list[Match]] = {}
        self.party_roots: dict[str, Root] = {}
        self.flow_roots: dict[str, Root] = {}
        self._traced: set[str] = set()
        # a party's chain is the same for every record of one category and HS heading
        self._chains: dict[tuple[str, str, str | None], list[Signal]] = {}
        self._prior_cache: dict[tuple[str, str, str | None], list[Signal]] = {}
        self.index = TaintIndex(graph, setup.settings)
        self.tracer = Tracer(self.index, self.party_roots, self.flow_roots)

    # --- preparation: match every party once, find taint roots, run the mass balance ---
    def prepare(self, batch: bool = False) -> None:
        if self.matcher is not None:  # parties on the same listed entity become one node first
            found = {pid: self._match(pid) for pid in self.graph.parties}
            into = same_listed(self.graph.parties, found, self.entities, self.model.limit("conflict_drop_below"))
            self.graph.merge_parties(into)
            self.matches = merged_matches(found, into)
        for pid in self.graph.parties:
            root = self._root(self.party_signals(pid))
            if root is not None:
                self.party_roots[pid] = root
        for f in self.graph.flows:
            reason = dprk_origin(f.shipment)
            if reason:
                self.flow_roots[f.id] = Root(frozenset({"dprk"}), reason)
        self.index.run(self.party_roots, self.flow_roots, batch)

    def _root(self, signals: list[Signal]) -> Root | None:
        strong = [s for s in signals if s.proof and s.kinds & ROOT_KINDS
                  and self.model.weight(s.weight) * s.strength >= self.model.limit("presumption_min")]
        if not strong:
            return None
        return Root(frozenset().union(*(s.kinds & ROOT_KINDS for s in strong)), strong[0].lead())

    def party_signals(self, pid: str) -> list[Signal]:
        if pid not in self._signals:
            party = self.graph.parties[pid]
            if pid not in self.matches:
                self.matches[pid] = self._match(pid)
            self._signals[pid] = (list_hit_signals(party, self.matches[pid], self.entities,
                                                   self.model.weight("country_conflict"),
                                                   self.model.limit("conflict_drop_below"))
                                  + location_signals(party)
                                  + entity_claim_signals(party.name, self.matches[pid], self.claims))
        return self._signals[pid]

    def _match(self, pid: str) -> list[Match]:
        if self.matcher is None:
            return []
        party = self.graph.parties[pid]
        best: dict[str, Match] = {}
        for i, (name, _) in enumerate(party.names.most_common(3)):
            query = Query(f"{pid}#{i}", name, None, query_country(party),
                          address=party.addresses[0] if party.addresses else None)
            for m in self.matcher.match(query, 3):
                if m.match and (m.entity_id not in best or m.score > best[m.entity_id].score):
                    best[m.entity_id] = m
        return sorted(best.values(), key=lambda m: -m.score)

    def root_steps(self, hop: Hop) -> list[EvidenceStep]:
        f = hop.flow
        own = [step for s in self.party_signals(f.source) for step in s.steps]  # the shipper's list hits, place
        if f.id in self.flow_roots:
            return [EvidenceStep("signal", f.id, "KP", self.flow_roots[f.id].reason, 1.0, [f"shipment:{f.id}"]),
                    *own]
        return own

    # --- chains ---
    def _chain(self, pid: str, category: str, hs: str | None = None) -> list[Signal]:
        if not carried(category) or pid in self.party_roots:
            return []
        key = (pid, category, heading(hs))
        if key not in self._chains:
            trace = self.tracer.from_party(pid, category, hs)
            self._traced.update(h.flow.id for h in trace.walk() if h.taint.tainted)
            self._chains[key] = chain_signals(self.graph, trace, self.root_steps, self.claims)
        return self._chains[key]

    def _priors(self, pid: str, category: str, hs: str | None = None) -> list[Signal]:
        """Priors on the party itself when its inputs are invisible, and on invisible-input parties upstream."""
        if not carried(category) or not self.priors:
            return []
        key = (pid, category, heading(hs))
        if key not in self._prior_cache:
            targets = [] if has_inputs(self.graph, pid, category, hs) else [pid]
            targets += upstream_sources_without_inputs(self.graph, pid, category, self.settings.trace_max_depth,
                                                       hs)
            targets = [q for q in targets if q not in self.party_roots]  # a root's goods are traced, not presumed
            self._prior_cache[key] = [s for q in targets
                                      for s in prior_signals(pid, self.graph.parties[q], category, self.priors)]
        return self._prior_cache[key]

    def _declared(self, pid: str, category: str, hs: str | None = None) -> list[Signal]:
        """Declared supplier links into `pid`, judged by rule declared_link_undated (score/declared.py)."""
        out: list[Signal] = []
        for link in self.graph.declared_in.get(pid, []):
            if link.categories and not any(feeds(c, category) for c in link.categories):
                continue
            codes = [c.strip() for c in (link.supplier.hs_codes or "").replace(",", ";").split(";") if c.strip()]
            if codes and hs and not any(hs_feeds(c, hs) for c in codes):
                continue  # the declared goods (e.g. cardigans 6110) cannot be this product (T-shirts 6109)
            src = self.graph.parties[link.source]
            step = EvidenceStep("signal", self.graph.parties[pid].name, src.name,
                                f"{src.name} is a declared supplier (supplier {link.supplier_id})", 1.0,
                                [f"supplier:{link.supplier_id}"])
            outcome = judge(self.graph, self.index, self.party_roots, link, pid, category, hs)
            if outcome.kind == "root":
                out.append(Signal("declared_supplier_tainted", 1.0,
                                  [step, *(st for s in self.party_signals(link.source) for st in s.steps)],
                                  self.party_roots[link.source].kinds))
            elif outcome.kind == "undated":
                kinds = frozenset().union(*(t.kinds for _, t in outcome.tainted_inputs))
                out.append(Signal("declared_supplier_tainted", 1.0, [undated_step(
                    self.graph, link, pid, category, outcome), *(
                    st for s in self._chain(link.source, category, hs) for st in s.steps)], kinds, proof=False))
            elif outcome.kind == "rebutted":
                out += upstream_clean([rebuttal_step(self.graph, link, pid, category, outcome)])
            elif outcome.kind == "clean":
                out += self._priors(link.source, category, hs)
        return out

    def _low(self, pids: list[str], subject: str, cls: Classification, signals: list[Signal]) -> list[Signal]:
        """Why a record is `low` and not `none` (score/low_signals.py), when nothing stronger was found."""
        cat, hs = cls.risk_category, cls.hs6
        if carried(cat):
            if any(s.weight in ("traced_taint", "declared_supplier_tainted", "prior") for s in signals):
                return []
            steps = [inputs_step(self.graph, p, cat, ins) for p in pids if (ins := self.index.inputs(p, cat, hs))]
            for p in pids:
                steps += rebutted_prior_steps(self.graph, self.index, p, cat, hs, self.priors,
                                              self.settings.trace_max_depth)
            return upstream_clean(steps) or other_goods_tainted(self.graph, self.index, pids, cat, hs)
        return root_counterparty(self.graph, self.party_roots, subject, cat, goods_sources(self.graph, pids, hs))

    # --- records ---
    def listing(self, li: Listing) -> Finding:
        cls = self.graph.classifications[f"listing:{li.listing_id}"]
        cat = cls.risk_category
        pids = list(dict.fromkeys(p for p in (self.graph.mention_party.get(f"listing:{li.listing_id}:{r}")
                                              for r in ("seller", "manufacturer")) if p))
        signals: list[Signal] = []
        hs = cls.hs6
        for pid in pids:
            signals += self.party_signals(pid) + self._chain(pid, cat, hs) + self._declared(pid, cat, hs)
            signals += self._priors(pid, cat, hs)
        signals += self._low(pids, li.listing_id, cls, signals)
        seller = self.graph.party_of(f"listing:{li.listing_id}:seller")
        if seller is not None and not self._linked(seller.id):
            self.graph.skip(UNLINKED_SELLER, li.origin, "seller_name",
                            f"listing {li.listing_id}: seller {li.seller_name!r} matches no party")
        country = (seller.country if seller else None) or (li.ships_from or "").lower() or None
        signals += dol_signals(li.listing_id, cat, country, self.goods) + ships_from_signals(li)
        what = f"{label(cat)} sold by {li.seller_name}"
        return self._finding("listing", li.listing_id, what, cls, _dedupe(signals))

    def _linked(self, pid: str) -> bool:
        g = self.graph
        return bool(g.inbound.get(pid) or g.outbound.get(pid) or g.declared_in.get(pid) or self.matches.get(pid)
                    or any(link.source == pid for link in g.declared))

    def shipment(self, s: Shipment) -> Finding:
        cls = self.graph.classifications[f"shipment:{s.shipment_id}"]
        cat = cls.risk_category
        shipper = self.graph.party_of(f"shipment:{s.shipment_id}:shipper")
        signals = self.party_signals(shipper.id) if shipper else []
        in_dprk = any(sig.weight == "dprk_location" for sig in signals)
        signals = signals + origin_signals(s, shipper, in_dprk)
        f = self.graph.flow_by_id.get(s.shipment_id)
        root = (self.flow_roots.get(f.id) or self.party_roots.get(f.source)) if f else None
        if root is not None and "dprk" in root.kinds:
            signals += camp_claim_signals(s.shipment_id, cat, cls.hs6, self.claims)
        elif f is not None and shipper is not None and carried(cat):
            if f.source in self.index.fed_tainted:  # no tainted input ever reached the shipper: nothing to trace
                trace = self.tracer.from_flow(f)
                self._traced.update(h.flow.id for h in trace.walk() if h.taint.tainted)
                signals += chain_signals(self.graph, trace, self.root_steps, self.claims)
            signals += self._priors(shipper.id, cat, f.classification.hs6)
        if root is not None and f is not None:
            self._traced.add(f.id)
        if shipper is not None and not carried(cat):  # glue or mascara from a direct partner of a root: low
            signals += root_counterparty(self.graph, self.party_roots, s.shipment_id, cat,
                                         [(shipper.id, f"shipment:{s.shipment_id}")])
        country = (s.origin_country or s.shipper_country or "").lower() or None
        signals += dol_signals(s.shipment_id, cat, country, self.goods)
        return self._finding("shipment", s.shipment_id, f"{label(cat)} shipped by {s.shipper_name}", cls,
                             _dedupe(signals))

    def supplier(self, p: Supplier) -> Finding:
        """Judged on each product it declares ("false eyelashes; lash glue"): the worst one counts."""
        party = self.graph.party_of(f"supplier:{p.supplier_id}:supplier")
        each = [(cls, self._supplier_product(p, party, cls)) for cls in supplier_classes(self.graph, p.supplier_id)]
        cls, found = max(each, key=lambda cf: cf[1].score)  # the first on a tie
        if len(each) > 1:
            judged = "; ".join(f"{label(c.risk_category)}" + (f" (HS {c.hs6})" if c.hs6 else "")
                               + f": {f.tier} {f.score:.2f}" for c, f in each)
            found.evidence.insert(1, EvidenceStep(
                "signal", p.name, label(cls.risk_category), f"{p.name} declares {len(each)} products, each "
                f"judged on its own: {judged}; the worst counts", 1.0, [f"supplier:{p.supplier_id}"]))
        if party is not None and not (self.graph.inbound.get(party.id) or self.graph.outbound.get(party.id)):
            found.evidence.append(EvidenceStep(
                "signal", p.name, "shipments", f"{p.name} appears in no shipment: its flows are not visible, only "
                "its name and place can be screened", 0.0, [f"supplier:{p.supplier_id}"]))
        return found

    def _supplier_product(self, p: Supplier, party: Party | None, cls: Classification) -> Finding:
        cat = cls.risk_category
        signals: list[Signal] = []
        if party is not None:
            signals = self.party_signals(party.id) + self._chain(party.id, cat) + self._priors(party.id, cat)
        signals += dol_signals(p.supplier_id, cat, (p.country or "").lower() or None, self.goods)
        return self._finding("supplier", p.supplier_id, f"{label(cat)} from declared supplier {p.name}", cls,
                             _dedupe(signals))


    def parties(self) -> list[Finding]:
        out = []
        for pid, party in self.graph.parties.items():
            cats = sorted({f.category for f in self.graph.outbound.get(pid, []) if carried(f.category)})
            signals = list(self.party_signals(pid))
            root = self.party_roots.get(pid)
            for cat in cats:
                signals += self._chain(pid, cat) + self._priors(pid, cat)
                if root is not None and "dprk" in root.kinds:  # what the camps are reported to make, it ships
                    signals += camp_claim_signals(party.name, cat, None, self.claims)
            if not signals:
                continue
            verdict = decide(_dedupe(signals), self.model, self.policies, party.name)
            if verdict.tier != "none":
                what = f"party {party.name}" + (f" ({party.country.upper()})" if party.country else "")
                out.append(finding("entity", pid, verdict, _summary(what, verdict, _dedupe(signals), self.model),
                                   self.model.version))
        return out

    def _finding(self, kind: str, rid: str, what: str, cls: Classification, signals: list[Signal]) -> Finding:
        verdict = decide(signals, self.model, self.policies, rid)
        verdict.steps.insert(0, classification_step(rid, cls))
        return finding(kind, rid, verdict, _summary(what, verdict, signals, self.model), self.model.version)

    def traced_flows(self) -> list[tuple[str, str, str, float]]:
        agg: dict[tuple[str, str, str], float] = defaultdict(float)
        for fid in self._traced:
            f = self.graph.flow_by_id[fid]
            agg[(self.graph.parties[f.source].name, self.graph.parties[f.target].name, f.category)] += f.kg or 0.0
        return sorted(((s, t, c, kg) for (s, t, c), kg in agg.items()), key=lambda r: (-r[3], r[:3]))


def ships_from_signals(li: Listing) -> list[Signal]:
    where = (li.ships_from or "").strip()
    if where.lower() != "kp" and not find_places("dprk", where):
        return []
    return [Signal("dprk_location", 1.0, [EvidenceStep("signal", li.listing_id, "KP",
                                                       f"listing {li.listing_id} ships from North Korea ({where})")],
                   frozenset({"dprk"}))]


def classification_step(rid: str, cls: Classification) -> EvidenceStep:
    hs = f"HS {cls.hs6} ({cls.hs_description})" if cls.hs6 else "no HS code"
    detail = f"classified as {label(cls.risk_category)}, {hs}"
    if cls.hs_mismatch:
        detail += f"; declared HS {cls.declared_hs} disagrees with the text"
    return EvidenceStep("classification", rid, cls.hs6 or cls.risk_category, detail, cls.confidence)


def _dedupe(signals: list[Signal]) -> list[Signal]:
    """The same evidence reached twice (seller and manufacturer, two paths) counts once."""
    seen: set[tuple[str, str]] = set()
    out = []
    for s in signals:
        key = (s.weight, s.steps[0].detail if s.steps else "")
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _summary(what: str, verdict: Verdict, signals: list[Signal], model: RiskModel) -> str:
    if not signals:
        return f"None: no forced-labour signal found for {what.rstrip('.')}."
    top = max(signals, key=lambda s: (s.proof, model.weight(s.weight) * s.strength))
    text = f"{verdict.tier.capitalize()} ({verdict.score:.2f}): {what}; {top.lead().rstrip('.')}"
    if verdict.policies:
        text += f" [{', '.join(verdict.policies)}]"
    return text + "."
