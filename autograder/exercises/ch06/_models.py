"""The recurrent models of chapter 6 as references (hidden): MXNet's Gluon layers with the
book's parameters, and float64 NumPy models, correct or with a named mistake.

The recurrent models run in Gluon's fused layers (``gluon.rnn.RNN(activation='tanh')``,
``gluon.rnn.GRU``, ``gluon.rnn.LSTM``, layout TNC) with the book's parameters mapped into
MXNet's: weights transposed to ``(gates * h, in)``, the gates stacked in MXNet's order ([r, z,
n] for the GRU, [i, f, c, o] for the LSTM), the book's bias as ``i2h_bias`` and
``h2h_bias = 0``. The output layer is a Gluon ``Dense(flatten=False)``. (The GRU's reference
is the book's formula built from MXNet operators, see ``gru/reference.py``: MXNet's layer
applies the reset gate after the hidden matmul.)

``variant`` runs a model in float64 NumPy, correct or with a named mistake (the names are
those of the exercises' public ``DIAGNOSES``), so that the checks can say which mistake a
wrong answer made. Used by the references of ``rnn``, ``gru``, ``lstm`` and ``predict_rnn``.
"""

import numpy as np
from mxnet import autograd, gluon, nd

F32 = "float32"

#: For each model: where MXNet's gates (in MXNet's order) sit among the book's triples.
#: The book lists GRU triples as [z, r, h] and LSTM triples as [i, f, o, c].
MXNET_GATES = {"rnn": [0], "gru": [1, 0, 2], "lstm": [0, 1, 3, 2]}
STATE_SIZE = {"rnn": 1, "gru": 1, "lstm": 2}

#: The mistakes ``variant`` models, per model (their messages are in the public modules).
MISTAKES = {
    "rnn": ["no_carry", "relu", "no_tanh", "W_hh_transposed", "no_output_layer",
            "output_before_update"],
    "gru": ["reset_after", "gates_swapped", "update_swapped", "no_reset", "no_carry",
            "no_output_layer"],
    "lstm": ["no_cell_tanh", "gates_mxnet_order", "input_forget_swapped", "no_carry",
             "no_output_layer"],
}


def nd32(x, dtype=F32):
    return nd.array(np.asarray(x), dtype=dtype)


def num_params(kind):
    """How many arrays the book's parameter list of ``kind`` holds (5, 11 or 14)."""
    return 3 * len(MXNET_GATES[kind]) + 2


def make_params(rng, kind, num_inputs, num_hiddens, num_outputs, scale=0.5):
    """Random parameters in the book's order: triples ``(W_x (in, h), W_h (h, h), b (h,))``
    per gate, then ``W_hq (h, q)`` and ``b_q (q,)``."""
    params = []
    for _ in MXNET_GATES[kind]:
        params += [rng.normal(scale=scale, size=(num_inputs, num_hiddens)),
                   rng.normal(scale=scale, size=(num_hiddens, num_hiddens)),
                   rng.normal(scale=scale, size=(num_hiddens,))]
    params += [rng.normal(scale=scale, size=(num_hiddens, num_outputs)),
               rng.normal(scale=scale, size=(num_outputs,))]
    return [p.astype(F32) for p in params]


# --- MXNet's layers ---------------------------------------------------------------------


def gluon_layer(kind, params):
    """A Gluon recurrent layer holding the book's ``params`` (the last two excluded)."""
    num_inputs, num_hiddens = np.shape(params[0])
    layers = {"rnn": lambda: gluon.rnn.RNN(num_hiddens, activation="tanh",
                                           input_size=num_inputs),
              "gru": lambda: gluon.rnn.GRU(num_hiddens, input_size=num_inputs),
              "lstm": lambda: gluon.rnn.LSTM(num_hiddens, input_size=num_inputs)}
    layer = layers[kind]()
    layer.initialize()
    gates = MXNET_GATES[kind]
    values = {
        "l0_i2h_weight": np.concatenate([np.asarray(params[3 * g]).T for g in gates]),
        "l0_h2h_weight": np.concatenate([np.asarray(params[3 * g + 1]).T for g in gates]),
        "l0_i2h_bias": np.concatenate([np.asarray(params[3 * g + 2]) for g in gates]),
        "l0_h2h_bias": np.zeros(len(gates) * num_hiddens),
    }
    for name, param in layer.collect_params().items():
        param.set_data(nd32(values[name[len(layer.prefix):]]))
    return layer


