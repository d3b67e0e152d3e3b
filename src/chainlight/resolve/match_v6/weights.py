"""match_v6 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v6 --seed 11`; do not edit by hand.

Fitted on 392 name_bench training pairs, 3012 cross-script training pairs and 24340 generated
screening pairs (gen_names seed 11, 100,000 entities); the raw bias
-7.245 is shifted so that the training F1-best cut (0.30) falls at 0.70.
"""

BIAS = -5.551
WEIGHTS: dict[str, float] = {
    "tokens": -0.068,
    "joined": 0.363,
    "phonetic": -1.558,
    "conflict": -2.050,
    "extra": -0.054,
    "numbers": 1.292,
    "cjk_chars": -4.441,
    "near_short": -0.757,
    "person_cover": -0.189,
    "token_set": 6.967,
    "person_extra": 0.639,
    "person_subset": 1.355,
    "syllable_diff": -3.626,
    "syllable_miss": 0.309,
    "letters": 2.254,
    "weakest": 2.521,
    "front_extra": -3.302,
    "trade_extra": -1.884,
    "slip": 2.700,
    "trade_written": -3.760,
}
