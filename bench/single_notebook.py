"""Grade one full-solution chapter-3 notebook with our judge and with stock nbgrader.

    .venv/bin/python bench/single_notebook.py [--runs 3]

Both run on the same submission in the same run, each timed with ``/usr/bin/time -v``
(wall time and peak resident memory of the largest process); the medians are printed.
Stock nbgrader runs every cell in a fresh kernel, the training demos included, as it does
by default; ``--no-demos`` also times it on a copy of the course without the demo cells,
which is the most favourable setting for the stock tool.
"""

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from course import make_course  # noqa: E402

from autograder import samples  # noqa: E402
from autograder.config import tool_env  # noqa: E402


def timed(cmd, cwd, env=None):
    """Run ``cmd`` under /usr/bin/time -v; return (seconds, peak MiB, stdout)."""
    proc = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=cwd, env=env or tool_env(),
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    h, m, s = wall.groups()
    seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)[1])
    return seconds, peak / 1024, proc.stdout


def submit(course):
    """Put the full solution in ``course`` as alice's submission."""
    target = course / "submitted" / "alice" / "ch03" / "ch03.ipynb"
    target.parent.mkdir(parents=True)
    nbformat.write(samples.submission(course, "ch03"), target)
    return target


def measure(runs, keep_demos):
    with tempfile.TemporaryDirectory() as tmp:
        judge = make_course(Path(tmp) / "judge", stock=False, keep_demos=keep_demos)
        stock = make_course(Path(tmp) / "stock", stock=True, keep_demos=keep_demos)
        submission = submit(judge)
        submit(stock)
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(timed([sys.executable, "-m", "autograder", "grade", str(submission),
                               "--course", str(judge), "--json"], REPO)[:2])
            theirs.append(timed([sys.executable, "-m", "nbgrader", "autograde", "ch03",
                                 "--create", "--force", "--log-level=ERROR"], stock)[:2])
        return ours, theirs


def median(pairs, i):
    return statistics.median(p[i] for p in pairs)


def report(label, ours, stock):
    o_t, s_t = median(ours, 0), median(stock, 0)
    print(f"{label}")
    print(f"  python -m autograder grade : {o_t:6.2f} s  peak {median(ours, 1):5.0f} MiB  "
          f"(runs: {', '.join(f'{t:.2f}' for t, _ in ours)})")
    print(f"  nbgrader autograde (stock) : {s_t:6.2f} s  peak {median(stock, 1):5.0f} MiB  "
          f"(runs: {', '.join(f'{t:.2f}' for t, _ in stock)})")
    print(f"  stock / ours wall time     : {s_t / o_t:6.1f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-demos", action="store_true",
                        help="also time both on a course without the demo cells")
    args = parser.parse_args()
    report("ch03 full solution, as released (demo cells included):", *measure(args.runs, True))
    if args.no_demos:
        report("ch03 full solution, demo cells removed from the course:",
               *measure(args.runs, False))


if __name__ == "__main__":
    main()
