"""Grade a class with stock nbgrader and with the judge, side by side.

    .venv/bin/python bench/class_grading.py [--chapter ch03] [--n 100] [--jobs 2]
        [--mix realistic|plain] [--dask] [--no-stock]

The class is a mix of submissions: correct solutions, partly wrong ones (mistakes from the
test corpus), blank notebooks (the release), slow but correct code, and code that raises.
``--mix realistic`` (the default) is 40% correct, 30% with one to three mistakes, 10% blank,
10% slow, 10% raising; ``--mix plain`` is half correct, a fifth blank and the rest one
mistake each; ``--mix each`` is one of each kind of the realistic mix, in turn. Both
graders get identical copies of one course, without the demo cells (stock nbgrader would
otherwise spend half a minute per notebook training models; the judge skips them anyway):

* stock: ``nbgrader autograde chNN`` with nbgrader's own Execute step, which runs every
  cell in a fresh kernel, the hidden-test cells included (they run the same checks as the
  judge, in the student's kernel);
* judge: ``python -m autograder autograde chNN --jobs N``, sandbox on; with ``--dask``, on a
  Dask ``LocalCluster`` of N one-thread worker processes instead (``--scheduler``).

It prints wall time and submissions per minute for each, the speed-up, the judge's
overhead per submission (the median time to grade a blank notebook, which runs almost no
student code), the peak memory of each judge worker (its process and its sandbox,
proportional set size), and whether every submission got the same score from both.
``--no-stock`` times the judge alone (to compare ``--jobs`` and ``--dask`` settings).
"""

import argparse
import contextlib
import json
import os
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

SLOW_LINE = "    __import__('time').sleep(0.5)  # slow, but correct\n"
KINDS = {"realistic": ["correct"] * 4 + ["wrong"] * 3 + ["blank", "slow", "raises"],
         "plain": ["correct"] * 5 + ["blank"] * 2 + ["one wrong"] * 3,
         "each": ["correct", "wrong", "blank", "slow", "raises"]}


def mistakes(assignment):
    """Plausible mistakes from the corpus (not cheats, not the ones graded alone)."""
    out = []
    for path in sorted((REPO / "tests" / "submissions" / assignment).glob("*.py")):
        text = path.read_text()
        if path.stem.startswith("cheat_") or path.stem.endswith("_100") or "alone: yes" in text:
            continue
        if "status: timeout" in text:
            continue
        exercise = re.search(r"^# exercise: (\w+)", text, re.M)[1]
        out.append((exercise, text))
    return out


def functions(course, assignment):
    """The exercises whose answer is one function, with their solution code."""
    return {name: code for name, code in samples.solutions(course, assignment).items()
            if re.match(rf"def {name}\(", code)}


def slowed(code):
    """A function's code that sleeps half a second first (its body's first line)."""
    lines = code.splitlines(keepends=True)
    end = next(i for i, line in enumerate(lines) if line.rstrip().endswith(":"))
    return "".join(lines[:end + 1]) + SLOW_LINE + "".join(lines[end + 1:])


def make_class(course, n, assignment="ch03", mix="realistic", seed=0):
    """n submissions of the ``mix`` (see KINDS), in ``course/submitted``."""
    rng = random.Random(seed)
    pool = mistakes(assignment)
    funcs = functions(course, assignment)
    kinds = KINDS[mix]
    for k in range(n):
        kind = kinds[k % len(kinds)]
        answers, solved = {}, True
        if kind == "wrong":
            for exercise, code in rng.sample(pool, rng.randint(1, 3)):
                answers[exercise] = code
        elif kind == "one wrong":
            exercise, code = rng.choice(pool)
            answers[exercise] = code
        elif kind == "blank":
            solved = False
        elif kind == "slow":
            name = sorted(funcs)[0]
            answers[name] = slowed(funcs[name])
        elif kind == "raises":
            for name in sorted(funcs)[:2]:
                answers[name] = f"def {name}(*args, **kwargs):\n    return 1 / 0\n"
        nb = samples.submission(course, assignment, answers, solved)
        target = (course / "submitted" / f"s{k:03d}-{kind.replace(' ', '-')}" / assignment
                  / f"{assignment}.ipynb")
        target.parent.mkdir(parents=True)
        nbformat.write(nb, target)


def scores(course, assignment):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return {s.student.id: s.score for s in gb.assignment_submissions(assignment)}


