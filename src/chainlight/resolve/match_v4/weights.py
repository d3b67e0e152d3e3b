"""match_v4 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v4`; do not edit by hand.

Fitted on 392 name_bench training pairs, 3012 cross-script training pairs and 24349 generated
screening pairs (gen_names seed 2, 100,000 entities); the raw bias
-8.319 is shifted so that the training F1-best cut (0.36) falls at 0.70.
"""

BIAS = -6.897
WEIGHTS: dict[str, float] = {
    "tokens": 0.780,
    "joined": -0.039,
    "phonetic": -1.685,
    "conflict": -2.114,
    "extra": 0.013,
    "numbers": 1.346,
    "cjk_chars": -4.313,
    "near_short": -0.807,
    "person_cover": -0.119,
    "token_set": 7.675,
    "person_extra": 1.060,
    "person_subset": 1.111,
    "syllable_diff": -3.739,
    "syllable_miss": 0.356,
    "letters": 2.460,
    "weakest": 2.219,
    "front_extra": -3.371,
    "trade_extra": -3.055,
    "slip": 2.832,
}
