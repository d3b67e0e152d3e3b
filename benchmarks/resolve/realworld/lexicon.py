"""Learn src/chainlight/resolve/data/learned_lexicon.csv: word-level correspondences between how documents write a
listed body's name (Hangul, characters, katakana) and how the lists write it (resolve/lexicon.py reads it).

    python -m benchmarks.resolve.realworld.lexicon --store lists.duckdb          # print what would be written
    python -m benchmarks.resolve.realworld.lexicon --store lists.duckdb --write

The material: every seen set's (run.SEEN, both halves) listed rows of a body or a vessel (no person: a person's name is
sound, not words), whose name is written at least partly in Hangul, characters or kana, paired with the English names
the lists give the bodies the annotators tied it to (every name of the resolved body, aliases included); a row the
product reads as several parties (resolve/several.py: 노동당·국무위원회·인민무력성) tied to several bodies teaches
nothing.

The alignment, by co-occurrence over distinct bodies (a body counts once however many forms the sets hold of it;
the list entries one row ties together, an OFAC and a UN entry the lists leave unmerged, are one body):

- a written form's segments are its substrings of 2 to 8 characters inside one run of one script (Hangul, characters,
  katakana; a space or a ・ ends a run); characters are read in Korean first (resolve/lexicon.normal: 海外 해외, as
  the analyser reads them), so that Hangul and character forms pool their evidence;
- a body's words are the Latin words of its listed names, folded to lower case, minus a few function words;
- the seeding by the analyser's readings: a segment that sounds like one of the body's words, or two or three of
  them joined (product.sounds: 만수대 MANSUDAE, 万寿台 read in Korean, 丹东 in pinyin, グループ GROUP; compared by
  their consonants), is what the analyser reads already: every segment overlapping it in that form and those words are
  left out (단둥 must not pair with TRADE, the word beside it; 고려항공 and 려항공 are not AIR, 항공 is);
- for each segment s and word w: c = bodies carrying both, and the Dice coefficient 2c / (n_s + n_w), n_s and n_w the
  bodies carrying each;
- competitive linking (Melamed 2000): pairs in order of Dice; a pair is linked only in the bodies where neither its
  segment (nor one overlapping it in the body's forms) nor its word is linked yet, and becomes an entry when that
  leaves it at least MIN_SUPPORT distinct bodies (no entry is one name's memory) at Dice >= MIN_DICE; one entry a
  segment (무역 trading, linked first, leaves 회사 to CORPORATION);
- at equal Dice and support the longer segment goes first (프로젝트 before 로젝); a segment holding a shorter entry of
  another word is kept only when it pairs better than that entry.

Each entry keeps its support (distinct bodies), Dice, and up to three example sources (written form and list name).
LOSO (loso.py --lexicon-loso) learns the table again without the set it scores.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.resolve.realworld import run

from chainlight.resolve import hanzi, several
from chainlight.resolve import lexicon as product
from chainlight.resolve.normalize import fold, is_han, is_hangul, skeleton

MIN_SUPPORT = 2  # distinct listed bodies an entry must rest on
MIN_DICE = 0.4
MIN_LEN, MAX_LEN = 2, 8
EXAMPLES = 3
# words of a listed name no written segment translates (function words), and one-letter or number tokens
_FUNCTION = frozenset({"of", "the", "and", "a", "an", "for", "in", "aka", "fka"})
_WORD = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")


def _kana(ch: str) -> bool:
    return ("\u30a0" <= ch <= "\u30ff" and ch != "・") or "\u3040" <= ch <= "\u309f"


def _cls(ch: str) -> str:
    return "hangul" if is_hangul(ch) else "han" if is_han(ch) else "kana" if _kana(ch) else ""


def runs(name: str) -> list[tuple[int, int]]:
    """The spans of the name's runs of one script (Hangul, characters or kana)."""
    out: list[tuple[int, int]] = []
    start, kind = 0, ""
    for i, ch in enumerate([*name, ""]):
        k = _cls(ch) if ch else ""
        if k != kind or not k:
            if kind:
                out.append((start, i))
            start, kind = i, k
    return out


