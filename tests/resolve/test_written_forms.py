"""A list name with a bracketed part is found as documents write it: without the bracket, or by its acronym."""

from __future__ import annotations

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, Query
from chainlight.resolve.written import owner_first, written_forms


def test_the_bare_name_and_an_acronym_of_it_are_added() -> None:
    forms = [(n.value, n.kind) for n in written_forms([Name("KOREA KWANGSON BANKING CORPORATION (KKBC)")])]
    assert forms == [("KOREA KWANGSON BANKING CORPORATION (KKBC)", "primary"),
                     ("KOREA KWANGSON BANKING CORPORATION", "alias"), ("KKBC", "weak_alias")]


def test_a_bracket_that_says_where_is_no_alias() -> None:
    forms = [n.value for n in written_forms([Name("GREEN PINE ASSOCIATED CORPORATION (DPRK)"),
                                             Name("Hong Kong Trading Co (HK)")])]
    assert "DPRK" not in forms and "HK" not in forms
    assert "GREEN PINE ASSOCIATED CORPORATION" in forms


def test_the_un_bank_is_found_as_the_news_writes_it() -> None:
    bank = Entity("un-KPe.025", "Company", "un-sc", "KPe.025",
                  [Name("KOREA KWANGSON BANKING CORPORATION (KKBC)", "primary"), Name("KKBC", "alias")])
    other = Entity("un-KPe.026", "Company", "un-sc", "KPe.026",
                   [Name("KOREA KWANGSONG TRADING CORPORATION", "primary")])
    m = Matcher([bank, other])
    for written in ("Korea Kwangson Banking Corporation", "조선광선은행", "Korea Kwangson Banking Corp."):
        top = m.match(Query("q", written), limit=1)
        assert top and top[0].entity_id == "un-KPe.025" and top[0].match, (written, top)


def test_query_read_without_a_ships_type_or_a_parent_body() -> None:
    from chainlight.resolve.written import query_readings

    assert ("Koti Corporation" in dict(query_readings("M.T. Koti Corporation")))
    assert "Chon Ma San" in dict(query_readings("M/V Chon Ma San"))
    # the Ministry of the People's Armed Forces before its Reconnaissance General Bureau
    assert "정찰총국" in dict(query_readings("인민무력부 정찰총국"))
    # 노동당 (the Workers' Party) opens with a surname's syllable: its readings as Roh Dong Dang do not make it
    # less a body's name
    assert "군수공업부" in dict(query_readings("노동당 군수공업부"))
    assert query_readings("Korea Ryonbong General Corporation") == []  # Korea alone is no body
    assert query_readings("Kim Jong Un") == []


def test_katakana_n_may_be_a_korean_final_ng() -> None:
    from chainlight.resolve.kana import readings

    texts = [t for t, _ in readings("ホ・ヨンイル")]
    assert "ho yong il" in texts  # ヨン is 영 (yong) as well as 연 (yon)
    assert "朝鮮 hesong 貿易" in [t for t, _ in readings("朝鮮ヘソン貿易")]


def test_a_name_closing_with_its_country_is_also_indexed_without_it() -> None:
    from chainlight.resolve.written import without_owner

    # documents about North Korea write the unit alone: 戦略ロケット軍, Maritime Administration (해사감독국)
    assert without_owner("STRATEGIC ROCKET FORCE OF THE KOREAN PEOPLE'S ARMY") == "STRATEGIC ROCKET FORCE"
    assert without_owner("MINISTRY OF LAND AND MARITIME TRANSPORTATION OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF "
                         "KOREA") == "MINISTRY OF LAND AND MARITIME TRANSPORTATION"
    assert without_owner("BANK OF EAST LAND") is None  # no country: the whole is the name
    assert without_owner("BANK OF CHINA") is None  # one word would be left
    # the country followed by more (round 20): the parent's name goes on, WORKERS' PARTY alone is the party, not its
    # commission (朝鮮労働党, the party, is no WORKERS' PARTY OF KOREA CENTRAL MILITARY COMMISSION)
    assert without_owner("WORKERS' PARTY OF KOREA CENTRAL MILITARY COMMISSION") is None
    forms = list(written_forms([Name("MARITIME ADMINISTRATION OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
                                     "primary")]))
    assert ("MARITIME ADMINISTRATION", "weak_alias") in {(f.value, f.kind) for f in forms}


def test_a_name_closing_with_its_country_is_also_written_with_the_country_first() -> None:
    # 조선중앙은행 and 朝鮮中央銀行 (Korean and Japanese reports) write the DPRK's central bank as Korean and Chinese
    # name a state's bodies: Korea Central Bank
    name = "CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"
    forms = {n.value: n.kind for n in written_forms([Name(name, "primary")])}
    assert forms["DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA CENTRAL BANK"] == "weak_alias"
    assert owner_first("STRATEGIC ROCKET FORCE OF KPA", "STRATEGIC ROCKET FORCE") is None  # an acronym: no country
    m = Matcher([Entity("ofac-23015", "Organization", "ofac-sdn", "23015", [Name(name, "primary")],
                        programs=["DPRK3"])])
    for query in ("조선중앙은행", "朝鮮中央銀行"):
        top = m.match(Query("q", query), 1)
        assert top and top[0].entity_id == "ofac-23015" and top[0].match, query
    assert not [x for x in m.match(Query("q", "한국은행"), 1) if x.match]  # the South's central bank
