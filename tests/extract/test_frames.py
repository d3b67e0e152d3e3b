"""frames.py: labour export and processing on commission read as frames of word classes, in three languages."""

from __future__ import annotations

import pytest

from chainlight.extract import chinese
from chainlight.extract.frames import (
    LABOUR_RULE,
    PROCESSING_RULE,
    labour_frames,
    processing_frames,
    worker_counts,
)


@pytest.mark.parametrize(("text", "lang", "topic"), [
    # worker + move + place abroad, North Korea named
    ("North Korea deploys thousands of skilled IT workers globally to earn revenue.", "en", False),
    # no North Korea in the sentence, but a verb of sending and a foreign country (a quote cut from a report)
    ("The country sent thousands of workers to construction sites across Russia last year.", "en", False),
    # the workers named as North Korea's need no place
    ("Few firms admit to hiring DPRK workers.", "en", False),
    # a sentence of a paragraph about the workers abroad
    ("Most of the staff work twelve hours a day in Mongolia.", "en", True),
    ("북한의 IT 노동자들이 다른 나라 국적으로 해외에서 근무하는 것으로 나타났다.", "ko", False),
    ("북한 의료진이 아프리카 여러 나라에 나가 있다.", "ko", False),
    ("朝鲜向俄罗斯派去三千多名工人赚取外汇。", "zh", False),
    # (round 28) workers sent home were abroad; countries counted and the world are abroad; deployed is a move
    ("中国当局上周把数百名朝鲜工人遣返回国。", "zh", False),
    ("朝鲜当局的目标是每年向全球30个国家输出一万名劳工。", "zh", False),
    ("朝鲜政权部署了数以千计的IT工作人员,混入全球劳动力市场。", "zh", False),
    # the place the sentence stands at (a report from the site abroad); North Korea's women named as its workers
    ("来自平壤和南浦的60多名工人在这里工作。", "zh", False),
    ("该店有约80名朝鲜年轻女子在此工作。", "zh", False),
])
def test_labour_frame_read(text: str, lang: str, topic: bool) -> None:
    hits = labour_frames(text, lang, topic)
    assert [h.value for h in hits] == [{"channel": "labour_export"}]
    assert hits[0].rule == LABOUR_RULE
    assert text[hits[0].start:hits[0].end] == hits[0].text


@pytest.mark.parametrize(("text", "lang"), [
    # at home, in a camp: no export
    ("North Korean workers in Pyongyang work twelve hours a day.", "en"),
    ("Prisoners in the labor camps work on farms for export to China.", "en"),
    # no worker, or workers of no North Korean sentence and no move abroad
    ("Exports to China fell by half last year.", "en"),
    ("Local workers in Poland earn the minimum wage.", "en"),
    # Korean and Chinese workers in a factory making goods are the goods' chain (sets 3-6)
    ("이 공장에는 400여 명의 북한 노동자가 일하고 있다.", "ko"),
    ("记者还发现了朝鲜工人在木材加工和服装制造业工作。", "zh"),
    ("북한 주민들이 국내에서 일하고 있다.", "ko"),
    # a deadline to send the workers home: its period alone (the README's deadline convention; round 28)
    ("决议要求各国在2019年12月22日前遣返所有在本国的朝鲜劳工。", "zh"),
])
def test_labour_frame_not_read(text: str, lang: str) -> None:
    assert labour_frames(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Wigs are manufactured under contract at the camp.", "en"),
    ("The firms export contract-manufactured products to China.", "en"),
    ("Using raw materials sent from China, inmates made wigs and bags.", "en"),
    ("중국 회사에서 수입한 원자재로 속눈썹을 생산한 뒤 중국으로 다시 판매한다.", "ko"),
    ("중국 기업의 위탁업무를 수행하는 북한 회사들", "ko"),
    ("工厂从中国进口材料,制成服装后再向中国出口。", "zh"),
    ("其中一部分生产外包给朝鲜的工厂。", "zh"),
])
def test_processing_frame_read(text: str, lang: str) -> None:
    hits = processing_frames(text, lang)
    assert [h.value for h in hits] == [{"channel": "contract_processing"}]
    assert hits[0].rule == PROCESSING_RULE


@pytest.mark.parametrize(("text", "lang"), [
    ("The firm received 200,000 orders and made a profit.", "en"),
    ("이 업체는 20만 건 이상의 주문을 받아 순이익을 기록했다.", "ko"),
    ("朝鲜方面担任从中国接单的窗口。", "zh"),
])
def test_processing_frame_not_read(text: str, lang: str) -> None:
    assert processing_frames(text, lang) == []


def test_counts_by_country_with_the_noun_left_out_are_workers() -> None:
    text = "Some 6,000 North Korean workers are in the Gulf, including 2,500 in Kuwait and as many as 1,500 in Qatar."
    got = [(text[s:e], v["value"], v["approximate"]) for s, e, v in worker_counts(text, "en")]
    assert got == [("2,500", 2500, False), ("1,500", 1500, True)]
    assert [v["value"] for _, _, v in worker_counts("Hundreds work in Mongolia and about 21,000 in Russia.", "en")] \
        == [21000]
    # not a year, not at home, not a sentence about no one's work
    assert worker_counts("North Korean workers arrived in 2019 in Russia.", "en") == []
    assert worker_counts("Prisons hold 2,000 in Pyongyang and 3,000 in Chongjin.", "en") == []
    assert worker_counts("Sales reached 5,000 in Germany.", "en") == []


