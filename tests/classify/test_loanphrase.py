"""hs_v6's Korean loanword phrases (loanphrase.py, option loanword_phrases)."""

from __future__ import annotations

from chainlight.classify import Classifier
from chainlight.classify.loanphrase import LoanPhrases


def test_a_phrase_of_loanwords_reads_as_the_english_phrase() -> None:
    phrases = LoanPhrases(Classifier(version="hs_v6").vocabulary.terms)
    assert [h.term for h in phrases.hits("프로 래쉬 세럼")] == ["lash serum"]
    assert [h.term for h in phrases.hits("밍크 코트 롱")] == ["mink coat"]
    # one word read by its sound alone is no phrase (니트 may sound like "unit")
    assert phrases.hits("니트") == []
    # words not side by side with one space are not one phrase
    assert phrases.hits("래쉬, 세럼") == []


def test_a_lash_serum_is_not_lashes() -> None:
    got = Classifier(version="hs_v6").classify("t", "프로 래쉬 세럼")
    assert got.risk_category == "other" and (got.hs6 or "").startswith("3304")
    assert Classifier(version="hs_v5").classify("t", "프로 래쉬 세럼").risk_category == "false_eyelashes"
