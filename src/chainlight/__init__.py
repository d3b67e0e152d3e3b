"""chainlight: find goods made with forced labour before they reach buyers.

The data flows one way::

    sources -> store -> resolve / classify -> trace -> score -> report / api / web

- ``chainlight.sources``: readers for official lists, FollowTheMoney exports, curated evidence and the
  user's listings, shipments and suppliers.
- ``chainlight.store``: one DuckDB file, versioned schema; every value keeps its provenance.
- ``chainlight.resolve``: names across Hangul, Hanzi and every romanization, explained.
- ``chainlight.classify``: product text to HS-6 code and risk category.
- ``chainlight.trace``: shipments as a dated graph, upstream traces, mass balance.
- ``chainlight.score``: signals, policies (CAATSA s.321, 19 U.S.C. 1307, UFLPA, EU 2024/3015), tiers.
- ``chainlight.report``: findings as CSV, JSON and HTML.
"""

__version__ = "0.1.0"
