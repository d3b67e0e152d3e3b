"""match_v7 weights: match_v6's, unchanged (match_v7 adds a rule, not a fitted feature)."""

from chainlight.resolve.match_v6.weights import BIAS, WEIGHTS

__all__ = ["BIAS", "WEIGHTS"]
