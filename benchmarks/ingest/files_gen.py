"""User files for the ingest benchmark: records_gen.py's shipments (the flows_gen shape, fictional trade
names, the OFAC-listed trader in English or Hangul) written as a customs export would give them, with every
shipments column of formats.md and two columns of its own (`bl_number`, `notes`) that land in `extra`.

Columns records_gen.py does not make are derived from the row number, so the file is the same for a seed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from benchmarks.trace.records_gen import generate_records

PORTS = ("Qingdao", "Dandong", "Nampo", "Tianjin", "Los Angeles", "Long Beach", "Busan", "Hong Kong")
CARRIERS = ("COSCO", "rail", "Sinokor", "Evergreen", "truck")


def _pick(options: tuple[str, ...], salt: int) -> str:
    items = ", ".join("'" + o.replace("'", "''") + "'" for o in options)
    return f"[{items}][1 + ((hash(shipment_id) + {salt}) % {len(options)})::BIGINT]"


def write_shipments(n: int, path: Path, fmt: str = "csv", seed: int = 1) -> Path:
    """n shipment lines in `path` as CSV (default), Parquet or JSON lines."""
    with tempfile.TemporaryDirectory(prefix="chainlight-gen-") as tmp:
        parquet = Path(tmp) / "s.parquet"
        generate_records(n, parquet, Path(tmp) / "l.parquet", seed=seed)
        con = duckdb.connect()
        con.execute("SET threads = 2")
        con.execute("SET enable_progress_bar = false")
        src = str(parquet).replace("'", "''")
        select = f"""SELECT shipment_id, date, shipper_name,
                'No. ' || (hash(shipment_id) % 300 + 1) || ' Industrial Road, ' ||
                    CASE shipper_country WHEN 'kp' THEN 'Pyongyang' WHEN 'hk' THEN 'Kowloon' ELSE 'Pingdu' END
                    AS shipper_address,
                upper(shipper_country) AS shipper_country, consignee_name,
                (hash(consignee_name) % 900 + 100) || ' Commerce St, Newark NJ' AS consignee_address,
                upper(consignee_country) AS consignee_country,
                CASE WHEN hash(shipment_id) % 50 = 0 THEN 'SAME AS CONSIGNEE' END AS notify_party,
                hs_code, description,
                round(weight_kg * 40) AS quantity, 'pcs' AS quantity_unit, weight_kg,
                round(weight_kg * 37.5, 2) AS value, 'USD' AS currency, upper(origin_country) AS origin_country,
                {_pick(PORTS[:4], 1)} AS port_of_lading, {_pick(PORTS[4:], 2)} AS port_of_unlading,
                {_pick(CARRIERS, 3)} AS carrier,
                'NMP-' || (hash(shipment_id) % 100000) AS bl_number,
                CASE WHEN hash(shipment_id) % 20 = 0 THEN 'inspected at port' END AS notes
            FROM read_parquet('{src}')"""
        dest = str(path).replace("'", "''")
        options = {"csv": "(HEADER)", "parquet": "(FORMAT parquet)", "jsonl": "(FORMAT json)"}[fmt]
        con.execute(f"COPY ({select}) TO '{dest}' {options}")
        con.close()
    return path
