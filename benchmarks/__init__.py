"""Accuracy and speed benchmarks, each against a peer measured in the same run."""
