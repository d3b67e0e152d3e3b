"""HTTP API: an OpenSanctions-yente-compatible /match, entities, findings and claims."""
