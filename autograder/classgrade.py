"""Grading a whole class: in parallel on this machine or on a Dask cluster, resumable.

    python -m autograder autograde chNN [--course DIR] [--jobs N | --scheduler tcp://H:P]

Phase 1 runs the judge on every submission in ``submitted/<student>/chNN/`` whose result
is not stored yet (see :mod:`autograder.results`): ``--jobs`` worker processes each keep a
warm sandbox, or Dask workers do. Each result is stored as soon as it is known, so an
interrupted run loses nothing. Phase 2, at the same time in a thread of this process, runs
``nbgrader autograde`` itself, whose Execute step
(:class:`autograder.nbgrader_bridge.JudgeExecute`) waits for and takes the stored results:
the gradebook, the autograded notebooks and the feedback come out exactly as from a plain
``nbgrader autograde chNN``, which grades one by one. Phase 3 writes the class report.
"""

import concurrent.futures as cf
import contextlib
import ctypes
import functools
import multiprocessing
import os
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import courselock, results


@dataclass
class Job:
    student: str
    path: Path  # the submitted notebook
    key: str
    seed: int
    target: Path  # where its result goes


def find_jobs(root, assignment):
    """Every submitted notebook of the assignment, with its result's key and place."""
    jobs = []
    for folder in sorted((Path(root) / "submitted").glob(f"*/{assignment}")):
        student = folder.parent.name
        for path in sorted(folder.glob("*.ipynb")):
            key = results.key_of(path.read_bytes(), root, assignment)
            jobs.append(Job(student, path, key, results.submission_seed(root, assignment, student),
                            results.result_path(root, assignment, student, path.name)))
    return jobs


class Progress:
    """A progress line on stderr: a bar on a terminal, a line every 10% otherwise."""

    def __init__(self, total, label):
        self.total, self.label, self.done, self.problems = total, label, 0, 0
        self.started = time.monotonic()
        self.tty = sys.stderr.isatty()
        self.shown = -1

    def step(self, record):
        self.done += 1
        self.problems += record["status"] != "graded" or any(
            f["code"] in ("grading_lost", "cell_timeout", "cell_crashed")
            for f in (record.get("result") or {}).get("flags", []))
        tenth = self.done * 10 // max(self.total, 1)
        if self.tty or tenth != self.shown or self.done == self.total:
            self.shown = tenth
            width = 30
            bar = "#" * (width * self.done // max(self.total, 1))
            line = (f"{self.label} [{bar:<{width}}] {self.done}/{self.total}, "
                    f"{self.problems} with problems, {time.monotonic() - self.started:.0f} s")
            end = "" if self.tty and self.done < self.total else "\n"
            print(("\r" if self.tty else "") + line, end=end, file=sys.stderr, flush=True)


# --- phase 1: the judge, in worker processes ------------------------------------------

_WORKER = {}

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _die_with_parent(parent):
    """Make this worker die when the grading command ``parent`` does, however it ends
    (``kill -9`` and crashes included), so that no worker is left orphaned.

    The kernel sends SIGKILL when the *thread* that started us exits. ProcessPoolExecutor
    starts its workers in ``submit``, from the calling thread (its management thread
    starts one only to replace a worker that ended under ``max_tasks_per_child``, unused
    here), and ``grade_local`` submits from the thread that then waits for the pool, so
    that thread lives as long as the pool and ends at the latest with the process. (Were
    a worker ever started from a thread that ends sooner, it would be killed early, never
    left behind.) The worker's sandbox (``bwrap --die-with-parent``, its own PID
    namespace) dies with the worker, with everything in it. Where prctl is missing (not
    Linux) a thread watches the parent instead."""
    try:
        armed = ctypes.CDLL(None, use_errno=True).prctl(
            PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        armed = False
    if os.getppid() != parent:  # the command died before the signal was armed
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), name="watch parent",
                         daemon=True).start()


def _watch_parent(parent, every=0.5):
    while os.getppid() == parent:
        time.sleep(every)
    _stop_sandbox()
    os._exit(1)


def _stop_sandbox():
    """Kill this worker's sandbox at once (it runs in a session of its own)."""
    sandbox = getattr(_WORKER.get("grader"), "sandbox", None)
    proc = getattr(sandbox, "proc", None)
    if proc is not None and proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass


def _init_worker(root, parent=None):
    if parent is not None:
        _die_with_parent(parent)
    from .config import load_config
    from .pipeline import Grader

    _WORKER["grader"] = Grader(root, load_config(root))


def _grade_job(job, assignment):
    """Run in a worker: grade one file, store its result, return it."""
    record = results.grade_record(_WORKER["grader"], job.path, assignment, job.student,
                                  job.key, job.seed)
    results.save(job.target, record)
    return record


@contextlib.contextmanager
def _sigint_ignored():
    """Ctrl-C in a terminal reaches the workers too. Started while SIGINT is ignored, they
    ignore it for good (Python keeps an ignored SIGINT), and the parent stops them itself,
    so a grading cut short is never stored as a grade."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def grade_local(root, assignment, jobs, workers, progress, stored=lambda job: None):
    """Grade ``jobs`` in ``workers`` processes; ``stored(job)`` is called once each
    job's result is stored."""
    context = multiprocessing.get_context("spawn")  # no fork of a process running MXNet
    others = set(multiprocessing.active_children())
    with cf.ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                initargs=(str(root), os.getpid())) as pool:
        # The workers start now, from this thread (their death signal follows it), and
        # keep SIGINT ignored.
        with _sigint_ignored():
            futures = {pool.submit(_grade_job, job, assignment): job for job in jobs}
        try:
            for future in cf.as_completed(futures):
                record = future.result()
                stored(futures[future])
                progress.step(record)
        except BaseException:
            # Stop at once: a worker killed mid-grading stores nothing (results are written
            # whole), so the rerun grades that submission again.
            pool.shutdown(wait=False, cancel_futures=True)
            for worker in set(multiprocessing.active_children()) - others:
                worker.kill()
            raise


