# mistake: none: the arithmetic through the operator module and math.fsum, a helper per coordinate
# exercise: adagrad_2d
# status: passed
# message: returns the accumulated state

import operator


def _coordinate(x, s, g, eps=1e-6):
    s = math.fsum([s, operator.pow(g, 2)])
    x = operator.sub(x, eta / math.sqrt(s + eps) * g)
    return x, s


def adagrad_2d(x1, x2, s1, s2):
    x1, s1 = _coordinate(x1, s1, 0.2 * x1)
    x2, s2 = _coordinate(x2, s2, 4 * x2)
    return x1, x2, s1, s2
