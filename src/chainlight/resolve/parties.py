"""Group the parties of the user's records: one shipper written in Hanzi, pinyin and English is one party.

Rarity is measured within the user's own parties, so that a town name many suppliers share (Pingdu
Dazeshan) weighs less than the trade name that tells two firms of that town apart.

Built to scale with the number of distinct names (a 10M-shipment file names ~450k): each name is analysed
once; names whose analyses are identical (same renderings, same country) are one group and only its first
name is compared; each compared name sees a few candidates that share its rarest keys; a cheap exact upper
bound of match_v1's score (edit similarity of the joined parts and the phonetic share, counting the token
overlap as perfect) drops the pairs that could not reach SAME_PARTY before the costly token feature runs;
and with many names the comparisons are split over forked processes, whose edges are united here.
"""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from chainlight.resolve.forked import can_fork, fork_imap, fork_map, spans
from chainlight.resolve.index import NameIndex, sketch
from chainlight.resolve.match_v1 import features as F
from chainlight.resolve.match_v1 import scorer
from chainlight.resolve.normalize import fold, scripts
from chainlight.resolve.rendering import Analysis, hand_over, render_name
from chainlight.resolve.types import PartyName

# Stricter than the watchlist threshold: a wrong merge hides one firm's trade behind another's.
SAME_PARTY = 0.85
# Names compared with each name: the ones sharing its rarest keys.  Union-find needs only one link per
# spelling to join a party, so a few suffice; each costs a full feature comparison when it passes the bound.
CANDIDATES = 8
# Candidates with less than this share of the best other candidate's key weight share only common words.
CANDIDATE_SHARE = 0.3
# Of those, how many the detailed scorer sees (the closest by a C-speed edit similarity that also pass the
# exact bound of could_reach): a spelling of the same firm is nearly always among the closest.
FULLY_SCORED = 3
PARALLEL_FROM = 4000  # compared names; below this a fork costs more than it saves
CACHED_NAMES = 100_000  # above this many names render_name()'s cache would only churn: analyse uncached ...
ANALYSE_PARALLEL_FROM = CACHED_NAMES  # ... and in forked processes

_WEIGHT = {f.name: f.weight for f in scorer.NAME_FEATURES}


@dataclass
class _Work:
    """What the forked workers read (copy-on-write): analyses and countries of the compared names."""

    analyses: list[Analysis]
    countries: list[str | None]
    index: NameIndex
    threshold: float



def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:80] or "unnamed"


_ASCII_LETTER = re.compile("[A-Za-z]")


def _latin_only(name: str) -> bool:
    if name.isascii():  # the common case, without a script lookup per character
        return _ASCII_LETTER.search(name) is not None
    return scripts(name) == {"latin"}


def _label(names: list[str]) -> str:
    """The most complete Latin name, else the first rendering of the longest name."""
    latin = [n for n in names if _latin_only(n)]
    if latin:
        return _slug(max(latin, key=lambda n: (len(fold(n)), n)))
    best = max(names, key=len)
    a = render_name(best)
    return _slug(" ".join(t.text for t in a.renderings[0])) if a.renderings else _slug(best)


def could_reach(qa: Analysis, ca: Analysis, threshold: float = SAME_PARTY) -> bool:
    """False only when match_v1 cannot score the pair at `threshold` or more, whatever the token overlap.

    The name score is a weighted sum of tokens, joined and phonetic (each in [0, 1]); a generic-only
    penalty can only lower it and the country can raise it by COUNTRY_AGREE at most.  So with tokens at
    its maximum, joined and phonetic (cheap: two joins and a C edit distance) bound the score from above.
    """
    need = threshold - scorer.COUNTRY_AGREE - _WEIGHT["tokens"] - 1e-9
    return any(_WEIGHT["joined"] * F.joined(q, c) + _WEIGHT["phonetic"] * F.phonetic(q, c) >= need
               for q in qa.renderings for c in ca.renderings)


def _same(work: _Work, i: int, j: int) -> bool:
    qa, ca = work.analyses[i], work.analyses[j]
    if not could_reach(qa, ca, work.threshold):
        return False
    return _full_score(work, i, j) >= work.threshold


def _full_score(work: _Work, i: int, j: int) -> float:
    s = scorer.best_pair(work.analyses[i], work.analyses[j], work.index.rarity)
    if s is None:
        return 0.0
    other = work.countries[j]
    s = scorer.adjust(s, query_country=work.countries[i], countries=[other] if other else [],
                      query_dob=None, dobs=[], query_schema=None, schema="Company")
    return s.score


