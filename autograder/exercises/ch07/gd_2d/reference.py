"""Reference `gd_2d`: one step of MXNet's ``'sgd'`` on (x1, x2) in float64."""

from autograder.exercises.ch07 import _mxnet


def gd_2d(x1, x2, eta):
    """The new (x1, x2) after one step on f_2d = x1**2 + 2 * x2**2."""
    return _mxnet.gd_2d(x1, x2, eta)


def trace(eta, steps=3, start=(-5.0, -2.0)):
    """The points after each of ``steps`` steps from ``start``, as d2l.train_2d takes them."""
    out, (x1, x2) = [], start
    for _ in range(steps):
        x1, x2 = gd_2d(x1, x2, eta)
        out.append([x1, x2])
    return out


def public_cases(rng):
    # eta away from 0.1, 0.4 and 0.6, so that a learning rate assigned inside shows
    x, eta = [-3.5, 1.25], 0.23
    return {"x": x, "eta": eta, "out": gd_2d(*x, eta), "trace": trace(eta)}
