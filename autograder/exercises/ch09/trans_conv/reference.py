"""Reference `trans_conv`: ``nd.Deconvolution`` of one channel with one kernel, and its
gradients."""

import numpy as np
from mxnet import nd


def _deconv(x, k):
    kh, kw = k.shape
    out = nd.Deconvolution(x.reshape((1, 1) + x.shape), k.reshape((1, 1, kh, kw)),
                           kernel=(kh, kw), num_filter=1, no_bias=True)
    return out.reshape(out.shape[2:])


def trans_conv(X, K):
    return _deconv(nd.array(X), nd.array(K)).asnumpy()


def _corr(x, k):
    out = nd.Convolution(nd.array(x)[None, None], nd.array(k)[None, None], kernel=k.shape,
                         num_filter=1, no_bias=True)
    return out[0, 0].asnumpy()


def trans_conv_grads(X, K, head):
    """The gradients of sum(head * trans_conv(X, K)): the cross-correlations of head with K
    (for X) and with X (for K), by nd.Convolution; the transposed convolution is the
    convolution's backward pass, and the other way round. (MXNet 1.9.1's oneDNN backward
    of Deconvolution fails on these shapes: ``could not execute a primitive``.)"""
    X, K, head = (np.asarray(a, "float32") for a in (X, K, head))
    return _corr(head, K), _corr(head, X)


def public_cases(rng):
    X0 = np.array([[0, 1], [2, 3]], "float32")
    K0 = np.array([[0, 1], [2, 3]], "float32")
    X1 = rng.normal(size=(3, 4)).astype("float32")
    K1 = rng.normal(size=(2, 3)).astype("float32")
    head = rng.normal(size=(4, 6)).astype("float32")
    grad_X, grad_K = trans_conv_grads(X1, K1, head)
    return {"X0": X0, "K0": K0, "out0": trans_conv(X0, K0), "X1": X1, "K1": K1,
            "out1": trans_conv(X1, K1), "head": head, "grad_X": grad_X, "grad_K": grad_K}
