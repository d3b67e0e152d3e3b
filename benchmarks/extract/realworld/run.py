"""Precision and recall of `chainlight extract` on real reports, per claim type and per language.

    python -m benchmarks.extract.realworld.run [--set 1|3|4|5|6|7|8|9|10] [--split dev|heldout] [--show]

Reads claims.yml (--set 1, the 19 texts of sets 1/2; the default) or claims_vN.yml (--set N, 3 to 10; 4 and 6 to 10
in English, Korean and Chinese) and texts/ beside this file (see README.md for the counting rule), the bundled evidence
base and the OFAC SDN list from ../shared/data (as `chainlight extract` sees them in a store that holds
the lists).  Each unit is extracted with its publication date, as `--published` gives it.  The dev half
lists every disagreement; the held-out half prints figures only.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from pathlib import Path

from benchmarks.extract.realworld.data import LANGS, TYPES, Gold, Unit, load
from chainlight.classify import Classifier
from chainlight.extract import Gazetteer, extract_text
from chainlight.extract.types import Mention
from chainlight.model.evidence import SourceDocument
from chainlight.sources import get_reader
from chainlight.sources.evidence import bundled_paths
from chainlight.sources.evidence import read as read_evidence

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared"
NAMED = ("facility", "organisation")
NAMES = {"en": "English", "ko": "Korean", "zh": "Chinese"}
SETS = {"1": HERE / "claims.yml", "3": HERE / "claims_v3.yml", "4": HERE / "claims_v4.yml",
        "5": HERE / "claims_v5.yml", "6": HERE / "claims_v6.yml",
        "7": HERE / "claims_v7.yml", "8": HERE / "claims_v8.yml", "9": HERE / "claims_v9.yml",
        "10": HERE / "claims_v10.yml", "11": HERE / "claims_v11.yml",
        "12": HERE / "claims_v12.yml", "13": HERE / "claims_v13.yml",
        "14": HERE / "claims_v14.yml", "15": HERE / "claims_v15.yml",
        "16": HERE / "claims_v16.yml", "17": HERE / "claims_v17.yml",
        "18": HERE / "claims_v18.yml", "19": HERE / "claims_v19.yml",
        "20": HERE / "claims_v20.yml", "21": HERE / "claims_v21.yml",
        "22": HERE / "claims_v22.yml", "23": HERE / "claims_v23.yml",
        "24": HERE / "claims_v24.yml", "25": HERE / "claims_v25.yml",
        "26": HERE / "claims_v26.yml"}


def fold(text: str) -> tuple[str, ...]:
    """Case, accents, apostrophes and punctuation folded into words; Hangul and Han kept whole."""
    text = unicodedata.normalize("NFKD", text)
    text = unicodedata.normalize("NFKC", "".join(c for c in text if not unicodedata.combining(c))).casefold()
    text = re.sub(r"['’`ʼ]", "", text)
    return tuple(re.findall(r"[a-z0-9]+|[\uac00-\ud7a3\u4e00-\u9fff]+", text))


def names_of(m: Mention) -> list[tuple[str, ...]]:
    out = [fold(m.text), fold(str(m.value.get("name") or ""))]
    out.extend(fold(link.entity_name) for link in m.links)
    return [n for n in out if n]


def name_matches(m: Mention, gold: Gold) -> bool:
    aliases = [fold(v) for v in gold.values]
    for n in names_of(m):
        for a in aliases:
            if n == a:
                return True
            if a and len(n) - len(a) <= 2 and _contains(n, a):
                return True
    return False


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def value_key(m: Mention) -> str:
    """The value a mention is compared by: the extractor's own key, numbers written the same way."""
    if m.type == "quantity":
        v = m.value
        top = f"-{_number(v['max'])}" if v.get("max") is not None else ""
        return f"{v.get('kind')}={_number(v.get('value'))}{top}"
    return m.key.lower()


def _number(value: object) -> str:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return f"{_number(value[0])}-{_number(value[1])}"
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def gold_key(g: Gold) -> str:
    if g.type == "quantity":
        kind, _, val = g.values[0].partition("=")
        return f"{kind}={'-'.join(_number(float(x)) for x in val.split('-'))}"
    return g.values[0].lower()


Row = dict[str, list[int]]  # type -> [tp, fp, fn, tp with offsets on the quote]


def score_unit(unit: Unit, mentions: list[Mention], row: Row, failures: list[str] | None) -> None:
    for t in TYPES:
        golds = [g for g in unit.gold if g.type == t]
        preds = [m for m in mentions if m.type == t]
        c = row.setdefault(t, [0, 0, 0, 0])
        if t in NAMED:
            groups: dict[tuple[str, ...], list[Gold]] = {}
            for g in golds:
                groups.setdefault(g.values, []).append(g)
            matched: set[int] = set()
            for values, gs in groups.items():
                hits = [i for i, m in enumerate(preds) if name_matches(m, gs[0])]
                if hits:
                    c[0] += 1
                    matched.update(hits)
                    c[3] += any(_on_quote(preds[i], gs) for i in hits)
                else:
                    c[2] += 1
                    if failures is not None:
                        failures.append(f"  missed {t} {values[0]!r}")
            extra: dict[str, Mention] = {}
            for i, m in enumerate(preds):
                if i not in matched:
                    extra.setdefault(" ".join(fold(m.text)), m)
            c[1] += len(extra)
            if failures is not None:
                failures.extend(f"  extra  {t} {m.text!r} ({m.rule})" for m in extra.values())
            continue
        gold_keys: dict[str, list[Gold]] = {}
        for g in golds:
            gold_keys.setdefault(gold_key(g), []).append(g)
        pred_keys: dict[str, list[Mention]] = {}
        for m in preds:
            pred_keys.setdefault(value_key(m), []).append(m)
        for k, gs in gold_keys.items():
            if k in pred_keys:
                c[0] += 1
                c[3] += any(_on_quote(m, gs) for m in pred_keys[k])
            else:
                c[2] += 1
                if failures is not None:
                    failures.append(f"  missed {t} {k} ({gs[0].quote!r})")
        for k, ms in pred_keys.items():
            if k not in gold_keys:
                c[1] += 1
                if failures is not None:
                    failures.append(f"  extra  {t} {k} ({ms[0].text!r}, {ms[0].rule})")


