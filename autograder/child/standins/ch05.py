"""Stand-ins for chapter 5: correct versions of the functions other exercises build on.

``corr2d`` under ``Conv2D`` and ``corr2d_multi_in``, ``corr2d_multi_in`` under
``corr2d_multi_in_out``, ``batch_norm`` under ``BatchNorm``, ``conv_block`` under
``DenseBlock``.

``corr2d`` and ``corr2d_multi_in`` run the ``d2l`` package's ``corr2d``, which the ``corr2d``
exercise forbids and the exercises checked with them allow. They cannot run a convolution
operator: ``Conv2D``, ``corr2d_multi_in`` and ``corr2d_multi_in_out`` are checked with them
and forbid every convolution operator, and so does ``BatchNorm``, checked with
``batch_norm``, forbid every normalization operator. Those three stand-ins and
``conv_block`` (whose answer is made of Gluon layers) are caught by their own qualified
names, which the exercises they stand in for forbid.
"""

from mxnet import autograd, nd
from mxnet.gluon import nn


def _d2l_corr2d():
    from d2l import cnn  # the course library, mounted next to this package

    return cnn.corr2d


def corr2d(X, K):
    return _d2l_corr2d()(X, K)


def corr2d_multi_in(X, K):
    d2l_corr2d = _d2l_corr2d()
    return nd.add_n(*[d2l_corr2d(x, k) for x, k in zip(X, K)])


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
