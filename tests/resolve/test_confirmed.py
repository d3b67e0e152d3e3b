"""Confirmed names (resolve/confirmed.py): a name analysts tied to a listed body in a public document is that body
when written alike again; the store holds the seen real-world sets' bodies only, no person, no disputed form."""

from __future__ import annotations

from chainlight.resolve import confirmed
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac


def test_written_alike_up_to_spaces_punctuation_and_character_forms() -> None:
    assert confirmed.written_key("大連宇聯船務有限公司") == confirmed.written_key("大连宇联 船务有限公司")
    assert confirmed.written_key("조선 4.26 아동영화촬영소") == confirmed.written_key("조선4·26아동영화촬영소")
    assert confirmed.written_key("Korea  Ryonbong, Gen. Corp") == "korearyonbonggencorp"


def test_a_name_written_with_other_spacing_finds_its_judgement() -> None:
    # set 1 wrote 고려항공무역회사, set 14 고려항공 무역회사: AIR KORYO TRADING CORPORATION either way
    one, other = confirmed.lookup("고려항공무역회사"), confirmed.lookup("고려항공 무역회사")
    assert one is not None and one == other and one.source_url.startswith("http")
    assert confirmed.lookup("") is None and confirmed.lookup("高") is None  # too little to remember


def test_a_name_with_a_bracketed_aside_is_looked_up_without_it() -> None:
    # set 16 wrote set 11's 서방해운주식회사 with its characters in brackets, and a Chinese page adds (音译)
    # (since set 16 is seen the store also holds the bracketed forms themselves, with their own pages: the bodies
    # are compared, and a shorter aside no set wrote shows the reading)
    plain = confirmed.lookup("서방해운주식회사")
    bracketed = confirmed.lookup("서방해운주식회사(瑞邦海運股份有限公司)")
    assert plain is not None and bracketed is not None and bracketed.ids == plain.ids
    assert confirmed.lookup("서방해운주식회사(瑞邦)") == plain
    transliterated, bare = confirmed.lookup("真荣信息技术开发协助公司(音译)"), confirmed.lookup("真荣信息技术开发协助公司")
    assert transliterated is not None and bare is not None and transliterated.ids == bare.ids
    # an aside that is another body's confirmed name leaves the name unjudged
    assert confirmed.lookup("서방해운주식회사(고려항공무역회사)") is None
    assert confirmed.lookup("(주)에이스 마린") is None


def test_the_store_is_what_the_seen_sets_give() -> None:
    # written by benchmarks/resolve/realworld/confirmed_names.py from the sets whose both halves are scored: a
    # set not yet seen must not reach the answers that measure it
    from benchmarks.resolve.realworld import confirmed_names

    rows = [r for s in confirmed_names.seen_sets() for r in confirmed_names.run.load("all", s)]
    built = confirmed_names.build(rows)
    assert {k: tuple(v["ids"].split()) for k, v in built.items()} == {k: c.ids for k, c in confirmed.table().items()}


def test_persons_look_alikes_and_disputed_forms_are_left_out() -> None:
    from benchmarks.resolve.realworld.confirmed_names import build

    rows = [
        {"name": "远东银行", "kind": "entity", "expected": ["ofac-37517"]},
        {"name": "遠東銀行", "kind": "lookalike", "expected": []},  # a Taiwanese bank: the same characters
        {"name": "김영철", "kind": "person", "expected": ["ofac-18870"]},  # a person's name alone has namesakes
        {"name": "동방은행", "kind": "entity", "expected": ["ofac-1"]},
        {"name": "동방 은행", "kind": "entity", "expected": ["ofac-2"]},  # two bodies for one written form
        {"name": "조선광업개발무역회사", "kind": "entity", "expected": ["ofac-9345"]},
    ]
    assert list(build(rows)) == [confirmed.written_key("조선광업개발무역회사")]


def _matcher() -> Matcher:
    m = Matcher([ofac("12212", "Organization", "GREEN PINE ASSOCIATED CORPORATION", "CHONGSONG YONHAP",
                         program="NPWMD"),
                    ofac("12213", "Person", "JONG, Song Ho", program="DPRK")])
    m.use_confirmed = True  # (tests/resolve/conftest.py turns the store off for the readings' tests)
    return m


def test_the_matcher_answers_a_confirmed_name_first() -> None:
    m = _matcher()
    got = m.match(Query("q", "青松联合"), 3)  # Green Pine in Chinese characters, as a Chinese page wrote it
    assert [x.entity_id for x in got][:1] == ["ofac-12212"] and got[0].score == 1.0 and got[0].match
    assert got[0].rank == 1 and "public document" in got[0].explanation and "http" in got[0].explanation
    assert [x.rank for x in got] == list(range(1, len(got) + 1))


def test_without_the_store_or_against_what_the_query_says_the_readings_answer() -> None:
    m = _matcher()
    assert m.match(Query("q", "青松联合", schema="Person"), 3)[0].features.get("confirmed_name") is None
    m.use_confirmed = False
    got = m.match(Query("q", "青松联合"), 3)
    assert all("confirmed_name" not in x.features for x in got)
