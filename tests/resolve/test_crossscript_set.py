"""The cross-script benchmark generator: seeded, script conversions that read back, decoys kept apart."""

from __future__ import annotations

from benchmarks.resolve.crossscript import _distinctive, build, to_hangul, to_hanzi

from chainlight.model.entity import Entity, Name
from chainlight.resolve import name_similarity
from chainlight.resolve.hangul import mccune_reischauer


def test_romanized_korean_reads_back_to_the_same_spelling() -> None:
    for word in ("ryonbong", "pugang", "kwangson", "chong", "chol"):
        hangul = to_hangul(word)
        assert hangul and mccune_reischauer(hangul, breves=False, apostrophes=False) == word


def test_pinyin_to_hanzi_and_back_meets_the_list_name() -> None:
    hanzi = to_hanzi("wang") and to_hanzi("jianguo")
    assert hanzi and len(str(to_hanzi("jianguo"))) == 2
    assert name_similarity(str(to_hanzi("wang")) + str(to_hanzi("jianguo")), "WANG, Jianguo", "Person")[0] >= 0.7


def _ents() -> list[Entity]:
    def e(sid: str, schema: str, name: str, country: str) -> Entity:
        return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, [Name(name, "primary")], countries=[country])
    return [e("9347", "Company", "KOREA RYONBONG GENERAL CORPORATION", "kp"),
            e("9524", "Company", "KOREA PUGANG TRADING CORPORATION", "kp"),
            e("18668", "Person", "RI, Chong Chol", "kp"), e("30511", "Person", "WANG, Dongming", "cn")]


def test_build_is_seeded_and_decoys_share_no_distinctive_part() -> None:
    ents = _ents()
    a, b = build(ents, seed=3, n_decoys=40), build(ents, seed=3, n_decoys=40)
    assert [c.name for c in a] == [c.name for c in b]
    kinds = {c.kind for c in a}
    assert {"hangul", "hanzi"} & kinds and any(k.startswith("decoy") for k in kinds)
    listed = {k for e in ents for n in e.names for k in _distinctive(n.value)}
    assert all(not (_distinctive(c.name) & listed) for c in a if c.target is None and c.kind != "decoy_syllable")
    assert "조선련봉총회사" in {c.name for c in a} or any(c.kind == "hangul" and c.target == "ofac:9347" for c in a)


def test_the_benchmark_reads_the_frozen_set_not_one_built_by_the_code_under_test() -> None:
    from benchmarks.resolve.crossscript import FROZEN, cases

    got = cases([])  # no lists needed: the frozen file is read as it is
    assert FROZEN.exists() and len(got) == 715
    assert sum(c.split == "test" for c in got) == 347 and sum(c.target is None for c in got) == 249
    assert any(c.kind == "hangul" and c.target for c in got) and any(c.kind == "hanzi" and c.target for c in got)
    assert all(isinstance(c.alts, tuple) for c in got)
