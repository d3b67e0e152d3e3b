"""The evidence reader and the curated base shipped in the package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chainlight.classify.types import RISK_CATEGORIES
from chainlight.errors import InputError
from chainlight.model.evidence import Claim
from chainlight.sources import get_reader
from chainlight.sources.evidence import bundled_paths, read, schema
from tests.helpers.snapshots import SEED_REPORT, snapshot_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "evidence"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def base():
    return read(bundled_paths())


def by_id(items, item_id):
    return next(i for i in items if i.id == item_id)


# --- the bundled base -----------------------------------------------------------------------------------

def test_bundled_base_loads_through_the_kind_registry(base):
    reader = get_reader("evidence")
    assert reader.meta.dataset == "evidence"
    assert {p.name for p in bundled_paths()} >= {"dprk_camps.yml", "dprk_bodies.yml", "china_hubs.yml",
                                                 "xinjiang_hair.yml", "sources.yml"}
    assert len(base.claims) >= 20 and len(base.entities) >= 10 and len(base.priors) >= 5


def test_every_claim_has_a_dated_source_with_url(base):
    for claim in base.claims:
        assert claim.source.url and claim.source.url.startswith("http"), claim.id
        assert claim.source.retrieved, claim.id
        assert claim.source.title and claim.source.publisher, claim.id
        assert claim.summary, claim.id
        assert claim.reliability in ("high", "medium", "low")


def test_ids_are_unique_and_entity_ids_are_prefixed(base):
    for items in (base.documents, base.entities, base.claims, base.priors):
        ids = [i.id for i in items]
        assert len(ids) == len(set(ids))
    for entity in base.entities:
        assert entity.id == f"evidence-{entity.source_id}"
        assert entity.source_ref == f"evidence:{entity.source_id}"


def test_kaechon_has_hangul_mccune_reischauer_and_revised_names(base):
    kaechon = by_id(base.entities, "evidence-kaechon-kyohwaso-1")
    names = kaechon.all_names()
    assert "개천 제1호 교화소" in names
    assert any("Kaech'ŏn" in n for n in names)  # McCune-Reischauer with breve
    assert any(n.startswith("Gaecheon") for n in names)  # Revised Romanization
    assert any(HANGUL.search(n.value) and n.lang == "ko" for n in kaechon.names)
    assert kaechon.countries == ["kp"] and kaechon.schema == "Facility"


def test_chongori_keeps_its_many_spellings(base):
    names = set(by_id(base.entities, "evidence-chongori-kyohwaso-12").all_names())
    assert {"전거리 제12호 교화소", "Jongori", "Jeon'geori", "Jŏngŏ-ri", "Jungeori"} <= names


def test_correctional_bureau_links_the_ofac_entry(base):
    bureau = by_id(base.entities, "evidence-correctional-bureau-mss")
    assert bureau.properties["sameAs"] == ["ofac-19790"]
    assert "MINISTRY OF PEOPLE'S SECURITY CORRECTIONAL BUREAU" in bureau.all_names()
    claims = [c for c in base.claims if "ofac-19790" in c.entities]
    assert claims and all("evidence-correctional-bureau-mss" in c.entities for c in claims)


def test_ofac_19790_is_the_correctional_bureau_in_the_shared_list():
    row = next(line for line in snapshot_bytes("sanctions/ofac/sdn.csv").decode("latin-1").splitlines()
               if line.startswith("19790,"))
    assert "MINISTRY OF PEOPLE'S SECURITY CORRECTIONAL BUREAU" in row


def test_kaechon_claim_names_kaechon_and_keeps_informant_protected(base):
    claim = by_id(base.claims, "dailynk-kaechon-lifers-export-goods")
    assert "kaechon" in claim.summary.lower()
    assert {"false_eyelashes", "wigs", "knitwear"} <= set(claim.goods)
    assert claim.period_start == "2020-01-01" and claim.period_end == "2023-12-31"
    assert claim.protected and "protected" not in claim.public_dict()
    assert claim.source.url == "https://www.dailynk.com/english/kaechon-prison-camp-works-inmates-death/"


def test_kaechon_quote_is_in_the_seed_article(base):
    seed = snapshot_bytes(SEED_REPORT).decode("utf-8")
    quote = by_id(base.claims, "dailynk-kaechon-lifers-export-goods").quote
    assert quote and quote in seed


def test_pingdu_prior_is_0_8_with_every_spelling(base):
    prior = by_id(base.priors, "prior-pingdu-false-eyelashes")
    assert prior.probability == 0.8 and prior.country == "cn" and prior.goods == ["false_eyelashes"]
    assert {"Pingdu", "平度", "大泽山", "大澤山", "Dazeshan", "Da Ze Shan", "Ping Du"} <= set(prior.places)
    assert prior.claims and all(any(c.id == ref for c in base.claims) for ref in prior.claims)


def test_xuchang_prior_states_its_reason(base):
    prior = by_id(base.priors, "prior-xuchang-wigs")
    assert {"许昌", "許昌", "Hsu-chang"} <= set(prior.places) and 0 < prior.probability < 0.8
    assert prior.note and "0.3" in prior.note


def test_low_reliability_claims_say_why(base):
    for claim in base.claims:
        if claim.reliability == "low":
            assert claim.note, claim.id


def test_goods_vocabulary_covers_the_classifier_categories():
    assert set(RISK_CATEGORIES) - {"unknown"} <= schema.GOODS


# --- the reader on small files --------------------------------------------------------------------------

def test_minimal_fixture_reads_into_model_records():
    result = read([FIXTURES / "minimal.yml"])
    claim: Claim = result.claims[0]
    assert claim.entities == ["evidence-test-camp", "ofac-19790"]
    assert claim.period_start == "2020-01-01" and claim.period_end == "2022-08-31"
    assert claim.source.published == "2023-05"
    assert result.entities[0].countries == ["kp"] and result.priors[0].country == "cn"
    assert claim.protected == {"informant": "source A, Hyesan"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    return path


def broken(tmp_path: Path, old: str, new: str) -> InputError:
    text = (FIXTURES / "minimal.yml").read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(InputError) as info:
        read([write(tmp_path, text.replace(old, new, 1))])
    return info.value


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(("old", "new", "field", "needle"), [
    ("    reliability: medium", "    reliability: medium\n    colour: red", "colour", "colour: red"),
    ("    source: doc-1", "    source: doc-9", "source", "source: doc-9"),
    ("entities: [test-camp, ofac-19790]", "entities: [test-camp, nobody]", "entities", "nobody"),
    ("entities: [test-camp, ofac-19790]", "entities: [test-camp, xyz-19790]", "entities", "xyz-19790"),
    ("retrieved: 2026-11-28", "retrieved: 2026-13-01", "retrieved", "2026-13-01"),
    ("{start: 2020, end: 2022-08}", "{start: 2020, end: 2019}", "end", "end: 2019"),
    ("    reliability: medium", "    reliability: certain", "reliability", "certain"),
    ("probability: 0.8", "probability: 8", "probability", "probability: 8"),
    ("goods: [false_eyelashes, \"670419\"]", "goods: [eyelashes]", "goods", "goods: [eyelashes]"),
    ("claims: [claim-1]", "claims: [claim-2]", "claims", "claim-2"),
    ("countries: [kp]", "countries: [North Korea]", "countries", "North Korea"),
])
def test_bad_fields_name_file_line_and_field(tmp_path, old, new, field, needle):
    error = broken(tmp_path, old, new)
    text = (tmp_path / "bad.yml").read_text(encoding="utf-8")
    assert error.problem.field == field
    assert error.problem.line == line_of(text, needle)
    assert error.problem.path.endswith("bad.yml") and error.exit_code == 2


def test_missing_required_field_points_at_the_item(tmp_path):
    error = broken(tmp_path, "    summary: Women prisoners at the test camp make false eyelashes for export.\n", "")
    assert error.problem.field == "summary" and "required" in error.problem.message
    assert error.problem.line == line_of((tmp_path / "bad.yml").read_text("utf-8"), "- id: claim-1")


def test_duplicate_ids_and_keys_are_errors(tmp_path):
    error = broken(tmp_path, "  - id: prior-1", "  - id: claim-1\n    id: claim-2")
    assert error.problem.field == "id" and "twice" in error.problem.message
    (tmp_path / "again.yml").write_text((FIXTURES / "minimal.yml").read_text("utf-8"), encoding="utf-8")
    with pytest.raises(InputError) as info:
        read([FIXTURES / "minimal.yml", tmp_path / "again.yml"])
    assert all(p.path.endswith("again.yml") for p in info.value.problems)
    assert {p.message for p in info.value.problems} >= {"id 'doc-1' is used twice", "id 'claim-1' is used twice"}


def test_every_problem_is_reported_at_once(tmp_path):
    text = (FIXTURES / "minimal.yml").read_text(encoding="utf-8")
    text = text.replace("reliability: medium", "reliability: sure").replace("probability: 0.8", "probability: x")
    with pytest.raises(InputError) as info:
        read([write(tmp_path, text)])
    assert {p.field for p in info.value.problems} >= {"reliability", "probability"}


def test_yaml_syntax_error_gives_a_line(tmp_path):
    with pytest.raises(InputError) as info:
        read([write(tmp_path, "documents:\n  - id: [unclosed\n    title: x\n")])
    assert info.value.problem.line is not None and "YAML" in info.value.problem.message


def test_references_resolve_across_files(tmp_path):
    text = (FIXTURES / "minimal.yml").read_text(encoding="utf-8")
    docs, rest = text.split("entities:", 1)
    (tmp_path / "a.yml").write_text(docs, encoding="utf-8")
    (tmp_path / "b.yml").write_text("entities:" + rest, encoding="utf-8")
    result = read([tmp_path / "a.yml", tmp_path / "b.yml"])
    assert result.claims[0].source.id == "doc-1"


def test_reserved_prefix_in_entity_slug_is_rejected(tmp_path):
    error = broken(tmp_path, "  - id: test-camp", "  - id: ofac-123")
    assert error.problem.field == "id" and "slug" in error.problem.message


def test_empty_and_missing_files(tmp_path):
    with pytest.raises(InputError, match="empty"):
        read([write(tmp_path, "")])
    with pytest.raises(InputError, match="not found"):
        read([tmp_path / "absent.yml"])
    with pytest.raises(InputError):
        read([write(tmp_path, "- just\n- a list\n")])