def _dask_grade(root, assignment, student, name, data, key, seed):
    """Run on a Dask worker: grade a notebook sent as bytes; the result comes back."""
    if "grader" not in _WORKER:
        _init_worker(root)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return results.grade_record(_WORKER["grader"], path, assignment, student, key, seed)


def grade_dask(root, assignment, jobs, scheduler, progress, stored=lambda job: None):
    """Grade ``jobs`` on the Dask cluster at ``scheduler``; results are stored here."""
    from distributed import Client, as_completed

    with Client(scheduler) as client:
        futures = {client.submit(_dask_grade, str(root), assignment, job.student, job.path.name,
                                 job.path.read_bytes(), job.key, job.seed, pure=False): job
                   for job in jobs}
        for future in as_completed(futures):
            record = future.result()
            results.save(futures[future].target, record)  # the workers may not share our disk
            stored(futures[future])
            progress.step(record)


# --- phase 2: nbgrader's own autograde, fed with the stored results ---------------------


def run_nbgrader_autograde(root, assignment):
    """``nbgrader autograde <assignment> --force`` in this process, for every student.

    A file nbgrader cannot read gets a submission with no scores (to grade by hand), and
    nbgrader logs why, exactly as a plain ``nbgrader autograde`` does."""
    import warnings

    from nbgrader.apps import AutogradeApp

    argv = [assignment, "--force", "--log-level=ERROR", f"--CourseDirectory.root={root}"]
    app = AutogradeApp.instance()
    try:
        with warnings.catch_warnings():
            # nbgrader's SQLAlchemy models warn on every submission (harmless in 0.9)
            warnings.simplefilter("ignore")
            app.initialize(argv)
            app.start()
    except SystemExit as exc:  # nbgrader exits non-zero when some student failed
        return exc.code or 0
    finally:
        AutogradeApp.clear_instance()
    return 0


def grade_and_record(root, assignment, todo, jobs=2, scheduler=None):
    """Phases 1 and 2 at once: the workers grade ``todo`` while ``nbgrader autograde`` runs
    in a thread here, waiting for each file's result before recording it. The workers
    leave part of the machine idle (they wait on their sandboxes), so the gradebook is
    written in that time rather than after. Returns nbgrader's exit status."""
    from . import nbgrader_bridge

    events = {job.path: threading.Event() for job in todo}
    status = []

    def record():
        try:
            status.append(run_nbgrader_autograde(root, assignment))
        except nbgrader_bridge.GradingStopped:
            pass

    nbgrader_bridge.await_results(events)
    nbgrader = threading.Thread(target=record, name="nbgrader autograde", daemon=True)
    nbgrader.start()
    progress = Progress(len(todo), "grading")
    try:
        if scheduler:
            grade_dask(root, assignment, todo, scheduler, progress,
                       lambda job: events[job.path].set())
        else:
            grade_local(root, assignment, todo, jobs, progress,
                        lambda job: events[job.path].set())
    except BaseException:
        nbgrader_bridge.stop_awaiting()  # interrupted: what is stored stays for the rerun
        nbgrader.join(timeout=30)
        raise
    nbgrader.join()
    nbgrader_bridge.await_results({})
    return status[0] if status else 1


def gradebook_problem(root, assignment):
    """Why nbgrader could not record this assignment's grades (None when it can): the
    gradebook cannot be opened, or it does not know the assignment."""
    from nbgrader.api import Gradebook, MissingEntry
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from .config import gradebook_url

    url = gradebook_url(root)
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        with Gradebook(url) as gb:
            gb.find_assignment(assignment)
    except MissingEntry:
        return (f"the gradebook ({shown}) has no assignment {assignment!r}: run `nbgrader "
                f"generate_assignment {assignment}` in the course first (it registers the "
                f"assignment and its grade cells)")
    except (SQLAlchemyError, OSError) as e:
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        return f"cannot open the gradebook ({shown}): {reason}"
    return None


def main(assignment, course, jobs=2, scheduler=None, out=sys.stdout):
    """Grade the class; returns a process exit status."""
    from .config import course_root

    root = course_root(course)
    problem = gradebook_problem(root, assignment)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    say = functools.partial(print, file=out, flush=True)
    with courselock.hold(root, say=say, who=f"a class run of {assignment}", lend=True):
        return _grade_class(root, assignment, jobs, scheduler, out)


def _grade_class(root, assignment, jobs, scheduler, out):
    from . import report

    found = find_jobs(root, assignment)
    todo = [j for j in found if results.load(j.target, j.key) is None]
    print(f"{assignment}: {len(found)} submissions, {len(found) - len(todo)} already graded, "
          f"{len(todo)} to grade", file=out)
    started = time.monotonic()
    if todo:
        status = grade_and_record(root, assignment, todo, max(1, jobs), scheduler)
    else:
        status = run_nbgrader_autograde(root, assignment)
    stored = {j.student: results.load(j.target, j.key) for j in found}
    for student in sorted(s for s, rec in stored.items() if rec and rec["status"] != "graded"):
        print(f"not gradable: {student}: {stored[student]['reason']}", file=out)
    paths = report.write(root, assignment)
    print(f"graded and recorded in {time.monotonic() - started:.1f} s; "
          f"report: {paths['csv']} and {paths['html']}", file=out)
    return status
