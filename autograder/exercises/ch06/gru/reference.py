"""Reference `gru`: the book's formula, with the reset gate before the hidden matmul, built
from MXNet operators (``nd.dot``, ``nd.sigmoid``, ``nd.tanh``) with gradients from autograd.

MXNet's ``gluon.rnn.GRU`` applies the reset gate after the matmul,
``tanh(X W_xh + b_h + R * (H W_hh))``, so it cannot be the reference; ``gru_gluon`` is that
layer with the book's parameters (in MXNet's gate order [r, z, n]), which the checks use to
name an answer that computes MXNet's form. ``verify_gru_paths`` ties the two together.
"""

import numpy as np
from mxnet import autograd, nd

from autograder.exercises.ch06 import _models
from autograder.exercises.ch06._models import F32, nd32


def gru_gluon(inputs, state, params, heads=None):
    """MXNet's GRU (reset gate after the hidden matmul) with the book's parameters."""
    return _models.run_gluon("gru", inputs, state, params, heads)


def gru(inputs, state, params, heads=None):
    """The book's GRU, reset gate before the hidden matmul, from MXNet operators:

    Z = sigmoid(X W_xz + H W_hz + b_z), R = sigmoid(X W_xr + H W_hr + b_r),
    H~ = tanh(X W_xh + (R * H) W_hh + b_h), H = Z * H + (1 - Z) * H~, Y = H W_hq + b_q.
    Same returns as ``_models.run_gluon``.
    """
    P = [nd32(p) for p in params]
    H0 = nd32(state[0])
    for a in P + [H0]:
        a.attach_grad()
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = P
    with autograd.record(train_mode=False):
        H, outputs = H0, []
        for x in inputs:
            X = nd32(x)
            Z = nd.sigmoid(nd.dot(X, W_xz) + nd.dot(H, W_hz) + b_z)
            R = nd.sigmoid(nd.dot(X, W_xr) + nd.dot(H, W_hr) + b_r)
            H_tilda = nd.tanh(nd.dot(X, W_xh) + nd.dot(R * H, W_hh) + b_h)
            H = Z * H + (1 - Z) * H_tilda
            outputs.append(nd.dot(H, W_hq) + b_q)
    result = [y.asnumpy() for y in outputs], (H.asnumpy(),)
    if heads is None:
        return result
    head_out, head_state = heads
    autograd.backward(outputs + [H], [nd32(g) for g in list(head_out) + list(head_state)])
    return (*result, [H0.grad.asnumpy()], [p.grad.asnumpy() for p in P])


def verify_gru_paths(seed=0):
    """Check that the GRU references agree with each other and with the NumPy models.

    * MXNet's layer (``gru_gluon``) equals the NumPy reset-after form;
    * the operator-built book formula (``gru``) equals the NumPy reset-before form;
    * the two MXNet paths agree when the reset gate is 1 (then both forms are the same);
    * on ordinary parameters they differ clearly, so a check can tell them apart.

    Raises AssertionError otherwise. ``public_cases`` calls it, so the drift test runs it.
    """
    rng = np.random.default_rng(seed)
    params = _models.make_params(rng, "gru", 4, 3, 5)
    inputs = [rng.normal(size=(2, 4)).astype(F32) for _ in range(3)]
    state = (rng.normal(size=(2, 3)).astype(F32),)
    ops_out, _ = gru(inputs, state, params)
    gluon_out, _ = gru_gluon(inputs, state, params)
    before, _ = _models.variant("gru", inputs, state, params)
    after, _ = _models.variant("gru", inputs, state, params, "reset_after")
    np.testing.assert_allclose(np.stack(ops_out), np.stack(before), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(np.stack(gluon_out), np.stack(after), rtol=1e-5, atol=1e-6)
    assert np.abs(np.stack(ops_out) - np.stack(gluon_out)).max() > 1e-2
    open_reset = list(params)
    open_reset[5] = np.full_like(params[5], 40.0)  # sigmoid(40) is 1 in float32
    np.testing.assert_allclose(np.stack(gru(inputs, state, open_reset)[0]),
                               np.stack(gru_gluon(inputs, state, open_reset)[0]),
                               rtol=1e-5, atol=1e-6)


def public_cases(rng):
    verify_gru_paths()
    return _models.record_cases("gru", rng, gru)
