"""Grade a class of chapter-3 submissions with stock nbgrader and with the judge, side by side.

    .venv/bin/python bench/class_grading.py [--n 100] [--jobs 2]

The class is a realistic mix: correct solutions, partly wrong ones (mistakes from the test
corpus), blank notebooks (the release), slow but correct code, and code that raises. Both
graders get identical copies of one course, without the demo cells (stock nbgrader would
otherwise spend half a minute per notebook training models; the judge skips them anyway):

* stock: ``nbgrader autograde ch03`` with nbgrader's own Execute step, which runs every
  cell in a fresh kernel, the hidden-test cells included (they run the same checks as the
  judge, in the student's kernel);
* judge: ``python -m autograder autograde ch03 --jobs N``, sandbox on.

It prints wall time and submissions per minute for each, the speed-up, the judge's
overhead per submission (the median time to grade a blank notebook, which runs almost no
student code), the peak memory of each judge worker (its process and its sandbox,
proportional set size), and whether every submission got the same score from both.
"""

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from course import make_course  # noqa: E402

from autograder import samples  # noqa: E402
from autograder.config import tool_env  # noqa: E402

CORPUS = REPO / "tests" / "submissions" / "ch03"
SLOW = {"get_k_fold_data": (
    "def get_k_fold_data(k, i, X, y):\n"
    "    import time\n"
    "    time.sleep(0.5)  # slow, but correct\n"
    "    fold = X.shape[0] // k\n"
    "    parts = [(X[j * fold:(j + 1) * fold], y[j * fold:(j + 1) * fold]) for j in range(k)]\n"
    "    train = [p for j, p in enumerate(parts) if j != i]\n"
    "    return (nd.concat(*[a for a, _ in train], dim=0), nd.concat(*[b for _, b in train],"
    " dim=0), parts[i][0], parts[i][1])\n")}
RAISES = {"relu": "def relu(X):\n    return nd.maximum(X, zero)  # NameError: zero\n",
          "accuracy": "def accuracy(y_hat, y):\n    return 1 / 0\n"}


def mistakes():
    """Plausible mistakes from the corpus (not cheats, not the ones graded alone)."""
    out = []
    for path in sorted(CORPUS.glob("*.py")):
        text = path.read_text()
        if path.stem.startswith("cheat_") or path.stem.endswith("_100") or "alone: yes" in text:
            continue
        if "status: timeout" in text:
            continue
        exercise = re.search(r"^# exercise: (\w+)", text, re.M)[1]
        out.append((exercise, text))
    return out


def make_class(course, n, seed=0):
    """n submissions: 40% correct, 30% with 1-3 mistakes, 10% blank, 10% slow, 10% raising."""
    rng = random.Random(seed)
    pool = mistakes()
    kinds = (["correct"] * 4 + ["wrong"] * 3 + ["blank", "slow", "raises"])
    for k in range(n):
        kind = kinds[k % len(kinds)]
        answers, solved = {}, True
        if kind == "wrong":
            for exercise, code in rng.sample(pool, rng.randint(1, 3)):
                answers[exercise] = code
        elif kind == "blank":
            solved = False
        elif kind == "slow":
            answers = dict(SLOW)
        elif kind == "raises":
            answers = dict(RAISES)
        nb = samples.submission(course, "ch03", answers, solved)
        target = course / "submitted" / f"s{k:03d}-{kind}" / "ch03" / "ch03.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(nb, target)


def scores(course):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return {s.student.id: s.score for s in gb.assignment_submissions("ch03")}


class MemorySampler(threading.Thread):
    """Peak proportional set size of each judge worker: the worker process and every
    process below it (its bubblewrap sandbox and the submission's processes)."""

    def __init__(self, root_pid):
        super().__init__(daemon=True)
        self.root_pid, self.peaks, self.stop = root_pid, {}, threading.Event()

    def run(self):
        while not self.stop.wait(0.2):
            children = _children()
            for worker in children.get(self.root_pid, []):
                total = sum(_pss(pid) for pid in _tree(worker, children))
                self.peaks[worker] = max(self.peaks.get(worker, 0), total)


def _children():
    out = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        out.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return out


def _tree(pid, children):
    todo, found = [pid], []
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def _pss(pid):
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    match = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
    return int(match[1]) * 1024 if match else 0


def time_stock(course):
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "nbgrader", "autograde", "ch03", "--log-level=ERROR"],
                   cwd=course, env=tool_env(), capture_output=True)
    return time.monotonic() - started


def time_judge(course, jobs):
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "autograder", "autograde", "ch03", "--course",
                             str(course), "--jobs", str(jobs)], cwd=REPO, env=tool_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = MemorySampler(proc.pid)
    sampler.start()
    proc.wait()
    sampler.stop.set()
    return time.monotonic() - started, sampler.peaks


def blank_overhead(course):
    """Median judge time of blank notebooks (almost no student code runs)."""
    import json

    times = []
    for path in (course / "judge_results" / "ch03").glob("*-blank/*.json"):
        times.append(json.loads(path.read_text()).get("seconds", 0))
    return statistics.median(times) if times else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        stock, judge = make_course(root / "stock", True), make_course(root / "judge", False)
        for course in (stock, judge):
            make_class(course, args.n)
        (judge / ".judge_secret").write_text("benchmark\n")
        judge_time, peaks = time_judge(judge, args.jobs)
        stock_time = time_stock(stock)
        a, b = scores(stock), scores(judge)
        differ = sorted(s for s in a if abs(a[s] - b.get(s, -1)) > 1e-6)
        n = args.n
        print(f"{n} chapter-3 submissions (40% correct, 30% wrong, 10% blank, 10% slow, "
              f"10% raising), {args.jobs} judge workers")
        print(f"  stock nbgrader autograde   : {stock_time:7.1f} s  "
              f"{60 * n / stock_time:6.1f} submissions/min")
        print(f"  python -m autograder (jobs={args.jobs}): {judge_time:7.1f} s  "
              f"{60 * n / judge_time:6.1f} submissions/min")
        print(f"  speed-up                   : {stock_time / judge_time:7.1f}x")
        print(f"  judge overhead/submission  : {blank_overhead(judge):7.2f} s (a blank notebook)")
        print("  peak memory per worker     : " + ", ".join(
            f"{p / 2**20:.0f} MiB" for p in sorted(peaks.values(), reverse=True)[:args.jobs]))
        print(f"  same score from both       : {n - len(differ)} of {n}"
              + (f" (differ: {', '.join(differ)})" if differ else ""))


if __name__ == "__main__":
    main()
