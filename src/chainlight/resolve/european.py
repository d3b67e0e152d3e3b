"""A body's name in French, German, Spanish, Italian or Portuguese read in the words the lists write it with.

European press and the UN's and EU's own editions write a listed DPRK body in their language: "Banque du commerce
extérieur" (FOREIGN TRADE BANK), "Ministerio de Seguridad del Estado", "Außenhandelsbank", "Bureau général de
reconnaissance".  No package on PyPI ships an offline word dictionary for these languages (wn and its OMW data are
downloaded from their hosts at run time), so the words are a closed table: the English words of the DPRK-programme
bodies' own names (the lists' vocabulary, `benchmarks/resolve/realworld/european_vocabulary.py` lists them and
checks that every key below is one of them), each with its usual equivalents in the five languages as the EU's
multilingual terminology (IATE) and the language editions of Council Regulation (EU) 2017/1509's annexes (OJ L 224,
2017, the same DPRK designations in each EU language) write them; the table was written by hand from those terms.

The Romance languages put the head first and its modifiers after it (banque | du commerce extérieur: bank | of trade
foreign), English the other way round; German writes compounds (Außen-handels-bank) modifier first as English does,
and puts a complement after its head with für / der / des (Ministerium für Staatssicherheit).  A name is read two ways:
its words in English order (the Romance words reversed, German chunks reversed, own names first: FOREIGN TRADE BANK,
STATE SECURITY MINISTRY) and literally with "of" for each preposition (MINISTRY OF STATE SECURITY).  North Korea as
CLDR names it in each language (babel: Corée du Nord, Nordkorea, Corea del Norte, Corea del Nord, Coreia do Norte),
its long form (République populaire démocratique de Corée, RPDC, KDVR) and the adjectives (nord-coréen,
nordkoreanisch, norcoreano) are the country the lists write as KOREA; a name naming South Korea is left alone.

A reading leaves at once unless the name is in Latin letters and has a word of the table's that is not English
(banque, ministerio, für) or a German compound ending with one of its heads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product
from typing import NamedTuple, TypeVar

SOURCE = "a body's name in a European language read by the lists' own words (IATE; Reg. (EU) 2017/1509's editions)"
LANGUAGES = ("fr", "de", "es", "it", "pt")
MAX_READINGS = 6
MAX_OWN_WORDS = 3  # words the table does not have, kept as the body's own name (Daedong, Ocean)

# English word of the lists -> its words in fr, de, es, it, pt (German with the forms it takes in compounds).
# Nouns and adjectives as a dictionary gives them; their feminine and plural forms are made by _inflected.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "bank": {"fr": ("banque",), "de": ("bank",), "es": ("banco",), "it": ("banca", "banco"), "pt": ("banco",)},
    "banking": {"fr": ("bancaire",), "de": ("bankwesen",), "es": ("bancario",), "it": ("bancario",),
                "pt": ("bancário",)},
    "trade": {"fr": ("commerce",), "de": ("handel",), "es": ("comercio",), "it": ("commercio",),
              "pt": ("comércio",)},
    "trading": {"fr": ("négoce",), "de": ("handels",), "es": ("comercializadora",),
                "it": ("commerciale",), "pt": ("comercial",)},
    "commercial": {"fr": ("commercial",), "de": ("kommerziell",), "es": ("comercial",),
                   "it": ("commerciale",), "pt": ("comercial",)},
    "foreign": {"fr": ("extérieur", "étranger"), "de": ("außen", "ausland", "auslands", "auswärtig"),
                "es": ("exterior", "extranjero"), "it": ("estero", "straniero"), "pt": ("exterior", "estrangeiro")},
    "external": {"fr": ("extérieur",), "de": ("außen",), "es": ("exterior",), "it": ("estero", "esterno"),
                 "pt": ("exterior", "externo")},
    "ministry": {"fr": ("ministère",), "de": ("ministerium",), "es": ("ministerio",), "it": ("ministero",),
                 "pt": ("ministério",)},
    "security": {"fr": ("sécurité",), "de": ("sicherheit", "sicherheits"), "es": ("seguridad",),
                 "it": ("sicurezza",), "pt": ("segurança",)},
    "state": {"fr": ("état",), "de": ("staat", "staats"), "es": ("estado",), "it": ("stato",), "pt": ("estado",)},
    "people": {"fr": ("peuple", "populaire"), "de": ("volk", "volks"), "es": ("pueblo", "popular"),
               "it": ("popolo", "popolare"), "pt": ("povo", "popular")},
    "company": {"fr": ("compagnie", "société", "entreprise"), "de": ("gesellschaft", "firma", "unternehmen"),
                "es": ("compañía", "empresa", "sociedad"), "it": ("compagnia", "società", "impresa"),
                "pt": ("companhia", "empresa", "sociedade")},
    "corporation": {"fr": ("corporation", "société"), "de": ("konzern", "gesellschaft"),
                    "es": ("corporación", "sociedad"), "it": ("corporazione", "società"),
                    "pt": ("corporação", "sociedade")},
    "shipping": {"fr": ("navigation", "armement"), "de": ("schifffahrt", "schifffahrts", "reederei"),
                 "es": ("naviera", "navegación"), "it": ("navigazione", "armatoriale"),
                 "pt": ("navegação", "armadora")},
    "maritime": {"fr": ("maritime",), "de": ("see", "maritim"), "es": ("marítimo",), "it": ("marittimo",),
                 "pt": ("marítimo",)},
    "marine": {"fr": ("marin",), "de": ("marine",), "es": ("marino",), "it": ("marino",), "pt": ("marinho",)},
    "ship": {"fr": ("navire",), "de": ("schiff", "schiffs"), "es": ("buque",), "it": ("nave",), "pt": ("navio",)},
    "general": {"fr": ("général",), "de": ("general", "haupt"), "es": ("general",), "it": ("generale",),
                "pt": ("geral",)},
    "bureau": {"fr": ("bureau", "direction"), "de": ("büro", "amt", "hauptverwaltung"),
               "es": ("oficina", "buró", "dirección"), "it": ("ufficio", "direzione"),
               "pt": ("escritório", "gabinete", "direção")},
    "office": {"fr": ("office", "bureau"), "de": ("büro", "amt"), "es": ("oficina",), "it": ("ufficio",),
               "pt": ("escritório", "gabinete")},
    "department": {"fr": ("département", "service"), "de": ("abteilung",), "es": ("departamento",),
                   "it": ("dipartimento",), "pt": ("departamento",)},
    "reconnaissance": {"fr": ("reconnaissance", "renseignement"), "de": ("aufklärung", "aufklärungs"),
                       "es": ("reconocimiento",), "it": ("ricognizione",), "pt": ("reconhecimento",)},
    "development": {"fr": ("développement",), "de": ("entwicklung", "entwicklungs"), "es": ("desarrollo",),
                    "it": ("sviluppo",), "pt": ("desenvolvimento",)},
    "mining": {"fr": ("minier", "mines"), "de": ("bergbau",), "es": ("minero", "minería"),
               "it": ("minerario",), "pt": ("mineiro", "mineração")},
    "investment": {"fr": ("investissement",), "de": ("investition", "investitions"), "es": ("inversión",),
                   "it": ("investimento",), "pt": ("investimento",)},
    "insurance": {"fr": ("assurance",), "de": ("versicherung", "versicherungs"), "es": ("seguro",),
                  "it": ("assicurazione",), "pt": ("seguro",)},
    "national": {"fr": ("national",), "de": ("national", "landes"), "es": ("nacional",), "it": ("nazionale",),
                 "pt": ("nacional",)},
    "central": {"fr": ("central",), "de": ("zentral", "zentrale"), "es": ("central",), "it": ("centrale",),
                "pt": ("central",)},
    "committee": {"fr": ("comité",), "de": ("komitee", "ausschuss"), "es": ("comité",), "it": ("comitato",),
                  "pt": ("comité", "comitê")},
    "commission": {"fr": ("commission",), "de": ("kommission",), "es": ("comisión",), "it": ("commissione",),
                   "pt": ("comissão",)},
    "military": {"fr": ("militaire",), "de": ("militär",), "es": ("militar",), "it": ("militare",),
                 "pt": ("militar",)},
    "industry": {"fr": ("industrie",), "de": ("industrie",), "es": ("industria",), "it": ("industria",),
                 "pt": ("indústria",)},
    "industrial": {"fr": ("industriel",), "de": ("industriell",), "es": ("industrial",), "it": ("industriale",),
                   "pt": ("industrial",)},
    "munitions": {"fr": ("munitions",), "de": ("munition", "munitions", "rüstungs"), "es": ("municiones",),
                  "it": ("munizioni",), "pt": ("munições",)},
    "defense": {"fr": ("défense",), "de": ("verteidigung", "verteidigungs"), "es": ("defensa",),
                "it": ("difesa",), "pt": ("defesa",)},
    "credit": {"fr": ("crédit",), "de": ("kredit",), "es": ("crédito",), "it": ("credito",), "pt": ("crédito",)},
    "united": {"fr": ("uni",), "de": ("vereinigt",), "es": ("unido",), "it": ("unito",), "pt": ("unido",)},
    "group": {"fr": ("groupe",), "de": ("gruppe",), "es": ("grupo",), "it": ("gruppo",), "pt": ("grupo",)},
    "international": {"fr": ("international",), "de": ("international",), "es": ("internacional",),
                      "it": ("internazionale",), "pt": ("internacional",)},
    "technology": {"fr": ("technologie",), "de": ("technologie",), "es": ("tecnología",), "it": ("tecnologia",),
                   "pt": ("tecnologia",)},
    "technical": {"fr": ("technique",), "de": ("technisch",), "es": ("técnico",), "it": ("tecnico",),
                  "pt": ("técnico",)},
    "construction": {"fr": ("construction",), "de": ("bau",), "es": ("construcción",), "it": ("costruzione",),
                     "pt": ("construção",)},
    "energy": {"fr": ("énergie",), "de": ("energie",), "es": ("energía",), "it": ("energia",), "pt": ("energia",)},
    "oil": {"fr": ("pétrole", "pétrolier"), "de": ("öl", "erdöl"), "es": ("petróleo", "petrolero"),
            "it": ("petrolio", "petrolifero"), "pt": ("petróleo", "petrolífero")},
    "management": {"fr": ("gestion",), "de": ("verwaltung", "management"), "es": ("gestión", "administración"),
                   "it": ("gestione",), "pt": ("gestão",)},
    "ocean": {"fr": ("océan", "océanique"), "de": ("ozean", "hochsee"), "es": ("océano", "oceánico"),
              "it": ("oceano", "oceanico"), "pt": ("oceano", "oceânico")},
    "propaganda": {"fr": ("propagande",), "de": ("propaganda",), "es": ("propaganda",), "it": ("propaganda",),
                   "pt": ("propaganda",)},
    "agitation": {"fr": ("agitation",), "de": ("agitation",), "es": ("agitación",), "it": ("agitazione",),
                  "pt": ("agitação",)},
    "organization": {"fr": ("organisation",), "de": ("organisation", "organisations"), "es": ("organización",),
                     "it": ("organizzazione",), "pt": ("organização",)},
    "guidance": {"fr": ("orientation", "direction"), "de": ("anleitung", "leitung"), "es": ("orientación",),
                 "it": ("orientamento",), "pt": ("orientação",)},
    "army": {"fr": ("armée",), "de": ("armee",), "es": ("ejército",), "it": ("esercito",), "pt": ("exército",)},
    "armed": {"fr": ("armé",), "de": ("bewaffnet",), "es": ("armado",), "it": ("armato",), "pt": ("armado",)},
    "forces": {"fr": ("forces",), "de": ("streitkräfte", "kräfte"), "es": ("fuerzas",), "it": ("forze",),
               "pt": ("forças",)},
    "party": {"fr": ("parti",), "de": ("partei",), "es": ("partido",), "it": ("partito",), "pt": ("partido",)},
    "workers": {"fr": ("travailleurs", "travail"), "de": ("arbeiter", "arbeit"), "es": ("trabajadores", "trabajo"),
                "it": ("lavoratori", "lavoro"), "pt": ("trabalhadores", "trabalho")},
    "import": {"fr": ("importation",), "de": ("import", "einfuhr"), "es": ("importación",),
               "it": ("importazione",), "pt": ("importação",)},
    "export": {"fr": ("exportation",), "de": ("export", "ausfuhr"), "es": ("exportación",),
               "it": ("esportazione",), "pt": ("exportação",)},
    "machinery": {"fr": ("machines",), "de": ("maschinen", "maschinenbau"), "es": ("maquinaria",),
                  "it": ("macchinari",), "pt": ("maquinaria",)},
    "academy": {"fr": ("académie",), "de": ("akademie",), "es": ("academia",), "it": ("accademia",),
                "pt": ("academia",)},
    "sciences": {"fr": ("sciences",), "de": ("wissenschaften",), "es": ("ciencias",), "it": ("scienze",),
                 "pt": ("ciências",)},
    "science": {"fr": ("science",), "de": ("wissenschaft",), "es": ("ciencia",), "it": ("scienza",),
                "pt": ("ciência",)},
    "natural": {"fr": ("naturel",), "de": ("natur",), "es": ("natural",), "it": ("naturale",), "pt": ("natural",)},
    "strategic": {"fr": ("stratégique",), "de": ("strategisch",), "es": ("estratégico",), "it": ("strategico",),
                  "pt": ("estratégico",)},
    "force": {"fr": ("force",), "de": ("truppe", "streitkraft"), "es": ("fuerza",), "it": ("forza",),
              "pt": ("força",)},
    "rocket": {"fr": ("fusée", "roquette"), "de": ("rakete", "raketen"), "es": ("cohete",), "it": ("razzo",),
               "pt": ("foguete",)},
    "atomic": {"fr": ("atomique",), "de": ("atom",), "es": ("atómico",), "it": ("atomico",), "pt": ("atómico",)},
    "research": {"fr": ("recherche",), "de": ("forschung", "forschungs"), "es": ("investigación",),
                 "it": ("ricerca",), "pt": ("pesquisa", "investigação")},
    "institute": {"fr": ("institut",), "de": ("institut",), "es": ("instituto",), "it": ("istituto",),
                  "pt": ("instituto",)},
    "center": {"fr": ("centre",), "de": ("zentrum",), "es": ("centro",), "it": ("centro",), "pt": ("centro",)},
    "cooperation": {"fr": ("coopération",), "de": ("zusammenarbeit", "kooperation"), "es": ("cooperación",),
                    "it": ("cooperazione",), "pt": ("cooperação",)},
    "joint": {"fr": ("mixte", "conjoint"), "de": ("gemeinschafts",), "es": ("conjunto", "mixto"),
              "it": ("congiunto", "misto"), "pt": ("conjunto", "misto")},
    "venture": {"fr": ("coentreprise",), "de": ("unternehmen",), "es": ("empresa",), "it": ("impresa",),
                "pt": ("empreendimento",)},
    "electronics": {"fr": ("électronique",), "de": ("elektronik",), "es": ("electrónica",),
                    "it": ("elettronica",), "pt": ("eletrónica", "eletrônica")},
    "chemical": {"fr": ("chimique",), "de": ("chemie", "chemisch"), "es": ("químico",), "it": ("chimico",),
                 "pt": ("químico",)},
    "agricultural": {"fr": ("agricole",), "de": ("landwirtschaftlich", "landwirtschafts"), "es": ("agrícola",),
                     "it": ("agricolo",), "pt": ("agrícola",)},
    "economic": {"fr": ("économique",), "de": ("wirtschaftlich", "wirtschafts"), "es": ("económico",),
                 "it": ("economico",), "pt": ("económico", "econômico")},
    "finance": {"fr": ("finance",), "de": ("finanz", "finanzen"), "es": ("finanza",), "it": ("finanza",),
                "pt": ("finança",)},
    "planning": {"fr": ("planification",), "de": ("planung", "plan"), "es": ("planificación",),
                 "it": ("pianificazione",), "pt": ("planeamento", "planejamento")},
    "affairs": {"fr": ("affaires",), "de": ("angelegenheiten",), "es": ("asuntos",), "it": ("affari",),
                "pt": ("assuntos",)},
    "administration": {"fr": ("administration",), "de": ("verwaltung",), "es": ("administración",),
                       "it": ("amministrazione",), "pt": ("administração",)},
    "engineering": {"fr": ("ingénierie",), "de": ("ingenieur", "technik"), "es": ("ingeniería",),
                    "it": ("ingegneria",), "pt": ("engenharia",)},
    "equipment": {"fr": ("équipement",), "de": ("ausrüstung", "ausrüstungs"), "es": ("equipo",),
                  "it": ("attrezzatura",), "pt": ("equipamento",)},
    "university": {"fr": ("université",), "de": ("universität",), "es": ("universidad",), "it": ("università",),
                   "pt": ("universidade",)},
    "freight": {"fr": ("fret",), "de": ("fracht",), "es": ("flete", "carga"), "it": ("nolo",), "pt": ("frete",)},
    "logistics": {"fr": ("logistique",), "de": ("logistik",), "es": ("logística",), "it": ("logistica",),
                  "pt": ("logística",)},
    "services": {"fr": ("services",), "de": ("dienste", "dienstleistungen"), "es": ("servicios",),
                 "it": ("servizi",), "pt": ("serviços",)},
    "agency": {"fr": ("agence",), "de": ("agentur",), "es": ("agencia",), "it": ("agenzia",), "pt": ("agência",)},
    "overseas": {"fr": ("outre-mer",), "de": ("übersee",), "es": ("ultramar",), "it": ("oltremare",),
                 "pt": ("ultramar",)},
    "transportation": {"fr": ("transport",), "de": ("transport", "verkehr", "verkehrs"), "es": ("transporte",),
                       "it": ("trasporto",), "pt": ("transporte",)},
    "prosecutors": {"fr": ("procureurs", "parquet"), "de": ("staatsanwaltschaft",), "es": ("fiscalía",),
                    "it": ("procura",), "pt": ("procuradoria",)},
    "public": {"fr": ("public",), "de": ("öffentlich",), "es": ("público",), "it": ("pubblico",),
               "pt": ("público",)},
    "correctional": {"fr": ("correctionnel",), "de": ("straf",), "es": ("correccional",), "it": ("correzionale",),
                     "pt": ("correcional",)},
    "prisons": {"fr": ("prisons",), "de": ("gefängnisse",), "es": ("prisiones",), "it": ("carceri",),
                "pt": ("prisões",)},
    "leader": {"fr": ("dirigeant",), "de": ("führer",), "es": ("líder",), "it": ("leader",), "pt": ("líder",)},
    "command": {"fr": ("commandement",), "de": ("kommando",), "es": ("comando", "mando"), "it": ("comando",),
                "pt": ("comando",)},
    "division": {"fr": ("division",), "de": ("division",), "es": ("división",), "it": ("divisione",),
                 "pt": ("divisão",)},
    "unit": {"fr": ("unité",), "de": ("einheit",), "es": ("unidad",), "it": ("unità",), "pt": ("unidade",)},
    "second": {"fr": ("second", "deuxième"), "de": ("zweite",), "es": ("segundo",), "it": ("secondo",),
               "pt": ("segundo",)},
    "first": {"fr": ("premier",), "de": ("erste",), "es": ("primero", "primer"), "it": ("primo",),
              "pt": ("primeiro",)},
    "third": {"fr": ("troisième",), "de": ("dritte",), "es": ("tercero", "tercer"), "it": ("terzo",),
              "pt": ("terceiro",)},
    "east": {"fr": ("est",), "de": ("ost",), "es": ("este",), "it": ("est",), "pt": ("leste",)},
    "eastern": {"fr": ("oriental",), "de": ("östlich",), "es": ("oriental",), "it": ("orientale",),
                "pt": ("oriental",)},
    "star": {"fr": ("étoile",), "de": ("stern",), "es": ("estrella",), "it": ("stella",), "pt": ("estrela",)},
    "new": {"fr": ("nouveau",), "de": ("neu",), "es": ("nuevo",), "it": ("nuovo",), "pt": ("novo",)},
    "global": {"fr": ("mondial",), "de": ("global",), "es": ("global",), "it": ("globale",), "pt": ("global",)},
    "holdings": {"fr": ("holding",), "de": ("holding",), "es": ("holding",), "it": ("holding",), "pt": ("holding",)},
}

# words that say how the others hang together: a preposition ("of"), an article, "and", a legal form (dropped)
_OF = frozenset({"de", "du", "des", "d", "del", "della", "dello", "dell", "dei", "degli", "delle", "di", "da", "do",
                 "dos", "das", "der", "für", "fur", "fuer", "von", "vom", "zur", "zum", "pour", "para", "per"})
_ARTICLES = frozenset({"la", "le", "les", "l", "el", "los", "las", "il", "lo", "gli", "i", "o", "os", "a", "as",
                       "die", "dem", "den", "un", "une", "uno", "una", "ein", "eine", "en", "in", "im"})
_ENGLISH_TOO = frozenset({"do", "a", "i", "o", "per", "von"})  # words English names also hold (Do, Von)
# forms of the table that English names also write (Oriental Treasure, Jinhou International Holding Co): no sign
# of another language alone
_ENGLISH_ALIKE = frozenset({
    "oriental", "holding", "service", "centre", "navigation", "transport", "machines", "industries", "technologies",
    "division", "organisation", "commission", "direction", "marine", "marin", "national", "general", "central",
    "international", "global", "premier", "prime", "nova", "est", "este", "agitation", "propaganda", "institut",
    "construction", "corporation", "administration", "mines", "commerce", "finance", "affaires", "forces", "force",
    "office", "bureau", "agence", "export", "import", "plan", "unit", "unite", "public", "popular", "natural",
    "industrial", "commercial", "military", "academia", "logistique", "technique", "ozean", "see", "bau", "amt"})
_AND = frozenset({"et", "und", "y", "e"})
_LEGAL = frozenset({"sa", "sarl", "sas", "gmbh", "ag", "kg", "spa", "srl", "ltda", "sl", "sociedad anonima"})
# words of the table that are written alike in English: alone they say nothing of the language
_GERMAN_HEADS = ("bank", "ministerium", "gesellschaft", "amt", "buro", "sicherheit", "handel", "reederei",
                 "schifffahrt", "unternehmen", "kommission", "abteilung", "entwicklung", "verwaltung", "partei",
                 "armee", "institut", "akademie", "zentrum", "komitee", "ausschuss", "forschung", "industrie",
                 "gruppe", "agentur", "konzern", "bau", "versicherung", "handels", "dienst", "fracht", "logistik")
# a compound's head with its endings, made once: _compound asks it of every long word of every name a batch reads
_GERMAN_ENDS = _GERMAN_HEADS + tuple(h + e for h in _GERMAN_HEADS for e in ("en", "e"))

_NORTH = re.compile(
    r"\b(?:(?:de la|de l|de|du|des|del|della|di|da|do|der|von)\s+)?"
    r"(?:(?:la\s+|die\s+)?(?:republique populaire democratique|republica popular democratica|"
    r"repubblica popolare democratica|demokratischen? volksrepublik)\s+(?:de\s+|di\s+|da\s+)?(?:coree|corea|coreia|korea)"
    r"|(?:coree|corea|coreia)\s+(?:du|del|do)\s+(?:nord|norte)|nordkoreas?|rpdc|kdvr|rdpc"
    r"|nord\s*coreen\w*|norte\s*corean\w*|norcorean\w*|nordcorean\w*|nordkoreanisch\w*)\b")
_KOREA = re.compile(r"\b(?:(?:de la|de|du|del|della|di|da|do|der|von)\s+)?(?:coree|corea|coreia|koreas?)\b"
                    r"|\b(?:coreen|corean|koreanisch)\w*")
_SOUTH = re.compile(r"\b(?:coree|corea|coreia|korea)\s+(?:du|del|do)?\s*(?:sud|sur|sul)\b|\bsudkorea|"
                    r"\b(?:sud|sur|sul)\s*corean|\bsudcorean|\bsuedkorea")


class Reading(NamedTuple):
    text: str
    how: str
    words: tuple[str, ...]  # the English words put in: a listed name found must carry them


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()  # NFKD leaves ASCII as it is and it holds no combining mark: most names a batch reads
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _inflected(lang: str, word: str) -> set[str]:
    """A noun's or adjective's feminine and plural forms (enough to find the word, not a grammar)."""
    forms = {word}
    if lang == "fr":
        forms |= {word + "s", word + "x"}
        if not word.endswith("e"):
            forms |= {word + "e", word + "es"}
        if word.endswith("al"):
            forms.add(word[:-2] + "aux")
        if word.endswith("el") or word.endswith("ien"):
            forms |= {word + "le", word + "les", word + "ne", word + "nes"}
        if word.endswith("ier"):
            forms |= {word[:-3] + "iere", word[:-3] + "ieres"}
    elif lang in ("es", "pt"):
        forms |= {word + "s", word + "es"}
        if word.endswith("o"):
            forms |= {word[:-1] + "a", word[:-1] + "as"}
        if lang == "pt" and word.endswith("ao"):
            forms |= {word[:-2] + "oes", word[:-2] + "aes"}
        if lang == "pt" and word.endswith("al"):
            forms.add(word[:-2] + "ais")
    elif lang == "it":
        if word[-1] in "oae":
            forms |= {word[:-1] + e for e in "oaie"}
        if word.endswith("co"):
            forms |= {word[:-1] + "hi", word[:-1] + "he"}
    elif lang == "de":
        forms |= {word + e for e in ("e", "en", "er", "es", "s", "n", "em")}
    return forms


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], frozenset[str], dict[str, tuple[str, ...]]]:
    """(form -> English words, the forms that are not English words, German compound parts -> English)."""
    forms: dict[str, list[str]] = {}
    romance: set[str] = set()
    german: dict[str, list[str]] = {}
    for english, langs in WORDS.items():
        for lang, words in langs.items():
            for w in words:
                for f in _inflected(lang, _fold(w)):
                    if lang != "de":
                        romance.add(f)
                    forms.setdefault(f, [])
                    if english not in forms[f]:
                        forms[f].append(english)
                if lang == "de":
                    for f in (_fold(w), _fold(w) + "s"):
                        german.setdefault(f, [])
                        if english not in german[f]:
                            german[f].append(english)
    english_words = set(WORDS) | {w + "s" for w in WORDS} | {w.removesuffix("s") for w in WORDS} | _ENGLISH_ALIKE
    foreign = frozenset(f for f in forms if f not in english_words and len(f) > 2)
    _GERMAN_ONLY.update(f for f in foreign if f not in romance)
    return ({f: tuple(e) for f, e in forms.items()}, foreign,
            {f: tuple(e) for f, e in german.items() if len(f) >= 3})


def _compound(token: str) -> list[tuple[str, ...]] | None:
    """A German compound cut into the table's words (Außenhandelsbank: außen handels bank), longest first."""
    _table()  # (which makes _GERMAN_ONLY)
    if len(token) < 6 or not token.endswith(_GERMAN_ENDS):
        return None
    parts = _compound_parts(token)
    return list(parts) if parts is not None else None


