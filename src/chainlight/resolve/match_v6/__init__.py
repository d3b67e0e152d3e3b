"""match_v6: match_v5 refitted on generated screening pairs no benchmark uses (gen_names seed 11)."""

from chainlight.resolve.match_v6.scorer import (
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
