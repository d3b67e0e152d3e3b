"""Columnar screen: shipments and listings from Parquet/Arrow, no Python object per record, on an engine
(chainlight.engine): DuckDB on one machine, or Spark, which runs the same SQL transpiled by sqlglot.

Python only sees what is DISTINCT: (name, country) mentions go to the resolver's `cluster_parties` through
`cluster_distinct`, (text, declared code) pairs to the classifier, resolved parties to the matcher (on
Spark both run on the executors, mapInPandas, the matcher loaded from the saved index) and the place/claim
rules, and distinct signal sets to `decide` (risk_v2).  Parties whose best counted list match is the same
entry are one party (score/same_entity.py).  Everything per record is SQL:

  * flows (party ids, category, HS heading, root mask) -> the mass-balance pass of trace/batch.py;
  * per record, the signals the risk model can see in bulk, each as a code "weight|strength|proof|kinds|
    share|evidence": the parties' own signals (list hits, North Korean/Xinjiang places, entity claims), KP
    origin and re-labelling, traced taint with its mass-balance share (tainted flow / tainted compatible
    input of a listing's party) and the camp claims it carries, camp claims on DPRK-rooted flows, hub priors
    on a party without visible inputs, upstream_clean, root_counterparty, other_goods_tainted, the DOL list
    and ships-from-KP;
  * declared suppliers (a short list, read as a table): each product a supplier declares ("false eyelashes;
    lash glue", 670419;350691) is judged on its own - the party's signals, the traced taint of its inputs
    usable for that product with its share, the priors, the DOL list - and the worst product counts
    (score/records.supplier);
  * declared links into a listing's seller or manufacturer, by rule declared_link_undated
    (score/declared.py): a root supplier is proof; tainted inputs and no dated shipment to the buyer ask
    for evidence (elevated, never proof); dated shipments that carry none of it give upstream_clean; a
    supplier without tainted inputs brings its priors; a declared supplier of the goods' heading is also a
    root_counterparty source;
  * priors stand in for invisible inputs on the party itself and on every party up to trace_max_depth legs
    upstream (through flows usable for the output) that has no usable input: breadth first, one join per
    leg (`prior_up`), for listings, shipments, supplier products, declared suppliers and parties;
  * party findings ("entity" rows, tier low and above): the party's own signals and, for each carried
    category it ships, the traced taint and priors of its inputs, and what the camps are reported to make
    when the party is a North Korean root (score/records.parties);
  * the record's score, tier and policies come from `decide` on its DISTINCT signal set (the same code
    that scores `screen`'s findings), joined back.

Records at tier `none` go to findings.csv as compact rows; records at `low` and above become Python
`Finding`s whose evidence lists the signals found (not the hop-by-hop chain of `screen`; `chainlight trace`
on the full path gives that).  On the demo (with its suppliers), the score scenario, the declared-link
scenarios and a generated world every listing, shipment, supplier and party gets the row screen's tier and
score (tests/score/test_batch_screen.py, test_score_declared_and_products.py).  Not the row screen's: the
hop-by-hop evidence and summaries, report.html, `trace_text`, the skipped/problem counts; a camp claim that
reaches a traced chain is read from the record's own product (the row screen reads the root leg's), and
the row screen's cap of 200 upstream parties per prior search is not applied.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Generator, Mapping, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from chainlight.engine import Engine
from chainlight.engine.duck import DuckEngine
from chainlight.engine.spark import SPARK_AS_IS
from chainlight.model.entity import Entity
from chainlight.model.evidence import Claim, Prior
from chainlight.model.finding import RECORD_ID, EvidenceStep, Finding
from chainlight.model.product import Classification, GoodRisk
from chainlight.report.direct_file import DirectFile
from chainlight.resolve.types import PartyName
from chainlight.score import findings_lines
from chainlight.score.chain import ROUNDING_TOLERANCE
from chainlight.score.match_cache import (
    ClusterCache,
    MatchCache,
    cluster_version,
    entities_digest,
    match_distinct,
    matcher_version,
    names_digest,
)
from chainlight.score.places import find_places, fold
from chainlight.score.policies import Policy
from chainlight.score.records import ROOT_KINDS
from chainlight.score.risk_v2 import RiskModel
from chainlight.score.same_entity import merged_matches, same_listed
from chainlight.score.signals import (
    Signal,
    camp_claim_signals,
    dol_signals,
    entity_claim_signals,
    list_hit_signals,
    location_signals,
    prior_signals,
    query_country,
)
from chainlight.score.stages import Evidence, ScreenSetup
from chainlight.score.verdict import Verdict, decide
from chainlight.settings import Settings
from chainlight.trace.batch import HS_NONE, KindCodes, compat_table, taint_pass
from chainlight.trace.graph import (
    ClassifierLike,
    ClusterFn,
    Party,
    cluster_distinct,
    merge_party,
    split_products,
)
from chainlight.trace.products import carried, feeds, heading, hs_feeds


@dataclass
class BatchResult:
    tiers: dict[str, tuple[str, str, float]]  # "shipment:ID" / "listing:ID" -> (type, tier, score); small runs
    findings: list[Finding]  # tier low and above, with their signals as evidence
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


def asked_at_least(matcher: Any) -> float:
    """The least score the batch asks the project's Matcher for: its threshold, less TIED (the tied-bodies
    rule of Matcher.match reads the bodies scoring within TIED of a first at the threshold).  The batch keeps
    only answers at the threshold (`m.match`), and those are the same asked so as asked with none: the bound
    leaves unscored only candidates that end under it, and every rule that reads another answer reads none
    under it (tests/score/test_batch_at_least.py).  0 (every candidate scored) for any other matcher, whose
    `match` may not take it."""
    from chainlight.resolve.matcher import TIED, Matcher

    return max(0.0, float(matcher.threshold) - TIED) if isinstance(matcher, Matcher) else 0.0


def _code(s: Signal) -> str:
    return f"{s.weight}|{s.strength:.6f}|{int(s.proof)}|{','.join(sorted(s.kinds))}|{s.share:.2f}"


# signals found by SQL for many records at once: (weight, kinds, proof, what a finding says of it); the row
# screen words the same signals from the record's own parties (score/signals.py, score/low_signals.py)
GENERIC_SIGNALS: dict[str, tuple[str, frozenset[str], bool, str]] = {
    "kp": ("dprk_location", frozenset({"dprk"}), True,
           "the shipment declares North Korean origin or was loaded at a North Korean port"),
    "relabel": ("relabelling", frozenset({"dprk"}), True,
                "its declared origin is another country while the shipper sits in North Korea: goods re-labelled"),
    "counterparty": ("root_counterparty", frozenset(), False,
                     "the goods come from a party that buys directly from a taint root: such goods are not made "
                     "from its inputs, but the supplier is exposed"),
    "clean": ("upstream_clean", frozenset(), False,
              "upstream visible and clean: no visible input carries a tainted input that can be in these goods"),
    "other": ("other_goods_tainted", frozenset(), False,
              "the seller took tainted inputs of other goods only: none of them can be in these goods, but it "
              "buys from a tainted chain"),
    "shipsfrom": ("dprk_location", frozenset({"dprk"}), True, "the listing ships from North Korea"),
}


def _generic(weight: str, kinds: frozenset[str], proof: bool, says: str) -> Signal:
    return Signal(weight, 1.0, [EvidenceStep("signal", _RID, weight, says)], kinds, proof=proof, headline=says)


def _signal(code: str, known: dict[str, Signal]) -> Signal:
    if code in known:
        return known[code]
    parts = code.split("|")
    template = "|".join([*parts[:4], _SHARE, *parts[5:]])
    if template in known:  # a camp claim reaching a traced chain: the claim's steps, the chain's share
        return replace(known[template], share=float(parts[4]))
    w, strength, proof, kinds, share = parts[:5]
    return Signal(w, float(strength), [], frozenset(filter(None, kinds.split(","))), proof=proof == "1",
                  share=float(share), headline=_plain(w, float(share)))


def _plain(weight: str, share: float) -> str:
    """What a finding says of a signal SQL computed (a traced chain, a declared supplier), in words."""
    if weight == "traced_taint":
        return (f"tainted inputs reach it through the shipments traced upstream (mass balance: up to {share:.0%} of "
                "its inputs can carry them)")
    if weight == "declared_supplier_tainted":
        return "a declared supplier of these goods is tainted, and no dated shipment between them rules it out"
    return weight


def _key(dialect: str, *values: str) -> str:
    """SQL for a 63-bit key of the values (SQL expressions; NULL is a value), the same for the same values
    within one engine: DuckDB's hash(), Spark's xxhash64 (its hash() has 32 bits).  The key stands for a
    distinct (name, country) or (text, code) in joins of records to the few distinct rows; the callers check
    that the distinct rows' keys are distinct and join by the values where they are not."""
    if dialect == "duckdb":
        return f"CAST(hash({', '.join(values)}) >> 1 AS BIGINT)"
    return f"xxhash64({', '.join(values)})"


def _rank_share(expr: str) -> str:
    """SQL of score/chain.rank_share: the share to 0.01 as text, at least 0.01; 1.00 when there is none."""
    return (f"CASE WHEN coalesce({expr}, 0) > 0 THEN printf('%.2f', CAST(greatest(floor(({expr}) * 100 + 0.5 + {ROUNDING_TOLERANCE}) / 100, "
            "0.01) AS DOUBLE)) ELSE '1.00' END")


