"""`chainlight report ...`: files fit to file, from the findings and cases in the store.

    report dossier FINDING_ID --out F.pdf           a finding's dossier (PDF; .html writes the page itself)
    report case CASE_ID --out F.pdf                 a case's dossier: the case, its trail, each finding
    report allegation FINDING_ID --form cbp|eu-flr --out F.json|F.html
                                                    a draft filing, every field filled or flagged missing
    report findings --out F.xlsx|F.csv              the latest run's findings, worst first, formula-safe cells
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from chainlight.errors import UsageError

report_app = typer.Typer(no_args_is_help=True, help="Dossiers (PDF), allegation drafts and spreadsheets to file.")
OUT = Annotated[Path, typer.Option("--out", help="file to write; its suffix picks the format")]


@contextmanager
def _state(ctx: typer.Context) -> Iterator[Any]:
    from chainlight.api.deps import AppState

    c = ctx.obj
    state = AppState(Path(c.db), c.settings)
    try:
        with state.lock:
            yield state
    finally:
        state.close()


def _suffix(out: Path, allowed: tuple[str, ...]) -> str:
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in allowed:
        raise UsageError(f"--out {out}: the file name must end in {' or '.join('.' + a for a in allowed)}")
    return suffix


def _write_page(html: str, out: Path, kind: str) -> None:
    from chainlight.edges import written
    from chainlight.report.dossier import write_pdf

    if kind == "html":
        with written(out) as fh:
            fh.write(html)
    else:
        write_pdf(html, out)


def dossier(ctx: typer.Context, finding_id: Annotated[str, typer.Argument(help="record id of the finding")],
            out: OUT, run_id: Annotated[str | None, typer.Option(help="a saved run (default: the latest)")] = None
            ) -> None:
    """A finding's dossier: record, chain, Sankey, sources with dates and quotes, decision trail."""
    from chainlight.api.reports import finding_bundle
    from chainlight.report.dossier import finding_html

    kind = _suffix(out, ("pdf", "html"))
    with _state(ctx) as state:
        html = finding_html(finding_bundle(state, finding_id, run_id))
    _write_page(html, out, kind)
    ctx.obj.say(f"wrote {out}")


def case(ctx: typer.Context, case_id: Annotated[str, typer.Argument(help="e.g. case-1")], out: OUT) -> None:
    """A case's dossier: the case, its notes and trail, then each of its findings."""
    from chainlight.api.reports import case_bundle
    from chainlight.report.dossier import case_html

    kind = _suffix(out, ("pdf", "html"))
    with _state(ctx) as state:
        html = case_html(case_bundle(state, case_id))
    _write_page(html, out, kind)
    ctx.obj.say(f"wrote {out}")


def allegation(ctx: typer.Context, finding_id: Annotated[str, typer.Argument(help="record id of the finding")],
               out: OUT, form: Annotated[str, typer.Option(help="cbp (CBP e-Allegation) or eu-flr "
                                                                  "(Regulation (EU) 2024/3015, Art. 9)")] = "cbp",
               run_id: Annotated[str | None, typer.Option(help="a saved run (default: the latest)")] = None) -> None:
    """A draft allegation: each field of the official form filled from the evidence or flagged as missing."""
    from chainlight.api.reports import finding_bundle
    from chainlight.edges import written
    from chainlight.report.filings import draft, draft_html

    kind = _suffix(out, ("json", "html"))
    with _state(ctx) as state:
        filing = draft(form, finding_bundle(state, finding_id, run_id, with_sankey=False))
    with written(out) as fh:
        if kind == "json":
            json.dump(filing.to_dict(), fh, ensure_ascii=False, indent=2, default=str)
            fh.write("\n")
        else:
            fh.write(draft_html(filing))
    missing = filing.missing()
    ctx.obj.say(f"wrote {out}" + (f"; missing from the evidence: {', '.join(missing)}" if missing else ""))


def findings(ctx: typer.Context, out: OUT,
             run_id: Annotated[str | None, typer.Option(help="a saved run (default: the latest)")] = None) -> None:
    """The run's findings, worst first, as XLSX or CSV (formats.md's columns plus the workspace's)."""
    import shutil

    from chainlight.api import export
    from chainlight.api.findings import view_of

    kind = _suffix(out, ("xlsx", "csv"))
    with _state(ctx) as state:
        tmp = export.write(state, view_of(state, run_id, None, None, None, None, None, "rank", "desc"), kind)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp.chmod(0o644)  # a temporary file is private; the report is the user's like any other output
    shutil.move(tmp, out)
    ctx.obj.say(f"wrote {out}")


def register(app: typer.Typer) -> None:
    for command in (dossier, case, allegation, findings):
        report_app.command(name=command.__name__)(command)
    app.add_typer(report_app, name="report")
