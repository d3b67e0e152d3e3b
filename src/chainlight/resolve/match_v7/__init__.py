"""match_v7: match_v6's features and weights, and one rule: names made only of vocabulary that one names in full
inside the other (Korea Mining Development Corporation / KOREA MINING DEVELOPMENT TRADING CORPORATION)."""

from chainlight.resolve.match_v7.scorer import (
    DESCRIPTIONS,
    FLOOR,
    NAME,
    THRESHOLD,
    Scored,
    adjust,
    best_pair,
    explain,
    pair_features,
)

__all__ = ["DESCRIPTIONS", "FLOOR", "NAME", "THRESHOLD", "Scored", "adjust", "best_pair", "explain",
           "pair_features"]
