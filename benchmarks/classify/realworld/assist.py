"""Round 18: learned parts that help the rule classifier instead of replacing it, judged leave-one-set-out (LOSO) on
the seen title sets only (learned.SEEN).

    python -m benchmarks.classify.realworld.assist [--cache /tmp/assist.npz]

Three helpers, each acting only where the rules leave a gap:

(a) `fill`: the learned model (learned.py, hashed character n-grams) gives the risk category, and its HS-4 above a
    probability, where the rules answer `unknown` or named no product (an answer of the nomenclature alone).
(b) `within`: the learned HS-6 head chooses the subheading only among the six-digit codes of the HS-4 heading the
    rules chose (its probabilities renormalised over them), above a probability; optionally only where the rules
    took the heading's default subheading (no material decided it).
(c) `lexicon`: a memory of the analysts' labels: a word (Latin word or word pair, Hangul word, Han 2-3-gram) all of
    whose seen titles carry one HS-4 heading and one risk category, from at least `min_sets` sets; used where the
    rules named no product.  Its code is six digits where all those titles agree on six digits.
(d) `lexicon code`: the same lexicon's code only (the category stays the rules'), where the rules named no product
    and answered from the nomenclature and the lexicon names another heading.

The rules are judged at first sight (loso.first_sight: each half's blind run, the version of its day; set 13's dev
half from results/v13-dev-first-sight-answers-at-944928c.tsv).  Whether the rules named no product is read from the
reasons of a failure line; a row answered right at first sight has no reasons in its file, so today's hs_v6 and the
frozen hs_v5 stand in (named no product if either says so: the helper then has more rows it could spoil).  The
helpers' thresholds are chosen leave-one-set-out too (nested): for each first-sight set, on the other sets.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from benchmarks.classify.realworld.learned import (
    ALPHA,
    BITS,
    ORDERS,
    RISK,
    SEEN,
    Head,
    Row,
    featurize,
    fit_head,
    load_rows,
    matrix,
)
from benchmarks.classify.realworld.loso import FIRST_SIGHT, RESULTS, Answer, per_set, risk_precision
from chainlight.classify.normalize import normalize_text

V13_DEV = RESULTS / "v13-dev-first-sight-answers-at-944928c.tsv"
HELDOUT_V13 = RESULTS / "heldout_v13_scored_at_4a39318.txt"
_FAIL = re.compile(r"^  x (\S+) \[\w+\] .*: want (\d*) (\w+), got (\S+) (\w+) \((.*)\)$")
NO_PRODUCT = "no product named in the text"
DEFAULT_SUB = "default subheading"


@dataclass(frozen=True)
class Sight:
    """A rule answer and what its reasons say: the rules named no product / took the heading's default line."""

    category: str
    code: str | None
    no_product: bool
    default_sub: bool


def today(rows: Sequence[Row], version: str = "hs_v6") -> tuple[dict[int, Sight], list[str]]:
    """`version`'s answers today on every seen row (fitted: written from these sets), and the reasons of it and of
    the frozen hs_v5 per row (the stand-in for a first-sight answer's reasons)."""
    from chainlight.classify import Classifier

    proxy = [""] * len(rows)
    now: dict[int, Sight] = {}
    for v in (version, "hs_v5"):
        clf = Classifier(version=v)
        for i, r in enumerate(rows):
            c = clf.classify(r.id, r.text)
            why = "; ".join(c.reasons)
            proxy[i] += " | " + why
            if v == version:
                now[i] = Sight(c.risk_category, c.hs6, c.risk_category == "unknown" or NO_PRODUCT in why,
                               DEFAULT_SUB in why)
    return now, proxy


