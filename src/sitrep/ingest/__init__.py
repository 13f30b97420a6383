"""Ingest: turn files and records into `SourceDocument`s, one module per source kind."""
