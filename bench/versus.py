#!/usr/bin/env python3
"""The crates two checkouts' benchmarks generated, timed against each other in one run.

compile-cost.py and app-cost.py time variants side by side, but a change to the crates
themselves (before and after a commit) shows as a ratio between two runs, which the machine's
noise moves as much as the change. This times the crates that both checkouts generated,
interleaved in one run: each round checks every crate once, in a rotating order, with the
dependencies each checkout built.

  python3 bench/versus.py BEFORE AFTER --crates axum-plain,axum-checked [--rounds 9]

BEFORE and AFTER are checkouts in which compile-cost.py (or app-cost.py, with --app) has run,
so their target/compile-cost (target/app-cost) holds the crates. It prints each crate's
median CPU time (cargo + rustc, user + sys) in each checkout, and after / before.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def check(crate, target_dir):
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir), CARGO_INCREMENTAL="0")
    now = time.time()
    for path in (crate / "src").rglob("*.rs"):
        os.utime(path, (now, now))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(["cargo", "check", "--offline", "--manifest-path",
                           str(crate / "Cargo.toml")], env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--crates", required=True)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--app", action="store_true", help="the crates of app-cost.py")
    args = parser.parse_args()
    sub = "app-cost" if args.app else "compile-cost"
    runs = [(side, name, root / "target" / sub / name, root / "target" / sub / "target")
            for side, root in (("before", args.before), ("after", args.after))
            for name in args.crates.split(",")]
    for _, _, crate, target in runs:  # dependencies, once
        check(crate, target)
    cpu = {(side, name): [] for side, name, _, _ in runs}
    for r in range(args.rounds):
        order = runs[r % len(runs):] + runs[:r % len(runs)]
        for side, name, crate, target in order:
            cpu[(side, name)].append(check(crate, target))
        print(f"round {r + 1} done", file=sys.stderr)
    print(f"{'crate':<24}{'before':>10}{'after':>10}{'after/before':>14}")
    for name in args.crates.split(","):
        b = statistics.median(cpu[("before", name)])
        a = statistics.median(cpu[("after", name)])
        print(f"{name:<24}{b:>9.3f}s{a:>9.3f}s{a / b:>14.3f}")
    names = args.crates.split(",")
    for base, variant in zip(names[0::2], names[1::2]):
        for side in ("before", "after"):
            ratios = [v / p for v, p in zip(cpu[(side, variant)], cpu[(side, base)])]
            print(f"{side:<7} {variant} / {base}: {statistics.median(ratios):.3f} "
                  "(median of per-round ratios)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
