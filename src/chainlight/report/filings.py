"""Drafts of the two filings a forced-labour finding can lead to, each field filled from the finding's evidence
or flagged as missing, for an analyst to complete and submit themselves (chainlight files nothing).

**cbp** — a forced-labour allegation to U.S. Customs and Border Protection (the e-Allegations / Forced Labor
Allegation portal).  The fields are those of 19 CFR 12.42(b) — "a full statement of the reasons for the
belief", "a detailed description or sample of the merchandise", "all pertinent facts obtainable as to the
production of the merchandise abroad" (quoted on CBP's Forced Labor FAQ page,
https://www.cbp.gov/trade/programs-administration/forced-labor/frequently-asked-questions) — together with what
the portal collects: the filer's name and contact, which may be left anonymous (CBP's e-Allegations
information collection, OMB 1651-0131, https://omb.report/icr/202404-1651-008/doc/142182001), and the
allegation's country, commodity and suspect entity (the portal's submission fields as summarised at
https://veroot.com/ctpatresources/a-message-about-cbps-new-forced-labor-portal and in CBP's Allegation
Submission Checklist, which the FAQ page names).  HTS code, parties, entry details and the ILO indicators
follow the same checklist's emphasis on identifying the merchandise, the entities and the labour conditions.

**eu-flr** — a submission of information under Article 9 of Regulation (EU) 2024/3015 (the Forced Labour
Regulation) to the Commission or a Member State's competent authority, through the Forced Labour Single
Portal.  Fields after the Regulation's text (OJ L 2024/3015, 12.12.2024; the copy at
https://lexaris.de/book/version/documentflat/head/6691096) and the Commission proposal's article on
submissions (COM(2022) 453, https://www.eumonitor.eu/9353000/1/j4nvhdfcs8bljza_j9vvik7m1c3gyxp/vlwcky4uwkxl):
who submits (any natural or legal person or association; identity kept confidential), the economic operators
and products concerned, substantiated reasons, and supporting documentation; the location and the
state-imposed nature of the labour (Art. 2(b), ILO C105) and the risk factors the authority weighs (scale and
severity, volume, the suspect part's share) from the Regulation's risk-based approach.  The full Art. 9 text
was not retrieved for this module: check the field list against the Official Journal before filing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from chainlight.errors import UsageError

FORMS = ("cbp", "eu-flr")
FOR_THE_FILER = "for the filer"

# ILO's 11 indicators of forced labour (domain.md s.5) and words in a claim that point to each
ILO_INDICATORS: dict[str, tuple[str, ...]] = {
    "abuse of vulnerability": ("vulnerab", "lifer", "life sentence"),
    "deception": ("deceiv", "decept", "false promise"),
    "restriction of movement": ("prison", "camp", "confine", "kyohwaso", "detain", "inmate"),
    "isolation": ("isolat",),
    "physical and sexual violence": ("beaten", "beating", "violence", "tortur"),
    "intimidation and threats": ("threat", "intimidat", "punish"),
    "retention of identity documents": ("passport", "identity document"),
    "withholding of wages": ("wage", "unpaid", "no pay"),
    "debt bondage": ("debt",),
    "abusive working and living conditions": ("death", "died", "malnutrition", "no proper rest", "medical care"),
    "excessive overtime": ("hours a day", "overtime", "16 hours", "12 hours"),
}


@dataclass
class FormField:
    key: str
    label: str
    basis: str  # where the form or the law asks for it
    value: Any = None
    required: bool = True
    filer: bool = False  # only the filer can give it (their own name, a declaration)
    hint: str = ""

    @property
    def status(self) -> str:
        if self.value not in (None, "", [], {}):
            return "filled"
        return FOR_THE_FILER if self.filer else "missing"

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "basis": self.basis, "status": self.status,
                "required": self.required, "value": self.value, "hint": self.hint}


@dataclass
class Draft:
    form: str
    title: str
    fields_source: str
    record: str
    fields: list[FormField] = field(default_factory=list)

    def missing(self) -> list[str]:
        """Required fields the evidence does not fill (the filer's own details apart)."""
        return [f.key for f in self.fields if f.required and f.status == "missing"]

    def to_dict(self) -> dict[str, Any]:
        return {"form": self.form, "title": self.title, "fields_source": self.fields_source, "record": self.record,
                "missing": self.missing(), "for_the_filer": [f.key for f in self.fields if f.status == FOR_THE_FILER],
                "fields": [f.to_dict() for f in self.fields],
                "note": "A draft from chainlight's evidence: check every field against the sources before filing."}


# ---- what the evidence says, read once for both forms ---------------------------------------------------

@dataclass
class Facts:
    record: dict[str, Any]
    goods: str | None
    hs_code: str | None
    origin: str | None
    producers: list[str]
    parties: list[str]
    importer: str | None
    entry: dict[str, Any]
    places: list[str]
    reasons: str | None
    indicators: list[dict[str, str]]
    state_imposed: str | None
    documents: list[dict[str, Any]]
    market: str | None
    offered: str | None
    listed: list[str]


def facts_of(bundle: dict[str, Any]) -> Facts:
    record = dict((bundle.get("record") or {}).get("fields") or [])
    steps = bundle.get("evidence") or []
    hops = (bundle.get("path") or {}).get("hops") or []
    classified = next((s for s in steps if s.get("kind") == "classification"), None)
    deepest = max((h["depth"] for h in hops), default=-1)
    producers = [h["shipper"] for h in hops if h["depth"] == deepest]
    producers += [str(record[k]) for k in ("manufacturer", "shipper") if record.get(k)]
    if bundle.get("record_type") == "supplier" and record.get("name"):
        producers.append(str(record["name"]))
    listed = sorted({f"{s['subject']} ({s['detail'].split('(')[-1].rstrip(')')})" for s in steps
                     if s.get("kind") == "list_entry"})
    parties = [str(record[k]) for k in ("seller", "shipper", "consignee", "buyer") if record.get(k)]
    parties += [h["shipper"] for h in hops]
    return Facts(
        record=record,
        goods=str(record.get("goods") or record.get("title") or record.get("products") or "") or None,
        hs_code=str(record.get("HS code") or (classified or {}).get("object") or "") or None,
        origin=_origin(record, steps),
        producers=list(dict.fromkeys(producers)),
        parties=list(dict.fromkeys(parties)),
        importer=_importer(record),
        entry={k: record[k] for k in ("date", "port of lading", "port of unlading", "quantity", "unit",
                                      "weight (kg)", "carrier") if record.get(k) not in (None, "")},
        places=list(dict.fromkeys(str(s["detail"]) for s in steps if s.get("kind") == "signal"
                                  and "sits in" in str(s.get("detail")))),
        reasons=_reasons(bundle),
        indicators=indicators(bundle.get("sources") or []),
        state_imposed=_state_imposed(bundle),
        documents=[{k: s.get(k) for k in ("title", "publisher", "date", "url", "quote", "source_id")}
                   for s in bundle.get("sources") or [] if s.get("kind") != "your record"],
        market=_union_market(record),
        offered=" · ".join(str(record[k]) for k in ("platform", "url") if record.get(k)) or None,
        listed=listed,
    )


def _origin(record: dict[str, Any], steps: list[dict[str, Any]]) -> str | None:
    # where the goods come from, not where the seller sits
    countries = [str(record[k]) for k in ("origin country", "shipper country", "ships from", "country")
                 if record.get(k)]
    countries += [str(s["object"]) for s in steps if s.get("kind") == "signal" and "sits in" in str(s.get("detail"))]
    ordered = list(dict.fromkeys(c.upper() for c in countries))
    return ", ".join(ordered) or None


EU_MEMBERS = frozenset({"at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it",
                        "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se"})


def _union_market(record: dict[str, Any]) -> str | None:
    """Where the record shows the product on the Union market: an EU consignee, seller or buyer country."""
    for key in ("consignee country", "seller country", "port of unlading"):
        if str(record.get(key) or "").lower() in EU_MEMBERS:
            return f"{key}: {str(record[key]).upper()}"
    return None


def _importer(record: dict[str, Any]) -> str | None:
    if str(record.get("consignee country") or "").lower() == "us":
        return str(record.get("consignee"))
    return None


def _reasons(bundle: dict[str, Any]) -> str | None:
    policies = [str(s["detail"]) for s in bundle.get("evidence") or [] if s.get("kind") == "policy"]
    if not bundle.get("plain_summary") and not policies:
        return None
    return " ".join([str(bundle.get("plain_summary") or ""), *policies]).strip()


def _state_imposed(bundle: dict[str, Any]) -> str | None:
    text = " ".join(str(s.get("detail")) for s in bundle.get("evidence") or []).lower()
    if "prison" in text or "kyohwaso" in text or "correctional bureau" in text:
        return "yes: the claims describe prison labour run by the state (ILO C105 art. 1)"
    if "caatsa" in text or "north korea" in text:
        return "likely: North Korean labour, presumed forced under CAATSA s.321(b)"
    return None


def indicators(sources: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The ILO indicators the sources' quotes speak to, each with the first source that does."""
    found: dict[str, dict[str, str]] = {}
    for s in sources:
        text = str(s.get("quote") or "").lower()
        for name, words in ILO_INDICATORS.items():
            if name not in found and any(w in text for w in words):
                found[name] = {"indicator": name, "source": str(s.get("title") or s.get("source_id")),
                               "date": str(s.get("date") or ""), "quote": str(s.get("quote"))[:300]}
    return [found[n] for n in ILO_INDICATORS if n in found]


# ---- the forms ------------------------------------------------------------------------------------------

CFR = "19 CFR 12.42(b)"
PORTAL = "CBP e-Allegations / Forced Labor Allegation portal"


def cbp_draft(bundle: dict[str, Any]) -> Draft:
    f = facts_of(bundle)
    goods = f"{f.goods} (HS {f.hs_code})" if f.goods and f.hs_code else f.goods
    fields = [
        FormField("filer_name", "Name of the person filing", PORTAL, required=False, filer=True,
                  hint="may be left anonymous; anonymous filers get no status updates"),
        FormField("filer_contact", "Filer's e-mail and telephone", PORTAL, required=False, filer=True),
        FormField("allegation_type", "Type of violation", PORTAL,
                  "Forced labor (19 U.S.C. 1307)" + (", CAATSA s.321(b) presumption"
                                                     if "CAATSA-321" in bundle.get("policies", []) else "")
                  + (", UFLPA presumption" if "UFLPA" in bundle.get("policies", []) else "")),
        FormField("country", "Country of production", PORTAL, f.origin,
                  hint="where the goods or their inputs were made"),
        FormField("commodity", "Detailed description of the merchandise", f"{CFR}(2)", goods,
                  hint="a sample may be offered instead"),
        FormField("hts_code", "HTS code", "CBP Allegation Submission Checklist", f.hs_code),
        FormField("suspect_entities", "Suspect manufacturer(s) or producer(s): names and addresses", PORTAL,
                  f.producers, hint="the factory or facility where the labour is used"),
        FormField("listed_entities", "Parties on official lists", "CBP Allegation Submission Checklist", f.listed,
                  required=False),
        FormField("other_parties", "Exporter, shipper, seller and consignee", "CBP Allegation Submission Checklist",
                  f.parties),
        FormField("importer", "U.S. importer of record", "CBP Allegation Submission Checklist", f.importer,
                  hint="name the U.S. importer, or say it is unknown"),
        FormField("entry_details", "Shipment or entry details (dates, ports, quantities)",
                  "CBP Allegation Submission Checklist", f.entry),
        FormField("production_facts", "All pertinent facts obtainable as to the production of the merchandise "
                  "abroad", f"{CFR}(3)", _production(bundle, f)),
        FormField("reasons_for_belief", "Full statement of the reasons for the belief", f"{CFR}(1)", f.reasons),
        FormField("forced_labor_indicators", "ILO indicators of forced labour present",
                  "CBP Allegation Submission Checklist (the 11 ILO indicators)", f.indicators),
        FormField("supporting_documents", "Supporting documents (with source and date)", PORTAL, f.documents),
    ]
    return Draft("cbp", "Draft forced-labor allegation to U.S. Customs and Border Protection",
                 f"{CFR}; CBP e-Allegations (OMB 1651-0131); CBP Forced Labor Allegation Submission Checklist",
                 str(bundle.get("record_id")), fields)


ART9 = "Regulation (EU) 2024/3015, Art. 9"


def eu_flr_draft(bundle: dict[str, Any]) -> Draft:
    f = facts_of(bundle)
    fields = [
        FormField("submitter", "Natural or legal person or association submitting the information", ART9,
                  required=False, filer=True, hint="the identity is kept confidential if the submitter asks"),
        FormField("economic_operators", "Economic operators concerned (names, roles, addresses)", ART9,
                  list(dict.fromkeys([*f.producers, *f.parties]))),
        FormField("products", "Products concerned (description, HS code)", ART9,
                  {"description": f.goods, "hs_code": f.hs_code} if f.goods else None),
        FormField("union_market", "Placing or making available on the Union market, or export from it",
                  "Regulation (EU) 2024/3015, Art. 3", f.market,
                  hint="where the product is placed or made available in the EU (an offer online aimed at EU "
                       "buyers counts)" + (f"; the record shows it offered at {f.offered}" if f.offered else "")),
        FormField("location", "Where the forced labour takes place (country, area, facility)",
                  "Regulation (EU) 2024/3015, Art. 9 and the risk-based approach", f.places or f.origin),
        FormField("reasons", "Substantiated reasons why the products are suspected to be made with forced labour",
                  ART9, f.reasons),
        FormField("state_imposed", "Forced labour imposed by state authorities (ILO C105, Art. 1)",
                  "Regulation (EU) 2024/3015, Art. 2(b)", f.state_imposed, required=False),
        FormField("indicators", "ILO indicators of forced labour", "Regulation (EU) 2024/3015, recital 1",
                  f.indicators),
        FormField("scale_and_volume", "Scale, severity and volume (quantities, the suspect part's share)",
                  "Regulation (EU) 2024/3015, risk-based approach", _volume(bundle, f), required=False),
        FormField("supporting_documents", "Supporting documentation", ART9, f.documents),
    ]
    return Draft("eu-flr", "Draft submission of information under the EU Forced Labour Regulation",
                 f"{ART9} (check against the Official Journal text)", str(bundle.get("record_id")), fields)


def _production(bundle: dict[str, Any], f: Facts) -> list[str]:
    hops = (bundle.get("path") or {}).get("hops") or []
    out = [str(h["step"].get("plain")) for h in hops]
    out += f.places
    return list(dict.fromkeys(out))


def _volume(bundle: dict[str, Any], f: Facts) -> str | None:
    parts = [f"{k} {v}" for k, v in f.entry.items() if k in ("quantity", "unit", "weight (kg)")]
    share = next((s for s in bundle.get("evidence") or [] if s.get("kind") == "mass_balance"), None)
    if share is not None:
        parts.append(str(share.get("detail")))
    return "; ".join(parts) or None


def draft(form: str, bundle: dict[str, Any]) -> Draft:
    if form == "cbp":
        return cbp_draft(bundle)
    if form == "eu-flr":
        return eu_flr_draft(bundle)
    raise UsageError(f"form must be one of {', '.join(FORMS)}, not '{form}'")


_SPACE = re.compile(r"\s+")


def as_text(value: Any) -> str:
    """A field's value as one readable string (for the HTML draft)."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {as_text(v)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return "\n".join(as_text(v) for v in value)
    return _SPACE.sub(" ", str(value or "")).strip()


def draft_html(d: Draft) -> str:
    from chainlight.report.dossier import _env

    return _env().get_template("filing.html.j2").render(draft=d, as_text=as_text)
