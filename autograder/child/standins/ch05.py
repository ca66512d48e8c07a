"""Stand-ins for chapter 5: correct versions of the functions other exercises build on.

``corr2d`` under ``Conv2D`` and ``corr2d_multi_in``, ``corr2d_multi_in`` under
``corr2d_multi_in_out``, ``batch_norm`` under ``BatchNorm``, ``conv_block`` under
``DenseBlock``. They avoid the built-ins those exercises may not call (``nd.Convolution``,
``nd.BatchNorm``): the operators a call runs are watched, whoever runs them.
"""

from mxnet import autograd, nd
from mxnet.gluon import nn


def corr2d(X, K):
    h, w = K.shape
    out_h, out_w = X.shape[0] - h + 1, X.shape[1] - w + 1
    return nd.add_n(*[K[a, b] * X[a:a + out_h, b:b + out_w]
                      for a in range(h) for b in range(w)])


def corr2d_multi_in(X, K):
    return nd.add_n(*[corr2d(x, k) for x, k in zip(X, K)])


def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not autograd.is_training():
        X_hat = (X - moving_mean) / nd.sqrt(moving_var + eps)
    else:
        axes = 0 if X.ndim == 2 else (0, 2, 3)
        mean = X.mean(axis=axes, keepdims=True)
        var = ((X - mean) ** 2).mean(axis=axes, keepdims=True)
        X_hat = (X - mean) / nd.sqrt(var + eps)
        moving_mean = momentum * moving_mean + (1.0 - momentum) * mean
        moving_var = momentum * moving_var + (1.0 - momentum) * var
    return gamma * X_hat + beta, moving_mean, moving_var


def conv_block(num_channels):
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation("relu"),
            nn.Conv2D(num_channels, kernel_size=3, padding=1))
    return blk


STAND_INS = {"corr2d": corr2d, "corr2d_multi_in": corr2d_multi_in, "batch_norm": batch_norm,
             "conv_block": conv_block}
