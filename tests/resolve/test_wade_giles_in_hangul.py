"""Taiwanese and Hong Kong names written in Hangul by their Mandarin sound, which the lists spell in Wade-Giles
(issue 14, round 19).  Korean press writes 루이청 for JUI CHENG SHIPPING (瑞成, pinyin rui cheng), 후앙왕건 for HUANG
Wang Ken and 창융위안 for TSANG Yung Yuan (RFA 한국어, 글로벌이코노믹, 2018-2019); the entries are OFAC's."""

from __future__ import annotations

import pickle

from chainlight.resolve.chinese_in_hangul import (
    ChineseInHangul,
    syllable_spellings,
    wade_giles,
    wade_giles_runs,
)
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.translation import Translator
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac


def test_a_pinyin_syllable_in_wade_giles() -> None:
    assert [wade_giles(s) for s in ("rui", "cang", "gen", "yong", "yuan", "xing", "ju", "hai")] == \
        ["jui", "tsang", "ken", "yung", "yuan", "hsing", "chu", "hai"]


def test_runs_of_listed_names_in_wade_giles() -> None:
    runs = wade_giles_runs(["jui cheng shipping company limited", "tsang yung yuan", "kim jong un"])
    assert {"jui cheng", "tsang yung", "yung yuan", "tsang yung yuan"} <= runs
    assert not any("shipping" in r or "kim" in r for r in runs)


def test_a_hangul_word_read_as_a_listed_run_in_wade_giles() -> None:
    assert ("huang", "wang", "gen") in syllable_spellings("후앙왕건")  # 후앙: uang as the press writes it
    c = ChineseInHangul({"jui": 1, "cheng": 3, "shipping": 9}, ["jui cheng shipping company limited"])
    assert c.pinyin("루이청") == ("jui cheng",)
    # a run spelt alike in pinyin is the pinyin reading's, not a Wade-Giles one
    plain = ChineseInHangul({"wang": 1, "fang": 1}, ["wang fang trading"])
    assert plain.by_wade_giles("왕팡") == ()
    # no listed run, no reading
    assert ChineseInHangul({"jui": 1}, ["jui escobar"]).pinyin("루이청") == ()


def test_a_given_name_in_wade_giles() -> None:
    c = ChineseInHangul({"huang": 1, "wang": 1, "ken": 1})
    assert c.given_in_wade_giles("왕건") == ("wang ken",)
    assert c.given_in_wade_giles("왕팡") == ()


def test_the_runs_survive_a_saved_translator() -> None:
    t = Translator(["jui", "cheng"], wade_giles=["jui cheng"])
    assert pickle.loads(pickle.dumps(t)).wade_giles == frozenset({"jui cheng"})


def _taiwan() -> Matcher:
    return Matcher([
        ofac("26930", "Company", "JUI CHENG SHIPPING COMPANY LIMITED", program="DPRK4"),
        ofac("26927", "Person", "HUANG, Wang Ken", program="DPRK4"),
        ofac("23823", "Person", "TSANG, Yung Yuan", program="DPRK3"),
        ofac("26933", "Vessel", "SHANG YUAN BAO", program="DPRK4"),
    ])


def test_taiwanese_names_in_hangul_are_found() -> None:
    m = _taiwan()
    for name, want in (("루이청 해운", "ofac-26930"), ("후앙왕건", "ofac-26927"), ("창융위안", "ofac-23823")):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == want and top[0].match, name
    assert m.match(Query("q", "상위안바오"), 1)[0].entity_id == "ofac-26933"  # pinyin as before
