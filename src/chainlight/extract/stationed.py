"""People placed in or at a foreign country or firm, English: labour export told without a verb of sending.

Reports on North Korea's labour abroad say where its people are far more often than that they were sent: "many of them
work in China and Russia", "remote IT employees at American companies", "North Korean workers in Poland's shipyards",
"the state-sanctioned workforce in Russia and the Middle East", "staff in Laos and Vietnam", "Hundreds are believed to
be currently working in Mongolia".  The annotation (README.md, labour_export since 2026-12-05) reads every such group as
exported labour, and frames.py's frame misses them where the sentence names no North Korea (a quote cut from the
report) or no verb the frame holds.  The reading is one phrase of three parts:

* a *group of people*: a plural noun of persons (workers, employees, staff, engineers, seafarers, North Koreans: the
  suffix-built class of frames._PEOPLE_EN, with workforce and labour), or the words English refers back to a group
  with (they, them, many, most, some, hundreds, thousands, the majority); not one named by another nationality
  ("Chinese workers", "Russian employees"), which is that country's own labour;
* a *placing*: nothing ("staff in Laos"), or a verb of being, working or staying somewhere (work, employed,
  stationed, based, spread, stranded, living, been) with at most a few words between (adverbs, modals: "are believed
  to be currently working in");
* a *foreign place* right after "in", "at", "across" or "throughout": a country or city the country tables read
  (topic.countries_of, with its source and authority filters), or a firm named by its country's adjective ("American
  companies", "a Polish shipyard").  A place written first ("In Senegal, they work 6 days a week") is read the same.

Not where the sentence is a deadline to return home (its period alone, sets 12 and 17), nor where the group is kept out
of work abroad by the readers already (defectors, refugees, soldiers, prisoners).  The hit spans the group's words.
"""

from __future__ import annotations

import re

from chainlight.extract.demonyms import demonym_code
from chainlight.extract.places import PlaceHit
from chainlight.extract.topic import countries_of

RULE = "channel:labour_export:stationed:frame"
CONFIDENCE = 0.5

# the group: a plural noun of persons (frames._PEOPLE_EN's suffix class), or words that refer back to a group
# (the suffixes that make a noun of one who does or is: -er, -or, -ist, -ian, -ee, -man, and the -ant/-ent/-al/-ive
# nouns of persons, which the same endings make of things too often to take whole; not the groups the readers keep out
# of work abroad, and not the firms and people of trade and of the news: a trader in China is no exported worker)
_PERSONS = (r"(?!(?i:defectors|refugees|escapees|soldiers|troops|prisoners|inmates|detainees|others|customers|"
            r"buyers|consumers|officials|leaders|members|users|readers|viewers|tourists|students|visitors|investors|"
            r"traders|smugglers|brokers|diplomats|envoys|ambassadors|exporters|importers|manufacturers|suppliers|"
            r"producers|retailers|wholesalers|dealers|shoppers|sellers|owners|partners|numbers|orders|papers|borders|containers|"
            r"centers|matters|headquarters|computers|waters|letters|quarters|chapters|sectors|factors|editors|"
            r"reporters|journalists|analysts|experts|researchers|observers|historians|politicians)\b)"
            r"(?:[A-Za-z]+(?:ers|ors|ists|ians|ees)|(?:wo)?men|people|persons|personnel|citizens|nationals|crews|teams|"
            r"staff|labou?r|workforce|work\s+force|migrants|immigrants|servants|attendants|assistants|residents|"
            r"professionals|individuals|operatives)\b")
_REFER = r"(?:they|them|many|most|some|hundreds|thousands|(?:the\s+)?(?:vast\s+)?majority|\d[\d,]*(?<!,))\b"
_GROUP = rf"(?P<group>{_PERSONS}|(?i:{_REFER}))"
# the placing: a verb of being, working or staying, or no verb at all
_PLACING = (r"(?:work(?:s|ed|ing)?|employed|stationed|based|spread|stranded|toil(?:s|ed|ing)?|labou?r(?:s|ed|ing)?|"
            r"living|lives?|lived|been|serv(?:e|es|ed|ing)|deployed|posted)")
