"""The trace tree (GET /ui/trace/{record_id}): the shipments upstream of a listing, shipment, supplier or party,
as a tree from the record back through its suppliers to the listed sources, each level in time order, with
the kilograms shipped, the share of each flow that can carry tainted inputs, and the mass balance at each
trader.  The same traces as `chainlight trace` and GET /trace/{id} (score/trace_text.py), drawn as a tree."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse
from starlette.requests import Request

from chainlight.api.deps import AppState, locked_state
from chainlight.errors import NotFoundError
from chainlight.web.render import render

if TYPE_CHECKING:
    from chainlight.score.records import RecordScreener
    from chainlight.trace.upstream import Hop, Trace

router = APIRouter(prefix="/ui", include_in_schema=False)
State = Annotated[AppState, Depends(locked_state)]


@dataclass
class Node:
    """One shipment of the tree: `kg` of goods from `source` to `target` on `date`, and the shipments it drew on."""

    shipment_id: str
    date: str
    kg: float | None
    goods: str
    source: str
    source_country: str
    target: str
    share: float  # upper bound of the share of this shipment that can carry tainted inputs
    tainted: bool
    root: str | None = None  # why its shipper is a source of taint
    listed: list[dict[str, str]] = field(default_factory=list)  # the shipper's list entries: id, name
    balance: str | None = None  # the mass balance at the shipper, in words
    note: str | None = None  # a cycle or a depth bound cut the branch here
    children: list[Node] = field(default_factory=list)

    @property
    def size(self) -> int:
        return 1 + sum(c.size for c in self.children)


@dataclass
class Tree:
    heading: str
    balance: str | None
    share: float | None
    nodes: list[Node]
    cycles: int
    cut: int


def trees(state: AppState, record_id: str) -> list[Tree]:
    """The record's traces as trees (several for a listing whose seller and manufacturer both have inputs)."""
    from chainlight.score.trace_text import _traces
    from chainlight.trace.upstream import Tracer

    result = state.screen_result()
    scr = result.screener
    if scr is None:
        raise NotFoundError(f"no screen to trace {record_id!r} in; run a screen first")
    tracer = Tracer(scr.index, scr.party_roots, scr.flow_roots, all_inputs=True)
    traced = _traces(scr, tracer, record_id)
    if not traced and result.finding(record_id) is None:
        raise NotFoundError(f"{record_id!r} is not a listing, shipment, supplier or party of the latest screen")
    return [_tree(scr, head, trace) for head, trace in traced]


def _tree(scr: RecordScreener, head: str, trace: Trace) -> Tree:
    balance = trace.balance if trace.balance is not None and trace.balance.input_kg > 0 else None
    return Tree(head.rstrip(":"), balance.detail() if balance else None, balance.share if balance else None,
                _in_time_order([_node(scr, h) for h in trace.hops]), trace.cycles, trace.cut)


def _node(scr: RecordScreener, hop: Hop) -> Node:
    from chainlight.trace.products import label

    g, f = scr.graph, hop.flow
    src, dst = g.parties[f.source], g.parties[f.target]
    node = Node(f.id, f.date.isoformat(), f.kg, label(f.category), src.name, (src.country or "").upper(), dst.name,
                hop.taint.share, hop.taint.tainted)
    if hop.root is not None:
        node.root = hop.root.reason
        node.listed = [{"id": m.entity_id, "name": m.entity_name} for m in scr.matches.get(f.source, [])]
    elif hop.cycle:
        node.note = f"{src.name} is already on this path: not followed again"
    elif hop.cut:
        node.note = "the trace's depth bound is reached here"
    elif hop.level > 0 and hop.balance is not None and hop.balance.input_kg > 0 and hop.taint.tainted:
        node.balance = hop.balance.detail()
    node.children = _in_time_order([_node(scr, c) for c in hop.children])
    return node


def _in_time_order(nodes: list[Node]) -> list[Node]:
    return sorted(nodes, key=lambda n: (n.date, n.shipment_id))


@router.get("/trace/{record_id}", response_class=HTMLResponse)
def trace_page(request: Request, record_id: str, state: State) -> HTMLResponse:
    found = state.screen_result().finding(record_id)
    made = trees(state, record_id)
    finding: dict[str, Any] | None = None
    if found is not None:
        finding = {"record_type": found.record_type, "tier": found.tier, "score": found.score,
                   "summary": found.summary}
    return render(request, "trace.html", record_id=record_id, trees=made, finding=finding,
                  shipments=sum(n.size for t in made for n in t.nodes))
