"""Precision, recall and F1 from (predicted, truth) pairs, and a plain table printer."""

from __future__ import annotations

from collections.abc import Iterable


def prf(pairs: Iterable[tuple[bool, bool]]) -> dict[str, float]:
    tp = fp = fn = 0
    for pred, truth in pairs:
        tp += pred and truth
        fp += pred and not truth
        fn += truth and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def table(rows: list[dict[str, object]]) -> str:
    cols = list(rows[0])
    fmt = [f"| {' | '.join(cols)} |", f"|{'---|' * len(cols)}"]
    for r in rows:
        fmt.append("| " + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in r.values()) + " |")
    return "\n".join(fmt)
