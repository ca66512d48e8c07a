"""Reference `conv_output_shape`: MXNet's shape inference for ``nd.Convolution``."""

import mxnet as mx
import numpy as np

from d2l.selfcheck.ch05.conv_output_shape import public as ex


def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    """(height, width) of ``nn.Conv2D(kernel_size=(k_h, k_w), padding=(p_h, p_w),
    strides=(s_h, s_w))`` on an n_h x n_w input, by MXNet's shape inference."""
    sym = mx.sym.Convolution(mx.sym.var("x"), kernel=(k_h, k_w), pad=(p_h, p_w),
                             stride=(s_h, s_w), num_filter=1, no_bias=True)
    _, (shape,), _ = sym.infer_shape(x=(1, 1, n_h, n_w))
    return tuple(int(v) for v in shape[2:])


def public_cases(rng):
    cases = {}
    for group, settings in ex.SETTINGS.items():
        cases[f"{group}_settings"] = np.array(settings)
        cases[f"{group}_out"] = np.array([conv_output_shape(*s) for s in settings])
    return cases
