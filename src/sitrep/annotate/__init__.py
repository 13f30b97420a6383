"""Annotate: spaCy components that mark sentences, names, times, numbers and quotes."""
