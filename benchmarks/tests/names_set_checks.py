"""Checks every new real-world names set passes (names_v11.jsonl onwards), shared by the sets' own test modules so that
each holds only what is its own (its NameSet, its size and mix, whether its halves are seen). No matcher runs here; a
failure names row ids only, so a held-out name is never printed."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from benchmarks.resolve.realworld.split_v2 import NameSet, assign, validate


def rows(names: NameSet) -> list[dict[str, Any]]:
    return [json.loads(x) for x in Path(names.path).read_text(encoding="utf-8").splitlines() if x.strip()]


def check_validates_and_keeps_the_split_rule(names: NameSet) -> None:
    got = rows(names)
    # validate() names rows as "line N (id)"; keep only the ids so no held-out name is printed
    assert [e.split(")")[0] for e in validate(got, names)] == []
    rule = assign(got)
    assert [r["id"] for r in got if r["split"] != rule[r["id"]]] == []
    assert [r["id"] for r in got if not r["id"].startswith(names.prefix)] == []


def check_validates_and_keeps_the_group_split(names: NameSet, validate_set: Callable[[list[dict[str, Any]]], list[str]],
                                               assign_set: Callable[[list[dict[str, Any]]], dict[str, str]],
                                               form: Callable[[dict[str, Any]], str], forms: Collection[str]) -> None:
    """The sets split by entity group (sets 24 on): the set's own validation and split rule, its id prefix, and every
    note opening with one of the forms."""
    got = rows(names)
    # validate() names rows as "line N (id)"; keep only the ids so no held-out name is printed
    assert [e.split(")")[0] for e in validate_set(got)] == []
    rule = assign_set(got)
    assert [r["id"] for r in got if r["split"] != rule[r["id"]]] == []
    assert [r["id"] for r in got if not r["id"].startswith(names.prefix)] == []
    assert [r["id"] for r in got if form(r) not in forms] == []


def check_no_name_repeats(names: NameSet) -> None:
    """No name of an earlier set (held-out halves included: compared as texts, never printed) and none twice."""
    got = rows(names)
    earlier = {json.loads(x)["name"] for p in names.earlier
               for x in Path(p).read_text(encoding="utf-8").splitlines() if x.strip()}
    assert [r["id"] for r in got if r["name"] in earlier] == []
    twice = {n for n, k in Counter(r["name"] for r in got).items() if k > 1}
    assert [r["id"] for r in got if r["name"] in twice] == []


def check_size_and_mix(names: NameSet, hangul_at_least: float = 0.4, listed_at_least: int = 90) -> None:
    """The brief every collector gets: >= 90 listed names (fewer where a set fell short and says so), 20-40 real look-alikes, >= 40 % Hangul (less where a set
    was asked for more Chinese pages), >= 25 % Hanzi or mixed script, some kana, both halves used; a look-alike names
    its country, a listed row leaves it empty."""
    got = rows(names)
    kinds = Counter("lookalike" if r["kind"] == "lookalike" else "listed" for r in got)
    assert kinds["listed"] >= listed_at_least and 20 <= kinds["lookalike"] <= 40
    scripts = Counter(r["script"] for r in got)
    assert scripts["hangul"] >= hangul_at_least * len(got)
    assert scripts["hanzi"] + scripts["mixed"] >= 0.25 * len(got)
    assert scripts["kana"] >= 5
    assert {r["split"] for r in got} == {"dev", "heldout"}
    assert [r["id"] for r in got if (r["kind"] == "lookalike") != bool(r["country"])] == []


def check_group_split(got: list[dict[str, Any]], keys: dict[str, str]) -> None:
    """No list id and no look-alike body has rows in both halves (the split by entity group of sets 23 on); `keys` are
    the set's split script's group keys by row id. Failures name ids and group kinds only, never a name."""
    halves: dict[str, set[str]] = {}
    for r in got:
        for i in r["expected"] + r["also_ok"]:
            halves.setdefault(i, set()).add(r["split"])
    assert sorted(i for i, h in halves.items() if len(h) > 1) == []
    by_group: dict[str, set[str]] = {}
    for r in got:
        by_group.setdefault(keys[r["id"]], set()).add(r["split"])
    assert sorted(k.split(":")[0] for k, h in by_group.items() if len(h) > 1) == []
