"""The `chainlight` command: a thin edge over pipeline.py.

Exit codes: 0 success, 2 bad input (the message names file, line and field), 1 internal error.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

from chainlight.edges import open_output, written
from chainlight.errors import ChainlightError, UsageError
from chainlight.settings import Settings

if TYPE_CHECKING:
    from typer._click import Command
    from typer._click import Context as ClickContext

    from chainlight.pipeline import Step
    from chainlight.store import Store

# Each command imports what it uses when it runs (the pipeline, the matcher, the extractor, FastAPI): `serve`
# or `users list` does not wait for the modules of `screen` or `extract` (benchmarks/README.md, ready time).
# The commands of a stage that owns them (extract/commands.py) are loaded only when one of them is run or the
# help lists them.


def _stage_group() -> Any:
    """The click group of the commands that extract/commands.py defines (`extract`, `claims list|review`),
    built on first use."""
    if not _STAGE:
        from chainlight.extract.commands import register

        root, claims = typer.Typer(), typer.Typer()
        register(root, claims)
        root.add_typer(claims, name="claims")
        _STAGE.append(typer.main.get_group(root))
    return _STAGE[0]


_STAGE: list[Any] = []


class StageCommands(TyperGroup):
    """A command group some of whose commands (`lazy`: name -> their path in `_stage_group`) are defined by a
    stage's own module, imported when one of them is run or listed."""

    lazy: ClassVar[dict[str, tuple[str, ...]]] = {}
    after: ClassVar[str | None] = None  # the lazy commands are listed after this one (None: first)

    def list_commands(self, ctx: ClickContext) -> list[str]:
        names = [n for n in super().list_commands(ctx) if n not in self.lazy]
        at = names.index(self.after) + 1 if self.after in names else 0
        return [*names[:at], *self.lazy, *names[at:]]

    def get_command(self, ctx: ClickContext, cmd_name: str) -> Command | None:
        if cmd_name not in self.lazy or cmd_name in self.commands:
            return super().get_command(ctx, cmd_name)
        command = _stage_group()
        for part in self.lazy[cmd_name]:
            command = command.commands[part]
        self.commands[cmd_name] = command
        return command


class RootCommands(StageCommands):
    lazy: ClassVar[dict[str, tuple[str, ...]]] = {"extract": ("extract",)}
    after = "serve"


class ClaimsCommands(StageCommands):
    lazy: ClassVar[dict[str, tuple[str, ...]]] = {"list": ("claims", "list"), "review": ("claims", "review")}


app = typer.Typer(add_completion=False, no_args_is_help=True, cls=RootCommands,
                  help="chainlight: find goods made with forced labour before they reach buyers.")
sources_app = typer.Typer(no_args_is_help=True, help="Official lists: where they come from, and updates.")
claims_app = typer.Typer(no_args_is_help=True, cls=ClaimsCommands, help="Claims from the evidence base and from reports.")
app.add_typer(sources_app, name="sources")
app.add_typer(claims_app, name="claims")

# Everything printed carries user data (titles, sellers, file names), so nothing is read as console markup or
# emoji codes: "lashes [/] x" stays itself and "line100.csv:100:title" does not become an emoji.  Styles are
# given as Text objects instead.
err = Console(stderr=True, soft_wrap=True, markup=False, emoji=False, highlight=False)
out = Console(soft_wrap=True, markup=False, emoji=False, highlight=False)


class Context:
    def __init__(self, db: Path, engine: str, quiet: bool, db_given: bool = True) -> None:
        self.db = db
        self.db_given = db_given  # --db or CHAINLIGHT_DB was set, not the default
        self.engine = engine
        self.quiet = quiet
        self.settings = Settings(db_path=db, engine=engine)

    def store(self) -> Store:
        if self.engine != "duckdb":
            from chainlight.store.spark import require_spark

            require_spark()
        from chainlight.store import Store

        return Store(self.db)

    @contextmanager
    def progress(self, title: str) -> Iterator[Step]:
        """A spinner with elapsed time for each step; silent with --quiet or when stderr is not a terminal."""
        if self.quiet:
            yield _noop
            return
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                      transient=not err.is_terminal) as progress:
            task = progress.add_task(title, total=None)

            def step(text: str) -> None:
                progress.update(task, description=f"{title}: {text}")

            yield step

    def say(self, text: str) -> None:
        if not self.quiet:
            err.print(text)


