"""Trace: shipments as a dated graph of resolved parties, upstream traces, and mass balance.

    graph.build_graph         parties (cluster_parties) + flows of classified goods + declared suppliers
    products                  which input category can end up in which output (product_flows.yml)
    mass_balance.TaintIndex   one forward pass: tainted share of every flow, bounded by its inputs
    batch.run_sql             the same pass as DuckDB SQL (running sums, as-of joins), used above 50k shipments
    upstream.Tracer           time- and product-respecting, multi-hop, depth-bounded, cycle-safe traces
"""
