"""Korean morphology for the rules that need it: where a name starts, and whether a word is a proper noun.

kiwipiepy (Kiwi, a Korean analyser that ships its model in the wheel) tells a particle from the end of a
name (수산물가공업체는 | 훈춘동양실업유한공사) and a proper noun from a verb (연태대신 is NNP).  Without it the
rules fall back to a list of particles and endings, which is right for most news text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Endings that make a word the argument of the sentence rather than part of a name.
_PARTICLES = re.compile(r"(?:는|은|이|가|을|를|에서|에게|에는|에도|에|와|과|로|으로|도|의|만|까지|부터)$")
_ADNOMINAL = re.compile(r"(?:있는|위치한|소재한|소재|인근의?|있던|운영하는|속한|산하|산하의)$")


def _kiwi() -> Any | None:
    """The program's one analyser (resolve/morphology.py); None without kiwipiepy: the fallback lists below."""
    from chainlight.resolve.morphology import kiwi

    return kiwi()


@lru_cache(maxsize=8192)
def _tags(word: str) -> tuple[tuple[str, str], ...]:
    kiwi = _kiwi()
    if kiwi is None:
        return ()
    return tuple((t.form, t.tag) for t in kiwi.tokenize(word))


@lru_cache(maxsize=2048)
def tokens(sentence: str) -> tuple[tuple[str, str], ...]:
    """(form, tag) of every morpheme the analyser reads in a sentence; () without it."""
    return _tags(sentence)


@lru_cache(maxsize=2048)
def _morphemes(sentence: str) -> tuple[tuple[int, int, str], ...] | None:
    """(start, end, tag) of every morpheme the analyser reads in a sentence, made once for the readers below;
    None without the analyser."""
    kiwi = _kiwi()
    if kiwi is None:
        return None
    return tuple((t.start, t.start + t.len, t.tag) for t in kiwi.tokenize(sentence))


def splits_word(sentence: str, at: int, end: int) -> bool:
    """Does sentence[at:end] start inside a morpheme the analyser reads and run past its end (내의 in 시내의: 시내 | 의),
    rather than start a morpheme or end one it compounds (명태 in 북한명태, read as one noun)?  False without the
    analyser."""
    return any(a < at < b < end for a, b, _ in _morphemes(sentence) or ())


def is_argument(word: str) -> bool:
    """True when `word` ends in a particle or is an adnominal (…에 있는): it cannot start a name."""
    tags = _tags(word)
    if tags:
        last = tags[-1][1]
        return last.startswith("J") or last == "ETM" or (last.startswith("E") and len(tags) > 1)
    return bool(_PARTICLES.search(word) or _ADNOMINAL.search(word))


@lru_cache(maxsize=2048)
def noun_spans(sentence: str) -> tuple[tuple[int, int], ...] | None:
    """Spans of the sentence that the analyser reads as a run of nouns starting with a proper noun (NNP),
    e.g. 연태대신 in "훈춘동양실업유한공사, 연태대신 등"; None without the analyser."""
    morphemes = _morphemes(sentence)
    if morphemes is None:
        return None
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    for t in [*morphemes, None]:
        if t is not None and (t[2] == "NNP" or (run and t[2] in ("NNG", "SL", "SN"))) and \
                (not run or t[0] == run[-1][1]):
            run.append(t)
            continue
        if run:
            out.append((run[0][0], run[-1][1]))
        run = [t] if t is not None and t[2] == "NNP" else []
    return tuple(out)


def is_proper_noun(sentence: str, start: int, end: int) -> bool:
    """Is sentence[start:end] a name (연태대신), not a verb or a common word?  Without the analyser: any
    Hangul or Latin word of 2-12 letters."""
    spans = noun_spans(sentence)
    if spans is None:
        return bool(re.fullmatch(r"[가-힣A-Za-z]{2,12}", sentence[start:end]))
    return any(a <= start and end <= b for a, b in spans)


def strip_particle(word: str) -> str:
    """A word without the particle the analyser reads at its end (칠성무역이 -> 칠성무역); the word when it has none."""
    tags = _tags(word)
    if len(tags) > 1 and tags[-1][1].startswith("J") and word.endswith(tags[-1][0]):
        return word[:-len(tags[-1][0])]
    if not tags:
        m = _PARTICLES.search(word)
        return word[:m.start()] if m and m.start() >= 2 else word
    return word


def trim_name(phrase: str) -> tuple[int, str]:
    """Drop leading words that end in a particle or modify the name: (offset of the name, the name)."""
    words = list(re.finditer(r"\S+", phrase))
    for i, w in enumerate(words[:-1]):
        if is_argument(w.group()):
            rest = words[i + 1]
            return rest.start(), phrase[rest.start():]
    return 0, phrase


_RUN_TAGS = frozenset({"NNP", "NNG", "SL", "SN", "SH"})


@lru_cache(maxsize=2048)
def noun_runs(sentence: str) -> tuple[tuple[tuple[int, int, str], ...], ...] | None:
    """Runs of nouns as the analyser reads them, a single space allowed between two (랴오닝 중국 무역 유한회사): each run
    a tuple of (start, end, tag) of its morphemes; a particle, a verb or a punctuation mark ends a run.  None without
    the analyser."""
    morphemes = _morphemes(sentence)
    if morphemes is None:
        return None
    out: list[tuple[tuple[int, int, str], ...]] = []
    run: list[tuple[int, int, str]] = []
    for t in [*morphemes, None]:
        if t is not None and t[2] in _RUN_TAGS:
            gap = sentence[run[-1][1]:t[0]] if run else ""
            if not run or gap in ("", " "):
                run.append(t)
                continue
        if run:
            out.append(tuple(run))
        run = [t] if t is not None and t[2] in _RUN_TAGS else []
    return tuple(out)
