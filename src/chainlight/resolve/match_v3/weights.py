"""match_v3 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v3`; do not edit by hand.

Fitted on 392 name_bench training pairs, 3012 cross-script training pairs and 24113 generated
screening pairs (gen_names seed 2, 100,000 entities); the raw bias
-8.172 is shifted so that the training F1-best cut (0.34) falls at 0.70.
"""

BIAS = -6.662
WEIGHTS: dict[str, float] = {
    "tokens": 1.287,
    "joined": -0.385,
    "phonetic": -1.663,
    "conflict": -2.287,
    "extra": 0.089,
    "numbers": 1.308,
    "cjk_chars": -3.707,
    "near_short": -0.492,
    "person_cover": -0.304,
    "token_set": 7.406,
    "person_extra": 1.625,
    "person_subset": 0.548,
    "syllable_diff": -3.959,
    "syllable_miss": 0.327,
    "letters": 2.425,
    "weakest": 2.367,
}
