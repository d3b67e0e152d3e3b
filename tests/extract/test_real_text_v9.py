"""Classes found on the ninth real-world set's dev half (issue 15): North Korean workers in Poland, the Gulf and Africa,
and the statues its studios make abroad.  Country names from CLDR in Korean and in Taiwan's Chinese, lists of countries
named as clients, buyers that order or pay, labour export named by its hosts, firms named in lists, quotes and
with European legal forms, 万亿 and amounts in 人民币.  Sentences written for the test in the words press reports use."""

from __future__ import annotations

from chainlight.classify import Classifier
from chainlight.extract import chinese
from chainlight.extract.goods import find_goods
from chainlight.extract.phrases import candidates
from chainlight.extract.quantities import find_quantities
from tests.extract.readings import channels, organisations, places


def zh_figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in chinese.find_quantities(chinese.simplified(text))}


def zh_places(text: str) -> set[str]:
    return {h.value["country"] for h in chinese.find_destinations(chinese.simplified(text))}


def zh_names(text: str) -> set[str]:
    return {text[h.start:h.end] for h in chinese.find_names(chinese.simplified(text))}


def figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in find_quantities(text)}


# ----------------------------------------------------------------------------------------------- figures
def test_chinese_trillion_is_one_scale() -> None:
    assert zh_figures("派遣劳工每年为朝鲜带来超过3萬億韓元的收入") == {"money=3000000000000"}


def test_chinese_amount_in_renminbi_after_the_number() -> None:
    assert zh_figures("收益约合85億人民幣") == {"money=8500000000"}


def test_chinese_count_before_a_clause_about_the_workers() -> None:
    assert zh_figures("三名在阿联酋迪拜工作的朝鲜工人逃离了工地") == {"workers=3"}
    assert zh_figures("60多名在俄罗斯工作的朝鲜建筑工人被遣返") == {"workers=60"}


def test_chinese_staff_counted_in_persons_and_hours_after_a_long_phrase() -> None:
    assert zh_figures("该创作社员工超过3000人") == {"workers=3000"}
    assert zh_figures("工人每天在高温的工地上连续劳动12-14小时") == {"work_hours=12"}


def test_english_quoted_worker_noun_and_one_death() -> None:
    assert figures('Some 300 North Korean "contract labourers" build ships there') == {"workers=300"}
    assert figures("Inspectors looked into the death of a North Korean worker at the yard") == {"deaths=1"}


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


# ----------------------------------------------------------------------------------------------- destinations
def test_korean_country_names_from_cldr() -> None:
    assert places("북한 노동자 200명이 모잠비크 건설 현장에 투입돼 근무하고 있다") == {"mz"}
    # a list the sentence calls countries: members spelt otherwise than CLDR are read by their nearest name
    assert places("북한은 보스와나, 앙골라, 베닌 등 아프리카 국가들에서 동상을 제작했다") == {"bw", "ao", "bj"}
    # no exact country in the list: nothing is guessed
    assert places("북한은 가나다, 라마바 등 여러 나라에서 동상을 제작했다") == set()


def test_korean_buyers_of_statues_order_contract_or_pay() -> None:
    assert places("만수대창작사가 짐바브웨의 의뢰를 받아 동상을 제작했다") == {"zw"}
    assert places("나미비아도 지난해 북한의 만수대창작사와 동상 건설 계약을 맺었다") == {"na"}
    assert places("2012년 세네갈에 건립한 기념 동상") == {"sn"}


def test_chinese_taiwan_country_names_and_commissioners() -> None:
    assert zh_places("北韓幫辛巴威、莫三比克等領導人做過雕像") == {"zw", "mz"}
    assert zh_places("萬壽台正在生產一座納米比亞總統的雕像") == {"na"}
    assert zh_places("安哥拉的独立纪念碑也是朝鲜的出口作品之一") == {"ao"}
    assert zh_places("接收了大批朝鲜工人的俄罗斯和蒙古") == {"ru", "mn"}
    # a leader or a government named in a sentence about sanctions orders nothing
    assert zh_places("美国总统表示将制裁生产假发的中国公司") == set()


