"""The buyer's check: a product title (any language), a seller or manufacturer name, optionally the listing's
URL or an HS code in; a verdict in plain words out — what the product is (HS code, risk category), what is
known of the seller (the lists and the evidence base through the name matcher, and the findings already in the
store that name the seller), the evidence (each claim with its source, date and quote), and what to ask the
seller for before buying.

`POST /check` answers JSON; `GET /ui/check` is the same as a page (a GET form: a check changes nothing, so it
needs no CSRF token).  Both are reads: viewers may use them, and anonymous callers where reads are open.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from starlette.requests import Request

from chainlight.api import workspace
from chainlight.api.deps import AppState, locked_state
from chainlight.errors import ChainlightError, InputError
from chainlight.model.evidence import Claim

router = APIRouter(tags=["buyer"])
State = Annotated[AppState, Depends(locked_state)]
TITLE_MAX = 1000  # characters: a marketplace title with its bullet points
URL_MAX = 2048
SELLER_HITS = 5  # listed entities a seller name may stand for
FINDINGS_MAX = 10  # findings of the seller shown
EVIDENCE_MAX = 12  # claims shown, the seller's own first
AT_RISK = frozenset({"wigs", "false_eyelashes", "hair_pieces", "human_hair", "knitwear"})
FORCED_TOPICS = {"forced_labour": "forced labour", "prison": "prison labour"}  # topics that make a seller a stop


class CheckRequest(BaseModel):
    title: str = Field(..., min_length=1, max_length=TITLE_MAX, examples=["3D 밍크 속눈썹 수제 20쌍"])
    seller: str = Field(..., min_length=1, max_length=workspace.QUERY_MAX, examples=["平度市大泽山镇曦悦睫毛工艺品有限公司"])
    url: str | None = Field(None, max_length=URL_MAX, examples=["https://shop.example/glamlash-beauty-store/L001"])
    hs_code: str | None = Field(None, max_length=16, examples=["6704.19"])


def checked(body: CheckRequest) -> CheckRequest:
    """The request with its HS code as digits; a bad code or URL is refused naming the field."""
    hs = re.sub(r"[\s.]", "", body.hs_code or "")
    if hs and not re.fullmatch(r"\d{4,10}", hs):
        raise InputError("request", f"'{body.hs_code}' is not an HS code (4 to 10 digits, dots allowed)",
                         field="hs_code")
    url = (body.url or "").strip()
    if url and not url.lower().startswith(("https://", "http://")):
        raise InputError("request", "give the listing's web address (https://…)", field="url")
    title, seller = body.title.strip(), body.seller.strip()
    for name, value in (("title", title), ("seller", seller)):
        if not value:
            raise InputError("request", f"{name} is empty", field=name)
    return CheckRequest(title=title, seller=seller, url=url or None, hs_code=hs or None)


# ---- what is known --------------------------------------------------------------------------------------

def product(state: AppState, body: CheckRequest) -> dict[str, Any]:
    from chainlight.pipeline import classify_texts

    found = classify_texts(state.store, [("check", body.title, body.hs_code)])[0].to_dict()
    return {"hs6": found.get("hs6") or None, "description": found.get("hs_description") or None,
            "category": found.get("risk_category") or "unknown", "confidence": found.get("confidence", 0.0)}


def seller_entities(state: AppState, seller: str) -> list[dict[str, Any]]:
    """The listed bodies and evidence-base facilities the seller's name is read as (any script)."""
    entities = state.entities()
    if not entities:
        return []
    from chainlight.resolve.types import Query

    out = []
    state.refuse_while_reading(seller)
    for m in state.matcher("default").match(Query("seller", seller), limit=SELLER_HITS):
        if not m.match:
            continue
        members = [entities[i] for i in m.member_ids if i in entities] or [entities[m.entity_id]]
        out.append({"entity_id": m.entity_id, "name": m.entity_name, "score": round(m.score, 2),
                    "matched_name": m.matched_name, "source_ids": m.source_ids, "member_ids": m.member_ids,
                    "datasets": sorted({e.dataset for e in members}),
                    "programs": sorted({p for e in members for p in e.programs}),
                    "countries": sorted({c for e in members for c in e.countries}),
                    "topics": sorted({t for e in members for t in e.topics}),
                    "source_url": next((e.source_url for e in members if e.source_url), None)})
    return out


