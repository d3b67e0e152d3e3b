"""The learned claim filter (extract/verifier.py): stored as plain numbers, features that name no example, and a claim
dropped only below its language's and type's threshold."""

from __future__ import annotations

import json

from chainlight.extract import extract_text, verifier
from chainlight.extract.types import Mention, Sentence


def test_the_stored_filter_is_plain_numbers_and_loads():
    data = json.loads(verifier.DATA.read_text(encoding="utf-8"))
    assert data["n_features"] == verifier.N_FEATURES and data["window"] == verifier.WINDOW
    v = verifier.default_verifier()
    assert v is not None and set(v.models) <= set(verifier.MODEL_OF.values())
    for model in v.models.values():
        assert all(0 <= i < verifier.N_FEATURES for i in model.weights)
    for lang, by_type in v.thresholds.items():
        assert lang in ("en", "ko", "zh")
        assert all(t in verifier.MODEL_OF and 0 < thr < 1 for t, thr in by_type.items())


def test_the_stored_filter_is_the_scripts():
    from benchmarks.extract.realworld.verify_claims import THRESHOLDS, VERSION

    v = verifier.default_verifier()
    assert v is not None and v.version == VERSION
    assert v.thresholds == {lang: dict(by_type) for lang, by_type in THRESHOLDS.items()}


def _sentence(text: str, lang: str = "en") -> Sentence:
    return Sentence(0, 0, len(text), text, lang)


def _mention(text: str, sentence: str, type_: str, value: dict[str, object], rule: str) -> Mention:
    start = sentence.index(text)
    return Mention(type_, text, start, start + len(text), 0, value, 0.7, rule)


def test_features_read_the_claim_and_its_context_not_its_document_name():
    s = _sentence("About 3,000 North Korean workers were sent to Russia in 2019.")
    m = _mention("Russia", s.text, "destination", {"country": "ru"}, "destination:to")
    (lang, x), = verifier.claim_features([s], [m])
    assert lang == "en" and x
    # the same claim in the same words gives the same features whatever the figure (digits are one symbol)
    s2 = _sentence("About 5,600 North Korean workers were sent to Russia in 2019.")
    m2 = _mention("Russia", s2.text, "destination", {"country": "ru"}, "destination:to")
    assert verifier.claim_features([s2], [m2])[0][1] == x
    # a heading (no end mark, words in capitals) is a feature of its own
    assert "noend" in verifier.sentence_features(_sentence("North Koreans Open Factory In China"))
    assert "noend" not in verifier.sentence_features(s)


def test_a_claim_below_its_threshold_is_dropped_and_others_kept():
    s = _sentence("The IT workers were sent to Russia.")
    low = _mention("IT", s.text, "destination", {"country": "it"}, "destination:heading")
    other = _mention("Russia", s.text, "destination", {"country": "ru"}, "destination:to")
    channel = _mention("sent", s.text, "channel", {"channel": "labour_export"}, "channel:sent")
    bias = verifier.TypeModel(0.0, {})  # probability 0.5 for every claim
    v = verifier.ClaimVerifier({"destination": bias, "channel": bias}, {"en": {"destination": 0.6}}, "test")
    assert v.keep([s], [low, other, channel]) == [channel]  # destinations at 0.5 < 0.6 go; channels unfiltered
    assert v.keep([s], [low, other, channel], {"en": {"destination": 0.4}}) == [low, other, channel]
    assert v.keep([s], [low, other, channel], {"ko": {"destination": 0.9}}) == [low, other, channel]
    assert v.probabilities([s], [low]) == [0.5]


def test_the_rules_alone_are_not_filtered():
    text = "North Korean workers were sent to Russia and China in 2019."
    rules = extract_text(text, learned=False).mentions
    full = extract_text(text).mentions
    kept = {(m.type, m.key) for m in full}
    # (the learned readers may add claims; the filter only drops: whatever it keeps of the rules is theirs)
    assert {(m.type, m.key) for m in rules if m.rule.startswith("learned:")} == set()
    assert kept & {(m.type, m.key) for m in rules}
