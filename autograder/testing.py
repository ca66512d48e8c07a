"""What hidden check modules use: failures with student-facing messages and argument kinds.

A check is a plain pytest function that takes the ``student`` fixture (calls go into the
sandbox) and the ``rng`` fixture (seeded from the run's secret seed). It fails by raising
:class:`CheckFailure` with a message written for the student; assertion rewriting and
tracebacks never reach feedback.
"""

import numpy as np

from d2l.compare import describe, mismatch

from .child.wire import NDArrayValue, Opaque, Truncated

__all__ = ["CPU", "CheckFailure", "Dense", "Embedding", "Numpy", "Opaque", "Param", "Ref",
           "StandIn", "TokenEmbedding", "Truncated", "array_pairs", "as_numpy",
           "describe", "expect", "expect_close", "fail", "fail_if", "is_ndarray", "nd"]


class CheckFailure(AssertionError):
    """A check failed; the message is shown to the student as it is."""


def fail(message):
    raise CheckFailure(message)


def call_through_probe(student, exercise, probe, *args, tripwire=None, **kwargs):
    """``student.call(exercise, *args, via=<its probe>)``, checked in the sealed record:
    ``probe`` (the probe's watched name) must have run, and ``tripwire`` (a watched function
    the probes run when submission code, not the harness, called them) must not have."""
    result = student.call(exercise, *args, via=f"{exercise}.probe", **kwargs)
    if probe not in result.ops:
        fail("tampering: the grader's probe did not run (it was replaced), so nothing "
             "about this answer can be judged")
    if tripwire is not None and tripwire in result.ops:
        fail("tampering: the grader's probe was called by the submission's code (it was "
             "wrapped), so nothing about this answer can be judged")
    return result


def expect(condition, message):
    if not condition:
        raise CheckFailure(message)


def expect_close(got, expected, name="the result", rtol=1e-5, atol=1e-6, hint=None):
    """Fail with a precise message unless ``got`` matches ``expected`` within tolerance."""
    problem = mismatch(got, expected, rtol=rtol, atol=atol, name=name)
    if problem:
        raise CheckFailure(f"{problem}. {hint}" if hint else problem)


def nd(array, dtype="float32"):
    """Send ``array`` as an MXNet NDArray (the default for plain NumPy arguments)."""
    return np.asarray(array, dtype=dtype).view(NDArrayValue)


def is_ndarray(value):
    return isinstance(value, NDArrayValue)


def as_numpy(value):
    """The value as a float64 NumPy array, or None when it is not array-like."""
    if isinstance(value, np.ndarray):
        return value.view(np.ndarray).astype(np.float64)
    if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
        return np.asarray(value, dtype=np.float64)
    return None



def array_pairs(items, name, part, yield_hint):
    """What a generator exercise ``name`` yielded (``items``, a list), checked to be pairs of
    NDArrays, as pairs of float64 NumPy arrays; ``part`` names an item ("batch",
    "minibatch") and ``yield_hint`` says how to make NDArrays."""
    if not isinstance(items, list):
        fail(f"{name} should be a generator of (X, y) pairs, but it returned {describe(items)}")
    out = []
    for k, item in enumerate(items):
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            fail(f"item {k} of {name} should be a pair (X, y), got {describe(item)}")
        X, y = (as_numpy(v) for v in item)
        if X is None or y is None:
            fail(f"{part} {k} should hold two arrays, got ({describe(item[0])}, "
                 f"{describe(item[1])})")
        if not (is_ndarray(item[0]) and is_ndarray(item[1])):
            fail(f"{part} {k} holds {describe(item[0])} and {describe(item[1])}: yield "
                 f"NDArrays ({yield_hint}) so that autograd can use them")
        out.append((X, y))
    return out

class Numpy:
    """Send the array as a NumPy array, not an NDArray."""

    def __init__(self, array):
        self.array = np.asarray(array)

    def __wire_make__(self):
        return "numpy", self.array


class Param:
    """An NDArray with a gradient attached (and set to ``grad`` when given)."""

    def __init__(self, data, grad=None):
        self.data = np.asarray(data, dtype="float32")
        self.grad = None if grad is None else np.asarray(grad, dtype="float32")

    def __wire_make__(self):
        return "param", {"data": self.data, "grad": self.grad}


class Dense:
    """A Gluon ``nn.Dense`` layer with the given weight ``(units, in_units)`` and bias."""

    def __init__(self, weight, bias, activation=None):
        self.weight = np.asarray(weight, dtype="float32")
        self.bias = np.asarray(bias, dtype="float32")
        self.activation = activation

    def __wire_make__(self):
        units, in_units = self.weight.shape
        return "dense", {"units": units, "in_units": in_units, "weight": self.weight,
                         "bias": self.bias, "activation": self.activation}


class Embedding:
    """A Gluon ``nn.Embedding`` layer with the given weight ``(input_dim, output_dim)``."""

    def __init__(self, weight):
        self.weight = np.asarray(weight, dtype="float32")

    def __wire_make__(self):
        return "embedding", {"weight": self.weight}


class TokenEmbedding:
    """A pretrained token embedding as ``mxnet.contrib.text.embedding`` makes them (a
    ``CustomEmbedding``, like the book's GloVe): index 0 is the unknown token ``<unk>``
    with ``unknown_vec`` (zeros by default), then ``tokens`` with the rows of ``vectors``."""

    def __init__(self, tokens, vectors, unknown_vec=None):
        self.tokens = [str(t) for t in tokens]
        self.vectors = np.asarray(vectors, dtype="float32")
        self.unknown_vec = (np.zeros(self.vectors.shape[1], "float32") if unknown_vec is None
                            else np.asarray(unknown_vec, dtype="float32"))

    def __wire_make__(self):
        return "token_embedding", {"tokens": self.tokens, "vectors": self.vectors,
                                   "unknown_vec": self.unknown_vec}


class Ref:
    """The student's own object of that name, e.g. ``Ref("rnn")`` for ``predict_rnn``."""

    def __init__(self, name):
        self.name = name

    def __wire_make__(self):
        return "student", self.name


class StandIn:
    """The grader's correct version of an exercise (its ``STAND_IN``, e.g. ``StandIn("rnn")``
    to check ``predict_rnn`` on a model that is right whatever the student's ``rnn``)."""

    def __init__(self, name):
        self.name = name

    def __wire_make__(self):
        return "standin", self.name


class _Context:
    """MXNet's ``mx.cpu()``, for the book's functions that take a ``ctx`` argument."""

    def __wire_make__(self):
        return "context", "cpu"


CPU = _Context()


def fail_if(problem, hint=None):
    """Fail with ``problem``, a diagnosis's message (from the exercise's public module),
    when there is one: the public check and the grader name a mistake with one text."""
    if problem:
        raise CheckFailure(f"{problem}. {hint}" if hint else problem)
