"""Text of `chainlight trace ID`: the upstream chain of a listing, shipment, supplier or party, step by step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chainlight.errors import NotFoundError
from chainlight.trace.products import carried, label
from chainlight.trace.upstream import Hop, Trace

if TYPE_CHECKING:
    from chainlight.score.records import RecordScreener
    from chainlight.score.screen import ScreenResult


def render(result: ScreenResult, record_id: str) -> str:
    scr = result.screener
    if scr is None:
        raise NotFoundError(f"no screen context to trace {record_id!r}; run screen first")
    tracer = type(scr.tracer)(scr.index, scr.party_roots, scr.flow_roots, all_inputs=True)
    lines: list[str] = []
    found = result.finding(record_id)
    if found is not None:
        lines.append(f"{found.record_type} {record_id}: {found.tier} ({found.score:.2f}) "
                     f"{'; '.join(found.policies) or 'no policy'}")
        lines.append(f"  {found.summary}")
    traces = _traces(scr, tracer, record_id)
    if found is None and not traces:
        raise NotFoundError(f"{record_id!r} is not a listing, shipment, supplier or party of this screen")
    for head, trace in traces:
        lines.append(head)
        lines += _trace_lines(scr, trace)
    if found is not None:
        lines.append("evidence:")
        for i, step in enumerate(found.evidence, 1):
            src = f" [{'; '.join(step.source_ids)}]" if step.source_ids else ""
            url = f" <{step.source_url}>" if step.source_url else ""
            lines.append(f"  {i:>2}. {step.kind}: {step.detail}{src}{url}")
    return "\n".join(lines)


def _traces(scr: RecordScreener, tracer: object, rid: str) -> list[tuple[str, Trace]]:
    g = scr.graph
    from chainlight.trace.upstream import Tracer

    assert isinstance(tracer, Tracer)
    if rid in g.flow_by_id:
        return [(f"upstream of shipment {rid}:", tracer.from_flow(g.flow_by_id[rid]))]
    for kind in ("listing", "supplier"):
        cls = g.classifications.get(f"{kind}:{rid}")
        if cls is None:
            continue
        roles = ("seller", "manufacturer") if kind == "listing" else ("supplier",)
        pids = dict.fromkeys(p for r in roles if (p := g.mention_party.get(f"{kind}:{rid}:{r}")))
        return [(f"upstream of {g.parties[p].name} for {label(cls.risk_category)}:",
                 tracer.from_party(p, cls.risk_category)) for p in pids if carried(cls.risk_category)]
    pid = rid if rid in g.parties else next((p.id for p in g.parties.values() if rid in p.names), None)
    if pid is None:
        return []
    cats = sorted({f.category for f in g.outbound.get(pid, []) + g.inbound.get(pid, []) if carried(f.category)})
    return [(f"upstream of {g.parties[pid].name} for {label(c)}:", tracer.from_party(pid, c)) for c in cats]


def _trace_lines(scr: RecordScreener, trace: Trace) -> list[str]:
    lines = []
    if trace.balance is not None and trace.balance.input_kg > 0:
        lines.append(f"  mass balance: {trace.balance.detail()}")
    if not trace.hops:
        lines.append("  no inputs of this product are visible in the shipments")
    for hop in trace.hops:
        lines += _hop_lines(scr, hop, 1)
    if trace.cycles:
        lines.append(f"  ({trace.cycles} cycle(s) in the supply graph cut)")
    if trace.cut:
        lines.append(f"  ({trace.cut} branch(es) cut at trace_max_depth={scr.settings.trace_max_depth})")
    return lines


def _hop_lines(scr: RecordScreener, hop: Hop, indent: int) -> list[str]:
    g, f = scr.graph, hop.flow
    pad = "  " * indent
    kg = f"{f.kg:,.0f} kg" if f.kg is not None else "? kg"
    src, dst = g.parties[f.source], g.parties[f.target]
    where = f" ({src.country.upper()})" if src.country else ""
    state = f"tainted up to {hop.taint.share:.1%}" if hop.taint.tainted else "clean"
    lines = [f"{pad}<- {f.date} {f.id}: {kg} {label(f.category)} from {src.name}{where} to {dst.name} "
             f"[{state}] (source: shipment:{f.id})"]
    if hop.root is not None:
        lines.append(f"{pad}   ROOT: {hop.root.reason}")
        for m in scr.matches.get(f.source, []):
            lines.append(f"{pad}   listed: {m.entity_name} [{'; '.join(m.source_ids)}]")
    elif hop.cycle:
        lines.append(f"{pad}   (cycle: {src.name} is already on this path; not followed again)")
    elif hop.cut:
        lines.append(f"{pad}   (depth bound reached)")
    elif hop.level > 0 and hop.balance is not None and hop.balance.input_kg > 0 and hop.taint.tainted:
        lines.append(f"{pad}   mass balance: {hop.balance.detail()}")
    for child in hop.children:
        lines += _hop_lines(scr, child, indent + 1)
    return lines
