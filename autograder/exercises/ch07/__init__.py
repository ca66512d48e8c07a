"""Chapter 7 (优化算法): ``from d2l.selfcheck.ch07 import check`` in its notebook.

Chapter 3 has an exercise called ``sgd`` too, with another signature: this ``check`` looks
exercises up in chapter 7 only.

The rest of this module is what the chapter's public modules share, shipped with them (a
chapter's public part is this file and each exercise's ``public.py`` and ``cases.npz``):

* the forbidden built-ins: every exercise is an optimizer, so every exercise forbids
  MXNet's optimizers (:func:`forbid_optimizers`);
* the tolerances of float32 arithmetic (:data:`RTOL`, :func:`atol`, :data:`RTOL_2D`);
* :class:`Trajectory`, what an ``update(params, states, hyperparams)`` left after each
  step, which the public check records in the student's kernel (:func:`run_update`) and
  the grader in its sandbox, and the diagnoses every optimizer shares: parameters or states
  not updated in place (:func:`unchanged_params`, :func:`unchanged_states`), the book's
  state layout (:func:`init_problem`, :func:`state_part`);
* the numbers a 2-D trainer returns (:func:`numbers`) and the gradients of the book's
  ``f_2d``.

A diagnosis returns a message naming the mistake, or None; the public check and the hidden
checks call the same ones, so a mistake is named with the same words in both.
"""

import numpy as np

from d2l.compare import EPS32, as_array, describe, mismatch
from d2l.registry import Forbidden, optimizer_funcs, trainer_funcs, update_ops
from d2l.selfcheck import checker

check = checker("ch07")

# --- what every exercise may not call ---------------------------------------------------

OPTIMIZERS = "MXNet's update operators, mx.optimizer or gluon.Trainer"


def forbid_optimizers(extra_funcs=(), what=OPTIMIZERS):
    """MXNet's optimizers: every registered update operator (``sgd_mom_update``,
    ``adam_update``, ``_multi_adamw_update``, ``mp_sgd_update``, ... whatever Python route
    reached them), every function of every ``mx.optimizer.Optimizer`` class, registered or
    not (AdaGrad, AdaDelta and ``Test`` update with plain operators, so only the watch on
    Python functions sees them), the ``Updater`` that drives them and a Gluon Trainer; the
    lists are generated from MXNet (``d2l/registry.py``)."""
    return Forbidden(ops=update_ops(), funcs=(*optimizer_funcs(), *trainer_funcs(),
                                              *extra_funcs), what=what)


HINTS = [
    ("does not support item assignment",
     "params[i] = ... (or states[i] = ...) replaces an entry of the sequence, not the array "
     "train_ch7 keeps: update the array itself in place, e.g. p[:] = p - ... or p -= ..."),
    ("'NoneType' object is not iterable",
     "plain SGD keeps no state: train_ch7 passes states=None, so loop over params alone"),
]

# --- tolerances -----------------------------------------------------------------------

RTOL = 1e-5
"""Relative tolerance of the update exercises (float32 NDArrays): about 84 float32
epsilons, far more than the handful of roundings by which three steps written in another
order (or by MXNet's fused operators, which hold lr, momentum, gamma and the betas in
float32) can differ from the reference, and far less than any mistake the checks name."""

RTOL_TINY = 1e-4
"""Relative tolerance of the checks with gradients near 1e-6, which are about where epsilon
goes (it changes those steps many times over). The state before or after this gradient
changes such a step by g**2 / (2 * eps), at most 2e-6 of it for gradients up to 2e-6: that
mistake is left to the ordinary check, and a tolerance of 1e-4 times the size of the
parameters and of their steps (:func:`tiny_atol`) never sees it there."""


def tiny_atol(params0, expected):
    """The absolute tolerance of the parameters in a check with tiny gradients:
    ``RTOL_TINY`` times the largest parameter before or after a step (a parameter that
    ends near 0 has moved by about as much)."""
    return max(atol(params0, expected), RTOL_TINY * magnitude(params0, expected))

ATOL_ORDINARY = 1e-5
"""The least absolute tolerance of the parameters in the ordinary checks of AdaGrad, RMSProp
and Adam (gradients of 0.5 to 2 in size): there, where epsilon goes moves three steps by
less than 4e-6 in all (Adam's MXNet placement the most, lr * 1e-6 / sqrt(1 - beta2) = 6e-7
per step with lr up to 0.02, and less on later steps; RMSProp and AdaGrad below 1e-6); the
checks with tiny gradients are the ones about epsilon."""

