"""`chainlight extract` and `chainlight claims list|review` end to end, and the protected informant."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from chainlight.classify import Classifier
from chainlight.cli import Context
from chainlight.extract import Gazetteer, extract_file
from chainlight.extract.commands import register
from chainlight.extract.persist import store_extraction
from chainlight.store import Store

INFORMANT = "Source Ri, a guard at the camp's workshop"


def make_app() -> typer.Typer:
    """The main CLI's shape: a callback that puts a Context on ctx.obj, and a claims sub-app."""
    app = typer.Typer()
    claims_app = typer.Typer()
    app.add_typer(claims_app, name="claims")

    @app.callback()
    def main(ctx: typer.Context, db: Annotated[Path, typer.Option("--db")]) -> None:
        ctx.obj = Context(db, "duckdb", True)

    register(app, claims_app)
    return app


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("cli") / "t.duckdb"
    result = CliRunner().invoke(make_app(), ["--db", str(db), "extract", str(seed_path), "--format", "json",
                                             "--informant", INFORMANT, "--publisher", "Daily NK",
                                             "--source-url", "https://www.dailynk.com/english/x/",
                                             "--published", "2023"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, result.stdout


def test_extract_json_without_lists_uses_the_evidence_base(cli_run: tuple[Path, str]) -> None:
    _, output = cli_run
    data = json.loads(output)
    (ex,) = data["extractions"]
    assert ex["document"]["publisher"] == "Daily NK" and ex["document"]["published"] == "2023"
    assert "ofac:19790" in output and "kaechon" in output.lower()
    assert all(c["status"] == "pending" for c in ex["claims"])


def test_informant_is_stored_protected_and_never_printed(cli_run: tuple[Path, str]) -> None:
    db, output = cli_run
    assert INFORMANT not in output and "protected" not in output and "informant" not in output
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT data, protected FROM items WHERE item_type = 'claim' AND dataset = 'reports'").fetchall()
    assert rows and all(INFORMANT not in data for data, _ in rows)
    # sealed at rest: neither the name nor any plain JSON of it is in the file; the store's key opens it
    assert all(protected.startswith("fernet:") and INFORMANT not in protected for _, protected in rows)
    assert Path(str(db) + ".key").stat().st_mode & 0o777 == 0o600
    with Store(db) as store:
        claim_id = store.con.execute("SELECT id FROM items WHERE item_type = 'claim' AND dataset = 'reports' "
                                     "LIMIT 1").fetchone()[0]
        assert store.protected_fields("claim", claim_id) == {"informant": INFORMANT}
    listed = CliRunner().invoke(make_app(), ["--db", str(db), "claims", "list", "--format", "json"])
    assert listed.exit_code == 0 and INFORMANT not in listed.stdout


def test_review_confirms_edits_and_audits(cli_run: tuple[Path, str]) -> None:
    db, output = cli_run
    claim = next(c for c in json.loads(output)["extractions"][0]["claims"] if "ofac-19790" in c["entities"])
    app = make_app()
    r = CliRunner().invoke(app, ["--db", str(db), "claims", "review", claim["id"], "--confirm", "--edit",
                                 "goods=false_eyelashes,wigs", "--edit", "reliability=medium", "--by", "K. Analyst",
                                 "--note", "matches the RFA summary"])
    assert r.exit_code == 0, r.output
    with Store(db) as store:
        (stored,) = [c for c in store.claims(("confirmed",)) if c.id == claim["id"]]
        audit = store.con.execute("SELECT actor, action, subject, detail FROM audit").fetchall()
    assert stored.goods == ["false_eyelashes", "wigs"] and stored.reliability == "medium"
    assert stored.protected == {}  # the public record never carries the informant
    assert audit[-1][:3] == ("K. Analyst", "claim.confirmed", claim["id"])
    pending = CliRunner().invoke(app, ["--db", str(db), "claims", "list", "--status", "pending"])
    assert claim["id"] not in pending.stdout


def test_review_refuses_bad_requests(cli_run: tuple[Path, str]) -> None:
    db, _ = cli_run
    app = make_app()
    for args in (["claims", "review", "no-such-claim", "--reject"],
                 ["claims", "review", "x", "--confirm", "--reject"],
                 ["claims", "review", "x", "--edit", "protected=someone"],
                 ["claims", "review", "x", "--edit", "period_start=soon"]):
        r = CliRunner().invoke(app, ["--db", str(db), *args])
        assert r.exit_code != 0


def test_reextracting_keeps_a_reviewed_claim(tmp_path: Path, seed_path: Path, gazetteer: Gazetteer,
                                             classifier: Classifier) -> None:
    ex = extract_file(seed_path, gazetteer=gazetteer, classifier=classifier, protected={"informant": "X"})
    with Store(tmp_path / "s.duckdb") as store:
        store_extraction(store, ex)
        first = ex.to_claims()[0].id
        store.set_claim_status(first, "rejected", "tester", "not about goods")
        again = store_extraction(store, ex)
        assert again.added == again.changed == again.removed == 0
        assert [c.id for c in store.claims(("rejected",))] == [first]
    assert "informant" not in ex.to_json()


def test_bad_input_exits_2_with_the_file_named(tmp_path: Path) -> None:
    from chainlight import cli

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    app = make_app()
    r = CliRunner().invoke(app, ["--db", str(tmp_path / "t.duckdb"), "extract", str(empty)])
    assert r.exit_code != 0
    assert isinstance(r.exception, cli.ChainlightError) and r.exception.exit_code == 2
    assert str(empty) in str(r.exception) and "empty" in str(r.exception)


# --- from tests/extract/test_real_text.py: What real reports need (issue 15): dates read against the
# publication date, Korean figures, imports, channels, goods beyond hair, and organisations of the chain
# apart from the authority that names them.


def test_cli_reads_relative_dates_with_published(tmp_path: Path) -> None:
    report = tmp_path / "voa.txt"
    report.write_text("북한의 올해 1월부터 6월 사이 대중국 가발 수출액은 7천432만 달러였습니다.\n", encoding="utf-8")
    result = CliRunner().invoke(make_app(), ["--db", str(tmp_path / "t.duckdb"), "extract", str(report),
                                             "--format", "json", "--no-store", "--published", "2023-07-21"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(result.stdout)["extractions"][0]["claims"]
    assert (claim["period_start"], claim["period_end"]) == ("2023-01-01", "2023-06-30")
    assert "money 74320000 USD" in claim["note"] and claim["goods"] == ["wigs"]
