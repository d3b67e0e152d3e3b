"""Bodies named as running text writes them, known to the store or not (round 23 of issue 15): in Korean, a run of
nouns the analyser reads that ends in a body's head noun and starts with a name (korean.noun_runs,
phrases._korean_body_runs); in Chinese, a firm named by a coined word and its trade's words (CC-CEDICT reads the trade
from the right, chinese._coined_firm), and a name in quotation marks with an eating house's 馆 or its kind after it.
Sentences written for the test in the words the press uses, with made-up names where the reading does not depend on
how the analyser or the dictionary reads the name itself, else the seen sets' own sentences (sets 15 and 20, scored)."""

from __future__ import annotations

from chainlight.extract import chinese, korean, phrases


def organisations(sentence: str) -> list[str]:
    return [sentence[c.start:c.end] for c in phrases.candidates(sentence)
            if c.type == "organisation" and c.keep_unlinked]


def runs(sentence: str) -> list[str]:
    return [sentence[c.start:c.end] for c in phrases._korean_body_runs(sentence)]


def test_noun_runs_allow_one_space_and_end_at_a_particle() -> None:
    sentence = "중국 소재의 랴오닝 중국 유한회사는 노트북 등을 보냈다."
    spans = korean.noun_runs(sentence)
    assert spans is not None
    assert [sentence[r[0][0]:r[-1][1]] for r in spans][:2] == ["중국 소재", "랴오닝 중국 유한회사"]


def test_a_proper_noun_before_a_body_head_is_a_body() -> None:
    assert runs("이들 다수는 북한의 고려컴퓨터회사(KCC)와 평양정보회사(PIC) 등 IT 전문업체 출신인 것으로 알려졌다.") == \
        ["고려컴퓨터회사", "평양정보회사"]
    assert runs("로이터에 따르면 제재 대상은 남강무역회사와 베이징숙박소다.") == ["남강무역회사", "베이징숙박소"]
    assert runs("고려오송해운 및 천수림무역회사는 53부의 위장 기업이며") == ["고려오송해운", "천수림무역회사"]
    assert runs("북한의 만수대 해외사업부가 공사를 맡았다.") == ["만수대 해외사업부"]


def test_a_legal_form_keeps_a_spaced_name_with_its_place() -> None:
    assert runs("중국 소재의 랴오닝 중국 유한회사는 노트북 등을 보냈다.") == ["랴오닝 중국 유한회사"]
    assert runs("제재 대상은 ▲ 천수림무역회사 ▲ 랴오닝 중국 무역 유한회사 ▲ 정인철 등입니다.") == \
        ["천수림무역회사", "랴오닝 중국 무역 유한회사"]


def test_a_ministry_of_an_industry_is_named_by_its_head() -> None:
    assert runs("북한 군수공업부가 파견한 IT 노동자 수백 명") == ["군수공업부"]


def test_a_country_a_place_or_a_kind_before_the_head_names_no_body() -> None:
    assert runs("북한 건설 회사와 중국 무역회사가 계약했다.") == []
    assert runs("단둥 회사에서 일한다.") == []
    assert runs("홍콩 소재 선박회사가 소유한 배") == []  # (소재: the place locates the firm)
    assert runs("세네갈 최대 식품회사에 납품했다.") == []
    assert runs("가발을 OEM 무역으로 들여왔다.") == []
    assert "대한무역투자진흥공사" not in organisations("대한무역투자진흥공사에 따르면 수출이 늘었다.")  # a source


def names(text: str) -> list[tuple[str, str]]:
    return [(h.value["name"], h.rule) for h in chinese.find_names(chinese.simplified(text))]


def test_a_coined_word_and_its_trade_name_a_firm() -> None:
    assert names("国防省旗下IT公司——金星信息技术开发协助公司(音译)") == [("金星信息技术开发协助公司", "organisation:zh_coined")]
    assert names("7名个人中包括真荣公司最高负责人金相万(音译)") == [("真荣公司", "organisation:zh_coined")]
    assert names("军需工业部旗下IT公司——东明技术贸易公司") == [("东明技术贸易公司", "organisation:zh_coined")]
    # (a proper noun the dictionary knows before the coined word is the firm's place: 丹东)
    assert ("丹东华星实业公司", "organisation:zh_coined") in names("经营丹东华星实业公司的中国公民")


def test_a_kind_of_firm_or_a_person_is_no_coined_name() -> None:
    assert names("这家服装公司和一家贸易公司") == []
    assert names("已阻止超过1800名北韩人加入公司。") == []
    assert names("中国的纺织公司") == []


def test_a_quoted_eating_house_or_a_quoted_name_before_its_kind() -> None:
    assert names("北韩餐厅“丹东银河馆”已经人去楼空") == [("丹东银河馆", "organisation:zh_quoted")]
    assert names("朝鲜餐厅“平壤馆”由于") == [("平壤馆", "organisation:zh_quoted")]
    assert names("一层的“平壤金达莱”餐厅") == [("平壤金达莱", "organisation:zh_quoted")]
    assert names("秘密机构“39号室”管理") == [("39号室", "organisation:zh_quoted")]
