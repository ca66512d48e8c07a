# mistake: none: one shifted slice per kernel entry from itertools.product, summed with functools.reduce(operator.add, ...)
# exercise: corr2d
# status: passed
# message: autograd differentiates it

import functools
import itertools
import operator


def corr2d(X, K):
    h, w = K.shape
    out_h, out_w = X.shape[0] - h + 1, X.shape[1] - w + 1
    terms = (K[a, b] * X[a:a + out_h, b:b + out_w]
             for a, b in itertools.product(range(h), range(w)))
    return functools.reduce(operator.add, terms)