def _noop(_: str) -> None:
    pass


def _ctx(ctx: typer.Context) -> Context:
    obj = ctx.obj
    assert isinstance(obj, Context)
    return obj


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[Path, typer.Option("--db", envvar="CHAINLIGHT_DB", help="store file")] = Path("chainlight.duckdb"),
    engine: Annotated[str, typer.Option("--engine", help="duckdb or spark")] = "duckdb",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress or notes on stderr")] = False,
) -> None:
    if engine not in ("duckdb", "spark"):
        raise UsageError(f"--engine must be duckdb or spark, not '{engine}'")
    # by name: typer may bring its own copy of click, whose ParameterSource is not click's
    source = ctx.get_parameter_source("db")
    ctx.obj = Context(db, engine, quiet, db_given=source is not None and source.name != "DEFAULT")


# ---- ingest and sources -------------------------------------------------------------------------------

@app.command()
def ingest(
    ctx: typer.Context,
    kind: Annotated[str, typer.Argument(help="ofac-sdn, un-sc, eu-fsf, uk-sanctions, uflpa, cbp-wro, dol-tvpra, "
                                              "hs, ftm, evidence, listings, shipments, suppliers, or auto")],
    paths: Annotated[list[Path], typer.Argument(help="file(s); OFAC: sdn.csv with add.csv and alt.csv")],
    accept_shrink: Annotated[bool, typer.Option("--accept-shrink", help="store a list update that removes more "
                                                "than 5% of the entries (refused by default: a cut download)")] = False,
    accept_older: Annotated[bool, typer.Option("--accept-older", help="store a list older than the one in the "
                                               "store (refused by default)")] = False,
) -> None:
    """Load a source file into the store: all of it, or nothing."""
    from chainlight import pipeline
    from chainlight.store.guards import IngestGuard

    c = _ctx(ctx)
    guard = IngestGuard(accept_shrink=accept_shrink, accept_older=accept_older)
    started = time.perf_counter()
    with c.store() as store, c.progress(f"ingest {kind}") as step:
        report = pipeline.ingest_files(store, kind, paths, step, guard=guard)
    out.print(report.summary())
    seconds = time.perf_counter() - started
    c.say(f"{report.total:,} records in {seconds:.1f} s ({report.total / max(seconds, 1e-3):,.0f} records/s)")


@sources_app.command("list")
def sources_list(ctx: typer.Context) -> None:
    """The datasets in the store, with their versions and counts."""
    from rich.table import Table

    from chainlight.sources import KINDS, get_reader

    c = _ctx(ctx)
    table = Table("kind", "publisher", "official URL", "in store", "version")
    with c.store() as store:
        held = {d["kind"]: d for d in store.datasets()}
    for kind in KINDS:
        try:
            meta = get_reader(kind).meta
        except ImportError:
            continue
        d = held.get(kind, {})
        table.add_row(kind, meta.publisher, meta.url, str(d.get("n", "")), str(d.get("version") or ""))
    out.print(table)


