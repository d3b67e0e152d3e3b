"""Mass balance: the tainted share by weight of a party's inputs bounds the tainted share of its outputs.

One forward pass over the flows in date order.  For an output that leaves party P on day t, the inputs that
can be in it are those of a compatible category and HS heading (product_flows.yml) that reached P between t - window and
t - lag.  If w kg of them came from tainted sources (carrying their own share, computed earlier in the
pass), at most w / total of the output can be tainted.  The pass is O(n log n): running sums per
(party, input category, input heading) are bisected, and only tainted inputs, which are rare, are scanned.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from chainlight.settings import Settings
from chainlight.trace.graph import Flow, SupplyGraph
from chainlight.trace.products import compatible, heading, hs_feeds, label


@dataclass(frozen=True)
class Root:
    """Why a party or a flow is a source of taint: "dprk", "xinjiang", "forced_labour" and a reason."""

    kinds: frozenset[str]
    reason: str


@dataclass
class FlowTaint:
    share: float  # upper bound of the tainted share of this flow by weight
    kinds: frozenset[str]
    depth: int  # hops from the nearest taint root (0 = the flow leaves a root)
    unweighed: tuple[str, ...] = ()  # tainted inputs without a weight: taint present, size unknown

    @property
    def tainted(self) -> bool:
        return self.share > 0 or bool(self.unweighed)


@dataclass
class _Lane:
    """Inputs of one category to one party, in date order, with running kg."""

    dates: list[date] = field(default_factory=list)
    cum_kg: list[float] = field(default_factory=lambda: [0.0])
    tainted_dates: list[date] = field(default_factory=list)
    tainted: list[tuple[Flow, FlowTaint]] = field(default_factory=list)


@dataclass
class MassBalance:
    party: str
    party_name: str
    category: str
    start: date
    end: date
    input_kg: float
    tainted_kg: float
    kinds: frozenset[str]
    tainted_flows: list[str]
    unweighed: list[str]
    output_kg: float | None = None
    output_label: str = ""

    @property
    def share(self) -> float:
        return self.tainted_kg / self.input_kg if self.input_kg > 0 else 0.0

    def detail(self) -> str:
        text = (f"of {self.input_kg:,.0f} kg of inputs for {label(self.category)} received by {self.party_name} "
                f"between {self.start} and {self.end}, {self.tainted_kg:,.0f} kg ({self.share:.1%}) came from "
                f"tainted sources")
        if self.unweighed:
            text += f"; {len(self.unweighed)} tainted input(s) have no weight ({', '.join(self.unweighed[:3])})"
        if self.output_label and self.tainted_kg > 0:
            text += f"; up to {self.share:.1%} of {self.output_label} can carry them"
        return text


class TaintIndex:
    """The result of the pass: each flow's taint, and the input lanes to answer window questions."""

    def __init__(self, graph: SupplyGraph, settings: Settings) -> None:
        self.graph = graph
        self.lag = timedelta(days=settings.processing_lag_days)
        self.window = timedelta(days=settings.trace_window_days)
        self.max_depth = settings.trace_max_depth
        self.flows: dict[str, FlowTaint] = {}
        self._lanes: dict[tuple[str, str, str | None], _Lane] = defaultdict(_Lane)
        self._party_lanes: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        self.fed_tainted: set[str] = set()  # parties that received any tainted input

    def run(self, party_roots: dict[str, Root], flow_roots: dict[str, Root], batch: bool = False) -> TaintIndex:
        """The pass; `batch` computes the taint of every flow in DuckDB (trace/batch.py) - same numbers."""
        if batch:
            return self._run_batch(party_roots, flow_roots)
        for f in self.graph.flows:
            root = flow_roots.get(f.id) or party_roots.get(f.source)
            taint = FlowTaint(1.0, root.kinds, 0) if root else self._from_inputs(f)
            self.flows[f.id] = taint
            self._add_input(f, taint)
        return self

    def _run_batch(self, party_roots: dict[str, Root], flow_roots: dict[str, Root]) -> TaintIndex:
        from chainlight.trace.batch import KindCodes, flows_arrow, run_sql

        codes = KindCodes()
        roots = {f.id: r for f in self.graph.flows if (r := flow_roots.get(f.id) or party_roots.get(f.source))}
        table = flows_arrow((f.id, f.source, f.target, f.date, f.kg, f.category, heading(flow_hs(f)),
                             codes.mask(roots[f.id].kinds) if f.id in roots else 0) for f in self.graph.flows)
        taints = run_sql(table, lag_days=self.lag.days, window_days=self.window.days, max_depth=self.max_depth,
                         codes=codes)
        clean = FlowTaint(0.0, frozenset(), 0)
        for f in self.graph.flows:
            b = taints.get(f.id)
            taint = clean if b is None else FlowTaint(b.share, b.kinds, b.depth, b.unweighed)
            self.flows[f.id] = taint
            self._add_input(f, taint)
        return self

    def _add_input(self, f: Flow, taint: FlowTaint) -> None:
        key = (f.target, f.category, heading(flow_hs(f)))
        if key not in self._lanes:
            self._party_lanes[f.target].append(key[1:])
        lane = self._lanes[key]
        if f.kg is not None:
            lane.dates.append(f.date)
            lane.cum_kg.append(lane.cum_kg[-1] + f.kg)
        if taint.tainted:
            self.fed_tainted.add(f.target)
            lane.tainted_dates.append(f.date)
            lane.tainted.append((f, taint))

    def input_window(self, f: Flow) -> tuple[date, date]:
        return f.date - self.window, f.date - self.lag

    def _from_inputs(self, f: Flow) -> FlowTaint:
        start, end = self.input_window(f)
        mb = self.balance(f.source, f.category, start, end, flow_hs(f))
        depth = self._depth(f.source, f.category, start, end, flow_hs(f))
        return FlowTaint(mb.share, mb.kinds, depth, tuple(mb.unweighed))

    def lanes(self, party: str, category: str, hs: str | None = None) -> list[_Lane]:
        """The input lanes of `party` whose goods can be in an output of `category` (and HS code `hs`)."""
        return [self._lanes[(party, cat, head)] for cat, head in self._party_lanes.get(party, ())
                if compatible(cat, head, category, hs)]

    def tainted_inputs(self, party: str, category: str, start: date, end: date,
                       hs: str | None = None) -> list[tuple[Flow, FlowTaint]]:
        """Tainted inputs that can be in an output of `category` (depth-bounded), in date order."""
        out: list[tuple[Flow, FlowTaint]] = []
        for lane in self.lanes(party, category, hs):
            lo = bisect.bisect_left(lane.tainted_dates, start)
            hi = bisect.bisect_right(lane.tainted_dates, end)
            out += [(f, t) for f, t in lane.tainted[lo:hi] if t.depth + 1 <= self.max_depth]
        return sorted(out, key=lambda ft: (ft[0].date, ft[0].id))

    def _depth(self, party: str, category: str, start: date, end: date, hs: str | None) -> int:
        depths = [t.depth + 1 for _, t in self.tainted_inputs(party, category, start, end, hs)]
        return min(depths) if depths else 0

    def balance(self, party: str, category: str, start: date, end: date, hs: str | None = None) -> MassBalance:
        """Inputs of `party` usable for `category` (HS `hs`) that arrived in [start, end], and their tainted kg."""
        total = 0.0
        for lane in self.lanes(party, category, hs):
            lo = bisect.bisect_left(lane.dates, start)
            hi = bisect.bisect_right(lane.dates, end)
            total += lane.cum_kg[hi] - lane.cum_kg[lo]
        tainted = self.tainted_inputs(party, category, start, end, hs)
        weighed = [(f, t) for f, t in tainted if f.kg is not None]
        kinds: frozenset[str] = frozenset().union(*(t.kinds for _, t in tainted)) if tainted else frozenset()
        return MassBalance(party, self.graph.parties[party].name if party in self.graph.parties else party,
                           category, start, end, total, sum((f.kg or 0.0) * t.share for f, t in weighed), kinds,
                           [f.id for f, _ in weighed], [f.id for f, t in tainted if f.kg is None])

    def party_balance(self, party: str, category: str, hs: str | None = None) -> MassBalance:
        """Every input of `party` usable for `category` over all time, and its outputs of that category
        that left after the first tainted input could have been processed: for listings, which carry no date."""
        mb = self.balance(party, category, date.min, date.max, hs)
        outs = [f for f in self.graph.outbound.get(party, []) if f.category == category and f.kg is not None
                and hs_feeds(flow_hs(f), hs)]
        tainted = self.tainted_inputs(party, category, date.min, date.max, hs)
        if tainted and mb.input_kg > 0:
            first = tainted[0][0].date
            inputs = self.inputs(party, category, hs)
            mb.start, mb.end = min(f.date for f in inputs), max(f.date for f in inputs)
            after = [f for f in outs if f.date >= first + self.lag]
            mb.output_kg = sum(f.kg or 0.0 for f in after)
            mb.output_label = (f"its {mb.output_kg:,.0f} kg of {label(category)} shipped on or after "
                               f"{first + self.lag}" if after else f"the {label(category)} it sells from this stock")
        elif mb.input_kg > 0:
            inputs = self.inputs(party, category, hs)
            mb.start, mb.end = min(f.date for f in inputs), max(f.date for f in inputs)
        return mb

    def inputs(self, party: str, category: str, hs: str | None = None) -> list[Flow]:
        """Every input of `party` that can be in an output of `category` / `hs`; weighed ones first choice."""
        usable = [f for f in self.graph.inbound.get(party, []) if compatible(f.category, flow_hs(f), category, hs)]
        return [f for f in usable if f.kg is not None] or usable

    def flow_balance(self, f: Flow) -> MassBalance:
        start, end = self.input_window(f)
        mb = self.balance(f.source, f.category, start, end, flow_hs(f))
        mb.output_kg = f.kg
        mb.output_label = (f"shipment {f.id} ({f.kg:,.0f} kg of {label(f.category)}, {f.date})" if f.kg is not None
                           else f"shipment {f.id} ({label(f.category)}, {f.date}, weight unknown)")
        return mb


def flow_hs(f: Flow) -> str | None:
    """The HS code the product rule reads for a flow: the classifier's, which checks the declared one."""
    return f.classification.hs6 or f.classification.hs4