@lru_cache(maxsize=65_536)
def _compound_parts(token: str) -> tuple[tuple[str, ...], ...] | None:
    """_compound's cut, once a word: every token of every name a batch reads is asked (the table is fixed)."""
    _, _, german = _table()

    @lru_cache(maxsize=64)
    def cut(at: int) -> tuple[tuple[str, ...], ...] | None:
        if at == len(token):
            return ()
        for end in range(len(token), at + 2, -1):
            senses = german.get(token[at:end])
            if senses is None and end == len(token):
                for ending in ("en", "e", "n", "s", "er"):
                    if token.endswith(ending) and (s := german.get(token[at:end - len(ending)])) is not None:
                        senses = s
                        break
            if senses is not None and (rest := cut(end)) is not None:
                return (senses, *rest)
        return None

    parts = cut(0)
    return parts if parts and len(parts) >= 2 else None


_GERMAN_ONLY: set[str] = set()  # the table's German forms no other language writes alike (made with _table)


def _german(tokens: list[str]) -> bool:
    _table()
    return any(t in ("fur", "fuer", "der", "und", "die", "zur", "zum") or t in _GERMAN_ONLY for t in tokens) \
        or any(_compound(t) for t in tokens)


def readings(name: str) -> list[Reading]:
    """The name's readings in the lists' English words, or none where it is no European body's name."""
    if not name or len(name) > 160 or (not name.isascii() and any(ord(c) > 0x24F and c not in "’‘" for c in name)):
        return []
    folded = _fold(name).replace("’", "'").replace("‘", "'")
    forms, foreign, _ = _table()
    raw = re.findall(r"[a-z0-9]+", folded)
    strong = any(t in foreign for t in raw) or any(_compound(t) for t in raw)
    # a preposition of these languages alone (Bureau général de reconnaissance: the other words spelt as English's)
    if not strong and not any(t in _OF and t not in _ENGLISH_TOO for t in raw):
        return []
    if _SOUTH.search(folded):
        return []  # a South Korean body: none of the lists'
    north = _NORTH.search(folded) is not None
    rest = _NORTH.sub(" ", folded)
    korea = north or _KOREA.search(rest) is not None
    rest = _KOREA.sub(" ", rest)
    tokens = re.findall(r"[a-z0-9]+", rest)
    german = _german(tokens)
    # the name as chunks between prepositions, each a list of (senses, own word)
    chunks: list[list[tuple[tuple[str, ...], str]]] = [[]]
    own = 0
    for t in tokens:
        if t in _OF:
            if chunks[-1]:
                chunks.append([])
            continue
        if t in _ARTICLES or t in _LEGAL:
            continue
        if t in _AND:
            chunks[-1].append((("and",), ""))
            continue
        if t in forms:
            chunks[-1].append((forms[t], ""))
        elif german and (parts := _compound(t)) is not None:
            chunks[-1].extend((p, "") for p in parts)
        else:
            own += 1
            chunks[-1].append(((), t))
    chunks = [c for c in chunks if c]
    # "X and Y" (propagande et de l'agitation): the two complements one chunk, in their order
    merged: list[list[tuple[tuple[str, ...], str]]] = []
    ordered_chunks: list[bool] = []
    for c in chunks:
        if merged and merged[-1] and merged[-1][-1][0] == ("and",):
            merged[-1] = [*_english(merged[-1][:-1], german, ordered_chunks[-1]), (("and",), ""),
                          *_english(c, german, False)]
            ordered_chunks[-1] = True
        else:
            merged.append(c)
            ordered_chunks.append(False)
    translated = [s for c in merged for s, o in c if s and s != ("and",)]
    if not translated or own > MAX_OWN_WORDS or (not strong and len(translated) < 2) or (merged and merged[-1] and merged[-1][-1][0] == ("and",)):
        return []
    country = "korea" if korea else ""
    slots = [s for c in merged for s, o in c if s]
    out: list[Reading] = []
    seen: set[str] = set()
    for n, choice in enumerate(list(product(*(s[:2] for s in slots)))[:4]):
        it = iter(choice)
        picked = [[(next(it) if s else o, bool(s)) for s, o in c] for c in merged]
        # English order: own names first, then the chunks last to first, a Romance chunk's words reversed
        # (noun adjective -> adjective noun), a German chunk's as written (its compounds are English order)
        eng = [[w for w, _ in _english(c, german, kept)] for c, kept in zip(picked, ordered_chunks, strict=True)]
        owns = [w for c in picked for w, tr in c if not tr]
        ordered = [w for c, e in zip(reversed(picked), reversed(eng), strict=True)
                   for w in e if (w, True) in c or w == "and"]
        texts = [" ".join([*owns, *ordered])]
        if len(eng) > 1:  # the head, "of", and the rest in English order (ministry of state security)
            tail = [w for e in reversed(eng[1:]) for w in e]
            texts.append(" ".join([*eng[0], "of", *tail]))
            if len(eng) > 2:
                texts.append(" of ".join(" ".join(e) for e in eng))
        if country and n == 0:
            texts[1:1] = [f"{country} {texts[0]}", f"{texts[1] if len(texts) > 1 else texts[0]} of {country}"]
        words = tuple(dict.fromkeys(w for w in choice if w != "and"))
        for text in texts:
            if text not in seen and len(text.split()) >= 2:
                seen.add(text)
                out.append(Reading(text, f"{SOURCE}: {name} → {text}", words))
    return out[:MAX_READINGS]


_T = TypeVar("_T")


def _english(chunk: list[_T], german: bool, kept: bool) -> list[_T]:
    """A chunk's items in English order: a Romance noun's adjectives before it, German and joined chunks as written."""
    return list(chunk) if german or kept else list(reversed(chunk))


def list_vocabulary() -> frozenset[str]:
    """The English words of the DPRK-tied bodies' listed names (data/list_body_words.txt, written by
    `python -m benchmarks.resolve.realworld.european_vocabulary --write`): the words WORDS may translate."""
    from importlib.resources import files

    text = files("chainlight.resolve").joinpath("data/list_body_words.txt").read_text(encoding="utf-8")
    return frozenset(text.split())
