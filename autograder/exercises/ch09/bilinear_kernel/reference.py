"""Reference `bilinear_kernel`: the book's filter in the diagonal channel pairs. MXNet's
``init.Bilinear`` fills every pair, and its filter is the book's only for kernel sizes
k mod 4 in {0, 1}: there it backs the formula (checked when the cases are recorded)."""

import numpy as np
from mxnet import init, nd

from d2l.selfcheck.ch09.bilinear_kernel import public as ex


def init_bilinear(c, k):
    arr = nd.zeros((c, c, k, k))
    init.Bilinear()(init.InitDesc("upsample_weight"), arr)
    return arr.asnumpy()


def bilinear_kernel(c, k):
    if k % 4 in (0, 1):
        weight = np.zeros((c, c, k, k), "float32")
        filt = init_bilinear(1, k)[0, 0]
        weight[range(c), range(c)] = filt
        return weight
    return ex.expected(c, k)


def public_cases(rng):
    for k in (1, 4, 5, 8, 64):
        assert np.allclose(init_bilinear(1, k)[0, 0], ex.book_filter(k), atol=1e-6), k
        assert np.allclose(init_bilinear(2, k), ex.mxnet_filter(k), atol=1e-6), k
    for k in (2, 3, 6, 7):
        assert np.allclose(init_bilinear(1, k)[0, 0], ex.mxnet_filter(k), atol=1e-6), k
    return {"w3": bilinear_kernel(1, 3), "w4": bilinear_kernel(1, 4),
            "w3x3x4": bilinear_kernel(3, 4)}