def _on_quote(m: Mention, golds: list[Gold]) -> bool:
    return any(m.start < g.end and g.start < m.end for g in golds)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(rows: dict[str, Row]) -> str:
    langs = list(rows)
    head = "| type | " + " | ".join(f"{lg} P | {lg} R | {lg} tp/fp/fn" for lg in langs) + " |"
    lines = [head, "|" + "---|" * (1 + 3 * len(langs))]
    for t in [*TYPES, "all"]:
        cells = []
        for lg in langs:
            counts = rows[lg]
            tp, fp, fn = ([sum(c[i] for c in counts.values()) for i in range(3)] if t == "all"
                          else counts.get(t, [0, 0, 0, 0])[:3])
            p, r, _ = _prf(tp, fp, fn)
            cells.append(f"{p:.2f} | {r:.2f} | {tp}/{fp}/{fn}" if tp + fp + fn else "– | – | 0/0/0")
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--set", dest="which", choices=tuple(SETS), default="1",
                    help="1: claims.yml (the 19 texts of sets 1/2); 3: claims_v3.yml; 4: claims_v4.yml (en, ko, zh); 5: claims_v5.yml (en, ko); 6: claims_v6.yml (en, ko, zh); 7: claims_v7.yml (en, ko, zh); 8: claims_v8.yml (en, ko, zh); 9: claims_v9.yml (en, ko, zh); 10: claims_v10.yml (en, ko, zh); 11: claims_v11.yml (en, ko, zh); 12: claims_v12.yml (en, ko, zh); 13: claims_v13.yml (en, ko, zh); 14: claims_v14.yml (en, ko, zh); 15: claims_v15.yml (en, ko, zh); 16: claims_v16.yml (en, ko, zh); 17: claims_v17.yml (en, ko, zh); 18: claims_v18.yml (en, ko, zh); 19: claims_v19.yml (en, ko, zh); 20: claims_v20.yml (en, ko, zh); 21: claims_v21.yml (en, ko, zh); 22: claims_v22.yml (en, ko, zh); 23: claims_v23.yml (en, ko, zh); 24: claims_v24.yml (en, ko, zh); 25: claims_v25.yml (en, ko, zh); 26: claims_v26.yml (en, ko, zh)")
    ap.add_argument("--show", action="store_true",
                    help="list the disagreements of the held-out half too (for a half already scored once)")
    ap.add_argument("--summary", action="store_true",
                    help="figures only, no disagreements, on either half (a new set's first, blind run of its dev half)")
    args = ap.parse_args(argv)
    units = [u for u in load(SETS[args.which]) if u.split == args.split]
    t0 = time.perf_counter()
    ofac = get_reader("ofac-sdn").read([SHARED / "data" / "sanctions" / "ofac" / "sdn.csv"])
    entities = read_evidence(bundled_paths()).entities + ofac.entities
    gazetteer, classifier = Gazetteer(entities), Classifier()
    gazetteer.matcher  # noqa: B018 - build the index before timing
    setup = time.perf_counter() - t0
    langs = [lg for lg in LANGS if any(u.lang == lg for u in units)]
    rows: dict[str, Row] = {**{lg: {} for lg in langs}, "all": {}}
    failures: list[str] = []
    t1 = time.perf_counter()
    for u in units:
        doc = SourceDocument(id=f"{u.doc}-{u.part}", title=u.doc, publisher=u.publisher, url=u.url,
                             published=u.published)
        ex = extract_text(u.text, gazetteer=gazetteer, classifier=classifier, document=doc)
        mine: list[str] | None = [] if (args.split == "dev" or args.show) and not args.summary else None
        score_unit(u, ex.mentions, rows[u.lang], mine)
        score_unit(u, ex.mentions, rows["all"], None)
        if mine:
            failures.append(f"{u.doc} [{u.part}]")
            failures.extend(mine)
    elapsed = time.perf_counter() - t1
    n_docs = {lg: len({u.doc for u in units if u.lang == lg}) for lg in langs}
    docs = ", ".join(f"{n} {NAMES[lg]}" for lg, n in n_docs.items())
    print(f"## extract on real reports, set {args.which}, {args.split} half: {docs} "
          f"documents ({len(units)} units), {elapsed:.1f} s (setup {setup:.1f} s, {len(entities)} entities)\n")
    print(table(rows) + "\n")
    tp = sum(c[0] for c in rows["all"].values())
    on_quote = sum(c[3] for c in rows["all"].values())
    print(f"true positives with a mention on the gold quote: {on_quote}/{tp}\n")
    if failures:
        print(f"Disagreements with the gold ({args.split} half):\n")
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
