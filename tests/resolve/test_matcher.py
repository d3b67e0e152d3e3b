"""The Matcher on hand-built entries with real list names, and on the full OFAC + UN lists."""

from __future__ import annotations

import pytest

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, PartyName, Query, cluster_parties
from chainlight.sources import ofac, un
from tests.helpers.snapshots import snapshot


def _e(dataset: str, sid: str, schema: str, *names: str, countries: list[str] | None = None,
       former: tuple[str, ...] = ()) -> Entity:
    prefix = {"ofac-sdn": "ofac", "un-sc": "un", "evidence": "evidence"}[dataset]
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    ns += [Name(f, "former") for f in former]
    return Entity(f"{prefix}-{sid}", schema, dataset, sid, ns, countries=countries or [])


ENTITIES = [
    _e("ofac-sdn", "9347", "Company", "KOREA RYONBONG GENERAL CORPORATION"),
    _e("un-sc", "KPe.002", "Organization", "KOREA RYONBONG GENERAL CORPORATION", "KOREA YONBONG GENERAL CORPORATION",
       countries=["kp"], former=("LYONGAKSAN GENERAL TRADING CORPORATION",)),
    _e("ofac-sdn", "9345", "Company", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID"),
    _e("un-sc", "KPe.001", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", countries=["kp"]),
    _e("ofac-sdn", "11581", "Company", "KOREA KWANGSON BANKING CORP", countries=["kp"]),
    _e("ofac-sdn", "9524", "Company", "KOREA PUGANG TRADING CORPORATION"),
    _e("ofac-sdn", "18668", "Person", "RI, Chong Chol"),
    _e("evidence", "ministry-social-security", "Organization", "Ministry of Social Security", "사회안전성",
       countries=["kp"], former=("Ministry of People's Security", "인민보안성")),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(ENTITIES)


def test_merges_same_body_across_lists(matcher: Matcher) -> None:
    top = matcher.match(Query("q", "KOREA MINING DEVELOPMENT TRADING CORPORATION"))[0]
    assert top.source_ids == ["ofac:9345", "un:KPe.001"] and top.entity_id == "ofac-9345"
    assert top.member_ids == ["ofac-9345", "un-KPe.001"] and top.rank == 1 and top.match


@pytest.mark.parametrize("name", ["조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION", "Korea Lyonbong General Corp",
                                  "Korea Yonbong General Corporation", "Lyongaksan General Trading Corp"])
def test_ryonbong_in_every_writing(matcher: Matcher, name: str) -> None:
    top = matcher.match(Query("q", name))[0]
    assert "ofac:9347" in top.source_ids and "un:KPe.002" in top.source_ids and top.match, top.explanation


def test_former_name_from_evidence(matcher: Matcher) -> None:
    top = matcher.match(Query("q", "Ministry of People's Security"))[0]
    assert top.source_ids == ["evidence:ministry-social-security"] and top.match


@pytest.mark.parametrize("name,country", [("KOREA DEVELOPMENT BANK", None), ("한국산업은행", None),
                                          ("KOREA TRADING CO LTD", None), ("Korea Kwangson Banking Corp", "kr")])
def test_look_alikes_not_flagged(matcher: Matcher, name: str, country: str | None) -> None:
    assert not any(m.match for m in matcher.match(Query("q", name, country=country)))


def test_country_conflict_is_strong_negative(matcher: Matcher) -> None:
    same = matcher.match(Query("q", "KOREA KWANGSON BANKING CORP", country="kp"))[0]
    other = matcher.match(Query("q", "KOREA KWANGSON BANKING CORP", country="kr"))[0]
    assert same.match and other.score < same.score * 0.6 and "country" in other.features


def test_nothing_found_is_empty(matcher: Matcher) -> None:
    assert matcher.match(Query("q", "")) == []
    assert matcher.match(Query("q", "?!.,")) == []
    assert matcher.match(Query("q", "Zebulon Quartermaine Artisanal Cheese")) == []
    # 9,000 Hangul syllables: answered (cut to the analysed length), and nothing listed is that name
    assert not any(m.match for m in matcher.match(Query("q", "가나다" * 3000)))


def test_match_many_keeps_order(matcher: Matcher) -> None:
    out = matcher.match_many([Query("a", "KOMID"), Query("b", "리정철")])
    assert out[0][0].source_ids == ["ofac:9345", "un:KPe.001"] and out[1][0].source_ids == ["ofac:18668"]


def test_cluster_parties_across_scripts_and_forms() -> None:
    parties = [PartyName("a", "平度市大泽山镇美睫工艺品有限公司"), PartyName("b", "Pingdu Dazeshan Meijie Crafts Co., Ltd"),
               PartyName("c", "PINGDU DAZESHAN MEIJIE ARTS & CRAFTS CO LTD"),
               PartyName("d", "平度市大泽山镇华艺发制品有限公司"), PartyName("e", "Pingdu Dazeshan Huayi Hair Products Co Ltd"),
               PartyName("f", "")]
    ids = cluster_parties(parties)
    assert ids["a"] == ids["b"] == ids["c"] == "party:pingdu-dazeshan-meijie-arts-and-crafts-co-ltd"
    assert ids["d"] == ids["e"] != ids["a"] and ids["f"] not in (ids["a"], ids["d"])


@pytest.mark.slow  # the whole OFAC + UN lists: run by CI (`pytest -m slow`), timed only in benchmarks/
def test_full_lists() -> None:
    ents = (ofac.read([snapshot("sanctions/ofac/sdn.csv")]).entities
            + un.read([snapshot("sanctions/un/consolidated.xml")]).entities)
    m = Matcher(ents)
    want = {"KOREA RYONBONG GENERAL CORPORATION": "ofac:9347", "조선련봉총회사": "ofac:9347",
            "KOREA MINING DEVELOPMENT TRADING CORPORATION": "ofac:9345"}
    for name, sid in want.items():
        assert sid in m.match(Query("q", name))[0].source_ids
    assert not any(x.match for x in m.match(Query("q", "KOREA DEVELOPMENT BANK")))


def test_the_shortlist_keeps_the_name_the_keys_point_at_and_the_best_spelt(monkeypatch: pytest.MonkeyPatch) -> None:
    # as the index weighed them at a million names for a misspelt 'Chaikrakum Ivan': its rare word points at
    # Ivan Chaikrakum, while spelling alone (sorted skeletons) prefers Ibrahim and Ebrahim Ziban
    weights = {"Ivan CHAIKRAKUM": 16.5, "HSIEH I-Fa": 11.4, "Oleg Ripan": 8.6, "Ibrahim Ziban": 8.6,
               "Ebrahim Ziban": 8.6}
    m = Matcher([_e("ofac-sdn", str(i), "Person", n) for i, n in enumerate(weights)])
    from chainlight.resolve.rendering import render_name

    number = {n: i for i, n in enumerate(m.index.names)}
    monkeypatch.setattr(m.index, "scored_candidates",
                        lambda _qa, limit: [(number[n], w) for n, w in weights.items()][:limit])
    short = [m.index.names[i] for i in m._shortlist(render_name("ahikrakum Ivan"), 1)]
    assert short == ["Ivan CHAIKRAKUM", "Ibrahim Ziban"]
    assert m.match(Query("q", "ahikrakum Ivan", "Person"), limit=1)[0].entity_name == "Ivan CHAIKRAKUM"


def test_names_alike_in_skeleton_are_told_apart_by_their_spelling(monkeypatch: pytest.MonkeyPatch) -> None:
    # three Chinese namesakes the skeletons fold together ('su ueihui'); among more candidates than are fully
    # scored, the one written as the query is must reach the scorer
    names = ["Su Wei-Hui", "Hsu Wei-Hui", "SU Weihui", "苏伟辉", "Xu Weihui"]
    m = Matcher([_e("un-sc", str(i), "Person", n) for i, n in enumerate(names)])
    from chainlight.resolve import matcher as matcher_module
    from chainlight.resolve.rendering import render_name

    short = [m.index.names[i] for i in m._shortlist(render_name("Xu Weihui"), 1)]
    assert "Xu Weihui" in short
    assert m.match(Query("q", "Xu Weihui", "Person"), limit=1)[0].entity_name == "Xu Weihui"
    assert len(set(m.index.sketches)) == 1
    monkeypatch.setattr(matcher_module, "AS_WRITTEN", 0.0)  # skeletons alone cannot tell them apart
    assert "Xu Weihui" not in [m.index.names[i] for i in m._shortlist(render_name("Xu Weihui"), 1)]


def test_one_match_asked_for_is_the_first_by_list_id_between_perfect_namesakes() -> None:
    # two listed people of one name, the later list id indexed first: scoring stops early only where a tie
    # could not change the answer, so the single best match is still the one with the first list id
    m = Matcher([_e("un-sc", "9", "Person", "Kim Chol"), _e("un-sc", "8", "Person", "KIM CHOL")])
    for q in ("Kim Chol", "김철", "KIM CHOL"):
        one, two = m.match(Query("q", q, "Person"), limit=1), m.match(Query("q", q, "Person"), limit=2)
        assert [x.entity_id for x in one] == ["un-8"] == [x.entity_id for x in two][:1]
        assert one[0].score == 1.0
