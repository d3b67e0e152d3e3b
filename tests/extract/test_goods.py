"""goods.py: goods words in English, Korean and Chinese -> the classifier's risk category and HS code.  Cases from the
real-world sets' texts, grouped below by the file they came from."""

from __future__ import annotations

from chainlight.classify import Classifier
from chainlight.extract import chinese
from chainlight.extract.goods import find_goods
from chainlight.extract.phrases import candidates
from tests.extract.readings import figures, goods

# --- from tests/extract/test_real_text.py: What real reports need (issue 15): dates read against the
# publication date, Korean figures, imports, channels, goods beyond hair, and organisations of the chain
# apart from the authority that names them.


def test_goods_beyond_hair_with_hs_codes(classifier: Classifier) -> None:
    found = {h.value["category"]: h.value for h in find_goods(
        "Forced labor continued in brick making, cement manufacturing, coal mining, gold mining, logging and "
        "seafood processing; small electronics and dolls were exported.", classifier)}
    assert set(found) == {"bricks", "cement", "coal", "minerals", "timber", "seafood", "electronics", "toys"}
    assert found["coal"]["hs"] == "2701" and found["seafood"]["hs"] == "03"
    assert found["toys"]["hs6"] == "950300"  # the classifier knows dolls
    (doll,) = find_goods("prisoners were forced to affix eyelashes on dolls", classifier)
    assert doll.value["category"] == "toys"  # doll parts, not false eyelashes
    declared = find_goods("'편물을 제외한 의류'(HS코드 62)가 1위", classifier)
    assert [(h.value["category"], h.value["hs"]) for h in declared] == [("apparel", "62")]
    assert {h.value["category"] for h in find_goods("수산물과 인형, 석탄", classifier)} == {"seafood", "toys", "coal"}


# --- from tests/extract/test_real_text_v3.py: Classes found on the third real-world set (issue 15): lists
# of places and where workers are, Korean months without a year, dates of enactments and of estimates,
# numbers in Hangul numerals, counts of people who are employed, ranges that share their scale, a firm named
# by apposition, false beards.


def test_false_beards_in_a_list_of_hair_goods() -> None:
    cats = {g.value["category"] for g in find_goods("가발과 수염, 눈썹 등의 제품을 수출했다", None)}
    assert "hair_pieces" in cats
    assert not find_goods("그는 수염을 길렀다", None)


# --- from tests/extract/test_real_text_v5.py: Classes found on the fifth real-world set's dev half (issue
# 15): Korean 노동력을 수출 (labour sold abroad, the object marked), 해삼 (sea cucumber) as seafood, English "N new
# workers". Sentences written for the test in the words press reports use, not the set's quotes.


def test_sea_cucumber_is_seafood() -> None:
    assert {g.value["category"] for g in find_goods("단둥 시장에서 북한산 해삼이 팔린다")} == {"seafood"}


def test_korean_goods_words_from_seen_held_out_halves() -> None:
    def cats(text: str) -> set[str]:
        return {g.value["category"] for g in find_goods(text)}
    assert cats("북한 여성들이 단둥의 봉제공장에서 일한다") == {"apparel"}
    assert "human_hair" in cats("중국산 인모 가발이 수출됐다")
    assert cats("북한산 채소와 과일을 들여왔다") == {"agricultural"}
    assert not cats("인모드 시술 기기")


# --- from tests/extract/test_real_text_v6.py: Classes found on the sixth real-world set's dev half and the
# seen halves of sets 1-5 (issue 15): Korean open periods, Russia's places, Korean routes and buyers,
# figures written the way broadcasters and Chinese reports write them, channels named by a noun or a
# passive, and firms named without a legal form. Sentences written for the test in the words press reports
# use, not the sets' quotes.


