"""Signals: single pieces of evidence about a party, a shipment or a chain, each with its evidence steps.

A signal names the risk_v1 weight it feeds, a strength in [0, 1], the kinds of forced labour it points to
("dprk", "xinjiang", "wro", "forced_labour"; "sanction" for other programmes) and whether it can prove
anything (`proof`) or only raises risk and asks for evidence (priors, the DOL list).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chainlight.model.entity import Entity
from chainlight.model.evidence import Claim, Prior
from chainlight.model.finding import EvidenceStep
from chainlight.model.product import GoodRisk
from chainlight.model.records import Shipment
from chainlight.resolve.types import Match
from chainlight.score.places import find_places, fold
from chainlight.trace.graph import Party
from chainlight.trace.products import label

# DOL (ILAB) TVPRA good names -> chainlight risk categories.  Source: DOL list data (goods_2021.xml):
# "Hair Products" (China), "Garments" (China), "Textiles" (China, North Korea).
DOL_GOODS = {
    "hair products": frozenset({"wigs", "false_eyelashes", "hair_pieces", "human_hair"}),
    "garments": frozenset({"knitwear"}),
    "textiles": frozenset({"knitwear"}),
}

# Risk categories -> the HS headings a claim may name instead of the category.
CATEGORY_HEADINGS = {"wigs": "6704", "false_eyelashes": "6704", "hair_pieces": "6704", "human_hair": "6703",
                     "knitwear": "61"}


@dataclass
class Signal:
    weight: str  # name of the risk_v1 weight this signal feeds
    strength: float
    steps: list[EvidenceStep] = field(default_factory=list)
    kinds: frozenset[str] = frozenset()
    proof: bool = True
    headline: str = ""  # what a finding's summary says when this signal leads; else the first step
    share: float = 1.0  # a traced chain's mass-balance share (to 0.01): ranks the score (risk_v2), not the tier

    def lead(self) -> str:
        return self.headline or (self.steps[0].detail if self.steps else self.weight)


def entity_kinds(e: Entity) -> frozenset[str]:
    kinds: set[str] = set()
    if any(p.upper().startswith("DPRK") for p in e.programs) or "kp" in {c.lower() for c in e.countries} \
            or (e.dataset == "un-sc" and e.source_id.upper().startswith("KP")):
        kinds.add("dprk")
    if e.dataset == "uflpa":
        kinds |= {"xinjiang", "forced_labour"}
    if e.dataset == "cbp-wro":
        kinds |= {"wro", "forced_labour"}
    if {"forced_labour", "prison", "forced_labor"} & {t.lower() for t in e.topics}:
        kinds.add("forced_labour")
    return frozenset(kinds or {"sanction"})


def _hit_weight(kinds: frozenset[str]) -> str:
    if "dprk" in kinds:
        return "list_hit_dprk"
    return "list_hit_forced_labour" if "forced_labour" in kinds else "list_hit_other"


def list_hit_signals(party: Party, matches: Sequence[Match], entities: dict[str, Entity],
                     conflict_factor: float, conflict_drop_below: float = 0.0) -> list[Signal]:
    """`conflict_drop_below`: a match below this name score whose country contradicts the entry's is a
    different firm with a resembling name (Hana Beauty, KR vs Hana Banking, KP): said, not cited."""
    out = []
    for m in matches:
        members = [entities[i] for i in dict.fromkeys([m.entity_id, *m.member_ids]) if i in entities]
        kinds = frozenset().union(*(entity_kinds(e) for e in members)) if members else frozenset({"sanction"})
        listed_countries = {c.lower() for e in members for c in e.countries}
        strength = m.score
        conflict = _country_conflict(own_countries(party), listed_countries, kinds)
        if conflict and m.score < conflict_drop_below:
            out.append(Signal(_hit_weight(kinds), 0.0, [EvidenceStep(
                "signal", party.name, m.entity_name,
                f"{party.name!r} only resembles listed {m.matched_name!r} (name score {m.score:.2f}) and {conflict}: "
                f"a different firm, not counted", 0.0)], frozenset(), proof=False))
            continue
        steps = [EvidenceStep("name_match", party.name, m.entity_name,
                              m.explanation or f"{m.query_name!r} matches listed name {m.matched_name!r}",
                              m.score, list(m.source_ids))]
        if conflict:
            strength *= conflict_factor
            steps.append(EvidenceStep("signal", party.name, m.entity_name, f"{conflict}: match discounted",
                                      conflict_factor))
        for e in members:
            programs = ", ".join(e.programs) or e.dataset
            steps.append(EvidenceStep("list_entry", m.entity_name, e.source_ref,
                                      f"{e.caption} is listed ({e.dataset}: {programs})", 1.0, [e.source_ref],
                                      e.source_url))
        out.append(Signal(_hit_weight(kinds), strength, steps, kinds))
    return out


def own_countries(party: Party) -> set[str]:
    """The countries a party gives, and North Korea where its address names a place there: a shipper that
    declares CN from an address in Sinuiju (re-labelling) is no different firm from the North Korean body."""
    own = set(party.countries)
    if "kp" not in own and find_places("dprk", *party.addresses):
        own.add("kp")
    return own


def query_country(party: Party) -> str | None:
    """The country a party's names are matched with: North Korea where its address names a place there,
    whatever country it declares (the list matcher weighs a country that contradicts the entry's)."""
    return "kp" if "kp" in own_countries(party) else party.country


def has_country_conflict(own: set[str], listed: set[str], kinds: frozenset[str]) -> bool:
    return _country_conflict(own, listed, kinds) is not None


def _country_conflict(own: set[str], listed: set[str], kinds: frozenset[str]) -> str | None:
    """Why the party is probably not the listed body, judged by country; None when nothing speaks against it.

    South Korean firms share words with North Korean ones (Hana, Kwangson, Korea ...), and many DPRK list
    entries carry no country, so a party in South Korea against a North Korea programme entry without a
    South Korean address counts as a conflict too.
    """
    if own and listed and not own & listed:
        return (f"the party is in {', '.join(sorted(own)).upper()} but the entry is in "
                f"{', '.join(sorted(listed)).upper()}")
    if "kr" in own and "dprk" in kinds and "kr" not in listed:
        return "the party is in South Korea but the entry is under a North Korea programme"
    return None


def location_signals(party: Party) -> list[Signal]:
    out = []
    texts = [*party.addresses, *party.names]
    dprk = find_places("dprk", *texts)
    if "kp" in party.countries or dprk:
        where = "country KP" if "kp" in party.countries else ""
        where = ", ".join(filter(None, [where, *dprk]))
        out.append(Signal("dprk_location", 1.0, [EvidenceStep(
            "signal", party.name, "KP", f"{party.name} sits in North Korea ({where})")], frozenset({"dprk"})))
    xj = find_places("xinjiang", *texts)
    if xj:
        out.append(Signal("xinjiang_location", 1.0, [EvidenceStep(
            "signal", party.name, "Xinjiang", f"{party.name} sits in Xinjiang ({', '.join(xj)})")],
            frozenset({"xinjiang", "forced_labour"})))
    return out


def dprk_origin(s: Shipment) -> str | None:
    """Why the goods of a shipment come from North Korea whoever ships them: declared origin or DPRK port."""
    if (s.origin_country or "").strip().lower() == "kp":
        return f"shipment {s.shipment_id} declares North Korean origin (KP)"
    ports = find_places("dprk", s.port_of_lading)
    return f"shipment {s.shipment_id} was loaded at {ports[0]}, North Korea" if ports else None


def origin_signals(s: Shipment, shipper: Party | None, shipper_in_dprk: bool) -> list[Signal]:
    out = []
    origin = (s.origin_country or "").strip().lower()
    reason = dprk_origin(s)
    if reason:
        out.append(Signal("dprk_location", 1.0, [EvidenceStep(
            "shipment", s.shipment_id, "KP", reason, 1.0, [f"shipment:{s.shipment_id}"])], frozenset({"dprk"})))
    if shipper_in_dprk and origin and origin != "kp" and shipper is not None:
        out.append(Signal("relabelling", 1.0, [EvidenceStep(
            "signal", s.shipment_id, origin.upper(), f"declared origin {origin.upper()} while the shipper "
            f"{shipper.name} sits in North Korea: goods re-labelled", 1.0, [f"shipment:{s.shipment_id}"])],
            frozenset({"dprk"})))
    return out


def claim_step(c: Claim, subject: str) -> EvidenceStep:
    text = c.quote or c.summary
    return EvidenceStep("claim", subject, c.source_ref, f"{c.source.publisher}: {text}", c.weight,
                        [c.source_ref], c.source.url)


def _claim_kinds(c: Claim) -> frozenset[str]:
    kinds = {"forced_labour"}
    if "kp" in {x.lower() for x in c.countries} or (c.labour or "").startswith("dprk"):
        kinds.add("dprk")
    return frozenset(kinds)


def entity_claim_signals(subject: str, matches: Sequence[Match], claims: Iterable[Claim]) -> list[Signal]:
    ids = {i for m in matches for i in [m.entity_id, *m.member_ids]}
    return [Signal("claim", c.weight, [claim_step(c, subject)], _claim_kinds(c))
            for c in claims if ids & set(c.entities)]


def claim_covers(c: Claim, category: str, hs6: str | None) -> bool:
    heading = CATEGORY_HEADINGS.get(category)
    for g in c.goods:
        g = g.strip().lower()
        if g == category or (g.isdigit() and ((hs6 or "").startswith(g) or (heading or "~").startswith(g)
                                              or g.startswith(heading or "~"))):
            return True
    return False


def camp_claim_signals(subject: str, category: str, hs6: str | None, claims: Iterable[Claim]) -> list[Signal]:
    """Claims about North Korean prison output of this category reach any chain with DPRK goods of it."""
    return [Signal("camp_claim", c.weight, [claim_step(c, subject)], _claim_kinds(c))
            for c in claims if "kp" in {x.lower() for x in c.countries} and claim_covers(c, category, hs6)]


def prior_matches(p: Prior, party: Party, category: str) -> list[str]:
    if category not in p.goods or (party.country and party.country != p.country.lower()):
        return []
    texts = [fold(t) for t in [*party.addresses, *party.names]]
    return [place for place in p.places if any(fold(place) in t for t in texts)]


def prior_signals(subject: str, party: Party, category: str, priors: Iterable[Prior]) -> list[Signal]:
    out = []
    for p in priors:
        places = prior_matches(p, party, category)
        if places:
            out.append(Signal("prior", p.probability, [EvidenceStep(
                "prior", party.name, places[0],
                f"{party.name} is in {places[0]}, where {p.summary} ({p.probability:.0%}); its own inputs are "
                f"not visible: ask it for supplier evidence (a prior, not proof)", p.probability,
                [p.source_ref, *(f"evidence:{c}" for c in p.claims)])], frozenset({"prior"}), proof=False))
    return out


def dol_signals(subject: str, category: str, country: str | None, goods: Iterable[GoodRisk]) -> list[Signal]:
    if not country:
        return []
    out = []
    for g in goods:
        if g.forced_labor and g.country.lower() == country.lower() and category in DOL_GOODS.get(
                g.good.lower(), frozenset()):
            out.append(Signal("dol_good_country", 1.0, [EvidenceStep(
                "list_entry", subject, g.source_ref, f"US DOL lists {g.good} from {g.country_name} as made with "
                f"forced labour; this is {label(category)} from {country.upper()}", 1.0, [g.source_ref])],
                frozenset({"dol"}), proof=False))
    return out
