"""The cheap tests that spare a rule its full pattern (issue 20) never skip a sentence the rule would read:
quantities' needs searched case-sensitively in a folded copy, goods' and channels' words as one pattern."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from chainlight.extract import goods, places, quantities
from chainlight.extract.load import load_path
from chainlight.extract.quantities import fold
from chainlight.extract.sentences import split
from tests.helpers.realworld_texts import realworld_texts


def sentences(seed_path: Path) -> list[str]:
    out = [s.text for s in split(load_path(seed_path).text)]
    for path in realworld_texts():
        out += [s.text for s in split(path.read_text(encoding="utf-8"))]
    # the same in capitals and with the characters re.IGNORECASE reads as ASCII letters (İ ı ſ K)
    out += [s.upper() for s in out]
    out += ["ſmuggled İNMATES, ı6 ınmates, 40 worKers, 12 hours a day, 5 percent, RMB 300, 200 TONS"]
    return out


def test_fold_keeps_every_character_one_character_and_folds_what_ignorecase_reads_as_ascii() -> None:
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert len(fold(everything)) == len(everything)
    for c in re.findall("[a-z]", everything, re.IGNORECASE):  # every character IGNORECASE matches to a-z
        assert "a" <= fold(c) <= "z" and re.fullmatch(fold(c), c, re.IGNORECASE), c
    assert fold("İnmates ſmuggled by ıts Kelvin") == "inmates smuggled by its kelvin"


def test_the_quick_needs_let_through_every_sentence_the_needs_find(seed_path: Path) -> None:
    passed = 0
    for text in sentences(seed_path):
        low = fold(text)
        for (_, kind, _, _, need), quick in zip(quantities._RULE_RES, quantities._QUICK_NEEDS, strict=True):
            if need.search(text):
                passed += 1
                assert quick.search(low), (kind, text)
    assert passed > 100


def test_goods_and_channels_words_are_found_as_before(seed_path: Path) -> None:
    for text in sentences(seed_path):
        low = text.lower()
        for (_, category, _, pattern), words in zip(goods._TERM_RES, goods._NEEDS, strict=True):
            assert bool(pattern.search(low)) == any(w in low for w in words), (category, text)
        for (_, channel, _, pattern), words in zip(places._CHANNEL_RES, places._CHANNEL_NEEDS, strict=True):
            assert bool(pattern.search(low)) == any(w in low for w in words), (channel, text)
