"""Benchmark of the product classifier (chainlight.classify) on a labelled set written for it."""