def test_korean_artificial_eyebrow_word_and_sources_of_figures() -> None:
    from chainlight.extract.goods import find_goods
    assert {g.value["category"] for g in find_goods("가발과 인조눈썹을 수출했다")} == {"wigs", "false_eyelashes"}
    assert not [c for c in candidates("according to Russian Interior Ministry records") if c.type == "organisation"]


# --- from tests/extract/test_real_text_v7.py: Classes found on the seventh real-world set's dev half and
# the seen halves of sets 1-6 (issue 15): where North Korean workers are as Korean reports say it (a
# workplace in a place, a place as the centre, 자국 내, 간/방문), North Koreans counted as they enter a country or
# by the visas they get, months without a year in English, the base of a Korean comparison, treaties and
# advisories that date themselves, labour export and smuggling phrased as reports phrase them, and two firms
# joined by "and". Sentences written for the test in the words press reports use, not the sets' quotes.


def test_sectors_of_work_name_goods() -> None:
    from chainlight.extract.goods import find_goods

    def goods(text: str) -> set[str]:
        return {h.value["category"] for h in find_goods(text)}

    assert goods("inmates do sewing and cooking for other prisoners") == {"apparel"}
    assert goods("prisoners repair sewing machines") == set()
    assert goods("outdoor work consists of cultivating crops like rice and corn") == {"agricultural"}


def test_beards_listed_with_wigs_and_workdays_of_hours() -> None:
    from chainlight.extract.goods import find_goods

    assert {h.value["category"] for h in find_goods("exports of wigs, beards and eyelashes rose")} == {
        "wigs", "hair_pieces", "false_eyelashes"}
    assert {h.value["category"] for h in find_goods("imports of fake beards rose")} == {"hair_pieces"}
    assert find_goods("the manager grew a beard") == []
    assert figures("escapees described workdays of up to 18 hours") == {"work_hours=18"}


def test_goods_supplied_to_north_korea_are_not_its_chain() -> None:
    from chainlight.extract.goods import find_goods

    assert find_goods("a Chinese company supplying the DPRK government with electronics equipment") == []
    assert find_goods("a firm supplying North Korea's army with textiles") == []
    assert {h.value["category"] for h in find_goods("North Korea supplied Chinese buyers with wigs")} == {"wigs"}


# --- from tests/extract/test_real_text_v8.py: Classes found on the eighth real-world set's dev half (issue
# 15): coal carried against the ban (ship-to-ship and ship-to-barge transfers, cargo reloaded at a third
# country's port), where it lands, China as 我国, production moved to North Korea, a space before 万 in a
# copied figure, host countries of firms and of workers received, and ranges of dates closed by 같은 달.
# Sentences written for the test in the words press reports use, or quoted from the dev half.


def test_korean_felling_is_timber() -> None:
    assert {g.value["category"] for g in find_goods("시베리아 벌채 현장에 북한 노동자가 일한다", Classifier())} == {"timber"}


def test_anthracite_and_dredged_sand() -> None:
    def cats(text: str) -> set[str]:
        return {g.value["category"] for g in find_goods(text, Classifier())}

    assert cats("North Korea shipped anthracite to Vietnam") == {"coal"}
    assert cats("북한산 무염탄 2천t을 실은 선박") == {"coal"}
    assert cats("북한산 모래를 중국으로 반출했다") == {"minerals"}
    assert cats("朝鲜河砂出口到中国") == {"minerals"}
    # an hourglass is no sand trade
    assert "minerals" not in cats("모래시계를 선물했다")


# --- from tests/extract/test_real_text_v8_heldout.py: Classes found on the eighth real-world set's held-out
# half after it was scored once (issue 15, ninth round): transshipment (환적) of North Korean cargo at sea,
# North Korean workers counted as they take jobs abroad, workers conveyed or picked at home and sent (输送劳工,
# 被选中后送往), materials exported and the made-up goods imported back, cargo moved to a country's barge (옮기는),
# exports "to China" with the goods between (对中国的纺织品出口), where workers are based (以……为据点), IT jobs and their
# employers' countries, a firm's IT workers, the year of a figure a rise starts from (从2010年的16.0%), hours
# of work without "a day", a death told in two clauses, the press's "$88m" and "£70m", "so-called" laptop
# farms in quotation marks, dredged soil as minerals, prosecutors and their officers as no organisations of
# a chain, and an initialism before a glossed Korean name. The first sentence of each test is the held-out
# quote; the others are written for the test, and the negatives keep each class from reaching too far.


