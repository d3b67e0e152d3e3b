"""trie_pattern.py: one regular expression for a word list, matching as the longest-first alternation of its words
would (the country and place names of the extraction readers are compiled this way)."""

from __future__ import annotations


def test_trie_pattern_matches_as_the_longest_first_alternation() -> None:
    import re

    from chainlight.trie_pattern import trie_pattern

    names = ["인도", "인도네시아", "러시아", "러시아연방", "미국", "미얀마", "나미비아"]
    rx = re.compile(trie_pattern(names))
    text = "인도네시아와 러시아연방, 미얀마, 인도, 나미비아, 미국산"
    assert [m.group() for m in rx.finditer(text)] == ["인도네시아", "러시아연방", "미얀마", "인도", "나미비아", "미국"]
    longest = re.compile("(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")")
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in longest.finditer(text)]
