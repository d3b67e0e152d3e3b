"""Rule `declared_link_undated`: what a supplier link the user declared may say about taint.

A declared link ("Haoyue supplies BrightEye with false eyelashes") has no dates and no weights.  It may not
carry taint that the dated shipments between the same two parties show could not have reached the buyer:

    source is a taint root (listed, North Korean, WRO)    -> everything it supplies is tainted: proof
    source has no tainted input usable for the goods      -> nothing to carry
    tainted inputs, dated shipments carry some of them    -> the traced chain already shows them: nothing extra
    tainted inputs, dated shipments carry none of them    -> rebutted (time order or product): low
    tainted inputs, no dated shipment between the two     -> a reason to ask for evidence: elevated, never proof
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from chainlight.model.finding import EvidenceStep
from chainlight.trace.graph import DeclaredLink, Flow, SupplyGraph
from chainlight.trace.mass_balance import FlowTaint, Root, TaintIndex, flow_hs
from chainlight.trace.products import compatible, label

RULE = "declared_link_undated"


@dataclass
class DeclaredOutcome:
    kind: str  # root | clean | traced | rebutted | undated
    dated: list[Flow] = field(default_factory=list)  # dated shipments of the goods from source to target
    tainted_inputs: list[tuple[Flow, FlowTaint]] = field(default_factory=list)  # of the source, any time


def dated_flows(graph: SupplyGraph, source: str, target: str, category: str, hs: str | None) -> list[Flow]:
    return [f for f in graph.outbound.get(source, [])
            if f.target == target and compatible(f.category, flow_hs(f), category, hs)]


def judge(graph: SupplyGraph, index: TaintIndex, party_roots: dict[str, Root], link: DeclaredLink, target: str,
          category: str, hs: str | None) -> DeclaredOutcome:
    if link.source in party_roots:
        return DeclaredOutcome("root")
    tainted = index.tainted_inputs(link.source, category, date.min, date.max, hs)
    if not tainted:
        return DeclaredOutcome("clean")
    dated = dated_flows(graph, link.source, target, category, hs)
    if not dated:
        return DeclaredOutcome("undated", dated, tainted)
    if any(index.flows[f.id].tainted for f in dated if f.id in index.flows):
        return DeclaredOutcome("traced", dated, tainted)
    return DeclaredOutcome("rebutted", dated, tainted)


def rebuttal_step(graph: SupplyGraph, link: DeclaredLink, target: str, category: str,
                  outcome: DeclaredOutcome) -> EvidenceStep:
    src, dst = graph.parties[link.source].name, graph.parties[target].name
    first = outcome.tainted_inputs[0][0]
    last = max(outcome.dated, key=lambda f: (f.date, f.id))
    ids = ", ".join(f.id for f in outcome.dated[:4]) + (" ..." if len(outcome.dated) > 4 else "")
    when = ("all left before it arrived" if last.date < first.date
            else "carry none of it (time window or product)")
    return EvidenceStep(
        "signal", dst, src,
        f"{src} is a declared supplier (supplier {link.supplier_id}) with tainted input {first.id} "
        f"({first.date}), but its {len(outcome.dated)} dated shipment(s) of {label(category)} to {dst} ({ids}; "
        f"last {last.id} on {last.date}) {when}: the undated link does not carry it (rule {RULE})", 1.0,
        [f"supplier:{link.supplier_id}", f"shipment:{first.id}", *(f"shipment:{f.id}" for f in outcome.dated[:4])])


def undated_step(graph: SupplyGraph, link: DeclaredLink, target: str, category: str,
                 outcome: DeclaredOutcome) -> EvidenceStep:
    src, dst = graph.parties[link.source].name, graph.parties[target].name
    first = outcome.tainted_inputs[0][0]
    return EvidenceStep(
        "signal", dst, src,
        f"{src} is a declared supplier (supplier {link.supplier_id}) and took tainted input {first.id} "
        f"({first.date}) usable for {label(category)}; no dated shipment from it to {dst} shows whether that "
        f"input reached {dst}: ask for supplier evidence (rule {RULE}; not proof)", 1.0,
        [f"supplier:{link.supplier_id}", f"shipment:{first.id}"])
