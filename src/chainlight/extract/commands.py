"""`chainlight extract FILE...` and `chainlight claims list|review`: thin edges over the extract package.

The lead wires them in with `register(app, claims_app)` in cli.py.  Output goes to standard output (or
--out); notes go to standard error through the CLI context, so `--format json > claims.json` stays clean.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Column, Table

from chainlight.edges import open_output
from chainlight.errors import UsageError
from chainlight.extract.extraction import Extraction
from chainlight.extract.extractor import document_for, extract_text
from chainlight.extract.gazetteer import Gazetteer
from chainlight.extract.load import load_path
from chainlight.extract.persist import store_extraction
from chainlight.extract.review import decide_status, parse_edits
from chainlight.model.evidence import Claim
from chainlight.sources.dates import parse_date

ALL_STATUSES = ("pending", "confirmed", "rejected", "disputed")


def register(app: typer.Typer, claims_app: typer.Typer) -> None:
    app.command("extract")(extract)
    claims_app.command("list")(claims_list)
    claims_app.command("review")(claims_review)


def extract(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="reports: plain text, HTML or PDF, English or Korean")],
    fmt: Annotated[str, typer.Option("--format", help="json or table")] = "table",
    output: Annotated[Path | None, typer.Option("--out", help="file (default: standard output)")] = None,
    store_claims: Annotated[bool, typer.Option("--store/--no-store", help="keep the claims as pending")] = True,
    source_url: Annotated[str | None, typer.Option("--source-url", help="where the report was published")] = None,
    publisher: Annotated[str | None, typer.Option(help="who published it")] = None,
    published: Annotated[str | None, typer.Option(help="publication date, YYYY[-MM[-DD]]")] = None,
    informant: Annotated[str | None, typer.Option(help="the source behind the report; stored protected, "
                                                       "never exported")] = None,
) -> None:
    """Extract candidate claims (facilities, bodies, goods, periods, figures, destinations, channels)."""
    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not '{fmt}'")
    published_iso = _published(published)
    c = ctx.obj
    results: list[Extraction] = []
    with c.store() as store:
        from chainlight.pipeline import ensure_evidence

        ensure_evidence(store)
        gazetteer = Gazetteer(store.entities())
        for path in files:
            loaded = load_path(path)
            doc = document_for(loaded.text, path.stem, loaded.title)
            doc.url, doc.published = source_url, published_iso
            doc.publisher = publisher or doc.publisher
            protected = {"informant": informant} if informant else None
            ex = extract_text(loaded.text, document=doc, gazetteer=gazetteer, protected=protected,
                              kind=loaded.kind)
            results.append(ex)
            if store_claims:
                report = store_extraction(store, ex)
                c.say(f"{path}: {len(ex.mentions)} mentions, {len(ex.to_claims())} claims stored as pending "
                      f"({report.added} new or changed records)")
    with open_output(output) as fh:
        if fmt == "json":
            json.dump({"extractions": [ex.to_dict() for ex in results]}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        else:
            _print_mentions(results, fh)


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    iso = parse_date(value)
    if iso is None:
        raise UsageError(f"--published: '{value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return iso


def claims_list(
    ctx: typer.Context,
    status: Annotated[list[str] | None, typer.Option(help="pending, confirmed, rejected (repeatable)")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    output: Annotated[Path | None, typer.Option("--out")] = None,
) -> None:
    """Claims in the store, curated and extracted; informant details are never shown."""
    wanted = tuple(status or ALL_STATUSES)
    unknown = [s for s in wanted if s not in ALL_STATUSES]
    if unknown:
        raise UsageError(f"unknown status {', '.join(unknown)}; use {', '.join(ALL_STATUSES)}")
    with ctx.obj.store() as store:
        claims = store.claims(wanted)
    with open_output(output) as fh:
        if fmt == "json":
            json.dump([cl.public_dict() for cl in claims], fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        elif fmt == "table":
            _print_claims(claims, fh)
        else:
            raise UsageError(f"--format must be table or json, not '{fmt}'")


def claims_review(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(help="the claim's id, from `chainlight claims list`")],
    confirm: Annotated[bool, typer.Option("--confirm", help="the claim holds")] = False,
    reject: Annotated[bool, typer.Option("--reject", help="the claim does not hold")] = False,
    edit: Annotated[list[str] | None, typer.Option("--edit", help="FIELD=VALUE, e.g. goods=wigs,knitwear")] = None,
    by: Annotated[str | None, typer.Option("--by", help="the reviewer's name (default: the login name)")] = None,
    note: Annotated[str, typer.Option("--note", help="why")] = "",
) -> None:
    """Confirm, reject or edit a claim; every decision is written to the audit log."""
    edits = parse_edits(edit or [])
    c = ctx.obj
    with c.store() as store:
        current = next((cl for cl in store.claims(ALL_STATUSES) if cl.id == claim_id), None)
        status = decide_status(confirm, reject, edits, current.status if current else "pending")
        status = store.set_claim_status(claim_id, status, by or _login(), note, edits)
    c.say(f"claim {claim_id}: {status}" + (f", edited {', '.join(sorted(edits))}" if edits else ""))


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "analyst"


def _console(fh: TextIO) -> Console:
    # Piped output would otherwise be cut to 80 columns, which folds every claim id.
    return Console(file=fh, width=None if fh.isatty() else 200)


def _print_mentions(results: Sequence[Extraction], fh: TextIO) -> None:
    console = _console(fh)
    for ex in results:
        table = Table("sent.", "type", "text", "reading", "links", "conf.", title=f"{ex.document.id} "
                      f"({ex.kind}, {ex.language})")
        for m in ex.mentions:
            table.add_row(str(m.sentence), m.type, m.text, _reading(m.value),
                          " ".join(sid for link in m.links for sid in link.source_ids), f"{m.confidence:.2f}")
        console.print(table)


def _reading(value: dict[str, Any]) -> str:
    shown = {k: v for k, v in value.items() if v not in (None, [], "") and k not in ("source_ids", "term")}
    return ", ".join(f"{k}={v}" for k, v in shown.items())


def _print_claims(claims: Sequence[Claim], fh: TextIO) -> None:
    table = Table("status", "summary", "period", "entities", "goods")
    table.columns.insert(0, Column("id", no_wrap=True))
    for cl in claims:
        period = f"{cl.period_start or '…'} – {cl.period_end or '…'}" if cl.period_start or cl.period_end else ""
        table.add_row(cl.id, cl.status, cl.summary[:100], period, ", ".join(cl.entities), ", ".join(cl.goods))
    _console(fh).print(table)