class BatchScreener:
    def __init__(self, setup: ScreenSetup | None = None, *, engine: Engine | None = None,
                 con: duckdb.DuckDBPyConnection | None = None, workers: int = 2,
                 entities: Sequence[Entity] = (), claims: Sequence[Claim] = (), priors: Sequence[Prior] = (),
                 goods: Sequence[GoodRisk] = (), matcher: Any = None, classifier: ClassifierLike | None = None,
                 cluster: ClusterFn | None = None, settings: Settings | None = None,
                 policies: list[Policy] | None = None, model: RiskModel | None = None,
                 matcher_path: Path | None = None) -> None:
        """`setup`: evidence, stages, settings, model and policies in one bundle (score/stages.py); the
        keyword arguments build one when it is not given.  `engine`: where the SQL runs (chainlight.engine:
        DuckDB, the default, on `con`, or Spark)."""
        if setup is None:
            setup = ScreenSetup.build(Evidence(entities, claims, priors, goods), settings=settings, matcher=matcher,
                                      classifier=classifier, cluster=cluster, policies=policies, model=model,
                                      matcher_path=matcher_path)
        self.setup = setup
        self.entities = {e.id: e for e in setup.evidence.entities}
        self.claims, self.priors, self.goods = (list(setup.evidence.claims), list(setup.evidence.priors),
                                                list(setup.evidence.goods))
        self.matcher, self.classifier, self.cluster = setup.stages.matcher, setup.stages.classifier, setup.stages.cluster
        self.settings, self.policies, self.model = setup.settings, setup.policies, setup.model
        self.eng: Engine = engine if engine is not None else DuckEngine(con)
        # signal code -> the signal; the code ends in a number per distinct evidence, so that two parties'
        # list hits of the same strength stay two signals, each with its own entity and sources
        self.signals: dict[str, Signal] = {}
        self._evidence: dict[str, int] = {}
        self.codes = KindCodes()
        self.with_parties = True  # party findings (entity rows) too
        self.roots: dict[str, int] = {}  # taint roots among the parties: their kinds mask
        self.own: dict[str, list[Signal]] = {}  # each party's own signals
        self.workers = workers  # forked processes for the matcher (Matcher.match_many), from a few hundred parties
        self.prior_walk = "auto"  # the priors' upstream walk: from the smaller end, or "down" / "up" (tests)
        # list matches kept per matcher version across runs and engines (score/match_cache.py), or none
        self.match_cache: MatchCache | None = None
        self.cluster_cache: ClusterCache | None = None  # party clusterings kept whole, likewise
        # records join their mention and their text's class by a key (`_key`) where no two keys are the same
        self.name_keys = self.text_keys = False

    def keep_matches(self, con: duckdb.DuckDBPyConnection, lists: str | None = None) -> None:
        """Keep list matches in `con`'s `match_cache` table and reuse those kept there under this matcher's
        version, and the parties of a whole set of mentions in `cluster_cache` (score/match_cache.py); `lists`:
        the lists' digest where a store stamps them, else the entities' own."""
        clustering = cluster_version(self.cluster)  # the party ids of the same mentions, likewise
        if clustering is not None:
            self.cluster_cache = ClusterCache(con, clustering)
        if self.matcher is None:
            return
        version = matcher_version(self.matcher, lists or entities_digest(self.entities.values()))
        if version is not None:
            self.match_cache = MatchCache(con, version)

    # --- input ---
    def load(self, shipments: pa.Table | Path | None, listings: pa.Table | Path | None,
             suppliers: pa.Table | Path | None = None) -> None:
        """`ship`, `lst` and `sup` become views over the input (Parquet is read where a query needs it, not
        copied into memory), with the id and every column the screen reads present and typed."""
        for name, src, cols in (("ship", shipments, _SHIP_COLS), ("lst", listings, _LIST_COLS),
                                ("sup", suppliers, _SUP_COLS)):
            if src is None:
                self.eng.table(f"{name}_src", _EMPTY[name])
            elif isinstance(src, Path):
                self.eng.parquet(f"{name}_src", src)
            else:
                self.eng.table(f"{name}_src", src)
            have = {c.lower(): c for c in self.eng.columns(f"{name}_src")}
            typed = []
            for c in cols:  # optional columns may be absent; an all-empty one arrives typed by chance
                typ = "DOUBLE" if c in ("quantity", "weight_kg") else "VARCHAR"
                typed.append(f'CAST("{have[c]}" AS {typ}) AS {c}' if c in have else f"CAST(NULL AS {typ}) AS {c}")
            self.eng.run(f"CREATE OR REPLACE VIEW {name} AS SELECT {', '.join(typed)} FROM {name}_src")

    # --- distinct names -> parties ---
    def resolve(self) -> None:
        eng = self.eng
        # each column pair is aggregated to its distinct (name, country, address) rows with a count where it is
        # read; one aggregation of those few rows gives each mention's count (sum) and least address (min).
        # Before: every shipment's two mentions unioned and counted, then sorted again for min() of a string
        # (Spark hash-aggregates only fixed-width buffers) and joined back to the counts (1M user file with
        # addresses, the statement alone on Spark, warm: 8.3-12.7 -> 7.5-8.8 CPU s; docs/scale.md round 14)
        pairs = (("ship", "shipper_name", "shipper_country", "shipper_address"),
                 ("ship", "consignee_name", "consignee_country", "consignee_address"),
                 ("lst", "seller_name", "seller_country", "seller_address"), ("lst", "manufacturer_name", None, None),
                 ("sup", "name", "country", "address"), ("sup", "buyer_name", None, None))
        each = " UNION ALL ".join(
            f"SELECT {n} AS name, {c or 'CAST(NULL AS VARCHAR)'} AS country, {a or 'CAST(NULL AS VARCHAR)'} "
            f"AS address, count(*) AS n FROM {t} GROUP BY {', '.join(x for x in (n, c, a) if x)}"
            for t, n, c, a in pairs)
        eng.run(f"""CREATE OR REPLACE TABLE mention AS
            SELECT name, country, min(address) AS address, CAST(sum(n) AS BIGINT) AS n,
              {_key(eng.dialect, "name", "country")} AS mk
            FROM (SELECT trim(name) AS name, nullif(lower(trim(country)), '') AS country, address, n
                  FROM ({each}) x WHERE name IS NOT NULL AND trim(name) <> '') m
            GROUP BY name, country""")
        rows = eng.rows("SELECT name, country, address, n, mk FROM mention ORDER BY name, country NULLS FIRST")
        # records find their mention by its key, computed from the same values where they are read, not by a
        # join on the name and country strings; two mentions with one key (never seen) keep the strings
        self.name_keys = len({r[4] for r in rows}) == len(rows)
        mentions = [PartyName(f"m{i}", r[0], r[1], r[2]) for i, r in enumerate(rows)]
        ids = self._cluster(mentions)
        # SQL keys a party by an integer, given in the order of the party ids: every join, group and shuffle
        # by party moves and compares a long, not a string that begins "party:" for all of them, and an
        # ORDER BY party gives the order it gave by id (`party_ids` maps back: entity rows, names)
        self.party_ids: list[str] = sorted(set(ids.values()))
        self.key: dict[str, int] = {pid: k for k, pid in enumerate(self.party_ids)}
        eng.table("mention_party", pa.table({"name": pa.array([r[0] for r in rows], pa.string()),
                                             "country": pa.array([r[1] for r in rows], pa.string()),
                                             "pid": pa.array([self.key[ids[m.key]] for m in mentions], pa.int64()),
                                             "mk": pa.array([r[4] for r in rows], pa.int64())}))
        eng.table("party_id", pa.table({"pid": pa.array(range(len(self.party_ids)), pa.int64()),
                                        "party": pa.array(self.party_ids, pa.string())}))
        self.parties: dict[str, Party] = {}
        for m, r in zip(mentions, rows, strict=True):
            p = self.parties.setdefault(ids[m.key], Party(ids[m.key]))
            p.names[r[0]] += r[3]
            if r[1]:
                p.countries[r[1]] += r[3]
            if r[2] and r[2] not in p.addresses:
                p.addresses.append(r[2])

    def _cluster(self, mentions: list[PartyName]) -> dict[str, str]:
        """cluster_distinct, or the party ids kept for the very same mentions by an earlier screen."""
        cache = self.cluster_cache
        if cache is None:
            return cluster_distinct(mentions, self.cluster)
        digest = names_digest([(m.name, m.country, m.address) for m in mentions])
        kept = cache.get(digest)
        if kept is not None and len(kept) == len(mentions):
            return {m.key: pid for m, pid in zip(mentions, kept, strict=True)}
        ids = cluster_distinct(mentions, self.cluster)
        cache.put(digest, [ids[m.key] for m in mentions])
        return ids

    def _on_name(self, alias: str, name: str, country: str | None) -> str:
        """The join of a record's (name, country) column pair to its mention in `mention_party` (alias):
        by the mention's key where the keys are distinct, else by the strings.  `country` None: a mention
        without a country (manufacturers, buyers)."""
        n = f"trim({name})"
        c = "CAST(NULL AS VARCHAR)" if country is None else f"nullif(lower(trim({country})), '')"
        if self.name_keys:  # a record without a name has no key (the mentions leave empty names out)
            return f"{alias}.mk = CASE WHEN {n} <> '' THEN {_key(self.eng.dialect, n, c)} END"
        same = f"{alias}.country IS NULL" if country is None else f"{alias}.country IS NOT DISTINCT FROM {c}"
        return f"{alias}.name = {n} AND {same}"

    def _on_text(self, alias: str, text: str, hs: str | None) -> str:
        """The join of a record's (text, declared code) to its classification in `cls` (alias), likewise."""
        if self.text_keys:
            return f"{alias}.tk = {_key(self.eng.dialect, text, 'CAST(NULL AS VARCHAR)' if hs is None else hs)}"
        same = f"{alias}.hs IS NULL" if hs is None else f"{alias}.hs IS NOT DISTINCT FROM {hs}"
        return f"{alias}.text = {text} AND {same}"

    # --- distinct texts -> categories ---
    def classify(self) -> None:
        eng = self.eng
        # each product a supplier declares (trace/graph.supplier_products); supplier lists are short
        prods = [(sid, i, text, hs) for sid, products, codes in eng.rows(
                     "SELECT supplier_id, products, hs_codes FROM sup WHERE supplier_id IS NOT NULL "
                     "ORDER BY supplier_id, products, hs_codes")
                 for i, (text, hs) in enumerate(split_products(products, codes))]
        self._table("sup_prod", ["supplier_id", "i", "text", "hs"], prods,
                    types=[pa.string(), pa.int64(), pa.string(), pa.string()])
        eng.run(f"""CREATE OR REPLACE TABLE texts AS SELECT text, hs, {_key(eng.dialect, "text", "hs")} AS tk FROM (
            SELECT DISTINCT coalesce(description, '') AS text, hs_code AS hs FROM ship
            UNION SELECT DISTINCT concat_ws(' ', nullif(title, ''), nullif(category, ''), nullif(description, ''))
                AS text, NULL AS hs FROM lst
            UNION SELECT DISTINCT text, hs FROM sup_prod) x""")
        rows = eng.rows("SELECT text, hs, tk FROM texts ORDER BY text, hs NULLS FIRST")
        self.text_keys = len({r[2] for r in rows}) == len(rows)  # as the mentions' keys
        items = [(f"t{i}", t, h) for i, (t, h, _) in enumerate(rows)]
        spread = getattr(eng, "classify_many", None)  # Spark: on the executors, a batch at a time
        out = spread(items, self.classifier) if spread is not None else self.classifier.classify_many(items)
        self.classes: dict[str, Classification] = {c.id: c for c in out}
        cols = {"text": [r[0] for r in rows], "hs": [r[1] for r in rows], "tid": [c.id for c in out],
                "cat": [c.risk_category for c in out], "hs6": [c.hs6 or "" for c in out],
                "head": [heading(c.hs6) or HS_NONE for c in out]}
        data = {k: pa.array(v, pa.string()) for k, v in cols.items()}
        eng.table("cls", pa.table({**data, "tk": pa.array([r[2] for r in rows], pa.int64())}))

    # --- parties' own signals and roots ---
    def party_signals(self) -> None:
        rows: list[tuple[int, str, bool]] = []
        roots: dict[str, int] = self.roots
        all_matches = self._match_all()
        into = same_listed(self.parties, all_matches, self.entities, self.model.limit("conflict_drop_below"))
        if into:  # parties on the same listed entity become one node (score/same_entity.py)
            for old, new in into.items():
                merge_party(self.parties[new], self.parties.pop(old))
            all_matches = merged_matches(all_matches, into)
            self._table("party_into", ["old", "new"], sorted((self.key[a], self.key[b]) for a, b in into.items()),
                        types=[pa.int64(), pa.int64()])
            self.eng.run("""CREATE OR REPLACE TABLE mention_party AS SELECT m.name, m.country,
                coalesce(i.new, m.pid) AS pid, m.mk FROM mention_party m LEFT JOIN party_into i ON i.old = m.pid""")
        for pid, party in self.parties.items():
            matches = all_matches.get(pid, [])
            sigs = (list_hit_signals(party, matches, self.entities, self.model.weight("country_conflict"),
                                     self.model.limit("conflict_drop_below"))
                    + location_signals(party) + entity_claim_signals(party.name, matches, self.claims))
            strong = [s for s in sigs if s.proof and s.kinds & ROOT_KINDS
                      and self.model.weight(s.weight) * s.strength >= self.model.limit("presumption_min")]
            if strong:
                roots[pid] = self.codes.mask(frozenset().union(*(s.kinds & ROOT_KINDS for s in strong)))
            self.own[pid] = sigs
            for s in sigs:
                rows.append((self.key[pid], self._keep(s), s.weight == "dprk_location"))
        self.eng.table("party_sig", pa.table({"pid": [r[0] for r in rows], "sig": [r[1] for r in rows],
                                              "dprk_loc": [r[2] for r in rows]},
                                             schema=pa.schema([("pid", pa.int64()), ("sig", pa.string()),
                                                               ("dprk_loc", pa.bool_())])))
        self.eng.table("party_root", pa.table({"pid": [self.key[p] for p in roots], "mask": list(roots.values())},
                                              schema=pa.schema([("pid", pa.int64()), ("mask", pa.int64())])))

    def _match_all(self) -> dict[str, list[Any]]:
        """Each party's list matches: its three most used names as queries, all parties in one batch so that
        the matcher can spread them over forked processes (Matcher.match_many)."""
        if self.matcher is None:
            return {}
        from chainlight.resolve.types import Query

        queries: list[Query] = []
        for party in self.parties.values():
            for i, (name, _) in enumerate(party.names.most_common(3)):
                queries.append(Query(f"{party.id}#{i}", name, None, query_country(party),
                                     address=party.addresses[0] if party.addresses else None))
        spread = getattr(self.eng, "match_many", None)  # Spark: on the executors, from the saved index
        many = getattr(self.matcher, "match_many", None)
        # only matches at the threshold are kept (below): asked so, the matcher's bound leaves the rest unscored
        at_least = asked_at_least(self.matcher)
        least: dict[str, float] = {"at_least": at_least} if at_least else {}

        def answer(todo: list[Query]) -> list[list[Any]]:
            if spread is not None:
                return list(spread(todo, 3, self.matcher, self.setup.stages.matcher_path, **least))
            if many is not None:
                return list(many(todo, 3, workers=self.workers, **least))
            return [self.matcher.match(q, 3, **least) for q in todo]

        # each distinct query once, and none the cache (score/match_cache.py) already holds an answer to
        found = match_distinct(queries, 3, answer, self.match_cache, at_least)
        best: dict[str, dict[str, Any]] = {}
        for q, ms in zip(queries, found, strict=True):
            mine = best.setdefault(q.id.rsplit("#", 1)[0], {})
            for m in ms:
                if m.match and (m.entity_id not in mine or m.score > mine[m.entity_id].score):
                    mine[m.entity_id] = m
        return {pid: sorted(ms.values(), key=lambda m: -m.score) for pid, ms in best.items()}

    def _keep(self, s: Signal, template: bool = False) -> str:
        """The signal's code; `template`: with the share left as a placeholder that SQL fills in."""
        told = repr((s.headline, s.steps))
        code = f"{_code(s)}|{self._evidence.setdefault(told, len(self._evidence))}"
        if template:
            parts = code.split("|")
            code = "|".join([*parts[:4], _SHARE, *parts[5:]])
        self.signals.setdefault(code, s)
        return code

    # --- flows and the taint pass ---
    def trace(self) -> None:
        eng = self.eng
        ports = [r[0] for r in eng.rows("SELECT DISTINCT port_of_lading FROM ship WHERE port_of_lading IS NOT NULL")
                 if find_places("dprk", r[0])]
        eng.table("kp_ports", pa.table({"port": pa.array(ports, pa.string())}))
        dprk = self.codes.mask({"dprk"})
        eng.run(f"""CREATE OR REPLACE TABLE srec AS
            SELECT s.shipment_id AS id, try_cast(s.date AS DATE) AS day, s.weight_kg::DOUBLE AS kg,
                   a.pid AS source, b.pid AS target, c.cat, c.hs6, c.head,
                   lower(trim(coalesce(s.origin_country, ''))) AS origin,
                   lower(trim(coalesce(nullif(trim(s.origin_country), ''), s.shipper_country, ''))) AS dol_country,
                   (lower(trim(coalesce(s.origin_country, ''))) = 'kp'
                    OR s.port_of_lading IN (SELECT port FROM kp_ports)) AS kp_origin,
                   (s.weight_kg < 0 OR s.quantity::DOUBLE < 0) AS negative
            FROM ship s
            LEFT JOIN mention_party a ON {self._on_name("a", "s.shipper_name", "s.shipper_country")}
            LEFT JOIN mention_party b ON {self._on_name("b", "s.consignee_name", "s.consignee_country")}
            LEFT JOIN cls c ON {self._on_text("c", "coalesce(s.description, '')", "s.hs_code")}""")
        eng.run(f"""CREATE OR REPLACE TABLE flows AS
            SELECT r.id, r.source, r.target, r.day, r.kg, r.cat AS category, r.head AS hs, r.hs6,
                   coalesce(pr.mask, 0) | (CASE WHEN r.kp_origin THEN {dprk} ELSE 0 END) AS root_kinds
            FROM srec r LEFT JOIN party_root pr ON pr.pid = r.source
            WHERE r.day IS NOT NULL AND NOT coalesce(r.negative, false) AND r.source IS NOT NULL
              AND r.target IS NOT NULL AND r.source <> r.target""")
        s = self.settings
        taint_pass(eng, s.processing_lag_days, s.trace_window_days, s.trace_max_depth, int_parties=True)

    # --- per-record signals, scores and tiers ---
    def score(self) -> None:
        eng = self.eng
        dprk = self.codes.mask({"dprk"})
        self._table("carried_cat", ["cat"], [(c,) for c in sorted(r[0] for r in eng.rows(
            "SELECT DISTINCT cat FROM cls")) if carried(c)])
        self._records()
        w = self._side_tables()
        self._prior_reach()
        self._declared(w)
        # shipments: shipper's signals, origin, taint or priors, camp claims, root counterparty, DOL.  A table:
        # `_decide` reads it twice (its distinct signals, then each record's list of them), and as a view Spark
        # computed its nine branches over the million records and flows once for each (docs/scale.md, round 21b)
        eng.run(f"""CREATE OR REPLACE TABLE ssig AS
            SELECT r.id, ps.sig FROM srec r JOIN party_sig ps ON ps.pid = r.source
            UNION ALL SELECT id, '{w["kp"]}' FROM srec WHERE kp_origin
            UNION ALL SELECT r.id, '{w["relabel"]}' FROM srec r WHERE r.origin NOT IN ('', 'kp')
                AND r.source IN (SELECT pid FROM party_sig WHERE dprk_loc)
            UNION ALL SELECT f.id, cc.sig FROM flows f JOIN camp_sig cc
                ON cc.cat = f.category AND cc.hs6 = f.hs6 WHERE f.root_kinds & {dprk} <> 0
            UNION ALL SELECT f.id, '{w["taint"]}' || t.kinds || '@' || {_rank_share("t.share")} FROM flows f
                JOIN taint t USING (id) JOIN carried_cat k ON k.cat = f.category WHERE f.root_kinds = 0
            UNION ALL SELECT f.id, replace(cc.tmpl, '{_SHARE}', {_rank_share("t.share")}) FROM flows f
                JOIN taint t USING (id) JOIN carried_cat k ON k.cat = f.category
                JOIN camp_sig cc ON cc.cat = f.category AND cc.hs6 = f.hs6
                WHERE f.root_kinds = 0 AND t.kinds & {dprk} <> 0
            UNION ALL SELECT f.id, p.sig FROM flows f JOIN prior_up p
                ON p.pid = f.source AND p.cat = f.category AND p.head = f.hs WHERE f.root_kinds & {dprk} = 0
            UNION ALL SELECT r.id, '{w["counterparty"]}' FROM srec r JOIN fed_by_root fr ON fr.pid = r.source
                WHERE r.cat NOT IN (SELECT cat FROM carried_cat) AND r.source NOT IN (SELECT pid FROM party_root)
            UNION ALL SELECT r.id, d.sig FROM srec r JOIN dol_sig d ON d.cat = r.cat AND d.country = r.dol_country""")
        self._decide("ssig", "srec", "shipment")
        self._score_listings(w)
        self._score_suppliers(w)
        if self.with_parties:
            self._score_parties()

    def _records(self) -> None:
        """Each listing, supplier product and declared link with its parties and classification."""
        eng = self.eng
        self._table("party_country", ["pid", "country"],
                    [(self.key[pid], p.country) for pid, p in self.parties.items() if p.country],
                    types=[pa.int64(), pa.string()])
        text = "concat_ws(' ', nullif(l.title, ''), nullif(l.category, ''), nullif(l.description, ''))"
        eng.run(f"""CREATE OR REPLACE TABLE lrec AS
            SELECT l.listing_id AS id, c.cat, c.hs6, c.head, a.pid AS seller, m.pid AS maker,
                   coalesce(sp.country, lower(trim(nullif(l.ships_from, '')))) AS dol_country,
                   lower(trim(coalesce(l.ships_from, ''))) AS ships_from
            FROM lst l
            LEFT JOIN mention_party a ON {self._on_name("a", "l.seller_name", "l.seller_country")}
            LEFT JOIN mention_party m ON {self._on_name("m", "l.manufacturer_name", None)}
            LEFT JOIN party_country sp ON sp.pid = a.pid
            LEFT JOIN cls c ON {self._on_text("c", text, None)}""")
        eng.run("""CREATE OR REPLACE TABLE lparty AS SELECT DISTINCT id, pid, cat, hs6, head FROM (
            SELECT id, seller AS pid, cat, hs6, head FROM lrec UNION ALL SELECT id, maker, cat, hs6, head FROM lrec)
            WHERE pid IS NOT NULL""")
        eng.run(f"""CREATE OR REPLACE TABLE sup_rec AS
            SELECT concat(sp.supplier_id, '#', CAST(sp.i AS VARCHAR)) AS id, sp.supplier_id, sp.i, a.pid, c.cat,
                   c.hs6, c.head, nullif(lower(trim(s.country)), '') AS dol_country
            FROM sup_prod sp JOIN sup s ON s.supplier_id = sp.supplier_id
            LEFT JOIN mention_party a ON {self._on_name("a", "s.name", "s.country")}
            LEFT JOIN cls c ON {self._on_text("c", "sp.text", "sp.hs")}""")
        # declared links (trace/graph.DeclaredLink): supplier -> buyer, without dates or weights
        eng.run(f"""CREATE OR REPLACE TABLE dlink AS SELECT DISTINCT s.supplier_id, a.pid AS source, b.pid AS target
            FROM sup s JOIN mention_party a ON {self._on_name("a", "s.name", "s.country")}
            JOIN mention_party b ON {self._on_name("b", "s.buyer_name", None)}""")
        # which (category, HS-6) of a buyer's goods each link can be about: its declared categories feed the
        # category, its declared codes the HS code (score/records._declared)
        cats: dict[str, set[str]] = {}
        for sid, cat in eng.rows("SELECT supplier_id, cat FROM sup_rec WHERE cat IS NOT NULL"):
            if cat != "unknown":
                cats.setdefault(sid, set()).add(cat)
        codes = {sid: [c.strip() for c in (hs or "").replace(",", ";").split(";") if c.strip()]
                 for sid, hs in eng.rows("SELECT supplier_id, hs_codes FROM sup WHERE supplier_id IS NOT NULL")}
        goods = eng.rows("SELECT DISTINCT cat, hs6 FROM lparty WHERE cat IS NOT NULL")
        ok = [(sid, cat, hs6 or "") for (sid,) in eng.rows("SELECT DISTINCT supplier_id FROM dlink")
              for cat, hs6 in goods
              if (not cats.get(sid) or any(feeds(c, cat) for c in cats[sid]))
              and (not codes.get(sid) or not hs6 or any(hs_feeds(c, hs6) for c in codes[sid]))]
        self._table("dlink_ok", ["supplier_id", "cat", "hs6"], sorted(set(ok)))
        self._table("dlink_head", ["supplier_id", "head"],
                    sorted({(sid, h) for sid, cs in codes.items() for c in cs if (h := heading(c))}))
        eng.run("""CREATE OR REPLACE TABLE ldecl AS SELECT lp.id, lp.pid, lp.cat, lp.hs6, lp.head, d.supplier_id,
                   d.source FROM lparty lp JOIN dlink d ON d.target = lp.pid
            JOIN dlink_ok k ON k.supplier_id = d.supplier_id AND k.cat = lp.cat AND k.hs6 = coalesce(lp.hs6, '')""")
        # the goods each party ships (its party finding is judged on each carried category)
        eng.run("""CREATE OR REPLACE TABLE pout AS SELECT DISTINCT f.source AS pid, f.category AS cat
            FROM flows f JOIN carried_cat k ON k.cat = f.category""")

    def _score_listings(self, w: dict[str, str]) -> None:
        eng = self.eng
        kp_from = [r[0] for r in eng.rows("SELECT DISTINCT ships_from FROM lrec WHERE ships_from <> ''")
                   if r[0] == "kp" or find_places("dprk", r[0])]
        self._table("kp_from", ["v"], [(k,) for k in kp_from])
        eng.run("""CREATE OR REPLACE TABLE linputs AS  -- compatible inputs of each listing party
            SELECT lp.id, lp.pid, f.id AS fid, f.source, f.kg FROM lparty lp JOIN flows f ON f.target = lp.pid
            JOIN compat_all c ON c.in_cat = f.category AND c.in_hs = f.hs AND c.out_cat = lp.cat
                 AND c.out_hs = lp.head""")
        eng.run(f"""CREATE OR REPLACE TABLE ltaint AS  -- traced taint of each listing party, its share
            SELECT i.id, i.pid, bit_or(t.kinds) AS kinds, {_rank_share(
                    "sum(CASE WHEN t.id IS NOT NULL THEN i.kg * t.share ELSE 0 END) / nullif(sum(i.kg), 0)")} AS share
                FROM linputs i LEFT JOIN taint t ON t.id = i.fid
                JOIN lparty lp ON lp.id = i.id AND lp.pid = i.pid
                WHERE lp.cat IN (SELECT cat FROM carried_cat) AND lp.pid NOT IN (SELECT pid FROM party_root)
                GROUP BY i.id, i.pid HAVING count(t.id) > 0""")
        # lsig0 -> lsig1 -> lsig stay three tables: as one view (the weak signals kept by flags over each
        # listing's rows, a window, instead of NOT EXISTS over lsig0 and lsig1) the listings' statements took
        # 15 % more on Spark beside the three tables, side by side at 1M, though DuckDB's fell (docs/scale.md,
        # round 16); each of the three is read twice by the next (a NOT EXISTS and the union)
        eng.run(f"""CREATE OR REPLACE TABLE lsig0 AS
            SELECT lp.id, ps.sig FROM lparty lp JOIN party_sig ps USING (pid)
            UNION ALL SELECT id, '{w["taint"]}' || kinds || '@' || share FROM ltaint
            UNION ALL SELECT lt.id, replace(cc.tmpl, '{_SHARE}', lt.share) FROM ltaint lt
                JOIN lparty lp ON lp.id = lt.id AND lp.pid = lt.pid JOIN camp_sig cc ON cc.cat = lp.cat
                AND cc.hs6 = lp.hs6 WHERE lt.kinds & {self.codes.mask({'dprk'})} <> 0
            UNION ALL SELECT lp.id, p.sig FROM lparty lp JOIN prior_up p ON p.pid = lp.pid AND p.cat = lp.cat
                AND p.head = lp.head
            UNION ALL SELECT id, sig FROM ldecl_sig
            UNION ALL SELECT id, d.sig FROM lrec JOIN dol_sig d ON d.cat = lrec.cat AND d.country = lrec.dol_country
            UNION ALL SELECT id, '{w["shipsfrom"]}' FROM lrec WHERE ships_from IN (SELECT v FROM kp_from)""")
        # why `low` and not `none` when nothing stronger was found (score/low_signals.py)
        eng.run(f"""CREATE OR REPLACE TABLE lsig1 AS SELECT * FROM lsig0 UNION ALL
            SELECT DISTINCT i.id, '{w["clean"]}' FROM linputs i JOIN lrec r USING (id)
            WHERE r.cat IN (SELECT cat FROM carried_cat) AND NOT EXISTS (SELECT 1 FROM lsig0 x WHERE x.id = i.id
                AND (x.sig LIKE 'traced_taint|%' OR x.sig LIKE 'prior|%' OR x.sig LIKE 'declared_supplier_tainted|%'))
            UNION ALL
            SELECT DISTINCT q.id, '{w["counterparty"]}' FROM (
                SELECT id, pid AS q FROM lparty WHERE head <> ''
                UNION ALL SELECT lp.id, f.source FROM lparty lp JOIN flows f ON f.target = lp.pid AND f.hs = lp.head
                WHERE lp.head <> ''
                UNION ALL SELECT lp.id, d.source FROM lparty lp JOIN dlink d ON d.target = lp.pid
                JOIN dlink_head h ON h.supplier_id = d.supplier_id AND h.head = lp.head WHERE lp.head <> '') q
            JOIN lrec r USING (id) JOIN fed_by_root fr ON fr.pid = q.q
            WHERE r.cat NOT IN (SELECT cat FROM carried_cat) AND q.q NOT IN (SELECT pid FROM party_root)""")
        # a risk good whose seller took tainted inputs of other goods only (low_signals.other_goods_tainted)
        eng.run(f"""CREATE OR REPLACE TABLE lsig AS SELECT * FROM lsig1 UNION ALL
            SELECT DISTINCT lp.id, '{w["other"]}' FROM lparty lp JOIN lrec r ON r.id = lp.id
            JOIN flows f ON f.target = lp.pid JOIN taint t ON t.id = f.id
            WHERE r.cat IN (SELECT cat FROM carried_cat)
              AND NOT EXISTS (SELECT 1 FROM compat_all c WHERE c.in_cat = f.category AND c.in_hs = f.hs
                              AND c.out_cat = lp.cat AND c.out_hs = lp.head)
              AND NOT EXISTS (SELECT 1 FROM lsig1 x WHERE x.id = lp.id AND (x.sig LIKE 'traced_taint|%'
                  OR x.sig LIKE 'prior|%' OR x.sig LIKE 'declared_supplier_tainted|%' OR x.sig LIKE 'upstream_clean|%'))
            UNION ALL SELECT id, sig FROM ldecl_clean""")
        self._decide("lsig", "lrec", "listing")

    def _side_tables(self) -> dict[str, str]:
        eng = self.eng
        cats = sorted(r[0] for r in eng.rows("SELECT DISTINCT cat FROM cls"))
        camp, dol, prior = [], [], []
        for c in self.classes.values():
            for s in camp_claim_signals("", c.risk_category, c.hs6, self.claims):
                camp.append((c.risk_category, c.hs6 or "", self._keep(s), self._keep(s, template=True)))
        countries = {p.country for p in self.parties.values() if p.country}
        countries |= {r[0] for r in eng.rows("SELECT DISTINCT dol_country FROM srec") if r[0]}
        countries |= {r[0] for r in eng.rows(
            "SELECT DISTINCT lower(trim(ships_from)) FROM lst WHERE ships_from IS NOT NULL") if r[0]}
        countries |= {r[0] for r in eng.rows("SELECT DISTINCT dol_country FROM sup_rec") if r[0]}
        for c in cats:
            for k in sorted(countries):
                dol += [(c, k, self._keep(s)) for s in dol_signals("", c, k, self.goods)]
        carried_cats = [c for c in cats if carried(c)]
        places = [(p, [fold(place) for place in p.places]) for p in self.priors]
        for pid, party in self.parties.items():
            # prior_signals on the priors that can match this party in any category: its country and one of
            # their places in its folded names and addresses (score/signals.prior_matches), so that a party's
            # texts are folded once, not once a prior and category; the same signals in the same order
            texts = [fold(t) for t in [*party.addresses, *party.names]] if carried_cats else []
            near = [p for p, folded in places if (not party.country or party.country == p.country.lower())
                    and any(f in t for f in folded for t in texts)]
            if not near:
                continue
            for c in carried_cats:
                prior += [(self.key[pid], c, self._keep(s)) for s in prior_signals(pid, party, c, near)]
        self._table("camp_sig", ["cat", "hs6", "sig", "tmpl"], sorted(set(camp)))
        self._table("dol_sig", ["cat", "country", "sig"], sorted(set(dol)))
        self._table("party_prior", ["pid", "cat", "sig"], sorted(set(prior)), types=[pa.int64(), pa.string(), pa.string()])
        # a prior stands in only where the party has no visible input usable for the output (a view, read by
        # flows_prior only; the lanes below are the flows' own (category, hs), which are the inputs' lanes)
        eng.run("""CREATE OR REPLACE VIEW inlanes AS SELECT DISTINCT target AS pid, category AS in_cat,
            hs AS in_hs FROM flows""")
        lanes = [tuple(r) for r in eng.rows("SELECT DISTINCT cat, head FROM srec UNION SELECT DISTINCT category, "
                                            "hs FROM flows UNION SELECT DISTINCT cat, head FROM cls UNION "
                                            "SELECT DISTINCT cat, '' FROM cls")]
        eng.table("compat_all", compat_table(lanes, lanes))
        eng.run("""CREATE OR REPLACE TABLE flows_prior AS SELECT p.pid, p.cat, h.head, p.sig
            FROM party_prior p JOIN (SELECT DISTINCT cat, head FROM cls UNION SELECT DISTINCT cat, '' FROM cls) h
                 ON h.cat = p.cat
            WHERE p.pid NOT IN (SELECT pid FROM party_root) AND NOT EXISTS (SELECT 1 FROM inlanes i JOIN compat_all c ON c.in_cat = i.in_cat AND c.in_hs = i.in_hs
                              WHERE i.pid = p.pid AND c.out_cat = p.cat AND c.out_hs = h.head)""")
        eng.run("""CREATE OR REPLACE TABLE fed_by_root AS SELECT DISTINCT f.target AS pid FROM flows f
            JOIN party_root r ON r.pid = f.source""")
        # the signals SQL finds for many records at once, each with the plain words a summary leads with and a
        # step naming the record (the row screen words them from the record's own parties; these cannot)
        weight = {k: _generic(*v) for k, v in GENERIC_SIGNALS.items()}
        out = {k: self._keep(s) for k, s in weight.items()}
        out["taint"] = "traced_taint|1.000000|1|#"  # kinds mask and '@' share appended, decoded in _decide
        out["undated"] = "declared_supplier_tainted|1.000000|0|#"  # kinds mask appended, decoded in _decide
        return out

    def _prior_reach(self) -> None:
        """`prior_up` (pid, cat, head, sig): the priors that stand in for invisible inputs of a party's output
        of (category, HS heading): on the party itself when it has no usable input, and on every party
        upstream of it, up to trace_max_depth legs through flows usable for that output, that has none
        (score/chain.upstream_sources_without_inputs).

        The pairs (party, upstream party) of a lane are walked breadth first, one join per leg, from the
        smaller end: down from the parties that hold such a prior (`flows_prior`, usually few: none at all
        in a world without priors) or up from the parties whose output is asked about (`plane`).  Both give
        the same pairs, those joined by a path of at most trace_max_depth usable flows; the walk up from
        every listing's party visits most of the graph (7.8M pairs at 1M shipments)."""
        eng = self.eng
        eng.run("""CREATE OR REPLACE TABLE plane AS SELECT DISTINCT pid, cat, head FROM (
            SELECT pid, cat, coalesce(head, '') AS head FROM lparty
            UNION ALL SELECT source, cat, head FROM srec WHERE source IS NOT NULL
            UNION ALL SELECT pid, cat, '' FROM sup_rec WHERE pid IS NOT NULL
            UNION ALL SELECT pid, cat, '' FROM pout
            UNION ALL SELECT source, cat, coalesce(head, '') FROM ldecl) x
            WHERE cat IN (SELECT cat FROM carried_cat)""")
        # the holders of a prior, on the lanes asked about
        eng.run("""CREATE OR REPLACE TABLE prior_seed AS SELECT DISTINCT p.pid, p.cat, p.head FROM flows_prior p
            JOIN (SELECT DISTINCT cat, head FROM plane) l ON l.cat = p.cat AND l.head = p.head""")
        seeds = int(eng.rows("SELECT count(*) FROM prior_seed")[0][0])
        if seeds == 0:
            eng.run("CREATE OR REPLACE TABLE prior_up AS SELECT pid, cat, head, sig FROM flows_prior WHERE 1 = 0")
            return
        if self.prior_walk == "auto":
            down = seeds <= int(eng.rows("SELECT count(*) FROM plane")[0][0])
        else:
            down = self.prior_walk == "down"
        # reach (pid, cat, head, up): `walk` is the end the walk starts from, `far` the end it moves
        start, walk, far, near, step = (("prior_seed", "up", "pid", "source", "target") if down else
                                        ("plane", "pid", "up", "target", "source"))
        eng.run(f"CREATE OR REPLACE TABLE reach AS SELECT pid, cat, head, pid AS up FROM {start}")
        eng.run("CREATE OR REPLACE TABLE reach_new AS SELECT pid, cat, head, up FROM reach")
        for _ in range(self.settings.trace_max_depth):
            cols = f"f.{step} AS pid, r.cat, r.head, r.up" if down else f"r.pid, r.cat, r.head, f.{step} AS up"
            eng.run(f"""CREATE OR REPLACE TABLE reach_next AS SELECT DISTINCT {cols}
                FROM reach_new r JOIN flows f ON f.{near} = r.{far}
                JOIN compat_all c ON c.in_cat = f.category AND c.in_hs = f.hs AND c.out_cat = r.cat
                     AND c.out_hs = r.head
                WHERE NOT EXISTS (SELECT 1 FROM reach s WHERE s.{walk} = r.{walk} AND s.cat = r.cat
                                  AND s.head = r.head AND s.{far} = f.{step})""")
            if not eng.rows("SELECT count(*) FROM reach_next")[0][0]:
                break
            eng.run("CREATE OR REPLACE TABLE reach_new AS SELECT * FROM reach_next")
            eng.run("CREATE OR REPLACE TABLE reach AS SELECT * FROM reach UNION ALL SELECT * FROM reach_new")
        eng.run("""CREATE OR REPLACE TABLE prior_up AS SELECT DISTINCT r.pid, r.cat, r.head, p.sig FROM reach r
            JOIN plane q ON q.pid = r.pid AND q.cat = r.cat AND q.head = r.head
            JOIN flows_prior p ON p.pid = r.up AND p.cat = r.cat AND p.head = r.head""")

    def _declared(self, w: dict[str, str]) -> None:
        """Declared links into a listing's parties, judged by rule declared_link_undated (score/declared.py):
        `ldecl_sig` (a root supplier: proof; tainted inputs and no dated shipment to the buyer: elevated;
        nothing tainted: the supplier's priors) and `ldecl_clean` (dated shipments carry none of it)."""
        eng = self.eng
        rows = []
        for sid, skey, tkey in eng.rows(
                "SELECT DISTINCT supplier_id, source, target FROM dlink ORDER BY supplier_id, source, target"):
            source, target = self.party_ids[skey], self.party_ids[tkey]
            if source in self.roots:
                src, dst = self.parties[source], self.parties[target]
                step = EvidenceStep("signal", dst.name, src.name,
                                    f"{src.name} is a declared supplier (supplier {sid})", 1.0, [f"supplier:{sid}"])
                sig = Signal("declared_supplier_tainted", 1.0,
                             [step, *(st for s in self.own.get(source, []) for st in s.steps)],
                             self.codes.kinds(self.roots[source]))
                rows.append((sid, self._keep(sig)))
        self._table("dlink_root", ["supplier_id", "sig"], rows)
        eng.run(f"""CREATE OR REPLACE TABLE dtin AS SELECT d.id, d.supplier_id, bit_or(t.kinds) AS kinds
            FROM ldecl d JOIN flows f ON f.target = d.source JOIN taint t ON t.id = f.id
            JOIN compat_all c ON c.in_cat = f.category AND c.in_hs = f.hs AND c.out_cat = d.cat
                 AND c.out_hs = coalesce(d.head, '')
            WHERE d.source NOT IN (SELECT pid FROM party_root) AND t.depth + 1 <= {int(self.settings.trace_max_depth)}
            GROUP BY d.id, d.supplier_id""")
        eng.run("""CREATE OR REPLACE TABLE ddated AS SELECT d.id, d.supplier_id, count(*) AS n,
                   count(t.id) AS tainted
            FROM ldecl d JOIN flows f ON f.source = d.source AND f.target = d.pid
            JOIN compat_all c ON c.in_cat = f.category AND c.in_hs = f.hs AND c.out_cat = d.cat
                 AND c.out_hs = coalesce(d.head, '')
            LEFT JOIN taint t ON t.id = f.id GROUP BY d.id, d.supplier_id""")
        eng.run(f"""CREATE OR REPLACE VIEW ldecl_sig AS
            SELECT d.id, r.sig FROM ldecl d JOIN dlink_root r ON r.supplier_id = d.supplier_id
            UNION ALL SELECT t.id, concat('{w["undated"]}', CAST(t.kinds AS VARCHAR)) FROM dtin t
                LEFT JOIN ddated x ON x.id = t.id AND x.supplier_id = t.supplier_id WHERE x.id IS NULL
            UNION ALL SELECT d.id, p.sig FROM ldecl d JOIN prior_up p ON p.pid = d.source AND p.cat = d.cat
                AND p.head = coalesce(d.head, '')
                WHERE d.source NOT IN (SELECT pid FROM party_root) AND NOT EXISTS (
                    SELECT 1 FROM dtin t WHERE t.id = d.id AND t.supplier_id = d.supplier_id)""")
        eng.run(f"""CREATE OR REPLACE VIEW ldecl_clean AS SELECT DISTINCT t.id, '{w["clean"]}' AS sig FROM dtin t
            JOIN ddated x ON x.id = t.id AND x.supplier_id = t.supplier_id WHERE x.tainted = 0""")

    def _chain_sql(self, lanes: str, out: str) -> None:
        """`out` (key, pid, cat, kinds, share): traced taint into each party's output of (cat, head) of `lanes`
        (key, pid, cat, head), with its mass-balance share (score/chain.chain_signals), as for listings."""
        self.eng.run(f"""CREATE OR REPLACE TABLE {out} AS
            SELECT q.key, q.pid, q.cat, bit_or(t.kinds) AS kinds, {_rank_share(
                "sum(CASE WHEN t.id IS NOT NULL THEN f.kg * t.share ELSE 0 END) / nullif(sum(f.kg), 0)")} AS share
            FROM {lanes} q JOIN flows f ON f.target = q.pid
            JOIN compat_all c ON c.in_cat = f.category AND c.in_hs = f.hs AND c.out_cat = q.cat AND c.out_hs = q.head
            LEFT JOIN taint t ON t.id = f.id
            WHERE q.cat IN (SELECT cat FROM carried_cat) AND q.pid NOT IN (SELECT pid FROM party_root)
            GROUP BY q.key, q.pid, q.cat HAVING count(t.id) > 0""")

    def _score_suppliers(self, w: dict[str, str]) -> None:
        """A declared supplier judged on each product it declares (score/records.supplier): its own signals,
        the traced taint and priors of its inputs for that product, the DOL list; the worst product counts."""
        eng = self.eng
        dprk = self.codes.mask({"dprk"})
        eng.run("""CREATE OR REPLACE VIEW sup_lane AS SELECT id AS key, pid, cat, '' AS head FROM sup_rec
            WHERE pid IS NOT NULL""")
        self._chain_sql("sup_lane", "sup_taint")
        eng.run(f"""CREATE OR REPLACE VIEW supsig AS
            SELECT r.id, ps.sig FROM sup_rec r JOIN party_sig ps ON ps.pid = r.pid
            UNION ALL SELECT key, '{w["taint"]}' || kinds || '@' || share FROM sup_taint
            UNION ALL SELECT st.key, replace(cc.tmpl, '{_SHARE}', st.share) FROM sup_taint st
                JOIN sup_rec r ON r.id = st.key JOIN camp_sig cc ON cc.cat = r.cat AND cc.hs6 = r.hs6
                WHERE st.kinds & {dprk} <> 0
            UNION ALL SELECT r.id, p.sig FROM sup_rec r JOIN prior_up p ON p.pid = r.pid AND p.cat = r.cat
                AND p.head = ''
            UNION ALL SELECT r.id, d.sig FROM sup_rec r JOIN dol_sig d ON d.cat = r.cat
                AND d.country = r.dol_country""")
        self._decide("supsig", "sup_rec", "supplier_product")
        eng.run("""CREATE OR REPLACE TABLE supplier_verdict AS SELECT id, score, tier, policies, sid FROM (
            SELECT r.supplier_id AS id, v.score, v.tier, v.policies, v.sid,
                   row_number() OVER (PARTITION BY r.supplier_id ORDER BY v.score DESC, r.i) AS rk
            FROM supplier_product_verdict v JOIN sup_rec r ON r.id = v.id) x WHERE rk = 1""")
        eng.run("CREATE OR REPLACE TABLE supplier_verdict_in AS SELECT * FROM supplier_product_verdict_in")

    def _score_parties(self) -> None:
        """A finding per party at tier low and above (score/records.parties): its own signals and, for each
        carried category it ships, the traced taint and priors of its inputs, and for a North Korean root
        what the camps are reported to make."""
        eng = self.eng
        dprk = self.codes.mask({"dprk"})
        camp = []
        for pid, mask in self.roots.items():
            if mask & dprk and pid in self.parties:
                for (cat,) in eng.rows(f"SELECT cat FROM pout WHERE pid = {int(self.key[pid])} ORDER BY cat"):
                    camp += [(self.key[pid], self._keep(s)) for s in camp_claim_signals(self.parties[pid].name, cat,
                                                                                       None, self.claims)]
        self._table("party_camp", ["pid", "sig"], sorted(set(camp)), types=[pa.int64(), pa.string()])
        tmpl = [(cat, self._keep(s, template=True)) for (cat,) in eng.rows("SELECT cat FROM carried_cat ORDER BY cat")
                for s in camp_claim_signals("", cat, None, self.claims)]
        self._table("camp_cat", ["cat", "tmpl"], sorted(set(tmpl)))
        eng.run("CREATE OR REPLACE VIEW party_lane AS SELECT pid AS key, pid, cat, '' AS head FROM pout")
        self._chain_sql("party_lane", "party_taint")
        eng.run(f"""CREATE OR REPLACE VIEW esig_k AS
            SELECT pid AS id, sig FROM party_sig
            UNION ALL SELECT key, '{"traced_taint|1.000000|1|#"}' || kinds || '@' || share FROM party_taint
            UNION ALL SELECT p.pid, p.sig FROM pout o JOIN prior_up p ON p.pid = o.pid AND p.cat = o.cat
                AND p.head = ''
            UNION ALL SELECT pid, sig FROM party_camp
            UNION ALL SELECT pt.key, replace(cc.tmpl, '{_SHARE}', pt.share) FROM party_taint pt
                JOIN camp_cat cc ON cc.cat = pt.cat WHERE pt.kinds & {dprk} <> 0""")
        # an entity row is named by its party id (the integer key stays inside the screen)
        eng.run("CREATE OR REPLACE TABLE esig AS SELECT n.party AS id, e.sig FROM esig_k e JOIN party_id n ON n.pid = e.id")
        eng.run("CREATE OR REPLACE VIEW erec AS SELECT DISTINCT id FROM esig")
        self._decide("esig", "erec", "entity")

    def _decide(self, sig_table: str, rec_table: str, kind: str) -> None:
        """`{kind}_verdict` (id, score, tier, policies, sid): each distinct record id of `rec_table` with the
        verdict on its set of signals in `sig_table` (whose ids are all records of `rec_table`); `sid` numbers
        the set in `{kind}_verdict_in` (sid, key, score, tier, policies, head, tail, evidence), 0 the empty one.

        Only the records with a signal are grouped into sets; every other record has the empty set.  Grouping
        every record with its signals instead (a left join of the million records to the signals, then a list
        per record) sorted the million records on Spark to gather lists that are nearly all empty
        (docs/scale.md, round 15).  A set is grouped as the numbers of its signals (`{kind}_sigdict`: each
        distinct signal once, a few hundred), so that each record's list, its distinct and its sort are of
        integers; the signal texts and the set's key (the sorted texts joined by U+001F) are made once per
        distinct set, here, not per record (round 19: 12.4M signal rows of 1.4M shipments at 2M lines)."""
        eng = self.eng
        eng.run(f"""CREATE OR REPLACE TABLE {kind}_sigdict AS SELECT sig, CAST(row_number() OVER (ORDER BY sig)
                   AS INT) AS n FROM (SELECT DISTINCT sig FROM {sig_table} WHERE id IS NOT NULL AND sig IS NOT NULL) d""")
        eng.run(f"""CREATE OR REPLACE TABLE {kind}_siglist AS SELECT s.id, list_sort(list_distinct(list(d.n))) AS ns
            FROM {sig_table} s JOIN {kind}_sigdict d ON d.sig = s.sig WHERE s.id IS NOT NULL GROUP BY s.id""")
        eng.run(f"""CREATE OR REPLACE TABLE {kind}_sigsets AS SELECT ns, CAST(row_number() OVER (ORDER BY ns) AS INT)
                   AS sid FROM (SELECT DISTINCT ns FROM {kind}_siglist) x""")
        text = dict(eng.rows(f"SELECT n, sig FROM {kind}_sigdict"))
        # a set's texts in the numbers' order, which is the texts' (UTF-8 bytes sort as code points do)
        sets = [(int(sid), [text[n] for n in ns]) for sid, ns in eng.rows(f"SELECT sid, ns FROM {kind}_sigsets")]
        rows = []
        for sid, sigs in [*sets, (0, [])]:  # the empty set last: the records without a signal
            signals = [_signal(self._decode(c), self.signals) for c in sigs]
            v = decide(signals, self.model, self.policies, _RID)  # its policy and score steps name the record
            head, tail, evidence = self._text(kind, v, signals)
            rows.append((sid, "\x1f".join(sigs), v.score, v.tier, ";".join(v.policies), head, tail, evidence))
        verdict_in = _arrow(["sid", "key", "score", "tier", "policies", "head", "tail", "evidence"], rows,
                            [pa.int32(), pa.string(), pa.float64(), pa.string()] + [pa.string()] * 4)
        eng.table(f"{kind}_verdict_in", verdict_in)
        eng.run(f"""CREATE OR REPLACE TABLE {kind}_verdict AS SELECT r.id, v.score, v.tier, v.policies, v.sid
            FROM (SELECT DISTINCT id FROM {rec_table}) r LEFT JOIN {kind}_siglist s ON s.id = r.id
            LEFT JOIN {kind}_sigsets k ON k.ns = s.ns JOIN {kind}_verdict_in v ON v.sid = coalesce(k.sid, 0)""")
        for t in ("siglist", "sigsets"):
            eng.run(f"DROP TABLE IF EXISTS {kind}_{t}")
        # the empty set's verdict stays only where a record has no signal (as when every record was grouped)
        if not eng.rows(f"SELECT sid FROM {kind}_verdict WHERE sid = 0 LIMIT 1"):
            eng.table(f"{kind}_verdict_in", verdict_in.slice(0, len(rows) - 1))

    def _text(self, kind: str, v: Verdict, signals: list[Signal]) -> tuple[str, str, str]:
        """A finding's summary around its record id, and its evidence as JSON with the id as a placeholder:
        the same for every record with this signal set, so that the rows are written by SQL.  The chain is the
        row screen's: each signal's steps, then the policies that apply and how the score was made."""
        if v.tier == "none" or not signals:
            return "", "", "[]"
        steps = [st for s in signals for st in (s.steps or [EvidenceStep("signal", _RID, s.weight, s.lead())])]
        steps += [st for st in v.steps if st.kind in ("policy", "score")]
        top = max(signals, key=lambda s: (s.proof, self.model.weight(s.weight) * s.strength))
        head = f"{v.tier.capitalize()} ({v.score:.2f}): {kind.split('_')[0]} "
        tail = f"; {top.lead().rstrip('.')}" + (f" [{', '.join(v.policies)}]" if v.policies else "") + "."
        return head, tail, json.dumps([st.__dict__ for st in steps], ensure_ascii=False, default=str)

    def _table(self, name: str, cols: list[str], rows: list[tuple[Any, ...]],
               types: list[pa.DataType] | None = None) -> None:
        self.eng.table(name, _arrow(cols, rows, types))

    def _decode(self, code: str) -> str:
        if code.startswith("traced_taint|") and "#" in code:
            mask, share = code.split("#", 1)[1].split("@")
            return f"traced_taint|1.000000|1|{','.join(sorted(self.codes.kinds(int(mask))))}|{share}"
        if code.startswith("declared_supplier_tainted|") and "#" in code:
            mask = code.split("#", 1)[1]
            return f"declared_supplier_tainted|1.000000|0|{','.join(sorted(self.codes.kinds(int(mask))))}|1.00"
        return code