_AT = r"(?:in|at|across|throughout)"
_PHRASE = re.compile(rf"\b{_GROUP}(?:\s+(?P<them>of\s+them)|\s+(?:who|that))?(?:\s+(?:[a-z]+\s+){{0,5}}?(?P<verb>{_PLACING}))?\s+{_AT}\s+")
# a place written first: "In Senegal, they work 6 days a week"
_FIRST = re.compile(rf"^\s*(?:In|At)\s+(?P<place>[^,]{{2,40}}),\s+{_GROUP}\s+(?:[a-z]+\s+){{0,3}}?{_PLACING}\b")
# a firm named by its country's adjective right after the preposition
_FIRM = re.compile(r"(?:(?:a|an|the|various|several|many|some)\s+)?(?P<adj>(?-i:[A-Z])[a-z]+)\s+(?:[\w-]+\s+){0,1}?"
                   r"(?:compan(?:y|ies)|firms?|corporations?|contractors?|employers?|enterprises?|shipyards?|"
                   r"factor(?:y|ies)|plants?|businesses|farms?|construction\s+sites?)\b")
# the group named by another nationality is that country's own labour ("Chinese workers in Russia")
_BEFORE = re.compile(r"(?:[\w’'.-]+\s+){0,2}$")
# a deadline to return home (sets 12 and 17 annotate its period alone)
_RETURN_DUE = re.compile(r"\b(?:supposed|required|ordered|obliged|mandated|due)\s+(?:[\w-]+\s+){0,5}?(?:to\s+)?"
                         r"(?:return|go\s+back|be\s+sent)\s+home\b", re.IGNORECASE)
_AT_HOME = re.compile(r"\bdefectors?\b|\b(?:prison|labou?r|concentration|re-?education|political)\s+camps?\b|\bprisons?\b",
                      re.IGNORECASE)
_OWN = {"North", "Korean", "Koreans"}  # (North Korea's own words: "Korean" alone is read as the South's adjective)
# the place starts right after the preposition: its article and a word or two ("in the Russian city of", "in the EU")
_NEAR = re.compile(r"(?:[\w’'-]+\s+){0,3}")


def stationed(text: str) -> list[PlaceHit]:
    """labour_export on a group of people an English sentence places in or at a foreign country or firm."""
    if _RETURN_DUE.search(text) or _AT_HOME.search(text):
        return []
    places = countries_of(text, "en")
    first = _FIRST.match(text)
    if first is not None and _foreign_group(text, first) and any(
            first.start("place") <= s < first.end("place") for s, _, _ in places):
        return [_hit(first)]
    for m in _PHRASE.finditer(text):
        # (a count is a group only with its verb or its pronoun: "up to 1,000 may be working in the EU", "100 to 120 of
        # them in Angola", not "200 in China")
        if not _foreign_group(text, m) or (m.group("group")[0].isdigit() and not (m.group("verb") or m.group("them"))):
            continue
        after = m.end()
        if any(after <= s and _NEAR.fullmatch(text, after, s) for s, _, _ in places):
            return [_hit(m)]
        firm = _FIRM.match(text, after)
        if firm is not None and demonym_code(firm.group("adj")):
            return [_hit(m)]
    return []


def _foreign_group(text: str, m: re.Match[str]) -> bool:
    """The group is not named by a nationality other than North Korea's ("Chinese workers", "Russian staff")."""
    before = _BEFORE.search(text, max(0, m.start("group") - 40), m.start("group"))
    words = re.findall(r"(?-i:[A-Z])[a-z]+", before.group() if before else "")
    return not any(w not in _OWN and demonym_code(w) for w in words)


def _hit(m: re.Match[str]) -> PlaceHit:
    return PlaceHit(m.start("group"), m.end("group"), {"channel": "labour_export"}, RULE, CONFIDENCE, m.group("group"))
