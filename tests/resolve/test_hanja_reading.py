"""Names in Chinese characters are also read in Korean: the reading a DPRK body's own name has."""

from __future__ import annotations

import pytest

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, Query
from chainlight.resolve.hanja_reading import korean_reading
from tests.resolve.listed import ofac


@pytest.mark.parametrize(("written", "read"), [
    ("朝鮮大成銀行", "조선대성은행"),  # traditional
    ("朝鲜大成银行", "조선대성은행"),  # simplified
    ("朝鮮鉱業開発貿易会社", "조선광업개발무역회사"),  # Japanese forms
    ("白世鳳", "백세봉"),
    ("金正恩", "김정은"),  # 金 as a family name is 김, not 금
    ("沈光錫", "심광석"),  # 沈 as a family name is 심 (SIM Kwang Sok), not 침
    ("沈陽", "심양"),  # Shenyang, which Korean reads 심양 too (瀋陽)
    ("Korea Daesong Bank", None),
])
def test_korean_readings(written: str, read: str | None) -> None:
    assert korean_reading(written) == read


def test_a_hanzi_name_finds_the_korean_body_and_says_how() -> None:
    bank = Entity("ofac-12312", "Organization", "ofac-sdn", "12312", [Name("KOREA DAESONG BANK", "primary")])
    bank_cn = Entity("un-x", "Company", "un-sc", "x", [Name("DACHENG TRADING CO", "primary")])
    m = Matcher([bank, bank_cn])
    (top,) = m.match(Query("q", "朝鲜大成银行"), limit=1)
    assert top.entity_id == "ofac-12312" and top.match
    assert "read in Korean: 朝鲜大成银行 → 조선대성은행" in top.explanation and top.query_name == "朝鲜大成银行"


def test_a_name_with_an_organisation_word_is_not_taken_for_a_person() -> None:
    firm = Entity("ofac-12212", "Company", "ofac-sdn", "12212",
                  [Name("GREEN PINE ASSOCIATED CORPORATION", "primary"), Name("CHO'NGSONG UNITED TRADING COMPANY",
                                                                              "alias")])
    person = Entity("ofac-48269", "Person", "ofac-sdn", "48269", [Name("JONG, Song Ho", "primary")])
    m = Matcher([firm, person])
    top = m.match(Query("q", "青松联合"), limit=3)
    assert top[0].entity_id == "ofac-12212"
    assert all(x.entity_id != "ofac-48269" or not x.match for x in top)
    # a person's own name is untouched
    assert m.match(Query("q", "정송호"), limit=1)[0].entity_id == "ofac-48269"


def test_a_simplified_character_is_read_by_its_traditional_form() -> None:
    # 万寿台 (a Chinese report on Mansudae's overseas arm): 台 alone reads 태, but it is the simplified 臺 대; 技术's
    # 术 alone reads 출, but it is 術 술
    assert korean_reading("万寿台海外建设技术服务") == "만수대해외건설기술복무"
    assert korean_reading("萬壽臺") == "만수대"
    assert korean_reading("朝鮮鉱業開発貿易会社") == "조선광업개발무역회사"  # Japanese forms as before


def test_a_japanese_form_is_read_by_the_word_it_stands_in() -> None:
    # 総 stands for 總 (총) and for 綜 (종): OpenCC's jp2t phrases give the word (総合 綜合 종합, the Korea Complex
    # Equipment Import Corporation of a Japanese report; 偵察総局 總局 총국, the Reconnaissance General Bureau)
    assert korean_reading("朝鮮総合設備輸入会社") == "조선종합설비수입회사"
    assert korean_reading("偵察総局") == "정찰총국"
    assert korean_reading("朝鮮労働党") == "조선로동당"
    # a Chinese name in traditional characters has no Japanese form and is read as before
    assert korean_reading("萬壽臺創作社") == "만수대창작사"


# --- from tests/resolve/test_realworld_v10_readings.py: Readings and look-alike signs added on the tenth
# real-world set's dev half (issue 14, twelfth round): an honorific after a person's name, 金 in a body's
# name, the party written alone before its organ, a dictionary sense's light head, a loanword spelt with
# Sino-Korean syllables only, and a Hangul name's own syllables against a listed romanization. The names are
# those the sets' documents write; the entries are OFAC's (some ids stand in).


def test_a_first_gold_in_a_bodys_name_is_the_word_not_the_surname() -> None:
    assert korean_reading("金剛銀行") == "금강은행"  # KUMGANG BANK, not 김강은행
    assert korean_reading("金星会社") == "금성회사"
    assert korean_reading("金正恩") == "김정은"  # a person's name keeps the surname reading
    assert korean_reading("金東明") == "김동명"
    m = Matcher([ofac("20571", "Organization", "KUMGANG BANK", program="DPRK3")])
    top = m.match(Query("q", "金剛銀行"), 1)
    assert top and top[0].entity_id == "ofac-20571" and top[0].match