_SHIP_COLS = ["shipment_id", "date", "shipper_name", "consignee_name", "shipper_address", "shipper_country", "consignee_address", "consignee_country", "hs_code",
              "description", "quantity", "weight_kg", "origin_country", "port_of_lading"]
_SUP_COLS = ["supplier_id", "name", "country", "address", "buyer_name", "products", "hs_codes"]
_LIST_COLS = ["listing_id", "title", "seller_name", "seller_country", "seller_address", "manufacturer_name", "ships_from", "category", "description"]


def _arrow(cols: list[str], rows: list[tuple[Any, ...]], types: list[pa.DataType] | None = None) -> pa.Table:
    types = types or [pa.string()] * len(cols)
    return pa.table({c: pa.array([r[i] for r in rows], ty) for i, (c, ty) in enumerate(zip(cols, types, strict=True))})


_EMPTY = {"ship": _arrow(["shipment_id", "date", "shipper_name", "consignee_name"], []),
          "lst": _arrow(["listing_id", "title", "seller_name"], []),
          "sup": _arrow(["supplier_id", "name", "buyer_name"], [])}




_SHARE = "{share}"  # placeholder of a signal code's share, filled in by SQL
# a verdict beside its signal set's text (summary around the id, evidence template), and a finding's columns there
_WITH_TEXT = "verdicts v JOIN verdict_text x ON x.record_type = v.record_type AND x.sid = v.sid"
_FINDING_COLUMNS = "v.record_type, v.record_id, v.score, v.tier, v.policies, x.head, x.tail, x.evidence"
_RID = RECORD_ID  # the record id in an evidence template (model/finding.py)
_RID_JSON = json.dumps(_RID, ensure_ascii=False)


