"""The thirteenth real-world extraction set (benchmarks/extract/realworld/claims_v13.yml, texts/v13-*) is well formed:
the loader accepts it (quotes short, each claim's quote inside its quote), every document has claims and a provenance
record in texts/, the split is the per-language crc32 rule of sets 4-12 with every language in both halves, the values
are in the README's vocabularies, no URL of sets 1-12 is repeated, run.py offers `--set 13` and the test helper keeps
the set's texts out of the tests. No extractor runs here (neither half has run: the lead scores the set); failures name
document ids, quote ids and claim types only, never a quote or a value."""

from __future__ import annotations

import zlib
from typing import Any

import yaml
from tests.helpers.realworld_texts import UNSCORED, realworld_texts

from benchmarks.extract.realworld.data import HERE, LANGS, TYPES, load
from benchmarks.tests.test_claims_v11 import _valid  # the README's vocabularies and value forms, shared

SET = "13"
PATH = HERE / f"claims_v{SET}.yml"
PREFIX = f"v{SET}-"


def _docs() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = yaml.safe_load(PATH.read_text(encoding="utf-8"))["documents"]
    return docs


def _where(doc: dict[str, Any], claim: dict[str, Any]) -> tuple[str, str, str]:
    """How a failure names a claim: its document, its quote's id and its type (nothing of the text)."""
    return doc["id"], str(claim.get("in", "whole")), str(claim["type"])


def test_every_document_loads_has_claims_and_a_provenance_record() -> None:
    units = load(PATH)  # raises on a quote not in its text, a quote over 25 words, an unknown type or split
    docs = _docs()
    assert 21 <= len(docs) <= 24 and len(units) > len(docs)
    assert [d["id"] for d in docs if not d.get("claims") or not d["id"].startswith(PREFIX)] == []
    records = {p.stem for p in (HERE / "texts").glob(f"{PREFIX}*.txt")}
    assert records == {d["id"] for d in docs}
    # every document is quoted (the one U.S. government work is quoted like the rest), so each quote is a unit
    assert {d["stored"] for d in docs} == {"quotes"}
    assert len(units) == sum(len(d["quotes"]) for d in docs)
    # each stored quote has claims of its own: a quote nothing is annotated on would only score false positives
    assert [(d["id"], k) for d in docs for k in d["quotes"] if k not in {c.get("in") for c in d["claims"]}] == []


def test_each_claims_quote_lies_inside_its_unit() -> None:
    texts = {(u.doc, u.part): u.text for u in load(PATH)}
    assert [_where(d, c) for d in _docs() for c in d["claims"]
            if str(c["quote"]) not in texts[(d["id"], c.get("in", "whole"))]] == []


def test_the_provenance_records_hold_each_quote_verbatim() -> None:
    missing = []
    for d in _docs():
        record = (HERE / "texts" / f"{d['id']}.txt").read_text(encoding="utf-8")
        missing += [(d["id"], k) for k, q in d["quotes"].items() if f"{k}: {q}" not in record]
    assert missing == []


def test_split_alternates_in_crc32_order_within_each_language() -> None:
    docs = _docs()
    wrong = []
    for lang in LANGS:
        ids = sorted((d["id"] for d in docs if d["lang"] == lang), key=lambda i: zlib.crc32(i.encode()))
        split = {d["id"]: d["split"] for d in docs}
        wrong += [i for n, i in enumerate(ids) if split[i] != ("heldout" if n % 2 else "dev")]
    assert wrong == []
    assert {(d["lang"], d["split"]) for d in docs} == {(lang, s) for lang in LANGS for s in ("dev", "heldout")}


def test_types_and_values_are_the_readmes() -> None:
    assert [_where(d, c) for d in _docs() for c in d["claims"]
            if c["type"] not in TYPES or not _valid(c["type"], c["value"])] == []


def test_no_url_of_sets_1_to_12_comes_back() -> None:
    def norm(url: str) -> str:
        return url.strip().split(" ")[0].rstrip("/").lower()

    earlier = {norm(u) for p in sorted(HERE.glob("claims*.yml")) if p != PATH
               for d in yaml.safe_load(p.read_text(encoding="utf-8"))["documents"] for u in str(d["url"]).split(", ")}
    docs = _docs()
    assert [d["id"] for d in docs if norm(str(d["url"])) in earlier] == []
    assert len({norm(str(d["url"])) for d in docs}) == len(docs)  # and none twice within the set


def test_run_offers_the_set_and_the_tests_read_its_texts_once_scored() -> None:
    # Both halves have run (dev first at a850ae4's code, held-out once at eac2375: results/v13-heldout.md), so the
    # set's texts are open to the tests like every scored set's.
    run_py = (HERE / "run.py").read_text(encoding="utf-8")  # read, not imported: nothing of the extractor loads
    assert f'"{SET}": HERE / "claims_v{SET}.yml"' in run_py
    assert (HERE / "results" / f"v{SET}-heldout.md").is_file()
    assert PREFIX not in UNSCORED
    assert [p.name for p in realworld_texts() if p.name.startswith(PREFIX)] != []
