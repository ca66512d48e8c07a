# mistake: none: sums the squared rows with functools.reduce and operator.add (autograd still sees every step)
# exercise: l2_penalty
# status: passed
# message: has gradient w

import functools
import operator


def l2_penalty(w):
    squares = [(w[i] ** 2).sum() for i in range(w.shape[0])]
    return functools.reduce(operator.add, squares) / 2
