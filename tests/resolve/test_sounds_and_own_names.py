"""Foreign names written in Hangul spelt back by the loanword orthography, and a firm's own name translated only
toward bodies the lists tie to Korea, China or Japan.  List names and programmes are OFAC SDN entries as OFAC
writes them; the queries are names as Korean documents write them (benchmarks/resolve/realworld sets 3-5)."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.loanwords import loan_spelling, sounds_alike
from tests.resolve.listed import ofac as _e


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        _e("22607", "Company", "GEFEST-M LLC", program="NPWMD"),
        _e("42876", "Company", "GEFESD LTD", program="RUSSIA-EO14024"),
        _e("22605", "Company", "TRANSATLANTIC PARTNERS PTE. LTD.", program="DPRK3"),
        _e("24606", "Company", "COMMERCIAL BANK AGROSOYUZ", program="DPRK4"),
        _e("24450", "Company", "PRIMORYE MARITIME LOGISTICS CO LTD", "PML CO LTD", program="DPRK4"),
        _e("12212", "Company", "GREEN PINE ASSOCIATED CORPORATION", program="DPRK"),
        _e("23261", "Company", "INTERNATIONAL DIAMOND INDUSTRIES", "IDI", program="GLOMAG"),
        _e("8393", "Company", "ORIENT SHIPPING LIMITED", program="IRAQ2"),
    ])


def _top(m: Matcher, name: str) -> tuple[str, bool]:
    got = m.match(Query("q", name), limit=3)
    return (got[0].entity_name, got[0].match) if got else ("", False)


def test_the_orthography_spells_z_and_an_l_between_vowels() -> None:
    assert loan_spelling("아그로소유즈") == "agrosoyuz"  # 즈 is z, which the romanization writes j
    assert loan_spelling("트랜슬랜틱") == "translantik"  # ㄹㄹ is one l (슬랜 -slan-)
    assert loan_spelling("게페스트") == "gepest"


def test_a_spelling_back_keeps_the_consonants_hangul_keeps() -> None:
    assert sounds_alike("gepest", "gefest")  # 페 writes p and f alike
    assert not sounds_alike("gepest", "gefesd")  # 트 is t, d would be 드
    assert sounds_alike("translantik", "transatlantic")  # a consonant dropped in nine


@pytest.mark.parametrize(("name", "listed"), [
    ("게페스트", "GEFEST-M LLC"),  # cut as cap + star by English consonants; spelt back whole it is Gefest
    ("게페스트-M LLC", "GEFEST-M LLC"),
    ("트랜슬랜틱 파트너스", "TRANSATLANTIC PARTNERS PTE. LTD."),  # no English word has its consonants
    ("아그로소유즈 상업은행", "COMMERCIAL BANK AGROSOYUZ"),
    ("프리모례 해운물류회사", "PRIMORYE MARITIME LOGISTICS CO LTD"),  # 해운 read as the analyser's shipping too
])
def test_a_foreign_name_in_hangul_is_spelt_back(matcher: Matcher, name: str, listed: str) -> None:
    assert _top(matcher, name) == (listed, True)


def test_gefest_is_not_gefesd(matcher: Matcher) -> None:
    for m in matcher.match(Query("q", "게페스트"), limit=5):
        assert m.entity_name != "GEFESD LTD" or not m.match


@pytest.mark.parametrize("name", [
    "동방해운",  # Dongbang Shipping (Busan); 東方 "orient" is no ORIENT SHIPPING LIMITED (Iraq programme)
    "금강공업",  # Kumgang Industrial (Seoul); 金剛 "diamond" is no INTERNATIONAL DIAMOND INDUSTRIES (GLOMAG)
])
def test_a_korean_firms_own_name_is_not_translated_toward_a_body_of_elsewhere(matcher: Matcher, name: str) -> None:
    assert not any(m.match for m in matcher.match(Query("q", name), limit=5))


def test_a_korean_bodys_own_name_is_still_translated_toward_its_listing(matcher: Matcher) -> None:
    # 청송 (靑松) is green pine: the lists render this North Korean body's name in English
    got = matcher.match(Query("q", "청송연합"), limit=1)
    assert got and got[0].entity_name == "GREEN PINE ASSOCIATED CORPORATION" and got[0].match
    assert "청송" in got[0].explanation


def test_united_in_characters_is_a_word_of_the_vocabulary_not_an_own_name() -> None:
    from chainlight.model.entity import Entity, Name

    # 青松(チョンソン)連合 (Green Pine, as a Japanese page writes it) against KOREA RYONHA MACHINERY JOINT VENTURE
    # CORPORATION, whose Chinese name 朝鲜联合机械贸易会社 the UN lists: read in pinyin, 联合 (united) was an own
    # name both shared, and チョンソン then passed for a misspelt choson (Korea) at 0.96
    ryonha = Entity("un-KPe.016", "Organization", "un-sc", "KPe.016",
                    [Name("KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION", "primary"),
                     Name("朝鲜联合机械贸易会社", "alias")], countries=["kp"])
    m = Matcher([ryonha, _e("12212", "Company", "GREEN PINE ASSOCIATED CORPORATION", program="DPRK")])
    got = m.match(Query("q", "青松(チョンソン)連合"), limit=1)
    assert got[0].entity_name == "GREEN PINE ASSOCIATED CORPORATION" and got[0].match


def test_a_japanese_joint_venture_is_one() -> None:
    # ジンミョン合弁銀行 (JINMYONG JOINT BANK, as Japanese news write it): 合弁, Japanese for joint venture, as 합영
    m = Matcher([_e("23006", "Company", "JINMYONG JOINT BANK", program="DPRK4")])
    got = m.match(Query("q", "ジンミョン合弁銀行"), limit=1)
    assert got and got[0].entity_name == "JINMYONG JOINT BANK" and got[0].match