def first_sight(rows: Sequence[Row], proxy: Sequence[str]) -> dict[int, Sight]:
    """The rules' answers at first sight with their reasons (proxy reasons where a row was answered right)."""
    index = {(r.set, r.id): i for i, r in enumerate(rows)}
    out: dict[int, Sight] = {}
    files = [*FIRST_SIGHT, ("v13", HELDOUT_V13)]
    for name, path in files:
        text = path.read_text(encoding="utf-8")
        half = "heldout" if "heldout" in text.splitlines()[0] or "heldout" in path.name else "dev"
        m0 = re.search(r"split (dev|heldout)", text[:3000])
        half = m0.group(1) if m0 else half
        failed = {}
        for line in text.splitlines():
            m = _FAIL.match(line)
            if m:
                why = m.group(6)
                failed[m.group(1)] = Sight(m.group(5), None if m.group(4) == "None" else m.group(4),
                                           m.group(5) == "unknown" or NO_PRODUCT in why, DEFAULT_SUB in why)
        for i, r in enumerate(rows):
            if r.set == name and r.split == half:
                out[i] = failed.get(r.id) or Sight(r.category, r.hs or None, NO_PRODUCT in proxy[i],
                                                   DEFAULT_SUB in proxy[i])
    for line in V13_DEV.read_text(encoding="utf-8").splitlines()[1:]:
        rid, code, cat, why = line.split("\t")
        out[index[("v13", rid)]] = Sight(cat, None if code == "None" else code,
                                         cat == "unknown" or NO_PRODUCT in why, DEFAULT_SUB in why)
    return out


@dataclass
class LearnedLoso:
    """Per row, the LOSO model's best category / HS-4 with probabilities, and its HS-6 probabilities by class."""

    cat: list[str]
    cat_p: np.ndarray
    hs4: list[str]
    hs4_p: np.ndarray
    hs6: list[dict[str, float]]

    def within(self, i: int, heading: str) -> tuple[str, float] | None:
        """The best six-digit class of `heading`, its probability renormalised over the heading's classes."""
        mine = {c: p for c, p in self.hs6[i].items() if c.startswith(heading)}
        if not mine:
            return None
        best = max(mine, key=lambda c: mine[c])
        return best, mine[best] / sum(mine.values())


def loso_learned(rows: Sequence[Row], alpha: float = ALPHA) -> LearnedLoso:
    x = matrix(featurize([r.text for r in rows], BITS, ORDERS))
    sets = np.array([r.set for r in rows])
    n = len(rows)
    out = LearnedLoso([""] * n, np.zeros(n), [""] * n, np.zeros(n), [{} for _ in range(n)])
    for g in SEEN:
        train, test = np.flatnonzero(sets != g).tolist(), np.flatnonzero(sets == g).tolist()
        sub = featurize([rows[i].text for i in test], BITS, ORDERS)
        for target in ("category", "hs4", "hs6"):
            classes, coef, intercept = fit_head(x[train], [rows[i].label(target) for i in train], alpha)
            p = Head(tuple(classes), coef, intercept).probabilities(sub)
            k = p.argmax(axis=1)
            for j, i in enumerate(test):
                if target == "category":
                    out.cat[i], out.cat_p[i] = str(classes[k[j]]), p[j, k[j]]
                elif target == "hs4":
                    out.hs4[i], out.hs4_p[i] = str(classes[k[j]]), p[j, k[j]]
                else:
                    keep = np.flatnonzero(p[j] >= 1e-4)
                    out.hs6[i] = {str(classes[c]): float(p[j, c]) for c in keep}
    return out


# --- (c) the term lexicon -------------------------------------------------------------------------------------

_LATIN = re.compile(r"[a-z][a-z0-9]*")
_HANGUL = re.compile(r"[\uac00-\ud7a3]{2,}")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


def terms(text: str) -> set[str]:
    """The lexicon's terms of a title: Latin words of 3+ letters and pairs of adjacent ones, Hangul words of 2+
    syllables, Han 2- and 3-grams."""
    t = normalize_text(text)
    out: set[str] = set()
    words = _LATIN.findall(t)
    out.update(w for w in words if len(w) >= 3)
    out.update(f"{a} {b}" for a, b in itertools.pairwise(words) if len(a) >= 2 and len(b) >= 2)
    out.update(_HANGUL.findall(t))
    for run in _HAN.findall(t):
        for k in (2, 3):
            out.update(run[s:s + k] for s in range(len(run) - k + 1))
    return out


