# mistake: none: the partial derivatives come from a dict of lambdas; type hints and a docstring
# exercise: gd_2d
# status: passed
# message: takes one gradient step

from typing import Tuple

_GRAD = {'x1': lambda x: 2 * x, 'x2': lambda x: 4 * x}


def gd_2d(x1: float, x2: float, s1, s2) -> Tuple[float, float, int, int]:
    """One gradient-descent step on f(x1, x2) = x1 ** 2 + 2 * x2 ** 2."""
    return (x1 - eta * _GRAD['x1'](x1), x2 - eta * _GRAD['x2'](x2), 0, 0)