def dense(W_hq, b_q):
    """The output layer ``H W_hq + b_q`` as a Gluon ``Dense`` over the last axis."""
    layer = gluon.nn.Dense(np.shape(W_hq)[1], in_units=np.shape(W_hq)[0], flatten=False)
    layer.initialize()
    layer.weight.set_data(nd32(np.asarray(W_hq).T))
    layer.bias.set_data(nd32(b_q))
    return layer


def _to_book_grads(kind, layer, out_layer):
    """The Gluon layers' parameter gradients, in the book's order and layouts."""
    grads = {name[len(layer.prefix):]: p.grad().asnumpy()
             for name, p in layer.collect_params().items()}
    gates = MXNET_GATES[kind]
    h = grads["l0_h2h_weight"].shape[1]
    book = [None] * num_params(kind)
    for k, g in enumerate(gates):
        rows = slice(k * h, (k + 1) * h)
        book[3 * g] = grads["l0_i2h_weight"][rows].T
        book[3 * g + 1] = grads["l0_h2h_weight"][rows].T
        book[3 * g + 2] = grads["l0_i2h_bias"][rows]
    book[-2] = out_layer.weight.grad().asnumpy().T
    book[-1] = out_layer.bias.grad().asnumpy()
    return book


def run_gluon(kind, inputs, state, params, heads=None):
    """Run ``kind`` ("rnn", "gru" in MXNet's reset-after form, "lstm") in Gluon's layers.

    ``inputs``: a list of ``(batch, num_inputs)`` arrays, one per step; ``state``: the
    book's state tuple. Returns ``(outputs, state)`` like the book's functions; with
    ``heads`` (head gradients for the outputs, then for each state array) also the gradients
    of the state arrays and of the parameters: ``(outputs, state, state_grads, param_grads)``.
    """
    layer, out_layer = gluon_layer(kind, params), dense(params[-2], params[-1])
    X = nd32(np.stack(inputs))
    begin = [nd32(s)[None] for s in state]  # (1, batch, h): one layer
    for s in begin:
        s.attach_grad()
    with autograd.record(train_mode=False):
        hidden, end = layer(X, begin)
        Y = out_layer(hidden)
        end = [s[0] for s in end]
    outputs = [y.asnumpy() for y in Y]
    final = tuple(s.asnumpy() for s in end)
    if heads is None:
        return outputs, final
    head_out, head_state = heads
    autograd.backward([Y] + end, [nd32(np.stack(head_out))] + [nd32(g) for g in head_state])
    return (outputs, final, [s.grad[0].asnumpy() for s in begin],
            _to_book_grads(kind, layer, out_layer))


# --- float64 NumPy models, correct or with a named mistake ------------------------------


def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


def variant(kind, inputs, state, params, mistake=None):
    """Run ``kind`` in float64 NumPy, with ``mistake`` (one of ``MISTAKES[kind]``) or none.

    Returns ``(outputs, state)`` as the book's functions do.
    """
    P = [np.asarray(p, np.float64) for p in params]
    init = [np.asarray(s, np.float64) for s in state]
    if kind == "gru" and mistake == "gates_swapped":  # z and r triples exchanged
        P = P[3:6] + P[0:3] + P[6:]
    if kind == "lstm" and mistake == "gates_mxnet_order":  # o and c triples exchanged
        P = P[0:6] + P[9:12] + P[6:9] + P[12:]
    if kind == "lstm" and mistake == "input_forget_swapped":
        P = P[3:6] + P[0:3] + P[6:]
    step = {"rnn": _rnn_step, "gru": _gru_step, "lstm": _lstm_step}[kind]
    current, outputs = list(init), []
    for x in inputs:
        before = init if mistake == "no_carry" else current
        current = step(np.asarray(x, np.float64), before, P, mistake)
        out_from = before[0] if mistake == "output_before_update" else current[0]
        outputs.append(out_from if mistake == "no_output_layer" else out_from @ P[-2] + P[-1])
    return outputs, tuple(current)


