"""A finding's evidence chain made navigable: each source id resolved to what it names, and the chain's
shipments as flows for the Sankey chart.

Source ids are the lists' own ("ofac:12312", "un:KPe.035"), the evidence base's ("evidence:<claim id>") and
the user's ("shipment:S002"); the store keys entities by chainlight id ("ofac-12312"), so the map is built
from each entity's `source_ref`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chainlight.api.deps import AppState

if TYPE_CHECKING:
    from chainlight.score.screen import ScreenResult

FlowRow = tuple[str, str, str, float]
USER_PREFIXES = {"shipment": "shipments", "listing": "listings", "supplier": "suppliers"}


@dataclass(frozen=True)
class SourceLink:
    source_id: str
    kind: str  # entity | claim | prior | record | unknown
    target: str  # entity id, claim id, prior id or record id
    title: str

    def to_dict(self) -> dict[str, Any]:
        return {"source_id": self.source_id, "kind": self.kind, "target": self.target, "title": self.title}


class SourceIndex:
    """source id -> what it names, built once per request from the store."""

    def __init__(self, state: AppState) -> None:
        self.by_ref = {e.source_ref: e for e in state.entities().values()}
        statuses = ("confirmed", "pending", "rejected", "disputed")
        self.claims = {c.id: c for c in state.store.claims(statuses)}
        self.priors = {p.id: p for p in state.store.priors()}

    def link(self, source_id: str) -> SourceLink:
        prefix, _, rest = source_id.partition(":")
        entity = self.by_ref.get(source_id)
        if entity is not None:
            return SourceLink(source_id, "entity", entity.id, entity.caption)
        if prefix == "evidence" and rest in self.claims:
            return SourceLink(source_id, "claim", rest, self.claims[rest].summary[:160])
        if prefix == "evidence" and rest in self.priors:
            return SourceLink(source_id, "prior", rest, self.priors[rest].summary[:160])
        if prefix in USER_PREFIXES:
            return SourceLink(source_id, "record", rest, f"{prefix} {rest}")
        return SourceLink(source_id, "unknown", source_id, source_id)


def linked_evidence(state: AppState, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chain's steps in order, each with `links`: its source ids resolved."""
    index = SourceIndex(state)
    out = []
    for number, step in enumerate(evidence, 1):
        item = dict(step, step=number)
        item["links"] = [index.link(s).to_dict() for s in step.get("source_ids", [])]
        out.append(item)
    return out


def chain_flows(result: ScreenResult, evidence: list[dict[str, Any]]) -> list[FlowRow]:
    """The shipments a chain passes through, as (from, to, category, kg) rows of the traced graph."""
    graph = result.graph
    rows: dict[str, FlowRow] = {}
    for step in evidence:
        if step.get("kind") not in ("shipment", "mass_balance"):
            continue
        for source_id in step.get("source_ids", []):
            prefix, _, shipment_id = source_id.partition(":")
            flow = graph.flow_by_id.get(shipment_id) if prefix == "shipment" else None
            if flow is None or not flow.kg:
                continue
            rows[shipment_id] = (graph.parties[flow.source].name, graph.parties[flow.target].name,
                                 flow.category, float(flow.kg))
    return list(rows.values())


def chain_sankey(state: AppState, evidence: list[dict[str, Any]]) -> str | None:
    """The chain's flow chart as inline SVG, or None when the chain has no shipments with weights."""
    from chainlight.report.sankey import sankey_svg

    if not any(step.get("kind") == "shipment" for step in evidence):
        return None
    flows = chain_flows(state.screen_result(), evidence)
    return sankey_svg(flows) if flows else None
