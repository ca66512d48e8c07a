"""Chapter 8 (计算性能): ``from d2l.selfcheck.ch08 import check`` in its notebook.

The chapter's checks drive the student's code through probes (``HELPERS`` of the public
modules, run in the sandbox). Student code shares that process and could replace a probe
with one that reports made-up results, so the checks verify in the sealed record of what
ran that the grader's own probe ran. A function is in that record when some exercise of
the chapter forbids it: each exercise forbids the probes of the others (``other_probes``).
"""

from d2l.selfcheck import checker

check = checker("ch08")

_PUBLIC = "d2l.selfcheck.ch08.{}.public.probe"
#: exercise -> the qualified name of the probe its checks run (get_net shares HybridNet's)
PROBES = {name: _PUBLIC.format("HybridNet" if name == "get_net" else name)
          for name in ("get_net", "HybridNet", "Benchmark", "get_params", "allreduce",
                       "split_and_load", "train_batch", "train_step")}


def other_probes(name):
    """The probes of the chapter's other exercises (forbidden in exercise ``name``)."""
    return tuple(sorted(set(PROBES.values()) - {PROBES[name]}))


def numpy_of(value):
    """A probe's result with its NDArrays as NumPy arrays (nested lists and dicts), for the
    public checks, which run the probes in the student's own kernel. The probes return the
    NDArrays themselves and never call ``asnumpy()``: in the sandbox the harness converts
    them with MXNet's ``asnumpy`` bound before any student code ran, so that a submission
    that patches ``NDArray.asnumpy`` cannot change what the checks read."""
    if hasattr(value, "asnumpy") and hasattr(value, "context"):
        return value.asnumpy()
    if isinstance(value, list):
        return [numpy_of(v) for v in value]
    if isinstance(value, tuple):
        return tuple(numpy_of(v) for v in value)
    if isinstance(value, dict):
        return {k: numpy_of(v) for k, v in value.items()}
    return value
