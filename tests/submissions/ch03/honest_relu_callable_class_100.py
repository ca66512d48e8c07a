# mistake: none: relu is an instance of a class with __call__ and a __repr__, and prints type and shape on its first call
# exercise: relu
# status: passed
# message: passes gradient 1 for positive and 0 for negative inputs

class ReLU:
    """max(x, 0) elementwise, as a callable object."""

    def __init__(self):
        self.calls = 0

    def __call__(self, X):
        if self.calls == 0:
            print(type(X), X.shape)  # debugging output, first call only
        self.calls += 1
        return nd.maximum(X, 0)

    def __repr__(self):
        return f"ReLU(calls={self.calls!r})"


relu = ReLU()
print(repr(relu))
