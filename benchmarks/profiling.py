"""Profile the 0 ms listing: where does the client spend its time?

    python -m benchmarks.profiling [--tickets 10000] [--top 25] [--pyinstrument]

cProfile sees only the thread it runs in, so the listing is profiled with ``.concurrency(1)``: every page is then
fetched, decoded and turned into models in the main thread. The server runs in its own process. Prints the top
functions by own time and by cumulative time, and the share of the run spent in halopsa's own code.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from typing import List, Optional

from .server import ServerProcess

__all__ = ["profile_listing", "main"]


def _listing(server: ServerProcess) -> int:
    client = server.client()
    try:
        return len(list(client.tickets.all().concurrency(1)))
    finally:
        client.close()


def profile_listing(tickets: int = 10_000, top: int = 25) -> str:
    with ServerProcess(tickets=tickets) as server:
        _listing(server)  # warm-up: imports and first connections stay out of the profile
        profiler = cProfile.Profile()
        profiler.enable()
        rows = _listing(server)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    total = stats.total_tt  # type: ignore[attr-defined]
    own = sum(entry[2] for func, entry in stats.stats.items() if "halopsa" in func[0])  # type: ignore[attr-defined]
    out.write(f"{rows:,} tickets, concurrency 1: {total:.3f} s profiled; "
              f"{own:.3f} s ({own / total:.0%}) in halopsa's own functions\n\n")
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def pyinstrument_listing(tickets: int = 10_000) -> str:
    from pyinstrument import Profiler  # optional: pip install pyinstrument

    with ServerProcess(tickets=tickets) as server:
        _listing(server)
        profiler = Profiler()
        profiler.start()
        _listing(server)
        profiler.stop()
    return profiler.output_text(unicode=True, color=False)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profiling", description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--pyinstrument", action="store_true", help="use pyinstrument (if installed) instead")
    args = parser.parse_args(argv)
    if args.pyinstrument:
        try:
            print(pyinstrument_listing(args.tickets))
        except ImportError:
            print("pyinstrument is not installed: pip install pyinstrument", file=sys.stderr)
            return 2
    else:
        print(profile_listing(args.tickets, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
