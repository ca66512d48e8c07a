"""nbgrader's own autograde with the judge's results already stored (phase 2 of a class
run), with this course's sanitizing steps against nbgrader's default ones.

    .venv/bin/python bench/phase2.py [--n 20] [--runs 3]

Phase 2 records each stored result in the gradebook and writes the autograded notebook:
nbgrader's sanitizing steps, the judge's results into the test cells, the gradebook's SQL.
It runs in the instructor's process beside the judge's workers, so its CPU time is taken
from theirs. Both variants run the same class, alternately, each in a fresh process; the
time is that of ``nbgrader autograde --force`` alone (imports excluded).
"""

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from class_grading import make_class  # noqa: E402
from course import make_course  # noqa: E402

from autograder.config import tool_env  # noqa: E402

OURS, DEFAULT = "this course's steps", "nbgrader's default steps"
TIMED = """
import sys, time
from autograder.classgrade import run_nbgrader_autograde
started = time.process_time(), time.monotonic()
run_nbgrader_autograde(sys.argv[1], "ch03")
print(time.process_time() - started[0], time.monotonic() - started[1])
"""


def phase2_seconds(course):
    """CPU and wall seconds of one ``nbgrader autograde --force`` over stored results."""
    out = subprocess.run([sys.executable, "-c", TIMED, str(course)], cwd=course, env=tool_env(),
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[-2]), float(out[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ours = make_course(Path(tmp) / "ours", False)
        make_class(ours, args.n, "ch03", "plain")
        (ours / ".judge_secret").write_text("benchmark\n")
        subprocess.run([sys.executable, "-m", "autograder", "autograde", "ch03", "--course",
                        str(ours), "--jobs", "2"], cwd=REPO, env=tool_env(), check=True,
                       capture_output=True)
        default = Path(tmp) / "default"
        shutil.copytree(ours, default)
        config = (default / "nbgrader_config.py").read_text()
        config, dropped = re.subn(r"c\.Autograde\.sanitize_preprocessors = \[.*?\]\n", "",
                                  config, flags=re.S)
        assert dropped == 1, "nbgrader_config.py no longer sets sanitize_preprocessors"
        (default / "nbgrader_config.py").write_text(config)
        times = {OURS: [], DEFAULT: []}
        for _ in range(args.runs):
            times[OURS].append(phase2_seconds(ours))
            times[DEFAULT].append(phase2_seconds(default))
    print(f"phase 2 over {args.n} stored ch03 results (plain mix), medians of {args.runs}:")
    medians = {}
    for label, runs in times.items():
        cpu = statistics.median(c for c, _ in runs)
        wall = statistics.median(w for _, w in runs)
        medians[label] = cpu
        print(f"  {label:<25}: {wall:6.2f} s wall, {cpu:6.2f} s CPU, "
              f"{cpu / args.n:.3f} CPU s a submission")
    print(f"  {'default / ours, CPU':<25}: {medians[DEFAULT] / medians[OURS]:.2f}x")


if __name__ == "__main__":
    main()
