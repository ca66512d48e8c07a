# mistake: none: one time step is an object with __call__ and __repr__; the steps are folded with functools.reduce
# exercise: rnn
# status: passed
# message: passes the right gradients to the initial state and every parameter

import functools


class RNNStep:
    def __init__(self, params):
        self.W_xh, self.W_hh, self.b_h, self.W_hq, self.b_q = params

    def __call__(self, carry, X):
        H, outputs = carry
        H = nd.tanh(nd.dot(X, self.W_xh) + nd.dot(H, self.W_hh) + self.b_h)
        return H, outputs + [nd.dot(H, self.W_hq) + self.b_q]

    def __repr__(self):
        return f"RNNStep(hidden={self.W_hh.shape[0]!r})"


def rnn(inputs, state, params):
    H, = state
    H, outputs = functools.reduce(RNNStep(params), inputs, (H, []))
    return outputs, (H,)
