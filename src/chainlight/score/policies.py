"""Legal policies a finding can fall under, named in each finding.

Which policies run is configurable: pass a list to `screen`, or set CHAINLIGHT_POLICIES to a comma-separated
list of names (default: all four).  A policy is triggered by the kinds of the proof-grade signals of a
record; a presumption policy lifts the finding to tier high, a risk-based one only names itself.
Sources: domain.md sections 4-5 (CAATSA s.321(b) / 22 U.S.C. 9241a, 19 U.S.C. 1307, UFLPA, EU 2024/3015).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from chainlight.model.finding import EvidenceStep


@dataclass(frozen=True)
class Policy:
    name: str
    kinds: frozenset[str]  # strong signal kinds that bring a record under the policy
    presumption_kinds: frozenset[str]  # ... and those that make it a presumption (tier high)
    text: str
    risk_based: bool = False  # named for any elevated finding with a forced-labour kind, never a floor


FORCED_LABOUR_KINDS = frozenset({"dprk", "xinjiang", "wro", "forced_labour", "prior", "dol"})

POLICIES: dict[str, Policy] = {p.name: p for p in [
    Policy("CAATSA-321", frozenset({"dprk"}), frozenset({"dprk"}),
           "CAATSA s.321(b) (22 U.S.C. 9241a): goods made wholly or in part with North Korean labour anywhere are "
           "presumed made with forced labour and barred under 19 U.S.C. 1307, unless CBP finds by clear and "
           "convincing evidence that they are not"),
    Policy("19USC1307", frozenset({"dprk", "xinjiang", "wro", "forced_labour"}), frozenset({"wro"}),
           "19 U.S.C. 1307 bars goods made wholly or in part with forced, convict or indentured labour; CBP "
           "withhold-release orders and findings detain them at entry"),
    Policy("UFLPA", frozenset({"xinjiang"}), frozenset({"xinjiang"}),
           "UFLPA (in force 2022-06-21): goods made wholly or in part in Xinjiang or by Entity List firms are "
           "presumed barred, rebuttable by clear and convincing evidence"),
    Policy("EU-FLR-2024/3015", FORCED_LABOUR_KINDS, frozenset(),
           "EU Forced Labour Regulation (EU) 2024/3015, applies from 2027-12-14: risk-based assessment (scale and "
           "severity incl. state-imposed labour, volume, share of the suspect part, the operator's proximity); "
           "information can be submitted to the Commission's single portal", risk_based=True),
]}


def load_policies(names: list[str] | None = None) -> list[Policy]:
    if names is None:
        env = os.environ.get("CHAINLIGHT_POLICIES", "")
        names = [n.strip() for n in env.split(",") if n.strip()] or list(POLICIES)
    unknown = [n for n in names if n not in POLICIES]
    if unknown:
        raise ValueError(f"unknown policies {unknown}; known: {', '.join(POLICIES)}")
    return [POLICIES[n] for n in names]


@dataclass
class PolicyHits:
    names: list[str]
    steps: list[EvidenceStep]
    presumption: bool


def apply_policies(policies: list[Policy], subject: str, strong_kinds: frozenset[str],
                   any_kinds: frozenset[str], elevated: bool) -> PolicyHits:
    """`strong_kinds`: kinds of proof signals above the presumption minimum; `any_kinds`: of every signal."""
    hits = PolicyHits([], [], False)
    for p in policies:
        if p.risk_based:
            if not (elevated and p.kinds & any_kinds):
                continue
            detail = f"{p.text}. Risk factors here: {', '.join(sorted(p.kinds & any_kinds))}"
        elif p.kinds & strong_kinds:
            presumption = bool(p.presumption_kinds & strong_kinds)
            hits.presumption |= presumption
            detail = p.text + (": presumption applies, tier high" if presumption else "")
        else:
            continue
        hits.names.append(p.name)
        hits.steps.append(EvidenceStep("policy", subject, p.name, detail, 1.0))
    return hits
