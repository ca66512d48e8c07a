"""Every chapter graded by stock nbgrader and by the judge: a table, so that a slow chapter shows.

    .venv/bin/python bench/chapters.py [--n 5] [--jobs 2] [--chapters ch02 ch03 ...]

For each chapter, a class of ``--n`` submissions that takes the kinds of the realistic mix
in turn (correct, one to three corpus mistakes, blank, slow, raising: ``class_grading.py
--mix each``) is graded by both, side by side, as in ``class_grading.py``. The table gives
seconds per submission for each (the whole run, nbgrader's start included, divided by the
class size), the speed-up, the judge's median seconds for each kind of submission,
whether both gave every submission the same score, and the largest peak memory of a judge
worker with its sandbox. It ends with a Markdown copy of the table for the README.
"""

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from class_grading import run

KINDS = ("correct", "wrong", "blank", "slow", "raises")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--chapters", nargs="*",
                        default=[f"ch{k:02d}" for k in range(2, 11)])
    args = parser.parse_args()
    rows = []
    for chapter in args.chapters:
        out = run(chapter, args.n, args.jobs, "each")
        kinds = {k: statistics.median(out["seconds"][k]) for k in KINDS if k in out["seconds"]}
        row = (chapter, out["stock"] / args.n, out["judge"] / args.n, kinds,
               args.n - len(out["differ"]), max(out["peaks"], default=0) / 2**20)
        rows.append(row)
        print(f"{chapter}: stock {row[1]:6.2f} s, judge {row[2]:5.2f} s per submission "
              f"({row[1] / row[2]:.1f}x); judge by kind: "
              + ", ".join(f"{k} {v:.2f} s" for k, v in kinds.items())
              + f"; same score {row[4]} of {args.n}; peak {row[5]:.0f} MiB per worker",
              flush=True)
    print(f"\n| chapter | stock s/submission | judge s/submission | speed-up | judge: "
          f"{' / '.join(KINDS)} (s) | same score | peak MiB per worker |")
    print("|---|---|---|---|---|---|---|")
    for chapter, stock, judge, kinds, same, peak in rows:
        by_kind = " / ".join(f"{kinds[k]:.2f}" if k in kinds else "-" for k in KINDS)
        print(f"| {chapter} | {stock:.2f} | {judge:.2f} | {stock / judge:.1f}x | {by_kind} | "
              f"{same} of {args.n} | {peak:.0f} |")


if __name__ == "__main__":
    main()
