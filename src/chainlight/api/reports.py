"""What a filed report is made of, gathered from the store: a finding with its chain, Sankey, record and the
sources behind each step (title, publisher, date, quote), its decision trail from the audit log and the cases
it belongs to; a case with its notes, its own trail and each of its findings.

The API serves them as PDF dossiers (`GET /reports/findings/{record_id}.pdf`, `GET /reports/cases/{case_id}.pdf`)
and as allegation drafts (`GET /reports/findings/{record_id}/allegation?form=cbp|eu-flr`); `chainlight report`
writes the same files from the command line.  Rendering is report/dossier.py's, drafting report/filings.py's.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response

from chainlight.api import queries
from chainlight.api.chains import SourceIndex
from chainlight.api.deps import AppState, app_state, locked_state

router = APIRouter(tags=["reports"])
State = Annotated[AppState, Depends(locked_state)]
# a PDF takes seconds to print: the store is held while the dossier is gathered, not while it is printed
Unlocked = Annotated[AppState, Depends(app_state)]
TRAIL_MAX = 500  # audit rows of one subject in a dossier


def list_versions(state: AppState) -> dict[str, str]:
    """dataset -> the version of the list as stored (a publication date, or how the file was identified)."""
    return {str(d["dataset"]): str(d["version"]) for d in state.store.datasets() if d.get("version")}


def sources_of(state: AppState, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each source the chain cites, once, in order of first citation: a report's claim with its publisher,
    publication date and quote; a list entry with its list and version; one of the user's own records."""
    index = SourceIndex(state)
    versions = list_versions(state)
    out: dict[str, dict[str, Any]] = {}
    for step in evidence:
        for source_id in step.get("source_ids") or []:
            if source_id not in out:
                out[source_id] = _source(index, versions, source_id, step)
    return list(out.values())


def _source(index: SourceIndex, versions: dict[str, str], source_id: str, step: dict[str, Any]) -> dict[str, Any]:
    prefix, _, rest = source_id.partition(":")
    base = {"source_id": source_id, "kind": "other", "title": source_id, "publisher": "", "url": step.get("source_url"),
            "date": "", "retrieved": "", "quote": "", "reliability": ""}
    claim = index.claims.get(rest) if prefix == "evidence" else None
    if claim is not None:
        doc = claim.source
        return {**base, "kind": "report", "title": doc.title, "publisher": doc.publisher, "url": doc.url or base["url"],
                "date": doc.published or "", "retrieved": doc.retrieved or "", "quote": claim.quote or claim.summary,
                "reliability": claim.reliability, "status": claim.status}
    prior = index.priors.get(rest) if prefix == "evidence" else None
    if prior is not None:
        return {**base, "kind": "estimate", "title": prior.summary, "quote": prior.note or ""}
    entity = index.by_ref.get(source_id)
    if entity is not None:
        return {**base, "kind": "list entry", "title": entity.caption, "publisher": entity.dataset,
                "url": entity.source_url or base["url"], "date": versions.get(entity.dataset, ""),
                "quote": "; ".join(entity.programs)}
    if prefix in ("shipment", "listing", "supplier"):
        return {**base, "kind": "your record", "title": f"{prefix} {rest}"}
    return base


def finding_bundle(state: AppState, record_id: str, run_id: str | None = None,
                   with_sankey: bool = True) -> dict[str, Any]:
    """Everything a finding's dossier or allegation draft shows (the Sankey needs the traced graph of a whole
    screen: a draft goes without it)."""
    from chainlight.api.findings import finding_detail
    from chainlight.store import cases

    data = finding_detail(state, record_id, run_id, with_sankey=with_sankey)
    data["sources"] = sources_of(state, data["evidence"])
    data["trail"] = list(reversed(queries.audit(state.store, subject=f"finding:{record_id}", limit=TRAIL_MAX)))
    data["cases"] = cases.list_cases(state.store.con, record_id=record_id)
    data["run"] = next((r for r in queries.runs(state.store) if r["run_id"] == data["run_id"]), None)
    return data


def case_bundle(state: AppState, case_id: str) -> dict[str, Any]:
    """A case with its trail (opened, changes, notes, findings added) and each of its findings' bundles."""
    from chainlight.store import cases

    case = cases.get_case(state.store.con, case_id)
    case["trail"] = list(reversed(queries.audit(state.store, subject=f"case:{case_id}", limit=TRAIL_MAX)))
    case["findings"] = [finding_bundle(state, rid) for rid in case["record_ids"]]
    return case


# ---- routes ---------------------------------------------------------------------------------------------

PDF = "application/pdf"


@router.get("/reports/findings/{record_id}.pdf", response_class=Response,
            responses={200: {"content": {PDF: {}}}})
def finding_pdf(record_id: str, state: Unlocked, run_id: str | None = None) -> Response:
    """The finding's dossier as a PDF: record, chain, Sankey, sources with dates and quotes, decision trail."""
    from chainlight.report.dossier import finding_html, pdf_bytes

    with state.lock:
        html = finding_html(finding_bundle(state, record_id, run_id))
    return _pdf(pdf_bytes(html), f"dossier-{record_id}.pdf")


@router.get("/reports/cases/{case_id}.pdf", response_class=Response, responses={200: {"content": {PDF: {}}}})
def case_pdf(case_id: str, state: Unlocked) -> Response:
    """The case's dossier as a PDF: the case and its trail, then each finding's dossier."""
    from chainlight.report.dossier import case_html, pdf_bytes

    with state.lock:
        html = case_html(case_bundle(state, case_id))
    return _pdf(pdf_bytes(html), f"dossier-{case_id}.pdf")


@router.get("/reports/findings/{record_id}/allegation")
def allegation(record_id: str, state: State,
               form: Annotated[str, Query(description="cbp (CBP e-Allegation, forced labour) | eu-flr "
                                                      "(Regulation (EU) 2024/3015, Art. 9)")] = "cbp",
               run_id: str | None = None) -> dict[str, Any]:
    """A draft shaped after the official form: each field filled from the evidence, or listed as missing."""
    from chainlight.report.filings import draft

    return draft(form, finding_bundle(state, record_id, run_id, with_sankey=False)).to_dict()


def _pdf(body: bytes, filename: str) -> Response:
    from urllib.parse import quote

    return Response(body, media_type=PDF,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename, safe='')}"})
