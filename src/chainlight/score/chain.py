"""Signals that come from the supply chain rather than from one party: traced taint with its mass balance,
claims about camps reaching a chain, and priors on upstream parties whose own inputs are invisible."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from chainlight.model.evidence import Claim
from chainlight.model.finding import EvidenceStep
from chainlight.score.signals import Signal, camp_claim_signals
from chainlight.trace.graph import Flow, SupplyGraph
from chainlight.trace.mass_balance import MassBalance, flow_hs
from chainlight.trace.products import compatible, label
from chainlight.trace.upstream import Hop, Trace


def flow_step(graph: SupplyGraph, f: Flow, share: float | None = None) -> EvidenceStep:
    src, dst = graph.parties[f.source], graph.parties[f.target]
    kg = f"{f.kg:,.0f} kg" if f.kg is not None else "weight unknown"
    where = f" ({src.country.upper()})" if src.country else ""
    hs = f", HS {f.classification.hs6}" if f.classification.hs6 else ""
    text = f"{f.id} on {f.date}: {kg} of {label(f.category)}{hs} from {src.name}{where} to {dst.name}"
    if share is not None:
        text += f"; up to {share:.1%} of it can carry tainted inputs"
    return EvidenceStep("shipment", src.name, dst.name, text, 1.0 if share is None else share,
                        [f"shipment:{f.id}"])


def balance_step(mb: MassBalance) -> EvidenceStep:
    return EvidenceStep("mass_balance", mb.party_name, label(mb.category), mb.detail(), round(mb.share, 4),
                        [f"shipment:{i}" for i in (mb.tainted_flows + mb.unweighed)[:10]])


def chain_signals(graph: SupplyGraph, trace: Trace, root_steps: Callable[[Hop], list[EvidenceStep]],
                  claims: Iterable[Claim]) -> list[Signal]:
    """One traced_taint signal for a chain that reaches a taint root, with every hop as a step."""
    hops = [h for h in trace.walk() if h.taint.tainted]
    if not hops:
        return []
    steps: list[EvidenceStep] = []
    if trace.balance is not None and trace.balance.input_kg > 0:
        steps.append(balance_step(trace.balance))
    roots: list[Hop] = []
    for h in hops:
        steps.append(flow_step(graph, h.flow, h.taint.share))
        if h.balance is not None and h.level > 0:
            steps.append(balance_step(h.balance))
        if h.root is not None:
            roots.append(h)
            steps += root_steps(h)
    kinds = frozenset().union(*(h.taint.kinds for h in hops))
    mb = trace.balance
    share = rank_share(mb.share) if mb is not None and mb.input_kg > 0 else 1.0
    out = [Signal("traced_taint", 1.0, steps, kinds, headline=_headline(graph, trace, roots), share=share)]
    if "dprk" in kinds:
        for h in roots:
            if "dprk" in h.root.kinds if h.root else False:
                for c in camp_claim_signals(h.flow.id, h.flow.category, h.flow.classification.hs6, claims):
                    c.share = share  # the camps reach these goods through the traced share only
                    out.append(c)
                break
    return out


ROUNDING_TOLERANCE = 1e-9


def rank_share(share: float) -> float:
    """The mass-balance share a traced chain ranks by (risk_v2): to 0.01, at least 0.01; a chain whose
    tainted inputs have no weight (share 0) ranks as if all of it were tainted.  SQL: trace/batch's twin."""
    # the tolerance puts a share on a rounding boundary on the same side whatever order its kg were summed in
    # (DuckDB and Spark sum in different orders: 0.425 came out as 0.42 on one engine, 0.43 on the other)
    return max(math.floor(share * 100 + 0.5 + ROUNDING_TOLERANCE) / 100, 0.01) if share > 0 else 1.0


def _headline(graph: SupplyGraph, trace: Trace, roots: list[Hop]) -> str:
    names = list(dict.fromkeys(graph.parties[h.flow.source].name for h in roots))
    legs = max((trace.legs(h) for h in roots), default=1)
    text = f"traced to {', '.join(names[:2]) or 'a tainted source'} through {legs} shipment leg(s)"
    mb = trace.balance
    if mb is not None and mb.input_kg > 0:
        text += f"; mass balance: up to {mb.share:.1%} of {mb.party_name}'s {label(trace.category)} inputs by weight"
    return text


def upstream_parties(graph: SupplyGraph, party: str, category: str, max_depth: int, hs: str | None = None,
                     limit: int = 200) -> list[str]:
    """Parties upstream of `party` through flows whose goods can be in its `category` / `hs` output."""
    seen, frontier, out = {party}, [party], []
    for _ in range(max_depth):
        nxt: list[str] = []
        for p in frontier:
            for f in graph.inbound.get(p, []):
                if compatible(f.category, flow_hs(f), category, hs) and f.source not in seen and len(seen) < limit:
                    seen.add(f.source)
                    nxt.append(f.source)
                    out.append(f.source)
        frontier = nxt
    return out


def upstream_sources_without_inputs(graph: SupplyGraph, party: str, category: str, max_depth: int,
                                    hs: str | None = None, limit: int = 200) -> list[str]:
    """Parties upstream of `party` (through flows usable for `category`) that have no visible inputs of
    their own: where the upstream leg is invisible and a prior has to stand in for it."""
    return [p for p in upstream_parties(graph, party, category, max_depth, hs, limit)
            if not has_inputs(graph, p, category, hs)]


def has_inputs(graph: SupplyGraph, party: str, category: str, hs: str | None = None) -> bool:
    return any(compatible(f.category, flow_hs(f), category, hs) for f in graph.inbound.get(party, []))
