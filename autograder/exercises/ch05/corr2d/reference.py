"""Reference `corr2d`: ``nd.Convolution`` of one channel with one kernel, and its gradients."""

import numpy as np

from autograder.exercises.ch05._conv import conv_with_grads, corr2d, normal

__all__ = ["corr2d", "corr2d_grads", "flipped", "public_cases"]


def corr2d_grads(X, K, head):
    """Gradients of X and K through ``corr2d`` for the head gradient ``head``."""
    X, K = np.asarray(X), np.asarray(K)
    _, (gx, gk) = conv_with_grads(X[None, None], K[None, None], head)
    return gx[0, 0], gk[0, 0]


def flipped(X, K):
    """The convolution of signal processing: corr2d with the kernel turned around."""
    return corr2d(X, np.asarray(K)[::-1, ::-1])


def public_cases(rng):
    # A one-row kernel of two columns first: with its sides swapped an answer still
    # returns an array (of the wrong shape), so the public check can name that mistake.
    cases = {}
    for i, (x_shape, k_shape) in enumerate([((6, 8), (1, 2)), ((5, 6), (2, 3))]):
        X, K = normal(rng, *x_shape), normal(rng, *k_shape)
        cases.update({f"X{i}": X, f"K{i}": K, f"out{i}": corr2d(X, K),
                      f"flipped{i}": flipped(X, K)})
    head = normal(rng, 4, 4)
    cases["head"] = head
    cases["grad_X"], cases["grad_K"] = corr2d_grads(cases["X1"], cases["K1"], head)
    return cases
