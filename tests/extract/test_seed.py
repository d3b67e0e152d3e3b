"""The seed report (Daily NK on Kaechon's women lifers) yields every claim the acceptance check needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chainlight.classify import Classifier
from chainlight.extract import Extraction, Gazetteer, extract_file


@pytest.fixture(scope="module")
def seed(seed_path: Path, gazetteer: Gazetteer, classifier: Classifier) -> Extraction:
    return extract_file(seed_path, gazetteer=gazetteer, classifier=classifier)


def values(ex: Extraction, kind: str) -> list[dict]:  # type: ignore[type-arg]
    return [m.value for m in ex.by_type(kind)]


def test_kaechon_is_linked_to_the_evidence_base(seed: Extraction) -> None:
    ids = {v["entity_id"] for v in values(seed, "facility")}
    assert "evidence-kaechon-kyohwaso-1" in ids
    assert "evidence-hamhung-kyohwaso-9" in ids


def test_the_bureau_links_to_ofac_19790(seed: Extraction) -> None:
    (bureau,) = [m for m in seed.by_type("organisation") if "Bureau of Corrections" in m.text]
    assert bureau.text == "Bureau of Corrections under the Ministry of Social Security"
    assert bureau.value["entity_id"] == "evidence-correctional-bureau-mss"
    assert {"evidence:correctional-bureau-mss", "ofac:19790"} <= set(bureau.value["source_ids"])
    assert [link.entity_id for link in bureau.links][:2] == ["evidence-correctional-bureau-mss", "ofac-19790"]


def test_three_goods_with_hs_codes(seed: Extraction) -> None:
    goods = values(seed, "goods")
    assert {g["category"] for g in goods} == {"knitwear", "wigs", "false_eyelashes"}
    by_category = {g["category"]: g["hs6"] for g in goods if g["hs6"]}
    assert by_category["wigs"].startswith("6704")
    assert by_category["false_eyelashes"].startswith("6704")
    assert by_category["knitwear"].startswith("61")


def test_periods(seed: Extraction) -> None:
    periods = {(v["start"], v["end"]) for v in values(seed, "period")}
    assert ("2020-01", "2022-08") in periods  # between early 2020 and August 2022
    assert ("2022-08", None) in periods  # after ... August 2022
    assert ("2020-01", "2020-03") in periods  # at the beginning of the pandemic


def test_figures_with_what_they_count(seed: Extraction) -> None:
    figures = {(v["kind"], v["value"], v["unit"]) for v in values(seed, "quantity")}
    assert ("work_hours", 16, "hours/day") in figures
    assert ("deaths", 40, "persons") in figures
    assert ("inmates", 500, "persons") in figures
    assert all(v["approximate"] for v in values(seed, "quantity") if v["kind"] in ("deaths", "inmates"))


def test_destination_and_channel(seed: Extraction) -> None:
    assert [v["country"] for v in values(seed, "destination")] == ["cn"]  # not the "sources living in China"
    assert [v["channel"] for v in values(seed, "channel")] == ["internet_platforms"]


def test_offsets_point_at_the_words(seed: Extraction) -> None:
    for m in seed.mentions:
        assert seed.text[m.start:m.end] == m.text
        s = seed.sentences[m.sentence]
        assert s.start <= m.start < m.end <= s.end
        assert 0 < m.confidence <= 1


def test_claims_are_pending_and_carry_the_sentence(seed: Extraction) -> None:
    claims = seed.to_claims()
    assert claims and all(c.status == "pending" for c in claims)
    deaths = next(c for c in claims if "deaths" in (c.note or ""))
    assert deaths.period_start == "2020-01-01" and deaths.period_end == "2022-08-31"
    assert "evidence-kaechon-kyohwaso-1" in deaths.entities  # "at the camp": the report's facility
    assert deaths.quote and "approximately 40 deaths" in deaths.quote
    exported = next(c for c in claims if c.countries == ["cn"])
    assert set(exported.goods) == {"knitwear", "wigs", "false_eyelashes"}


def test_json_holds_what_the_acceptance_check_looks_for(seed: Extraction) -> None:
    data = json.loads(seed.to_json())
    text = json.dumps(data, ensure_ascii=False).lower()
    for needle in ("kaechon", "wig", "lash", "knit", "16", "40", '"cn"', "internet", "ofac:19790"):
        assert needle in text
    assert data["counts"]["facility"] >= 3
    assert data["document"]["language"] == "en"
