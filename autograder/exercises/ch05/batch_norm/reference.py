"""Reference `batch_norm`: ``nd.BatchNorm(fix_gamma=False)`` with eps and momentum given
explicitly (its moving statistics change in place during ``backward()``), and the named
mistakes' results computed in NumPy."""

import numpy as np
from mxnet import autograd, nd

from autograder.exercises.ch05._conv import F32, as_nd
from d2l.selfcheck.ch05.batch_norm import public as ex

__all__ = ["batch_norm", "inputs", "public_cases", "variants"]


def _axes(X):
    return (0,) if np.ndim(X) == 2 else (0, 2, 3)


def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum, training, head=None):
    """The book's ``batch_norm`` by ``nd.BatchNorm(fix_gamma=False)``.

    Statistics are kept in the book's shapes, (1, d) or (1, c, 1, 1). In training mode MXNet
    updates its moving statistics in place during ``backward()``; they are read after it.
    Returns ``(Y, new moving_mean, new moving_var, [grad X, grad gamma, grad beta])``.
    """
    shape = np.shape(moving_mean)
    x = as_nd(X)
    g, b = as_nd(np.ravel(gamma)), as_nd(np.ravel(beta))
    mm, mv = as_nd(np.ravel(moving_mean)), as_nd(np.ravel(moving_var))
    for a in (x, g, b):
        a.attach_grad()
    with autograd.record(train_mode=training):
        out = nd.BatchNorm(x, g, b, mm, mv, eps=eps, momentum=momentum, fix_gamma=False,
                           use_global_stats=not training, axis=1)
    out.backward(as_nd(head) if head is not None else nd.ones_like(out))
    grads = [x.grad.asnumpy(), g.grad.asnumpy().reshape(np.shape(gamma)),
             b.grad.asnumpy().reshape(np.shape(beta))]
    return out.asnumpy(), mm.asnumpy().reshape(shape), mv.asnumpy().reshape(shape), grads


def variants(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    """Training-mode results of the named mistakes: ``{name: (Y, mean, var)}`` (None for
    statistics of another shape, whose Y alone compares), in NumPy."""
    X = np.asarray(X, dtype=np.float64)
    axes = _axes(X)
    n = X.size // X.shape[1]
    mean = X.mean(axis=axes, keepdims=True)
    var = X.var(axis=axes, keepdims=True)
    shape = np.shape(moving_mean)

    def result(m, v, eps_inside=True, momentum_=momentum):
        xhat = (X - m) / (np.sqrt(v + eps) if eps_inside else np.sqrt(v) + eps)
        y = np.asarray(gamma) * xhat + np.asarray(beta)
        if m.size != np.prod(shape):
            return y, None, None
        new_m = momentum_ * np.asarray(moving_mean) + (1 - momentum_) * m.reshape(shape)
        new_v = momentum_ * np.asarray(moving_var) + (1 - momentum_) * v.reshape(shape)
        return y, new_m, new_v

    out = {
        "unbiased": result(mean, var * n / (n - 1)),
        "eps outside": result(mean, var, eps_inside=False),
        "momentum swapped": result(mean, var, momentum_=1 - momentum),
    }
    if X.ndim == 4:
        out["per position"] = result(X.mean(axis=0, keepdims=True),
                                     X.var(axis=0, keepdims=True))
    else:
        out["per example"] = result(X.mean(axis=1, keepdims=True),
                                    X.var(axis=1, keepdims=True))
    return out


def part_variants(args, eps, momentum, part):
    """``{name: the variant's value of part 0 (Y), 1 or 2}`` for ``named_variant``."""
    return {name: value[part] for name, value in variants(*args, eps, momentum).items()}


def inputs(rng, dims):
    """X, gamma, beta, moving_mean, moving_var in the book's shapes for 2-D or 4-D data."""
    X = (rng.normal(size=dims) * rng.uniform(0.5, 3) + rng.normal()).astype(F32)
    shape = (1, dims[1]) if len(dims) == 2 else (1, dims[1], 1, 1)
    gamma = rng.uniform(0.5, 2, size=shape).astype(F32)
    beta = rng.normal(size=shape).astype(F32)
    mean = rng.normal(size=shape).astype(F32)
    var = rng.uniform(0.5, 2, size=shape).astype(F32)
    return X, gamma, beta, mean, var


def public_cases(rng):
    cases = {}
    for dims, (shape, eps, momentum) in ex.CASES.items():
        args = inputs(rng, shape)
        for key, value in zip(("X", "gamma", "beta", "moving_mean", "moving_var"), args):
            cases[f"{dims}_{key}"] = value
        Y, mean, var, _ = batch_norm(*args, eps, momentum, training=True)
        cases[f"{dims}_train_Y"] = Y
        cases[f"{dims}_train_moving_mean"], cases[f"{dims}_train_moving_var"] = mean, var
        cases[f"{dims}_predict_Y"] = batch_norm(*args, eps, momentum, training=False)[0]
        for name, values in variants(*args, eps, momentum).items():
            for part, value in zip(ex.PARTS, values):
                if value is not None:
                    key = name.replace(" ", "_")
                    cases[f"{dims}_variant_{key}_{part}"] = value.astype(F32)
    return cases
