"""Public checks for chapter 6 (循环神经网络), on the recorded cases in ``ch06.npz``.

Each check takes the student's object and the recorded cases and returns None when it
passes, or a message saying what is wrong.
"""

import numpy as np
from mxnet import cpu, nd

from ..compare import describe, mismatch
from ..rnn import to_onehot as _d2l_to_onehot

#: The vocabulary of the recorded ``predict_rnn`` case.
PREDICT_CHARS = "abcdefgh"


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _batches(fn, corpus, batch_size, num_steps):
    out = []
    for item in fn(corpus, batch_size, num_steps):
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise TypeError(f"each minibatch should be a pair (X, Y), got {describe(item)}")
        X, Y = item
        if not (hasattr(X, "asnumpy") and hasattr(Y, "asnumpy")):
            raise TypeError(f"X and Y should be NDArrays, got {describe(X)}, {describe(Y)}")
        out.append((X.asnumpy(), Y.asnumpy()))
    return out


def _random_shapes(fn, cases):
    batches = _batches(fn, list(range(50)), 2, 6)
    if len(batches) != 4:
        return f"50 indices, batch_size 2, num_steps 6: expected 4 minibatches, got {len(batches)}"
    for X, Y in batches:
        if X.shape != (2, 6) or Y.shape != (2, 6):
            return f"X and Y should have shape (2, 6), got {X.shape} and {Y.shape}"
        if not (Y == X + 1).all():
            return "Y should be X shifted one position ahead in the corpus"
    return None


def _random_examples(fn, cases):
    batches = _batches(fn, list(range(50)), 2, 6)
    starts = sorted(int(X[i, 0]) for X, _ in batches for i in range(len(X)))
    if starts != list(range(0, 48, 6)):
        return (f"the examples should start at 0, 6, ..., 42 (multiples of num_steps), each "
                f"once; got starts {starts}")
    return None


def _consecutive(fn, cases):
    corpus = [int(i) for i in cases["data_iter_consecutive/corpus"]]
    batches = _batches(fn, corpus, 3, 4)
    X_ref, Y_ref = cases["data_iter_consecutive/X"], cases["data_iter_consecutive/Y"]
    if len(batches) != len(X_ref):
        return f"expected {len(X_ref)} minibatches, got {len(batches)}"
    for k, (X, Y) in enumerate(batches):
        problem = (mismatch(X, X_ref[k], 0, 0, name=f"X of minibatch {k}")
                   or mismatch(Y, Y_ref[k], 0, 0, name=f"Y of minibatch {k}"))
        if problem:
            return problem
    return None


def _onehot(fn, cases):
    got = fn(_nd(cases["to_onehot/X"]), 6)
    expected = cases["to_onehot/out"]
    if not isinstance(got, (list, tuple)) or len(got) != len(expected):
        return (f"expected a list of {len(expected)} arrays (one per time step), got "
                f"{describe(got)}")
    for t, (a, e) in enumerate(zip(got, expected)):
        problem = mismatch(a, e, 0, 1e-6, name=f"step {t}")
        if problem:
            return problem
    return None


def _model(kind, names):
    def run(fn, cases):
        params = [_nd(cases[key]) for key in sorted(cases) if key.startswith(f"{kind}/param")]
        inputs = list(_nd(cases[f"{kind}/inputs"]))
        state = tuple(_nd(s) for s in cases[f"{kind}/state"])
        result = fn(inputs, state, params)
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            return f"{kind} should return a pair (outputs, state), got {describe(result)}"
        outputs, final = result
        if not isinstance(outputs, (list, tuple)) or len(outputs) != len(inputs):
            return (f"the outputs should be a list of {len(inputs)} arrays (one per step), "
                    f"got {describe(outputs)}")
        for t, (y, e) in enumerate(zip(outputs, cases[f"{kind}/outputs"])):
            problem = mismatch(y, e, 1e-4, 1e-5, name=f"the output of step {t}")
            if problem:
                return problem
        if not isinstance(final, (tuple, list)) or len(final) != len(state):
            form = "(H, C)" if len(state) == 2 else "(H,)"
            return f"the state should be a tuple {form}, got {describe(final)}"
        for name, s, e in zip(names, final, cases[f"{kind}/final"]):
            problem = mismatch(s, e, 1e-4, 1e-5, name=f"the final {name}")
            if problem:
                return problem
        return None
    return run


def _clipping(fn, cases):
    params = []
    for k in range(3):
        grad = _nd(cases[f"grad_clipping/grad{k}"])
        p = nd.zeros(grad.shape)
        p.attach_grad()
        p.grad[:] = grad
        params.append(p)
    fn(params, float(cases["grad_clipping/theta"]), cpu())
    for k, p in enumerate(params):
        problem = mismatch(p.grad, cases[f"grad_clipping/out{k}"], 1e-4, 1e-6,
                           name=f"the gradient of parameter {k}")
        if problem:
            return problem + " (compare gluon.utils.clip_global_norm)"
    return None