class MemorySampler(threading.Thread):
    """Peak proportional set size of each judge worker: the worker process and every
    process below it (its bubblewrap sandbox and the submission's processes). The workers
    are the children of ``root_pid`` (with ``nannies``, the children of its children)."""

    def __init__(self, root_pid, nannies=False):
        super().__init__(daemon=True)
        self.root_pid, self.nannies = root_pid, nannies
        self.peaks, self.stop = {}, threading.Event()

    def run(self):
        while not self.stop.wait(0.2):
            children = _children()
            workers = children.get(self.root_pid, [])
            if self.nannies:
                workers = [w for nanny in workers for w in children.get(nanny, [])]
            for worker in workers:
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


def time_stock(course, assignment):
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "nbgrader", "autograde", assignment,
                    "--log-level=ERROR"], cwd=course, env=tool_env(), capture_output=True)
    return time.monotonic() - started


def time_judge(course, assignment, jobs, dask=False):
    """Wall time of the judge's class grading, and each worker's peak memory."""
    with contextlib.ExitStack() as stack:
        where = ["--jobs", str(jobs)]
        if dask:
            from distributed import LocalCluster

            cluster = stack.enter_context(LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                worker_class="distributed.Nanny"))
            where = ["--scheduler", cluster.scheduler_address]
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "autograder", "autograde", assignment,
                                 "--course", str(course), *where], cwd=REPO, env=tool_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Dask's workers are this process's grandchildren (under their nannies)
        sampler = MemorySampler(os.getpid() if dask else proc.pid, dask)
        sampler.start()
        proc.wait()
        elapsed = time.monotonic() - started
        sampler.stop.set()
    return elapsed, sampler.peaks


def judge_seconds(course, assignment):
    """kind -> the judge's seconds for each of its submissions (from the stored results)."""
    out = {}
    for path in (course / "judge_results" / assignment).glob("*/*.json"):
        kind = path.parent.name.split("-", 1)[1]
        out.setdefault(kind, []).append(json.loads(path.read_text()).get("seconds", 0))
    return out


def run(assignment, n, jobs, mix, dask=False, stock=True):
    """Grade one class with both graders; a dict of what was measured."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        judge = make_course(root / "judge", False, assignment=assignment)
        make_class(judge, n, assignment, mix)
        (judge / ".judge_secret").write_text("benchmark\n")
        judge_time, peaks = time_judge(judge, assignment, jobs, dask)
        out = {"n": n, "judge": judge_time, "peaks": sorted(peaks.values(), reverse=True),
               "seconds": judge_seconds(judge, assignment)}
        if stock:
            course = make_course(root / "stock", True, assignment=assignment)
            make_class(course, n, assignment, mix)
            out["stock"] = time_stock(course, assignment)
            a, b = scores(course, assignment), scores(judge, assignment)
            out["differ"] = sorted(s for s in a if abs(a[s] - b.get(s, -1)) > 1e-6)
        return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapter", default="ch03")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--mix", choices=sorted(KINDS), default="realistic")
    parser.add_argument("--dask", action="store_true",
                        help="grade on a Dask LocalCluster of --jobs one-thread workers")
    parser.add_argument("--no-stock", action="store_true", help="time the judge alone")
    args = parser.parse_args()
    out = run(args.chapter, args.n, args.jobs, args.mix, args.dask, not args.no_stock)
    n, judge_time = args.n, out["judge"]
    where = f"a Dask LocalCluster of {args.jobs}" if args.dask else f"{args.jobs}"
    print(f"{n} {args.chapter} submissions ({args.mix} mix), {where} judge workers")
    if "stock" in out:
        print(f"  stock nbgrader autograde   : {out['stock']:7.1f} s  "
              f"{60 * n / out['stock']:6.1f} submissions/min")
    print(f"  judge                      : {judge_time:7.1f} s  "
          f"{60 * n / judge_time:6.1f} submissions/min, "
          f"{60 * n / judge_time / args.jobs:6.1f} per worker")
    if "stock" in out:
        print(f"  speed-up                   : {out['stock'] / judge_time:7.1f}x")
    blank = out["seconds"].get("blank")
    print(f"  judge overhead/submission  : "
          f"{statistics.median(blank) if blank else float('nan'):7.2f} s (a blank notebook)")
    for kind, seconds in sorted(out["seconds"].items()):
        print(f"    {kind:<10} median {statistics.median(seconds):5.2f} s  ({len(seconds)})")
    print("  peak memory per worker     : " + ", ".join(
        f"{p / 2**20:.0f} MiB" for p in out["peaks"][:args.jobs]))
    if "stock" in out:
        differ = out["differ"]
        print(f"  same score from both       : {n - len(differ)} of {n}"
              + (f" (differ: {', '.join(differ)})" if differ else ""))


if __name__ == "__main__":
    main()
