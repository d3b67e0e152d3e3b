"""`screen`: every listing, shipment, supplier and party of the user's records to a finding.

Works with any subset of inputs: listings alone are screened on their sellers, manufacturers, product and
hub priors; shipments alone on their parties, origins and traced chains; suppliers alone on their names and
places.  What cannot be used is counted in `skipped` with its reason and listed in `details`.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from chainlight.errors import Problem
from chainlight.model.entity import Entity
from chainlight.model.evidence import Claim, Prior
from chainlight.model.finding import Finding
from chainlight.model.product import Classification, GoodRisk, HsCode
from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.score.policies import Policy
from chainlight.score.records import RecordScreener
from chainlight.score.stages import (
    Evidence,
    MatcherLike,
    ScreenSetup,
    Stages,
    default_classifier,
    default_cluster,
    default_matcher,
)
from chainlight.settings import Settings
from chainlight.trace.graph import ClusterFn, SupplyGraph, build_graph


@dataclass
class ScreenInputs:
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    priors: list[Prior] = field(default_factory=list)
    goods: list[GoodRisk] = field(default_factory=list)
    listings: list[Listing] = field(default_factory=list)
    shipments: list[Shipment] = field(default_factory=list)
    suppliers: list[Supplier] = field(default_factory=list)
    hs_codes: list[HsCode] = field(default_factory=list)  # the nomenclature, to report unknown declared codes

    def evidence(self) -> Evidence:
        return Evidence(self.entities, self.claims, self.priors, self.goods)


@dataclass
class ScreenResult:
    findings: list[Finding]
    skipped: dict[str, int]
    details: list[Problem]
    flows: list[tuple[str, str, str, float]]  # (source party, target party, category, kg) of traced goods
    graph: SupplyGraph
    screener: RecordScreener | None = None  # answers `trace_text`

    def finding(self, record_id: str) -> Finding | None:
        return next((f for f in self.findings if f.record_id == record_id), None)

    def counts(self) -> dict[str, int]:
        c = Counter(f.tier for f in self.findings)
        return {t: c.get(t, 0) for t in ("high", "elevated", "low", "none")}


# Above this many shipments the mass-balance pass runs in DuckDB (trace/batch.py); same numbers, less time.
# CHAINLIGHT_BATCH_MIN_SHIPMENTS=0 always uses it; a very large value never does.
BATCH_MIN_SHIPMENTS = 50_000


def use_batch(n_shipments: int) -> bool:
    limit = int(os.environ.get("CHAINLIGHT_BATCH_MIN_SHIPMENTS", BATCH_MIN_SHIPMENTS))
    return n_shipments > limit or limit == 0


def screen(inputs: ScreenInputs, *, settings: Settings | None = None, matcher: Any = None,
           classifier: Any = None, cluster: ClusterFn | None = None,
           policies: list[Policy] | None = None, batch: bool | None = None) -> ScreenResult:
    """`batch`: run the mass-balance pass in DuckDB; default: above BATCH_MIN_SHIPMENTS shipments."""
    setup = ScreenSetup.build(inputs.evidence(), settings=settings, matcher=matcher, classifier=classifier,
                              cluster=cluster, policies=policies)
    graph = build_graph(inputs.shipments, inputs.suppliers, inputs.listings, classifier=setup.stages.classifier,
                        cluster=setup.stages.cluster, known_hs=frozenset(h.code for h in inputs.hs_codes) or None)
    screener = RecordScreener(graph, setup)
    screener.prepare(batch=use_batch(len(inputs.shipments)) if batch is None else batch)
    findings = [screener.listing(li) for li in inputs.listings]
    findings += [screener.shipment(s) for s in inputs.shipments]
    findings += [screener.supplier(p) for p in inputs.suppliers]
    findings += screener.parties()
    return ScreenResult(findings, dict(graph.skipped), list(graph.problems), screener.traced_flows(), graph,
                        screener)


def trace_text(result: ScreenResult, record_id: str) -> str:
    """What `chainlight trace ID` prints: the upstream chain step by step with dates, kg and source ids."""
    from chainlight.score.trace_text import render

    return render(result, record_id)


__all__ = ["Classification", "Evidence", "MatcherLike", "ScreenInputs", "ScreenResult", "ScreenSetup", "Stages",
           "default_classifier", "default_cluster", "default_matcher", "screen", "trace_text"]
