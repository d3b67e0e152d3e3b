"""The learned lexicon shipped in src/chainlight/resolve/data/learned_lexicon.csv is what
benchmarks/resolve/realworld/lexicon.py learns from the seen sets (run.SEEN, both halves) and the lists in ../shared:
a set still unseen must not reach the answers that measure it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.resolve.realworld import lexicon
from chainlight.resolve import lexicon as product


def test_the_shipped_table_is_what_the_seen_sets_teach(tmp_path: Path) -> None:
    store = tmp_path / "lists.duckdb"
    lexicon.run.build_store(store)
    learned = lexicon.learn(lexicon.seen_rows(), lexicon.names_from_store(store))
    assert lexicon.table_text(learned) == product.PATH.read_text(encoding="utf-8")
    assert all(e.support >= lexicon.MIN_SUPPORT and e.dice >= lexicon.MIN_DICE for e in learned)


def test_an_entry_rests_on_two_bodies_and_a_sounded_segment_is_none() -> None:
    names = {"ofac-1": ["KOREA HYOKSIN TRADING CORPORATION"], "ofac-2": ["KOREA DAESONG TRADING CORPORATION"],
             "ofac-3": ["DANDONG TIANFU TRADE CO"], "ofac-4": ["DANDONG KEHUA TRADE CO"]}

    def names_of(ids: frozenset[str]) -> tuple[frozenset[int], list[str]]:
        (i,) = ids
        return frozenset({int(i[-1])}), names[i]

    rows = [{"name": n, "kind": "entity", "expected": [i]} for n, i in (
        ("조선혁신무역회사", "ofac-1"), ("조선대성무역회사", "ofac-2"), ("단둥천부", "ofac-3"), ("단둥과화", "ofac-4"))]
    got = {e.source: (e.english, e.support) for e in lexicon.learn(rows, names_of)}
    assert got["무역회사"] == ("trading", 2)  # at equal Dice the longer segment; 회사 is then linked in both bodies
    # 조선 is korea on both; 단둥 sounds like DANDONG, which the analyser reads: no entry, and TRADE not its word
    assert got["조선"] == ("korea", 2) and "단둥" not in got and all(w != "trade" for w, _s in got.values())
    # one body's forms alone teach nothing
    assert lexicon.learn(rows[:1] * 3, names_of) == []
