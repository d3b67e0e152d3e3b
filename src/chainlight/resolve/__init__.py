"""Resolve: find a party however it is written — Hangul, Hanzi, every romanization — explained and fast.

    rendering.render_name   name -> Latin renderings of typed tokens (normalize, hangul, hanzi, vocab)
    keys.index_keys         a rendering -> the keys the index finds it by
    translation, kana       Korean and Chinese words by dictionary (CC-CEDICT, JMdict, Kiwi), katakana by UniDic
    derived                 the dictionaries' derived tables, kept on disk between runs
    written, abbreviations  names as documents write them: brackets, ship types, parent bodies, cut words
    scorers                 the registry of released scorers (match_v1 … match_v7), each frozen by a test
    index.NameIndex         blocking keys -> list names (numpy CSR postings, sub-linear candidate search)
    match_v7                the default scorer: match_v6 and a rule for names made only of vocabulary
    match_v6                match_v5's features and rules, weights fitted on unused data
    match_v5                features, fitted weights, rules, threshold, explanation
    readings                what each syllable of a Korean or Chinese name can be, in every romanization
    match_v4, match_v3      earlier scorers, kept importable and selectable (Matcher(..., scorer="match_v4"))
    match_v2                an earlier scorer, kept importable and selectable
    romanized               Korean and Chinese company words written out in Latin letters, by skeleton
    match_v1                the first scorer, kept importable and selectable (Matcher(..., scorer="match_v1"))
    merge.merge             the same body on several lists -> one resolved entity
    listed.ListedTable      the Matcher's compact watchlist (merged by the same rule, no Entity kept)
    packed.PackedStrings    names, ids and captions as one UTF-8 buffer once a list is built
    wade_giles              Wade–Giles romanization read as pinyin (Chiang Hsing-lung = Jiang Xinglong)
    Matcher                 all of the above over a watchlist
    cluster_parties         the user's parties grouped across scripts and legal forms
"""

from chainlight.resolve.matcher import Matcher, name_similarity
from chainlight.resolve.parties import cluster_parties
from chainlight.resolve.types import Match, PartyName, Query

__all__ = ["Match", "Matcher", "PartyName", "Query", "cluster_parties", "name_similarity"]
