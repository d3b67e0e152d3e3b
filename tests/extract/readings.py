"""What the extractor's finders read from one sentence, as plain sets: the helpers the real-text tests of each set
share (periods, destinations, channels, organisations)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chainlight.extract import Gazetteer, chinese, extract_text
from chainlight.extract.goods import find_goods
from chainlight.extract.periods import base_date, find_periods
from chainlight.extract.phrases import candidates
from chainlight.extract.places import find_channels, find_destinations
from chainlight.extract.quantities import find_quantities
from chainlight.extract.topic import countries_of
from chainlight.model.evidence import SourceDocument


def spans(text: str, base: dt.date | None = None) -> set[tuple[str | None, str | None]]:
    return {h.period for h in find_periods(text, base)}


def places(text: str) -> set[str]:
    return {h.value["country"] for h in find_destinations(text)}


def channels(text: str) -> set[str]:
    return {h.value["channel"] for h in find_channels(text)}


def organisations(text: str) -> list[str]:
    return [text[c.start:c.end] for c in candidates(text) if c.type == "organisation"]


# --- helpers the real-text tests of sets 1-9 and the sentence readings of rounds 12-21 share (moved here from those
# files when their tests were filed by module; each keeps its body, under a name that says which reading it is) ---

def figures(text: str) -> set[str]:
    """'kind=value' of each English or Korean figure."""
    return {f"{h.value['kind']}={h.value['value']}" for h in find_quantities(text)}


def figures_with_range(text: str) -> set[str]:
    """'kind=value' of each figure, '-max' after it where the figure is a range."""
    out = set()
    for h in find_quantities(text):
        top = f"-{h.value['max']}" if h.value.get("max") is not None else ""
        out.add(f"{h.value['kind']}={h.value['value']}{top}")
    return out


def figures_with_max_key(text: str) -> set[str]:
    """As figures_with_range, '-max' wherever the value has the key."""
    out = set()
    for h in find_quantities(text):
        top = f"-{h.value['max']}" if "max" in h.value else ""
        out.add(f"{h.value['kind']}={h.value['value']}{top}")
    return out


def zh(text: str) -> str:
    return chinese.simplified(text)


def zh_figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in chinese.find_quantities(chinese.simplified(text))}


def zh_figures_with_range(text: str) -> set[str]:
    """A Chinese text's figures (read in simplified characters), '-max' after a range."""
    out = set()
    for h in chinese.find_quantities(chinese.simplified(text)):
        v = h.value
        out.add(f"{v['kind']}={v['value']}" + (f"-{v['max']}" if v.get("max") is not None else ""))
    return out


def zh_places(text: str) -> set[str]:
    return {h.value["country"] for h in chinese.find_destinations(chinese.simplified(text))}


def zh_channels(text: str) -> set[str]:
    return channels(chinese.simplified(text))


def zh_names(text: str) -> set[str]:
    return {text[h.start:h.end] for h in chinese.find_names(chinese.simplified(text))}


def zh_names_by_kind(text: str) -> set[tuple[str, str]]:
    return {(h.rule.split(":")[0], text[h.start:h.end]) for h in chinese.find_names(chinese.simplified(text))}


def zh_spans(text: str, base: dt.date) -> set[tuple[str | None, str | None]]:
    return {(h.value["start"], h.value["end"]) for h in chinese.find_periods(chinese.simplified(text), base)}


SET_4_BASE = dt.date(2024, 3, 22)  # (set 4's Chinese reports: the base date of their relative dates)
SET_9_HELDOUT_BASE = dt.date(2019, 12, 12)


def zh_span_strings(text: str, base: dt.date = SET_4_BASE) -> set[str]:
    """'start/end' of each period of a Chinese text, read in simplified characters."""
    return {f"{h.value['start'] or ''}/{h.value['end'] or ''}" for h in chinese.find_periods(chinese.simplified(text), base)}


def periods_published(text: str, published: str | None = None) -> list[tuple[str | None, str | None]]:
    return [h.period for h in find_periods(text, base_date(published))]


def periods_from(text: str, base: str) -> list[tuple[str | None, str | None]]:
    return [h.period for h in find_periods(text, dt.date.fromisoformat(base))]


def goods(text: str) -> set[str]:
    return {h.value["category"] for h in find_goods(text, None)}


def names(text: str, gazetteer: Gazetteer, kind: str = "organisation") -> list[str]:
    return [m.text for m in extract_text(text, gazetteer=gazetteer).mentions if m.type == kind]


def organisation_names(text: str, gaz: Gazetteer) -> set[str]:
    return {m.text for m in extract_text(text, gazetteer=gaz).mentions if m.type == "organisation"}


def mentions_by_type(text: str, gaz: Gazetteer) -> dict[str, set[str]]:
    """Each mention type's keys (an organisation's text), the learned reader included."""
    out: dict[str, set[str]] = {}
    for m in extract_text(text, gazetteer=gaz).mentions:
        out.setdefault(m.type, set()).add(m.text if m.type == "organisation" else m.key)
    return out


def places_channels_counts(text: str, gaz: Gazetteer) -> tuple[set[str], set[str], set[str]]:
    # (the rules' reading; the learned reader, extract/learned.py, is judged by leave-one-set-out figures, and reads
    # "troops sent to Russia to fight" as exported labour and 中国从朝鲜进出口货物 as cn: round 17's known errors)
    ex = extract_text(text, gazetteer=gaz, learned=False)
    places = {m.value["country"] for m in ex.mentions if m.type == "destination"}
    channels = {m.value["channel"] for m in ex.mentions if m.type == "channel"}
    counts = {m.key for m in ex.mentions if m.type == "quantity"}
    return places, channels, counts


def places_by_rule(text: str, gaz: Gazetteer) -> dict[str, str]:
    ex = extract_text(text, gazetteer=gaz, learned=False)
    return {m.value["country"]: m.rule for m in ex.mentions if m.type == "destination"}


def topic_countries_en(text: str) -> list[str]:
    return [code for _, _, code in countries_of(text, "en")]


def _reading_key(kind: str, v: dict[str, Any], text: str) -> str:
    if kind == "destination":
        return str(v["country"])
    if kind == "channel":
        return str(v["channel"])
    if kind == "goods":
        return str(v["category"])
    if kind == "quantity":
        return f"{v['kind']}={v['value']}" + (f"-{v['max']}" if v.get("max") else "")
    if kind == "period":
        return f"{v['start']}/{v['end'] or ''}"
    return text


def read(text: str, published: str | None = None) -> set[tuple[str, str]]:
    """(type, value) of every mention: a country, channel, goods category, quantity, period or name."""
    doc = SourceDocument(id="t", title="t", publisher="t", url=None, published=published)
    out: set[tuple[str, str]] = set()
    # (the rules' readings: the learned reader, blind to a sentence's topic, reads the jp of a marathon below as a
    # destination; its own figures are leave-one-set-out ones, tests/extract/test_learned.py)
    for m in extract_text(text, document=doc, classifier=None, learned=False).mentions:
        out.add((m.type, _reading_key(m.type, m.value, m.text)))
    return out
