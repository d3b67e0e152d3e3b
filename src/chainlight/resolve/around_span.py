"""What the words around a name found inside East Asian running text say of it (spans.in_running_text).

A listed name standing whole inside a sentence written without spaces is the sentence's party only when the words
around it do not make it a part of something else.  Three readings say it is not:

- the words after it go on naming: a legal form or a body's head word (하나은행 (중국) 유한공사, 鴻祥子公司: another
  firm, the bank's Chinese subsidiary), a noun the segmenter reads (朝鮮人民軍総政治局, the army's bureau;
  단천상업은행 소속 문정철, a person of the bank), across a bracket that holds a place (하나은행 (중국) ...) or an
  ordinal (宣伝扇動部第1副部長).  A post closing the noun after it with no person named in the text is the body's
  office speaking for it (조선국가우주개발국 대변인은, the administration's spokesman: the administration);
- a person is named after it across a genitive (の, 의, 的) or a space, with a post (朝鮮労働党中央軍事委員会の
  李炳哲副委員長, 大同信用銀行の社長 김철): the sentence is about the body's officer;
- it stands alone in round brackets after other words (△라경수․김광일(이상 단천상업은행)): an aside naming what
  the words before it belong to.

Each reading is the analysers' (Kiwi's morphemes and tags for Hangul, jieba's words and tags for characters, the
name analyser's vocabulary classes, posts.py's shape of a person's name and head words of a post), not a list of
the names seen.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

LOOK_AHEAD = 16  # characters after a span read for what follows it
_SPACES = " \u3000\t"
_OPEN, _CLOSE = "(（", ")）"
_GENITIVES = ("の", "의", "的")
_ORDINAL = re.compile(r"^(?:第|제)?\d+")  # 第1, 제1: an ordinal before a post (第1副部長, 제1부부장)
# jieba's tags of nouns but places (ns: a place is the sentence's, 朝鮮外貿銀行是朝鮮...), with its tags of a word it
# does not know (x) or of a lone bound morpheme (yg, ng: 戦 of a Japanese 戦略, 総 of 総政治局), which in a name
# written on unspaced are its next word's parts
_HAN_NOUNS = frozenset({"n", "ng", "nz", "nt", "nr", "nrfg", "nrt", "x", "yg"})
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")


def not_the_party(name: str, start: int, end: int) -> bool:
    """Whether the words around name[start:end] make it a part of another name, a person's body, or an aside."""
    rest = name[end:end + LOOK_AHEAD * 2]
    return aside(name, start, end) or person_after(rest) or longer_name(rest, f"{name[:start]} {name[end:]}")


def aside(name: str, start: int, end: int) -> bool:
    """The span stands inside round brackets with words before the bracket: an aside on them
    (△라경수․김광일(이상 단천상업은행), the persons' bank), not the text's party."""
    opening = max(name.rfind(c, 0, start) for c in _OPEN)
    if opening < 0 or any(c in name[opening:start] for c in _CLOSE):
        return False
    closing = min((k for k in (name.find(c, end) for c in _CLOSE) if k >= 0), default=-1)
    if closing < 0:
        return False
    return any(c.isalnum() for c in name[:opening])


def person_after(rest: str) -> bool:
    """A person's name with a post after the span, across a genitive or a space (の李炳哲副委員長, の社長 김철):
    posts.py reads the words after it as a person and a post."""
    from chainlight.resolve.posts import post_readings

    text = rest.lstrip(_SPACES)
    for g in _GENITIVES:
        if text.startswith(g):
            text = text[len(g):].lstrip(_SPACES)
            break
    text = re.split(r"[,，、。.;:!?「」『』\"“”]", text, maxsplit=1)[0].strip()
    if not text:
        return False
    if post_readings(text):
        return True
    words = text.split()
    # a post then a name (社長 김철, 부장 리철): a name of two or three syllables opening with a family name
    return len(words) >= 2 and _a_post_word(words[0]) and _a_short_name(words[1])


