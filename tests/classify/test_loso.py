"""The leave-one-set-out harness of the titles (benchmarks/classify/realworld/loso.py, learned.py): the rule
classifier's first-sight answers it rebuilds from the blind runs' failure lists, and the hashing of n-grams."""

from __future__ import annotations

import re

import numpy as np
from benchmarks.classify.realworld.learned import featurize, load_rows
from benchmarks.classify.realworld.loso import FIRST_SIGHT, first_sight


def test_first_sight_answers_give_back_each_blind_runs_own_counts() -> None:
    # a row a blind run does not list as a failure was answered right: then the rebuilt answers must score, half by
    # half, what the run printed for the classifier whose failures it listed
    rows = load_rows()
    by_key = {(r.set, r.id): r for r in rows}
    answers = first_sight(rows)
    for name, path in FIRST_SIGHT:
        text = path.read_text(encoding="utf-8")
        who = re.search(r"Failures of (\w+)", text)
        assert who, path
        lines = text.splitlines()
        cols = [c.strip() for c in next(x for x in lines if x.startswith("| language")).split("|")]
        total = [c.strip() for c in next(x for x in lines if x.startswith("| all")).split("|")]
        half = "heldout" if "heldout" in lines[0] else "dev"
        mine = [(by_key[k], a) for k, a in answers.items() if k[0] == name and by_key[k].split == half]
        right = sum(r.category == a.category for r, a in mine)
        assert f"({right}/{len(mine)})" in total[cols.index(f"{who.group(1)} category")], path.name


def test_ngram_buckets_are_the_same_in_every_process_and_batch() -> None:
    one = featurize(["Human Hair Lace Front Wig"], 15, 4)
    batch = featurize(["假发女长发", "Human Hair Lace Front Wig", "앞머리 가발"], 15, 4)
    # the second title's n-grams in the batch are the single title's, in the same order
    second = batch.index[batch.rows == 1]
    assert np.array_equal(second, one.index)
    # " human hair lace front wig " has 27 characters: 27 + 26 + 25 + 24 n-grams of orders 1-4
    assert len(one.index) == 102
    assert one.index.max() < 1 << 15
    # fixed by the code points alone (no salted str hash): a known bucket of the first unigram " "
    assert int(one.index[0]) == int(featurize(["x"], 15, 4).index[0])
