"""Reference `corr2d_multi_in_out`: ``nd.Convolution`` with weights (c_o, c_i, kh, kw)."""

from autograder.exercises.ch05._conv import corr2d_multi_in_out, corr2d_multi_in_out_grads, normal

__all__ = ["corr2d_multi_in_out", "corr2d_multi_in_out_grads", "public_cases"]


def public_cases(rng):
    X, K = normal(rng, 2, 4, 5), normal(rng, 3, 2, 2, 2)
    head = normal(rng, 3, 3, 4)
    grad_X, grad_K = corr2d_multi_in_out_grads(X, K, head)
    return {"X": X, "K": K, "out": corr2d_multi_in_out(X, K), "head": head,
            "grad_X": grad_X, "grad_K": grad_K}
