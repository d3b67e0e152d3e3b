"""Candidate generation: an inverted index from blocking keys to list names, held in numpy arrays.

Each name is analysed once; its keys become integer ids through a vocabulary dict, and the postings are
stored as one CSR pair (indptr, postings) of int32.  A query touches only the posting lists of its own keys,
so its cost grows with how common its words are, not with the size of the watchlist: the rarity weights
(log N/df) of the keys a name shares with the query are summed with numpy over the concatenated postings,
and the best few names go on to the detailed scorer.  Keys shared by a large share of names (a prefix like
'p:kore') say nothing; they are used only when a query has no rarer key.
"""

from __future__ import annotations

import math
import threading
import zlib
from array import array
from collections.abc import Callable, Iterator
from types import ModuleType

import numpy as np

from chainlight.resolve.keys import index_keys, joined_key, pair_keys, trade_keys, vocabulary_key
from chainlight.resolve.packed import PackedStrings
from chainlight.resolve.rendering import Analysis, Rendering, Token

MAX_POSTING = 5000  # longer posting lists are skipped when the query has rarer keys ...
POSTING_SHARE = 25  # ... or, in lists over 125k names, those longer than 1/25 of the names
POSTING_BUDGET = 20_000  # postings read per query at most (beyond the rarest key): at 1M, 30k gave the same F1
# (0.904 against 0.905: recall 0.004 higher, precision 0.006 lower) for ~20% more of the search time
RARITY_CACHE = 200_000
JOINED_MAX = 3  # the joined key weighs as much as this many name parts at most
WORD_CACHE = 200_000  # query words whose keys an index keeps (the 1M-line user file's 40,007 names: 2,136 words)
SCALAR_SPANS = 64  # keys up to which _spans reads its hits one by one (faster than the array steps for so few)
SPAN_CACHE = 400_000  # keys whose posting spans it keeps (joined, pair and trade keys; the words' own keys)
_UNSEEN = object()


def stable_hash(key: str) -> int:
    """A 64-bit hash that is the same in every process (str hash() is salted per process), so that a saved
    index still finds its keys when loaded elsewhere; CRC-32 and Adler-32 side by side, both in C."""
    b = key.encode("utf-8")
    h = (zlib.crc32(b) << 32) | zlib.adler32(b)
    return h - (1 << 64) if h >= 1 << 63 else h


def sketch(analysis: Analysis) -> str:
    """The skeletons of a name's telling words, sorted: a short string that rapidfuzz compares in C."""
    r = analysis.renderings[0] if analysis.renderings else ()
    return " ".join(sorted(t.skel for t in r if t.cls != "legal"))