def longer_name(rest: str, outside: str) -> bool:
    """The words after the span go on naming (see the module's docstring): a bracket holding a place is read
    past, an ordinal too; then a body's vocabulary, or a noun that is no post of the body's."""
    text = rest.lstrip(_SPACES)
    if text[:1] in _OPEN:
        closing = min((k for k in (text.find(c) for c in _CLOSE) if k >= 0), default=-1)
        if closing < 0 or not _a_place(text[1:closing].strip()):
            return False  # an acronym or a reading in brackets (정찰총국(RGB)): the span's own
        text = text[closing + 1:].lstrip(_SPACES)
    text = _ORDINAL.sub("", text)
    if not text:
        return False
    word, noun = _next_word(text)
    if not word:
        return False  # punctuation, kana (の, と, にある), Latin, the text's end
    if _vocabulary(word):
        return True
    return noun and not (_a_post_word(word) and not _names_a_person(outside))


def _next_word(text: str) -> tuple[str, bool]:
    """The word after the span as the segmenter cuts it, and whether it is a noun: Kiwi's nouns opening a Hangul
    run joined (유한|공사, 대변인 before 은), jieba's first word of a run of characters (子公司, 戦 of 戦略: its
    first two are read for a noun, since jieba cuts a Japanese form off alone, 総|政治局)."""
    if _HANGUL_RUN.match(text):
        from chainlight.resolve.morphology import kiwi

        analyser = kiwi()
        if analyser is None:
            return "", False
        tokens = [t for t in analyser.tokenize(text[:LOOK_AHEAD]) if t.tag not in ("XPN", "SN", "SW")]
        nouns: list[Any] = []  # Kiwi's tokens
        for t in tokens:
            if not t.tag.startswith("NN") or (nouns and t.start != nouns[-1].start + nouns[-1].len):
                break
            nouns.append(t)
        if not nouns:
            return (tokens[0].form if tokens else ""), False
        return "".join(t.form for t in nouns), True
    m = _HAN_RUN.match(text)
    if m is None:
        return "", False
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    words = jieba.posseg.lcut(m.group())
    return words[0].word, any(w.flag in _HAN_NOUNS for w in words[:2])


@lru_cache(maxsize=4096)
def _vocabulary(word: str) -> bool:
    """A legal form or a body's head word (유한공사, 子公司, 分公司, 会社, 대표부, 총정치국): the name analyser reads
    the word as closing on a legal, generic or industry word."""
    from chainlight.resolve.rendering import render_name

    read = render_name(word).renderings
    return len(word) > 1 and bool(read) and all(r and r[-1].cls in ("legal", "generic", "industry") for r in read)


def _a_post_word(word: str) -> bool:
    from chainlight.resolve.posts import _a_post

    return _a_post(word)


def _a_short_name(word: str) -> bool:
    """Two or three Hangul syllables opening with a Korean family name and no dictionary word (김철, 리철호)."""
    from chainlight.resolve.posts import _a_word
    from chainlight.resolve.readings import KOREAN_SURNAMES

    return 2 <= len(word) <= 3 and bool(_HANGUL_RUN.fullmatch(word)) and word[0] in KOREAN_SURNAMES \
        and not _a_word(word)


def _names_a_person(text: str) -> bool:
    """A word of the text outside the span shaped as a person's name (posts.py: Hangul, characters, katakana; in
    Hangul two syllables too, 최휘, where a post follows)."""
    from chainlight.resolve.posts import _name_word

    words = [w for w in re.split(r"[\s,，、。.;:!?()（）「」『』\"“”△▽·․]+", text) if w]
    return any(_name_word(w, opening=k == 0) is not None or _a_short_name(w) for k, w in enumerate(words))


def _a_place(text: str) -> bool:
    from chainlight.resolve.spans import key, territory_keys

    return bool(text) and key(text) in territory_keys()
