"""The index keys of a rendered name (rendering.py): the words, joined and paired name parts, trade pairs,
and the words of a name made only of vocabulary, by which the index finds a name however it is spelt."""

from __future__ import annotations

from itertools import pairwise

from chainlight.resolve.normalize import skeleton
from chainlight.resolve.rendering import Rendering


def joined_key(rendering: Rendering) -> str | None:
    """The skeleton of all name parts written as one word, when there are two or more.

    Taken from the joined text, not by joining the parts' skeletons, so that it is the very key a query
    glued together gets: 'Vladimir Romanov' -> skeleton('vladimirromanov') = 'platimilomanop' (one l), as
    'Vladimirromanov' gives, not 'platimil' + 'lomanop'.
    """
    names = [t.text for t in rendering if t.cls == "name"]
    return (skeleton("".join(names)) or None) if len(names) > 1 else None


def pair_keys(rendering: Rendering) -> list[str]:
    """Skeletons of each two neighbouring name parts written as one word, in names of three parts or more
    (two parts have the joined key): 'Nova Briavi Yarn' meets 'Nova Briaviyarn', 'Korea Sanjang Pyol'
    meets 'San Jang Pyol'.  Neighbours are adjacent tokens: a vocabulary word between them keeps them apart."""
    if sum(t.cls == "name" for t in rendering) < 3:
        return []
    return [skeleton(a.text + b.text) for a, b in pairwise(rendering)
            if a.cls == "name" and b.cls == "name"]


def trade_keys(rendering: Rendering) -> list[str]:
    """Each name part with each industry word of a firm: 'b:jankpyol|trading'.

    At a million names one firm's name (Changbyol) is shared by dozens of firms in other trades, and the
    industry word alone is on too many names to be read; the pair is on few, and ranks the firm in the same
    trade above the others."""
    trades = [t.skel for t in rendering if t.cls == "industry"]
    if not trades:
        return []
    return [f"b:{t.skel}|{trade}" for t in rendering if t.cls == "name" for trade in trades]


def vocabulary_key(rendering: Rendering) -> str | None:
    """The key of a name made only of vocabulary (Korea Trading Bank, an alias of the Foreign Trade Bank): it
    has no rare word to be found by, so its words together are its key, in any order, legal forms aside."""
    if any(t.cls == "name" for t in rendering):
        return None
    words = sorted({t.skel for t in rendering if t.cls != "legal"})
    return "v:" + " ".join(words) if len(words) >= 2 else None


def index_keys(rendering: Rendering) -> set[str]:
    """Blocking keys: skeletons of the telling tokens, their 4-letter prefixes, and the name parts joined.

    Prefix keys let a misspelling in the second half of a word (Ryongbong) still find the entry; the joined
    key lets "Chongchongang" find "Chong Chon Gang", the pair keys "Pichoum Nova Engineering" find
    "Pic Houm Nova Engineering".
    """
    telling = [t for t in rendering if t.cls in ("name", "industry")] or list(rendering)
    keys: set[str] = set()
    for t in telling:
        keys.add(t.skel)
        if t.cls == "name" and len(t.skel) >= 5:
            keys.add("p:" + t.skel[:4])
            keys.add("s:" + t.skel[-4:])
        if t.cls == "name" and 4 <= len(t.skel) <= 14:
            # one-letter deletions: a query word with a letter missing, changed or swapped meets one of them
            keys.update("d:" + t.skel[:i] + t.skel[i + 1:] for i in range(len(t.skel)))
    joined = joined_key(rendering)
    if joined:
        keys.add(joined)
    if (vocab := vocabulary_key(rendering)) is not None:
        keys.add(vocab)
    keys.update(pair_keys(rendering))
    keys.update(trade_keys(rendering))
    keys.discard("")
    return keys