def segments(name: str) -> set[tuple[str, str, int, int]]:
    """(segment as the lexicon reads it, as written, start, end) for each substring of 2-8 characters inside one
    run; the lexicon reads characters in Korean (product.normal: 海外 해외), as written they are also read in
    Mandarin."""
    written = hanzi.simplified(name)
    read = product.normal(written)
    assert len(read) == len(written)
    return {(read[i:j], written[i:j], i, j) for a, b in runs(written) for i in range(a, b)
            for j in range(i + MIN_LEN, min(b, i + MAX_LEN) + 1)}


def words(listed: str) -> set[str]:
    return {w for w in _WORD.findall(fold(listed).lower().replace("’", "'")) if len(w) > 1 and w not in _FUNCTION}


def _consonants(word: str) -> str:
    sk = skeleton(word)
    cons = re.sub("[aeiouy]", "", sk)
    return cons if len(cons) >= 2 else sk  # a word of one consonant is compared with its vowels


def sounds_like(segment: tuple[str, str], word: str) -> bool:
    """Whether one of the segment's readings (product.sounds, as read and as written) has the word's consonants, as
    a skeleton keeps them (단둥 tandung is DANDONG, 万寿台 mansudae MANSUDAE): what the analyser reads already."""
    target = _consonants(word)
    return any(_consonants(s) == target for x in dict.fromkeys(segment) for s in product.sounds(x))


def _grams(listed: str) -> list[tuple[str, tuple[str, ...]]]:
    """A listed name's words and runs of two or three of them joined (KUM UN SAN, kumunsan), each with its words."""
    ws = [w for w in _WORD.findall(fold(listed).lower().replace("’", "'")) if len(w) > 1 or w.isalpha()]
    return [("".join(ws[i:i + n]), tuple(ws[i:i + n])) for n in (1, 2, 3) for i in range(len(ws) - n + 1)]


@dataclass
class Entry:
    source: str
    english: str
    support: int
    dice: float
    examples: list[str]


Body = frozenset[int]  # the resolved bodies (the matcher's owners) a row's ids name


def _overlapping(seg: str, forms: set[str]) -> set[str]:
    """The segments of the forms that share a character with an occurrence of seg (itself included)."""
    out: set[str] = set()
    for f in forms:
        for m in re.finditer(re.escape(seg), f):
            for i in range(max(0, m.start() - MAX_LEN + 1), m.end()):
                for j in range(max(i + MIN_LEN, m.start() + 1), min(len(f), i + MAX_LEN) + 1):
                    out.add(f[i:j])
    return out


