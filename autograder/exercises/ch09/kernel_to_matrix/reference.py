"""Reference `kernel_to_matrix`: column c of W is nd.Convolution's output for the input that
is 1 at entry c (row-major) and 0 elsewhere; and nd.Deconvolution for the check of W.T."""

import numpy as np
from mxnet import nd


def kernel_to_matrix(K, input_shape):
    K = np.asarray(K, "float32")
    h, w = input_shape
    basis = nd.eye(h * w).reshape((h * w, 1, h, w))
    out = nd.Convolution(basis, nd.array(K)[None, None], kernel=K.shape, num_filter=1,
                         no_bias=True)
    return out.reshape((h * w, -1)).T.asnumpy()


def conv(X, K):
    X, K = np.asarray(X, "float32"), np.asarray(K, "float32")
    return nd.Convolution(nd.array(X)[None, None], nd.array(K)[None, None], kernel=K.shape,
                          num_filter=1, no_bias=True)[0, 0].asnumpy()


def deconv(Y, K):
    Y, K = np.asarray(Y, "float32"), np.asarray(K, "float32")
    return nd.Deconvolution(nd.array(Y)[None, None], nd.array(K)[None, None], kernel=K.shape,
                            num_filter=1, no_bias=True)[0, 0].asnumpy()


def book_W():
    """The book's W for K = arange(1, 10) (3 x 3) on a 4 x 4 input, as the book builds it."""
    K = np.arange(1, 10, dtype="float32").reshape(3, 3)
    W, k = np.zeros((4, 16), "float32"), np.zeros(11, "float32")
    k[:3], k[4:7], k[8:] = K[0], K[1], K[2]
    W[0, 0:11], W[1, 1:12], W[2, 4:15], W[3, 5:16] = k, k, k, k
    return W


def public_cases(rng):
    K0 = np.arange(1, 10, dtype="float32").reshape(3, 3)
    W0 = kernel_to_matrix(K0, (4, 4))
    assert np.array_equal(W0, book_W())
    K1 = rng.normal(size=(2, 3)).astype("float32")
    X1 = rng.normal(size=(4, 5)).astype("float32")
    return {"K0": K0, "W0": W0, "K1": K1, "shape1": np.array([4, 5]), "X1": X1,
            "W1": kernel_to_matrix(K1, (4, 5)), "conv1": conv(X1, K1)}
