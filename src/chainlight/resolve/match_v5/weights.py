"""match_v5 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v5`; do not edit by hand.

Fitted on 392 name_bench training pairs, 3012 cross-script training pairs and 25483 generated
screening pairs (gen_names seed 2, 100,000 entities); the raw bias
-6.556 is shifted so that the training F1-best cut (0.32) falls at 0.70.
"""

BIAS = -4.955
WEIGHTS: dict[str, float] = {
    "tokens": -0.493,
    "joined": 0.519,
    "phonetic": -1.368,
    "conflict": -2.214,
    "extra": -0.225,
    "numbers": 1.211,
    "cjk_chars": -4.155,
    "near_short": -0.712,
    "person_cover": -0.298,
    "token_set": 6.495,
    "person_extra": 0.458,
    "person_subset": 1.483,
    "syllable_diff": -3.657,
    "syllable_miss": 0.323,
    "letters": 2.255,
    "weakest": 2.447,
    "front_extra": -3.400,
    "trade_extra": -2.012,
    "slip": 2.856,
    "trade_written": -4.045,
}
