"""Reference cross-correlations for chapter 5, by MXNet's ``nd.Convolution``.

``nd.Convolution`` computes a cross-correlation (the kernel is not flipped) of a batch
``X (n, c_in, h, w)`` with weights ``W (c_out, c_in, kh, kw)``.
"""

import numpy as np
from mxnet import autograd, nd

F32 = "float32"


def as_nd(x, dtype=F32):
    return nd.array(np.asarray(x), dtype=dtype)


def convolution(X, W, bias=None, pad=(0, 0), stride=(1, 1)):
    """``nd.Convolution`` of a batch ``X`` with weights ``W`` (and a bias per output
    channel), as a NumPy array."""
    W = np.asarray(W)
    kwargs = {"kernel": W.shape[2:], "num_filter": W.shape[0], "pad": pad, "stride": stride}
    if bias is None:
        return nd.Convolution(as_nd(X), as_nd(W), no_bias=True, **kwargs).asnumpy()
    return nd.Convolution(as_nd(X), as_nd(W), as_nd(bias), **kwargs).asnumpy()


def conv_with_grads(X, W, head, bias=None):
    """The output of ``convolution`` and the gradients of X, W (and bias) for ``head``."""
    x, w = as_nd(X), as_nd(W)
    arrays = [x, w] + ([as_nd(bias)] if bias is not None else [])
    for a in arrays:
        a.attach_grad()
    kwargs = {"kernel": w.shape[2:], "num_filter": w.shape[0]}
    with autograd.record():
        if bias is None:
            out = nd.Convolution(x, w, no_bias=True, **kwargs)
        else:
            out = nd.Convolution(x, w, arrays[2], **kwargs)
    out.backward(as_nd(head).reshape(out.shape))
    return out.asnumpy(), [a.grad.asnumpy() for a in arrays]


def corr2d(X, K):
    """2-D cross-correlation of ``X (h, w)`` with ``K (kh, kw)``, shape (h-kh+1, w-kw+1)."""
    X, K = np.asarray(X), np.asarray(K)
    return convolution(X[None, None], K[None, None])[0, 0]


def corr2d_multi_in(X, K):
    """Channels ``X (c_i, h, w)``, kernels ``K (c_i, kh, kw)``: the cross-correlations
    summed over the input channels, shape (h', w')."""
    X, K = np.asarray(X), np.asarray(K)
    return convolution(X[None], K[None])[0, 0]


def corr2d_multi_in_out(X, K):
    """``X (c_i, h, w)`` with ``K (c_o, c_i, kh, kw)``: shape (c_o, h', w')."""
    return convolution(np.asarray(X)[None], K)[0]


def corr2d_multi_in_out_grads(X, K, head):
    """Gradients of X and K through ``corr2d_multi_in_out`` for ``head (c_o, h', w')``."""
    _, (gx, gk) = conv_with_grads(np.asarray(X)[None], K, head)
    return gx[0], gk


def normal(rng, *shape):
    return rng.normal(size=shape).astype(F32)
