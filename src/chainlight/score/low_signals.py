"""Signals that put a finding at tier `low` rather than `none`: connected, but nothing carries the taint.

    upstream_clean      a risk good (hair goods, knitwear) whose upstream is visible: its inputs are clean or
                        arrived too late, a hub prior is replaced by observed inputs, or a declared supplier's
                        taint is rebutted by the dated shipments between the two parties
    root_counterparty   goods that cannot carry the taint (glue, mascara, caps) bought from a party that trades
                        directly with a taint root - exposed to the listed body, but not made from its goods

    other_goods_tainted a risk good (knitted gloves) whose seller took tainted inputs of other goods only
                        (pullovers from a processor fed by a listed exporter): none of them can be in these
                        goods, but the seller buys from a tainted chain - say it, low, never proof

A record with no connection at all stays `none`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from chainlight.model.evidence import Prior
from chainlight.model.finding import EvidenceStep
from chainlight.score.chain import has_inputs, upstream_parties
from chainlight.score.signals import Signal, prior_matches
from chainlight.trace.graph import DeclaredLink, Flow, SupplyGraph
from chainlight.trace.mass_balance import Root, TaintIndex, flow_hs
from chainlight.trace.products import compatible, heading, label


def inputs_step(graph: SupplyGraph, party: str, category: str, inputs: Sequence[Flow]) -> EvidenceStep:
    name = graph.parties[party].name
    kg = sum(f.kg or 0.0 for f in inputs)
    sources = Counter(_named(graph, f.source) for f in inputs)
    first, last = min(f.date for f in inputs), max(f.date for f in inputs)
    return EvidenceStep(
        "signal", name, label(category),
        f"{len(inputs)} visible input shipment(s) of {label(category)} reached {name} ({kg:,.0f} kg, {first} to "
        f"{last}, from {', '.join(s for s, _ in sources.most_common(3))}); none carries a tainted input that can "
        f"be in these goods", 1.0, [f"shipment:{f.id}" for f in inputs[:5]])


def _named(graph: SupplyGraph, party: str) -> str:
    p = graph.parties[party]
    return f"{p.name} ({p.country.upper()})" if p.country else p.name


def rebutted_prior_steps(graph: SupplyGraph, index: TaintIndex, party: str, category: str, hs: str | None,
                         priors: Iterable[Prior], max_depth: int) -> list[EvidenceStep]:
    """Hub priors that would apply to `party` or its upstream but whose observed inputs replace them."""
    out = []
    for q in [party, *upstream_parties(graph, party, category, max_depth, hs)]:
        if not has_inputs(graph, q, category, hs):
            continue
        p = graph.parties[q]
        for prior in priors:
            places = prior_matches(prior, p, category)
            if places:
                seen = index.inputs(q, category, hs)
                countries = sorted({(graph.parties[f.source].country or "?").upper() for f in seen})
                out.append(EvidenceStep(
                    "signal", p.name, places[0],
                    f"{p.name} is in {places[0]}, where {prior.summary} ({prior.probability:.0%}); its observed "
                    f"inputs ({len(seen)} shipment(s) from {', '.join(countries)}) replace the prior", 1.0,
                    [prior.source_ref, *(f"shipment:{f.id}" for f in seen[:3])]))
    return out


def upstream_clean(steps: list[EvidenceStep]) -> list[Signal]:
    if not steps:
        return []
    return [Signal("upstream_clean", 1.0, steps, frozenset(), proof=False,
                   headline="upstream visible and clean: " + steps[0].detail)]


def goods_sources(graph: SupplyGraph, parties: Sequence[str], hs: str | None) -> list[tuple[str, str]]:
    """(party, why) for each party the goods of HS heading `hs` come from: the parties themselves, the
    shippers of that heading to them, and declared suppliers of that heading."""
    head = heading(hs)
    if head is None:
        return []
    out: dict[str, str] = {p: "" for p in parties}
    for p in parties:
        for f in graph.inbound.get(p, []):
            if heading(flow_hs(f)) == head:
                out.setdefault(f.source, f"shipment:{f.id}")
        for link in graph.declared_in.get(p, []):
            if head in {heading(c) for c in _codes(link)}:
                out.setdefault(link.source, f"supplier:{link.supplier_id}")
    return list(out.items())


def _codes(link: DeclaredLink) -> list[str]:
    return [c.strip() for c in (link.supplier.hs_codes or "").replace(",", ";").split(";") if c.strip()]


def root_counterparty(graph: SupplyGraph, party_roots: dict[str, Root], subject: str, category: str,
                      sources: Sequence[tuple[str, str]]) -> list[Signal]:
    for q, via in sources:
        if q in party_roots:
            continue  # a root's own goods are screened on its own signals
        fed = [f for f in graph.inbound.get(q, []) if f.source in party_roots]
        if not fed:
            continue
        f = fed[0]
        name, root = graph.parties[q].name, graph.parties[f.source].name
        ids = [i for i in [via, *(f"shipment:{g.id}" for g in fed[:3])] if i]
        return [Signal("root_counterparty", 1.0, [EvidenceStep(
            "signal", subject, name,
            f"these {label(category)} come from {name}, which buys directly from {root} ({f.id}, {f.date}; a taint "
            f"root: {party_roots[f.source].reason}); such goods are not made from its inputs, but the supplier "
            f"is exposed", 1.0, ids)], frozenset(), proof=False)]
    return []


def other_goods_tainted(graph: SupplyGraph, index: TaintIndex, parties: Sequence[str], category: str,
                        hs: str | None) -> list[Signal]:
    """Tainted inputs of `parties` that cannot be in goods of `category` / `hs` (another product)."""
    for p in parties:
        other = [f for f in graph.inbound.get(p, []) if (t := index.flows.get(f.id)) is not None and t.tainted
                 and not compatible(f.category, flow_hs(f), category, hs)]
        if not other:
            continue
        f, name = other[0], graph.parties[p].name
        cls = f.classification
        what = label(f.category) + (f" (HS {cls.hs6}" + (f", {cls.hs_description}" if cls.hs_description else "")
                                    + ")" if cls.hs6 else "")
        these = label(category) + (f" (HS {hs})" if hs else "")
        more = f", and {len(other) - 1} more tainted input(s)" if len(other) > 1 else ""
        return [Signal("other_goods_tainted", 1.0, [EvidenceStep(
            "signal", name, _named(graph, f.source),
            f"{name} took tainted {what} from {_named(graph, f.source)} ({f.id}, {f.date}{more}); such goods "
            f"cannot be in these {these}, but {name} buys from a tainted chain", 1.0,
            [f"shipment:{g.id}" for g in other[:5]])], frozenset(), proof=False)]
    return []
