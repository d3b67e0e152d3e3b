"""match_v5 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v5`; do not edit by hand.

Fitted on 392 name_bench training pairs, 3012 cross-script training pairs and 25483 generated
screening pairs (gen_names seed 2, 100,000 entities); the raw bias
-6.814 is shifted so that the training F1-best cut (0.33) falls at 0.70.
"""

BIAS = -5.258
WEIGHTS: dict[str, float] = {
    "tokens": -0.249,
    "joined": 0.515,
    "phonetic": -1.423,
    "conflict": -2.192,
    "extra": -0.184,
    "numbers": 1.215,
    "cjk_chars": -4.096,
    "near_short": -0.705,
    "person_cover": -0.287,
    "token_set": 6.639,
    "person_extra": 0.544,
    "person_subset": 1.441,
    "syllable_diff": -3.639,
    "syllable_miss": 0.317,
    "letters": 2.215,
    "weakest": 2.372,
    "front_extra": -3.407,
    "trade_extra": -2.167,
    "slip": 2.847,
    "trade_written": -2.877,
}
