"""Shared fixtures for extraction: the bundled evidence base plus OFAC's DPRK entries, and the classifier."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.classify import Classifier
from chainlight.extract import Gazetteer
from chainlight.model.entity import Entity
from chainlight.sources import get_reader
from chainlight.sources.evidence import bundled_paths
from chainlight.sources.evidence import read as read_evidence
from tests.helpers.snapshots import SEED_REPORT, snapshot


@pytest.fixture(scope="session")
def entities() -> list[Entity]:
    ofac = get_reader("ofac-sdn").read([snapshot("sanctions/ofac/sdn.csv")])
    dprk = [e for e in ofac.entities if any(p.startswith("DPRK") for p in e.programs)]
    return read_evidence(bundled_paths()).entities + dprk


@pytest.fixture(scope="session")
def gazetteer(entities: list[Entity]) -> Gazetteer:
    return Gazetteer(entities)


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return Classifier()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return snapshot(SEED_REPORT)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """An empty gazetteer: what the rules read with no names from the store."""
    return Gazetteer([])