def _finding(row: tuple[Any, ...], version: str) -> Finding:
    rtype, rid, score, tier, policies, head, tail, evidence = row
    steps = []
    for d in json.loads(evidence):
        fields: dict[str, Any] = {k: (rid if v == _RID else v) for k, v in d.items()}
        steps.append(EvidenceStep(**fields))
    return Finding(rtype, rid, score, tier, [p for p in policies.split(";") if p], f"{head}{rid}{tail}", steps,
                   version)


def run_batch(screener: BatchScreener, shipments: pa.Table | Path | None, listings: pa.Table | Path | None,
              out_csv: Path | None = None, keep_tiers: bool = True, keep_findings: bool | None = None,
              log: Callable[[str], None] | None = None, suppliers: pa.Table | Path | None = None,
              parties: bool = True, before: Mapping[str, Callable[[], None]] | None = None) -> BatchResult:
    """Load, resolve, classify, trace and score; write findings.csv when `out_csv` is given.

    findings.csv is written by DuckDB (one COPY; the summary and evidence of a record come from its signal
    set's template), so memory does not grow with the number of findings.  `keep_findings` (default: as
    `keep_tiers`) also returns the findings at tier low and above as Python objects, for small runs.
    `log` is told each stage's seconds as it ends (long runs).  `suppliers`: declared suppliers (their
    findings, and their links into listings' parties); `parties`: party findings at tier low and above too.
    `before`: work to start as a stage begins, by the stage's name (the pipeline starts the items' write on a
    thread as "taint" begins).
    """
    import time

    from chainlight.resolve.rendering import kept_analyses

    screener.with_parties = parties
    t: dict[str, float] = {}
    with ExitStack() as analyses:
        # the names the clustering analysed in forked workers answer the matcher's render_name, until it is done
        analyses.enter_context(kept_analyses())
        for name, step in (("load", lambda: screener.load(shipments, listings, suppliers)),
                           ("resolve", screener.resolve), ("classify", screener.classify),
                           ("match+roots", screener.party_signals), ("taint", screener.trace),
                           ("score", screener.score)):
            if before is not None and name in before:
                before[name]()
            t0 = time.perf_counter()
            step()
            t[name] = round(time.perf_counter() - t0, 2)
            if name == "match+roots":
                analyses.close()
            if log is not None:
                log(f"{name} {t[name]} s")
    t0 = time.perf_counter()
    eng = screener.eng
    entity = ("\n        UNION ALL SELECT 'entity', id, score, tier, policies, sid FROM entity_verdict "
              "WHERE tier <> 'none'") if parties else ""
    entity_text = "\n        UNION ALL SELECT 'entity', * FROM entity_verdict_in" if parties else ""
    eng.run(f"""CREATE OR REPLACE VIEW verdicts AS
        SELECT 'listing' AS record_type, id AS record_id, score, tier, policies, sid FROM listing_verdict
        UNION ALL SELECT 'shipment', id, score, tier, policies, sid FROM shipment_verdict
        UNION ALL SELECT 'supplier', id, score, tier, policies, sid FROM supplier_verdict{entity}""")
    eng.run(f"""CREATE OR REPLACE VIEW verdict_text AS
        SELECT 'listing' AS record_type, * FROM listing_verdict_in
        UNION ALL SELECT 'shipment', * FROM shipment_verdict_in
        UNION ALL SELECT 'supplier', * FROM supplier_verdict_in{entity_text}""")
    counts = dict(eng.rows("SELECT tier, count(*) FROM verdicts GROUP BY tier"))
    findings: list[Finding] = []
    if keep_tiers if keep_findings is None else keep_findings:
        findings = [_finding(r, screener.model.version) for r in eng.rows(
            f"SELECT {_FINDING_COLUMNS} FROM {_WITH_TEXT} WHERE v.tier <> 'none' ORDER BY v.record_type, v.record_id")]
    if out_csv is not None:
        write_findings(eng, out_csv)
    t["write"] = round(time.perf_counter() - t0, 2)
    tiers: dict[str, tuple[str, str, float]] = {}
    if keep_tiers:
        tiers = {f"{r[0]}:{r[1]}": (r[0], r[3], r[2]) for r in eng.rows(
            "SELECT record_type, record_id, score, tier FROM verdicts")}
    return BatchResult(tiers, findings, {k: int(v) for k, v in counts.items()}, t)


