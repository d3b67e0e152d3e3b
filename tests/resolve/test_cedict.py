"""cedict.closed_compound_senses: the form a word takes in the closed English compounds that gloss its compounds
(issue 14, round 25b): 航空 is "aviation" alone, 航空邮件 "airmail", so air (AIR KORYO for 高麗航空)."""

from __future__ import annotations

from chainlight.resolve import cedict
from chainlight.resolve.translation import _senses_of


def test_aviation_is_air_before_mail() -> None:
    found = {e: (c, g) for e, c, g in cedict.closed_compound_senses("航空")}
    assert "air" in found and found["air"][1] == "airmail"


def test_a_word_alone_or_too_long_has_none() -> None:
    assert cedict.closed_compound_senses("航") == ()
    assert cedict.closed_compound_senses("中华人民共和国") == ()


def test_the_form_comes_after_the_dictionaries_senses() -> None:
    senses = [s for _h, _label, s, _n, _c in _senses_of(("航空",))]
    assert senses[0] == "aviation" and "air" in senses and senses.index("air") > senses.index("aviation")