def learn(rows: Iterable[dict[str, Any]], names_of: Callable[[frozenset[str]], tuple[Body, list[str]]]) -> list[Entry]:
    """The lexicon of the rows (listed bodies' and vessels' written forms); names_of gives the bodies a row's ids
    name and their listed names (empty when the store does not hold them)."""
    found: list[tuple[Body, list[str], str]] = []
    for r in rows:
        if r["kind"] in ("entity", "vessel") and r["expected"] and any(_cls(c) for c in r["name"]):
            owners, listed = names_of(frozenset(r["expected"]))
            # a string listing several parties (노동당·국무위원회·인민무력성) tied to several bodies names each of
            # them, not one body's entries: its ids must not be joined into one body, nor its words paired across
            if listed and not (len(owners) > 1 and len(several.parts(r["name"])) > 1):
                found.append((owners, listed, r["name"]))
    # a body is the owners rows tie together (an OFAC and a UN entry of one ship the lists leave unmerged are one)
    parent: dict[int, int] = {}

    def root(o: int) -> int:
        while parent.setdefault(o, o) != o:
            o = parent[o]
        return o

    for owners, _l, _n in found:
        first, *rest = sorted(owners)
        for o in rest:
            parent[root(o)] = root(first)
    forms: dict[Body, set[str]] = defaultdict(set)
    listed_of: dict[Body, list[str]] = defaultdict(list)
    for owners, listed, name in found:
        body = frozenset({root(min(owners))})
        forms[body].add(name)
        listed_of[body] += [n for n in listed if n not in listed_of[body]]
    seg_bodies: dict[str, set[Body]] = defaultdict(set)
    word_bodies: dict[str, set[Body]] = defaultdict(set)
    for body, written in forms.items():
        listed = listed_of[body]
        ws = set().union(*(words(n) for n in listed))
        # the seeding: a segment that sounds like one of the body's words (or two or three joined) is what the
        # analyser reads already; it, the segments inside it and those words are left out of the alignment (단둥 is
        # DANDONG: it must not pair with TRADE, the word beside it; nor ジン of ヘジン HAEJIN with SHIP)
        grams = {g for n in listed for g in _grams(n)}
        segs: set[str] = set()
        for form in written:
            pairs = segments(form)
            sounded = [(p, g) for p in pairs for g in grams if sounds_like(p[:2], g[0])]
            ws -= {w for _p, g in sounded for w in g[1]}
            segs |= {p[0] for p in pairs if not any(p[2] < t[3] and t[2] < p[3] for t, _g in sounded)}
        for s in segs:
            seg_bodies[s].add(body)
        for w in ws:
            word_bodies[w].add(body)
    pair_bodies: dict[tuple[str, str], set[Body]] = defaultdict(set)
    for s, bodies in seg_bodies.items():
        if len(bodies) < MIN_SUPPORT:
            continue
        for body in bodies:
            for w in word_bodies:
                if body in word_bodies[w]:
                    pair_bodies[(s, w)].add(body)
    # competitive linking (Melamed 2000): pairs in order of Dice; a pair is linked in a body only where neither its
    # segment (nor a segment overlapping it in the body's forms) nor its word is linked already, and it becomes an
    # entry when that leaves it MIN_SUPPORT bodies.  무역 trading, linked first, leaves 회사 to COMPANY or
    # CORPORATION, not to TRADING, which every 무역회사 also carries
    ranked = sorted(((2 * len(b) / (len(seg_bodies[s]) + len(word_bodies[w])), len(b), len(s), s, w)
                     for (s, w), b in pair_bodies.items() if len(b) >= MIN_SUPPORT), reverse=True)
    used_seg: dict[Body, set[str]] = defaultdict(set)
    used_word: dict[Body, set[str]] = defaultdict(set)
    best: dict[str, Entry] = {}
    for dice, _support, _length, s, w in ranked:
        if dice < MIN_DICE:
            break
        if s in best:
            continue
        free = {b for b in pair_bodies[(s, w)] if s not in used_seg[b] and w not in used_word[b]}
        if len(free) < MIN_SUPPORT:
            continue
        best[s] = Entry(s, w, len(free), round(dice, 4), [])
        pair_bodies[(s, w)] = free
        for b in free:
            used_word[b].add(w)
            used_seg[b] |= _overlapping(s, {product.normal(f) for f in forms[b]})
    kept = list(best.values())
    # a segment holding a shorter entry of another word is kept only when it pairs better than that entry does
    # (商業銀行 commercial would hide 銀行 bank, which 商業 commercial leaves to be read)
    kept = [e for e in kept if all(e.dice > o.dice for o in kept if o is not e and o.source in e.source)]
    for e in kept:
        for body in sorted(pair_bodies[(e.source, e.english)], key=sorted)[:EXAMPLES]:
            w = sorted(x for x in forms[body] if e.source in product.normal(x))[0]
            ln = next(n for n in listed_of[body] if e.english in words(n))
            e.examples.append(f"{w} = {ln}")
    return sorted(kept, key=lambda e: (-e.support, e.source))


def names_from_store(store_path: Path) -> Callable[[frozenset[str]], tuple[Body, list[str]]]:
    """ids -> the listed names of the resolved bodies carrying them, from the matcher over the store."""
    from chainlight.pipeline import build_matcher
    from chainlight.store import Store

    store = Store(store_path, read_only=True)
    try:
        matcher = build_matcher(store)
    finally:
        store.close()
    return names_from_matcher(matcher)


def names_from_matcher(matcher: Any) -> Callable[[frozenset[str]], tuple[Body, list[str]]]:
    by_id: dict[str, set[int]] = defaultdict(set)
    for owner in set(matcher.index.owner):
        rec = matcher.resolved[owner]
        for i in {*rec.member_ids, rec.id, *(s.replace(":", "-", 1) for s in rec.source_ids)}:
            by_id[i].add(owner)
    names: dict[int, list[str]] = defaultdict(list)
    for name, owner in zip(matcher.index.names, matcher.index.owner, strict=True):
        if name not in names[owner]:
            names[owner].append(name)

    def names_of(ids: frozenset[str]) -> tuple[Body, list[str]]:
        owners = frozenset(set().union(*(by_id.get(i, set()) for i in ids)))
        return owners, [n for o in sorted(owners) for n in names[o]]

    return names_of


