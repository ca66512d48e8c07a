"""`BatchNorm` (§5.10): the book's layer around `batch_norm`, with its moving statistics
kept as parameters; the public checks and the named mistakes."""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS
from d2l.selfcheck.ch05.batch_norm.public import NORMALIZATION, NORMALIZATION_WHAT, STAT_TOL, Y_TOL

SECTION = "§5.10 批量归一化"
# The grader checks this exercise with its own correct versions of these (notebook name:
# exercise), so a mistake there costs points only once; so does the public check.
STAND_INS = {"batch_norm": "batch_norm"}
FORBIDDEN = Forbidden(ops=NORMALIZATION, what=NORMALIZATION_WHAT)
HINTS = BLOCK_HINTS + [
    ("already in a computational graph", "store the moving statistics with "
                                         "self.moving_mean.set_data(moving_mean.detach())"),
    ("set_data", "store a moving statistic with self.moving_mean.set_data(new_value.detach())"),
]
NAMES = ("gamma", "beta", "moving_mean", "moving_var")
EPS, MOMENTUM = 1e-5, 0.9


def shape_of(num_features, num_dims):
    return (1, num_features) if num_dims == 2 else (1, num_features, 1, 1)


def four_parameters(shapes, num_features, num_dims):
    """The layer does not have gamma, beta, moving_mean and moving_var of the right shape."""
    shape = shape_of(num_features, num_dims)
    shapes = [tuple(s) for s in shapes]
    if shapes == [shape] * 2:
        return (f"BatchNorm({num_features}, {num_dims}) has only two parameters: keep the "
                "moving statistics as parameters too, self.params.get('moving_mean', ..., "
                "init=init.Zero(), grad_req='null') and the same for moving_var")
    if shapes != [shape] * 4:
        return (f"BatchNorm({num_features}, {num_dims}) should create four parameters "
                f"(gamma, beta, moving_mean, moving_var) of shape {shape}; their shapes are "
                f"{shapes}")
    return None


def start_values(values):
    """The parameters of a new layer do not start at ones, zeros, zeros, zeros."""
    for name, value, start in zip(NAMES, values, (1, 0, 0, 0)):
        value = as_array(value)
        if name == "moving_var" and np.array_equal(value, np.ones_like(value)):
            return ("moving_var starts at ones (Gluon's nn.BatchNorm does that); the book "
                    "starts it at zeros: init=init.Zero()")
        if not np.array_equal(value, np.full_like(value, start)):
            return f"{name} should start at {'ones' if start else 'zeros'}"
    return None


def gamma_beta_swapped(out, expected, swapped):
    """``swapped``: the output with gamma and beta exchanged."""
    arr = as_array(out)
    if (arr is not None and arr.shape == np.shape(expected)
            and not np.allclose(arr, expected, *Y_TOL) and np.allclose(arr, swapped, *Y_TOL)):
        return ("gamma and beta are swapped: Y = gamma * X_hat + beta, so pass "
                "self.gamma.data() before self.beta.data()")
    return None


def not_stored(mean, var, before=0.0):
    """After a training step the moving statistics are what they were."""
    if np.array_equal(as_array(mean), np.full_like(as_array(mean), before)) and np.array_equal(
            as_array(var), np.full_like(as_array(var), before)):
        return ("after a training step moving_mean and moving_var are still zeros: store "
                "what batch_norm returns with self.moving_mean.set_data(moving_mean.detach()) "
                "and the same for moving_var")
    return None


def momentum_one_tenth(got, expected, name):
    """One step from zeros with momentum 0.1 instead of 0.9 keeps 0.9 of the statistic
    (``expected`` keeps 0.1 of it)."""
    arr = as_array(got)
    if (arr is not None and arr.shape == np.shape(expected)
            and not np.allclose(arr, expected, *STAT_TOL)
            and np.allclose(arr, np.asarray(expected) / 0.1 * 0.9, *STAT_TOL)):
        return (f"{name} is 0.9 times the batch statistic: the layer uses momentum=0.9, "
                "new = 0.9 * old + 0.1 * batch statistic")
    return None


def moving_var_ones_in_prediction(out, X):
    """A new layer predicts X / sqrt(1 + eps): moving_var started at ones."""
    arr = as_array(out)
    if arr is not None and arr.shape == np.shape(X) and np.allclose(
            arr, np.asarray(X) / np.sqrt(1 + EPS), *Y_TOL):
        return ("in prediction mode the output is X / sqrt(1 + eps): moving_var seems to "
                "start at ones; the book starts it at zeros")
    return None


# --- the public checks -------------------------------------------------------------------


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _new(cls):
    net = cls(3, num_dims=4)
    net.initialize()
    return net, list(net.collect_params().values())


def _start(cls, cases):
    net, params = _new(cls)
    net(_nd(cases["X0"]))  # outside autograd.record(): prediction, nothing changes
    problem = (four_parameters([p.shape for p in params], 3, 4)
               or start_values([p.data() for p in params]))
    if problem:
        return problem
    if [p.grad_req for p in params[2:]] != ["null"] * 2:
        return "the moving statistics take no gradient: create them with grad_req='null'"
    return None


def _steps(cls, cases):
    net, params = _new(cls)
    problem = four_parameters([p.shape for p in params], 3, 4)
    if problem:
        return problem
    params[0].set_data(_nd(cases["gamma"]))
    params[1].set_data(_nd(cases["beta"]))
    for i in range(2):
        X = _nd(cases[f"X{i}"])
        X.attach_grad()  # as inside a network, where X comes from the layers before
        try:
            with autograd.record(train_mode=True):
                Y = net(X)
            Y.backward()  # a training step, as far as the layer is concerned
        except Exception as exc:  # name the usual cause
            if "already in a computational graph" in str(exc):
                return (f"training step {i + 1} failed: store the moving statistics with "
                        "set_data(moving_mean.detach()); a value recorded by autograd cannot "
                        "be copied into a parameter")
            raise
        mean, var = params[2].data(), params[3].data()
        problem = ((i == 0 and gamma_beta_swapped(Y, cases["Y0"], cases["Y0_swapped"]))
                   or mismatch(Y, cases[f"Y{i}"], *Y_TOL,
                               name=f"the output of training step {i + 1}")
                   or (i == 0 and not_stored(mean, var))
                   or (i == 0 and momentum_one_tenth(mean, cases["mean0"], "moving_mean"))
                   or mismatch(mean, cases[f"mean{i}"], *STAT_TOL,
                               name=f"moving_mean after training step {i + 1}")
                   or mismatch(var, cases[f"var{i}"], *STAT_TOL,
                               name=f"moving_var after training step {i + 1}"))
        if problem:
            return problem
    return mismatch(net(_nd(cases["X2"])), cases["prediction"], *Y_TOL,
                    name="the prediction after two training steps")


def _predict_new(cls, cases):
    net, params = _new(cls)
    X = cases["X2"]
    out = net(_nd(X))
    return (moving_var_ones_in_prediction(out, X)
            or mismatch(out, cases["new_prediction"], 1e-4, 1e-3,
                        name="the prediction of a new layer (moving statistics at zeros: "
                             "X / sqrt(eps))"))


CHECKS = [
    ("four parameters; the moving statistics start at zeros", _start),
    ("two training steps and a prediction match the book", _steps),
    ("a new layer predicts with its moving statistics at zeros", _predict_new),
]
