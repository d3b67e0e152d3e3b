"""demonyms.py: adjectives of nationality -> country codes, from CLDR."""

from __future__ import annotations

# --- from tests/extract/test_sentence_readings_r13.py: Readings added in round 13 of issue 15, from the
# classes of set 11's dev misses (new text): ranges read as ranges in every language, relative periods
# against the publication date, a population that is no figure of the chain. Sentences written for the test
# in the words press reports use (not quotes of the real-world sets).


def test_adjectives_of_nationality_come_from_cldr() -> None:
    from chainlight.extract.demonyms import demonym_code

    assert [demonym_code(w) for w in ("Polish", "Danish", "Malaysian", "Kuwaiti", "Senegalese", "Maltese", "French",
                                      "Nigerian", "Singaporean")] == ["pl", "dk", "my", "kw", "sn", "mt", "fr", "ng", "sg"]
    assert demonym_code("English") is None and demonym_code("Arabic") is None and demonym_code("Korean") is None
