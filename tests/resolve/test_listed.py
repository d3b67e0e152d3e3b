"""The Matcher's compact watchlist: entries read from a generator, merged across lists as merge.merge does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, Query
from chainlight.resolve.merge import merge


def _entities() -> Iterator[Entity]:
    yield Entity("ofac-9345", "Company", "ofac-sdn", "9345",
                 [Name("KOREA MINING DEVELOPMENT TRADING CORPORATION", "primary"), Name("KOMID", "alias")])
    yield Entity("un-KPe.001", "Organization", "un-sc", "KPe.001",
                 [Name("KOREA MINING DEVELOPMENT TRADING CORPORATION", "primary"), Name("조선광업개발무역회사", "alias")],
                 countries=["kp"])
    # two people of one name on two lists: the same person only when the birth dates agree
    yield Entity("ofac-1", "Person", "ofac-sdn", "1", [Name("RI, Chong Chol", "primary")], birth_dates=["1961"])
    yield Entity("un-KPi.1", "Person", "un-sc", "KPi.1", [Name("RI, Chong Chol", "primary")], birth_dates=["1961"])
    yield Entity("un-KPi.2", "Person", "un-sc", "KPi.2", [Name("RI, Chong Chol", "primary")], birth_dates=["1970"])
    # the same name twice on one list stays two entries
    yield Entity("ofac-7", "Company", "ofac-sdn", "7", [Name("HAEGUMGANG TRADING CORPORATION", "primary")])
    yield Entity("ofac-8", "Company", "ofac-sdn", "8", [Name("HAEGUMGANG TRADING CORPORATION", "primary")])


def test_groups_agree_with_merge() -> None:
    m = Matcher(_entities())  # a generator: the Matcher keeps no Entity object
    expected = sorted(sorted(r.source_ids) for r in merge(_entities()))
    leads = {m.index.owner[i] for i in range(len(m.index))}
    got = sorted(sorted(m.resolved[i].source_ids) for i in leads)
    assert got == expected
    assert ["ofac:9345", "un:KPe.001"] in got and ["ofac:1", "un:KPi.1"] in got and ["un:KPi.2"] in got


def test_merged_body_answers_in_any_script_with_all_its_references() -> None:
    m = Matcher(_entities())
    for name in ("KOMID", "조선광업개발무역회사", "Korea Mining Development Trading Corp."):
        top = m.match(Query("q", name, country="kp"))[0]
        assert top.entity_id == "ofac-9345" and top.source_ids == ["ofac:9345", "un:KPe.001"], top.explanation
        assert top.member_ids == ["ofac-9345", "un-KPe.001"] and top.match


def test_compact_record_keeps_what_scoring_needs() -> None:
    m = Matcher(_entities())
    r = m.resolved[0]
    assert (r.id, r.caption, r.schema, r.countries) == ("ofac-9345", "KOREA MINING DEVELOPMENT TRADING CORPORATION",
                                                        "Company", ["kp"])
    assert m.resolved.birth_dates(2) == ["1961"]


def test_records_are_made_once_and_not_saved(tmp_path: Path) -> None:
    m = Matcher(_entities())
    lead = m.resolved[0]
    assert m.resolved[0] is lead  # kept: the matcher asks for it for every candidate it scores
    assert lead == m.resolved._record(0)  # ... and what it would make again
    path = tmp_path / "watchlist.matcher"
    m.save(path)
    loaded = Matcher.load(path)
    assert "_records" not in loaded.resolved.__dict__  # the records kept are not written with the matcher
    assert loaded.resolved[0] == lead


def test_save_and_load_in_another_process_give_the_same_matches(tmp_path: Path) -> None:
    path = tmp_path / "watchlist.matcher"
    Matcher(_entities()).save(path)
    # str hash() is salted per process: the index must still find its keys in a fresh interpreter
    code = ("import sys; from chainlight.resolve import Matcher, Query; m = Matcher.load(sys.argv[1]); "
            "t = m.match(Query('q', '조선광업개발무역회사'))[0]; print(t.entity_id, ','.join(t.source_ids), t.match)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "123"})
    assert out.stdout.split() == ["ofac-9345", "ofac:9345,un:KPe.001", "True"]


def test_load_rejects_a_file_that_is_not_a_saved_matcher(tmp_path: Path) -> None:
    bad = tmp_path / "bad.matcher"
    bad.write_text("not a pickle", encoding="utf-8")
    with pytest.raises(InputError) as err:
        Matcher.load(bad)
    assert "bad.matcher" in str(err.value.problem.path)


def test_matches_name_the_key_building_and_a_stale_saved_index_is_refused(tmp_path: Path) -> None:
    from chainlight.resolve.versions import KEYS_VERSION, READINGS_VERSION, keys_id

    m = Matcher(_entities())
    top = m.match(Query("q", "조선광업개발무역회사"))[0]
    # the keys of the index and the readings that answered, with the scorer: the verdict's version
    assert top.keys == f"{keys_id()}+{READINGS_VERSION}" and top.keys.startswith(KEYS_VERSION + "-")
    assert top.scorer == "match_v7"
    # an index saved by code whose keys differ would miss names the running code can find: it is refused
    m.keys = KEYS_VERSION + "-000000000000"
    path = tmp_path / "stale.matcher"
    m.save(path)
    with pytest.raises(InputError) as err:
        Matcher.load(path)
    assert "build it again" in str(err.value) and keys_id() in str(err.value)


def test_one_body_on_two_lists_joins_though_one_list_adds_its_country_to_the_name() -> None:
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query

    ofac = Entity("ofac-15603", "Company", "ofac-sdn", "15603",
                  [Name("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "primary")])
    un = Entity("un-KPe.047", "Organization", "un-sc", "KPe.047",
                [Name("FOREIGN TRADE BANK (FTB)", "primary"), Name("Korea Trading Bank", "alias")])
    myanma = Entity("ofac-2", "Company", "ofac-sdn", "2", [Name("MYANMA FOREIGN TRADE BANK", "primary")])
    m = Matcher([ofac, un, myanma])
    got = m.match(Query("q", "Korea Trading Bank"), limit=1)[0]
    assert set(got.member_ids) == {"ofac-15603", "un-KPe.047"}
    assert "ofac-2" not in m.match(Query("q", "Foreign Trade Bank"), limit=1)[0].member_ids


def _people() -> Iterator[Entity]:
    # OFAC gives no birth date and hyphenates the given name; the UN gives both
    yield Entity("ofac-19499", "Person", "ofac-sdn", "19499", [Name("KANG, Mun-kil", "primary")], countries=["kp"])
    yield Entity("un-KPi.019", "Person", "un-sc", "KPi.019", [Name("KANG MUN KIL", "primary")],
                 countries=["kp"], birth_dates=["1963-02-09"])
    # a year against a full date of that year
    yield Entity("ofac-19491", "Person", "ofac-sdn", "19491", [Name("RI, Man Gon", "primary")], birth_dates=["1945"])
    yield Entity("un-KPi.026", "Person", "un-sc", "KPi.026", [Name("RI MAN GON", "primary")],
                 birth_dates=["1945-10-29"], countries=["kp"])
    # two years that differ: two people
    yield Entity("ofac-22702", "Person", "ofac-sdn", "22702", [Name("KIM, Tong-chol", "primary")],
                 birth_dates=["1968-08-07"])
    yield Entity("un-KPi.068", "Person", "un-sc", "KPi.068", [Name("KIM TONG CHOL", "primary")],
                 birth_dates=["1966-01-27"], countries=["kp"])
    # a name two people on one list carry is no evidence, whatever the dates say
    yield Entity("ofac-1", "Person", "ofac-sdn", "1", [Name("PAK, Chol Su", "primary")])
    yield Entity("ofac-2", "Person", "ofac-sdn", "2", [Name("PAK, Chol Su", "primary")], countries=["kp"])
    yield Entity("un-KPi.9", "Person", "un-sc", "KPi.9", [Name("PAK CHOL SU", "primary")], countries=["kp"])
    # nor are countries that differ
    yield Entity("ofac-3", "Person", "ofac-sdn", "3", [Name("HAN, Song Il", "primary")], countries=["kr"])
    yield Entity("un-KPi.8", "Person", "un-sc", "KPi.8", [Name("HAN SONG IL", "primary")], countries=["kp"])


def test_people_join_by_a_full_name_one_person_on_each_list_carries() -> None:
    groups = sorted(sorted(r.source_ids) for r in merge(_people()))
    assert ["ofac:19499", "un:KPi.019"] in groups and ["ofac:19491", "un:KPi.026"] in groups
    assert ["ofac:22702"] in groups and ["un:KPi.068"] in groups
    assert ["un:KPi.9"] in groups and ["ofac:3"] in groups and ["un:KPi.8"] in groups
    m = Matcher(_people())  # the compact table joins the same ones
    leads = {m.index.owner[i] for i in range(len(m.index))}
    assert sorted(sorted(m.resolved[i].source_ids) for i in leads) == groups
    top = m.match(Query("q", "강문길"))[0]
    assert top.member_ids == ["ofac-19499", "un-KPi.019"] and top.match, top.explanation
