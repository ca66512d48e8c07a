"""`rnn` (§6.4): what the student sees, the public checks and the named mistakes.

It also holds what the three recurrent models (``rnn``, ``gru``, ``lstm``) share: reading a
model's result (``split_result``), the diagnoses of its structure, state and gradients, the
matching of a wrong answer with the recorded outputs of a named mistake, and the public
checks, which the public modules of ``gru`` and ``lstm`` build with their own mistakes.

A model is called as the book calls it, ``model(inputs, state, params)``: ``inputs`` a list
of ``(batch_size, num_inputs)`` arrays, ``state`` a tuple, ``params`` the book's list; it
returns ``(outputs, state)``. The diagnoses take what the model returned (NDArrays in the
notebook, NumPy arrays in the grader) and the outputs of the correct model and of each named
mistake (recorded in ``cases.npz`` here, computed anew by the grader).
"""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden, recurrent_funcs

SECTION = "§6.4 循环神经网络的从零开始实现"

RECURRENT_WHAT = ("gluon.rnn's RNN, GRU and LSTM layers or cells, nd.RNN, or nn.Dense / "
                  "nd.FullyConnected")


def recurrent_forbidden():
    """What the three models may not call: Gluon's recurrent layers run the fused ``RNN``
    operator, their cells (``RNNCell``, ``GRUCell``, ``LSTMCell``, also hybridized) run
    ``FullyConnected``, as ``nn.Dense`` does; every function of MXNet's recurrent cells and
    layers is watched."""
    return Forbidden(ops={"RNN", "FullyConnected"}, funcs=recurrent_funcs(),
                     what=RECURRENT_WHAT)


FORBIDDEN = recurrent_forbidden()

PARAM_NAMES = {
    "rnn": ["W_xh", "W_hh", "b_h", "W_hq", "b_q"],
    "gru": ["W_xz", "W_hz", "b_z", "W_xr", "W_hr", "b_r", "W_xh", "W_hh", "b_h", "W_hq", "b_q"],
    "lstm": ["W_xi", "W_hi", "b_i", "W_xf", "W_hf", "b_f", "W_xo", "W_ho", "b_o", "W_xc",
             "W_hc", "b_c", "W_hq", "b_q"],
}
STATE_NAMES = {"rnn": ["H"], "gru": ["H"], "lstm": ["H", "C"]}

# Tolerances. The outputs are sums of about ten float32 products of magnitude at most ~3
# (|H| <= 1, weights of scale 0.5), so float32 rounding moves them by ~1e-6 relatively:
# 1e-4 (and 1e-5 absolute, for outputs near 0) leaves a margin of 100 for an answer that
# sums in another order (one matmul of [X, H], stacked gates). The gradients run back
# through several steps and sum over the batch: ten times more.
RTOL, ATOL = 1e-4, 1e-5
GRAD_RTOL, GRAD_ATOL = 1e-3, 1e-4


def state_form(kind):
    return "(H, C)" if kind == "lstm" else "(H,)"


def hints(kind):
    """What usually causes the errors a model raises."""
    names = ", ".join(PARAM_NAMES[kind])
    return [
        ("values to unpack", f"params holds {len(PARAM_NAMES[kind])} arrays in the book's "
                             f"order ({names}) and state is the tuple {state_form(kind)}"),
        ("dot shape error", "check the shapes: X (batch_size, num_inputs) times the "
                            "(num_inputs, num_hiddens) weights, H (batch_size, num_hiddens) "
                            "times the (num_hiddens, num_hiddens) ones"),
        ("inplace operations", "autograd does not allow writing into arrays (x[:] = ..., "
                               "+=) while it records: compute new arrays and collect the "
                               "outputs in a Python list"),
    ]


HINTS = hints("rnn")


# --- what the model returned -----------------------------------------------------------


