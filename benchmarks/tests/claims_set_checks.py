"""The checks every real-world extraction set's test makes (claims_v12.yml, claims_v13.yml, ...), in one place:
each set's own test keeps its size, what it stores and the state of its halves. None runs an extractor; failures
name document ids, quote ids and claim types only, never a quote or a value."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import yaml
from tests.helpers.realworld_texts import UNSCORED, realworld_texts

from benchmarks.extract.realworld.data import HERE, LANGS, TYPES, load
from benchmarks.tests.test_claims_v11 import _valid  # the README's vocabularies and value forms, shared


def path(set_no: str) -> Path:
    return HERE / f"claims_v{set_no}.yml"


def docs(set_no: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = yaml.safe_load(path(set_no).read_text(encoding="utf-8"))["documents"]
    return found


def where(doc: dict[str, Any], claim: dict[str, Any]) -> tuple[str, str, str]:
    """How a failure names a claim: its document, its quote's id and its type (nothing of the text)."""
    return doc["id"], str(claim.get("in", "whole")), str(claim["type"])


def check_loads_with_claims_and_records(set_no: str, sizes: range) -> None:
    """The loader accepts the set (it raises on a quote not in its text, a quote over 25 words, an unknown type or
    split); every document has claims and a provenance record named by its id; every document is quoted, so each
    quote is a unit."""
    units = load(path(set_no))
    ds = docs(set_no)
    assert len(ds) in sizes and len(units) > len(ds)
    assert [d["id"] for d in ds if not d.get("claims") or not d["id"].startswith(f"v{set_no}-")] == []
    assert {p.stem for p in (HERE / "texts").glob(f"v{set_no}-*.txt")} == {d["id"] for d in ds}
    assert {d["stored"] for d in ds} == {"quotes"}
    assert len(units) == sum(len(d["quotes"]) for d in ds)


def check_quotes_inside_their_units(set_no: str) -> None:
    texts = {(u.doc, u.part): u.text for u in load(path(set_no))}
    assert [where(d, c) for d in docs(set_no) for c in d["claims"]
            if str(c["quote"]) not in texts[(d["id"], c.get("in", "whole"))]] == []


def check_split_alternates_in_crc32_order(set_no: str) -> None:
    ds = docs(set_no)
    split = {d["id"]: d["split"] for d in ds}
    wrong = []
    for lang in LANGS:
        ids = sorted((d["id"] for d in ds if d["lang"] == lang), key=lambda i: zlib.crc32(i.encode()))
        wrong += [i for n, i in enumerate(ids) if split[i] != ("heldout" if n % 2 else "dev")]
    assert wrong == []
    assert {(d["lang"], d["split"]) for d in ds} == {(lang, s) for lang in LANGS for s in ("dev", "heldout")}


def check_types_and_values(set_no: str) -> None:
    assert [where(d, c) for d in docs(set_no) for c in d["claims"]
            if c["type"] not in TYPES or not _valid(c["type"], c["value"])] == []


def check_no_url_repeats(set_no: str) -> None:
    """No page of another set comes back, and none twice within the set."""
    def norm(url: str) -> str:
        return url.strip().split(" ")[0].rstrip("/").lower()

    own = path(set_no)
    earlier = {norm(u) for p in sorted(HERE.glob("claims*.yml")) if p != own
               for d in yaml.safe_load(p.read_text(encoding="utf-8"))["documents"] for u in str(d["url"]).split(", ")}
    ds = docs(set_no)
    assert [d["id"] for d in ds if norm(str(d["url"])) in earlier] == []
    assert len({norm(str(d["url"])) for d in ds}) == len(ds)


def check_scored_and_open_to_tests(set_no: str) -> None:
    """Both halves have run (the held-out one once, its results file beside the others), so the set's texts are
    open to the tests like every scored set's."""
    run_py = (HERE / "run.py").read_text(encoding="utf-8")  # read, not imported: nothing of the extractor loads
    assert f'"{set_no}": HERE / "claims_v{set_no}.yml"' in run_py
    assert (HERE / "results" / f"v{set_no}-heldout.md").is_file()
    assert f"v{set_no}-" not in UNSCORED
    assert [p.name for p in realworld_texts() if p.name.startswith(f"v{set_no}-")] != []


def check_quotes_have_claims_and_stand_in_records(set_no: str) -> None:
    """Only quotes that carry a claim are stored (a quote nothing is annotated on would only score false positives),
    and each is the passage its provenance record keeps."""
    ds = docs(set_no)
    assert [(d["id"], k) for d in ds for k in d["quotes"] if k not in {c.get("in") for c in d["claims"]}] == []
    missing = []
    for d in ds:
        record = (HERE / "texts" / f"{d['id']}.txt").read_text(encoding="utf-8")
        missing += [(d["id"], k) for k, q in d["quotes"].items() if f"{k}: {q}" not in record]
    assert missing == []
