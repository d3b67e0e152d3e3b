"""Score: signals, policies (CAATSA s.321(b), 19 U.S.C. 1307, UFLPA, EU 2024/3015), risk_v2 weights, tiers and
ranked scores (risk_v1 kept for old verdicts).

    screen(ScreenInputs) -> ScreenResult     every listing, shipment, supplier and party to a Finding
    trace_text(result, record_id)            what `chainlight trace ID` prints
"""

from chainlight.score.screen import ScreenInputs, ScreenResult, screen, trace_text

__all__ = ["ScreenInputs", "ScreenResult", "screen", "trace_text"]
