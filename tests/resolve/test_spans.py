"""spans.py and the matcher's span reading: a listed name standing whole among running words of another language
(issue 14, round 27).  The sentences are the forms set 24's documents wrote (Portuguese, Vietnamese, Spanish, French,
English, Korean and Japanese around a listed name in Latin letters); the entries as OFAC writes them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve import spans as whole_spans
from chainlight.resolve.matcher import SPAN
from tests.resolve.listed import ofac


def _texts(name: str) -> list[str]:
    return [s.text for s in whole_spans.spans(name)]


def test_edges_a_bracket_a_comma_a_change_of_case_or_of_script() -> None:
    assert "Kimsuky" in _texts("nhóm tin tặc (Kimsuky)")
    assert "Lazarus Group" in _texts("o chamado Lazarus Group")
    assert "Air Koryo" in _texts("una de las aerolíneas estatales, Air Koryo")
    assert "Mingzheng International Trading Limited" in _texts(
        "Mingzheng International Trading Limited of Shenyang, China")
    assert "Congo Aconde SARL" in _texts("Congo Aconde SARL社를")
    # a lower-case part of a hyphened compound before a capitalised word (Panama-flagged | Shang Yuan Bao)
    assert "Shang Yuan Bao" in _texts("the Panama-flagged Shang Yuan Bao")


def test_no_edge_inside_a_name_nor_inside_a_hyphened_compound() -> None:
    # two capitalised words are one name: Kim Chol Jin holds no KIM Chol; a hyphened given name is one word
    assert "Kim Chol" not in _texts("the defector Kim Chol Jin")
    assert "Kim Chol" not in _texts("Kim Chol-sam")
    # a party's name with no edge inside has no span at all, known at once
    assert whole_spans.spans("Golden Star Trading Company Limited") == []
    assert whole_spans.spans("KOREA RYONBONG GENERAL CORPORATION") == []


def test_a_bracket_inside_a_name_holds_no_span() -> None:
    # a ship's other name inside its name, before the ship's mark: the bracket readings' (청봉 is CHONG BONG, its
    # new name Greenlight another entry); a bracket closing the name, or among words, is read
    assert "Greenlight" not in _texts("청봉(Greenlight)호")
    assert "Congo Aconde SARL" in _texts("콩고아콘도 SARL(Congo Aconde SARL)")
    assert "Kimsuky" in _texts("nhóm tin tặc (Kimsuky) tấn công")


def test_the_longest_spans_first() -> None:
    spans = whole_spans.spans("Kimsuky, Lazarus Group e Andariel")
    assert spans[0].words >= spans[-1].words
    listed = {whole_spans.key(n): n for n in ("KIMSUKY", "LAZARUS GROUP", "ANDARIEL")}
    found = whole_spans.found("Kimsuky, Lazarus Group e Andariel", listed)
    assert [(s.text, n) for s, n in found] == [("Lazarus Group", "LAZARUS GROUP")]


@pytest.mark.parametrize("span", ["Progress", "Hong Kong", "Corée du Nord", "KPA", "Koti", "Co Ltd", "Trading Group"])
def test_what_may_not_carry_a_match(span: str) -> None:
    # a common English word (CC-CEDICT's glosses), a territory (CLDR), a short alias, vocabulary and legal forms
    s = whole_spans.Span(span, whole_spans.key(span), len(span.split()))
    assert not whole_spans.carries(s)


@pytest.mark.parametrize("span", ["Kimsuky", "Lazarus Group", "Air Koryo", "Congo Aconde SARL", "Kim Jong-un"])
def test_what_may_carry_a_match(span: str) -> None:
    assert whole_spans.carries(whole_spans.Span(span, whole_spans.key(span), len(span.split())))


@pytest.fixture(scope="module")
def listed() -> Matcher:
    return Matcher([
        ofac("45430", "Organization", "KIMSUKY", program="DPRK3"),
        ofac("27307", "Organization", "LAZARUS GROUP", "HIDDEN COBRA", program="DPRK3"),
        ofac("27309", "Organization", "ANDARIEL", program="DPRK3"),
        ofac("20520", "Organization", "AIR KORYO", program="DPRK3"),
        ofac("22583", "Company", "MINGZHENG INTERNATIONAL TRADING LIMITED", program="DPRK3"),
        ofac("40938", "Company", "CONGO ACONDE SARL", program="DPRK3"),
        ofac("16084", "Person", "KIM, Chol", program="DPRK3"),
        ofac("20573", "Vessel", "PROGRESS", program="DPRK3"),
    ])


@pytest.mark.parametrize(("name", "entity_id", "span"), [
    ("nhóm tin tặc (Kimsuky)", "ofac-45430", "Kimsuky"),
    ("o chamado Lazarus Group", "ofac-27307", "Lazarus Group"),
    ("una de las aerolíneas estatales, Air Koryo", "ofac-20520", "Air Koryo"),
    ("KIMSUKY, a cyber incursion group", "ofac-45430", "KIMSUKY"),
    ("Mingzheng International Trading Limited of Shenyang, China", "ofac-22583",
     "Mingzheng International Trading Limited"),
    ("Congo Aconde SARL社를", "ofac-40938", "Congo Aconde SARL"),
])
def test_a_listed_name_among_running_words_is_found(listed: Matcher, name: str, entity_id: str, span: str) -> None:
    top = listed.match(Query("q", name), limit=3)[0]
    assert top.entity_id == entity_id and top.match and top.score == pytest.approx(SPAN, abs=0.01)
    # the explanation names the span and the listed name it equals
    assert f"'{span}' in '{name}' is the listed name" in top.explanation
    assert top.features.get("span_among_words") == pytest.approx(SPAN - 1.0)


@pytest.mark.parametrize("name", [
    "the defector Kim Chol Jin said",  # a longer person's name, no edge after Chol
    "Kim Chol-sam",
    "the Progress of the talks",  # a common English word, though a listed vessel's name
    "Hong Kong Yilin Shipping",
])
def test_look_alikes_stay_unmatched(listed: Matcher, name: str) -> None:
    found = listed.match(Query("q", name), limit=3)
    assert not any(m.match for m in found)
    assert not any(whole_spans.HOW in m.explanation for m in found)


# --- inside East Asian running text without spaces (round 27c) ---------------------------------------------------
_KNOWN = {"朝鮮人民軍", "단천상업은행", "朝鮮中央銀行", "大同信用銀行", "国家計画委員会", "労働省", "국가우주개발국", "万寿台海外建设技术服务", "銀行", "中央銀行",
          "은행", "조선", "하나은행", "宣伝扇動部", "朝鮮労働党中央軍事委員会", "鴻祥", "明正國際貿易公司", "정찰총국", "선전선동부"}


@pytest.mark.parametrize(("name", "spans"), [
    ("朝鮮中央銀行直接受朝鮮政府控制", ["朝鮮中央銀行"]),  # Chinese: jieba's words as the edges
    ("纳米比亚的万寿台海外建设技术服务", ["万寿台海外建设技术服务"]),
    ("平壌にある大同信用銀行", ["大同信用銀行"]),  # Japanese: kana and Han
    ("国家計画委員会と労働省の2つ", ["国家計画委員会", "労働省"]),  # two bodies, the longer first
    ("북한의 조선국가우주개발국", ["국가우주개발국"]),  # Korean: inside a noun Kiwi does not cut
    ("국가우주개발국의 10주기를", ["국가우주개발국"]),  # before a particle
    ("조선국가우주개발국 대변인은", ["국가우주개발국"]),  # the body's spokesman, no person named: the body speaks
    ("북한 정찰총국(RGB) 산하로", ["정찰총국"]),  # its acronym in brackets, then a word of the sentence
    ("鴻祥子公司明正國際貿易公司", ["明正國際貿易公司"]),  # Hongxiang's subsidiary Mingzheng: Mingzheng alone
])
def test_a_known_name_inside_running_text(name: str, spans: list[str]) -> None:
    found = whole_spans.in_running_text(name, lambda t: t if t in _KNOWN else None)
    assert [text for text, _ in found] == spans


@pytest.mark.parametrize("name", [
    "朝鮮中央銀行",  # the whole name: the other readings' work
    "中国银行总部",  # a common word (銀行, 中央銀行: CC-CEDICT headwords), not a name
    "은행에서",  # a common noun (Kiwi)
    "조선의 은행",
    "朝鮮人民軍総政治局",  # a noun after the span: a bureau of the army, not the army
    "단천상업은행 소속 문정철",  # a person of the bank, not the bank
    "하나은행 (중국) 유한공사",  # a place in brackets and a legal form after it: another firm, the bank's subsidiary
    "朝鮮人民軍戦略ロケット司令部",  # a longer name in Japanese forms (戦 alone to jieba), not the army
    "朝鮮労働党中央軍事委員会の李炳哲副委員長",  # a person and his post after の: the commission's officer
    "大同信用銀行の社長 김철",  # a post and a person after の
    "崔輝(チェ・フィ)宣伝扇動部第1副部長",  # an ordinal and a post after the department, a person before it
    "최휘 노동당 선전선동부 제1부부장",
    "△라경수․김광일(이상 단천상업은행)",  # the persons' bank, an aside in brackets
    "Golden Star Trading Co., Ltd.",  # no Han, kana or Hangul: nothing looked at
])
def test_no_name_inside_running_text(name: str) -> None:
    assert whole_spans.in_running_text(name, lambda t: t if t in _KNOWN else None) == []


@pytest.fixture(scope="module")
def confirmed_listed() -> Iterator[Matcher]:
    from chainlight.resolve import confirmed

    confirmed.use({confirmed.written_key("朝鮮中央銀行"): confirmed.Confirmed(
        ("ofac-23015",), "朝鮮中央銀行", "看中國", "https://secretchina.com/news/b5/2017/09/27/836510p.html")})
    m = Matcher([
        ofac("23015", "Organization", "CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
             "KOREA CENTRAL BANK", program="DPRK3"),
        ofac("16084", "Person", "KIM, Chol", program="DPRK3"),
        ofac("99001", "Organization", "조선무역은행", program="DPRK3"),
    ])
    m.use_confirmed = True  # (the resolve tests run without the confirmed names: conftest.py)
    yield m
    confirmed.use(None)


def test_a_confirmed_name_inside_running_text_is_its_body(confirmed_listed: Matcher) -> None:
    name = "朝鮮中央銀行直接受朝鮮政府控制"
    top = confirmed_listed.match(Query("q", name), limit=3)[0]
    assert top.entity_id == "ofac-23015" and top.match and top.score == pytest.approx(SPAN)
    assert f"{whole_spans.HOW_IN_RUN}: '朝鮮中央銀行' in '{name}'" in top.explanation
    assert "看中國" in top.explanation  # the source of the confirmed name


def test_a_listed_name_in_characters_inside_running_text(confirmed_listed: Matcher) -> None:
    name = "북한의조선무역은행"
    top = confirmed_listed.match(Query("q", name), limit=3)[0]
    assert top.entity_id == "ofac-99001" and top.match
    assert "'조선무역은행' in" in top.explanation


def test_a_person_or_a_plain_sentence_is_not_a_body_inside_running_text(confirmed_listed: Matcher) -> None:
    assert not any(m.match for m in confirmed_listed.match(Query("q", "中國銀行直接受朝鮮政府控制"), limit=3))
    found = confirmed_listed.match(Query("q", "朝鮮中央銀行直接受朝鮮政府控制", schema="Person"), limit=3)
    assert not any(HOW_IN_RUN_TEXT in m.explanation for m in found)


HOW_IN_RUN_TEXT = whole_spans.HOW_IN_RUN
