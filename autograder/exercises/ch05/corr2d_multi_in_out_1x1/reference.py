"""Reference `corr2d_multi_in_out_1x1`: ``nd.Convolution`` with 1x1 kernels."""

import numpy as np

from autograder.exercises.ch05._conv import corr2d_multi_in_out, corr2d_multi_in_out_grads, normal

__all__ = ["corr2d_multi_in_out", "corr2d_multi_in_out_grads", "pixel_rows", "public_cases"]


def pixel_rows(X, K):
    """The named mistake: X viewed as (h * w, c_i), which is not one row per pixel."""
    c_i, h, w = X.shape
    c_o = K.shape[0]
    return (np.asarray(X).reshape(h * w, c_i) @ np.asarray(K).reshape(c_o, c_i).T
            ).T.reshape(c_o, h, w).astype("float32")


def public_cases(rng):
    X, K = normal(rng, 2, 4, 5), normal(rng, 3, 2, 1, 1)
    head = normal(rng, 3, 4, 5)
    grad_X, grad_K = corr2d_multi_in_out_grads(X, K, head)
    return {"X": X, "K": K, "out": corr2d_multi_in_out(X, K), "pixel_rows": pixel_rows(X, K),
            "head": head, "grad_X": grad_X, "grad_K": grad_K}