def seen_rows(leave_out: str | None = None) -> list[dict[str, Any]]:
    sets = [s for s in run.SETS if (s, "dev") in run.SEEN and (s, "heldout") in run.SEEN and s != leave_out]
    return [r for s in sets for r in run.load("all", s)]


def table_text(entries: list[Entry]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(product.FIELDS)
    for e in entries:
        w.writerow([e.source, e.english, e.support, f"{e.dice:.4f}", " | ".join(e.examples)])
    return out.getvalue()


def as_table(entries: list[Entry]) -> Mapping[str, product.Entry]:
    return {e.source: product.Entry(e.source, e.english, e.support, e.dice, tuple(e.examples)) for e in entries}


def _counts(rows: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int]]:
    """set -> (listed, found, wrong body above threshold, look-alikes matched), loso.py's classes."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for o in rows:
        c = out[o["set"]]
        if o["kind"] == "lookalike":
            c[3] += o["cls"] == "look-alike above threshold"
            continue
        c[0] += 1
        c[1] += o["cls"] == "found"
        c[2] += o["cls"] == "outranked (wrong body above threshold)"
    return {k: (v[0], v[1], v[2], v[3]) for k, v in out.items()}


def compare(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[str]:
    """Per set before -> after (found / wrong / look-alikes), the mean and range of the sets' recall, and every name
    whose outcome moved, from two loso.py --dump files of the same rows."""
    b, a = _counts(before), _counts(after)
    lines = ["| set | listed | before: found / wrong / look-alikes | after |", "|---|---|---|---|"]
    for k in b:
        lines.append(f"| {k} | {b[k][0]} | {b[k][1]} / {b[k][2]} / {b[k][3]} | {a[k][1]} / {a[k][2]} / {a[k][3]} |")
    tb, ta = [sum(x[i] for x in b.values()) for i in range(4)], [sum(x[i] for x in a.values()) for i in range(4)]
    lines.append(f"| all | {tb[0]} | {tb[1]} / {tb[2]} / {tb[3]} | {ta[1]} / {ta[2]} / {ta[3]} |")

    def recall(c: dict[str, tuple[int, int, int, int]]) -> str:
        r = [x[1] / x[0] for x in c.values() if x[0]]
        return f"{sum(r) / len(r):.4f} [{min(r):.3f}-{max(r):.3f}]"

    lines += ["", f"rank-1 recall, mean of sets [range]: {recall(b)} -> {recall(a)}; wrong bodies {tb[2]} -> {ta[2]}, "
                  f"look-alikes {tb[3]} -> {ta[3]}", "", "Names whose outcome moved:", ""]
    old = {(o["set"], o["id"]): o for o in before}
    for o in after:
        p = old[(o["set"], o["id"])]
        if p["cls"] != o["cls"]:
            top = o["candidates"][0] if o["candidates"] else None
            lines.append(f"- {o['set']} [{o['script']}/{o['kind']}] {o['name']}: {p['cls']} -> {o['cls']}"
                         + (f"; rank 1 {top['name']} {top['score']:.2f} ({top['how']})" if top else ""))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, help="a store holding the OFAC SDN and UN lists (default: built now)")
    ap.add_argument("--write", action="store_true", help=f"write {product.PATH}")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                    help="two loso.py --dump files: the LOSO table before -> after and the names that moved")
    args = ap.parse_args(argv)
    if args.compare:
        import json

        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        print("\n".join(compare(before, after)))
        return 0
    with tempfile.TemporaryDirectory(prefix="chainlight-lexicon-") as tmp:
        store_path = args.store
        if store_path is None:
            store_path = Path(tmp) / "lists.duckdb"
            run.build_store(store_path)
        entries = learn(seen_rows(), names_from_store(store_path))
    text = table_text(entries)
    if args.write:
        product.PATH.write_text(text, encoding="utf-8")
        print(f"{len(entries)} learned entries -> {product.PATH}")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
