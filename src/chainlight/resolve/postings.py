"""The inner loop of candidate search, compiled: sum each query word's best key weight over posting lists.

At a million names a query reads tens of thousands of postings in a dozen lists.  Done with numpy fancy
indexing, each list costs several array passes and temporary arrays, about half of a whole screen's time;
one compiled pass over the postings with scratch arrays costs a fraction of that.  numba compiles it on first
use and caches the machine code beside this file (or in the user's cache folder), so later processes load it.
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def best_names(postings: np.ndarray, starts: np.ndarray, lengths: np.ndarray, weights: np.ndarray,
               groups: np.ndarray, score: np.ndarray, word_best: np.ndarray,
               limit: int) -> tuple[np.ndarray, np.ndarray]:  # pragma: no cover - compiled
    """(name numbers, summed weights) of the `limit` best names, by weight then number.

    The spans (start, length, weight) are ordered by query word (`groups`); a word adds, to each name one of
    its keys reaches, the weight of its best such key.  `score` and `word_best` are zero on entry and are
    left zero.
    """
    n_spans = len(starts)
    total = 0
    for k in range(n_spans):
        total += lengths[k]
    touched = np.empty(total, dtype=np.int32)  # each name reached, once
    n_touched = 0
    word_ids = np.empty(total, dtype=np.int32)  # names reached by the current word, once
    k = 0
    while k < n_spans:
        g = groups[k]
        n_word = 0
        while k < n_spans and groups[k] == g:
            w = weights[k]
            for p in range(starts[k], starts[k] + lengths[k]):
                i = postings[p]
                if word_best[i] == 0.0:
                    word_ids[n_word] = i
                    n_word += 1
                    word_best[i] = w
                elif w > word_best[i]:
                    word_best[i] = w
            k += 1
        for j in range(n_word):
            i = word_ids[j]
            if score[i] == 0.0:
                touched[n_touched] = i
                n_touched += 1
            score[i] += word_best[i]
            word_best[i] = 0.0
    # the best `limit` (weight, then lowest number) in one pass, replacing the worst kept name when a better
    # one comes: a full sort, or numba's np.partition, cost more than the sums themselves
    k = min(limit, n_touched)
    best_ids = np.empty(k, dtype=np.int32)
    best_values = np.empty(k, dtype=score.dtype)
    worst = 0
    for j in range(n_touched):
        i = touched[j]
        v = score[i]
        score[i] = 0.0
        if j < k:
            best_ids[j] = i
            best_values[j] = v
            if j == k - 1:
                worst = _worst(best_ids, best_values)
        elif v > best_values[worst] or (v == best_values[worst] and i < best_ids[worst]):
            best_ids[worst] = i
            best_values[worst] = v
            worst = _worst(best_ids, best_values)
    by_number = np.argsort(best_ids)
    best_ids, best_values = best_ids[by_number], best_values[by_number]
    order = np.argsort(-best_values, kind="mergesort")  # stable: equal weights stay by number
    return best_ids[order], best_values[order]


@njit(cache=True, nogil=True)
def _worst(ids: np.ndarray, values: np.ndarray) -> int:  # pragma: no cover - compiled
    """Position of the lowest weight (of equal weights, the highest number)."""
    w = 0
    for j in range(1, len(ids)):
        if values[j] < values[w] or (values[j] == values[w] and ids[j] > ids[w]):
            w = j
    return w


def warm() -> None:
    """Compile (or load the cached machine code) now: before forking, so that workers inherit it."""
    scratch = np.zeros(2, dtype=np.float32)
    best_names(np.zeros(1, np.int32), np.zeros(1, np.int64), np.ones(1, np.int64), np.ones(1, np.float32),
               np.zeros(1, np.int64), scratch, scratch.copy(), 1)
