"""Reference answers for chapter 6, computed by MXNet's own operators and Gluon layers.

The recurrent models run in Gluon's fused layers (``gluon.rnn.RNN(activation='tanh')``,
``gluon.rnn.GRU``, ``gluon.rnn.LSTM``, layout TNC) with the book's parameters mapped into
MXNet's: weights transposed to ``(gates * h, in)``, the gates stacked in MXNet's order ([r, z,
n] for the GRU, [i, f, c, o] for the LSTM), the book's bias as ``i2h_bias`` and
``h2h_bias = 0``. The output layer is a Gluon ``Dense(flatten=False)``.

The GRU is the exception. The exercise teaches the book's formula, with the reset gate
applied to the state before the matmul, ``tanh(X W_xh + (R * H) W_hh + b_h)``; MXNet's GRU
applies it after, ``tanh(X W_xh + b_h + R * (H W_hh))``. So ``gru`` is built from MXNet
operators (``nd.dot``, ``nd.sigmoid``, ``nd.tanh``) and ``gru_gluon`` is MXNet's layer (the
reset-after form), which the checks use to name a submission that computes MXNet's form.
``verify_gru_paths`` ties the two together.

``variant`` runs a model in float64 NumPy, correct or with a named mistake, so that the checks
can say which mistake a wrong answer made. ``public_cases`` records the fixed inputs and
outputs behind the public self-check and the drift test.
"""

import math

import numpy as np
from mxnet import autograd, gluon, nd

_F32 = "float32"

#: For each model: where MXNet's gates (in MXNet's order) sit among the book's triples.
#: The book lists GRU triples as [z, r, h] and LSTM triples as [i, f, o, c].
MXNET_GATES = {"rnn": [0], "gru": [1, 0, 2], "lstm": [0, 1, 3, 2]}
STATE_SIZE = {"rnn": 1, "gru": 1, "lstm": 2}


def _nd(x, dtype=_F32):
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
    return [p.astype(_F32) for p in params]


# --- §6.3: minibatches ------------------------------------------------------------------


