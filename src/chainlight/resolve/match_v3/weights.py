"""match_v3 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v3`; do not edit by hand.

Fitted on 392 name_bench training pairs, 2813 cross-script training pairs and 27179 generated
screening pairs (gen_names seed 2, 100,000 entities); the raw bias
-7.993 is shifted so that the training F1-best cut (0.33) falls at 0.70.
"""

BIAS = -6.437
WEIGHTS: dict[str, float] = {
    "tokens": 1.394,
    "joined": -0.219,
    "phonetic": -1.536,
    "conflict": -2.388,
    "extra": 0.280,
    "numbers": 1.427,
    "cjk_chars": -4.132,
    "near_short": -0.235,
    "person_cover": -0.405,
    "token_set": 7.192,
    "person_extra": 1.565,
    "person_subset": 0.598,
    "syllable_diff": -3.878,
    "syllable_miss": 0.386,
    "letters": 2.076,
    "weakest": 2.454,
}
