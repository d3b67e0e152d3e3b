"""hs_v17 (option prepared_state): the line a title's state or preparation decides, read from the nomenclature's own
distinctions rather than from the good alone.

- Chapter 3 holds fish, crustaceans and molluscs live, fresh, chilled, frozen, dried, salted, in brine or smoked; the
  Explanatory Notes to chapter 3 and to headings 16.04 / 16.05 send fish and seafood *coated with batter or
  breadcrumbs* (breaded, tempura) and fish *shaped* into fingers, sticks, cakes, balls or burgers to chapter 16.  A
  chapter-3 answer for a title that says so becomes the chapter-16 line: fish 16.04 (whole or in pieces by species,
  1604.11-.19; in forms or minced, 1604.20), crustaceans and molluscs 16.05 by the species the title's words name.
- 16.04 divides prepared fish by form: a fillet, cutlet (鱼排, 까스) or whole piece is "whole or in pieces (but not
  minced)", 1604.11-.19, not 1604.20 (the extension of hs_v6's fillets_in_pieces to every 1604.20 answer).
- Roe prepared or preserved (in soy sauce, salted-fermented 젓) is 1604.31 caviar or 1604.32 "caviar substitutes
  prepared from fish eggs", not chapter 3's roes or 1604.20.
- Heading 03.04 is "fish fillets and other fish meat": a Korean title's 살 / 순살 ("flesh", the fish's meat off the
  bone) or an English/Chinese fillet word on a whole-fish answer (03.02 / 03.03) is 03.04's line the title's words
  pick; 다짐 / 다진 (minced) choose its "other fish meat" lines.
- Heading 95.04 holds "table or parlour games"; a toy answer (95.03) for a title that names a board game by 棋
  (CC-CEDICT: "chess; chess-like game; a game of chess", the Chinese word of board games: 游戏棋, 飞行棋) is 9504.90.

The words are closed classes of the languages' food-preparation and form vocabulary, each named beside its rule;
no title of a set is listed."""

from __future__ import annotations

import re
from dataclasses import replace

from chainlight.classify.decide import Decision
from chainlight.classify.nomenclature import NEGATED, english_tokens, index, query_words
from chainlight.classify.vocabulary import HsChoice

# coated with batter or breadcrumbs (EN to chapter 3 / 16.04): English, Chinese (裹粉 "coated in flour", 面包糠 / 面包屑
# breadcrumbs, 挂糊 batter, 天妇罗 tempura), Korean (튀김 "fried in batter", 까스 / 커틀릿 cutlet, 빵가루 breadcrumbs)
_COATED = re.compile(r"\bbread(?:ed|crumbs?)\b|\bbatter(?:ed)?\b|\btempura\b|\bpanko\b|\bcrumbed\b|"
                     r"裹粉|面包糠|面包屑|挂糊|天妇罗|天婦羅|튀김|까스|커틀릿|커틀렛|빵가루")
# shaped (EN to 16.04: fish fingers, fish balls, fish cakes; 16.05's burgers): English, Chinese (丸 ball, 饼 cake,
# 糕 cake, 肠 sausage, 堡 burger as in 汉堡), Korean (버거 burger, 너겟 nugget, 완자 ball, 어묵 fish cake)
_FORMED = re.compile(r"\bfingers?\b|\bsticks?\b|\bburgers?\b|\bnuggets?\b|\bcakes?\b|\bballs?\b|"
                     r"丸|饼|餅|糕|肠|堡|버거|너겟|완자|어묵")
# a piece of the fish, not minced: fillet, cutlet, steak, whole piece (整片, 통살)
_PIECE = re.compile(r"\bfillets?\b|\bcutlets?\b|\bsteaks?\b|鱼片|魚片|鱼排|魚排|鱼柳|魚柳|整片|필렛|필레|까스|커틀릿|통살")
_MINCED = re.compile(r"\bminced?\b|\bsurimi\b|\bpaste\b|糜|다짐|다진")
# fish eggs: roe, caviar; 鱼子 / 鱼籽; 명란 (pollock roe), 연어알 / 날치알 / 청어알 (salmon, flying-fish, herring roe), 알젓
_ROE = re.compile(r"\broes?\b|\bcaviar\b|\bikura\b|鱼子|鱼籽|魚子|명란|연어알|날치알|청어알|알젓")
# preserved: salted-fermented (젓), in soy sauce (간장, 酱油, soy), marinated, seasoned, salted
_ROE_PREPARED = re.compile(r"젓|간장|양념|조미|\bsoy\b|\bsauce\b|\bmarinat|\bseason|\bsalted\b|酱|醬|腌|调味|即食")
# 살 "flesh" standing after a noun (고등어살, 대구살) or 순살 "boneless flesh"
_KOREAN_FLESH = re.compile(r"[\uac00-\ud7a3]살(?![\uac00-\ud7a3])|순살")
_BOARD_GAME = re.compile(r"棋")

