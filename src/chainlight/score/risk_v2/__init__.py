"""risk_v2: risk_v1's weights and tiers, and a bounded score that ranks within each tier (weights.yml says how).

risk_v1 stays loadable, so that its verdicts remain reproducible."""

from pathlib import Path

from chainlight.score.risk_v1.model import RiskModel, Weight
from chainlight.score.risk_v1.model import load_model as _load

WEIGHTS_FILE = Path(__file__).with_name("weights.yml")


def load_model(path: Path = WEIGHTS_FILE) -> RiskModel:
    return _load(path)


__all__ = ["RiskModel", "Weight", "load_model"]