@sources_app.command("changes")
def sources_changes(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Argument(help="the list, e.g. ofac-sdn, un-sc")],
    since: Annotated[str | None, typer.Option(help="a version or date held before: the changes after it "
                                                   "(default: the latest ingest's)")] = None,
    fmt: Annotated[str, typer.Option("--format", help="csv or json")] = "csv",
    output: Annotated[Path | None, typer.Option("--out", help="file (default: standard output)")] = None,
) -> None:
    """The entries a list's newer versions added, changed and removed."""
    if fmt not in ("csv", "json"):
        raise UsageError(f"--format must be csv or json, not '{fmt}'")
    from chainlight.report.cells import row_for_sheet

    c = _ctx(ctx)
    with c.store() as store:
        rows = store.changes_since(dataset, since)
    with open_output(output) as fh:
        if fmt == "json":
            json.dump(rows, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        else:
            w = csv.DictWriter(fh, fieldnames=["ingest_id", "version", "ingested_at", "change", "type", "id",
                                               "caption"], lineterminator="\n", extrasaction="ignore")
            w.writeheader()
            w.writerows(row_for_sheet(r) for r in rows)
    c.say(f"{dataset}: " + ", ".join(f"{sum(1 for r in rows if r['change'] == k)} {k}"
                                     for k in ("added", "changed", "removed")))


@sources_app.command("update")
def sources_update(
    ctx: typer.Context,
    kind: Annotated[list[str] | None, typer.Option("--kind", help="only these kinds")] = None,
    dest: Annotated[Path, typer.Option(help="where downloads are kept")] = Path("sources"),
    mirror: Annotated[str | None, typer.Option(envvar="CHAINLIGHT_SOURCES_MIRROR",
                                               help="base URL of a mirror that serves <host>/<path>")] = None,
    no_ingest: Annotated[bool, typer.Option("--no-ingest", help="download only")] = False,
) -> None:
    """Download the official lists from their official URLs (retries, checksums) and ingest what changed."""
    from chainlight import pipeline
    from chainlight.sources.download import update_sources

    c = _ctx(ctx)
    with c.progress("sources update") as step:
        step("downloading")
        reports = update_sources(kind or None, dest, base_url_override=mirror, retries=c.settings.http_retries,
                                 timeout=c.settings.http_timeout_s)
    for r in reports:
        out.print(r.summary() if hasattr(r, "summary") else str(r))
    if no_ingest:
        return
    by_kind: dict[str, list[Path]] = {}
    for r in reports:
        by_kind.setdefault(r.kind, []).append(Path(r.path))
    with c.store() as store, c.progress("ingest") as step:
        for k, files in by_kind.items():
            out.print(pipeline.ingest_files(store, k, files, step).summary())


# ---- match, classify ----------------------------------------------------------------------------------

MATCH_COLUMNS = ["query_id", "rank", "entity_id", "entity_name", "schema", "score", "match", "source_ids",
                 "explanation"]


def _match_row(m: Any) -> dict[str, Any]:
    return {"query_id": m.query_id, "rank": m.rank, "entity_id": m.entity_id, "entity_name": m.entity_name,
            "schema": m.schema, "score": f"{m.score:.4f}", "match": "true" if m.match else "false",
            "source_ids": ";".join(m.source_ids), "explanation": m.explanation}


@app.command()
def match(
    ctx: typer.Context,
    queries: Annotated[Path, typer.Argument(help="CSV: query_id,name[,schema,country,birth_date,address]")],
    fmt: Annotated[str, typer.Option("--format", help="csv or json")] = "csv",
    limit: Annotated[int, typer.Option(help="candidates per query")] = 5,
    output: Annotated[Path | None, typer.Option("--out", help="file (default: standard output)")] = None,
) -> None:
    """Match names against every list and the evidence base, in any script."""
    from chainlight import pipeline
    from chainlight.report.cells import row_for_sheet

    c = _ctx(ctx)
    qs = pipeline.read_queries(queries)
    with c.store() as store, c.progress("match") as step:
        step(f"{len(qs)} queries")
        results = pipeline.match_queries(store, qs, limit=limit, settings=c.settings, step=step)
    rows = [m for ms in results for m in ms]
    with open_output(output) as fh:
        if fmt == "json":
            json.dump([m.to_dict() for m in rows], fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        elif fmt == "csv":
            w = csv.DictWriter(fh, fieldnames=MATCH_COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(row_for_sheet(_match_row(m)) for m in rows)
        else:
            raise UsageError(f"--format must be csv or json, not '{fmt}'")
    c.say(f"{len(qs)} queries, {sum(1 for ms in results if ms and ms[0].match)} with a match")


@app.command()
def classify(
    ctx: typer.Context,
    texts: Annotated[Path, typer.Argument(help="CSV: id,text[,hs_code]")],
    fmt: Annotated[str, typer.Option("--format", help="csv or json")] = "csv",
    output: Annotated[Path | None, typer.Option("--out")] = None,
) -> None:
    """Classify product texts (English, Chinese, Korean) to HS-6 and a risk category."""
    from chainlight import pipeline

    c = _ctx(ctx)
    items = pipeline.read_texts(texts)
    with c.progress("classify") as step:
        step(f"{len(items)} texts")
        store = c.store() if c.db.exists() else None
        try:
            rows = pipeline.classify_texts(store, items)
        finally:
            if store is not None:
                store.close()
    with open_output(output) as fh:
        if fmt == "json":
            json.dump([r.to_dict() for r in rows], fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        else:
            from chainlight.classify.output import write_classifications_csv

            write_classifications_csv(rows, fh)


# ---- screen, trace ------------------------------------------------------------------------------------

@app.command()
def screen(
    ctx: typer.Context,
    listings: Annotated[Path | None, typer.Option(help="marketplace listings (CSV, XLSX, JSONL, Parquet)")] = None,
    shipments: Annotated[Path | None, typer.Option(help="bills of lading / declaration lines")] = None,
    suppliers: Annotated[Path | None, typer.Option(help="declared suppliers")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="folder for findings.csv, findings.json, report.html")] =
        Path("chainlight-out"),
    columnar: Annotated[bool, typer.Option(
        "--columnar", help="Parquet listings/shipments/suppliers of any size, screened in DuckDB; writes findings.csv "
                           "(every record), findings.json (run, tier counts, first high records) and report.html (the "
                           "worst findings)")] =
        False,
) -> None:
    """Screen listings, shipments and suppliers; write findings and a report."""
    from chainlight import pipeline

    c = _ctx(ctx)
    if columnar or c.engine == "spark":  # the Spark engine runs the columnar screen (Parquet in and out)
        _screen_columnar(c, listings, shipments, suppliers, out_dir)
        return
    selection = pipeline.ScreenSelection(listings, shipments, suppliers)
    inputs = {k: str(v) for k, v in vars(selection).items() if v}
    with c.store() as store:
        with c.progress("screen") as step:
            stored = pipeline.store_inputs(store, selection, step) if inputs else None
            if stored is not None and pipeline.wants_columnar(stored):  # many records: the columnar screen
                c.say(f"{stored.rows('listings', 'shipments'):,} listings and shipments: screened column-wise, as "
                      f"--columnar does above {pipeline.COLUMNAR_MIN_RECORDS:,} (findings.csv, findings.json, and "
                      "report.html with the worst findings)")
                got = pipeline.run_stored_columnar(store, stored, out_dir, c.settings, step)
                _finish_stored_columnar(c, store, inputs, got, out_dir)
                return
            result = pipeline.run_screen(store, selection, c.settings, step, stored=stored)
        _finish_screen(c, store, result, out_dir, inputs)


def _finish_stored_columnar(c: Context, store: Store, inputs: dict[str, Any], got: dict[str, Any],
                            out_dir: Path) -> None:
    """The run saved, and findings.json written, after a columnar screen (of stored files or given ones)."""
    from chainlight import pipeline

    run_id = uuid.uuid4().hex[:12]
    try:  # the findings at tier low and above go to the store too, so the workspace shows the run
        kept = store.save_columnar_findings(run_id, got.get("kept"), inputs,
                                            {"tiers": got["counts"], "mode": "columnar", "stored": "low and above"},
                                            str(got.get("scorer") or ""))
    finally:
        pipeline.drop_kept(got)
    meta = {"run_id": run_id, **_shareable(inputs, c.db), "mode": "columnar", "tiers": got["counts"],
            "stored_findings": kept, "timings_s": got["timings"], "high_records": got["high_sample"]}
    with written(out_dir / "findings.json") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    from chainlight.report.html import write_columnar_report_html

    write_columnar_report_html(got.get("worst", []), got["counts"], got.get("flows", []), out_dir / "report.html",
                               {"run_id": run_id, **_shareable(inputs, c.db), "mode": "columnar"})
    c.say("tiers: " + ", ".join(f"{t} {got['counts'].get(t, 0)}" for t in ("high", "elevated", "low", "none")))
    c.say(f"wrote {out_dir}/findings.csv, findings.json, report.html (run {run_id}; its {kept:,} findings at tier "
          "low and above are in the store, for `serve`)")


def _screen_columnar(c: Context, listings: Path | None, shipments: Path | None, suppliers: Path | None,
                     out_dir: Path) -> None:
    from chainlight import pipeline

    inputs = {k: str(v) for k, v in (("listings", listings), ("shipments", shipments), ("suppliers", suppliers)) if v}
    with c.store() as store:
        with c.progress("screen (columnar)") as step:
            got = pipeline.run_columnar_screen(store, listings, shipments, out_dir, c.settings, step,
                                               suppliers=suppliers)
        _finish_stored_columnar(c, store, inputs, got, out_dir)


def _shareable(inputs: dict[str, Any], db: Path) -> dict[str, Any]:
    """What a report says of its inputs: file names, not this machine's paths (reports leave the building)."""
    return {"inputs": {k: Path(str(v)).name if not str(v).startswith("demo:") else v for k, v in inputs.items()},
            "store": Path(str(db)).name}


def _finish_screen(c: Context, store: Store, result: Any, out_dir: Path, inputs: dict[str, Any]) -> None:
    from chainlight.report import write_findings_csv, write_findings_json, write_report_html

    run_id = uuid.uuid4().hex[:12]
    counts = {t: sum(1 for f in result.findings if f.tier == t) for t in ("high", "elevated", "low", "none")}
    store.save_findings(run_id, result.findings, inputs, {"tiers": counts, "skipped": result.skipped})
    out_dir.mkdir(parents=True, exist_ok=True)
    meta = {"run_id": run_id, **_shareable(inputs, c.db)}
    write_findings_csv(result.findings, out_dir / "findings.csv")
    write_findings_json(result.findings, out_dir / "findings.json", meta)
    write_report_html(result, out_dir / "report.html", meta)
    _print_findings(result.findings)
    if result.skipped:
        c.say("skipped: " + ", ".join(f"{n} {reason}" for reason, n in sorted(result.skipped.items())))
    c.say(f"wrote {out_dir}/findings.csv, findings.json, report.html (run {run_id})")


_SCORE_PREFIX = re.compile(r"^\w+ \([0-9.]+\): ")  # "High (1.00): " repeats the tier and score columns
TIER_STYLE = {"high": "bold red", "elevated": "yellow", "low": "cyan", "none": "green"}


def _print_findings(findings: Sequence[Any]) -> None:
    """One line per finding, worst first; the full chain is in findings.json and report.html."""
    from rich.table import Table

    console = out if out.is_terminal else Console(width=200, markup=False, emoji=False, highlight=False)
    table = Table()
    table.add_column("record", no_wrap=True, min_width=8)
    table.add_column("id", no_wrap=True, min_width=10, max_width=24)
    table.add_column("score", no_wrap=True, min_width=5)
    table.add_column("tier", no_wrap=True, min_width=8)
    table.add_column("policies", no_wrap=True, min_width=10, max_width=24)
    table.add_column("summary", no_wrap=True, overflow="ellipsis", max_width=120)
    order = {"high": 0, "elevated": 1, "low": 2, "none": 3}
    for f in sorted(findings, key=lambda f: (order.get(f.tier, 9), f.record_type != "listing", -f.score,
                                              f.record_id)):
        table.add_row(Text(f.record_type), Text(f.record_id), Text(f"{f.score:.2f}"),
                      Text(f.tier, style=TIER_STYLE.get(f.tier, "")), Text(",".join(f.policies)),
                      Text(_SCORE_PREFIX.sub("", f.summary)))
    console.print(table)


@app.command()
def trace(
    ctx: typer.Context,
    record_id: Annotated[str, typer.Argument(help="a listing, shipment or supplier id, or a party id")],
) -> None:
    """Print the upstream trace of a record: every hop with its date, weight and sources."""
    from chainlight import pipeline
    from chainlight.score.screen import trace_text

    c = _ctx(ctx)
    with c.store() as store, c.progress("trace") as step:
        result = pipeline.run_screen(store, pipeline.ScreenSelection(), c.settings, step)
    out.print(trace_text(result, record_id), highlight=False, markup=False)


# ---- export, demo, serve ------------------------------------------------------------------------------

@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="ftm (FollowTheMoney JSON lines)")] = "ftm",
    output: Annotated[Path | None, typer.Option("--out")] = None,
    dataset: Annotated[list[str] | None, typer.Option(help="only these datasets")] = None,
) -> None:
    """Export entities as FollowTheMoney JSON lines that OpenSanctions tools read."""
    if fmt != "ftm":
        raise UsageError(f"--format must be ftm, not '{fmt}'")
    from chainlight.sources.ftm.export import write_ftm

    c = _ctx(ctx)
    with c.store() as store:
        entities = store.entities(dataset or None)
    with open_output(output) as fh:
        n = write_ftm(entities, fh)
    c.say(f"exported {n} entities")