@dataclass(frozen=True)
class Entry:
    code: str  # the HS-4 heading, or six digits where every title agrees on them
    category: str
    titles: int
    sets: int


def build_lexicon(rows: Iterable[Row], min_sets: int = 2, min_titles: int = 2) -> dict[str, Entry]:
    """Terms all of whose titles (labelled to 4+ digits) carry one heading and one category, in >= min_sets sets."""
    seen: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if len(r.hs) >= 4:
            for term in terms(r.text):
                seen[term].append(r)
    out = {}
    for term, rs in seen.items():
        if len(rs) < min_titles or len({r.set for r in rs}) < min_sets:
            continue
        if len({r.hs[:4] for r in rs}) != 1 or len({r.category for r in rs}) != 1:
            continue
        sixes = {r.hs for r in rs}
        code = rs[0].hs if len(sixes) == 1 and len(rs[0].hs) == 6 else rs[0].hs[:4]
        out[term] = Entry(code, rs[0].category, len(rs), len({r.set for r in rs}))
    return out


def look_up(lexicon: dict[str, Entry], text: str) -> tuple[str, Entry] | None:
    """The title's best-supported term, None where its terms disagree on the heading or the category."""
    hits = [(t, lexicon[t]) for t in terms(text) if t in lexicon]
    if not hits or len({(e.code[:4], e.category) for _, e in hits}) != 1:
        return None
    return max(hits, key=lambda h: (h[1].sets, h[1].titles, len(h[0]), h[0]))


# --- the helpers as answer rewrites ----------------------------------------------------------------------------

Helper = Callable[[int, Sight], Sight]


def fill(learned: LearnedLoso, p_cat: float, p4: float, trigger: str) -> Helper:
    def helper(i: int, s: Sight) -> Sight:
        gap = s.category == "unknown" if trigger == "unknown" else s.no_product
        if not gap or learned.cat_p[i] < p_cat or learned.cat[i] in ("unknown", s.category):
            return s
        code = learned.hs4[i] if learned.hs4_p[i] >= p4 else None
        return Sight(learned.cat[i], code, s.no_product, s.default_sub)
    return helper


def within(learned: LearnedLoso, p_in: float, default_only: bool) -> Helper:
    def helper(i: int, s: Sight) -> Sight:
        if s.code is None or len(s.code) != 6 or (default_only and not s.default_sub):
            return s
        best = learned.within(i, s.code[:4])
        if best is None or best[1] < p_in:
            return s
        return Sight(s.category, best[0], s.no_product, s.default_sub)
    return helper


def lexicon_helper(lexica: dict[str, dict[str, Entry]], rows: Sequence[Row], trigger: str) -> Helper:
    """`lexica[set]`: the lexicon built without that set (LOSO)."""
    def helper(i: int, s: Sight) -> Sight:
        gap = s.category == "unknown" if trigger == "unknown" else s.no_product
        if not gap:
            return s
        hit = look_up(lexica[rows[i].set], rows[i].text)
        if hit is None:
            return s
        return Sight(hit[1].category, hit[1].code, s.no_product, s.default_sub)
    return helper


def lexicon_code(lexica: dict[str, dict[str, Entry]], rows: Sequence[Row], six_only: bool) -> Helper:
    """(d) the lexicon's code, never its category: where the rules named no product and answered from the
    nomenclature, a title whose terms agree on a code of the rules' own category and another heading takes it
    (six digits only, or any).  The category never changes."""
    def helper(i: int, s: Sight) -> Sight:
        if not s.no_product or s.category == "unknown" or not s.code:
            return s
        hit = look_up(lexica[rows[i].set], rows[i].text)
        if hit is None or hit[1].category != s.category or hit[1].code[:4] == s.code[:4]:
            return s
        if six_only and len(hit[1].code) != 6:
            return s
        return Sight(s.category, hit[1].code, s.no_product, s.default_sub)
    return helper


