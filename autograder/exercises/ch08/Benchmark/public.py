"""`Benchmark` (§8.2): a timer context manager that waits for MXNet's queue.

MXNet's front end only queues operations; the back end computes them later. A timer that
reads the clock when the ``with`` block ends, without ``nd.waitall()``, measures how long
queueing took, not the computation. The probe (run in the sandbox) queues a long chain of
matrix products inside the student's ``Benchmark``, then waits itself; the judgement
checks that the work was no longer queued when the block ended and that the printed time
lies between the work's own duration and the probe's whole time (bounds that a loaded
machine does not move: the work times itself, and a timer that waits measures an interval
inside the probe's that holds the work). The hidden check runs it with two durations of
work, so that a made-up constant fails one of them.

The sandbox runs MXNet's synchronous ``NaiveEngine`` (errors surface where the student's
code raised them), where nothing is ever queued. So the probe keeps the queue itself: the
work it puts into the block runs when ``nd.waitall()`` is called (the probe's own call
after the block, or the timer's), which is what the asynchronous engine does, and always
lasts at least ``MIN_WORK`` seconds, whatever the machine's speed.
"""

import re
import time

from d2l.registry import Forbidden
from d2l.selfcheck.ch08 import other_probes

FORBIDDEN = Forbidden(funcs=other_probes("Benchmark"))
SECTION = "§8.2 异步计算"
HELPERS = ("probe",)

#: The timer's printed line, '%stime: %.4f sec' as in the book.
PRINTED = re.compile(r"time:\s*([-+0-9.eE]+)\s*sec")


MIN_WORK = 0.2  # seconds: the queued work repeats matrix products at least this long


_HOOK = "_d2l_benchmark_probe_waitall"


def _hook():
    """The code MXNet's waitall runs while the probe runs (in MXNet's module, where the
    probe puts its own waitall under ``_HOOK``)."""
    return _d2l_benchmark_probe_waitall()  # noqa: F821 - a global of MXNet's module then


def probe(Benchmark, prefix="queued", size=300, min_work=MIN_WORK):
    """Queue matrix products of ``size`` x ``size`` matrices (at least ``min_work`` seconds
    of them) inside ``with Benchmark(prefix)``; returns the seconds until the block
    returned (``exited``) and until the queue was empty (``total``), both from just before
    the block, whether the timer called nd.waitall() (``waited``) and whether the work was
    still queued when the block returned (``pending``)."""
    import types

    import mxnet as mx
    import mxnet.ndarray.ndarray as ndarray_module
    from mxnet import nd

    # MXNet's waitall is one function (nd.waitall, mx.ndarray.waitall, npx.waitall). While the
    # probe runs, its code is the probe's, so that a timer that bound it early (``from
    # mxnet.ndarray import waitall``) calls the probe's too; real_waitall is MXNet's own.
    mxnet_waitall = ndarray_module.waitall
    mxnet_code, mxnet_globals = mxnet_waitall.__code__, mxnet_waitall.__globals__
    real_waitall = types.FunctionType(mxnet_code, mxnet_globals)
    x = nd.random.uniform(shape=(size, size))
    real_waitall()
    queue, calls = [], []

    def work():
        began = time.perf_counter()
        y = x
        while True:
            y = nd.dot(y, x) / size
            real_waitall()
            if time.perf_counter() - began >= min_work:
                return

    def pumping(queue, calls, real_waitall):
        # A generator: the queue lives in its frame, which no student code can get (the
        # guard refuses frames), so a timer can run the work only by waiting for it.
        while True:
            yield
            calls.append(1)
            while queue:
                queue.pop()()
            real_waitall()

    pump = pumping(queue, calls, real_waitall)
    next(pump)

    def waitall():  # what the timer calls; its closure holds the pump and nothing else
        pump.send(None)

    homes = [m for m in (mx.nd, ndarray_module, getattr(mx, "npx", None)) if m is not None]
    saved = [(m, m.__dict__.get("waitall")) for m in homes]
    for module in homes:
        module.waitall = waitall
    mxnet_globals[_HOOK] = waitall
    mxnet_waitall.__code__ = _hook.__code__
    try:
        start = time.perf_counter()
        with Benchmark(prefix):
            queue.append(work)
        exited = time.perf_counter() - start
        waited, pending = bool(calls), bool(queue)
        pump.send(None)  # the pump itself, not through what the timer could rebind
        total = time.perf_counter() - start
    finally:
        mxnet_waitall.__code__ = mxnet_code
        mxnet_globals.pop(_HOOK, None)
        for module, old in saved:
            module.waitall = old
    return {"exited": exited, "total": total, "waited": waited, "pending": pending}


