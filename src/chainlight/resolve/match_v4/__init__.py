"""match_v4: match_v3's features plus a given name put in front and a trade one side lacks."""

from chainlight.resolve.match_v4.scorer import (
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
