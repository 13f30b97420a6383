"""Training sitrep's own spaCy pipeline (NER, tagger, parser) from public corpora.

Nothing here runs at import time: the converters and the training entry point
(`sitrep.training.ner.train_ner`) import spaCy lazily enough to keep `import
sitrep` cheap, and the corpora are read only when a function is called with a path.
"""