@app.command()
def demo(
    ctx: typer.Context,
    out_dir: Annotated[Path, typer.Option("--out", help="output folder")] = Path("demo-out"),
) -> None:
    """Load the bundled demo data into a fresh store, screen it, print the findings, write demo-out/."""
    from chainlight.demo import run_demo
    from chainlight.store import Store

    c = _ctx(ctx)
    db = c.db if c.db_given else out_dir / "demo.duckdb"
    out_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    c.db = db
    with Store(db) as store:
        with c.progress("demo") as step:
            result, inputs = run_demo(store, c.settings, step, say=c.say)
        _finish_screen(c, store, result, out_dir, inputs)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    workers: Annotated[int, typer.Option(help="server processes, forked once the name index is loaded (they "
                                               "share it); each connection goes to the least busy one")] = 1,
) -> None:
    """HTTP API (with a yente-compatible /match) and the analyst web app."""
    import gc

    from chainlight.api.app import create_app
    from chainlight.api.app import serve as serve_app
    from chainlight.store import users

    c = _ctx(ctx)
    # what is made from here lives as long as the server: serve_app leaves it out of the collector's passes
    # (gc.freeze) and starts the collector again; a start that fails starts it here
    gc.disable()
    try:
        application = create_app(c.db, c.settings)
        with application.state.chainlight.briefly() as store:
            anyone = users.count(store.con) == 0
        if anyone:
            if not _loopback(host):
                raise UsageError(f"refusing to serve on {host} with no users: anyone who reaches it could read the "
                                 "findings. Add one with `chainlight users add NAME --role admin`, or serve on "
                                 "127.0.0.1")
            c.say("no users yet: the service answers reads only; `chainlight users add NAME --role analyst` "
                  "makes a key for decisions and reviews")
        # the index is loaded before the workers are forked (they share it), or in the background with one worker
        # (/readyz answers 503 until then); each worker loads the readings' dictionaries in the background
        serve_app(application, host, port, max(1, workers), "warning" if c.quiet else "info")
    finally:
        gc.enable()


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _register_stage_commands() -> None:
    # Stages that own their commands register them here, so cli.py stays a thin edge (extract/commands.py's
    # through RootCommands and ClaimsCommands above, when one of them is run or listed).
    from chainlight.access_commands import register as register_access
    from chainlight.report_commands import register as register_report

    register_access(app)
    register_report(app)


