"""What a screen runs with, built in one place and handed to the row screen or to an engine as one bundle:
the evidence base (lists, claims, priors, DOL goods), the stages that need models (name matcher, party
clustering, product classifier), the settings, the risk model and the policies.

The resolver and the classifier are imported when first built (plain imports inside `Stages.default`), so
that trace/ and score/ import without loading them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from chainlight.model.entity import Entity
from chainlight.model.evidence import Claim, Prior
from chainlight.model.product import GoodRisk
from chainlight.resolve.types import Match, Query
from chainlight.score.policies import Policy, load_policies
from chainlight.score.risk_v2 import RiskModel, load_model
from chainlight.settings import Settings, get_settings
from chainlight.trace.graph import ClassifierLike, ClusterFn

if TYPE_CHECKING:
    from collections.abc import Sequence


class MatcherLike(Protocol):
    def match(self, query: Query, limit: int = ...) -> list[Match]: ...


@dataclass(frozen=True)
class Evidence:
    entities: Sequence[Entity] = ()
    claims: Sequence[Claim] = ()
    priors: Sequence[Prior] = ()
    goods: Sequence[GoodRisk] = ()


@dataclass(frozen=True)
class Stages:
    matcher: Any  # MatcherLike (match, and match_many when it can fork) or None: no lists to match against
    classifier: ClassifierLike
    cluster: ClusterFn
    matcher_path: Path | None = None  # the saved index the matcher came from: Spark's executors load it

    @classmethod
    def default(cls, entities: Sequence[Entity], settings: Settings, *, matcher: Any = None,
                classifier: ClassifierLike | None = None, cluster: ClusterFn | None = None,
                matcher_path: Path | None = None) -> Stages:
        """The given stages, the others the project's own (resolve.Matcher, cluster_parties, Classifier)."""
        return cls(matcher if matcher is not None else default_matcher(entities, settings),
                   classifier if classifier is not None else default_classifier(),
                   cluster if cluster is not None else default_cluster(), matcher_path)


def default_matcher(entities: Sequence[Entity], settings: Settings) -> MatcherLike | None:
    if not entities:
        return None
    from chainlight.resolve import Matcher

    matcher: MatcherLike = Matcher(list(entities), threshold=settings.match_threshold)
    return matcher


def default_cluster() -> ClusterFn:
    from chainlight.resolve import cluster_parties

    fn: ClusterFn = cluster_parties
    return fn


def default_classifier() -> ClassifierLike:
    from chainlight.classify import Classifier

    classifier: ClassifierLike = Classifier()
    return classifier


@dataclass(frozen=True)
class ScreenSetup:
    """Everything but the records: one object instead of a dozen parameters."""

    evidence: Evidence
    stages: Stages
    settings: Settings
    model: RiskModel
    policies: list[Policy]

    @classmethod
    def build(cls, evidence: Evidence, *, settings: Settings | None = None, matcher: Any = None,
              classifier: ClassifierLike | None = None, cluster: ClusterFn | None = None,
              policies: list[Policy] | None = None, model: RiskModel | None = None,
              matcher_path: Path | None = None) -> ScreenSetup:
        settings = settings or get_settings()
        stages = Stages.default(evidence.entities, settings, matcher=matcher, classifier=classifier,
                                cluster=cluster, matcher_path=matcher_path)
        return cls(evidence, stages, settings, model or load_model(),
                   policies if policies is not None else load_policies())
