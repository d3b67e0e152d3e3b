"""The hs_v1 vocabulary: product, material and cue terms loaded from YAML, with their meanings.

Vocabulary is data (hs_v1/*.yaml) so that a trade analyst can add a word without touching code; a user
configuration file of the same shape is merged on top (new products, new risk categories, more terms).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from chainlight.classify.normalize import normalize_text
from chainlight.classify.types import RISK_CATEGORIES
from chainlight.errors import InputError

LANGS = ("en", "zh", "ko", "ja")


@dataclass(frozen=True)
class Meaning:
    """What one term says: a product, a material, a cue, a clause marker or nothing (neutral)."""

    kind: str  # product | material | cue | after | neutral
    key: str
    attrs: tuple[str, ...] = ()  # "@" keys on a product term: implied material, cue or subtype
    weak: bool = False


@dataclass(frozen=True)
class HsChoice:
    hs6: str
    category: str


@dataclass(frozen=True)
class Variant:
    category: str
    hs: Mapping[str, HsChoice]


@dataclass(frozen=True)
class Product:
    id: str
    family: str
    priority: int
    variants: Mapping[str, Variant]
    construction: str | None = None
    gender: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    terms: Mapping[str, Meaning]
    products: Mapping[str, Product]
    family_classes: Mapping[str, Mapping[str, str]]
    fallback: Mapping[str, str]
    user_suffixes: tuple[str, ...]
    categories: tuple[str, ...]
    declared_categories: Mapping[str, str]
    calibration: Mapping[str, float]
    min_confidence: float
    material_keys: frozenset[str] = field(default_factory=frozenset)
    cue_keys: frozenset[str] = field(default_factory=frozenset)
    # (cue, product ids or families it applies to, product it turns them into), in order.
    # (cue, products or families it applies to, target product, cues that block it)
    overrides: tuple[tuple[str, frozenset[str], str, frozenset[str]], ...] = ()
    # Rules a layer switches on (settings.options), e.g. "woven_cue_wins": a stated woven construction picks
    # the woven variant of a product whose knitted variant is only its default.
    options: frozenset[str] = field(default_factory=frozenset)
    # The order in which cues are tried as keys of a product's HS table (settings.cue_order); cues not listed
    # come after, alphabetically (hs_v1: all alphabetically).  "prepared" before "fresh": 扇贝肉即食 is chapter 16.
    cue_order: tuple[str, ...] = ()
    # Material terms that name a fibre in a textile article (settings.textile_terms, family -> term -> class): in a
    # garment, "bamboo" is bamboo viscose, a fibre of regenerated cellulose (chapter 54 note 1(b)), not the wood
    # the term names elsewhere (bamboo needles, boards).
    textile_terms: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # hs_v10 (option shop_phrases): the shop's words around a title's good (包邮 "free post", 速发 "fast dispatch",
    # 厂家直销 "factory direct"), settings.shop_phrases; a product word straddling one of them is no word of the title
    shop_phrases: tuple[str, ...] = ()


def _read_yaml(path: Path | str, text: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise InputError(str(path), f"not valid YAML: {exc}", line=None if line is None else line + 1) from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "expected a mapping at the top level")
    return data


@cache
def _packaged(layers: tuple[str, ...] = ()) -> tuple[dict[str, Any], ...]:
    """hs_v1's YAML files, then the layers given (package-relative paths such as "hs_v3/vocabulary.yaml")."""
    root = resources.files("chainlight.classify")
    names = [f"hs_v1/{n}" for n in ("materials.yaml", "products.yaml", "settings.yaml")] + list(layers)
    parts = []
    for name in names:
        res = root
        for piece in name.split("/"):
            res = res / piece
        parts.append(_read_yaml(name, res.read_text(encoding="utf-8")))
    return tuple(parts)


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Deep merge; lists of terms are extended, scalars replaced."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(dict(out[key]), value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = list(out[key]) + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


def load_vocabulary(config: Path | None = None, layers: tuple[str, ...] = ()) -> Vocabulary:
    """The hs_v1 vocabulary, with packaged layers merged on top in order (hs_v3 adds hs_v3/vocabulary.yaml),
    then a user configuration file."""
    merged: dict[str, Any] = {}
    for part in _packaged(layers):
        merged = _merge(merged, part)
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise InputError(str(path), "classifier configuration file not found")
        merged = _merge(merged, _read_yaml(path, path.read_text(encoding="utf-8")))
        return _build(merged, str(path))
    return _build(merged, "hs_v1")