CONDITION = 16


def atol(*values, condition=CONDITION):
    """The absolute tolerance for a float32 result built from numbers as large as
    ``values`` (arrays, or nested lists of them): each float32 operation rounds by half an
    epsilon of its operands' size, so a sum that cancels (``p - lr * g`` when both are
    close, a velocity averaging gradients of either sign, an Adam moment after three
    steps) is off by a few epsilons times its terms' size, however small the result.
    ``condition`` epsilons of the largest value bound what three steps written
    differently can lose (about six roundings), with room to spare."""
    return condition * EPS32 * magnitude(*values)


def magnitude(*values):
    """The largest absolute value in ``values`` (arrays, or nested lists of them)."""
    return max((float(np.max(np.abs(a))) for a in _leaves(values) if a.size), default=0.0)


# The 2-D trainers work on Python floats (float64). MXNet's reference holds eta and gamma
# in float32 (a relative error of 6e-8), which moves a step of size up to 10 by less than
# 1e-6; rtol 1e-5 also leaves room for a trainer computed in float32. From the checks'
# ordinary points (states of 0.5 or more, eta up to 0.6) where epsilon goes moves an AdaGrad
# or RMSProp step by less than eta * 1e-6 / (2 * sqrt(1 - gamma)) < 7e-7, below ATOL_2D
# whatever the inputs: that mistake is named from the points where the gradient is 1e-6.
RTOL_2D, ATOL_2D = 1e-5, 1e-6


def _leaves(value):
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    arr = as_array(value)
    return [] if arr is None else [np.asarray(arr, dtype=np.float64)]


def close(got, expected, rtol, atol):
    """Whether ``got`` matches ``expected``: arrays, or lists over steps (and parameters) of
    them, the same structure, every entry within ``atol + rtol * |expected|``."""
    if isinstance(expected, (list, tuple)):
        return (isinstance(got, (list, tuple)) and len(got) == len(expected)
                and all(close(g, e, rtol, atol) for g, e in zip(got, expected)))
    got, expected = as_array(got), as_array(expected)
    if got is None or expected is None or np.shape(got) != np.shape(expected):
        return False
    return bool(np.allclose(np.asarray(got, np.float64), np.asarray(expected, np.float64),
                            rtol=rtol, atol=atol))


def first_match(got, mistakes, rtol, atol):
    """The message of the first of ``mistakes`` (pairs of a message and that mistake's
    values) that ``got`` matches, or None."""
    for message, model in mistakes:
        if close(got, model, rtol, atol):
            return message
    return None


# --- updates over several steps -----------------------------------------------------------


class Trajectory:
    """What ``update(params, states, hyperparams)`` left after each step, as NumPy arrays.

    ``params0`` and ``states0`` are the values before the first step (``states0`` a list
    per parameter of ``parts`` arrays; ``parts`` 0: no state). After step ``k + 1``:
    ``params[k]`` (a list of arrays), ``states[k]`` (like ``states0``, or None when the
    states lost the book's layout), ``hyperparams[k]`` and ``returned[k]`` (whether the call
    returned something).
    """

    def __init__(self, params0, states0, parts):
        self.params0 = [np.array(as_array(p), dtype=np.float64) for p in params0]
        self.parts = parts
        self.states0 = state_arrays(states0, len(self.params0), parts)
        self.params, self.states, self.hyperparams, self.returned = [], [], [], []

    def record(self, params, states, hyperparams, returned):
        """Record one step; returns a message when a parameter is no longer an array of its
        shape."""
        got = []
        for k, (value, old) in enumerate(zip(params, self.params0)):
            arr = as_array(value)
            if arr is None or arr.shape != old.shape:
                return (f"after the update parameter {k} is {describe(value)}, expected an "
                        f"array of shape {old.shape}")
            got.append(np.array(arr, dtype=np.float64))
        self.params.append(got)
        self.states.append(state_arrays(states, len(got), self.parts))
        self.hyperparams.append(dict(hyperparams) if isinstance(hyperparams, dict) else {})
        self.returned.append(bool(returned))
        return None


