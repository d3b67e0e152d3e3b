"""What the extraction rules alone read from a sentence: the countries named as destinations and the channels.

The learned reader (extract/learned.py) is off here: it is judged by leave-one-set-out figures over the real-world
sets, and reads, for instance, "troops sent to Russia to fight" as exported labour and 中国从朝鲜进出口货物 as cn (round
17's known errors), which a test of a rule must not depend on."""

from __future__ import annotations

from chainlight.extract import Gazetteer, extract_text


def places_and_channels(text: str, gaz: Gazetteer) -> tuple[set[str], set[str]]:
    ex = extract_text(text, gazetteer=gaz, learned=False)
    places = {m.value["country"] for m in ex.mentions if m.type == "destination"}
    channels = {m.value["channel"] for m in ex.mentions if m.type == "channel"}
    return places, channels
