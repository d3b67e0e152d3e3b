"""Large reports (issue 20): read as a stream of paragraphs with the same offsets as the whole text, cut when
one line never ends, limited in size, repeated text read once, and nothing stored when any file is bad."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest
from rich.console import Console
from typer.testing import CliRunner

from chainlight.classify import Classifier
from chainlight.errors import InputError
from chainlight.extract import Gazetteer, extract_text
from chainlight.extract import stream as stream_mod
from chainlight.extract.commands import _progress
from chainlight.extract.extractor import extract_report
from chainlight.extract.load import _tidy, load_path
from chainlight.extract.sentences import paragraph_spans, split
from chainlight.extract.stream import Report
from tests.extract.test_commands import make_app

# Real report wording (the seed report's kind), English and Korean, with the mess files carry: CRLF, trailing
# spaces, no-break spaces, runs of blank lines, a heading without a full stop, leading and trailing blanks.
MESSY = ("\r\n  \r\nNorth Korea's wig trade \r\n"
         "Inmates of Kaechon Prison Camp work 16 hours a day.\u00a0The wigs go to China.  \r\n\r\n\r\n\r\n"
         "개천교화소 수감자들은 하루 16시간 가발을 만든다.\t\n이 제품은 중국으로 수출된다.\n \n\t\n"
         "Since August 2022 the camp has made false eyelashes for Chinese buyers.\rDeaths: about 40.\n\n\n  ")


def stream_sentences(path: Path) -> list[tuple[int, int, str]]:
    out = []
    for p in Report(path).paragraphs():
        out.extend((p.start + s, p.start + e, p.text[s:e]) for s, e in paragraph_spans(p.text))
    return out


@pytest.mark.parametrize("block", [1, 3, 7, 64, 1 << 20])
def test_the_stream_cuts_sentences_exactly_as_the_whole_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             block: int) -> None:
    monkeypatch.setattr(stream_mod, "BLOCK", block)  # blocks that cut a CRLF, a blank-line run, a Hangul byte
    path = tmp_path / "report.txt"
    path.write_bytes((MESSY * 3).encode("utf-8"))
    whole = _tidy((MESSY * 3).replace("\r\n", "\n").replace("\r", "\n"))
    assert whole == load_path(path).text
    assert stream_sentences(path) == [(s.start, s.end, s.text) for s in split(whole)]
    report = Report(path)
    list(report.paragraphs())
    assert report.sha256 == hashlib.sha256(whole.encode("utf-8")).hexdigest()
    assert report.first_line == "North Korea's wig trade"


def test_a_report_on_one_line_is_cut_and_read_as_it_arrives(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream_mod, "BLOCK", 4096)
    sentence = "Inmates of Kaechon Prison Camp work 16 hours a day making wigs for export to China. "
    path = tmp_path / "one-line.txt"
    path.write_text(sentence * 3000, encoding="utf-8")  # ~250 kB, no newline at all
    seen: list[int] = []
    report = Report(path)
    paragraphs = []
    for p in report.paragraphs(progress=seen.append):
        if not paragraphs:
            assert seen and seen[-1] < report.size  # the first paragraph came before the file was read whole
        paragraphs.append(p)
    assert max(len(p.text) for p in paragraphs) <= stream_mod.MAX_PARAGRAPH
    assert all(p.text.rstrip().endswith("China.") for p in paragraphs)  # cut at sentence ends
    assert seen[-1] == report.size


def test_repeated_text_is_read_once(gazetteer: Gazetteer, classifier: Classifier) -> None:
    one = ("Inmates of Kaechon Prison Camp work 16 hours a day.\n\n"
           "개천교화소에서 만든 가발은 중국으로 수출된다.")
    once = extract_text(one, gazetteer=gazetteer, classifier=classifier)
    # the same paragraphs again, and once more wrapped differently
    again = extract_text(one + "\n\n" + one + "\n\n" + one.replace("work 16", "work\n16"),
                         gazetteer=gazetteer, classifier=classifier)
    assert len(again.to_claims()) == len(once.to_claims()) == 2
    assert [m.key for m in again.mentions] == [m.key for m in once.mentions]
    assert again.repeated == 4 and once.repeated == 0


def test_a_big_repetitive_report_streams_to_the_same_claims(tmp_path: Path, gazetteer: Gazetteer,
                                                            classifier: Classifier, seed_path: Path) -> None:
    seed = load_path(seed_path).text
    path = tmp_path / "big.txt"
    path.write_text("\n\n".join([seed] * 40), encoding="utf-8")
    streamed = extract_report(Report(path), gazetteer=gazetteer, classifier=classifier)
    single = extract_text(seed, gazetteer=gazetteer, classifier=classifier)
    assert [c.summary for c in streamed.to_claims()] == [c.summary for c in single.to_claims()]
    assert streamed.repeated >= 39 and streamed.text == ""
    assert streamed.document.title == single.document.title


def test_a_report_over_the_limit_is_refused_before_anything_is_stored(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    big = tmp_path / "big.txt"
    big.write_bytes(seed_path.read_bytes() * 20)
    r = CliRunner().invoke(make_app(), ["--db", str(db), "extract", str(seed_path), str(big), "--max-mb", "0.01"])
    assert r.exit_code == 2 or (isinstance(r.exception, InputError) and r.exception.exit_code == 2)
    message = str(r.exception)
    assert str(big) in message and "over the limit of 0.01 MB" in message and "--max-mb 1" in message
    assert _stored(db) == 0
    with pytest.raises(InputError, match="over the limit"):
        Report(big, max_mb=0.01)
    Report(big, max_mb=0)  # 0: no limit


def test_a_bad_second_file_leaves_nothing_stored(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01" * 50)
    r = CliRunner().invoke(make_app(), ["--db", str(db), "extract", str(seed_path), str(binary)])
    assert isinstance(r.exception, InputError) and r.exception.exit_code == 2
    assert str(binary) in str(r.exception) and "binary file" in str(r.exception)
    assert _stored(db) == 0  # neither the first report's claims nor the evidence base


def test_two_reports_are_stored_together_with_repeats_counted(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    twice = tmp_path / "twice.txt"
    twice.write_text("\n\n".join([load_path(seed_path).text] * 2), encoding="utf-8")
    r = CliRunner().invoke(make_app(), ["--db", str(db), "extract", str(seed_path), str(twice), "--format", "json"],
                           catch_exceptions=False)
    assert r.exit_code == 0
    first, second = json.loads(r.stdout)["extractions"]
    assert len(first["claims"]) == len(second["claims"]) and second["repeated"] > 0
    with duckdb.connect(str(db), read_only=True) as con:
        claims = con.execute("SELECT count(*) FROM items WHERE dataset = 'reports' AND item_type = 'claim'").fetchone()
    assert claims is not None and claims[0] == 2 * len(first["claims"])


def test_cp949_and_bad_utf8_in_a_stream(tmp_path: Path) -> None:
    korean = tmp_path / "cp949.txt"
    korean.write_bytes("개천교화소에서 가발을 만들었다.\n\n중국으로 수출된다.".encode("cp949"))
    assert [p.text for p in Report(korean).paragraphs()] == ["개천교화소에서 가발을 만들었다.", "중국으로 수출된다."]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"line one\nline two\nwigs \xff\xfe made in Kaechon\n")
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 23\)") as exc:
        list(Report(bad).paragraphs())
    assert exc.value.problem.line == 3


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    with duckdb.connect(str(db), read_only=True) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "items" not in tables:
            return 0
        return int(con.execute("SELECT count(*) FROM items").fetchone()[0]) + \
            int(con.execute("SELECT count(*) FROM entities").fetchone()[0])


def test_a_long_report_shows_its_progress(tmp_path: Path, seed_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([load_path(seed_path).text] * 1500), encoding="utf-8")  # over 1 MB
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=120)
    report = Report(big)
    with _progress(SimpleNamespace(quiet=False), report, terminal) as advance:
        assert advance is not None
        for _ in report.paragraphs(advance):
            pass
    assert "extracting big.txt" in screen.getvalue() and f"{report.size / 1e6:.1f}" in screen.getvalue()
    with _progress(SimpleNamespace(quiet=True), report, terminal) as silent:
        assert silent is None  # --quiet
