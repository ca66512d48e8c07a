"""Shared by the checks of `rnn`, `gru` and `lstm`: run a student's model over several steps
and compare it with the references, naming the usual mistakes.

A model is called as the book calls it, ``model(inputs, state, params)``: ``inputs`` a list of
``(batch_size, num_inputs)`` arrays, ``state`` a tuple, ``params`` the book's list. It must
return ``(outputs, state)``. When its outputs are wrong, the NumPy models of the usual
mistakes (``ref.variant``) say which one it made.
"""

import numpy as np

from autograder.references import ch06 as ref
from autograder.testing import Param, as_numpy, describe, expect_close, fail

F32 = "float32"
RTOL, ATOL = 1e-4, 1e-5

PARAM_NAMES = {
    "rnn": ["W_xh", "W_hh", "b_h", "W_hq", "b_q"],
    "gru": ["W_xz", "W_hz", "b_z", "W_xr", "W_hr", "b_r", "W_xh", "W_hh", "b_h", "W_hq", "b_q"],
    "lstm": ["W_xi", "W_hi", "b_i", "W_xf", "W_hf", "b_f", "W_xo", "W_ho", "b_o", "W_xc",
             "W_hc", "b_c", "W_hq", "b_q"],
}
STATE_NAMES = {"rnn": ["H"], "gru": ["H"], "lstm": ["H", "C"]}


def hints(kind):
    """What usually causes the errors a model raises."""
    names = ", ".join(PARAM_NAMES[kind])
    state = "(H, C)" if kind == "lstm" else "(H,)"
    return [
        ("values to unpack", f"params holds {len(PARAM_NAMES[kind])} arrays in the book's "
                             f"order ({names}) and state is the tuple {state}"),
        ("dot shape error", "check the shapes: X (batch_size, num_inputs) times the "
                            "(num_inputs, num_hiddens) weights, H (batch_size, num_hiddens) "
                            "times the (num_hiddens, num_hiddens) ones"),
        ("inplace operations", "autograd does not allow writing into arrays (x[:] = ..., "
                               "+=) while it records: compute new arrays and collect the "
                               "outputs in a Python list"),
    ]


class Problem:
    """Random inputs, initial state and parameters for one call of a model."""

    def __init__(self, rng, kind, num_steps=5, batch_size=3, num_inputs=6, num_hiddens=4,
                 num_outputs=7, onehot=False):
        self.kind = kind
        self.params = ref.make_params(rng, kind, num_inputs, num_hiddens, num_outputs)
        if onehot:
            ids = rng.integers(0, num_inputs, size=(num_steps, batch_size))
            self.inputs = [np.eye(num_inputs, dtype=F32)[i] for i in ids]
        else:
            self.inputs = [rng.normal(size=(batch_size, num_inputs)).astype(F32)
                           for _ in range(num_steps)]
        self.state = tuple(rng.normal(size=(batch_size, num_hiddens)).astype(F32)
                           for _ in STATE_NAMES[kind])
        self.sizes = (num_steps, batch_size, num_hiddens, num_outputs)

    def expected(self, heads=None):
        return ref.MODELS[self.kind](self.inputs, self.state, self.params, heads)

    def call_text(self):
        steps, batch, hiddens, outputs = self.sizes
        return (f"{self.kind}(inputs, state, params) with {steps} steps, batch_size {batch}, "
                f"{hiddens} hidden units and {outputs} outputs")


def run(student, problem, heads=None):
    """Call the student's model; returns ``(outputs, state, result)`` as NumPy arrays.

    With ``heads`` (head gradients of the outputs and of the state), the state and the
    parameters are sent as arrays with gradients and the result is back-propagated.
    """
    kind = problem.kind
    if heads is None:
        result = student.call(kind, problem.inputs, problem.state, problem.params)
    else:
        state = tuple(Param(s) for s in problem.state)
        params = [Param(p) for p in problem.params]
        result = student.call(kind, problem.inputs, state, params, backward=True,
                              head_grad=(list(heads[0]), tuple(heads[1])))
    outputs, state = parse(kind, result.value, problem)
    return outputs, state, result


def parse(kind, value, problem):
    steps, batch, hiddens, num_outputs = problem.sizes
    state_form = "(H, C)" if kind == "lstm" else "(H,)"
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        fail(f"{kind} should return a pair (outputs, state), got {describe(value)}")
    outputs, state = value
    arr = as_numpy(outputs)
    if arr is not None:
        if arr.shape == (steps * batch, num_outputs):
            fail(f"the outputs are one array of shape {arr.shape} (concatenated): return the "
                 f"list of the {steps} step outputs, each (batch_size, num_outputs)")
        fail(f"the outputs should be a list of {steps} arrays (one per step), got one "
             f"{describe(outputs)}")
    if not isinstance(outputs, (list, tuple)):
        fail(f"the outputs should be a list of {steps} arrays (one per step), got "
             f"{describe(outputs)}")
    if len(outputs) != steps:
        fail(f"with {steps} input steps there should be {steps} outputs, one per step, but "
             f"there are {len(outputs)}: append one output per step, inside the loop")
    got = []
    for t, y in enumerate(outputs):
        a = as_numpy(y)
        if a is None:
            fail(f"output {t} should be an NDArray, got {describe(y)}")
        got.append(a)
    if as_numpy(state) is not None:
        fail(f"the state should be a tuple {state_form}, as init_{kind}_state makes it, got "
             f"one {describe(state)}: return (outputs, {state_form})")
    if not isinstance(state, (tuple, list)) or len(state) != len(STATE_NAMES[kind]):
        fail(f"the state should be a tuple {state_form}, got {describe(state)}")
    states = [as_numpy(s) for s in state]
    if any(s is None for s in states):
        fail(f"the state should be a tuple {state_form} of NDArrays, got {describe(state)}")
    return got, states