_register_stage_commands()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; map chainlight errors to exit codes 2 (bad input) and 1 (internal)."""
    try:
        returned = app(args=list(argv) if argv is not None else None, standalone_mode=False)
        if isinstance(returned, int) and returned:  # typer answers an interrupt (Ctrl-C) with 130
            if returned == 130:
                err.print("interrupted: nothing half-written was kept (each store write is one transaction)")
            return returned
    except ChainlightError as exc:
        err.print(Text.assemble(("error: ", "bold red"), exc.message))
        return exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        err.print("interrupted: nothing half-written was kept (each store write is one transaction)")
        return 130
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 1
    except Exception as exc:
        # click's exceptions, or typer's own copy of them (typer._click): a usage error is the caller's (2)
        kinds = {c.__name__ for c in type(exc).__mro__}
        if "UsageError" in kinds or "BadParameter" in kinds:
            err.print(Text.assemble(("usage error: ", "bold red"), exc.format_message()
                                    if hasattr(exc, "format_message") else str(exc)))
            err.print("see `chainlight --help` or `chainlight COMMAND --help`")
            return 2
        if "ClickException" in kinds:
            err.print(Text(str(exc)))
            return int(getattr(exc, "exit_code", 1))
        err.print(Text.assemble(("internal error: ", "bold red"), f"{type(exc).__name__}: {exc}"))
        err.print("please report this with the command you ran; set CHAINLIGHT_DEBUG=1 for the traceback")
        if __import__("os").environ.get("CHAINLIGHT_DEBUG"):
            raise
        return 1
    return 0


def entrypoint() -> None:
    sys.exit(main())