# --- from tests/extract/test_readings_r20_after.py: Round 20, after set 18's scoring: Chinese restaurant
# staff as exported labour, camps named by number or place, people held or living in a camp counted
# (traditional characters read through the simplified form).


@pytest.mark.parametrize("text", [
    "據相關人士透露,朝鮮籍的女服務員好像全部回國了。",  # going home: still the staff of a restaurant abroad
    "朝鮮女服務員的大部分工資要上交國家",  # no verb of moving
    "在中国有100多家朝鲜餐厅,提供朝鲜料理,服务员以歌舞招揽客人。",  # staff of a North Korean restaurant
    "预计非法滞留马来西亚的朝鲜矿山工人将被驱逐出境。",  # staying abroad
])
def test_restaurant_staff_and_staying_abroad_are_labour_export(text: str) -> None:
    hits = labour_frames(chinese.simplified(text), "zh")
    assert [h.rule for h in hits] == [LABOUR_RULE]


def test_staff_at_home_are_not_exported() -> None:
    assert labour_frames(chinese.simplified("朝鲜国内餐厅的女服务员工资很低"), "zh") == []


# --- from tests/extract/test_readings_r21.py: Round 21: English readings of places and channels measured
# leave-one-set-out over the seen sets (1, 3-18): a capitalised function word starting a run, a place named
# by its country's adjective, headline case, North Korea's workers named without a verb, goods going into
# North Korea to be finished, permits counting workers, "between" ranges after a figure, trade partners,
# exporters and entry.


@pytest.mark.parametrize("text", [
    "estimated the number of North Korean laborers to be 90,000",
    "companies benefiting from EU funds are involved in the exploitation of North Korean workers",
    "the private employers who need a cheap North Korean workforce",
    "A recent study on North Korean forced labour in Europe",  # a place abroad: any noun of its labour
    "But North Korean work abroad, particularly in Russia, China and Southeast Asia, continues apace.",
    "help remote North Korean IT workers obtain jobs at more than 100 U.S. companies",
    "most of the workers are from North Korea's capital and have been sent to the country on employment visas",
])
def test_north_koreas_workers_named_as_a_body_are_labour_export(text: str) -> None:
    assert [h.rule for h in labour_frames(text, "en")] == [LABOUR_RULE]


@pytest.mark.parametrize("text", [
    "AP also tracked the products made by North Korean workers to Canada and Germany",  # the goods' chain
    "North Korean workers can produce 30 percent more clothes each day than a Chinese worker",
    "North Korean workers in prison camps",  # at home
])
def test_workers_making_goods_or_at_home_are_not_exported_by_the_noun_alone(text: str) -> None:
    assert labour_frames(text, "en") == []


@pytest.mark.parametrize("text", [
    "Many Chinese factories in Jilin and Liaoning Provinces send clothing items to North Korea to be finished",
    "factories in the DPRK where very well-known brands are being finished there, for shipment back to China",
    "the North had produced goods after receiving raw materials from more than 500 South Korean firms",
])
def test_goods_going_in_to_be_finished_are_processing_on_commission(text: str) -> None:
    assert [h.rule for h in processing_frames(text, "en")] == [PROCESSING_RULE]


def test_goods_sent_without_finishing_are_no_processing() -> None:
    assert processing_frames("North Korea sends coal to China by sea", "en") == []


@pytest.mark.parametrize("text", [
    "这家餐厅于2014年开业,约有15名朝鲜人在那里工作。",  # the place of the sentence before
    "约15名朝鲜员工因餐厅关闭而失业。",  # a restaurant's staff
    "制裁也针对一间北韩企业参与出口北韩工人到海外",  # workers exported
])
def test_chinese_restaurant_staff_and_exported_workers(text: str) -> None:
    assert [h.rule for h in labour_frames(text, "zh")] == [LABOUR_RULE]


# (round 23) workers recalled, returning or sent home, bused across a border, kept or maintained abroad are the labour
# export they end or hold (set 20's convention); a deadline to return home by a date is its period alone (sets 12, 17)
@pytest.mark.parametrize("text", [
    "Pyongyang recalled all the waitresses working there.",
    "Staff at a popular North Korean restaurant in the Chinese city of Dandong are returning to North Korea.",
    "Most of the North Korean workers have returned home.",
    "The Pyongyang firm maintained workers in Russia, Nigeria and the Middle East.",
    "Pyongyang kept substantial contingents of workers in such countries as China and Russia.",
    "Hundreds of workers from Sinuiju were bused into China by Pyongyang this month.",
])
def test_workers_recalled_returning_or_kept_abroad_are_labour_export(text: str) -> None:
    hits = labour_frames(text, "en")
    assert [h.value["channel"] for h in hits] == ["labour_export"] and hits[0].rule == LABOUR_RULE


def test_a_deadline_to_return_home_is_no_labour_export() -> None:
    assert labour_frames("All the workers were supposed to return home by the end of 2019.", "en") == []


def test_workers_named_as_abroad_need_no_verb() -> None:
    # (round 23, fitted from set 21's dev half: "its workers abroad" with North Korea named)
    text = "North Korea has tightened its control over its workers abroad after the defection of restaurant staff."
    hits = labour_frames(text, "en")
    assert [h.text for h in hits] == ["workers abroad"]
    assert labour_frames("The firm tightened its control over its workers abroad.", "en") == []  # no North Korea
