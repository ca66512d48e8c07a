# mistake: none: (x + |x|) / 2, with a docstring
# exercise: relu
# status: passed
# message: passes gradient 1 for positive

def relu(X):
    """max(x, 0) = (x + |x|) / 2."""
    return (X + nd.abs(X)) / 2