def reported(output):
    """The seconds the timer printed (its last 'time: ... sec'), or None."""
    found = PRINTED.findall(output or "")
    try:
        return float(found[-1]) if found else None
    except ValueError:
        return None


def timing_problem(printed, exited, total, waited=None, pending=None, min_work=MIN_WORK,
                   wall=None):
    """The timer did not wait for the queued work (no nd.waitall() before reading the
    clock), or reports a time it cannot have measured. ``printed``: the time it printed;
    ``exited``, ``total``: the probe's clock when the block returned and after waiting;
    ``waited``: whether the timer called nd.waitall(); ``pending``: whether the work was
    still queued when the block returned; ``min_work``: the seconds the queued work lasts
    at least; ``wall``: the seconds the whole call took, measured outside the sandbox.

    A timer that waits measures an interval that holds the whole work (so at least
    ``min_work``) and lies inside the probe's (so at most ``total``): both bounds hold on a
    loaded machine, since the work times itself."""
    if total < 0.9 * min_work or (wall is not None and wall < 0.9 * min_work):
        return ("tampering: the work the grader queued inside the block did not run (it took "
                f"{min(total, wall if wall is not None else total):.4f} s, it lasts at least "
                f"{min_work:.4f} s), so nothing about this timer can be judged")
    if printed is None:
        return ("Benchmark printed no time: on leaving the block it should print "
                "'%stime: %.4f sec' % (prefix, elapsed), as the book's does")
    if printed > 1.1 * total + 0.02:
        return (f"Benchmark reported {printed:.4f} s, longer than the whole block took "
                f"({total:.4f} s including the wait): the time is made up or not measured "
                "from __enter__ to __exit__")
    if pending or printed < 0.9 * min_work - 1e-3:
        return (f"Benchmark reported {printed:.4f} s, but the work queued inside the block took "
                f"{total:.4f} s to finish: MXNet computes asynchronously, so the block ends as "
                "soon as the operations are queued. Call nd.waitall() in __exit__ before "
                "reading the clock, so that the timer waits for the queue"
                + {True: " (it does call nd.waitall(), but after reading the clock)",
                   False: " (it never calls nd.waitall())"}.get(waited, ""))
    return None


def prefix_problem(output, prefix):
    """The printed line does not start with the prefix (or has one when there is none)."""
    lines = [line for line in (output or "").splitlines() if PRINTED.search(line)]
    if not lines:
        return ("Benchmark printed no time: on leaving the block it should print "
                "'%stime: %.4f sec' % (prefix, elapsed)")
    line = lines[-1].strip()
    if prefix and not line.startswith(prefix + " "):
        return (f"with Benchmark({prefix!r}) the line should start with the prefix and a space "
                f"({prefix + ' time: ...'!r}), got {line!r}")
    if not prefix and not line.startswith("time:"):
        return f"with Benchmark() (no prefix) the line should be 'time: ... sec', got {line!r}"
    return None


def _run(cls, prefix, **sizes):
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        info = probe(cls, prefix, **sizes)
    return info, out.getvalue()


def _waits(cls, cases):
    info, out = _run(cls, "queued")
    return timing_problem(reported(out), info["exited"], info["total"], info["waited"],
                          info["pending"])


def _prefix(cls, cases):
    for prefix in ["Workloads are queued.", None]:
        _, out = _run(cls, prefix, size=20, min_work=0)
        problem = prefix_problem(out, prefix)
        if problem:
            return problem
    return None


CHECKS = [
    ("the printed time includes the queued work (it waits for MXNet's queue)", _waits),
    ("prints '<prefix> time: ... sec'", _prefix),
]
