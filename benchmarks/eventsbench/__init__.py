"""Loaders and scorers for the event benchmark (``benchmarks/events.py``), one module per dataset."""
