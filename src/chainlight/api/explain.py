"""A finding told for a reader: the record it is about, its chain as a path of shipments, and its summary in
plain words, with the matcher's technical explanation kept apart (the pages show it behind a toggle).

The scorer's evidence chain is a flat list: each shipment leg followed by what is known of its shipper (name
matches, list entries, signals), then the report claims and priors that support them, often the same claim
for every leg.  Here the shipment legs come first, as a path from the record upstream, each with the facts
about its shipper; the claims, priors and policies are gathered once each as supporting context.
"""

from __future__ import annotations

import json
import re
from typing import Any

from chainlight.store import Store

HOP_KINDS = ("shipment",)
_LEG = re.compile(r"^(?P<id>\S+) on \d{4}-\d{2}-\d{2}: ")  # "S010 on 2024-02-20: 150 kg of …": a leg
PARTY_KINDS = ("name_match", "list_entry", "signal", "mass_balance")
CONTEXT_KINDS = ("claim", "prior", "policy", "classification")
TECHNICAL_KINDS = ("score",)  # how the scorer added up its evidence: behind the toggle

# "'조선대성총무역회사' ~ 'KOREA DAESONG …' via key '…' / '…' (hangul->MR, …): tokens -0.07, … (logit, bias -5.55)
# = 1.00 [match_v7]": the matcher's account of a name match, for whoever tunes it
_MATCH = re.compile(r"'(?P<query>[^']*)' ~ '(?P<listed>[^']*)' via key .*? = (?P<score>\d(?:\.\d+)?) \[[^\]]+\]")
_HEAD = re.compile(r"^(?P<tier>High|Elevated|Low|None) \((?P<score>\d(?:\.\d+)?)\): ")
_POLICIES = re.compile(r" \[[^\[\]]*\]\.?$")

RECORD_FIELDS = {
    "listing": (("title", "title"), ("url", "url"), ("platform", "platform"), ("seller", "seller_name"),
                ("seller country", "seller_country"), ("ships from", "ships_from"), ("brand", "brand"),
                ("manufacturer", "manufacturer_name"), ("price", "price"), ("currency", "currency"),
                ("description", "description"), ("source line", "origin")),
    "shipment": (("shipper", "shipper_name"), ("shipper country", "shipper_country"), ("consignee", "consignee_name"),
                 ("consignee country", "consignee_country"), ("goods", "description"), ("HS code", "hs_code"),
                 ("date", "date"), ("weight (kg)", "weight_kg"), ("quantity", "quantity"),
                 ("unit", "quantity_unit"), ("origin country", "origin_country"), ("port of lading", "port_of_lading"),
                 ("port of unlading", "port_of_unlading"), ("carrier", "carrier"), ("source line", "origin")),
    "supplier": (("name", "name"), ("country", "country"), ("address", "address"), ("products", "products"),
                 ("HS codes", "hs_codes"), ("tier", "tier"), ("buyer", "buyer_name"), ("source line", "origin")),
}


def _read_as(text: str) -> str:
    """The matcher's accounts in a text, each as the plain 'X is read as the listed name Y'."""
    return _MATCH.sub(lambda m: f"{m['query']} is read as the listed name {m['listed']}", text)


def plain_summary(summary: str) -> str:
    """The summary without the matcher's features and logits, the score or the policy codes (shown apart)."""
    text = _read_as(summary or "")
    text = _HEAD.sub(lambda m: f"{m['tier']} risk: ", text)
    text = _POLICIES.sub(".", text)
    return text.replace("shipment leg(s)", "shipment legs")


def technical(summary: str) -> list[str]:
    """The matcher's explanations the summary carried: what the toggle shows."""
    return [m.group(0) for m in _MATCH.finditer(summary or "")]


def plain_step(step: dict[str, Any]) -> str:
    kind, detail = step.get("kind"), str(step.get("detail") or "")
    conf = float(step.get("confidence") or 0.0)
    if kind == "name_match":
        return f"{step.get('subject')} is read as the listed name {step.get('object')} ({conf:.0%} name match)"
    if kind == "prior":
        return (f"{step.get('subject')} is in {step.get('object')}, a place tied to forced labour in this trade "
                f"({conf:.0%}). This is a prior, not proof: ask for its supplier evidence.")
    # a signal or a leg may quote the matcher's account of its taint root ("... a taint root: 'X' ~ 'Y' via key
    # ... (logit, bias -5.55) = 1.00 [match_v7]"): plain here, the account itself behind the fact's toggle
    return _read_as(detail)


