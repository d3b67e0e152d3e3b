"""A flow (Sankey) chart of traced goods as inline SVG, laid out in Python: no JavaScript, works offline.

Parties are placed in columns by their longest distance from a party that receives nothing in the chart;
each column is stacked by weight, and each flow is a band whose width is proportional to its kg.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

FlowRow = tuple[str, str, str, float]

COLOURS = {"false_eyelashes": "#c2410c", "wigs": "#7c3aed", "hair_pieces": "#0f766e", "human_hair": "#a16207",
           "knitwear": "#1d4ed8"}
WIDTH, HEIGHT, NODE_W, GAP, MARGIN = 960, 420, 14, 12, 150


@dataclass
class Node:
    name: str
    column: int = 0
    kg: float = 0.0
    y: float = 0.0
    h: float = 0.0
    out_y: float = 0.0
    in_y: float = 0.0


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


def sankey_svg(flows: Sequence[FlowRow], limit: int = 40) -> str:
    flows = sorted([f for f in flows if f[3] > 0], key=lambda f: -f[3])[:limit]
    if not flows:
        return '<p class="muted">No traced flows of tainted goods.</p>'
    nodes = _columns(flows)
    ncols = max(n.column for n in nodes.values()) + 1
    cols: dict[int, list[Node]] = defaultdict(list)
    for n in nodes.values():
        cols[n.column].append(n)
    scale = min((HEIGHT - GAP * (len(c) + 1)) / sum(n.kg for n in c) for c in cols.values())
    step = (WIDTH - 2 * MARGIN - NODE_W) / max(ncols - 1, 1)
    for col in cols.values():
        y = float(GAP)
        for n in sorted(col, key=lambda n: -n.kg):
            n.y, n.h = y, max(n.kg * scale, 2.0)
            n.out_y = n.in_y = y
            y += n.h + GAP
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT + 20}" role="img" '
             f'aria-label="Flows of traced goods">']
    for s, t, cat, kg in flows:
        parts.append(_band(nodes[s], nodes[t], cat, kg, scale, step))
    for n in nodes.values():
        x = MARGIN + n.column * step
        # every label starts right of its node: drawn left of a leftmost node it would fall outside the viewBox
        tx = x + NODE_W + 4
        parts.append(f'<rect x="{x:.1f}" y="{n.y:.1f}" width="{NODE_W}" height="{n.h:.1f}" fill="#334155">'
                     f'<title>{escape(n.name)}: {n.kg:,.0f} kg</title></rect>')
        parts.append(f'<text x="{tx:.1f}" y="{n.y + n.h / 2 + 4:.1f}" text-anchor="start" font-size="11">'
                     f'{escape(n.name[:40])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _band(s: Node, t: Node, cat: str, kg: float, scale: float, step: float) -> str:
    w = max(kg * scale, 1.0)
    x0, x1 = MARGIN + s.column * step + NODE_W, MARGIN + t.column * step
    y0, y1 = s.out_y + w / 2, t.in_y + w / 2
    s.out_y += w
    t.in_y += w
    mid = (x0 + x1) / 2
    colour = COLOURS.get(cat, "#64748b")
    return (f'<path d="M{x0:.1f},{y0:.1f} C{mid:.1f},{y0:.1f} {mid:.1f},{y1:.1f} {x1:.1f},{y1:.1f}" fill="none" '
            f'stroke="{colour}" stroke-opacity="0.45" stroke-width="{w:.1f}"><title>{escape(s.name)} → '
            f'{escape(t.name)}: {kg:,.0f} kg {escape(cat.replace("_", " "))}</title></path>')
