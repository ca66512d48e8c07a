"""What an answer ran during the public check, for the warning about forbidden built-ins.

The grader records every MXNet operator and watched Python function a call runs, in its
sandbox, and scores an answer that calls the built-in it re-implements 0. The public check
looks the same way, in the student's kernel, so the warning comes before submission:
MXNet's own profiler counts the operators (imperative, hybridized and symbolic alike) and a
profile function sees the watched Python functions. It is a courtesy, not a guarantee: the
grader's record is the one that counts.
"""

import contextlib
import importlib
import json
import os
import sys
import tempfile

from ..registry import forbidden_hits


class Seen:
    """The names a check's calls ran (operators as MXNet names them, watched functions by
    qualified name); :meth:`hits` says which of them the exercise forbids."""

    def __init__(self, rule):
        self.rule = rule
        self.names = set()

    def hits(self):
        return forbidden_hits(self.rule, self.names) if self.rule else []


@contextlib.contextmanager
def watching(rule):
    """Record what runs inside the block; yields a :class:`Seen`."""
    seen = Seen(rule)
    if rule is None or not (rule.ops or rule.funcs):
        yield seen
        return
    codes = _codes(rule.funcs)
    profiler = _start_profiler()
    previous = sys.getprofile()

    def profile(frame, event, arg):
        if event == "call":
            name = codes.get(frame.f_code)
            if name:
                seen.names.add(name)
        if previous is not None:
            previous(frame, event, arg)

    sys.setprofile(profile)
    try:
        yield seen
    finally:
        sys.setprofile(previous)
        seen.names |= _stop_profiler(profiler)


def _codes(qualnames):
    """``{code: qualname}`` of the watched functions (a class stands for its methods)."""
    out = {}
    for qualname in qualnames:
        owner = _resolve(qualname)
        funcs = list(vars(owner).values()) if isinstance(owner, type) else [owner]
        for func in funcs:
            code = getattr(getattr(func, "__func__", func), "__code__", None)
            if code is not None:
                out[code] = qualname
    return out


def _resolve(qualname):
    parts = qualname.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            owner = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        try:
            for attr in parts[split:]:
                owner = vars(owner)[attr] if isinstance(owner, type) else getattr(owner, attr)
        except (AttributeError, KeyError):
            return None
        return owner
    return None


def _start_profiler():
    import mxnet as mx

    try:
        mx.nd.waitall()
        # MXNet names a trace file even when only the aggregate counts are read: keep it
        # out of the student's folder.
        trace = os.path.join(tempfile.gettempdir(), f"d2l-selfcheck-{os.getpid()}.json")
        mx.profiler.set_config(profile_imperative=True, profile_symbolic=True,
                               aggregate_stats=True, profile_api=False, profile_memory=False,
                               filename=trace)  # continuous_dump=False breaks a later set_config
        mx.profiler.dumps(reset=True)
        mx.profiler.set_state("run")
    except Exception:  # noqa: BLE001 - no warning is better than a broken check
        return None
    return mx, trace


def _stop_profiler(started):
    if started is None:
        return set()
    mx, trace = started
    try:
        mx.nd.waitall()
        mx.profiler.set_state("stop")
        stats = json.loads(mx.profiler.dumps(reset=True, format="json"))
    except Exception:  # noqa: BLE001
        return set()
    finally:
        with contextlib.suppress(OSError):
            os.remove(trace)
    return set((stats.get("Time") or {}).get("operator") or {})