def findings_query(dialect: str) -> str:
    """Every record's finding row (formats.md's findings.csv columns), from its signal set's template."""
    if dialect == "duckdb":
        rid_json = "to_json(v.record_id)::VARCHAR"
    else:  # Spark's to_json takes a struct: {"v":"ID"} -> "ID"
        j = "to_json(named_struct('v', v.record_id))"
        rid_json = f"substr({j}, 6, length({j}) - 6)"
    rid = _RID_JSON.replace("'", "''")
    sql = f"""SELECT v.record_type, v.record_id, v.score, v.tier,
            CASE WHEN v.tier = 'none' THEN '' ELSE v.policies END AS policies,
            CASE WHEN v.tier = 'none' THEN 'no signal' ELSE concat(x.head, v.record_id, x.tail) END AS summary,
            CASE WHEN v.tier = 'none' THEN '[]' ELSE replace(x.evidence, '{rid}', {rid_json}) END AS evidence
        FROM {_WITH_TEXT}"""
    return sql if dialect == "duckdb" else SPARK_AS_IS + sql


def worst_findings(screener: BatchScreener, limit: int) -> list[Finding]:
    """The `limit` worst findings (tier, then score) of a finished run, with their evidence: what a columnar
    screen's report.html shows of millions of records."""
    rows = screener.eng.rows(f"""SELECT {_FINDING_COLUMNS} FROM {_WITH_TEXT}
        WHERE v.tier <> 'none'
        ORDER BY CASE v.tier WHEN 'high' THEN 0 WHEN 'elevated' THEN 1 ELSE 2 END, v.score DESC, v.record_type,
                 v.record_id
        LIMIT {int(limit)}""")
    return [_finding(r, screener.model.version) for r in rows]