def test_english_clients_orders_and_earnings() -> None:
    assert places("Benin, Togo and the Democratic Republic of the Congo are also clients") == {"bj", "tg", "cd"}
    assert places("The camp made 5,000 sweaters ordered by Sweden in 1989") == {"se"}
    assert places("North Korea has earned $12.5 million from Botswana alone") == {"bw"}
    assert places("Russia and Mongolia, which host thousands of North Korean laborers") == {"ru", "mn"}
    assert places("Malta is one of the few countries still hosting North Korean workers") == {"mt"}
    # praise is no money, and countries that are not the clients are none
    assert places("It earned praise from Japan for the move") == set()
    assert places("North Korean firms are clients of banks in China and Singapore") == set()
    # a country that speaks of the workers in its own land (자국) hosts them
    assert places("카타르는 그동안 자국에 북한 공관을 두지 않았지만 북한 근로자 수가 늘었다") == {"qa"}
    assert places("미국은 자국에 들어오는 북한산 제품을 금지하고 북한 노동자가 만든 물품 수입을 막았다") == set()


# ----------------------------------------------------------------------------------------------- channels
def test_contract_processing_by_order_and_work_sent_to_north_korea() -> None:
    assert "contract_processing" in channels("The inmates made 2,000 dolls ordered by Italy")
    assert "contract_processing" in channels("중국 업체들은 주문 물량을 북한으로 보내 가발을 제조한다")
    assert "relabelling" in channels("상표에는 ‘메이드 인 차이나’로만 적혀 있다")


def test_labour_export_named_by_its_hosts_and_sending() -> None:
    assert "labour_export" in channels("Hungary is still hosting North Korean workers")
    assert "labour_export" in channels("North Korean workers at three other shipyards")
    assert "labour_export" in channels("the labourers it sends overseas earn little")
    assert "labour_export" in channels("two North Korean firms were named as providing labourers")
    assert "labour_export" in channels("주로 북한의 무역회사들이 외화벌이 차원에서 송출하고 있다")
    assert "labour_export" in chinese_channels("该工地雇用了约80名朝鲜人")
    assert "labour_export" in chinese_channels("朝鲜海外工人的工资被没收")


def chinese_channels(text: str) -> set[str]:
    return channels(chinese.simplified(text))


# ----------------------------------------------------------------------------------------------- organisations
def test_firms_with_european_legal_forms_and_corp() -> None:
    assert organisations("The employers are the shipbuilders Baltica SA and Morska AG.") == ["Baltica SA", "Morska AG"]
    assert organisations("Korea Pugang General Corp and Korea Mirae Trading Corp supply workers") == \
        ["Korea Pugang General Corp", "Korea Mirae Trading Corp"]


def test_korean_firms_listed_after_their_kind_and_quoted_with_a_gloss() -> None:
    found = [(c.type, "".join(c.queries[:1])) for c in candidates("북한의 건설회사들인 만경건설, 대동건설 등이 노동자를 파견한다")]
    assert ("organisation", "만경건설") in found and ("organisation", "대동건설") in found
    assert "립 컬" in organisations("호주의 의류 업체인 ‘립 컬(Rip Curl)’사는 사과했다")
    assert any(n.startswith("만수대") for n in organisations("북한의 만수대 창작사가 동상을 제작했다"))


def test_chinese_quoted_firm_studio_and_security_department() -> None:
    assert "朝鮮建設公司" in zh_names("這些工人所屬的「朝鮮建設公司」被點名")
    assert "萬壽台創作社" in zh_names("萬壽台創作社員工超過4000人")
    found = [c for c in candidates("兩名朝鮮工人躲過朝鮮保衛部的監視") if c.type == "organisation"]
    assert [c.queries[0] for c in found] == ["朝鮮保衛部"]


def test_trie_pattern_matches_as_the_longest_first_alternation() -> None:
    import re

    from chainlight.trie_pattern import trie_pattern

    names = ["인도", "인도네시아", "러시아", "러시아연방", "미국", "미얀마", "나미비아"]
    rx = re.compile(trie_pattern(names))
    text = "인도네시아와 러시아연방, 미얀마, 인도, 나미비아, 미국산"
    assert [m.group() for m in rx.finditer(text)] == ["인도네시아", "러시아연방", "미얀마", "인도", "나미비아", "미국"]
    longest = re.compile("(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")")
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in longest.finditer(text)]