_FISH = ("0301", "0302", "0303", "0304", "0305")
_SEAFOOD = ("0306", "0307", "0308")
_PIECES_LINES = tuple(f"16041{d}" for d in "12345678")
_GENERIC_FISH = frozenset(english_tokens("fish fillet fillets prepared preserved whole pieces piece minced "
                                         "frozen chilled fresh"))
_STATE = frozenset(english_tokens("frozen chilled fresh live dried salted smoked boiled cooked steamed prepared "
                                  "preserved"))


def _moved(decision: Decision, code: str, why: str) -> Decision:
    assert decision.choice is not None
    if code == decision.choice.hs6:
        return decision
    return replace(decision, choice=HsChoice(code, decision.choice.category),
                   reasons=[*decision.reasons, f"{why}: {code} (prepared_state.py)"])


def _as_roe(decision: Decision, roe: str, text: str) -> Decision:
    """Roe prepared or preserved: 1604.31 where the title says caviar (not a substitute), else 1604.32."""
    caviar = "caviar" in text.lower() and "substitut" not in text.lower()
    return _moved(decision, "160431" if caviar else "160432",
                  f"'{roe}' prepared or preserved: caviar{'' if caviar else ' substitutes'} of 16.04")


def _fish_in_pieces(words: dict[str, float]) -> str:
    """The species line of 1604.11-.18 the title's words pick, else 1604.19."""
    sub = index().best(words, within="1604", own=True)
    if sub is not None and sub.code in _PIECES_LINES and set(sub.words) - _GENERIC_FISH:
        return sub.code
    return "160419"


def apply_prepared_state(text: str, decision: Decision) -> Decision:
    if decision.choice is None:
        return decision
    code = decision.choice.hs6
    if code[:4] == "9503" and _BOARD_GAME.search(text):
        return _moved(decision, "950490", "a board game (棋): table or parlour games of 95.04")
    roe = _ROE.search(text)
    # roe the title says preserved: whatever line the nomenclature's ranking read from its other words (간장 "soy
    # sauce" read as a car's name), unless the vocabulary named another good
    if roe is not None and _ROE_PREPARED.search(text) and (decision.product is None or code[:2] in ("03", "16")):
        return _as_roe(decision, roe.group(0), text)
    if code[:2] not in ("03", "16"):
        return decision
    words = query_words(text)
    if roe is not None and code[:4] == "1604":
        return _as_roe(decision, roe.group(0), text)
    coated, formed = _COATED.search(text), _FORMED.search(text)
    if code[:4] in _FISH and (coated or formed):
        if formed and not _PIECE.search(text):
            return _moved(decision, "160420", f"'{formed.group(0)}': fish in forms, prepared (16.04)")
        if coated:
            return _moved(decision, _fish_in_pieces(words), f"'{coated.group(0)}': fish coated, prepared (16.04)")
    if code[:4] in _SEAFOOD and (coated or formed):
        said = coated or formed
        assert said is not None
        kind = index().best({w: q for w, q in words.items() if w not in _STATE}, within="1605", own=True)
        if kind is not None and set(kind.words) - _STATE:
            return _moved(decision, kind.code, f"'{said.group(0)}': prepared (16.05)")
        return decision
    if code == "160420" and _PIECE.search(text) and not _MINCED.search(text) and not formed:
        return _moved(decision, _fish_in_pieces(words), "a fillet or cutlet is fish in pieces, not minced (1604.1x)")
    if code[:4] in ("0302", "0303") and (_KOREAN_FLESH.search(text) or _PIECE.search(text)):
        # minced meat is 03.04's "other" fish meat, not its fillets
        extra = ({**dict.fromkeys(english_tokens("minced"), 1.0), NEGATED + english_tokens("fillet")[0]: 1.0}
                 if _MINCED.search(text) else dict.fromkeys(english_tokens("fillet"), 1.0))
        sub = index().best({**words, **extra}, within="0304")
        if sub is not None:
            return _moved(decision, sub.code, "fish meat off the bone (살, fillet): fillets and other fish meat of 03.04")
    return decision
