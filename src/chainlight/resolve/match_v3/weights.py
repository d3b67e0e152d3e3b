"""match_v3 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v3`; do not edit by hand.

Fitted on 392 name_bench training pairs, 3011 cross-script training pairs and 29981 generated
screening pairs (gen_names seed 2); the raw bias
-8.954 is shifted so that the training F1-best cut (0.36) falls at 0.70.
"""

BIAS = -7.531
WEIGHTS: dict[str, float] = {
    "tokens": 3.296,
    "joined": 1.049,
    "phonetic": -1.196,
    "conflict": -1.909,
    "extra": 1.551,
    "numbers": 1.208,
    "cjk_chars": -3.940,
    "near_short": -0.077,
    "person_cover": -0.657,
    "token_set": 5.743,
    "person_extra": 3.006,
    "person_subset": 0.889,
    "syllable_diff": -3.069,
    "syllable_miss": -0.284,
    "letters": 1.341,
    "weakest": 2.414,
}
