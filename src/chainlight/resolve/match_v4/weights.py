"""match_v4 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v4`; do not edit by hand.

Fitted on 392 name_bench training pairs, 3012 cross-script training pairs and 24353 generated
screening pairs (gen_names seed 2, 100,000 entities); the raw bias
-8.487 is shifted so that the training F1-best cut (0.38) falls at 0.70.
"""

BIAS = -7.151
WEIGHTS: dict[str, float] = {
    "tokens": 0.656,
    "joined": -0.042,
    "phonetic": -1.649,
    "conflict": -2.278,
    "extra": 0.126,
    "numbers": 1.257,
    "cjk_chars": -4.282,
    "near_short": -0.609,
    "person_cover": -0.103,
    "token_set": 7.982,
    "person_extra": 1.244,
    "person_subset": 0.939,
    "syllable_diff": -3.776,
    "syllable_miss": 0.311,
    "letters": 2.535,
    "weakest": 2.125,
    "front_extra": -3.371,
    "trade_extra": -3.060,
}
