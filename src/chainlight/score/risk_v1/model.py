"""Load the risk_v1 weights and turn signal contributions into a score and a tier."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

WEIGHTS_FILE = Path(__file__).with_name("weights.yml")


@dataclass(frozen=True)
class Weight:
    name: str
    value: float
    description: str


@dataclass(frozen=True)
class RiskModel:
    version: str
    weights: dict[str, Weight]
    tiers: dict[str, float]  # tier -> lowest score in it
    limits: dict[str, Weight]
    # risk_v2 and later: the score ranks inside a band (presumption, or the tier) by bounded evidence
    bands: dict[str, tuple[float, float]] = field(default_factory=dict)
    rest_factor: float = 0.5

    def weight(self, name: str) -> float:
        return self.weights[name].value

    def limit(self, name: str) -> float:
        return self.limits[name].value

    def combine(self, contributions: list[float]) -> float:
        """Noisy-or: 1 - prod(1 - c); each c = weight x strength in [0, 1]."""
        rest = 1.0
        for c in contributions:
            rest *= 1.0 - min(max(c, 0.0), 1.0)
        return 1.0 - rest

    def evidence(self, contributions: list[float]) -> float:
        """Bounded combination: the strongest in full, plus `rest_factor` of the noisy-or of the others."""
        ranked = sorted((min(max(c, 0.0), 1.0) for c in contributions), reverse=True)
        if not ranked:
            return 0.0
        return ranked[0] + (1.0 - ranked[0]) * self.rest_factor * self.combine(ranked[1:])

    def tier(self, score: float) -> str:
        for name in ("high", "elevated", "low"):
            if score >= self.tiers[name]:
                return name
        return "none"


def _weights(raw: dict[str, Any]) -> dict[str, Weight]:
    return {k: Weight(k, float(v["value"]), str(v["description"])) for k, v in raw.items()}


@lru_cache(maxsize=4)
def load_model(path: Path = WEIGHTS_FILE) -> RiskModel:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    bands = {k: (float(v[0]), float(v[1])) for k, v in (data.get("bands") or {}).items()}
    rest = float(data.get("rank", {}).get("rest_factor", {}).get("value", 0.5))
    return RiskModel(str(data["version"]), _weights(data["weights"]),
                     {k: float(v) for k, v in data["tiers"].items()}, _weights(data["limits"]), bands, rest)
