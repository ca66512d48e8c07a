"""Reference `corr2d_multi_in`: ``nd.Convolution`` with one output channel."""

import numpy as np

from autograder.exercises.ch05._conv import conv_with_grads, corr2d, corr2d_multi_in, normal

__all__ = ["corr2d_multi_in", "corr2d_multi_in_grads", "per_channel", "public_cases"]


def per_channel(X, K):
    """The cross-correlation of each input channel with its kernel, unsummed."""
    return np.stack([corr2d(x, k) for x, k in zip(X, K)])


def corr2d_multi_in_grads(X, K, head):
    X, K = np.asarray(X), np.asarray(K)
    _, (gx, gk) = conv_with_grads(X[None], K[None], head)
    return gx[0], gk[0]


def public_cases(rng):
    X, K = normal(rng, 3, 4, 5), normal(rng, 3, 2, 3)
    head = normal(rng, 3, 3)
    grad_X, grad_K = corr2d_multi_in_grads(X, K, head)
    return {"X": X, "K": K, "out": corr2d_multi_in(X, K), "per_channel": per_channel(X, K),
            "head": head, "grad_X": grad_X, "grad_K": grad_K}