def _clipping_small(fn, cases):
    p = nd.zeros((2, 2))
    p.attach_grad()
    p.grad[:] = nd.array([[0.1, -0.2], [0.3, 0.0]])
    fn([p], 10.0, cpu())
    return mismatch(p.grad, np.array([[0.1, -0.2], [0.3, 0.0]]), 1e-6, 1e-7,
                    name="a gradient whose norm is below theta")


# Stand-ins for the public check of predict_rnn, built from the built-ins the exercises
# they stand in for forbid (the grader sees an answer that calls them): the d2l package's
# to_onehot, and MXNet's fused RNN operator, whose packed parameters are the book's
# matrices transposed, row by row, then the biases and a second (zero) bias.
_onehot_standin = _d2l_to_onehot


def _rnn_standin(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    h = W_hh.shape[0]
    packed = nd.concat(W_xh.T.reshape((-1,)), W_hh.T.reshape((-1,)), b_h,
                       nd.zeros(h, ctx=b_h.context, dtype=b_h.dtype), dim=0)
    out, H = nd.RNN(nd.stack(*inputs), packed, state[0].expand_dims(0), state_size=h,
                    num_layers=1, mode="rnn_tanh", state_outputs=True)
    return [nd.dot(o, W_hq) + b_q for o in out], (H[0],)


def _init_state(batch_size, num_hiddens, ctx):
    return (nd.zeros((batch_size, num_hiddens), ctx=ctx),)


def _predict(fn, cases):
    params = [_nd(cases[f"predict_rnn/param{k}"]) for k in range(5)]
    chars = list(PREDICT_CHARS)
    prefix = "".join(chars[i] for i in cases["predict_rnn/prefix"])
    expected = "".join(chars[i] for i in cases["predict_rnn/out"])
    num_chars = len(expected) - len(prefix)
    # A correct to_onehot for the call, whatever the notebook's own one does.
    scope = getattr(fn, "__globals__", {})
    saved = scope.get("to_onehot")
    scope["to_onehot"] = _onehot_standin
    try:
        got = fn(prefix, num_chars, _rnn_standin, params, _init_state, params[1].shape[0],
                 len(chars), cpu(), chars, {c: i for i, c in enumerate(chars)})
    finally:
        if saved is None:
            scope.pop("to_onehot", None)
        else:
            scope["to_onehot"] = saved
    if got != expected:
        return (f"predict_rnn({prefix!r}, {num_chars}, ...) on a recorded model gave "
                f"{got!r}; the greedy continuation is {expected!r}")
    return None


def _perplexity(fn, cases):
    outputs = list(_nd(cases["perplexity/outputs"]))
    got = fn(outputs, _nd(cases["perplexity/Y"]))
    if getattr(got, "size", 1) != 1 or not isinstance(got, (float, np.floating, nd.NDArray)):
        return f"perplexity should return a number (a Python float), got {describe(got)}"
    return mismatch(got, cases["perplexity/out"], 1e-4, 0, name="perplexity(outputs, Y)")


def _perplexity_uniform(fn, cases):
    got = fn([nd.zeros((2, 5))] * 3, nd.array([[0, 1, 2], [3, 4, 0]]))
    return mismatch(got, np.float64(5.0), 1e-4, 0,
                    name="the perplexity of uniform scores over 5 characters")


S63 = "§6.3 语言模型数据集（周杰伦专辑歌词）"
S64 = "§6.4 循环神经网络的从零开始实现"

CHECKS = {
    "data_iter_random": (S63, [
        ("minibatches of shape (batch_size, num_steps), Y = X shifted by one",
         _random_shapes),
        ("every example once, starting at multiples of num_steps", _random_examples)]),
    "data_iter_consecutive": (S63, [("matches the book's minibatches on a recorded corpus",
                                     _consecutive)]),
    "to_onehot": (S64, [("a list of nd.one_hot arrays, one per time step", _onehot)]),
    "rnn": (S64, [("matches gluon.rnn.RNN(activation='tanh') on recorded parameters",
                   _model("rnn", ["H"]))]),
    "grad_clipping": (S64, [("clips like gluon.utils.clip_global_norm", _clipping),
                            ("leaves small gradients alone", _clipping_small)]),
    "predict_rnn": (S64, [("greedy continuation of a recorded model", _predict)]),
    "perplexity": (S64, [("uniform scores over 5 characters give 5", _perplexity_uniform),
                         ("a number equal to exp(mean SoftmaxCrossEntropyLoss)", _perplexity)]),
    "gru": ("§6.7 门控循环单元（GRU）",
            [("matches the book's GRU formula on recorded parameters",
              _model("gru", ["H"]))]),
    "lstm": ("§6.8 长短期记忆（LSTM）",
             [("matches gluon.rnn.LSTM on recorded parameters", _model("lstm", ["H", "C"]))]),
}
