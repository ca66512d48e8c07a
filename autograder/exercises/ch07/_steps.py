"""Shared by the chapter-7 checks: driving a student's optimizer over several steps.

The book's updates have the signature ``update(params, states, hyperparams)`` and work in
place: ``train_ch7`` calls them once per minibatch and never looks at a return value. A check
calls the student's update once per step, sending the parameters (with their gradients),
the states and the hyperparameters, and carries what the call left in them into the next
step, just as training does. Parameters arrive as a tuple, so ``params[i] = ...`` (which
would change only the list, never the model) fails loudly; the ``HINTS`` below name it.

Mistakes are named only after the result disagrees with MXNet: ``name_mistake`` compares
the student's trajectory with NumPy models of the usual mistakes.
"""

import numpy as np

from autograder.testing import Param, as_numpy, describe, expect_close, fail, is_ndarray

F32 = "float32"

HINTS = [
    ("does not support item assignment",
     "params[i] = ... (or states[i] = ...) replaces an entry of the sequence, not the array "
     "train_ch7 keeps: update the array itself in place, e.g. p[:] = p - ... or p -= ..."),
    ("'NoneType' object is not iterable",
     "plain SGD keeps no state: train_ch7 passes states=None, so loop over params alone"),
]


def arrays(rng, shapes, scale=1.0):
    return [(rng.normal(size=s) * scale).astype(F32) for s in shapes]


def gradients(rng, shapes, steps):
    """Gradients for ``steps`` steps, each entry between 0.5 and 2 in size with a random sign:
    large enough that where epsilon goes changes the step by less than the tolerance (the
    checks with tiny gradients are the ones about epsilon)."""
    return [[(rng.uniform(0.5, 2, size=s) * rng.choice([-1, 1], size=s)).astype(F32)
             for s in shapes] for _ in range(steps)]


def zeros_like(params, parts=1):
    """States in the book's layout: one zero array per parameter, or a tuple of ``parts``."""
    if parts == 1:
        return tuple(np.zeros_like(p) for p in params)
    return tuple(tuple(np.zeros_like(p) for _ in range(parts)) for p in params)


class Trajectory:
    """What the student's update left in params, states and hyperparams after each step."""

    def __init__(self):
        self.params, self.states, self.hyperparams = [], [], []


def run(student, name, params, grads, states, hyperparams, parts=1, strict=True):
    """Call ``name(params, states, hyperparams)`` once per entry of ``grads`` (a list over
    steps of gradients per parameter), carrying params, states and hyperparams over.

    ``parts`` is the number of state arrays per parameter (0: no state). With ``strict``,
    fails with a named mistake when the first step leaves the parameters or the states
    untouched.
    """
    out = Trajectory()
    current, state, hyper = [np.asarray(p, F32) for p in params], states, dict(hyperparams)
    for step, step_grads in enumerate(grads, start=1):
        result = student.call(name, tuple(Param(p, g) for p, g in zip(current, step_grads)),
                              state, hyper, return_args=True)
        params_after, state_after, hyper_after = result.args_after
        new = _params(params_after, current)
        if step == 1 and strict:
            _check_moved(new, current)
            if parts:
                _check_state_moved(state_after, state, result.value)
        out.params.append(new)
        out.states.append(_state_arrays(state_after, len(current), parts))
        out.hyperparams.append(hyper_after if isinstance(hyper_after, dict) else {})
        current, state = new, state_after
        hyper = out.hyperparams[-1]
    return out


def _params(after, before):
    got = []
    for k, (value, old) in enumerate(zip(after, before)):
        arr = as_numpy(value)
        if arr is None or arr.shape != old.shape:
            fail(f"after the update parameter {k} is {describe(value)}, expected an array of "
                 f"shape {old.shape}")
        got.append(arr.astype(F32))
    return got


def _check_moved(new, old):
    moved = [not np.array_equal(a, b) for a, b in zip(new, old)]
    if not any(moved):
        fail("the parameters did not change: update them in place with p[:] = ... or "
             "p -= ... (p = ... only rebinds a local name, and train_ch7 never sees it)")
    if not all(moved):
        fail(f"parameter {moved.index(False)} did not change although parameter "
             f"{moved.index(True)} did: update every parameter (is there a return or break "
             "inside the loop?)")


def _leaves(state):
    if isinstance(state, (tuple, list)):
        return [leaf for item in state for leaf in _leaves(item)]
    arr = as_numpy(state)
    return [] if arr is None else [arr]


def _check_state_moved(after, before, returned):
    if all(np.array_equal(a, b) for a, b in zip(_leaves(after), _leaves(before))):
        how = ("it returns new states instead of updating them: train_ch7 ignores the return "
               "value, so " if returned is not None else "")
        fail(f"the states did not change: {how}update them in place with s[:] = ... "
             "(s = ... only rebinds a local name, so the next step starts from zero again)")


def _state_arrays(state, count, parts):
    """The states as a list per parameter of ``parts`` arrays (None when malformed)."""
    if not parts:
        return None
    if not isinstance(state, (tuple, list)) or len(state) != count:
        return None
    out = []
    for item in state:
        items = item if parts > 1 else (item,)
        if not isinstance(items, (tuple, list)) or len(items) != parts:
            return None
        arrs = [as_numpy(a) for a in items]
        if any(a is None for a in arrs):
            return None
        out.append(arrs)
    return out


