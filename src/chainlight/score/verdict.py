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
    tier = model.tier(score)
    if model.bands:  # risk_v2: the tier as above, the score ranked inside its band by bounded evidence
        score, step = _ranked(signals, contributions, model, "presumption" if hits.presumption else tier, subject)
        if tier != "none":
            steps.append(step)
    return Verdict(round(score, 4), tier, hits.names, steps)


def _ranked(signals: list[Signal], contributions: list[float], model: RiskModel, band: str,
            subject: str) -> tuple[float, EvidenceStep]:
    best: dict[str, tuple[float, Signal, float]] = {}  # each kind of evidence counts once, by its strongest
    for s, c in zip(signals, contributions, strict=True):
        if c > 0 and (s.weight not in best or c * s.share > best[s.weight][0]):
            best[s.weight] = (c * s.share, s, c)
    parts = sorted(best.values(), key=lambda p: (-p[0], p[1].weight))
    e = model.evidence([r for r, _, _ in parts])
    lo, hi = model.bands[band]
    score = lo + (hi - lo) * e
    said = [f"{s.weight} {c:.2f}" + (f" x mass-balance share {s.share:.2f}" if s.share < 1 else "") for _, s, c in parts]
    how = f"strongest {said[0]}" if said else "no signal"
    if len(said) > 1:
        how += f", plus {model.rest_factor:g} of the noisy-or of {', '.join(said[1:4])}"
        how += f" and {len(said) - 4} more" if len(said) > 4 else ""
    return score, EvidenceStep("score", subject, model.version,
                               f"score {score:.2f} = {band} band {lo:.2f} + {hi - lo:.2f} x evidence {e:.2f} ({how})",
                               round(e, 4))


def finding(record_type: str, record_id: str, verdict: Verdict, summary: str, scorer: str) -> Finding:
    return Finding(record_type, record_id, verdict.score, verdict.tier, verdict.policies, summary,
                   verdict.steps, scorer)
