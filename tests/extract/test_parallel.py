"""A large report read in forked workers (issue 20) gives exactly what one process gives: the same sentences,
mentions, links, claims and repeat count, in the same order; small reports are not forked; a bad file or a
failing worker still ends the run with its error."""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chainlight.classify import Classifier
from chainlight.errors import InputError, UsageError
from chainlight.extract import Gazetteer
from chainlight.extract import extractor as extractor_mod
from chainlight.extract import stream as stream_mod
from chainlight.extract.extraction import Extraction
from chainlight.extract.extractor import extract_report
from chainlight.extract.load import load_path
from chainlight.extract.sentences import language
from chainlight.extract.stream import Report
from chainlight.model.product import Classification
from tests.extract.test_commands import make_app
from tests.helpers.realworld_texts import realworld_texts


def realistic_report(path: Path, seed_path: Path, copies: int = 3) -> Path:
    """Real report text, English and Korean (the seed report and the real-world set's articles), as a long
    report carries it: each paragraph several times, some verbatim and some with other figures and years."""
    paragraphs = [p for p in re.split(r"\n\s*\n", load_path(seed_path).text) if p.strip()]
    for text in realworld_texts():
        paragraphs += [p for p in re.split(r"\n\s*\n", text.read_text(encoding="utf-8")) if p.strip()]
    assert any(language(p) == "ko" for p in paragraphs) and any(language(p) == "en" for p in paragraphs)
    rng = random.Random(20)
    out = []
    for _ in range(copies):
        for p in paragraphs:
            if rng.random() < 0.5:
                p = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()) - 1)), p)
            out.append(p)
    path.write_text("\n\n".join(out), encoding="utf-8")
    return path


def as_data(ex: Extraction) -> dict[str, object]:
    data = ex.to_dict()
    data["sentence_list"] = [(s.index, s.start, s.end, s.text, s.lang) for s in ex.sentences]
    data["digest"] = ex.digest
    return data


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork from the first byte, and hand out small blocks so that many are in flight and waited for."""
    monkeypatch.setattr(extractor_mod, "PARALLEL_FROM", 0)
    monkeypatch.setattr(extractor_mod, "BLOCK_SENTENCES", 16)


def test_forked_workers_give_exactly_the_serial_extraction(tmp_path: Path, gazetteer: Gazetteer,
                                                           classifier: Classifier, seed_path: Path,
                                                           forked: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = realistic_report(tmp_path / "long.txt", seed_path)
    forks: list[int] = []
    real = extractor_mod._read_forked
    monkeypatch.setattr(extractor_mod, "_read_forked", lambda *a: (forks.append(a[2]), real(*a))[1])
    serial = extract_report(Report(path), gazetteer=gazetteer, classifier=classifier, published="2023-05")
    assert forks == []
    parallel = extract_report(Report(path), gazetteer=gazetteer, classifier=classifier, published="2023-05",
                              jobs=2)
    assert forks == [2]
    assert len(parallel.sentences) > 10 * extractor_mod.BLOCK_SENTENCES  # many blocks
    assert parallel.repeated > 0 and {s.lang for s in parallel.sentences} >= {"en", "ko"}
    assert {m.type for m in parallel.mentions} >= {"facility", "organisation", "goods", "period", "quantity",
                                                   "destination"}
    assert as_data(parallel) == as_data(serial)
    assert [c.public_dict() for c in parallel.to_claims()] == [c.public_dict() for c in serial.to_claims()]


def test_a_small_report_is_read_in_one_process(tmp_path: Path, gazetteer: Gazetteer, classifier: Classifier,
                                               seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(*args: object) -> None:
        raise AssertionError("forked for a small report")

    monkeypatch.setattr(extractor_mod, "_read_forked", no_fork)
    assert extract_report(Report(seed_path), gazetteer=gazetteer, classifier=classifier, jobs=4).sentences


def test_a_report_with_fewer_new_sentences_than_a_block_starts_no_worker(
        tmp_path: Path, gazetteer: Gazetteer, classifier: Classifier, seed_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extractor_mod, "PARALLEL_FROM", 0)
    path = tmp_path / "repeats.txt"
    path.write_text("\n\n".join([load_path(seed_path).text] * 30), encoding="utf-8")  # ~30 new sentences

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("started workers for a report that repeats itself")

    serial = extract_report(Report(path), gazetteer=gazetteer, classifier=classifier)
    monkeypatch.setattr(extractor_mod, "ProcessPoolExecutor", no_pool)
    again = extract_report(Report(path), gazetteer=gazetteer, classifier=classifier, jobs=2)
    assert len(again.sentences) < extractor_mod.BLOCK_SENTENCES and again.repeated > 0
    assert as_data(again) == as_data(serial)


def test_a_bad_block_late_in_a_forked_read_raises_its_error(tmp_path: Path, gazetteer: Gazetteer,
                                                            classifier: Classifier, seed_path: Path,
                                                            forked: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_mod, "BLOCK", 4096)
    path = realistic_report(tmp_path / "long.txt", seed_path, copies=1)
    with open(path, "ab") as fh:
        fh.write(b"\n\nthe end\x00 of the file")
    with pytest.raises(InputError, match="binary file"):
        extract_report(Report(path), gazetteer=gazetteer, classifier=classifier, jobs=2)


class _FailingInWorkers:
    def __init__(self, classifier: Classifier) -> None:
        self.classifier, self.parent = classifier, os.getpid()

    def classify(self, id: str, text: str, declared_hs: str | None = None) -> Classification:
        if os.getpid() != self.parent:
            raise RuntimeError("the classifier failed")
        return self.classifier.classify(id, text, declared_hs)


def test_a_worker_that_fails_fails_the_run(tmp_path: Path, gazetteer: Gazetteer, classifier: Classifier,
                                           seed_path: Path, forked: None) -> None:
    path = realistic_report(tmp_path / "long.txt", seed_path, copies=1)
    with pytest.raises(RuntimeError, match="the classifier failed"):
        extract_report(Report(path), gazetteer=gazetteer, classifier=_FailingInWorkers(classifier), jobs=2)


def test_extract_jobs_on_the_command_line(tmp_path: Path, seed_path: Path, forked: None) -> None:
    path = realistic_report(tmp_path / "long.txt", seed_path, copies=2)
    outputs = []
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.duckdb"
        r = CliRunner().invoke(make_app(), ["--db", str(db), "extract", str(path), "--format", "json",
                                            "--jobs", jobs], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        outputs.append(json.loads(r.stdout))
    assert outputs[0] == outputs[1] and outputs[0]["extractions"][0]["claims"]
    r = CliRunner().invoke(make_app(), ["--db", str(tmp_path / "t.duckdb"), "extract", str(path), "--jobs", "0"])
    assert isinstance(r.exception, UsageError) and "--jobs must be 1 or more" in str(r.exception)