def state_arrays(states, count, parts):
    """``states`` as a list per parameter of ``parts`` float64 arrays (None when it does not
    have that layout; None for ``parts`` 0)."""
    if not parts or not isinstance(states, (tuple, list)) or len(states) != count:
        return None
    out = []
    for item in states:
        items = item if parts > 1 else (item,)
        if not isinstance(items, (tuple, list)) or len(items) != parts:
            return None
        arrs = [as_array(a) for a in items]
        if any(a is None for a in arrs):
            return None
        out.append([np.array(a, dtype=np.float64) for a in arrs])
    return out


def run_update(fn, params0, grads, states, hyperparams, parts, hints=HINTS):
    """Call ``fn(params, states, hyperparams)`` once per entry of ``grads`` (a list over
    steps of one gradient per parameter) on NDArrays made from ``params0``, as
    ``train_ch7`` does (params as a tuple, so that ``params[i] = ...`` fails loudly; the
    same states and hyperparams every step); returns ``(Trajectory, message or None)``."""
    from mxnet import nd

    params = [nd.array(p) for p in params0]
    for p in params:
        p.attach_grad()
    trajectory = Trajectory(params0, states, parts)
    for step_grads in grads:
        for p, g in zip(params, step_grads):
            p.grad[:] = nd.array(g)
        try:
            returned = fn(tuple(params), states, hyperparams)
        except Exception as exc:
            text = str(exc).strip().splitlines()
            message = f"raised {type(exc).__name__}: {text[0][:300] if text else ''}"
            hint = next((h for pattern, h in hints if pattern.lower() in message.lower()), None)
            if hint is None:
                raise
            return trajectory, f"{message}. {hint}"
        problem = trajectory.record(params, states, hyperparams, returned is not None)
        if problem:
            return trajectory, problem
    return trajectory, None


def zero_states(params0, parts):
    """Zero NDArray states in the book's layout: one per parameter, or a tuple of
    ``parts`` per parameter (the checks make their own, so that a mistake in
    ``init_*_states()`` costs only that check)."""
    from mxnet import nd

    if parts == 1:
        return tuple(nd.zeros(np.shape(p)) for p in params0)
    return tuple(tuple(nd.zeros(np.shape(p)) for _ in range(parts)) for p in params0)


def unchanged_params(trajectory):
    """The parameters never changed, or one never did while another did."""
    moved = [any(not np.array_equal(step[k], p0) for step in trajectory.params)
             for k, p0 in enumerate(trajectory.params0)]
    if trajectory.params and not any(moved):
        return ("the parameters did not change: update them in place with p[:] = ... or "
                "p -= ... (p = ... only rebinds a local name, and train_ch7 never sees it)")
    if not all(moved):
        return (f"parameter {moved.index(False)} did not change although parameter "
                f"{moved.index(True)} did: update every parameter (is there a return or "
                "break inside the loop?)")
    return None


def unchanged_states(trajectory):
    """The states never changed (rebound, or returned instead of updated in place)."""
    before = _leaves(trajectory.states0) if trajectory.states0 is not None else None
    if not trajectory.parts or before is None or not trajectory.states:
        return None
    for states in trajectory.states:
        after = _leaves(states) if states is not None else None
        if after is None or len(after) != len(before) or not all(
                np.array_equal(a, b) for a, b in zip(after, before)):
            return None
    how = ("it returns new states instead of updating them: train_ch7 ignores the return "
           "value, so " if any(trajectory.returned) else "")
    return (f"the states did not change: {how}update them in place with s[:] = ... "
            "(s = ... only rebinds a local name, so the next step starts from zero again)")


def layout(labels):
    """The book's layout of the states, e.g. ``((v_w, s_w), (v_b, s_b))``."""
    def group(param):
        names = ", ".join(f"{label}_{param}" for label in labels)
        return names if len(labels) == 1 else f"({names})"

    return f"({group('w')}, {group('b')})"


def lost_layout(trajectory, labels):
    """After some step the states are no longer one entry (of ``len(labels)`` arrays) per
    parameter."""
    for step, states in enumerate(trajectory.states, start=1):
        if states is None:
            return (f"after step {step} the states are no longer {layout(labels)}, one entry "
                    "per parameter: update the arrays in place and keep the structure")
    return None


def state_part(trajectory, index):
    """The ``index``-th state of every parameter after every step (call
    :func:`lost_layout` first)."""
    return [[arrs[index] for arrs in states] for states in trajectory.states]