def _edges(work: _Work, lo: int, hi: int) -> list[tuple[int, int]]:
    """Pairs (i, j) judged the same party, for the compared names lo..hi-1 as queries."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    edges: list[tuple[int, int]] = []
    rejected: set[tuple[int, int]] = set()  # pairs whose other side is a later query of this range
    sketches = work.index.sketches
    for i in range(lo, hi):
        qa = work.analyses[i]
        found = [(j, w) for j, w in work.index.scored_candidates(qa, CANDIDATES + 1) if j != i]
        if not found:
            continue
        floor = found[0][1] * CANDIDATE_SHARE
        todo = [j for j, w in found[:CANDIDATES]
                if w >= floor and (j, i) not in rejected and find(i) != find(j)]
        if len(todo) > FULLY_SCORED:  # the closest spellings first (C speed), the detailed scorer on a few
            mine = {sketch(Analysis(qa.original, (r,))) for r in qa.renderings}
            quick = {j: max(fuzz.token_sort_ratio(m, sketches[j]) for m in mine) for j in todo}
            todo.sort(key=lambda j: -quick[j])
        scored = 0
        for j in todo:
            if scored == FULLY_SCORED:
                break
            if find(i) == find(j) or not could_reach(qa, work.analyses[j], work.threshold):
                continue
            scored += 1
            if _full_score(work, i, j) >= work.threshold:
                edges.append((i, j))
                parent[find(i)] = find(j)
            elif i < j < hi:
                rejected.add((i, j))
    return edges


def _edges_span(work: _Work, span: tuple[int, int]) -> list[tuple[int, int]]:
    return _edges(work, *span)


def _analyse_chunk(_: None, names: list[str]) -> list[Analysis]:
    return [render_name.__wrapped__(n) for n in names]


def _analysed(names: list[str], workers: int) -> Iterator[list[Analysis]]:
    """Each name analysed once, in order, a chunk at a time; from ANALYSE_PARALLEL_FROM names in forked
    processes (an analysis costs about twice its pickled round trip, so two workers save a third of the time),
    whose chunks come back while they go on with the next: the caller groups and indexes each meanwhile."""
    if len(names) <= CACHED_NAMES:
        yield [render_name(n) for n in names]
        return
    cut = [(0, len(names))]
    if workers <= 1 or len(names) < ANALYSE_PARALLEL_FROM or not can_fork():
        parts: Iterable[list[Analysis]] = [_analyse_chunk(None, names)]
    else:
        cut = spans(len(names), workers * 8)
        parts = fork_imap(_analyse_chunk, None, [names[lo:hi] for lo, hi in cut], workers)
    for (lo, hi), part in zip(cut, parts, strict=True):
        # uncached, so the matcher would analyse the parties' names again: a screen keeping analyses
        # (rendering.kept_analyses) lets render_name answer from these (5M lines: ~20 CPU s)
        hand_over(names[lo:hi], part)
        yield part


def _all_edges(work: _Work, workers: int) -> list[tuple[int, int]]:
    n = len(work.analyses)
    if workers <= 1 or n < PARALLEL_FROM or not can_fork():
        return _edges(work, 0, n)
    work.index.prepare()
    # several chunks per worker, so that one slow chunk does not idle the other
    return [e for part in fork_map(_edges_span, work, spans(n, workers * 8), workers) for e in part]


def cluster_parties(parties: Sequence[PartyName], workers: int | None = None) -> dict[str, str]:
    """PartyName.key -> party id ("party:pingdu-dazeshan-meijie-arts-and-crafts-co-ltd").

    `workers`: processes for the comparisons (default: up to 2, by the CPUs available); from
    PARALLEL_FROM distinct names on they run in forked processes.
    """
    if workers is None:
        workers = min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    # one group per (analysis, country): identical after analysis, so identical to every comparison.  Each
    # group's first analysis goes into the index as the group is made (numbered in the names' order, as
    # before), while the forked workers analyse the next chunks: at 3M lines the main process's index keys and
    # the results' unpickling were ~15 CPU s on one core after the analysis, the other core idle
    group_of: list[int] = []
    rep_analyses: list[Analysis] = []
    rep_countries: list[str | None] = []
    first: dict[tuple[object, str | None], int] = {}
    index = NameIndex()
    named = iter(parties)
    for chunk in _analysed([p.name or "" for p in parties], workers):
        for p, a in zip(itertools.islice(named, len(chunk)), chunk, strict=True):
            key: tuple[object, str | None] = (a.renderings, p.country)
            g = -1 if a.empty else first.get(key, -1)
            if g < 0:
                g = len(rep_analyses)
                rep_analyses.append(a)
                rep_countries.append(p.country)
                index.add(a.original, g, a)
                if not a.empty:
                    first[key] = g
            group_of.append(g)
    del first
    index.freeze()
    work = _Work(rep_analyses, rep_countries, index, SAME_PARTY)
    n_groups = len(rep_analyses)
    parent = list(range(n_groups))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _all_edges(work, workers):
        parent[find(i)] = find(j)
    # a group's own members are one party only if the name matches itself (a name of legal words alone,
    # "Co., Ltd.", does not): then each member stands alone, as each such name always did
    sizes = Counter(group_of)
    alone = {g for g, k in sizes.items() if k > 1 and not _same(work, g, g)}
    members: dict[int, list[str]] = {}
    root_of: list[int] = []
    for k, (p, g) in enumerate(zip(parties, group_of, strict=True)):
        root = find(g) if g not in alone else n_groups + k
        root_of.append(root)
        members.setdefault(root, []).append(p.name or "")
    ids: dict[int, str] = {}
    used: set[str] = set()
    labels = {r: _label(names) for r, names in members.items()}
    for root in sorted(members, key=labels.__getitem__):
        label = "party:" + labels[root]
        while label in used:  # two different parties with the same slug stay apart
            label += "-2"
        used.add(label)
        ids[root] = label
    return {p.key: ids[r] for p, r in zip(parties, root_of, strict=True)}
