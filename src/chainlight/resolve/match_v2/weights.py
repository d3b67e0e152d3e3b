"""match_v2 weights (logit scale).  Written by `python -m benchmarks.resolve.fit`; do not edit by hand.

Fitted on 392 name_bench training pairs and 2999 cross-script training pairs; the raw bias
-5.547 is shifted so that the training F1-best cut (0.58) falls at 0.70.
"""

BIAS = -5.023
WEIGHTS: dict[str, float] = {
    "tokens": 1.382,
    "joined": 2.462,
    "phonetic": -2.625,
    "conflict": -4.825,
    "extra": 1.221,
    "numbers": 0.502,
    "cjk_chars": -5.273,
    "near_short": 0.239,
    "person_cover": -0.556,
    "token_set": 6.614,
}