def _rnn_step(X, state, P, mistake):
    W_xh, W_hh, b_h = P[:3]
    if mistake == "W_hh_transposed":
        W_hh = W_hh.T
    pre = X @ W_xh + state[0] @ W_hh + b_h
    activation = {"relu": lambda a: np.maximum(a, 0), "no_tanh": lambda a: a}.get(mistake,
                                                                                  np.tanh)
    return [activation(pre)]


def _gru_step(X, state, P, mistake):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h = P[:9]
    H = state[0]
    Z = _sigmoid(X @ W_xz + H @ W_hz + b_z)
    R = _sigmoid(X @ W_xr + H @ W_hr + b_r)
    if mistake == "reset_after":  # MXNet's form
        H_tilda = np.tanh(X @ W_xh + b_h + R * (H @ W_hh))
    elif mistake == "no_reset":
        H_tilda = np.tanh(X @ W_xh + H @ W_hh + b_h)
    else:
        H_tilda = np.tanh(X @ W_xh + (R * H) @ W_hh + b_h)
    if mistake == "update_swapped":
        return [(1 - Z) * H + Z * H_tilda]
    return [Z * H + (1 - Z) * H_tilda]


def _lstm_step(X, state, P, mistake):
    W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c = P[:12]
    H, C = state
    I = _sigmoid(X @ W_xi + H @ W_hi + b_i)  # noqa: E741 - the book's name
    F = _sigmoid(X @ W_xf + H @ W_hf + b_f)
    O = _sigmoid(X @ W_xo + H @ W_ho + b_o)  # noqa: E741 - the book's name
    C_tilda = np.tanh(X @ W_xc + H @ W_hc + b_c)
    C = F * C + I * C_tilda
    return [O * C if mistake == "no_cell_tanh" else O * np.tanh(C), C]


def variants(kind, inputs, state, params):
    """``{mistake: (outputs, state)}`` of every mistake ``variant`` knows for ``kind``. The
    GRU's ``reset_after`` is MXNet's own layer (``gluon.rnn.GRU``)."""
    out = {}
    for mistake in MISTAKES[kind]:
        if kind == "gru" and mistake == "reset_after":
            out[mistake] = run_gluon("gru", inputs, state, params)
        else:
            out[mistake] = variant(kind, inputs, state, params, mistake)
    return out


def record_cases(kind, rng, model, num_inputs=5, num_hiddens=4, num_outputs=6, steps=4,
                 batch=3):
    """The recorded cases behind a model's public checks: parameters, inputs and state, the
    reference ``model``'s outputs, final state, the state before the last step and the
    gradients for recorded head gradients, the outputs of every named mistake, and the
    same for one time step (keys ``one_*``)."""
    params = make_params(rng, kind, num_inputs, num_hiddens, num_outputs)
    inputs = [rng.normal(size=(batch, num_inputs)).astype(F32) for _ in range(steps)]
    state = tuple(rng.normal(size=(batch, num_hiddens)).astype(F32)
                  for _ in range(STATE_SIZE[kind]))
    heads = ([rng.normal(size=(batch, num_outputs)).astype(F32) for _ in range(steps)],
             [rng.normal(size=(batch, num_hiddens)).astype(F32) for _ in state])
    c = {f"param{k:02d}": p for k, p in enumerate(params)}
    c["state"] = np.stack(state)
    _, _, state_grads, param_grads = model(inputs, state, params, heads)
    c["head_outputs"], c["head_state"] = np.stack(heads[0]), np.stack(heads[1])
    for k, g in enumerate([*state_grads, *param_grads]):
        c[f"grad_{k:02d}"] = np.asarray(g)
    c["before_last"] = np.stack(model(inputs[:-1], state, params)[1])
    for prefix, steps_in in (("", inputs), ("one_", inputs[:1])):
        outputs, final = model(steps_in, state, params)
        c[f"{prefix}inputs"] = np.stack(steps_in)
        c[f"{prefix}outputs"] = np.stack(outputs)
        if not prefix:
            c["final"] = np.stack(final)
        for mistake, (wrong, wrong_final) in variants(kind, steps_in, state, params).items():
            c[f"{prefix}mistake_{mistake}_outputs"] = np.stack(wrong)
            c[f"{prefix}mistake_{mistake}_final"] = np.stack(wrong_final)
    return c