def counts(rows: Sequence[Row], answers: dict[int, Sight]) -> tuple[int, int, float]:
    """(category right, HS-6 right, risk-category precision)."""
    cat = sum(rows[i].category == a.category for i, a in answers.items())
    six = sum(a.code == rows[i].hs for i, a in answers.items() if len(rows[i].hs) == 6)
    said = [i for i, a in answers.items() if a.category in RISK]
    prec = sum(rows[i].category == answers[i].category for i in said) / len(said) if said else 1.0
    return cat, six, prec


def risk_as_other(rows: Sequence[Row], answers: dict[int, Sight]) -> int:
    """Risk goods (a wig, lash, hair piece, human hair, knitwear) answered `other`: the error that hides a good."""
    return sum(rows[i].category in RISK and a.category == "other" for i, a in answers.items())


def hs4_right(rows: Sequence[Row], answers: dict[int, Sight]) -> int:
    return sum((a.code or "")[:4] == rows[i].hs[:4] for i, a in answers.items() if len(rows[i].hs) >= 4)


def choose(rows: Sequence[Row], base: dict[int, Sight], grid: Sequence[tuple[str, Helper]]) -> tuple[str, Helper | None]:
    """The grid's helper with the most category + HS-6 right whose category count, HS-6 count and risk-category
    precision do not fall below the rules' own on these rows (ties: the first, the grid is ordered strictest
    first); None where no helper gains."""
    cat0, six0, prec0 = counts(rows, base)
    best: tuple[str, Helper | None] = ("none", None)
    best_gain = 0
    for name, helper in grid:
        new = {i: helper(i, s) for i, s in base.items()}
        cat, six, prec = counts(rows, new)
        if cat < cat0 or six < six0 or prec < prec0 - 1e-12 or risk_as_other(rows, new) > risk_as_other(rows, base):
            continue
        if cat + six - cat0 - six0 > best_gain:
            best, best_gain = (name, helper), cat + six - cat0 - six0
    return best


def as_answers(answers: dict[int, Sight]) -> dict[int, Answer]:
    return {i: Answer(s.category, s.code) for i, s in answers.items()}


def score_of(rows: Sequence[Row], answers: dict[int, Answer]) -> Callable[[Row, int], tuple[bool | None, ...]]:
    def score(r: Row, i: int) -> tuple[bool | None, bool | None, bool | None]:
        a = answers[i]
        return (a.category == r.category, (a.hs6 or "")[:4] == r.hs[:4] if len(r.hs) >= 4 else None,
                a.hs6 == r.hs if len(r.hs) == 6 else None)
    return score


def table(rows: Sequence[Row], answers: dict[int, Sight], title: str) -> list[str]:
    got = as_answers(answers)
    lines = per_set(rows, sorted(got), score_of(rows, got), title)  # type: ignore[arg-type]
    unknown = sum(a.category == "unknown" for a in got.values())
    lines.append(risk_precision([(rows[i], a.category) for i, a in got.items()]) + f"; unknown {unknown}/{len(got)}; "
                 f"risk goods called other {risk_as_other(rows, answers)}")
    return lines


def nested(rows: Sequence[Row], base: dict[int, Sight], grid: Sequence[tuple[str, Helper]]) -> tuple[dict[int, Sight], list[str]]:
    """Each first-sight set answered by the helper chosen on the other first-sight sets."""
    out: dict[int, Sight] = {}
    chosen = []
    for g in sorted({rows[i].set for i in base}, key=SEEN.index):
        tune = {i: s for i, s in base.items() if rows[i].set != g}
        name, helper = choose(rows, tune, grid)
        chosen.append(f"{g}: {name}")
        for i, s in base.items():
            if rows[i].set == g:
                out[i] = helper(i, s) if helper else s
    return out, chosen