def seller_findings(state: AppState, seller: str, url: str | None = None) -> list[dict[str, Any]]:
    """Findings of the latest run whose record or chain names the seller (the workspace's search), and first
    the finding of a stored listing at the given address, whoever its seller is said to be."""
    rows = []
    if url and len(url) <= workspace.QUERY_MAX:
        # a listing's record holds its url, which the workspace's search reads; the name matcher has no say
        at = workspace.View(q=url, record_type="listing", limit=FINDINGS_MAX).check()
        rows += [r for r in workspace.rows(state, at, with_evidence=True) if r.get("label")]
    view = workspace.resolve(state, workspace.View(q=seller, limit=FINDINGS_MAX).check())
    seen = {r["record_id"] for r in rows}
    rows += [r for r in workspace.rows(state, view, with_evidence=True) if r["record_id"] not in seen]
    return [_finding_item(r) for r in rows[:FINDINGS_MAX]]


def _finding_item(r: dict[str, Any]) -> dict[str, Any]:
    from chainlight.api.explain import plain_summary

    return {"record_type": r["record_type"], "record_id": r["record_id"], "tier": r["tier"],
            "label": r.get("label"), "policies": r["policies"], "summary": plain_summary(r["summary"] or ""),
            "decision": r.get("decision"), "claims": [str(s["object"]).removeprefix("evidence:")
                                                      for s in r["evidence"] if s.get("kind") == "claim"]}


def _claim_item(claim: Claim, via: str) -> dict[str, Any]:
    doc = claim.source
    return {"claim_id": claim.id, "via": via, "summary": claim.summary, "quote": claim.quote or "",
            "source": doc.title, "publisher": doc.publisher, "date": doc.published or "", "url": doc.url,
            "reliability": claim.reliability}


def evidence(state: AppState, entities: list[dict[str, Any]], findings: list[dict[str, Any]],
             item: dict[str, Any]) -> list[dict[str, Any]]:
    """Claims about the seller's entities, then those its findings cite, then those about the product's kind."""
    claims = state.store.claims()
    by_id = {c.id: c for c in claims}
    ids = {i for e in entities for i in [e["entity_id"], *e["member_ids"]]}
    picked: dict[str, dict[str, Any]] = {}
    for c in claims:
        if ids & set(c.entities):
            picked.setdefault(c.id, _claim_item(c, "about the seller"))
    for f in findings:
        for cid in f["claims"]:
            if cid in by_id:
                picked.setdefault(cid, _claim_item(by_id[cid], f"cited by finding {f['record_id']}"))
    goods = {item["category"], (item["hs6"] or "")[:4]} - {"", "unknown", "other"}
    for c in claims:
        if goods & set(c.goods) and len(picked) < EVIDENCE_MAX:
            picked.setdefault(c.id, _claim_item(c, "about this kind of product"))
    return list(picked.values())[:EVIDENCE_MAX]


# ---- the verdict and what to ask --------------------------------------------------------------------------

def verdict(item: dict[str, Any], entities: list[dict[str, Any]], findings: list[dict[str, Any]]) -> dict[str, str]:
    tiers = {f["tier"] for f in findings}
    listed = [e for e in entities if set(e["datasets"]) - {"evidence"}]
    documented = [e for e in entities if set(FORCED_TOPICS) & set(e["topics"])]  # a camp, a WRO's producer
    if listed or documented or "high" in tiers:
        high = [f["record_id"] for f in findings if f["tier"] == "high"]
        named = ", ".join(high[:3]) + (f" and {len(high) - 3} more" if len(high) > 3 else "")
        if listed:
            why = f"the seller's name is read as {listed[0]['name']}, on {', '.join(listed[0]['datasets'])}"
        elif documented:
            why = (f"the seller's name is read as {documented[0]['name']}, which the evidence base documents as "
                   f"using {' and '.join(FORCED_TOPICS[t] for t in documented[0]['topics'] if t in FORCED_TOPICS)}")
        else:
            why = f"chainlight's findings trace the seller to forced-labour sources ({named})"
        return {"level": "stop", "headline": f"Do not buy until the seller proves a clean chain: {why}."}
    if entities or "elevated" in tiers:
        return {"level": "ask", "headline": "Ask before buying: chainlight links the seller to parties in its "
                                            "evidence base, though not to a listed body."}
    if item["category"] in AT_RISK:
        return {"level": "ask", "headline": f"Ask before buying: nothing is known of this seller, but "
                                            f"{item['category'].replace('_', ' ')} are goods that forced labour "
                                            "is documented to make."}
    return {"level": "no_known_link", "headline": "chainlight knows of no link between this seller or product "
                                                  "and forced labour; that is not proof of a clean chain."}


