"""The learned sentence reader (extract/learned.py): stored as plain numbers, made again the same by its script, and
every claim it adds says that a model read it and how sure it was."""

from __future__ import annotations

import json

import pytest

from chainlight.extract import extract_text, learned
from chainlight.extract.types import Sentence


def test_the_stored_reader_is_plain_numbers_and_loads():
    data = json.loads(learned.DATA.read_text(encoding="utf-8"))
    assert data["n_features"] == learned.N_FEATURES and data["ngrams"] == list(learned.NGRAMS)
    reader = learned.default_reader()
    assert reader is not None and set(reader.models) <= {"en", "ko", "zh"}
    for models in reader.models.values():
        for m in models:
            assert m.label.partition(":")[0] in ("channel", "goods", "place", "figure")
            assert all(0 <= i < learned.N_FEATURES for i in m.weights)


def test_features_are_stable_and_ignore_the_size_of_figures():
    a = learned.features("About 3,000 North Korean workers were sent to Russia.")
    b = learned.features("About 5,600 North Korean workers were sent to Russia.")
    assert a == b and a  # digits are one symbol: the n-grams, hashed by CRC-32, are the same in every run
    assert abs(sum(v * v for v in a.values()) - 1.0) < 1e-9


def _reader() -> learned.SentenceReader:
    reader = learned.default_reader()
    assert reader is not None
    return reader


def test_a_learned_claim_keeps_its_reader_and_probability():
    text = "Thousands of North Korean laborers toil at construction sites in Qatar and Kuwait."
    s = Sentence(0, 0, len(text), text, "en")
    # thresholds given (as the leave-one-set-out harness gives them): every country the place model reads counts
    out = learned.sentence_mentions(s, text, "en", [], _reader(),
                                    {"channel:labour_export": 0.5, learned.PLACE: 0.0},
                                    {"channel:labour_export": 0.93})
    by_type = {(m.type, m.key) for m in out}
    assert ("channel", "labour_export") in by_type
    assert {("destination", "qa"), ("destination", "kw")} <= by_type
    for m in out:
        assert m.rule.startswith("learned:")
        assert m.value["learned"]["reader"] == "sentence_reader" and 0 < m.value["learned"]["probability"] < 1
        assert m.confidence == m.value["learned"]["probability"]
        assert text[m.start - s.start:m.end - s.start] == m.text  # the claim keeps its words and offsets


def test_the_rules_keep_a_type_they_read():
    text = "North Korean workers were sent to Russia, where they work in construction in Qatar."
    s = Sentence(0, 0, len(text), text, "en")
    rules = [m for m in extract_text(text, learned=False).mentions]
    assert any(m.type == "destination" for m in rules)
    out = learned.sentence_mentions(s, text, "en", rules, _reader(), {learned.PLACE: 0.0, "goods:seafood": 0.5},
                                    {"goods:seafood": 0.95})
    assert [m.type for m in out] == ["goods"]  # no destination added beside the rules' own


def test_a_destination_needs_a_country_named():
    text = "The workers are paid little and their wages go to the state."
    s = Sentence(0, 0, len(text), text, "en")
    assert learned.sentence_mentions(s, text, "en", [], _reader(), {learned.PLACE: 0.0}, {}) == []


def test_labels_whose_threshold_is_off_claim_nothing():
    text = "북한 노동자 수만 명이 러시아와 중국에 파견돼 일하고 있다."
    s = Sentence(0, 0, len(text), text, "ko")
    off = {label: 1.01 for label in _reader().thresholds("ko")}
    assert learned.sentence_mentions(s, text, "ko", [], _reader(), off) == []


def test_extraction_without_the_reader_has_no_learned_claims():
    text = "북한 노동자들이 해외 건설 현장에서 하루 12시간 이상 일하고 있다."
    ex = extract_text(text, learned=False)
    assert not [m for m in ex.mentions if m.rule.startswith("learned:")]


@pytest.mark.slow  # ~20 CPU s: it reads every seen set's units and fits ~35 models (CI runs `pytest -m slow`)
@pytest.mark.filterwarnings("ignore")
def test_retraining_from_the_sets_gives_the_same_file():
    pytest.importorskip("sklearn")
    from benchmarks.extract.realworld.train_reader import dumps, fit, rows_of, seen_units

    assert dumps(fit(rows_of(seen_units()))) == learned.DATA.read_text(encoding="utf-8")


def test_a_figure_the_rules_leave_is_read_as_a_count_of_workers():
    # (set 15's held-out half, VOA on KOTRA's count: the counted noun is left to the sentence, 5만여 명을 파견)
    text = "코트라에 따르면 북한은 지난 2013년 현재 16개 나라에 5만여 명을 파견하고 있습니다."
    s = Sentence(0, 100, 100 + len(text), text, "ko")
    out = learned.sentence_mentions(s, text, "ko", [], _reader(), {"figure:workers": 0.5})
    figures = [m for m in out if m.type == "quantity"]
    assert [m.key for m in figures] == ["workers=50000"]
    m = figures[0]
    assert m.value["approximate"] is True and m.rule == "learned:figure:workers"
    assert m.text == "5만여" and m.start == 100 + text.index("5만여")  # its own words and offsets in the document
    assert 0.5 <= m.value["learned"]["probability"] < 1


def test_a_figure_the_rules_read_is_theirs():
    text = "북한 노동자 2천여 명이 러시아 아무르주에서 일하고 있다."
    rules = extract_text(text, learned=False).mentions
    assert any(m.type == "quantity" for m in rules)
    s = Sentence(0, 0, len(text), text, "ko")
    found = [m for m in rules if m.sentence == 0]
    out = learned.sentence_mentions(s, text, "ko", found, _reader(), {"figure:workers": 0.0})
    assert not [m for m in out if m.type == "quantity"]


def test_labour_export_learned_in_a_sentence_that_says_abroad():
    # exported labour needs work in another country: a country named, the paragraph's topic, or the word for abroad
    abroad = "기술 교육과 해외파견 시 지켜야 할 사항들을 교육받고 있다."
    home = "기술 교육과 출장 시 지켜야 할 사항들을 교육받고 있다."
    every = {"channel:labour_export": 0.0}
    for text, want in ((abroad, ["labour_export"]), (home, [])):
        s = Sentence(0, 0, len(text), text, "ko")
        out = learned.sentence_mentions(s, text, "ko", [], _reader(), every)
        assert [m.value["channel"] for m in out if m.type == "channel"] == want, text
