"""What the sandbox costs: grading with bubblewrap against grading without isolation.

    .venv/bin/python bench/sandbox_cost.py [--runs 10]

For each mode it starts a grader (the start-up is paid once per worker), then grades the
chapter-3 full solution ``--runs`` times in the warm sandbox and reports the median time
per submission. The difference is the sandbox's cost per submission.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from autograder import samples  # noqa: E402
from autograder.config import load_config  # noqa: E402
from autograder.pipeline import Grader  # noqa: E402
from autograder.sandbox import bwrap_works  # noqa: E402


def measure(mode, path, runs):
    with Grader(REPO, load_config(REPO, {"sandbox": mode})) as grader:
        started = time.monotonic()
        grader.grade(path, seed=1)
        first = time.monotonic() - started
        times = []
        for k in range(runs):
            t0 = time.monotonic()
            result = grader.grade(path, seed=k)
            times.append(time.monotonic() - t0)
            assert result.score == result.max_score
    return first, statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    if not bwrap_works():
        raise SystemExit("bubblewrap does not work here: nothing to compare")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ch03.ipynb"
        nbformat.write(samples.submission(REPO, "ch03"), path)
        rows = {mode: measure(mode, path, args.runs) for mode in ("bwrap", "none")}
    for mode, (first, warm) in rows.items():
        print(f"{mode:5}: first notebook {first:5.2f} s (start-up included), then "
              f"{warm:5.3f} s per notebook (median of {args.runs})")
    cost = rows["bwrap"][1] - rows["none"][1]
    print(f"sandbox cost per submission: {cost * 1000:+.0f} ms "
          f"({100 * cost / rows['none'][1]:+.0f}%); start-up: "
          f"{rows['bwrap'][0] - rows['none'][0]:+.2f} s once per worker")


if __name__ == "__main__":
    main()