def tainted_flows(screener: BatchScreener, limit: int = 200) -> list[tuple[str, str, str, float]]:
    """(shipper, consignee, category, kg) of the heaviest lanes of tainted shipments, by party name: the report's
    flow of traced goods, as the row screen's `traced_flows` gives it."""
    rows = screener.eng.rows(f"""SELECT f.source, f.target, f.category, sum(coalesce(f.kg, 0)) AS kg
        FROM taint t JOIN flows f ON f.id = t.id GROUP BY f.source, f.target, f.category
        ORDER BY kg DESC, f.source, f.target, f.category LIMIT {int(limit)}""")

    def name(key: int) -> str:
        pid = screener.party_ids[key]
        party = screener.parties.get(pid)
        return party.name if party is not None else pid

    return [(name(a), name(b), str(c), float(kg)) for a, b, c, kg in rows]


def kept_queries(dialect: str) -> dict[str, str]:
    """What the store keeps of a columnar run (Store.save_columnar_findings): `rows`, the findings at tier low and
    above with their signal set's key, and `templates`, each such set's evidence once with the record id as its
    placeholder (the store's `findings` view puts the id in place when read).  The rows carried their evidence
    before: ~3.5 KB of JSON per finding, 687k findings of 626 templates at 1M shipments."""
    rows = f"""SELECT v.record_type, v.record_id, v.score, v.tier, v.policies,
            concat(x.head, v.record_id, x.tail) AS summary, x.key
        FROM {_WITH_TEXT} WHERE v.tier <> 'none'"""
    templates = "SELECT record_type, key, evidence FROM verdict_text WHERE tier <> 'none'"
    return {name: sql if dialect == "duckdb" else SPARK_AS_IS + sql
            for name, sql in (("rows", rows), ("templates", templates))}


