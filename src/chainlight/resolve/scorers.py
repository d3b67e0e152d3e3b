"""The name scorers chainlight has released, by name: one registry, as a screening service lists its algorithms.

Every scorer takes two analysed names and gives a calibrated score with its parts; each version keeps its own
features, weights and rules in its package (match_v1 … match_v7) and is never changed once released: a
better one is a new version.  `tests/resolve/test_scorer_fixtures.py` holds each version to the scores it gave
when it was frozen.  The Matcher, the API's `/algorithms` and ad hoc comparisons all look scorers up here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from chainlight.resolve.match_v1 import scorer as v1
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v1.scorer import Scored
from chainlight.resolve.match_v2 import scorer as v2
from chainlight.resolve.match_v3 import scorer as v3
from chainlight.resolve.match_v4 import scorer as v4
from chainlight.resolve.match_v5 import scorer as v5
from chainlight.resolve.match_v6 import scorer as v6
from chainlight.resolve.match_v7 import bound as v7_bound
from chainlight.resolve.match_v7 import scorer as v7
from chainlight.resolve.rendering import Analysis

BestPair = Callable[[Analysis, Analysis, Rarity, bool], "Scored | None"]
Explain = Callable[[Analysis, Analysis, Scored], str]
# (query, candidate, rarity, person, target) -> a score best_pair does not exceed; its work may stop once the
# bound is below target, and it gives 1.0 when it cannot say (match_v7/bound.py)
Bound = Callable[[Analysis, Analysis, Rarity, bool, "float | None"], float]


@dataclass(frozen=True)
class ScorerSpec:
    name: str
    summary: str
    best_pair: BestPair  # (query, candidate, rarity of index keys, whether a person is compared)
    explain: Explain
    threshold: float
    bound: Bound | None = None  # an upper bound of best_pair, for skipping candidates that cannot reach a score


def _v1_best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool) -> Scored | None:
    return v1.best_pair(qa, ca, rarity)  # match_v1 reads persons and bodies alike


REGISTRY: dict[str, ScorerSpec] = {
    spec.name: spec for spec in (
        ScorerSpec(v7.NAME, "match_v6 and a rule for names made only of vocabulary, one inside the other "
                            "(Korea Mining Development Corporation / KOMID); the default",
                   v7.best_pair, v7.explain, v7.THRESHOLD, v7_bound.upper_bound),
        ScorerSpec(v6.NAME, "match_v5's features and rules, weights fitted on generated pairs no benchmark uses "
                            "(gen_names seed 11)", v6.best_pair, v6.explain, v6.THRESHOLD),
        ScorerSpec(v5.NAME, "pairwise features of the best rendering pair with the own-rule for near-identical "
                            "short names; weights from gen_names seed 2", v5.best_pair, v5.explain, v5.THRESHOLD),
        ScorerSpec(v4.NAME, "syllable-level reading checks (readings.py) on top of match_v3",
                   v4.best_pair, v4.explain, v4.THRESHOLD),
        ScorerSpec(v3.NAME, "logistic scorer over pairwise features of rendering pairs", v3.best_pair, v3.explain,
                   v3.THRESHOLD),
        ScorerSpec(v2.NAME, "logistic scorer over whole-name features", v2.best_pair, v2.explain, v2.THRESHOLD),
        ScorerSpec(v1.NAME, "hand-weighted token overlap with rules", _v1_best_pair, v1.explain, v1.THRESHOLD),
    )
}
DEFAULT = v7.NAME


def get(name: str) -> ScorerSpec:
    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown scorer {name!r}; known: {', '.join(REGISTRY)}") from None