def init_problem(name, states, labels, num_inputs, is_ndarray):
    """What is wrong with ``init_*_states()``'s result for ``features`` with
    ``num_inputs`` columns: zero NDArrays shaped like ``w`` ``(num_inputs, 1)`` and ``b``
    ``(1,)``, one per name in ``labels`` for each parameter (e.g. ("v", "s") for Adam)."""
    parts = len(labels)
    book = layout(labels)
    if not isinstance(states, (tuple, list)) or len(states) != 2:
        return (f"{name}() should return {book}, one entry for w and one for b; got "
                f"{describe(states)}")
    for param, shape, item in (("w", (num_inputs, 1), states[0]), ("b", (1,), states[1])):
        items = item if parts > 1 else (item,)
        if parts > 1 and (not isinstance(item, (tuple, list)) or len(item) != parts):
            return f"{name}() should return {book}; the entry for {param} is {describe(item)}"
        shapes = [getattr(as_array(a), "shape", None) for a in items]
        if param == "w" and parts > 1 and shapes[1:] == [(1,)] * (parts - 1):
            return (f"{name}() groups the states by kind; the book's layout is one group per "
                    f"parameter, {book}")
        for label, arr in zip(labels, items):
            what = f"{label}_{param}"
            value = as_array(arr)
            if value is None or not is_ndarray(arr):
                return f"{what} should be an NDArray (nd.zeros(...)), got {describe(arr)}"
            if value.shape != shape:
                hint = (": use features.shape[1], the number of inputs (features has "
                        f"{num_inputs} columns here)" if param == "w" and value.ndim == 2
                        else "")
                return f"{what} has shape {value.shape}, expected {shape}{hint}"
            if np.any(value != 0):
                return f"{what} should start at zero"
    return None


def notebook_scope(fn):
    """The namespace ``fn`` was defined in (the notebook's): a function's globals, or those
    of a callable object's ``__call__``."""
    scope = getattr(fn, "__globals__", None)
    if scope is None:
        call = vars(type(fn)).get("__call__")
        scope = getattr(call, "__globals__", None)
    return scope if scope is not None else {}


def check_init(fn, init_name, labels, num_inputs=3):
    """The public check of ``init_*_states()``, defined in the cell of ``fn``."""
    from mxnet import nd

    from d2l.selfcheck import notebook_globals

    init = notebook_scope(fn).get(init_name)
    if init is None:
        return f"define {init_name}() in the same cell"
    if not hasattr(init, "__globals__"):
        return f"{init_name} should be a function, got {describe(init)}"
    with notebook_globals(init, features=nd.zeros((4, num_inputs))):
        states = init()
    return init_problem(init_name, states, labels, num_inputs,
                        lambda a: isinstance(a, nd.NDArray))


def simulate(update, params, grads, states, hyperparams):
    """A NumPy model of an update (``update(params, grads, states, hyperparams)`` returns
    the new params and states and may change ``hyperparams``): params and states per
    step."""
    params = [np.asarray(p, np.float64) for p in params]
    hyper = dict(hyperparams)
    out_params, out_states = [], []
    for step_grads in grads:
        params, states = update(params, [np.asarray(g, np.float64) for g in step_grads],
                                states, hyper)
        out_params.append(params)
        out_states.append(states)
    return out_params, out_states


def first_mismatch(got, expected, what, rtol, atol):
    """The message about the first entry of ``got`` (a list over steps of arrays per
    parameter) that differs from ``expected``, naming the step and the parameter."""
    for step, (g, e) in enumerate(zip(got, expected), start=1):
        for i, (a, b) in enumerate(zip(g, e)):
            problem = mismatch(a, b, rtol, atol, name=f"{what} {i} after step {step}")
            if problem:
                return problem
    return None


def recorded_steps(cases, prefix=""):
    """The recorded ``[w, b]`` and the gradients of each step (``cases.npz`` keys ``w``,
    ``b``, ``grad_w0``, ``grad_b0``, ..., and ``steps``; ``prefix`` e.g. ``"tiny_"``)."""
    params0 = [cases[f"{prefix}w"], cases[f"{prefix}b"]]
    return params0, recorded(cases, f"{prefix}grad", int(cases["steps"]))


