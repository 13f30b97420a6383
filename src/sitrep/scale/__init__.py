"""Running extraction at scale: all local cores, or a Dask cluster.

``parallel`` spreads a batch over worker processes on this machine (what
``sitrep extract`` does by default); ``dask_runner`` sends partitions of the
input to a Dask cluster and stores the results through one writer. Both keep
the input order and give each failing document its own error report.
"""
