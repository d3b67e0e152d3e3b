"""The eleventh real-world extraction set (benchmarks/extract/realworld/claims_v11.yml, texts/v11-*) is well formed:
the loader accepts it (quotes short, each claim's quote where its claim says), every document has claims and a file
in texts/, the split is the per-language crc32 rule of sets 4-10 with every language in both halves, the values are
in the README's vocabularies, no URL of sets 1-10 is repeated, run.py offers `--set 11` and the test helper keeps the
set's texts out of the tests. No extractor runs here (the set is unseen: the lead scores it); failures name document
ids, unit parts and claim types only, never a quote or a value."""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml
from tests.helpers.realworld_texts import UNSCORED, realworld_texts

from benchmarks.extract.realworld.data import HERE, LANGS, TYPES, load

PATH = HERE / "claims_v11.yml"
# The vocabularies README.md's counting rule names (goods categories, channels, quantity kinds).
GOODS = {"wigs", "false_eyelashes", "hair_pieces", "human_hair", "knitwear", "apparel", "textiles", "seafood", "toys",
         "electronics", "coal", "minerals", "timber", "agricultural", "bricks", "cement", "artificial_flowers",
         "watches"}
CHANNELS = {"labour_export", "contract_processing", "subcontracting", "relabelling", "smuggling", "joint_venture",
            "below_market", "trading_company", "internet_platforms", "wholesale_market"}
KINDS = {"money", "weight", "share", "work_hours", "rest_days", "workers", "inmates", "deaths", "people",
         "facilities", "countries"}
_NUMBER = r"\d+(?:\.\d+)?"
_QUANTITY = re.compile(rf"^([a-z_]+)=({_NUMBER})(?:-({_NUMBER}))?$")
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_PERIOD = re.compile(rf"^(?:{_DATE})?/(?:{_DATE})?$")


def _docs() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = yaml.safe_load(PATH.read_text(encoding="utf-8"))["documents"]
    return docs


def test_the_loader_accepts_the_set_and_every_document_has_claims_and_a_file() -> None:
    units = load(PATH)  # raises on a quote not in its text, a long quote, an unknown type or split
    docs = _docs()
    assert len(docs) >= 18 and len(units) > len(docs)
    assert [d["id"] for d in docs if not d.get("claims")] == []
    assert [d["id"] for d in docs if not d["id"].startswith("v11-")] == []
    texts = {p.stem for p in (HERE / "texts").glob("v11-*.txt")}
    files = {Path(d["file"]).stem if d["stored"] == "whole" else d["id"] for d in docs}
    assert sorted(files - texts) == [] and sorted(texts - files) == []


def test_every_claims_quote_is_in_its_unit() -> None:
    units = {(u.doc, u.part): u for u in load(PATH)}
    bad = []
    for d in _docs():
        for c in d["claims"]:
            unit = units[(d["id"], c.get("in", "whole"))]
            if str(c["quote"]) not in unit.text:
                bad.append((d["id"], c.get("in", "whole"), c["type"]))
    assert bad == []


def test_the_split_is_the_crc32_rule_with_each_language_in_both_halves() -> None:
    docs = _docs()
    by_lang: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        by_lang[d["lang"]].append(d["id"])
    split = {d["id"]: d["split"] for d in docs}
    wrong = []
    for ids in by_lang.values():
        for n, i in enumerate(sorted(ids, key=lambda i: zlib.crc32(i.encode()))):
            if split[i] != ("dev" if n % 2 == 0 else "heldout"):
                wrong.append(i)
    assert wrong == []
    assert set(by_lang) == set(LANGS)
    assert {(d["lang"], d["split"]) for d in docs} == {(lang, s) for lang in LANGS for s in ("dev", "heldout")}


def _valid(kind: str, value: Any) -> bool:
    """Whether a claim's value is of the form and vocabulary README.md's counting rule gives its type."""
    if kind in ("organisation", "facility"):
        names = value if isinstance(value, list) else [value]
        return bool(names) and all(isinstance(n, str) and n.strip() for n in names)
    checks = {
        "goods": lambda v: v in GOODS,
        "channel": lambda v: v in CHANNELS,
        "destination": lambda v: re.fullmatch(r"[a-z]{2}", str(v)) is not None,
        "period": lambda v: _PERIOD.match(str(v)) is not None,
    }
    if kind in checks:
        return bool(checks[kind](value))
    m = _QUANTITY.match(str(value))
    return m is not None and m.group(1) in KINDS and not (m.group(3) and float(m.group(3)) <= float(m.group(2)))


def test_values_are_in_the_readmes_vocabularies() -> None:
    bad = [(d["id"], c.get("in", "whole"), c["type"]) for d in _docs() for c in d["claims"]
           if c["type"] not in TYPES or not _valid(c["type"], c["value"])]
    assert bad == []


def test_no_url_of_the_earlier_sets_is_repeated() -> None:
    old: set[str] = set()
    for path in sorted(HERE.glob("claims*.yml")):
        if path == PATH:
            continue
        for d in yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]:
            old.update(u.strip().split(" ")[0].rstrip("/").lower() for u in str(d["url"]).split(", "))
    assert [d["id"] for d in _docs() if str(d["url"]).rstrip("/").lower() in old] == []


def test_run_offers_the_set_and_the_tests_read_its_texts_once_scored() -> None:
    # Both halves have run (dev at 8d4a932, held-out once at fb1ab66: results/v11-heldout.md), so the set's texts
    # are open to the tests like every scored set's.
    run_py = (HERE / "run.py").read_text(encoding="utf-8")  # read, not imported: nothing of the extractor loads
    assert '"11": HERE / "claims_v11.yml"' in run_py
    assert (HERE / "results" / "v11-heldout.md").is_file()
    assert "v11-" not in UNSCORED
    assert [p.name for p in realworld_texts() if p.name.startswith("v11-")] != []