def technical_of(step: dict[str, Any]) -> str:
    """What a step's toggle shows: a name match's or a prior's own detail, else the matcher's accounts it quotes."""
    detail = str(step.get("detail") or "")
    if step.get("kind") in ("name_match", "prior"):
        return detail
    return "; ".join(m.group(0) for m in _MATCH.finditer(detail))


def _unique(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each claim, prior, list entry or policy once, at its first place in the chain."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for s in steps:
        key = (str(s.get("kind")), str(s.get("object")), "" if s.get("kind") in ("claim", "policy", "list_entry")
               else str(s.get("subject")))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def chain_path(evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """{"hops": shipment legs with their depth upstream of the record and the facts about each shipper,
    "about": facts about the record itself, "context": claims, priors, policies and the classification, each
    once, "technical": the scorer's own arithmetic, "steps": how many steps the flat chain had}."""
    hops: list[dict[str, Any]] = []
    listed_as: dict[str, list[str]] = {}  # a name as written -> the listed names it was read as
    legs = {i for i, s in enumerate(evidence) if s.get("kind") in HOP_KINDS and _LEG.match(str(s.get("detail")))}
    for s in evidence:
        if s.get("kind") == "name_match":
            listed_as.setdefault(str(s.get("subject")), []).append(str(s.get("object")))
    depth_of: dict[str, int] = {}  # a party -> the depth of the legs that reach it
    placed: set[int] = set()
    for i, s in enumerate(evidence):
        if i not in legs:
            continue
        target, source = str(s.get("object")), str(s.get("subject"))
        depth = depth_of.get(target, 0)
        depth_of.setdefault(source, depth + 1)
        m = _LEG.match(str(s.get("detail")))
        hops.append({"step": dict(s, plain=plain_step(s), technical=technical_of(s)), "depth": depth, "shipper": source, "facts": [],
                     "shipment_id": m["id"] if m else ""})
        placed.add(i)
    hop_for = {h["shipper"]: h for h in reversed(hops)}  # a shipper's first leg
    hop_for.update({h["shipment_id"]: h for h in hops})  # "S011 declares KP" goes with S011's own leg
    about: list[dict[str, Any]] = []
    context: list[dict[str, Any]] = []
    technical_steps: list[dict[str, Any]] = []
    for i, s in enumerate(evidence):
        if i in placed:
            continue
        item = dict(s, plain=plain_step(s), technical=technical_of(s))
        kind, subject = s.get("kind"), str(s.get("subject"))
        if kind in CONTEXT_KINDS:
            context.append(item)
            continue
        if kind in TECHNICAL_KINDS:
            technical_steps.append(item)
            continue
        hop = hop_for.get(subject)
        if hop is None and kind == "list_entry":  # the listed name a shipper's name was read as
            hop = next((h for h in hops if subject in listed_as.get(h["shipper"], [])), None)
        (hop["facts"] if hop is not None else about).append(item)
    for h in hops:
        h["facts"] = _unique(h["facts"])
    return {"hops": hops, "about": _unique(about), "context": _unique(context), "technical": technical_steps,
            "steps": len(evidence)}


_PARTY = re.compile(r": party (.+?)(?: \(([A-Z]{2})\))?;")


def record_view(store: Store, record_type: str, record_id: str, summary: str = "") -> dict[str, Any] | None:
    """The record a finding is about, as stored: {"kind", "id", "fields": [(label, value)], "url"}; None when
    it is not in the store (a record screened through the API without saving)."""
    if record_type == "entity":
        entity = store.entity(record_id)
        party = _PARTY.search(summary or "")
        if entity is None and party is not None:  # a party of the traced shipments, not a list entry
            fields = [("name", party[1])] + ([("country", party[2])] if party[2] else [])
            return {"kind": "party", "id": record_id, "url": None,
                    "fields": [*fields, ("what", "a party of the traced shipments (no record of its own): "
                                                 "its chain below lists the shipments that name it")]}
        if entity is None:
            return None
        return {"kind": "entity", "id": record_id, "url": entity.source_url,
                "fields": [("name", entity.caption), ("schema", entity.schema), ("dataset", entity.dataset),
                           ("programs", ", ".join(entity.programs))]}
    row = store.con.execute("SELECT data FROM items WHERE item_type = ? AND id = ?",
                            [f"{record_type}s", record_id]).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])
    fields = [(label, data.get(key)) for label, key in RECORD_FIELDS.get(record_type, ())
              if data.get(key) not in (None, "")]
    notes = (data.get("extra") or {}).get("notes")
    if notes:
        fields.append(("notes", notes))
    return {"kind": record_type, "id": record_id, "url": data.get("url"), "fields": fields}
