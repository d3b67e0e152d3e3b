"""`chainlight extract FILE...` and `chainlight claims list|review`: thin edges over the extract package.

The lead wires them in with `register(app, claims_app)` in cli.py.  Output goes to standard output (or
--out); notes go to standard error through the CLI context, so `--format json > claims.json` stays clean.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Column, Table

from chainlight.edges import open_output
from chainlight.errors import UsageError
from chainlight.extract.extraction import Extraction
from chainlight.extract.extractor import cpu_count, extract_report
from chainlight.extract.gazetteer import Gazetteer
from chainlight.extract.persist import part
from chainlight.extract.review import decide_status, parse_edits
from chainlight.extract.stream import DEFAULT_MAX_MB, Report
from chainlight.model.entity import Entity
from chainlight.model.evidence import Claim
from chainlight.sources.base import ReadResult, SourceMeta
from chainlight.sources.dates import parse_date
from chainlight.store import Store

ALL_STATUSES = ("pending", "confirmed", "rejected", "disputed")
PROGRESS_FROM = 1_000_000  # bytes: smaller reports are read in a moment


def register(app: typer.Typer, claims_app: typer.Typer) -> None:
    app.command("extract")(extract)
    claims_app.command("list")(claims_list)
    claims_app.command("review")(claims_review)


def extract(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="reports: plain text, HTML or PDF, English, Korean or Chinese")],
    fmt: Annotated[str, typer.Option("--format", help="json or table")] = "table",
    output: Annotated[Path | None, typer.Option("--out", help="file (default: standard output)")] = None,
    store_claims: Annotated[bool, typer.Option("--store/--no-store", help="keep the claims as pending")] = True,
    source_url: Annotated[str | None, typer.Option("--source-url", help="where the report was published")] = None,
    publisher: Annotated[str | None, typer.Option(help="who published it")] = None,
    published: Annotated[str | None, typer.Option(help="publication date, YYYY[-MM[-DD]]")] = None,
    informant: Annotated[str | None, typer.Option(help="the source behind the report; stored protected, "
                                                       "never exported")] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="largest report accepted, in MB (0: no limit)")]
    = DEFAULT_MAX_MB,
    jobs: Annotated[int | None, typer.Option("--jobs", help="processes reading a large report's sentences "
                                                            "(default: the number of CPUs; 1: one process)")]
    = None,
) -> None:
    """Extract candidate claims (facilities, bodies, goods, periods, figures, destinations, channels).

    Every file is read and checked before anything is stored, and all are stored in one transaction: a bad
    file exits 2 with nothing stored.  Large reports are read paragraph by paragraph, with progress shown,
    their sentences in --jobs processes; text repeated within a report yields its claims once."""
    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not '{fmt}'")
    if max_mb < 0:
        raise UsageError(f"--max-mb must be 0 (no limit) or more, not {max_mb:g}")
    if jobs is not None and jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, not {jobs}")
    workers = jobs or cpu_count()
    published_iso = _published(published)
    reports = [Report(path, max_mb) for path in files]  # missing files and files over the limit: before anything
    c = ctx.obj
    protected = {"informant": informant} if informant else None
    results: list[Extraction] = []
    with c.store() as store:
        gazetteer = Gazetteer(_entities(store))
        for report in reports:
            with _progress(c, report) as advance:
                ex = extract_report(report, gazetteer=gazetteer, published=published_iso, protected=protected,
                                    progress=advance, jobs=workers)
            ex.document.url = source_url
            ex.document.publisher = publisher or ex.document.publisher
            results.append(ex)
        if store_claims:
            stored = store.ingest_many([_evidence_part(), *[part(ex) for ex in results]])[1:]
            for report, ex, done in zip(reports, results, stored, strict=True):
                again = f", {ex.repeated} repeated paragraphs or sentences read once" if ex.repeated else ""
                c.say(f"{report.path}: {len(ex.mentions)} mentions, {len(ex.to_claims())} claims stored as "
                      f"pending ({done.added} new or changed records{again})")
    with open_output(output) as fh:
        if fmt == "json":
            json.dump({"extractions": [ex.to_dict() for ex in results]}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        else:
            _print_mentions(results, fh)


def _entities(store: Store) -> list[Entity]:
    """The store's lists and the bundled evidence base as it ships (synced into the store only when claims
    are stored, in the same transaction)."""
    from chainlight.sources.evidence import bundled_paths
    from chainlight.sources.evidence import read as read_evidence

    return [e for e in store.entities() if e.dataset != "evidence"] + \
        list(read_evidence(list(bundled_paths())).entities)


def _evidence_part() -> tuple[ReadResult, SourceMeta, list[Path], str]:
    from chainlight.pipeline import bundled_evidence_paths
    from chainlight.sources import get_reader
    from chainlight.sources.base import sha256_of

    paths = bundled_evidence_paths()
    reader = get_reader("evidence")
    return reader.read(paths), reader.meta, paths, sha256_of(paths)


@contextmanager
def _progress(c: Any, report: Report, console: Console | None = None) -> Iterator[Callable[[int], None] | None]:
    """A bar with MB read, speed and time left on standard error, for reports over a megabyte (drawn on a
    terminal, and gone once done; nothing in a pipe or a log)."""
    if getattr(c, "quiet", False) or report.size < PROGRESS_FROM:
        yield None
        return
    console = console or Console(stderr=True, markup=False, emoji=False, highlight=False)
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=not console.is_terminal) as bar:
        task = bar.add_task(f"extracting {report.path.name}", total=report.size)
        yield lambda done: bar.update(task, completed=done)


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
