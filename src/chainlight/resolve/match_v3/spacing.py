"""Words written together on one side and apart on the other: 大连义锦 read as one word 'dalianyijin' against
'Dalian Yijin', 'Technologyjoint' against 'Technology Joint', 'Vladimirromanov' against 'Vladimir Romanov'.

Compared word by word, such a pair shows a conflict (the joined word has no partner) and an extra word (nor
has either half), which is what two different names look like.  Here the joined word is cut where the other
side's words meet, and each piece takes the place of the word, so that the features compare aligned parts.
Only words that found no sure partner are considered, only when the joined spellings agree closely, and only
when at least one piece then surely matches its partner.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations, pairwise

from rapidfuzz.distance import Levenshtein

from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.normalize import skeleton
from chainlight.resolve.rendering import Rendering, Token

JOIN_MAX = 3  # words written as one: Chong Chon Gang / Chongchongang
SURE = 0.85  # a word this similar to its best partner is matched already and is left alone
NEAR = 0.85  # edit similarity of the joined spellings needed to try a cut
LENGTH_SLACK = 3  # letters the joined spellings may differ by (a typo, a doubled letter at the join)


@dataclass(frozen=True)
class Respaced:
    query: Rendering
    listed: Rendering
    joins: tuple[str, ...]  # what was cut, for the explanation: "dalianyijin = dalian + yijin"


def _joined_similarity(word: Token, run: Rendering) -> float:
    """How alike the word is to the run written together: by the skeleton of the joined letters (a doubled
    letter at the join, Vladimir|romanov, collapses as in the word) and by the joined skeletons (each
    written in its own romanization: Xiang|gang / Xianggang)."""
    whole = skeleton("".join(t.text for t in run))
    parts = "".join(t.skel for t in run)
    return max(Levenshtein.normalized_similarity(word.skel, whole),
               Levenshtein.normalized_similarity(word.skel, parts))


def _piece(text: str, partner: Token) -> Token:
    """A piece of a cut word, in the class of the word it stands against (Technology|joint: industry, generic)."""
    if partner.cls == "name":
        return Token(text, skeleton(text), "name")
    return Token(text, partner.skel if skeleton(text) == skeleton(partner.text) else text, partner.cls)


def _cut(word: Token, run: Rendering, person: bool) -> tuple[Token, ...] | None:
    """The word cut into as many pieces as the run has words, where the pieces best match them; None when no
    piece surely matches its partner (the spellings agree only as a whole)."""
    text, targets = word.text, [skeleton(t.text) for t in run]
    best: tuple[int, tuple[int, ...]] | None = None
    for cuts in combinations(range(1, len(text)), len(run) - 1):
        bounds = (0, *cuts, len(text))
        spans = zip(pairwise(bounds), targets, strict=True)
        cost = sum(Levenshtein.distance(skeleton(text[a:b]), t) for (a, b), t in spans)
        if best is None or cost < best[0]:
            best = (cost, bounds)
    if best is None:
        return None
    bounds = best[1]
    pieces = tuple(_piece(text[a:b], t) for (a, b), t in zip(pairwise(bounds), run, strict=True))
    # one piece surely found is enough: the others are then aligned with their partners and compared as parts
    # (Denghonghao / Ding Honghao: honghao agrees, and Deng against Ding is the surname that differs)
    if all(F2._similarity(p, t, person) < SURE for p, t in zip(pieces, run, strict=True)):
        return None
    return pieces


def _runs(ys: Rendering, best_y: list[float]) -> list[tuple[int, int, int]]:
    """(start, end, letters of the skeletons) of each run of 2 to JOIN_MAX adjacent words, legal forms apart,
    at least one of which has no sure partner; shorter runs first."""
    found = []
    for j in range(len(ys)):
        length, weak = 0, False
        for e in range(j, min(len(ys), j + JOIN_MAX)):
            if ys[e].cls == "legal":
                break
            length += len(ys[e].skel)
            weak = weak or best_y[e] < SURE
            if e > j and weak:
                found.append((j, e + 1, length))
    return sorted(found, key=lambda r: r[1] - r[0])


def _splits(xs: Rendering, best_x: list[float], ys: Rendering, best_y: list[float], person: bool,
            taken: set[int]) -> dict[int, tuple[Token, ...]]:
    """For each unmatched distinctive word of xs, its pieces when it is a run of adjacent words of ys written
    together (at least one of which is unmatched too).  taken: ys's words already in a run (updated)."""
    found: dict[int, tuple[Token, ...]] = {}
    weak = [i for i, (x, b) in enumerate(zip(xs, best_x, strict=True)) if b < SURE and x.cls == "name"]
    runs = _runs(ys, best_y) if weak else []
    for i in weak:
        x = xs[i]
        for j, e, length in runs:
            if abs(len(x.skel) - length) > LENGTH_SLACK + e - j or not taken.isdisjoint(range(j, e)):
                continue
            if _joined_similarity(x, ys[j:e]) < NEAR:
                continue
            pieces = _cut(x, ys[j:e], person)
            if pieces is not None:
                found[i] = pieces
                taken.update(range(j, e))
                break
    return found


def _apply(xs: Rendering, splits: dict[int, tuple[Token, ...]]) -> Rendering:
    return tuple(p for i, t in enumerate(xs) for p in splits.get(i, (t,)))


def _notes(xs: Rendering, splits: dict[int, tuple[Token, ...]]) -> list[str]:
    return [f"{xs[i].text} = {' + '.join(p.text for p in pieces)}" for i, pieces in sorted(splits.items())]


def respace(q: Rendering, c: Rendering, best_q: list[float], best_c: list[float],
            person: bool) -> Respaced | None:
    """The pair with each word that one side writes joined cut as the other side writes it; None when no
    word is.  best_q / best_c: each word's best similarity on the other side."""
    if all(b >= SURE for b in best_q) or all(b >= SURE for b in best_c):
        return None  # a joined word leaves a word without partner on both sides
    in_c_runs: set[int] = set()
    split_q = _splits(q, best_q, c, best_c, person, in_c_runs)
    in_q_runs = set(split_q)  # a word already cut is no part of a run
    split_c = _splits(c, best_c, q, best_q, person, in_q_runs)
    split_c = {i: p for i, p in split_c.items() if i not in in_c_runs}
    if not split_q and not split_c:
        return None
    return Respaced(_apply(q, split_q), _apply(c, split_c), (*_notes(q, split_q), *_notes(c, split_c)))


def _joins_from(original: Rendering, cut: Rendering) -> tuple[str, ...] | None:
    """The words of `original` cut in `cut` ("dalianyijin = dalian + yijin"); None when `cut` is not
    `original` with some words cut."""
    notes: list[str] = []
    j = 0
    for word in original:
        if j < len(cut) and cut[j] == word:
            j += 1
            continue
        end, text = j, ""
        while end < len(cut) and len(text) < len(word.text):
            text += cut[end].text
            end += 1
        if text != word.text or end - j < 2:
            return None
        notes.append(f"{word.text} = {' + '.join(t.text for t in cut[j:end])}")
        j = end
    return tuple(notes) if j == len(cut) else None


def joins(originals: tuple[Rendering, ...], cut: Rendering) -> tuple[str, ...]:
    """What was cut to give `cut` from one of the analysed renderings (none when it is one of them): for the
    explanation, which sees only the renderings compared."""
    if cut in originals:
        return ()
    for original in originals:
        found = _joins_from(original, cut)
        if found:
            return found
    return ()