def write_findings(eng: Engine, out_csv: Path) -> None:
    """findings.csv, sorted by record; the Spark engine also leaves findings.parquet (a folder of parts)
    beside it, from which DuckDB writes the CSV (one file, the same text as the DuckDB engine's)."""
    out_csv.parent.mkdir(parents=True, exist_ok=True)
    target = str(out_csv).replace("'", "''")
    if eng.dialect == "duckdb":
        _write_in_order(eng, out_csv)
        return
    parts = out_csv.with_name("findings.parquet")
    eng.write_parquet(findings_query(eng.dialect), parts)
    glob = str(parts / "*.parquet").replace("'", "''")
    con = duckdb.connect()
    try:
        con.execute(f"COPY (SELECT * FROM read_parquet('{glob}') ORDER BY record_type, record_id) TO '{target}' "
                    "(HEADER)")
    finally:
        con.close()


WRITE_ROWS = 200_000  # findings.csv rows sorted and written at a time
FINDINGS_COLUMNS = ("record_type", "record_id", "score", "tier", "policies", "summary", "evidence")


def _csv(expr: str) -> str:
    """SQL: a text as DuckDB's CSV writer puts it in a line (quoted when empty or holding a comma, a quote or a
    line break, its quotes doubled; NULL as nothing)."""
    return (f"""coalesce(CASE WHEN {expr} = '' OR regexp_matches({expr}, '[,"\r\n]') """
            f"""THEN '"' || replace({expr}, '"', '""') || '"' ELSE {expr} END, '')""")