def close(got, expected, rtol, atol):
    """Lists over steps (or parameters) of arrays agree within the tolerance."""
    if isinstance(expected, (list, tuple)):
        return len(got) == len(expected) and all(close(g, e, rtol, atol)
                                                 for g, e in zip(got, expected))
    got, expected = np.asarray(got, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    return got.shape == expected.shape and np.allclose(got, expected, rtol=rtol, atol=atol)


def name_mistake(got, expected, mistakes, rtol, atol):
    """When ``got`` differs from ``expected``, fail with the message of the first mistake
    model it matches (``mistakes`` holds pairs of a message and the model's values)."""
    if close(got, expected, rtol, atol):
        return
    for message, model in mistakes:
        if close(got, model, rtol, atol):
            fail(message)


def expect_steps(got, expected, what, rtol, atol):
    """Compare parameters (or states) step by step; the message names the first bad step."""
    for step, (g, e) in enumerate(zip(got, expected), start=1):
        for k, (a, b) in enumerate(zip(g, e)):
            expect_close(a, b, f"{what} {k} after step {step}", rtol=rtol, atol=atol)


def simulate(update, params, grads, states, hyperparams):
    """A NumPy model of an update (``update(params, grads, states, hyperparams)`` returns the
    new params and states and may change ``hyperparams``): params and states per step."""
    params = [np.asarray(p, np.float64) for p in params]
    hyper = dict(hyperparams)
    out_params, out_states = [], []
    for step_grads in grads:
        params, states = update(params, [np.asarray(g, np.float64) for g in step_grads],
                                states, hyper)
        out_params.append(params)
        out_states.append(states)
    return out_params, out_states


def state_part(trajectory, index, labels):
    """The ``index``-th state of every parameter after every step (``labels`` name the
    states of one parameter, e.g. ("s", "delta")); fails when the layout changed."""
    out = []
    for step, states in enumerate(trajectory.states, start=1):
        if states is None:
            layout = _layout(labels)
            fail(f"after step {step} the states are no longer {layout}, one entry per "
                 "parameter: update the arrays in place and keep the structure")
        out.append([arrs[index] for arrs in states])
    return out


def check_init(student, name, rng, labels):
    """Call the book's ``init_*_states()`` with a random global ``features`` and check that
    it returns zero NDArrays shaped like ``w`` ``(features.shape[1], 1)`` and ``b`` ``(1,)``,
    one per name in ``labels`` for each parameter (e.g. ("v", "s") for Adam)."""
    parts = len(labels)
    num_inputs = int(rng.integers(6, 10))
    features = rng.normal(size=(4, num_inputs)).astype(F32)
    result = student.call(name, globals={"features": features})
    states = result.value
    layout = _layout(labels)
    if not isinstance(states, (tuple, list)) or len(states) != 2:
        fail(f"{name}() should return {layout}, one entry for w and one for b; got "
             f"{describe(states)}")
    for param, shape, item in (("w", (num_inputs, 1), states[0]), ("b", (1,), states[1])):
        items = item if parts > 1 else (item,)
        if parts > 1 and (not isinstance(item, (tuple, list)) or len(item) != parts):
            fail(f"{name}() should return {layout}; the entry for {param} is {describe(item)}")
        shapes = [getattr(as_numpy(a), "shape", None) for a in items]
        if param == "w" and parts > 1 and shapes[1:] == [(1,)] * (parts - 1):
            fail(f"{name}() groups the states by kind; the book's layout is one group per "
                 f"parameter, {layout}")
        for label, arr in zip(labels, items):
            what = f"{label}_{param}"
            value = as_numpy(arr)
            if value is None or not is_ndarray(arr):
                fail(f"{what} should be an NDArray (nd.zeros(...)), got {describe(arr)}")
            if value.shape != shape:
                hint = (": use features.shape[1], the number of inputs (the grader's features "
                        f"have {num_inputs} columns)" if param == "w" and value.ndim == 2 else "")
                fail(f"{what} has shape {value.shape}, expected {shape}{hint}")
            if np.any(value != 0):
                fail(f"{what} should start at zero")


def _layout(labels):
    def group(param):
        names = ", ".join(f"{label}_{param}" for label in labels)
        return names if len(labels) == 1 else f"({names})"

    return f"({group('w')}, {group('b')})"


# --- the 2-D traces ---------------------------------------------------------------------

# The traces are float64, but MXNet holds its hyperparameters (lr, gamma) in float32.
RTOL_2D, ATOL_2D = 1e-5, 1e-6


def numbers(value, name, count=4):
    """The first ``count`` entries of a 2-D trainer's result as floats (it should return
    ``(x1, x2, s1, s2)``)."""
    if not isinstance(value, (tuple, list)) or len(value) < count:
        fail(f"{name} should return four values (x1, x2, s1, s2), got {describe(value)}")
    out = []
    for label, item in zip(("x1", "x2", "s1", "s2"), value[:count]):
        arr = as_numpy(item)
        if arr is None or arr.size != 1:
            fail(f"{name} should return numbers; its {label} is {describe(item)}")
        out.append(float(arr.ravel()[0]))
    return np.array(out)


def point(rng, low=0.5, high=4.0):
    """A random starting point away from the axes, both signs possible."""
    return [float(v) for v in rng.uniform(low, high, size=2) * rng.choice([-1, 1], size=2)]

