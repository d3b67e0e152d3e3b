"""match_v4 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v4`; do not edit by hand.

Fitted on 392 name_bench training pairs, 3012 cross-script training pairs and 24353 generated
screening pairs (gen_names seed 2, 100,000 entities); the raw bias
-8.355 is shifted so that the training F1-best cut (0.36) falls at 0.70.
"""

BIAS = -6.932
WEIGHTS: dict[str, float] = {
    "tokens": 0.684,
    "joined": -0.086,
    "phonetic": -1.634,
    "conflict": -2.314,
    "extra": 0.152,
    "numbers": 1.306,
    "cjk_chars": -4.292,
    "near_short": -0.818,
    "person_cover": -0.144,
    "token_set": 7.848,
    "person_extra": 1.146,
    "person_subset": 1.004,
    "syllable_diff": -3.725,
    "syllable_miss": 0.352,
    "letters": 2.461,
    "weakest": 2.192,
    "front_extra": -3.381,
    "trade_extra": -3.068,
    "slip": 2.840,
}