def recorded(cases, what, steps):
    """``[[cases[what_w0], cases[what_b0]], ...]``: a recorded value per step and parameter."""
    return [[cases[f"{what}_w{k}"], cases[f"{what}_b{k}"]] for k in range(steps)]


def record_steps(cases, prefix, params0, grads):
    """Put ``[w, b]`` and the gradients into ``cases`` (see :func:`recorded_steps`)."""
    cases[f"{prefix}w"], cases[f"{prefix}b"] = params0
    cases["steps"] = len(grads)
    for k, (gw, gb) in enumerate(grads):
        cases[f"{prefix}grad_w{k}"], cases[f"{prefix}grad_b{k}"] = gw, gb


def record(cases, what, values):
    """Put a value per step and parameter into ``cases`` (see :func:`recorded`)."""
    for k, (w, b) in enumerate(values):
        cases[f"{what}_w{k}"], cases[f"{what}_b{k}"] = w, b


def parts_of(params, states, count):
    """``[params, state 0, state 1, ...]`` of a run: ``params`` and ``states`` lists over
    steps of one entry per parameter (a state array, or a tuple of ``count`` of them),
    each part a list over steps of one array per parameter."""
    if count == 0:
        return [params]
    if count == 1:
        return [params, [[st[0] if isinstance(st, (tuple, list)) else st for st in step]
                         for step in states]]
    return [params, *([[st[k] for st in step] for step in states] for k in range(count))]


def diagnose_update(trajectory, labels, expected, mistakes, rtol, atols, focus):
    """The mistake that explains a run of an update with states (``labels`` name them, e.g.
    ("s", "delta")), when the parts a check is about (``focus``: indices into
    ``[params, state 0, ...]``) differ from ``expected`` (the same parts, see
    :func:`parts_of`); ``mistakes`` are pairs of a message and the parts that mistake
    gives, ``atols`` the absolute tolerance of each part (``rtol`` one relative tolerance,
    or one per part).

    In this order: the states lost the book's layout; the parameters or the states never
    changed; a mistake that explains every part (parameters and states); a mistake that
    explains the wrong parts the check is about. None when nothing named explains it."""
    problem = lost_layout(trajectory, labels)
    if problem:
        return problem
    got = [trajectory.params, *(state_part(trajectory, k) for k in range(len(labels)))]
    rtols = list(rtol) if isinstance(rtol, (list, tuple)) else [rtol] * len(got)
    ok = [close(g, e, r, a) for g, e, r, a in zip(got, expected, rtols, atols)]
    if all(ok[i] for i in focus):
        return None
    if not ok[0] and 0 in focus:
        problem = unchanged_params(trajectory)
        if problem:
            return problem
    if not all(ok[1:]):
        problem = unchanged_states(trajectory)
        if problem:
            return problem
    for message, parts in mistakes:
        if all(close(g, m, r, a) for g, m, r, a in zip(got, parts, rtols, atols)):
            return message
    for i in focus:
        if not ok[i]:
            problem = first_match(got[i], [(message, parts[i]) for message, parts in mistakes],
                                  rtols[i], atols[i])
            if problem:
                return problem
    return None


def zeros(params, parts=1):
    """NumPy zero states for :func:`simulate`, in the layout of :func:`state_arrays`."""
    return [[np.zeros(np.shape(p)) for _ in range(parts)] for p in params]


# --- the 2-D trainers --------------------------------------------------------------------


def numbers(value, name, count=4):
    """``(the first count values as floats, None)`` of a 2-D trainer's result, which
    should be ``(x1, x2, s1, s2)``; ``(None, message)`` when it is not."""
    if not isinstance(value, (tuple, list)) or len(value) < count:
        return None, (f"{name} should return four values (x1, x2, s1, s2), got "
                      f"{describe(value)}")
    out = []
    for label, item in zip(("x1", "x2", "s1", "s2"), value[:count]):
        arr = as_array(item)
        if arr is None or arr.size != 1 or arr.dtype.kind not in "biuf":
            return None, f"{name} should return numbers; its {label} is {describe(item)}"
        out.append(float(arr.ravel()[0]))
    return np.array(out), None


def grad_f_2d(x1, x2, a=1.0):
    """The gradient of the book's ``f_2d = a * x1**2 + 2 * x2**2`` (a = 1 in §7.2, 0.1 from
    §7.4 on), as stated in the notebook."""
    return np.array([2 * a * x1, 4 * x2])
