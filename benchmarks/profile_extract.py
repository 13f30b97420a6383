"""Profile of extraction: where one process spends its time on Reuters articles.

Runs ``extract_documents`` under cProfile over the first N Reuters-21578
articles (the throughput benchmark's reader) with the pipeline already warm, and
prints the top functions by cumulative and by own time.

Usage:
    python benchmarks/profile_extract.py [--limit 1000] [--top 30] [--data DIR]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from pathlib import Path

from throughput import DEFAULT_DATA, read_reuters


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .sgm files")
    parser.add_argument("--limit", type=int, default=1000, help="articles profiled")
    parser.add_argument("--top", type=int, default=30, help="functions listed per ordering")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"{args.data} is not a folder; pass --data with the Reuters-21578 .sgm files")
    from sitrep.pipeline import extract_documents, get_pipeline

    documents = read_reuters(args.data, args.limit)
    nlp = get_pipeline()
    list(extract_documents(documents[:5], nlp=nlp))  # warm lazy caches outside the profile
    profile = cProfile.Profile()
    profile.enable()
    for _ in extract_documents(documents, nlp=nlp):
        pass
    profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
