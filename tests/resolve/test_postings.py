"""The compiled candidate loop against a plain-Python statement of what it computes."""

from __future__ import annotations

import numpy as np

from chainlight.resolve.postings import best_names


def _reference(postings, spans, n_names, limit):  # type: ignore[no-untyped-def]
    """Each word adds its best key's weight to every name it reaches; best `limit` by weight, then number."""
    total: dict[int, float] = {}
    for word in sorted({g for *_, g in spans}):
        best: dict[int, float] = {}
        for start, length, w, g in spans:
            if g == word:
                for i in postings[start:start + length].tolist():
                    best[i] = max(best.get(i, 0.0), w)
        for i, w in best.items():
            total[i] = total.get(i, 0.0) + w
    return sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def _run(postings, spans, n_names, limit):  # type: ignore[no-untyped-def]
    spans = sorted(spans, key=lambda s: s[3])
    score = np.zeros(n_names, dtype=np.float32)
    word_best = np.zeros(n_names, dtype=np.float32)
    ids, values = best_names(postings, np.array([s[0] for s in spans], np.int64),
                             np.array([s[1] for s in spans], np.int64), np.array([s[2] for s in spans], np.float32),
                             np.array([s[3] for s in spans], np.int64), score, word_best, limit)
    assert not score.any() and not word_best.any(), "scratch arrays must be left zero for the next query"
    return list(zip(ids.tolist(), values.tolist(), strict=True))


def test_a_word_counts_once_per_name_with_its_best_key() -> None:
    # word 0 reaches name 3 by its exact key (2.0) and by a one-edit key (1.6): 2.0 counts, not 3.6
    postings = np.array([3, 5, 3, 9, 5, 7], dtype=np.int32)
    spans = [(0, 2, 2.0, 0), (2, 2, 1.6, 0), (4, 2, 1.0, 1)]
    got = _run(postings, spans, 10, 10)
    assert got == [(5, 3.0), (3, 2.0), (9, 1.6000000238418579), (7, 1.0)]


def test_matches_the_reference_with_many_ties() -> None:
    rng = np.random.default_rng(7)
    for _ in range(50):
        n_names = int(rng.integers(5, 400))
        postings = np.sort(rng.integers(0, n_names, 2000)).astype(np.int32)
        spans = []
        for _k in range(int(rng.integers(1, 8))):
            start = int(rng.integers(0, 1900))
            # few distinct weights, so that the cut at `limit` falls among equal totals
            spans.append((start, int(rng.integers(1, 100)), float(rng.choice([0.5, 1.0, 2.0])), int(rng.integers(0, 3))))
        limit = int(rng.integers(1, 30))
        got = _run(postings, spans, n_names, limit)
        want = _reference(postings, spans, n_names, limit)
        assert [i for i, _ in got] == [i for i, _ in want]
        assert np.allclose([v for _, v in got], [v for _, v in want])


def test_a_search_for_no_names_returns_none_instead_of_reading_past_its_array() -> None:
    from chainlight.resolve.index import NameIndex
    from chainlight.resolve.rendering import render_name

    ix = NameIndex()
    for i, n in enumerate(["KOREA RYONBONG GENERAL CORPORATION", "조선련봉총회사"]):
        ix.add(n, i, render_name(n))
    assert ix.scored_candidates(render_name("Ryonbong"), limit=0) == []
    assert [i for i, _ in ix.scored_candidates(render_name("Ryonbong"), limit=1)] == [0]