@cache
def _converters() -> tuple[Any, ...]:
    import opencc  # imported here: only needed while building the vocabulary

    return tuple(opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk"))


def _chinese_variants(terms: Iterable[str]) -> list[str]:
    """Simplified terms plus their traditional forms (Taiwan, Hong Kong), derived once at load time."""
    out: list[str] = []
    for term in terms:
        for form in [term, *(c.convert(term) for c in _converters())]:
            if form not in out:
                out.append(form)
    return out


def _terms_of(block: Mapping[str, Any]) -> list[str]:
    terms: list[str] = []
    for lang in LANGS:
        words = [str(w) for w in block.get(lang) or []]
        terms.extend(_chinese_variants(words) if lang == "zh" else words)
    return terms


class _TermTable:
    """Collects term -> meaning, refusing a term that would mean two different things."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.terms: dict[str, Meaning] = {}

    def add(self, raw: str, meaning: Meaning) -> None:
        term = normalize_text(raw)
        if not term:
            return
        old = self.terms.get(term)
        if old is not None and (old.kind, old.key) != (meaning.kind, meaning.key):
            raise InputError(self.source, f"term {raw!r} means both {old.kind}:{old.key} and "
                                          f"{meaning.kind}:{meaning.key}", field="terms")
        if old is None or meaning.attrs:
            self.terms[term] = meaning


def _parse_product_term(entry: str) -> tuple[str, tuple[str, ...], bool]:
    word, *keys = [p.strip() for p in entry.split(" @")]
    attrs = tuple(k for k in keys if k != "weak")
    return word, attrs, "weak" in keys


def _hs_choice(value: Any, category: str, where: str) -> HsChoice:
    code, *rest = str(value).split()
    if not (code.isdigit() and len(code) == 6):
        raise InputError(where, f"HS code {value!r} is not 6 digits", field="hs")
    return HsChoice(code, rest[0] if rest else category)


def _product(pid: str, spec: Mapping[str, Any], categories: tuple[str, ...], where: str) -> Product:
    raw_variants = spec.get("variants") or {"": {"category": spec.get("category"), "hs": spec.get("hs")}}
    variants: dict[str, Variant] = {}
    for name, body in raw_variants.items():
        category = str(body.get("category") or "")
        if category not in categories:
            raise InputError(where, f"product {pid}: unknown risk category {category!r}", field="category")
        hs = {str(k): _hs_choice(v, category, where) for k, v in (body.get("hs") or {}).items()}
        if "default" not in hs:
            raise InputError(where, f"product {pid}: hs table needs a default", field="hs")
        variants[str(name)] = Variant(category, hs)
    return Product(pid, str(spec.get("family", "goods")), int(spec.get("priority", 50)), variants,
                   spec.get("construction"), spec.get("gender"))


def _build(data: Mapping[str, Any], source: str) -> Vocabulary:
    settings = data.get("settings") or {}
    categories = tuple(dict.fromkeys([*RISK_CATEGORIES, *(settings.get("categories") or [])]))
    table = _TermTable(source)
    for key, block in (data.get("materials") or {}).items():
        for term in _terms_of(block):
            table.add(term, Meaning("material", str(key)))
    for key, block in (data.get("cues") or {}).items():
        kind = "neutral" if key == "neutral" else "cue"
        for term in _terms_of(block):
            table.add(term, Meaning(kind, "" if kind == "neutral" else str(key)))
    markers = data.get("markers") or {}
    for term in _terms_of(markers.get("after") or {}):
        table.add(term, Meaning("after", ""))
    products: dict[str, Product] = {}
    for pid, spec in (data.get("products") or {}).items():
        products[str(pid)] = _product(str(pid), spec, categories, source)
        for entry in _terms_of(spec.get("terms") or {}):
            word, attrs, weak = _parse_product_term(entry)
            table.add(word, Meaning("product", str(pid), attrs, weak))
    families = data.get("families") or {}
    overrides: list[tuple[str, frozenset[str], str, frozenset[str]]] = []
    for rule in data.get("overrides") or []:
        target = str(rule.get("to", ""))
        if target not in products:
            raise InputError(source, f"override to unknown product {target!r}", field="overrides")
        overrides.append((str(rule.get("cue", "")), frozenset(str(f) for f in rule.get("from") or []), target,
                          frozenset(str(u) for u in rule.get("unless") or [])))
    return Vocabulary(
        terms=table.terms,
        products=products,
        family_classes={k: dict(v["classes"]) for k, v in families.items() if k != "fallback"},
        fallback=dict(families.get("fallback") or {}),
        user_suffixes=tuple(_terms_of(markers.get("user_suffix") or {})),
        categories=categories,
        declared_categories={str(k): str(v) for k, v in (data.get("declared_categories") or {}).items()},
        calibration={str(k): float(v) for k, v in (data.get("calibration") or {}).items()},
        min_confidence=float(settings.get("min_confidence", 0.5)),
        material_keys=frozenset(str(k) for k in (data.get("materials") or {})),
        cue_keys=frozenset(str(k) for k in (data.get("cues") or {})),
        overrides=tuple(overrides),
        options=frozenset(str(o) for o in settings.get("options") or []),
        cue_order=tuple(str(c) for c in settings.get("cue_order") or []),
        textile_terms={str(f): {normalize_text(str(t)): str(c) for t, c in (terms or {}).items()}
                       for f, terms in (settings.get("textile_terms") or {}).items()},
        shop_phrases=tuple(dict.fromkeys(normalize_text(str(t)).replace(" ", "")
                                         for t in _terms_of(settings.get("shop_phrases") or {}))),
    )
