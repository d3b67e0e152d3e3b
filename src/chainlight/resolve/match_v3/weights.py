"""match_v3 weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer match_v3`; do not edit by hand.

Fitted on 392 name_bench training pairs, 2857 cross-script training pairs and 27179 generated
screening pairs (gen_names seed 2); the raw bias
-9.241 is shifted so that the training F1-best cut (0.36) falls at 0.70.
"""

BIAS = -7.819
WEIGHTS: dict[str, float] = {
    "tokens": 3.529,
    "joined": 0.993,
    "phonetic": -2.021,
    "conflict": -2.324,
    "extra": 1.717,
    "numbers": 1.277,
    "cjk_chars": -4.122,
    "near_short": -0.285,
    "person_cover": -0.627,
    "token_set": 6.507,
    "person_extra": 3.211,
    "person_subset": 0.863,
    "syllable_diff": -2.962,
    "syllable_miss": -0.100,
    "letters": 1.386,
    "weakest": 2.393,
}
