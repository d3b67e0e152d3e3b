"""match_v1: chainlight's first versioned name scorer (features, weights, threshold, explanation)."""

from chainlight.resolve.match_v1.scorer import FLOOR, NAME, NAME_FEATURES, THRESHOLD, Scored, best_pair

__all__ = ["FLOOR", "NAME", "NAME_FEATURES", "THRESHOLD", "Scored", "best_pair"]
