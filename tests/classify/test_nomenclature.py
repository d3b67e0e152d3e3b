"""The nomenclature reader's Korean runs: the analyser is asked only where it could add a word."""

from __future__ import annotations

import pytest

from chainlight.classify import nomenclature


@pytest.mark.parametrize(("run", "reading"), [("완구용", ("toy",)), ("속눈썹을", ("eyelash",)),
                                              ("오징어채", ("squid",))])
def test_one_syllable_left_by_the_glossary_needs_no_analyser(monkeypatch: pytest.MonkeyPatch, run: str,
                                                             reading: tuple[str, ...]) -> None:
    nomenclature.warm()

    def no_analyser() -> None:
        raise AssertionError("kiwipiepy asked for a run the glossary read all it could")

    monkeypatch.setattr("chainlight.resolve.morphology.kiwi", no_analyser)
    assert nomenclature.hangul_words.__wrapped__(run) == reading


def test_two_syllables_left_are_still_analysed() -> None:
    nomenclature.warm()
    # 여성 (two syllables outside 니트 and 카디건) goes to the analyser and is read
    words = nomenclature.hangul_words.__wrapped__("여성니트카디건")
    assert words[:2] == ("knitt", "cardigan") and len(words) > 2
