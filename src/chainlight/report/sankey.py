"""A flow (Sankey) chart of traced goods as inline SVG, laid out in Python: no JavaScript, works offline.

Parties are placed in columns by their longest distance from a party that receives nothing in the chart;
each column is stacked by weight, and each flow is a band whose width is proportional to its kg.

Readable by construction: every label sits right of its node and is cut (with "…", the whole name in the
tooltip) to the room before the next column, or, in the last column, to the right margin the chart widens to
hold it; each node takes at least a label's height, so labels never overlap; each label ends with the kg the
party moved; a legend below names each category's colour and its total kg.  Spellings of one party that the
caller knows resolve to one entity (`aliases`: name as written -> the name to show) are drawn as one node.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

FlowRow = tuple[str, str, str, float]

COLOURS = {"false_eyelashes": "#c2410c", "wigs": "#7c3aed", "hair_pieces": "#0f766e", "human_hair": "#a16207",
           "knitwear": "#1d4ed8"}
OTHER = "#64748b"
WIDTH, HEIGHT, NODE_W, GAP, LEFT = 960, 420, 14, 10, 8
FONT = 11  # px
LABEL_H = 14  # px a label needs; a node's slot is never shorter
RIGHT_MIN, RIGHT_MAX = 120, 300  # px kept right of the last column for its labels
LEGEND_ROW = 18


@dataclass
class Node:
    name: str
    column: int = 0
    kg: float = 0.0
    y: float = 0.0
    h: float = 0.0
    out_y: float = 0.0
    in_y: float = 0.0
    spellings: set[str] = field(default_factory=set)


def text_width(text: str, size: float = FONT) -> float:
    """Approximate width in px, on the wide side: Hangul, Hanzi and other wide characters a full em, capitals
    0.7 em, other characters 0.6 em."""
    return sum(size if unicodedata.east_asian_width(c) in ("W", "F") else size * (0.7 if c.isupper() else 0.6)
               for c in text)


def fit(text: str, room: float, size: float = FONT) -> str:
    """The text, or as much of it as fits `room` px followed by "…"."""
    if text_width(text, size) <= room:
        return text
    out, used, ell = "", 0.0, text_width("…", size)
    for c in text:
        w = text_width(c, size)
        if used + w + ell > room:
            break
        out, used = out + c, used + w
    return out.rstrip() + "…"


def kg_text(kg: float) -> str:
    return f"{kg:,.0f} kg" if kg >= 1 else f"{kg:.2g} kg"


def merge(flows: Sequence[FlowRow], aliases: Mapping[str, str]) -> tuple[list[FlowRow], dict[str, set[str]]]:
    """Flows with every party under the name it resolves to (parallel flows summed), and each shown name's
    spellings as written."""
    summed: dict[tuple[str, str, str], float] = defaultdict(float)
    spellings: dict[str, set[str]] = defaultdict(set)
    for s, t, cat, kg in flows:
        ms, mt = aliases.get(s, s), aliases.get(t, t)
        spellings[ms].add(s)
        spellings[mt].add(t)
        if ms != mt:
            summed[(ms, mt, cat)] += kg
    return [(s, t, c, kg) for (s, t, c), kg in summed.items()], spellings


def _columns(flows: Sequence[FlowRow]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    kg_in: dict[str, float] = defaultdict(float)
    kg_out: dict[str, float] = defaultdict(float)
    for s, t, _, kg in flows:
        nodes.setdefault(s, Node(s))
        nodes.setdefault(t, Node(t))
        kg_out[s] += kg
        kg_in[t] += kg
    for _ in range(len(nodes)):  # longest path, bounded so that a cycle cannot loop forever
        changed = False
        for s, t, _, _ in flows:
            if nodes[t].column < nodes[s].column + 1 and nodes[s].column + 1 < len(nodes):
                nodes[t].column, changed = nodes[s].column + 1, True
        if not changed:
            break
    for n in nodes.values():
        n.kg = max(kg_in[n.name], kg_out[n.name], 1e-9)
    return nodes


def sankey_svg(flows: Sequence[FlowRow], limit: int = 40, aliases: Mapping[str, str] | None = None) -> str:
    spellings: dict[str, set[str]] = {}
    if aliases:
        flows, spellings = merge(flows, aliases)
    flows = sorted([f for f in flows if f[3] > 0], key=lambda f: -f[3])[:limit]
    if not flows:
        return '<p class="muted">No traced flows of tainted goods.</p>'
    nodes = _columns(flows)
    for n in nodes.values():
        n.spellings = spellings.get(n.name, set()) - {n.name}
    ncols = max(n.column for n in nodes.values()) + 1
    cols: dict[int, list[Node]] = defaultdict(list)
    for n in nodes.values():
        cols[n.column].append(n)
    last = [n for n in nodes.values() if n.column == ncols - 1]
    right = min(RIGHT_MAX, max(RIGHT_MIN, max(text_width(_label(n)) for n in last) + 16))
    step = (WIDTH - LEFT - right - NODE_W) / max(ncols - 1, 1)
    room = step - NODE_W - 10 if ncols > 1 else right - 8  # a label's width before the next column
    # a chart of two parties does not need the height of one of twenty
    avail = min(HEIGHT, max(120, 70 * max(len(c) for c in cols.values())))
    scale = min((avail - GAP * (len(c) + 1)) / sum(n.kg for n in c) for c in cols.values())
    bottom = 0.0
    for col in cols.values():
        y = float(GAP)
        for n in sorted(col, key=lambda n: -n.kg):
            n.y, n.h = y, max(n.kg * scale, 2.0)
            n.out_y = n.in_y = y
            y += max(n.h, LABEL_H) + GAP
        bottom = max(bottom, y)
    categories = _categories(flows)
    height = bottom + GAP + LEGEND_ROW * len(categories) + GAP
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
             f'aria-label="Flows of traced goods" class="sankey-chart">']
    for s, t, cat, kg in flows:
        parts.append(_band(nodes[s], nodes[t], cat, kg, scale, step))
    for n in nodes.values():
        x = LEFT + n.column * step
        # every label starts right of its node, inside the room before the next column (or the right margin)
        tx = x + NODE_W + 4
        width = (right - 8) if n.column == ncols - 1 else room
        whole = n.name + (f" (as written: {'; '.join(sorted(n.spellings))})" if n.spellings else "")
        parts.append(f'<rect x="{x:.1f}" y="{n.y:.1f}" width="{NODE_W}" height="{n.h:.1f}" fill="#334155">'
                     f'<title>{escape(whole)}: {kg_text(n.kg)}</title></rect>')
        parts.append(f'<text x="{tx:.1f}" y="{n.y + max(n.h, LABEL_H) / 2 + 4:.1f}" text-anchor="start" '
                     f'font-size="{FONT}" paint-order="stroke" stroke="#fff" stroke-width="3" '
                     f'stroke-linejoin="round"><title>{escape(whole)}: {kg_text(n.kg)}</title>'
                     f'{escape(_label(n, width))}</text>')
    parts.append(_legend(categories, bottom + GAP))
    parts.append("</svg>")
    return "".join(parts)


def _label(n: Node, room: float | None = None) -> str:
    """The name and the kg it moved; when the name must be cut to `room` px, the kg is kept whole."""
    tail = f" · {kg_text(n.kg)}"
    name = n.name if room is None else fit(n.name, max(room - text_width(tail), 3 * FONT))
    return name + tail


def _categories(flows: Sequence[FlowRow]) -> list[tuple[str, float]]:
    totals: dict[str, float] = defaultdict(float)
    for _, _, cat, kg in flows:
        totals[cat] += kg
    return sorted(totals.items(), key=lambda c: -c[1])


def _legend(categories: list[tuple[str, float]], top: float) -> str:
    rows = ['<g class="legend">']
    for i, (cat, kg) in enumerate(categories):
        y = top + i * LEGEND_ROW
        rows.append(f'<rect x="{LEFT}" y="{y:.1f}" width="22" height="10" fill="{COLOURS.get(cat, OTHER)}" '
                    f'fill-opacity="0.6"></rect>'
                    f'<text x="{LEFT + 30}" y="{y + 9:.1f}" text-anchor="start" font-size="{FONT}">'
                    f'{escape(cat.replace("_", " "))}: {kg_text(kg)} in the flows shown; band width is kg</text>')
    rows.append("</g>")
    return "".join(rows)


def _band(s: Node, t: Node, cat: str, kg: float, scale: float, step: float) -> str:
    w = max(kg * scale, 1.0)
    x0, x1 = LEFT + s.column * step + NODE_W, LEFT + t.column * step
    y0, y1 = s.out_y + w / 2, t.in_y + w / 2
    s.out_y += w
    t.in_y += w
    mid = (x0 + x1) / 2
    colour = COLOURS.get(cat, OTHER)
    return (f'<path d="M{x0:.1f},{y0:.1f} C{mid:.1f},{y0:.1f} {mid:.1f},{y1:.1f} {x1:.1f},{y1:.1f}" fill="none" '
            f'stroke="{colour}" stroke-opacity="0.45" stroke-width="{w:.1f}"><title>{escape(s.name)} → '
            f'{escape(t.name)}: {kg:,.0f} kg {escape(cat.replace("_", " "))}</title></path>')
