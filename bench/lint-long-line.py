#!/usr/bin/env python3
"""status-lint on minified JSON: one line of about 3.2 MB with 20,000 findings.

Generators and `serde_json::to_string` write OpenAPI documents on one line, where a finding
that kept its whole source line would keep the whole file. This writes such a document (20,000
operations, each documenting 200, 404 and the unused 306, padded past 2 MB), runs the release
binary on it once per output format, and prints each run's time, peak memory (the child's
maximum resident set) and output size, against the targets: under 5 s and 200 MB, and a
SARIF log under 10 MB (what code scanning accepts).

  cargo build --release -p status-lint
  python3 bench/lint-long-line.py
"""

import resource
import subprocess
import sys
import time
from pathlib import Path

WORKSPACE = Path(__file__).resolve().parent.parent
BINARY = WORKSPACE / "target" / "release" / "cargo-status-lint"
FINDINGS = 20_000


def spec():
    operations = ",".join(
        f'"/p{i}":{{"get":{{"responses":{{"200":{{"description":"{"d" * 40}"}},'
        f'"306":{{"description":"x"}},"404":{{"description":"nf"}}}}}}}}'
        for i in range(FINDINGS))
    return ('{"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{'
            + operations + '},"x-pad":"' + "p" * 200_000 + '"}')


def main():
    if not BINARY.exists():
        sys.exit("build it first: cargo build --release -p status-lint")
    directory = WORKSPACE / "target" / "lint-long-line"
    directory.mkdir(parents=True, exist_ok=True)
    document = directory / "openapi.json"
    document.write_text(spec())
    print(f"{document.stat().st_size:,} bytes on one line, {FINDINGS:,} findings")
    for fmt in ("human", "json", "sarif"):
        start = time.perf_counter()
        proc = subprocess.run([str(BINARY), "--no-config", "--color", "never", "--format", fmt,
                               str(document)], capture_output=True)
        seconds = time.perf_counter() - start
        # Children's peak resident set, in KiB on Linux; each run is the largest so far or not
        # larger than an earlier one, so the maximum over runs is reported.
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = len(proc.stdout)
        print(f"  {fmt:<6} {seconds:6.2f} s  peak RSS so far {peak:7.1f} MiB  "
              f"output {size / 1e6:6.2f} MB  exit {proc.returncode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