def expect_outputs(problem, got):
    """The step outputs match the reference, or the mistake they show is named."""
    expected, _ = problem.expected()
    shape = expected[0].shape
    for t, y in enumerate(got):
        if y.shape != shape:
            if y.shape == (shape[0], problem.sizes[2]) and problem.sizes[2] != shape[1]:
                fail(f"output {t} has shape {y.shape}, the hidden state's: each step's output "
                     "is Y = H W_hq + b_q, of shape (batch_size, num_outputs)")
            fail(f"output {t} has shape {y.shape}, expected {shape} (batch_size, num_outputs)")
    if not all(np.allclose(y, e, rtol=RTOL, atol=ATOL) for y, e in zip(got, expected)):
        name_mistake(problem, got)
    for t, (y, e) in enumerate(zip(got, expected)):
        expect_close(y, e, f"the output of step {t} of {problem.call_text()}", rtol=RTOL,
                     atol=ATOL)


def name_mistake(problem, got, part=0):
    """Fail with the named mistake whose model gives the student's outputs (``part`` 0) or
    final state (``part`` 1), if there is one.

    A GRU that matches MXNet's own layer (``gluon.rnn.GRU``, reset gate after the matmul)
    is told so first; the other mistakes are recognised by their NumPy models.
    """
    if problem.kind == "gru":
        mxnet_form = ref.gru_gluon(problem.inputs, problem.state, problem.params)[part]
        if _close(got, mxnet_form):
            fail(ref.MISTAKES["gru"]["reset_after"])
    correct = ref.variant(problem.kind, problem.inputs, problem.state, problem.params)[part]
    for mistake, message in ref.MISTAKES[problem.kind].items():
        wrong = ref.variant(problem.kind, problem.inputs, problem.state, problem.params,
                            mistake)[part]
        if _close(got, wrong) and not _close(correct, wrong):
            fail(message)


def _close(a, b):
    """Two lists of arrays agree entry by entry (same lengths, shapes and values)."""
    return len(a) == len(b) and all(
        np.shape(x) == np.shape(y) and np.allclose(x, y, rtol=RTOL, atol=ATOL)
        for x, y in zip(a, b))


def expect_state(problem, got):
    """The returned state is the state after the last step, in the book's order."""
    kind = problem.kind
    _, expected = problem.expected()
    names = STATE_NAMES[kind]
    for name, s, e in zip(names, got, expected):
        if s.shape != e.shape:
            fail(f"the state's {name} has shape {s.shape}, expected {e.shape} "
                 "(batch_size, num_hiddens)")
    if kind == "lstm" and _close(got[::-1], expected) and not _close(got, expected):
        fail("the state comes back as (C, H): return it as (H, C), the order of "
             "init_lstm_state, which the next call unpacks as H, C = state")
    if _close(got, problem.state) and not _close(expected, problem.state):
        fail("the returned state is the initial state: return the state after the last step")
    _, before_last = ref.MODELS[kind](problem.inputs[:-1], problem.state, problem.params)
    if _close(got, before_last) and not _close(expected, before_last):
        fail("the returned state is the one before the last step: return the state after "
             "the last step")
    if not _close(got, expected):
        name_mistake(problem, got, part=1)
    for name, s, e in zip(names, got, expected):
        expect_close(s, e, f"the returned {name} after {len(problem.inputs)} steps",
                     rtol=RTOL, atol=ATOL)


def expect_gradients(student, problem, rng):
    """Back-propagate from every output and the final state (random head gradients) and
    compare the gradients of the initial state and the parameters with the reference's."""
    steps, batch, hiddens, num_outputs = problem.sizes
    head_out = [rng.normal(size=(batch, num_outputs)).astype(F32) for _ in range(steps)]
    head_state = [rng.normal(size=(batch, hiddens)).astype(F32) for _ in problem.state]
    got_out, got_state, result = run(student, problem, (head_out, head_state))
    expected = problem.expected((head_out, head_state))
    if not _close(got_out, expected[0]):
        fail(f"the outputs of {problem.call_text()} are wrong, so their gradients cannot "
             "be checked: see the check of the outputs")
    grads = [as_numpy(g) for g in result.param_grads]
    names = [f"the initial {s}" for s in STATE_NAMES[problem.kind]] + PARAM_NAMES[problem.kind]
    want = list(expected[2]) + list(expected[3])
    if len(grads) != len(want) or any(g is None for g in grads):
        fail("the gradients could not be read back: pass the given arrays through NDArray "
             "operations only")
    if not any(g.any() for g in grads):
        fail("no gradient reaches the parameters or the state (all are 0): the outputs "
             "were computed outside autograd (NumPy, .asnumpy() or nd.array(...)); use "
             "NDArray operations only")
    for name, g, w in zip(names, grads, want):
        if not g.any() and w.any():
            fail(f"no gradient reaches {name} (its gradient is all 0): it is not used, or "
                 "its value was copied before use")
    for name, g, w in zip(names, grads, want):
        expect_close(g, w, f"the gradient with respect to {name} over {steps} steps",
                     rtol=1e-3, atol=1e-4)