def changed(rows: Sequence[Row], before: dict[int, Sight], after: dict[int, Sight]) -> list[str]:
    out = []
    for i in sorted(before):
        b, a = before[i], after[i]
        if (b.category, b.code) != (a.category, a.code):
            r = rows[i]
            mark = "+" if (a.category == r.category) > (b.category == r.category) or (
                len(r.hs) == 6 and (a.code == r.hs) > (b.code == r.hs)) else (
                "-" if (a.category == r.category) < (b.category == r.category) or (
                    len(r.hs) == 6 and (a.code == r.hs) < (b.code == r.hs)) else "=")
            out.append(f"  {mark} {r.set} {r.id} want {r.hs} {r.category}: {b.code} {b.category} -> {a.code} {a.category}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alpha", type=float, default=ALPHA)
    parser.add_argument("--list", action="store_true", help="list the rows each chosen helper changes")
    args = parser.parse_args(argv)
    rows = load_rows()
    now, proxy = today(rows)
    base = first_sight(rows, proxy)
    learned = loso_learned(rows, args.alpha)
    lexica = {g: build_lexicon(r for r in rows if r.set != g) for g in SEEN}
    lexica2 = {g: build_lexicon((r for r in rows if r.set != g), 2, 3) for g in SEEN}
    lexica3 = {g: build_lexicon((r for r in rows if r.set != g), 3, 3) for g in SEEN}
    out = [f"# Round 18 helpers, LOSO on the seen title sets ({', '.join(SEEN)}; {len(rows)} rows); first-sight rows "
           f"{len(base)} (the blind halves of sets 3-13)"]
    out += table(rows, base, "The rules at first sight (each half's blind run)")
    grids: dict[str, list[tuple[str, Helper]]] = {
        **{f"(a) fill {t}": [(f"fill {t} p>={p} hs4 p>={q}", fill(learned, p, q, t))
                             for p in (0.95, 0.9, 0.8, 0.7, 0.6, 0.5) for q in (1.01, 0.8, 0.6)]
           for t in ("unknown", "no_product")},
        "(b) within": [(f"within p>={p}{' default only' if d else ''}", within(learned, p, d))
                       for d in (True, False) for p in (0.95, 0.9, 0.8, 0.7, 0.6)],
        "(c) lexicon": [(f"lexicon {name} {t}", lexicon_helper(lx, rows, t))
                        for name, lx in (("sets>=3 titles>=3", lexica3), ("sets>=2 titles>=3", lexica2),
                                         ("sets>=2 titles>=2", lexica))
                        for t in ("unknown", "no_product")],
        "(d) lexicon code": [(f"lexicon code {name}{' six digits only' if six else ''}", lexicon_code(lx, rows, six))
                             for six in (True, False)
                             for name, lx in (("sets>=3 titles>=3", lexica3), ("sets>=2 titles>=3", lexica2),
                                              ("sets>=2 titles>=2", lexica))],
    }
    for label, grid in grids.items():
        for name, point in grid:  # every grid point, descriptive (not chosen by LOSO)
            new = {i: point(i, s) for i, s in base.items()}
            cat, six, prec = counts(rows, new)
            out.append(f"{label} grid: {name}: category {cat}, HS-4 {hs4_right(rows, new)}, HS-6 {six}, "
                       f"risk precision {prec:.3f}, risk goods called other {risk_as_other(rows, new)}")
        mixed, chosen = nested(rows, base, grid)
        out += table(rows, mixed, f"{label}: rules at first sight + helper chosen leave-one-set-out (nested)")
        out.append("chosen per left-out set: " + "; ".join(chosen))
        if args.list:
            out += changed(rows, base, mixed)
        name, final = choose(rows, base, grid)
        out.append(f"chosen on all first-sight sets: {name}")
        if final is not None:
            after = {i: final(i, s) for i, s in now.items()}
            out += table(rows, now, f"{label}: hs_v6 today on every seen row, before (fitted)")
            out += table(rows, after, f"{label}: hs_v6 today + {name} (the learned part LOSO), after")
            if args.list:
                out += changed(rows, now, after)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
