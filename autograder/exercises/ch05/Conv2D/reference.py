"""Reference `Conv2D`: one 2-D kernel plus a scalar bias, as ``nd.Convolution``."""

import numpy as np

from autograder.exercises.ch05._conv import conv_with_grads, corr2d, normal

__all__ = ["conv2d_layer", "public_cases", "variants"]


def conv2d_layer(X, weight, bias, head):
    """The book's ``Conv2D`` layer as ``nd.Convolution``: output and the gradients of X,
    weight and bias for ``head``."""
    X, weight = np.asarray(X), np.asarray(weight)
    out, (gx, gw, gb) = conv_with_grads(X[None, None], weight[None, None], head,
                                        bias=np.asarray(bias).reshape(1))
    return out[0, 0], gx[0, 0], gw[0, 0], gb.reshape(np.shape(bias))


def variants(X, weight, bias):
    """The outputs of the named mistakes of the public module's ``MISTAKES``."""
    return {"flipped": corr2d(X, np.asarray(weight)[::-1, ::-1]) + bias,
            "no_bias": corr2d(X, weight)}


def public_cases(rng):
    X, W, b = normal(rng, 5, 6), normal(rng, 2, 3), normal(rng, 1)
    head = normal(rng, 4, 4)
    out, grad_X, grad_W, grad_b = conv2d_layer(X, W, b, head)
    cases = {"X": X, "weight": W, "bias": b, "out": out, "head": head, "grad_X": grad_X,
             "grad_weight": grad_W, "grad_bias": grad_b}
    cases.update({f"out_{k}": v for k, v in variants(X, W, b).items()})
    return cases