def not_a_pair(kind, value):
    """The model did not return a pair (outputs, state)."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return f"{kind} should return a pair (outputs, state), got {describe(value)}"
    return None


def one_step_array(outputs, num_steps):
    """With one time step the outputs came back as one array instead of a list of one:
    ``nd.split(..., num_outputs=1)`` returns the array itself."""
    if num_steps == 1 and as_array(outputs) is not None:
        return (f"with one time step (num_steps = 1, how predict_rnn feeds the model) the "
                f"outputs are one {describe(outputs)}, not a list of one array: "
                "nd.split(..., num_outputs=1) returns the array itself, not a list, and "
                "predict_rnn's Y[0] then picks a row instead of the step's output. Return a "
                "Python list of the step outputs for any number of steps")
    return None


def outputs_problem(kind, outputs, sizes):
    """The outputs are not a list of one array per step."""
    steps, batch, _, num_outputs = sizes
    problem = one_step_array(outputs, steps)
    if problem:
        return problem
    arr = as_array(outputs)
    if arr is not None:
        if arr.shape == (steps * batch, num_outputs):
            return (f"the outputs are one array of shape {arr.shape} (concatenated): return "
                    f"the list of the {steps} step outputs, each (batch_size, num_outputs)")
        return (f"the outputs should be a list of {steps} arrays (one per step), got one "
                f"{describe(outputs)}")
    if not isinstance(outputs, (list, tuple)):
        return (f"the outputs should be a list of {steps} arrays (one per step), got "
                f"{describe(outputs)}")
    if len(outputs) != steps:
        return (f"with {steps} input steps there should be {steps} outputs, one per step, but "
                f"there are {len(outputs)}: append one output per step, inside the loop")
    for t, y in enumerate(outputs):
        if as_array(y) is None:
            return f"output {t} should be an NDArray, got {describe(y)}"
    return None


def state_problem(kind, state):
    """The returned state is not the tuple the next call unpacks."""
    form = state_form(kind)
    if as_array(state) is not None:
        return (f"the state should be a tuple {form}, as init_{kind}_state makes it, got one "
                f"{describe(state)}: return (outputs, {form})")
    if not isinstance(state, (tuple, list)) or len(state) != len(STATE_NAMES[kind]):
        return f"the state should be a tuple {form}, got {describe(state)}"
    if any(as_array(s) is None for s in state):
        return f"the state should be a tuple {form} of NDArrays, got {describe(state)}"
    return None


def split_result(kind, value, sizes, part="both"):
    """``(problem, outputs, state)``: the model's result as lists of NumPy arrays, or the
    problem with its structure. ``part`` says what the check is about: "outputs", "state"
    or "both" (a check of the state does not fail on the outputs' structure)."""
    problem = not_a_pair(kind, value)
    if problem:
        return problem, None, None
    outputs, state = value
    if part in ("outputs", "both"):
        problem = outputs_problem(kind, outputs, sizes)
        if problem:
            return problem, None, None
        outputs = [np.asarray(as_array(y), np.float64) for y in outputs]
    else:
        outputs = None
    if part in ("state", "both"):
        problem = state_problem(kind, state)
        if problem:
            return problem, None, None
        state = [np.asarray(as_array(s), np.float64) for s in state]
    else:
        state = None
    return None, outputs, state


def output_shapes(outputs, shape, num_hiddens):
    """The step outputs do not have the shape (batch_size, num_outputs); the hidden state's
    shape means the output layer is missing."""
    for t, y in enumerate(outputs):
        if y.shape != tuple(shape):
            if y.shape == (shape[0], num_hiddens) and num_hiddens != shape[1]:
                return (f"output {t} has shape {y.shape}, the hidden state's: each step's "
                        "output is Y = H W_hq + b_q, of shape (batch_size, num_outputs)")
            return (f"output {t} has shape {y.shape}, expected {tuple(shape)} "
                    "(batch_size, num_outputs)")
    return None


# --- named mistakes: the answer matches the outputs of a wrong model ---------------------


def close(a, b, rtol=RTOL, atol=ATOL):
    """Two lists of arrays agree entry by entry (same lengths, shapes and values)."""
    return len(a) == len(b) and all(
        np.shape(x) == np.shape(y) and np.allclose(x, y, rtol=rtol, atol=atol)
        for x, y in zip(a, b))


def named(message, doc):
    """A diagnosis for a mistake recognised by the outputs (or state) of its model:
    ``fn(got, expected, wrong)`` says ``message`` when the answer gives the wrong model's
    numbers and these differ from the right ones."""

    def diagnosis(got, expected, wrong):
        return message if close(got, wrong) and not close(expected, wrong) else None

    diagnosis.__doc__ = doc
    return diagnosis


def which_mistake(diagnoses, got, expected, variants, part=0):
    """The message of the first of ``diagnoses`` (``{mistake: fn}``) whose model gives the
    answer's outputs (``part`` 0) or final state (``part`` 1), or None. ``variants`` maps a
    mistake to its model's ``(outputs, state)``."""
    for mistake, diagnosis in diagnoses.items():
        if mistake in variants:
            problem = diagnosis(got, expected, variants[mistake][part])
            if problem:
                return problem
    return None


no_carry = named("every step starts from the initial state: the new H is not carried to "
                 "the next step (assign H inside the loop and use it in the next step)",
                 "Each step starts from the initial state.")
relu = named("it applies ReLU; the book's rnn uses tanh: H = tanh(X W_xh + H W_hh + b_h)",
             "ReLU (gluon.rnn.RNN's default) instead of tanh.")
no_tanh = named("the hidden state has no activation: H = tanh(X W_xh + H W_hh + b_h)",
                "No activation at all.")
W_hh_transposed = named("W_hh is used transposed: the book multiplies H W_hh, with W_hh of "
                        "shape (num_hiddens, num_hiddens) as given",
                        "H W_hh.T instead of H W_hh (square, so no shape error).")
no_output_layer = named("the outputs are the hidden states: each step's output is "
                        "Y = H W_hq + b_q", "The outputs are the hidden states.")
output_before_update = named("each output is computed from the previous step's H: update H "
                             "first, then Y = H W_hq + b_q with the new H",
                             "Each output from the previous step's H.")

DIAGNOSES = {"no_carry": no_carry, "relu": relu, "no_tanh": no_tanh,
             "W_hh_transposed": W_hh_transposed, "no_output_layer": no_output_layer,
             "output_before_update": output_before_update}


def outputs_mistake(diagnoses, got, expected, variants, num_hiddens):
    """What is wrong with outputs that have the right structure: their shape, a named
    mistake, or None (then only the numbers can say)."""
    return (output_shapes(got, np.shape(expected[0]), num_hiddens)
            or (None if close(got, expected) else which_mistake(diagnoses, got, expected,
                                                                variants)))


# --- the returned state -----------------------------------------------------------------


def state_shapes(kind, got, expected):
    for name, s, e in zip(STATE_NAMES[kind], got, expected):
        if np.shape(s) != np.shape(e):
            return (f"the state's {name} has shape {np.shape(s)}, expected {np.shape(e)} "
                    "(batch_size, num_hiddens)")
    return None


def state_order(kind, got, expected):
    """The LSTM's state comes back as (C, H)."""
    if kind == "lstm" and close(got[::-1], expected) and not close(got, expected):
        return ("the state comes back as (C, H): return it as (H, C), the order of "
                "init_lstm_state, which the next call unpacks as H, C = state")
    return None


def initial_state(got, initial, expected):
    """The initial state is returned."""
    if close(got, initial) and not close(expected, initial):
        return "the returned state is the initial state: return the state after the last step"
    return None


def state_before_last(got, before_last, expected):
    """The state before the last step is returned."""
    if close(got, before_last) and not close(expected, before_last):
        return ("the returned state is the one before the last step: return the state after "
                "the last step")
    return None


def state_mistake(kind, diagnoses, got, expected, initial, before_last, variants):
    """What is wrong with a returned state of the right structure, or None."""
    return (state_shapes(kind, got, expected) or state_order(kind, got, expected)
            or initial_state(got, initial, expected)
            or state_before_last(got, before_last, expected)
            or (None if close(got, expected)
                else which_mistake(diagnoses, got, expected, variants, part=1)))


# --- gradients --------------------------------------------------------------------------


def outputs_wrong_for_gradients(got, expected, call):
    """The outputs are wrong, so their gradients mean nothing."""
    if not close(got, expected):
        return (f"the outputs of {call} are wrong, so their gradients cannot be checked: see "
                "the check of the outputs")
    return None


NO_GRADIENT = ("no gradient reaches the parameters or the state: the outputs were computed "
               "outside autograd (NumPy, .asnumpy() or nd.array(...)); use NDArray "
               "operations only")


def no_gradient(grads):
    """No gradient at all: the model was computed outside autograd."""
    if not any(np.any(g) for g in grads):
        return NO_GRADIENT
    return None


def unused(names, grads, want):
    """No gradient reaches one parameter (or the initial state) that should get one."""
    for name, g, w in zip(names, grads, want):
        if not np.any(g) and np.any(w):
            return (f"no gradient reaches {name} (its gradient is all 0): it is not used, or "
                    "its value was copied before use")
    return None


def gradient_names(kind):
    return [f"the initial {s}" for s in STATE_NAMES[kind]] + PARAM_NAMES[kind]


def gradients_mistake(kind, grads, want):
    """What is wrong with the gradients (initial state first, then the parameters)."""
    if len(grads) != len(want) or any(g is None for g in grads):
        return ("the gradients could not be read back: pass the given arrays through "
                "NDArray operations only")
    return no_gradient(grads) or unused(gradient_names(kind), grads, want)


# --- the public checks, on the recorded cases -------------------------------------------


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def recorded(kind, cases, prefix=""):
    """Inputs, state and parameters of a recorded case, as NDArrays."""
    params = [_nd(cases[key]) for key in sorted(cases) if key.startswith("param")]
    inputs = list(_nd(cases[f"{prefix}inputs"]))
    state = tuple(_nd(s) for s in cases["state"])
    return inputs, state, params


def sizes_of(cases, prefix=""):
    steps, batch, _ = cases[f"{prefix}inputs"].shape
    num_hiddens = cases["state"].shape[-1]
    return steps, batch, num_hiddens, cases[f"{prefix}outputs"].shape[-1]


def variants_of(cases, prefix=""):
    """The recorded outputs and final state of each named mistake."""
    out = {}
    for key in cases:
        if key.startswith(f"{prefix}mistake_") and key.endswith("_outputs"):
            name = key[len(f"{prefix}mistake_"):-len("_outputs")]
            out[name] = (list(cases[key]), list(cases[f"{prefix}mistake_{name}_final"]))
    return out


def _compare(arrays, expected, what):
    for t, (y, e) in enumerate(zip(arrays, expected)):
        problem = mismatch(y, e, RTOL, ATOL, name=what.format(t))
        if problem:
            return problem
    return None


def check_outputs(kind, diagnoses, prefix=""):
    """A public check of the outputs on the recorded case (``prefix`` "one_": one step)."""

    def run(fn, cases):
        inputs, state, params = recorded(kind, cases, prefix)
        sizes = sizes_of(cases, prefix)
        problem, outputs, _ = split_result(kind, fn(inputs, state, params), sizes, "outputs")
        expected = list(cases[f"{prefix}outputs"])
        return (problem
                or outputs_mistake(diagnoses, outputs, expected, variants_of(cases, prefix),
                                   sizes[2])
                or _compare(outputs, expected, "the output of step {}"))

    return run


def check_state(kind, diagnoses):
    """A public check of the returned state on the recorded case."""

    def run(fn, cases):
        inputs, state, params = recorded(kind, cases)
        problem, _, final = split_result(kind, fn(inputs, state, params), sizes_of(cases),
                                         "state")
        expected = list(cases["final"])
        return (problem
                or state_mistake(kind, diagnoses, final, expected, list(cases["state"]),
                                 list(cases["before_last"]), variants_of(cases))
                or _compare(final, expected, "the final state's array {}"))

    return run


def check_gradients(kind):
    """A public check of the gradients of the recorded case: back-propagate from every output
    and the final state with the recorded head gradients."""

    def run(fn, cases):
        inputs, state, params = recorded(kind, cases)
        for a in (*state, *params):
            a.attach_grad()
        with autograd.record():
            value = fn(inputs, state, params)
        problem, outputs, _ = split_result(kind, value, sizes_of(cases))
        if problem:
            return problem
        problem = outputs_wrong_for_gradients(outputs, list(cases["outputs"]),
                                              f"{kind} on the recorded case")
        if problem:
            return problem
        heads = [*value[0], *value[1]]
        head_grads = [_nd(g) for g in (*cases["head_outputs"], *cases["head_state"])]
        try:
            autograd.backward(heads, head_grads)
        except Exception:  # noqa: BLE001 - MXNet refuses arrays it did not record
            return NO_GRADIENT
        grads = [a.grad.asnumpy() for a in (*state, *params)]
        want = [cases[f"grad_{k:02d}"] for k in range(len(grads))]
        problem = gradients_mistake(kind, grads, want)
        if problem:
            return problem
        for name, g, w in zip(gradient_names(kind), grads, want):
            problem = mismatch(g, w, GRAD_RTOL, GRAD_ATOL,
                               name=f"the gradient with respect to {name}")
            if problem:
                return problem
        return None

    return run


def model_checks(kind, diagnoses, reference):
    """The public checks of a model (``reference``: what it is compared with)."""
    form = state_form(kind)
    return [
        (f"matches {reference} on recorded parameters", check_outputs(kind, diagnoses)),
        ("returns a list of one output for one time step (as predict_rnn calls it)",
         check_outputs(kind, diagnoses, prefix="one_")),
        (f"returns the state after the last step as the tuple {form}",
         check_state(kind, diagnoses)),
        ("passes the right gradients to the initial state and every parameter",
         check_gradients(kind)),
    ]


CHECKS = model_checks("rnn", DIAGNOSES, "gluon.rnn.RNN(activation='tanh') and a dense layer")


# --- the grader's correct rnn, for the checks of predict_rnn ------------------------------


def fused(mode, inputs, states, W_x, W_h, biases):
    """MXNet's RNN operator over the time steps ``inputs``, one layer, one direction.

    ``W_x`` and ``W_h`` are the book's ``(inputs, hiddens)`` and ``(hiddens, hiddens)``
    matrices of each gate in the operator's gate order, ``biases`` the gates' biases. The
    operator takes all weights, then all biases, each matrix as ``(hiddens, inputs)`` row
    by row, and a second bias per gate (zero: the book has one)."""
    num_hiddens = W_h[0].shape[0]
    packed = nd.concat(*[w.T.reshape((-1,)) for w in (*W_x, *W_h)], *biases,
                       nd.zeros(len(biases) * num_hiddens, ctx=biases[0].context,
                                dtype=biases[0].dtype), dim=0)
    return nd.RNN(nd.stack(*inputs), packed, *[s.expand_dims(0) for s in states],
                  state_size=num_hiddens, num_layers=1, mode=mode, state_outputs=True)


def rnn_stand_in(inputs, state, params):
    """A correct ``rnn`` for the checks of ``predict_rnn``, run by MXNet's fused ``RNN``
    operator (which this exercise forbids)."""
    W_xh, W_hh, b_h, W_hq, b_q = params
    out, H = fused("rnn_tanh", inputs, state, [W_xh], [W_hh], [b_h])
    return [nd.dot(h, W_hq) + b_q for h in out], (H[0],)


STAND_IN = rnn_stand_in
