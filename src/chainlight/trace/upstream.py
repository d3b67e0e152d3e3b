"""Upstream trace: from a listing, shipment or party back through the flows that can have fed it.

Time-respecting (an input reaches only outputs that left at least `processing_lag_days` after it arrived
and within `trace_window_days`), product-respecting (product_flows.yml: category, then HS heading), multi-hop through traders and
re-exporters, bounded by `trace_max_depth`, and cut where a party repeats on the path (a cycle).
The tainted branches are always followed; clean inputs are shown (and followed) only when asked, so a
trace of a clean listing still says where its goods came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from chainlight.trace.graph import Flow
from chainlight.trace.mass_balance import FlowTaint, MassBalance, Root, TaintIndex, flow_hs
from chainlight.trace.products import compatible


@dataclass
class Hop:
    flow: Flow
    taint: FlowTaint
    level: int  # 1 = feeds the start directly
    root: Root | None = None  # the flow leaves a taint root
    balance: MassBalance | None = None  # the mass balance at the flow's shipper, for non-root flows
    children: list[Hop] = field(default_factory=list)
    cycle: bool = False  # the shipper is already on the path; not followed again
    cut: bool = False  # depth bound reached; not followed


@dataclass
class Trace:
    party: str | None
    category: str
    hops: list[Hop]
    balance: MassBalance | None
    cycles: int = 0
    cut: int = 0
    base: int = 0  # 1 when the trace starts from a flow (the flow itself is a leg), 0 from a party

    def legs(self, hop: Hop) -> int:
        """Shipment legs from the start back to `hop`, both ends counted."""
        return hop.level + self.base

    def tainted_hops(self) -> list[Hop]:
        return [h for h in self.hops if h.taint.tainted]

    def walk(self) -> list[Hop]:
        out: list[Hop] = []
        stack = list(reversed(self.hops))
        while stack:
            hop = stack.pop()
            out.append(hop)
            stack.extend(reversed(hop.children))
        return out

    def roots(self) -> list[Hop]:
        return [h for h in self.walk() if h.root is not None]


@dataclass
class Tracer:
    index: TaintIndex
    party_roots: dict[str, Root]
    flow_roots: dict[str, Root]
    all_inputs: bool = False  # also list and follow clean inputs (for `chainlight trace`)
    max_branches: int = 5  # tainted inputs followed per hop, largest tainted kg first
    max_clean: int = 3

    def from_flow(self, f: Flow) -> Trace:
        trace = Trace(f.source, f.category, [], None, base=1)
        root = self.root_of(f)
        head = Hop(f, self.index.flows[f.id], 0, root)
        if root is None:
            head.balance = self.index.flow_balance(f)
            head.children = self._expand(f, 1, {f.source, f.target}, trace)
        trace.hops = [head]
        trace.balance = head.balance
        return trace

    def from_party(self, party: str, category: str, hs: str | None = None) -> Trace:
        """Every input of `party` usable for `category` (and HS code `hs`), whenever it arrived (a listing
        has no date)."""
        trace = Trace(party, category, [], self.index.party_balance(party, category, hs))
        inputs = [f for f in self.index.graph.inbound.get(party, []) if compatible(f.category, flow_hs(f), category, hs)]
        trace.hops = self._hops(inputs, 1, {party}, trace)
        return trace

    def root_of(self, f: Flow) -> Root | None:
        return self.flow_roots.get(f.id) or self.party_roots.get(f.source)

    def _expand(self, f: Flow, level: int, path: set[str], trace: Trace) -> list[Hop]:
        start, end = self.index.input_window(f)
        inputs = [g for g in self.index.graph.inputs_between(f.source, start, end)
                  if compatible(g.category, flow_hs(g), f.category, flow_hs(f))]
        return self._hops(inputs, level, path, trace)

    def _hops(self, inputs: list[Flow], level: int, path: set[str], trace: Trace) -> list[Hop]:
        taints = self.index.flows
        tainted = sorted((g for g in inputs if taints[g.id].tainted),
                         key=lambda g: (-(g.kg or 0.0) * taints[g.id].share, g.date, g.id))
        chosen = tainted[: self.max_branches]
        if self.all_inputs:
            clean = sorted((g for g in inputs if not taints[g.id].tainted), key=lambda g: (-(g.kg or 0.0), g.id))
            chosen += clean[: self.max_clean]
        return [self._hop(g, level, path, trace) for g in chosen]

    def _hop(self, g: Flow, level: int, path: set[str], trace: Trace) -> Hop:
        hop = Hop(g, self.index.flows[g.id], level, self.root_of(g))
        if hop.root is not None:
            return hop
        if g.source in path:
            hop.cycle = True
            trace.cycles += 1
        elif level >= self.index.max_depth:
            hop.cut = True
            trace.cut += 1
        else:
            hop.balance = self.index.flow_balance(g)
            if hop.taint.tainted or self.all_inputs:
                hop.children = self._expand(g, level + 1, path | {g.source}, trace)
        return hop


def first_arrival(hops: list[Hop]) -> date | None:
    dates = [h.flow.date for h in hops]
    return min(dates) if dates else None