class NameIndex:
    def __init__(self) -> None:
        self.names = PackedStrings()
        self.owner = array("i")  # name number -> resolved entity number
        self.sketches = PackedStrings()  # name number -> skeletons of its first rendering, for a cheap pre-score
        # Keys and skeletons are kept as 64-bit hashes in sorted numpy arrays, not as dicts of strings: at a
        # million names the strings alone would take more memory than the whole index.  A hash collision
        # only merges two posting lists (a few extra candidates, which the scorer then rejects).
        self._pair_key = array("q")  # (key hash, name number) pairs until freeze()
        self._pair_name = array("i")
        self._skel_hash = array("q")  # one per (name, distinct skeleton)
        self._keys = np.zeros(0, dtype=np.int64)  # sorted distinct key hashes
        self._indptr = np.zeros(1, dtype=np.int64)
        self._postings = np.zeros(0, dtype=np.int32)
        self._skels = np.zeros(0, dtype=np.int64)  # sorted distinct skeleton hashes ...
        self._skel_counts = np.zeros(0, dtype=np.int64)  # ... and how many names carry each
        self._rarity_cache: dict[str, float] = {}
        self._frozen = False

    def add(self, name: str, owner: int, analysis: Analysis) -> None:
        if self._frozen and not len(self._pair_key) and len(self._postings):
            self._thaw()
        n = len(self.names)
        self.names.append(name)
        self.owner.append(owner)
        self.sketches.append(sketch(analysis))
        keys: set[str] = set()
        skels: set[str] = set()
        for r in analysis.renderings:
            keys |= index_keys(r)
            skels |= {t.skel for t in r}
        for k in keys:
            self._pair_key.append(stable_hash(k))
            self._pair_name.append(n)
        for sk in skels:
            self._skel_hash.append(stable_hash(sk))
        self._frozen = False

    def freeze(self) -> None:
        """Sort the (key, name) pairs into CSR arrays; call after the last add().

        The pairs are dropped once sorted (at a million names they are a few hundred MB) and rebuilt from the
        CSR arrays if a name is added later.
        """
        if self._frozen and not len(self._pair_key):
            return
        keys = np.frombuffer(self._pair_key, dtype=np.int64) if len(self._pair_key) else np.zeros(0, np.int64)
        names = np.frombuffer(self._pair_name, dtype=np.int32) if len(self._pair_name) else np.zeros(0, np.int32)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        self._postings = names[order]
        del order, keys, names
        self._pair_key, self._pair_name = array("q"), array("i")
        # the distinct keys of a sorted array, without np.unique's sorted copy
        first = np.empty(len(sorted_keys), dtype=bool)
        if len(sorted_keys):
            first[0] = True
            np.not_equal(sorted_keys[1:], sorted_keys[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        self._keys = sorted_keys[starts]
        del sorted_keys, first
        self._indptr = np.append(starts, len(self._postings)).astype(np.int64)
        skels = np.frombuffer(self._skel_hash, dtype=np.int64) if len(self._skel_hash) else np.zeros(0, np.int64)
        self._skels, self._skel_counts = np.unique(skels, return_counts=True)
        del skels
        self._skel_hash = array("q")  # rebuilt from the counts if a name is added later (_thaw)
        self._rarity_cache = {}
        self.__dict__.pop("_key_caches", None)  # the keys' spans moved
        self.names.pack()
        self.sketches.pack()
        self._frozen = True

    def _thaw(self) -> None:
        """The (key, name) pairs back from the CSR arrays, so that more names can be added."""
        self._pair_key = array("q", np.repeat(self._keys, np.diff(self._indptr)).tobytes())
        self._pair_name = array("i", self._postings.astype(np.int32).tobytes())
        self._skel_hash = array("q", np.repeat(self._skels, self._skel_counts).tobytes())
        self._frozen = False

    def _span(self, key: str) -> tuple[int, int] | None:
        h = stable_hash(key)
        i = int(np.searchsorted(self._keys, h))
        if i < len(self._keys) and self._keys[i] == h:
            start = int(self._indptr[i])
            return int(self._indptr[i + 1]) - start, start
        return None

    def __len__(self) -> int:
        return len(self.names)

    def rarity(self, token: Token) -> float:
        """How telling a distinctive word is here: 1.0 when rare, down to 0.3 for 'kim' or 'trading'."""
        if token.cls != "name":
            return 1.0
        got = self._rarity_cache.get(token.skel)  # before len(names), a Python call: asked ~50 times a candidate
        if got is not None:
            return got
        if not self.names:
            return 1.0
        if not self._frozen:
            self.freeze()
        h = stable_hash(token.skel)
        i = int(np.searchsorted(self._skels, h))
        df = int(self._skel_counts[i]) if i < len(self._skels) and self._skels[i] == h else 0
        got = 1.0 if df <= 1 else max(0.3, 1.0 - math.log(df) / math.log(max(len(self.names), 3)) * 0.9)
        if len(self._rarity_cache) < RARITY_CACHE:
            self._rarity_cache[token.skel] = got
        return got

    def candidates(self, analysis: Analysis, limit: int = 40) -> list[int]:
        """Name numbers sharing the most (rarity-weighted) keys with any rendering of the query."""
        return [i for i, _ in self.scored_candidates(analysis, limit)]

    def scored_candidates(self, analysis: Analysis, limit: int = 40) -> list[tuple[int, float]]:
        """(name number, summed key weight), best first.

        A key weighs its rarity (log N / df) times its kind: the word itself 1, a prefix or suffix 0.5, a
        spelling one edit away 0.8; each query word counts once per name, with its best key there.
        """
        if limit <= 0:
            return []  # the compiled loop keeps `limit` names in a fixed array: none means nothing to keep
        if not self._frozen:
            self.freeze()
        found = self._found_keys(analysis)
        if not found:
            return []
        if not any(f[1] >= 0 for f in found.values()):
            # no distinctive word of the query is in the list, even one edit away: names that share only
            # vocabulary (Trading, Co., Ltd.) cannot match, and scoring them is most of a screen of
            # parties that are on no list
            return []
        spans = [(length, start, w, group) for w, group, length, start in found.values()]
        spans.sort()
        # a posting list longer than a share of the list says little; at a million names that share is
        # larger than MAX_POSTING, and skipping common syllables there lost the true name for a quarter
        cap = max(MAX_POSTING, len(self.names) // POSTING_SHARE)
        usable = [s for s in spans if s[0] <= cap] or [(cap, *spans[0][1:])]
        # rarest keys first, up to a budget of postings: the common keys beyond it weigh little (log N/df)
        # and would cost most of a query's time at a million names
        total = 0
        for k, sp in enumerate(usable):
            total += sp[0]
            if total > POSTING_BUDGET and k:
                usable = usable[:k]
                break
        n = max(len(self.names), 2)
        usable.sort(key=lambda sp: sp[3])  # by query word, as the compiled loop takes them
        starts = np.array([sp[1] for sp in usable], dtype=np.int64)
        lengths = np.array([sp[0] for sp in usable], dtype=np.int64)
        weights = np.array([(math.log(n / sp[0]) + 0.1) * sp[2] for sp in usable], dtype=np.float32)
        groups = np.array([sp[3] for sp in usable], dtype=np.int64)
        score, word_best = self._scratch()
        ids, values = _kernel().best_names(self._postings, starts, lengths, weights, groups, score, word_best,
                                           limit)
        return list(zip(ids.tolist(), values.tolist(), strict=True))

    def _found_keys(self, analysis: Analysis) -> dict[str, tuple[float, int, int, int]]:
        """query_keys(analysis, self._known) cut to the keys this index holds: key -> (weight, query word,
        posting length, posting start).

        The same keys, weights and words as query_keys gives, taken in the same order (a key two words share
        goes to the first with its highest weight), but a word's keys are made, hashed and looked up once per
        index (`_word_keys`) instead of once per query, and the keys of a whole rendering (joined, pairs,
        trades) looked up together: a screen's names share most of their words, and making, hashing and
        looking up each query's keys one by one was about half of a candidate search (1M-line file: ~20 of
        44 s of samples).
        """
        groups: dict[str, int] = {}
        # (key, weight, group, span or None while not looked up), in query_keys's order
        taken: list[tuple[str, float, int, tuple[int, int] | None]] = []
        spans = self._caches()[1]
        unknown: list[int] = []  # positions in `taken` of keys not in `spans`

        def add(key: str | None, weight: float, word: str) -> None:
            g = groups.setdefault(word, len(groups))
            if key:
                span = spans.get(key, _UNSEEN)
                if span is _UNSEEN:
                    unknown.append(len(taken))
                    taken.append((key, weight, g, None))
                elif span is not None:
                    taken.append((key, weight, g, span))  # type: ignore[arg-type]

        for r in analysis.renderings:
            telling = [t for t in r if t.cls in ("name", "industry")] or list(r)
            has_name = any(x.cls == "name" for x in r)
            for t in telling:
                # a distinctive word's group is numbered from 0, a vocabulary word's below 0
                g = groups.setdefault(t.skel, len(groups) if t.cls == "name" or not has_name else -1 - len(groups))
                taken.extend([(key, weight, g, span) for key, weight, span in self._word_keys(t.skel, t.cls == "name")])
            for key, weight, word in _rendering_keys(r):
                add(key, weight, word)
        if unknown:
            looked = self._spans([taken[j][0] for j in unknown])
            for j, span in zip(unknown, looked, strict=True):
                if len(spans) < SPAN_CACHE:
                    spans[taken[j][0]] = span
                key, weight, g, _ = taken[j]
                taken[j] = (key, weight, g, span)
        keys: dict[str, tuple[float, int, int, int]] = {}
        for key, weight, g, span in taken:
            if span is not None:
                got = keys.get(key)
                if got is None or got[0] < weight:
                    keys[key] = (weight, g, *span)
        return keys

    def _spans(self, keys: list[str]) -> list[tuple[int, int] | None]:
        """(posting length, start) of each key, or None where this index does not hold it; in one pass."""
        n = len(self._keys)
        if not n:
            return [None] * len(keys)
        if len(keys) <= SCALAR_SPANS:
            # a few keys (a query's joined and pair keys, a new word's): one search, then the hits read one by one,
            # which costs a third of the array steps below for so few
            wanted = [stable_hash(k) for k in keys]
            indptr = self._indptr
            out: list[tuple[int, int] | None] = []
            for p, h in zip(self._keys.searchsorted(wanted).tolist(), wanted, strict=True):
                if p < n and self._keys[p] == h:
                    start = int(indptr[p])
                    out.append((int(indptr[p + 1]) - start, start))
                else:
                    out.append(None)
            return out
        hashes = np.fromiter((stable_hash(k) for k in keys), dtype=np.int64, count=len(keys))
        pos = np.searchsorted(self._keys, hashes)
        at = np.minimum(pos, len(self._keys) - 1)
        found = (pos < len(self._keys)) & (self._keys[at] == hashes)
        starts, ends = self._indptr[at].tolist(), self._indptr[at + 1].tolist()
        return [(end - start, start) if ok else None
                for start, end, ok in zip(starts, ends, found.tolist(), strict=True)]

    def _word_keys(self, skel: str, is_name: bool) -> tuple[tuple[str, float, tuple[int, int]], ...]:
        """(key, weight, (posting length, start)) of one query word's keys that this index holds, each key
        once with its highest weight: query_keys's keys of the word, kept per index for WORD_CACHE words."""
        cache = self._caches()[0]
        got = cache.get((skel, is_name))
        if got is not None:
            return got
        made: dict[str, float] = {}

        def add(key: str, weight: float) -> None:
            if key and made.get(key, -1.0) < weight:
                made[key] = weight

        add(skel, 1.0)
        if is_name and not (len(skel) >= KNOWN_MIN and self._known(skel)):
            if len(skel) >= 5:
                add("p:" + skel[:4], AFFIX_WEIGHT)
                add("s:" + skel[-4:], AFFIX_WEIGHT)
            if EDIT_MIN - 1 <= len(skel) <= EDIT_MAX + 1:
                add("d:" + skel, EDIT_WEIGHT)
                for d in _deletions(skel):
                    add(d, EDIT_WEIGHT)
                    add("d:" + d, EDIT_WEIGHT)
        looked = self._spans(list(made))
        kept = tuple((key, weight, span) for (key, weight), span in zip(made.items(), looked, strict=True)
                     if span is not None)
        if len(cache) < WORD_CACHE:
            cache[(skel, is_name)] = kept
        return kept

    def _caches(self) -> tuple[dict[tuple[str, bool], tuple[tuple[str, float, tuple[int, int]], ...]],
                               dict[str, tuple[int, int] | None]]:
        """The per-index caches of the query words' keys and of key spans; emptied by freeze(), not saved
        (an index pickled by an earlier version has none)."""
        caches = self.__dict__.get("_key_caches")
        if caches is None:
            caches = self.__dict__["_key_caches"] = ({}, {})
        return caches

    def prepare(self) -> None:
        """Freeze, and load the compiled search loop: before forking workers, so that they inherit both."""
        if not self._frozen:
            self.freeze()
        _kernel().warm()

    def _known(self, key: str) -> bool:
        return self._span(key) is not None

    def _scratch(self) -> tuple[np.ndarray, np.ndarray]:
        """Per-thread arrays over all names (the score, one word's best key), zero between queries."""
        local = self.__dict__.get("_local")
        if local is None:
            local = self.__dict__["_local"] = threading.local()
        if getattr(local, "score", None) is None or len(local.score) != len(self.names):
            local.score = np.zeros(len(self.names), dtype=np.float32)
            local.word_best = np.zeros(len(self.names), dtype=np.float32)
        return local.score, local.word_best

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_local", None)  # scratch space is rebuilt where the index is used
        state.pop("_key_caches", None)  # and the query words' keys, where it is searched
        return state


def _kernel() -> ModuleType:
    """The compiled loop, imported on first search: numba takes a second to load, which commands that never
    search a list should not pay."""
    from chainlight.resolve import postings

    return postings


EDIT_WEIGHT = 0.8  # a word one edit away counts a little less than the word itself
AFFIX_WEIGHT = 0.5  # a shared 4-letter prefix or suffix of a long word
PAIR_WEIGHT = 2.0  # two neighbouring name parts written as one word stand for both
TRADE_WEIGHT = 0.5  # a name part together with an industry word: about what the industry word weighs
KNOWN_MIN = 6  # letters from which a word found as written in the list is taken as spelt right
EDIT_MIN, EDIT_MAX = 4, 14  # skeleton lengths that get one-edit keys: shorter ones meet too much by chance


def _deletions(skel: str) -> set[str]:
    return {skel[:i] + skel[i + 1:] for i in range(len(skel))}


def query_keys(analysis: Analysis, known: Callable[[str], bool] = lambda _k: False) -> dict[str, tuple[float, int]]:
    """Key -> (weight, query word number): the query's index keys, grouped by the word they stand for
    (distinctive words numbered from 0, vocabulary words below 0).

    A long word the list already holds as written (known) gets no prefix, suffix or one-edit keys: it is
    most likely spelt right, and those keys' long posting lists would cost more than they find.
    """
    keys: dict[str, tuple[float, int]] = {}
    groups: dict[str, int] = {}

    def add(key: str, weight: float, word: str, distinctive: bool = True) -> None:
        # a distinctive word's group is numbered from 0, a vocabulary word's below 0
        g = groups.setdefault(word, len(groups) if distinctive else -1 - len(groups))
        if key and (key not in keys or keys[key][0] < weight):
            keys[key] = (weight, g)

    for r in analysis.renderings:
        telling = [t for t in r if t.cls in ("name", "industry")] or list(r)
        for t in telling:
            add(t.skel, 1.0, t.skel, t.cls == "name" or not any(x.cls == "name" for x in r))
            if t.cls != "name":
                continue
            if len(t.skel) >= KNOWN_MIN and known(t.skel):
                continue
            if len(t.skel) >= 5:
                add("p:" + t.skel[:4], AFFIX_WEIGHT, t.skel)
                add("s:" + t.skel[-4:], AFFIX_WEIGHT, t.skel)
            if EDIT_MIN - 1 <= len(t.skel) <= EDIT_MAX + 1:
                # a list word one edit away shares one or two of these keys (the word itself shares many,
                # but a word counts once, with its best key)
                add("d:" + t.skel, EDIT_WEIGHT, t.skel)  # the list word has a letter more
                for d in _deletions(t.skel):
                    add(d, EDIT_WEIGHT, t.skel)  # the query word has a letter more
                    add("d:" + d, EDIT_WEIGHT, t.skel)  # a letter changed or two swapped
        for key, weight, word in _rendering_keys(r):
            add(key, weight, word)  # each its own distinctive group
    return keys


def _rendering_keys(r: Rendering) -> Iterator[tuple[str, float, str]]:
    """A rendering's keys that stand for several of its words at once, as (key, weight, the group's word); query_keys
    and NameIndex._found_keys both take them, in this order, after the words' own keys."""
    # The joined key stands for every name part at once (Wu-Lu-Mu-Chi Li-Yu = Wulumuqi Liyu): it
    # counts as much as the parts, so that names sharing two common syllables do not outrank it.
    joined = joined_key(r)
    if joined:
        yield joined, float(min(sum(t.cls == "name" for t in r), JOINED_MAX)), "\x00joined"
    # Two neighbouring parts as one word (Briavi Yarn = Briaviyarn): each pair counts as the two words
    for k, pair in enumerate(pair_keys(r)):
        yield pair, PAIR_WEIGHT, f"\x00pair{k}"
    # A name part in the same trade: counts like the industry word, but its posting list is short
    for key in trade_keys(r):
        yield key, TRADE_WEIGHT, "\x00" + key
    # All the words of a name made only of vocabulary: it stands for them all, as the joined key does
    if (vocab := vocabulary_key(r)) is not None:
        yield vocab, float(len(vocab.split())), "\x00vocabulary"