def _write_in_order(eng: Engine, out_csv: Path) -> None:
    """findings.csv sorted by record, written a slice of the order at a time: only the record keys are sorted
    whole, so that memory does not grow with the findings.  The bytes are those of one COPY of the whole query
    ORDER BY record (`findings_query`, which Spark's run writes).

    A finding's summary and evidence are its signal set's template with the record id put in.  DuckDB makes
    each line's short start (record, score, tier, policies, summary) and the id as the evidence holds it; the
    evidence, kilobytes of JSON, is joined here from the template's pieces, quoted for CSV once per template
    (a few hundred templates for hundreds of thousands of findings), as bytes.  Built in SQL instead, each
    line's kilobytes were concatenated, sorted with the slice and handed over by DuckDB (1M shipments, 4.1 GB:
    22 CPU s before the file's own writing; now 8); DuckDB's CSV writer before that doubled the quotes of
    every finding's JSON again."""
    rid = _RID_JSON.replace("'", "''")
    # per template: the line's parts that are the template's own (its record type, score, tier and policies:
    # a record's verdict is its signal set's), the summary's head and tail, whether either needs quotes, both
    # with quotes doubled; the evidence cut where the record id goes, each piece quoted for CSV when the
    # evidence is (one quote anywhere in the template quotes every finding of it; the id's JSON has quotes of
    # its own)
    eng.run(f"""CREATE OR REPLACE TABLE findings_text AS SELECT row_number() OVER () - 1 AS tix, record_type, sid,
            tier = 'none' AS is_none, concat({_csv('record_type')}, ',') AS lead,
            concat(',', coalesce(score::VARCHAR, ''), ',', {_csv('tier')}, ',',
                   CASE WHEN tier = 'none' THEN '""' ELSE {_csv('policies')} END, ',') AS mid,
            head, tail, regexp_matches(head || tail, '[,"\r\n]') AS quote_summary,
            replace(head, '"', '""') AS head_q, replace(tail, '"', '""') AS tail_q,
            regexp_matches(evidence, '[,"\r\n]') OR evidence = '' AS quote_evidence,
            CASE WHEN regexp_matches(evidence, '[,"\r\n]') OR evidence = ''
                 THEN list_transform(string_split(evidence, '{rid}'), lambda p: replace(p, '"', '""'))
                 ELSE string_split(evidence, '{rid}') END AS pieces
        FROM verdict_text""")
    # each record numbered in the file's order with its template's number: the sort carries an integer, not
    # the signal set's key (a few hundred bytes a record: the statement took 9 of the 45 s of a 1M screen's
    # SQL), nor its score, tier and policies (the template's), and each slice below joins its templates by
    # that number
    eng.run("""CREATE OR REPLACE TABLE findings_order AS SELECT v.record_id, x.tix,
        row_number() OVER (ORDER BY v.record_type, v.record_id) AS rn
        FROM verdicts v JOIN findings_text x ON x.record_type = v.record_type AND x.sid = v.sid""")
    evidence: dict[int, _Evidence] = {
        int(tix): _Evidence(b'"' if quoted else b"", [p.encode() for p in pieces], b'"\n' if quoted else b"\n")
        for tix, quoted, pieces in eng.rows("SELECT tix, quote_evidence, pieces FROM findings_text")}
    rid_json = "to_json(v.record_id)::VARCHAR"
    summary = """CASE WHEN x.is_none THEN 'no signal'
            WHEN x.quote_summary OR regexp_matches(v.record_id, '[,"\r\n]')
                OR (x.head = '' AND x.tail = '' AND v.record_id = '')
            THEN concat('"', x.head_q, replace(v.record_id, '"', '""'), x.tail_q, '"')
            ELSE concat(x.head, v.record_id, x.tail) END"""
    # a record at tier none has its whole line here (evidence "[]"), and no template
    start = (f"concat(x.lead, {_csv('v.record_id')}, x.mid, {summary}, ',', "
             "CASE WHEN x.is_none THEN '[]' || chr(10) ELSE '' END)")
    rid_in = f"""CASE WHEN x.is_none THEN NULL WHEN x.quote_evidence THEN replace({rid_json}, '"', '""')
            ELSE {rid_json} END"""
    query = (f"SELECT {start} AS start, CASE WHEN x.is_none THEN NULL ELSE x.tix END AS tix, {rid_in} AS rid "
             "FROM findings_order v JOIN findings_text x ON x.tix = v.tix")
    total = int(eng.rows("SELECT count(*) FROM findings_order")[0][0])
    con = eng.con  # type: ignore[attr-defined]  # DuckEngine: findings.csv is DuckDB's to write
    try:
        with DirectFile(out_csv) as out:  # gigabytes written once: past the page cache (report/direct_file.py)
            out.write((",".join(FINDINGS_COLUMNS) + "\n").encode())
            slices = [f"{query} WHERE v.rn > {low} AND v.rn <= {low + WRITE_ROWS} ORDER BY v.rn"
                      for low in range(0, total, WRITE_ROWS)]
            templates = findings_lines.Templates(
                {tix: (e.opening, e.pieces, e.closing) for tix, e in evidence.items()})
            with closing(_prefetched(con, slices)) as batches:  # its thread stopped before the tables go
                for batch in batches:
                    _write_lines(out, batch, templates)
    finally:
        eng.run("DROP TABLE IF EXISTS findings_order")
        eng.run("DROP TABLE IF EXISTS findings_text")


WRITE_BATCH = 10_000  # lines fetched from DuckDB at a time
PREFETCH = 4  # batches fetched ahead of the lines being made and written


def _prefetched(con: duckdb.DuckDBPyConnection, queries: Sequence[str]) -> Generator[pa.RecordBatch, None, None]:
    """The queries' rows in order, WRITE_BATCH at a time, fetched on a thread of their own (a cursor of
    `con`) while the caller makes and writes the lines of the batches before: DuckDB sorts and fetches
    without Python's lock, so the findings' write keeps the second core busy instead of waiting for each
    slice's query (the order and the rows are the queries' own)."""
    import contextlib
    import queue
    import threading

    ahead: queue.Queue[pa.RecordBatch | BaseException | None] = queue.Queue(PREFETCH)
    stop = threading.Event()

    def fetch() -> None:
        cur = con.cursor()
        try:
            for sql in queries:
                for batch in cur.execute(sql).to_arrow_reader(WRITE_BATCH):
                    if stop.is_set():
                        return
                    ahead.put(batch)
            ahead.put(None)
        except BaseException as exc:  # handed to the caller's thread
            ahead.put(exc)
        finally:
            cur.close()

    worker = threading.Thread(target=fetch, name="chainlight-findings-fetch", daemon=True)
    worker.start()
    try:
        while (got := ahead.get()) is not None:
            if isinstance(got, BaseException):
                raise got
            yield got
    finally:
        stop.set()
        while worker.is_alive():  # let a fetch blocked on the full queue see `stop`
            with contextlib.suppress(queue.Empty):
                ahead.get(timeout=0.1)
        worker.join()


@dataclass(frozen=True)
class _Evidence:
    """A template's evidence for findings.csv: the pieces between the record id's places, and the quotes
    around it (or none), as UTF-8."""

    opening: bytes
    pieces: list[bytes]
    closing: bytes  # the closing quote, if any, and the line's end


def _write_lines(out: DirectFile, batch: pa.RecordBatch, templates: findings_lines.Templates) -> None:
    """A batch's lines made in the file's buffer by compiled code, outside Python's lock (the bytes `_lines`
    gives: findings_lines.py)."""
    rows = findings_lines.Batch(batch, templates)
    region = out.reserve(rows.size)
    try:
        wrote = findings_lines.fill(region, rows, templates)
    finally:
        region.release()
    if wrote != rows.size:
        raise RuntimeError(f"findings.csv: {wrote} bytes made for a batch of {rows.size}")
    out.commit(wrote)


def _lines(batch: pa.RecordBatch, evidence: dict[int, _Evidence]) -> bytes:
    """A batch's lines: each line's start as DuckDB made it, then its template's evidence around the id.  The
    bytes `_write_lines` makes in compiled code, kept as their plain statement (tests/score/test_findings_lines)."""
    text: list[bytes] = []
    add = text.append
    starts = batch.column(0).cast(pa.binary()).to_pylist()
    rids = batch.column(2).cast(pa.binary()).to_pylist()
    for start, tix, rid in zip(starts, batch.column(1).to_pylist(), rids, strict=True):
        add(start)
        if tix is not None:
            e = evidence[tix]
            add(e.opening)
            add(rid.join(e.pieces))
            add(e.closing)
    return b"".join(text)


__all__ = ["BatchResult", "BatchScreener", "findings_query", "kept_queries", "run_batch", "tainted_flows",
           "worst_findings", "write_findings"]