def data_iter_consecutive(corpus_indices, batch_size, num_steps):
    """The book's consecutive sampling, as MXNet slices: a list of ``(X, Y)`` arrays."""
    corpus = _nd(corpus_indices)
    batch_len = corpus.shape[0] // batch_size
    rows = corpus[:batch_size * batch_len].reshape((batch_size, batch_len))
    batches = []
    for i in range(0, ((batch_len - 1) // num_steps) * num_steps, num_steps):
        batches.append((rows[:, i:i + num_steps].asnumpy(),
                        rows[:, i + 1:i + 1 + num_steps].asnumpy()))
    return batches


# --- §6.4: one-hot inputs, the models, clipping, prediction, perplexity ------------------


def to_onehot(X, size):
    """``nd.one_hot`` of each column (time step) of ``X (batch, num_steps)``."""
    X = np.asarray(X)
    return [nd.one_hot(_nd(X[:, t]), size).asnumpy() for t in range(X.shape[1])]


def _gluon_layer(kind, params):
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
        param.set_data(_nd(values[name[len(layer.prefix):]]))
    return layer


def _dense(W_hq, b_q):
    """The output layer ``H W_hq + b_q`` as a Gluon ``Dense`` over the last axis."""
    layer = gluon.nn.Dense(np.shape(W_hq)[1], in_units=np.shape(W_hq)[0], flatten=False)
    layer.initialize()
    layer.weight.set_data(_nd(np.asarray(W_hq).T))
    layer.bias.set_data(_nd(b_q))
    return layer


def _to_book_grads(kind, layer, dense):
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
    book[-2] = dense.weight.grad().asnumpy().T
    book[-1] = dense.bias.grad().asnumpy()
    return book


def run_gluon(kind, inputs, state, params, heads=None):
    """Run ``kind`` ("rnn", "gru" in MXNet's reset-after form, "lstm") in Gluon's layers.

    ``inputs``: a list of ``(batch, num_inputs)`` arrays, one per step; ``state``: the
    book's state tuple. Returns ``(outputs, state)`` like the book's functions; with
    ``heads`` (head gradients for the outputs, then for each state array) also the gradients
    of the state arrays and of the parameters: ``(outputs, state, state_grads, param_grads)``.
    """
    layer, dense = _gluon_layer(kind, params), _dense(params[-2], params[-1])
    X = _nd(np.stack(inputs))
    begin = [_nd(s)[None] for s in state]  # (1, batch, h): one layer
    for s in begin:
        s.attach_grad()
    with autograd.record(train_mode=False):
        hidden, end = layer(X, begin)
        Y = dense(hidden)
        end = [s[0] for s in end]
    outputs = [y.asnumpy() for y in Y]
    final = tuple(s.asnumpy() for s in end)
    if heads is None:
        return outputs, final
    head_out, head_state = heads
    autograd.backward([Y] + end, [_nd(np.stack(head_out))] + [_nd(g) for g in head_state])
    return (outputs, final, [s.grad[0].asnumpy() for s in begin],
            _to_book_grads(kind, layer, dense))


def rnn(inputs, state, params, heads=None):
    """The book's ``rnn`` (tanh) as ``gluon.rnn.RNN(activation='tanh')`` and a Dense layer."""
    return run_gluon("rnn", inputs, state, params, heads)


def lstm(inputs, state, params, heads=None):
    """The book's ``lstm`` as ``gluon.rnn.LSTM`` and a Dense layer; state ``(H, C)``."""
    return run_gluon("lstm", inputs, state, params, heads)


def gru_gluon(inputs, state, params, heads=None):
    """MXNet's GRU (reset gate after the hidden matmul) with the book's parameters."""
    return run_gluon("gru", inputs, state, params, heads)


def gru(inputs, state, params, heads=None):
    """The book's GRU, reset gate before the hidden matmul, from MXNet operators:

    Z = sigmoid(X W_xz + H W_hz + b_z), R = sigmoid(X W_xr + H W_hr + b_r),
    H~ = tanh(X W_xh + (R * H) W_hh + b_h), H = Z * H + (1 - Z) * H~, Y = H W_hq + b_q.
    Same returns as :func:`run_gluon`.
    """
    P = [_nd(p) for p in params]
    H0 = _nd(state[0])
    for a in P + [H0]:
        a.attach_grad()
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = P
    with autograd.record(train_mode=False):
        H, outputs = H0, []
        for x in inputs:
            X = _nd(x)
            Z = nd.sigmoid(nd.dot(X, W_xz) + nd.dot(H, W_hz) + b_z)
            R = nd.sigmoid(nd.dot(X, W_xr) + nd.dot(H, W_hr) + b_r)
            H_tilda = nd.tanh(nd.dot(X, W_xh) + nd.dot(R * H, W_hh) + b_h)
            H = Z * H + (1 - Z) * H_tilda
            outputs.append(nd.dot(H, W_hq) + b_q)
    result = [y.asnumpy() for y in outputs], (H.asnumpy(),)
    if heads is None:
        return result
    head_out, head_state = heads
    autograd.backward(outputs + [H], [_nd(g) for g in list(head_out) + list(head_state)])
    return (*result, [H0.grad.asnumpy()], [p.grad.asnumpy() for p in P])


MODELS = {"rnn": rnn, "gru": gru, "lstm": lstm}


def clip_global_norm(grads, theta):
    """``gluon.utils.clip_global_norm``: every gradient times ``min(1, theta / norm)``,
    ``norm`` being the L2 norm of all the gradients together."""
    arrays = [_nd(g) for g in grads]
    gluon.utils.clip_global_norm(arrays, theta, check_isfinite=False)
    return [a.asnumpy() for a in arrays]


def global_norm(grads):
    return float(math.sqrt(sum(float((np.asarray(g, np.float64) ** 2).sum()) for g in grads)))


def predict(kind, prefix_indices, num_chars, params):
    """The book's greedy generation with Gluon's layers: feed the prefix, then append the
    arg-max of each step's output. Returns ``(indices, margin, chance)``: the margin is the
    smallest gap between the best and the second-best score over the generated steps (a
    small one means that rounding could change the text), the chance is the probability
    that sampling from the softmax instead of taking the arg-max gives the same text."""
    layer, dense = _gluon_layer(kind, params), _dense(params[-2], params[-1])
    vocab_size, num_hiddens = np.shape(params[-2])[1], np.shape(params[1])[0]
    state = [nd.zeros((1, 1, num_hiddens)) for _ in range(STATE_SIZE[kind])]
    output, margin, chance = [prefix_indices[0]], np.inf, 1.0
    for t in range(num_chars + len(prefix_indices) - 1):
        X = nd.one_hot(nd.array([[output[-1]]]), vocab_size)  # (1 step, batch 1, vocab)
        hidden, state = layer(X, state)
        scores = dense(hidden)[0, 0].asnumpy()
        if t < len(prefix_indices) - 1:
            output.append(prefix_indices[t + 1])
        else:
            top = np.sort(scores)[-2:]
            margin = min(margin, float(top[1] - top[0]))
            chance *= float(1 / np.exp(scores.astype(np.float64) - top[1]).sum())
            output.append(int(scores.argmax()))
    return output, margin, chance


def perplexity(outputs, Y):
    """exp of the mean ``SoftmaxCrossEntropyLoss`` of the step outputs against ``Y``
    ``(batch, num_steps)``: the outputs are concatenated step by step, so the labels are
    ``Y.T`` flattened."""
    scores = nd.concat(*[_nd(o) for o in outputs], dim=0)
    labels = _nd(np.asarray(Y).T.reshape(-1))
    loss = gluon.loss.SoftmaxCrossEntropyLoss()(scores, labels)
    return math.exp(float(loss.mean().asscalar()))


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



def predict_variant(kind, prefix_indices, num_chars, params, mistake=None):
    """The book's greedy generation in NumPy (``variant``'s models), correct or with
    ``mistake``: "state_reset" (a fresh state at every step) or "prefix_not_fed" (the model's
    own predictions replace the prefix after its first character). Returns the indices."""
    num_hiddens, vocab_size = np.shape(params[1])[0], np.shape(params[-2])[1]
    init = tuple(np.zeros((1, num_hiddens)) for _ in range(STATE_SIZE[kind]))
    state, output = init, [prefix_indices[0]]
    for t in range(num_chars + len(prefix_indices) - 1):
        if mistake == "state_reset":
            state = init
        outputs, state = variant(kind, [np.eye(vocab_size)[[output[-1]]]], state, params)
        if t < len(prefix_indices) - 1 and mistake != "prefix_not_fed":
            output.append(prefix_indices[t + 1])
        else:
            output.append(int(outputs[0].argmax()))
    return output


#: The mistakes ``variant`` knows, per model, with what a student is told.
MISTAKES = {
    "rnn": {
        "no_carry": "every step starts from the initial state: the new H is not carried to "
                    "the next step (assign H inside the loop and use it in the next step)",
        "relu": "it applies ReLU; the book's rnn uses tanh: H = tanh(X W_xh + H W_hh + b_h)",
        "no_tanh": "the hidden state has no activation: H = tanh(X W_xh + H W_hh + b_h)",
        "W_hh_transposed": "W_hh is used transposed: the book multiplies H W_hh, with W_hh of "
                           "shape (num_hiddens, num_hiddens) as given",
        "no_output_layer": "the outputs are the hidden states: each step's output is "
                           "Y = H W_hq + b_q",
        "output_before_update": "each output is computed from the previous step's H: update H "
                                "first, then Y = H W_hq + b_q with the new H",
    },
    "gru": {
        "reset_after": "this is MXNet's GRU, which applies the reset gate after the hidden "
                       "matmul, R * (H W_hh); the exercise uses the book's formula, "
                       "tanh(X W_xh + (R * H) W_hh + b_h): reset the state, then multiply",
        "gates_swapped": "the update and reset gates are swapped: params lists the update "
                         "gate first, W_xz, W_hz, b_z, then the reset gate W_xr, W_hr, b_r",
        "update_swapped": "Z and 1 - Z are swapped in the update: H = Z * H + (1 - Z) * H~ "
                          "(Z close to 1 keeps the old state)",
        "no_reset": "the reset gate is not used in the candidate state: "
                    "H~ = tanh(X W_xh + (R * H) W_hh + b_h)",
        "no_carry": "every step starts from the initial state: the new H is not carried to "
                    "the next step",
        "no_output_layer": "the outputs are the hidden states: each step's output is "
                           "Y = H W_hq + b_q",
    },
    "lstm": {
        "no_cell_tanh": "the memory cell's tanh is missing: H = O * tanh(C), not O * C",
        "gates_mxnet_order": "the output gate and the candidate memory cell are swapped: the "
                             "book lists the gates as input, forget, output, then the "
                             "candidate cell (i, f, o, c; MXNet's own order is i, f, c, o)",
        "input_forget_swapped": "the input and forget gates are swapped: params lists the "
                                "input gate (W_xi, W_hi, b_i) first, then the forget gate",
        "no_carry": "every step starts from the initial state: the new H and C are not "
                    "carried to the next step",
        "no_output_layer": "the outputs are the hidden states: each step's output is "
                           "Y = H W_hq + b_q",
    },
}


def verify_gru_paths(seed=0):
    """Check that the GRU references agree with each other and with the NumPy models.

    * MXNet's layer (``gru_gluon``) equals the NumPy reset-after form;
    * the operator-built book formula (``gru``) equals the NumPy reset-before form;
    * the two MXNet paths agree when the reset gate is 1 (then both forms are the same);
    * on ordinary parameters they differ clearly, so a check can tell them apart.

    Raises AssertionError otherwise. ``public_cases`` calls it, so the drift test runs it.
    """
    rng = np.random.default_rng(seed)
    params = make_params(rng, "gru", 4, 3, 5)
    inputs = [rng.normal(size=(2, 4)).astype(_F32) for _ in range(3)]
    state = (rng.normal(size=(2, 3)).astype(_F32),)
    ops_out, _ = gru(inputs, state, params)
    gluon_out, _ = gru_gluon(inputs, state, params)
    before, _ = variant("gru", inputs, state, params)
    after, _ = variant("gru", inputs, state, params, "reset_after")
    np.testing.assert_allclose(np.stack(ops_out), np.stack(before), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(np.stack(gluon_out), np.stack(after), rtol=1e-5, atol=1e-6)
    assert np.abs(np.stack(ops_out) - np.stack(gluon_out)).max() > 1e-2
    open_reset = list(params)
    open_reset[5] = np.full_like(params[5], 40.0)  # sigmoid(40) is 1 in float32
    np.testing.assert_allclose(np.stack(gru(inputs, state, open_reset)[0]),
                               np.stack(gru_gluon(inputs, state, open_reset)[0]),
                               rtol=1e-5, atol=1e-6)


# --- recorded cases ----------------------------------------------------------------------


def public_cases(seed=20190601):
    """Fixed inputs and MXNet's outputs for the public self-check (``d2l.check``)."""
    verify_gru_paths()
    rng = np.random.default_rng(seed)
    c = {}
    corpus = rng.permutation(47).astype(_F32)
    c["data_iter_consecutive/corpus"] = corpus
    batches = data_iter_consecutive(corpus, 3, 4)
    c["data_iter_consecutive/X"] = np.stack([X for X, _ in batches])
    c["data_iter_consecutive/Y"] = np.stack([Y for _, Y in batches])
    idx = rng.integers(0, 6, size=(2, 5)).astype(_F32)
    c["to_onehot/X"] = idx
    c["to_onehot/out"] = np.stack(to_onehot(idx, 6))
    for kind, sizes in (("rnn", (5, 4, 6)), ("gru", (5, 4, 6)), ("lstm", (5, 4, 6))):
        params = make_params(rng, kind, *sizes)
        inputs = [rng.normal(size=(3, sizes[0])).astype(_F32) for _ in range(4)]
        state = tuple(rng.normal(size=(3, sizes[1])).astype(_F32)
                      for _ in range(STATE_SIZE[kind]))
        outputs, final = MODELS[kind](inputs, state, params)
        for k, p in enumerate(params):
            c[f"{kind}/param{k:02d}"] = p
        c[f"{kind}/inputs"] = np.stack(inputs)
        c[f"{kind}/state"] = np.stack(state)
        c[f"{kind}/outputs"] = np.stack(outputs)
        c[f"{kind}/final"] = np.stack(final)
    grads = [rng.normal(size=s).astype(_F32) for s in ((3, 4), (4,), (4, 2))]
    c["grad_clipping/theta"] = np.float32(0.5 * global_norm(grads))
    for k, (g, clipped) in enumerate(zip(grads, clip_global_norm(grads, c["grad_clipping/theta"]))):
        c[f"grad_clipping/grad{k}"], c[f"grad_clipping/out{k}"] = g, clipped
    c.update(_predict_case(rng))
    steps = [(rng.normal(size=(2, 7)) * 3).astype(_F32) for _ in range(3)]
    Y = rng.integers(0, 7, size=(2, 3)).astype(_F32)
    c["perplexity/outputs"], c["perplexity/Y"] = np.stack(steps), Y
    c["perplexity/out"] = np.float64(perplexity(steps, Y))
    return c


def _predict_case(rng, vocab_size=8, num_hiddens=6):
    """A model whose greedy continuation of a prefix is clear-cut (no near ties)."""
    while True:
        params = make_params(rng, "rnn", vocab_size, num_hiddens, vocab_size, scale=1.0)
        prefix = [int(i) for i in rng.integers(0, vocab_size, size=3)]
        indices, margin, _ = predict("rnn", prefix, 6, params)
        if margin > 1e-2 and len(set(indices[3:])) > 1:
            break
    case = {f"predict_rnn/param{k}": p for k, p in enumerate(params)}
    case["predict_rnn/prefix"] = np.array(prefix)
    case["predict_rnn/out"] = np.array(indices)
    return case
