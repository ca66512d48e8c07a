# mistake: pasted stand-in with an extra *args (argcount unchanged)
# exercise: numerical_grad
# status: forbidden
# message: grader's own code

import numpy as np
from mxnet import autograd, nd

DEFAULT_H = 1e-3


def numerical_grad(f, x, h=DEFAULT_H, *_a):
    start = x.asnumpy()
    g = np.zeros(start.shape, dtype="float64")
    with autograd.pause():
        for j in range(start.size):
            hi, lo = start.copy(), start.copy()
            hi.flat[j] += h
            lo.flat[j] -= h
            a = f(nd.array(hi, dtype=x.dtype))
            b = f(nd.array(lo, dtype=x.dtype))
            a = a.asscalar() if hasattr(a, "asscalar") else float(a)
            b = b.asscalar() if hasattr(b, "asscalar") else float(b)
            g.flat[j] = (a - b) / (2 * h)
    return nd.array(g, dtype=x.dtype)
