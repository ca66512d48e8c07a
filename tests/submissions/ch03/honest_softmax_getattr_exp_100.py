# mistake: none: looks the allowed operators (exp) up with getattr and a computed name, uses the operator module, type hints and a docstring
# exercise: softmax
# status: passed
# message: stays finite and exact for large inputs

import operator

# The elementwise operators this softmax needs, looked up by name once.
_UNARY = {name: getattr(nd, name) for name in ('exp', 'log')}


def softmax(X: 'nd.NDArray') -> 'nd.NDArray':
    """Softmax of each row of X, stable for large scores.

    Subtracting each row's maximum first does not change the result but keeps exp
    from overflowing.
    """
    exp = _UNARY['e' + 'xp']
    shifted = operator.sub(X, X.max(axis=1, keepdims=True))
    E = exp(shifted)
    return operator.truediv(E, E.sum(axis=1, keepdims=True))
