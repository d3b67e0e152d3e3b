"""match_v2: match_v1's measures plus initials, unmatched parts, numbers and CJK syllables; fitted weights."""

from chainlight.resolve.match_v2.scorer import (
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
