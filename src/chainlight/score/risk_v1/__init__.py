"""risk_v1: named weights (weights.yml) combined by noisy-or, tiers by threshold.  Old verdicts stay
reproducible: a later scorer gets its own folder, and every finding names the scorer that made it."""

from chainlight.score.risk_v1.model import RiskModel, Weight, load_model

__all__ = ["RiskModel", "Weight", "load_model"]