def test_korean_dredged_soil_is_minerals() -> None:
    cats = {g.value["category"] for g in find_goods("북한은 최소 100만 톤의 하천 준설토도 중국으로 수출했으며", Classifier())}
    assert cats == {"minerals"}


# --- from tests/extract/test_real_text_v8classes.py: Classes read on the seventh real-world set's held-out
# half after its one scoring (issue 15, round 8): counts of workers with the words that say which workers,
# rows of a table of counts without their noun, hiring a state's workers as labour export, a country that
# issues work visas as the host, an export verb far from its places, Chinese relabelling and names (名为…的工厂,
# buyers listed in Han or Latin), Korean buyers glossed in Latin, iron and 胡须 in a list of goods, spans of
# months counted back from a month, and the year four quarters add up to. Sentences written for the test in
# the words press reports use, not the sets' quotes.


# ------------------------------------------------------------------------------------------- goods, periods
def test_iron_and_beards_in_a_list_of_goods() -> None:
    assert goods("exports of coal, iron and seafood") >= {"coal", "minerals", "seafood"}
    assert "minerals" not in goods("The regime rules with an iron fist, and workers obey.")
    assert goods("朝鲜向中国出口假发、胡须和假睫毛") == {"wigs", "hair_pieces", "false_eyelashes"}


# --- from tests/extract/test_real_text_v9.py: Classes found on the ninth real-world set's dev half (issue
# 15): North Korean workers in Poland, the Gulf and Africa, and the statues its studios make abroad. Country
# names from CLDR in Korean and in Taiwan's Chinese, lists of countries named as clients, buyers that order
# or pay, labour export named by its hosts, firms named in lists, quotes and with European legal forms, 万亿
# and amounts in 人民币. Sentences written for the test in the words press reports use.


# ----------------------------------------------------------------------------------------------- goods
def test_hair_that_ends_another_chinese_word_is_no_goods(classifier: Classifier) -> None:
    assert not find_goods(chinese.simplified("50名朝鮮工人發生罷工"), classifier)
    assert {g.value["category"] for g in find_goods("朝鲜向中国出口人发和假发", classifier)} == {"human_hair", "wigs"}


def test_greenhouses_and_mining_name_their_goods(classifier: Classifier) -> None:
    assert {g.value["category"] for g in find_goods("The workers tend greenhouses near the border", classifier)} == \
        {"agricultural"}
    assert {g.value["category"] for g in find_goods("劳工被派往采矿企业", classifier)} == {"minerals"}
    # the clothes a person wears are no goods of the chain
    assert not find_goods("The welder died when his clothes caught fire", classifier)


# --- from tests/extract/test_real_text_v9_heldout.py: Period classes found on the ninth real-world set's
# held-out half once it was seen (round 10 of issue 15): dates of statements and reports, founding years,
# "the same year" and "two years ago" in Korean, and a long speaker before 披露 in Chinese. Sentences written
# for the test in the words press reports use.


# ----------------------------------------------------------------------------------------------- goods
def test_metals_in_a_list_with_coal_and_the_chinese_word_for_a_wig(classifier: Classifier) -> None:
    assert {g.value["category"] for g in find_goods("Inmates mine coal, zinc, lead and other ores.", classifier)} == {
        "coal", "minerals"}
    assert not find_goods("The party will lead, and the others follow.", classifier)
    assert {g.value["category"] for g in find_goods("女工们在工厂里手工钩织发套", classifier)} == {"wigs"}
