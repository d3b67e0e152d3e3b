"""The CLI as users' scripts call it: commands, columns and exit codes of formats.md."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from chainlight.cli import main
from tests.helpers.snapshots import snapshot, snapshot_bytes


def test_demo_flags_the_kaechon_chain_and_keeps_clean_listings_clean(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chainlight.duckdb").write_bytes(b"the user's own store")
    assert main(["--quiet", "demo"]) == 0
    # the demo's fresh store is its own: a store in the default place is neither used nor deleted
    assert (tmp_path / "chainlight.duckdb").read_bytes() == b"the user's own store"
    assert (tmp_path / "demo-out" / "demo.duckdb").exists()
    text = (tmp_path / "demo-out" / "findings.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert set(rows[0]) >= {"record_type", "record_id", "score", "tier", "policies", "summary", "evidence"}
    listings = [r for r in rows if r["record_type"] == "listing"]
    high = [r for r in listings if r["tier"] == "high"]
    assert high and any("kaechon" in (r["evidence"] + r["summary"]).lower() for r in high)
    assert [r for r in listings if r["tier"] in ("none", "low")]
    steps = json.loads(high[0]["evidence"])
    assert {"kind", "subject", "object", "detail", "confidence", "source_ids", "source_url"} <= set(steps[0])
    data = json.loads((tmp_path / "demo-out" / "findings.json").read_text(encoding="utf-8"))
    assert isinstance(data["findings"][0]["evidence"], list)
    html = (tmp_path / "demo-out" / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "http://" not in html.split("<body", 1)[0].replace("http://www.w3.org", "")


def test_ingest_refuses_truncated_xml_with_exit_2_and_keeps_the_store(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.duckdb")
    un = snapshot("sanctions/un/consolidated.xml")
    assert main(["--db", db, "--quiet", "ingest", "un-sc", str(un)]) == 0
    assert "999 loaded" in capsys.readouterr().out
    trunc = tmp_path / "trunc.xml"
    trunc.write_bytes(snapshot_bytes("sanctions/un/consolidated.xml")[:200_000])
    assert main(["--db", db, "--quiet", "ingest", "un-sc", str(trunc)]) == 2
    message = capsys.readouterr().err
    assert "trunc.xml" in message and ":" in message
    from chainlight.store import Store

    with Store(db) as store:
        assert store.entity_count("un-sc") == 999


@pytest.mark.slow  # builds the matcher over the full OFAC + UN lists
def test_match_finds_ryonbong_in_hangul(tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    assert main(["--db", db, "-q", "ingest", "ofac-sdn", str(snapshot("sanctions/ofac/sdn.csv"))]) == 0
    assert main(["--db", db, "-q", "ingest", "un-sc", str(snapshot("sanctions/un/consolidated.xml"))]) == 0
    queries = tmp_path / "q.csv"
    queries.write_text("query_id,name\nq1,조선련봉총회사\nq2,KOREA MINING DEVELOPMENT TRADING CORPORATION\n",
                       encoding="utf-8")
    out = tmp_path / "m.csv"
    assert main(["--db", db, "-q", "match", str(queries), "--out", str(out)]) == 0
    rows = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))
    top = {r["query_id"]: r for r in rows if r["rank"] == "1"}
    assert {"ofac:9347", "un:KPe.002"} & set(top["q1"]["source_ids"].split(";"))
    assert {"ofac:9345", "un:KPe.001"} & set(top["q2"]["source_ids"].split(";"))
    assert top["q1"]["match"] == "true" and "조선련봉총회사" in top["q1"]["explanation"]


def test_bad_query_file_names_file_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queries = tmp_path / "q.csv"
    queries.write_text("query_id,name\nq1,\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "t.duckdb"), "match", str(queries)]) == 2
    assert "q.csv:2:name" in capsys.readouterr().err


def test_unknown_kind_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("a\n1\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "t.duckdb"), "ingest", "nonsense", str(f)]) == 2


def test_import_chainlight_needs_no_optional_backend() -> None:
    import subprocess
    import sys

    code = "import sys, chainlight, chainlight.model, chainlight.store; assert 'pyspark' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_demo_writes_to_the_store_given_with_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "chosen.duckdb"
    assert main(["--db", str(db), "--quiet", "demo", "--out", str(tmp_path / "out")]) == 0
    from chainlight.store import Store

    with Store(db) as store:
        assert store.records("listings")
    assert not (tmp_path / "out" / "demo.duckdb").exists()
