"""From a record's signals to its score, tier, policies and evidence chain."""

from __future__ import annotations

from dataclasses import dataclass

from chainlight.model.finding import EvidenceStep, Finding
from chainlight.score.policies import Policy, apply_policies
from chainlight.score.risk_v1 import RiskModel
from chainlight.score.signals import Signal


@dataclass
class Verdict:
    score: float
    tier: str
    policies: list[str]
    steps: list[EvidenceStep]


def decide(signals: list[Signal], model: RiskModel, policies: list[Policy], subject: str) -> Verdict:
    contributions = [model.weight(s.weight) * s.strength for s in signals]
    score = model.combine(contributions)
    strong = [s for s, c in zip(signals, contributions, strict=True)
              if s.proof and c >= model.limit("presumption_min")]
    if any(s.weight == "prior" and c > 0 for s, c in zip(signals, contributions, strict=True)):
        score = max(score, model.limit("prior_floor"))  # a hub prior that applies asks for evidence: elevated
    if not any(s.proof and c > 0 for s, c in zip(signals, contributions, strict=True)):
        score = min(score, model.limit("cap_without_proof"))  # priors and DOL rows ask, they do not prove
    strong_kinds = frozenset().union(*(s.kinds for s in strong)) if strong else frozenset()
    any_kinds = frozenset().union(*(s.kinds for s in signals)) if signals else frozenset()
    hits = apply_policies(policies, subject, strong_kinds, any_kinds,
                          elevated=score >= model.tiers["elevated"] or bool(strong))
    if hits.presumption:
        score = max(score, model.limit("presumption_floor"))
    steps = [step for s in signals for step in s.steps] + hits.steps
    return Verdict(round(score, 4), model.tier(score), hits.names, steps)


def finding(record_type: str, record_id: str, verdict: Verdict, summary: str, scorer: str) -> Finding:
    return Finding(record_type, record_id, verdict.score, verdict.tier, verdict.policies, summary,
                   verdict.steps, scorer)