BASE_ASKS = [
    ("The name and full address of the factory that made the product, and of each supplier of its main inputs "
     "(for hair goods: the hair or fibre, and any semi-finished strips or wefts)", "UFLPA / 19 U.S.C. 1307"),
    ("A supply-chain map from raw material to finished product, with the country of each step",
     "CBP UFLPA Operational Guidance for Importers (2022)"),
    ("Purchase orders, invoices, packing lists and bills of lading for the inputs, matching the quantities sold",
     "CBP UFLPA Operational Guidance for Importers (2022)"),
    ("Certificates of origin and production records (batch or lot) for the goods you buy",
     "CBP UFLPA Operational Guidance for Importers (2022)"),
]
DPRK_ASKS = [
    ("Proof that no North Korean nationals worked on the goods or their inputs, anywhere (workforce lists with "
     "nationality, employment and wage records of each factory)", "CAATSA s.321(b): clear and convincing evidence"),
    ("Customs entries showing where semi-finished lashes or wigs were imported from, with the exporter's name",
     "CAATSA s.321(b); 19 U.S.C. 1307"),
]
XINJIANG_ASKS = [
    ("Evidence that no input comes from Xinjiang or from a company on the UFLPA Entity List",
     "UFLPA: clear and convincing evidence to rebut the presumption"),
]
EU_ASK = ("If you place the goods on the EU market: what the seller has done to identify, prevent, mitigate or end "
          "forced labour in its operations and supply chain (audits, remediation plans)",
          "Regulation (EU) 2024/3015, applies from 14 Dec 2027")


def asks(entities: list[dict[str, Any]], findings: list[dict[str, Any]], item: dict[str, Any],
         level: str) -> list[dict[str, str]]:
    countries = {c for e in entities for c in e["countries"]}
    policies = {p for f in findings for p in f["policies"]}
    chosen = list(BASE_ASKS) if level != "no_known_link" else BASE_ASKS[:1]
    if "kp" in countries or "CAATSA-321" in policies:
        chosen += DPRK_ASKS
    chinese_forced = any("cn" in e["countries"] and set(FORCED_TOPICS) & set(e["topics"]) for e in entities)
    if "UFLPA" in policies or chinese_forced or any("uflpa" in d for e in entities for d in e["datasets"]):
        chosen += XINJIANG_ASKS
    chosen.append(EU_ASK)
    return [{"ask": text, "basis": basis} for text, basis in chosen]


def buyer_check(state: AppState, body: CheckRequest) -> dict[str, Any]:
    body = checked(body)
    item = product(state, body)
    entities = seller_entities(state, body.seller)
    findings = seller_findings(state, body.seller, body.url)
    said = verdict(item, entities, findings)
    return {"query": body.model_dump(), "verdict": said, "product": item, "seller": {
        "listed_as": entities, "findings": findings}, "evidence": evidence(state, entities, findings, item),
        "ask_the_seller": asks(entities, findings, item, said["level"])}


# ---- routes ---------------------------------------------------------------------------------------------

@router.post("/check")
def check(body: CheckRequest, state: State) -> dict[str, Any]:
    """The buyer's check: the product's HS code and category, what is known of the seller (lists, evidence,
    findings), the evidence with sources and dates, and what to ask the seller for."""
    return buyer_check(state, body)


@router.get("/ui/check", response_class=HTMLResponse, include_in_schema=False)
def check_page(request: Request, state: State, title: str = "", seller: str = "", url: str = "",
               hs_code: str = "") -> HTMLResponse:
    from pydantic import ValidationError

    from chainlight.web.render import render

    asked = {"title": title, "seller": seller, "url": url, "hs_code": hs_code}
    if not (title.strip() or seller.strip()):
        return render(request, "check.html", asked=asked, result=None, problem=None)
    try:
        result = buyer_check(state, CheckRequest(title=title, seller=seller, url=url or None, hs_code=hs_code or None))
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return render(request, "check.html", http_status=400, asked=asked, result=None, problem=problem)
    except ChainlightError as exc:
        return render(request, "check.html", http_status=400, asked=asked, result=None, problem=exc.message)
    return render(request, "check.html", asked=asked, result=result, problem=None)
