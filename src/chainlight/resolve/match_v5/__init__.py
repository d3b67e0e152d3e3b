"""match_v5: match_v4's features plus the trade as each firm writes it, and rules on Korean and Chinese people's
syllable readings (readings.py)."""

from chainlight.resolve.match_v5.scorer import (
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
