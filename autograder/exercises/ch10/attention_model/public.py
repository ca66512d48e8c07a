"""`attention_model` (§10.11, the book's code is in §10.12 机器翻译): what the student sees, the
public checks, the named mistakes, and the grader's correct version (``STAND_IN``) the
checks of `attention_forward` and of the §10.12 decoder use.

The model scores the concatenation ``[h_t; s]`` of an encoder state and the decoder state:
``a(s, h) = v^T tanh(W [h; s])``, two Dense layers without bias acting on the last axis
(``flatten=False``), so an input ``(num_steps, batch, features)`` gives scores
``(num_steps, batch, 1)``. It is judged by its parameters (two weights, no bias) and by its
scores with given weights, not by how the layers are written (``Dense(tanh)`` or
``Dense`` + ``Activation('tanh')`` are the same model)."""

import numpy as np
from mxnet import nd
from mxnet.gluon import nn

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§10.11 注意力机制"
FORBIDDEN = Forbidden()  # no built-in does this; the grader's stand-in is forbidden by default
HINTS = []

RTOL, ATOL = 1e-5, 1e-6


def attention_model_stand_in(attention_size):
    """The book's additive-attention scorer: Dense(attention_size, tanh, no bias) then
    Dense(1, no bias), both with flatten=False (they act on the last axis only)."""
    model = nn.Sequential()
    model.add(nn.Dense(attention_size, activation="tanh", use_bias=False, flatten=False),
              nn.Dense(1, use_bias=False, flatten=False))
    return model


STAND_IN = attention_model_stand_in
# the book's own code: a student may type it in (guard.copied_codes)
BOOK_CODE = ("attention_model_stand_in",)


def scores(X, W1, W2, activation=np.tanh):
    """The book's scores ``tanh(X W1^T) W2^T`` in float64 (W1 (size, features), W2 (1, size))."""
    return activation(np.asarray(X, np.float64) @ np.asarray(W1, np.float64).T) @ \
        np.asarray(W2, np.float64).T


# --- the named mistakes, from the parameters (name, shape) and the output's shape -----------


def structure(params, attention_size, in_units, x_shape, out_shape):
    """What is wrong with the model's parameters and output shape (None when they are the
    book's): ``params`` ``[(name, shape)]`` in creation order."""
    biases = [n for n, _ in params if n.endswith("bias")]
    weights = [s for n, s in params if n.endswith("weight")]
    if biases:
        return ("the model has biases: the book's two Dense layers have none "
                "(use_bias=False), a(s, h) = v^T tanh(W_s s + W_h h)")
    want = [(attention_size, in_units), (1, attention_size)]
    if [tuple(s) for s in weights] != want:
        if out_shape is not None and tuple(out_shape) != tuple(x_shape[:-1]) + (1,) \
                and len(out_shape) == 2:
            return flattened(x_shape, out_shape)
        return (f"the model's weights have shapes {[tuple(s) for s in weights]}, expected "
                f"{want}: a hidden layer of attention_size = {attention_size} units, then "
                "one output unit")
    if out_shape is not None and tuple(out_shape) != tuple(x_shape[:-1]) + (1,):
        return flattened(x_shape, out_shape)
    return None


def flattened(x_shape, out_shape):
    return (f"an input of shape {tuple(x_shape)} gave scores of shape {tuple(out_shape)}, "
            f"expected {tuple(x_shape[:-1]) + (1,)}: the Dense layers need flatten=False, so "
            "that they act on the last axis and keep (num_steps, batch)")


def no_tanh(got, X, W1, W2):
    """The hidden layer has no tanh (or another activation)."""
    arr = as_array(got)
    if arr is None or arr.shape != np.shape(X)[:-1] + (1,):
        return None
    right = scores(X, W1, W2)
    for name, act in [("no activation", lambda z: z), ("ReLU", lambda z: np.maximum(z, 0)),
                      ("sigmoid", lambda z: 1 / (1 + np.exp(-z)))]:
        wrong = scores(X, W1, W2, act)
        if np.allclose(arr, wrong, 1e-4, 1e-5) and not np.allclose(right, wrong, 1e-4, 1e-5):
            return (f"the hidden layer uses {name}: the book's hidden layer is "
                    "Dense(attention_size, activation='tanh')")
    return None


# --- the public checks --------------------------------------------------------------------


def _built(fn, cases):
    model = fn(int(cases["size"]))
    model.initialize()
    X = nd.array(cases["X"])
    out = model(X)
    params = [(name, p.shape) for name, p in model.collect_params().items()]
    return model, X, out, params


def _structure(fn, cases):
    _, X, out, params = _built(fn, cases)
    return structure(params, int(cases["size"]), X.shape[-1], X.shape,
                     None if as_array(out) is None else as_array(out).shape)


def _values(fn, cases):
    model, X, out, params = _built(fn, cases)
    weights = [p for name, p in model.collect_params().items() if name.endswith("weight")]
    W1, W2 = cases["W1"], cases["W2"]
    if [tuple(w.shape) for w in weights] != [W1.shape, W2.shape]:
        return _structure(fn, cases) or "the model should have two weights, as the book's"
    weights[0].set_data(nd.array(W1))
    weights[1].set_data(nd.array(W2))
    got = model(X)
    return no_tanh(got, cases["X"], W1, W2) or mismatch(got, cases["out"], RTOL, ATOL,
                                                        name="the scores of model(X)")


CHECKS = [
    ("two weights without bias, (attention_size, features) and (1, attention_size); "
     "scores of shape (num_steps, batch, 1)", _structure),
    ("scores a (num_steps, batch, features) input like the book's model", _values),
]
